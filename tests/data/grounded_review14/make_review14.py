#!/usr/bin/env python3
"""Generator for grounded review set 14 (R14): 200 patient questions, 100 en + 100 zh.

All question text below was typed by hand by a blind writer (helper R14); no model wrote it.
Run:  MEDQA_ROOT=/path/to/repo python3 make_review14.py
Default root is three directories above this file (<root>/tests/data/grounded_review14/).
Writes questions.jsonl next to this script, byte-identical on every run.
"""
import json
import os
import random

EN_ANS = [
# plain 10
("plain", "kb-en-appointments-005", "tram driver (Manchester), plain",
 "How early should I get there before my clinic appointment?"),
("plain", "kb-en-test_preparation-006", "crossword setter, plain",
 "Roughly how long does an MRI scan take from start to finish?"),
("plain", "kb-en-procedures-003", "dairy farmer's daughter, plain",
 "Before an operation, does a milky coffee count as a drink or as food?"),
("plain", "kb-en-medications-003", "tree surgeon, plain",
 "Where should I take old inhalers I don't use any more?"),
("plain", "kb-en-self_care-005", "glassblower, plain",
 "For how many minutes should a burn be kept under running water?"),
("plain", "kb-en-visiting-001", "wedding photographer, plain",
 "How many visitors are allowed round one bed at the same time on a normal ward?"),
("plain", "kb-en-records_billing-007", "bookkeeper at a car garage, plain",
 "What exactly is an itemised bill and am I allowed to ask for one?"),
("plain", "kb-en-test_preparation-009", "veterinary nurse, plain",
 "How long does an ultrasound scan usually take?"),
("plain", "kb-en-self_care-013", "florist, plain",
 "What's the right way to get a bee sting out of your skin?"),
("plain", "kb-en-appointments-007", "court stenographer, plain",
 "Do patients have to pay for an interpreter?"),
# context 20
("context", "kb-en-appointments-002", "locksmith on an on-call rota",
 "I'm a locksmith and I'm on call most weeks, so I don't get my rota till the Friday before. I've got a dermatology appointment on the 12th that I might not be able to make. How much notice do you want if I need to move it?"),
("context", "kb-en-appointments-003", "daughter of a retired postman",
 "My dad's a retired postman, proud as anything, and he just didn't turn up to his eye clinic last week because he said the buses were off. He never rang anyone. What happens now, has he lost his place?"),
("context", "kb-en-appointments-006", "scaffolder who screens his calls",
 "I'm a scaffolder so I'm up on site all day and I've got a phone appointment with cardiology on Thursday. I normally ignore private numbers cos they're always scammers. Will the hospital be calling from a normal number or what?"),
("context", "kb-en-appointments-009", "Scouse grandson",
 "Me nan's 87 and she can't get on the bus no more, la. She's got a clinic in the morning next month. If she gets put on the hospital transport how early has she got to be sat ready with her coat on?"),
("context", "kb-en-appointments-010", "plasterer waiting on a referral",
 "GP sent a referral to rheumatology about six weeks back and I've heard nothing. I'm a plasterer, my hands are my living and they're getting worse. Who do I actually ring to find out where the referral's got to, and what do they need from me?"),
("context", "kb-en-test_preparation-001", "night-shift baker",
 "I work nights at a bakery and finish at 6. I've got a fasting cholesterol blood test at 8am straight after. I usually chew gum all shift to stay awake - is chewing gum OK while I'm fasting?"),
("context", "kb-en-test_preparation-003", "tattoo artist booked for a colonoscopy",
 "Got my colonoscopy next Tuesday. I'm on the contraceptive pill and my mate said the bowel prep stuff flushes everything through. Does the prep affect my pill at all?"),
("context", "kb-en-test_preparation-005", "sound engineer with a plated wrist",
 "I'm a sound engineer and I broke my wrist falling off a stage a few years ago, there's a metal plate in it now. I've got an MRI of my back next month. Is the plate a problem and what do I need to do about it?"),
("context", "kb-en-test_preparation-008", "long-haul pilot asking for his wife",
 "I'm away flying most of the month. My wife has a CT scan of her kidneys booked for next week but we've just found out she might be pregnant, very early. Does she still go ahead or what happens?"),
("context", "kb-en-procedures-002", "oil rig worker home on leave, family offshore",
 "I'm home on leave from the rig for two weeks and my brothers are all offshore, so there's nobody about. I'm booked for a gastroscopy with sedation. Can I just get a taxi home by myself after?"),
("context", "kb-en-procedures-004", "driving instructor having day surgery",
 "I teach driving for a living so this matters a lot. I'm having my hernia done as day surgery. Who decides when I'm allowed to drive again and what does it depend on?"),
("context", "kb-en-procedures-008", "sheep shearer from New Zealand",
 "Kia ora, I'm over shearing for the season and I'm booked in overnight for a knee washout. I'm type 1 diabetic. Do I bring my own insulin pens and that in, or do yous supply it on the ward?"),
("context", "kb-en-procedures-010", "aqua aerobics instructor after gallbladder surgery",
 "Had my gallbladder out on Tuesday (keyhole). I teach aqua aerobics five mornings a week and the girls are asking when I'm back. When am I allowed back in the pool?"),
("context", "kb-en-procedures-012", "bride-to-be with fresh gel nails",
 "My wedding is a week after my op and I literally just got my gel nails done for it. Do I really have to take them all off for the operation?"),
("context", "kb-en-medications-009", "cruise ship entertainer flying to join a ship",
 "I'm flying out to Barbados to join a cruise ship, I sing in the theatre. I'm on insulin. Can it go in my hand luggage or does it have to go in the hold, and how do I keep it cold?"),
("context", "kb-en-visiting-003", "allotment holder who grows sweet peas",
 "My husband's been in for a week and he misses the allotment terribly. I was going to bring him a big bunch of the sweet peas he grew. Is that allowed on the ward?"),
("context", "kb-en-visiting-005", "wedding DJ whose brother is in intensive care",
 "My brother came off his motorbike and he's in intensive care. Our mum lives in Spain and can't fly yet. Can I take a photo of him on my phone to send her?"),
("context", "kb-en-visiting-009", "ice-cream van driver, new grandad",
 "Our daughter had her baby girl yesterday on the maternity ward. Her little lad is three and he's desperate to meet his sister. Is he allowed in to see them, and when?"),
("context", "kb-en-records_billing-005", "church organist helping an elderly aunt",
 "I play the organ at our church and I've ended up looking after my aunt, who is 91 but still sharp. She wants me to keep an eye on her appointments online. How can I get access to her patient portal?"),
("context", "kb-en-records_billing-011", "self-employed electrician with an income protection claim",
 "I'm a self-employed sparky and I've been off since my shoulder op. My income protection insurer wants a report from the hospital. Is that something you do as normal and does it cost anything?"),
# lay 18
("lay", "kb-en-self_care-001", "Geordie bin man",
 "howay, how long does a stinking head cold normally hang about for? on day five of the lurgy and I'm sick of it"),
("lay", "kb-en-self_care-002", "roofer with a temperature",
 "I'm red hot and shivery. Missus says get under the duvet with two jumpers on and sweat it out. Is that right?"),
("lay", "kb-en-self_care-003", "first-time mum, hairdresser on maternity leave",
 "My baby is 9 weeks old and she feels really hot, the ear thermometer says 38.2. She's still feeding fine and smiling. Can I just keep an eye on her at home tonight?"),
("lay", "kb-en-self_care-004", "pub chef",
 "Sliced my thumb open doing onions. Pressing on it with a clean tea towel. How long do I keep pressing before I give up and ring 999?"),
("lay", "kb-en-self_care-006", "line-dancing teacher",
 "Went over on me ankle doing the grapevine. Got a bag of frozen sweetcorn on it wrapped in a tea towel. How long do I keep it on for and how often?"),
("lay", "kb-en-self_care-007", "childminder",
 "One of my mindees (she's 3) has a really scratchy throat. Can I give her one of those hard throat sweets to suck?"),
("lay", "kb-en-self_care-008", "sandwich shop worker",
 "I've had the runs and been throwing up since Sunday, stopped last night. How long have I got to stay off work? I make sandwiches."),
("lay", "kb-en-self_care-009", "removals man",
 "Done my back in lifting a fridge freezer up three flights. Should I just lie flat in bed for a week till it goes?"),
("lay", "kb-en-self_care-010", "Brummie bus conductor",
 "every june me eyes stream and I cant stop sneezing, its the grass I reckon. anything I can do round the house to make it less bad?"),
("lay", "kb-en-self_care-011", "call-centre team leader",
 "I take tablets for my head pretty much every day now and the headaches are getting worse not better. Could the tablets themselves be doing it?"),
("lay", "kb-en-self_care-012", "church choir member",
 "I've had a tickly cough for about a month now, no other symptoms really. At what point should I actually bother the doctor with it?"),
("lay", "kb-en-self_care-014", "long-haul coach driver",
 "Not been for a number two in five days, totally bunged up, I sit down all day at work. What can I do myself to get things moving?"),
("lay", "kb-en-medications-002", "student nurse's flatmate",
 "Is the little cupboard above the bathroom sink an OK place to keep my tablets?"),
("lay", "kb-en-medications-004", "postwoman on early starts",
 "Totally forgot my tablet this morning. Can I just take two together tonight to catch up?"),
("lay", "kb-en-medications-005", "Kenyan English speaker, new to the UK",
 "The paper with my tablets says take them when my belly has nothing in it. Please what does that mean in real life, how long before or after I eat?"),
("lay", "kb-en-medications-007", "market trader",
 "Doc gave me tablets for my chest, 7 days' worth. I feel fine after 3 days. Can I stop and keep the rest in the drawer for next winter?"),
("lay", "kb-en-medications-011", "stepmum, new to little ones",
 "The medicine for my stepson didn't come with anything to measure it. Is a normal teaspoon from the drawer OK to use?"),
("lay", "kb-en-visiting-004", "son visiting his mum",
 "There's a tummy bug going round my mum's ward. Is a squirt of the sanitiser stuff by the door enough when I go in and out?"),
# two_part 12
("two_part", "kb-en-appointments-004", "newly retired headteacher",
 "What should I bring to my first outpatient appointment, and is it all right if my husband comes in with me?"),
("two_part", "kb-en-appointments-008", "blue badge holder who drives an adapted van",
 "Are there spaces for blue badge holders near the doors, and do the parking machines take cards or just coins?"),
("two_part", "kb-en-appointments-011", "best friend of a nervous patient",
 "How many people can come into the consulting room with the patient, and can I stay with my friend in the scan room too?"),
("two_part", "kb-en-appointments-012", "removals firm owner asking for his mother who has a hearing dog",
 "My mum can't walk far and she has a hearing dog. Can we borrow a wheelchair at the entrance, and is the dog allowed in with her?"),
("two_part", "kb-en-test_preparation-002", "accountant in tax season",
 "While I'm fasting for my blood test can I have a black coffee, and should I still take my blood pressure tablet that morning?"),
("two_part", "kb-en-test_preparation-007", "retired welder, diabetic",
 "Why do I need a blood test before my CT with the dye, and is it normal to feel warm when they inject it?"),
("two_part", "kb-en-test_preparation-012", "smoker booked for a glucose tolerance test",
 "How long does the glucose tolerance test take, and can I nip outside for a smoke between the blood samples?"),
("two_part", "kb-en-procedures-001", "radio presenter worried about gagging",
 "How long does the gastroscopy itself take, and do I have to be sedated or can I just have the throat spray?"),
("two_part", "kb-en-procedures-005", "shift-pattern firefighter",
 "Is the pre-op assessment done face to face or over the phone, and will they do a heart tracing while I'm there?"),
("two_part", "kb-en-procedures-009", "wife of a patient, annoyed after last time",
 "Why did it take all day for my husband to be discharged last time, and will his GP be told what happened in hospital?"),
("two_part", "kb-en-visiting-007", "eldest daughter keeping the family updated",
 "What times should I avoid when ringing the ward about my dad, and can I talk to his doctor over the phone?"),
("two_part", "kb-en-records_billing-002", "Canadian exchange teacher",
 "What do I need to sign up for the patient portal, eh? And what happens if I forget my password?"),
]

