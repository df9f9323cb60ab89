#!/usr/bin/env python3
"""Blind grounded review set 28: 100 English + 100 Chinese reviewer questions.

Every question below was typed by hand by the writer. Standard library only.
Rows: (kind, question, gold_id_or_None, voice). Run: python3 make_review28.py
"""
import hashlib
import json
import os
import random

SEED = 28
HERE = os.path.dirname(os.path.abspath(__file__))
MEDQA_ROOT = os.environ.get("MEDQA_ROOT", "/work/main")
KB_DIR = os.path.join(MEDQA_ROOT, "medqa", "assets", "kb")

EN = [
    # ---------------- plain (10) ----------------
    ("plain", "What are the ways I can book an outpatient appointment? Is it only by phoning?",
     "kb-en-appointments-001", "Gambian English speaker, plain"),
    ("plain", "can you eat and drink as normal before an xray",
     "kb-en-test_preparation-010", "works canteen cook at a biscuit factory, all lower case"),
    ("plain", "Hospital prescription - does it have to be the hospital pharmacy or can I take it to the chemist near me?",
     "kb-en-medications-012", "motorway services shop assistant, either/or question"),
    ("plain", "Where should a patient keep their money and valuables while they are on the ward?",
     "kb-en-visiting-010", "Liberian English speaker, plain"),
    ("plain", "what do u need to sign up to the patient portal",
     "kb-en-records_billing-002", "university halls resident assistant asking for a first-year resident"),
    ("plain", "How do I check if my referral has actually been received?",
     "kb-en-appointments-010", "Coleraine, plain"),
    ("plain", "How long do biopsy results usually take?",
     "kb-en-records_billing-003", "Scottish Borders hill shepherd, Ettrick, short"),
    ("plain", "How do I get an itemised bill please?",
     "kb-en-records_billing-007", "Cameroonian English speaker (Buea), plain"),
    ("plain", "Do I still have to finish the antibiotics if I feel fine now?",
     "kb-en-medications-007", "Ballymoney, plain"),
    ("plain", "Can I phone the ward to find out how my uncle is getting on?",
     "kb-en-visiting-007", "motorway services night manager, plain"),

    # ---------------- context (20) ----------------
    ("context", "I'm a Shared Lives carer and Daniel, who's lived with us since April, missed his physio last Tuesday. "
     "The letter went to his old supported flat so he never saw it, and nobody rang. What happens now, will he be taken off the list?",
     "kb-en-appointments-003", "Shared Lives carer, for the adult who lives with her family"),
    ("context", "My mother is 84 and cannae get up into the pickup since her hip went, and there's no bus up the valley at all, "
     "just the post van. She's a clinic in a fortnight. How do we get her the hospital transport and how far ahead do we need to ask?",
     "kb-en-appointments-009", "Scottish Borders hill farmer, Yarrow valley, for his mother"),
    ("context", "Doing earlies in the works canteen all week then I've got my colonoscopy on the Friday. The sheet says drink the "
     "laxative stuff in two goes the day before. I've a weak stomach and I'm scared I'll bring it back up. What do I do if that happens?",
     "kb-en-test_preparation-003", "works canteen cook on early shifts"),
    ("context", "Yer man at the surgery sent me for an MRI on the knee. Thing is I've a plate and screws in my ankle from when a "
     "bullock stood on me years back. Do I tell somebody before, or just turn up and say it on the day?",
     "kb-en-test_preparation-005", "Ballymena cattle farmer, Ulster Scots"),
    ("context", "live on my own in a flat above the services, no family about. theyre giving me sedation for the camera test next "
     "week. can i just get a taxi home after, its only 10 min",
     "kb-en-procedures-002", "motorway services cleaner who lives alone, lower case"),
    ("context", "Please my husband have his hernia operation on Thursday. Since Sunday he is running stomach, going to toilet many "
     "times. He say it is nothing and we still go. Please what should we do?",
     "kb-en-procedures-011", "Liberian English speaker, for her husband"),
    ("context", "My da's moved into the home in Portstewart and he's left a drawer full of old tablets and a yellow tub half full "
     "of his insulin needles. Our Karen says just put the whole lot in the black bin. Is that right or what do we do with them?",
     "kb-en-medications-003", "Coleraine daughter clearing her father's house"),
    ("context", "Our head chef is in on a surgical ward after his op and the lads want to send in a big bouquet and a tray of my "
     "sausage rolls. Before I go to the bother, is any of that allowed?",
     "kb-en-visiting-003", "works canteen cook, for a colleague"),
    ("context", "My small brother was moved to intensive care in the night after the motorbike accident. Tomorrow I will come "
     "with our mother and our auntie. How many of us can stand by his bed, and how do we get in, is the door open?",
     "kb-en-visiting-005", "Cameroonian English speaker, for her brother"),
    ("context", "I'm a PA, Marcus employs me through his direct payments and I go to all his appointments with him. He wants me "
     "to be able to see his letters and appointments on the portal because he finds it hard to use. How do we set that up?",
     "kb-en-records_billing-005", "personal assistant employed through direct payments"),
    ("context", "I had my operation as a private patient and now the bill has come. It is too much for me to pay at one time, "
     "I send money home every month. My cousin says if I don't pay they will give it to collectors. Can I pay it small small?",
     "kb-en-records_billing-009", "Gambian English speaker, self-paying patient"),
    ("context", "Splashed hot fat off the fryer onto my forearm at work, patch about the size of a 50p, its red but no blisters. "
     "Got it under the tap now. How long should I keep it there and can I put butter on it after like my nan used to?",
     "kb-en-self_care-005", "motorway services food court cook"),
    ("context", "I am going home to Monrovia for three weeks for my father's 70th birthday. I use insulin. My sister says put it in "
     "the big suitcase with the other things. Is that okay for the plane?",
     "kb-en-medications-009", "Liberian English speaker, travelling home"),
    ("context", "The clinic have put my follow-up down as a phone one. Signal up at the steading is hopeless and the hospital "
     "number never shows anyway, I just ignore those calls. Anything I should know, and can I ask for a proper face to face instead?",
     "kb-en-appointments-006", "Scottish Borders shepherd, Hawick"),
    ("context", "Me and the two weans want to go up and see my da on the ward Saturday. The youngest one's class has chickenpox "
     "going round, she's not sick herself though, and the other fella's rightly. Can she still come?",
     "kb-en-visiting-002", "Ballymena father, Ulster Scots"),
    ("context", "I work the till at the services and got my gel nails done Saturday, cost me 35 quid. Op is on Monday morning. "
     "Do they all have to come off or just some?",
     "kb-en-procedures-012", "motorway services shop assistant"),
    ("context", "It's lambing and I'll no get off the hill for the best part of a fortnight. I'm running down my tablets. How "
     "early should I be putting the repeat in so I'm no caught short?",
     "kb-en-medications-001", "Scottish Borders hill shepherd at lambing time"),
    ("context", "Jess has lived with our family for six years through Shared Lives. She has a learning disability and gets very "
     "frightened at night in strange places. She's going in for a few days next week. Can I stay overnight on the ward with her?",
     "kb-en-visiting-008", "Shared Lives carer"),
    ("context", "My manager at the services won't pay sick pay unless I show him something saying I was in hospital Mon to Wed "
     "last week. I'm home now. Who do I ask for a letter like that?",
     "kb-en-records_billing-011", "motorway services car park attendant"),
    ("context", "My wife is 26 weeks and the midwife booked her for the glucose tolerance test on Friday. She will bring our son "
     "of four because I am at work. How long will she be there, and can she take him out to the shop in between the bloods?",
     "kb-en-test_preparation-012", "Cameroonian English speaker, for his wife"),

    # ---------------- lay (18) ----------------
    ("lay", "i hate tight spaces and theyve booked me into the big tube thing with the magnet. can my friend come in the room with me",
     "kb-en-test_preparation-006", "university halls resident assistant, for a resident, lower case"),
    ("lay", "Whats ok to eat the few days before they put the camera up the back passage? Is a bacon butty on brown bread alright?",
     "kb-en-test_preparation-004", "works canteen till operator"),
    ("lay", "They want my bloods taken on an empty belly. Can I have a cup of tay first or is it just water?",
     "kb-en-test_preparation-002", "Ballymena, Ulster Scots"),
    ("lay", "going for the jelly scan on my belly tuesday, its for my liver. do i have to go without my breakfast?",
     "kb-en-test_preparation-009", "motorway services cleaner, lower case"),
    ("lay", "doc wants me to pee in a little tub and bring it in. do i catch the first bit or the middle bit??",
     "kb-en-test_preparation-011", "Coleraine young man, text style"),
    ("lay", "For the camera down the throat into the stomach, can they knock me out for it or do I just have to grin and bear it wide awake?",
     "kb-en-procedures-001", "Scottish Borders farmer's wife"),
    ("lay", "Op is first thing Thursday. They said no food after the early hours. Does a coffee with plenty of milk in it count as food or is that just a drink?",
     "kb-en-procedures-003", "works canteen till operator"),
    ("lay", "I signed the paper saying yes to the op but I've gone right off the idea. Am I stuck with it now I've put my name to it?",
     "kb-en-procedures-006", "Ballymoney woman"),
    ("lay", "They've told Marcus he can go home tomorrow. Last time it took from breakfast till nearly 6 at night to actually get out the door. Why does it take so long?",
     "kb-en-procedures-009", "personal assistant employed through direct payments"),
    ("lay", "when can i get in the shower with the cut from my op? and what about a proper soak in the bath",
     "kb-en-procedures-010", "university halls resident assistant, for a resident"),
    ("lay", "Hurt my back humping feed bags off the trailer. The wife says lie flat in bed till it eases. Is that the best thing?",
     "kb-en-self_care-009", "Scottish Borders hill farmer"),
    ("lay", "Forgot my tablet this morning, only remembered now at tea time. Do I take two tonight to catch up?",
     "kb-en-medications-004", "works canteen cook"),
    ("lay", "The label says to take it when I have not eaten. So how long after my breakfast is that?",
     "kb-en-medications-005", "Gambian English speaker"),
    ("lay", "Minding my sister's little girl this weekend and she's on medicine. Can I just use a teaspoon out of the drawer to measure it?",
     "kb-en-medications-011", "Ballymena aunt, Ulster Scots"),
    ("lay", "There's a sickness bug on my mum's ward. Does the squirty hand stuff by the door kill it or do I need to do something else?",
     "kb-en-visiting-004", "Coleraine, plain"),
    ("lay", "Do I have to get the ok from my insurance company before the scan, or do they just pay after?",
     "kb-en-records_billing-008", "motorway services night manager"),
    ("lay", "turned my foot in a rabbit hole out on the hill, its puffed up like a balloon. ice or something warm?",
     "kb-en-self_care-006", "Scottish Borders shepherd, lower case"),
    ("lay", "A bee got me on the arm taking the bins out at work and the little black bit it left is still stuck in me. Do I squeeze it out?",
     "kb-en-self_care-013", "works canteen pot-wash"),

    # ---------------- two_part (12) ----------------
    ("two_part", "[ ] how much notice do u need if i want to move my appt?  [ ] can i do it myself on the portal?",
     "kb-en-appointments-002", "university halls resident assistant, checkbox list"),
    ("two_part", "Do I need to bring photo ID to the clinic? And should I bring my actual tablets or is a list fine?",
     "kb-en-appointments-004", "Gambian English speaker"),
    ("two_part", "how early should we get there, and if we're stuck behind a tractor on the A7 who do we ring?",
     "kb-en-appointments-005", "Scottish Borders, lower case"),
    ("two_part", "My mother speaks French only, she is from Douala. Is the interpreter free? And can my daughter who is 12 interpret "
     "for her instead, her English is very good?",
     "kb-en-appointments-007", "Cameroonian English speaker, for a French-speaking mother"),
    ("two_part", "Subject: parking\nDo the car park machines take card? And is there any cheaper parking if I'm coming in every day "
     "for treatment for a few weeks?\nSent from my Samsung Galaxy",
     "kb-en-appointments-008", "motorway services night manager, e-mail subject line and phone footer"),
    ("two_part", "I'm a PA for a man who uses a power chair and has an assistance dog. Can the dog come into the hospital with us, "
     "and can we ask for a hoist in the clinic room?",
     "kb-en-appointments-012", "personal assistant employed through direct payments"),
    ("two_part", "Two things about my CT with the dye next week. Will I need a blood test first? And what does it feel like when they put the dye in?",
     "kb-en-test_preparation-007", "Liberian English speaker"),
    ("two_part", "If tablets upset my stomach should I just stop them? And is there somewhere you report side effects?",
     "kb-en-medications-010", "works canteen cook"),
    ("two_part", "What time's visiting roughly, and how many of us can be round the bed at once?",
     "kb-en-visiting-001", "Ballymena, Ulster Scots"),
    ("two_part", "who do i speak to if im not happy with how my mum was treated on the ward, and will it go against her if i complain",
     "kb-en-visiting-012", "Coleraine, lower case"),
    ("two_part", "How do I ask for a copy of my medical records, and what ID do I have to show?",
     "kb-en-records_billing-001", "Gambian English speaker"),
    ("two_part", "my flatmate's had the sickness bug since sunday. how long should she stay off lectures after, and is the "
     "rehydration stuff from the chemist worth getting?",
     "kb-en-self_care-008", "university halls resident assistant, for a resident"),

    # ---------------- missing_detail (30) ----------------
    ("missing_detail", "how much is the deposit if I borrow one of the wheelchairs at the front door?", None,
     "personal assistant employed through direct payments; near kb-en-appointments-012"),
    ("missing_detail", "What is the hourly rate in the patient car park please?", None,
     "Cameroonian English speaker; near kb-en-appointments-008"),
    ("missing_detail", "sorry its 3am, just off shift. what time exactly does visiting start on the surgical wards, 2 or half 2?", None,
     "motorway services night cleaner, time-stamped message; near kb-en-visiting-001"),
    ("missing_detail", "How many times am I allowed to move my appointment before you stop letting me?", None,
     "Liberian English speaker; near kb-en-appointments-002"),
    ("missing_detail", "whats the actual phone number for the switchboard, cant find it anywhere", None,
     "university halls resident assistant, lower case; near kb-en-appointments-001"),
    ("missing_detail", "How many weeks is the wait for the skin clinic at the minute? GP referred me in January.", None,
     "Ballymoney; near kb-en-appointments-010"),
    ("missing_detail", "Is the hospital transport free or is there a charge for it?", None,
     "Scottish Borders hill farmer, either/or question; near kb-en-appointments-009"),
    ("missing_detail", "Do you have an interpreter who speaks Mandinka? My uncle only speaks Mandinka and a bit of Wolof.", None,
     "Gambian English speaker, for his uncle; near kb-en-appointments-007"),
    ("missing_detail", "What are the outpatient pharmacy opening hours on a Saturday?", None,
     "motorway services shop assistant; near kb-en-medications-012"),
    ("missing_detail", "How much is the prescription charge per item now?", None,
     "works canteen cook; near kb-en-records_billing-010"),
    ("missing_detail", "How long does an itemised bill take to come in the post once I ask for it?", None,
     "Cameroonian English speaker; near kb-en-records_billing-007"),
    ("missing_detail", "How many litres of the bowel prep do I actually have to drink altogether?", None,
     "works canteen till operator; near kb-en-test_preparation-003"),
    ("missing_detail", "How long does the pre-op assessment take? My manager wants to know how many hours I'll be off.", None,
     "motorway services food court cook; near kb-en-procedures-005"),
    ("missing_detail", "How many days after the op do the stitches come out?", None,
     "Ballymena, Ulster Scots; near kb-en-procedures-010"),
    ("missing_detail", "How many weeks after a hernia op before I can drive the tractor again?", None,
     "Scottish Borders hill farmer; near kb-en-procedures-004"),
    ("missing_detail", "what floor is the discharge lounge on and can you get a cup of tea there", None,
     "Coleraine, lower case; near kb-en-procedures-009"),
    ("missing_detail", "What day does the council lift full sharps bins round Ballymena?", None,
     "Ballymena, Ulster Scots; near kb-en-medications-003"),
    ("missing_detail", "Are artificial silk flowers OK to bring in, seeing as real ones aren't?", None,
     "Shared Lives carer; near kb-en-visiting-003"),
    ("missing_detail", "wifi password for the wards?", None,
     "university halls resident assistant, for a resident; near kb-en-visiting-011"),
    ("missing_detail", "Where is the lost property office and what hours is it open? My uncle's hearing aid went missing.", None,
     "Liberian English speaker, for her uncle; near kb-en-visiting-010"),
    ("missing_detail", "How many working days before I get an answer to a formal complaint?", None,
     "Cameroonian English speaker; near kb-en-visiting-012"),
    ("missing_detail", "How much do you charge for a copy of my records?", None,
     "motorway services night manager; near kb-en-records_billing-001"),
    ("missing_detail", "whats the name of your data protection officer, i want to write to them direct", None,
     "university halls resident assistant, lower case; near kb-en-records_billing-012"),
    ("missing_detail", "What is the least I can pay each month on a payment plan?", None,
     "Gambian English speaker; near kb-en-records_billing-009"),
    ("missing_detail", "What's the income limit for the financial assistance? I take home about 1400 a month.", None,
     "works canteen pot-wash; near kb-en-records_billing-010"),
    ("missing_detail", "How much does the consultant charge to fill in an insurance report?", None,
     "Scottish Borders shepherd; near kb-en-records_billing-011"),
    ("missing_detail", "What hours is visiting in intensive care?", None,
     "Cameroonian English speaker; near kb-en-visiting-005"),
    ("missing_detail", "How many missed appointments before you send me back to my GP?", None,
     "motorway services shop assistant; near kb-en-appointments-003"),
    ("missing_detail", "can i bring my own playlist on my phone to listen to in the headphones in the magnet scanner", None,
     "university halls resident assistant, for a resident; near kb-en-test_preparation-006"),
    ("missing_detail", "What are the set visiting hours on the children's ward for aunties and uncles?", None,
     "Liberian English speaker; near kb-en-visiting-009"),

    # ---------------- off_topic (10) ----------------
    ("off_topic", "does the hospital do blood donor sessions, how do I go about giving blood", None,
     "Ballymena, Ulster Scots"),
    ("off_topic", "Are there any jobs going in the hospital kitchens? I've 12 years in a works canteen.", None,
     "works canteen cook"),
    ("off_topic", "Can I sign up to the organ donor register through the hospital?", None,
     "Gambian English speaker"),
    ("off_topic", "Does the hospital do the medical for renewing a lorry licence?", None,
     "motorway services night manager"),
    ("off_topic", "Is there a cash machine anywhere inside the hospital?", None,
     "Liberian English speaker"),
    ("off_topic", "Can I rent a telly for my mum's bed on the ward, and how much is the card for it?", None,
     "Coleraine"),
    ("off_topic", "do u pay people to take part in medicine trials? asking for my flatmate who's skint", None,
     "university halls resident assistant, for a resident"),
    ("off_topic", "Is there a hairdresser that comes round the wards? Jess would love her hair done while she's in.", None,
     "Shared Lives carer"),
    ("off_topic", "Does the hospital run first aid courses? We need two folk trained for the shearing gang.", None,
     "Scottish Borders hill shepherd"),
    ("off_topic", "Can members of the public use the hydrotherapy pool, and what does it cost?", None,
     "personal assistant employed through direct payments"),
]

