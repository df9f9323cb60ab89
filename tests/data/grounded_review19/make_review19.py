#!/usr/bin/env python3
"""make_review19.py - blind grounded reviewer set 19 (200 patient questions, en + zh).

Hand-typed by a blind writer (no model wrote the text). Standard library only.
Writes questions.jsonl next to this file, deterministically.

KB location: env MEDQA_ROOT, else three directories above this file
(<root>/tests/data/grounded_review19/ -> <root>); passages are read from
<root>/medqa/assets/kb/passages_{en,zh}.jsonl only to assert gold ids exist.

Run:  MEDQA_ROOT=/path/to/repo python3 make_review19.py
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.environ.get("MEDQA_ROOT") or os.path.abspath(os.path.join(HERE, "..", "..", ".."))
KB = os.path.join(ROOT, "medqa", "assets", "kb")
SEED = 19

# ---- English rows: (kind, gold, voice, question). Hand-typed, blind.
EN = [
# ---- plain (10)
("plain", "kb-en-appointments-001", "retired school secretary",
 "What details should I have ready when I ring up to book an outpatient appointment?"),
("plain", "kb-en-test_preparation-009", "amateur astronomer (retired)",
 "Roughly how long does an ultrasound scan take?"),
("plain", "kb-en-medications-003", "retired couple downsizing to a flat",
 "Where are we meant to take old and out-of-date medicines? We don't want to just bin them."),
("plain", "kb-en-visiting-005", "Scout leader",
 "How many visitors are allowed at one bedside in intensive care at the same time?"),
("plain", "kb-en-self_care-005", "home-educating dad",
 "For a burn from the oven, how many minutes should it be kept under running water?"),
("plain", "kb-en-records_billing-002", "retired bank clerk learning computers at a U3A class",
 "What do I need in order to sign up to the patient portal?"),
("plain", "kb-en-procedures-012", "amateur dramatics actress",
 "Why do I have to take my nail varnish off before an operation?"),
("plain", "kb-en-appointments-009", "retired Shropshire dairy man",
 "How many days before my appointment do I have to book hospital transport?"),
("plain", "kb-en-test_preparation-012", "ukulele club member",
 "How long does a glucose tolerance test take from start to finish?"),
("plain", "kb-en-records_billing-007", "PTA treasurer",
 "What exactly is an itemised bill and can I ask for one?"),
# ---- context (20)
("context", "kb-en-appointments-006", "retired couple touring Northumberland in a caravan",
 "We're away in the caravan up near Bamburgh next week and my husband's follow-up is a telephone appointment on the Tuesday. His mobile is set to reject unknown callers because of all the scam calls. Will the hospital's call come through as a normal number or should he let private numbers through that day?"),
("context", "kb-en-procedures-002", "retired maths teacher, Sunday cycling club",
 "I'm having a colonoscopy with sedation on Friday morning. Our club ride goes out at 8 on Saturday and I'd hate to miss it, I feel fine after most things. How long after the sedation do I have to keep off the bike?"),
("context", "kb-en-visiting-002", "grandmother who does the school pick-ups",
 "My granddaughter is 7 and desperate to see her grandad on the ward. Trouble is half her class has had chickenpox this last week and she sat next to one of them. She's not spotty herself. Is it ok to bring her in?"),
("context", "kb-en-test_preparation-004", "sourdough hobby baker",
 "Colonoscopy booked for a fortnight's time. I bake my own seeded wholemeal loaf every single morning and it's basically all I eat for breakfast - do I need to swap that for something else in the days before?"),
("context", "kb-en-medications-009", "grandparents flying to Perth to meet a new grandchild",
 "We're finally flying out to Perth in March to meet our first grandson! Long trip, two flights. I'm on insulin pens - should they go in the suitcase in the hold or do I keep them with me on the plane?"),
("context", "kb-en-test_preparation-005", "knitting circle member",
 "I had my left hip replaced back in 2015 and I've now been sent for an MRI on my back. The ladies at knitting said they'll just tell me on the day if it's a problem. Do I need to let the scan people know about the hip before, and bring anything?"),
("context", "kb-en-self_care-006", "parkrun volunteer marshal",
 "Went over on my ankle on a tree root at parkrun this morning. There was a proper crack when it went and I can't put any weight on it at all. Is ice and feet up enough or do I need to get it seen today?"),
("context", "kb-en-self_care-013", "metal detectorist",
 "Out detecting on a stubble field and a wasp got me on the back of the hand, the sting is still sat in the skin. Do I squeeze it out with my fingers?"),
("context", "kb-en-procedures-004", "recently retired man who has moved to the seaside on his own",
 "Since I retired and moved down to the coast I don't really know anyone yet. I've got a day case hernia repair coming up. If I can find somebody to drive me back, how long do they actually need to stay with me afterwards?"),
("context", "kb-en-visiting-003", "village book club organiser",
 "One of our book club ladies is in for her birthday next week and we'd planned a big bunch of lilies and a balloon. Someone said balloons aren't allowed on wards - is that all balloons or just some?"),
("context", "kb-en-self_care-003", "grandfather babysitting for the weekend",
 "Daughter and her husband are at a wedding in Cornwall and I've got the baby, he's 10 weeks. Just took his temp and it's 38.2. He seems alright in himself, feeding ok. Should I wait till they get back tomorrow?"),
("context", "kb-en-medications-011", "separated dad sharing the school runs",
 "Me and my ex share our 5 year old, she's with me Mon-Wed and her mum the rest, and she's on some liquid medicine at the minute. I'm paranoid we'll both give her a dose on a changeover day. How are we supposed to avoid doubling up?"),
("context", "kb-en-appointments-005", "retired fell walker driving down from the Lakes",
 "I'll be driving down from Keswick for my knee clinic, it's a good two hours. The letter doesn't say anything special. How early before the appointment time am I meant to turn up?"),
("context", "kb-en-procedures-003", "wildlife photographer",
 "I'm out on dawn shoots most days and I chew gum constantly to keep awake. My operation admission is at 1pm on the 14th. Is chewing gum in the morning alright since it's not actually eating?"),
("context", "kb-en-visiting-008", "expat retiree flown back from Spain",
 "I retired out to Alicante years ago and have just flown back because Mum is dying on one of your wards. I'd really like to stay with her through the night rather than go back to the hotel. Is that ever allowed?"),
("context", "kb-en-records_billing-011", "mum of an A-level student",
 "My son was in hospital for three days and missed two of his A-level exams. The exam board needs a letter confirming he was an inpatient. He's still on the ward - who do we ask for that?"),
("context", "kb-en-test_preparation-001", "retired lane swimmer",
 "I do 40 lengths at the leisure centre at 6.30 every morning without fail. I've got a fasting cholesterol test at 8.45 next Thursday. Can I still do my swim before, or is that a problem?"),
("context", "kb-en-medications-001", "retired couple planning a cruise",
 "We're off on a three week Baltic cruise at the end of May (just after the bank holiday) and my husband's tablets will run out in the middle of it. How far ahead should he be putting the repeat in?"),
("context", "kb-en-appointments-007", "Italian son-in-law",
 "My father in law moved here from Bari last year to live with us, his English is very little. My daughter is 12 and speaks the best Italian in the house. Can she come in and translate for him at his heart clinic?"),
("context", "kb-en-visiting-011", "grandson home from university",
 "Grandad's been on the ward 2 weeks and the whole family WhatsApp keeps asking for a photo of him. The man in the next bed would probably be in the background. Is it ok if I just snap one quickly?"),
# ---- lay (18)
("lay", "kb-en-appointments-003", "university student just after exams",
 "totally slept through my hospital slot on tuesday after a night out :( am i kicked off the list now or what"),
("lay", "kb-en-test_preparation-002", "Wiltshire pensioner who keeps chickens",
 "They say no food before they take my blood Monday. Does that mean no cuppa either? I can't function without one first thing."),
("lay", "kb-en-self_care-008", "mum of a nursery-age toddler",
 "our little girl has been sick and had the runs since saturday, last time was sunday teatime. when can she go back to nursery?"),
("lay", "kb-en-self_care-012", "holidaymaker back from Lanzarote",
 "Picked up a tickly hack on holiday in Lanzarote and it just won't shift. At what point should I stop waiting and get someone to look at it?"),
("lay", "kb-en-procedures-010", "Guernsey grandmother",
 "When am I allowed to stand under the shower after they sewed up my tummy? I'm dying for a proper wash."),
("lay", "kb-en-medications-004", "Isle of Man TT fan",
 "forgot my morning tablet, its nearly teatime now. just double up tomorrow yeah?"),
("lay", "kb-en-appointments-012", "daughter who runs a dance school",
 "My mum can't walk more than a few yards. When we get to you is there a chair with wheels we can borrow to push her round in?"),
("lay", "kb-en-visiting-004", "wife who plays in a brass band",
 "I've been throwing up since yesterday lunchtime but I'm desperate to see my husband on the ward. How long do I have to leave it?"),
("lay", "kb-en-self_care-011", "sixth-form teacher in marking season",
 "I've got a banging head most days at the moment and I'm taking tablets for it nearly every day. Could the tablets actually be making it worse?"),
("lay", "kb-en-records_billing-003", "Northumbrian pensioner who plays the smallpipes",
 "The lass on the front desk wouldn't tell me what my blood came back as. Is that right, or was she just being awkward?"),
("lay", "kb-en-medications-002", "first-year student in halls",
 "is it fine to keep my pills in the little cupboard above the sink in the bathroom"),
("lay", "kb-en-appointments-008", "retired chapel deacon from Anglesey",
 "I have one of those disabled parking badges for my car. Is there anywhere I can leave it near the doors?"),
("lay", "kb-en-self_care-004", "green woodworker (spoon carving hobby)",
 "Sliced my thumb open carving a spoon. Pressing on it with a tea towel now - how long should I keep going before I start to panic?"),
("lay", "kb-en-visiting-006", "granddaughter doing her Duke of Edinburgh award",
 "theres a sign on my gran's ward door saying its shut because of a tummy bug going round. can i still nip in and see her or not"),
("lay", "kb-en-procedures-008", "ballroom dancing enthusiast",
 "Going in for three nights for my new knee. What do I throw in the bag?"),
("lay", "kb-en-medications-007", "pigeon fancier",
 "Doc gave me pills for my chest, three days in and I feel champion. Can I stop now and save the rest for next winter?"),
("lay", "kb-en-records_billing-009", "student back from backpacking",
 "I can't pay the whole hospital bill in one go after my accident, can I pay it off a bit at a time?"),
("lay", "kb-en-test_preparation-011", "Zumba class regular",
 "Got given a little pot to do a wee in. I can't drop it back till tomorrow, is it ok sitting in the fridge?"),
# ---- two_part (12)
("two_part", "kb-en-appointments-002", "retired couple who winter in Portugal",
 "How much notice do you need if I want to move my appointment, and can I do it online rather than phoning?"),
("two_part", "kb-en-test_preparation-006", "jigsaw puzzle enthusiast",
 "How long does an MRI take, and is it true it's really noisy in there?"),
("two_part", "kb-en-test_preparation-007", "caravan club member",
 "Is it normal to feel warm when they put the dye in for a CT, and should I drink a lot afterwards?"),
("two_part", "kb-en-procedures-001", "retired geography teacher",
 "How long before a gastroscopy do I have to stop eating, and how long does the actual test take?"),
("two_part", "kb-en-visiting-001", "son who coaches an under-11s football team",
 "How many of us can sit round dad's bed at once, and what's this 'protected mealtime' thing the ward keeps mentioning?"),
("two_part", "kb-en-records_billing-001", "retiree writing her memoirs",
 "How do I go about getting a copy of my hospital records, and can my son apply for them for me?"),
("two_part", "kb-en-medications-005", "woman who walks the Camino every year",
 "What does 'take on an empty stomach' actually mean in hours, and can I crush the tablet if it's too big to swallow?"),
("two_part", "kb-en-self_care-010", "tennis club member",
 "What can I do to cut down on pollen in June when hay fever hits, and when does it become an emergency?"),
("two_part", "kb-en-procedures-006", "Isle of Man retiree",
 "Can I change my mind about the operation after I've signed the consent form? And can my daughter come in with me to help decide?"),
("two_part", "kb-en-records_billing-008", "retired couple with private health cover",
 "What details does our insurer want for pre-approval, and who passes the authorisation number on to the hospital?"),
("two_part", "kb-en-medications-012", "parent of a primary-school child with asthma",
 "Where's the hospital outpatient pharmacy, and can I take the hospital prescription to my local chemist instead?"),
("two_part", "kb-en-self_care-002", "backpacker just back from Vietnam",
 "What temperature counts as a fever, and how many days of it before I should see a doctor?"),
]

EN_NA = [
# ---- missing_detail (30): (kind, near, voice, question)
("missing_detail", "kb-en-appointments-001", "retired postmistress's niece booking for her aunt",
 "What's the actual phone number for the appointments line? The letter only says ring the switchboard."),
("missing_detail", "kb-en-visiting-001", "granddad who plays crown green bowls",
 "What time exactly do afternoon visiting hours start on the general wards?"),
("missing_detail", "kb-en-appointments-008", "retired couple on a coach holiday",
 "How much is it per hour to park in the visitor car park?"),
("missing_detail", "kb-en-appointments-012", "daughter of a keen gardener",
 "How much deposit do you have to leave to borrow one of the wheelchairs at the main entrance?"),
("missing_detail", "kb-en-records_billing-012", "retired civil servant",
 "What is the name of your data protection officer?"),
("missing_detail", "kb-en-medications-012", "dad of a Year 3 pupil",
 "what time does the outpatient pharmacy shut on a saturday"),
("missing_detail", "kb-en-appointments-008", "student on a gap year",
 "Which bus number goes from the train station to the hospital main entrance?"),
("missing_detail", "kb-en-records_billing-001", "local history society member",
 "How many days exactly does the hospital have to send out my records once I've asked - is it 30 days?"),
("missing_detail", "kb-en-records_billing-011", "recently retired solicitor's clerk",
 "How much is the fee for a medical report for my travel insurer?"),
("missing_detail", "kb-en-visiting-008", "daughter of a churchgoing family",
 "What is the name of the hospital chaplain, so I can ask for him by name?"),
("missing_detail", "kb-en-visiting-011", "teenage cricket club member visiting his grandad",
 "whats the wifi password on the wards"),
("missing_detail", "kb-en-records_billing-010", "single mum with three kids at school",
 "What is the income cut-off to qualify for your financial assistance scheme?"),
("missing_detail", "kb-en-records_billing-009", "retired window dresser",
 "What's the smallest amount a month you'll accept on a payment plan?"),
("missing_detail", "kb-en-visiting-011", "night owl novelist visiting her sister",
 "What time does the night quiet period begin on the wards? I need to know when to leave."),
("missing_detail", "kb-en-appointments-009", "Northumberland farmer's widow",
 "How much does the hospital patient transport cost each way?"),
("missing_detail", "kb-en-records_billing-006", "retired bookkeeper",
 "Can you give me the email address of the patient billing office?"),
("missing_detail", "kb-en-procedures-001", "amateur birder with a dodgy stomach",
 "Which floor is the endoscopy unit on?"),
("missing_detail", "kb-en-appointments-003", "sixth former juggling revision and a clinic",
 "How many appointments can I miss before the clinic discharges me back to my GP - is it two or three?"),
("missing_detail", "kb-en-procedures-005", "retired couple who do the pub quiz",
 "What time does the pre-op assessment clinic open in the mornings?"),
("missing_detail", "kb-en-test_preparation-003", "retired plumber who keeps tropical fish",
 "What's the brand name of the bowel prep drink you send out?"),
("missing_detail", "kb-en-test_preparation-003", "keen hill walker on iron tablets",
 "How many days before my colonoscopy do I stop my iron tablets?"),
("missing_detail", "kb-en-records_billing-001", "family tree hobbyist requesting her own notes",
 "How much do you charge for a paper copy of my records?"),
("missing_detail", "kb-en-visiting-010", "granddaughter whose nan lost her glasses",
 "What are the opening hours of the lost property office?"),
("missing_detail", "kb-en-appointments-012", "husband of a retired PE teacher",
 "What's the maximum weight the hospital wheelchairs can take?"),
("missing_detail", "kb-en-appointments-008", "school run mum dropping off her father",
 "How many minutes am I allowed to stop in the drop-off bay?"),
("missing_detail", "kb-en-appointments-010", "retired railway enthusiast",
 "What's the name of the consultant who runs the hip clinic? I'd like to know who I'm waiting for."),
("missing_detail", "kb-en-records_billing-004", "retired archivist's husband",
 "How many years do you keep hospital records before they're destroyed?"),
("missing_detail", "kb-en-visiting-007", "daughter working abroad in Germany",
 "What time is the morning handover on the wards, so I don't phone in the middle of it?"),
("missing_detail", "kb-en-procedures-007", "retired vicar's wife",
 "How many days before my knee op should I stop my aspirin - 5 or 7?"),
("missing_detail", "kb-en-procedures-004", "keen golfer after a day-case op",
 "How many weeks after day surgery on my shoulder before I can drive again?"),
# ---- off_topic (10)
("off_topic", "", "couple in their late thirties, both teachers",
 "Do you offer IVF at the hospital, and is there a waiting list?"),
("off_topic", "", "university rowing club member",
 "Can I give blood at the hospital or do I have to go to a donor session?"),
("off_topic", "", "retired couple on a walking holiday",
 "Is there a cash machine anywhere inside the hospital?"),
("off_topic", "", "school leaver looking for work",
 "Are you taking on any hospital porters at the moment? How do I apply?"),
("off_topic", "", "gap year student going to Ghana",
 "Can I get my yellow fever jab at the hospital before I travel?"),
("off_topic", "", "retired greyhound rescue volunteer",
 "My dog has hurt her paw, can your A and E have a look at her?"),
("off_topic", "", "keen amateur footballer",
 "Is there a gym at the hospital that patients can use for rehab on their own?"),
("off_topic", "", "retired dentist's wife with poor eyesight",
 "Do you do laser eye surgery, and how much does it cost?"),
("off_topic", "", "retiring HGV driver renewing his licence",
 "Can I get my HGV licence medical done at the hospital?"),
("off_topic", "", "mum of a Year 10 pupil",
 "Can my daughter do her Year 10 work experience week at the hospital? Who do we contact?"),
]

# ---- Chinese rows: (kind, gold/near, voice, question). Hand-typed, blind.
ZH = [
# ---- plain (10)
("plain", "kb-zh-appointments-001", "南宁退休中学语文老师",
 "你们医院的专科号一般提前几天放出来？"),
("plain", "kb-zh-test_preparation-001", "攀枝花过冬的候鸟老人",
 "抽完血以后针眼要按多久？"),
("plain", "kb-zh-records_billing-001", "香港退休中學教師（繁體書面語）",
 "請問出院之後要等多久才可以申請複印住院病歷？"),
("plain", "kb-zh-self_care-012", "香港龍舟隊隊員（粵語）",
 "流鼻血嗰陣應該擰高個頭定係向前傾？"),
("plain", "kb-zh-medications-003", "三亚过冬的候鸟老人",
 "说明书上写要冷藏的药，冰箱要几度？"),
("plain", "kb-zh-test_preparation-010", "香港粵劇票友（粵語）",
 "動態心電圖一般要戴幾耐？"),
("plain", "kb-zh-visiting-001", "南宁太极拳爱好者",
 "普通病房同一时间最多能有几个人探视？"),
("plain", "kb-zh-procedures-012", "成都退休麻将爱好者",
 "用可吸收线缝的伤口还要回来拆线吗？"),
("plain", "kb-zh-records_billing-003", "香港沙田退休伯伯（粵語）",
 "病理報告通常要幾多日先出到？"),
("plain", "kb-zh-medications-006", "香港長者大學學員（粵語）",
 "藥袋寫「一日三次」，係咪一定要跟住三餐食？"),
# ---- context (20)
("context", "kb-zh-test_preparation-007", "广西玉林高二学生家长",
 "我女儿上高二，学校体检说要复查，医生开了经腹部的子宫附件B超，要憋尿。她早上要上课，想问检查前多久开始喝水、大概喝多少？"),
("context", "kb-zh-procedures-003", "北海退休会计，独自生活",
 "我退休后一个人在北海住，儿女都在外地。下个月在你们这里做白内障日间手术，我打算做完自己叫个网约车回去，不麻烦别人，这样行不行？"),
("context", "kb-zh-visiting-002", "湛江奶奶，暑假带孙子",
 "学校放暑假了，孙子8岁天天吵着要去病房看他爷爷。爷爷住的是普通病房，小孩子能不能进去？"),
("context", "kb-zh-appointments-012", "四川凉山带孙女的奶奶",
 "儿子儿媳在浙江打工，孙女一直是我带，学校体检说她心脏有杂音要来大医院看。我是奶奶，不是监护人，要是医生让签字检查怎么办？"),
("context", "kb-zh-test_preparation-002", "厦门跑团成员",
 "我跑步减脂，每天早上一个红心火龙果雷打不动。下周四做肠镜，前面几天还能照吃吗？"),
("context", "kb-zh-test_preparation-003", "佛山钓鱼爱好者，以前在五金厂做过",
 "年轻时在五金厂打磨，有一回铁屑溅进眼睛里，后来取出来了。现在医生让我做腰椎核磁，这个事要不要跟他们讲？"),
("context", "kb-zh-procedures-005", "香港退休舞蹈老師（粵語）",
 "我退休之後最鍾意去做gel甸，而家手指甲啱啱整完。下個禮拜做手術，啲美甲係咪一定要卸？點解？"),
("context", "kb-zh-medications-003", "贵阳退休夫妻，准备自驾川西",
 "我们老两口退休了，打算先坐飞机到成都再自驾川西半个月。老伴每天打胰岛素，托运行李和随身带哪个好？"),
("context", "kb-zh-self_care-006", "防城港研学旅行带队老师",
 "周末带初二学生去十万大山研学徒步，有个孩子下坡崴了脚，肿起来了。同事说马上用热毛巾敷一敷，这样对吗？"),
("context", "kb-zh-self_care-005", "梅州客家阿婆，教孙子做饭",
 "我在灶头教孙子煎酿豆腐，热油溅到他手背上起了红印。隔壁阿婆说涂点酱油就好，到底要怎么弄？"),
("context", "kb-zh-visiting-004", "剛從英國讀書回港的大學生（粵語）",
 "我啱啱由英國讀完書返嚟，老豆仲喺ICU。我同阿媽、細佬三個想一齊入去睇佢，一次可以入幾多個？"),
("context", "kb-zh-records_billing-007", "重庆来的随迁老人，在广州带外孙",
 "我是重庆的医保，退休后来广州帮女儿带外孙。现在要在你们医院住院，能不能直接刷医保结算？"),
("context", "kb-zh-appointments-005", "带父母去林芝旅游的女儿",
 "我带爸妈来林芝玩，我妈的高血压一直在你们医院看，药快吃完了，人还在西藏回不去，有没有办法不回医院就开药？"),
("context", "kb-zh-medications-010", "广西百色的年轻妈妈",
 "孩子在幼儿园发烧回来，家里没有儿童退烧药，奶奶说把大人的退烧片掰一半给他吃就行，这样可以吗？"),
("context", "kb-zh-self_care-002", "在西双版纳旅游的退休夫妻",
 "我们在西双版纳旅游，我老伴发烧38度5，已经烧第二天了，精神还可以。什么情况下一定要去医院？"),
("context", "kb-zh-procedures-007", "江门台山侨眷（从美国回来探亲）",
 "我阿爸要入院做手术，医生已经开了住院证，说病区床位要等电话。接到通知之后要带什么东西去办入院？"),
("context", "kb-zh-visiting-007", "香港元朗孫女（粵語）",
 "嫲嫲喺你哋度住院，我日日煲湯送過去。佢飲唔晒嘅湯可唔可以擺喺病房雪櫃，第二日再飲？"),
("context", "kb-zh-procedures-010", "成都老年大学摄影班学员",
 "我明天上午做无痛胃镜，下午还约了摄影班的同学去拍银杏。做完以后多久可以吃东西？"),
("context", "kb-zh-medications-002", "贵阳退休夫妻，在三亚过冬",
 "我们每年冬天来三亚住三个月，降压药是你们医院开的，还剩十来天就吃完了。能不能在网上续药寄过来？要提前多久弄？"),
("context", "kb-zh-records_billing-011", "遵义初三学生家长",
 "娃儿中考体育想申请免考，学校要医院开的诊断证明。上周看完病走了才想起来，现在还能补开吗？"),
# ---- lay (18)
("lay", "kb-zh-self_care-008", "四川乐山外婆",
 "娃儿拉稀拉了两天了，屋头没得那个冲水喝的药粉，可以先给他喝点啥子？"),
("lay", "kb-zh-medications-004", "广西梧州退休阿婆",
 "屋里一堆吃剩的药都过了日子，丢去哪里好？"),
("lay", "kb-zh-self_care-007", "贵港爱唱K的退休大叔",
 "喉咙痛得要死，连口水都咽不下去，一直流口水，这个要紧不？"),
("lay", "kb-zh-appointments-006", "湛江老年合唱团团员",
 "我去了趟厕所，回来发现叫过我的名字了，现在咋办？"),
("lay", "kb-zh-procedures-002", "汉中退休铁路工人",
 "明天上午开刀，今天晚上几点以后就不能吃东西了？"),
("lay", "kb-zh-visiting-005", "香港釣魚友（粵語）",
 "我自己有啲流鼻水喉嚨痕，仲去唔去得醫院探阿媽？"),
("lay", "kb-zh-medications-008", "广西钦州家庭主妇",
 "上次医生给我开的消炎药还剩半盒，我老公这两天咳嗽，拿给他吃行不行？"),
("lay", "kb-zh-self_care-003", "惠州新手外婆",
 "外孙才两个月大，摸起来烫烫的，量了一下38度，先在家看看行不行？"),
("lay", "kb-zh-records_billing-009", "在珠海旅游的重庆大学生",
 "钱都交了，片子还没拍，现在不想拍了，钱能拿回来吗？"),
("lay", "kb-zh-self_care-010", "西昌养猫的大学生",
 "一到换季就鼻子痒、打喷嚏、清鼻涕流个不停，宿舍楼下还有我喂的猫，平时要注意啥？"),
("lay", "kb-zh-self_care-009", "佛山养兰花的退休阿伯",
 "搬花盆闪了腰，是不是要一直躺在床上别动？"),
("lay", "kb-zh-appointments-009", "香港退休小學校長（粵語）",
 "阿媽行得唔方便，我揸車載佢嚟，可唔可以駛到門口先俾佢落車？"),
("lay", "kb-zh-medications-011", "香港觀鳥愛好者（粵語）",
 "攞完藥返到屋企先發覺唔使食，仲可唔可以拎返去退？"),
("lay", "kb-zh-visiting-010", "阳江家属，陪老伴住院",
 "住院的时候能不能带个小电饭锅去病房煮粥？"),
("lay", "kb-zh-appointments-004", "泉州爷爷，孙子刚满月",
 "孙子刚出生还没有身份证，要怎么在你们医院给他开个本子？"),
("lay", "kb-zh-test_preparation-009", "香港大學新生，住宿舍（粵語）",
 "醫生叫我交啲大便去化驗，要攞幾多先夠？"),
("lay", "kb-zh-procedures-006", "贺州退休木匠的老伴",
 "老头子开完刀回家，刀口旁边有点发青，正常不？"),
("lay", "kb-zh-self_care-001", "香港太極班學員（粵語）",
 "傷風流鼻水十幾日都仲未好，使唔使去睇醫生？"),
# ---- two_part (12)
("two_part", "kb-zh-appointments-002", "自驾川藏线的退休夫妻",
 "挂了号但那天赶不回来，当天还能在网上退号吗？挂号费会退到哪里？"),
("two_part", "kb-zh-test_preparation-008", "香港退休社工（繁體書面語）",
 "做胃鏡之前要禁食多久？我有高血壓，當天早上的降壓藥還可以吃嗎？"),
("two_part", "kb-zh-records_billing-008", "住在深圳的香港退休人士（粵語）",
 "電子發票喺邊度下載？同紙本發票效力係咪一樣？"),
("two_part", "kb-zh-visiting-006", "成都三兄妹中的老幺",
 "我们三兄妹想轮流陪床照顾老妈，可以吗？要是请护工找谁问？"),
("two_part", "kb-zh-appointments-011", "搬咗去深圳住嘅香港退休阿伯（粵語）",
 "專家號冇晒點算？可唔可以去到即場叫醫生加號？"),
("two_part", "kb-zh-medications-001", "雅安退休老师，爱喝茶",
 "降压药一次最多能开几周的量？开了长期处方是不是就不用回来复查了？"),
("two_part", "kb-zh-test_preparation-004", "绵阳退休工程师",
 "做完增强CT要在医院等多久才能走？回家以后要不要多喝水？"),
("two_part", "kb-zh-records_billing-010", "香港攝影發燒友（粵語）",
 "影完CT仲會唔會俾菲林我？如果要拎去第二間醫院睇，點搞？"),
("two_part", "kb-zh-self_care-004", "江门台山阿婆",
 "切菜切到手指头，要按住多久才止得住血？要不要去打破伤风针？"),
("two_part", "kb-zh-appointments-003", "在深圳读大学的甘肃学生",
 "第一次来你们医院看病要带什么？要是医保卡忘带了怎么办？"),
("two_part", "kb-zh-procedures-011", "香港DSE考生媽媽（粵語）",
 "個女排咗做手術，如果要改期要幾早通知？佢嗰陣如果來M會唔會影響做手術？"),
("two_part", "kb-zh-medications-009", "肇庆退休中学化学老师",
 "你们的药学咨询门诊能帮我看些什么问题？药师能不能直接帮我改处方？"),
]

ZH_NA = [
# ---- missing_detail (30)
("missing_detail", "kb-zh-appointments-001", "柳江边钓鱼的退休大爷",
 "你们医院总机电话是多少号？"),
("missing_detail", "kb-zh-appointments-009", "南宁自驾来看病的一家人",
 "院内停车场一个小时收多少钱？"),
("missing_detail", "kb-zh-visiting-001", "广西北海退休护林员的女儿",
 "普通病房下午探视是几点开始、几点结束？"),
("missing_detail", "kb-zh-records_billing-001", "香港大學生幫外公辦手續（粵語）",
 "複印病歷一頁要幾多錢？"),
("missing_detail", "kb-zh-appointments-007", "汕尾陪老爸看病的女儿",
 "服务台借轮椅要押多少钱？"),
("missing_detail", "kb-zh-visiting-006", "在外地读研的儿子",
 "医院的护工一天多少钱？"),
("missing_detail", "kb-zh-procedures-007", "香港新界退休漁農署職員（粵語）",
 "入院嘅預交金要交幾多錢？"),
("missing_detail", "kb-zh-visiting-004", "西宁来广州进修的老师",
 "ICU每天是几点到几点可以探视？"),
("missing_detail", "kb-zh-appointments-008", "聋人家长的女儿（南宁）",
 "手语志愿者一般是星期几有？"),
("missing_detail", "kb-zh-medications-009", "香港退休護衛員嘅太太（粵語）",
 "藥學諮詢門診喺幾樓？"),
("missing_detail", "kb-zh-records_billing-010", "阿坝州来看病的藏族青年",
 "要打印胶片的话一张多少钱？"),
("missing_detail", "kb-zh-appointments-002", "昆明来的大学新生",
 "爽约几次就会被限制线上预约？要限制多久？"),
("missing_detail", "kb-zh-appointments-002", "惠州退休公交调度员",
 "普通门诊挂号费是多少钱？"),
("missing_detail", "kb-zh-records_billing-004", "香港移居中山嘅阿婆（粵語）",
 "你哋醫院個App叫咩名？我喺手機度搵唔到。"),
("missing_detail", "kb-zh-appointments-009", "来旅游顺便复诊的乌鲁木齐大姐",
 "坐地铁来是在哪一站下、走几号口？"),
("missing_detail", "kb-zh-procedures-010", "柳州退休纺织女工",
 "做无痛胃镜，麻醉费要多少钱？"),
("missing_detail", "kb-zh-procedures-012", "香港龍舟隊教練（粵語）",
 "膝頭手術之後一般第幾日拆線？"),
("missing_detail", "kb-zh-test_preparation-002", "南充退休护士的老伴",
 "做肠镜喝的那个泻药叫什么名字？我想先去药店看看。"),
("missing_detail", "kb-zh-records_billing-006", "海口退休中学校长",
 "门诊慢特病备案交上去以后一般要几天才批下来？"),
("missing_detail", "kb-zh-records_billing-007", "在深圳带孙子的广西外婆",
 "办了异地备案以后，在你们这住院能报百分之几？"),
("missing_detail", "kb-zh-visiting-007", "香港屯門退休廚師嘅仔（粵語）",
 "醫院營養飯堂一餐要幾多錢？"),
("missing_detail", "kb-zh-records_billing-001", "贵阳高三学生的爸爸",
 "病案室周六周日开不开门？"),
("missing_detail", "kb-zh-procedures-008", "韶关退休林场工人",
 "住院结算窗口下午几点下班？"),
("missing_detail", "kb-zh-self_care-002", "来桂林旅游发烧的上海游客",
 "发热门诊在医院哪栋楼？"),
("missing_detail", "kb-zh-medications-010", "香港幼稚園家長（粵語）",
 "三歲細路退燒藥水一次飲幾多ml？"),
("missing_detail", "kb-zh-procedures-003", "江西来深圳的跑团大叔",
 "日间手术中心的电话号码是多少？"),
("missing_detail", "kb-zh-records_billing-010", "在成都读书的拉萨姑娘",
 "云影像的分享链接多少天以后会失效？"),
("missing_detail", "kb-zh-appointments-010", "香港行完龍脊返深圳嘅遊客（粵語）",
 "急診掛號費要幾多錢？"),
("missing_detail", "kb-zh-appointments-001", "广西河池退休教师的女儿",
 "你们骨科哪位专家看膝盖最有名？叫什么名字？"),
("missing_detail", "kb-zh-test_preparation-001", "赶早市的佛山退休阿姨",
 "早上抽血窗口几点开门？"),
# ---- off_topic (10)
("off_topic", "", "结婚五年的南宁小学老师夫妻",
 "你们医院能不能做试管婴儿？"),
("off_topic", "", "准备开糖水铺的东莞夫妻",
 "我要办食品从业人员健康证，在你们医院能办吗？"),
("off_topic", "", "香港大學生義工（粵語）",
 "我想捐血，你哋醫院有冇捐血站？"),
("off_topic", "", "陪老爸从西藏来看病的儿子",
 "医院附近有没有便宜一点的宾馆推荐？"),
("off_topic", "", "香港準備考車牌嘅中學畢業生（粵語）",
 "考車牌要驗身，你哋醫院做唔做？"),
("off_topic", "", "深圳的香港上班族（粵語）",
 "你哋有冇九價HPV疫苗打？幾錢一針？"),
("off_topic", "", "成都退休的中医爱好者",
 "你们医院有没有针灸推拿科？"),
("off_topic", "", "香港長者，退休小巴司機嘅老婆（粵語）",
 "香港嘅長者醫療券喺你哋醫院用唔用得？"),
("off_topic", "", "南宁高考完的女生",
 "高考完想割双眼皮，你们医院做不做，多少钱？"),
("off_topic", "", "大理旅居的退休画家",
 "医院有没有招聘美术治疗师？"),
]


# characters that only occur in Traditional script (used to count the zh script mix)
TRAD_ONLY = set("們係嘅喺唔咗點醫請問會個藥門診幾後過還時應該檢發為這樣對說從與單種親張電體歲帶剛讀嗎聽頭長兒擰鍾來睇攞飲湯櫃嫲號晒貨車駛媽讓紙葉嗰陣傷歷鬥嚟邊間藍雙錢針療駕驗準試畢業義樓結")


def load_kb(lang):
    ids = set()
    with open(os.path.join(KB, "passages_%s.jsonl" % lang), encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line:
                ids.add(json.loads(line)["id"])
    return ids


def build(lang, answerable_rows, na_rows, kb_ids):
    rows = []
    for kind, gold, voice, q in answerable_rows:
        assert gold in kb_ids, (lang, gold)
        assert gold.startswith("kb-%s-" % lang), gold
        rows.append({"answerable": True, "gold": [gold], "kind": kind, "language": lang,
                     "question": q, "voice": voice})
    for kind, near, voice, q in na_rows:
        if kind == "missing_detail":
            assert near in kb_ids, (lang, near)
            voice = "%s; near %s" % (voice, near)
        else:
            assert near == "", q
        rows.append({"answerable": False, "gold": [], "kind": kind, "language": lang,
                     "question": q, "voice": voice})
    random.Random("%d-%s" % (SEED, lang)).shuffle(rows)
    for i, r in enumerate(rows, 1):
        r["id"] = "r19-%s-%03d" % (lang, i)
    return rows


def check(rows, lang):
    from collections import Counter
    kinds = Counter(r["kind"] for r in rows)
    assert len(rows) == 100, len(rows)
    assert kinds == Counter({"plain": 10, "context": 20, "lay": 18, "two_part": 12,
                             "missing_detail": 30, "off_topic": 10}), kinds
    assert sum(r["answerable"] for r in rows) == 60
    gold_use = Counter(g for r in rows for g in r["gold"])
    assert max(gold_use.values()) <= 2, gold_use.most_common(3)
    for r in rows:
        assert len(r["gold"]) == (1 if r["answerable"] else 0)
        assert r["question"].strip() == r["question"] and r["question"]
        assert (r["kind"] == "missing_detail") == ("; near kb-" in r["voice"])
    qs = [r["question"] for r in rows]
    assert len(set(qs)) == len(qs), "duplicate question"
    if lang == "zh":
        trad = sum(1 for q in qs if set(q) & TRAD_ONLY)
        assert trad == 30, trad


def main():
    out = []
    for lang, ans, na in (("en", EN, EN_NA), ("zh", ZH, ZH_NA)):
        rows = build(lang, ans, na, load_kb(lang))
        check(rows, lang)
        out.extend(rows)
    assert len(out) == 200
    path = os.path.join(HERE, "questions.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
    print("wrote %d rows to %s" % (len(out), path))


if __name__ == "__main__":
    main()
