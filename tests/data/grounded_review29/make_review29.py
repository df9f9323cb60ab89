#!/usr/bin/env python3
"""Blind grounded review set 29: 100 English + 100 Chinese reviewer questions.

All text below was typed by hand by the writer. Standard library only.
Writes questions.jsonl next to this script. Deterministic (SEED = 29).
The KB passage files are read only to check that gold and near ids exist.
"""
import collections
import json
import os
import random
import re

SEED = 29
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.environ.get("MEDQA_ROOT", "/work/main")
KB = os.path.join(ROOT, "medqa", "assets", "kb")

# (kind, question, gold_id_or_None, voice)
EN = [
    # ---------------- plain (10) ----------------
    ("plain", "How Long Does A Glucose Tolerance Test Take, Start To Finish?",
     "kb-en-test_preparation-012", "retired typesetter, Title Case Every Word"),
    ("plain", "my wedding ring wont come off over the knuckle is that a problem for surgery",
     "kb-en-procedures-012", "pedicab rider in central London, lower case, no punctuation"),
    ("plain", "where do empty inhalers go, normal bin or somewhere else?",
     "kb-en-medications-003", "retired woman in Wrexham, short"),
    ("plain", "Do we have to pay for an interpreter at the hospital?",
     "kb-en-appointments-007", "Punjabi daughter-in-law in Southall, for her mother-in-law"),
    ("plain", "How early should I arrive before an outpatient appointment?",
     "kb-en-appointments-005", "retired Ordnance Survey cartographer, formal"),
    ("plain", "can i use my mobile on the ward when im visiting",
     "kb-en-visiting-011", "freight train driver on nights, lower case"),
    ("plain", "how dae ah ask fur an itemised bill",
     "kb-en-records_billing-007", "Kilmarnock (Ayrshire) man, Scots spelling"),
    ("plain", "What do I need to sign up to the patient portal?",
     "kb-en-records_billing-002", "person with a stammer who avoids phone calls"),
    ("plain", "do i have to do anything to get ready for an xray on my wrist",
     "kb-en-test_preparation-010", "Airbnb changeover cleaner, lower case"),
    ("plain", "mri scan / how long does it take roughly",
     "kb-en-test_preparation-006", "live TV subtitler on night shifts, slashes"),

    # ---------------- context (20) ----------------
    ("context", "I drive freight trains overnight and usually knock off about 6. My GP wants a fasting cholesterol test and the only slot is 7.30am straight after a shift. I normally have a roll-up and chew gum in the cab on the way home to keep me awake. Am I allowed either of those while I'm fasting?",
     "kb-en-test_preparation-001", "freight train driver on nights, long story"),
    ("context", "i pedal a pedicab round soho all night and basically live on seeded bagels and trail mix. got a colonoscopy on the 14th. what am i supposed to be eating in the days before instead",
     "kb-en-test_preparation-004", "pedicab rider, lower case"),
    ("context", "Hiya, thanks ever so much for this service, it's tidy. I'm in for my knee op next week and my boy's six, he'll be desperate to come and see me on the ward. His dad's on lates so it'd be my mam bringing him in. Is that alright, or does it have to be a parent with him? Thanks again!",
     "kb-en-visiting-002", "Newport (Gwent) mum, 'tidy', question wrapped in thanks"),
    ("context", "Ma da got moved intae intensive care efter his op on Monday. Ma boy's nine an he's been greetin his eyes oot wantin tae see his grandad. Are weans let in there at all?",
     "kb-en-visiting-005", "Paisley mum, Scots words ('greetin', 'weans')"),
    ("context", "My nani ji is 84 and only speaks Punjabi. My son is 13 and he always translates for her at the GP because he's good with both. For her hospital appointment next month is it ok if he does it again, or should we do something else?",
     "kb-en-appointments-007", "Punjabi family in Southall, grandson's mum writing"),
    ("context", "I have a stammer and phone calls are honestly the worst part of my week. I can't make my clinic on Thursday because of work. Is there a way to move it to another day without having to ring anybody?",
     "kb-en-appointments-002", "person with a stammer who avoids phone calls"),
    ("context", "had my voice box removed 2 yrs ago, I speak through a valve and it doesnt come across well on the phone at all. my follow up letter says its a telephone appointment. can I ask to come in and see them in person instead?",
     "kb-en-appointments-006", "laryngectomy patient who writes rather than phones"),
    ("context", "I subtitle live telly overnight, so my sleep is upside down, and I live alone in a top-floor flat. I've got day surgery on my hand next month. Can I just get a cab home on my own afterwards and sleep it off?",
     "kb-en-procedures-004", "live TV subtitler on night shifts"),
    ("context", "up at 5 doing a changeover before my op and i ate a biscuit off the guests welcome tray without thinking. admission isnt till 11. what am i supposed to do about it",
     "kb-en-procedures-003", "Airbnb changeover cleaner, lower case"),
    ("context", "My wife and I have been married 51 years. She is on a general ward and the nurses have told us she is nearing the end. I do not want to leave her side at night. Would it be possible for me to stay overnight with her?",
     "kb-en-visiting-008", "retired Ordnance Survey cartographer, formal"),
    ("context", "Got a bill through fur ma scan but the insurance were meant tae cover it, and it's due a week on Friday. Ah think it's wrang. Whit dae ah dae so ah'm no gettin chased fur it?",
     "kb-en-records_billing-006", "Kilmarnock (Ayrshire) man, Scots spelling"),
    ("context", "Dad passed last month, God rest him. Mam's clearing out the cupboards now in a minute and there's a carrier bag full of his tablets and a couple of them puffers. What are we meant to do with them all, butt?",
     "kb-en-medications-003", "Llanelli son, 'butt', 'now in a minute'"),
    ("context", "i charge the hire e-scooters on nights and last week i scalded my wrist on the kettle at the depot. my mate said stick butter on it. what should i actually do if it happens again",
     "kb-en-self_care-005", "e-scooter charger ('juicer') on night rounds, lower case"),
    ("context", "I am moving my care to a private consultant in Harrogate. Rather than my carrying a folder of paperwork up there, can the hospital send my information straight to him?",
     "kb-en-records_billing-004", "retired bank manager, formal"),
    ("context", "My mother-in-law has dementia now and she can't really make decisions anymore. I do all her appointments and letters. How can I get into her patient portal or get her information on her behalf?",
     "kb-en-records_billing-005", "Punjabi family in Slough, daughter-in-law carer"),
    ("context", "I refuel planes at the airport on nights. Years back when I was grinding brake discs in a garage I got a sliver of metal in my eye, they took it out at the time. Now I've got an MRI booked on my knee. Do I need to tell anybody about that?",
     "kb-en-test_preparation-005", "aircraft refueller on nights"),
    ("context", "Assembling a wardrobe yesterday, knelt funny and twisted my knee, it's puffed up a bit. Should I put the ice pack right on it or how do I do it?",
     "kb-en-self_care-006", "app-booked flat-pack furniture assembler"),
    ("context", "Ma sister's got an MRI on Tuesday an she cannae cope wi tight spaces, she's feart o it. Am ah allowed tae stay in the room wi her while she's in?",
     "kb-en-test_preparation-006", "Falkirk woman, Scots spelling ('cannae', 'feart')"),
    ("context", "We're off to Alicante for a fortnight and I'm on insulin pens with needles. Do I need to take a letter from the doctor with me for the airport?",
     "kb-en-medications-009", "retired couple in Wrexham"),
    ("context", "My son had his appendix out and he is still on the surgical ward. His employer is asking for a sick note covering the time off. He asked me to find out how he gets one.",
     "kb-en-records_billing-011", "retired Crown Court usher, writing for his son"),

    # ---------------- lay (18) ----------------
    ("lay", "how long do I have to go without grub before they shove the camera down my gullet to look in my belly, butt?",
     "kb-en-procedures-001", "Llanelli son, 'butt'"),
    ("lay", "Do I Have To Take My Deaf Aids Out For The Scan In The Big Magnet Tunnel?",
     "kb-en-test_preparation-005", "retired typesetter, Title Case Every Word"),
    ("lay", "got the jelly on the belly scan for my stones thursday afternoon, can i have breakfast",
     "kb-en-test_preparation-009", "pedicab rider, lower case"),
    ("lay", "My mum has to do a wee in a pot for the doctor but she can only drop it in tomorrow morning. Can she keep it in the fridge overnight?",
     "kb-en-test_preparation-011", "Punjabi family in Southall, son writing for his mum"),
    ("lay", "how long afore they put me tae sleep fur ma op can ah still have a piece an jam",
     "kb-en-procedures-003", "Paisley mum, Scots words ('piece' = sandwich)"),
    ("lay", "They're cutting a lump off my back next Friday and I'm on tablets to stop clots. Nobody's told me anything about them yet. Who should I get in touch with?",
     "kb-en-procedures-007", "person with a stammer who avoids phone calls"),
    ("lay", "how many days ahead should i ask for more of the pills im always on so i dont run out",
     "kb-en-medications-001", "e-scooter charger ('juicer'), lower case"),
    ("lay", "After the drowsy jab for my camera test, am I ok to mind my toddler on my own that evening? Thanks a million in advance, you're a star.",
     "kb-en-procedures-002", "Newport (Gwent) mum, question wrapped in thanks"),
    ("lay", "daein the clear-oot drink fur the camera up the back passage the morn. whit's it meant tae look like comin oot when it's workin right?",
     "kb-en-test_preparation-003", "Falkirk woman, Scots spelling"),
    ("lay", "When they put the colouring into my arm for the doughnut-shaped scanner, I'm told some people feel as though they have wet themselves. Is that to be expected?",
     "kb-en-test_preparation-007", "retired bank manager, formal"),
    ("lay", "my little one's temperature syrup, can i just use a teaspoon out the drawer to give it?",
     "kb-en-medications-011", "Punjabi family in Slough, young mum"),
    ("lay", "the day they let me go home from the ward last time I sat about for 6 hours waiting. why does going home take so long?",
     "kb-en-procedures-009", "laryngectomy patient who writes rather than phones"),
    ("lay", "the doctor at the clinic gied me a slip fur tablets. where in the building dae ah get it made up?",
     "kb-en-medications-012", "Kilmarnock (Ayrshire) man, Scots spelling"),
    ("lay", "how long do the sniffles and a stuffed-up head normally hang about before they clear on their own",
     "kb-en-self_care-001", "aircraft refueller on nights"),
    ("lay", "grass and tree dust makes my eyes stream every May / how do I stop it getting into the flat",
     "kb-en-self_care-010", "live TV subtitler on night shifts, slashes"),
    ("lay", "a bee got me on the hand on a job today and left its little barb in. do i squeeze it out?",
     "kb-en-self_care-013", "app-booked flat-pack furniture assembler"),
    ("lay", "I have done something to the small of my back lifting a plan chest. Would it be better to lie flat in bed for several days?",
     "kb-en-self_care-009", "retired Ordnance Survey cartographer, formal"),
    ("lay", "can i pay what i owe the hospital a bit each month instead of all in one go #skint",
     "kb-en-records_billing-009", "pedicab rider, hashtag at the end"),

    # ---------------- two_part (12) ----------------
    ("two_part", "how mony o us can sit wi ma da at once in intensive care, an can we take a photie o him tae send tae his brother?",
     "kb-en-visiting-005", "Falkirk woman, Scots spelling"),
    ("two_part", "flowers ok on the ward? / what about a balloon for her 80th?",
     "kb-en-visiting-003", "retired woman in Wrexham, slashes"),
    ("two_part", "do i have to take my gel nails off for the op / and what about my lash extensions",
     "kb-en-procedures-012", "Airbnb changeover cleaner, slashes"),
    ("two_part", "Who is allowed hospital transport, and how many days before do we need to book it for my father-in-law?",
     "kb-en-appointments-009", "Punjabi family in Southall, daughter-in-law"),
    ("two_part", "What should my wife pack for three nights in hospital, and is it all right for her to bring her good watch?",
     "kb-en-procedures-008", "retired Crown Court usher"),
    ("two_part", "missed my evening tablet cos of a late shift / do i take it when i get in at 6am / or double up with the next one",
     "kb-en-medications-004", "freight train driver on nights, slashes"),
    ("two_part", "Is the bathroom cabinet alright for keeping tablets, and where should the eye drops go, butt?",
     "kb-en-medications-002", "Llanelli son, 'butt'"),
    ("two_part", "I booked online last week and haven't had any confirmation yet. How long should I wait before chasing it, and how will it come, text or letter?",
     "kb-en-appointments-001", "person with a stammer who avoids phone calls"),
    ("two_part", "ah've a blue badge, where can ah park, an is there cheaper parkin if yer man's in intensive care?",
     "kb-en-appointments-008", "Kilmarnock (Ayrshire) woman, Scots spelling"),
    ("two_part", "Subject: after my op. When can I shower, and when can I go back to swimming?",
     "kb-en-procedures-010", "live TV subtitler on night shifts, subject line first"),
    ("two_part", "When we phone the ward about dad, why won't they tell my brother anything, and when's the best time to ring?",
     "kb-en-visiting-007", "Punjabi family in Slough, son"),
    ("two_part", "Who Should I Speak To First About My Mother's Care On The Ward, And Will Complaining Affect How She Is Treated?",
     "kb-en-visiting-012", "retired typesetter, Title Case Every Word"),

    # ---------------- missing_detail (30) ----------------
    ("missing_detail", "Thanks so much in advance! What time does visiting start on the general wards, is it 2 or half 2? Cheers, you're a star",
     None, "Newport (Gwent) mum, question wrapped in thanks; near kb-en-visiting-001"),
    ("missing_detail", "how much is parking per hour at yours",
     None, "pedicab rider, lower case; near kb-en-appointments-008"),
    ("missing_detail", "What is the actual phone number for the switchboard? I'd like to save it in my phone so I can text someone to call for me.",
     None, "person with a stammer who avoids phone calls; near kb-en-appointments-001"),
    ("missing_detail", "what time does the hospital pharmacy close on a saturday?",
     None, "retired woman in Wrexham; near kb-en-medications-012"),
    ("missing_detail", "how much is the deposit fur borrowin wan o the wheelchairs at the front door",
     None, "Kilmarnock (Ayrshire) man, Scots spelling; near kb-en-appointments-012"),
    ("missing_detail", "What is the fee, in pounds, for a paper copy of my medical records?",
     None, "retired bank manager, formal; near kb-en-records_billing-001"),
    ("missing_detail", "How many days does the hospital have to send dad's records after we put the request in?",
     None, "Punjabi family in Southall, son; near kb-en-records_billing-001"),
    ("missing_detail", "whats the wifi password for patients on the wards",
     None, "aircraft refueller on nights; near kb-en-visiting-011"),
    ("missing_detail", "how many years is a tetanus jab good for? last one i had was at school",
     None, "app-booked flat-pack furniture assembler; near kb-en-self_care-004"),
    ("missing_detail", "how long's the wait fur a dermatology referral the noo, roughly how mony weeks?",
     None, "Falkirk woman, Scots spelling; near kb-en-appointments-010"),
    ("missing_detail", "what number bus goes from the town centre up to the hospital, butt?",
     None, "Llanelli son, 'butt'; near kb-en-appointments-008"),
    ("missing_detail", "What is the name of the hospital's data protection officer?",
     None, "retired Ordnance Survey cartographer, formal; near kb-en-records_billing-012"),
    ("missing_detail", "how many days can an insulin pen stay out of the fridge once it's been opened?",
     None, "retired couple in Wrexham; near kb-en-medications-002"),
    ("missing_detail", "How Many Weeks After Opening Should I Throw Away My Eye Drops?",
     None, "retired typesetter, Title Case Every Word; near kb-en-medications-002"),
    ("missing_detail", "What's the income limit for the financial assistance? Like how much can a household earn and still get it?",
     None, "Punjabi family in Slough; near kb-en-records_billing-010"),
    ("missing_detail", "how long does the colonoscopy itself take, from going in the room to coming back out",
     None, "freight train driver on nights, lower case; near kb-en-test_preparation-003"),
    ("missing_detail", "which floor is the endoscopy unit on",
     None, "laryngectomy patient who writes rather than phones; near kb-en-procedures-001"),
    ("missing_detail", "Ma pre-op bloods were done in March an ma op's been moved tae July. How long are they guid fur?",
     None, "Paisley mum, Scots spelling; near kb-en-procedures-005"),
    ("missing_detail", "How much do you charge for writing a report for my son's insurance company?",
     None, "retired Crown Court usher; near kb-en-records_billing-011"),
    ("missing_detail", "Thanks lovely. The ward my nan's on is shut because of the sickness bug. How many days after the last case do they usually open it back up? Thanks again x",
     None, "Newport (Gwent) granddaughter, question wrapped in thanks; near kb-en-visiting-006"),
    ("missing_detail", "how many days after the op do the clips usually come out",
     None, "Airbnb changeover cleaner, lower case; near kb-en-procedures-010"),
    ("missing_detail", "What rate of interest is charged if a payment plan instalment is paid late?",
     None, "retired bank manager, formal; near kb-en-records_billing-009"),
    ("missing_detail", "what day does the council come round for full sharps bins",
     None, "e-scooter charger ('juicer'), lower case; near kb-en-medications-003"),
    ("missing_detail", "Is there a charge for hospital transport, and how much is it?",
     None, "Punjabi family in Southall, daughter-in-law; near kb-en-appointments-009"),
    ("missing_detail", "what time does outpatient reception open in the morning",
     None, "pedicab rider, lower case; near kb-en-appointments-001"),
    ("missing_detail", "What time is the morning handover on the wards? / I don't want to ring in the middle of it",
     None, "live TV subtitler on night shifts, slashes; near kb-en-visiting-007"),
    ("missing_detail", "whit video app is it fur the video appointments, zoom or teams or whit?",
     None, "Kilmarnock (Ayrshire) man, Scots spelling; near kb-en-appointments-006"),
    ("missing_detail", "How many minutes late can I be before the clinic refuses to see me?",
     None, "person with a stammer who avoids phone calls; near kb-en-appointments-005"),
    ("missing_detail", "how mony missed appointments afore they send ye back tae yer GP?",
     None, "Falkirk woman, Scots spelling; near kb-en-appointments-003"),
    ("missing_detail", "What is the name of the chaplain on duty this weekend? My wife would like a visit.",
     None, "retired Ordnance Survey cartographer, formal; near kb-en-visiting-008"),

    # ---------------- off_topic (10) ----------------
    ("off_topic", "Can I Give Blood At The Hospital, Or Is There A Donor Session Nearby?",
     None, "retired typesetter, Title Case Every Word"),
    ("off_topic", "do you do flu jabs for the public at the hospital, i cant get to my gp in the day",
     None, "freight train driver on nights, lower case"),
    ("off_topic", "can i get my ears syringed at yours, cant hear a thing with the wax",
     None, "pedicab rider, lower case"),
    ("off_topic", "Is there a cash machine inside the main building?",
     None, "retired woman in Wrexham"),
    ("off_topic", "does the hospital do tattoo removal? got an ex's name on my arm lol",
     None, "Airbnb changeover cleaner, lower case"),
    ("off_topic", "How do we get onto the IVF waiting list at your hospital? We've been trying for three years.",
     None, "Punjabi couple in Southall"),
    ("off_topic", "are you taking on night porters? after a second job",
     None, "e-scooter charger ('juicer'), lower case"),
    ("off_topic", "Can the hospital help me get on the books of an NHS dentist, butt? Been ringing round for months.",
     None, "Llanelli son, 'butt'"),
    ("off_topic", "how dae ah renew ma GHIC card afore we go tae Tenerife?",
     None, "Kilmarnock (Ayrshire) woman, Scots spelling"),
    ("off_topic", "Thanks in advance! Do you do the medical for an HGV licence at the hospital? Cheers",
     None, "Newport (Gwent) dad, question wrapped in thanks"),
]