ZH = [
    # ---------------- plain (10) ----------------
    ("plain", "第一次来你们医院看病，是不是要先办张卡？",
     "kb-zh-appointments-004", "中专学生替老家父母问"),
    ("plain", "做肝胆B超之前要空腹多久？",
     "kb-zh-test_preparation-007", "高速服务区便利店店员"),
    ("plain", "藥袋寫「一日三次」，係咪一定要跟住早午晚三餐食？",
     "kb-zh-medications-006", "香港文具舖店員（粵語，繁體）"),
    ("plain", "缴完费电子发票在哪里可以下载？",
     "kb-zh-records_billing-008", "泰国华人，曼谷"),
    ("plain", "住院陪床的家属能不能几个人轮换着来？",
     "kb-zh-visiting-006", "山西运城"),
    ("plain", "流鼻血的時候頭要往後仰嗎？",
     "kb-zh-self_care-012", "南投埔里家長（繁體）"),
    ("plain", "挂号时忘了选医保，交完钱还能改成医保结算吗？",
     "kb-zh-records_billing-006", "贵州安顺"),
    ("plain", "去藥房拿藥的時候要核對哪些東西？",
     "kb-zh-medications-011", "苗栗三義木雕店家（繁體）"),
    ("plain", "大人量腋下体温，多少度算发烧？",
     "kb-zh-self_care-002", "共享单车运维员，两单之间"),
    ("plain", "病房里面可以用自己带的电热水壶吗？",
     "kb-zh-visiting-010", "缅甸华人，腊戍"),

    # ---------------- context (20) ----------------
    ("context", "我在外地读技校，我妈在老家要去你们医院看膝盖。她不会弄手机，我想在App上帮她挂号，直接用我自己的名字挂可以不？反正都是一家人。",
     "kb-zh-appointments-001", "技校学生替老家母亲问"),
    ("context", "我在服务区超市上班，昨天搬饮料箱子把腰闪了。老板让我回家在床上躺一个礼拜别动，真的要一直躺着才好得快吗？",
     "kb-zh-self_care-009", "高速服务区超市理货员"),
    ("context", "上次陪我爸去看病，在候诊区干坐了一个多钟头都没叫到，后来才知道要先报到。这回该怎么报到？万一过号了咋办？",
     "kb-zh-appointments-006", "共享单车运维员，陪父亲看病"),
    ("context", "我奶奶八十多了，耳朵背，不会用智能手机。我在宁波打工回不去，她一个人去医院哪样办嘛？有没有人带她挂号、找科室？",
     "kb-zh-appointments-007", "贵州毕节，在外打工的孙子"),
    ("context", "我姐姐姐夫在深圳上班，外甥放暑假住我这儿。昨天带他来看病，医生说要做个检查，要家长签字，我这个当舅舅的签行不行？",
     "kb-zh-appointments-012", "共享单车运维员，替外甥问"),
    ("context", "我爸年轻时在矿上干活，有一回铁屑崩进眼睛里。现在医生给他开了核磁共振，这个要紧不要紧，要跟哪个讲？",
     "kb-zh-test_preparation-003", "缅甸华人，曼德勒，替父亲问"),
    ("context", "我爹六十好几了，下礼拜要做胃镜。他有一副活动假牙，烟也一直戒不掉。检查前一天晚上还能抽烟不？假牙要不要摘？",
     "kb-zh-test_preparation-008", "山西长治，替父亲问"),
    ("context", "我在曼谷做生意，这次回国顺便体检，医生让我戴一个24小时的心电图小盒子。我住酒店天天要冲凉，戴着能洗澡吗？",
     "kb-zh-test_preparation-010", "泰国华人，曼谷商人"),
    ("context", "我阿公要開白內障，醫生說可以做日間手術，當天就回家。他很擔心萬一開完不舒服還要硬撐著回家，這樣怎麼辦？",
     "kb-zh-procedures-001", "苗栗苑裡，替阿公問（繁體）"),
    ("context", "医生给开了住院证，说病区床位满了。我在高速服务区上班，一走就是两三天。我是要在医院里排着等，还是回去等通知？",
     "kb-zh-procedures-007", "高速服务区加油员"),
    ("context", "我爸住院半个月，明天出院。我在学校回不去，我妈一个人去办结账，她要带哪些东西？",
     "kb-zh-procedures-008", "中专学生替老家父母问"),
    ("context", "我爸在瑞丽开玉石店，血压药快吃完了，上个月刚在你们医院看过门诊。他能不能在App上续方，药直接寄到瑞丽？",
     "kb-zh-medications-002", "缅甸华人，替在瑞丽的父亲问"),
    ("context", "我妈有糖尿病，每天打胰岛素。下个月从合艾回潮州老家，坐飞机，胰岛素可以放大箱子里托运吗？",
     "kb-zh-medications-003", "泰国华人，合艾"),
    ("context", "我喺文具舖做嘢，老闆娘個仔放學喺舖頭做功課，佢話個仔有啲燒，叫我俾半粒大人嘅退燒藥佢食，話切開就得。咁樣做得唔得㗎？",
     "kb-zh-medications-010", "香港文具舖店員（粵語，繁體）"),
    ("context", "阿嬤住院了，我們家兩個小孩一個七歲一個十歲，一直吵著要去看阿嬤。可以帶他們進病房嗎？",
     "kb-zh-visiting-002", "南投埔里家庭（繁體）"),
    ("context", "我大伯在你们ICU，我们一大家子从运城开车赶过来，七八个人，能一起进去看看他吗？",
     "kb-zh-visiting-004", "山西运城"),
    ("context", "我阿妈住你们医院，后天要开刀，她打电话说饿得很，叫我明天给她带碗酸汤鱼去，得不得嘛？",
     "kb-zh-visiting-007", "贵州凯里"),
    ("context", "我爸出院了，想复印病历拿去报销，但他腿脚不方便出不了门。我放假回去替他跑一趟，要带哪些材料？",
     "kb-zh-records_billing-002", "中专学生替父亲办事"),
    ("context", "我是河南参保的，在你们市做共享单车调度，下个月要在你们医院做个小手术住几天，医保能直接结算吗？",
     "kb-zh-records_billing-007", "共享单车运维员，外省参保"),
    ("context", "我爸住院時我媽去繳了預交金，收據不知道丟去哪了。現在要辦出院結算，怎麼辦？",
     "kb-zh-records_billing-012", "苗栗通霄家庭（繁體）"),

    # ---------------- lay (18) ----------------
    ("lay", "明天一大早要去扎针验血，要饿着肚子去吗？口渴能喝口水不？",
     "kb-zh-test_preparation-001", "高速服务区保洁员"),
    ("lay", "要做那个从屁股后面伸管子进去看肠子的检查，前两天还能照常吃青菜、橘子不？",
     "kb-zh-test_preparation-002", "贵州六盘水"),
    ("lay", "医生说拍片子的时候要往血管里打一针让片子更清楚的药水。打完回家要注意点啥？",
     "kb-zh-test_preparation-004", "山西临汾"),
    ("lay", "我可能有了，還沒驗。醫生叫我去照X光，要不要先跟他們講？",
     "kb-zh-test_preparation-005", "南投埔里年輕媽媽（繁體）"),
    ("lay", "小孩身上滚烫滚烫的，我婆婆说拿白酒给他搓搓身子就退了，这个办法行不行？",
     "kb-zh-self_care-003", "贵州安顺"),
    ("lay", "医生叫我下回带点大便来查，要带多少？用什么东西装？",
     "kb-zh-test_preparation-009", "缅甸华人，腊戍"),
    ("lay", "明天上午要开刀，要打那个让人睡过去的针。今天晚上还能嚼口香糖吗？",
     "kb-zh-procedures-002", "高速服务区餐厅服务员"),
    ("lay", "我下禮拜要開刀，上週才去做的凝膠指甲，要卸掉嗎？",
     "kb-zh-procedures-005", "苗栗三義家庭（繁體）"),
    ("lay", "开完刀回家，肚子上那道口子能沾水冲凉吗？",
     "kb-zh-procedures-006", "共享单车运维员"),
    ("lay", "我睡觉呼噜打得震天响，这个事要跟给我打睡觉针的医生讲吗？",
     "kb-zh-procedures-009", "山西长治"),
    ("lay", "醫生話我個傷口縫嘅係會自己溶嘅線，咁仲使唔使返去拆？",
     "kb-zh-procedures-012", "香港豆腐舖師傅（粵語，繁體）"),
    ("lay", "家里药箱翻出一堆放坏了的药，直接冲马桶行不行？",
     "kb-zh-medications-004", "泰国华人，清迈"),
    ("lay", "朝早嗰餐藥唔記得食，到晏晝先醒起，夜晚係咪食兩餐嘅份量補返？",
     "kb-zh-medications-005", "香港運動用品店店員（粵語，繁體）"),
    ("lay", "医生给我爸开的那种杀细菌的药，吃了三天好多了，剩下的还要接着吃完吗？",
     "kb-zh-medications-008", "技校学生替父亲问"),
    ("lay", "我妈一天要吃七八样药，想找个懂药的人帮她理一理哪个跟哪个冲突，医院有这种地方吗？",
     "kb-zh-medications-009", "山西运城，替母亲问"),
    ("lay", "我喺上環藤器舖做嘢，有個老友入咗院，想買盆蘭花去病房俾佢，得唔得㗎？",
     "kb-zh-visiting-003", "香港上環藤器舖師傅（粵語，繁體）"),
    ("lay", "打篮球扭到脚脖子，肿得跟馒头一样，该拿冰块敷还是拿热毛巾敷？",
     "kb-zh-self_care-006", "技校学生"),
    ("lay", "從昨天開始一直跑廁所拉水，我媽叫我喝運動飲料補一補，可以嗎？",
     "kb-zh-self_care-008", "南投埔里家庭（繁體）"),

    # ---------------- two_part (12) ----------------
    ("two_part", "去看病要带什么证件？医保卡忘带了还能刷医保不？",
     "kb-zh-appointments-003", "山西临汾"),
    ("two_part", "第一次看病能不能直接在网上看？网上开的药能寄到家吗？",
     "kb-zh-appointments-005", "泰国华人，打算回国看病"),
    ("two_part", "我老公是泰国人，不会讲中文。看病能给安排翻译吗？让我们十岁的女儿翻译行不行？",
     "kb-zh-appointments-008", "泰国华人，丈夫是泰国人"),
    ("two_part", "現在拍完的片子還會給膠片嗎？要拿去別家醫院給醫生看怎麼辦？",
     "kb-zh-records_billing-010", "苗栗通霄家庭（繁體）"),
    ("two_part", "專家號都約滿了怎麼辦？可以直接去診間門口等醫生加號嗎？",
     "kb-zh-appointments-011", "南投埔里家庭（繁體）"),
    ("two_part", "做肚子的CT要空腹多久？上个月刚做过钡餐，有没有关系？",
     "kb-zh-test_preparation-006", "贵州凯里"),
    ("two_part", "做完日間手術可唔可以自己搭的士返屋企？第二日可唔可以揸車？",
     "kb-zh-procedures-003", "香港豆腐舖師傅（粵語，繁體）"),
    ("two_part", "手術要改期要幾早通知？改咗期之後，之前做過嘅檢查仲有冇效？",
     "kb-zh-procedures-011", "香港文具舖店員（粵語，繁體）"),
    ("two_part", "长期处方一次最多能开多久的药？开了长处方是不是就不用回来复查了？",
     "kb-zh-medications-001", "高速服务区餐厅厨师"),
    ("two_part", "住院病房一般幾時可以探病？朝早去得唔得？",
     "kb-zh-visiting-001", "香港運動用品店店員（粵語，繁體）"),
    ("two_part", "抽完血報告幾時有？喺邊度睇？",
     "kb-zh-records_billing-003", "香港上環藤器舖師傅（粵語，繁體）"),
    ("two_part", "检查还没做想退钱怎么弄？用医保交的那部分退到哪儿？",
     "kb-zh-records_billing-009", "山西运城"),

    # ---------------- missing_detail (30) ----------------
    ("missing_detail", "你们医院早上几点开始放号？我每次七点去抢都没了。", None,
     "技校学生替母亲挂号; near kb-zh-appointments-001"),
    ("missing_detail", "專家號掛號費要幾多錢？", None,
     "香港運動用品店店員（粵語，繁體）; near kb-zh-appointments-001"),
    ("missing_detail", "停车场一个钟头多少钱？周末免费不？", None,
     "高速服务区加油员; near kb-zh-appointments-009"),
    ("missing_detail", "病历复印一页多少钱？寄快递到外省要多少钱？", None,
     "中专学生替父亲办事; near kb-zh-records_billing-001"),
    ("missing_detail", "病案室在哪一棟幾樓？禮拜六有上班嗎？", None,
     "苗栗苑裡家庭（繁體）; near kb-zh-records_billing-001"),
    ("missing_detail", "请个护工一天要多少钱？", None,
     "贵州毕节; near kb-zh-visiting-006"),
    ("missing_detail", "在服务台借轮椅，押金要交多少？", None,
     "山西临汾; near kb-zh-appointments-007"),
    ("missing_detail", "住骨科的话，预交金一般要交多少钱？", None,
     "共享单车运维员; near kb-zh-procedures-007"),
    ("missing_detail", "普通病房下晝探病係幾點到幾點？", None,
     "香港豆腐舖師傅（粵語，繁體）; near kb-zh-visiting-001"),
    ("missing_detail", "ICU每天几点可以进去看？", None,
     "山西运城; near kb-zh-visiting-004"),
    ("missing_detail", "药学咨询门诊一个礼拜哪几天有？", None,
     "泰国华人，清迈; near kb-zh-medications-009"),
    ("missing_detail", "网上续方寄药到家，快递费多少，几天能到？", None,
     "缅甸华人，替在瑞丽的父亲问; near kb-zh-medications-002"),
    ("missing_detail", "异地就医备案办完了，要几天才生效？", None,
     "共享单车运维员，外省参保; near kb-zh-records_billing-007"),
    ("missing_detail", "繳完費之後，電子發票要等多久才會出現在App上？", None,
     "南投埔里家庭（繁體）; near kb-zh-records_billing-008"),
    ("missing_detail", "退费退回微信，要几天到账？", None,
     "高速服务区便利店店员; near kb-zh-records_billing-009"),
    ("missing_detail", "雲影像可以保存幾多年？過咗幾年仲睇唔睇到？", None,
     "香港文具舖店員（粵語，繁體）; near kb-zh-records_billing-010"),
    ("missing_detail", "诊断证明要去盖章的那个门诊办公室在几楼？", None,
     "技校学生; near kb-zh-records_billing-011"),
    ("missing_detail", "日间手术中心在哪栋楼？从哪个门进最近？", None,
     "贵州安顺; near kb-zh-procedures-001"),
    ("missing_detail", "做肠镜的泻药一共要喝几升水？那个药叫什么名字？", None,
     "泰国华人，曼谷; near kb-zh-test_preparation-002"),
    ("missing_detail", "老年人绿色通道要多大岁数才能走？我爷爷六十八。", None,
     "贵州凯里，替爷爷问; near kb-zh-appointments-007"),
    ("missing_detail", "城乡居民医保在你们这住院能报百分之多少？", None,
     "山西长治; near kb-zh-records_billing-006"),
    ("missing_detail", "醫院營養食堂訂一份糖尿病餐要多少錢？", None,
     "苗栗三義家庭（繁體）; near kb-zh-visiting-007"),
    ("missing_detail", "手语志愿者每个礼拜哪几天有？我爸妈都听不见，想预约。", None,
     "中专学生替听障父母问; near kb-zh-appointments-008"),
    ("missing_detail", "網上覆診嘅問診費要幾錢？", None,
     "香港上環藤器舖師傅（粵語，繁體）; near kb-zh-appointments-005"),
    ("missing_detail", "发热门诊在哪个门进去？晚上开不开？", None,
     "高速服务区保洁员; near kb-zh-self_care-002"),
    ("missing_detail", "戴的那个24小时心电图盒子，第二天几点之前要送回去？", None,
     "泰国华人，曼谷商人; near kb-zh-test_preparation-010"),
    ("missing_detail", "爽约几次会被限制线上预约？要限制多久？", None,
     "共享单车运维员; near kb-zh-appointments-002"),
    ("missing_detail", "門診藥房回收過期藥的地方在哪個窗口？", None,
     "南投埔里家庭（繁體）; near kb-zh-medications-004"),
    ("missing_detail", "核磁共振一般要排几天才能排上？", None,
     "山西运城; near kb-zh-test_preparation-003"),
    ("missing_detail", "陪护证在哪里办？要交押金不？", None,
     "贵州安顺; near kb-zh-visiting-006"),

    # ---------------- off_topic (10) ----------------
    ("off_topic", "你们医院能献血吗？献血车一般停在哪儿？", None,
     "共享单车运维员"),
    ("off_topic", "我在服务区餐厅干活，老板叫我去办健康证，你们医院能办不？", None,
     "高速服务区餐厅厨师"),
    ("off_topic", "我在技校学汽修，医院招不招开班车的司机？", None,
     "技校学生"),
    ("off_topic", "你们医院附近有没有便宜点的旅馆？我从毕节带我妈过来看病要住几天。", None,
     "贵州毕节"),
    ("off_topic", "醫院入面有冇櫃員機可以攞錢？", None,
     "香港運動用品店店員（粵語，繁體）"),
    ("off_topic", "我想登记遗体捐献，找你们哪个部门？", None,
     "山西临汾"),
    ("off_topic", "醫院裡面的便利商店開到幾點？", None,
     "苗栗苑裡家庭（繁體）"),
    ("off_topic", "我女儿十五岁，能在你们医院打HPV疫苗吗？", None,
     "泰国华人，合艾"),
    ("off_topic", "換駕照的體檢，你們醫院有在做嗎？", None,
     "南投埔里家庭（繁體）"),
    ("off_topic", "你们医院能做亲子鉴定吗？", None,
     "缅甸华人，曼德勒"),
]

