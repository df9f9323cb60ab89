#!/usr/bin/env python3
"""Blind grounded review set 30 for medqa-moe (50 English + 50 Chinese reviewer questions).

Every question below was typed by hand by the set writer. No model wrote any of the text.
Standard library only. Deterministic: SEED = 30, shuffle per language, ids assigned after the shuffle.
The KB passage files are read (MEDQA_ROOT, default /work/main) only to check that gold and near ids exist.
"""
import hashlib
import json
import os
import random
import re

SEED = 30
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.environ.get("MEDQA_ROOT", "/work/main")
KB_DIR = os.path.join(ROOT, "medqa", "assets", "kb")
OUT = os.path.join(HERE, "questions.jsonl")

# (kind, question, gold_id_or_None, voice)
EN = [
    # ---------------- plain (5) ----------------
    ("plain",
     "how early do i need to get there before my clinic time",
     "kb-en-appointments-005",
     "Weymouth seafront pedalo hire attendant, lower case"),
    ("plain",
     "When I am fasting for blood test, after they take the blood I can eat something straight away or I must wait?",
     "kb-en-test_preparation-002",
     "Bolivian egg-packing station grader, learner English"),
    ("plain",
     "where do old inhalers go when theyre finished, normal bin or somewhere else",
     "kb-en-medications-003",
     "crazy golf kiosk worker on Bournemouth seafront"),
    ("plain",
     "Is there a charge for having an interpreter at an appointment?",
     "kb-en-appointments-007",
     "retired district nurse asking for her sister-in-law, who has little English"),
    ("plain",
     "re bill from hosp - can I get it broken down line by line pls",
     "kb-en-records_billing-007",
     "night-time council CCTV control room operator, shorthand notes"),

    # ---------------- context (10) ----------------
    ("context",
     "I was a theatre sister for thirty-odd years so I ought to know this, but things change. My younger sister "
     "is booked in for her colonoscopy next week and she's on the clear fluids the day before. She's asked me if "
     "she can have the blackcurrant squash she likes, or a bit of red jelly. I told her no but she won't take it "
     "from me. Are red drinks alright or not?",
     "kb-en-test_preparation-004",
     "retired theatre sister writing for her younger sister"),
    ("context",
     "work the deckchair hire on the beach at swanage all summer so sorry if this is garbled, on my break. my dad "
     "got moved into intensive care last night and me, mum and my brother all want to go in together this "
     "afternoon. will they let the three of us round his bed at once",
     "kb-en-visiting-005",
     "Swanage beach deckchair hire attendant, writing on a 15-minute break"),
    ("context",
     "I do nights watching the town centre cameras for the council so I'm asleep most of the day, and I've lived on "
     "my own since the divorce. I've got the camera down the throat booked with sedation on the 14th. There's "
     "nobody really to pick me up after. If I just get a taxi home on my own is that ok?",
     "kb-en-procedures-002",
     "night-time council CCTV control room operator, lives alone"),
    ("context",
     "Our daughter came eight weeks early and she's home now and doing brilliantly. My mother-in-law has been on a "
     "general ward since Friday and our 4 yr old is desperate to see his nanna. Only thing is, nursery sent a "
     "letter on Monday saying there's chickenpox going round his room. He hasn't got any spots. Can he still come "
     "in and visit her?",
     "kb-en-visiting-002",
     "parents of a baby born eight weeks early, older son at nursery"),
    ("context",
     "Good morning. My father he is on the ward since ten days. Yesterday his teeth, the false ones, is "
     "disappear, maybe in the bed sheet or go with the food tray. The nurse say she will look. Who I must tell so "
     "they search properly?",
     "kb-en-visiting-010",
     "Mauritian daffodil-field picker, Creole and French first, learner English"),
    ("context",
     "Proper fed up. We moved from Portland over to Dorchester in the spring and I told the surgery. Then a letter "
     "come for my knee clinic to the old house and I never got it so I missed it, and now there's another one "
     "saying I been discharged back to my GP!! Weren't my fault. What do I do, who do I ring to get it sorted?",
     "kb-en-appointments-003",
     "Dorset (Portland, now Dorchester) speech"),
    ("context",
     "Ow bist. My butty's missus had her op done and the bill's come through, and he casn't pay the whole lot by "
     "the end of the month, he's on short time down the sawmill. Can he pay it off bit by bit instead?",
     "kb-en-records_billing-009",
     "Forest of Dean speech, asking for a mate"),
    ("context",
     "I work in flower packhouse, packing tulips, and my wife she fall on the ice and now her wrist is hurting, "
     "the doctor send her for x-ray tomorrow. But maybe she is pregnant, it is very early, we are not sure still. "
     "Will they make her do a pregnancy test there before the x-ray?",
     "kb-en-test_preparation-008",
     "Serbian flower packhouse worker, learner English"),
    ("context",
     "Retired district nurse here, so I'm the one everybody in the walking group asks. One of our ladies is off to "
     "Madeira for a fortnight and she's on insulin. She was going to pack the pens in her big suitcase that goes in "
     "the hold. Is that what she should do?",
     "kb-en-medications-009",
     "retired district nurse asking for a friend from her walking group"),
    ("context",
     "after my hernia op ill be off the cameras for a couple of weeks and my supervisor wants something in writing "
     "for the time off. who do i ask for the note, and do i ask before i go home or after?? *afterwards",
     "kb-en-records_billing-011",
     "night-time CCTV control room operator, asterisk correction"),

    # ---------------- lay (9) ----------------
    ("lay",
     "my husband's got a metal plate in his arm from years back and he's booked in for the magnet tunnel scan next "
     "week. he always keeps his bank cards in his shirt pocket. will they be alright in there with him or do they "
     "get ruined",
     "kb-en-test_preparation-005",
     "Bridport, Dorset, wife asking for her husband"),
    ("lay",
     "how long have I got to go without eating before they put the camera down my throat to look at my belly from "
     "the inside",
     "kb-en-procedures-001",
     "Forest of Dean, Cinderford"),
    ("lay",
     "Im booked for the jelly scan on my tummy to look at my liver. I can eat my breakfast before or not?",
     "kb-en-test_preparation-009",
     "Senegalese daffodil bulb packer, Wolof and French first, learner English"),
    ("lay",
     "I take a pill every day that keeps my blood runny, for my heart. I'm having a lump cut out of my back next "
     "month. Do I just stop the pills myself a few days before?",
     "kb-en-procedures-007",
     "retired midwife asking for her brother-in-law"),
    ("lay",
     "For the wee test in the little pot, do I catch the first bit that comes out or wait a bit?",
     "kb-en-test_preparation-011",
     "Weymouth pedalo hire attendant"),
    ("lay",
     "my daughter says I can read my hospital letters on the internet if I sign up to the hospital's online "
     "account. what do I need to have to sign up",
     "kb-en-records_billing-002",
     "Forest of Dean pensioner, typed by her son"),
    ("lay",
     "turned my ankle stepping off the pedalo jetty on sunday. how long at a time do i keep the bag of frozen sweetcorn on it",
     "kb-en-self_care-006",
     "Weymouth pedalo hire attendant, lower case"),
    ("lay",
     "one of the girls on the hot dog kiosk got splashed by the fryer last week and an old boy in the queue told her "
     "to rub butter on it. was he right? what should we do next time it happens",
     "kb-en-self_care-005",
     "Bournemouth seafront hot dog kiosk supervisor"),
    ("lay",
     "they told mum she can go home today, we've been sat by her bed since 10 and its now gone 3 and we're still "
     "here. why does it take all day to actually get out",
     "kb-en-procedures-009",
     "Swanage crazy golf kiosk worker, for her mum"),

    # ---------------- two_part (6) ----------------
    ("two_part",
     "I want bring flowers to my aunt on the ward, it is allowed? And balloon, which kind is ok?",
     "kb-en-visiting-003",
     "Azerbaijani egg-packing worker, learner English"),
    ("two_part",
     "who's meant to tell me what my blood results are, and can the lady on reception just read them out to me "
     "when I phone up?",
     "kb-en-records_billing-003",
     "Forest of Dean, Lydney"),
    ("two_part",
     "insurer wants 'pre-auth' b4 my scan. what do I actually ask them for, & who at hosp do I hand it to?",
     "kb-en-records_billing-008",
     "night-time council CCTV operator, shorthand notes"),
    ("two_part",
     "My insulin I keep in the bathroom cupboard, is ok there? And the extra pens, they go in fridge or no?",
     "kb-en-medications-002",
     "Dominican (Dominican Republic) flower packhouse worker, learner English"),
    ("two_part",
     "got a phone appt thurs with the clinic. will the hospital ring from a normal number or will it come up as "
     "private, and is there anything i should have ready?",
     "kb-en-appointments-006",
     "Poole seafront beach hut attendant, writing against the clock on a break"),
    ("two_part",
     "Our little boy (born early, he's 2 now) is going into the children's ward for a few nights. Can one of us sleep "
     "next to him, and can his big sister come in and see him?",
     "kb-en-visiting-009",
     "parents of a toddler who was born prematurely"),

    # ---------------- missing_detail (15) ----------------
    ("missing_detail",
     "how much is it to park at the hospital for an afternoon, what's the rate per hour",
     None,
     "Weymouth seafront kiosk worker; near kb-en-appointments-008"),
    ("missing_detail",
     "what time does the chemist by the main entrance shut on a saturday",
     None,
     "retired district nurse asking for her husband; near kb-en-medications-012"),
    ("missing_detail",
     "Do visiting hours on the general wards finish at 8 or half 8 in the evening?",
     None,
     "Forest of Dean, Coleford; near kb-en-visiting-001"),
    ("missing_detail",
     "how much deposit do you want to borrow one of the wheelchairs by the front doors?",
     None,
     "Portland, Dorset; near kb-en-appointments-012"),
    ("missing_detail",
     "How many weeks is the wait for the skin clinic at the moment? My GP sent the referral off in March.",
     None,
     "Serbian flower packhouse worker, learner English; near kb-en-appointments-010"),
    ("missing_detail",
     "My solicitor needs a report from the consultant for my accident claim. How much do you charge for one of those?",
     None,
     "night-time CCTV control room operator; near kb-en-records_billing-011"),
    ("missing_detail",
     "whats the name of your data protection officer, i want to write to them by name not just 'dear sir'",
     None,
     "retired theatre sister; near kb-en-records_billing-012"),
    ("missing_detail",
     "which floor is the chapel on? my sister wants to sit in there a bit while her husband's in theatre",
     None,
     "retired midwife asking for her sister; near kb-en-visiting-008"),
    ("missing_detail",
     "wats the wifi password on the wards",
     None,
     "Bournemouth crazy golf kiosk worker; near kb-en-visiting-011"),
    ("missing_detail",
     "Once I've sent in my request for my records, how many days have you got by law to send them to me?",
     None,
     "Mauritian daffodil-field picker; near kb-en-records_billing-001"),
    ("missing_detail",
     "Which bus number do I get from the railway station to the hospital?",
     None,
     "Bolivian egg-packing station grader; near kb-en-appointments-008"),
    ("missing_detail",
     "do i have to pay for a sharps bin for my insulin neeldes, and if so how much *needles",
     None,
     "Forest of Dean, asterisk-style typer; near kb-en-medications-003"),
    ("missing_detail",
     "What time exactly do they turn the lights down on the wards at night? Want to know how late I can stay with "
     "my dad after my shift.",
     None,
     "night-time CCTV control room operator; near kb-en-visiting-011"),
    ("missing_detail",
     "whats the least I can pay each month if I go on one of your payment plans",
     None,
     "Poole beach hut attendant; near kb-en-records_billing-009"),
    ("missing_detail",
     "is the endoscopy unit open on saturdays? i cant get a weekday off from the egg station",
     None,
     "Azerbaijani egg-packing worker; near kb-en-procedures-001"),

    # ---------------- off_topic (5) ----------------
    ("off_topic",
     "are there any jobs going at the hospital? cleaning or kitchen, anything, nights would suit me",
     None,
     "Dominican flower packhouse worker looking for a second job"),
    ("off_topic",
     "Can I give blood at the hospital or do I have to go somewhere else for that?",
     None,
     "Dorset, Weymouth"),
    ("off_topic",
     "is there a cash machine anywhere inside the hospital",
     None,
     "Forest of Dean, writing on a break"),
    ("off_topic",
     "My late husband always said he wanted to leave something to the hospital. How do I go about leaving money to "
     "the hospital charity in my will?",
     None,
     "retired district nurse, widow"),
    ("off_topic",
     "does a hairdresser come round the wards? mum's been in three weeks and her hair is driving her mad",
     None,
     "parents of a baby born eight weeks early, asking for the grandmother"),
]

