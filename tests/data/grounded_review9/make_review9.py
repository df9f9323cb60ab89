#!/usr/bin/env python3
"""Writes questions.jsonl: blind reviewer set 9 for the grounded answer pipeline.

Questions were written by hand from the hospital passages only (medqa/assets/kb/passages_*.jsonl).
Standard library only; re-running writes byte-identical output.
Row: (kind, voice, question, gold ids).  Unanswerable rows have gold [].
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
KB = os.path.join(ROOT, "medqa", "assets", "kb")
OUT = os.path.join(HERE, "questions.jsonl")

A = "kb-en-appointments-"
T = "kb-en-test_preparation-"
P = "kb-en-procedures-"
M = "kb-en-medications-"
V = "kb-en-visiting-"
R = "kb-en-records_billing-"

EN_ANS = [
    ("plain", "plain, new patient", "If my GP is sending me to a specialist, do I need the referral letter from them before I can book, or can I just ring up myself?", [A + "001"]),
    ("context", "parent, wedding clash", "My daughter's wedding is on the 14th and my clinic appointment is the same morning. I have the letter here and my hospital number is 55012. How much notice do you need if I move it?", [A + "002"]),
    ("plain", "asks then corrects self", "What happens if I don't turn up to my appointment? Sorry, I meant if I genuinely forgot and missed it, not on purpose.", [A + "003"]),
    ("context", "question hidden in a complaint", "I never got any letter and now I'm told I 'did not attend' on 2 March, which is ridiculous because I moved house last year and you clearly have my old address. So what am I meant to do now?", [A + "003"]),
    ("plain", "statement instead of question", "I assume it's fine for my sister to come along with me to the appointment.", [A + "004", A + "011"]),
    ("context", "question hidden in a complaint", "I sat in the clinic for over an hour and watched three people who came in after me get called first. Is that actually how it's supposed to work?", [A + "005"]),
    ("lay", "older writer", "For my telephone appointment, will the hospital's number show up on my phone? I normally never answer calls with no caller ID.", [A + "006"]),
    ("context", "non-native English, parent", "My son is 12 and speak English more good than me. I have appointment next week for my stomach. Can he translate for me in the room?", [A + "007"]),
    ("plain", "Deaf writer, BSL user", "Deaf BSL user here. Do I have to pay for a sign language interpreter at my clinic?", [A + "007"]),
    ("lay", "low literacy", "can i get the letters wrote in easy words i dont read good", [A + "007"]),
    ("context", "long anxious message", "My husband has been in intensive care for nine days and I'm driving in every single day. The parking is costing me a fortune and I honestly can't keep this up. Is there any discount for people like me, and who do I ask?", [A + "008"]),
    ("lay", "terse", "car park machines take cash?", [A + "008"]),
    ("lay", "older writer", "Can my wife ride along with me in the hospital ambulance car to my appointment? She likes to keep me company.", [A + "009"]),
    ("two_part", "wheelchair user", "How far ahead do I need to book hospital transport, and how early might they come to pick me up?", [A + "009"]),
    ("plain", "quoting a friend", "My friend says that if I get worse while I'm on the waiting list I should ring the hospital consultant directly. Is that right, or who should I contact?", [A + "010"]),
    ("two_part", "lawyer-like precise writer", "Please confirm (a) which office deals with enquiries about the status of a referral and (b) which identifying details the caller must provide.", [A + "010"]),
    ("context", "carer, dementia spouse", "I look after my husband, who has dementia and gets very agitated in busy rooms. His eye clinic is on the 20th. Can we have somewhere quieter to wait?", [A + "011"]),
    ("two_part", "wheelchair user", "Can I borrow a wheelchair when I arrive, and will I have to put money down for it?", [A + "012"]),
    ("lay", "blind writer", "I'm bringing my guide dog. Is he allowed inside the hospital?", [A + "012"]),
    ("lay", "voice-to-text no punctuation", "for my sugar blood test where im not allowed to eat can i still chew gum", [T + "001"]),
    ("plain", "shift worker", "I'm on nights before my fasting blood test. Can I have a black coffee, no sugar, before it?", [T + "002"]),
    ("lay", "embarrassed writer", "Sorry for asking, but what is my poo meant to look like once the prep stuff is working?", [T + "003"]),
    ("two_part", "plain", "On my clear-fluids day before the camera test of the bowel, can I have apple juice, and can I put milk in my tea?", [T + "004"]),
    ("lay", "text-speak", "will the mri thing wipe my bank card??", [T + "005"]),
    ("context", "long anxious message", "I've had panic attacks in lifts since I was a child. My doctor has sent me for an MRI and just thinking about the tunnel makes my chest tight. I booked it yesterday but didn't say anything. Is there anything you can do to help me get through it?", [T + "006"]),
    ("lay", "older writer, embarrassed", "When they put the dye in for a CT, is it normal to feel as though I have wet myself?", [T + "007"]),
    ("plain", "voice-to-text no punctuation", "for my pelvic ultrasound do i need a full bladder and how much do i drink", [T + "009"]),
    ("plain", "plain", "Will they tell me what my X-ray shows before I go home?", [T + "010"]),
    ("two_part", "carer", "I can't get Mum's wee sample to the lab until tomorrow morning. Can it go in the fridge overnight, and what do I write on the pot?", [T + "011"]),
    ("lay", "plain", "How long does the sugary drink test take? I need to tell work.", [T + "012"]),
    ("lay", "nervous patient", "Do I have to be knocked out for the camera-down-the-throat test, or is there another way?", [P + "001"]),
    ("context", "relative abroad on a time difference", "I'm writing from Singapore for my father, who lives alone. His gastroscopy with sedation is on the 9th and nobody in the family can be there. Can he just take a taxi home afterwards?", [P + "002"]),
    ("lay", "plain", "Does a latte count as a drink or as food before my operation?", [P + "003"]),
    ("plain", "statement instead of question", "I signed the consent form last week, so I suppose I can't back out now.", [P + "006"]),
    ("plain", "first hospital stay", "What should I pack for staying overnight on the ward?", [P + "008"]),
    ("context", "question hidden in a complaint", "My dad was told at 9am he could go home and he was still sitting there at 4pm. Why on earth does leaving the ward take all day?", [P + "009"]),
    ("context", "plain", "I've come down with a streaming cold and my knee operation is on Monday. My name is Dev Patel. Who should I let know?", [P + "011"]),
    ("two_part", "plain", "My wedding ring won't come off, and can I shave my leg myself the morning of the op?", [P + "012"]),
    ("plain", "plain", "How many days before I run out should I order my repeat prescription?", [M + "001"]),
    ("context", "bereaved relative", "My dad died last month and there's a drawer full of his tablets. Where should I take them?", [M + "003"]),
    ("lay", "traveller", "Flying to Spain next week. Can my liquid medicine go in my hand luggage if it's over the liquids limit?", [M + "009"]),
    ("lay", "plain", "Where's the hospital chemist to pick up my prescription after clinic?", [M + "012"]),
    ("plain", "grandchild", "How many of us can sit with my nan at the same time?", [V + "001"]),
    ("plain", "parent", "Can I bring a balloon for my daughter on the ward?", [V + "003"]),
    ("context", "relative abroad on a time difference", "I'm in Canada and can't fly over yet. My sister visits Dad in intensive care every day. Can she take a photo of him to send me?", [V + "005"]),
    ("plain", "plain", "When is the worst time to ring the ward for news about my mum?", [V + "007"]),
    ("plain", "parent", "Can I stay the night next to my son on the children's ward?", [V + "009"]),
    ("context", "carer", "Mum's dentures went missing on the ward yesterday, they were on her dinner tray. Who do I report it to?", [V + "010"]),
    ("context", "question hidden in a complaint", "I'm not happy with how my mother was spoken to and I really don't want to raise it with the same ward. Who else can I go to?", [V + "012"]),
    ("plain", "lawyer-like precise writer", "I act for a client who wishes me to obtain copies of her hospital records. What authority do you require from her?", [R + "001"]),
    ("plain", "plain", "I forgot my password for the patient portal. What do I do?", [R + "002"]),
    ("plain", "plain", "Can the receptionist read my blood results to me over the phone?", [R + "003"]),
    ("lay", "plain", "Who do I ask about my hospital bill? Can the nurses on the ward help?", [R + "006"]),
    ("lay", "plain", "How do I get a bill that shows every charge separately instead of just the total?", [R + "007"]),
    ("lay", "plain", "Can I pay my hospital bill bit by bit?", [R + "009"]),
    ("plain", "plain", "If I apply for financial help with the bill, will it affect my treatment?", [R + "010"]),
    ("plain", "plain", "I need a sick note for work covering my hospital stay. When should I ask for it?", [R + "011"]),
    ("lay", "worried employee", "Will the hospital tell my boss why I was in?", [R + "012"]),
    ("lay", "plain", "Is the bathroom cabinet a good place to keep my tablets?", [M + "002"]),
    ("context", "carer with power of attorney", "I have lasting power of attorney for health for my mother, who can't manage her own affairs any more. I want to help with her hospital care. What do I need to bring?", [R + "005"]),
]

EN_UNANS = [
    ("missing_detail", "plain; near kb-en-appointments-008", "How much does it cost to park for three hours?"),
    ("missing_detail", "van driver; near kb-en-appointments-008", "What's the height limit for vans in the hospital car park?"),
    ("missing_detail", "plain; near kb-en-appointments-008", "Which bus number goes from the train station to the hospital?"),
    ("missing_detail", "wheelchair user; near kb-en-appointments-012", "Can I borrow a mobility scooter at the main entrance?"),
    ("missing_detail", "carer; near kb-en-appointments-012", "Is there a Changing Places toilet with an adult changing bench and hoist?"),
    ("missing_detail", "non-native English; near kb-en-appointments-007", "Is there a Polish interpreter on Saturday mornings?"),
    ("missing_detail", "plain; near kb-en-appointments-005", "What time does the outpatient reception open on a Saturday?"),
    ("missing_detail", "plain; near kb-en-appointments-006", "Which video app do you use for video appointments, Zoom or Teams?"),
    ("missing_detail", "plain; near kb-en-visiting-001", "What are the exact visiting hours on ward 7 on a Sunday?"),
    ("missing_detail", "plain; near kb-en-visiting-011", "Can I rent a bedside TV for my dad, and how much is it per day?"),
    ("missing_detail", "pet owner; near kb-en-visiting-003", "Can I bring my mum's cat in to see her on the ward?"),
    ("missing_detail", "plain; near kb-en-procedures-008", "Am I allowed to bring my own pillow and duvet for my stay?"),
    ("missing_detail", "plain; near kb-en-visiting-003", "Does the hospital restaurant do halal meals for visitors?"),
    ("missing_detail", "tourist; near kb-en-records_billing-006", "I'm an American tourist. How much will an outpatient appointment cost me?"),
    ("missing_detail", "plain; near kb-en-records_billing-001", "How much do you charge for a copy of my medical records?"),
    ("missing_detail", "lawyer-like precise writer; near kb-en-records_billing-001", "Within how many calendar days exactly must the hospital respond to a records request?"),
    ("missing_detail", "plain; near kb-en-records_billing-011", "What is the fee for a report for my insurance company?"),
    ("missing_detail", "shift worker; near kb-en-medications-012", "What time does the outpatient pharmacy close on Saturdays?"),
    ("missing_detail", "plain; near kb-en-visiting-005", "Which floor is the intensive care unit on?"),
    ("missing_detail", "plain; near kb-en-appointments-009", "How many miles will hospital transport travel? I live in the next county."),
    ("missing_detail", "plain; near kb-en-appointments-001", "What is the direct phone number for the appointments line?"),
    ("missing_detail", "parent; near kb-en-visiting-002", "Is there a baby changing table in the visitors' toilets near the wards?"),
    ("missing_detail", "plain; near kb-en-records_billing-009", "What is the smallest monthly amount you accept on a payment plan?"),
    ("missing_detail", "plain; near kb-en-records_billing-006", "Do you accept American Express for paying hospital bills?"),
    ("missing_detail", "new mother; near kb-en-visiting-009", "Is there a private breastfeeding room in outpatients?"),
    ("missing_detail", "patient with alopecia; near kb-en-procedures-012", "Can I keep my wig on when I go into theatre?"),
    ("missing_detail", "plain; near kb-en-test_preparation-005", "Can I have an MRI if I have tattooed eyeliner?"),
    ("missing_detail", "relative of a prisoner; near kb-en-appointments-011", "My brother is in prison and has a hospital appointment. Can I meet him at the clinic?"),
    ("missing_detail", "student; near kb-en-records_billing-010", "Is there a special discount on hospital charges for university students?"),
    ("missing_detail", "wheelchair user; near kb-en-appointments-012", "Can I plug in and charge my electric wheelchair overnight while I'm an inpatient?"),
    ("off_topic", "plain", "Is there a cash machine anywhere in the hospital?"),
    ("off_topic", "job seeker", "How do I apply for a job as a hospital porter?"),
    ("off_topic", "plain", "Can I give blood at the hospital?"),
    ("off_topic", "plain", "Is there a hairdresser in the hospital for inpatients?"),
    ("off_topic", "plain", "Can I get my flu jab at the hospital without an appointment?"),
    ("off_topic", "plain", "Can I donate my old crutches and walking frame to you?"),
    ("off_topic", "choir leader", "Could our church choir sing carols on the wards at Christmas?"),
    ("off_topic", "plain", "Is there a gym at the hospital that the public can use?"),
    ("off_topic", "plain", "Do you do cosmetic Botox at the hospital?"),
    ("off_topic", "plain", "Can I book a meeting room at the hospital for our support group?"),
]

a = "kb-zh-appointments-"
t = "kb-zh-test_preparation-"
p = "kb-zh-procedures-"
m = "kb-zh-medications-"
v = "kb-zh-visiting-"
r = "kb-zh-records_billing-"

ZH_ANS = [
    ("context", "简体, 长故事在前", "我妈今年七十多了，上周在老家查出血压高。老家的医生建议来大医院再看看。她自己不会用手机，注册什么的都弄不明白。我想干脆用我自己的账号和信息帮她挂号，到时候她本人来看。这样可以吗？", [a + "001"]),
    ("two_part", "繁體, 臨時有事", "我預約的是今天下午的號，現在還能在網上退嗎？掛號費會退回來嗎？", [a + "002"]),
    ("plain", "简体, 先问后更正", "改约能不能直接改到下周三？不好意思，我是说在App里能不能直接换个日期，不用先取消？", [a + "002"]),
    ("lay", "粤语", "我唔記得帶醫保卡，點算呀？仲可唔可以報銷？", [a + "003"]),
    ("plain", "中英夹杂", "第一次来你们医院，之前在别的医院拍的CT film和report要不要带上？", [a + "003"]),
    ("lay", "台灣國語", "小朋友還沒有身分證耶，第一次去你們那邊要怎麼建檔啊？", [a + "004"]),
    ("context", "简体, 抱怨里带问题", "我手机号早就换了，你们的预约短信还一直发到旧号码，我家里人接到了还以为是诈骗。到底去哪里改？", [a + "004"]),
    ("two_part", "繁體", "線上複診開的藥可以寄到家裡嗎？還是一定要自己去醫院拿？", [a + "005"]),
    ("plain", "网络用语", "刚去上了个厕所回来就过号了，蚌埠住了，现在咋整？", [a + "006"]),
    ("two_part", "东北话", "俺家老爷子腿脚不利索，到你们医院能整个轮椅不？借的时候要押啥不？", [a + "007"]),
    ("lay", "台灣 長輩 LINE 長文", "各位好，阿公我今年八十二歲了，眼睛不好，那個智慧型手機我真的用不來，孫子都在外地工作。請問像我這樣不會用手機的老人家，還有辦法掛號嗎？感恩🙏", [a + "007"]),
    ("plain", "听障人士, 简体", "我是听障人士，看病想请手语志愿者，要提前多久约？怎么约？", [a + "008"]),
    ("lay", "中英夹杂, 外籍", "我是foreigner，来看病要带什么ID？只有passport可以吗？", [a + "008"]),
    ("plain", "陈述句代替提问", "我估计急诊门口那条车道可以临时停一下车吧，我就进去十分钟。", [a + "009"]),
    ("context", "简体, 丈夫", "我老婆怀孕八个月了，下周三产检，我开车送她。停车场离门诊挺远的，她走不了那么多路。我能在哪里先让她下车？", [a + "009"]),
    ("two_part", "简体, 夜班", "急诊要不要提前预约？半夜去有人吗？", [a + "010"]),
    ("plain", "新加坡华人 华语", "请问一下哦，如果去到现场请医生加号，是不是一定可以加到的？", [a + "011"]),
    ("context", "简体, 奶奶带孙女", "我是孩子奶奶，她爸妈都在广东打工，一年回来一次。孙女这阵子老咳嗽，下周我带她来看。要是医生让做检查要签字，我这个奶奶签得了吗？", [a + "012"]),
    ("lay", "粤语", "帶BB睇醫生，要唔要帶埋針卡呀？", [a + "012"]),
    ("lay", "繁體, 上班族", "明早抽血查血脂，今晚幾點以後就不能吃東西了？", [t + "001"]),
    ("lay", "闽南话词汇, 台灣", "下禮拜要做大腸鏡，阮阿母問說前幾天可以呷紅肉火龍果否？", [t + "002"]),
    ("lay", "网络用语", "做核磁能穿带钢圈的内衣吗，在线等挺急的", [t + "003"]),
    ("plain", "繁體", "做完增強CT之後要在醫院待多久才能走？", [t + "004"]),
    ("context", "简体, 丈夫代问", "我媳妇这个月例假推迟了一周，还没来得及测。明天她要去拍腰椎的片子，是单位体检查出来的问题。她有点不好意思说。要跟医生讲吗？", [t + "005"]),
    ("plain", "繁體", "上禮拜剛做了鋇餐，下禮拜要做肚子的CT，有沒有影響？", [t + "006"]),
    ("plain", "繁體", "同一天又要查肝膽B超又要查子宮的B超（憋尿那種），先做哪個？", [t + "007"]),
    ("lay", "简体", "打麻药睡着做的那种胃镜，做完能自己开车回家吗？", [t + "008", p + "003", p + "010"]),
    ("plain", "客家话词汇", "阿婆有戴假牙，做胃镜个时候爱唔爱拿下来？", [t + "008"]),
    ("lay", "低文化水平, 简体", "验大便要装多少？装一大盒吗", [t + "009"]),
    ("two_part", "简体", "背着那个24小时心电图的小盒子能洗澡吗？能正常去上班吗？", [t + "010"]),
    ("lay", "粤语", "做手術之前可唔可以食香口膠？", [p + "002"]),
    ("plain", "简体", "做完日间手术我能不能自己叫个网约车回家？", [p + "003"]),
    ("plain", "繁體, 律師式精確", "本人意識清楚，是否可以書面授權兒子代為簽署手術同意書？", [p + "004"]),
    ("two_part", "简体", "手术那天能涂指甲油吗？为什么不行？", [p + "005"]),
    ("lay", "简体", "住院押金交的不够了怎么办？出院的时候多交的退不退？", [p + "007", r + "012"]),
    ("plain", "繁體", "出院結算的時候要帶什麼東西？", [p + "008"]),
    ("context", "简体, 妻子转述", "我叫王建国，下个月做胆囊手术。我老婆说我晚上打呼噜震天响，有时候还憋气。这个麻醉前需要特意跟医生说吗？", [p + "009"]),
    ("context", "简体, 焦虑", "我的手术定在下周三，等了快两个月才排上。今天早上突然来月经了，比平时早了好几天。我怕一说就要改期，又要等好久。到底要不要告诉医生？", [p + "011", p + "005"]),
    ("context", "繁體, 異地上班族", "我在深圳上班，每個月都要請假回來開降壓藥，血壓一直控制得很穩定。老闆已經有意見了。請問高血壓的藥一次最多能開多久？", [m + "001"]),
    ("plain", "繁體", "線上續方的時候，可以順便加一種新的藥嗎？", [m + "002"]),
    ("lay", "上海话词汇", "屋里厢过期个药，好拿到侬医院来扔伐？", [m + "004"]),
    ("plain", "简体", "药学咨询门诊怎么预约？", [m + "009"]),
    ("lay", "粤语", "拎咗藥返屋企先發覺唔啱用，仲可唔可以攞返去退？", [m + "011"]),
    ("plain", "繁體", "早上可以去病房探望嗎？", [v + "001"]),
    ("context", "简体, 长故事在前", "我儿子今年8岁，跟爷爷特别亲。爷爷这次住院快两周了，孩子天天吵着要去看。我们跟他说了医院细菌多，他也听不进去。现在是冬天流感多。能带他进病房吗？", [v + "002"]),
    ("plain", "繁體", "ICU一次能進去幾個人看病人？", [v + "004"]),
    ("two_part", "简体", "陪床的一个病人能留几个？中途可以换人吗？", [v + "006"]),
    ("lay", "广东白话(简体)", "屋企人冇时间陪床，医院有冇人可以请嚟帮手照顾？", [v + "006"]),
    ("plain", "繁體", "可以用App幫住院的媽媽訂餐嗎？", [v + "007"]),
    ("plain", "繁體", "病房裡可以用自己帶的電熱水壺嗎？", [v + "010"]),
    ("plain", "繁體", "親戚打電話到病房問我爸的病情，護士會告訴他們嗎？", [v + "009"]),
    ("context", "繁體, 保險理賠", "我上週五出院，保險公司催我交住院病歷，說越快越好。我今天就想去複印。出院以後要等多久才能辦？", [r + "001"]),
    ("context", "繁體, 家屬", "我爸爸上個月過世了，保險公司要他的住院病歷。我是他女兒。請問我去複印要帶什麼？", [r + "002"]),
    ("lay", "简体", "住院每天花了多少钱，在哪里能看？", [r + "005"]),
    ("plain", "繁體", "掛號的時候忘了選醫保，繳費時還能改成醫保結算嗎？", [r + "006"]),
    ("lay", "简体, 外地人", "我医保是老家的，来你们这住院能直接刷卡报销吗？", [r + "007"]),
    ("lay", "简体", "交了钱但检查还没做，能退钱吗？", [r + "009"]),
    ("lay", "中英夹杂", "CT的片子能不能print出来带去别的医院给医生看？", [r + "010"]),
    ("plain", "简体", "看完病走了才想起来要病假条，还能补开吗？", [r + "011"]),
    ("plain", "繁體", "住院押金的收據不見了怎麼辦？", [r + "012"]),
]

ZH_UNANS = [
    ("missing_detail", "简体; near kb-zh-appointments-009", "院内停车场停三个小时多少钱？"),
    ("missing_detail", "简体; near kb-zh-appointments-009", "停车场有没有新能源车的充电桩？"),
    ("missing_detail", "简体; near kb-zh-appointments-009", "坐地铁来的话，几号线哪个出口离门诊楼最近？"),
    ("missing_detail", "东北话; near kb-zh-appointments-007", "服务台能借电动轮椅不？俺爸手劲儿小推不动。"),
    ("missing_detail", "繁體; near kb-zh-appointments-008", "請問手語志工星期六上午有在嗎？"),
    ("missing_detail", "繁體; near kb-zh-appointments-001", "專家號的掛號費是多少錢？"),
    ("missing_detail", "简体; near kb-zh-appointments-006", "门诊早上几点开门？几点开始叫号？"),
    ("missing_detail", "简体; near kb-zh-appointments-010", "晚上去急诊挂号费会比白天贵吗？"),
    ("missing_detail", "繁體; near kb-zh-visiting-001", "心內科病房下午探視具體是幾點到幾點？"),
    ("missing_detail", "简体; near kb-zh-visiting-003", "可以带我家狗狗去病房看我爸吗？它是老人的精神寄托。"),
    ("missing_detail", "简体; near kb-zh-visiting-007", "医院营养食堂有没有清真餐？"),
    ("missing_detail", "繁體; near kb-zh-visiting-010", "病房有沒有WiFi？密碼是多少？"),
    ("missing_detail", "繁體; near kb-zh-visiting-006", "請護工一天要多少錢？"),
    ("missing_detail", "简体; near kb-zh-visiting-004", "ICU外面的家属等候区晚上可以睡人吗？"),
    ("missing_detail", "简体; near kb-zh-records_billing-001", "病历复印一页多少钱？"),
    ("missing_detail", "台灣國語; near kb-zh-records_billing-006", "我是台灣來的，可以用健保卡在你們那邊結帳嗎？"),
    ("missing_detail", "简体; near kb-zh-records_billing-010", "刻一张影像光盘要多少钱？"),
    ("missing_detail", "简体; near kb-zh-records_billing-011", "诊断证明盖章的门诊办公室在几楼？"),
    ("missing_detail", "简体; near kb-zh-procedures-007", "住院处在哪栋楼？"),
    ("missing_detail", "简体; near kb-zh-procedures-010", "无痛胃镜的麻醉费多少钱？医保报不报？"),
    ("missing_detail", "简体; near kb-zh-medications-009", "药学咨询门诊星期几开？"),
    ("missing_detail", "新手妈妈, 简体; near kb-zh-appointments-012", "门诊楼有没有母婴室可以喂奶？"),
    ("missing_detail", "繁體; near kb-zh-procedures-007", "單人病房一天多少錢？"),
    ("missing_detail", "简体; near kb-zh-medications-002", "线上续方快递送药要运费吗？用的哪家快递？"),
    ("missing_detail", "简体; near kb-zh-appointments-005", "互联网医院问诊能不能用电脑视频，不用手机？"),
    ("missing_detail", "简体; near kb-zh-visiting-002", "带12岁以下的孩子探视，要给孩子单独登记身份证件吗？"),
    ("missing_detail", "简体; near kb-zh-records_billing-008", "电子发票能开公司抬头吗？"),
    ("missing_detail", "简体; near kb-zh-appointments-007", "请志愿者全程陪诊要收费吗？"),
    ("off_topic", "简体", "医院里可以献血吗？"),
    ("off_topic", "简体", "医院附近有没有便宜点的宾馆推荐？"),
    ("off_topic", "简体", "你们医院今年还招护士吗？"),
    ("off_topic", "繁體", "醫院裡面有提款機嗎？"),
    ("off_topic", "简体", "在医院能顺便办身份证吗？"),
    ("off_topic", "网络用语", "你们医院能做医美吗，想打个水光针，yyds"),
    ("off_topic", "简体", "医院有没有理发的地方？住院久了头发太长。"),
    ("off_topic", "粤语", "醫院有冇健身室俾街坊用？"),
    ("off_topic", "简体", "我想办理遗体捐献，要找哪个部门？"),
    ("off_topic", "繁體", "能在醫院辦健康證嗎？"),
    ("off_topic", "繁體", "醫院停車場可以讓我們社團辦義賣活動嗎？"),
    ("off_topic", "简体", "医院门口的共享单车可以停在哪？"),
]


def load_ids():
    ids = set()
    for lang in ("en", "zh"):
        path = os.path.join(KB, "passages_%s.jsonl" % lang)
        if not os.path.exists(path):
            sys.exit("error: passage file not found: %s" % path)
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                line = line.strip()
                if not line:
                    continue
                try:
                    ids.add(json.loads(line)["id"])
                except (ValueError, KeyError):
                    sys.exit("error: bad passage line %d in %s" % (n, path))
    return ids


def build(lang, ans, unans):
    rows = []
    for kind, voice, q, gold in ans:
        rows.append((kind, voice, q, True, list(gold)))
    for kind, voice, q in unans:
        rows.append((kind, voice, q, False, []))
    out = []
    for i, (kind, voice, q, ok, gold) in enumerate(rows, 1):
        out.append({"id": "r9-%s-%03d" % (lang, i), "language": lang, "question": q,
                    "answerable": ok, "gold": gold, "kind": kind, "voice": voice})
    return out


def check(rows, ids):
    assert len(rows) == 200, len(rows)
    assert len({r["id"] for r in rows}) == 200, "duplicate ids"
    assert len({r["question"] for r in rows}) == 200, "duplicate questions"
    for lang in ("en", "zh"):
        sub = [r for r in rows if r["language"] == lang]
        ans = [r for r in sub if r["answerable"]]
        una = [r for r in sub if not r["answerable"]]
        assert len(ans) == 60 and len(una) == 40, (lang, len(ans), len(una))
        assert len({g for r in ans for g in r["gold"]}) >= 40, lang
        assert sum(r["kind"] == "missing_detail" for r in una) >= 25, lang
        for r in ans:
            assert r["kind"] in ("plain", "context", "lay", "two_part"), r["id"]
            assert r["gold"], r["id"]
            for g in r["gold"]:
                assert g in ids, (r["id"], g)
                assert g.startswith("kb-%s-" % lang), (r["id"], g)
        for r in una:
            assert r["kind"] in ("missing_detail", "off_topic"), r["id"]
            assert r["gold"] == [], r["id"]
            if r["kind"] == "missing_detail":
                near = r["voice"].split("near ")[-1].strip()
                assert "near kb-" in r["voice"] and near in ids, (r["id"], near)


def main():
    ids = load_ids()
    rows = build("en", EN_ANS, EN_UNANS) + build("zh", ZH_ANS, ZH_UNANS)
    check(rows, ids)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d rows to %s" % (len(rows), OUT))


if __name__ == "__main__":
    main()
