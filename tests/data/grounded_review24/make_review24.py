#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator for grounded_review24: 200 blind, hand-typed patient questions (100 en, 100 zh).

Writes questions.jsonl next to this script. Standard library only, deterministic.
KB root: env MEDQA_ROOT, else three directories above this file.
Every question text below was typed by hand (no templates, no model text).
"""
import json
import os
import random
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.environ.get("MEDQA_ROOT") or os.path.abspath(os.path.join(HERE, "..", "..", ".."))
KB = {
    "en": os.path.join(ROOT, "medqa/assets/kb/passages_en.jsonl"),
    "zh": os.path.join(ROOT, "medqa/assets/kb/passages_zh.jsonl"),
}

# English rows: (kind, gold id or None, voice, question)
EN = [
# ---- plain (10)
("plain", "kb-en-appointments-001", "Post Office counter clerk", "What details do I need to have ready when I phone up to book an outpatient appointment?"),
("plain", "kb-en-appointments-005", "barber booking round his own clients", "How early am I meant to turn up before my clinic time?"),
("plain", "kb-en-test_preparation-010", "army wife on a base married quarter", "Can I eat and drink as normal before a plain X-ray or do I need to starve?"),
("plain", "kb-en-procedures-012", "barbershop receptionist with acrylics", "Do I have to take my acrylic nails off for my operation, all of them?"),
("plain", "kb-en-medications-003", "parcel sorting office supervisor", "Where am I supposed to take tablets I don't need any more?"),
("plain", "kb-en-visiting-005", "RAF husband whose wife is in ICU", "How many of us are allowed round the bed at once in intensive care?"),
("plain", "kb-en-records_billing-002", "Armenian student, English second language", "What I need for to register on patient portal? I have email only, no UK phone yet."),
("plain", "kb-en-self_care-006", "barber's regular customer", "How long should the ice go on a sprained ankle each time?"),
("plain", "kb-en-test_preparation-006", "DPD multi-drop courier", "Roughly how long does an MRI scan take? Need to tell my depot manager"),
("plain", "kb-en-records_billing-009", "Belarusian cleaner, English second language", "Is possible to pay the hospital bill in small parts every month, not all in one time?"),
# ---- context (20)
("context", "kb-en-appointments-002", "Royal Mail delivery driver whose duty got changed", "They've moved me onto the early van duty from next month so I won't make my Thursday clinic. I'll sort it as soon as I get my rota. How much notice do you actually want if I need to move an appointment?"),
("context", "kb-en-appointments-003", "Army wife just back from a posting in Cyprus", "We've only just come back from Cyprus and I think the hospital letters went to our old married quarter, so I missed my son's ENT appointment. Will they just strike him off or what happens now?"),
("context", "kb-en-appointments-006", "Sorting-office night worker who sleeps days", "I work nights at the mail centre and my phone is set to block unknown callers while I sleep. My follow-up is a phone one. Will the hospital's number show up or will it come up as private?"),
("context", "kb-en-appointments-007", "Kazakh mother, English second language", "My English is not so good for doctor talk. My daughter is 12 and her English is very good, she can translate for me in the appointment? Or is other way?"),
("context", "kb-en-appointments-009", "son of a housebound woman, works on a Parcelforce collection round", "Mum can't get in a car since her hip and I'm out on the collection round all day. Her eye appointment is on the 14th. How far ahead do I have to book the hospital transport for her?"),
("context", "kb-en-test_preparation-001", "barber who chews gum all day at the chair", "Got a fasting cholesterol test first thing tomorrow. I chew gum constantly at work, it's a habit when I'm cutting. Is gum alright while I'm fasting or does that count?"),
("context", "kb-en-test_preparation-003", "Navy wife, husband at sea", "I've got my colonoscopy prep sat on the kitchen table and I'm on the pill. Husband's away at sea so I can't exactly ask him. Does the prep mess with the pill at all?"),
("context", "kb-en-test_preparation-005", "wife of an ex-serviceman with shrapnel", "My husband still has bits of shrapnel in his leg from Helmand, nobody ever took them all out. He's been booked in for an MRI on his back. Does he need to say something about that before the day?"),
("context", "kb-en-procedures-002", "self-employed barber who lives alone", "I'm having a gastroscopy with sedation and I live on my own, my family are all up in Glasgow. Can I just get a cab home after? I'll go straight to bed, promise."),
("context", "kb-en-procedures-003", "post office counter manager, early starts", "Op is next Tuesday. I can't function without my morning flat white, I've had one every day for 20 years. Is a latte alright if it's before the cut-off for water?"),
("context", "kb-en-procedures-009", "daughter waiting on the ward car park", "Dad was told this morning he can go home today. It's 2pm and we're still waiting and I've been sat in the car park since 11. Why does going home take so long on the day?"),
("context", "kb-en-visiting-002", "forces mum with two kids, husband deployed", "My two were at a birthday party at the weekend where one of the kids came out in chickenpox. Their granddad is in on the cardiac ward. Can I still bring them in to see him?"),
("context", "kb-en-visiting-003", "Evri courier dropping off a present", "My mum's in for her hip and it's her 70th on Saturday. I was going to bring one of those big helium balloons. Are balloons allowed on the ward?"),
("context", "kb-en-visiting-007", "Bosnian-born son, English second language", "My father is in the ward since Monday. I call every morning at 7 before my work and the nurse is always busy and she is not happy. When is a better time to phone?"),
("context", "kb-en-medications-009", "RAF family being posted to Germany", "We're being posted out to Germany with the RAF next month and I'm on insulin pens. What's the right way to carry all my medicine on the flight?"),
("context", "kb-en-self_care-005", "barber who burnt his hand on a hot towel steamer", "Just scalded the back of my hand on the towel steamer in the shop, it's red raw. Someone's telling me to stick it in the ice machine. What am I actually meant to do?"),
("context", "kb-en-self_care-013", "parcel depot loader stung at work", "Wasp got me on the arm while I was loading the cages and the sting's still stuck in. A lad at work wants to pinch it out with tweezers. Is that the right way?"),
("context", "kb-en-records_billing-006", "ex-Navy chef with private insurance", "Got a bill through for my knee scan but my insurance was supposed to cover it, and the due date is next week. I don't want to pay it if it's wrong. What should I do?"),
("context", "kb-en-records_billing-011", "postal worker off after surgery", "I'm a postie and I'll be on light duties at best after my hernia repair next week. My line manager wants a sick note from the hospital. Who do I ask and when?"),
("context", "kb-en-visiting-010", "granddaughter typing for her nan on the ward", "Nan's top denture has gone missing, we think it went off on her breakfast tray. The nurses are run off their feet. Who do we report it to?"),
# ---- lay (18)
("lay", "kb-en-appointments-004", "young barber, first ever hospital visit", "first time seeing a specialist, what am i supposed to bring with me, like paperwork and stuff??"),
("lay", "kb-en-appointments-008", "forces wife, husband very poorly", "My husband is on all the machines in the unit and I'm there every day. The car park's costing me a fortune. Is there any way of getting it cheaper or free?"),
("lay", "kb-en-appointments-012", "retired postman with a bad hip", "I can't walk far at all now. Can somebody meet me at the car with a chair and push me to where I'm being seen?"),
("lay", "kb-en-appointments-010", "hair salon owner waiting for a letter", "My doctor sent me off to see the skin people about 7 weeks back and I've heard absolutely nothing. Who do I chase?"),
("lay", "kb-en-test_preparation-004", "DPD driver who lives on meal deals", "Having the camera up the back end next week. What am I allowed to eat in the days before? I basically live on meal deals."),
("lay", "kb-en-test_preparation-009", "barber's wife, dictated by voice to text", "having the jelly scan on my tummy to look at my gallbladder do i have to skip breakfast full stop"),
("lay", "kb-en-test_preparation-011", "sorting office worker doing a sample before shift", "Doing my wee sample before my shift at 6am but I can't drop it off till after work. Is that ok or will it go off?"),
("lay", "kb-en-test_preparation-012", "pregnant courier's partner", "How long is the sugary drink test going to take? Trying to work out if she has to book the whole day off."),
("lay", "kb-en-procedures-001", "Tongan rugby dad, English second language", "They will put the camera down my throat to the stomach. How long it takes? I need to tell my boss for the time off."),
("lay", "kb-en-procedures-010", "barber customer after a lump removed", "Had a lump cut out of my back. When can I jump in the bath again?"),
("lay", "kb-en-medications-002", "Laotian shop worker, English second language", "I keep my tablets in the little cupboard over the sink in the bathroom. It is good place or no?"),
("lay", "kb-en-medications-004", "Post Office counter clerk on blood pressure pills", "Forgot my blood pressure tablet last night. Do I just take two this morning to catch up?"),
("lay", "kb-en-medications-011", "army dad, wife away on exercise", "Wife's away on exercise and I can't find the little plastic syringe for the calpol. Can I just use one of our teaspoons?"),
("lay", "kb-en-self_care-001", "barber with a streaming head cold", "Full blown man flu. Can the doctor give me something to kill it off quicker? Antibiotics or whatever."),
("lay", "kb-en-self_care-008", "Royal Mail sorter who's been up all night being sick", "Been throwing up and on the loo all night. How long do I have to stay off before I can go back in to work?"),
("lay", "kb-en-self_care-009", "parcel hub loader who hurt his back", "Done my back in lifting a cage at the hub. Should I just lie flat in bed for a week?"),
("lay", "kb-en-visiting-011", "teenage grandson of a forces veteran", "is there free internet on the ward so grandad can watch his stuff on the tablet?"),
("lay", "kb-en-records_billing-012", "barber worried about his employer", "If I come in about my drinking, is anyone going to tell the bloke I work for?"),
# ---- two_part (12)
("two_part", "kb-en-appointments-011", "Cambodian wife, English second language", "My husband can come inside the doctor room with me? And also inside the scan room?"),
("two_part", "kb-en-test_preparation-002", "voice-to-text from a van driver at a red light", "fasting blood test tomorrow can i still drink water and do i take my morning tablets as normal"),
("two_part", "kb-en-test_preparation-007", "Army reservist booked for a CT", "For the CT with the dye, what's the dye going to feel like when it goes in, and is there anything I have to do afterwards?"),
("two_part", "kb-en-test_preparation-008", "Navy wife breastfeeding a newborn", "I'm breastfeeding my 6 week old. Do I need to tell them before my scan with dye, and does the ultrasound part use radiation?"),
("two_part", "kb-en-procedures-004", "barber having day surgery on his wrist", "Day surgery on my wrist next week. Is a taxi home ok if my brother comes with me, and how long does somebody have to stay with me after?"),
("two_part", "kb-en-procedures-005", "postwoman's husband, voice-to-text", "pre op assessment next week is that in person or can it be on the phone and what do i need to bring"),
("two_part", "kb-en-procedures-006", "Uzbek son, English second language", "If my mother sign the consent form and after she change her mind, is allowed? And I can come with her when doctor explain?"),
("two_part", "kb-en-procedures-008", "forces teenager going in for an op", "Packing for my overnight stay. Can I bring my phone and charger? And is it ok to bring some cash and my chain?"),
("two_part", "kb-en-medications-001", "Crown post office sub-postmaster", "How many days before I run out should I order my repeat, and where can I order it from?"),
("two_part", "kb-en-visiting-001", "barber organising family visits for his dad", "How many of us can be round Dad's bed at one time, and can we come in over his lunch?"),
("two_part", "kb-en-visiting-009", "RAF mum with a son on the children's ward", "Can I stay overnight with my 5 year old on the kids' ward? And can his nan pop in whenever she likes?"),
("two_part", "kb-en-records_billing-001", "Royal Mail retired engineer's widow", "How do I ask for a copy of my own hospital notes, and what ID do they want?"),
# ---- missing_detail (30)
("missing_detail", None, "barber, voice-to-text; near kb-en-appointments-001", "what is the actual phone number for the appointments line"),
("missing_detail", None, "Saturday-only parcel sorter; near kb-en-medications-012", "What time does the outpatient pharmacy open on a Saturday morning?"),
("missing_detail", None, "forces wife visiting daily; near kb-en-appointments-008", "How much is it per hour in the visitor car park?"),
("missing_detail", None, "retired postman with a bad hip; near kb-en-appointments-012", "How much is the deposit to borrow one of the wheelchairs at the front door?"),
("missing_detail", None, "courier finishing at 7pm; near kb-en-visiting-001", "What time exactly do general visiting hours finish at night? I don't finish my round till 7."),
("missing_detail", None, "barber with a data question; near kb-en-records_billing-012", "What's the name of your data protection officer? I want to write to them by name."),
("missing_detail", None, "army veteran's daughter; near kb-en-records_billing-001", "How much do you charge for a copy of Dad's records on paper?"),
("missing_detail", None, "Belarusian cleaner, English second language; near kb-en-records_billing-001", "After I send the form for my records, how many days exactly you have to answer me?"),
("missing_detail", None, "self-employed barber, insurance claim; near kb-en-records_billing-011", "What is the fee for a report for my insurance company after the operation?"),
("missing_detail", None, "grandson of a patient on the surgical ward; near kb-en-visiting-011", "whats the wifi password on the wards"),
("missing_detail", None, "Royal Mail driver on shifts; near kb-en-appointments-003", "How many appointments can you miss before they send you back to the GP?"),
("missing_detail", None, "part-time postwoman on a low income; near kb-en-records_billing-010", "What's the income limit to qualify for the financial assistance scheme?"),
("missing_detail", None, "Navy wife; near kb-en-test_preparation-003", "What's the name of the bowel prep drink you send out? I want to read up on it before it comes."),
("missing_detail", None, "barber thinking of paying himself; near kb-en-test_preparation-006", "How much does an MRI of the knee cost if I pay for it myself?"),
("missing_detail", None, "RAF family flying out; near kb-en-medications-009", "What's the most liquid medicine in ml I can take through airport security in my hand luggage?"),
("missing_detail", None, "parcel courier who has never been in; near kb-en-procedures-001", "Which floor is the endoscopy unit on?"),
("missing_detail", None, "barber who stands all day, knee op; near kb-en-procedures-004", "How many weeks after a knee arthroscopy can I drive again?"),
("missing_detail", None, "Tongan rugby dad, English second language; near kb-en-procedures-010", "How many days after the operation they take out the stitches?"),
("missing_detail", None, "son of an ICU patient, on night shifts at the mail centre; near kb-en-visiting-005", "What time does the doctor come round to give families an update in ICU?"),
("missing_detail", None, "army dad, wife away on exercise; near kb-en-medications-011", "How many ml of children's paracetamol can I give my 3 year old?"),
("missing_detail", None, "forces family, Catholic; near kb-en-visiting-008", "What's the name of the hospital chaplain, and is the chapel open at night?"),
("missing_detail", None, "Post Office clerk who doesn't drive; near kb-en-appointments-008", "Which bus number stops right outside the main entrance?"),
("missing_detail", None, "granddaughter of a patient who lost her hearing aid; near kb-en-visiting-010", "How long does lost property keep things before they get thrown out?"),
("missing_detail", None, "ex-Navy chef; near kb-en-records_billing-006", "What's the email address for the patient billing office?"),
("missing_detail", None, "soldier whose wife just had a baby; near kb-en-visiting-009", "How many visitors can be with my wife and the baby at the same time on the maternity ward?"),
("missing_detail", None, "pregnant barber; near kb-en-test_preparation-012", "How much glucose is in the drink for the tolerance test, how many grams?"),
("missing_detail", None, "Kazakh mother, English second language; near kb-en-appointments-003", "If I miss appointment, how much money is the fine?"),
("missing_detail", None, "parcel depot shift manager; near kb-en-procedures-005", "How many minutes does the pre-op assessment take? Need to book the exact time off."),
("missing_detail", None, "barber behind on his bill; near kb-en-records_billing-009", "How many days after the due date before my account goes to the debt collectors?"),
("missing_detail", None, "RAF wife collecting her mum; near kb-en-procedures-009", "What time does the discharge lounge close in the evening?"),
# ---- off_topic (10)
("off_topic", None, "barber asking for a customer", "Does the hospital do hair transplants, and how much do they cost?"),
("off_topic", None, "Royal Mail postman", "Can I give blood at the hospital or do I have to go somewhere else?"),
("off_topic", None, "army wife new to the area", "How do I get registered with a dentist round here?"),
("off_topic", None, "parcel courier on his lunch", "Is there a cash machine anywhere in the main building?"),
("off_topic", None, "ex-forces lad looking for work", "Are you hiring hospital porters at the moment and how do I apply?"),
("off_topic", None, "barber's customer, voice-to-text", "can you do a paternity dna test at the hospital"),
("off_topic", None, "Post Office counter clerk", "Is the staff canteen open to visitors and is there anything halal?"),
("off_topic", None, "forces family with a pet", "Our dog just ate a bar of dark chocolate, what should we do?"),
("off_topic", None, "Navy wife, first pregnancy", "Do you run antenatal classes and how do I sign up?"),
("off_topic", None, "Kazakh mother, English second language", "Can I do the driving licence medical exam at the hospital?"),

]

# Chinese rows: (kind, gold id or None, voice, question, script) -- script S = Simplified, T = Traditional
ZH = [
# ---- plain (10)
("plain", "kb-zh-appointments-001", "深圳福田写字楼行政", "你们医院专科号一般提前几天放出来？", "S"),
("plain", "kb-zh-appointments-006", "成都高新区互联网运营", "预约了上午的号，当天要提前多久到医院啊？", "S"),
("plain", "kb-zh-test_preparation-001", "长沙国企文员", "抽完血针眼要按多久？", "S"),
("plain", "kb-zh-test_preparation-010", "印尼看護替阿公問（繁體）", "阿公要戴那個動態心電圖，要戴多久才可以拿下來？", "T"),
("plain", "kb-zh-medications-001", "湘潭银行外包客服，替爸爸问", "高血压的药能开长期处方吗？一次最多能开多久的量？", "S"),
("plain", "kb-zh-records_billing-001", "深圳南山产品经理", "出院以后多久才能去复印住院病历？", "S"),
("plain", "kb-zh-self_care-012", "越南看護（繁體），照顧阿嬤", "阿嬤流鼻血，頭要往後仰嗎？", "T"),
("plain", "kb-zh-visiting-001", "香港飛髮舖師傅（粵語）", "普通病房探病，每次最多可以幾多個人入去？", "T"),
("plain", "kb-zh-records_billing-008", "成都会计事务所助理", "看病的电子发票在哪里下载？", "S"),
("plain", "kb-zh-self_care-002", "岳阳人在深圳做HR", "大人体温多少度算发烧？", "S"),
# ---- context (20)
("context", "kb-zh-appointments-002", "成都天府软件园运营，经常临时加班", "约了下周三上午的皮肤科，结果老板临时让我出差。我能不能在App上直接把这个预约换到下周五？还是要怎么弄？", "S"),
("context", "kb-zh-appointments-003", "深圳宝安电子厂文员", "今早出门急，医保卡落在出租屋了，人已经到医院门口了，还能用医保结算吗？不想白跑一趟。", "S"),
("context", "kb-zh-appointments-004", "株洲宝妈，在长沙写字楼上班", "宝宝才两个月，还没办身份证，第一次带她来看病，要怎么建档啊？", "S"),
("context", "kb-zh-appointments-005", "深圳龙岗外企HR，第一次找这家医院", "我在外地一直吃降压药，刚调到深圳工作，之前从没在你们医院看过。能不能直接在互联网医院线上问诊开药？", "S"),
("context", "kb-zh-appointments-008", "越南看護（繁體），阿公耳朵不好", "我照顧的阿公耳朵幾乎聽不到，平常用寫字跟比手勢。下個禮拜要去看門診，醫院有手語的人可以幫忙嗎？要怎麼約？", "T"),
("context", "kb-zh-appointments-012", "湖南衡东奶奶在深圳带孙子（孙女代打字）", "孙子发烧了，他爸妈都在上班，我带他去看病。要是医生要签字，我当奶奶的能签吗？", "S"),
("context", "kb-zh-test_preparation-002", "成都春熙路服装店店长", "下周做肠镜，我这两天买了一箱红心火龙果，还能吃吗？", "S"),
("context", "kb-zh-test_preparation-003", "菲律賓看護（繁體），照顧阿伯", "阿伯幾年前裝了心臟起搏器，醫生現在要他做核磁共振，我們可以直接去做嗎？", "T"),
("context", "kb-zh-test_preparation-004", "深圳前海金融公司前台，请半天假", "明天下午做增强CT，我只请了半天假。做完可以马上走吗，还是要等一会儿？", "S"),
("context", "kb-zh-test_preparation-008", "长沙岳麓区设计院文员", "我约了无痛胃镜，老公出差，我想做完自己开车回家，可以吗？", "S"),
("context", "kb-zh-procedures-002", "常德人在深圳做销售", "明天上午做手术，我紧张的时候老嚼口香糖，今早起来嚼一片应该没事吧？", "S"),
("context", "kb-zh-procedures-005", "印尼看護（繁體），阿嬤愛漂亮", "阿嬤下禮拜開刀，她上個月才去做了指甲彩繪，一定要卸掉嗎？", "T"),
("context", "kb-zh-procedures-007", "深圳罗湖物业公司文员，替公公问", "医生给我公公开了住院证，说现在没床位。那是我们天天打电话问，还是等你们通知？", "S"),
("context", "kb-zh-procedures-011", "郴州人在广州写字楼做出纳", "原定下周一的手术，家里有事想往后推一推，最晚要提前多久跟科室说？", "S"),
("context", "kb-zh-visiting-004", "越南看護（繁體），阿公住加護病房", "阿公住進加護病房了，家裡的人想輪流進去看，一次可以進去幾個人？", "T"),
("context", "kb-zh-visiting-006", "成都武侯区行政，兄妹三人轮流", "我爸住院要陪床，我们兄妹三个都要上班，能不能每天换一个人陪？", "S"),
("context", "kb-zh-visiting-007", "深圳科技园测试工程师，给妈妈送汤", "我每天下班给我妈送汤，一次喝不完，能放病区冰箱里吗？要注意啥？", "S"),
("context", "kb-zh-records_billing-007", "邵阳人在深圳工作，医保在老家", "我医保是在湖南老家参的，人现在在深圳，要来你们医院住院，能直接刷医保吗？要先办什么？", "S"),
("context", "kb-zh-records_billing-009", "香港郵政櫃位職員（粵語）", "我啱啱畀咗錢做超聲波，點知醫生話唔使做住。呢筆錢可唔可以退？要點搞？", "T"),
("context", "kb-zh-self_care-005", "成都火锅店楼上写字楼的前台", "中午帮同事倒热油烫到手背了，有人说抹点酱油，到底该怎么处理？", "S"),
# ---- lay (18)
("lay", "kb-zh-appointments-009", "湘潭写字楼保洁主管，开车送妈妈", "开车送我妈去看病，她腿脚不好，门口能停一下让她下车吗？", "S"),
("lay", "kb-zh-appointments-010", "深圳南山夜里加班的运营", "半夜肚子疼得受不了，要先在App上约号吗？", "S"),
("lay", "kb-zh-appointments-011", "成都高新区设计师", "想看的那个医生号全没了，还有啥办法吗？", "S"),
("lay", "kb-zh-test_preparation-005", "长沙会计，备孕中", "我这个月大姨妈推迟了，单位体检要拍胸片，我该咋办？", "S"),
("lay", "kb-zh-test_preparation-007", "菲律賓看護（繁體），替阿嬤問", "阿嬤要照肚子的超音波看肝，早上可以先吃早餐嗎？", "T"),
("lay", "kb-zh-test_preparation-009", "深圳坂田外包程序员", "要交大便去化验，弄多少才够啊？", "S"),
("lay", "kb-zh-test_preparation-011", "岳阳人在长沙做行政，替爸爸问", "我爸每天早上吃降压药，明天要空着肚子去做检查，药还吃不吃？", "S"),
("lay", "kb-zh-procedures-003", "成都独居白领", "做完那种打了麻药的小手术，我能自己叫个滴滴回家吗？", "S"),
("lay", "kb-zh-procedures-006", "香港深圳兩邊走嘅文員（粵語）", "開完刀返屋企，幾時可以沖涼？", "T"),
("lay", "kb-zh-procedures-010", "深圳福田券商前台", "睡着做的胃镜，醒了多久能吃东西？饿死了", "S"),
("lay", "kb-zh-medications-003", "印尼看護（繁體），阿公打胰島素", "阿公的胰島素，打開用了的那支也要一直放冰箱嗎？", "T"),
("lay", "kb-zh-medications-004", "成都物业前台", "家里一抽屉过期的药，直接扔垃圾桶行不行？", "S"),
("lay", "kb-zh-medications-006", "长沙国企文员，作息不规律", "药盒上写一天三次，是不是跟着三顿饭吃就行？我有时候不吃早饭。", "S"),
("lay", "kb-zh-medications-008", "深圳宝安跨境电商运营", "吃了三天消炎药嗓子已经不疼了，剩下的还要吃完吗？", "S"),
("lay", "kb-zh-self_care-003", "越南看護（繁體），僱主家剛出生的孫子", "僱主家的小寶寶才兩個月，剛剛量38度，可以先在家觀察嗎？", "T"),
("lay", "kb-zh-self_care-006", "成都打羽毛球扭到脚的白领", "打球崴了脚，肿得老高，我妈叫我拿热毛巾敷，行不行？", "S"),
("lay", "kb-zh-self_care-008", "深圳南山拉肚子的产品助理", "拉肚子拉虚了，喝运动饮料补一补可以吗？", "S"),
("lay", "kb-zh-visiting-010", "湖南益阳人，给住院的爸爸带东西", "我想把家里的小电饭锅带去病房给我爸煮点粥，可以吗？", "S"),
# ---- two_part (12)
("two_part", "kb-zh-appointments-007", "菲律賓看護（繁體），阿公坐輪椅", "在門診大廳借輪椅需要帶什麼？還有志工可以幫阿公簽同意書嗎？", "T"),
("two_part", "kb-zh-test_preparation-006", "深圳罗湖会计", "普通CT大概要做多久？脖子上的项链要不要摘？", "S"),
("two_part", "kb-zh-procedures-001", "湘潭人替外公问", "日间手术一般要在医院待多久？我外公的白内障能做日间手术吗？", "S"),
("two_part", "kb-zh-procedures-004", "印尼看護（繁體），阿嬤要開刀", "開刀前要做哪些檢查？阿嬤頭腦清楚，可是她想讓兒子幫她簽字，可以嗎？", "T"),
("two_part", "kb-zh-procedures-008", "成都金融城行政，替妈妈办出院", "明天我妈出院，结算要带什么？那个出院小结以后还有用吗？", "S"),
("two_part", "kb-zh-procedures-012", "香港消防員太太，屋企喺深圳（粵語）", "老公手術用嘅係可吸收線，使唔使返嚟拆線？換藥可唔可以去社區診所搞？", "T"),
("two_part", "kb-zh-medications-002", "长沙写字楼白领，替妈妈续药", "我妈的糖尿病药快吃完了，能不能在网上续方顺便加一种药？要提前多久弄？", "S"),
("two_part", "kb-zh-medications-010", "深圳坪山新手爸爸，做财务", "家里只有大人的退烧药，掰一半给三岁娃吃行不行？喂药能用家里的勺子吗？", "S"),
("two_part", "kb-zh-visiting-002", "越南看護（繁體），僱主的孫子想看阿公", "僱主的孫子8歲，想去病房看阿公，可以進去嗎？要戴口罩嗎？", "T"),
("two_part", "kb-zh-visiting-009", "成都在外地出差的女儿", "我在外地，打电话到病房能问到我妈的病情吗？家里最多能登记几个人问病情？", "S"),
("two_part", "kb-zh-records_billing-003", "香港順豐速遞員，喺深圳睇醫生（粵語）", "驗血常規幾時有結果？病理報告又要等幾耐？", "T"),
("two_part", "kb-zh-records_billing-010", "香港飛髮舖老闆（粵語），喺深圳做CT", "做完CT你哋仲會唔會印菲林？我要拎去香港睇醫生，可以點搞？", "T"),
# ---- missing_detail (30)
("missing_detail", None, "深圳福田写字楼行政; near kb-zh-appointments-001", "专家号挂号费多少钱？普通号呢？", "S"),
("missing_detail", None, "成都开车上班的运营; near kb-zh-appointments-009", "医院停车场一小时收多少钱？", "S"),
("missing_detail", None, "长沙白领，想抢专家号; near kb-zh-appointments-011", "一个专家一天一共放多少个号？", "S"),
("missing_detail", None, "印尼看護（繁體）; near kb-zh-appointments-007", "跟服務台借輪椅，押金要多少錢？", "T"),
("missing_detail", None, "越南看護（繁體）; near kb-zh-appointments-008", "手語志工是禮拜幾在醫院？", "T"),
("missing_detail", None, "深圳南山经常加班的程序员; near kb-zh-appointments-002", "爽约几次会被限制预约？限制多久？", "S"),
("missing_detail", None, "郴州人在深圳做销售，替父亲问; near kb-zh-procedures-007", "住院预交金一般要交多少钱？大概几千？", "S"),
("missing_detail", None, "成都律所行政; near kb-zh-records_billing-001", "复印病历一页多少钱？", "S"),
("missing_detail", None, "菲律賓看護（繁體）; near kb-zh-visiting-004", "加護病房每天幾點到幾點可以進去看？", "T"),
("missing_detail", None, "深圳宝安文员; near kb-zh-visiting-001", "普通病房下午探视具体是几点到几点？", "S"),
("missing_detail", None, "长沙国企文员，替奶奶问; near kb-zh-visiting-006", "医院的护工一天多少钱？", "S"),
("missing_detail", None, "成都天府新区HR; near kb-zh-medications-009", "药学咨询门诊星期几开？", "S"),
("missing_detail", None, "香港飛髮舖師傅（粵語）; near kb-zh-medications-011", "門診藥房夜晚幾點收工？", "T"),
("missing_detail", None, "湘潭白领; near kb-zh-test_preparation-002", "肠镜喝的那个泻药叫什么名字？我想先去药店看看。", "S"),
("missing_detail", None, "深圳科技园产品经理; near kb-zh-test_preparation-003", "做一次腰椎核磁要多少钱？", "S"),
("missing_detail", None, "成都写字楼前台; near kb-zh-test_preparation-008", "无痛胃镜麻醉费另外收多少？", "S"),
("missing_detail", None, "邵阳人在深圳，异地医保; near kb-zh-records_billing-007", "异地就医备案办完要几天才生效？", "S"),
("missing_detail", None, "长沙设计院文员; near kb-zh-records_billing-006", "职工医保住院报销比例是百分之多少？起付线多少？", "S"),
("missing_detail", None, "深圳罗湖会计; near kb-zh-records_billing-011", "诊断证明盖章的窗口在几楼？", "S"),
("missing_detail", None, "香港郵政櫃位職員（粵語）; near kb-zh-records_billing-010", "刻一張CT光碟要幾多錢？", "T"),
("missing_detail", None, "成都金融城白领; near kb-zh-records_billing-010", "影像资料医院给保存几年？", "S"),
("missing_detail", None, "深圳坂田程序员; near kb-zh-records_billing-009", "退费退到微信要几天到账？", "S"),
("missing_detail", None, "株洲人在长沙上班; near kb-zh-appointments-005", "互联网医院线上复诊一次收多少钱？", "S"),
("missing_detail", None, "印尼看護（繁體）; near kb-zh-medications-002", "線上續方的藥寄到家，運費多少錢？", "T"),
("missing_detail", None, "成都独居白领; near kb-zh-procedures-003", "日间手术中心的电话是多少？", "S"),
("missing_detail", None, "深圳龙华行政，手术推迟了; near kb-zh-procedures-011", "术前检查的有效期是几天？过了多少天要重做？", "S"),
("missing_detail", None, "越南看護（繁體）; near kb-zh-procedures-012", "阿公肚子上的傷口一般幾天可以拆線？", "T"),
("missing_detail", None, "长沙写字楼白领; near kb-zh-test_preparation-010", "戴动态心电图要交押金吗？多少？", "S"),
("missing_detail", None, "香港消防員太太（粵語）; near kb-zh-visiting-007", "醫院營養食堂訂一餐要幾多錢？", "T"),
("missing_detail", None, "菲律賓看護（繁體），夜裡陪阿公; near kb-zh-appointments-010", "晚上帶阿公掛急診，掛號費要多少錢？", "T"),
# ---- off_topic (10)
("off_topic", None, "深圳福田写字楼前台", "你们医院能做双眼皮吗？多少钱？", "S"),
("off_topic", None, "成都互联网公司运营", "医院里有没有献血点？献一次能休几天假？", "S"),
("off_topic", None, "长沙国企文员", "你们医院招不招行政文员？在哪投简历？", "S"),
("off_topic", None, "印尼看護（繁體）", "我自己想打HPV疫苗，外籍看護可以在你們醫院打嗎？", "T"),
("off_topic", None, "深圳南山程序员", "医院附近有没有便宜点的酒店，陪家属住的？", "S"),
("off_topic", None, "湘潭白领，备孕", "产检建卡要准备什么？几周去建？", "S"),
("off_topic", None, "香港飛髮舖師傅（粵語）", "你哋醫院有冇植髮？", "T"),
("off_topic", None, "成都宠物主人", "我家猫咪拉肚子，你们能看吗？", "S"),
("off_topic", None, "菲律賓看護（繁體）", "我要做移工的入境體檢，你們醫院有做嗎？", "T"),
("off_topic", None, "深圳罗湖会计", "单位团体体检套餐有哪些？最便宜多少钱？", "S"),

]

KIND_COUNTS = {"plain": 10, "context": 20, "lay": 18, "two_part": 12, "missing_detail": 30, "off_topic": 10}
ANSWERABLE_KINDS = {"plain", "context", "lay", "two_part"}


def load_ids(path):
    ids = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line:
                ids.add(json.loads(line)["id"])
    return ids


def build(lang, rows, kb_ids):
    assert len(rows) == 100, (lang, len(rows))
    kinds = Counter(r[0] for r in rows)
    assert dict(kinds) == KIND_COUNTS, (lang, kinds)
    gold_use = Counter(r[1] for r in rows if r[1])
    assert all(v <= 2 for v in gold_use.values()), (lang, gold_use)
    qs = [r[3] for r in rows]
    assert len(set(qs)) == len(qs), (lang, "duplicate question")
    out = []
    for r in rows:
        kind, gold, voice, question = r[0], r[1], r[2], r[3]
        answerable = kind in ANSWERABLE_KINDS
        if answerable:
            assert gold and gold in kb_ids, (lang, gold)
            assert gold.startswith("kb-%s-" % lang), gold
        else:
            assert gold is None
        if kind == "missing_detail":
            near = voice.rsplit("; near ", 1)
            assert len(near) == 2 and near[1] in kb_ids, (lang, voice)
        else:
            assert "; near " not in voice
        out.append({
            "language": lang,
            "question": question.strip(),
            "answerable": answerable,
            "gold": [gold] if gold else [],
            "kind": kind,
            "voice": voice,
        })
    # fixed-seed shuffle so kinds are interleaved; same order on every run
    random.Random("r24-" + lang).shuffle(out)
    for i, obj in enumerate(out, 1):
        obj["id"] = "r24-%s-%03d" % (lang, i)
    return out


def main():
    kb_en = load_ids(KB["en"])
    kb_zh = load_ids(KB["zh"])
    scripts = Counter(r[4] for r in ZH)
    assert scripts["T"] == 30 and scripts["S"] == 70, scripts
    rows = build("en", EN, kb_en) + build("zh", ZH, kb_zh)
    assert len(rows) == 200
    assert sum(r["answerable"] for r in rows) == 120
    path = os.path.join(HERE, "questions.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for obj in rows:
            f.write(json.dumps(obj, ensure_ascii=False, sort_keys=True) + "\n")
    print("wrote %d rows to %s" % (len(rows), path))


if __name__ == "__main__":
    main()
