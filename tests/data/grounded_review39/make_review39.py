#!/usr/bin/env python3
"""Blind grounded review set 39: 50 English + 50 Chinese reviewer questions.

Every question below was typed by hand by the writer. Standard library only,
deterministic. Writes questions.jsonl next to this script.
The KB passage files are read only to check that every gold and near id exists.
"""
import json
import os
import random
from collections import Counter

SEED = 39
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.environ.get("MEDQA_ROOT", "/work/main")
KB_DIR = os.path.join(ROOT, "medqa", "assets", "kb")

BOAT = "wooden boatbuilder at a boatyard"
JEWEL = "bench jeweller in a small jewellery workshop"
ANGOLA = "Angolan family (Luanda) writing learner English"
TOGO = "Togolese family (Lome, French first) writing learner English"
CLEFT = "parent of a baby born with a cleft lip and palate"
COCKLE = "Morecambe Bay cockle picker"
SKIT = "pub skittles league player"

EN = [
    # ---- plain (5) ----
    ("plain", "how early do i need to get there before my appointment time? it's my first one at outpatients",
     "kb-en-appointments-005", SKIT + ", lower case"),
    ("plain", "First time using this chat so I hope I do it right. The interpreter, is it free or we must pay? My wife speak French and Ewe, her English is small.",
     "kb-en-appointments-007", TOGO + "; opens by saying it is the first time using the chat"),
    ("plain", "Where do I get one of the hospital wheelchairs to push my dad round in?",
     "kb-en-appointments-012", COCKLE + ", for his father"),
    ("plain", "How long does the glucose tolerance test take? In other words, do I need to book the whole morning off the bench or just an hour?",
     "kb-en-test_preparation-012", JEWEL + "; restates the question in other words"),
    ("plain", "can i ask for an itemised bill",
     "kb-en-records_billing-007", BOAT + ", very short"),

    # ---- context (10) ----
    ("context", "Caught my thumb on an old iron boat nail this morning pulling planks off a 1930s fishing boat we're restoring. Washed it under the tap, it bled a fair bit, plaster on, it's fine now. The lads reckon I need a tetanus jab but I honestly can't remember when I last had one. Who am I meant to ask about whether I'm up to date?",
     "kb-en-self_care-004", BOAT),
    ("context", "I make rings for a living and I wear my own wedding band every day. It's been on twenty-odd years and my knuckle's got bigger since, so it won't come off without cutting it, and I'm not cutting it. I've an operation booked next month. Will they make me take it off or is there a way round it?",
     "kb-en-procedures-012", JEWEL),
    ("context", "Our little girl was born with a cleft lip and palate and she's going in for her palate repair in the spring. She's never spent a night away from me and she still feeds in the night. When she's on the children's ward afterwards, can one of us sleep there next to her?",
     "kb-en-visiting-009", CLEFT),
    ("context", "First time using this chat. I go out on the sands with the tractor when the tide's right, so my hours change every day and I can't always get into town. My letter says my follow-up is a video one. I've only got an old phone. What do I need for it to work?",
     "kb-en-appointments-006", COCKLE + "; opens by saying it is the first time using the chat"),
    ("context", "My mother is in the hospital since Tuesday, she come from Luanda to stay with us and she get sick here. My son is 9 and he cry every day, he want to see her. But one boy in his class have chickenpox last week and they sit at the same table. Can I bring my son to the ward?",
     "kb-en-visiting-002", ANGOLA + ", a mother writing about her son and her own mother"),
    ("context", "Hello. I receive a bill from the hospital for my husband stay in March. One scan is written two times but he had only one scan. The pay date is next Friday and I don't want to pay for something wrong. Can you stop the bill while somebody check it?",
     "kb-en-records_billing-006", TOGO + ", a wife writing about her husband's bill"),
    ("context", "Our team does a chip supper after every skittles match and Friday's the last one of the season. My colonoscopy is the Monday after. The wife says I have to go on some special diet from the weekend. Is a bit of fish and white bread alright in the days before, or is it nothing but soup?",
     "kb-en-test_preparation-004", SKIT),
    ("context", "My wife does her own injections and the yellow sharps box in our kitchen is full to the lid. We've only ever had the one, the hospital gave it her when she started. Where do we get a new one, and what do we do with this full one?",
     "kb-en-medications-003", BOAT + ", for his wife"),
    ("context", "I was on the surgical ward for three nights last month. The workshop's been bought by a big company now and their HR want 'a letter from the hospital confirming the stay' before they'll pay my sick days. I'm home now. Who do I ask for that letter?",
     "kb-en-records_billing-011", JEWEL),
    ("context", "Our son had bloods done at the cleft clinic ahead of his next operation. Last night about 11 his results popped up on the portal with a little red flag next to one of the numbers. Nobody has rung us. My husband says leave it till the clinic rings, I want to ring someone now. Who's right?",
     "kb-en-records_billing-003", CLEFT),

    # ---- lay (9) ----
    ("lay", "I spend all day filing and polishing gold and silver, and years ago I got a tiny sliver of steel in my eye off a grinding wheel that they had to pick out. Now I've got to go in the big magnet tunnel for my back. Does anybody need to know about my eye before I go in?",
     "kb-en-test_preparation-005", JEWEL),
    ("lay", "what if i bring the clear-out drink back up? i've got to get jugs of the stuff down me before they put the camera up the back end, and i'm a terrible one for being sick. do i just carry on?",
     "kb-en-test_preparation-003", SKIT + "; asks a 'what if' question"),
    ("lay", "They're putting a camera down my throat to have a look in my stomach. How long does the actual poking about take?",
     "kb-en-procedures-001", COCKLE),
    ("lay", "I'm having one of those tests where they give you something in your arm to make you dozy. I'm the one at home with our baby in the daytime while my partner works. Can I be on my own with her that same evening once we're back?",
     "kb-en-procedures-002", CLEFT),
    ("lay", "They will look in my belly with the jelly and the small machine, for the womb. The letter is in English and I don't understand good. I must come with much water inside me and not go to toilet?",
     "kb-en-test_preparation-009", ANGOLA),
    ("lay", "Before my hernia op they want me in for a check-up. Will they do that heart test with the sticky pads on your chest while I'm there?",
     "kb-en-procedures-005", BOAT),
    ("lay", "Had the runs and been throwing up since Sunday, it's easing off now. Boss wants me back on the beds Wednesday. How long after the last bout should I keep away from work? In other words, is Wednesday too soon?",
     "kb-en-self_care-008", COCKLE + "; restates the question in other words"),
    ("lay", "The nurses on my brother ward were rude to him and I do not want to speak with them again. Is there a person in the hospital, not from the ward, who can listen to the problem?",
     "kb-en-visiting-012", TOGO + ", for her brother"),
    ("lay", "Our captain reckons you can see everything the hospital's ever written down about you. How do I get a copy of mine?",
     "kb-en-records_billing-001", SKIT),

    # ---- two_part (6) ----
    ("two_part", "What if nobody can drive me after my day op? Can I drive myself home if I feel alright, and how will I know when I'm allowed to drive again?",
     "kb-en-procedures-004", BOAT + "; asks a 'what if' question"),
    ("two_part", "We fly to Luanda in August for one month. My husband take injections every day. Can he put his medicines in the big bag that goes under the plane? And he need a paper from the doctor for the needles?",
     "kb-en-medications-009", ANGOLA + ", a wife writing for her husband"),
    ("two_part", "My mam's on a ward after her fall. Can I take her some daffs from the garden, and can I bring in a tub of my hotpot for the nurses to warm up for her?",
     "kb-en-visiting-003", COCKLE + ", for his mother"),
    ("two_part", "The bill for my hand surgery is more than I can pay in one go. Can I pay it off monthly, and will I get whatever we agree in writing?",
     "kb-en-records_billing-009", JEWEL),
    ("two_part", "My partner's booked in for an MRI of her knee next week while I mind the baby. How long will she be in the machine, and is it really as noisy as people say?",
     "kb-en-test_preparation-006", CLEFT + ", for his partner"),
    ("two_part", "My father-in-law cannot walk far and we have no car. How many days before his appointment must we book the hospital transport, and can my wife go in it with him?",
     "kb-en-appointments-009", TOGO + ", for his father-in-law"),

    # ---- missing_detail (15) ----
    ("missing_detail", "First time using this chat. Our daughter's going on the children's ward in April. What time does visiting start there for her big brother and the rest of the family?",
     None, CLEFT + "; opens by saying it is the first time using the chat; near kb-en-visiting-009"),
    ("missing_detail", "How much is the deposit for borrowing one of the wheelchairs at the front entrance?",
     None, JEWEL + "; near kb-en-appointments-012"),
    ("missing_detail", "Which bus do I get from the railway station to the hospital? Is it still the number 3?",
     None, BOAT + "; near kb-en-appointments-008"),
    ("missing_detail", "My aunt speak only Umbundu, her Portuguese is not good. You have an interpreter who speak Umbundu?",
     None, ANGOLA + ", for her aunt; near kb-en-appointments-007"),
    ("missing_detail", "Is the outpatient pharmacy open on Saturdays? We'll have a prescription to pick up after the baby's op and my partner only gets weekends off.",
     None, CLEFT + "; near kb-en-medications-012"),
    ("missing_detail", "We're sorting out life insurance and the insurer wants a report from the hospital about our son's cleft surgery. How much do you charge for one of those reports?",
     None, CLEFT + "; near kb-en-records_billing-011"),
    ("missing_detail", "What's the name of your data protection officer? I'd like to address my letter to them properly.",
     None, JEWEL + "; near kb-en-records_billing-012"),
    ("missing_detail", "what time do the lights go down on the wards at night? in other words how late can we stay after the match to see our vice-captain",
     None, SKIT + "; restates the question in other words; near kb-en-visiting-011"),
    ("missing_detail", "what's the name of the bowel prep drink you lot send out? my mate had a lemon one and said it was grim, is it that one?",
     None, SKIT + "; near kb-en-test_preparation-003"),
    ("missing_detail", "How long's the wait for the knee clinic at the moment? My doctor sent the referral off in January.",
     None, COCKLE + "; near kb-en-appointments-010"),
    ("missing_detail", "What if I miss an appointment altogether because of a rush order at work? How much is the fine?",
     None, JEWEL + "; asks a 'what if' question; near kb-en-appointments-003"),
    ("missing_detail", "My mate's been in intensive care since his quad bike went over on the sands last week. They said there are rest times when we can't visit. What times are those?",
     None, COCKLE + ", for a workmate; near kb-en-visiting-005"),
    ("missing_detail", "Which floor is the day surgery unit on? I'm in for my hernia next month and I don't want to be wandering about.",
     None, BOAT + "; near kb-en-procedures-004"),
    ("missing_detail", "What's the income cut-off for your financial assistance scheme? I'm self-employed and some months I make next to nothing.",
     None, BOAT + "; near kb-en-records_billing-010"),
    ("missing_detail", "what time is the sunday service in the hospital chapel? one of our team's in on a ward and he'd like to go",
     None, SKIT + ", for a teammate; near kb-en-visiting-008"),

    # ---- off_topic (5) ----
    ("off_topic", "Bit of a cheeky one: does the hospital ever take on carpenters in the estates team? Boat work's dried right up this winter.",
     None, BOAT + ", asking about work"),
    ("off_topic", "Can I give blood at your hospital? I want to help, my cousin had many bags of blood when she have her operation.",
     None, ANGOLA),
    ("off_topic", "Does the hospital run any research trials I could sign up to? I've had psoriasis on my hands for years and it's a nuisance at the bench.",
     None, JEWEL),
    ("off_topic", "Does a hairdresser ever come round the wards? Mam's been in three weeks and she's desperate for a wash and set.",
     None, COCKLE + ", for his mother"),
    ("off_topic", "Do you run antenatal classes? We're expecting our second, and last time the cleft came as a shock, so we'd like to be better prepared.",
     None, CLEFT),
]

