#!/usr/bin/env python3
"""Generate grounded reviewer set 16 (blind, hand-typed). Standard library only.

Writes questions.jsonl next to this script. Locates the KB via env MEDQA_ROOT or,
by default, three directories above this file (<root>/tests/data/grounded_review16/).
"""
import json
import os
import random
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.environ.get("MEDQA_ROOT") or os.path.abspath(os.path.join(HERE, "..", "..", ".."))
KB = os.path.join(ROOT, "medqa", "assets", "kb")

random.seed(16)  # no random choices are made; seed kept fixed for the rule

# Each row: (kind, voice, question, gold_or_near)
# For answerable kinds the last field is the single gold id; for missing_detail it is the
# closest passage (goes into the voice as "; near kb-..."); for off_topic it is None.

EN = [
    # ---- plain (10)
    ("plain", "falconer on a country estate", "How many minutes before my appointment time should I arrive?", "kb-en-appointments-005"),
    ("plain", "museum curator", "Where should I take medicines I no longer need?", "kb-en-medications-003"),
    ("plain", "wood-fired pizza van owner", "How long should I keep a burn under running water?", "kb-en-self_care-005"),
    ("plain", "saddler", "Can I eat and drink normally before an ordinary X-ray?", "kb-en-test_preparation-010"),
    ("plain", "balloon artist", "Are latex balloons allowed on the wards?", "kb-en-visiting-003"),
    ("plain", "retired trawlerman from Hull", "What do I need to register for the patient portal?", "kb-en-records_billing-002"),
    ("plain", "Essex bridesmaid", "Why do I have to take my nail varnish off before an operation?", "kb-en-procedures-012"),
    ("plain", "Devon cider maker, new grandad", "What temperature in a baby under three months means we need urgent help?", "kb-en-self_care-003"),
    ("plain", "Gibraltarian mum", "Is it ok to use a kitchen spoon to give my child medicine?", "kb-en-medications-011"),
    ("plain", "Kurdish community centre worker", "Do patients have to pay for an interpreter?", "kb-en-appointments-007"),
    # ---- context (20)
    ("context", "hot-air balloon pilot",
     "I fly passenger balloons for a living and I've got a gastroscopy with sedation on Thursday afternoon. We've a dawn flight booked for Friday, so roughly 16 hours after. My partner reckons I'll be right as rain by then. How long does the sedation actually affect you for?",
     "kb-en-procedures-002"),
    ("context", "sheet-metal fabricator",
     "Twenty odd years grinding steel in a fab shop and once had a sliver of metal taken out of my eye at A and E. Now they want an MRI of my knee. Do I need to mention the eye thing to anyone before the scan?",
     "kb-en-test_preparation-005"),
    ("context", "wife of a retired submariner",
     "My husband served 22 years on submarines, and funnily enough he can't stand small spaces now. He has an MRI on his back next week and he's dreading the tunnel. Is there any way I can stay in the room with him?",
     "kb-en-test_preparation-006"),
    ("context", "Women's Institute jam maker",
     "I make jams and cordials for the WI stall and I've got a colonoscopy on Tuesday. The day before is clear fluids only. I have gallons of my own blackcurrant cordial in the larder, can I have that watered down?",
     "kb-en-test_preparation-004"),
    ("context", "audax cyclist",
     "I ride about 40 miles most mornings before breakfast. The GP wants a fasting cholesterol test at 9am on Wednesday. Can I still do my usual ride that morning as long as I don't eat anything?",
     "kb-en-test_preparation-001"),
    ("context", "county darts player",
     "I chew gum non-stop, it keeps my nerves steady at the oche and it's a habit now. Op is first thing Tuesday under general anaesthetic. Does chewing gum matter before the anaesthetic or is it fine since I'm not swallowing anything?",
     "kb-en-procedures-003"),
    ("context", "Dartmoor shepherd living alone",
     "I live on my own out on the moor, nearest neighbour is two miles off. Having a hernia done as day surgery next month. My truck's an automatic so I was going to drive myself home after, it's only 20 minutes. Is that allowed?",
     "kb-en-procedures-004"),
    ("context", "open-water swimming coach",
     "I coach an open-water swim club at the reservoir and had keyhole surgery on my gallbladder 10 days ago. Members keep asking when I'll be back in. When can I go swimming again with the wounds?",
     "kb-en-procedures-010"),
    ("context", "mountain expedition leader",
     "I'm leading a trekking group to Nepal for three weeks and one of my clients is on insulin. He wants to check his pens in with the big rucksacks to save weight. Should insulin go in the hold or in hand luggage?",
     "kb-en-medications-009"),
    ("context", "birdwatching tour guide",
     "Dad's been in intensive care since Sunday. My two brothers are in Canada and can't get over, so I wanted to take a photo of him on my camera to send them. Am I allowed to take pictures in there?",
     "kb-en-visiting-005"),
    ("context", "funeral director's assistant",
     "I start work early, ironic given the job. Mum's on a ward after a fall and I'd like to ring at about 7 each morning before I go in, to hear how she slept. Is that a good time to phone the ward?",
     "kb-en-visiting-007"),
    ("context", "offshore wind turbine technician",
     "I'm on a transfer boat most days so I'm choosy about which calls I answer. My follow-up is a phone appointment on the 14th. What will the hospital's number show up as on my phone?",
     "kb-en-appointments-006"),
    ("context", "Gurkha veteran's daughter-in-law",
     "My father-in-law is 91, he has bad lungs and can't manage the bus or get in our car any more. He has a chest clinic on the 20th. How far ahead do I need to ring to book the hospital transport for him?",
     "kb-en-appointments-009"),
    ("context", "Morris dancer",
     "Went over on my ankle at a Morris dance-out on Saturday, it's swollen like a grapefruit. I've got a bag of frozen peas wrapped in a tea towel. How long should I keep it on, and how often?",
     "kb-en-self_care-006"),
    ("context", "Romanian fruit picker in Kent",
     "I pick apples on a farm in Kent. Today a hornet or big wasp stung my hand and the sting is still in the skin. My friend says pull it out with tweezers. Is this the right way?",
     "kb-en-self_care-013"),
    ("context", "Shetland salmon farmer",
     "Forgot my blood pressure tablet this morning, been out on the cages all day, only just remembered at teatime. Next one is due tomorrow morning. Should I take two tomorrow to catch up?",
     "kb-en-medications-004"),
    ("context", "seasonal ski instructor",
     "Broke my wrist and I'm on the ward waiting for surgery. The ski school needs a sick note from me or they won't hold my job for the season. Do I get the certificate from the ward or do I have to go to my GP later?",
     "kb-en-records_billing-011"),
    ("context", "dental technician",
     "Bit of irony here: I'm a dental technician and I made Dad's dentures myself, and now they've vanished on the ward after lunch, probably on a tray. Who should we report it to?",
     "kb-en-visiting-010"),
    ("context", "care home cook",
     "I cook for a care home with forty residents. I had a tummy bug, last time I was sick was Sunday night and I feel fine today, Monday. When am I allowed back in the kitchen?",
     "kb-en-self_care-008"),
    ("context", "milkman",
     "I'm on the milk round from 4am till lunch. They want a urine sample and the first one of the day is easiest for me, but I can't drop it off till after 1. Can it sit in the fridge until then?",
     "kb-en-test_preparation-011"),
    # ---- lay (18)
    ("lay", "Teesside scrap dealer", "forgot all about me hospital thing last tuesday and never rang them. am i struck off now or what", "kb-en-appointments-003"),
    ("lay", "Stoke-on-Trent grandson", "Me nan can't walk far at all duck. Once we're inside is there something to push her round in?", "kb-en-appointments-012"),
    ("lay", "Sunderland bus mechanic", "That stuff you drink to clear you out before the camera goes up your back passage - what if I can't keep it down and bring it back up?", "kb-en-test_preparation-003"),
    ("lay", "Isle of Wight caravan park owner", "Been bunged up and sniffly for four weeks now and it's not shifting. Is that long enough that I should get looked at?", "kb-en-self_care-001"),
    ("lay", "Zimbabwean care worker", "I am on the pills that stop me getting clots. They are going to take a small piece out of my liver next month. Do I just leave off the pills myself a few days before?", "kb-en-procedures-007"),
    ("lay", "Portuguese hotel chambermaid", "Is the little cupboard above the sink in the loo a good place to keep my tablets?", "kb-en-medications-002"),
    ("lay", "Nottingham lace shop owner", "I was throwing up Friday night, feel better now. Is it alright to pop in and see my mate on the ward Saturday afternoon?", "kb-en-visiting-004"),
    ("lay", "cricket groundsman", "Every June my eyes stream and I sneeze my head off. Anything I can do round the house to cut it down a bit?", "kb-en-self_care-010"),
    ("lay", "antique dealer", "put my back out shifting a wardrobe. is it best to lie flat in bed till it sorts itself out?", "kb-en-self_care-009"),
    ("lay", "Cypriot kebab shop owner", "Got some tablets for a chest infection, I feel fine after three days. Can I just stop and keep the rest in the drawer for next time?", "kb-en-medications-007"),
    ("lay", "Brazilian capoeira teacher", "My husband gets let out of hospital tomorrow. How long do we usually have to hang around on the day before he can actually go?", "kb-en-procedures-009"),
    ("lay", "Ugandan dad of four", "They are looking at my tummy for gallstones with the jelly and the wand thing. Can I eat my breakfast before?", "kb-en-test_preparation-009"),
    ("lay", "air traffic controller", "Can popping pills for a sore head most days actually end up making your head worse?", "kb-en-self_care-011"),
    ("lay", "Goan retired railwayman's son", "Mum's memory is going and she can't manage her hospital stuff online any more. How can I get into it for her?", "kb-en-records_billing-005"),
    ("lay", "retired Essex cabbie", "Can I video call my grandkids from my hospital bed or do they make you switch phones off?", "kb-en-visiting-011"),
    ("lay", "Bulgarian car wash worker", "Doctor wrote me out a slip for some tablets after my check-up. Where in the hospital do I go to pick them up?", "kb-en-medications-012"),
    ("lay", "Latvian fairground worker", "I am boiling hot and sweating, thermometer says 38.5. Should I get in a tub of icy water to cool off?", "kb-en-self_care-002"),
    ("lay", "Orcadian crofter", "I put my name on the paper saying yes to the knee operation but now I'm having second thoughts. Is it too late to back out?", "kb-en-procedures-006"),
    # ---- two_part (12)
    ("two_part", "Yemeni newsagent", "What are the ways I can book a clinic appointment, and what details should I have ready when I do?", "kb-en-appointments-001"),
    ("two_part", "bridal shop owner", "What should I bring to my first appointment, and am I allowed to bring my sister in with me?", "kb-en-appointments-004"),
    ("two_part", "Suffolk pig farmer", "How do I find out where my referral has got to, and who do I contact if I get worse while I'm waiting?", "kb-en-appointments-010"),
    ("two_part", "market gardener from the Vale of Evesham", "How long does the sugary drink test take, and can I nip outside for a cigarette in the middle of it?", "kb-en-test_preparation-012"),
    ("two_part", "fishing tackle shop owner", "For the camera test down the throat, how long before do I stop eating, and can I just have the throat spray instead of being sedated?", "kb-en-procedures-001"),
    ("two_part", "grime MC", "What should I pack for a few nights in hospital, and is it ok to bring my gold chain and a bit of cash?", "kb-en-procedures-008"),
    ("two_part", "Lincolnshire sugar beet haulier", "How many of us can sit with my wife at once on a normal ward, and do we have to leave at mealtimes?", "kb-en-visiting-001"),
    ("two_part", "Jersey tomato grower", "Our daughter is going onto the children's ward. Can one of us stay the night by her bed, and can her grandparents come whenever they like?", "kb-en-visiting-009"),
    ("two_part", "Halifax building society clerk", "Who do I contact about a charge on my hospital bill that looks wrong, and can they stop the clock on paying while they check it?", "kb-en-records_billing-006"),
    ("two_part", "Kent hop farm labourer", "Can I pay my hospital bill in smaller amounts, and if I get in touch early will it stop it going to debt collectors?", "kb-en-records_billing-009"),
    ("two_part", "cocktail bartender", "Sliced my palm on a broken glass behind the bar. How should I stop the bleeding, and at what point is it a call the ambulance job?", "kb-en-self_care-004"),
    ("two_part", "bookbinder", "How many days before I run out should I order my repeat tablets, and what can I do if I've left it too late?", "kb-en-medications-001"),
    # ---- missing_detail (30)
    ("missing_detail", "chimney sweep", "What time exactly does afternoon visiting start on the general wards?", "kb-en-visiting-001"),
    ("missing_detail", "Leicester hosiery worker", "How much is it per hour to park at the hospital?", "kb-en-appointments-008"),
    ("missing_detail", "telephone engineer", "What is the actual phone number for the hospital switchboard?", "kb-en-appointments-001"),
    ("missing_detail", "skateboard shop owner", "How much is the deposit for borrowing one of the wheelchairs at the main entrance?", "kb-en-appointments-012"),
    ("missing_detail", "Saturday football referee", "What time does the outpatient pharmacy shut on a Saturday?", "kb-en-medications-012"),
    ("missing_detail", "YouTuber", "whats the wifi password on the wards? need to upload something", "kb-en-visiting-011"),
    ("missing_detail", "boxing promoter", "How much do you charge for writing a report for my insurance company?", "kb-en-records_billing-011"),
    ("missing_detail", "Sikh gurdwara volunteer", "Is the medical records office open on Saturdays so I can drop my form in?", "kb-en-records_billing-001"),
    ("missing_detail", "data protection consultant", "What is the name of the hospital's data protection officer?", "kb-en-records_billing-012"),
    ("missing_detail", "swimming pool plant operator", "How many weeks is the wait for a skin clinic appointment at the moment?", "kb-en-appointments-010"),
    ("missing_detail", "retired Dorset lifeboat mechanic", "How much does hospital patient transport cost each way?", "kb-en-appointments-009"),
    ("missing_detail", "cabinet maker", "How long does the colonoscopy itself take once I'm in the room?", "kb-en-test_preparation-003"),
    ("missing_detail", "Hackney jazz saxophonist", "At what time exactly do the lights go down for the night on the wards?", "kb-en-visiting-011"),
    ("missing_detail", "bus enthusiast", "Which bus number goes from the town centre to the hospital main entrance?", "kb-en-appointments-008"),
    ("missing_detail", "lab technician", "How many milligrams of paracetamol can I take at a time for a fever?", "kb-en-self_care-002"),
    ("missing_detail", "tattooed biker who hates needles", "How many times will they take blood during the glucose tolerance test?", "kb-en-test_preparation-012"),
    ("missing_detail", "laid-off steelworker from Port Talbot", "What's the income cut-off to qualify for the financial assistance programme?", "kb-en-records_billing-010"),
    ("missing_detail", "retired trading standards officer", "Is there a time limit on complaints, how many months after my treatment can I still put one in?", "kb-en-visiting-012"),
    ("missing_detail", "retired Whitehall civil servant", "Within how many working days will I get a response to a formal written complaint?", "kb-en-visiting-012"),
    ("missing_detail", "rural vet", "How many weeks after a hernia operation can I drive again?", "kb-en-procedures-004"),
    ("missing_detail", "horse riding instructor", "How many years apart should tetanus boosters be?", "kb-en-self_care-004"),
    ("missing_detail", "app developer", "What is the patient portal app actually called in the app store?", "kb-en-records_billing-002"),
    ("missing_detail", "mobile mechanic, son of an ICU patient", "Dad's in intensive care. How much is the cheaper parking for relatives, per day or per week?", "kb-en-appointments-008"),
    ("missing_detail", "double glazing fitter", "Which floor of the hospital is the endoscopy unit on?", "kb-en-test_preparation-003"),
    ("missing_detail", "council noise-abatement officer", "How loud is the MRI scanner in decibels?", "kb-en-test_preparation-006"),
    ("missing_detail", "debt adviser", "How many days overdue does a hospital bill have to be before it goes to a collection agency?", "kb-en-records_billing-009"),
    ("missing_detail", "Methodist lay preacher", "What are the opening hours of the hospital chapel, is it open through the night?", "kb-en-visiting-008"),
    ("missing_detail", "pilates instructor", "How many hours before an MRI scan should I stop eating?", "kb-en-test_preparation-005"),
    ("missing_detail", "Savile Row tailor", "How many days after a knee operation are the stitches usually taken out?", "kb-en-procedures-010"),
    ("missing_detail", "care home manager", "What time does the discharge lounge close in the evening?", "kb-en-procedures-009"),
    # ---- off_topic (10)
    ("off_topic", "cinema projectionist", "Do you do laser eye surgery, and roughly what does it cost?", None),
    ("off_topic", "student union officer", "How do I sign up to give blood at the hospital?", None),
    ("off_topic", "cat rescue volunteer", "My cat has been sick all night, is there a vet on site I can bring her to?", None),
    ("off_topic", "optician's receptionist", "What's the best thing for a stye on my eyelid?", None),
    ("off_topic", "synchronised swimmer", "Picked up a verruca from the pool, how do I get rid of it?", None),
    ("off_topic", "school leaver", "Are there any porter jobs going at the hospital and how do I apply?", None),
    ("off_topic", "ventriloquist", "I've had hiccups on and off for two days, how do I make them stop?", None),
    ("off_topic", "retired brass band cornet player", "Can I get my ears syringed at the hospital? Too much wax, can't hear the band.", None),
    ("off_topic", "best man", "What's actually good for a hangover the morning after a stag do?", None),
    ("off_topic", "father of five", "Do you do vasectomies here and is there a waiting list?", None),
]