ZH = [
    # ---------------- plain (10) ----------------
    ("plain", "请问大部分专科的号是提前几天放出来的？",
     "kb-zh-appointments-001", "退休供销社营业员（简体）"),
    ("plain", "抽完血针眼要按几分钟？",
     "kb-zh-test_preparation-001", "县城陪读妈妈（简体）"),
    ("plain", "動態心電圖戴著的時候可以洗澡嗎？",
     "kb-zh-test_preparation-010", "新北坪林茶行老闆（繁體）"),
    ("plain", "电子发票在哪里下载",
     "kb-zh-records_billing-008", "广东河源龙川个体户（简体）"),
    ("plain", "住院的病歷出院後要等多久才能去印？",
     "kb-zh-records_billing-001", "新北三重五金行老闆（繁體）"),
    ("plain", "长期处方一次最多能开多长时间的药？",
     "kb-zh-medications-001", "退休照相馆师傅（简体）"),
    ("plain", "流鼻血的时候要不要把头仰起来？",
     "kb-zh-self_care-012", "云南临沧双江茶农（简体）"),
    ("plain", "挂号的时候忘了选医保，交完钱还能改成医保结算吗",
     "kb-zh-records_billing-006", "钟点工替雇主家问（简体）"),
    ("plain", "無痛胃鏡做完多久可以吃東西？",
     "kb-zh-procedures-010", "泰國曼谷華人（繁體）"),
    ("plain", "看急诊要不要提前预约？",
     "kb-zh-appointments-010", "广西崇左凭祥（简体）"),

    # ---------------- context (20) ----------------
    ("context", "我是做陪诊的，最近接了一位78岁的阿姨，儿女都在外地打工，她只有一部老人机，不会用微信也不会下App。你们医院对这种老人有没有专门走的通道？",
     "kb-zh-appointments-007", "陪诊师（简体）"),
    ("context", "我在一户人家做钟点工，每天上午去。今天进门发现老太太早上那顿药还在药盒里没吃，现在都十一点了，她下午两点还要吃下一顿。这种情况一般是补上还是跳过？我得跟她女儿讲一声。",
     "kb-zh-medications-005", "钟点工替雇主家问（简体）"),
    ("context", "我在县城陪儿子读高三，他16岁，这周要去你们医院看皮肤科。我周末得回村里收稻子，想让他爷爷带他去。爷爷带着能看吗？要是医生让签字咋办？",
     "kb-zh-appointments-012", "县城陪读妈妈（简体）"),
    ("context", "我老爸在你们医院住院，我妈天天在屋煲汤想送过去。他有糖尿病，汤里放了玉米红枣。那门搞，能直接带进去给他喝不得？",
     "kb-zh-visiting-007", "广西来宾象州（桂柳话：那门搞、得不得）"),
    ("context", "我们是在凭祥参保的城乡居民医保，我舅下个月要去你们那边住院做手术。听人讲要先备案才能直接刷医保，在哪里办？不办的话会那门样？",
     "kb-zh-records_billing-007", "广西崇左凭祥（桂柳话：那门样）"),
    ("context", "我妈有甲亢，下个礼拜要做增强CT。做完咋个整，是马上就可以走了还是要在那点等一下？",
     "kb-zh-test_preparation-004", "云南楚雄（咋个整）"),
    ("context", "我老伴要做白内障，医生讲可以做日间手术。做完当天就能回家了吗？万一情况不好咋个整？",
     "kb-zh-procedures-001", "云南文山（咋个整）"),
    ("context", "上个月炒茶的时候手背被锅烫了一下，我婶婶讲抹点牙膏就板扎了。下回再烫到，到底该咋个处理才对？",
     "kb-zh-self_care-005", "云南临沧茶农（板扎、咋个）"),
    ("context", "我是從緬甸臘戍過來的，上個月在你們醫院做了CT，過幾天要回緬甸給那邊的醫生看。手機上的圖他們打不開，片子要怎麼拿到手？",
     "kb-zh-records_billing-010", "緬甸臘戍華人（繁體）"),
    ("context", "阿婆昨晚下楼梯崴了脚，肿得好大，屋企人讲热敷散得快，是不是啊？",
     "kb-zh-self_care-006", "广东茂名化州（屋企）"),
    ("context", "我女儿明天约了妇科B超，单子上写的是经阴道的。她问要不要像上次做肚子那种一样憋尿？",
     "kb-zh-test_preparation-007", "广东清远英德（简体）"),
    ("context", "我老公上礼拜做完手术出院了，出院小结写了两周后拆线。我们住在龙川乡下，去市里来回要大半天，镇卫生院可以帮拆吗？",
     "kb-zh-procedures-012", "广东河源龙川农村家属（简体）"),
    ("context", "退休在家闲着，把家里药箱翻了个底朝天，过期的药装了一大袋，有药片也有止咳糖浆。这些东西该扔到哪里去？",
     "kb-zh-medications-004", "退休纺织女工（简体）"),
    ("context", "老伴住院了，医生说要留人陪床。我快七十了熬不住夜，想跟女儿白天晚上轮着换，这样可以吗？",
     "kb-zh-visiting-006", "退休照相馆师傅（简体）"),
    ("context", "我年轻时在农机站车过零件，有一回铁屑崩进眼睛，后来取出来了。现在医生让我做核磁，这个事情要不要跟谁说一声？",
     "kb-zh-test_preparation-003", "退休农机站技术员（简体）"),
    ("context", "我媽在你們醫院住院，她很怕冷，我想說從台灣帶一條電熱毯過去給她墊，這樣可以嗎？",
     "kb-zh-visiting-010", "新北鶯歌陶瓷店老闆（繁體）"),
    ("context", "我兒子在上海上班，上禮拜住進你們醫院。我打電話去護理站問他的狀況，護士說不能講。我是他媽媽耶，為什麼不行？要怎樣才問得到？",
     "kb-zh-visiting-009", "新北深坑豆腐店老闆娘（繁體）"),
    ("context", "我們家是賣茶的，每天早上起來第一件事就是泡一壺。明天要空腹抽血，早上喝一杯清茶應該沒關係吧？",
     "kb-zh-test_preparation-001", "新北坪林茶行老闆娘（繁體）"),
    ("context", "我們從曼谷來看病，昨天在你們藥房拿藥，回到酒店才發現有一盒好像跟單子上寫的不一樣。已經離開窗口了，還可以回去問嗎？",
     "kb-zh-medications-011", "泰國曼谷華人（繁體）"),
    ("context", "阿爸喺ICU，我哋兄弟姊妹有五個，每次可以入去幾多個？",
     "kb-zh-visiting-004", "越南胡志明市堤岸華人（粵語，繁體）"),

    # ---------------- lay (18) ----------------
    ("lay", "那個要背一個小盒子、胸口貼一堆貼片測一整天心跳的檢查，貼之前可以擦乳液嗎？",
     "kb-zh-test_preparation-010", "新北板橋文具店老闆娘（繁體）"),
    ("lay", "住院前交的那一大笔押金，我当时给的是现金，出院的时候多出来的钱怎么拿回来？",
     "kb-zh-records_billing-012", "广西崇左大新（简体）"),
    ("lay", "过几天要从屁股那头插管子进去看肠子，前几天吃哪样东西好？",
     "kb-zh-test_preparation-002", "云南文山（哪样）"),
    ("lay", "从嘴巴插根管子下去看胃的那个，肚子要饿多久？水喝到什么时候就不能喝了？",
     "kb-zh-test_preparation-008", "云南楚雄（简体）"),
    ("lay", "我妈上礼拜打了一针睡过去做的那种看胃看肠，回来说喉咙有点不舒服、肚子胀胀的，这个正常不？",
     "kb-zh-procedures-010", "广东云浮（简体）"),
    ("lay", "吞口水像吞刀片一样，拿盐水咕噜咕噜漱一漱有没有用？",
     "kb-zh-self_care-007", "广西来宾武宣（简体）"),
    ("lay", "一天跑十几趟厕所，腿都软了，喝可乐补一下行不行？",
     "kb-zh-self_care-008", "广东茂名高州（简体）"),
    ("lay", "搬米袋子的时候腰一下子直不起来了，是不是要一直躺在床上养着？",
     "kb-zh-self_care-009", "退休供销社营业员（简体）"),
    ("lay", "每年春天一到鼻子就痒，喷嚏一个接一个，清鼻涕流个不停，家里还养了只猫，有什么办法没有？",
     "kb-zh-self_care-010", "广东清远英德（简体）"),
    ("lay", "雇主家三岁的小孩身上烫乎乎的，他奶奶说用白酒擦擦身子退得快，这样行吗？",
     "kb-zh-self_care-003", "钟点工替雇主家问（简体）"),
    ("lay", "削苹果把手指头拉了个口子，我妈讲抹点酱油就好了，真的假的？",
     "kb-zh-self_care-004", "广东河源和平（简体）"),
    ("lay", "打针用的那支降糖笔，还没拆封的，放冰箱冻起来是不是能放得更久？",
     "kb-zh-medications-003", "退休纺织女工（简体）"),
    ("lay", "我爸的藥快吃完了，他是吃了好幾年的老藥。要提前多久去弄，才不會斷掉？",
     "kb-zh-medications-002", "柬埔寨金邊華人（繁體）"),
    ("lay", "药盒上写饭前吃，到底是吃饭前多久吃？",
     "kb-zh-medications-006", "退休照相馆师傅（简体）"),
    ("lay", "我奶奶腿脚不好，去你们那看病，有没有那种可以借来推她的椅子？要押什么东西不？",
     "kb-zh-appointments-007", "广西崇左龙州壮族家属（简体）"),
    ("lay", "第一次去你們醫院看病，要先辦一張什麼卡或者本子嗎？",
     "kb-zh-appointments-004", "緬甸曼德勒華人（繁體）"),
    ("lay", "我爸住院那幾天，每天花了多少錢，手機上看得到嗎？",
     "kb-zh-records_billing-005", "新北三重五金行老闆（繁體）"),
    ("lay", "我儿子一到考试脑袋就疼，天天吃止疼片，会不会越吃越疼？",
     "kb-zh-self_care-011", "县城陪读妈妈（简体）"),

    # ---------------- two_part (12) ----------------
    ("two_part", "做核磁共振的時候，假牙要拿下來嗎？手機可以帶進去嗎？",
     "kb-zh-test_preparation-003", "新北鶯歌陶瓷店老闆（繁體）"),
    ("two_part", "预约了看病又去不成，最晚什么时候之前要取消？挂号费会退回来不得？",
     "kb-zh-appointments-002", "广西来宾忻城（得不得）"),
    ("two_part", "住院病房上午能去探视吗？一次能进去几个人？",
     "kb-zh-visiting-001", "退休农机站技术员（简体）"),
    ("two_part", "我孫子8歲，可以帶他進病房看阿公嗎？不行的話還有什麼辦法讓他們見面？",
     "kb-zh-visiting-002", "泰國清邁華人（繁體）"),
    ("two_part", "可以帶一束花去病房嗎？那氣球呢？",
     "kb-zh-visiting-003", "新北深坑豆腐店老闆娘（繁體）"),
    ("two_part", "交了钱但是检查还没做，能退吗？用医保付的那部分退到哪里？",
     "kb-zh-records_billing-009", "云南德宏芒市（简体）"),
    ("two_part", "我替我爹去复印病历，要带哪些东西？要是病人已经不在了又要带哪样？",
     "kb-zh-records_billing-002", "云南文山（哪样）"),
    ("two_part", "到了看病那层要先做什么？要是叫号的时候我刚好去厕所错过了咋办？",
     "kb-zh-appointments-006", "广东茂名化州（简体）"),
    ("two_part", "做手术前几个钟头不能吃东西？嚼口香糖算不算？",
     "kb-zh-procedures-002", "广西崇左大新（简体）"),
    ("two_part", "手術那天光療指甲要卸掉嗎？剛好生理期來了怎麼辦？",
     "kb-zh-procedures-005", "新北三重五金行老闆娘（繁體）"),
    ("two_part", "抗生素吃了两天好多了，能不能停？剩下的给我老婆吃行不？",
     "kb-zh-medications-008", "广东河源龙川个体户（简体）"),
    ("two_part", "我想掛嘅醫生已經滿咗號，可唔可以排候補？去到現場可唔可以加號？",
     "kb-zh-appointments-011", "越南胡志明市堤岸華人（粵語，繁體）"),

    # ---------------- missing_detail (30) ----------------
    ("missing_detail", "你们医院停车一个钟头好多钱？",
     None, "广西来宾象州（简体）; near kb-zh-appointments-009"),
    ("missing_detail", "专家号挂一次号要多少钱？",
     None, "退休供销社营业员（简体）; near kb-zh-appointments-001"),
    ("missing_detail", "病歷影印一頁多少錢？",
     None, "新北三重五金行老闆（繁體）; near kb-zh-records_billing-001"),
    ("missing_detail", "住院押金要交好多？我爹是做胆囊手术",
     None, "云南文山（简体）; near kb-zh-procedures-007"),
    ("missing_detail", "普通病房下午幾點開始可以探病？",
     None, "新北坪林茶行老闆（繁體）; near kb-zh-visiting-001"),
    ("missing_detail", "ICU每日幾點鐘可以探？",
     None, "越南胡志明市堤岸華人（粵語，繁體）; near kb-zh-visiting-004"),
    ("missing_detail", "手语志愿者一般是每周几在？我陪的阿姨是聋人",
     None, "陪诊师（简体）; near kb-zh-appointments-008"),
    ("missing_detail", "你们医院总机电话是好多号？",
     None, "云南临沧（简体）; near kb-zh-appointments-001"),
    ("missing_detail", "药学咨询门诊在几楼？",
     None, "退休照相馆师傅（简体）; near kb-zh-medications-009"),
    ("missing_detail", "请护工一天要多少钱？雇主想请一个。",
     None, "钟点工替雇主家问（简体）; near kb-zh-visiting-006"),
    ("missing_detail", "如果要印膠片，一張多少錢？",
     None, "緬甸臘戍華人（繁體）; near kb-zh-records_billing-010"),
    ("missing_detail", "云影像在App里能保存几年？",
     None, "退休纺织女工（简体）; near kb-zh-records_billing-010"),
    ("missing_detail", "退费以后几天能退回到微信里？",
     None, "广东清远英德（简体）; near kb-zh-records_billing-009"),
    ("missing_detail", "职工医保住院能报百分之几？",
     None, "广东茂名高州（简体）; near kb-zh-records_billing-006"),
    ("missing_detail", "城乡居民医保的起付线是多少钱？",
     None, "广东河源和平（简体）; near kb-zh-records_billing-006"),
    ("missing_detail", "診斷證明要蓋章的那個窗口幾點下班？",
     None, "新北板橋文具店老闆娘（繁體）; near kb-zh-records_billing-011"),
    ("missing_detail", "做肠镜喝的泻药，要配着喝好多升水？",
     None, "云南楚雄（简体）; near kb-zh-test_preparation-002"),
    ("missing_detail", "做一次动态心电图要多少钱？",
     None, "云南德宏芒市（简体）; near kb-zh-test_preparation-010"),
    ("missing_detail", "無痛胃鏡比普通胃鏡貴多少？",
     None, "泰國曼谷華人（繁體）; near kb-zh-test_preparation-008"),
    ("missing_detail", "日间手术中心的电话是多少？",
     None, "广西崇左凭祥（简体）; near kb-zh-procedures-003"),
    ("missing_detail", "互联网医院线上复诊看一次多少钱？",
     None, "县城陪读妈妈（简体）; near kb-zh-appointments-005"),
    ("missing_detail", "线上开药寄快递的话几天能到？运费谁出？",
     None, "退休农机站技术员（简体）; near kb-zh-medications-002"),
    ("missing_detail", "爽约几次会被限制网上挂号？要限制多久？",
     None, "广西崇左龙州（简体）; near kb-zh-appointments-002"),
    ("missing_detail", "陪護證要去哪裡辦？要收費嗎？",
     None, "新北鶯歌陶瓷店老闆（繁體）; near kb-zh-visiting-006"),
    ("missing_detail", "营养食堂订餐每天几点截止？",
     None, "广东茂名高州（简体）; near kb-zh-visiting-007"),
    ("missing_detail", "你們醫院的App叫什麼名字？",
     None, "柬埔寨金邊華人（繁體）; near kb-zh-records_billing-004"),
    ("missing_detail", "异地就医备案交上去要几天才批下来？",
     None, "云南临沧（简体）; near kb-zh-records_billing-007"),
    ("missing_detail", "發熱門診晚上有開嗎？在哪一棟？",
     None, "新北深坑豆腐店老闆娘（繁體）; near kb-zh-self_care-002"),
    ("missing_detail", "设置了到号提醒，是提前多久发短信通知？",
     None, "广东清远连州（简体）; near kb-zh-appointments-011"),
    ("missing_detail", "额头上缝了针的口子，一般几天拆线？",
     None, "退休纺织女工（简体）; near kb-zh-procedures-012"),

    # ---------------- off_topic (10) ----------------
    ("off_topic", "你们医院能不能办健康证？我要开个粉店。",
     None, "广东茂名化州（简体）"),
    ("off_topic", "医院里有没有献血的地方？我想去献一次。",
     None, "退休照相馆师傅（简体）"),
    ("off_topic", "能不能在你们医院给女儿打HPV疫苗？要排多久？",
     None, "县城陪读妈妈（简体）"),
    ("off_topic", "驾照体检在你们医院做得不得？",
     None, "广西来宾象州（得不得）"),
    ("off_topic", "残疾证要去哪里办？要带什么？",
     None, "广东河源龙川（简体）"),
    ("off_topic", "你們有做植牙嗎？一顆大概多少錢？",
     None, "新北坪林茶行老闆（繁體）"),
    ("off_topic", "醫院裡面有提款機嗎？我要領點人民幣。",
     None, "泰國清邁華人（繁體）"),
    ("off_topic", "醫院附近有沒有便宜一點的旅館可以住？",
     None, "柬埔寨金邊華人（繁體）"),
    ("off_topic", "我想捐母乳，你们医院收不收？",
     None, "广东清远英德（简体）"),
    ("off_topic", "我想登记以后捐献遗体，找你们医院哪个部门？",
     None, "退休农机站技术员（简体）"),
]

