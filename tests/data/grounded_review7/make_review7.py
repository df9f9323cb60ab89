#!/usr/bin/env python3
"""Blind reviewer set R7 for the grounded answer pipeline.

Questions were written by hand, reading only the hospital's passage files
(medqa/assets/kb/passages_en.jsonl and passages_zh.jsonl). Standard library only.
Re-running writes byte-identical output to questions.jsonl next to this file.

Usage: python3 tests/data/grounded_review7/make_review7.py
"""
import hashlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
KB = os.path.join(ROOT, "medqa", "assets", "kb")
OUT = os.path.join(HERE, "questions.jsonl")

# (kind, voice, gold passage ids, question)
EN_ANSWERABLE = [
    ("plain", "plain", ["kb-en-appointments-001"],
     "I booked a clinic appointment but never got any confirmation. How long should I wait before chasing it up?"),
    ("lay", "text-speak", ["kb-en-appointments-002"],
     "how much warning do u need if i want to move my clinic day to another one"),
    ("context", "adult child of older patient", ["kb-en-appointments-003"],
     "My mum Joan Ellis moved house in June and her hospital letter went to her old address, so she missed her eye clinic last Tuesday. We only found out yesterday. What should she do now?"),
    ("two_part", "older writer, formal", ["kb-en-appointments-004"],
     "Dear Sir or Madam, should I bring my actual tablets to the clinic or is a written list sufficient? And may my daughter accompany me?"),
    ("plain", "terse keyword search", ["kb-en-appointments-005"],
     "how early arrive before appointment time"),
    ("lay", "text-speak", ["kb-en-appointments-006"],
     "my follow up is a phone one not face to face. will the hospital ring from a hidden number or will it show up"),
    ("context", "Deaf writer, BSL first language", ["kb-en-appointments-007"],
     "I am Deaf. BSL my language. Appointment skin clinic 12 March. I need interpreter. I pay for it? When I must tell you?"),
    ("two_part", "wheelchair user", ["kb-en-appointments-008"],
     "Do the car park pay machines take cards, and where can I park with my blue badge?"),
    ("plain", "plain", ["kb-en-appointments-009"],
     "How far ahead do I have to book hospital transport for my appointment?"),
    ("context", "worried patient, gives personal details", ["kb-en-appointments-010"],
     "My GP sent me to the rheumatology clinic back in August and I have heard nothing since. I'm Dev Patel, born 4/2/1961, and my doctor is Dr Moore. Who do I ring to find out where my referral has got to?"),
    ("lay", "blind writer", ["kb-en-appointments-012"],
     "Can my guide dog come inside the hospital with me?"),
    ("lay", "text-speak", ["kb-en-test_preparation-002"],
     "fasting bloods tmrw morning, can i still have my cuppa first"),
    ("context", "young woman, anxious", ["kb-en-test_preparation-003"],
     "I'm booked for a colonoscopy on Friday the 14th. I'm on the contraceptive pill and a friend said the laxative drink stops it working. Who should I speak to about this?"),
    ("lay", "lay words", ["kb-en-test_preparation-004"],
     "Why am I not allowed blackcurrant squash before my camera test up the back passage?"),
    ("plain", "plain", ["kb-en-test_preparation-005"],
     "Can I keep my bank card in my pocket while I have my MRI?"),
    ("context", "long anxious message", ["kb-en-test_preparation-006"],
     "I get really panicky in small spaces, always have. My MRI is in two weeks and honestly I'm dreading it, I've barely slept thinking about the tunnel. Is there anything you can do to help, and could my husband be in the room with me?"),
    ("two_part", "plain", ["kb-en-test_preparation-007"],
     "I'm having a CT with dye next week. Will the injection feel strange, and am I allowed to drink water beforehand?"),
    ("plain", "slightly annoyed", ["kb-en-test_preparation-008"],
     "Why does the X-ray department keep asking me about my periods?"),
    ("lay", "lay words", ["kb-en-test_preparation-009"],
     "For my tummy scan with the jelly and the probe, how long before do I need to stop eating?"),
    ("context", "expectant mother", ["kb-en-test_preparation-009"],
     "I'm 10 weeks pregnant and my first scan is on Monday at 9. My partner is driving me in. Should I go to the loo before I leave home or hold it in?"),
    ("plain", "plain", ["kb-en-test_preparation-010"],
     "Will I be told my X-ray results on the same day?"),
    ("two_part", "non-native English", ["kb-en-test_preparation-011"],
     "If I make urine sample at night, I can keep in the fridge? And what I must write on the pot?"),
    ("lay", "lay words", ["kb-en-test_preparation-012"],
     "How long does the sugary drink blood test take? Trying to sort cover at work."),
    ("two_part", "plain", ["kb-en-procedures-001"],
     "How long does the gastroscopy itself take, and how long will I actually be in the unit?"),
    ("context", "lives alone", ["kb-en-procedures-002"],
     "I live alone and I'm having sedation for my endoscopy on the 3rd. I was planning to get an Uber home afterwards. Is that ok?"),
    ("lay", "lay words", ["kb-en-procedures-003"],
     "Before my op, does a latte count as a drink or as food?"),
    ("plain", "terse keyword search", ["kb-en-procedures-004"],
     "day surgery drive myself home after?"),
    ("context", "carer", ["kb-en-procedures-005"],
     "I look after my husband who has Parkinson's and I'm having my hip replaced in the spring. A nurse is ringing next week for my pre-op check. Is it worth telling her I'm his carer?"),
    ("context", "plain", ["kb-en-procedures-007"],
     "I take a blood thinner and my biopsy is in six days. Nobody has told me anything about stopping it. What should I do?"),
    ("two_part", "voice-to-text, no punctuation", ["kb-en-procedures-008"],
     "what do I need to pack for staying in overnight and do I bring my inhalers with me"),
    ("lay", "frustrated relative", ["kb-en-procedures-009"],
     "Why does it take all day to get let out once the doctor says Dad can go home?"),
    ("context", "grandparent", ["kb-en-procedures-011"],
     "My operation is on Thursday. My grandson brought a tummy bug home at the weekend and I've had diarrhoea since last night. Who should I let know?"),
    ("two_part", "text-speak", ["kb-en-procedures-012"],
     "got gel nails on, do they all have to come off for my surgery? and why"),
    ("plain", "plain", ["kb-en-medications-001"],
     "How many days before I run out should I put in for my repeat prescription?"),
    ("lay", "voice-to-text, no punctuation", ["kb-en-medications-002"],
     "is the bathroom cabinet an ok place to keep my tablets"),
    ("two_part", "plain", ["kb-en-medications-003"],
     "Where can I take my old inhalers, and what do I do with used insulin needles?"),
    ("plain", "plain", ["kb-en-medications-005"],
     "My tablets say take on an empty stomach. What does that actually mean in terms of timing?"),
    ("context", "older writer", ["kb-en-medications-006"],
     "My neighbour swears by St John's wort and has given me a bottle. I'm already on three prescriptions from my GP. Who can check whether it's alright to take alongside them?"),
    ("two_part", "traveller", ["kb-en-medications-009"],
     "Flying to Spain for a fortnight with my insulin. Can it go in the suitcase I check in, and how do I keep it cold?"),
    ("lay", "parent", ["kb-en-medications-011"],
     "Can I just use a teaspoon from the kitchen drawer to give my toddler her medicine?"),
    ("context", "outpatient in a hurry", ["kb-en-medications-012"],
     "I was seen in the diabetes clinic this morning and handed a paper prescription. I'm in the short-stay car park and need to get back to work. Where in the hospital do I take it?"),
    ("lay", "confused relative", ["kb-en-visiting-001"],
     "What are protected mealtimes? My aunt says she was sent out of the ward at lunch."),
    ("context", "parent", ["kb-en-visiting-002"],
     "My sister is on the surgical ward after her operation. My 6 year old wants to see her, but a boy in his class had chickenpox last week and they sat together. Can he come?"),
    ("two_part", "grandchild", ["kb-en-visiting-003"],
     "Can I bring balloons for my nan's birthday on the ward? And can I bring her some homemade soup for the nurses to heat up?"),
    ("plain", "plain", ["kb-en-visiting-004"],
     "Is the hand gel enough on a ward that has a vomiting bug?"),
    ("lay", "text-speak", ["kb-en-visiting-005"],
     "at intensive care and the door is locked how do i get in"),
    ("plain", "plain", ["kb-en-visiting-007"],
     "Will the nurses tell me how my uncle is doing if I phone the ward?"),
    ("context", "family of dying patient", ["kb-en-visiting-008"],
     "My father is very ill and the doctors say he is near the end. We are Muslim and the family want to be with him as much as possible and pray with him. Is that allowed on the ward?"),
    ("two_part", "parent", ["kb-en-visiting-009"],
     "Can my 3 year old come to maternity to meet her new baby brother, and can my partner stay later than the other visitors?"),
    ("lay", "adult child", ["kb-en-visiting-010"],
     "Mum's false teeth have gone missing on the ward. Who do we tell?"),
    ("context", "upset relative", ["kb-en-visiting-012"],
     "I'm not happy with how my mother was treated on ward 12 last weekend. I spoke to the nurse on duty but nothing changed. Who else can I go to?"),
    ("plain", "plain", ["kb-en-records_billing-001"],
     "Can my solicitor get a copy of my hospital records?"),
    ("two_part", "plain", ["kb-en-records_billing-002"],
     "What do I need to sign up for the patient portal, and what happens if I forget my password?"),
    ("plain", "plain", ["kb-en-records_billing-003"],
     "Can the receptionist read my blood results out to me over the phone?"),
    ("lay", "text-speak", ["kb-en-records_billing-004"],
     "they spelt my street wrong on my hospital file how do i get it fixed"),
    ("context", "carer with power of attorney", ["kb-en-records_billing-005"],
     "My dad has dementia and I hold power of attorney for his health and welfare. His consultant's secretary won't discuss anything with me. What do I need to do?"),
    ("lay", "lay words", ["kb-en-records_billing-007"],
     "Can I get a bill that breaks down every single charge instead of just the total at the bottom?"),
    ("context", "privately insured patient", ["kb-en-records_billing-008"],
     "My private health insurance should cover my knee surgery on 20 May. Do I need to get anything from the insurer before the day?"),
    ("lay", "worried about money", ["kb-en-records_billing-009"],
     "I can't pay the hospital bill in one go. Can I pay it off bit by bit?"),
    ("lay", "worker needing paperwork", ["kb-en-records_billing-011"],
     "I'll need a sick note for work after my stay. Who gives me that?"),
]

