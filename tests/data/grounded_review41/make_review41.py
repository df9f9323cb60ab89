#!/usr/bin/env python3
"""Blind grounded review set 41: 50 English + 50 Chinese reviewer questions.

Standard library only. All text is embedded below and was typed by hand.
The KB passage files are read (via env MEDQA_ROOT, default /work/main) only to
check that every gold and near id exists.
Writes questions.jsonl next to this script.
"""
import json
import os
import random
import re
from collections import Counter

SEED = 41
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.environ.get("MEDQA_ROOT", "/work/main")
KB = os.path.join(ROOT, "medqa", "assets", "kb", "passages_%s.jsonl")

# voices (English)
HOT = "hot-tub and swimming-pool service engineer"
HARB = "harbour office worker (harbourmaster's office at a small harbour)"
TUN = "Tunisian family (Sfax and Sousse), writing learner English"
MAL = "Maldivian family (Malé), writing learner English"
RAIL = "model railway club member"
CURL = "curling club member"
GOAT = "dairy goat farmer in Rutland"
YES = "; style: opens with 'Please say yes:'"
LAUGH = "; style: opens with 'Don't laugh but'"
RUSH = "; style: ends with a 'no rush' line"

# (kind, question, gold_id_or_None, voice)
EN = [
    # ---- plain (5)
    ("plain", "can you use your mobile on the wards or does it have to be switched off",
     "kb-en-visiting-011", CURL),
    ("plain", "how long do i have to keep my wound dry after an op before i can shower",
     "kb-en-procedures-010", HOT),
    ("plain", "Is there a charge for having an interpreter at an appointment?",
     "kb-en-appointments-007", HARB),
    ("plain", "Am I entitled to an itemised bill with every charge listed separately?",
     "kb-en-records_billing-007", RAIL),
    ("plain", "Liquid medicine more than the airport limit, it is allowed in hand luggage on the plane?",
     "kb-en-medications-009", MAL),
    # ---- context (10)
    ("context", "We've got about forty nannies due to kid over the next fortnight so every morning's spoken for. "
     "My husband's booked in for a gastroscopy on Thursday, first slot of the day, and he's a nightmare if he "
     "doesn't get his breakfast after milking. How many hours before the test does he have to stop eating?",
     "kb-en-procedures-001", GOAT),
    ("context", "Went down hard at Sunday's league game, slipped sweeping in front of the stone and landed on my "
     "wrist. Its puffy and sore but I can move my fingers fine and it doesnt look out of shape, they had a look "
     "at the walk-in and said sprain. The skip says ice it. how long am I meant to keep the ice pack on each go?",
     "kb-en-self_care-006", CURL),
    ("context", "Caught my forearm with boiling water from the flask in the van yesterday between call-outs. Ran it "
     "under the cold tap for maybe a minute and it's ok now, just pink, no blisters. My apprentice reckons you're "
     "supposed to keep it under way longer than that. For next time, how long should a burn actually go under "
     "running water?",
     "kb-en-self_care-005", HOT),
    ("context", "One of the lads who runs the harbour launch with me has his dad in intensive care after a fall off "
     "a ladder last week. His kids are too little to go in, so he's asked me to take a photo of his dad on my "
     "phone when I go with him on Saturday so they can see he's ok. Is that allowed in there?",
     "kb-en-visiting-005", HARB),
    ("context", "Hello, I am mum from Sfax, we live here three years. My husband mother is in hospital for her hip. "
     "My son is 8 and he want to see his grandma so much. But last week in his class one boy had chickenpox and "
     "the school send a letter. My son is not sick, no spots at all. I can bring him to visit her?",
     "kb-en-visiting-002", TUN),
    ("context", "My other half is booked for a colonoscopy next week and he's on clear fluids all the day before, "
     "which he's moaning about already. The only thing that keeps him going on a running night at the club is "
     "blackcurrant squash, watered right down. Is blackcurrant squash ok on the clear fluids day?",
     "kb-en-test_preparation-004", RAIL),
    ("context", "Mum lives with us on the farm and can't manage the car since her knee went, and there's no bus out "
     "our way at all. She's got a clinic appointment in a few weeks. How far ahead do we have to book the "
     "hospital's patient transport for her? No rush on this, whenever someone gets a minute.",
     "kb-en-appointments-009", GOAT + RUSH),
    ("context", "Please say yes: I forgot my morning tablet because we were down at the rink at six getting the ice "
     "ready for the bonspiel. It's just the one I have every morning, nothing fancy. So I can take two tonight "
     "to catch up, right?",
     "kb-en-medications-004", CURL + YES),
    ("context", "My husband came from Malé for treatment here, he stay with my brother now. He have sugar diabetes "
     "and take metformin every day. Next Tuesday he has CT scan with the dye injection in the arm. He must tell "
     "the scan people about the metformin before, or no need?",
     "kb-en-test_preparation-007", MAL),
    ("context", "Bit of a vain one, sorry. I've got my hernia op in ten days and I've just had gel nails done for my "
     "sister's wedding, which is the weekend before. They cost a fortune. Do they all have to come off for the "
     "operation?",
     "kb-en-procedures-012", HARB),
    # ---- lay (9): everyday words, none of the KB's own terms
    ("lay", "my wife is booked for the scan where they slide you into the big magnet tube. years back after a bleed "
     "in her head they put a tiny metal clip in there. does she need to tell them about that before the day",
     "kb-en-test_preparation-005", HOT),
    ("lay", "I've bought Dad one of those plastic boxes with a little flap for each day of the week so he stops "
     "muddling his tablets. Is it alright to pop them out of the packets and into that, or is that a bad idea?",
     "kb-en-medications-002", GOAT),
    ("lay", "After they give you the jab that makes you woozy for the camera test, how long till I'm allowed "
     "behind the wheel again?",
     "kb-en-procedures-002", CURL),
    ("lay", "Clearing out my aunt's flat now she's gone into a care home and there's a shoebox full of old pills "
     "and half-used puffers. Can I just chuck the lot in the wheelie bin?",
     "kb-en-medications-003", RAIL),
    ("lay", "My husband want all the papers the doctors wrote about him when he was in your hospital, to send to "
     "his doctor in Sousse. How he can get a copy of all this, and what he must give you?",
     "kb-en-records_billing-001", TUN),
    ("lay", "They've told us Mum is near the end now. Can one of us sleep in the chair by her bed through the "
     "night, or do we all have to go home when the bell goes?",
     "kb-en-visiting-008", HARB),
    ("lay", "My mother is in bed in the hospital, and her hearing machine for the ear and her glasses always going "
     "missing in the sheets or on the food tray. Who we tell when something is lost?",
     "kb-en-visiting-010", MAL),
    ("lay", "got a big letter from you lot asking for the money for my knee op. cant pay all that in one go. can i "
     "pay it off a bit each month instead?",
     "kb-en-records_billing-009", HOT),
    ("lay", "Don't laugh but I've never been to the hospital on my own before. When I get there with Mum for her "
     "clinic, do I tell a person at a desk that we've arrived, or is there one of those touch machines you tap "
     "yourself like at the supermarket?",
     "kb-en-appointments-005", GOAT + LAUGH),
    # ---- two_part (6)
    ("two_part", "My sister's just had her second baby on the maternity ward. Can her little lad come in to meet "
     "his new sister, and is that any time or only at set times?",
     "kb-en-visiting-009", CURL),
    ("two_part", "What do I need to set up an account on the patient portal, and if I forget my password down the "
     "line how do I get back in?",
     "kb-en-records_billing-002", RAIL),
    ("two_part", "can i bring in a homemade dinner for my dad on the ward, and will the nurses warm it up for him "
     "at teatime?",
     "kb-en-visiting-003", HARB),
    ("two_part", "On the bowel prep for my colonoscopy friday. how do i know its working, like what should it look "
     "like coming out? and what do i do if i throw it back up?",
     "kb-en-test_preparation-003", HOT),
    ("two_part", "In Tunisia we take antibiotic for the cold. Here the doctor say no. Antibiotic help for a cold or "
     "not? And how long a cold stay usually?",
     "kb-en-self_care-001", TUN),
    ("two_part", "I'm booked for an ultrasound on my liver. How long do I have to go without food beforehand, and "
     "how long does the scan itself take? Need to work it round milking.",
     "kb-en-test_preparation-009", GOAT),
    # ---- missing_detail (15): on a KB topic, the thing asked is not stated in either file
    ("missing_detail", "how much is it an hour to park at the hospital? long wheelbase van if that makes a difference",
     None, HOT + "; near kb-en-appointments-008"),
    ("missing_detail", "Please say yes: the outpatient pharmacy is open till at least 6 on a Saturday? I'm on call "
     "till 5 and need to pick up my prescription.",
     None, HOT + YES + "; near kb-en-medications-012"),
    ("missing_detail", "What's the wifi password on the wards? Dad's bored stiff and his phone data's run out.",
     None, HARB + "; near kb-en-visiting-011"),
    ("missing_detail", "How much deposit do you have to leave to borrow one of the wheelchairs at the main entrance? "
     "No rush, I just want to have the right cash on me on Thursday.",
     None, HARB + RUSH + "; near kb-en-appointments-012"),
    ("missing_detail", "What time exactly does afternoon visiting start on the general wards? The club meets at 2 "
     "and I'd like to know if I can do both.",
     None, RAIL + "; near kb-en-visiting-001"),
    ("missing_detail", "How much do you charge to write a report for my insurer about my hip replacement?",
     None, RAIL + "; near kb-en-records_billing-011"),
    ("missing_detail", "Don't laugh, but what is the actual name of your data protection officer? I want to "
     "address my letter to a person, not a job title.",
     None, RAIL + LAUGH + "; near kb-en-records_billing-012"),
    ("missing_detail", "how much does a sharps bin cost if I get it through the hospital",
     None, CURL + "; near kb-en-medications-003"),
    ("missing_detail", "Where's the discharge lounge, which floor is it on? no rush, my op isn't till next month.",
     None, CURL + RUSH + "; near kb-en-procedures-009"),
    ("missing_detail", "Please say yes: the self check-in screens are on by half seven in the morning? My clinic's "
     "at quarter to eight and I'm coming straight from the early ice session.",
     None, CURL + YES + "; near kb-en-appointments-005"),
    ("missing_detail", "What's the name of the hospital chaplain? Mum would like to ask for them by name when she "
     "goes in.",
     None, GOAT + "; near kb-en-visiting-008"),
    ("missing_detail", "Which days of the week is the lost property office open?",
     None, GOAT + "; near kb-en-visiting-010"),
    ("missing_detail", "What income do you have to be under to get help from your financial assistance programme? "
     "Farm income is all over the place year to year so I'd like the actual figure.",
     None, GOAT + "; near kb-en-records_billing-010"),
    ("missing_detail", "If I make a payment plan for the bill, you add interest on it? How much percent?",
     None, TUN + "; near kb-en-records_billing-009"),
    ("missing_detail", "What is the phone number for the patient transport booking line? I want to book for my "
     "father.",
     None, MAL + "; near kb-en-appointments-009"),
    # ---- off_topic (5)
    ("off_topic", "Is there a cash machine anywhere inside the hospital?", None, RAIL),
    ("off_topic", "can I get my flu jab at the hospital or is that only the GP", None, CURL),
    ("off_topic", "Who would I talk to about supplying goat's cheese to the hospital restaurant? We're a small "
     "dairy about ten miles out.", None, GOAT),
    ("off_topic", "Don't laugh but can I give blood at the hospital itself or is that done somewhere else?",
     None, HOT + LAUGH),
    ("off_topic", "Does the shop by the main entrance sell phone chargers? Left mine on the boat.", None, HARB),
]