EN_MISS = [
("Cornish fisherman's wife", "kb-en-appointments-008",
 "How much is it an hour to park in the patient car park? I'll get there dreckly but I want to know what to bring."),
("Brummie bus conductor (tara-a-bit)", "kb-en-visiting-001",
 "What are the actual visiting times on the general wards, what time do the doors open and what time do they chuck you out? Tara-a-bit"),
("crane operator, terse", "kb-en-appointments-001",
 "switchboard phone number?"),
("Kiwi backpacker pushing a mate", "kb-en-appointments-012",
 "How much is the deposit to borrow one of the wheelchairs at the front door? Sweet as if it's nothing."),
("pub landlord", "kb-en-medications-012",
 "What time does the outpatient pharmacy shut on a Saturday?"),
("IT security consultant", "kb-en-records_billing-012",
 "What is the name of your data protection officer? I want to write to them by name."),
("Nigerian English speaker", "kb-en-records_billing-001",
 "Please I want to know how much you charge per page for a paper copy of my records."),
("Canadian snowplough driver", "kb-en-records_billing-011",
 "How much exactly do you charge for a report for my insurance company, eh?"),
("teenage gamer's dad", "kb-en-visiting-011",
 "What's the Wi-Fi password on the wards? My son's going spare without it."),
("stand-up comedian who gigs late", "kb-en-visiting-005",
 "What times are the patient rest periods in intensive care when we're not allowed in?"),
("student on a placement, no car", "kb-en-appointments-008",
 "Which bus number goes from the train station to the hospital?"),
("Singlish speaker", "kb-en-records_billing-009",
 "For the payment plan, what's the minimum I must pay each month ah? Can tell me the amount or not?"),
("Deliveroo rider", "kb-en-records_billing-010",
 "What's the income cut-off for the financial assistance scheme? I earn about 14k a year."),
("retired chemistry teacher", "kb-en-procedures-007",
 "How many days before my prostate biopsy should I stop taking my clopidogrel?"),
("cricket umpire", "kb-en-medications-002",
 "Once I've started an insulin pen, how many weeks is it good for out of the fridge?"),
("librarian", "kb-en-medications-002",
 "How many days can I keep using eye drops after I've opened the bottle?"),
("quiz-night host", "kb-en-test_preparation-003",
 "My colonoscopy is at 2pm. What time should I drink the last dose of the bowel prep?"),
("Scouse lad who keeps forgetting", "kb-en-appointments-003",
 "How many appointments can I miss before yous send me back to the GP? Is it two or three?"),
("imam visiting his congregation", "kb-en-visiting-008",
 "Which floor is the prayer room on, and what are its opening hours?"),
("Pakistani English shopkeeper", "kb-en-visiting-008",
 "My father is in intensive care. What is the price of a weekly parking pass for family, please tell me the amount."),
("Northern Irish grandad", "kb-en-medications-011",
 "How many ml of the children's paracetamol do I give our wee one, he's about 2 stone, so he is?"),
("retired welder", "kb-en-appointments-009",
 "On the hospital transport, how many hours do you usually have to wait for the lift home?"),
("amateur boxer with type 1 diabetes", "kb-en-medications-003",
 "How much does a sharps bin cost from you?"),
("farrier", "kb-en-self_care-004",
 "Every how many years do I need a tetanus booster? I get kicked and cut a lot."),
("nutritionist", "kb-en-test_preparation-012",
 "How many grams of sugar are in the drink for the glucose tolerance test?"),
("Maltese mum of three", "kb-en-visiting-002",
 "My kids had chickenpox, spots all crusted now. How many days after do I have to wait before they can visit their nanna on the ward?"),
("busker", "kb-en-visiting-010",
 "What are the opening hours of the lost property office? Left my harmonica on the ward."),
("archivist", "kb-en-records_billing-004",
 "How many years do you keep patients' records and scans before they're destroyed?"),
("quantity surveyor", "kb-en-records_billing-007",
 "If I ask for an itemised bill, how many working days until I receive it?"),
("sign language student asking for her deaf boss", "kb-en-appointments-007",
 "Which days of the week do you have BSL interpreters in the building?"),
]