EN_UNANSWERABLE = [
    # missing_detail: topic of a passage, but the specific thing asked is in no passage
    ("missing_detail", "plain; near kb-en-appointments-008", [],
     "Are there electric car charging points in the hospital car park?"),
    ("missing_detail", "terse; near kb-en-appointments-008", [],
     "parking price per hour saturday"),
    ("missing_detail", "wheelchair user; near kb-en-appointments-012", [],
     "Are the lifts big enough for a large powered wheelchair? Mine is about 70 cm wide."),
    ("missing_detail", "older writer; near kb-en-appointments-012", [],
     "Do you have mobility scooters I can borrow to get around the hospital?"),
    ("missing_detail", "non-native English; near kb-en-appointments-007", [],
     "You have interpreter for Tigrinya language? Which days he is there?"),
    ("missing_detail", "plain; near kb-en-appointments-006", [],
     "Which app do you use for video appointments, Zoom or Teams?"),
    ("missing_detail", "plain; near kb-en-appointments-005", [],
     "What floor is the dermatology clinic on?"),
    ("missing_detail", "relative; near kb-en-visiting-001", [],
     "What are the exact visiting times on Ward 9 on a Sunday?"),
    ("missing_detail", "family; near kb-en-visiting-002", [],
     "Can we bring Dad's spaniel in to see him on the ward? It's just our pet, not an assistance dog."),
    ("missing_detail", "plain; near kb-en-visiting-011", [],
     "Can I rent a TV for my bed on the ward, and how much is it a day?"),
    ("missing_detail", "plain; near kb-en-visiting-003", [],
     "Do patients get halal or vegan meals if they ask?"),
    ("missing_detail", "plain; near kb-en-visiting-008", [],
     "Where is the multi-faith prayer room and is it open at night?"),
    ("missing_detail", "plain; near kb-en-visiting-010", [],
     "What are the opening hours of the lost property office?"),
    ("missing_detail", "plain; near kb-en-medications-012", [],
     "What time does the outpatient pharmacy close on a Saturday?"),
    ("missing_detail", "plain; near kb-en-medications-012", [],
     "How much is a prescription charge at the hospital pharmacy?"),
    ("missing_detail", "plain; near kb-en-records_billing-001", [],
     "How much do you charge for a copy of my medical records?"),
    ("missing_detail", "plain; near kb-en-records_billing-001", [],
     "Exactly how many days does the hospital have to reply to my records request?"),
    ("missing_detail", "plain; near kb-en-records_billing-002", [],
     "Is the patient portal an app I can download on Android, or is it website only?"),
    ("missing_detail", "plain; near kb-en-records_billing-006", [],
     "What hours is the billing office open, and can I visit in person?"),
    ("missing_detail", "worried about money; near kb-en-records_billing-009", [],
     "What is the smallest monthly amount you will accept on a payment plan?"),
    ("missing_detail", "plain; near kb-en-records_billing-011", [],
     "How much is the fee for a medical report for my insurance company?"),
    ("missing_detail", "plain; near kb-en-records_billing-010", [],
     "What is the income limit to qualify for the financial assistance programme?"),
    ("missing_detail", "plain; near kb-en-procedures-008", [],
     "Can I bring my own pillow and duvet from home for my stay?"),
    ("missing_detail", "plain; near kb-en-procedures-009", [],
     "What time does the discharge lounge open and close?"),
    ("missing_detail", "escort; near kb-en-procedures-004", [],
     "Can I wait inside the day surgery unit while my wife has her operation, or do I have to leave?"),
    ("missing_detail", "plain; near kb-en-test_preparation-006", [],
     "Is there a weight limit for the MRI table? I'm about 160 kg."),
    ("missing_detail", "plain; near kb-en-test_preparation-011", [],
     "Which desk do I drop my urine sample off at, and what time does it shut?"),
    ("missing_detail", "blind writer; near kb-en-appointments-009", [],
     "Can my guide dog travel with me on hospital patient transport?"),
    ("missing_detail", "international student; near kb-en-appointments-001", [],
     "I'm an international student here on a visa. Can I book an outpatient appointment, and will I have to pay?"),
    ("missing_detail", "sibling; near kb-en-visiting-001", [],
     "My brother is a prisoner and he's been brought to your hospital. Am I allowed to visit him?"),
    # off_topic: a desk question no passage covers
    ("off_topic", "plain", [],
     "Are you hiring healthcare assistants at the moment, and how do I apply?"),
    ("off_topic", "plain", [],
     "Can I donate my late husband's crutches and walking frame to the hospital?"),
    ("off_topic", "plain", [],
     "Is there a cash machine anywhere in the hospital?"),
    ("off_topic", "traveller", [],
     "Does the hospital do travel vaccinations for a trip to Thailand?"),
    ("off_topic", "plain", [],
     "How do I register my baby's birth? She was born at your hospital last week."),
    ("off_topic", "plain", [],
     "Can I give blood at the hospital, and do I need to book?"),
    ("off_topic", "relative from out of town", [],
     "Is there a cheap hotel near the hospital where relatives can stay?"),
    ("off_topic", "plain", [],
     "Is the hospital gym open to members of the public?"),
    ("off_topic", "bereaved parent", [],
     "I'd like to give a donation to the children's ward in memory of my son. Who do I contact?"),
    ("off_topic", "plain", [],
     "Can I get a walk-in flu jab here without an appointment?"),
]