# voices (Chinese)
JN = "山东济宁%s居民（简体，少量山东话词）"
BZ = "山东滨州%s居民（简体，少量山东话词）"
HN = "海南%s居民（简体）"
SK = "山区水库管理员（简体）"
NM = "乡镇碾米厂老板（简体）"
DX = "大学生家长（孩子在本市读大学，简体）"
HK = "香港%s居民（粵語，繁體）"
TW = "台灣宜蘭%s家庭（台灣華語，繁體）"

ZH = [
    # ---- plain (5)
    ("plain", "叫号的时候没听见，过号了，还得重新挂号吗？", "kb-zh-appointments-006", JN % "邹城"),
    ("plain", "专家号都约满了，还有没有别的办法挂上？", "kb-zh-appointments-011", HN % "万宁"),
    ("plain", "病历复印可以网上申请、直接寄到家里吗？", "kb-zh-records_billing-001", DX),
    ("plain", "ICU 探病每次最多可以入幾多個人？", "kb-zh-visiting-004", HK % "炮台山"),
    ("plain", "戴動態心電圖那24小時，可以洗澡嗎？", "kb-zh-test_preparation-010", TW % "礁溪"),
    # ---- context (10)
    ("context", "我爸七十二了，前些日子在县里查出来胃不大好，医生让来你们这里做个无痛胃镜。他吃饭血准时，"
     "清起来要是不让他吃东西，能跟你拉一上午的呱。我想问问，做完检查以后多长时间才能让他吃东西？",
     "kb-zh-procedures-010", JN % "曲阜"),
    ("context", "我媳妇在邹平一个厂里上班，前几天搬货闪了一下腰，厂里让去拍个片子看看。她这个月例假晚了好几天了，"
     "还没来得及测。拍片子之前要不要先跟医生说一声？",
     "kb-zh-test_preparation-005", BZ % "邹平"),
    ("context", "我爸在琼海老家，有糖尿病，这回来市里住我这儿看病，医生给他开了个增强CT。邻居说打了显影的药以后"
     "不能马上走，要在医院里等一阵。做完要等多久才可以回家？",
     "kb-zh-test_preparation-004", HN % "琼海"),
    ("context", "我小姨在病房住着，家里说要给她带半只文昌鸡，再从老爸茶店打一壶浓茶，她平时每天下午都要喝。"
     "浓茶能不能带进去给她喝？",
     "kb-zh-visiting-007", HN % "文昌"),
    ("context", "我在山里一个水库看闸门，离城里一百多里路，一个月才下山一趟。长期吃的降压药快吃完了，听说可以在"
     "App上线上续方。最晚要提前几天弄才不会断药？",
     "kb-zh-medications-002", SK),
    ("context", "秋收以后碾米忙，前天清理碾米机的时候手背让铁皮划了个口子，不深，早就不流血了。厂里老师傅说抓把"
     "米糠烧的灰按上去好得快，我妈还说抹点酱油不留疤。这些东西能往伤口上抹吗？",
     "kb-zh-self_care-004", NM),
    ("context", "儿子在你们市里读大二，医保是我们老家的城乡居民医保。上个月他急性阑尾炎在你们医院住了几天院，"
     "当时着急，没来得及办异地就医备案。这样还能回老家报销吗？要带哪些材料回去？",
     "kb-zh-records_billing-007", DX),
    ("context", "女儿在学校打排球，昨天下午把脚崴了，去校医院看过，说没伤到骨头。她室友让她晚上拿热水袋敷一敷，"
     "说能活血。刚崴的脚能热敷吗？",
     "kb-zh-self_care-006", DX),
    ("context", "我老豆下星期喺你哋度做白內障日間手術。我喺尖沙咀返工，嗰日請唔到假，佢話做完自己搭的士返屋企"
     "就得，唔使人陪。佢可唔可以自己一個人坐的士走？",
     "kb-zh-procedures-003", HK % "尖沙咀"),
    ("context", "我爸在你們醫院住院開刀，我女兒今年六歲，很黏他，一直吵著要去看他。可是最近流感很多，她們班上"
     "好多人請假。請問幾歲以下的小朋友不建議進病房？",
     "kb-zh-visiting-002", TW % "冬山"),
    # ---- lay (9): everyday words, none of the KB's own terms
    ("lay", "我腰上前几年打过钢钉，这回医生让去做那个人躺着往大圆筒里送、里面咣咣响的检查。腰里这个钢钉碍不碍事？"
     "要不要提前跟人家说？",
     "kb-zh-test_preparation-003", BZ % "博兴"),
    ("lay", "我妈住院了，我们兄妹四个想轮着晚上在医院守着她，一人守一晚上，这样换着来行不行？",
     "kb-zh-visiting-006", JN % "微山"),
    ("lay", "明天早上要去做那个在肚皮上抹一层凉凉的东西、拿个小头滑来滑去看肝的检查，早饭还能不能吃？",
     "kb-zh-test_preparation-007", HN % "万宁"),
    ("lay", "我老公住院的时候先交了一笔押金，我是拿现金交的。出院要是多了，现金交的这笔怎么拿回来？",
     "kb-zh-records_billing-012", HN % "琼海"),
    ("lay", "药盒上写着“吃完饭再吃”，是放下碗马上就吃，还是要隔一会儿？隔多长时间合适？",
     "kb-zh-medications-006", SK),
    ("lay", "家里药箱翻出来一堆放了好几年、都变了颜色的药片，这些扔哪儿合适？直接丢垃圾桶行不行？",
     "kb-zh-medications-004", NM),
    ("lay", "孩子一到春天就鼻子痒，一个劲打喷嚏、流清鼻涕，校医说是花粉闹的。他住宿舍，平时该注意点什么？",
     "kb-zh-self_care-010", DX),
    ("lay", "我屙咗兩日肚，一日去七八次廁所，而家好返少少。想問下飲運動飲品補返啲水得唔得？",
     "kb-zh-self_care-008", HK % "古洞"),
    ("lay", "我兒子常常鼻孔突然冒血，我們家都是叫他頭往後仰，這樣對嗎？",
     "kb-zh-self_care-012", TW % "三星"),
    # ---- two_part (6)
    ("two_part", "明天上午做手术，通知上说术前8小时不能吃东西。那嚼口香糖算不算吃东西？平常早上那片降压药还能不能"
     "喝一小口水吃下去？",
     "kb-zh-procedures-002", JN % "微山"),
    ("two_part", "上周在门诊交了一个检查的钱，结果汛期到了水位涨得快，我得赶回水库，检查没做成。这钱还能退吗？"
     "当时医保付的那部分退到哪里去？",
     "kb-zh-records_billing-009", SK),
    ("two_part", "在你们医院看病交的钱，发票去哪里找？我要纸的给会计入账，能自己打印出来吗？",
     "kb-zh-records_billing-008", NM),
    ("two_part", "孩子在你们医院看完病就回学校了，辅导员让交病假条。已经离开医院了还能补开吗？开出来要不要去盖章？",
     "kb-zh-records_billing-011", DX),
    ("two_part", "去醫院探朋友，可唔可以帶一束花去？如果唔得，帶個乳膠氣球得唔得？",
     "kb-zh-visiting-003", HK % "淺水灣"),
    ("two_part", "第一次去你們醫院看病，是不是要先建檔？我兒子還沒有身分證，要拿什麼辦？",
     "kb-zh-appointments-004", TW % "礁溪"),
    # ---- missing_detail (15)
    ("missing_detail", "你们医院停车场一个钟头收多少钱？我开车拉我爸过去，得停大半天。",
     None, JN % "邹城" + "; near kb-zh-appointments-009"),
    ("missing_detail", "听护士拉呱说网上约了号不去，次数多了就不让约了。到底爽约几次会被限制？限制多长时间？",
     None, BZ % "邹平" + "; near kb-zh-appointments-002"),
    ("missing_detail", "病历复印一张多少钱？我得把住院病历整本复印给保险公司，杠厚的一沓。",
     None, JN % "曲阜" + "; near kb-zh-records_billing-001"),
    ("missing_detail", "请护工一天多少钱？我们家在万宁，没办法天天过来陪。",
     None, HN % "万宁" + "; near kb-zh-visiting-006"),
    ("missing_detail", "住院的押金一般先要交多少？我得提前去银行取。",
     None, HN % "文昌" + "; near kb-zh-procedures-007"),
    ("missing_detail", "ICU每天几点可以探视？我从文昌坐动车过去，要算好时间。",
     None, HN % "文昌" + "; near kb-zh-visiting-004"),
    ("missing_detail", "药学咨询门诊星期几有人坐诊？我只有星期二能下山。",
     None, SK + "; near kb-zh-medications-009"),
    ("missing_detail", "门诊药房那个回收旧药的点在几楼？我想把厂里药箱的旧药一起送过去。",
     None, NM + "; near kb-zh-medications-004"),
    ("missing_detail", "异地就医没备案先自费了，回去报销的话比例会降多少？",
     None, DX + "; near kb-zh-records_billing-007"),
    ("missing_detail", "要把孩子的CT打成胶片、再刻个光盘带回老家医院看，一共多少钱？",
     None, DX + "; near kb-zh-records_billing-010"),
    ("missing_detail", "城乡居民医保的学生在你们医院住院，能报销百分之多少？",
     None, DX + "; near kb-zh-records_billing-006"),
    ("missing_detail", "喺醫院大堂借輪椅要俾幾多按金？",
     None, HK % "打鼓嶺" + "; near kb-zh-appointments-007"),
    ("missing_detail", "普通病房下晝幾時開始可以探病？我放工先過嚟。",
     None, HK % "炮台山" + "; near kb-zh-visiting-001"),
    ("missing_detail", "互聯網醫院線上複診，一次掛號費多少錢？",
     None, TW % "冬山" + "; near kb-zh-appointments-005"),
    ("missing_detail", "醫院的營養食堂訂一餐多少錢？我媽住院想幫她訂。",
     None, TW % "三星" + "; near kb-zh-visiting-007"),
    # ---- off_topic (5)
    ("off_topic", "医院附近有没有便宜一点的旅馆？家属要住一个星期那种。", None, HN % "琼海"),
    ("off_topic", "我侄子想来你们医院当保安，招人的话去哪里报名？", None, SK),
    ("off_topic", "孩子暑假要去餐馆打工，得办健康证，你们医院能做这个体检吗？", None, DX),
    ("off_topic", "醫院入面有冇櫃員機可以攞錢？", None, HK % "尖沙咀"),
    ("off_topic", "請問醫院有沒有在辦捐血活動？", None, TW % "三星"),
]

