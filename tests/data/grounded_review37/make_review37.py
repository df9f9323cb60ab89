#!/usr/bin/env python3
"""Blind grounded review set 37: 50 English + 50 Chinese reviewer questions.

All text below was typed by hand by the writer. Standard library only.
Writes questions.jsonl next to this script. Deterministic (SEED = 37).
The KB passage files are read only to check that gold and near ids exist.
"""
import collections
import json
import os
import random

SEED = 37
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "questions.jsonl")
ROOT = os.environ.get("MEDQA_ROOT", "/work/main")

# (kind, question, gold_id_or_None, voice)
EN = [
    # ---- plain (5) ----
    ("plain",
     "how much notice do you need if i want to move my appointment to a different day",
     "kb-en-appointments-002", "cattery owner"),
    ("plain",
     "Is it alright to chew gum or have a cigarette while I'm fasting for a blood test?",
     "kb-en-test_preparation-001", "retired driving examiner"),
    ("plain",
     "Hello. I have operation on Tuesday and I have gel nails on all my fingers. I must take off all of them or only some?",
     "kb-en-procedures-012", "Timorese mum in Crewe, learner English"),
    ("plain",
     "Found you through the QR code on my clinic letter. How long does a glucose tolerance test take, start to finish?",
     "kb-en-test_preparation-012", "parent of a county junior chess player; style: found you via the QR code"),
    ("plain",
     "where do i take old inhalers i dont use anymore",
     "kb-en-medications-003", "vintage tractor club member"),

    # ---- context (10) ----
    ("context",
     "We run boarding kennels out in the sticks and I get cold callers all day long, so my mobile blocks anything that shows up as No Caller ID. "
     "Now I've got a telephone follow-up with the clinic next Wednesday and my sister reckons hospital calls come through hidden. "
     "Is she right, do your calls show up as private?",
     "kb-en-appointments-006", "boarding kennels owner"),
    ("context",
     "Right. Forty-one years of testing learner drivers, so I know better than most what slow reactions look like. "
     "I'm booked in for a camera test next month and I've agreed to have the sedation. My wife doesn't drive and our son is away with work. "
     "The practice nurse said just get a taxi home and sleep it off. Is going home in a taxi on my own after sedation actually acceptable?",
     "kb-en-procedures-002", "retired driving examiner"),
    ("context",
     "My husband is in the hospital 9 days now. He dont like the hospital food, he eat only rice and our fish soup. "
     "I cook every morning and bring it in the box but when I arrive after two buses it is cold. Can the nurse warm it in the microwave for him?",
     "kb-en-visiting-003", "Timorese wife in Crewe, learner English"),
    ("context",
     "Our daughter's been picked for the county junior chess squad and they're flying out to a tournament in Vienna at half term. "
     "She takes a tablet every morning and has an inhaler. The team manager wants everything in the hold so the kids aren't lugging bags round the airport. "
     "Is that OK for her medicines or should they be in her hand luggage?",
     "kb-en-medications-009", "parent of a county junior chess player"),
    ("context",
     "Mon: letter came, the clinic want to see my husband in person on the 3rd. "
     "Tue: rang round, nobody can take him, and he can't drive since his hip. "
     "Wed: neighbour says the hospital can send transport if you can't get there any other way. "
     "We're up on Skye so it's a long road down to you. How far ahead do we have to book that transport?",
     "kb-en-appointments-009", "Isle of Skye resident; style: day-by-day timeline"),
    ("context",
     "Canvey here. Bill came through the door yesterday and one of the lines is for a CT scan. I never had a CT, I had my wrist X-rayed, I was there, I'd know. "
     "It's due at the end of the month and I don't want it going off to debt collectors while it gets looked at. "
     "Can the account be put on hold while somebody checks it?",
     "kb-en-records_billing-006", "Canvey Island resident"),
    ("context",
     "At the vintage road run yesterday, judging the little grey Fergies, and a wasp got me on the back of the hand. "
     "The sting's still in, I can see the black bit. My mate says pinch it out with tweezers. Is that right or is there a better way of getting it out?",
     "kb-en-self_care-013", "vintage tractor club member"),
    ("context",
     "Dad was moved into intensive care overnight. There are four of us and we've all driven up, I've had to leave the cattery with the girl next door. "
     "How many of us are allowed at his bed at the same time?",
     "kb-en-visiting-005", "cattery owner"),
    ("context",
     "Following on from my last message: my mother is 91, mind like a trap but her eyes have gone and she can't work the portal on her tablet any more. "
     "She wants me to handle her appointments and letters. What's the proper way for me to get access to her information? Does she have to sign something?",
     "kb-en-records_billing-005", "retired driving examiner; style: Following on from my last message"),
    ("context",
     "My mother come from Timor to stay with us and she have appointment with the heart doctor. She speak only Tetum and little bit Portuguese. "
     "My son is 12 and his English is very good, better than me. Is ok if he translate for his grandmother in the appointment?",
     "kb-en-appointments-007", "Timorese mum in Crewe, learner English"),

    # ---- lay (9) ----
    ("lay",
     "got a steel pin in my shin from when a tractor rolled on me back in the 80s. theyve booked me in for the big magnet tunnel scan on my back. "
     "does the pin matter? do i need to tell somebody before i turn up",
     "kb-en-test_preparation-005", "vintage tractor club member"),
    ("lay",
     "My husband is having the camera put down his throat on Thursday morning to have a look in his tummy. I'll be at the junior chess congress with our son so I can't nag him. "
     "How long before it does he have to stop eating?",
     "kb-en-procedures-001", "parent of a county junior chess player"),
    ("lay",
     "They send me letter for the scan with the cold jelly on my low belly, to check the baby. I must go to toilet before, or keep the wee inside?",
     "kb-en-test_preparation-009", "Timorese mum in Crewe, learner English"),
    ("lay",
     "Having my hernia fixed and they say I'm home the same day after they put me under. Does somebody have to stop with me the night or can they just drop me off?",
     "kb-en-procedures-004", "Canvey Island resident"),
    ("lay",
     "My father's top set of false teeth disappeared off his dinner tray while he's been in. Nobody seems that bothered. "
     "Who am I supposed to report them missing to, so someone actually looks?",
     "kb-en-visiting-010", "retired driving examiner"),
    ("lay",
     "the paper you sent only has one big total at the bottom. can i get one that breaks down every single thing you charged for, line by line?",
     "kb-en-records_billing-007", "boarding kennels owner"),
    ("lay",
     "Sat: swinging the starting handle on an old Fordson, it kicked back. Sun: wrist puffy and sore but it moves fine. "
     "Mon (now): bag of frozen sweetcorn on it wrapped in a tea towel. How long should it stay on each time, and how often?",
     "kb-en-self_care-006", "vintage tractor club member; style: day-by-day timeline"),
    ("lay",
     "Every June when the field behind us gets cut for silage my eyes run and I sneeze all day. Anything I can do round the house to keep that yellow dust out?",
     "kb-en-self_care-010", "Isle of Skye resident"),
    ("lay",
     "We've had the letter asking for the money for our son's stay and we can't clear it all in one go. Can we pay it off a bit each month instead?",
     "kb-en-records_billing-009", "parent of a county junior chess player"),

    # ---- two_part (6) ----
    ("two_part",
     "My brother have the CT scan with the dye next week, he have little bit kidney problem. Two question: he need blood test for the kidney before? and can he drink water before the scan?",
     "kb-en-test_preparation-007", "Timorese sister in Crewe, learner English"),
    ("two_part",
     "Found you via the QR code on my appointment letter. What do I need to register for the patient portal, and if I forget my password later on, how do I get back in?",
     "kb-en-records_billing-002", "retired driving examiner; style: found you via the QR code"),
    ("two_part",
     "doing a wee sample for the nurse. what do i write on the pot, and if i cant get it in till the afternoon can it sit in the fridge meanwhile",
     "kb-en-test_preparation-011", "cattery owner"),
    ("two_part",
     "Can our two boys come in to see their grandad on the ward? And does it matter that the younger one's class had chickenpox going round last week?",
     "kb-en-visiting-002", "Isle of Skye resident"),
    ("two_part",
     "If our daughter forgets her morning tablet, should she take two the next morning to catch up? And if she only remembers at lunchtime, does she still take it then?",
     "kb-en-medications-004", "parent of a county junior chess player"),
    ("two_part",
     "Following on from my last message. How many days before I run out should I order my repeat prescription? "
     "And with the rally season on I sometimes leave it late, can a pharmacy give me a few to tide me over?",
     "kb-en-medications-001", "vintage tractor club member; style: Following on from my last message"),

    # ---- missing_detail (15) ----
    ("missing_detail",
     "what time does visiting actually start and finish on the general wards? trying to work out the buses off the island",
     None, "Canvey Island resident; near kb-en-visiting-001"),
    ("missing_detail",
     "Following on from my last message, how much is it per hour in the visitors' car park? I'll be coming in the Land Rover.",
     None, "vintage tractor club member; style: Following on from my last message; near kb-en-appointments-008"),
    ("missing_detail",
     "is the outpatient pharmacy open saturdays and if so what time does it shut",
     None, "cattery owner; near kb-en-medications-012"),
    ("missing_detail",
     "What exactly is the charge, in pounds, for a paper copy of my hospital records?",
     None, "retired driving examiner; near kb-en-records_billing-001"),
    ("missing_detail",
     "My husband lose his glasses in the hospital. Where is the lost property office, which floor, and what time it open?",
     None, "Timorese wife in Crewe, learner English; near kb-en-visiting-010"),
    ("missing_detail",
     "whats the wifi password on the childrens ward? our lad wants to play chess online to keep himself sane",
     None, "parent of a county junior chess player; near kb-en-visiting-011"),
    ("missing_detail",
     "How long does the colonoscopy itself take, in minutes? My neighbour is driving me down and wants to know whether to wait or go for a wander.",
     None, "Isle of Skye resident; near kb-en-test_preparation-003"),
    ("missing_detail",
     "how much do you charge to write up a report for my insurance company about my accident",
     None, "vintage tractor club member; near kb-en-records_billing-011"),
    ("missing_detail",
     "Can I bring Mum's old spaniel in to see her on the ward? He's not an assistance dog, just her dog, and she's pining for him.",
     None, "boarding kennels owner; near kb-en-appointments-012"),
    ("missing_detail",
     "Found you via the QR code on the back of my letter. What's the actual phone number for the patient transport booking line? Not the switchboard, the direct one.",
     None, "Canvey Island resident; style: found you via the QR code; near kb-en-appointments-009"),
    ("missing_detail",
     "My father is very sick in the hospital. What is the name of the chaplain, so I can ask for him by name?",
     None, "Timorese son in Crewe, learner English; near kb-en-visiting-008"),
    ("missing_detail",
     "How many hours before an MRI do I have to stop eating?",
     None, "retired driving examiner; near kb-en-test_preparation-006"),
    ("missing_detail",
     "Roughly how many weeks is the wait for a routine referral to the skin clinic at the moment?",
     None, "parent of a county junior chess player; near kb-en-appointments-010"),
    ("missing_detail",
     "what's the income limit to qualify for your financial assistance scheme? the cattery barely breaks even over winter",
     None, "cattery owner; near kb-en-records_billing-010"),
    ("missing_detail",
     "which days of the week does the pre-op assessment clinic run? need to fit it round haymaking",
     None, "vintage tractor club member; near kb-en-procedures-005"),

    # ---- off_topic (5) ----
    ("off_topic",
     "Is the hospital cafe open on a Sunday? Visiting Dad and I'll have been up since five feeding the dogs.",
     None, "boarding kennels owner"),
    ("off_topic",
     "Hello, I want to work in the hospital kitchen. Where I can apply for job?",
     None, "Timorese mum in Crewe, learner English"),
    ("off_topic",
     "Our son might be in for a few weeks. Is there a hospital school, or a teacher who comes round the children's ward, so he doesn't fall behind?",
     None, "parent of a county junior chess player"),
    ("off_topic",
     "Mum's walking frame and a commode are sitting in our shed barely used since she moved into a care home. Does the hospital take donations of equipment like that?",
     None, "Isle of Skye resident"),
    ("off_topic",
     "Our vintage tractor club wants to do a charity road run for the children's ward. Who at the hospital do we talk to about fundraising?",
     None, "vintage tractor club member"),
]