EN_OFF = [
("marathon-watching sports physio", "Can I get my flu jab at the hospital, and do I need to book?"),
("festival goer", "Is there a cash machine anywhere inside the hospital?"),
("recent widower", "How do I sign up to the organ donor register?"),
("regretful ex-punk", "Do you do laser tattoo removal, and how much is it?"),
("hairdresser for the housebound", "Is there a hairdresser who comes round the wards for long-stay patients?"),
("retired miner on a long admission", "How much does it cost to rent the TV at the bedside?"),
("worried young dad", "Can the hospital do a paternity DNA test for us?"),
("doula's client, home-birth fan", "Can I take my placenta home after the birth?"),
("aspiring actress", "How much does a private nose job cost with your surgeons?"),
("regular blood donor moving house", "Can I give blood at the hospital or do I need to go somewhere else?"),
]

ZH_ANS = [
# plain 10
("plain", "kb-zh-appointments-001", "钢琴老师 [简]",
 "你们医院专科的号一般提前几天放出来？"),
("plain", "kb-zh-test_preparation-001", "高铁乘务员 [简]",
 "抽血查血糖血脂，空腹至少要多少个小时？"),
("plain", "kb-zh-test_preparation-010", "竹科工程師 [繁]",
 "請問動態心電圖（Holter）一般要連續戴多久？"),
("plain", "kb-zh-procedures-001", "房产中介 [简]",
 "日间手术从入院到出院一般不超过多长时间？"),
("plain", "kb-zh-medications-001", "阿里山茶農 [繁]",
 "慢性病開長期處方，一次最多可以開幾週的藥？"),
("plain", "kb-zh-records_billing-001", "律所前台 [简]",
 "出院以后大概过多少个工作日才能去复印住院病历？"),
("plain", "kb-zh-self_care-012", "环卫工人 [简]",
 "流鼻血的时候是不是应该把头往后仰？"),
("plain", "kb-zh-visiting-001", "香港的士司機 [粤]",
 "普通病房同一時間最多可以有幾多個人探病？"),
("plain", "kb-zh-records_billing-008", "保险推销员 [简]",
 "看病的电子发票在哪里可以下载？"),
("plain", "kb-zh-medications-006", "兰州拉面馆老板 [简]",
 "药盒上写“一日三次”，是不是一定要跟着三顿饭吃？"),
# context 20
("context", "kb-zh-appointments-002", "驾校教练 [简]",
 "我是驾校教练，下周二的号约好了，结果那天学员科目二考试我得陪着走不开。能不能在App上直接把这个号改到周五？"),
("context", "kb-zh-appointments-003", "长途货车司机 [简]",
 "我跑长途刚回来，顺路想来看个胃，结果社保卡落在车队宿舍了，离这两百多公里。没带卡还能用医保结算吗？"),
("context", "kb-zh-appointments-004", "月嫂替雇主问 [简]",
 "我是做月嫂的，雇主家二宝刚满月，还没去上户口，也没有身份证。宝宝要来看湿疹，第一次来你们医院怎么建档？"),
("context", "kb-zh-appointments-005", "外地工地上的电焊工 [简]",
 "我在工地干电焊，手上长了一片东西痒得很，一直没去过你们医院。听说现在能线上看病，我能直接在互联网医院挂个皮肤科吗？省得请假。"),
("context", "kb-zh-appointments-006", "菜市场摊主 [简]",
 "我在菜市场卖菜，早上等批发的车卸货耽误了，赶到诊区的时候屏幕上已经叫过我的号了。现在怎么办，要重新挂号吗？"),
("context", "kb-zh-appointments-008", "社区网格员替听障居民问 [简]",
 "我是社区网格员，辖区有位听障大爷下个月要来你们医院看眼科，他只会手语。手语志愿者要提前多久约？怎么约？"),
("context", "kb-zh-appointments-012", "开理发店的姑姑 [简]",
 "我侄子14岁，他爸妈都在深圳，平时跟着我。我在镇上开理发店，想带他去看牙，要是医生让签什么同意书，我这个当姑姑的能签吗？"),
("context", "kb-zh-test_preparation-002", "水果店老板娘 [简]",
 "我家开水果店的，一天到晚离不开水果。下周五做肠镜，前几天还能吃火龙果、猕猴桃这些吗？"),
("context", "kb-zh-test_preparation-003", "装修工 [简]",
 "我干装修十几年了，有一回切角钢铁屑崩进眼睛里，当时去诊所挑出来了。现在医生让我做个头部核磁，这个事要紧吗？要跟谁说？"),
("context", "kb-zh-test_preparation-005", "婚礼司仪替妻子问 [简]",
 "我是跑婚礼的司仪，周末都不在家。我老婆月经推迟了一个礼拜还没测，明天单位体检要拍胸片，她拍还是不拍？"),
("context", "kb-zh-test_preparation-007", "台灣補習班老師 [繁]",
 "我白天要上課，明天下午排了經腹部的子宮附件超音波，聽說要憋尿，那我要提前多久、大概喝多少水？"),
("context", "kb-zh-test_preparation-008", "茶馆老板的儿子 [简]",
 "我爸在成都开茶馆，血压高，每天早上吃一片降压药。他明天上午做胃镜要空腹，那早上这片降压药还能吃吗？"),
("context", "kb-zh-procedures-002", "996程序员 [简]",
 "我是写代码的，经常半夜嚼口香糖提神。手术排在明天下午两点，要全麻，今晚到明早嚼个口香糖应该不算吃东西吧？"),
("context", "kb-zh-procedures-005", "香港補習老師 [粤]",
 "我下個禮拜做手術，上個禮拜先啱啱整咗gel甲，幾百蚊㗎。係咪真係要卸咗佢？點解要卸？"),
("context", "kb-zh-procedures-007", "村支书替五保户问 [简]",
 "我是村支书，村里一个五保户老人医生开了住院证，但说病区床位紧张要排队。我们住得远，怎么知道什么时候有床位了？"),
("context", "kb-zh-procedures-008", "保洁阿姨 [简]",
 "我在商场做保洁，老伴明天出院，我请了半天假去给他办结算。去结算窗口要带啥东西？"),
("context", "kb-zh-procedures-010", "火锅店服务员 [简]",
 "我在火锅店上班，周四上午做无痛胃镜，头天晚上就开始饿着。做完以后多久能吃东西？"),
("context", "kb-zh-visiting-004", "护林员 [简]",
 "我在山上看林子，下一趟山要大半天。我爸住进了ICU，我和我哥我嫂子三个人一起去，能一起进去看吗？每次能进几个人？"),
("context", "kb-zh-visiting-006", "锅炉工三班倒 [简]",
 "我在厂里烧锅炉，三班倒。我妈住院要人陪床，我和我姐想轮着来，今天我明天她，这样可以吗？"),
("context", "kb-zh-records_billing-007", "山西口吻，给闺女看店 [简]",
 "咱是山西的，医保也在山西，来这边给闺女看店。要是在你们这住院，想直接用山西的医保结算，得先弄甚手续？"),
# lay 18
("lay", "kb-zh-self_care-001", "杭州口吻 [简]",
 "鼻头塞牢了，喷嚏打个不停，难过得木佬佬，要不要吃点头孢消消炎？"),
("lay", "kb-zh-self_care-002", "福州口吻，依伯 [简]",
 "依伯我摸着自己额头有点烫，大人腋下量到几度才算是发烧？"),
("lay", "kb-zh-self_care-003", "青海口吻的年轻爸爸 [简]",
 "娃才两个月，摸着烫得很，一量38度，奶还吃着呢，阿么办？能不能先在屋里看一晚上？"),
("lay", "kb-zh-self_care-004", "闽西农村大妈 [简]",
 "切土豆丝把手指头拉了个口子，老家的说法是抓把灶膛里的灰按上就不流血了，这样行不行？"),
("lay", "kb-zh-self_care-005", "香港點心師傅 [粤]",
 "炸春卷嗰陣彈咗啲滾油落手背，而家好痛，要沖凍水沖幾耐先得？"),
("lay", "kb-zh-self_care-006", "高三班主任 [简]",
 "课间跟学生打篮球，落地踩到人脚上崴了，脚脖子肿得像个馒头。能拿热毛巾捂一捂吗？"),
("lay", "kb-zh-self_care-007", "导游，带团讲了一天 [简]",
 "嗓子疼得连口水都咽不下去，一直往外流口水，说话声音也闷闷的，是睡一觉就好还是得去医院？"),
("lay", "kb-zh-self_care-008", "广场舞领队 [简]",
 "拉了一整天肚子，家里有几瓶运动饮料，喝那个补水行吗？"),
("lay", "kb-zh-self_care-009", "粮油店老板 [简]",
 "扛了两袋五十斤的米，腰一下子就直不起来了。是不是得在床上平躺一个礼拜？"),
("lay", "kb-zh-self_care-010", "台南阿伯 [繁]",
 "阮每年春天鼻子就癢，噴嚏打不停，鼻水一直流，家裡又有養貓，平常在家要怎麼弄比較好？"),
("lay", "kb-zh-self_care-011", "博士生赶论文 [简]",
 "赶论文这个月几乎天天吃止疼片，结果脑袋疼得更频繁了，这是怎么回事？"),
("lay", "kb-zh-medications-003", "民宿老板 [简]",
 "没拆封的胰岛素怕坏，我放冰箱冻格里冻着，这样行不行？"),
("lay", "kb-zh-medications-004", "小卖部老板 [简]",
 "收拾柜子翻出一抽屉放坏了的药，直接跟生活垃圾一起扔掉行吗？"),
("lay", "kb-zh-medications-005", "裁缝 [简]",
 "早上那顿药忘吃了，晚上一块儿吃两顿的量补上行不行？"),
("lay", "kb-zh-medications-008", "香港保險經紀 [繁]",
 "醫生開的消炎藥我吃了三天已經不咳了，剩下的可以留著下次感冒再吃，或者給我老婆吃嗎？"),
("lay", "kb-zh-medications-010", "烟台果农 [简]",
 "孩子烧起来了，家里只有我吃的退烧片，掰一半给他吃中不中？"),
("lay", "kb-zh-visiting-002", "绍兴口吻 [简]",
 "我拉屋里老三只有六岁，吵着要去病房看看住院的爷爷，小人好带进去伐？"),
("lay", "kb-zh-visiting-003", "香港街市魚檔老闆娘 [粤]",
 "我想買一大束花去病房探阿爺，畀唔畀帶入去㗎？"),
# two_part 12
("two_part", "kb-zh-appointments-007", "二手车商替老父亲问 [简]",
 "门诊服务台能借轮椅吗？借的话要押点什么？"),
("two_part", "kb-zh-appointments-009", "台灣公車司機 [繁]",
 "請問開車去停車費要怎麼繳？我太太懷孕，可以在門診大樓前面先讓她下車嗎？"),
("two_part", "kb-zh-appointments-010", "导游 [简]",
 "去急诊要不要提前预约？急诊是不是24小时都开着？"),
("two_part", "kb-zh-appointments-011", "考研党 [简]",
 "想挂的专家号满了，App上能候补吗？到了现场找医生能加号吗？"),
("two_part", "kb-zh-test_preparation-004", "台灣研究生 [繁]",
 "做完增強CT要在醫院觀察多久才能走？回家需要多喝水嗎？"),
("two_part", "kb-zh-test_preparation-006", "婚礼摄影师 [简]",
 "做腹部CT要空腹吗？我上个月刚做过钡餐，有没有影响？"),
("two_part", "kb-zh-test_preparation-009", "育儿嫂 [简]",
 "留尿常规接哪一段尿？接好以后要在多长时间内送过去？"),
("two_part", "kb-zh-procedures-003", "香港小巴司機 [粤]",
 "做完日間手術可唔可以自己搭的士返屋企？仲有幾耐之後先可以揸車？"),
("two_part", "kb-zh-procedures-004", "内蒙古牧民的儿子 [简]",
 "我阿爸汉话说得不太好，手术同意书能让我这个儿子代签吗？签之前没听明白的地方还能再问医生吗？"),
("two_part", "kb-zh-procedures-006", "花蓮民宿老闆 [繁]",
 "開完刀回家可以洗澡嗎？這兩天小腿有點腫腫痛痛的，要緊嗎？"),
("two_part", "kb-zh-medications-002", "电商客服 [简]",
 "线上续方能顺便加一个新药吗？开好的药能快递到家吗？"),
("two_part", "kb-zh-records_billing-003", "台灣外送員 [繁]",
 "抽血的生化檢查大概幾天會出來？病理報告又要等多久？"),
]