ZH = [
    # ---- plain (10)
    ("plain", "景德镇陶瓷工", "专科门诊的号一般提前几天放出来？", "kb-zh-appointments-001"),
    ("plain", "河北沧州武术教练", "抽血前至少要空腹几个小时？", "kb-zh-test_preparation-001"),
    ("plain", "冷链物流司机", "没开封的胰岛素放冰箱要几度？", "kb-zh-medications-003"),
    ("plain", "篮球联赛裁判", "流鼻血的时候要不要把头仰起来？", "kb-zh-self_care-012"),
    ("plain", "台灣彰化肉圓店老闆娘（繁體）", "電子發票跟紙本發票的效力一樣嗎？", "kb-zh-records_billing-008"),
    ("plain", "养老院护工", "ICU一次最多能进去几个家属？", "kb-zh-visiting-004"),
    ("plain", "香港叮叮車長（繁體粵語）", "做完無痛腸胃鏡之後要等幾耐先可以食嘢？", "kb-zh-procedures-010"),
    ("plain", "代驾司机", "急诊是不是24小时都开？", "kb-zh-appointments-010"),
    ("plain", "茶艺师", "说明书上写空腹服用，具体是指什么时候吃？", "kb-zh-medications-006"),
    ("plain", "香港報紙檔檔主（繁體粵語）", "病理報告一般要幾多個工作天先出到？", "kb-zh-records_billing-003"),
    # ---- context (20)
    ("context", "盲人按摩师",
     "我是做盲人按摩的，约了明天上午眼科的号，结果店里来了个包场的大单，实在走不开。我想改到下周三，在App上能不能直接把日期改过去？",
     "kb-zh-appointments-002"),
    ("context", "小区保安",
     "我在小区当保安，昨天在诊区等着叫号，去了趟厕所回来屏幕上已经叫过我了。今天还得去看结果，万一又过号了该怎么办？",
     "kb-zh-appointments-006"),
    ("context", "沙县小吃店老板",
     "我开沙县小吃的，一日三餐都是拌面扁肉。下周四做肠镜，检查前一天晚上还能吃点拌面吗，还是只能喝点稀的？",
     "kb-zh-test_preparation-002"),
    ("context", "电工",
     "我是干电工的，身上常年挂着一大串钥匙、电笔、卷尺，钱包里还有两张银行卡。下午要做核磁，银行卡也要拿出来吗？",
     "kb-zh-test_preparation-003"),
    ("context", "婚纱店老板娘",
     "我在影楼旁边开婚纱店，下午三点约了经腹部的子宫附件B超，单子上说要憋尿。我该提前多久喝水，喝多少？",
     "kb-zh-test_preparation-007"),
    ("context", "烧烤摊主",
     "我晚上出烧烤摊，在炭火边一站就是到凌晨两点，浑身是汗。明天医生让我戴24小时的心电图盒子，戴着它还能照常出摊吗？",
     "kb-zh-test_preparation-010"),
    ("context", "长江货船船员",
     "我在长江上跑货船，这次靠岸在你们这做个日间手术，做完想自己骑电动车回码头的宿舍，大概二十分钟的路，可以吗？",
     "kb-zh-procedures-003"),
    ("context", "婚礼跟妆化妆师",
     "我自己就是给新娘跟妆的，素颜出门实在不习惯。周五全麻手术，化个很淡的妆去行不行？",
     "kb-zh-procedures-005"),
    ("context", "武警战士",
     "我在武警部队服役，手术排在下周二，刚接到通知那天中队要拉练，我想把手术改一下期，最晚要提前多久跟科室说？",
     "kb-zh-procedures-011"),
    ("context", "自驾游领队",
     "我带自驾团跑新藏线，一出去就是一个多月。降压药快吃完了，准备在App上线上续方，顺便想让医生把剂量加一点，血压最近有点高，线上能办吗？",
     "kb-zh-medications-002"),
    ("context", "菜鸟驿站站长",
     "孩子外公住院了，我家老二8岁，天天闹着要去医院看外公。我白天守驿站走不开，想周末带他去，多大的孩子医院一般不建议进病房？",
     "kb-zh-visiting-002"),
    ("context", "塔吊司机",
     "我爸住院要陪床，我开塔吊白天在工地，想跟我哥轮着来，他白天我晚上，一天换一次人，医院允许这样换着陪吗？",
     "kb-zh-visiting-006"),
    ("context", "甘肃天水籍瓦工",
     "俺是天水人，在这边工地上砌墙，医保是老家交的。上个月摔了一跤住院，啥备案也没办就住了，现在出院了，这钱还能回老家报吗？要带些啥？",
     "kb-zh-records_billing-007"),
    ("context", "香港大排檔老闆（繁體粵語）",
     "我阿媽上個禮拜出咗院，我喺大排檔朝九晚十二咁做，啲預交金收據唔知擺咗去邊。仲可唔可以補辦？要帶啲咩去？",
     "kb-zh-records_billing-012"),
    ("context", "早点摊炸油条师傅",
     "我早上出摊炸油条，今天热油溅到手背上，起了一片红。已经在水龙头底下冲了，要冲多久才够？",
     "kb-zh-self_care-005"),
    ("context", "街舞老师",
     "昨晚街舞比赛落地没站稳崴了脚，肿得跟馒头似的。队友说赶紧拿热毛巾敷，活血化瘀好得快，这样对吗？",
     "kb-zh-self_care-006"),
    ("context", "配音演员，二胎爸爸",
     "我在棚里录音，孩子奶奶在家带两岁的老二。刚才她打电话说孩子烧到38度5，家里只有大人吃的退烧片，她想掰一半给孩子吃，行不行？",
     "kb-zh-medications-010"),
    ("context", "新竹米粉工廠員工（繁體）",
     "我在新竹米粉工廠上班，阿公住院，我下班打電話到護理站想問他今天狀況怎樣，護理師說電話裡不能講，這是為什麼？",
     "kb-zh-visiting-009"),
    ("context", "桃園機場地勤（繁體）",
     "我在桃園機場做地勤輪夜班，早上回家發現兩個月大的女兒量到38度，不過看起來精神還不錯，可以先在家觀察一下嗎？",
     "kb-zh-self_care-003"),
    ("context", "香港巴士車長（繁體粵語）",
     "我揸巴士輪更，今朝睇完醫生走咗先記得公司要病假紙，而家先返轉頭仲補唔補到？要點補？",
     "kb-zh-records_billing-011"),
    # ---- lay (18)
    ("lay", "河北保定农民工", "头一回来你们医院看病，啥都没有，进门先得干啥？", "kb-zh-appointments-004"),
    ("lay", "鄂尔多斯羊绒厂女工", "上回在你们这看的糖尿病，这回能不能在手机上让大夫看看就行，不跑一趟了？", "kb-zh-appointments-005"),
    ("lay", "邯郸口吻", "俺娘不会鼓捣手机，腿脚也不利索，到了医院有人帮着推车、领着去看病的屋不？", "kb-zh-appointments-007"),
    ("lay", "修鞋匠", "想看的那个老大夫的号一个都没了，还有啥法子能看上？", "kb-zh-appointments-011"),
    ("lay", "衡阳养鱼户", "以前打过那种显影的药水，打完一身起疹子，这回照片子又要打，要先跟医生讲一声不？", "kb-zh-test_preparation-004"),
    ("lay", "驾考陪练", "打麻药睡着做的那种查胃，做完了我自己开车回去行不行？", "kb-zh-test_preparation-008"),
    ("lay", "柳州螺蛳粉店老板", "开刀前几个钟头就不能喝水了？", "kb-zh-procedures-002"),
    ("lay", "赣南脐橙果农", "开完刀回家第三天，刀口那里往外渗黄水，还有股怪味，要紧不？", "kb-zh-procedures-006"),
    ("lay", "襄阳口吻", "医生开了条子叫住进去，可楼上说冇得空床，我是回屋等着还是天天跑过去问？", "kb-zh-procedures-007"),
    ("lay", "废品回收站老板", "家里一大堆过了日子的药，直接倒马桶里冲掉行不？", "kb-zh-medications-004"),
    ("lay", "养猪场老板", "上回剩下的几板消炎药，我家那口子嗓子疼，拿给他吃行不？", "kb-zh-medications-008"),
    ("lay", "盆景园老板", "姥姥住院了，想给她带一盆小盆景摆床头，让不让带？", "kb-zh-visiting-003"),
    ("lay", "煎饼摊摊主", "老头子住院吃不惯，我能带个小电饭锅去病房给他熬点粥吗？", "kb-zh-visiting-010"),
    ("lay", "电器维修铺老板", "钱都交了，药还没去拿，现在不想要了，钱能要回来不？", "kb-zh-records_billing-009"),
    ("lay", "台北捷運司機（繁體）", "鼻塞流鼻水一直打噴嚏，這種一般大概多久會自己好？", "kb-zh-self_care-001"),
    ("lay", "香港金魚街店主（繁體粵語）", "屙嘔肚，飲運動飲品補水得唔得？", "kb-zh-self_care-008"),
    ("lay", "苗栗客家菜餐廳外場（繁體）", "搬一箱啤酒閃到腰，是不是要一直躺在床上不要動比較好？", "kb-zh-self_care-009"),
    ("lay", "香港遊戲公司美術（繁體粵語）", "日日對住電腦頭痛，止痛藥食得密會唔會反而越食越痛？", "kb-zh-self_care-011"),
    # ---- two_part (12)
    ("two_part", "邢台羊汤馆老板", "第一次去你们医院要怎么建档？孩子还没办身份证，用什么给他建？", "kb-zh-appointments-004"),
    ("two_part", "台灣聽障協會志工（繁體）", "手語志工要提前幾天預約？要打哪裡預約？", "kb-zh-appointments-008"),
    ("two_part", "外派海员的妻子", "孩子是爷爷奶奶带去看病，要签字的时候怎么办？还要给孩子带哪些本子证件？", "kb-zh-appointments-012"),
    ("two_part", "石家庄口吻", "做腹部CT要空腹几个小时？上礼拜刚做过钡餐，有影响没有？", "kb-zh-test_preparation-006"),
    ("two_part", "养鸽子的大爷", "化验大便要取多少？取好了要在多长时间里送过去？", "kb-zh-test_preparation-009"),
    ("two_part", "長洲漁民（繁體粵語）", "日間手術前後要留喺醫院幾耐？做白內障可唔可以揀日間手術？", "kb-zh-procedures-001"),
    ("two_part", "淄博烧烤店老板", "出院结账要带啥东西？有医保的是不是当场就给报了？", "kb-zh-procedures-008"),
    ("two_part", "南投日月潭遊艇駕駛（繁體）", "藥領了之後發現不需要，可以退嗎？還有我對青黴素過敏，要在哪裡登記？", "kb-zh-medications-011"),
    ("two_part", "挖掘机司机", "探视病人一次能去几个人？上午过去行不行？", "kb-zh-visiting-001"),
    ("two_part", "退休纺织女工", "亲戚住在隔离病房，我们能进去看他吗？想给他送几件换洗衣服又该怎么送？", "kb-zh-visiting-008"),
    ("two_part", "银行信贷员，独生女", "我爸去世了，我要复印他的住院病历，需要带什么材料？保险公司那边能不能自己来办？", "kb-zh-records_billing-002"),
    ("two_part", "香港車仔麵檔主（繁體粵語）", "切親手指，要㩒住幾耐先止到血？可唔可以搽啲牙膏落去？", "kb-zh-self_care-004"),
    # ---- missing_detail (30)
    ("missing_detail", "网吧老板", "医院停车场一小时收多少钱？", "kb-zh-appointments-009"),
    ("missing_detail", "保定驴肉火烧店老板", "普通病房下午探视几点开始、几点结束？", "kb-zh-visiting-001"),
    ("missing_detail", "126邮局退休职工", "医院总机的电话号码是多少？", "kb-zh-appointments-001"),
    ("missing_detail", "打印店老板", "复印病历一页收多少钱？", "kb-zh-records_billing-001"),
    ("missing_detail", "轮椅租赁店老板", "服务台借轮椅要交多少押金？", "kb-zh-appointments-007"),
    ("missing_detail", "特殊教育学校老师", "手语志愿者一般是星期几、什么时间段在？", "kb-zh-appointments-008"),
    ("missing_detail", "家政公司老板", "医院的护工一天多少钱？", "kb-zh-visiting-006"),
    ("missing_detail", "营养师", "医院营养食堂订餐要几点前订？", "kb-zh-visiting-007"),
    ("missing_detail", "高速服务区保洁", "ICU每天的探视时间是几点到几点？", "kb-zh-visiting-004"),
    ("missing_detail", "夜市小吃摊主", "门诊药房晚上几点下班？", "kb-zh-medications-011"),
    ("missing_detail", "健身房前台", "药学咨询门诊周末开不开？", "kb-zh-medications-009"),
    ("missing_detail", "手机维修店店员", "病房的WiFi密码是多少？", "kb-zh-visiting-010"),
    ("missing_detail", "快餐店店长", "专家号的挂号费是多少钱？", "kb-zh-appointments-002"),
    ("missing_detail", "广告公司文案", "肠镜检查本身大概要做多长时间？", "kb-zh-test_preparation-002"),
    ("missing_detail", "社保代缴中介", "职工医保住院能报销百分之多少？", "kb-zh-records_billing-006"),
    ("missing_detail", "大巴车售票员", "异地就医备案办下来一般要几天？", "kb-zh-records_billing-007"),
    ("missing_detail", "财务会计", "门诊缴完费多长时间能在App上看到电子发票？", "kb-zh-records_billing-008"),
    ("missing_detail", "台灣網咖店員（繁體）", "申請退費以後，退到信用卡大概要幾天？", "kb-zh-records_billing-009"),
    ("missing_detail", "台灣機車行老闆（繁體）", "CT的片子如果要印出來，一張要多少錢？", "kb-zh-records_billing-010"),
    ("missing_detail", "香港冰室老闆（繁體粵語）", "蓋診斷證明書個章係喺幾樓個窗口？", "kb-zh-records_billing-011"),
    ("missing_detail", "台中珍珠奶茶批發商（繁體）", "戴動態心電圖要不要付押金？押金多少？", "kb-zh-test_preparation-010"),
    ("missing_detail", "香港跑馬地馬房職員（繁體粵語）", "爽約幾多次先會俾你哋限制網上預約？", "kb-zh-appointments-002"),
    ("missing_detail", "台灣檳榔攤老闆（繁體）", "爽約被限制網路預約的話，會被限制多久？", "kb-zh-appointments-002"),
    ("missing_detail", "香港電車維修技工（繁體粵語）", "膝頭開完刀，一般第幾日拆線？", "kb-zh-procedures-012"),
    ("missing_detail", "台南虱目魚養殖戶（繁體）", "打一支破傷風針要多少錢？", "kb-zh-self_care-004"),
    ("missing_detail", "香港藥房店員（繁體粵語）", "小朋友退燒藥每公斤體重食幾多毫克？", "kb-zh-medications-010"),
    ("missing_detail", "台灣高鐵清潔員（繁體）", "日間手術中心在哪一棟大樓的幾樓？", "kb-zh-procedures-001"),
    ("missing_detail", "香港保安公司文員（繁體粵語）", "術前做嘅血檢心電圖有效期係幾多日？過咗幾耐要重做？", "kb-zh-procedures-011"),
    ("missing_detail", "台灣鹹酥雞攤老闆（繁體）", "發燒門診在醫院哪一棟？晚上有開嗎？", "kb-zh-self_care-002"),
    ("missing_detail", "香港唱K場經理（繁體粵語）", "網上覆診問一次症收幾多錢？", "kb-zh-appointments-005"),
    # ---- off_topic (10)
    ("off_topic", "大学生志愿者", "你们医院能献血吗？去哪里献？", None),
    ("off_topic", "火锅店老板", "嘴里长了好几个口腔溃疡，吃饭都疼，有啥快点好的办法？", None),
    ("off_topic", "相声演员", "打嗝打了一下午停不下来，怎么止住？", None),
    ("off_topic", "建筑工地安全员", "脚气反反复复，痒得睡不着，用什么药？", None),
    ("off_topic", "旅游大巴导游助理", "一坐车就晕，晕车药要提前多久吃？", None),
    ("off_topic", "大学女生宿舍长", "每个月痛经痛得打滚，有没有什么缓解的办法？", None),
    ("off_topic", "婚宴酒店领班", "昨晚喝多了今天头晕想吐，宿醉怎么缓解？", None),
    ("off_topic", "台灣補教名師助理（繁體）", "請問醫院有在招聘護理師嗎？要去哪裡投履歷？", None),
    ("off_topic", "香港髮型師（繁體粵語）", "頭皮屑好多，用咩洗頭水好？", None),
    ("off_topic", "台灣月子餐外送員（繁體）", "請問你們醫院有附設月子中心嗎？一晚多少錢？", None),
]

