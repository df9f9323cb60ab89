#!/usr/bin/env python3
"""Generator for the r25 blind grounded review set (medqa-moe).

All question text below was typed by hand by a blind writer (no model wrote it); the writer saw only
medqa/assets/kb/passages_en.jsonl and passages_zh.jsonl. Standard library only, deterministic.

Locates the KB via env MEDQA_ROOT, or by default three directories above this file
(<root>/tests/data/grounded_review25/ -> <root>). Writes questions.jsonl next to this file.
"""
import json
import os
import random
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.environ.get("MEDQA_ROOT") or os.path.abspath(os.path.join(HERE, "..", "..", ".."))
KB_DIR = os.path.join(ROOT, "medqa", "assets", "kb")
OUT = os.path.join(HERE, "questions.jsonl")
SEED = 25

EN = [
# ---- plain (10)
("plain", "How early am I meant to get to the clinic before my appointment time?", "kb-en-appointments-005", "newsagent owner opening late for once"),
("plain", "Is it free to have an interpreter at my appointment?", "kb-en-appointments-007", "ride-hailing driver asking for a regular passenger who speaks Tigrinya"),
("plain", "Roughly how long does an MRI scan take?", "kb-en-test_preparation-006", "Doncaster grandmother, plain"),
("plain", "how long does the glucose tolerance test last start to finish", "kb-en-test_preparation-012", "owner of a small dry cleaner's, no capitals"),
("plain", "How long should you keep a burn under the cold tap?", "kb-en-self_care-005", "key-cutting kiosk owner"),
("plain", "How much notice do you need if I want to move my appointment to another day?", "kb-en-appointments-002", "man who has just moved house across town"),
("plain", "How many people can sit with a patient at the bedside on a normal ward?", "kb-en-visiting-001", "Carlisle grandfather"),
("plain", "Where's the hospital pharmacy for outpatients?", "kb-en-medications-012", "black-cab driver who drops patients off"),
("plain", "If a cut won't stop bleeding, how long do I press on it before it counts as an emergency?", "kb-en-self_care-004", "butcher's shop owner"),
("plain", "How many days before I run out should I order my repeat prescription?", "kb-en-medications-001", "off-licence owner on a long-term prescription"),
# ---- context (20)
("context", "I'm minding my grandson today while my daughter is at work. He's seven weeks old and the thermometer just said 38.1. He's feeding fine and doesn't seem bothered, so can we just keep an eye on him till she's home?", "kb-en-self_care-003", "grandmother babysitting a newborn grandson"),
("context", "I drive a black cab, mostly nights. I'm booked in for a camera test with sedation on Tuesday morning and I need to know when I can go back out working. How long after the sedation before I'm allowed behind the wheel?", "kb-en-procedures-002", "black-cab driver on nights"),
("context", "We moved from Leeds to here at the end of August and I've heard nothing about my referral. My old GP says it was sent five weeks ago. Who do I ring to find out if you've actually got it?", "kb-en-appointments-010", "woman who has just moved to the area"),
("context", "My son is 29, he has cerebral palsy and he needs a hoist to get from his chair onto a couch. He's got a clinic appointment in March. Should I be telling someone about the hoist beforehand or just turn up?", "kb-en-appointments-012", "mother caring for a disabled adult son"),
("context", "I run a corner shop on my own so I open at half six and can't leave till my nephew comes in. Friday I'm having a blood test to check the level of my epilepsy tablets. Do I take my morning dose before the test or wait till after?", "kb-en-test_preparation-002", "corner shop owner who works alone"),
("context", "Uber driver here. A passenger left a carrier bag in my back seat with loads of old tablet boxes in it, half of them out of date, and I can't trace her through the app. Can I just stick it in the bin?", "kb-en-medications-003", "ride-hailing driver"),
("context", "we only moved house in june and the letter for my knee appointment went to the old flat so i never got it and missed the appointment, now i'm worried i've been kicked off the list. what do i do", "kb-en-appointments-003", "young man who moved flats, lower case"),
("context", "My granddaughter is 6 and desperate to see her nan on the ward. Trouble is a girl in her class came down with chickenpox last week and they sit together. She's fine herself. Is it alright to bring her in?", "kb-en-visiting-002", "grandfather arranging a visit"),
("context", "I've got a hardware shop and I'm having my hernia done as a day case next month. My wife doesn't drive. If she comes to collect me, is it alright for the two of us to get a taxi home?", "kb-en-procedures-004", "hardware shop owner"),
("context", "My daughter is 34 and has a learning disability. She gets in a state if she's on her own with a doctor. Her dad and I both want to go in with her to the appointment - can we both be in the room?", "kb-en-appointments-011", "parents caring for an adult daughter with a learning disability"),
("context", "I'm a taxi driver and I do a lot of runs from outpatients. An older lady I take regularly asked me whether the hospital could send its own transport for her next time, as she can hardly walk. How would she book that, and how far ahead?", "kb-en-appointments-009", "taxi driver asking for a regular passenger, third person"),
("context", "Looking after my grandson (he's 4) while his mum and dad are in Portugal. He's had a temperature for six days now, on and off, eating a bit, still playing some of the time. At what point are we supposed to get him seen by a doctor?", "kb-en-self_care-003", "grandfather looking after a grandson while parents are abroad"),
("context", "Just moved into a new flat and the only cupboard upstairs is the little mirrored one in the bathroom. Is it ok to keep all my tablets in there?", "kb-en-medications-002", "person who has just moved into a flat"),
("context", "I own a small bakery and I'm up at 4am. The doctor wants a urine sample. If I do it first thing and can't get it to the surgery till the afternoon, can I keep it in the fridge in the meantime?", "kb-en-test_preparation-011", "small bakery owner"),
("context", "Bolt driver here, had the window down and a wasp got me on the forearm. Sting still seems to be in there. How do I get it out without making it worse?", "kb-en-self_care-013", "ride-hailing driver"),
("context", "My son is 25 and has Down's syndrome. He's having an operation next month and the nurse asked whether he can consent himself. He probably can't understand it all. What happens if he can't decide for himself?", "kb-en-procedures-006", "father caring for an adult son with Down's syndrome"),
("context", "Our granddaughter was born last night on the maternity ward, and her big brother who is three wants to meet her. Are brothers and sisters allowed to visit?", "kb-en-visiting-009", "grandmother of a newborn"),
("context", "I drive a minicab for a living and I've got a CT with the dye on Thursday. My mate says when they inject it, it feels like you've wet yourself. Is that a real thing or is he winding me up?", "kb-en-test_preparation-007", "minicab driver"),
("context", "I've got a market stall selling phone cases and since the roadworks started I've barely taken anything. Your bill came and I can't pay it all by the date on it. Is there any way to split it up?", "kb-en-records_billing-009", "market stall holder short of money"),
("context", "My daughter is 22 and autistic. She's asked me to keep track of her hospital letters and appointments online because she finds it overwhelming. How do I get access to her portal?", "kb-en-records_billing-005", "mother of an autistic adult daughter"),
# ---- lay (18)
("lay", "my nan has one of them heart boxes put in under her skin, is she allowed in the big magnet tunnel", "kb-en-test_preparation-005", "great-nephew who drives a delivery van"),
("lay", "splashed boiling water off the kettle all over my hand, my nan says put butter on it, is she right??", "kb-en-self_care-005", "teenage Saturday shop assistant"),
("lay", "Can I bring my mum some of my homemade soup and get the nurses to warm it up for her?", "kb-en-visiting-003", "café owner visiting her mother"),
("lay", "Been bunged up for days now, nothing's moving. Sat in the cab all day doesn't help. What can I do?", "kb-en-self_care-014", "long-distance taxi driver"),
("lay", "the pollen is killing me this week, eyes streaming, sneezing my head off, what can I actually do apart from hide indoors", "kb-en-self_care-010", "ice cream kiosk owner"),
("lay", "I keep forgetting my lunchtime tablet when the shop's busy. If I remember at teatime should I just take two then?", "kb-en-medications-004", "greengrocer"),
("lay", "went over on my ankle stepping out the cab, it's up like a balloon. do i put something cold on it or warm?", "kb-en-self_care-006", "ride-hailing driver"),
("lay", "If I can't be bothered going to my appointment can I just not turn up, does anything happen?", "kb-en-appointments-003", "fed-up man who has just moved house"),
("lay", "Do I have to go without food before the jelly scan on my tummy?", "kb-en-test_preparation-009", "Swansea pensioner"),
("lay", "done my back in carrying boxes into the new house. do I just lie flat in bed for a week till it goes?", "kb-en-self_care-009", "man who has just moved house"),
("lay", "grandson's had the runs all weekend. how long after it stops does he have to keep off nursery?", "kb-en-self_care-008", "grandmother who does nursery pick-ups"),
("lay", "I've got the camera up the back passage next week. What am I allowed to drink the day before?", "kb-en-test_preparation-004", "market trader in her sixties"),
("lay", "My mum had her knee done 3 days ago. Can she get in the bath yet?", "kb-en-procedures-010", "daughter who runs a sandwich shop"),
("lay", "Do I have to take my nose stud and belly bar out before I go under?", "kb-en-procedures-012", "nail bar owner, 19"),
("lay", "how hot does my son have to get before its actually classed as a fever, he's 24 and can't tell me how he feels", "kb-en-self_care-002", "father caring for a non-verbal adult son"),
("lay", "Is the squirty hand foam good enough after using the loo when you're visiting someone on a ward?", "kb-en-visiting-004", "visiting grandson who stocks shelves"),
("lay", "My throat's like sandpaper and it kills to swallow. Does gargling salt water actually do anything?", "kb-en-self_care-007", "Inverness taxi driver"),
("lay", "Who actually looks at my blood results and tells me if something's wrong, or do I just have to work it out from the app?", "kb-en-records_billing-003", "owner of a vape and phone-repair shop"),
# ---- two_part (12)
("two_part", "Can I just have the throat spray instead of being put out, and how long does the actual camera bit take?", "kb-en-procedures-001", "Blackpool rock shop owner"),
("two_part", "before my operation how many hours before do I stop eating, and when do I have to stop drinking water?", "kb-en-procedures-003", "ride-hailing driver booked for surgery"),
("two_part", "Do I need to fast before an X-ray, and will they tell me the result while I'm there?", "kb-en-test_preparation-010", "newly moved in retiree"),
("two_part", "Had this cough for a fortnight. How long before I should bother a doctor, and is honey and lemon any good?", "kb-en-self_care-012", "tobacconist"),
("two_part", "How do I sign up for the patient portal, and what if I forget my password later?", "kb-en-records_billing-002", "grandfather setting it up for his granddaughter's appointments"),
("two_part", "My grandson's on the ward. Can I bring him flowers, and what about a balloon?", "kb-en-visiting-003", "grandmother buying a present"),
("two_part", "Mum's in intensive care. How many of us can be with her at once, and can I take a photo of her to send to my brother?", "kb-en-visiting-005", "daughter who runs a café"),
("two_part", "I get headaches most days and take painkillers nearly every day. Can that make them worse? And when is a headache an emergency?", "kb-en-self_care-011", "cashier in a family-run shop"),
("two_part", "What do I need to put in a request for a copy of my records, and can my solicitor ask for them instead of me?", "kb-en-records_billing-001", "taxi driver after a road accident"),
("two_part", "My insurer needs pre-authorisation - do I sort that out before my scan, and what do I do with the number they give me?", "kb-en-records_billing-008", "self-employed shop owner with private cover"),
("two_part", "When is the worst time to ring the ward about my dad, and can the nurses tell my sister stuff too or just me?", "kb-en-visiting-007", "son who just moved back to the area"),
("two_part", "How will I get the link for my video appointment, and what if I'd rather come in and see them face to face?", "kb-en-appointments-006", "mother of a disabled adult son"),
# ---- missing_detail (30)
("missing_detail", "How much is the deposit for borrowing one of the wheelchairs at the main entrance?", None, "carer of a disabled adult son; near kb-en-appointments-012"),
("missing_detail", "What time does the outpatient pharmacy open on a Saturday?", None, "corner shop owner who only has weekends; near kb-en-medications-012"),
("missing_detail", "How much is parking per hour in the patient car park?", None, "taxi driver's wife; near kb-en-appointments-008"),
("missing_detail", "Does general visiting start at 2pm or 3pm?", None, "grandmother visiting her husband; near kb-en-visiting-001"),
("missing_detail", "What's the name of the hospital's data protection officer?", None, "small business owner used to GDPR forms; near kb-en-records_billing-012"),
("missing_detail", "How much do you charge for a report for my insurer after my op?", None, "self-employed ride-hailing driver; near kb-en-records_billing-011"),
("missing_detail", "What time are visitors allowed into the intensive care unit?", None, "son who has just moved back home; near kb-en-visiting-005"),
("missing_detail", "What time does the night-time quiet period start on the wards, 10?", None, "daughter of a patient; near kb-en-visiting-011"),
("missing_detail", "whats the wifi password on the wards", None, "teenage grandson, text style; near kb-en-visiting-011"),
("missing_detail", "Which bus numbers stop outside the main entrance?", None, "woman who just moved to the area without a car; near kb-en-appointments-008"),
("missing_detail", "What's the waiting time for dermatology at the moment, in weeks?", None, "barber shop owner; near kb-en-appointments-010"),
("missing_detail", "What income do you have to be under to get financial assistance with the bill?", None, "market trader; near kb-en-records_billing-010"),
("missing_detail", "What's the email address for the billing office? The bill has got wet and I can't read it.", None, "grandfather who just moved house; near kb-en-records_billing-006"),
("missing_detail", "What's the name of the bowel prep drink you send out, so I can look it up?", None, "taxi driver; near kb-en-test_preparation-003"),
("missing_detail", "Which floor is the endoscopy unit on?", None, "grandmother bringing her grandson; near kb-en-procedures-001"),
("missing_detail", "What time do day surgery patients have to be on the unit, is it 7am for everyone?", None, "shop owner arranging cover; near kb-en-procedures-004"),
("missing_detail", "How many weeks off work will I be signed off for after a hernia repair?", None, "ride-hailing driver; near kb-en-records_billing-011"),
("missing_detail", "On which day after the operation do the stitches come out?", None, "grandmother caring for a grandson after surgery; near kb-en-procedures-010"),
("missing_detail", "How many grams of sugar is in the drink for the glucose tolerance test?", None, "sweet shop owner; near kb-en-test_preparation-012"),
("missing_detail", "What's the weight limit on your hoists? My son is about 120 kilos.", None, "mother of a disabled adult son; near kb-en-appointments-012"),
("missing_detail", "How many days' worth of tablets can the pharmacist give me in an emergency if my prescription hasn't come through?", None, "newsagent; near kb-en-medications-001"),
("missing_detail", "What's the phone number for the patient transport booking line?", None, "taxi driver asking for a passenger; near kb-en-appointments-009"),
("missing_detail", "Which video app do you use for video appointments, Zoom or Teams or something else?", None, "IT-shy florist; near kb-en-appointments-006"),
("missing_detail", "Which days of the week do you have a BSL interpreter in?", None, "mother of a Deaf adult son; near kb-en-appointments-007"),
("missing_detail", "How far from the hospital do you have to live to get patient transport - is it over 10 miles?", None, "grandfather without a car; near kb-en-appointments-009"),
("missing_detail", "What time does the discharge lounge close at night?", None, "ride-hailing driver collecting his mum; near kb-en-procedures-009"),
("missing_detail", "Is there a limit on how long a payment plan can run, like 12 months max?", None, "small shop owner; near kb-en-records_billing-009"),
("missing_detail", "Where exactly is the lost property office, which building?", None, "taxi driver who found a patient's glasses; near kb-en-visiting-010"),
("missing_detail", "How many days does it take for MRI results to come back?", None, "newly moved in couple; near kb-en-test_preparation-006"),
("missing_detail", "How many ml of children's paracetamol can I give my 3 year old grandson?", None, "grandmother looking after her grandson; near kb-en-medications-011"),
# ---- off_topic (10)
("off_topic", "Do you do IVF at this hospital, and is there a waiting list?", None, "newsagent and her husband"),
("off_topic", "Can I give blood at the hospital or do I have to go to a donor centre?", None, "taxi driver"),
("off_topic", "is there a cash machine anywhere in the hospital", None, "ride-hailing driver waiting for a fare"),
("off_topic", "Can I just walk in and get a flu jab at the hospital?", None, "grandfather of four"),
("off_topic", "Do you do vasectomy reversals here?", None, "hardware shop owner"),
("off_topic", "I'm off to Thailand in May - can I get my holiday vaccinations at the hospital?", None, "couple who just moved house"),
("off_topic", "Is the hospital café open through the night?", None, "son caring for his disabled adult brother"),
("off_topic", "Can I get my ears syringed at the hospital? My GP doesn't do it any more.", None, "retired man who runs a tackle shop"),
("off_topic", "Do you do laser tattoo removal?", None, "café owner with an old tattoo"),
("off_topic", "How do I sign up to the organ donor register through the hospital?", None, "mother caring for a disabled adult daughter"),
]

