#!/usr/bin/env python3
"""Generate grounded reviewer set 23 (blind, hand-written). Standard library only.

KB root: env MEDQA_ROOT, else three directories above this file
(<root>/tests/data/grounded_review23/ -> <root>). Writes questions.jsonl next to this file.
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.environ.get("MEDQA_ROOT") or os.path.abspath(os.path.join(HERE, "..", "..", ".."))
KB = [os.path.join(ROOT, "medqa/assets/kb/passages_en.jsonl"),
      os.path.join(ROOT, "medqa/assets/kb/passages_zh.jsonl")]

P = "plain"; C = "context"; L = "lay"; T = "two_part"; M = "missing_detail"; O = "off_topic"

# (kind, gold id or near id or None, voice, question)
EN = [
    # ---- plain
    (P, "kb-en-appointments-005", "first-year nursing student (own appointment)",
     "How early should I get to the hospital before my clinic appointment?"),
    (P, "kb-en-test_preparation-009", "night-shift petrol station cashier",
     "How long before an abdominal ultrasound do I have to stop eating?"),
    (P, "kb-en-medications-003", "telephone befriender asking for an older man she rings weekly",
     "Where should unwanted medicines be taken to get rid of them?"),
    (P, "kb-en-visiting-002", "Estonian newcomer, mother of two",
     "Are children allowed to visit a relative on the ward?"),
    (P, "kb-en-records_billing-002", "MSc student from Botswana",
     "What do I need to register for the patient portal?"),
    (P, "kb-en-procedures-012", "Georgian newcomer loading delivery vans",
     "Do I have to take my gel nails off before my operation?"),
    (P, "kb-en-self_care-010", "landscape architecture student",
     "How can I keep pollen out of the house when my hay fever is bad?"),
    (P, "kb-en-medications-009", "Erasmus student flying home to Valencia",
     "Can I take a liquid medicine bigger than the normal airport limit in my hand luggage?"),
    (P, "kb-en-records_billing-009", "food bank volunteer asking for a client",
     "Is it possible to pay a hospital bill in instalments?"),
    (P, "kb-en-visiting-004", "Men's Shed member visiting a mate",
     "Does the alcohol hand gel work if there's a sickness bug on the ward?"),
    # ---- context
    (C, "kb-en-appointments-006", "cold-storage depot night worker",
     "I work nights at a cold store and sleep in the day. My follow up is a phone appointment on Tuesday. "
     "Last time I missed it because the call came up as No Caller ID and I just ignored it, thought it was "
     "spam. Will the hospital show up like that again, so I know to pick up?"),
    (C, "kb-en-appointments-007", "Chilean newcomer, six months in the UK",
     "I came from Chile six month ago, my English is ok for shopping but not for doctor words. My daughter "
     "she is 11 and she say she can translate for me at the appointment. Is better I ask for interpreter? "
     "I must pay for this?"),
    (C, "kb-en-procedures-002", "final-year law student sharing a flat",
     "Revising for finals at the moment. I'm having a camera test with sedation on Thursday morning and "
     "was planning to get the bus back to the flat on my own and crack on with some revision in the "
     "afternoon, my flatmates all have lectures. Is that going to be a problem?"),
    (C, "kb-en-appointments-009", "village community car scheme volunteer driver",
     "I drive for our village car scheme and one of my regulars, 88, walks with a frame, has asked if the "
     "hospital's own transport could bring him instead of me for his eye clinic, as I'm away that week. "
     "How does he book it and how far ahead does he need to ring?"),
    (C, "kb-en-test_preparation-001", "early-shift airport security screener",
     "I start at 4am on the scanners at the airport and I get through a packet of chewing gum a shift. My "
     "GP wants a fasting cholesterol test Friday after I finish. Is gum ok while I'm fasting?"),
    (C, "kb-en-medications-004", "Slovak newcomer working in a vegetable packhouse",
     "I forget my morning tablet today. Now is 5 in evening and the next one is at 8 oclock. I think I "
     "take two together at 8 to catch up, yes?"),
    (C, "kb-en-visiting-007", "Barrow-in-Furness granddaughter",
     "Our nan's been on the ward since Sunday and there's like nine of us all ringing up for updates, our "
     "kid rang three times yesterday and the nurse sounded proper fed up. Is there a better way of doing it?"),
    (C, "kb-en-procedures-005", "young adult carer at sixth-form college",
     "I'm 19 and I look after my mum who has MS. I've got a knee operation coming up and a pre-op "
     "appointment next week. Is it worth telling them I'm her carer or is that not really their business?"),
    (C, "kb-en-self_care-005", "Slovenian newcomer in a shared house",
     "Just now I pour pasta water and it splash on my wrist, very hot. My housemate say put butter on it. "
     "Is butter good? How long I keep it under the tap?"),
    (C, "kb-en-visiting-008", "sitting-service volunteer for a local hospice",
     "I sit with an elderly gentleman twice a week through the hospice's sitting service. He was admitted "
     "last night and the family have been told he is dying. His wife is asking whether she'll be allowed "
     "to stay overnight with him on the ward. What should I tell her?"),
    (C, "kb-en-records_billing-005", "Coventry son who moved back home to help",
     "Me dad had a big stroke and he can't really make decisions now. I've got the health and welfare power "
     "of attorney sorted from a couple of years back. What do I need to bring so the ward will actually talk "
     "to me about him?"),
    (C, "kb-en-test_preparation-005", "engineering apprentice who used to work a lathe",
     "When I was 17 on my apprenticeship I got a bit of metal swarf in my eye off the lathe, they got it "
     "out at A&E. Now I've got an MRI of my back booked. Does the eye thing matter?"),
    (C, "kb-en-procedures-010", "sports science student after an appendix operation",
     "Had my appendix out keyhole last week and I'm home now. I'm meant to be lifeguard training at the "
     "uni pool from next Monday. When am I actually allowed to go swimming with the wound?"),
    (C, "kb-en-self_care-008", "nursery cook",
     "I cook for a day nursery and I had a tummy bug last night, sick twice and the runs, last time was "
     "about 6 this morning. Feeling a bit better. When can I go back in to work?"),
    (C, "kb-en-appointments-011", "dementia befriender through a local charity",
     "I'm a befriender for a lady with early dementia and she's asked me to come with her to her hospital "
     "appointment because her son lives in Canada. Am I allowed in the room with her, and is there anything "
     "we should tell the clinic before we go?"),
    (C, "kb-en-medications-001", "data centre night technician on 4-on 4-off",
     "I work 4 on 4 off nights at a data centre and I keep running out of my brown inhaler because I forget "
     "to order it till the last one. How far ahead should I be putting the repeat in?"),
    (C, "kb-en-visiting-003", "PhD student buying a get-well present",
     "My lab partner is on the haematology ward after chemo. I was going to take her a massive bunch of "
     "lilies and a latex balloon from the shop downstairs. Good idea or not?"),
    (C, "kb-en-records_billing-011", "Peruvian newcomer working at a distribution centre",
     "I am in hospital 3 days with my appendix. My manager in the warehouse he want a letter that prove I "
     "was in hospital. Who I ask for this letter and when?"),
    (C, "kb-en-test_preparation-008", "Welsh Valleys husband",
     "My missus went for an X-ray on her wrist and they asked her was she pregnant, she's 48 mun, she "
     "thought it was a bit cheeky to be honest. Why do they ask everybody that?"),
    (C, "kb-en-procedures-003", "Valleys gym receptionist on early shifts",
     "My op is at 2 in the afternoon and I'm told to come in at 11. My mouth goes really dry when I'm nervous "
     "so I was gonna suck a mint in the morning to help. That's fine isn't it, it's not really food?"),
    # ---- lay
    (L, "kb-en-self_care-006", "Medway warehouse lad (five-a-side)",
     "went over on me foot at five a side last night mate, its gone fat and a bit purple, do I stick "
     "something cold on it and how long for"),
    (L, "kb-en-self_care-012", "call handler at a 24-hour breakdown firm",
     "Had this hacking chesty thing for a fortnight now, still going. At what point do I actually need to get "
     "it looked at by someone?"),
    (L, "kb-en-self_care-004", "first-year student cooking in a shared flat",
     "sliced my thumb on a tin lid and it just keeps leaking, how long am I supposed to squash it before I "
     "give up and ring an ambulance??"),
    (L, "kb-en-self_care-003", "new dad from Rwanda",
     "Our baby girl is 6 weeks old and she feels very hot, the ear thermometer says 38.2. She is still "
     "taking her bottle fine. Can we wait until the morning and see?"),
    (L, "kb-en-medications-002", "Grimsby pensioner living alone",
     "I keep all my tablets in the little cupboard over the sink in the bathroom. Is that alright or is "
     "that a daft place for them?"),
    (L, "kb-en-visiting-011", "Scunthorpe apprentice electrician",
     "can me mam use her phone to facetime me from her bed or do they go mad at you for phones on there"),
    (L, "kb-en-appointments-008", "Coventry son bringing his father in",
     "Is there anywhere to leave the car by the front doors for a minute while I get me dad out and in "
     "his chair?"),
    (L, "kb-en-procedures-008", "crisp factory shift worker",
     "Going in for 3 nights next week, what do I actually chuck in my bag?"),
    (L, "kb-en-test_preparation-011", "Cape Verdean newcomer",
     "The doctor give me a small pot to do the wee in. I fill it from the start of the wee, or how I do it?"),
    (L, "kb-en-self_care-014", "night-time care home cook",
     "Not been for a number two in five days and when I do go it's like passing rocks. Anything I can do "
     "myself before bothering anyone?"),
    (L, "kb-en-medications-011", "Burundian newcomer mum",
     "Is it ok if I use a normal teaspoon from the kitchen for giving my little boy his fever medicine? I lost "
     "the one from the box."),
    (L, "kb-en-visiting-012", "Medway sister",
     "Not happy at all with how they're treating my brother upstairs. Who do I complain to that isn't the "
     "nurses on his ward?"),
    (L, "kb-en-records_billing-003", "MSc data science student",
     "My blood stuff popped up on the app with a little red flag next to one of the numbers and nobody has "
     "rung me. Should I be panicking?"),
    (L, "kb-en-appointments-012", "Caithness man with a hearing dog from a charity",
     "Can I bring my hearing dog in with me when I come for my appointment?"),
    (L, "kb-en-medications-007", "Croatian newcomer",
     "I am on day 3 of the 7 days of infection pills and I feel fine now. Can I stop and keep the rest in "
     "the drawer for next time I am sick?"),
    (L, "kb-en-self_care-011", "Caithness wind-farm technician",
     "My head's been banging on and off for weeks and I'm taking tablets for it pretty much every day now. "
     "Is that doing me any harm?"),
    (L, "kb-en-procedures-009", "Scunthorpe daughter waiting with her father",
     "They told us he could come home today but we've been sat here three hours already with his coat on. "
     "Why is it taking forever?"),
    (L, "kb-en-self_care-013", "park volunteer litter picker",
     "A bee got me on the back of my hand while I was litter picking and the little black bit is still in. "
     "How do I get it out?"),
    # ---- two_part
    (T, "kb-en-appointments-001", "Zambian newcomer",
     "What are the ways to book an outpatient appointment, and what details should I have ready when I book?"),
    (T, "kb-en-appointments-002", "agency night support worker",
     "How much notice do you need if I want to move my appointment, and can I do it online without ringing?"),
    (T, "kb-en-test_preparation-004", "Japanese exchange student",
     "What can I eat in the days before colonoscopy, and is black coffee okay on the day before?"),
    (T, "kb-en-test_preparation-012", "sorting centre night worker",
     "How long does the sugar drink blood test take, and can I nip outside for a smoke halfway through?"),
    (T, "kb-en-procedures-004", "Valleys man living on his own",
     "Can I drive myself home after my day op, and how long has somebody got to stay with me after?"),
    (T, "kb-en-medications-005", "Indonesian care worker, newly arrived",
     "What means 'empty stomach' on my medicine label, and can I swallow the tablet with milk?"),
    (T, "kb-en-visiting-001", "Grimsby aunt organising family visits",
     "How many of us can be round the bed at once, and what's this protected mealtimes thing?"),
    (T, "kb-en-visiting-005", "Macedonian wife of a patient in intensive care",
     "How do I get in to intensive care to see my husband, and can I take a photo of him to send his mother?"),
    (T, "kb-en-records_billing-001", "Lebanese newcomer",
     "How do I ask for a copy of my hospital records, and what proof of who I am do I need to give?"),
    (T, "kb-en-records_billing-007", "self-employed IT contractor with private cover",
     "What exactly is an itemised bill and how do I get one?"),
    (T, "kb-en-medications-012", "physiotherapy student",
     "Where is the hospital pharmacy, and can I take my hospital prescription to the chemist near my house "
     "instead?"),
    (T, "kb-en-test_preparation-007", "Medway woman on metformin",
     "Why do they want a kidney blood test before my CT with the dye, and what will the injection feel like?"),
    # ---- missing_detail (near = closest passage)
    (M, "kb-en-appointments-008", "Slovenian newcomer",
     "How much is it per hour to park in the patient car park?"),
    (M, "kb-en-visiting-001", "Grimsby fish-dock night worker",
     "What time exactly does visiting finish on the general wards? I don't get off till half 7."),
    (M, "kb-en-medications-012", "Erasmus student",
     "Is the outpatient pharmacy open on Saturdays, and what time does it close?"),
    (M, "kb-en-appointments-001", "telephone befriender",
     "what is the actual phone number for the hospital switchboard"),
    (M, "kb-en-appointments-012", "Coventry son",
     "How much deposit do you have to leave to borrow a wheelchair at the front entrance?"),
    (M, "kb-en-records_billing-001", "Lebanese newcomer",
     "How much do you charge for a copy of my medical records?"),
    (M, "kb-en-records_billing-001", "self-employed IT contractor",
     "Exactly how many days has the hospital got to send me my records after I ask?"),
    (M, "kb-en-visiting-011", "PhD student visiting a friend",
     "What's the Wi-Fi password on the wards?"),
    (M, "kb-en-visiting-011", "Scunthorpe apprentice electrician",
     "what time do they turn the lights off at night on the ward"),
    (M, "kb-en-records_billing-012", "MSc data science student",
     "What is the name of the hospital's data protection officer?"),
    (M, "kb-en-appointments-008", "Estonian newcomer",
     "Which bus number goes from the train station to the hospital?"),
    (M, "kb-en-test_preparation-012", "sorting centre night worker",
     "How many grams of sugar are in the drink they give you for the glucose tolerance test?"),
    (M, "kb-en-visiting-001", "food bank volunteer",
     "What times are the protected mealtimes, so I don't turn up in the middle of lunch?"),
    (M, "kb-en-appointments-009", "village car scheme volunteer driver",
     "Does the hospital patient transport run on Sundays?"),
    (M, "kb-en-records_billing-011", "Peruvian newcomer",
     "How much is the fee for a report for my insurance company?"),
    (M, "kb-en-records_billing-010", "agency night support worker",
     "What's the income limit to qualify for the financial assistance scheme?"),
    (M, "kb-en-records_billing-009", "Croatian newcomer",
     "What is the smallest amount each month you will accept on a payment plan?"),
    (M, "kb-en-self_care-010", "landscape architecture student",
     "Which brand of antihistamine is the best one for hay fever?"),
    (M, "kb-en-medications-001", "data centre night technician",
     "How many days of tablets can the pharmacist give me as an emergency supply?"),
    (M, "kb-en-procedures-009", "Scunthorpe daughter",
     "Which floor is the discharge lounge on?"),
    (M, "kb-en-visiting-005", "Macedonian wife",
     "What are the visiting hours in intensive care?"),
    (M, "kb-en-visiting-010", "Men's Shed member",
     "Where's the lost property office and what hours is it open?"),
    (M, "kb-en-test_preparation-003", "Japanese exchange student",
     "My colonoscopy is 9am. At what time must I drink the first dose of the bowel prep?"),
    (M, "kb-en-visiting-005", "Barrow-in-Furness granddaughter",
     "how many minutes are you allowed at the bed in intensive care each visit"),
    (M, "kb-en-records_billing-002", "MSc student from Botswana",
     "What is the name of the app I download for the patient portal?"),
    (M, "kb-en-records_billing-002", "first-year student",
     "How many wrong passwords before the portal locks me out?"),
    (M, "kb-en-visiting-008", "sitting-service volunteer",
     "Is there a chapel in the hospital, and what time is the Sunday service?"),
    (M, "kb-en-appointments-008", "Macedonian wife",
     "How much is the cheaper parking for relatives of people in intensive care, per day?"),
    (M, "kb-en-appointments-009", "Caithness man with a hearing dog",
     "What's the phone number for booking patient transport?"),
    (M, "kb-en-appointments-005", "Valleys gym receptionist",
     "How many minutes late can I be before the clinic refuses to see me?"),
    # ---- off_topic
    (O, None, "Erasmus student", "How do I sign up to give blood?"),
    (O, None, "Zambian newcomer", "Are there any healthcare assistant jobs going at the hospital right now?"),
    (O, None, "landscape architecture student", "Can I get a mole on my back checked at the hospital without seeing my GP first?"),
    (O, None, "Men's Shed member", "How do I go on the organ donor register?"),
    (O, None, "Valleys gym receptionist", "Do you do laser tattoo removal and how much is it?"),
    (O, None, "Grimsby pensioner living alone", "Where can I get my ears syringed, the wax is that bad I can't hear the telly."),
    (O, None, "night-time care home cook", "Can I get the weight-loss injections through the hospital?"),
    (O, None, "MSc data science student", "How do I get an ADHD assessment as an adult?"),
    (O, None, "Japanese exchange student", "Which vaccinations do I need before I travel to Thailand next month?"),
    (O, None, "crisp factory shift worker", "Does the hospital run any stop smoking groups I can go to after work?"),
]

ZH = [
    # ---- plain
    (P, "kb-zh-appointments-001", "在高雄讀書的澳門學生（繁體）",
     "門診專科的號一般是提前幾天放出來？"),
    (P, "kb-zh-test_preparation-001", "上海闵行地铁夜班检修工",
     "抽血化验之前要空腹多长时间？"),
    (P, "kb-zh-medications-003", "大理民宿打工换宿的义工",
     "没开封的胰岛素应该怎么保存？"),
    (P, "kb-zh-records_billing-001", "台中剛出社會的新鮮人（繁體）",
     "出院以後要等多久才可以申請影印住院病歷？"),
    (P, "kb-zh-visiting-006", "自贡盐帮菜馆学徒",
     "住院的时候一个病人可以留几个人陪床？"),
    (P, "kb-zh-self_care-012", "台北大二學生（繁體）",
     "流鼻血的時候到底是要仰頭還是往前低頭？"),
    (P, "kb-zh-medications-006", "曲靖烟厂三班倒工人",
     "说明书上写饭前吃，是指吃饭前多久？"),
    (P, "kb-zh-records_billing-008", "澳門氹仔大學生（繁體）",
     "電子發票喺邊度可以下載？"),
    (P, "kb-zh-procedures-001", "常熟纺织厂挡车工",
     "哪些手术可以做日间手术？"),
    (P, "kb-zh-appointments-010", "香港荔枝角物流倉夜更打包員（粵語）",
     "睇急症使唔使預先約？係咪24小時都開？"),
    # ---- context
    (C, "kb-zh-appointments-002", "上海松江大学城研究生",
     "我在松江读研，本来约了下周三的皮肤科，结果导师突然让我跟项目去外地一周。我想在App上把日期直接改到再下一周，"
     "这个可以直接改吗，还是要怎么弄？"),
    (C, "kb-zh-appointments-003", "宜兴紫砂厂下班后帮邻居跑腿的小伙",
     "帮隔壁王阿姨问一下：她明天要来看病，社保卡找不着了，手机也不太会弄，那个电子医保凭证也没开过，"
     "到时候怎么结算啊？"),
    (C, "kb-zh-appointments-004", "从达州搬到苏州的新手妈妈",
     "我们家刚从四川达州搬到苏州，宝宝才三个月，还没办身份证，第一次来你们医院看病，怎么建档啊？"),
    (C, "kb-zh-appointments-005", "太仓电子厂夜班操作工",
     "我在太仓电子厂上夜班，白天要睡觉没时间跑医院。我以前从来没在你们医院看过，能不能直接在网上问诊开药？"),
    (C, "kb-zh-appointments-006", "内江来的打工仔（四川话）",
     "哎呀我刚刚去上了个厕所，回来屏幕上已经叫过我的号了，咋个办嘛，是不是要重新挂号哦？"),
    (C, "kb-zh-appointments-007", "江南大学青年志愿者协会成员",
     "我是学校青协的，周末陪社区里一个独居的爷爷去看病。他不会用智能手机，到了医院还有人工窗口可以挂号吗？"
     "他走路慢，能借轮椅不？"),
    (C, "kb-zh-appointments-008", "澳門手語班學員（代聽障朋友問，粵語）",
     "我有個朋友係聽障人士，下個月想嚟你哋度睇醫生，可唔可以約手語義工陪佢？要幾早約？"),
    (C, "kb-zh-appointments-012", "保山开米线店的大姨",
     "我外甥女今年9岁，她爸妈在缅甸那边做生意，放暑假住我这儿。明天带她来看病，要是医生要签同意书，我签得了不？"),
    (C, "kb-zh-test_preparation-002", "万州柑橘园帮工（重庆话）",
     "我下个礼拜做肠镜。我屋头天天都在吃红心火龙果，做肠镜前几天还吃得不嘛？"),
    (C, "kb-zh-test_preparation-003", "海宁皮革厂工人",
     "我几年前骨折，腿里打了钢板，现在医生让我做核磁，这个有没有影响？要准备点啥？"),
    (C, "kb-zh-test_preparation-004", "在台北做寵物美容的孫子（繁體）",
     "欸我阿嬤下禮拜要做打顯影劑的電腦斷層，她腎臟不好、現在有在看腎臟科，這樣要先跟醫生講嗎？"),
    (C, "kb-zh-test_preparation-007", "嘉定汽车城流水线女工",
     "我明天上午要做肝胆的B超，还要做子宫附件的B超要憋尿，只请了半天假，这两个先做哪个？"),
    (C, "kb-zh-test_preparation-010", "松江冷链仓库夜班理货员",
     "我刚背上那个24小时的心电图盒子，今晚还要上夜班搬货，一身汗，下班回来能不能洗个澡？"),
    (C, "kb-zh-procedures-003", "余姚模具厂质检员",
     "我下周做日间手术，老公那天上夜班来不了，我做完自己打个滴滴回家行不行？"),
    (C, "kb-zh-procedures-007", "玉溪烟农",
     "医生给我开了住院证，说现在没有床位要等。那我是回家等电话，还是天天跑医院去问？"),
    (C, "kb-zh-procedures-011", "香港護理系學生（粵語）",
     "我下星期三做手術，點知計落個月經應該係嗰幾日嚟，使唔使同醫生講？會唔會要改期？"),
    (C, "kb-zh-visiting-002", "涪陵榨菜厂包装工",
     "我婆婆住院了，我家小娃8岁，天天吵着要去看婆婆，能不能带进病房？"),
    (C, "kb-zh-visiting-004", "红河蒙自石榴种植户",
     "我爹在ICU，我们兄弟姊妹五个都从蒙自赶过来了，都想进去看一眼，一次能进去几个人？"),
    (C, "kb-zh-visiting-007", "遂宁夜宵摊老板（四川话）",
     "我老汉儿今天上午刚做完手术，他一直喊饿得很，我给他带碗面过去要得不？"),
    (C, "kb-zh-records_billing-007", "浦东外高桥码头夜班理货员（云南昭通人）",
     "我户口在云南昭通，在上海浦东码头上班，医保是老家交的。要在你们这儿住院，想直接刷医保结算，要先办啥？"),
    # ---- lay
    (L, "kb-zh-self_care-006", "眉山高中体育生",
     "打篮球落地踩到别人脚上了，脚脖子肿得跟馒头一样，现在是拿热毛巾捂还是拿冰的敷？"),
    (L, "kb-zh-self_care-005", "澳門黑沙環中學生（粵語）",
     "啱啱煮公仔麵俾滾水淥親隻手，屋企有牙膏，搽唔搽得㗎？"),
    (L, "kb-zh-self_care-008", "曲靖夜宵烧烤摊帮工",
     "昨晚吃了不干净的东西，一晚上跑了七八趟厕所，喝点可乐补一补行不行？"),
    (L, "kb-zh-self_care-003", "广元山区新手爸爸（四川话）",
     "娃儿才两个月，摸到烫烫的，量了38度，吃奶还可以，能不能先在屋头看一晚上再说？"),
    (L, "kb-zh-self_care-007", "桐乡毛衫厂样衣工",
     "喉咙跟刀割一样，咽口水都疼，要不要自己去药店买点消炎药吃？"),
    (L, "kb-zh-self_care-009", "南浔家具城搬运工",
     "搬沙发把腰闪了，我妈说躺床上一个礼拜别动就好了，对不对？"),
    (L, "kb-zh-self_care-011", "台北影片剪接師（繁體）",
     "最近每天都頭很痛欸，我幾乎天天吞一顆止痛藥，這樣會不會越吃越痛啊？"),
    (L, "kb-zh-self_care-001", "花蓮上班族（繁體）",
     "鼻子塞到不行一直流清鼻水，這種通常幾天會好？"),
    (L, "kb-zh-self_care-010", "苏州吴江猫咖店员",
     "一到春天就喷嚏打个不停，鼻子痒得要命，家里还养了两只猫，平时有什么办法能好一点？"),
    (L, "kb-zh-medications-005", "上海闵行物业夜班客服（上海话）",
     "阿拉姆妈早上的降压药忘记吃了，到中午才想起来，现在补一粒，还是夜里一道吃两粒？"),
    (L, "kb-zh-medications-004", "诸暨袜厂女工",
     "家里抽屉翻出来一大堆过期的药，直接丢垃圾桶可以吗？"),
    (L, "kb-zh-medications-008", "昭通苹果园的妈妈",
     "上次我吃剩的头孢还有半盒，我儿子也感冒了，拿给他吃行不行？"),
    (L, "kb-zh-visiting-003", "台中大學熱音社社長（繁體）",
     "朋友剛做完化療還在住院，我想買一大束花再加一顆氣球去看她，可以嗎？"),
    (L, "kb-zh-records_billing-003", "江阴钢厂三班倒",
     "抽完血那个单子要等多久才能出结果？"),
    (L, "kb-zh-records_billing-009", "澳門小學教師（繁體）",
     "交咗錢嘅檢查後來唔想做，啲錢可唔可以退返俾我？"),
    (L, "kb-zh-records_billing-010", "香港大學生（繁體粵語）",
     "照完CT佢哋話唔印片，咁我想拎去第二間醫院俾醫生睇，點算？"),
    (L, "kb-zh-visiting-005", "自贡读大学的学生",
     "我这两天有点咳嗽流鼻涕，周末还能不能去医院看我外婆？"),
    (L, "kb-zh-visiting-010", "黔江来的陪床家属（重庆话）",
     "住院能不能带个小电饭锅，自己煮点稀饭？"),
    # ---- two_part
    (T, "kb-zh-test_preparation-008", "綦江齿轮厂钳工",
     "做胃镜前要饿多久？早上的降压药还能吃吗？"),
    (T, "kb-zh-test_preparation-009", "香港葵涌貨倉文員（粵語）",
     "留大便要留幾多？留好之後要幾耐之內送到？"),
    (T, "kb-zh-test_preparation-006", "普洱咖啡庄园采摘工",
     "做腹部CT要不要空腹？上个月做过钡餐，有影响吗？"),
    (T, "kb-zh-procedures-002", "桃園當兵中的役男（繁體）",
     "開刀前幾個小時不能吃東西？口香糖可以嚼嗎？"),
    (T, "kb-zh-procedures-005", "上海静安写字楼前台",
     "手术当天能化妆吗？美甲要卸掉吗？"),
    (T, "kb-zh-procedures-006", "丽江古城银器店学徒",
     "出院回家以后伤口能不能洗澡？哪些情况要赶紧回医院？"),
    (T, "kb-zh-procedures-010", "海宁经编厂夜班挡车工",
     "做完无痛肠镜多久以后能吃东西？切下来的东西化验，报告大概多久出？"),
    (T, "kb-zh-medications-001", "澳門小學教師（繁體）",
     "高血壓的藥一次最多可以開多久？開了長期處方是不是就不用回來覆診？"),
    (T, "kb-zh-medications-002", "万州码头夜班装卸工",
     "降糖药快吃完了，能在网上续吗？能不能顺便让医生把量加一点？"),
    (T, "kb-zh-medications-007", "台中逢甲夜市打工學生（繁體）",
     "我在吃血壓藥，可以配葡萄柚汁嗎？想另外吃保健食品的話要問誰？"),
    (T, "kb-zh-records_billing-006", "大理洱海边民宿管家",
     "挂号的时候忘了选医保，交费的时候还能改成医保吗？门诊慢特病要怎样才能享受待遇？"),
    (T, "kb-zh-records_billing-012", "松江大学城食堂师傅",
     "住院押金交了以后，出院时多出来的钱怎么退？收据弄丢了怎么办？"),
    # ---- missing_detail
    (M, "kb-zh-appointments-009", "澳門氹仔大學生（繁體粵語）", "醫院停車場泊車一個鐘收幾多錢？"),
    (M, "kb-zh-visiting-001", "涪陵榨菜厂包装工", "普通病房下午探视具体是几点到几点？"),
    (M, "kb-zh-appointments-001", "宜宾在读研究生", "专家号的挂号费是多少钱？"),
    (M, "kb-zh-records_billing-001", "玉溪烟农", "复印病历一页收多少钱？"),
    (M, "kb-zh-procedures-007", "余姚模具厂质检员", "住院预交金一般要先交多少钱？"),
    (M, "kb-zh-appointments-008", "澳門手語班學員（繁體）", "手語義工係星期幾先有？"),
    (M, "kb-zh-records_billing-004", "上海松江大学城研究生", "一个App账号最多能绑定几个家庭成员？"),
    (M, "kb-zh-appointments-002", "太仓电子厂夜班操作工", "爽约几次会被限制网上预约？要限制多长时间？"),
    (M, "kb-zh-appointments-007", "江南大学青年志愿者协会成员", "服务台借轮椅要交多少押金？"),
    (M, "kb-zh-visiting-006", "黔江来的陪床家属", "医院的护工一天要多少钱？"),
    (M, "kb-zh-visiting-004", "在台北做寵物美容的孫子（繁體）", "加護病房每天幾點可以進去探視？"),
    (M, "kb-zh-records_billing-001", "南浔家具城搬运工", "病历复印件寄到外省邮费要多少？"),
    (M, "kb-zh-medications-009", "诸暨袜厂女工", "药学咨询门诊星期几开诊？"),
    (M, "kb-zh-visiting-007", "遂宁夜宵摊老板", "营养食堂的订餐电话是多少？"),
    (M, "kb-zh-records_billing-010", "海宁皮革厂工人", "云影像在App上能保存几年？"),
    (M, "kb-zh-records_billing-010", "香港大學生（繁體）", "刻一張影像光碟要收幾多錢？"),
    (M, "kb-zh-procedures-012", "丽江古城银器店学徒", "阑尾手术以后第几天拆线？"),
    (M, "kb-zh-records_billing-006", "大理洱海边民宿管家", "职工医保门诊能报销百分之多少？"),
    (M, "kb-zh-records_billing-007", "台中逢甲夜市打工學生（繁體）", "異地就醫備案辦好之後要幾天才會生效？"),
    (M, "kb-zh-records_billing-009", "江阴钢厂三班倒", "退费申请以后一般几天能到账？"),
    (M, "kb-zh-records_billing-011", "眉山高中体育生", "诊断证明要去门诊楼几楼盖章？"),
    (M, "kb-zh-test_preparation-010", "香港葵涌貨倉文員（繁體粵語）", "戴一次動態心電圖要幾多錢？"),
    (M, "kb-zh-test_preparation-008", "綦江齿轮厂钳工", "无痛胃镜比普通胃镜要多花多少钱？"),
    (M, "kb-zh-appointments-009", "上海闵行地铁夜班检修工", "坐地铁来医院是几号线，从几号口出？"),
    (M, "kb-zh-self_care-002", "花蓮上班族（繁體）", "發燒門診在哪一棟樓？"),
    (M, "kb-zh-self_care-008", "曲靖夜宵烧烤摊帮工", "口服补液盐买哪个牌子的好？一盒多少钱？"),
    (M, "kb-zh-visiting-006", "保山开米线店的大姨", "办陪护证要不要交钱？交多少？"),
    (M, "kb-zh-procedures-008", "松江大学城食堂师傅", "住院结算窗口周末开到几点？"),
    (M, "kb-zh-test_preparation-002", "台北影片剪接師（繁體）", "你們消化科做大腸鏡最厲害的醫生叫什麼名字？"),
    (M, "kb-zh-appointments-002", "嘉定汽车城流水线女工", "取消预约要在前一天下班前，那是下午几点？"),
    # ---- off_topic
    (O, None, "桐乡毛衫厂样衣工", "我想去献血，在哪里献？要空腹吗？"),
    (O, None, "自贡读大学的学生", "医院今年招不招护士？实习生怎么报名？"),
    (O, None, "台北大二學生（繁體）", "我想打HPV疫苗，要怎麼預約？"),
    (O, None, "澳門小學教師（繁體）", "種一隻牙大概要幾多錢？"),
    (O, None, "常熟纺织厂挡车工", "你们医院能不能做试管婴儿？"),
    (O, None, "苏州吴江猫咖店员", "近视激光手术医保能不能报？"),
    (O, None, "红河蒙自石榴种植户", "我想登记遗体捐献，要去哪里办？"),
    (O, None, "台中剛出社會的新鮮人（繁體）", "針灸減肥到底有沒有效？"),
    (O, None, "广元山区新手爸爸", "医院附近有没有便宜点的宾馆可以住？"),
    (O, None, "香港護理系學生（繁體）", "細路近視咗，配角膜矯形鏡好唔好？"),
]

EXPECT = {P: 10, C: 20, L: 18, T: 12, M: 30, O: 10}


def load_ids():
    ids = set()
    for path in KB:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                line = line.strip()
                if line:
                    ids.add(json.loads(line)["id"])
    return ids


def build(lang, rows, ids, rng):
    assert len(rows) == 100, (lang, len(rows))
    counts = {}
    for kind, _, _, _ in rows:
        counts[kind] = counts.get(kind, 0) + 1
    assert counts == EXPECT, (lang, counts)
    out = []
    for kind, ref, voice, q in rows:
        ans = kind in (P, C, L, T)
        if ref is not None:
            assert ref in ids, ref
            assert ref.startswith("kb-%s-" % lang), ref
        if ans:
            gold = [ref]
        else:
            gold = []
            if kind == M:
                voice = "%s; near %s" % (voice, ref)
            else:
                assert ref is None
        out.append({"answerable": ans, "gold": gold, "kind": kind, "language": lang,
                    "question": q, "voice": voice})
    rng.shuffle(out)
    for i, obj in enumerate(out, 1):
        obj["id"] = "r23-%s-%03d" % (lang, i)
    return out


def main():
    ids = load_ids()
    rng = random.Random(23)
    rows = build("en", EN, ids, rng) + build("zh", ZH, ids, rng)
    use = {}
    for r in rows:
        for g in r["gold"]:
            use[g] = use.get(g, 0) + 1
    assert max(use.values()) <= 2, [k for k, v in use.items() if v > 2]
    assert len(rows) == 200
    assert sum(r["answerable"] for r in rows) == 120
    assert len({r["question"] for r in rows}) == 200
    path = os.path.join(HERE, "questions.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
    print("wrote", path, len(rows), "rows;", len(use), "distinct gold passages")


if __name__ == "__main__":
    main()