ANSWERABLE = {"plain": 10, "context": 20, "lay": 18, "two_part": 12}
UNANSWERABLE = {"missing_detail": 30, "off_topic": 10}


def load_ids():
    ids = set()
    for name in ("passages_en.jsonl", "passages_zh.jsonl"):
        with open(os.path.join(KB, name), encoding="utf-8") as fh:
            for line in fh:
                line = line.strip()
                if line:
                    ids.add(json.loads(line)["id"])
    return ids


def build(lang, rows, kb_ids):
    want = dict(ANSWERABLE)
    want.update(UNANSWERABLE)
    got = Counter(r[0] for r in rows)
    assert got == Counter(want), (lang, got)
    assert len(rows) == 100, (lang, len(rows))
    out = []
    gold_use = Counter()
    seen_q = set()
    for n, (kind, voice, question, ref) in enumerate(rows, 1):
        assert question not in seen_q, question
        seen_q.add(question)
        answerable = kind in ANSWERABLE
        if answerable:
            assert ref in kb_ids, ref
            assert ref.startswith("kb-%s-" % lang), ref
            gold = [ref]
            gold_use[ref] += 1
        elif kind == "missing_detail":
            assert ref in kb_ids, ref
            gold = []
            voice = "%s; near %s" % (voice, ref)
        else:
            assert ref is None
            gold = []
        out.append({
            "id": "r16-%s-%03d" % (lang, n),
            "language": lang,
            "question": question,
            "answerable": answerable,
            "gold": gold,
            "kind": kind,
            "voice": voice,
        })
    assert max(gold_use.values()) <= 2, gold_use.most_common(3)
    assert sum(1 for r in out if r["answerable"]) == 60
    return out


def main():
    kb_ids = load_ids()
    rows = build("en", EN, kb_ids) + build("zh", ZH, kb_ids)
    assert len(rows) == 200
    path = os.path.join(HERE, "questions.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
    print("wrote %d rows to %s" % (len(rows), path))


if __name__ == "__main__":
    main()
