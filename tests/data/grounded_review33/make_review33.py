#!/usr/bin/env python3
"""Blind grounded review set 33 (reviewer questions, 50 English + 50 Chinese).

Every question below was typed by hand by the set writer. No model wrote or
paraphrased the text. The KB passage files are read only to check that every
gold id and every "near" id exists.

Run:  python3 make_review33.py        (writes questions.jsonl next to this file)
Env:  MEDQA_ROOT (default /work/main) to find medqa/assets/kb/passages_{en,zh}.jsonl
"""
import collections
import json
import os
import random
import re

SEED = 33
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.environ.get("MEDQA_ROOT", "/work/main")
KB_FILES = {
    "en": os.path.join(ROOT, "medqa", "assets", "kb", "passages_en.jsonl"),
    "zh": os.path.join(ROOT, "medqa", "assets", "kb", "passages_zh.jsonl"),
}
OUT = os.path.join(HERE, "questions.jsonl")

# Characters that occur only in Traditional script (their Simplified forms differ).
TRAD_ONLY = set(
    "們個這麼說點係嗎會醫間號預還過診藥請問後裡樣來給從見電話開車門幾錢費單"
    "報記帶覺讓應該檢術護對頭聽買賣與將變難寫讀書長無舊時"
)

WANT = {
    "en": {"plain": 5, "context": 10, "lay": 9, "two_part": 6, "missing_detail": 15, "off_topic": 5},
    "zh": {"plain": 5, "context": 10, "lay": 9, "two_part": 6, "missing_detail": 15, "off_topic": 5},
}
ANSWERABLE_KINDS = {"plain", "context", "lay", "two_part"}

# (kind, question, gold_id_or_None, voice)
EN = []
ZH = []