# Characters that exist only in Traditional script (their Simplified forms differ).
# Used only to count how many Chinese rows are written in Traditional script.
TRAD_ONLY = set(
    "們這來會說醫藥檢預約號報費療護術麼還點樣開關過時間問題請嗎與體應讓從對後當實將給見貴車錢個為長張讀錄學網電話診聽"
    "媽爺嬤孫歲進兩帶擔萬撐繳據結辦係邊幾裡週禮棟樓驗講線補飲運動廁膠滿頭換駕蘭檔舖師寫東燒剛獲雲處興習龍齡"
    "擺層視聽覺觀讀買賣戶門閉閒區醫們陳鐘鍾隻雙雜難顏類願顯"
)

KINDS = {"plain": 10, "context": 20, "lay": 18, "two_part": 12, "missing_detail": 30, "off_topic": 10}
ANSWERABLE_KINDS = {"plain", "context", "lay", "two_part"}
NEAR_MARK = "; near "


def load_kb_ids(lang):
    path = os.path.join(KB_DIR, "passages_%s.jsonl" % lang)
    ids = set()
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if line:
                ids.add(json.loads(line)["id"])
    return ids


def has_trad(text):
    return any(ch in TRAD_ONLY for ch in text)


def check(lang, rows, kb_ids):
    assert len(rows) == 100, (lang, len(rows))
    counts = {}
    for kind, question, gold, voice in rows:
        assert kind in KINDS, (lang, kind)
        counts[kind] = counts.get(kind, 0) + 1
        assert question.strip() == question and question, (lang, question)
        if kind in ANSWERABLE_KINDS:
            assert isinstance(gold, str) and gold.startswith("kb-%s-" % lang), (lang, question, gold)
            assert gold in kb_ids, (lang, gold)
        else:
            assert gold is None, (lang, question, gold)
        if kind == "missing_detail":
            assert voice.count(NEAR_MARK) == 1, (lang, voice)
            near = voice.rsplit(NEAR_MARK, 1)[1]
            assert near.startswith("kb-%s-" % lang), (lang, voice)
            assert near in kb_ids, (lang, near)
            assert voice.endswith(NEAR_MARK + near)
        else:
            assert "; near" not in voice, (lang, voice)
    assert counts == KINDS, (lang, counts)
    answerable = [r for r in rows if r[0] in ANSWERABLE_KINDS]
    assert len(answerable) == 60, (lang, len(answerable))
    use = {}
    for r in answerable:
        use[r[2]] = use.get(r[2], 0) + 1
    over = {g: n for g, n in use.items() if n > 2}
    assert not over, (lang, over)
    questions = [r[1] for r in rows]
    assert len(set(questions)) == len(questions), (lang, "duplicate question")
    if lang == "zh":
        trad = sum(1 for r in rows if has_trad(r[1]))
        assert 25 <= trad <= 35, ("zh traditional rows", trad)
    return use