ZH = [
    # ---------------- plain (5) ----------------
    ("plain",
     "你们医院的号一般提前几天放出来啊？",
     "kb-zh-appointments-001",
     "浙江衢州江山 speaker"),
    ("plain",
     "抽完血针眼要按多长时间？",
     "kb-zh-test_preparation-001",
     "皖北亳州 speaker"),
    ("plain",
     "過期的藥可以直接丟馬桶沖掉嗎？",
     "kb-zh-medications-004",
     "台南麻豆 family (繁體)"),
    ("plain",
     "出院之後要等幾耐先可以申請影印病歷？",
     "kb-zh-records_billing-001",
     "香港柴灣唐樓住戶 (粵語, 繁體)"),
    ("plain",
     "电子发票跟纸质发票效力一样吗？",
     "kb-zh-records_billing-008",
     "彩票站老板"),

    # ---------------- context (10) ----------------
    ("context",
     "我是糖厂退休的，老伴下礼拜要去做胃镜。她戴了一口活动假牙，平时吃饭睡觉都不摘，说摘了说话漏风。"
     "做胃镜的时候假牙用不用取下来？",
     "kb-zh-test_preparation-008",
     "退休糖厂工人, writing for his wife"),
    ("context",
     "我在小区门口开彩票站，一个人看店走不开。我妈前天转进ICU了，我哥、我嫂子、我媳妇都想进去看看她，一次能进去几个人？",
     "kb-zh-visiting-004",
     "彩票站老板"),
    ("context",
     "我们一家都是衢州龙游的，医保也是在龙游交的。我爸这回要到你们医院来住院开刀，听村里人讲外地医保不能直接刷，"
     "要先办个什么手续，去哪里办？",
     "kb-zh-records_billing-007",
     "浙江衢州龙游 speaker, for his father"),
    ("context",
     "我在社区食堂给老人打饭，天天跟吃的打交道。我家老头子明天上午做手术，今晚一直喊饿，说医院不让吃，"
     "叫我偷偷给他带碗小米粥过去。我能带吗？",
     "kb-zh-visiting-007",
     "社区食堂阿姨, for her husband"),
    ("context",
     "我阿媽有哮喘，下個禮拜喺你哋度做要打針嗰種加強CT。佢問做完係咪可以即刻走，定係要留喺度等一陣先？",
     "kb-zh-test_preparation-004",
     "香港將軍澳居屋住戶 (粵語, 繁體)"),
    ("context",
     "阿公住院了，我們家兄弟姊妹很多，大家想說輪流去陪床，一個人顧一晚，這樣醫院可以嗎？",
     "kb-zh-visiting-006",
     "台南新營 family (繁體)"),
    ("context",
     "俺孙子今年八岁，天天吵着要去看他爷爷，他爷爷住在心内科普通病房。小孩子能进病房不？",
     "kb-zh-visiting-002",
     "皖北阜阳 speaker (俺)"),
    ("context",
     "我是搪瓷厂退休的，不懂这些。老伴早上那顿降压药忘了吃，中午吃饭才想起来，下一顿是晚上。"
     "他说干脆晚上两顿一块吃，这样行不行？",
     "kb-zh-medications-005",
     "退休搪瓷厂女工, writing for her husband"),
    ("context",
     "我在干洗店上班，前两天拆衣服上的别针，手上划了道口子，不深。店里大姐说抹点牙膏好得快，真的假的？",
     "kb-zh-self_care-004",
     "干洗店店员"),
    ("context",
     "媽媽下禮拜要在你們那邊的日間手術中心開白內障，我那天要上班，她說開完自己叫計程車回家就好。這樣可以嗎？",
     "kb-zh-procedures-003",
     "台南鹽水 family (繁體)"),

    # ---------------- lay (9) ----------------
    ("lay",
     "我老伴腿里打过钢板，大夫让他去做那个躺着钻进大圆筒、咣咣响的检查。他兜里的钥匙手机要拿出来吗？腿里那块钢板咋办？",
     "kb-zh-test_preparation-003",
     "退休钢厂炉前工 (woman), writing for her husband"),
    ("lay",
     "医生开了个看尿泡的检查，就是在肚皮上抹凉凉的东西，拿个东西滑来滑去那种。去之前要不要先喝一肚子水，忍着白上厕所？",
     "kb-zh-test_preparation-007",
     "皖北宿州 speaker (白 = 别)"),
    ("lay",
     "醫生要我爸背一個小盒子，胸口貼幾片貼片，錄一整天的心跳。戴著的時候可以洗澡嗎？",
     "kb-zh-test_preparation-010",
     "台南白河 family (繁體)"),
    ("lay",
     "下楼梯一脚踩空，脚脖子拧了一下，肿起来了，走路还行。是拿冰的敷还是拿热毛巾捂？",
     "kb-zh-self_care-006",
     "浙江衢州开化 speaker"),
    ("lay",
     "個仔成日鼻哥窿流血，我阿媽話要佢仰起個頭望住天花板，係咪啱㗎？",
     "kb-zh-self_care-012",
     "香港馬鞍山居屋住戶 (粵語, 繁體)"),
    ("lay",
     "俺爹做了那个打一针睡一觉的查肠子检查，醒了就喊饿。啥时候能给他吃东西？",
     "kb-zh-procedures-010",
     "皖北阜阳 speaker (俺爹)"),
    ("lay",
     "老伴肚皮上开刀缝的线，他嫌痒，想自己拿剪子剪了，我拦着没让。到底能不能自己弄？",
     "kb-zh-procedures-012",
     "退休罐头厂女工, writing for her husband"),
    ("lay",
     "在医院窗口拿了药，回到家才发现好像少了一盒，还能回去找他们吗？",
     "kb-zh-medications-011",
     "干洗店店员"),
    ("lay",
     "以前照完會畀張黑色大片拎返屋企，而家話唔印喇。我想拎去私家醫生度俾佢睇，點算好？",
     "kb-zh-records_billing-010",
     "香港東涌居屋住戶 (粵語, 繁體)"),

    # ---------------- two_part (6) ----------------
    ("two_part",
     "住院交的押金，最后多出来的钱怎么退？收据找不着了还能退吗？",
     "kb-zh-records_billing-012",
     "浙江衢州龙游 speaker"),
    ("two_part",
     "开了个检查还没做，钱能退吗？当时是刷医保付的，退的话医保那部分退到哪里去？",
     "kb-zh-records_billing-009",
     "干洗店店员"),
    ("two_part",
     "睇完醫生出咗門口先記起公司要病假紙，已經走咗仲可唔可以返去補？張紙使唔使蓋印㗎？",
     "kb-zh-records_billing-011",
     "香港筲箕灣唐樓住戶 (粵語, 繁體)"),
    ("two_part",
     "儿媳妇上夜班，明天我带孙女去看病。挂号是用孩子的信息还是用我的？要是医生让签字，我这个当奶奶的签行不行？",
     "kb-zh-appointments-012",
     "社区食堂阿姨"),
    ("two_part",
     "兒子過敏性鼻炎，醫生開的鼻噴劑噴了三天好像沒什麼用，是不是就可以不用噴了？還有家裡的貓可以讓牠進房間睡嗎？",
     "kb-zh-self_care-010",
     "台南麻豆 family (繁體)"),
    ("two_part",
     "老伴约了下礼拜三的号，想改到礼拜五，能不能直接在手机上把日子改了？要是到了当天才想退号，网上还能退不？",
     "kb-zh-appointments-002",
     "退休自来水厂工人, writing for his wife"),

    # ---------------- missing_detail (15) ----------------
    ("missing_detail",
     "你们医院停车一个钟头多少钱？",
     None,
     "浙江衢州江山 speaker; near kb-zh-appointments-009"),
    ("missing_detail",
     "专家号挂一次多少钱？",
     None,
     "皖北亳州 speaker; near kb-zh-appointments-001"),
    ("missing_detail",
     "影印病歷一頁收幾多錢？",
     None,
     "香港粉嶺村屋住戶 (粵語, 繁體); near kb-zh-records_billing-001"),
    ("missing_detail",
     "普通病房下午几点开始能探视，晚上几点结束？",
     None,
     "彩票站老板; near kb-zh-visiting-001"),
    ("missing_detail",
     "醫院請看護一天大概要多少錢？",
     None,
     "台南白河 family (繁體); near kb-zh-visiting-006"),
    ("missing_detail",
     "老伴下个月住院做手术，住院押金一般要先交多少？心里好有个数。",
     None,
     "退休钢厂炉前工 (woman), writing for her husband; near kb-zh-procedures-007"),
    ("missing_detail",
     "我老伴耳朵听不见，想约个手语志愿者陪着看病，礼拜六有没有？",
     None,
     "退休搪瓷厂女工, writing for her husband; near kb-zh-appointments-008"),
    ("missing_detail",
     "网上复诊看一次收多少钱？",
     None,
     "浙江衢州开化 speaker; near kb-zh-appointments-005"),
    ("missing_detail",
     "线上续的药快递到家，运费多少？是我出还是医院出？",
     None,
     "干洗店店员; near kb-zh-medications-002"),
    ("missing_detail",
     "门诊药房那个过期药回收点在几楼？我们食堂的老人攒了一袋子。",
     None,
     "社区食堂阿姨; near kb-zh-medications-004"),
    ("missing_detail",
     "ICU每日幾點到幾點可以入去探？",
     None,
     "香港柴灣唐樓住戶 (粵語, 繁體); near kb-zh-visiting-004"),
    ("missing_detail",
     "药学咨询门诊礼拜几开门？",
     None,
     "皖北阜阳 speaker; near kb-zh-medications-009"),
    ("missing_detail",
     "日间手术中心在哪栋楼几楼？",
     None,
     "彩票站老板; near kb-zh-procedures-001"),
    ("missing_detail",
     "老伴要去外院看病，得带片子，刻一张光盘要多少钱？",
     None,
     "退休糖厂工人, writing for his wife; near kb-zh-records_billing-010"),
    ("missing_detail",
     "取消预约以后，挂号费几天能退回微信里？",
     None,
     "皖北宿州 speaker; near kb-zh-appointments-002"),

    # ---------------- off_topic (5) ----------------
    ("off_topic",
     "你们医院能献血不？俺想献。",
     None,
     "皖北阜阳 speaker"),
    ("off_topic",
     "醫院附近有沒有便宜一點的旅館可以給家屬住？",
     None,
     "台南麻豆 family (繁體)"),
    ("off_topic",
     "入职体检在你们医院做要多少钱，要不要预约？",
     None,
     "浙江衢州江山 speaker"),
    ("off_topic",
     "醫院入面有冇櫃員機可以攞錢？",
     None,
     "香港將軍澳居屋住戶 (粵語, 繁體)"),
    ("off_topic",
     "医院里有没有给喂奶的妈妈用的母婴室？儿媳妇带着小孙子来看病，不方便。",
     None,
     "社区食堂阿姨"),
]