# Characters that are written only in Traditional script (their Simplified forms differ).
TRAD_ONLY = set(
    "們個這來會時說國還沒請問醫藥檢號門診術後開點過對種張應該為麼裡嗎讓車東頭"
    "體電話覺約無寫氣預單聽帶媽給錢幫處辦險費學報實長萬當從歲樣發邊將灣孫見視"
    "親記變換鐘燒傷膚雙腳臉識題經壓傳認剛夠買賣場飯護歷準備誰條廳樓層衛鄉鎮縣"
    "區員務結閱讀級課環陽隊遠進選達運連腦臟寶與動態圖鏡則證蓋貴膠數緬臘療貼測"
    "領館錯棟熱滿掛"
)

EXPECTED = {"plain": 10, "context": 20, "lay": 18, "two_part": 12,
            "missing_detail": 30, "off_topic": 10}
ANSWERABLE = {"plain", "context", "lay", "two_part"}
NEAR_RE = re.compile(r"; near (kb-(en|zh)-[a-z_]+-\d{3})$")


def load_ids(lang):
    path = os.path.join(KB, "passages_%s.jsonl" % lang)
    with open(path, encoding="utf-8") as fh:
        return {json.loads(line)["id"] for line in fh if line.strip()}


def has_trad(text):
    return any(ch in TRAD_ONLY for ch in text)