# Characters that occur only in Traditional script (their Simplified forms differ).
TRAD_ONLY = set(
    "們個這說時會請問醫號檢約護險費藥診療過還對開關門邊嗎麼為無電話視聽應該幾塊錢單頭買讓樣裡從備體"
    "驗傷燒燙壓覺隻張場東車機記錄動態圖兒帶氣術書給間點補飲廁週複檔訂營聯網櫃員辦歲議進處線掛淺膠兩內"
)

EXPECT = {"plain": 5, "context": 10, "lay": 9, "two_part": 6, "missing_detail": 15, "off_topic": 5}
NEAR_RE = re.compile(r"; near (kb-(en|zh)-[a-z_]+-\d{3})$")


def kb_ids(lang):
    ids = set()
    with open(KB % lang, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line:
                ids.add(json.loads(line)["id"])
    return ids


def build(lang, items):
    ids = kb_ids(lang)
    assert len(items) == 50, (lang, len(items))
    kinds = Counter(k for k, _, _, _ in items)
    assert dict(kinds) == EXPECT, (lang, kinds)
    golds = Counter()
    rows = []
    for kind, q, gold, voice in items:
        answerable = kind in ("plain", "context", "lay", "two_part")
        if answerable:
            assert gold is not None and gold in ids, (lang, gold)
            assert gold.startswith("kb-%s-" % lang), gold
            golds[gold] += 1
        else:
            assert gold is None, q
        m = NEAR_RE.search(voice)
        if kind == "missing_detail":
            assert m, voice
            assert m.group(2) == lang and m.group(1) in ids, voice
        else:
            assert "; near" not in voice, voice
        rows.append({
            "language": lang,
            "question": q,
            "answerable": answerable,
            "gold": [gold] if answerable else [],
            "kind": kind,
            "voice": voice,
        })
    assert sum(1 for r in rows if r["answerable"]) == 30, lang
    assert all(len(r["gold"]) == 1 for r in rows if r["answerable"])
    assert max(golds.values()) <= 2, golds.most_common(3)
    random.Random("%d-%s" % (SEED, lang)).shuffle(rows)
    for i, r in enumerate(rows, 1):
        r["id"] = "r41-%s-%03d" % (lang, i)
    return rows


def main():
    rows = build("en", EN) + build("zh", ZH)
    assert len({r["id"] for r in rows}) == len(rows) == 100
    assert len({r["question"] for r in rows}) == len(rows)
    trad = sum(1 for r in rows if r["language"] == "zh" and set(r["question"]) & TRAD_ONLY)
    assert 13 <= trad <= 17, trad
    out = os.path.join(HERE, "questions.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
    print("wrote %d rows to %s (zh Traditional rows: %d)" % (len(rows), out, trad))


if __name__ == "__main__":
    main()
