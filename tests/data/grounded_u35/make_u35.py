#!/usr/bin/env python3
"""make_u35.py: blind patient questions (set u35) for the KB "I don't know" decision.
Questions written before reading the KB (step1_en.txt / step1_zh.txt), labelled afterwards.
Writes questions.jsonl next to this script."""
import json, os

SET = "u35"
HERE = os.path.dirname(os.path.abspath(__file__))
KB_DIR = os.path.join(HERE, "..", "..", "..", "medqa", "assets", "kb")  # this checkout's KB (the writer had /work/main)

# (language, number, voice, question, kind, gold)
QUESTIONS = [
    ('en', 1, 'outpatient, first visit', 'hi what time does the outpatient clinic open in the morning? i want to get there before the queue', 'missing_detail', []),
    ('en', 2, 'outpatient', 'Do I need a referral letter from my GP to book a specialist appointment or can I just book myself?', 'answered', ['kb-en-appointments-001']),
    ('en', 3, 'outpatient, rescheduling', 'how do i change my appointment to next week, i cant make thursday', 'answered', ['kb-en-appointments-002']),
    ('en', 4, 'outpatient, late', 'Im running 20 mins late for my appt will they still see me??', 'answered', ['kb-en-appointments-005']),
    ('en', 5, 'outpatient', 'What documents should I bring to my first appointment?', 'answered', ['kb-en-appointments-004']),
    ('en', 6, 'visitor', 'what are visiting hours on the general wards', 'answered', ['kb-en-visiting-001']),
    ('en', 7, 'visitor, parent', 'Can my kids (7 and 9) come visit their grandma on the ward?', 'answered', ['kb-en-visiting-002']),
    ('en', 8, 'visitor', 'how many visitors can be at the bedside at once', 'answered', ['kb-en-visiting-001']),
    ('en', 9, 'visitor', "can i bring flowers for my mum, someone said they're not allowed", 'answered', ['kb-en-visiting-003']),
    ('en', 10, 'visitor, ICU', 'My husband is in intensive care. Are the visiting rules different there?', 'answered', ['kb-en-visiting-005']),
    ('en', 11, 'driver', 'Is there parking at the hospital and how much is it per hour?', 'missing_detail', []),
    ('en', 12, 'driver, parking fine', 'I got a parking ticket in your car park while I was in A&E for 4 hours, how do I appeal it??', 'missing_detail', []),
    ('en', 13, 'disabled driver', 'are there disabled parking spaces near the main entrance', 'answered', ['kb-en-appointments-008']),
    ('en', 14, 'public transport', 'which bus goes to the hospital from the train station', 'missing_detail', []),
    ('en', 15, 'visitor', 'is there a shuttle bus from the metro to the hospital', 'missing_detail', []),
    ('en', 16, 'new immigrant', 'I dont speak English very well. Can I have an interpreter for my appointment? Is it free?', 'answered', ['kb-en-appointments-007']),
    ('en', 17, 'deaf patient', 'do you provide sign language interpreters', 'answered', ['kb-en-appointments-007']),
    ('en', 18, 'patient booking tests', "Do I have to fast before my blood test? It's at 9am", 'answered', ['kb-en-test_preparation-001']),
    ('en', 19, 'patient booking tests', 'how long do blood test results take to come back', 'missing_detail', []),
    ('en', 20, 'patient booking tests', 'Can I eat before an ultrasound of my tummy', 'answered', ['kb-en-test_preparation-009']),
    ('en', 21, 'patient booking tests', 'whats the prep for a colonoscopy, I got a letter but lost it', 'answered', ['kb-en-test_preparation-003', 'kb-en-test_preparation-004']),
    ('en', 22, 'MRI patient', 'I have a metal plate in my ankle, can I still have an MRI?', 'answered', ['kb-en-test_preparation-005']),
    ('en', 23, 'MRI patient, anxious', 'im claustrophobic and have an MRI next week. what can i do?', 'answered', ['kb-en-test_preparation-006']),
    ('en', 24, 'x-ray patient', 'I might be pregnant, should I tell them before my x-ray?', 'answered', ['kb-en-test_preparation-008', 'kb-en-test_preparation-010']),
    ('en', 25, 'CT patient', 'Will I get a dye injection for my CT scan? do i need to drink anything before?', 'missing_detail', []),
    ('en', 26, 'surgery patient', 'What time do I have to stop eating before my operation tomorrow?', 'answered', ['kb-en-procedures-003']),
    ('en', 27, 'surgery patient', 'can i drink water on the morning of my surgery', 'answered', ['kb-en-procedures-003']),
    ('en', 28, 'surgery patient', 'Should I keep taking my regular tablets before surgery or stop them?', 'answered', ['kb-en-procedures-007', 'kb-en-procedures-003', 'kb-en-procedures-005']),
    ('en', 29, 'surgery patient', 'what should i bring to hospital for a 3 night stay', 'answered', ['kb-en-procedures-008']),
    ('en', 30, 'day-surgery patient', "I'm having day surgery, do I need someone to drive me home after?", 'answered', ['kb-en-procedures-004']),
    ('en', 31, 'inpatient', 'can I use my mobile phone on the ward', 'answered', ['kb-en-visiting-011']),
    ('en', 32, 'inpatient', 'is there free wifi in the hospital? whats the password', 'missing_detail', []),
    ('en', 33, 'inpatient', 'Can I get a private room and how much extra does that cost', 'off_topic', []),
    ('en', 34, 'inpatient', 'What time is lunch served on the wards', 'missing_detail', []),
    ('en', 35, 'inpatient, vegetarian', "I'm vegan, can the hospital kitchen do vegan meals?", 'off_topic', []),
    ('en', 36, 'inpatient, halal', 'Are the hospital meals halal?', 'off_topic', []),
    ('en', 37, 'visitor', 'can i bring in home cooked food for my dad', 'answered', ['kb-en-visiting-003']),
    ('en', 38, 'visitor', 'is there a cafe or canteen open late at night', 'off_topic', []),
    ('en', 39, 'night-shift worker', 'is the pharmacy open 24 hours? i finish work at 2am', 'missing_detail', []),
    ('en', 40, 'outpatient, prescription', 'how do i collect my prescription after my appointment', 'answered', ['kb-en-medications-012']),
    ('en', 41, 'outpatient, repeat', 'Can I order a repeat prescription online or by phone?', 'answered', ['kb-en-medications-001']),
    ('en', 42, 'carer', "Can someone else pick up my mother's medicine for her? she can't walk far", 'missing_detail', []),
    ('en', 43, 'patient with insulin', 'how should i store my insulin pens, does it have to be in the fridge', 'answered', ['kb-en-medications-002']),
    ('en', 44, 'patient travelling', 'im flying next month how do I take my injections on the plane', 'answered', ['kb-en-medications-009']),
    ('en', 45, 'patient, leftover', "What do I do with old medicines I don't need anymore? can I bring them back", 'answered', ['kb-en-medications-003']),
    ('en', 46, 'patient, delivery', 'does the hospital pharmacy deliver meds to your house', 'missing_detail', []),
    ('en', 47, 'patient', 'How much does a prescription cost?', 'missing_detail', []),
    ('en', 48, 'patient, billing', 'i just got a bill and i dont understand the charges. who do i call', 'answered', ['kb-en-records_billing-006', 'kb-en-records_billing-007']),
    ('en', 49, 'patient, billing', 'Can I pay my hospital bill in instalments?', 'answered', ['kb-en-records_billing-009']),
    ('en', 50, 'patient, billing', 'what payment methods do you accept? do you take credit card', 'missing_detail', []),
    ('en', 51, 'patient, insurance', 'does the hospital accept my private insurance? how do I claim', 'missing_detail', []),
    ('en', 52, 'new immigrant', "I don't have insurance yet, can I still be seen? How much will it cost?", 'missing_detail', []),
    ('en', 53, 'patient, billing', 'how do i get a refund, i was charged twice', 'answered', ['kb-en-records_billing-006', 'kb-en-records_billing-007']),
    ('en', 54, 'patient, records', 'How can I get a copy of my medical records?', 'answered', ['kb-en-records_billing-001']),
    ('en', 55, 'patient, records', 'how long does it take to get my records and is there a fee', 'missing_detail', []),
    ('en', 56, 'patient, records', 'Can my daughter see my test results online for me?', 'answered', ['kb-en-records_billing-005']),
    ('en', 57, 'patient, records', 'I want to correct a mistake in my medical record, how?', 'answered', ['kb-en-records_billing-004']),
    ('en', 58, 'patient, certificate', 'I need a sick note for my employer, can the hospital give me one?', 'answered', ['kb-en-records_billing-011']),
    ('en', 59, 'patient, certificate', 'how do i get a medical certificate for my insurance claim', 'answered', ['kb-en-records_billing-011']),
    ('en', 60, 'new parent', "How do I register my baby's birth after delivery at the hospital?", 'off_topic', []),
    ('en', 61, 'pregnant woman', 'Can my partner stay overnight with me after I give birth?', 'missing_detail', []),
    ('en', 62, 'pregnant woman', 'what should I pack in my hospital bag for labour', 'missing_detail', []),
    ('en', 63, 'pregnant woman', 'When should I come to the hospital when contractions start?', 'off_topic', []),
    ('en', 64, 'pregnant woman', 'do you do tours of the maternity ward before the birth', 'off_topic', []),
    ('en', 65, 'pregnant woman', 'Can I have a water birth at your hospital?', 'off_topic', []),
    ('en', 66, 'new mum', 'is there anyone who can help me with breastfeeding after i go home', 'off_topic', []),
    ('en', 67, 'parent', 'my son has a mild fever and a runny nose, what can i do at home', 'answered', ['kb-en-self_care-003']),
    ('en', 68, 'parent', "Can I stay overnight with my child on the children's ward?", 'answered', ['kb-en-visiting-009', 'kb-en-visiting-008']),
    ('en', 69, 'parent', 'my daughter is scared of needles before her blood test, any tips?', 'missing_detail', []),
    ('en', 70, 'teenager', 'im 16, can i see a doctor without my parents knowing', 'missing_detail', []),
    ('en', 71, 'teenager', 'do i need my parents to sign for me to get the vaccine at school clinic', 'off_topic', []),
    ('en', 72, 'minor complaint', 'I have a cold, sore throat, what can I do myself before seeing a doctor', 'answered', ['kb-en-self_care-001', 'kb-en-self_care-007']),
    ('en', 73, 'minor complaint', 'how do i treat a small burn from cooking at home', 'answered', ['kb-en-self_care-005']),
    ('en', 74, 'minor complaint', 'how do i look after a small cut so it doesnt get infected', 'answered', ['kb-en-self_care-004']),
    ('en', 75, 'minor complaint', 'my ankle is twisted and swollen from football, ice or heat?', 'answered', ['kb-en-self_care-006']),
    ('en', 76, 'minor complaint', "Any tips for getting to sleep, I've had insomnia for a week", 'off_topic', []),
    ('en', 77, 'minor complaint', 'how do i know if my cold is bad enough to see a doctor', 'answered', ['kb-en-self_care-001']),
    ('en', 78, 'post-discharge', 'how do I look after my stitches after I get home', 'answered', ['kb-en-procedures-010']),
    ('en', 79, 'post-discharge', 'when can I shower after my operation', 'answered', ['kb-en-procedures-010']),
    ('en', 80, 'post-discharge', 'When can I drive again after my surgery?', 'answered', ['kb-en-procedures-004']),
    ('en', 81, 'inpatient, discharge', 'What time do patients usually get discharged? My son needs to pick me up', 'missing_detail', []),
    ('en', 82, 'inpatient, discharge', 'Who do I call if I have questions after leaving hospital?', 'answered', ['kb-en-procedures-009']),
    ('en', 83, 'carer of elderly', "My dad has dementia, can I stay with him while he's in hospital?", 'answered', ['kb-en-visiting-008', 'kb-en-visiting-001']),
    ('en', 84, 'carer of elderly', 'Is there help arranging home care for my mum after discharge?', 'answered', ['kb-en-procedures-009']),
    ('en', 85, 'carer of elderly', 'does the hospital lend wheelchairs at the entrance?', 'answered', ['kb-en-appointments-012']),
    ('en', 86, 'visitor', 'where is the nearest cash machine in the hospital', 'off_topic', []),
    ('en', 87, 'visitor', 'is there somewhere I can charge my phone', 'off_topic', []),
    ('en', 88, 'visitor, lost property', 'I left my glasses in the waiting room yesterday, is there a lost property office?', 'missing_detail', []),
    ('en', 89, 'inpatient', 'Can I keep my valuables with me or is there a safe?', 'answered', ['kb-en-visiting-010']),
    ('en', 90, 'patient, complaint', 'How do I make a complaint about the way I was treated by a nurse?', 'answered', ['kb-en-visiting-012']),
    ('en', 91, 'patient, compliment', 'I want to say thank you to the staff on ward 5 how do i do that', 'answered', ['kb-en-visiting-012']),
    ('en', 92, 'patient, complaint', 'how long does it take to get a reply to a complaint', 'missing_detail', []),
    ('en', 93, 'job seeker', 'Are you hiring nurses? how do I apply for a job at the hospital', 'off_topic', []),
    ('en', 94, 'volunteer', "Can I volunteer at the hospital? I'm retired", 'off_topic', []),
    ('en', 95, 'student', 'do you offer work experience for high school students', 'off_topic', []),
    ('en', 96, 'donor', 'How can I donate blood at the hospital?', 'off_topic', []),
    ('en', 97, 'donor', "I'd like to make a donation to the hospital in memory of my wife. How?", 'off_topic', []),
    ('en', 98, 'donor', "can i donate toys or books for the children's ward", 'off_topic', []),
    ('en', 99, 'curious local', 'When was the hospital founded? who built it', 'off_topic', []),
    ('en', 100, 'religious patient', 'Is there a chapel or a prayer room in the hospital?', 'missing_detail', []),
    ('en', 101, 'religious patient', 'can a chaplain or imam visit my father on the ward', 'answered', ['kb-en-visiting-008']),
    ('en', 102, 'pet owner', "Can my dog visit me while I'm in hospital?", 'missing_detail', []),
    ('en', 103, 'blind patient', 'can my guide dog come in with me to my appointment?', 'answered', ['kb-en-appointments-012']),
    ('en', 104, 'smoker', 'is there a smoking area? can i vape outside', 'off_topic', []),
    ('en', 105, 'inpatient', 'can i go outside for some fresh air while im an inpatient', 'off_topic', []),
    ('en', 106, 'patient, second opinion', 'How do I get a second opinion from another doctor?', 'off_topic', []),
    ('en', 107, 'patient, choice', 'Can I choose which doctor I see?', 'off_topic', []),
    ('en', 108, 'patient, wait', 'why is the waiting time in A&E so long, how long will i wait', 'off_topic', []),
    ('en', 109, 'patient, vaccine', 'do you do flu jabs for adults? do I need to book', 'off_topic', []),
    ('en', 110, 'traveller', 'can I get travel vaccines here before I go to Thailand', 'off_topic', []),
    ('en', 111, 'patient, covid', 'Do I still need to wear a mask in the hospital?', 'answered', ['kb-en-visiting-004', 'kb-en-visiting-006']),
    ('en', 112, 'patient', 'Is there a dress code for patients, can I wear my own pyjamas', 'answered', ['kb-en-procedures-008']),
    ('en', 113, 'patient, allergy', "I'm allergic to latex, who do I tell", 'missing_detail', []),
    ('en', 114, 'patient, dental', 'Does the hospital have a dentist? my tooth hurts', 'off_topic', []),
    ('en', 115, 'patient, eyes', 'Can I get my eyes tested at the hospital', 'off_topic', []),
    ('en', 116, 'patient, phone', "what number do I call to speak to someone on my mother's ward", 'missing_detail', []),
    ('en', 117, 'patient, contact', 'can i email my doctor a question', 'missing_detail', []),
    ('en', 118, 'patient, hours', 'Are the clinics open on weekends or public holidays?', 'missing_detail', []),
    ('en', 119, 'patient, organ donor', 'how do i sign up to be an organ donor', 'off_topic', []),
    ('en', 120, 'patient, telehealth', 'do you have video appointments so i dont have to come in?', 'answered', ['kb-en-appointments-006']),
    ('en', 121, 'patient, privacy', 'who can see my medical information? can my employer find out?', 'answered', ['kb-en-records_billing-012']),
    ('en', 122, 'patient, ID', 'I forgot my ID card, can I still register?', 'missing_detail', []),
    ('en', 123, 'patient, no-show', 'what happens if I miss my appointment, will I be charged?', 'missing_detail', []),
    ('en', 124, 'patient, check-in', 'is there a machine to check in for my appointment or do I go to the desk', 'answered', ['kb-en-appointments-005']),
    ('en', 125, 'visitor, overnight', 'is there any accommodation nearby for families of patients from out of town', 'off_topic', []),
    ('en', 126, 'patient, nearby', 'is there a pharmacy near the hospital open on sunday', 'off_topic', []),
    ('en', 127, 'patient, wound dressing', 'Can I change my own dressing at home or do I need to come back', 'missing_detail', []),
    ('en', 128, 'patient, photo', 'can I take photos or videos on the ward to send to family', 'answered', ['kb-en-visiting-011']),
    ('en', 129, 'patient, TV', 'how do i get the tv working by my bed, do i have to pay', 'off_topic', []),
    ('en', 130, 'patient, laundry', 'is there anywhere to wash clothes for long stay patients or their families', 'off_topic', []),
    ('zh', 1, '门诊病人，第一次来', '请问门诊早上几点开始挂号？想早点去排队', 'missing_detail', []),
    ('zh', 2, '门诊病人', '看专科一定要转诊单吗？还是可以自己直接预约', 'missing_detail', []),
    ('zh', 3, '门诊病人，改期', '我想把下周二的预约改到别的时间，怎么改啊', 'answered', ['kb-zh-appointments-002']),
    ('zh', 4, '門診病人，遲到', '我遲到咗半個鐘，仲可唔可以睇醫生？', 'answered', ['kb-zh-appointments-006']),
    ('zh', 5, '门诊病人', '第一次看病要带什么证件和资料', 'answered', ['kb-zh-appointments-003', 'kb-zh-appointments-004']),
    ('zh', 6, '探病者', '病房探视时间是几点到几点？', 'answered', ['kb-zh-visiting-001']),
    ('zh', 7, '探病者，家長', '細路仔可唔可以入病房探婆婆？佢哋得5歲', 'answered', ['kb-zh-visiting-002']),
    ('zh', 8, '探病者', '一次最多可以几个人进去探视', 'answered', ['kb-zh-visiting-001']),
    ('zh', 9, '探病者', '可以带鲜花去病房吗', 'answered', ['kb-zh-visiting-003']),
    ('zh', 10, '家属，ICU', '我老公在ICU，家属什么时候可以进去看他', 'answered', ['kb-zh-visiting-004']),
    ('zh', 11, '开车的家属', '医院有停车场吗？停车怎么收费', 'answered', ['kb-zh-appointments-009']),
    ('zh', 12, '开车的病人，罚单', '我在医院停车场被贴了罚单，那时候在急诊里出不来，能申诉吗', 'missing_detail', []),
    ('zh', 13, '行動不便者', '有冇傷殘人士泊車位喺門口附近？', 'missing_detail', []),
    ('zh', 14, '坐公交的病人', '从火车站坐几路公交车到医院', 'missing_detail', []),
    ('zh', 15, '新移民', '我中文不太好，只会说越南话，可以有翻译吗？要收钱吗', 'missing_detail', []),
    ('zh', 16, '聽障人士', '你哋有冇手語翻譯？', 'answered', ['kb-zh-appointments-008']),
    ('zh', 17, '验血的病人', '明天早上抽血要空腹吗？能喝水吗', 'answered', ['kb-zh-test_preparation-001']),
    ('zh', 18, '验血的病人', '验血结果多久能出来？在哪里查', 'answered', ['kb-zh-records_billing-003']),
    ('zh', 19, '做B超的病人', '做腹部B超前可以吃东西吗？要憋尿吗', 'answered', ['kb-zh-test_preparation-007']),
    ('zh', 20, '做肠镜的病人', '做肠镜前几天要怎么准备？那个泻药怎么喝', 'answered', ['kb-zh-test_preparation-002']),
    ('zh', 21, '做核磁的病人', '我腿里有钢板，还能做核磁共振吗', 'answered', ['kb-zh-test_preparation-003']),
    ('zh', 22, '做MRI的病人', '我有幽閉恐懼症，MRI點算好', 'answered', ['kb-zh-test_preparation-003']),
    ('zh', 23, '孕妇，拍片', '我可能怀孕了，还能照X光吗', 'answered', ['kb-zh-test_preparation-005']),
    ('zh', 24, '做CT的病人', '做CT要打造影剂吗？之前要做什么准备', 'answered', ['kb-zh-test_preparation-006', 'kb-zh-test_preparation-004']),
    ('zh', 25, '手术病人', '明天做手术，今晚几点以后不能吃东西', 'answered', ['kb-zh-procedures-002']),
    ('zh', 26, '手术病人', '手术当天早上可以喝一点水吗', 'answered', ['kb-zh-procedures-002']),
    ('zh', 27, '手术病人', '平时吃的降压药手术前要停吗', 'answered', ['kb-zh-procedures-002']),
    ('zh', 28, '住院病人', '住院要带什么东西？', 'answered', ['kb-zh-visiting-010', 'kb-zh-procedures-007']),
    ('zh', 29, '日间手术病人', '做完日间手术可以自己开车回家吗', 'answered', ['kb-zh-procedures-003']),
    ('zh', 30, '住院病人', '病房里可以用手机吗', 'answered', ['kb-zh-visiting-010']),
    ('zh', 31, '住院病人', '医院有wifi吗？密码是多少', 'off_topic', []),
    ('zh', 32, '住院病人', '想住单人病房，要加多少钱', 'off_topic', []),
    ('zh', 33, '住院病人', '病房几点开饭？', 'missing_detail', []),
    ('zh', 34, '住院病人，素食', '我食全素，醫院有冇素食餐？', 'missing_detail', []),
    ('zh', 35, '住院病人，清真', '有没有清真餐', 'missing_detail', []),
    ('zh', 36, '探病者', '可以带家里煮的汤给住院的爸爸吗', 'answered', ['kb-zh-visiting-007']),
    ('zh', 37, '探病者', '医院晚上有没有食堂或者便利店开着', 'missing_detail', []),
    ('zh', 38, '上夜班的人', '药房是24小时开的吗？我下夜班都凌晨两点了', 'missing_detail', []),
    ('zh', 39, '门诊病人，取药', '看完门诊在哪里取药', 'answered', ['kb-zh-medications-011']),
    ('zh', 40, '慢性病病人', '长期吃的药可以网上续方吗', 'answered', ['kb-zh-medications-002']),
    ('zh', 41, '照顾者', '我妈走不动，我可以帮她去拿药吗？要带什么', 'missing_detail', []),
    ('zh', 42, '糖尿病病人', '胰岛素笔要怎么保存？一定要放冰箱吗', 'answered', ['kb-zh-medications-003']),
    ('zh', 43, '病人，出行', '下个月坐飞机，胰岛素可以带上飞机吗', 'answered', ['kb-zh-medications-003']),
    ('zh', 44, '病人', '家里过期的药怎么处理？可以拿回医院吗', 'answered', ['kb-zh-medications-004']),
    ('zh', 45, '病人', '醫院藥房可唔可以送藥上門？', 'answered', ['kb-zh-medications-002', 'kb-zh-appointments-005']),
    ('zh', 46, '病人，账单', '收到账单看不懂，里面的费用找谁问', 'answered', ['kb-zh-records_billing-005']),
    ('zh', 47, '病人，账单', '医药费可以分期付吗', 'missing_detail', []),
    ('zh', 48, '病人，付款', '医院可以刷信用卡吗？支付宝微信能用吗', 'missing_detail', []),
    ('zh', 49, '病人，保险', '我的商业保险医院认不认？怎么报销', 'missing_detail', []),
    ('zh', 50, '病人，退费', '我被重复收费了，怎么退钱', 'missing_detail', []),
    ('zh', 51, '新移民，无保险', '我还没有医保，可以看病吗？大概要多少钱', 'missing_detail', []),
    ('zh', 52, '病人，病历', '怎么复印病历？', 'answered', ['kb-zh-records_billing-001']),
    ('zh', 53, '病人，病历', '申请病历要多久？收费吗', 'answered', ['kb-zh-records_billing-001']),
    ('zh', 54, '病人，病历', '我女儿可以帮我在网上查报告吗', 'answered', ['kb-zh-records_billing-004']),
    ('zh', 55, '病人，病历', '病历上写错了我的过敏史，怎么改', 'missing_detail', []),
    ('zh', 56, '病人，病假', '要开病假条给公司，找谁开', 'answered', ['kb-zh-records_billing-011']),
    ('zh', 57, '病人，证明', '保險公司要醫療證明，點樣申請？', 'answered', ['kb-zh-records_billing-011']),
    ('zh', 58, '新爸爸', '宝宝在医院出生，出生证明怎么办', 'off_topic', []),
    ('zh', 59, '孕妇', '生完孩子老公可以留下来陪夜吗', 'answered', ['kb-zh-visiting-006']),
    ('zh', 60, '孕妇', '待产包要准备什么', 'off_topic', []),
    ('zh', 61, '孕妇', '开始宫缩了什么时候去医院比较好', 'off_topic', []),
    ('zh', 62, '孕妇', '可以提前参观产房吗', 'off_topic', []),
    ('zh', 63, '新手妈妈', '出院回家后喂奶有问题可以找谁', 'off_topic', []),
    ('zh', 64, '家长', '小孩有点低烧流鼻涕，在家可以怎么护理', 'answered', ['kb-zh-self_care-003']),
    ('zh', 65, '家长', '小朋友住院，家长可以留下来过夜吗', 'answered', ['kb-zh-visiting-006']),
    ('zh', 66, '家长', '我女儿好怕打针，抽血前有什么办法让她不怕', 'missing_detail', []),
    ('zh', 67, '青少年', '我16岁，可以自己一个人来看医生吗？不想告诉爸妈', 'answered', ['kb-zh-appointments-012']),
    ('zh', 68, '小毛病', '感冒喉咙痛，自己在家能做点什么', 'answered', ['kb-zh-self_care-001', 'kb-zh-self_care-007']),
    ('zh', 69, '小毛病', '煮饭烫伤了一小块，怎么处理', 'answered', ['kb-zh-self_care-005']),
    ('zh', 70, '小毛病', '手指划了个小口子，怎么处理才不会发炎', 'answered', ['kb-zh-self_care-004']),
    ('zh', 71, '小毛病', '踢波扭親腳，腫咗，應該冰敷定熱敷？', 'answered', ['kb-zh-self_care-006']),
    ('zh', 72, '小毛病', '最近老是失眠，有什么办法', 'off_topic', []),
    ('zh', 73, '小毛病', '感冒到什么程度才要去看医生', 'answered', ['kb-zh-self_care-001']),
    ('zh', 74, '出院病人', '出院后伤口缝线要怎么护理', 'answered', ['kb-zh-procedures-006', 'kb-zh-procedures-012']),
    ('zh', 75, '出院病人', '手术后几天可以洗澡', 'missing_detail', []),
    ('zh', 76, '出院病人', '手術後幾耐先可以揸車？', 'missing_detail', []),
    ('zh', 77, '住院病人', '一般几点办出院？我要叫儿子来接', 'missing_detail', []),
    ('zh', 78, '出院病人', '出院后有问题可以打哪个电话', 'answered', ['kb-zh-procedures-006']),
    ('zh', 79, '照顾老人', '我爸有老人痴呆，住院时我可以一直陪着他吗', 'answered', ['kb-zh-visiting-006']),
    ('zh', 80, '照顾老人', '我妈出院后需要有人上门护理，医院能帮忙安排吗', 'off_topic', []),
    ('zh', 81, '照顾老人', '医院门口可以借轮椅吗', 'answered', ['kb-zh-appointments-007']),
    ('zh', 82, '探病者', '医院里面有ATM吗', 'off_topic', []),
    ('zh', 83, '探病者', '哪里可以给手机充电', 'missing_detail', []),
    ('zh', 84, '病人，失物', '我昨天把眼镜落在候诊区了，去哪里找', 'off_topic', []),
    ('zh', 85, '住院病人', '贵重物品可以寄存吗', 'answered', ['kb-zh-visiting-010']),
    ('zh', 86, '病人，投诉', '我想投诉一个护士态度很差，怎么投诉', 'missing_detail', []),
    ('zh', 87, '病人，表扬', '想写感谢信给5楼病房的护士，交给谁', 'missing_detail', []),
    ('zh', 88, '病人，投诉', '投诉以后多久会有回复', 'missing_detail', []),
    ('zh', 89, '求职者', '医院在招护士吗？怎么投简历', 'off_topic', []),
    ('zh', 90, '退休人士', '我退休了，想来医院做义工，怎么报名', 'off_topic', []),
    ('zh', 91, '高中生', '高中生可以来医院实习或者做志愿者吗', 'off_topic', []),
    ('zh', 92, '献血者', '医院可以献血吗？', 'off_topic', []),
    ('zh', 93, '捐款者', '想以過世太太嘅名義捐錢俾醫院，點做？', 'off_topic', []),
    ('zh', 94, '捐赠者', '可以捐玩具和书给儿科病房吗', 'off_topic', []),
    ('zh', 95, '好奇的街坊', '这家医院是哪一年建的？', 'off_topic', []),
    ('zh', 96, '宗教人士', '医院有祈祷室或者小教堂吗', 'off_topic', []),
    ('zh', 97, '宗教人士', '可以请牧师或者法师来病房看我爸吗', 'off_topic', []),
    ('zh', 98, '养宠物的病人', '住院的时候可以让家人带我的狗来看我吗', 'off_topic', []),
    ('zh', 99, '视障人士', '导盲犬可以跟我进医院吗', 'off_topic', []),
    ('zh', 100, '吸烟者', '医院哪里可以抽烟？电子烟可以吗', 'missing_detail', []),
    ('zh', 101, '住院病人', '住院期间可以去楼下散步透透气吗', 'off_topic', []),
    ('zh', 102, '病人', '想找别的医生再看看，第二意见怎么申请', 'off_topic', []),
    ('zh', 103, '病人', '可以指定医生吗？', 'missing_detail', []),
    ('zh', 104, '急诊病人', '急诊为什么要等这么久？一般要等多长时间', 'missing_detail', []),
    ('zh', 105, '病人，疫苗', '成人可以在医院打流感疫苗吗？要预约吗', 'off_topic', []),
    ('zh', 106, '出国旅行者', '去东南亚旅游前可以在这里打疫苗吗', 'off_topic', []),
    ('zh', 107, '病人', '现在进医院还要戴口罩吗', 'answered', ['kb-zh-visiting-001', 'kb-zh-visiting-005']),
    ('zh', 108, '住院病人', '住院可以穿自己的睡衣吗', 'missing_detail', []),
    ('zh', 109, '病人，过敏', '我对乳胶过敏，要跟谁说', 'answered', ['kb-zh-procedures-009']),
    ('zh', 110, '病人', '医院有牙科吗？牙好痛', 'off_topic', []),
    ('zh', 111, '病人', '可以在医院验光配眼镜吗', 'off_topic', []),
    ('zh', 112, '家属', '想打电话问问我妈病房的情况，打哪个号码', 'missing_detail', []),
    ('zh', 113, '病人', '可以发邮件问医生问题吗', 'missing_detail', []),
    ('zh', 114, '病人', '周末和节假日门诊开不开', 'missing_detail', []),
    ('zh', 115, '病人', '怎么登记做器官捐献', 'off_topic', []),
    ('zh', 116, '病人', '有没有网上视频问诊？不想跑一趟', 'answered', ['kb-zh-appointments-005']),
    ('zh', 117, '病人，隐私', '我的病情单位会知道吗？谁能看我的病历', 'missing_detail', []),
    ('zh', 118, '病人', '忘了带身份证，还能挂号吗', 'missing_detail', []),
    ('zh', 119, '病人', '预约了没去会怎么样？会扣钱吗', 'missing_detail', []),
    ('zh', 120, '病人', '有自助签到机吗？还是要去窗口报到', 'answered', ['kb-zh-appointments-006']),
    ('zh', 121, '外地家属', '医院附近有没有便宜的住宿给病人家属', 'off_topic', []),
    ('zh', 122, '病人', '医院附近星期天有药店开门吗', 'off_topic', []),
    ('zh', 123, '病人，换药', '伤口换药可以自己在家换吗，还是要回医院', 'answered', ['kb-zh-procedures-012', 'kb-zh-procedures-006']),
    ('zh', 124, '住院病人', '病房可以拍照录像发给家人吗', 'answered', ['kb-zh-visiting-009']),
    ('zh', 125, '住院病人', '床边的电视怎么开？要收费吗', 'off_topic', []),
    ('zh', 126, '长期住院家属', '医院有洗衣房吗？可以洗衣服', 'off_topic', []),
    ('zh', 127, '拼音打错的病人', '请问qu yao de chuang kou zai na li？我找不到取药窗口', 'missing_detail', []),
    ('zh', 128, '拼音夹杂的病人', 'yu yue 了 xue chang gui，需要 kong fu 吗', 'missing_detail', []),
    ('zh', 129, '病人', '肚子痛看哪个科？挂号不知道挂哪个', 'answered', ['kb-zh-appointments-001']),
    ('zh', 130, '病人', '醫院嘅Wi-Fi同停車場收費可唔可以喺App度睇到？', 'missing_detail', []),
]