ZH = [
# ---- plain (10)
("plain", "你们医院专科的号一般提前几天放出来？", "kb-zh-appointments-001", "北京朝阳退休大爷（简体）"),
("plain", "看診當天要提早多久到醫院？", "kb-zh-appointments-006", "台中貿易公司業務助理（繁體）"),
("plain", "抽完血针眼要按多长时间？", "kb-zh-test_preparation-001", "天津退休纺织女工（简体）"),
("plain", "慢性病长期处方一次最多能开几周的药？", "kb-zh-medications-001", "沈阳退休老干部（简体）"),
("plain", "出院之後大概多久才可以去申請病歷影印？", "kb-zh-records_billing-001", "高雄港區船務公司行政（繁體）"),
("plain", "动态心电图一般要戴多久？", "kb-zh-test_preparation-010", "石家庄退休中学数学老师（简体）"),
("plain", "被开水烫了要用凉水冲多久？", "kb-zh-self_care-005", "东莞开烧腊档的老板（简体）"),
("plain", "流鼻血要捏住個鼻捏幾耐先得？", "kb-zh-self_care-012", "香港中四學生（粵語繁體）"),
("plain", "做完增强CT要在医院等多久先可以走？", "kb-zh-test_preparation-004", "佛山做五金批发的阿叔（广东口吻简体）"),
("plain", "急诊要不要提前预约？", "kb-zh-appointments-010", "刚搬到新城区的年轻夫妻（简体）"),
# ---- context (20)
("context", "俺老伴儿下礼拜要做胃镜，他嘴里有一副能摘的假牙，平时吃饭都戴着。做胃镜的时候得摘下来不？", "kb-zh-test_preparation-008", "哈尔滨退休老太太（东北口吻简体）"),
("context", "我是跑网约车的，昨天晚上有个乘客在医院门口上车，说她刚做完手术，麻药还没全过，家里没人，让我直接拉她回家。我有点慌，这种情况医院是允许一个人打车走的吗？", "kb-zh-procedures-003", "网约车司机（简体）"),
("context", "我阿妈住院，佢有糖尿病，我想煲个汤带过去俾佢饮，唔知得唔得，要先问边个？", "kb-zh-visiting-007", "中山开五金铺的女儿（广东口吻简体）"),
("context", "我们上个月刚从湖南搬过来，医保还是老家的。我爸下个月可能要在你们这住院，想直接刷医保结算，要怎么弄？", "kb-zh-records_billing-007", "刚搬家的儿子（简体）"),
("context", "我在菜市场门口开个小卖部，一天到晚走不开。血压药快吃完了，上个月刚在你们这看过门诊，能不能在网上续药直接寄到家？", "kb-zh-medications-002", "小卖部老板（简体）"),
("context", "孙子两岁，爸妈都在深圳打工，平时是我们老两口带。今天带他来看病，医生说要做个检查得签同意书，我们当爷爷奶奶的能签吗？", "kb-zh-appointments-012", "带孙子的河北爷爷（简体）"),
("context", "儿子三十了，脑瘫，一直坐轮椅，吃饭上厕所都要人帮。这次要住院，我和他爸想轮着陪，医院一个病人能留几个人陪床？", "kb-zh-visiting-006", "照顾脑瘫成年儿子的母亲（简体）"),
("context", "我媽在你們那邊住院，我平日在台中上班只有下班後才能過去，想當面聽醫生講病情，醫生一般什麼時候會跟家屬說明？", "kb-zh-visiting-009", "台中科技公司專案經理（繁體）"),
("context", "公司人資說請病假要附診斷證明，可是我看完診已經回公司了才想到這件事，現在要怎麼補開？", "kb-zh-records_billing-011", "高雄貨運公司會計（繁體）"),
("context", "我阿爺下個禮拜照MRI，佢心口裝咗個起搏器，佢自己話唔使同醫生講，真係冇問題咩？", "kb-zh-test_preparation-003", "香港中五學生（粵語繁體）"),
("context", "我们家老爷子前天做了无痛肠镜，大夫顺手还切了个息肉。护士说做完两小时就能吃东西，可切了息肉的是不是跟别人不一样啊？", "kb-zh-procedures-010", "天津退休工人的闺女（天津口吻简体）"),
("context", "刚搬了新家，收拾出来一大袋过期药，物业说直接扔楼下垃圾桶就行，真的可以这样扔吗？", "kb-zh-medications-004", "刚搬家的上班族（简体）"),
("context", "我开网约车的，一天在车上坐十来个钟头。前天帮乘客搬行李箱闪了腰，现在弯腰都疼，是不是得在床上躺着别动？", "kb-zh-self_care-009", "网约车司机（简体）"),
("context", "我带孙女，她才两个月大。刚给她量了体温38度，精神头挺好，奶也照样吃，在家观察一晚上行不行？", "kb-zh-self_care-003", "带孙女的吉林姥姥（东北口吻简体）"),
("context", "我开糖水铺的，头先切芒果切到手指，血流好多，揸住纸巾按了几分钟先止到。跟住要点做？隔离档口阿姐叫我涂牙膏喔。", "kb-zh-self_care-004", "江门糖水铺老板（广东口吻简体）"),
("context", "我下週要做日間手術補疝氣，同事說開完當天下午就可以自己開車回公司，這樣真的 OK 嗎？", "kb-zh-procedures-003", "台中建設公司工程助理（繁體）"),
("context", "我下禮拜要抽血驗血糖跟血脂，我每天早上一定要喝一杯黑咖啡才醒得來，不加糖不加奶，這樣可以嗎？", "kb-zh-test_preparation-001", "高雄銀行櫃員（繁體）"),
("context", "我細佬三歲，我哋一家人想去醫院探阿嫲，佢可唔可以一齊入病房？佢好掛住阿嫲。", "kb-zh-visiting-002", "香港中三學生（粵語繁體）"),
("context", "女儿二十六岁，听不见，只会手语。下个月要来看门诊，你们医院有会手语的人吗？要提前多久打招呼？", "kb-zh-appointments-008", "照顾听障成年女儿的父亲（简体）"),
("context", "孩子们都在外地上班，我七十多了一个人去医院，看病楼上楼下的转不明白。医院能不能派个志愿者陪着我？", "kb-zh-appointments-007", "独自就医的唐山退休老太（简体）"),
# ---- lay (18)
("lay", "拉肚子拉得腿都软了，喝点可乐补补行不行？", "kb-zh-self_care-008", "大连退休海员（简体）"),
("lay", "嗓子眼儿疼得饭都咽不下去，拿盐水漱漱口管用不？", "kb-zh-self_care-007", "沈阳退休司机（东北口吻简体）"),
("lay", "崴了脚，家里老人说赶紧拿热毛巾捂上，这样对不对？", "kb-zh-self_care-006", "刚搬进新小区的全职妈妈（简体）"),
("lay", "炒菜热油溅到手背上，我妈说抹点酱油就好了，真的假的？", "kb-zh-self_care-005", "开早餐店的小老板（简体）"),
("lay", "医生叫我一天吃三回，我是不是跟着三顿饭一起吃就行了？", "kb-zh-medications-006", "呼和浩特退休老汉（简体）"),
("lay", "昨儿晚上那顿药忘了吃，今儿早上吃两份补上行不？", "kb-zh-medications-005", "北京胡同里的退休大妈（简体）"),
("lay", "流鼻血係咪擰高個頭就得？", "kb-zh-self_care-012", "香港中二學生（粵語繁體）"),
("lay", "明天去查肝胆，就是肚子上涂凝胶滑来滑去那个，早饭能吃吗？", "kb-zh-test_preparation-007", "顺德开士多的阿姐（广东口吻简体）"),
("lay", "开刀前一天刚做了美甲，涂的红色的，要去卸掉吗？", "kb-zh-procedures-005", "开美甲店的年轻老板娘（简体）"),
("lay", "照那个X光的机器，会不会对肚子里的娃有影响？我可能有了还不确定。", "kb-zh-test_preparation-005", "网约车司机的妻子（简体）"),
("lay", "我幾乎天天頭痛都吃止痛藥，吃太多會不會反而更痛？", "kb-zh-self_care-011", "台中會計事務所助理（繁體）"),
("lay", "一到春天就喷嚏停不下来，清鼻涕哗哗流，家里养的猫还能让它进卧室睡吗？", "kb-zh-self_care-010", "刚搬新房的小两口（简体）"),
("lay", "我阿公住院，可以帶電鍋去病房自己煮粥給他吃嗎？", "kb-zh-visiting-010", "高雄物流公司客服（繁體）"),
("lay", "去醫院看朋友可以帶一束花嗎？", "kb-zh-visiting-003", "高雄保險公司內勤（繁體）"),
("lay", "冰箱里那个打针的降糖药，开了头以后还要放冰箱吗？", "kb-zh-medications-003", "保定退休大爷（简体）"),
("lay", "小孩喝药能不能就用家里吃饭的勺子量一量？", "kb-zh-medications-010", "带外孙的姥姥（简体）"),
("lay", "而家照完CT仲會唔會印返啲片俾我？定係淨係喺手機睇？", "kb-zh-records_billing-010", "香港中六學生（粵語繁體）"),
("lay", "尿杯接尿是一上来就接，还是先尿一点再接？", "kb-zh-test_preparation-009", "开杂货铺的阿叔（简体）"),
# ---- two_part (12)
("two_part", "做核磁能带手机进去吗？我怕关在小地方，要提前跟谁说？", "kb-zh-test_preparation-003", "深圳开奶茶店的老板（简体）"),
("two_part", "做肠镜前几天该吃啥？红心火龙果能不能吃？", "kb-zh-test_preparation-002", "海南来的水果店老板（简体）"),
("two_part", "动手术前几个小时不能吃东西？几个小时不能喝水？", "kb-zh-procedures-002", "网约车司机（简体）"),
("two_part", "取完藥才發現不需要可以退嗎？還有我對青黴素過敏，是每次看診都要講嗎？", "kb-zh-medications-011", "台中電子公司業務（繁體）"),
("two_part", "ICU一次可以入幾多個人探？入去要着咩？", "kb-zh-visiting-004", "香港中五學生（粵語繁體）"),
("two_part", "检查没做想退钱，该怎么退？用医保付的那部分退到哪去？", "kb-zh-records_billing-009", "开面馆的夫妻（简体）"),
("two_part", "互联网医院第一次看病能在网上看吗？开的药能寄到家里吗？", "kb-zh-appointments-005", "刚搬到郊区的老两口的儿子（简体）"),
("two_part", "預約了沒去也沒取消會怎樣？改約可以直接換到別天嗎？", "kb-zh-appointments-002", "高雄設計公司行政（繁體）"),
("two_part", "住院的费用清单在哪能打出来？办商业保险理赔要用哪一种？", "kb-zh-records_billing-005", "开打印店的老板（简体）"),
("two_part", "小孙子还没办身份证，咋给他建档？一个人能不能建两个档？", "kb-zh-appointments-004", "太原退休奶奶（简体）"),
("two_part", "想挂的号都约满了咋办？能不能到现场找大夫加个号？", "kb-zh-appointments-011", "齐齐哈尔退休钳工（东北口吻简体）"),
("two_part", "隔离病房能进去看我爸吗？给他送的衣服怎么交给他？", "kb-zh-visiting-008", "照顾残疾成年弟弟的姐姐（简体）"),
# ---- missing_detail (30)
("missing_detail", "医院停车场一个小时收多少钱？", None, "网约车司机; near kb-zh-appointments-009"),
("missing_detail", "普通号挂号费多少钱？专家号呢？", None, "北京退休大妈; near kb-zh-appointments-001"),
("missing_detail", "服務台借輪椅要押多少錢？", None, "高雄上班族帶阿嬤看病; near kb-zh-appointments-007"),
("missing_detail", "普通病房下午探视具体是几点到几点？", None, "天津退休老大爷; near kb-zh-visiting-001"),
("missing_detail", "医院总机的电话号码是多少？", None, "刚搬家还没存号码的女士; near kb-zh-appointments-001"),
("missing_detail", "病历复印一页收多少钱？", None, "开复印店的小老板; near kb-zh-records_billing-001"),
("missing_detail", "医院的护工一天多少钱？", None, "照顾智力残疾成年儿子的父亲; near kb-zh-visiting-006"),
("missing_detail", "儿科门诊晚上开到几点？孙子放学以后才能带过来。", None, "沈阳退休大爷带孙子; near kb-zh-appointments-012"),
("missing_detail", "ICU每日幾點可以探病？", None, "香港中四學生（粵語）; near kb-zh-visiting-004"),
("missing_detail", "心內科住院預交金要先繳多少？", None, "台中科技公司工程師; near kb-zh-procedures-007"),
("missing_detail", "门诊药房周末几点关门？", None, "小卖部老板娘; near kb-zh-medications-011"),
("missing_detail", "药学咨询门诊在几号楼几楼？", None, "石家庄退休老太; near kb-zh-medications-009"),
("missing_detail", "日間手術中心在哪一棟大樓？", None, "高雄會計師事務所助理; near kb-zh-procedures-001"),
("missing_detail", "抽血窗口早上几点开门？", None, "开早点铺的大叔; near kb-zh-test_preparation-001"),
("missing_detail", "手语志愿者一个礼拜哪几天有？", None, "照顾聋哑成年儿子的母亲; near kb-zh-appointments-008"),
("missing_detail", "去影像科刻一張光碟要幾錢？", None, "香港中六學生（粵語）; near kb-zh-records_billing-010"),
("missing_detail", "爽约几次会被限制网上预约？限制多长时间？", None, "网约车司机; near kb-zh-appointments-002"),
("missing_detail", "老年人绿色通道是多少岁以上才能走？", None, "哈尔滨退休夫妇; near kb-zh-appointments-007"),
("missing_detail", "退費以後大概幾天會退到帳戶？", None, "台中保險公司文員; near kb-zh-records_billing-009"),
("missing_detail", "职工医保在你们这住院能报百分之多少？", None, "开小饭馆的老板; near kb-zh-records_billing-006"),
("missing_detail", "医院营养食堂订一份病号饭多少钱？", None, "广州开糖水铺的儿子; near kb-zh-visiting-007"),
("missing_detail", "坐地铁去你们医院是几号线、哪个出口？", None, "刚搬来的外地小伙; near kb-zh-appointments-009"),
("missing_detail", "做肠镜发的那个泻药叫啥名字？我想先查查。", None, "唐山退休电工; near kb-zh-test_preparation-002"),
("missing_detail", "做一次普通胃鏡要多少錢？無痛的又貴多少？", None, "高雄餐廳店長; near kb-zh-test_preparation-008"),
("missing_detail", "肚子上的刀口一般是术后第几天拆线？", None, "帮残疾成年女儿问的母亲; near kb-zh-procedures-012"),
("missing_detail", "网上续方一次最多能开几盒？", None, "小超市老板; near kb-zh-medications-002"),
("missing_detail", "病房個Wi-Fi密碼係咩？", None, "香港中三學生（粵語）; near kb-zh-visiting-010"),
("missing_detail", "陪護證要去哪個窗口辦？", None, "台中上班族陪爸爸住院; near kb-zh-visiting-006"),
("missing_detail", "宝宝烧到多少度才可以吃退烧药？", None, "带外孙的奶奶; near kb-zh-self_care-003"),
("missing_detail", "病案室礼拜六上不上班？", None, "在外地打工、只有周末能来的儿子; near kb-zh-records_billing-001"),
# ---- off_topic (10)
("off_topic", "你们医院能办食品从业人员健康证吗？", None, "开卤味店的老板（简体）"),
("off_topic", "医院有没有中医针灸科？我老寒腿想扎扎针。", None, "长春退休老太（简体）"),
("off_topic", "可以直接來醫院捐血嗎？", None, "高雄工程顧問公司職員（繁體）"),
("off_topic", "你们那能做近视激光手术吗？", None, "网约车司机（简体）"),
("off_topic", "医院附近有没有便宜点的宾馆，陪床的家属能住？", None, "从农村来照顾残疾儿子的父亲（简体）"),
("off_topic", "我想打HPV疫苗，你們醫院可以預約嗎？", None, "台中廣告公司上班族（繁體）"),
("off_topic", "你哋醫院有冇得做植髮？", None, "香港中六學生替爸爸問（粵語繁體）"),
("off_topic", "医院大厅有没有取款机？", None, "开杂货店的阿婆（简体）"),
("off_topic", "想登记遗体捐献，是找你们医院办吗？", None, "呼和浩特退休教师（简体）"),
("off_topic", "醫院樓上有沒有月子中心可以住？", None, "高雄電子廠人資（繁體）"),
]