EXPECTED = {"plain": 5, "context": 10, "lay": 9, "two_part": 6, "missing_detail": 15, "off_topic": 5}
ANSWERABLE_KINDS = {"plain", "context", "lay", "two_part"}

# Characters that occur only in Traditional script (their Simplified forms differ). Typed by hand.
TRAD_ONLY = set(
    "們個說這來會時醫藥檢預約號請問還嗎點麼幾過對電話應該兩錢間開關門車費單準備樓層護診療體發讓從後續"
    "須買賣紀錄報書寫東際進離銷證據廳處員隊頭帶擔歲媽爺孫剛題壓陽陰傷險寶貝謝鐘愛線網機場鄉鎮縣區給經"
    "現實為無聽見覺緊張雖係裡沒過禮針術計週貼錄噴劑貓紙補蓋館屬櫃歷遊"
)
# guard against a Simplified character slipping into the set by mistake
_SIMPLIFIED_GUARD = set("们个说这来会时医药检预约号请问还吗点么几过对电话应该两钱间开关门车费单准备楼层护诊疗体发让从后续"
                        "盒澡鼻戴拜程印攞喺佢哋唔咗嘅啲冇嗰畀拎")
assert not (TRAD_ONLY & _SIMPLIFIED_GUARD)
NEAR_RE = re.compile(r"; near (kb-(en|zh)-[a-z_]+-\d{3})$")


