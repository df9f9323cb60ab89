#!/usr/bin/env python3
"""Blind grounded review set 42: reviewer questions, 50 English + 50 Chinese.

All question text is typed by hand and embedded below. The KB passage files are read
only to check that every gold id and every `; near` id exists.
Standard library only; deterministic.
"""
import collections
import json
import os
import random

SEED = 42
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.environ.get("MEDQA_ROOT", "/work/main")
KB_DIR = os.path.join(ROOT, "medqa", "assets", "kb")

# Voice labels (English)
ACT = "care-home activity coordinator"
PIL = "Pilates instructor"
GUY = "Guyanese family writing English"
SLU = "St Lucian family writing English"
ECZ = "parent of a child with eczema"
HAY = "Hayling Island resident"
ACH = "Achill Island (Co. Mayo) resident"
EXT = "TV and film supporting artist (extra)"

# Voice labels (Chinese)
ZJ_DY = "浙江金华 东阳 family (简体)"
ZJ_YK = "浙江金华 永康 family (简体)"
ZJ_LX = "浙江金华 兰溪 family (简体)"
XZ_RKZ = "西藏 日喀则 resident (简体)"
XZ_SN = "西藏 山南 resident (简体)"
KITE = "风筝手艺人 (简体)"
EGG = "蛋鸡养殖户 (简体)"
ABR = "援外工程工人的家属 (简体)"
MUSH = "香菇种植户 (简体)"
HK_TST = "香港 尖沙咀 resident, 粵語 (繁體)"
HK_PE = "香港 太子 resident, 粵語 (繁體)"
HK_SO = "香港 石澳 resident, 粵語 (繁體)"
TW_QS = "高雄 旗山 family, 台灣華語 (繁體)"
TW_GS = "高雄 岡山 family, 台灣華語 (繁體)"
TW_LZ = "高雄 路竹 family, 台灣華語 (繁體)"

SP = "; style: (sp?) spelling-doubt marker"
TV = "; style: mentions a TV hospital drama"
THATS = "; style: 'that's it, that's the question' closer"