def load_ids(lang):
    ids = set()
    with open(os.path.join(KB_DIR, "passages_%s.jsonl" % lang), encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line:
                ids.add(json.loads(line)["id"])
    return ids


EXPECT = {"plain": 10, "context": 20, "lay": 18, "two_part": 12, "missing_detail": 30, "off_topic": 10}
# characters that only occur in Traditional script (rough check of the script mix)
TRAD_ONLY = set("們診當後請醫歷時間藥這樣還數夠點關係麼個過會體幾錢帳視護證說講邊嗎約預門檢燒飲湯單開銷")


def build():
    kb = {"en": load_ids("en"), "zh": load_ids("zh")}
    rows = []
    for lang, table in (("en", EN), ("zh", ZH)):
        assert len(table) == 100, (lang, len(table))
        kinds = Counter(k for k, _, _, _ in table)
        assert dict(kinds) == EXPECT, (lang, kinds)
        gold_use = Counter()
        seen_q = set()
        items = []
        for kind, question, gold, voice in table:
            q = question.strip()
            assert q and q not in seen_q, q
            seen_q.add(q)
            answerable = kind in ("plain", "context", "lay", "two_part")
            if answerable:
                assert gold in kb[lang], (lang, gold)
                gold_use[gold] += 1
                golds = [gold]
            else:
                assert gold is None
                golds = []
            if kind == "missing_detail":
                assert "; near kb-%s-" % lang in voice, voice
                near = voice.rsplit("; near ", 1)[1]
                assert near in kb[lang], near
            else:
                assert "; near" not in voice, voice
            items.append({"language": lang, "question": q, "answerable": answerable,
                          "gold": golds, "kind": kind, "voice": voice})
        assert max(gold_use.values()) <= 2, gold_use.most_common(3)
        assert sum(1 for r in items if r["answerable"]) == 60
        random.Random("%d-%s" % (SEED, lang)).shuffle(items)
        for i, r in enumerate(items, 1):
            r["id"] = "r25-%s-%03d" % (lang, i)
        if lang == "zh":
            trad = sum(1 for r in items if set(r["question"]) & TRAD_ONLY)
            assert 25 <= trad <= 35, trad
        rows.extend(items)
    assert len(rows) == 200
    assert len({r["id"] for r in rows}) == 200
    return rows


def main():
    rows = build()
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
    print("wrote %d rows to %s" % (len(rows), OUT))


if __name__ == "__main__":
    main()