ZH_MISS = [
("地铁站保安 [简]", "kb-zh-appointments-009", "医院停车场一个小时收多少钱？"),
("香港物業管理員 [粤]", "kb-zh-visiting-001", "普通病房探病時間係幾點到幾點？下晝幾點開始？"),
("义乌小商品批发商 [简]", "kb-zh-appointments-001", "医院总机电话号码是多少？"),
("律师助理 [简]", "kb-zh-records_billing-001", "复印病历一页收多少钱工本费？"),
("台灣里長 [繁]", "kb-zh-visiting-006", "請護工一天大概要多少錢？"),
("骨科病人家属，唐山口吻 [简]", "kb-zh-procedures-007", "骨科住院预交金一般得交多少钱？给个数呗。"),
("手语翻译专业学生 [简]", "kb-zh-appointments-008", "手语志愿者是每周哪几天、哪个时段在医院？"),
("台灣大學生 [繁]", "kb-zh-appointments-002", "爽約幾次會被限制線上預約？會被鎖幾天？"),
("香港茶樓樓面經理 [粤]", "kb-zh-medications-009", "藥學諮詢門診喺幾樓？幾點開門？"),
("台灣便利商店店員 [繁]", "kb-zh-medications-011", "門診藥房星期六星期天開到幾點？"),
("宁夏女婿，丈人住ICU [简]", "kb-zh-visiting-004", "ICU每天探视的那个时段具体是几点到几点？"),
("深圳外贸公司业务员 [简]", "kb-zh-test_preparation-008", "做一次无痛胃镜大概要多少钱？"),
("外院转诊的老教授 [简]", "kb-zh-records_billing-010", "打印一套CT胶片或者刻一张光盘收多少钱？"),
("檔案管理員 [繁]", "kb-zh-records_billing-010", "醫院的影像資料會保存幾年？"),
("第一次挂号的大学新生 [简]", "kb-zh-appointments-002", "专家号挂号费多少钱？普通号呢？"),
("台灣新住民媽媽 [繁]", "kb-zh-records_billing-009", "退費的錢大概幾天會退回到帳戶？"),
("外地参保的包工头 [简]", "kb-zh-records_billing-007", "异地就医备案办好以后，过几天才能生效？"),
("江苏无锡口吻 [简]", "kb-zh-records_billing-007", "伲没备案先自费，回去报销的比例要降低多少个百分点？"),
("香港陪月員 [粤]", "kb-zh-visiting-006", "陪床證喺邊度辦？要唔要俾錢？"),
("木工师傅 [简]", "kb-zh-self_care-004", "打一针破伤风多少钱？要连着打几针？"),
("哺乳期妈妈，台灣 [繁]", "kb-zh-test_preparation-005", "打完顯影劑之後要過幾個小時才能餵母奶？"),
("赣州退休会计，糖尿病 [简]", "kb-zh-test_preparation-011", "做增强CT之前二甲双胍要停几天？"),
("刚做完阑尾手术的外卖站长 [简]", "kb-zh-procedures-012", "腹部手术的伤口一般术后第几天拆线？"),
("台灣自由接案插畫家 [繁]", "kb-zh-records_billing-011", "病假證明一次最多可以開幾天？"),
("凌晨蹲号的上班族 [简]", "kb-zh-appointments-001", "每天几点几分放号？我想定个闹钟。"),
("香港長者中心社工 [繁]", "kb-zh-appointments-007", "老人綠色通道喺門診大樓幾號窗口？"),
("泰州老太，住院病人老伴 [简]", "kb-zh-visiting-007", "医院营养食堂订一顿饭多少钱？"),
("台灣退休公務員 [繁]", "kb-zh-appointments-005", "互聯網醫院線上複診一次問診費是多少？"),
("网店店主 [简]", "kb-zh-medications-002", "线上续方快递到家运费多少？一般几天能送到？"),
("早起的山西老汉 [简]", "kb-zh-test_preparation-001", "抽血窗口早上几点开门？咱想头一个抽。"),
]