ZH = [
    # ---- plain (5) ----
    ("plain", "专科号一般提前几天放号？",
     "kb-zh-appointments-001", "复读生"),
    ("plain", "抽完血那个针眼得按多长时间？",
     "kb-zh-test_preparation-001", "山西晋中 榆次"),
    ("plain", "出院以后多少天能去复印住院病历？",
     "kb-zh-records_billing-001", "辽宁 辽阳"),
    ("plain", "药盒上写的饭后吃，是吃完饭多久吃？",
     "kb-zh-medications-006", "馒头铺老板"),
    ("plain", "入院交嘅預交金收據唔見咗，點算好？",
     "kb-zh-records_billing-012", "香港 天后 居民（粵語，繁體）"),

    # ---- context (10) ----
    ("context",
     "我爸在你们医院住着呢，岁数大了离不开人。我和我哥商量好了轮班陪床，他白天我晚上，隔一天一换。"
     "昨天跟护士唠了两句，她说只能一个人陪，是这么规定的吗？陪护的人能不能来回换？",
     "kb-zh-visiting-006", "辽宁 辽阳"),
    ("context",
     "我和老伴是平遥的，医保在晋中参的。闺女在你们那边上班，想接我们过去看病，顺便住一段。"
     "年时在外地看病全是自己掏的钱，回来报销跑了好几趟。听说外地医保在你们医院不能直接刷，得先办个手续，是啥手续？在哪办？",
     "kb-zh-records_billing-007", "山西晋中 平遥"),
    ("context",
     "中午店里正忙，切猪头肉一刀划到左手食指了，口子不深，按了一会儿血就止住了。"
     "伙计说抹点酱油就行，我觉得不太对。这种小口子到底应该怎么处理？",
     "kb-zh-self_care-004", "卤菜店老板娘"),
    ("context",
     "我是开馒头铺的，每天凌晨三点多就起来和面蒸馒头，早上那顿基本是边干活边啃一个。"
     "下礼拜二约了无痛胃镜，护士说前一天晚上开始就不能吃了，这个我能忍。我就想问，做完出来多长时间能吃东西？能不能直接回店里啃个热馒头？",
     "kb-zh-procedures-010", "馒头铺老板"),
    ("context",
     "我今年复读，上周三发烧请了两天假，去你们医院看完就直接回学校了，当时没想起来开证明。"
     "现在班主任要病假证明才给销假。这种看完已经走了的，还能补开吗？要怎么弄？",
     "kb-zh-records_billing-011", "复读生"),
    ("context",
     "我白天上班，晚上在夜校上自考辅导课，一般十点多才到家。医生让我戴24小时的动态心电图，明天上午装上。"
     "我每天下课回去都要冲个澡，戴着那个盒子能洗澡吗？",
     "kb-zh-test_preparation-010", "自考夜校学员"),
    ("context",
     "我阿媽琴日入咗ICU，我哋三兄弟姊妹，仲有佢兩個親姊妹都好想去睇下佢。"
     "想問ICU每次可以入幾多個人？係咪一定要直系親屬先得？",
     "kb-zh-visiting-004", "香港 銅鑼灣 居民（粵語，繁體）"),
    ("context",
     "我們住屏東東港，我先生在魚市場上班，這次要帶小女兒去你們那邊給醫生看。"
     "她才三歲還沒有身分證，網站上寫第一次去要先建檔，那小孩沒有證件要用什麼建？",
     "kb-zh-appointments-004", "台灣 屏東 東港 家屬（繁體）"),
    ("context",
     "我妈在家炸丸子，油锅崩了一下溅到手背上，红了一小片，起了个小泡。"
     "我姐说赶紧抹点大酱，嘎哈呀那多埋汰，我没让。现在是该用凉水冲吧？冲多长时间合适？",
     "kb-zh-self_care-005", "辽宁 盘锦"),
    ("context",
     "我爸在你们医院看的高血压，每个月吃的药都一样。我们住介休乡下，来回一趟得大半天，他腿脚也不行了。"
     "夜来听邻居说现在能在网上续药，那我得在药吃完之前提前多少天去弄？",
     "kb-zh-medications-002", "山西晋中 介休"),

    # ---- lay (9) ----
    ("lay",
     "我妈后天去做那个钻进大圆筒、用大磁铁照的检查，她在家圪蹴着翻了半天首饰盒。"
     "她想问嘴里能摘下来的那几颗牙、头上的发卡，都得取下来吗？",
     "kb-zh-test_preparation-003", "山西晋中 祁县"),
    ("lay",
     "单位让我再去照一下那个在肚皮上抹凉凉的胶、拿个小头来回滑的检查，看肝和胆的。"
     "我下班才能去，当天中午还能吃饭吗？要隔多久不吃？",
     "kb-zh-test_preparation-007", "自考夜校学员"),
    ("lay",
     "孩子从昨晚开始一天跑七八趟厕所，拉出来都是水，人倒还挺精神。"
     "家里没有药店卖的那种冲水喝的小包，能给他喝点啥顶一下？可乐行不行？",
     "kb-zh-self_care-008", "卤菜店老板娘"),
    ("lay",
     "我家小子前两天玩着玩着鼻子就淌血了，他奶奶让他仰着脖子往后靠。下回再这样，仰头对不对？应该怎么弄？",
     "kb-zh-self_care-012", "辽宁 盘锦"),
    ("lay",
     "下楼梯踩空了，脚脖子别了一下，肿得跟馒头似的。我对象说拿热水袋捂一捂好得快，这会儿能捂吗？",
     "kb-zh-self_care-006", "辽宁 辽阳"),
    ("lay",
     "上午医生给开的照片子的单子，钱我已经交了，后来想想不照了，想回老家照。交的钱还能要回来不？",
     "kb-zh-records_billing-009", "山西晋中 榆次"),
    ("lay",
     "以前拍完都给一大张黑片子，这回啥也没给。我下个月要去外地另一家医院看，那边医生要看原来那张，我上哪儿去要？",
     "kb-zh-records_billing-010", "自考夜校学员"),
    ("lay",
     "我爸住院住了快兩個禮拜，出院時櫃檯只給一個總數。保險公司要看每一樣花了多少，醫院可以把每一筆錢一條一條列給我們嗎？要去哪裡拿？",
     "kb-zh-records_billing-005", "台灣 屏東 恆春 家屬（繁體）"),
    ("lay",
     "我老公開完刀返咗屋企，個口仲貼住塊嘢。佢成日話好痕想沖涼，沖涼嗰陣點樣護住個口？",
     "kb-zh-procedures-006", "香港 九龍塘 居民（粵語，繁體）"),

    # ---- two_part (6) ----
    ("two_part",
     "我老忘吃药。忘了一顿，下顿能不能吃双份补上？要是想起来的时候已经快到下一顿的点了，那顿还补不补？",
     "kb-zh-medications-005", "馒头铺老板"),
    ("two_part",
     "下礼拜做肠镜，前两天都能吃点啥？我可稀罕吃红心火龙果了，能吃不？",
     "kb-zh-test_preparation-002", "辽宁 盘锦"),
    ("two_part",
     "下个月要做个小手术，麻醉医生要先问话。我晚上睡觉打呼噜，这个用不用说？最近还在吃减肥药，这个也要说吗？",
     "kb-zh-procedures-009", "自考夜校学员"),
    ("two_part",
     "电子发票在哪下载？单位报销要纸的，我能自己打印吗？",
     "kb-zh-records_billing-008", "山西晋中 平遥"),
    ("two_part",
     "我想約嘅醫生啲號全部約滿咗，有冇辦法等人取消再補上？如果當日直接去診症室門口等加號，得唔得？",
     "kb-zh-appointments-011", "香港 赤柱 居民（粵語，繁體）"),
    ("two_part",
     "我們從枋寮坐車上去，如果叫號的時候剛好去上廁所過號了，要怎麼辦？還有做完檢查拿報告回來給醫生看，要不要重新掛號？",
     "kb-zh-appointments-006", "台灣 屏東 枋寮 家屬（繁體）"),

    # ---- missing_detail (15) ----
    ("missing_detail", "开车去你们医院，院里停车场一小时多少钱？",
     None, "辽宁 盘锦; near kb-zh-appointments-009"),
    ("missing_detail", "要是去放射科申请打胶片，一张胶片收多少钱？刻个光盘又是多少？",
     None, "自考夜校学员; near kb-zh-records_billing-010"),
    ("missing_detail", "我对象下礼拜住院，办入院的时候那个预交金到底得先交多少钱？我好提前去银行取。",
     None, "卤菜店老板娘; near kb-zh-procedures-007"),
    ("missing_detail", "我媽媽是聽障，想預約手語志工陪她看診。你們一個禮拜是哪幾天有手語志工？",
     None, "台灣 屏東 東港 家屬（繁體）; near kb-zh-appointments-008"),
    ("missing_detail", "如果請醫院嘅護工照顧我老豆，一日要幾多錢？",
     None, "香港 銅鑼灣 居民（粵語，繁體）; near kb-zh-visiting-006"),
    ("missing_detail", "药学咨询门诊在门诊楼几楼？进了大门往哪边走？",
     None, "山西晋中 祁县; near kb-zh-medications-009"),
    ("missing_detail", "App上那个候补功能，一个人最多能同时候补几个号？",
     None, "复读生; near kb-zh-appointments-011"),
    ("missing_detail", "ICU每天開放探視是幾點到幾點？我們從恆春上去要兩個多小時，要先算好時間。",
     None, "台灣 屏東 恆春 家屬（繁體）; near kb-zh-visiting-004"),
    ("missing_detail", "做无痛胃镜，那个麻醉的钱是单算的吗？大概得多少钱？",
     None, "馒头铺老板; near kb-zh-test_preparation-008"),
    ("missing_detail", "预约了没去也没取消算爽约，爽约几次会被限制线上预约？限制多长时间？",
     None, "复读生; near kb-zh-appointments-002"),
    ("missing_detail", "醫院營養食堂按醫囑配嘅餐，一餐幾多錢？",
     None, "香港 銅鑼灣 居民（粵語，繁體）; near kb-zh-visiting-007"),
    ("missing_detail", "我们是辽阳参保的，这些年看病花了老鼻子钱了。异地备案办完以后，在你们那住院能报百分之多少？",
     None, "辽宁 辽阳; near kb-zh-records_billing-007"),
    ("missing_detail", "我先生膝蓋開刀，縫的線一般是開完幾天拆？",
     None, "台灣 屏東 東港 家屬（繁體）; near kb-zh-procedures-012"),
    ("missing_detail", "日間手術中心喺邊座大樓？幾樓？",
     None, "香港 天后 居民（粵語，繁體）; near kb-zh-procedures-001"),
    ("missing_detail", "线上复诊一次收多少问诊费？",
     None, "山西晋中 介休; near kb-zh-appointments-005"),

    # ---- off_topic (5) ----
    ("off_topic", "你们医院食堂收不收外面的卤菜？我家卤的猪蹄在我们这片卖得挺好，想问问怎么供货。",
     None, "卤菜店老板娘"),
    ("off_topic", "今年的高考体检是不是在你们医院做？要不要提前预约？",
     None, "复读生"),
    ("off_topic", "医院附近有没有便宜点的旅馆？陪我爸来看病要住好几天。",
     None, "山西晋中 平遥"),
    ("off_topic", "你哋醫院有冇中醫同針灸睇？",
     None, "香港 赤柱 居民（粵語，繁體）"),
    ("off_topic", "我女兒在讀護理，你們醫院有收實習生嗎？要怎麼申請？",
     None, "台灣 屏東 枋寮 家屬（繁體）"),
]