HENAN = "河南周口、商丘、许昌口吻（简体，夜儿个、晌午、喝汤、老些）"
XIAN = "陕西西安口吻（简体，嫑、碎娃）"
LION = "舞狮队队员（简体）"
KAOGONG = "备考公务员的年轻人（考公，简体）"
NONGZI = "乡镇农资店老板（简体）"
HK = "香港居民，粤语（繁體）"
TC = "台中海線家庭，台灣華語（繁體）"

ZH = [
    # ---- plain (5) ----
    ("plain", "想挂你们耳鼻喉科的专家号，一般提前几天放号？",
     "kb-zh-appointments-001", KAOGONG),
    ("plain", "出院之後要等幾耐先可以去影印住院病歷？",
     "kb-zh-records_billing-001", HK + "，旺角"),
    ("plain", "明儿个要戴动态心电图，戴着的那一天能洗澡不能？我一般喝罢汤就洗。",
     "kb-zh-test_preparation-010", HENAN + "，商丘"),
    ("plain", "看病交了钱，电子发票上哪儿下载？",
     "kb-zh-records_billing-008", NONGZI),
    ("plain", "开了个检查不想做了，门诊退费要带哪些东西？嫑让我跑两趟。",
     "kb-zh-records_billing-009", XIAN),

    # ---- context (10) ----
    ("context", "我娘是周口的新农合，夜儿个突然要住院，来得急，没顾上办异地就医备案，先全自费交了老些钱。我想问问，没备案先自费的，出院以后回周口还能报销不能？",
     "kb-zh-records_billing-007", HENAN + "，周口，替母亲问"),
    ("context", "他爷在你们那儿住院半个月了，我们家碎娃八岁，天天闹着要去看他爷，说要给爷爷唱歌。病房到底让不让这么大的娃进去？",
     "kb-zh-visiting-002", XIAN + "，孩子的父亲"),
    ("context", "我是舞狮队的，昨晚排练采青，从梅花桩上跳下来没落稳，左脚崴了，现在肿得挺高。师兄说拿热毛巾敷一敷活血，另一个师兄说要冰敷。刚崴的这一两天到底能不能热敷？",
     "kb-zh-self_care-006", LION),
    ("context", "上周三去你们医院看的急性肠胃炎，当时光顾着难受忘了开病假证明，现在备考班要我交请假证明才给补课。我已经看完走了，还能补开吗？要怎么弄？",
     "kb-zh-records_billing-011", KAOGONG),
    ("context", "我在镇上开农资店，老伴有糖尿病，天天打胰岛素。夏天店里热，冰箱也塞满了饮料。开了封正在用的那支胰岛素，是得放冰箱，还是放外头常温就行？",
     "kb-zh-medications-003", NONGZI + "，替老伴问"),
    ("context", "我阿媽上個月喺你哋度住院，入院嗰陣交咗按金，張預交金收據我搵極都搵唔到。出院結算退錢嗰陣冇收據點算？",
     "kb-zh-records_billing-012", HK + "，深井，替母親問"),
    ("context", "老公今朝做咗無痛腸鏡，而家返到屋企，成日話好肚餓。佢做完之後要等幾耐先可以食嘢？",
     "kb-zh-procedures-010", HK + "，小西灣，替丈夫問"),
    ("context", "我媽在你們那邊住院，我從大甲上來陪床，可是我還要顧店，想跟我姊一人一天輪流陪，這樣可以嗎？",
     "kb-zh-visiting-006", TC + "，大甲"),
    ("context", "我爸下禮拜要做日間手術，他很固執，說開完刀自己騎機車回清水就好，反正很近。手術完當天真的不能自己騎車回去嗎？",
     "kb-zh-procedures-003", TC + "，清水，替父親問"),
    ("context", "周六开车拉我妈去看腿，她走不了几步路。能不能先在门诊楼门口把她放下，我再转着去找车位？",
     "kb-zh-appointments-009", XIAN + "，替母亲问"),

    # ---- lay (9) ----
    ("lay", "我爸腰里头前些年打了钢板钢钉，这回医生让他去钻那个大磁铁筒子拍腰。身上有这些铁家伙还能进去不？要先跟谁说一声？",
     "kb-zh-test_preparation-003", XIAN + "，替父亲问"),
    ("lay", "我爹上年纪了，隔三差五鼻子往外冒血。老辈人都说赶紧仰起脸、拍拍后脖颈子，这法子对不对？",
     "kb-zh-self_care-012", HENAN + "，许昌，替父亲问"),
    ("lay", "夜里给队里煮宵夜，锅里的热油溅到手背上，红了一片还鼓了个亮泡。队里大哥说抹点牙膏凉快，能抹吗？",
     "kb-zh-self_care-005", LION),
    ("lay", "明天要做那个从后面伸管子看肠子的检查，今晚喝了两大壶清肠子的药水，现在拉出来的还带渣渣，不是清水那样，这样行吗？",
     "kb-zh-test_preparation-002", KAOGONG),
    ("lay", "家里抽屉翻出来一堆放了好几年、早就过了日子的药片，还有几瓶变了色的糖浆。这些东西能直接扔垃圾桶里吗？",
     "kb-zh-medications-004", NONGZI),
    ("lay", "醫生叫我去照下腹嘅超聲波，睇吓子宮，照之前使唔使谷尿㗎？",
     "kb-zh-test_preparation-007", HK + "，荔景"),
    ("lay", "我下週要做那個從嘴巴吞管子進去看胃的檢查，前一天晚上朋友約我去喝酒，可以喝一點點嗎？",
     "kb-zh-test_preparation-008", TC + "，沙鹿"),
    ("lay", "早上在你们那儿胳膊上扎针接了几管血，我一着急忘了问：拔了针以后那个小眼儿得按多长时间？能不能揉？",
     "kb-zh-test_preparation-001", HENAN + "，商丘"),
    ("lay", "我妈肚子上开了一刀，前天回的家，刀口上贴着纱布。她嫌身上不利索，想冲个澡，刀口那儿能沾水不？",
     "kb-zh-procedures-006", XIAN + "，替母亲问"),

    # ---- two_part (6) ----
    ("two_part", "想挂的那个医生号早就约满了，能不能在App上排个候补？要是我晌午直接去诊室门口等着，医生能给加个号不？",
     "kb-zh-appointments-011", HENAN + "，周口"),
    ("two_part", "我妈高血压吃了好多年同一种药，一次最多能开多长时间的量？开了长期处方以后是不是就不用定期回来复查了？",
     "kb-zh-medications-001", KAOGONG + "，替母亲问"),
    ("two_part", "我阿爸入咗深切治療部，我哋一家五個人想入去睇佢，每次可以入幾多個？入去要唔要着保護衣？",
     "kb-zh-visiting-004", HK + "，彩虹，替父親問"),
    ("two_part", "我白天要上班，小孩發燒想讓我婆婆帶去看醫生。她不是監護人，這樣可以嗎？如果醫生要簽同意書怎麼辦？",
     "kb-zh-appointments-012", TC + "，梧棲，替孩子問"),
    ("two_part", "药盒上写饭后服，饭后是吃完饭多久吃？还有写着一日三次，我们练狮子饭点不固定，是不是非得跟着三顿饭吃？",
     "kb-zh-medications-006", LION),
    ("two_part", "拍完CT现在还给不给打片子？我想带去省城的医院给专家看，要刻光盘得去哪儿办？",
     "kb-zh-records_billing-010", NONGZI),

    # ---- missing_detail (15) ----
    ("missing_detail", "我爹要住院了，住院证也开了，办入院要交的预交金大概得交多少钱？家里得提前凑。",
     None, HENAN + "，周口，替父亲问; near kb-zh-procedures-007"),
    ("missing_detail", "爽约几回会被限制在网上挂号？限制多长时间？我夜儿个又忘了去。",
     None, HENAN + "，商丘; near kb-zh-appointments-002"),
    ("missing_detail", "老年人绿色通道在门诊大厅几号窗口？我娘七十八了，不会用手机。",
     None, HENAN + "，许昌，替母亲问; near kb-zh-appointments-007"),
    ("missing_detail", "你们医院停车场一小时收多少钱？",
     None, XIAN + "; near kb-zh-appointments-009"),
    ("missing_detail", "我在西安上班，医保还在外省老家，异地备案办好以后在你们那儿住院能报百分之多少？",
     None, XIAN + "; near kb-zh-records_billing-007"),
    ("missing_detail", "你们云影像上的片子能保存几年？过个五六年还能在App上翻出来看不？",
     None, XIAN + "; near kb-zh-records_billing-010"),
    ("missing_detail", "我们师父在ICU，队里兄弟想轮着去看看。ICU每天几点到几点能探视？",
     None, LION + "，替师父问; near kb-zh-visiting-004"),
    ("missing_detail", "药学咨询门诊在几楼？周几有药师坐诊？",
     None, LION + "; near kb-zh-medications-009"),
    ("missing_detail", "病假证明开好后要去门诊办公室盖章，周六周日那边开门吗？",
     None, KAOGONG + "; near kb-zh-records_billing-011"),
    ("missing_detail", "病历复印一页收多少钱？寄到镇上邮费又是多少？",
     None, NONGZI + "; near kb-zh-records_billing-001"),
    ("missing_detail", "听说有的地方拿过期药能换鸡蛋，你们门诊药房的回收点也能换东西吗？",
     None, NONGZI + "; near kb-zh-medications-004"),
    ("missing_detail", "請問手語志工是星期幾才有？我先生是聽障，想選有手語志工的那天去看診。",
     None, TC + "，大甲，替丈夫問; near kb-zh-appointments-008"),
    ("missing_detail", "醫院嘅護工一日收幾多錢？我想幫阿媽請一個。",
     None, HK + "，旺角，替母親問; near kb-zh-visiting-006"),
    ("missing_detail", "日間手術中心在哪一棟幾樓？我爸要去報到，怕找不到。",
     None, TC + "，梧棲，替父親問; near kb-zh-procedures-001"),
    ("missing_detail", "網上覆診一次幾錢？同親身去門診收費一唔一樣？",
     None, HK + "，深井; near kb-zh-appointments-005"),

    # ---- off_topic (5) ----
    ("off_topic", "快过年了，我们狮队想去医院大厅给住院的病人舞一场狮子拜个年，这个要找医院哪个部门申请？",
     None, LION),
    ("off_topic", "公务员录用体检可以在你们医院做吗？一般多少钱？",
     None, KAOGONG),
    ("off_topic", "你们医院能献血不？我想献点，给家里攒点以后用血的优惠。",
     None, HENAN + "，许昌"),
    ("off_topic", "醫院有冇中醫針灸門診？我膊頭痛咗好耐，想試下針灸。",
     None, HK + "，小西灣"),
    ("off_topic", "我太太下個月要生了，你們醫院有合作的月子中心可以推薦嗎？",
     None, TC + "，清水"),
]