EN = [
    # ---- plain (5) ----
    ("plain", "how many days before I run out should I put in for my repeat prescription?",
     "kb-en-medications-001", PIL),
    ("plain", "Is the interpreter free or do we have to pay for it?",
     "kb-en-appointments-007", SLU),
    ("plain", "What should a resident pack for an overnight stay on one of your wards?",
     "kb-en-procedures-008", ACT),
    ("plain", "Can I ask the billing office for a bill that shows every charge separately instead of one total? That's it, that's the question.",
     "kb-en-records_billing-007", EXT + THATS),
    ("plain", "How long does the glucose tolerance test take altogether?",
     "kb-en-test_preparation-012", ACH),

    # ---- context (10) ----
    ("context", "I'm the activities coordinator at a residential home and next month I'll be bringing one of our gentlemen to his clinic appointment. He's very hard of hearing and gets flustered at busy desks; last time, at a different place, he couldn't make out a word the receptionist said and just gave up and sat down. Do your reception desks have hearing loops?",
     "kb-en-appointments-012", ACT),
    ("context", "we did a pamper afternoon at the home on friday, nails painted, the lot, the residents loved it. now one of the ladies has remembered she's got her hip operation on monday!! i watched a bit of Casualty with them last night and the nurse on it made a patient take her nail polish off before theatre. is that a real thing? does all of it have to come off?",
     "kb-en-procedures-012", ACT + TV),
    ("context", "One of my Pilates regulars has just had a laparoscopy (sp?) to take her gallbladder out. I've told her she's not coming back on my mat till she's been cleared, but what she really misses is doing her lengths at the leisure centre pool on a Sunday. When is she allowed to go swimming with the wound?",
     "kb-en-procedures-010", PIL + SP),
    ("context", "me mother come from Berbice to stay with we for the winter and she bring she insulin pens in she handbag. She been leaving the bag by the window where the sun hitting all afternoon. Back home she keep everything in the cupboard. Over here should the insulin be going in the fridge?",
     "kb-en-medications-002", GUY),
    ("context", "My 4 year old has bad eczema so we're at the skin clinic all the time, he's not scared of hospitals at all. His grandma is on a ward after a fall and he keeps begging to go and see her. The thing is a boy in his class was off with measles last week and they played together, though my son seems completely fine himself. Can I still bring him in to visit?",
     "kb-en-visiting-002", ECZ),
    ("context", "Hayling's only got the one road bridge off the island and in August it's nose to tail with day trippers heading for the beach. My clinic appointment is at ten past ten on a Saturday in August and if the bridge is jammed I could easily be late. What happens if I'm running late for it?",
     "kb-en-appointments-005", HAY),
    ("context", "I do background work on telly, crowd scenes mostly, and the agency has just booked me for three days next week. One of those mornings is when my physio appointment is. Work's been thin since the spring so I don't want to turn it down, I'd rather move the physio. How much notice do you need if I want to reschedule?",
     "kb-en-appointments-002", EXT),
    ("context", "Funny one. Last year I was an extra in a hospital drama, lay in a bed with a fake drip for twelve hours. Now I'm having a real camera test with sedation on Thursday. My partner's away filming in Scotland all week so I was going to get a taxi home on my own after, the driver can drop me right at my door. Is that ok?",
     "kb-en-procedures-002", EXT + TV),
    ("context", "My husband in the intensive care since Sunday night. All the family back home in Castries and Vieux Fort calling me every hour, Bondyé, they just want to see him. My cousin say take a picture on the phone and send it on the WhatsApp group. Am I allowed to take photos of him in there?",
     "kb-en-visiting-005", SLU),
    ("context", "My daughter's eczema got infected in the summer and she was given an antibiotic. Her skin looked loads better after three days so I stopped giving it, and then it came back worse. Now she's got another course for the same thing. My mum watches all the hospital dramas and swears you must never stop early, but she also thinks everything on Holby is real. Do I have to keep going to the end this time even once her skin clears up?",
     "kb-en-medications-007", ECZ + TV),

    # ---- lay (9) ----
    ("lay", "One of our residents has been sent for the big scan where you lie in the tunnel with the giant magnet. She had a metal hip put in years ago. Do we need to let them know before she goes?",
     "kb-en-test_preparation-005", ACT),
    ("lay", "bit embarrassing this but my husband is having the camera up the back passage next week and he's been told to eat plain stuff without much roughage for a few days before. are white bread, eggs and chicken alright in those days?",
     "kb-en-test_preparation-004", PIL),
    ("lay", "me father have three old puffers he don't use no more, the blue one and two brown. wha to do with them, can they just go in the bin with the rest of the rubbish?",
     "kb-en-medications-003", GUY),
    ("lay", "we're flying abroad to see my partner's family at Easter. my son has two tubs of his skin stuff from the clinic plus an allergy syrup. do they go in the big suitcase we check in, or do we keep them on us up in the cabin?",
     "kb-en-medications-009", ECZ),
    ("lay", "Out on the bog footing turf yesterday and a bee got me on the wrist. There's a tiny black barb still left in there. Do I pinch it out with the tweezers or what?",
     "kb-en-self_care-013", ACH),
    ("lay", "spent 14 hrs being a zombie in a muddy field for a horror film and twisted my foot jumping off a hay bale. it's puffed up and gone purple but i can walk on it ok. how long at a time should i keep something cold on it?",
     "kb-en-self_care-006", EXT),
    ("lay", "The residents have made a big card and want to send a bunch from our garden plus one of those shiny helium ones (not the rubbery kind) to a lady from the home who's been admitted. Will the ward let them in?",
     "kb-en-visiting-003", ACT),
    ("lay", "Hospital send my mother a paper saying how much money she owe for her stay and she can't find it all at one time. Can she pay it off a little little every month?",
     "kb-en-records_billing-009", GUY),
    ("lay", "My son is 6 and has to take an allergy pill every night for the itching but he gags on it, they're massive. Is there some other way he can have it?",
     "kb-en-medications-005", ECZ),

    # ---- two_part (6) ----
    ("two_part", "How far in advance does the hospital transport need booking for one of our residents, and can a member of our staff travel with her?",
     "kb-en-appointments-009", ACT),
    ("two_part", "I'm booked for a pelvic ultrasound. Do I need to come with a full bladder, and roughly how long does the scan itself take? Trying to fit it round my 12 o'clock class.",
     "kb-en-test_preparation-009", PIL),
    ("two_part", "Me brother on the ward since Tuesday. When I ring up will they tell me everything about how he doing? And what time is best to call so I don't be bothering them?",
     "kb-en-visiting-007", GUY),
    ("two_part", "Me and my husband both give our daughter her antihistamine syrup and last week we very nearly both gave it. How do we stop doubling up? Also we've lost the little syringe, can I just use a teaspoon from the drawer?",
     "kb-en-medications-011", ECZ),
    ("two_part", "Can I rearrange my appointments myself through the patient portal, and what do I need to sign up to it?",
     "kb-en-records_billing-002", HAY),
    ("two_part", "Two quick ones for when I'm in for my op: can I use my phone on the ward, and is there free wifi?",
     "kb-en-visiting-011", EXT),

    # ---- missing_detail (15) ----
    ("missing_detail", "How much is it per hour to park at the hospital? I'll be there most of the day with my husband. That's it, that's the question.",
     None, HAY + THATS + "; near kb-en-appointments-008"),
    ("missing_detail", "what time does evening visiting finish on the orthopaedic (sp?) ward? a couple of our residents want to go and see a friend after their tea",
     None, ACT + SP + "; near kb-en-visiting-001"),
    ("missing_detail", "Is the hospital pharmacy open on Sundays, and till what time? I'm on set all week and Sunday is my only day off.",
     None, EXT + "; near kb-en-medications-012"),
    ("missing_detail", "How much is the deposit to borrow one of your wheelchairs at the main entrance, and can we pay it by card?",
     None, ACT + "; near kb-en-appointments-012"),
    ("missing_detail", "I tore a hamstring demonstrating a move in class and my income protection insurer wants a report from the consultant. How much does the hospital charge for writing one of those?",
     None, PIL + "; near kb-en-records_billing-011"),
    ("missing_detail", "My auntie only really speak Kwéyòl, the St Lucian creole, her English not so good. Do you have an interpreter who can speak Kwéyòl, or is it only French?",
     None, SLU + "; near kb-en-appointments-007"),
    ("missing_detail", "We've had so many appointments and prescriptions for our son's eczema this year and money is really tight. What's the income limit to qualify for your financial assistance programme?",
     None, ECZ + "; near kb-en-records_billing-010"),
    ("missing_detail", "I'm over from Achill staying at my sister's while I have my treatment, and I want to write to your data protection officer about how my records were passed on. What's the officer's name?",
     None, ACH + "; near kb-en-records_billing-012"),
    ("missing_detail", "One of my clients is a big man, he's had bariatric (sp?) surgery and is still about 28 stone. He's been sent for the scan in the tunnel and is terrified he won't fit. What's the weight limit on the table?",
     None, PIL + SP + "; near kb-en-test_preparation-006"),
    ("missing_detail", "For my video follow-up, is it on Zoom, Teams or your own app? The studio wifi blocks half of them so I need to know which.",
     None, EXT + "; near kb-en-appointments-006"),
    ("missing_detail", "Me mother going back to Georgetown in March and she want a copy of all she hospital records to carry for the doctor there. How much does it cost per page?",
     None, GUY + "; near kb-en-records_billing-001"),
    ("missing_detail", "What time does the quiet period start on the children's ward at night? I'm staying over with my son after his skin biopsy and want to know when I should have him settled.",
     None, ECZ + "; near kb-en-visiting-011"),
    ("missing_detail", "Which bus numbers go from Havant to the hospital and how often do they run on a weekday?",
     None, HAY + "; near kb-en-appointments-008"),
    ("missing_detail", "My business partner's husband is in intensive care and she says there's a rest period in the afternoon when visitors have to go out. What times is that exactly? I want to drop her some food without getting in the way.",
     None, PIL + "; near kb-en-visiting-005"),
    ("missing_detail", "One of our residents does her own injections and her sharps bin is nearly full. Which day does the council come round to collect full sharps bins?",
     None, ACT + "; near kb-en-medications-003"),

    # ---- off_topic (5) ----
    ("off_topic", "Do you rent out any rooms at the hospital for evening classes? I'd love to run a Pilates session for the nurses after their shifts.",
     None, PIL),
    ("off_topic", "Our production company is looking for a real hospital corridor to film in for a couple of nights. Who do we talk to about location filming at your hospital?",
     None, EXT),
    ("off_topic", "Are there any blood donation sessions at the hospital I can book into? I used to give blood on the island but the sessions there stopped.",
     None, HAY),
    ("off_topic", "Is there a cash machine inside the hospital? Me mother need to take out money for the taxi. That's it, that's the question.",
     None, GUY + THATS),
    ("off_topic", "Does the hospital run a support group for parents of kids with bad eczema? I could really do with talking to other parents who get it.",
     None, ECZ),
]