def kb_ids(lang):
    path = os.path.join(KB_DIR, "passages_%s.jsonl" % lang)
    ids = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line:
                ids.add(json.loads(line)["id"])
    return ids


def has_trad(text):
    return any(ch in TRAD_ONLY for ch in text)


def build(lang, table, ids):
    counts = {}
    gold_use = {}
    for kind, question, gold, voice in table:
        assert kind in EXPECTED, kind
        counts[kind] = counts.get(kind, 0) + 1
        assert question.strip() == question and question, question
        m = NEAR_RE.search(voice)
        if kind in ANSWERABLE_KINDS:
            assert gold is not None and gold.startswith("kb-%s-" % lang), (kind, question)
            assert gold in ids, gold
            gold_use[gold] = gold_use.get(gold, 0) + 1
            assert m is None and "; near" not in voice, voice
        else:
            assert gold is None, question
            if kind == "missing_detail":
                assert m is not None, voice
                near = m.group(1)
                assert near.startswith("kb-%s-" % lang), near
                assert near in ids, near
            else:
                assert m is None and "; near" not in voice, voice
    assert counts == EXPECTED, (lang, counts)
    assert sum(counts[k] for k in ANSWERABLE_KINDS) == 30
    assert max(gold_use.values()) <= 2, gold_use
    rows = []
    for kind, question, gold, voice in table:
        rows.append({
            "language": lang,
            "question": question,
            "answerable": kind in ANSWERABLE_KINDS,
            "gold": [gold] if gold else [],
            "kind": kind,
            "voice": voice,
        })
    random.Random("%d-%s" % (SEED, lang)).shuffle(rows)
    for i, row in enumerate(rows, 1):
        row["id"] = "r30-%s-%03d" % (lang, i)
    return rows