# ---------------------------------------------------------------- English, answerable
EN += [
    # plain
    ("plain",
     "Is there a charge for having a sign language interpreter at an outpatient appointment?",
     "kb-en-appointments-007", "cathedral verger"),
    ("plain",
     "where am i meant tae put ma auld inhalers when theyre done, in the bin or back tae the chemist",
     "kb-en-medications-003", "Lanarkshire speaker (Wishaw)"),
    ("plain",
     "Quick one: can I ask for an itemised bill instead of just the total at the bottom?",
     "kb-en-records_billing-007", "home-visit chiropodist booking around clients ('Quick one:' opener)"),
    ("plain",
     "wifi on the wards - for visitors too? - where do i find the login",
     "kb-en-visiting-011", "indoor climbing wall kids' session coach (dash-joined fragments)"),
    ("plain",
     "How long does a glucose tolerance test take from start to finish?",
     "kb-en-test_preparation-012", "Hampshire watercress grower (Alresford)"),
    # context
    ("context",
     "I set routes at an indoor climbing centre so my shifts are early mornings before we open. "
     "I've got the camera-down-the-throat test next Tuesday and I've said yes to the sedation "
     "because I gag on everything. The letter says somebody has to collect me but my partner is "
     "away at a competition that week. It's only two miles home. Can I just get a taxi on my own, "
     "or cycle back slowly?",
     "kb-en-procedures-002", "indoor climbing wall route setter"),
    ("context",
     "After evensong on Sunday one of the ladies from the flower guild asked me to take the altar "
     "arrangement in to our churchwarden, who was admitted to one of your wards after a fall on "
     "the vestry steps. Before I turn up with an enormous vase of lilies, are fresh flowers "
     "actually allowed on the wards?",
     "kb-en-visiting-003", "cathedral verger"),
    ("context",
     "we start cutting the cress at first light and im usually stood in the beds in waders with "
     "the phone in a bag round my neck. ive been given a telephone follow up next thursday "
     "morning instead of going in. how will i know its you ringing? i never answer numbers i "
     "dont know because of all the scam calls",
     "kb-en-appointments-006", "Hampshire watercress grower (Test valley)"),
    ("context",
     "I'm a self-employed sports massage therapist so I keep my nails short, but I've had a gel "
     "manicure done for my sister's wedding, which is the weekend before my knee op. I'm booked "
     "solid with clients right up to the night before so I can't get to the salon to have all ten "
     "soaked off. Do they all have to come off or is there a way round it?",
     "kb-en-procedures-012", "self-employed sports massage therapist booking around clients"),
    ("context",
     "Bit of an odd one. My ex-husband and I split up years ago but we get on fine, and since his "
     "stroke he doesn't leave the flat. There's nobody else nearby so I collect his prescriptions "
     "and go through his post, and he keeps losing the letters about his clinic dates. How can I "
     "get access to see his letters and appointments on your online portal?",
     "kb-en-records_billing-005", "ex-wife writing for her housebound ex-husband"),
    ("context",
     "aye so ma faither has been moved intae a side room and the doctor says its days rather than "
     "weeks now. me and ma sister are driving back and forward fae Hamilton and were pure "
     "scunnered. are we allowed tae stay the night wi him or dae we have tae go hame when "
     "visiting finishes",
     "kb-en-visiting-008", "Lanarkshire speaker (Hamilton)"),
    ("context",
     "Took a ground fall off the bouldering wall a couple of years back and came out of it with a "
     "plate and screws in my left wrist. Now the GP has sent me for an MRI on my lower back. Is "
     "the metal in my wrist going to be a problem, and is there anything I need to do before the day?",
     "kb-en-test_preparation-005", "indoor climbing instructor"),
    ("context",
     "The farm's got a stand at a growers' show in the Netherlands in June, two nights away. I "
     "take blood pressure tablets morning and night. My wife reckons I should put them in the big "
     "suitcase that goes in the hold to save room in my rucksack. Is that alright to do?",
     "kb-en-medications-009", "Hampshire watercress grower (Alresford)"),
    ("context",
     "There's a bees' nest in the old yew by the south porch and one of them got me on the back "
     "of the hand while I was locking up this evening. The swelling is only small but I can see "
     "the little black sting still sitting in the skin. What's the proper way to get it out?",
     "kb-en-self_care-013", "cathedral verger"),
    ("context",
     "I do home visits as a chiropodist so my diary is full weeks ahead, and I managed to write my "
     "own hip clinic appointment in on the wrong day. Double booked myself with a client and "
     "simply didn't turn up. I only realised a week later. What happens now, will I be taken off "
     "the list?",
     "kb-en-appointments-003", "home-visit chiropodist booking around clients"),
]
EN += [
    # lay: everyday words only
    ("lay",
     "My ex is booked in on Friday for the one where you lie inside the tube with the giant magnet. "
     "She's housebound so I'm the one taking her. Roughly how long will she be lying in there?",
     "kb-en-test_preparation-006", "ex-husband writing for his housebound ex-wife"),
    ("lay",
     "the stuff ye drink the night before they put the camera up yer back end. how dae ye know "
     "its done its job, what should it look like comin oot",
     "kb-en-test_preparation-003", "Lanarkshire speaker (Motherwell)"),
    ("lay",
     "Once they've sewn up the cut on my tummy, how soon can I lie in a hot bath? It's the only "
     "thing that sorts my shoulders out after a full day of clients.",
     "kb-en-procedures-010", "self-employed sports massage therapist booking around clients"),
    ("lay",
     "Is the mirror cupboard above the sink in the bathroom a sensible place to keep my pills, or "
     "is there somewhere better?",
     "kb-en-medications-002", "cathedral verger"),
    ("lay",
     "the nurse gave me a little pot to wee in for tomorrow. do i just fill it from the very start "
     "or is there a knack to it",
     "kb-en-test_preparation-011", "indoor climbing wall kids' session coach"),
    ("lay",
     "got a splash o hot fat aff the chip pan on ma forearm makin the tea. had it under the cauld "
     "tap for a minute or so. how long am ah meant tae keep it under there",
     "kb-en-self_care-005", "Lanarkshire speaker (Airdrie)"),
    ("lay",
     "He can't walk more than a few steps now. Is there something at the front door I can borrow "
     "to push him about in once we're inside, or do I need to bring one from home?",
     "kb-en-appointments-012", "ex-wife writing for her housebound ex-husband"),
    ("lay",
     "was in for my appointment tues - boss wants proof - who do i ask for a bit of paper saying i "
     "was actually there",
     "kb-en-records_billing-011", "indoor climbing wall route setter (dash-joined fragments)"),
    ("lay",
     "I'm being put to sleep for my op on Monday. Can I still have my usual mug of tea with milk "
     "first thing, or not?",
     "kb-en-procedures-003", "Hampshire watercress grower (Test valley)"),
    # two_part: two questions, one passage
    ("two_part",
     "Do the car park pay machines take cards? And I'm coming in for treatment three times a week "
     "for the next month, is there any cheaper parking for that?",
     "kb-en-appointments-008", "home-visit chiropodist booking around clients"),
    ("two_part",
     "how many of us can be round his bed at once in intensive care, and is it awright tae take a "
     "photo of him tae send tae his brother in Canada",
     "kb-en-visiting-005", "Lanarkshire speaker (Motherwell)"),
    ("two_part",
     "Quick one: how far ahead should I order my repeat prescription, and what do I do if I'm "
     "going to run out before it's ready?",
     "kb-en-medications-001", "cathedral verger ('Quick one:' opener)"),
    ("two_part",
     "What do I need to register for the patient portal? I tried on my phone between clients and "
     "it asked for things I didn't have to hand. EDIT: got in eventually, but now I've locked "
     "myself out because I can't remember the password. How do I reset it?",
     "kb-en-records_billing-002", "self-employed sports massage therapist ('EDIT:' line at the end)"),
    ("two_part",
     "Rolled my ankle jumping off the top of a boulder problem. How long should I ice it for and "
     "how often? And what would make it worth going to A&E instead of just resting it?",
     "kb-en-self_care-006", "indoor climbing instructor"),
    ("two_part",
     "My ex-wife is housebound and can't manage a car or the bus. How far ahead do we have to book "
     "hospital transport for her, and am I allowed to travel in with her?",
     "kb-en-appointments-009", "ex-husband writing for his housebound ex-wife"),
]
# ---------------------------------------------------------------- English, not answerable
EN += [
    # missing_detail: KB topic, but the specific thing is in neither file
    ("missing_detail",
     "Quick one: what time exactly does afternoon visiting start on the general wards? 2? 3?",
     None, "indoor climbing wall kids' session coach ('Quick one:' opener); near kb-en-visiting-001"),
    ("missing_detail",
     "how much is the visitor car park an hour, ah need tae know if ah've enough change in the motor",
     None, "Lanarkshire speaker (Wishaw); near kb-en-appointments-008"),
    ("missing_detail",
     "What time does the outpatient pharmacy close on a weekday? My last client doesn't finish "
     "until half five.",
     None, "home-visit chiropodist booking around clients; near kb-en-medications-012"),
    ("missing_detail",
     "Does the chaplaincy hold a Sunday service for patients, and at what time? I'd be glad to "
     "come and help set out the chairs.",
     None, "cathedral verger; near kb-en-visiting-008"),
    ("missing_detail",
     "how much is the deposit for borrowing one of your wheelchairs at the entrance? want to have "
     "the right cash on me",
     None, "ex-wife writing for her housebound ex-husband; near kb-en-appointments-012"),
    ("missing_detail",
     "My insurer wants a report from the surgeon about my shoulder. How much do you charge for "
     "writing one? EDIT: it's a private income protection policy if that changes anything",
     None, "self-employed sports massage therapist ('EDIT:' line at the end); "
           "near kb-en-records_billing-011"),
    ("missing_detail",
     "If I put in a request for a copy of my records, how many days have you got by law to send "
     "them to me?",
     None, "Hampshire watercress grower (Alresford); near kb-en-records_billing-001"),
    ("missing_detail",
     "which floor is the endoscopy unit on - dont want to be wandering the corridors starving - "
     "main building or the new block",
     None, "indoor climbing wall route setter (dash-joined fragments); near kb-en-procedures-001"),
    ("missing_detail",
     "whit day does the council come roond tae collect a full sharps bin in Motherwell",
     None, "Lanarkshire speaker (Motherwell); near kb-en-medications-003"),
    ("missing_detail",
     "Could you tell me the name of your data protection officer? I would like to address my "
     "letter to them personally.",
     None, "cathedral verger; near kb-en-records_billing-012"),
    ("missing_detail",
     "Is there a weight limit on the MRI table? I'm about 21 stone and don't want to get there "
     "and be turned away.",
     None, "indoor climbing instructor; near kb-en-test_preparation-006"),
    ("missing_detail",
     "What's the actual name of the bowel prep you'll post out to me? I want to look up whether "
     "it's the one everyone says tastes vile.",
     None, "home-visit chiropodist booking around clients; near kb-en-test_preparation-003"),
    ("missing_detail",
     "What time does the patient transport booking line open in the morning? She needs me to ring "
     "for her and I have to be at work by eight.",
     None, "ex-husband writing for his housebound ex-wife; near kb-en-appointments-009"),
    ("missing_detail",
     "Our money comes in with the growing season so winter is tight. What's the lowest monthly "
     "amount you'll accept on a payment plan?",
     None, "Hampshire watercress grower (Test valley); near kb-en-records_billing-009"),
    ("missing_detail",
     "For the video appointments is it Zoom, Teams or some hospital app? I need to know what to "
     "download on the laptop before Thursday.",
     None, "self-employed sports massage therapist booking around clients; "
           "near kb-en-appointments-006"),
    # off_topic: not covered by the KB at all
    ("off_topic",
     "Are you recruiting any activity coordinators or physio assistants at the moment? I've been "
     "a climbing instructor for nine years and fancy a change.",
     None, "indoor climbing instructor"),
    ("off_topic",
     "can ye gie blood at the hospital itself or dae ye have tae go somewhere else for that",
     None, "Lanarkshire speaker (Airdrie)"),
    ("off_topic",
     "Is there a cash machine anywhere in the main building? I hardly ever carry money these days "
     "and I'd like to buy a raffle ticket from the volunteers.",
     None, "cathedral verger"),
    ("off_topic",
     "Could one of your nurses come out and give flu jabs to our seasonal pickers at the packing "
     "shed? About thirty of them.",
     None, "Hampshire watercress grower (Alresford)"),
    ("off_topic",
     "Do you run any first aid courses that self-employed therapists can book onto? Mine needs "
     "renewing.",
     None, "self-employed sports massage therapist booking around clients"),
]
# ---------------------------------------------------------------- Chinese, answerable
ZH += [
    # plain
    ("plain",
     "请问专科门诊的号一般提前几天放出来？",
     "kb-zh-appointments-001", "江西宜春 resident (Simplified)"),
    ("plain",
     "看病交的钱，电子发票在哪里下载？",
     "kb-zh-records_billing-008", "棋牌室（麻将馆）老板 (Simplified)"),
    ("plain",
     "過期藥可唔可以直接倒落馬桶沖走㗎？",
     "kb-zh-medications-004", "香港牛頭角 resident (粵語, 繁體)"),
    ("plain",
     "請問幾歲以下的小孩不建議進病房探病？",
     "kb-zh-visiting-002", "新北汐止 family (台灣華語, 繁體)"),
    ("plain",
     "留大便去化验，要取多少才够？",
     "kb-zh-test_preparation-009", "河南驻马店 resident (Simplified)"),
    # context
    ("context",
     "我在洗浴中心干搓澡的，一天到晚站着。下礼拜在你们日间手术中心做个疝气的小手术，"
     "媳妇那天要看店走不开。我寻思做完自己叫个网约车回去，或者骑我那电动车慢慢回，"
     "也就三公里，这样行不行？",
     "kb-zh-procedures-003", "洗浴中心搓澡师傅 (Simplified)"),
    ("context",
     "我在小区门口开了个棋牌室，就我一个人看店。周三上午约了骨科的号，结果一帮老街坊"
     "约好了周三上午来打麻将，包了三桌，我走不开。想把号挪到周五，在App里能不能直接把日期改了？",
     "kb-zh-appointments-002", "棋牌室（麻将馆）老板 (Simplified)"),
    ("context",
     "我爸是新余乡下的城乡居民医保，这两年跟我在这边住。他腰不好，医生说要住院。"
     "听人讲外地的医保在你们这里不能直接刷，那要先办么个手续才能直接结算？",
     "kb-zh-records_billing-007", "江西新余 family (Simplified, 么个)"),
    ("context",
     "我是澡堂的搓澡师傅，天天在热水池边上干活，一身汗没干过。医生让我戴那个24小时的"
     "动态心电图，戴着的这一天我还能照常上班吗？",
     "kb-zh-test_preparation-010", "澡堂搓澡师傅 (Simplified)"),
    ("context",
     "我爹前天从普通病房转到ICU了，我们兄妹四个连夜从信阳乡下赶过来，都想进去看看他，"
     "咦，心里急得很。ICU一回能进去几个人？",
     "kb-zh-visiting-004", "河南信阳 family (Simplified, 咦)"),
    ("context",
     "我阿媽上個月喺你哋度住院，而家佢腳唔好，出唔到門。保險公司要佢嘅住院病歷副本，"
     "我想幫佢去複印，要帶啲乜嘢文件先得？",
     "kb-zh-records_billing-002", "香港慈雲山 resident (粵語, 繁體)"),
    ("context",
     "我們全家下個月要搭飛機去日本玩五天，我媽有在打胰島素。請問胰島素可以放行李箱托運嗎？"
     "還是一定要帶在身上？",
     "kb-zh-medications-003", "新北新莊 family (台灣華語, 繁體)"),
    ("context",
     "我兒子下週要去看耳鼻喉科，可是我跟我先生那天都要上班，想請我妹妹（他阿姨）帶他去。"
     "她不是監護人，這樣可以嗎？要先準備什麼？",
     "kb-zh-appointments-012", "新北土城 family (台灣華語, 繁體)"),
    ("context",
     "我开了个窗帘布艺店。昨天有个客人带来的小孩在店里突然流鼻血，他妈让他仰着头，"
     "我看着不大对。流鼻血到底该怎么处理才对？",
     "kb-zh-self_care-012", "窗帘布艺店老板 (Simplified)"),
    ("context",
     "上周看门诊，医生给开了个CT，我在App上把钱交了。后来洗浴中心前台排班调不开，"
     "一直没去做。这钱还能退吗？怎么退？",
     "kb-zh-records_billing-009", "洗浴中心前台 (Simplified)"),
]
ZH += [
    # lay: everyday words, none of the KB's own terms
    ("lay",
     "醫生話要照下個肚睇下子宮，係喺肚皮度搽啲凍冰冰嘅啫喱、拎個嘢碌嚟碌去嗰種。"
     "去之前使唔使飲定啲水、忍住唔好去廁所？",
     "kb-zh-test_preparation-007", "香港秀茂坪 resident (粵語, 繁體)"),
    ("lay",
     "我明天要去做那个打一针睡过去、从嘴里下根管子看胃的，弄完了得等多长时间才能吃东西？"
     "我饿着肚子干活不得劲。",
     "kb-zh-procedures-010", "河南南阳 resident (Simplified, 不得劲)"),
    ("lay",
     "明天一早要去驗血，護理師說前一晚就不能吃東西了。請問要餓幾個小時才算數？",
     "kb-zh-test_preparation-001", "新北樹林 family (台灣華語, 繁體)"),
    ("lay",
     "昨天夜里吃了路边摊的烧烤，今天一直往厕所跑，屙出来的都是水。家里只有可乐，"
     "喝可乐能把水补回来么？",
     "kb-zh-self_care-008", "江西鹰潭 resident (Simplified, 屙)"),
    ("lay",
     "医生给开的药说一天吃三回，可我上班时间乱，一天就正经吃两顿饭。"
     "那这三回是不是非得跟着吃饭来？",
     "kb-zh-medications-006", "窗帘布艺店老板 (Simplified)"),
    ("lay",
     "下星期要入嗰個好大塊磁石嘅圓筒度影相。我有副可以除落嚟嘅牙托，褲頭條皮帶又有鐵扣，"
     "使唔使全部除晒？",
     "kb-zh-test_preparation-003", "香港長沙灣 resident (粵語, 繁體)"),
    ("lay",
     "我妈住院了，晚上得有人在床边守着。我跟我兄弟想一人一晚轮着来，这样行不行？",
     "kb-zh-visiting-006", "河南驻马店 family (Simplified)"),
    ("lay",
     "我昨天下樓梯踩空，腳脖子拐了一下，現在腫得像麵包一樣。我媽說要用熱毛巾捂才會消，"
     "真的嗎？還是要拿冰塊冰？",
     "kb-zh-self_care-006", "新北汐止 family (台灣華語, 繁體)"),
    ("lay",
     "上回照的那张胸口的黑白大片子，你们现在不给了，说手机上能看。我要拿回老家医院"
     "给医生看，怎么才能弄到手？",
     "kb-zh-records_billing-010", "棋牌室（麻将馆）老板 (Simplified)"),
    # two_part
    ("two_part",
     "探病每次最多可以幾多個人入去？朝早可唔可以去探？",
     "kb-zh-visiting-001", "香港何文田 resident (粵語, 繁體)"),
    ("two_part",
     "抽了血查血常规，当天能出结果么？另外切了一小块肉去做病理，要几多天？",
     "kb-zh-records_billing-003", "江西宜春 resident (Simplified, 几多)"),
    ("two_part",
     "我爸要住院，住院要先繳的預交金大概要準備多少？住到一半錢不夠了會怎樣？",
     "kb-zh-procedures-007", "新北新莊 family (台灣華語, 繁體)"),
    ("two_part",
     "医生开的抗生素我吃了三天就好了，剩下的能自己停了不？还有，抗生素能治感冒吗？",
     "kb-zh-medications-008", "澡堂收银员 (Simplified)"),
    ("two_part",
     "想挂的那个专家号约满了，这可弄啥嘞，还有啥法儿没有？去诊室门口等着加号管用不？",
     "kb-zh-appointments-011", "河南信阳 resident (Simplified, 弄啥嘞)"),
    ("two_part",
     "BB幾多個月以下燒到38度就一定要去醫院？可唔可以用火酒幫佢抹身退燒？",
     "kb-zh-self_care-003", "香港牛頭角 resident (粵語, 繁體)"),
]
# ---------------------------------------------------------------- Chinese, not answerable
ZH += [
    # missing_detail
    ("missing_detail",
     "你们医院停车场一个小时收多少钱？开车去的话心里好有个数。",
     None, "河南南阳 resident (Simplified); near kb-zh-appointments-009"),
    ("missing_detail",
     "复印住院病历，一页几多钱？",
     None, "江西新余 family (Simplified, 几多); near kb-zh-records_billing-001"),
    ("missing_detail",
     "请个护工一天多少钱？我白天要上班，照顾不了我爸。",
     None, "澡堂搓澡师傅 (Simplified); near kb-zh-visiting-006"),
    ("missing_detail",
     "我表哥是聋人，下个月要去看病。你们的手语志愿者一般星期几有？",
     None, "窗帘布艺店老板 (Simplified); near kb-zh-appointments-008"),
    ("missing_detail",
     "门诊药房在几楼？我攒了一袋子过期药，想送到那儿的回收点。",
     None, "棋牌室（麻将馆）老板 (Simplified); near kb-zh-medications-004"),
    ("missing_detail",
     "ICU每天几点到几点能探视？我们得掐着坐大巴的时间。",
     None, "河南信阳 family (Simplified); near kb-zh-visiting-004"),
    ("missing_detail",
     "去放射科刻張光碟攞去私家醫生度睇，要收幾多錢？",
     None, "香港長沙灣 resident (粵語, 繁體); near kb-zh-records_billing-010"),
    ("missing_detail",
     "我有高血压又有糖尿病，想办那个门诊慢特病备案，要带么个材料？",
     None, "江西鹰潭 resident (Simplified, 么个); near kb-zh-records_billing-006"),
    ("missing_detail",
     "線上複診一次要付多少錢？跟現場掛號的價錢一樣嗎？",
     None, "新北土城 family (台灣華語, 繁體); near kb-zh-appointments-005"),
    ("missing_detail",
     "线上续方的药快递到家，运费是谁出？一般几天能到？",
     None, "澡堂收银员 (Simplified); near kb-zh-medications-002"),
    ("missing_detail",
     "我妈七十多了不会用手机，你们说的那个老年人绿色通道在门诊大厅哪个窗口？",
     None, "棋牌室（麻将馆）老板 (Simplified); near kb-zh-appointments-007"),
    ("missing_detail",
     "病区订餐每天几点之前要订好？我想给我爸订明天的午饭。",
     None, "洗浴中心前台 (Simplified); near kb-zh-visiting-007"),
    ("missing_detail",
     "动态心电图戴满24小时以后要回去摘，那个科室在哪栋楼几楼？",
     None, "河南驻马店 resident (Simplified); near kb-zh-test_preparation-010"),
    ("missing_detail",
     "每天早上几点钟开始放号？我想定个闹钟去抢。",
     None, "江西宜春 resident (Simplified); near kb-zh-appointments-001"),
    ("missing_detail",
     "日间手术中心的电话号码是多少？通知单被我弄丢了。",
     None, "窗帘布艺店老板 (Simplified); near kb-zh-procedures-003"),
    # off_topic
    ("off_topic",
     "我们洗浴中心要求员工都办健康证，你们医院能办不？在哪办？",
     None, "洗浴中心搓澡师傅 (Simplified)"),
    ("off_topic",
     "医院附近有没有便宜点的宾馆？陪我爸来看病要住好几天。",
     None, "江西新余 family (Simplified)"),
    ("off_topic",
     "医院里能献血不？献血屋在哪儿？",
     None, "棋牌室（麻将馆）老板 (Simplified)"),
    ("off_topic",
     "醫院大堂有冇櫃員機可以攞錢？",
     None, "香港何文田 resident (粵語, 繁體)"),
    ("off_topic",
     "单位让做入职体检，你们那儿入职体检套餐多少钱？",
     None, "河南南阳 resident (Simplified)"),
]