ZH = [
    # ---- plain (5) ----
    ("plain", "出院以后要过多久才能来复印住院病历？",
     "kb-zh-records_billing-001", ZJ_DY),
    ("plain", "已经交了钱但还没做的检查，可以退钱吗？",
     "kb-zh-records_billing-009", ABR),
    ("plain", "請問門診的號是提前幾天開放預約的？",
     "kb-zh-appointments-001", TW_QS),
    ("plain", "看病交完费以后，电子发票在哪里下载？",
     "kb-zh-records_billing-008", EGG),
    ("plain", "做完增強CT之後要喺醫院等幾多分鐘先可以走？",
     "kb-zh-test_preparation-004", HK_TST),

    # ---- context (10) ----
    ("context", "我是扎风筝的手艺人，手上天天被竹篾划口子，一般贴个创可贴就算了。前天削风筝骨架的时候被一根生锈的铁丝划了一道，不算深，血早就止住了。我老婆非让我问问：这种生锈东西划的，要不要去打破伤风针？",
     "kb-zh-self_care-004", KITE),
    ("context", "我儿子在安哥拉的水电站工地上班，三年才回来一次。他爸这次住院，儿子回不来，每天隔着时差打电话到病房想问他爸的情况，护士都说电话里不能讲。儿子急得睡不着觉。像他这样人在国外的，怎样才能问到他爸的病情？",
     "kb-zh-visiting-009", ABR),
    ("context", "我在永康开个小五金厂，上个月在车间被砂轮片崩了一下，在你们医院缝了几针，医生交代过几天回来拆线。这阵子订单多得弗得了，实在走弗开，我想线反正长牢了，自己拿剪刀剪掉算了。能弗能自己在家拆线？",
     "kb-zh-procedures-012", ZJ_YK),
    ("context", "我在日喀则开甜茶馆十几年了，这回专门飞回来陪我妈做手术。我妈手上那对金镯子戴了三十多年，从来没摘下来过，她说摘了心里不踏实。手术那天镯子也一定要取下来吗？",
     "kb-zh-procedures-005", XZ_RKZ),
    ("context", "我家养了两万多只蛋鸡，一天都离不开人。我爸上周看完门诊，医生给开了住院证，说回家等通知。现在等了快十天了还没人打电话来。是要我们自己去住院处排队，还是怎么弄？",
     "kb-zh-procedures-007", EGG),
    ("context", "我们家种香菇，这阵子正是出菇的时候，大棚里离不开人。我老婆住院了，晚上我想在病房陪床，可我丈母娘也说要留下来陪，两个人能不能一起留在病房？",
     "kb-zh-visiting-006", MUSH),
    ("context", "我喺太子開手機維修舖。上個月喺你哋醫院照咗個腰嘅CT，醫生話而家唔再印菲林，喺App睇就得。但係我下個月要返內地見另一個骨科醫生，佢話要睇片。我可唔可以攞返啲片或者光碟帶過去？",
     "kb-zh-records_billing-010", HK_PE),
    ("context", "我們在路竹種番茄，這陣子採收，每天都忙到晚上八九點。我媽在你們醫院住院，我只能收工以後才去看她。我先生說上午病房比較空，叫我改成上午去，上午去探病可以嗎？",
     "kb-zh-visiting-001", TW_LZ),
    ("context", "我们兰溪过来的，我老倌帮我在手机上装了你们医院的App。我儿子刚满两岁，要来看皮肤科，还没办身份证，只有户口本。这样能给他建档吗？",
     "kb-zh-appointments-004", ZJ_LX),
    ("context", "我爸在阿尔及利亚修了八年公路，今年总算回国了。回来查出腰不好，医生让做核磁。他左胳膊里有块钢板，是以前在工地摔断骨头时打进去的。这种情况做核磁之前要注意什么？",
     "kb-zh-test_preparation-003", ABR),

    # ---- lay (9) ----
    ("lay", "上回在河滩上放风筝，鼻子突然冒血，我赶紧仰起头，旁边一个大姐说千万别仰头。下回再碰到这种情况，到底该怎么弄才对？",
     "kb-zh-self_care-012", KITE),
    ("lay", "医生让我去验个血看看血稠不稠，说去之前要饿着肚子。我每天早上五点就起来喂鸡捡蛋，到七点饿得心慌。能不能先吃两个鸡蛋垫一垫再去？",
     "kb-zh-test_preparation-001", EGG),
    ("lay", "我老倌做了个打一针睡过去、从嘴巴里伸管子看胃的检查，人已经醒了。醒了以后要过多久才可以吃东西？",
     "kb-zh-procedures-010", ZJ_DY),
    ("lay", "我们在泽当做生意。我这两天肚子不好，一直往厕所跑，水一样的。药店里那种冲水喝的小包包没买到，家里冰箱有运动饮料，能不能拿运动饮料顶替？",
     "kb-zh-self_care-008", XZ_SN),
    ("lay", "我個仔琴晚喺屋企煲麵，俾滾水淥親手指，紅咗一笪。我老婆話搽啲牙膏會舒服啲，咁樣得唔得㗎？",
     "kb-zh-self_care-005", HK_SO),
    ("lay", "我媽明天要背那個貼在胸口、連續錄一整天心跳的小盒子。她每天晚上一定要洗澡，貼著那個東西的時候可以洗澡嗎？",
     "kb-zh-test_preparation-010", TW_QS),
    ("lay", "我老公下个月从尼日利亚回来，要做个当天做完当天就回家的小手术，要打麻药。他说第二天一早就要自己开车去厂里看看。做完第二天能自己开车吗？",
     "kb-zh-procedures-003", ABR),
    ("lay", "我老婆打的那种控制血糖的针，还没开封的，放冰箱最下面冻起来行不行？冻着是不是能放得更久？",
     "kb-zh-medications-003", MUSH),
    ("lay", "家里抽屉里翻出来一堆以前吃剩的药，好多都放坏了。能不能直接倒进鸡粪堆里沤肥，或者扔马桶冲掉？",
     "kb-zh-medications-004", EGG),

    # ---- two_part (6) ----
    ("two_part", "我爸在岡山開羊肉爐店，下週要做腸鏡，醫生說前幾天要吃少渣的東西。請問那幾天青菜水果是不是都不能吃？還有，親戚送來的紅心火龍果可以吃嗎？",
     "kb-zh-test_preparation-002", TW_GS),
    ("two_part", "我在东阳做木雕的，约了下周三的号，到时候要去外地送货。改约能不能直接改到别的日子？要是取消的话，最晚要提前多久？",
     "kb-zh-appointments-002", ZJ_DY),
    ("two_part", "我老公入咗ICU。想問下每次探病可以入幾多個人？入去之前要換啲咩衫？",
     "kb-zh-visiting-004", HK_SO),
    ("two_part", "我们在日喀则住惯了，晚上不开电热毯睡不着。我爸这回住院，能带电热毯去病房吗？还有他烟瘾大，病房里抽电子烟总可以吧？",
     "kb-zh-visiting-010", XZ_RKZ),
    ("two_part", "我常年跟着各地的风筝节跑，家里的降压药快吃完了。在你们App上线上续方，药能直接快递到家吗？能不能顺便开一种以前没吃过的药？",
     "kb-zh-medications-002", KITE),
    ("two_part", "在门诊药房拿了药，回家一看多了一盒用不上的，能拿回去退吗？还有，我对青霉素过敏，这个在哪里登记？",
     "kb-zh-medications-011", MUSH),

    # ---- missing_detail (15) ----
    ("missing_detail", "我们从东阳开车过来，停车场停一个上午大概要多少钱？一个钟头几块？",
     None, ZJ_DY + "; near kb-zh-appointments-009"),
    ("missing_detail", "我老倌住院出来了，想复印病历去保险公司报。复印一页要几块钱？",
     None, ZJ_LX + "; near kb-zh-records_billing-001"),
    ("missing_detail", "扎西德勒！我姐夫在你们ICU，我们从日喀则连夜赶过来的。ICU每天几点钟可以进去探视？",
     None, XZ_RKZ + "; near kb-zh-visiting-004"),
    ("missing_detail", "我们是西藏的医保，已经办好了异地备案。在你们这里住院，能报销百分之多少？",
     None, XZ_SN + "; near kb-zh-records_billing-007"),
    ("missing_detail", "医生让我背那个24小时的动态心电图，做一次要多少钱？",
     None, KITE + "; near kb-zh-test_preparation-010"),
    ("missing_detail", "我爸住院要请个护工，家里鸡场走不开人。医院的护工一天多少钱？",
     None, EGG + "; near kb-zh-visiting-006"),
    ("missing_detail", "我老公人在几内亚的工地，家里就我一个人。线上续方的药快递到家，运费是多少？",
     None, ABR + "; near kb-zh-medications-002"),
    ("missing_detail", "我老婆下周要住院，入院的时候预交金具体要交多少钱？我们好提前准备。",
     None, MUSH + "; near kb-zh-procedures-007"),
    ("missing_detail", "上个月退了一个没做的检查，钱是微信付的，到现在还没到账。一般几天能退回来？",
     None, MUSH + "; near kb-zh-records_billing-009"),
    ("missing_detail", "想問下普通病房探病時間由幾時到幾時？我收工已經七點幾。",
     None, HK_TST + "; near kb-zh-visiting-001"),
    ("missing_detail", "我老豆聽唔到嘢，想約手語義工陪佢睇醫生。手語義工星期幾先有？",
     None, HK_PE + "; near kb-zh-appointments-008"),
    ("missing_detail", "門診藥房夜晚開到幾時？我落班再搭巴士出嚟都成八點。",
     None, HK_SO + "; near kb-zh-medications-011"),
    ("missing_detail", "新的號每天早上幾點整放出來？我想幫我爸搶專家的號。",
     None, TW_QS + "; near kb-zh-appointments-001"),
    ("missing_detail", "我爸腳不方便，想在服務台借輪椅，押金要多少錢？",
     None, TW_GS + "; near kb-zh-appointments-007"),
    ("missing_detail", "雲影像的片子在App上可以保存幾年？過幾年還查得到嗎？",
     None, TW_LZ + "; near kb-zh-records_billing-010"),

    # ---- off_topic (5) ----
    ("off_topic", "你们医院招不招收银员？我囡刚毕业，想来应聘。",
     None, ZJ_YK),
    ("off_topic", "我在西藏献过好几次血，这次回内地想在你们医院献血，哪里可以献？",
     None, XZ_SN),
    ("off_topic", "你们医院后面那片草坪能不能放风筝？我想周末带几个学生去试试新扎的风筝。",
     None, KITE),
    ("off_topic", "医院附近有没有便宜点的宾馆？我儿子从非洲回来要陪他爸几天。",
     None, ABR),
    ("off_topic", "醫院入面有冇櫃員機？我想攞啲現金。",
     None, HK_TST),
]