ZH_OFF = [
("奶茶店店员 [简]", "在你们医院能办食品从业人员的健康证吗？"),
("大学生志愿者 [简]", "医院里面能献血吗？"),
("准妈妈 [简]", "你们医院有没有配套的月子中心？一个月多少钱？"),
("台灣影片剪輯師 [繁]", "你們有沒有做近視雷射手術？大概多少錢？"),
("想减肥的上班族 [简]", "有没有中医针灸减肥的项目？"),
("外地来陪护的家属 [简]", "医院附近有没有便宜点的宾馆可以长住？"),
("香港阿婆 [粤]", "醫院入面有冇櫃員機可以攞錢？"),
("年轻爸爸 [简]", "你们医院能不能做亲子鉴定？"),
("單位人事 [繁]", "公司想幫員工團體訂體檢套餐，一個人多少錢？"),
("香港IT狗，甩頭髮 [粤]", "你哋醫院做唔做植髮㗎？"),
]

KINDS_ANS = {"plain": 10, "context": 20, "lay": 18, "two_part": 12}


def load_ids(root):
    ids = {}
    for lang in ("en", "zh"):
        path = os.path.join(root, "medqa", "assets", "kb", "passages_%s.jsonl" % lang)
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                line = line.strip()
                if line:
                    ids[json.loads(line)["id"]] = lang
    return ids