def main():
    en_ids, zh_ids = kb_ids("en"), kb_ids("zh")
    en_rows = build("en", EN, en_ids)
    zh_rows = build("zh", ZH, zh_ids)
    assert len(en_rows) == 50 and len(zh_rows) == 50
    for row in en_rows:
        assert not re.search(r"[\u3000-\u9fff\uff00-\uffef]", row["question"]), row["question"]
    for row in zh_rows:
        assert re.search(r"[\u4e00-\u9fff]", row["question"]), row["question"]
    trad = sum(1 for row in zh_rows if has_trad(row["question"]))
    assert 13 <= trad <= 17, trad
    rows = en_rows + zh_rows
    all_ids = [r["id"] for r in rows]
    assert len(set(all_ids)) == len(all_ids) == 100
    questions = [r["question"] for r in rows]
    assert len(set(questions)) == len(questions)
    # a question that is only a near-duplicate of another (same text once spaces are dropped) is also refused
    squeezed = [re.sub(r"\s+", "", q).lower() for q in questions]
    assert len(set(squeezed)) == len(squeezed)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
    with open(OUT, "rb") as f:
        digest = hashlib.md5(f.read()).hexdigest()
    print("wrote %s: %d rows (en %d, zh %d; zh Traditional %d) md5 %s"
          % (OUT, len(rows), len(en_rows), len(zh_rows), trad, digest))


if __name__ == "__main__":
    main()