# Characters that only appear in Traditional script (each has a different Simplified form).
TRAD_ONLY = set(
    "醫診檢術們這個會後說時嗎點幾麼還過開體藥號歲寫讓邊間電車機單費錢買賣裡從與為對應張樣發問題頭媽"
    "禮騎週顧護請語樓棟網覆親療聲歷據來總聽無腸鏡話餓門針陣結"
)

KINDS = {"plain": 5, "context": 10, "lay": 9, "two_part": 6, "missing_detail": 15, "off_topic": 5}
ANSWERABLE_KINDS = {"plain", "context", "lay", "two_part"}


def kb_ids(lang):
    path = os.path.join(KB_DIR, "passages_%s.jsonl" % lang)
    ids = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line:
                ids.add(json.loads(line)["id"])
    return ids


def build(lang, items):
    ids = kb_ids(lang)
    assert len(items) == 50, (lang, len(items))
    kinds = Counter(k for k, _, _, _ in items)
    assert dict(kinds) == KINDS, (lang, kinds)
    gold_use = Counter()
    for kind, q, gold, voice in items:
        assert q.strip() == q and q, q
        if kind in ANSWERABLE_KINDS:
            assert gold is not None and gold in ids, (lang, gold)
            assert gold.startswith("kb-%s-" % lang), gold
            gold_use[gold] += 1
            assert "; near" not in voice, voice
        else:
            assert gold is None, q
            if kind == "missing_detail":
                assert "; near kb-%s-" % lang in voice, voice
                near = voice.rsplit("; near ", 1)[1]
                assert near in ids, (lang, near)
                assert voice.endswith(near)
                assert voice.count("; near") == 1
            else:
                assert "; near" not in voice, voice
    assert sum(1 for k, _, _, _ in items if k in ANSWERABLE_KINDS) == 30
    assert max(gold_use.values()) <= 2, gold_use.most_common(3)
    rows = []
    for kind, q, gold, voice in items:
        rows.append({
            "language": lang,
            "question": q,
            "answerable": gold is not None,
            "gold": [gold] if gold else [],
            "kind": kind,
            "voice": voice,
        })
    random.Random("%d-%s" % (SEED, lang)).shuffle(rows)
    for i, row in enumerate(rows, 1):
        row["id"] = "r39-%s-%03d" % (lang, i)
    return rows


def main():
    en = build("en", EN)
    zh = build("zh", ZH)
    rows = en + zh
    assert len({r["id"] for r in rows}) == 100
    assert len({r["question"] for r in rows}) == 100
    trad = sum(1 for r in zh if any(c in TRAD_ONLY for c in r["question"]))
    assert 13 <= trad <= 17, trad
    assert all(len(r["gold"]) == 1 for r in rows if r["answerable"])
    assert all(r["gold"] == [] for r in rows if not r["answerable"])
    out = os.path.join(HERE, "questions.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
    print("wrote %d rows to %s (en %d, zh %d, zh Traditional %d)" % (len(rows), out, len(en), len(zh), trad))


if __name__ == "__main__":
    main()