# ---------------------------------------------------------------- build and check
NEAR_RE = re.compile(r"; near (kb-(en|zh)-[a-z_]+-\d{3})$")


def load_kb_ids():
    ids = {}
    for lang, path in KB_FILES.items():
        with open(path, encoding="utf-8") as f:
            ids[lang] = {json.loads(line)["id"] for line in f if line.strip()}
    return ids


def has_trad(text):
    return any(ch in TRAD_ONLY for ch in text)


def build():
    kb_ids = load_kb_ids()
    rows = []
    gold_use = collections.Counter()
    for lang, items in (("en", EN), ("zh", ZH)):
        kinds = collections.Counter(k for k, _, _, _ in items)
        assert dict(kinds) == WANT[lang], (lang, dict(kinds))
        assert len(items) == 50, (lang, len(items))
        n_ans = 0
        for kind, q, gold, voice in items:
            assert q == q.strip() and q, (lang, q)
            assert voice == voice.strip() and voice, (lang, q)
            m = NEAR_RE.search(voice)
            if kind in ANSWERABLE_KINDS:
                n_ans += 1
                assert gold is not None, (lang, q)
                assert gold.startswith("kb-%s-" % lang), (lang, gold)
                assert gold in kb_ids[lang], ("unknown gold", gold)
                gold_use[gold] += 1
                assert "; near" not in voice, (lang, voice)
            else:
                assert gold is None, (lang, q)
                if kind == "missing_detail":
                    assert m is not None, ("missing_detail needs '; near <id>'", voice)
                    near = m.group(1)
                    assert m.group(2) == lang, (lang, near)
                    assert near in kb_ids[lang], ("unknown near id", near)
                    assert voice.count("; near") == 1, voice
                else:
                    assert "; near" not in voice, (lang, voice)
        assert n_ans == 30, (lang, n_ans)
        rng = random.Random("%d-%s" % (SEED, lang))
        shuffled = list(items)
        rng.shuffle(shuffled)
        for i, (kind, q, gold, voice) in enumerate(shuffled, 1):
            rows.append({
                "id": "r33-%s-%03d" % (lang, i),
                "language": lang,
                "question": q,
                "answerable": kind in ANSWERABLE_KINDS,
                "gold": [gold] if gold else [],
                "kind": kind,
                "voice": voice,
            })
    # one gold per answerable row, none used more than twice
    for r in rows:
        assert len(r["gold"]) == (1 if r["answerable"] else 0), r["id"]
    assert max(gold_use.values()) <= 2, gold_use.most_common(3)
    # unique ids and questions
    assert len({r["id"] for r in rows}) == len(rows) == 100
    assert len({r["question"] for r in rows}) == len(rows)
    # script mix: English rows have no CJK; 13-17 zh rows in Traditional script
    for r in rows:
        if r["language"] == "en":
            assert not re.search(r"[\u3400-\u9fff]", r["question"]), r["id"]
        else:
            assert re.search(r"[\u3400-\u9fff]", r["question"]), r["id"]
    zh_trad = [r for r in rows if r["language"] == "zh" and has_trad(r["question"])]
    assert 13 <= len(zh_trad) <= 17, len(zh_trad)
    # rows labelled 繁體 are exactly the rows with Traditional-only characters
    for r in rows:
        if r["language"] == "zh":
            assert has_trad(r["question"]) == ("繁體" in r["voice"]), (r["id"], r["question"])
    return rows


def main():
    rows = build()
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
    zh_trad = sum(1 for r in rows if r["language"] == "zh" and has_trad(r["question"]))
    print("wrote %d rows to %s (zh Traditional rows: %d)" % (len(rows), OUT, zh_trad))


if __name__ == "__main__":
    main()