# Characters that occur only in Traditional script (their Simplified forms differ).
TRAD_ONLY = set(
    "們這個來時後說話還會過醫藥門診號預約檢報費電樣點麼嗎開關貼錄續價錢幾讓請問動態媽爐週腸鏡東親"
    "紅龍頭應當邊裡張發現實擔輪務臺灣雲證掃碼間舖內陸機麵燙滾種採"
)

EXPECTED = {"plain": 5, "context": 10, "lay": 9, "two_part": 6, "missing_detail": 15, "off_topic": 5}


def kb_ids(lang):
    ids = set()
    with open(os.path.join(KB_DIR, "passages_%s.jsonl" % lang), encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line:
                ids.add(json.loads(line)["id"])
    return ids


def build(lang, items):
    ids = kb_ids(lang)
    kinds = collections.Counter(k for k, _, _, _ in items)
    assert dict(kinds) == EXPECTED, (lang, kinds)
    assert len(items) == 50, (lang, len(items))
    gold_use = collections.Counter()
    for kind, q, gold, voice in items:
        answerable = kind in ("plain", "context", "lay", "two_part")
        if answerable:
            assert gold is not None and gold in ids, (lang, gold)
            assert gold.startswith("kb-%s-" % lang), gold
            gold_use[gold] += 1
            assert "; near" not in voice, voice
        else:
            assert gold is None, (lang, q)
            if kind == "missing_detail":
                assert "; near kb-%s-" % lang in voice, voice
                near = voice.rsplit("; near ", 1)[1]
                assert voice.endswith("; near " + near)
                assert near in ids, (lang, near)
                assert voice.count("; near") == 1, voice
            else:
                assert "; near" not in voice, voice
    assert sum(gold_use.values()) == 30, (lang, sum(gold_use.values()))
    assert max(gold_use.values()) <= 2, gold_use.most_common(3)
    rows = list(items)
    random.Random("%d-%s" % (SEED, lang)).shuffle(rows)
    out = []
    for i, (kind, q, gold, voice) in enumerate(rows, 1):
        answerable = kind in ("plain", "context", "lay", "two_part")
        out.append({
            "id": "r42-%s-%03d" % (lang, i),
            "language": lang,
            "question": q,
            "answerable": answerable,
            "gold": [gold] if answerable else [],
            "kind": kind,
            "voice": voice,
        })
    return out


def main():
    rows = build("en", EN) + build("zh", ZH)
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)) == 100
    qs = [r["question"] for r in rows]
    assert len(qs) == len(set(qs)), "duplicate question"
    for lang in ("en", "zh"):
        lr = [r for r in rows if r["language"] == lang]
        assert sum(r["answerable"] for r in lr) == 30
        assert all(len(r["gold"]) == (1 if r["answerable"] else 0) for r in lr)
    zh = [r for r in rows if r["language"] == "zh"]
    trad = [r for r in zh if any(ch in TRAD_ONLY for ch in r["question"])]
    assert 13 <= len(trad) <= 17, len(trad)
    # the rows detected as Traditional are exactly the rows whose voice says 繁體
    assert set(r["id"] for r in trad) == set(r["id"] for r in zh if "繁體" in r["voice"])
    path = os.path.join(HERE, "questions.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
    print("wrote %d rows to %s (zh Traditional rows: %d)" % (len(rows), path, len(trad)))


if __name__ == "__main__":
    main()