ZH_ANSWERABLE = [
    ("context", "Traditional, adult child booking for parent", ["kb-zh-appointments-001"],
     "我想幫媽媽掛號，她七十多歲了不會用手機。我能不能直接用我自己的資料幫她掛？要注意甚麼？"),
    ("lay", "Cantonese", ["kb-zh-appointments-002"],
     "我想改期睇醫生，可唔可以喺App直接揀過第二日？"),
    ("plain", "Simplified, forgetful older patient", ["kb-zh-appointments-003"],
     "出门忘带医保卡了，到医院还能结算吗？"),
    ("lay", "Traditional, parent", ["kb-zh-appointments-004"],
     "孩子還沒辦身分證，第一次來你們醫院要怎麼建卡？"),
    ("two_part", "Taiwanese Mandarin", ["kb-zh-appointments-005"],
     "第一次看診可以直接用網路視訊看嗎？醫生開的藥可以寄到家裡嗎？"),
    ("lay", "东北话", ["kb-zh-appointments-006"],
     "俺到医院了，那个签到咋整啊？"),
    ("context", "Traditional, adult child", ["kb-zh-appointments-007"],
     "我父親八十二歲，這次得自己一個人去看病，他不會用自助機。到了醫院有沒有人可以幫他？"),
    ("plain", "Simplified, Deaf writer", ["kb-zh-appointments-008"],
     "我是聋人，看病想要手语翻译，要提前几天约？"),
    ("two_part", "mixed English nouns", ["kb-zh-appointments-008"],
     "我老公是foreigner，不会中文。他去看病要带什么ID？可以自己带一个translator陪同吗？"),
    ("lay", "Cantonese", ["kb-zh-appointments-009"],
     "揸車入醫院停車場，走嗰陣點樣俾錢？"),
    ("plain", "Simplified, terse", ["kb-zh-appointments-010"],
     "急诊要提前预约吗"),
    ("lay", "mixed English nouns", ["kb-zh-appointments-011"],
     "想挂的专家号全都full了，App上有没有类似waiting list的功能？"),
    ("plain", "Traditional, plain", ["kb-zh-appointments-011"],
     "號已經掛滿了，我可以在診間門口等醫生幫我加號嗎？"),
    ("context", "Simplified, grandparent", ["kb-zh-appointments-012"],
     "孩子爸妈都在外地打工，平时是我这个奶奶带孙子看病。要是医生让签检查同意书，我能签吗？"),
    ("two_part", "Traditional, plain", ["kb-zh-test_preparation-001"],
     "抽完血針眼要壓多久？壓完就可以吃早餐了嗎？"),
    ("context", "Simplified, patient mid-preparation", ["kb-zh-test_preparation-002"],
     "我明天上午做结肠镜，泻药已经按说明喝完了，可是拉出来还有渣。该跟谁说？"),
    ("lay", "Cantonese", ["kb-zh-test_preparation-003"],
     "照MRI可唔可以戴住假牙入去？"),
    ("two_part", "Simplified, plain", ["kb-zh-test_preparation-004"],
     "做增强CT一定要家属陪着吗？做完能马上走吗？"),
    ("context", "Traditional, embarrassed young woman", ["kb-zh-test_preparation-005"],
     "我月經晚了一個禮拜，下週要照胸部X光，有點不好意思開口。這種情況該怎麼辦？"),
    ("lay", "Simplified, plain", ["kb-zh-test_preparation-006"],
     "上周刚喝过钡餐拍片，这周做腹部CT会不会有影响？"),
    ("two_part", "Simplified, plain", ["kb-zh-test_preparation-007"],
     "同一天要做肝胆B超和膀胱B超，先做哪个？憋尿要喝多少水？"),
    ("lay", "Taiwanese Mandarin", ["kb-zh-test_preparation-007"],
     "做陰道超音波之前也要憋尿嗎？"),
    ("context", "Simplified, lives alone", ["kb-zh-test_preparation-008"],
     "我一个人住，后天约了无痛胃镜，本来打算自己开车去。做完能自己开回家吗？"),
    ("lay", "Cantonese", ["kb-zh-test_preparation-009"],
     "留咗尿之後要幾耐之內送去化驗室？"),
    ("two_part", "mixed English nouns", ["kb-zh-test_preparation-010"],
     "戴Holter那24小时能洗澡吗？晚上能开电热毯吗？"),
    ("plain", "Traditional, plain", ["kb-zh-procedures-001"],
     "日間手術前後大概要在醫院待多久？"),
    ("lay", "东北话", ["kb-zh-procedures-002"],
     "明儿个要做手术，早上嚼块口香糖行不？"),
    ("context", "Simplified, worried spouse", ["kb-zh-procedures-002"],
     "我老公明天一早做手术，半夜他饿得受不了，偷偷喝了一盒牛奶。现在怎么办？"),
    ("two_part", "Simplified, plain", ["kb-zh-procedures-003"],
     "做完日间手术能自己叫网约车回家吗？当天晚上能骑电动车吗？"),
    ("plain", "Traditional, plain", ["kb-zh-procedures-004"],
     "手術同意書一定要病人自己簽嗎？"),
    ("two_part", "Traditional, plain", ["kb-zh-procedures-005"],
     "開刀那天可以擦指甲油嗎？為甚麼不行？"),
    ("plain", "Simplified, plain", ["kb-zh-procedures-006"],
     "手术出院回家后伤口能碰水洗澡吗？"),
    ("lay", "Cantonese", ["kb-zh-procedures-007"],
     "醫生開咗入院紙，但係話冇床位，咁點算？"),
    ("two_part", "Simplified, plain", ["kb-zh-procedures-008"],
     "出院结账要带什么？用医保的要先全额付钱吗？"),
    ("two_part", "Traditional, plain", ["kb-zh-procedures-010"],
     "無痛腸胃鏡做完多久可以吃東西？切片的報告多久出來？"),
    ("plain", "Simplified, plain", ["kb-zh-procedures-011"],
     "手术想改期，最晚要提前多久通知？"),
    ("context", "Traditional, on a business trip", ["kb-zh-medications-002"],
     "我在外地出差，降糖藥快吃完了，上個月才在你們醫院看過門診。可以在網上續藥然後寄過來嗎？"),
    ("lay", "Cantonese", ["kb-zh-medications-003"],
     "胰島素開咗之後仲使唔使放雪櫃？"),
    ("plain", "Traditional, plain", ["kb-zh-medications-006"],
     "藥袋上寫「飯前服用」，是指吃飯前多久？"),
    ("context", "Simplified, older patient", ["kb-zh-medications-007"],
     "我在别的医院开了新药，又自己买了感冒药，现在还吃着你们开的降压药。想确认能不能一起吃，该找谁？"),
    ("plain", "Simplified, plain", ["kb-zh-medications-009"],
     "药学咨询门诊怎么预约？"),
    ("context", "Simplified, daughter-in-law", ["kb-zh-visiting-002"],
     "我婆婆住院了，我儿子8岁，很想去看奶奶。可以带他进病房吗？"),
    ("lay", "Cantonese", ["kb-zh-visiting-003"],
     "去探病可唔可以帶一束花？"),
    ("two_part", "Simplified, plain", ["kb-zh-visiting-004"],
     "ICU一次能进去几个家属？医生一般什么时候讲病情？"),
    ("plain", "Traditional, plain", ["kb-zh-visiting-005"],
     "我這幾天有點咳嗽，還可以去醫院探病嗎？"),
    ("lay", "东北话", ["kb-zh-visiting-006"],
     "俺家老头住院了，陪床的能几个人轮班换着来不？"),
    ("two_part", "Simplified, plain", ["kb-zh-visiting-007"],
     "给住院的爸爸带的饭菜吃不完，能放病区冰箱吗？能给他带杯咖啡吗？"),
    ("context", "Traditional, sibling", ["kb-zh-visiting-008"],
     "我哥因為傳染病住在隔離病房，我想送幾套換洗衣服給他。可以自己直接進去給他嗎？"),
    ("plain", "Traditional, plain", ["kb-zh-visiting-009"],
     "打電話到病房，可以問到我舅舅的病情嗎？"),
    ("two_part", "mixed English nouns", ["kb-zh-visiting-010"],
     "住院可以带电热水壶吗？我的laptop能带去吗？"),
    ("two_part", "Simplified, plain", ["kb-zh-records_billing-001"],
     "出院以后多久能复印病历？能寄到家里吗？"),
    ("context", "Traditional, bereaved daughter", ["kb-zh-records_billing-002"],
     "我爸爸上個月在你們醫院過世了，保險公司要他的病歷複印件。我是他女兒，要帶哪些材料去辦？"),
    ("plain", "Simplified, plain", ["kb-zh-records_billing-004"],
     "医院App一个账号能给全家人用吗？"),
    ("plain", "Traditional, plain", ["kb-zh-records_billing-005"],
     "住院期間每天花了多少錢，在哪裡可以看到？"),
    ("context", "Simplified, plain", ["kb-zh-records_billing-006"],
     "上次挂号时我忘了选医保，结果付的是自费。现在能改成医保结算吗？"),
    ("lay", "Simplified, plain", ["kb-zh-records_billing-007"],
     "我是外省的医保，在你们这住院能直接刷卡报销吗？"),
    ("plain", "Traditional, plain", ["kb-zh-records_billing-008"],
     "要紙本發票的話，可以去哪裡列印？"),
    ("two_part", "Traditional, plain", ["kb-zh-records_billing-009"],
     "已經繳費的檢查還沒做，可以退費嗎？退的錢多久會到帳？"),
    ("lay", "Cantonese", ["kb-zh-records_billing-010"],
     "我想攞CT嘅片去第二間醫院睇，要去邊度整？"),
    ("context", "Simplified, office worker", ["kb-zh-records_billing-011"],
     "我上午看完病就走了，下午公司说要病假条。还能补开吗？"),
]

