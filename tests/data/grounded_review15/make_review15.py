#!/usr/bin/env python3
"""Generate the blind grounded reviewer set 15 (questions.jsonl).

Hand-typed rows only (no templates, no model text). Deterministic output.
KB root: env MEDQA_ROOT, else three directories above this file.
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.environ.get("MEDQA_ROOT") or os.path.abspath(os.path.join(HERE, "..", "..", ".."))
KB_EN = os.path.join(ROOT, "medqa/assets/kb/passages_en.jsonl")
KB_ZH = os.path.join(ROOT, "medqa/assets/kb/passages_zh.jsonl")

# (kind, gold id or None, voice, question)
EN = [
    # ---------------- plain (10)
    ("plain", "kb-en-appointments-005", "canal boat resident",
     "How early should I get there before my outpatient appointment?"),
    ("plain", "kb-en-test_preparation-009", "dental hygienist",
     "Do I need a full bladder for a pelvic ultrasound?"),
    ("plain", "kb-en-medications-003", "retired stonemason",
     "Where should I take old inhalers I don't use any more?"),
    ("plain", "kb-en-self_care-005", "school dinner lady",
     "How long should you keep a burn under running water?"),
    ("plain", "kb-en-visiting-001", "piano tuner",
     "How many visitors are allowed at one bed at the same time on an ordinary ward?"),
    ("plain", "kb-en-records_billing-002", "freelance translator",
     "What do I need to register for the patient portal?"),
    ("plain", "kb-en-procedures-012", "ballet teacher",
     "Why do I have to take my nail varnish off before an operation?"),
    ("plain", "kb-en-test_preparation-012", "jockey",
     "How long does a glucose tolerance test take?"),
    ("plain", "kb-en-self_care-003", "zookeeper",
     "At what temperature does a baby under three months need to be seen urgently?"),
    ("plain", "kb-en-medications-007", "ferry deckhand",
     "Should I stop taking my antibiotics once I feel better?"),
    # ---------------- context (20)
    ("context", "kb-en-appointments-009", "retired school crossing patrol lady (hip)",
     "I was a lollipop lady for 22 years until my hip went, and now I can't drive and the bus is out of the question with my walking frame. My daughter says the hospital has a sort of ambulance thing that can pick you up for appointments. How many days before do I have to ring up to book it?"),
    ("context", "kb-en-appointments-006", "forklift driver",
     "I drive a forklift in a big warehouse, it's loud and I'm never near a desk. My chest clinic follow-up is a phone call next Tuesday. Last time I missed it because a number came up as 'private' and I ignored it thinking it was spam. Is that how the hospital's calls show up?"),
    ("context", "kb-en-test_preparation-005", "village blacksmith",
     "Been hammering hot iron for thirty odd years and I've definitely had a sliver of metal in my eye at least once, a doctor picked one out in 2009. Now they want an MRI on my knee. Do I need to mention the eye business to them beforehand or is it irrelevant since it's my knee?"),
    ("context", "kb-en-procedures-002", "mobile dog groomer",
     "I run a mobile dog grooming van and drive it myself. I'm booked in for a camera test with sedation on Friday morning and I've got two clients in the afternoon. If I feel completely fine afterwards, am I OK to drive to them?"),
    ("context", "kb-en-visiting-003", "wedding cake maker",
     "My sister is on the ward having chemo and she has always loved lilies, so I was going to grab a big bunch from the market on my way in. Mum reckons you don't allow flowers. Is that true, and if so what could I take her instead?"),
    ("context", "kb-en-medications-009", "conference interpreter",
     "I'm flying to Geneva for a three-week interpreting contract. I'm on injections that live in the fridge. Apart from keeping them in my hand luggage, how am I meant to keep them cold on the journey?"),
    ("context", "kb-en-records_billing-005", "probation officer (father had a stroke)",
     "I'm a probation officer so I'm used to paperwork, but this is personal. Dad had a big stroke in June and can't make decisions himself now. I hold power of attorney for his health and welfare. What do I need to bring so the hospital will share his information with me?"),
    ("context", "kb-en-appointments-012", "studio potter with MS",
     "I'm a potter and I've had MS for a few years now. I can walk a bit but long corridors finish me off, and last time the eye clinic felt like a mile from the front door. Can I borrow a wheelchair when I arrive?"),
    ("context", "kb-en-self_care-006", "netball coach",
     "One of my under-14s went over on her ankle at training tonight. It's puffy but she can put weight on it and her mum is collecting her. We've got an ice pack in the kit bag - how long should it go on for each time?"),
    ("context", "kb-en-test_preparation-004", "vegan food blogger",
     "I basically live on lentils, seeds, nuts and raw veg, it's my whole job. Colonoscopy is in five days. Which foods am I supposed to stop eating before it?"),
    ("context", "kb-en-procedures-003", "children's party magician",
     "I do kids' parties at weekends and I'm a terrible nervous snacker. My op is Monday. Say I absent-mindedly eat a biscuit after the stop time - is it better just to say nothing so I don't lose my slot?"),
    ("context", "kb-en-visiting-007", "bookmaker, middle of six siblings",
     "Mum's on ward 9 and there are six of us all ringing the ward for news, sometimes three of us in one morning. The nurse sounded pretty frazzled yesterday. Is there a better way we should be doing this?"),
    ("context", "kb-en-records_billing-009", "self-employed thatcher",
     "I'm a thatcher and work dried up completely over the winter. I've had a hospital bill for 1,400 due at the end of the month and there's no way I can pay it in one go. Can I pay it off bit by bit?"),
    ("context", "kb-en-test_preparation-011", "Cumbrian dry-stone waller",
     "I'm out on the fells walling all day and the practice nurse handed me a little pot for a water sample, said midstream. Never done one. What does midstream actually mean, when do I catch it?"),
    ("context", "kb-en-medications-011", "train guard, parent on shifts",
     "Me and my husband both work shifts on the railway and swap over looking after our little lad, who's on medicine for an ear infection. Twice this week we've nearly both given him a dose. How do we stop doubling up?"),
    ("context", "kb-en-visiting-009", "fishmonger, expectant dad",
     "Our second baby is due in March. I'm a fishmonger so I start at 4 in the morning and I'm done by lunchtime. As the birth partner will I be able to visit outside the normal visiting times on the maternity ward?"),
    ("context", "kb-en-procedures-009", "estate agent",
     "Dad's coming home after his hip replacement and we've been told discharge is Thursday. I've booked the morning off and said I'll collect him at 10. Is he likely to actually be ready to go at that time?"),
    ("context", "kb-en-self_care-013", "park ranger",
     "Doing a guided walk earlier and a bee got me on the wrist, the sting is still sticking out. I was about to pinch it out with my fingers. Is that the right way to get it out?"),
    ("context", "kb-en-appointments-007", "Sri Lankan Tamil son-in-law",
     "My mother-in-law only speaks Tamil. At the GP our 12 year old son usually translates for her because his Tamil is better than mine. She has a hospital appointment next month - is it OK for him to interpret?"),
    ("context", "kb-en-records_billing-008", "insurance loss adjuster",
     "Funnily enough I work in insurance claims, but I've never had to deal with my own health cover. Knee arthroscopy planned for next month. Once my insurer says yes, what do I need to give the hospital?"),
    # ---------------- lay (18)
    ("lay", "kb-en-test_preparation-003", "Bristolian tyre fitter",
     "that stuff you drink to clear yourself out before they put the camera up your backside, how do i know its done the job"),
    ("lay", "kb-en-procedures-010", "Mancunian bingo caller",
     "When can I get in the shower after they've cut me open? Scar's on me belly, our kid says wait a fortnight."),
    ("lay", "kb-en-self_care-012", "Norfolk gamekeeper",
     "how long is too long for a chesty cough to hang about before i bother the doctor with it"),
    ("lay", "kb-en-medications-002", "plumber",
     "Is the little cupboard over the bath an OK place to keep my tablets?"),
    ("lay", "kb-en-self_care-008", "school caretaker",
     "had the sickness and the runs, finally stopped this morning. how soon can I go back in to work at the school?"),
    ("lay", "kb-en-visiting-004", "Black Country grandson",
     "Nan's on a ward where that sick bug is going round. Is the squirty hand stuff by the door enough or do I need to use the sink?"),
    ("lay", "kb-en-test_preparation-006", "lift engineer who hates enclosed spaces",
     "Ironic given my job but I can't stand being shut in. That big tube scanner for the magnet scan, is it closed at the far end?"),
    ("lay", "kb-en-records_billing-007", "mortgage broker",
     "Can I get a bill that shows every single thing you charged me for, not just one big number at the bottom?"),
    ("lay", "kb-en-procedures-004", "Lancashire upholsterer having a bunion op",
     "getting my bunion done and going home the same day. how long has somebody got to stop with me after?"),
    ("lay", "kb-en-self_care-009", "theatre roadie",
     "Put my back out humping a lighting rig into a van. Should I just lie flat in bed for a week till it's sorted?"),
    ("lay", "kb-en-medications-005", "Trinidadian grandmother",
     "The chemist box say take it on an empty tummy. What that mean in time? How long from my food?"),
    ("lay", "kb-en-appointments-003", "supermarket shelf stacker",
     "Totally forgot my hospital visit last week, it went clean out of my head. Will they just kick me off the list now?"),
    ("lay", "kb-en-test_preparation-008", "Ghanaian English speaker",
     "Please why is the hospital people asking me about my monthly period before my chest picture? I am not comfortable with it."),
    ("lay", "kb-en-self_care-004", "carpet fitter",
     "sliced my thumb on a stanley blade, pressing a tea towel on it. how long do i keep pressing before i give up and go to a&e"),
    ("lay", "kb-en-visiting-010", "Cockney grandson",
     "Me grandad keeps losing his false teeth on the ward, third time now. Who are we meant to tell?"),
    ("lay", "kb-en-self_care-011", "airport baggage handler",
     "I take something for my head pretty much every day now. Could the pills themselves be what's making it worse?"),
    ("lay", "kb-en-medications-001", "Lithuanian warehouse worker",
     "How many days before my tablets finish I must ask for the new ones?"),
    ("lay", "kb-en-appointments-010", "Bajan grandmother",
     "My doctor send a letter to all of you months ago about my knee and I hear nothing. Who I must call to find out what happening?"),
    # ---------------- two_part (12)
    ("two_part", "kb-en-test_preparation-001", "church bell-ringer",
     "Fasting for a cholesterol test on Thursday. Am I allowed to chew gum, and should I still take my blood pressure tablet that morning?"),
    ("two_part", "kb-en-appointments-004", "archaeologist",
     "What sort of ID do I need to bring to clinic, and is it alright to just bring my actual pill boxes instead of writing out a list?"),
    ("two_part", "kb-en-test_preparation-007", "rowing coach",
     "For my CT with the dye, will I need a blood test first? And is it normal to feel like you've wet yourself when they inject it?"),
    ("two_part", "kb-en-procedures-012", "karate instructor",
     "My wedding ring won't come off over the knuckle - can I keep it on for the operation? And should I shave my knee myself the night before?"),
    ("two_part", "kb-en-visiting-002", "leisure centre receptionist",
     "Can my 8 year old come and see her grandad on the ward? And does it matter that a boy in her class came down with chickenpox last week?"),
    ("two_part", "kb-en-medications-004", "orienteering club treasurer",
     "Forgot my morning tablet and it's now 3pm. Do I take it now, and can I take two tomorrow to catch up?"),
    ("two_part", "kb-en-self_care-010", "golf course greenkeeper",
     "Hay fever is killing me this year. Is it a bad idea to dry the washing outside, and at what point should I worry if my lips start to swell?"),
    ("two_part", "kb-en-records_billing-001", "retired magistrate",
     "How do I go about requesting a copy of my hospital records, and may my solicitor make the request on my behalf?"),
    ("two_part", "kb-en-procedures-006", "Somali-British mum",
     "If I sign the consent form for my operation, can I still change my mind later? And can I bring my husband to help me decide?"),
    ("two_part", "kb-en-visiting-005", "coastguard volunteer",
     "Going to see Dad in intensive care tonight for the first time. Do we just walk in, and can we take a photo of him to send to the family in Australia?"),
    ("two_part", "kb-en-records_billing-003", "data analyst",
     "My blood results have popped up on the portal before I've spoken to anyone and one is flagged as high. Does that mean something is wrong, and can the reception desk explain it to me?"),
    ("two_part", "kb-en-medications-010", "pest controller",
     "New tablets are giving me a slightly upset stomach. Should I just stop them, and is there somewhere I can report it?"),
    # ---------------- missing_detail (30)
    ("missing_detail", None, "commuting dental nurse; near kb-en-appointments-008",
     "How much is parking per hour in the patient car park?"),
    ("missing_detail", None, "wheelchair-using pensioner's neighbour; near kb-en-appointments-012",
     "How much is the deposit to borrow one of your wheelchairs at the main entrance?"),
    ("missing_detail", None, "shop assistant who works weekdays; near kb-en-medications-012",
     "What time does the outpatient pharmacy open on Saturdays?"),
    ("missing_detail", None, "GDPR-minded software tester; near kb-en-records_billing-012",
     "What's the name of your data protection officer?"),
    ("missing_detail", None, "family historian; near kb-en-records_billing-001",
     "How much do you charge per page for a paper copy of my medical records?"),
    ("missing_detail", None, "Eritrean church volunteer; near kb-en-appointments-007",
     "Do you have a Tigrinya interpreter who can come in person on Friday mornings?"),
    ("missing_detail", None, "heavy-set lorry mechanic; near kb-en-test_preparation-006",
     "Is there a weight limit on the MRI table? I'm about 165 kilos."),
    ("missing_detail", None, "pharmacy-shy retired nurse's husband; near kb-en-test_preparation-003",
     "Which brand of bowel prep will you send me, is it Moviprep or the other one?"),
    ("missing_detail", None, "marathon-training pregnant teacher; near kb-en-test_preparation-012",
     "How many grams of sugar are in the drink for the glucose tolerance test?"),
    ("missing_detail", None, "retired coal merchant; near kb-en-appointments-009",
     "How much does hospital patient transport cost per journey?"),
    ("missing_detail", None, "Hong Kong English speaker; near kb-en-visiting-007",
     "What is the direct phone number for ward 12, I don't want to go through switchboard."),
    ("missing_detail", None, "light-sleeping patient's wife; near kb-en-visiting-011",
     "What time exactly do the lights go off on the wards at night, 10 or 11?"),
    ("missing_detail", None, "podcast editor visiting daily; near kb-en-visiting-011",
     "what's the wifi network called and what's the password"),
    ("missing_detail", None, "motorcycle courier; near kb-en-procedures-004",
     "How many days after a hernia repair will I be allowed to drive?"),
    ("missing_detail", None, "self-employed gas engineer; near kb-en-medications-001",
     "If the chemist gives me an emergency supply, how many days' worth do they give?"),
    ("missing_detail", None, "student nurse's flatmate; near kb-en-records_billing-009",
     "What's the longest a payment plan can run, like 12 months or 24?"),
    ("missing_detail", None, "Universal Credit claimant, van driver; near kb-en-records_billing-010",
     "What's the income cut-off to qualify for your financial assistance programme?"),
    ("missing_detail", None, "MOT tester; near kb-en-records_billing-011",
     "How much is the fee for a report for my insurance company after my accident?"),
    ("missing_detail", None, "technophobe retired bank clerk; near kb-en-appointments-006",
     "Do your video appointments use Zoom or Microsoft Teams? I need to know which to download."),
    ("missing_detail", None, "hairdresser's son with eczema; near kb-en-appointments-010",
     "How many weeks is the wait for a routine dermatology appointment at the moment?"),
    ("missing_detail", None, "long-haul lorry dispatcher's daughter; near kb-en-visiting-005",
     "What are the ICU visiting times? I finish work at 6."),
    ("missing_detail", None, "stable hand; near kb-en-self_care-004",
     "How many years does a tetanus booster last?"),
    ("missing_detail", None, "care-home activities coordinator; near kb-en-visiting-010",
     "Where is the lost property office and what are its opening hours?"),
    ("missing_detail", None, "Muslim visitor, accountancy student; near kb-en-visiting-008",
     "Which floor is the prayer room on?"),
    ("missing_detail", None, "small-business owner; near kb-en-records_billing-006",
     "How many days do I have to pay my hospital bill once it arrives?"),
    ("missing_detail", None, "glaucoma patient, retired signalman; near kb-en-medications-002",
     "How many weeks after opening do I have to throw away my eye drops?"),
    ("missing_detail", None, "type 2 diabetic school bus driver; near kb-en-test_preparation-007",
     "How many hours after my contrast CT can I restart my metformin?"),
    ("missing_detail", None, "expat returning from Dubai; near kb-en-records_billing-008",
     "Do you accept Bupa and AXA health insurance?"),
    ("missing_detail", None, "bridge-club friend who helps a patient eat; near kb-en-visiting-001",
     "What times are the protected mealtimes on the wards?"),
    ("missing_detail", None, "Bangladeshi-British shop owner; near kb-en-records_billing-002",
     "How many days is the portal activation code valid for before it runs out?"),
    # ---------------- off_topic (10)
    ("off_topic", None, "regular blood donor, O negative",
     "Can I give blood at the hospital, and when is the next session?"),
    ("off_topic", None, "short-sighted rally driver",
     "Do you do laser eye surgery, and roughly what does it cost?"),
    ("off_topic", None, "school leaver looking for work",
     "How do I apply for a job as a porter at the hospital?"),
    ("off_topic", None, "visiting cousin from Spain",
     "Is there a cash machine anywhere in the hospital?"),
    ("off_topic", None, "couple trying for a baby",
     "Do you offer IVF on the NHS and how long is the waiting list?"),
    ("off_topic", None, "new dad, Cypriot cafe owner",
     "Can I register our baby's birth at the hospital before we go home or do I have to go to the town hall?"),
    ("off_topic", None, "coeliac visitor",
     "Does the hospital cafe do gluten-free sandwiches and what time does it shut?"),
    ("off_topic", None, "retired biology teacher",
     "I want to leave my body to medical science when I die. Who do I contact about that?"),
    ("off_topic", None, "karaoke-loving neighbour of a long-stay patient",
     "Is there a hospital radio station I can ring to request a song for my nan?"),
    ("off_topic", None, "private-patient hopeful",
     "Can I pay extra to upgrade to a private room with an en-suite?"),
]

# (kind, gold, voice, question, script)  script: "S" simplified, "T" traditional
ZH = [
    # ---------------- plain (10)
    ("plain", "kb-zh-appointments-001", "地铁司机", "专科号一般提前几天放号？", "S"),
    ("plain", "kb-zh-test_preparation-001", "幼儿园老师", "抽血前要空腹多少个小时？", "S"),
    ("plain", "kb-zh-self_care-012", "乒乓球教练", "流鼻血的时候应该仰头吗？", "S"),
    ("plain", "kb-zh-records_billing-003", "图书管理员", "病理报告一般要几天才能出来？", "S"),
    ("plain", "kb-zh-medications-006", "书法老师", "说明书上写的“空腹服用”到底是什么时候吃？", "S"),
    ("plain", "kb-zh-visiting-004", "退休煤矿工人", "ICU探视一次能进去几个家属？", "S"),
    ("plain", "kb-zh-records_billing-001", "银行柜员", "出院以后多久可以复印住院病历？", "S"),
    ("plain", "kb-zh-appointments-010", "基隆港拖船船員", "急診需要先預約嗎？", "T"),
    ("plain", "kb-zh-procedures-002", "宜蘭三星蔥農", "手術前幾個小時開始就不能喝水了？", "T"),
    ("plain", "kb-zh-medications-004", "屏東蓮霧果農", "過期的藥可以直接丟馬桶沖掉嗎？", "T"),
    # ---------------- context (20)
    ("context", "kb-zh-appointments-002", "电梯维修工",
     "我是修电梯的，下周三的号早就约好了，结果那天临时要去外地验收一台梯。我想直接改到下周五，在App上点改约能直接换日期吗？", "S"),
    ("context", "kb-zh-test_preparation-007", "加油站夜班员工",
     "我在加油站上夜班，明天早上下了班直接去做肝胆B超，夜里上班肚子老饿，总想垫点东西。做这个B超要空腹多久啊？", "S"),
    ("context", "kb-zh-test_preparation-010", "矿山救护队员的妻子",
     "我老公在矿山救护队，医生让他背24小时那个心电图小盒子。他说明天队里有训练肯定一身汗，晚上还想冲个澡。戴着那个东西能洗澡吗？", "S"),
    ("context", "kb-zh-procedures-003", "高速收费员",
     "我在高速收费站上班，住的地方离医院七十多公里。下周做个疝气的日间手术，家里人都要上班，我想着做完自己叫个网约车回去就行了，可以吗？", "S"),
    ("context", "kb-zh-visiting-006", "美容院老板娘",
     "我妈住院了，我跟我哥商量好轮流陪床，我白天他晚上，一天换两回人。病房允许这样吗？", "S"),
    ("context", "kb-zh-records_billing-007", "北漂室内设计师",
     "我在北京漂了六年，医保一直是在河北老家交的。现在要在你们医院做个手术，要是不办那个备案直接住院，会有什么后果？", "S"),
    ("context", "kb-zh-self_care-005", "糖画手艺人",
     "我是摆摊做糖画的，今天熬糖的时候被糖浆溅到手背上，已经起了个小泡。现在用凉水冲，要冲多久才行？", "S"),
    ("context", "kb-zh-medications-003", "转场养蜂人",
     "我是放蜂的，一年到头跟着花期跑，住帐篷。血糖高要打胰岛素，没开封的胰岛素能不能放冷冻里冻着，存得久一点？", "S"),
    ("context", "kb-zh-visiting-002", "乡村教师",
     "孩子他爷爷住院了，我家老二今年9岁，天天吵着要去看爷爷。现在又赶上流感高发，能带他进病房吗？", "S"),
    ("context", "kb-zh-self_care-003", "宠物美容师（帮姐姐带娃）",
     "我姐出差，我帮她带几天孩子。小外甥才两个月大，刚才量了一下38度，不过看着挺精神的还在玩。是不是先在家观察一晚上就行？", "S"),
    ("context", "kb-zh-procedures-005", "剧本杀店主",
     "我开剧本杀店的，前两天刚做了一套美甲，挺贵的。下周一要做阑尾手术，护士说要卸掉，真的必须卸吗？为啥？", "S"),
    ("context", "kb-zh-test_preparation-003", "退伍军人的女儿",
     "我爸年轻时在部队腿骨折过，打了钢板一直没取出来。现在医生让他做腰椎核磁，这个钢板的事要提前跟医院说吗？", "S"),
    ("context", "kb-zh-appointments-008", "大学辅导员",
     "我是大学辅导员，班上有个听障学生下周要去你们医院看病，我想帮他约个手语志愿者。要提前多久约？", "S"),
    ("context", "kb-zh-self_care-006", "少儿跳绳教练",
     "今天带小朋友练跳绳，有个孩子崴了脚，脚踝肿起来了。家长说赶紧用热毛巾敷一敷、使劲揉一揉就好了，这样做对吗？", "S"),
    ("context", "kb-zh-appointments-006", "金門高粱酒廠員工",
     "我從金門過來看診，交通時間很難抓，預約的是上午九點那個時段。到了醫院之後是直接坐著等叫號嗎？還是要先做什麼手續？", "T"),
    ("context", "kb-zh-visiting-001", "香港燒臘師傅",
     "我喺燒臘舖斬料，收工都夜晚七八點。阿爸入咗院，我上晝先得閒去探佢，但朋友話上晝最好唔好去，係咪真㗎？點解？", "T"),
    ("context", "kb-zh-self_care-008", "香港天星小輪售票員",
     "我喺天星小輪賣飛，今日肚痾咗成朝，同事叫我飲支運動飲品補返啲水，咁樣得唔得㗎？", "T"),
    ("context", "kb-zh-records_billing-011", "嘉義雞肉飯店老闆",
     "我在嘉義賣雞肉飯，上禮拜看完診都回到家了才想到公司要診斷證明。現在還可以補開嗎？要怎麼弄？", "T"),
    ("context", "kb-zh-procedures-011", "澎湖潛水教練",
     "下禮拜就要開刀了，結果這兩天開始咳嗽，還有一點發燒。我怕講了就要改期又要排很久，可以先不要講嗎？", "T"),
    ("context", "kb-zh-visiting-010", "香港冷氣技工",
     "阿媽入咗院，佢夜晚成日話凍，我諗住帶張電熱氈俾佢喺病房用，得唔得？", "T"),
    # ---------------- lay (18)
    ("lay", "kb-zh-test_preparation-002", "花店老板",
     "做那个从屁股进去的管子检查，前两天还能吃火龙果不？我家天天有", "S"),
    ("lay", "kb-zh-appointments-003", "洗车工",
     "看病那天卡落家里了，手机上能整个码代替不", "S"),
    ("lay", "kb-zh-medications-010", "宁波口吻 电影院放映员",
     "阿拉屋里小人5岁，发烧了，大人吃的退烧药弄半片给伊吃好伐？", "S"),
    ("lay", "kb-zh-self_care-002", "扬州口吻 修脚师傅",
     "大人到底多少度才算发烧啊？我量了37度1，算不算？", "S"),
    ("lay", "kb-zh-self_care-007", "KTV服务员",
     "疼得连口水都吞不下去，还一直往外淌口水，这种情况该去哪看？", "S"),
    ("lay", "kb-zh-procedures-010", "常德口吻 米粉店老板",
     "打了麻药睡着做的胃镜，醒过来要隔好久才能呷东西咯？", "S"),
    ("lay", "kb-zh-records_billing-010", "延边朝鲜族家属",
     "现在拍完片子都不给那个黑乎乎的大片子了吗？那我要拿去别的医院看咋办", "S"),
    ("lay", "kb-zh-appointments-011", "外企行政",
     "想看的那个大夫号全被抢光了，有没有办法等别人退了我去捡个漏？", "S"),
    ("lay", "kb-zh-medications-008", "大理白族扎染店老板娘",
     "上回看病剩下的消炎药还有半盒，娃他爸也嗓子疼，拿给他吃行不行？", "S"),
    ("lay", "kb-zh-self_care-004", "拉萨甜茶馆老板",
     "剁排骨把手指头拉了个口子，我奶奶说抹点酱油就好，靠谱吗？", "S"),
    ("lay", "kb-zh-records_billing-012", "包租婆",
     "住院前交的那一笔钱，人出院了还没花完，剩下的钱咋退给我？当时交的现金", "S"),
    ("lay", "kb-zh-visiting-009", "空调安装工",
     "我是病人的表弟，打电话去病房问我表哥啥情况，护士死活不肯说，凭啥啊？", "S"),
    ("lay", "kb-zh-test_preparation-009", "油田工人",
     "大夫让把拉的送去化验，挖多少算够？", "S"),
    ("lay", "kb-zh-test_preparation-008", "香港渡輪水手",
     "照胃之前要幾多個鐘唔食得嘢？我朝早習慣飲杯奶茶㗎", "T"),
    ("lay", "kb-zh-medications-011", "香港貨van司機",
     "我食盤尼西林會出疹，每次睇醫生都要講一次好煩，有冇地方可以一次過寫低佢？", "T"),
    ("lay", "kb-zh-self_care-010", "台東衝浪教練",
     "家裡養兩隻貓，我最近一直打噴嚏流鼻水，貓還可以跟我睡同一間房嗎？", "T"),
    ("lay", "kb-zh-self_care-011", "台灣夜市雞排攤老闆",
     "我幾乎每天都吞一顆止痛藥，結果好像越吃頭越痛，是我的錯覺嗎？", "T"),
    ("lay", "kb-zh-appointments-012", "香港酒店管家",
     "個仔發燒，我老爺奶奶帶佢去睇醫生，用我個名幫佢掛號得唔得？", "T"),
    # ---------------- two_part (12)
    ("two_part", "kb-zh-test_preparation-004", "钟表维修师傅",
     "做增强CT一定要家属陪着吗？做完以后要在医院待多久才能走？", "S"),
    ("two_part", "kb-zh-appointments-004", "军嫂",
     "第一次来你们医院看病，是不是要先办个卡？孩子还没办身份证，怎么给他建档？", "S"),
    ("two_part", "kb-zh-medications-002", "建筑设计师",
     "在App上线上续药能顺便加一个新药吗？药快吃完了，提前几天申请比较合适？", "S"),
    ("two_part", "kb-zh-visiting-007", "东莞工厂质检员",
     "我爸糖尿病住院，我能给他带碗鸡汤吗？吃不完的放病房里，下顿再热热吃行不行？", "S"),
    ("two_part", "kb-zh-records_billing-004", "交警",
     "医院App能交住院押金吗？另外一个账号能不能把我爸我妈都绑上？", "S"),
    ("two_part", "kb-zh-procedures-012", "退休地质队员",
     "伤口缝的是那种会自己化掉的线，还用回去拆吗？复诊的时候要带些啥？", "S"),
    ("two_part", "kb-zh-records_billing-006", "剧院灯光师",
     "挂号的时候忘了选医保，交费前还能改吗？要是钱已经交了，还能改成医保结算吗？", "S"),
    ("two_part", "kb-zh-records_billing-009", "酒店前台",
     "药已经拿回家了但一颗没吃，能退吗？医生开的CT还没做，这个钱能退吗？", "S"),
    ("two_part", "kb-zh-test_preparation-005", "台灣客運售票員",
     "我月經晚了快一個禮拜，明天要照胸部X光，需要先講嗎？另外陪我去的姊姊剛懷孕，她可以陪我進檢查室嗎？", "T"),
    ("two_part", "kb-zh-test_preparation-011", "香港退休海關",
     "聽日要做穿刺，我一直食緊薄血藥同埋降血壓藥，兩樣係咪照食？定係自己停咗佢先？", "T"),
    ("two_part", "kb-zh-visiting-003", "香港大學宿舍舍監",
     "我想送一束花同一個波波（乳膠氣球）俾喺病房嘅阿嫲，兩樣得唔得？", "T"),
    ("two_part", "kb-zh-procedures-006", "台灣廟宇管理委員",
     "開完刀回家可以馬上洗澡嗎？傷口旁邊有一點瘀青，這樣正常嗎？", "T"),
    # ---------------- missing_detail (30)
    ("missing_detail", None, "开奶茶车的个体户; near kb-zh-appointments-009",
     "你们医院停车场一个小时收多少钱？", "S"),
    ("missing_detail", None, "驾校学员（中年）; near kb-zh-appointments-001",
     "专家号的挂号费是多少钱？", "S"),
    ("missing_detail", None, "打工伤官司的工人; near kb-zh-records_billing-001",
     "复印病历一页收多少钱？", "S"),
    ("missing_detail", None, "聋人学校老师; near kb-zh-appointments-008",
     "手语志愿者一般是星期几有？", "S"),
    ("missing_detail", None, "城管队员; near kb-zh-visiting-001",
     "普通病房下午探视是从几点开始到几点结束？", "S"),
    ("missing_detail", None, "外地赶来的儿子; near kb-zh-visiting-004",
     "ICU每天探视具体是几点？我坐高铁过来怕赶不上", "S"),
    ("missing_detail", None, "独生女（在外企上班）; near kb-zh-visiting-006",
     "请护工一天要多少钱？", "S"),
    ("missing_detail", None, "货拉拉司机; near kb-zh-procedures-007",
     "骨科住院预交金一般要先交多少钱？", "S"),
    ("missing_detail", None, "退休会计（慢病老人）; near kb-zh-appointments-005",
     "互联网医院线上复诊一次收多少问诊费？", "S"),
    ("missing_detail", None, "住在郊区的糖友; near kb-zh-medications-002",
     "续方选快递送药，运费多少钱，谁出？", "S"),
    ("missing_detail", None, "小区环保志愿者; near kb-zh-medications-004",
     "门诊药房的过期药回收点在几楼？", "S"),
    ("missing_detail", None, "怕疼的瑜伽馆前台; near kb-zh-test_preparation-008",
     "做无痛胃镜，麻醉费另外要多少钱？", "S"),
    ("missing_detail", None, "药店店员的表姐; near kb-zh-test_preparation-002",
     "肠镜前喝的泻药具体叫什么名字？是复方聚乙二醇吗？", "S"),
    ("missing_detail", None, "档案迷（摄影爱好者）; near kb-zh-records_billing-010",
     "云影像能在App里保存几年？过了时间会不会被删？", "S"),
    ("missing_detail", None, "转院患者家属; near kb-zh-records_billing-010",
     "在放射科打印一张胶片多少钱？", "S"),
    ("missing_detail", None, "报销不急的公司出纳; near kb-zh-records_billing-008",
     "缴费以后多久能在App里看到电子发票？", "S"),
    ("missing_detail", None, "安徽来的打工夫妻; near kb-zh-records_billing-007",
     "没办异地备案的话，回老家报销比例会降低多少？", "S"),
    ("missing_detail", None, "职工医保的小学校工; near kb-zh-records_billing-006",
     "职工医保在你们医院住院的起付线是多少？", "S"),
    ("missing_detail", None, "推着老伴来的老大爷; near kb-zh-appointments-007",
     "借轮椅要交多少押金？", "S"),
    ("missing_detail", None, "刚换手机的大妈; near kb-zh-records_billing-004",
     "你们医院的App全名叫什么？应用商店里搜啥能搜到？", "S"),
    ("missing_detail", None, "早班环卫车司机; near kb-zh-appointments-007",
     "门诊大厅服务台早上几点有人？", "S"),
    ("missing_detail", None, "抢号失败三次的上班族; near kb-zh-appointments-001",
     "每天是几点整放号？", "S"),
    ("missing_detail", None, "香港冷凍倉管理員; near kb-zh-appointments-002",
     "爽約幾多次先會俾你哋封帳戶？封幾耐？", "T"),
    ("missing_detail", None, "台灣心律不整的公車調度員; near kb-zh-test_preparation-010",
     "做24小時心電圖（Holter）大概要多少錢？", "T"),
    ("missing_detail", None, "香港地鐵維修技工; near kb-zh-self_care-004",
     "要打破傷風針，係去邊個科打？", "T"),
    ("missing_detail", None, "台灣補教業櫃台人員; near kb-zh-self_care-002",
     "發燒門診在第幾棟？從大門口要怎麼走？", "T"),
    ("missing_detail", None, "香港中醫館學徒（幫阿爺問）; near kb-zh-visiting-007",
     "醫院營養飯堂訂餐，一份飯幾多錢？", "T"),
    ("missing_detail", None, "台灣科技業業務; near kb-zh-records_billing-011",
     "病假證明最多可以開幾天？", "T"),
    ("missing_detail", None, "香港退休護衛員; near kb-zh-medications-009",
     "去藥學諮詢門診問嘢使唔使收錢㗎？", "T"),
    ("missing_detail", None, "台灣網拍賣家; near kb-zh-records_billing-009",
     "退費退到手機支付，大概要幾天才會到帳？", "T"),
    # ---------------- off_topic (10)
    ("off_topic", None, "大学生志愿者", "医院里有献血点吗？献一次血能领什么？", "S"),
    ("off_topic", None, "餐馆新招的服务员", "办食品从业人员健康证，在你们医院能办吗？多少钱？", "S"),
    ("off_topic", None, "护理专业应届生", "你们医院今年还招护士吗？简历投到哪？", "S"),
    ("off_topic", None, "发际线后移的程序员", "你们医院能做植发吗？大概多少钱一个单位？", "S"),
    ("off_topic", None, "养猫的大学生", "我家猫要打疫苗，你们医院能打吗？", "S"),
    ("off_topic", None, "怀孕七个月的准妈妈", "医院有没有合作的月子中心推荐？", "S"),
    ("off_topic", None, "要考驾照的高中毕业生", "考驾照的体检在你们医院做得了吗？", "S"),
    ("off_topic", None, "香港退休教師", "我想身後捐出遺體作醫學研究，應該點樣登記？", "T"),
    ("off_topic", None, "香港來旅行嘅阿伯", "醫院入面有冇ATM可以攞錢？附近有冇找換店？", "T"),
    ("off_topic", None, "台灣茹素的阿嬤孫女", "醫院附近有沒有推薦的素食餐廳？阿嬤吃全素。", "T"),
]

EXPECT = {"plain": 10, "context": 20, "lay": 18, "two_part": 12,
          "missing_detail": 30, "off_topic": 10}


def load_ids(path):
    ids = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line:
                ids.add(json.loads(line)["id"])
    return ids


def build(lang, rows, kb_ids, rng):
    out = []
    for r in rows:
        kind, gold, voice, q = r[0], r[1], r[2], r[3]
        answerable = kind not in ("missing_detail", "off_topic")
        if answerable:
            assert gold in kb_ids, gold
            assert gold.startswith("kb-%s-" % lang), gold
        else:
            assert gold is None
        if kind == "missing_detail":
            near = voice.rsplit("; near ", 1)
            assert len(near) == 2 and near[1] in kb_ids, voice
        out.append({"language": lang, "question": q, "answerable": answerable,
                    "gold": [gold] if gold else [], "kind": kind, "voice": voice})
    # counts
    for k, n in EXPECT.items():
        assert sum(1 for o in out if o["kind"] == k) == n, (lang, k)
    assert len(out) == 100
    # no passage gold for more than two rows
    cnt = {}
    for o in out:
        for g in o["gold"]:
            cnt[g] = cnt.get(g, 0) + 1
    assert max(cnt.values()) <= 2, [g for g, c in cnt.items() if c > 2]
    # unique questions
    assert len({o["question"] for o in out}) == len(out)
    rng.shuffle(out)
    for i, o in enumerate(out, 1):
        o["id"] = "r15-%s-%03d" % (lang, i)
    return out


def main():
    en_ids = load_ids(KB_EN)
    zh_ids = load_ids(KB_ZH)
    trad = sum(1 for r in ZH if r[4] == "T")
    assert 27 <= trad <= 33, trad
    rng = random.Random(15015)
    rows = build("en", EN, en_ids, rng) + build("zh", ZH, zh_ids, rng)
    assert len(rows) == 200
    out_path = os.path.join(HERE, "questions.jsonl")
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        for o in rows:
            f.write(json.dumps(o, ensure_ascii=False, sort_keys=True) + "\n")
    print("wrote %d rows to %s (zh traditional rows: %d)" % (len(rows), out_path, trad))


if __name__ == "__main__":
    main()