def build(lang, rows):
    order = list(rows)
    random.Random("%d-%s" % (SEED, lang)).shuffle(order)
    out = []
    for i, (kind, question, gold, voice) in enumerate(order, 1):
        out.append({
            "id": "r28-%s-%03d" % (lang, i),
            "language": lang,
            "question": question,
            "answerable": kind in ANSWERABLE_KINDS,
            "gold": [gold] if gold else [],
            "kind": kind,
            "voice": voice,
        })
    return out


def main():
    all_rows = []
    for lang, rows in (("en", EN), ("zh", ZH)):
        kb_ids = load_kb_ids(lang)
        check(lang, rows, kb_ids)
        all_rows.extend(build(lang, rows))
    ids = [r["id"] for r in all_rows]
    assert len(set(ids)) == len(ids) == 200
    assert len({r["question"] for r in all_rows}) == 200
    for r in all_rows:
        assert len(r["gold"]) == (1 if r["answerable"] else 0)
    path = os.path.join(HERE, "questions.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for row in all_rows:
            fh.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
    with open(path, "rb") as fh:
        digest = hashlib.md5(fh.read()).hexdigest()
    zh_trad = sum(1 for r in all_rows if r["language"] == "zh" and has_trad(r["question"]))
    print("wrote %s: %d rows (en %d, zh %d, zh traditional %d), md5 %s" % (
        path, len(all_rows), sum(r["language"] == "en" for r in all_rows),
        sum(r["language"] == "zh" for r in all_rows), zh_trad, digest))


if __name__ == "__main__":
    main()