ZH_UNANSWERABLE = [
    ("missing_detail", "Simplified; near kb-zh-appointments-009", [],
     "医院停车场有没有新能源车充电桩？"),
    ("missing_detail", "Simplified; near kb-zh-appointments-009", [],
     "院内停车一小时收多少钱？"),
    ("missing_detail", "Traditional; near kb-zh-appointments-009", [],
     "從火車站搭幾號公車可以到醫院？"),
    ("missing_detail", "Traditional; near kb-zh-appointments-001", [],
     "星期天門診有開嗎？"),
    ("missing_detail", "Simplified; near kb-zh-appointments-002", [],
     "专家号的挂号费是多少钱？"),
    ("missing_detail", "Cantonese; near kb-zh-appointments-008", [],
     "你哋有冇識講潮州話嘅職員可以幫手？"),
    ("missing_detail", "Simplified; near kb-zh-appointments-007", [],
     "全程陪诊的志愿者服务要收费吗？"),
    ("missing_detail", "Simplified; near kb-zh-appointments-007", [],
     "我想来医院当志愿者，去哪里报名？有年龄要求吗？"),
    ("missing_detail", "Traditional; near kb-zh-appointments-012", [],
     "兒科門診晚上開到幾點？"),
    ("missing_detail", "Simplified; near kb-zh-test_preparation-001", [],
     "抽血窗口早上几点开始抽？"),
    ("missing_detail", "Simplified; near kb-zh-test_preparation-003", [],
     "做一次核磁共振大概多少钱？"),
    ("missing_detail", "Traditional; near kb-zh-test_preparation-007", [],
     "做婦科超音波可以指定女醫生嗎？"),
    ("missing_detail", "Simplified; near kb-zh-test_preparation-010", [],
     "戴的Holter记录盒要交押金吗？不小心弄坏了要赔多少？"),
    ("missing_detail", "Simplified; near kb-zh-procedures-001", [],
     "日间手术中心在几号楼几层？"),
    ("missing_detail", "Traditional; near kb-zh-procedures-007", [],
     "住院有單人房嗎？一天要多少錢？"),
    ("missing_detail", "Simplified; near kb-zh-procedures-008", [],
     "住院结算窗口周末上不上班？"),
    ("missing_detail", "Simplified; near kb-zh-visiting-001", [],
     "心内科病房具体几点到几点可以探视？"),
    ("missing_detail", "Traditional; near kb-zh-visiting-004", [],
     "ICU外面有沒有家屬休息室？有沒有飲水機？"),
    ("missing_detail", "Traditional; near kb-zh-visiting-006", [],
     "請護工一天要多少錢？"),
    ("missing_detail", "Simplified; near kb-zh-visiting-005", [],
     "能带家里养的猫去病房看看老人吗？"),
    ("missing_detail", "Simplified; near kb-zh-records_billing-001", [],
     "病历复印一页收多少钱？"),
    ("missing_detail", "Traditional; near kb-zh-records_billing-007", [],
     "異地就醫備案送出去以後，大概幾天會審核通過？"),
    ("missing_detail", "Traditional; near kb-zh-records_billing-010", [],
     "列印一張CT膠片要多少錢？"),
    ("missing_detail", "Simplified; near kb-zh-records_billing-011", [],
     "诊断证明盖章的门诊办公室在几楼？"),
    ("missing_detail", "Traditional; near kb-zh-medications-009", [],
     "藥學諮詢門診是星期幾開？是哪位藥師看診？"),
    ("missing_detail", "mixed English nouns; near kb-zh-medications-002", [],
     "线上续方的药快递到家要付delivery fee吗？几天能到？"),
    ("missing_detail", "Simplified; near kb-zh-appointments-005", [],
     "互联网医院线上复诊的诊金是多少？"),
    ("missing_detail", "Traditional, university student; near kb-zh-records_billing-006", [],
     "我是外地來讀書的大學生，學校的學生醫保可以在你們醫院直接用嗎？"),
    ("missing_detail", "Simplified; near kb-zh-visiting-010", [],
     "网购的东西能直接寄到病房吗？快递员能送上楼吗？"),
    ("off_topic", "Simplified", [],
     "医院现在招不招保安？怎么报名？"),
    ("off_topic", "Traditional", [],
     "我想捐獻遺體做醫學研究，要找哪個部門？"),
    ("off_topic", "Traditional", [],
     "醫院附近有沒有比較便宜的旅館？"),
    ("off_topic", "Simplified", [],
     "在你们医院能办食品从业人员的健康证吗？"),
    ("off_topic", "Cantonese", [],
     "醫院入面有冇櫃員機可以攞錢？"),
    ("off_topic", "Traditional", [],
     "你們醫院可以捐血嗎？要預約嗎？"),
    ("off_topic", "Simplified", [],
     "门诊楼有母婴室吗？在几楼？"),
    ("off_topic", "Taiwanese Mandarin", [],
     "你們有在招實習護理師嗎？"),
    ("off_topic", "东北话", [],
     "俺家狗病了，你们这能给狗瞅瞅不？"),
    ("off_topic", "Simplified", [],
     "新员工入职体检在你们医院怎么约？"),
    ("off_topic", "mixed English nouns", [],
     "医院里有没有Starbucks或者便利店？"),
]