def kb_ids():
    ids = {}
    for lang in ("en", "zh"):
        path = os.path.join(KB_DIR, "passages_%s.jsonl" % lang)
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if line:
                    d = json.loads(line)
                    ids[d["id"]] = d["language"]
    return ids


def main():
    kb = kb_ids()
    rows = []
    seen = set()
    for lang, n, voice, q, kind, gold in QUESTIONS:
        rid = "%s-%s-%03d" % (SET, lang, n)
        assert rid not in seen, rid
        seen.add(rid)
        assert lang in ("en", "zh")
        assert kind in ("off_topic", "missing_detail", "answered", "added"), (rid, kind)
        answerable = kind == "answered" or (kind == "added" and bool(gold))
        if kind in ("off_topic", "missing_detail"):
            assert gold == [], rid
        if kind == "answered":
            assert gold, rid
        for g in gold:
            assert g in kb, (rid, g)
            assert kb[g] == lang, (rid, g)
            assert g.startswith("kb-%s-" % lang), (rid, g)
        assert len(set(gold)) == len(gold), rid
        rows.append({"id": rid, "language": lang, "question": q, "answerable": answerable,
                     "gold": list(gold), "kind": kind, "voice": voice})
    for lang in ("en", "zh"):
        ans = sum(1 for r in rows if r["language"] == lang and r["answerable"])
        una = sum(1 for r in rows if r["language"] == lang and not r["answerable"])
        assert ans >= 30, (lang, ans)
        assert una >= 50, (lang, una)
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
    counts = {}
    for r in rows:
        k = (r["language"], r["kind"])
        counts[k] = counts.get(k, 0) + 1
    for k in sorted(counts):
        print(k[0], k[1], counts[k])
    print("total", len(rows))


if __name__ == "__main__":
    main()