def build(lang, ans, miss, off):
    rows = []
    for kind, gold, voice, q in ans:
        rows.append({"language": lang, "question": q, "answerable": True,
                     "gold": [gold], "kind": kind, "voice": voice})
    for voice, near, q in miss:
        rows.append({"language": lang, "question": q, "answerable": False,
                     "gold": [], "kind": "missing_detail",
                     "voice": "%s; near %s" % (voice, near)})
    for voice, q in off:
        rows.append({"language": lang, "question": q, "answerable": False,
                     "gold": [], "kind": "off_topic", "voice": voice})
    random.Random("r14-" + lang).shuffle(rows)
    for i, r in enumerate(rows, 1):
        r["id"] = "r14-%s-%03d" % (lang, i)
    return rows


def check(rows, lang, kb_ids):
    assert len(rows) == 100, len(rows)
    kinds = {}
    for r in rows:
        kinds[r["kind"]] = kinds.get(r["kind"], 0) + 1
    want = dict(KINDS_ANS, missing_detail=30, off_topic=10)
    assert kinds == want, (lang, kinds)
    assert sum(r["answerable"] for r in rows) == 60
    gold_use = {}
    for r in rows:
        if r["answerable"]:
            assert len(r["gold"]) == 1, r
            g = r["gold"][0]
            assert g in kb_ids, g
            assert kb_ids[g] == lang, (g, lang)
            gold_use[g] = gold_use.get(g, 0) + 1
        else:
            assert r["gold"] == [], r
        if r["kind"] == "missing_detail":
            near = r["voice"].rsplit("; near ", 1)[1]
            assert near in kb_ids and kb_ids[near] == lang, near
        assert r["question"].strip() == r["question"] and r["question"]
    assert max(gold_use.values()) <= 2, gold_use
    qs = [r["question"] for r in rows]
    assert len(set(qs)) == len(qs), "duplicate question"
    if lang == "zh":
        trad = sum(1 for r in rows if "[繁]" in r["voice"] or "[粤]" in r["voice"])
        simp = sum(1 for r in rows if "[简]" in r["voice"])
        cant = sum(1 for r in rows if "[粤]" in r["voice"])
        assert trad + simp == 100, (trad, simp)
        assert 28 <= trad <= 32, trad
        assert 6 <= cant <= 12, cant


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.environ.get("MEDQA_ROOT") or os.path.abspath(os.path.join(here, "..", "..", ".."))
    kb_ids = load_ids(root)
    en = build("en", EN_ANS, EN_MISS, EN_OFF)
    zh = build("zh", ZH_ANS, ZH_MISS, ZH_OFF)
    check(en, "en", kb_ids)
    check(zh, "zh", kb_ids)
    out = os.path.join(here, "questions.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for r in en + zh:
            fh.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
    print("wrote %d rows to %s" % (len(en) + len(zh), out))


if __name__ == "__main__":
    main()