ANSWERABLE_KINDS = {"plain", "context", "lay", "two_part"}
UNANSWERABLE_KINDS = {"missing_detail", "off_topic"}


def load_passage_ids(path):
    """Read the passage ids from one passage file; exit with a clear message on bad input."""
    ids = set()
    try:
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                line = line.strip()
                if not line:
                    continue
                try:
                    ids.add(json.loads(line)["id"])
                except (ValueError, KeyError, TypeError):
                    sys.exit("error: %s line %d is not a passage object with an id" % (path, n))
    except OSError as exc:
        sys.exit("error: cannot read passage file %s (%s)" % (path, exc.strerror))
    return ids


def build(lang, answerable, unanswerable, passage_ids):
    rows = []
    for kind, voice, gold, question in answerable:
        assert kind in ANSWERABLE_KINDS, (lang, kind, question)
        assert gold, ("answerable row needs gold", question)
        for g in gold:
            assert g in passage_ids, ("unknown gold id", g, question)
            assert g.startswith("kb-%s-" % lang), ("gold from the other language", g)
        rows.append((kind, voice, True, list(gold), question))
    for kind, voice, gold, question in unanswerable:
        assert kind in UNANSWERABLE_KINDS, (lang, kind, question)
        assert gold == [], ("unanswerable row must have empty gold", question)
        if kind == "missing_detail":
            near = voice.split("near ", 1)[-1].strip() if "near " in voice else ""
            assert near in passage_ids, ("missing_detail must name an existing near passage", question)
        rows.append((kind, voice, False, [], question))

    # Counts the brief asks for.
    assert len(answerable) == 60, (lang, "answerable", len(answerable))
    assert len(unanswerable) == 40, (lang, "unanswerable", len(unanswerable))
    n_missing = sum(1 for r in unanswerable if r[0] == "missing_detail")
    assert n_missing >= 25, (lang, "missing_detail", n_missing)
    used = {g for r in answerable for g in r[2]}
    assert len(used) >= 40, (lang, "distinct gold passages", len(used))

    # Mix answerable and unanswerable so the id order gives nothing away
    # (order fixed by a hash of the question, so reruns are identical).
    rows.sort(key=lambda r: hashlib.sha256(r[4].encode("utf-8")).hexdigest())
    out = []
    for i, (kind, voice, ans, gold, question) in enumerate(rows, 1):
        out.append({
            "id": "r7-%s-%03d" % (lang, i),
            "language": lang,
            "question": question,
            "answerable": ans,
            "gold": gold,
            "kind": kind,
            "voice": voice,
        })
    return out


def main():
    en_ids = load_passage_ids(os.path.join(KB, "passages_en.jsonl"))
    zh_ids = load_passage_ids(os.path.join(KB, "passages_zh.jsonl"))
    rows = build("en", EN_ANSWERABLE, EN_UNANSWERABLE, en_ids)
    rows += build("zh", ZH_ANSWERABLE, ZH_UNANSWERABLE, zh_ids)

    assert len(rows) == 200, len(rows)
    ids = [r["id"] for r in rows]
    assert len(set(ids)) == len(ids), "duplicate ids"
    questions = [r["question"].strip().lower() for r in rows]
    assert len(set(questions)) == len(questions), "duplicate questions"
    for r in rows:
        assert r["question"].strip() == r["question"] and r["question"], r["id"]
        assert r["answerable"] == bool(r["gold"]), r["id"]

    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d rows to %s" % (len(rows), os.path.relpath(OUT, ROOT)))


if __name__ == "__main__":
    main()