def build(lang, items, kb_ids):
    counts = collections.Counter(k for k, _, _, _ in items)
    assert dict(counts) == EXPECTED, (lang, dict(counts))
    assert len(items) == 100, (lang, len(items))
    gold_use = collections.Counter()
    n_ans = 0
    for kind, q, gold, voice in items:
        assert q.strip() == q and q, (lang, q)
        m = NEAR_RE.search(voice)
        if kind in ANSWERABLE:
            n_ans += 1
            assert gold is not None and gold.startswith("kb-%s-" % lang), (lang, q)
            assert gold in kb_ids, gold
            gold_use[gold] += 1
            assert m is None and "; near" not in voice, voice
        else:
            assert gold is None, (lang, q)
            if kind == "missing_detail":
                assert m is not None, voice
                assert m.group(2) == lang, voice
                assert m.group(1) in kb_ids, voice
            else:
                assert m is None and "; near" not in voice, voice
    assert n_ans == 60, (lang, n_ans)
    assert max(gold_use.values()) <= 2, gold_use.most_common(3)
    rng = random.Random("%d-%s" % (SEED, lang))
    order = list(items)
    rng.shuffle(order)
    rows = []
    for i, (kind, q, gold, voice) in enumerate(order, 1):
        rows.append({
            "id": "r29-%s-%03d" % (lang, i),
            "language": lang,
            "question": q,
            "answerable": kind in ANSWERABLE,
            "gold": [gold] if gold else [],
            "kind": kind,
            "voice": voice,
        })
    return rows


def main():
    en_rows = build("en", EN, load_ids("en"))
    zh_rows = build("zh", ZH, load_ids("zh"))
    rows = en_rows + zh_rows
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)) == 200
    qs = [r["question"] for r in rows]
    assert len(qs) == len(set(qs)), "duplicate question"
    n_trad = sum(1 for r in zh_rows if has_trad(r["question"]))
    assert 25 <= n_trad <= 35, n_trad
    for r in en_rows:
        assert not has_trad(r["question"])
    out = os.path.join(HERE, "questions.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
    print("wrote %d rows (en %d, zh %d, zh Traditional %d) to %s"
          % (len(rows), len(en_rows), len(zh_rows), n_trad, out))


if __name__ == "__main__":
    main()