KIND_COUNTS = collections.OrderedDict([
    ("plain", 5), ("context", 10), ("lay", 9), ("two_part", 6),
    ("missing_detail", 15), ("off_topic", 5),
])
ANSWERABLE_KINDS = {"plain", "context", "lay", "two_part"}

# Characters that occur only in Traditional script (their Simplified forms differ).
TRAD_ONLY = set(
    "們這個會說還嗎點樣醫號診檢藥費過時間問題幾後開來為與國學東車門見長處張"
    "從報單應當對將舊麼變種體圖實寫讀聽買賣歲飯飲錢媽親兩紮禮櫃臺給總數"
    "險條筆裡護塊補約滿針習請誌願語證網頁屬邊樓營養線縫蓋壓據剛廁")


def load_ids(lang):
    path = os.path.join(ROOT, "medqa", "assets", "kb", "passages_%s.jsonl" % lang)
    ids = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line:
                ids.add(json.loads(line)["id"])
    return ids


def build(lang, rows, kb_ids):
    assert len(rows) == 50, (lang, len(rows))
    counts = collections.Counter(r[0] for r in rows)
    assert counts == collections.Counter(KIND_COUNTS), (lang, counts)
    gold_use = collections.Counter()
    seen_q = set()
    for kind, q, gold, voice in rows:
        assert kind in KIND_COUNTS, kind
        assert q not in seen_q, ("question twice", q)
        seen_q.add(q)
        if kind in ANSWERABLE_KINDS:
            assert gold is not None and gold.startswith("kb-%s-" % lang), (lang, gold)
            assert gold in kb_ids, ("unknown gold", gold)
            gold_use[gold] += 1
        else:
            assert gold is None, (kind, q)
        if kind == "missing_detail":
            head, sep, near = voice.rpartition("; near ")
            assert sep and head, ("missing_detail voice needs '; near'", voice)
            assert near.startswith("kb-%s-" % lang) and near in kb_ids, ("bad near id", near)
            assert " " not in near
        else:
            assert "; near" not in voice and "near kb-" not in voice, ("stray near", voice)
    assert all(v <= 2 for v in gold_use.values()), gold_use
    assert sum(1 for r in rows if r[0] in ANSWERABLE_KINDS) == 30

    shuffled = list(rows)
    random.Random("%d-%s" % (SEED, lang)).shuffle(shuffled)
    out = []
    for i, (kind, q, gold, voice) in enumerate(shuffled, 1):
        out.append({
            "id": "r37-%s-%03d" % (lang, i),
            "language": lang,
            "question": q,
            "answerable": kind in ANSWERABLE_KINDS,
            "gold": [gold] if gold else [],
            "kind": kind,
            "voice": voice,
        })
    return out


def main():
    all_rows = []
    for lang, rows in (("en", EN), ("zh", ZH)):
        all_rows.extend(build(lang, rows, load_ids(lang)))

    ids = [r["id"] for r in all_rows]
    assert len(ids) == len(set(ids)) == 100
    qs = [r["question"] for r in all_rows]
    assert len(qs) == len(set(qs))
    for r in all_rows:
        if r["answerable"]:
            assert len(r["gold"]) == 1
        else:
            assert r["gold"] == []

    zh = [r for r in all_rows if r["language"] == "zh"]
    trad = [r for r in zh if any(ch in TRAD_ONLY for ch in r["question"])]
    assert 13 <= len(trad) <= 17, len(trad)
    # every row written in Traditional script is labelled 繁體 in its voice, and no other
    for r in zh:
        is_trad = any(ch in TRAD_ONLY for ch in r["question"])
        assert is_trad == ("繁體" in r["voice"]), (r["id"], r["question"])

    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for r in all_rows:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
    print("wrote %d rows to %s (zh Traditional rows: %d)" % (len(all_rows), OUT, len(trad)))


if __name__ == "__main__":
    main()
