#!/usr/bin/env python3
"""Generator for blind grounded reviewer set 20 (r20).

Standard library only. Writes questions.jsonl next to this file.
KB location: env MEDQA_ROOT, else three directories above this file.
Every question below was typed by hand by the blind writer; nothing is templated.
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.environ.get("MEDQA_ROOT") or os.path.abspath(os.path.join(HERE, "..", "..", ".."))
KB = os.path.join(ROOT, "medqa", "assets", "kb")

A = True
N = False

# (kind, gold id or None, voice, question)
EN = [
    # ---------------- plain (10)
    ("plain", "kb-en-appointments-001", "garden centre cashier",
     "What details should I have ready when I book an outpatient appointment?"),
    ("plain", "kb-en-test_preparation-012", "theatre usher (arts)",
     "How long does a glucose tolerance test take from start to finish?"),
    ("plain", "kb-en-procedures-012", "perfume counter assistant in a department store",
     "Do I have to take my gel nails off before an operation, and if so all of them?"),
    ("plain", "kb-en-medications-003", "charity shop volunteer",
     "Where should I take medicines I don't need any more?"),
    ("plain", "kb-en-visiting-005", "hotel concierge",
     "How many visitors are allowed at a bedside in intensive care?"),
    ("plain", "kb-en-records_billing-007", "independent bookshop owner",
     "What is an itemised bill and how do I ask for one?"),
    ("plain", "kb-en-self_care-010", "festival bar worker",
     "What can I do to cut down my hay fever on high pollen days?"),
    ("plain", "kb-en-appointments-007", "youth hostel receptionist",
     "Do patients have to pay for an interpreter?"),
    ("plain", "kb-en-test_preparation-010", "board game cafe owner",
     "Do I need to starve myself before an ordinary X-ray?"),
    ("plain", "kb-en-medications-009", "touring theatre actor",
     "When I fly, should my medicines go in my hand luggage or my suitcase?"),
    # ---------------- context (20)
    ("context", "kb-en-appointments-006", "casino croupier on nights",
     "I deal blackjack at the casino till 4am so I'm asleep most mornings and my phone blocks private numbers "
     "while I sleep. My follow-up on Thursday morning is a phone appointment. Will the hospital ring from a "
     "normal number or should I unblock private ones?"),
    ("context", "kb-en-appointments-009", "sister caring full-time for a brother with cerebral palsy",
     "I look after my brother full time, he has cerebral palsy and uses a power chair and neither of us drives. "
     "He's got a clinic on the 14th. How far ahead do I need to book the hospital transport for him?"),
    ("context", "kb-en-appointments-012", "wife caring for a husband with MS",
     "My husband has MS and has to be hoisted out of his wheelchair. Last time the clinic didn't have a hoist and we "
     "waited an hour while they found one. Can I ask for one in advance, and who do I tell?"),
    ("context", "kb-en-appointments-011", "mum of an autistic adult son",
     "My son is 24 and autistic, I come to every appointment with him. Busy waiting rooms are really hard for him, "
     "last time he ended up in the corridor with his hands over his ears. Is there anything the clinic can do?"),
    ("context", "kb-en-test_preparation-004", "supermarket bakery counter manager",
     "I run the bakery counter at a big supermarket and honestly I live on seeded and wholemeal loaves. Got a "
     "colonoscopy next Tuesday. What kind of bread am I allowed in the days before?"),
    ("context", "kb-en-test_preparation-006", "session drummer",
     "I'm a session drummer so the banging noises don't bother me one bit, it's the tunnel I can't handle, I "
     "panic in tight spaces. For my MRI can my partner come into the room with me?"),
    ("context", "kb-en-test_preparation-005", "costume maker and cosplayer",
     "I make costumes for a living and I had a nerve stimulator put in for my back last year. I'm booked for an "
     "MRI next month. Do I need to tell anyone about the stimulator before the day?"),
    ("context", "kb-en-procedures-002", "Twitch streamer who lives alone",
     "I stream games for a living and live on my own, no family nearby. I've got a gastroscopy with sedation on "
     "Monday. I was going to just get a taxi home by myself afterwards, that's fine isn't it?"),
    ("context", "kb-en-procedures-004", "B&B owner who runs it alone",
     "I run a four-room B&B on my own and breakfasts start at 7. I'm having day surgery on my hand on Friday. How "
     "long does somebody need to stay with me after I get home?"),
    ("context", "kb-en-procedures-010", "street muralist",
     "I paint murals outdoors so I get filthy. Had my tummy op two days ago and I'm desperate to wash properly. "
     "When can I shower, and is a bath OK?"),
    ("context", "kb-en-medications-011", "dad of a girl with Down syndrome",
     "Our daughter has Down syndrome and is on liquid antibiotics at the moment. Her gran and I take turns "
     "giving the doses because of my shifts. How do we avoid giving her a double dose by mistake?"),
    ("context", "kb-en-medications-002", "live-in hotel chambermaid",
     "I live in staff rooms at the hotel I clean, and the only cupboard is above the shower. I keep all my tablets "
     "in there. Is that an ok place for them?"),
    ("context", "kb-en-visiting-003", "pie shop assistant",
     "My nan's on ward 9 and won't touch the hospital food. I work in a pie shop. Can I bring her a pie from work "
     "and ask the nurses to warm it up for her?"),
    ("context", "kb-en-visiting-002", "toy shop assistant",
     "Someone at my daughter's nursery came down with chickenpox last week and she was playing with him. She's "
     "fine so far. Can I still bring her to see her grandad on the ward?"),
    ("context", "kb-en-visiting-010", "orchestra violinist",
     "My mum was admitted last night while I was on tour with the orchestra. She's got her rings and about two "
     "hundred quid in cash in her bag. What should happen to them?"),
    ("context", "kb-en-records_billing-005", "sister caring for a brother with a learning disability",
     "I care for my brother, he has a learning disability and gets very confused by letters. He's happy for me "
     "to see his appointments online. How do I get access to his portal account?"),
    ("context", "kb-en-records_billing-011", "wine bar manager",
     "I manage a bar and my area manager wants proof I was in hospital for three nights. Who do I ask for a "
     "letter, and when is best to ask?"),
    ("context", "kb-en-self_care-005", "festival burger van worker",
     "Just got splashed with hot oil from the fryer on my forearm at the festival. First aid tent is miles away. "
     "Someone says stick butter on it. What should I actually do?"),
    ("context", "kb-en-self_care-006", "laser tag arena marshal",
     "I work at a laser tag place and went over on my ankle chasing a kid. I can walk on it but it's puffed up. "
     "How long should I ice it for each time?"),
    ("context", "kb-en-self_care-011", "video game QA tester",
     "I test video games for ten hours a day and I get headaches most days so I take painkillers nearly every "
     "day. Could the tablets themselves be making it worse?"),
    # ---------------- lay (18)
    ("lay", "kb-en-appointments-002", "stockroom worker on a phone break",
     "cant make my slot next weds, how much warning do u lot want if i wanna swap it"),
    ("lay", "kb-en-appointments-003", "indie game developer",
     "I completely lost track of time crunching on my game and didn't turn up to the clinic last week. Am I going "
     "to get kicked off the list now?"),
    ("lay", "kb-en-appointments-005", "nightclub DJ",
     "how long before my time should i rock up, i always leave it to the last minute"),
    ("lay", "kb-en-appointments-008", "shoe shop assistant",
     "My brother's been in the ICU for weeks and the car park is costing me a fortune every day. Any way round it?"),
    ("lay", "kb-en-appointments-010", "vape shop assistant",
     "My doctor sent me to you lot ages ago and I've not heard a peep. Who do I chase?"),
    ("lay", "kb-en-test_preparation-001", "pub glass collector",
     "got to go hungry before my bloods tomorrow. am i allowed gum? and a fag?"),
    ("lay", "kb-en-test_preparation-002", "tea room waitress",
     "Going without breakfast for my sugar blood test. Can I at least have my morning cuppa with a splash of milk?"),
    ("lay", "kb-en-test_preparation-008", "karaoke bar hostess",
     "might be up the duff havent done a test yet. got my wrist being looked at with the xray thing on friday "
     "does that matter"),
    ("lay", "kb-en-test_preparation-011", "tap dance teacher",
     "The doctor wants a wee sample. Do I just go straight into the pot or is there a knack to it?"),
    ("lay", "kb-en-procedures-003", "theatre stage manager",
     "My mouth always goes dry when I'm nervous. Can I suck a boiled sweet on the morning of my op?"),
    ("lay", "kb-en-procedures-011", "fast food crew member",
     "got the runs and a temperature and my knee job is on thursday. do i just turn up anyway?"),
    ("lay", "kb-en-medications-004", "kids' Fortnite coach",
     "forgot my tablet last night cos of a late coaching session, should i take two this morning to catch up"),
    ("lay", "kb-en-medications-007", "hotel doorman",
     "I'm on day 3 of 7 of the tablets for my chest infection and I feel loads better. Can I pack them in and "
     "keep the rest for next winter?"),
    ("lay", "kb-en-medications-012", "art gallery invigilator",
     "The doctor at the clinic gave me a script. Where do I take it in the building?"),
    ("lay", "kb-en-visiting-004", "comic shop owner",
     "had the squits yesterday, feel fine today. ok to go see my grandad on the ward this afternoon?"),
    ("lay", "kb-en-visiting-007", "furniture store salesman",
     "When's a good time to ring up and ask how my dad is doing? I don't want to get in the nurses' way."),
    ("lay", "kb-en-visiting-011", "dance content creator",
     "can i film a quick vid with my gran on the ward for the fam group chat? theres other people in the bay"),
    ("lay", "kb-en-self_care-008", "pound shop supervisor",
     "My lad's been sick and on the loo all night. When can he go back to school?"),
    # ---------------- two_part (12)
    ("two_part", "kb-en-appointments-004", "tabletop RPG game master",
     "What ID do I need to bring to my appointment, and am I allowed to bring a friend along?"),
    ("two_part", "kb-en-test_preparation-003", "wedding singer",
     "How will I know the bowel prep is working, and what do I do if I throw it back up?"),
    ("two_part", "kb-en-test_preparation-007", "hotel spa therapist",
     "I take metformin. Do I need to mention that before my CT with dye? And is it normal to feel warm when "
     "they inject it?"),
    ("two_part", "kb-en-test_preparation-009", "museum gift shop assistant",
     "For my pelvic ultrasound do I need a full bladder, and roughly how long does the scan take?"),
    ("two_part", "kb-en-procedures-005", "jazz pianist",
     "What checks do they do at the pre-op assessment, and what should I bring with me?"),
    ("two_part", "kb-en-procedures-006", "amusement arcade owner",
     "If I sign the consent form can I still change my mind later? And can my daughter sit in to help me decide?"),
    ("two_part", "kb-en-procedures-009", "husband caring for a wife with a spinal cord injury",
     "On the day my wife leaves the ward, how long does the discharge usually take, and will our GP be told what "
     "happened?"),
    ("two_part", "kb-en-medications-001", "holiday park entertainer",
     "How many days before I run out should I order my repeat prescription, and what can I do if I'm going to "
     "run out anyway?"),
    ("two_part", "kb-en-visiting-001", "antiques dealer",
     "How many of us can sit with my mum at once, and what are these protected mealtimes?"),
    ("two_part", "kb-en-records_billing-002", "speedrunner",
     "What do I need to sign up for the patient portal, and what do I do if I forget my password?"),
    ("two_part", "kb-en-records_billing-009", "freelance illustrator",
     "Can I pay my hospital bill bit by bit, and when should I get in touch about that?"),
    ("two_part", "kb-en-self_care-013", "beer garden waitress",
     "A wasp got me clearing tables and the sting is still in my arm. Should I squeeze it out? And when should I "
     "actually worry?"),
    # ---------------- missing_detail (30)
    ("missing_detail", None, "hotel receptionist on split shifts; near kb-en-appointments-008",
     "How much does it cost per hour to park in the visitor car park?"),
    ("missing_detail", None, "flower market porter dropping off a disabled aunt; near kb-en-appointments-008",
     "How many minutes can I stay in the drop-off bay while I get my aunt into her wheelchair?"),
    ("missing_detail", None, "pantomime dame; near kb-en-visiting-001",
     "What time exactly does afternoon visiting start on the general wards? I'm on stage at 7."),
    ("missing_detail", None, "mobile phone case kiosk worker; near kb-en-appointments-002",
     "what's the actual phone number for the switchboard?"),
    ("missing_detail", None, "Saturday shop assistant; near kb-en-medications-012",
     "What time does the outpatient pharmacy shut on Saturdays?"),
    ("missing_detail", None, "son caring for a father with Parkinson's; near kb-en-appointments-012",
     "How much is the deposit for borrowing one of the wheelchairs at the main entrance?"),
    ("missing_detail", None, "gaming YouTuber worried about privacy; near kb-en-records_billing-012",
     "What's the name of your data protection officer? I want to write to them directly."),
    ("missing_detail", None, "cinema box office worker; near kb-en-appointments-008",
     "Which bus number stops right outside the main entrance?"),
    ("missing_detail", None, "bridal shop assistant; near kb-en-procedures-001",
     "What floor is the endoscopy unit on? I've got a gastroscopy on Tuesday."),
    ("missing_detail", None, "hotel general manager; near kb-en-records_billing-011",
     "My insurer wants a report from my consultant. How much is the fee for that?"),
    ("missing_detail", None, "retro games collector; near kb-en-visiting-011",
     "what's the wifi password on the wards? my dad wants to play online"),
    ("missing_detail", None, "cabaret singer who keeps late hours; near kb-en-visiting-011",
     "What time do the lights actually go off on the ward at night?"),
    ("missing_detail", None, "supermarket night-shift filler; near kb-en-appointments-003",
     "How much is the fine if you miss an appointment without ringing?"),
    ("missing_detail", None, "wedding favours shop assistant; near kb-en-test_preparation-003",
     "How long does the colonoscopy itself take, start to finish, on the table?"),
    ("missing_detail", None, "health food shop assistant; near kb-en-test_preparation-003",
     "Which brand of bowel prep will you be sending me? I want to read up on it."),
    ("missing_detail", None, "sculptor with eczema; near kb-en-appointments-010",
     "How many weeks is the waiting list for dermatology at the moment?"),
    ("missing_detail", None, "part-time cafe worker; near kb-en-records_billing-009",
     "What's the smallest monthly amount you'll accept on a payment plan?"),
    ("missing_detail", None, "carer on carer's allowance for her disabled daughter; near kb-en-records_billing-010",
     "What's the income limit to qualify for your financial assistance scheme?"),
    ("missing_detail", None, "father of a wheelchair-using teenager; near kb-en-appointments-009",
     "What hours is the patient transport booking line open? I can only ring after 5."),
    ("missing_detail", None, "hotel guest relations officer; near kb-en-visiting-012",
     "How many working days do you have to reply to a written complaint?"),
    ("missing_detail", None, "community theatre director; near kb-en-visiting-010",
     "What's the name of the ward manager on the orthopaedic ward? I need to report my mum's lost dentures."),
    ("missing_detail", None, "vinyl record shop owner; near kb-en-visiting-010",
     "Is the lost property office open on Sundays?"),
    ("missing_detail", None, "self-pay patient who sells handmade jewellery; near kb-en-test_preparation-006",
     "How much does an MRI of the knee cost if I'm paying myself?"),
    ("missing_detail", None, "electronics store supervisor; near kb-en-records_billing-006",
     "What's the email address for the billing office? I've lost my bill."),
    ("missing_detail", None, "mum of a son with type 1 diabetes and autism; near kb-en-medications-003",
     "How much does a sharps bin cost?"),
    ("missing_detail", None, "thrift store manager; near kb-en-records_billing-007",
     "Do you charge for an itemised bill, and how much?"),
    ("missing_detail", None, "daughter caring for a blind mother; near kb-en-procedures-009",
     "What time does the discharge lounge close? I finish work at 6."),
    ("missing_detail", None, "amateur film-maker; near kb-en-records_billing-001",
     "How much per page do you charge for a copy of my medical records?"),
    ("missing_detail", None, "cruise terminal hospitality worker; near kb-en-visiting-005",
     "What are the exact visiting times on the intensive care unit?"),
    ("missing_detail", None, "gospel choir leader; near kb-en-visiting-008",
     "What's the name of the hospital chaplain? My aunt would like to see him."),
    # ---------------- off_topic (10)
    ("off_topic", None, "gaming cafe owner",
     "Can I give blood at the hospital, and do I need to book?"),
    ("off_topic", None, "beauty counter assistant",
     "Do you do Botox or lip fillers at the hospital, and what's the price?"),
    ("off_topic", None, "hotel housekeeper",
     "Is there a cash machine inside the main building?"),
    ("off_topic", None, "line cook between jobs",
     "Are there any jobs going in the hospital kitchens? How do I apply?"),
    ("off_topic", None, "touring contemporary dancer",
     "Can I get my yellow fever jab at the hospital before our tour of Brazil?"),
    ("off_topic", None, "barbershop quartet baritone",
     "Would our quartet be allowed to sing carols on the wards at Christmas? Who do we ask?"),
    ("off_topic", None, "club DJ",
     "Does the hospital have a hospital radio station I could volunteer for?"),
    ("off_topic", None, "wargames shop owner",
     "How do I sign up to be an organ donor?"),
    ("off_topic", None, "retail area manager",
     "Do you sell full-body health check packages for over-50s? What do they cost?"),
    ("off_topic", None, "wedding and events planner",
     "Can we hire the hospital's lecture theatre for a charity fundraiser evening?"),
]

# (kind, gold, voice, question, script) script: S = Simplified, T = Traditional
ZH = [
    # ---------------- plain (10)
    ("plain", "kb-zh-appointments-001", "湖北黄石 手机店店员", "门诊专科号一般提前几天放出来？", "S"),
    ("plain", "kb-zh-test_preparation-010", "河南许昌 假发直播间场控", "戴动态心电图那24小时能不能洗澡？", "S"),
    ("plain", "kb-zh-procedures-012", "江西九江 服装店老板娘", "用可吸收线缝的伤口，还需要回去拆线吗？", "S"),
    ("plain", "kb-zh-medications-006", "湖南株洲 超市收银员", "药盒上写“空腹服用”，具体是什么时候吃？", "S"),
    ("plain", "kb-zh-records_billing-003", "澳門 免稅店收銀員（粵語）", "驗血常規一般要幾耐先有結果？", "T"),
    ("plain", "kb-zh-visiting-004", "澳門 酒店禮賓部職員", "ICU每次可以入去幾多個家屬探病？", "T"),
    ("plain", "kb-zh-self_care-012", "湖南湘潭 槟榔店老板娘", "流鼻血是不是要把脑壳仰起来咯？", "S"),
    ("plain", "kb-zh-appointments-010", "河南周口 夜市炒凉粉摊主", "恁医院急诊是24小时都开着不？要先预约不？", "S"),
    ("plain", "kb-zh-medications-003", "澳門 葡撻店店員（粵語）", "未開封嘅胰島素應該點樣擺？可唔可以擺冰格？", "T"),
    ("plain", "kb-zh-procedures-001", "江西上饶 婚庆乐队鼓手", "日间手术一般多长时间之内就能出院？", "S"),
    # ---------------- context (20)
    ("context", "kb-zh-appointments-002", "湖北宜昌 酒店宴会厅服务员",
     "我在宜昌一家酒店宴会厅做服务员，排班老是临时变。下周三约了皮肤科，结果那天来了个两百桌的婚宴，实在走不开。"
     "想在App上直接把这个预约改到下周五，能直接换日子吗？", "S"),
    ("context", "kb-zh-appointments-003", "湖南郴州 温泉酒店前厅领班",
     "我在郴州温泉酒店做前厅领班，住员工宿舍，今天调休来看病，到了才发现医保卡落在宿舍了。手机上有电子医保凭证，"
     "这样还能走医保吗？", "S"),
    ("context", "kb-zh-appointments-004", "湖南怀化 照顾脑瘫儿子的妈妈",
     "我屋里崽是脑瘫，今年6岁，还冇办身份证。第一次带他来你们医院，建档要带么子证件？我能替他办吗？", "S"),
    ("context", "kb-zh-appointments-005", "江西抚州 漫画书店老板",
     "我在抚州开了个漫画书店，一个人守店根本走不开。最近脖子这里摸到个包，想看甲状腺，之前没在你们医院看过。"
     "能不能直接在互联网医院线上看？", "S"),
    ("context", "kb-zh-appointments-007", "河南南阳 照顾截瘫丈夫的妻子",
     "俺老公高位截瘫坐轮椅，每次复查都是俺一个人推他来。推着轮椅还得去自助机上弄，实在顾不过来，"
     "恁医院有人能搭把手不？", "S"),
    ("context", "kb-zh-appointments-008", "澳門 賭場荷官（父母是聾人）",
     "我阿爸阿媽都係聾人，平時用手語。下個月阿爸要嚟你哋醫院睇骨科，我返夜更走唔開陪佢。你哋有冇手語義工？"
     "要幾時預約？", "T"),
    ("context", "kb-zh-appointments-012", "河南商丘 玩具店老板",
     "俺在商丘开玩具店，过年前生意忙得很，闺女7岁要去看病，只能让她爷爷带着去。要是碰上要签字的检查，"
     "她爷爷签中不？俺这边该咋弄？", "S"),
    ("context", "kb-zh-test_preparation-001", "江西九江 电竞酒店夜班前台",
     "我在电竞酒店上夜班，早上下了班直接去抽血查血脂。头天晚饭后就冇吃东西了，但是半夜值班喝了一杯奶茶，要不要紧？", "S"),
    ("context", "kb-zh-test_preparation-003", "湖南浏阳 湘绣绣娘",
     "我是做湘绣的，平时衣襟上总别着几根针，这个我晓得要取下来。我还戴着个胰岛素泵，这回要做核磁，"
     "这个泵要提前跟你们讲吗？", "S"),
    ("context", "kb-zh-test_preparation-005", "澳門 酒店房務員（粵語）",
     "我喺酒店做房務，今個月月經遲咗成個禮拜都未驗。醫生開咗單照肺X光，我使唔使同照片嗰度講？", "T"),
    ("context", "kb-zh-test_preparation-007", "河南新乡 商场化妆品柜姐",
     "俺在商场站柜台卖化妆品，一站一天，平时不敢多喝水怕上厕所。明天要做经腹部的子宫附件B超，"
     "检查前得喝多少水？", "S"),
    ("context", "kb-zh-test_preparation-008", "湖南岳阳 游戏陪玩工作室老板",
     "我在岳阳开了个游戏陪玩工作室，平时一个人住，屋里冇得别人。约了无痛胃镜，做完能自己骑电动车回去不？", "S"),
    ("context", "kb-zh-procedures-002", "湖北十堰 武当山脚下土特产店店员",
     "我在十堰卖土特产，嘴巴闲不住。后天做手术，医生说术前8小时不能吃东西，那我嚼口香糖解个馋总行吧？", "S"),
    ("context", "kb-zh-procedures-003", "澳門 氹仔 自由插畫師",
     "我係插畫師，自己一個住喺氹仔。下個禮拜做日間手術，做完之後可唔可以自己搭的士返屋企？", "T"),
    ("context", "kb-zh-procedures-007", "江西宜春 照顾中风父亲的儿子",
     "我爸中风了，右边身子动不了，屋里就我一个人照顾他。医生开了住院证，病区说冇床要排队。"
     "我们是回家等通知还是在医院守着？", "S"),
    ("context", "kb-zh-medications-001", "湖北孝感 米酒作坊老板娘（照顾婆婆）",
     "我婆婆糖尿病好多年了，血糖一直蛮稳，就是腿脚不好，每个月来开药太折腾。能不能一次多开点？最多能开多久？", "S"),
    ("context", "kb-zh-medications-010", "河南信阳 茶叶店老板",
     "俺家老三才两岁，夜里烧起来了，家里只有大人吃的退烧片。掰一半给她吃中不中？", "S"),
    ("context", "kb-zh-visiting-002", "澳門 手信店店員（粵語）",
     "我阿嫲喺你哋醫院留醫，我個仔8歲好掛住佢，日日問幾時去探太嫲。可唔可以帶佢入病房？", "T"),
    ("context", "kb-zh-visiting-006", "江西吉安 照顾智力障碍大哥的妹妹",
     "我大哥智力有障碍，生活不能自理，这回住院要人陪床。我跟我弟两个人换着陪，一天一换，可以吗？", "S"),
    ("context", "kb-zh-records_billing-002", "湖北荆州 花鼓戏演员",
     "我是唱花鼓戏的，跟着剧团在外头跑演出。我妈之前在你们这住过院，现在要复印病历去报销，"
     "她腿脚不方便来不了，我替她去办要带么事？", "S"),
    # ---------------- lay (18)
    ("lay", "kb-zh-appointments-006", "澳門 酒店餐廳樓面（粵語）",
     "排隊嗰陣我去咗洗手間，返嚟已經叫過咗我個號，點算？", "T"),
    ("lay", "kb-zh-appointments-009", "澳門 賭場保安（照顧坐輪椅阿媽）",
     "我阿媽坐輪椅，我揸車送佢嚟，可唔可以喺門口停一停俾佢落車先？", "T"),
    ("lay", "kb-zh-appointments-011", "江西萍乡 手游公会会长",
     "想挂的那个医生全约满了，有冇办法等别人退了通知我一下？", "S"),
    ("lay", "kb-zh-test_preparation-002", "湖北黄冈 蛋糕店裱花师",
     "做那个查肠子的检查，前几天还能吃火龙果不？我最爱吃红心的", "S"),
    ("lay", "kb-zh-test_preparation-004", "河南焦作 怀山药特产店店员",
     "打了那个显影的药拍完CT，多久能走？回去要注意点啥？", "S"),
    ("lay", "kb-zh-test_preparation-006", "湖南益阳 黑茶店店员",
     "上个月喝过那个白白的钡拍过片，现在又要照肚子的CT，有冇影响？", "S"),
    ("lay", "kb-zh-test_preparation-009", "澳門 葡國餐廳樓面（粵語）",
     "醫生叫我留啲大便去驗，要留幾多先夠？", "T"),
    ("lay", "kb-zh-procedures-004", "湖北恩施 土家族摆手舞演员",
     "我妈要开刀，她人是清醒的，就是不认得字，签字能让我帮她签不？", "S"),
    ("lay", "kb-zh-procedures-005", "澳門 免稅店化妝品專櫃（粵語）",
     "做手術嗰日啱啱整完啲指甲，使唔使卸咗佢？", "T"),
    ("lay", "kb-zh-procedures-006", "江西鹰潭 眼镜店验光员",
     "出院回家好几天了，刀口那块红得越来越大，还有点发烧，我该找哪里？", "S"),
    ("lay", "kb-zh-procedures-010", "澳門 珠寶店店員（粵語）",
     "做完嗰個瞓著咗做嘅胃鏡，要等幾耐先食得嘢？", "T"),
    ("lay", "kb-zh-procedures-011", "河南平顶山 商场童装导购",
     "手术排在下礼拜，结果正好赶上来例假，还能做不？", "S"),
    ("lay", "kb-zh-medications-004", "湖北咸宁 桂花糕店店员",
     "屋里攒了一抽屉过期的药，直接丢垃圾桶里行不行？", "S"),
    ("lay", "kb-zh-medications-005", "澳門 手遊玩家（粵語）",
     "尋晚打機打到唔記得食藥，今朝食雙份補返得唔得？", "T"),
    ("lay", "kb-zh-medications-008", "河南漯河 辣条厂门市部营业员",
     "上回剩下的消炎药还有半盒，俺娃又嗓子疼了，给他吃了中不？", "S"),
    ("lay", "kb-zh-visiting-003", "澳門 酒店花藝部（粵語）",
     "想送一紮花俾留醫嘅師傅，可唔可以帶入病房？", "T"),
    ("lay", "kb-zh-visiting-007", "湖南永州 东安鸡馆子跑堂",
     "我爸刚开完刀，一直嚷着饿，我悄悄给他带碗米粉进去要得不？", "S"),
    ("lay", "kb-zh-self_care-005", "湖北潜江 小龙虾馆跑堂",
     "炒菜热油溅到手背上了，屋里老人家说抹点酱油，有用冇？", "S"),
    # ---------------- two_part (12)
    ("two_part", "kb-zh-procedures-008", "河南安阳 殷墟景区文创店店员",
     "出院那天是要等医生开好出院医嘱再去结账吗？出院小结以后还有啥用？", "S"),
    ("two_part", "kb-zh-medications-002", "湖南娄底 照顾偏瘫老伴的老爷子",
     "老伴吃的药快没了，要提前多久续方？在网上续方能不能顺便把剂量加一点？", "S"),
    ("two_part", "kb-zh-medications-011", "澳門 賭場監場主任",
     "攞完藥之後先發現唔啱，仲可唔可以退？我對青黴素過敏，每次要點樣講先得？", "T"),
    ("two_part", "kb-zh-visiting-001", "澳門 南音曲藝唱家",
     "普通病房一般幾點可以探病？每次可以去幾多個人？", "T"),
    ("two_part", "kb-zh-visiting-009", "澳門 大三巴附近茶餐廳水吧師傅",
     "我阿爸入咗院，我打電話去病房問，護士會唔會講佢病情俾我聽？可以登記幾多個人做聯絡人？", "T"),
    ("two_part", "kb-zh-records_billing-001", "江西宜春 温汤温泉足浴店技师",
     "出院以后要多久才能复印住院病历？能不能寄到家里？", "S"),
    ("two_part", "kb-zh-records_billing-005", "湖南张家界 景区酒店收银员",
     "住院每天花了多少钱在哪里能看？要是对哪项收费有疑问，先找谁？", "S"),
    ("two_part", "kb-zh-records_billing-006", "河南三门峡 手机贴膜店店主",
     "挂号的时候忘了选医保，交完钱还能改成医保吗？能报多少是看啥定的？", "S"),
    ("two_part", "kb-zh-records_billing-007", "江西婺源 农家客栈老板",
     "俺的医保是江西上饶的，来你们医院住院能直接结算吗？备案要去哪里办？", "S"),
    ("two_part", "kb-zh-self_care-003", "湖北天门 照顾听障大女儿的妈妈",
     "小的那个才两个月，烧到38度了，能先在家看看吗？能不能用酒精给她擦身子降温？", "S"),
    ("two_part", "kb-zh-self_care-004", "澳門 路環 魚丸檔檔主（粵語）",
     "切嘢𠝹親手指，要撳住幾耐先止到血？俾生鏽把刀𠝹到使唔使打破傷風針？", "T"),
    ("two_part", "kb-zh-self_care-006", "湖南吉首 苗族银饰店老板",
     "崴了脚能不能马上热敷？冰敷的话一次敷多久？", "S"),
    # ---------------- missing_detail (30)
    ("missing_detail", None, "澳門 酒店廚房雜工; near kb-zh-appointments-009",
     "你哋醫院停車場泊車一個鐘幾多錢？", "T"),
    ("missing_detail", None, "湖北十堰 景区导购; near kb-zh-appointments-001",
     "你们专家号每天早上几点开始放号？我想定个闹钟抢。", "S"),
    ("missing_detail", None, "河南周口 照顾唐氏综合征弟弟的姐姐; near kb-zh-appointments-002",
     "爽约几次会被限制线上预约？限制多长时间？", "S"),
    ("missing_detail", None, "澳門 酒吧調酒師; near kb-zh-visiting-001",
     "普通病房下晝探病係幾點到幾點？我收工已經六點。", "T"),
    ("missing_detail", None, "湖南岳阳 洞庭湖游船售票员; near kb-zh-visiting-004",
     "ICU每天探视具体是几点到几点？", "S"),
    ("missing_detail", None, "江西吉安 聋人按摩店老板的儿子; near kb-zh-appointments-008",
     "手语志愿者是星期几在？周末有没有？", "S"),
    ("missing_detail", None, "澳門 照顧中風阿爺嘅孫女; near kb-zh-visiting-006",
     "請護工一日要幾多錢？", "T"),
    ("missing_detail", None, "河南南阳 玉雕师傅; near kb-zh-procedures-007",
     "俺爹要住骨科，预交金得先交多少钱？", "S"),
    ("missing_detail", None, "湖北荆门 文具店老板; near kb-zh-records_billing-001",
     "复印病历一页多少钱？", "S"),
    ("missing_detail", None, "澳門 文化中心舞台技術員; near kb-zh-records_billing-010",
     "要將CT刻成光碟帶去第二間醫院，收幾多錢？", "T"),
    ("missing_detail", None, "江西萍乡 剪纸艺人; near kb-zh-records_billing-010",
     "你们医院的影像资料保存几年？过期了还能调出来吗？", "S"),
    ("missing_detail", None, "湖南邵阳 县城电玩城收银员; near kb-zh-appointments-005",
     "互联网医院线上复诊一次要多少钱？", "S"),
    ("missing_detail", None, "河南许昌 照顾盲人父亲的女儿; near kb-zh-medications-002",
     "线上续方快递药到家，快递费多少，谁出？", "S"),
    ("missing_detail", None, "湖北宜昌 三峡游轮服务员; near kb-zh-records_billing-009",
     "退费申请以后，钱几天能退到微信里？", "S"),
    ("missing_detail", None, "澳門 手信店收銀; near kb-zh-records_billing-008",
     "財政部門查電子發票真偽嗰個平台，網址係咩？", "T"),
    ("missing_detail", None, "江西九江 琵琶老师; near kb-zh-records_billing-011",
     "病假证明最多能开几天？我们单位要两周的。", "S"),
    ("missing_detail", None, "河南商丘 超市理货员; near kb-zh-records_billing-007",
     "办了异地就医备案以后，住院能报百分之多少？", "S"),
    ("missing_detail", None, "湖南衡山 寺庙素斋馆服务员; near kb-zh-appointments-001",
     "医院总机电话是多少号？", "S"),
    ("missing_detail", None, "澳門 賭場咖啡廳店員; near kb-zh-appointments-011",
     "專家號嘅掛號費要幾多錢？", "T"),
    ("missing_detail", None, "湖北随州 编钟乐团演员; near kb-zh-appointments-010",
     "今天急诊人多不多？现在过去大概要等几个钟头？", "S"),
    ("missing_detail", None, "江西上饶 照顾自闭症儿子的爸爸; near kb-zh-medications-009",
     "药学咨询门诊是星期几开？上午还是下午？", "S"),
    ("missing_detail", None, "河南新乡 家电卖场导购; near kb-zh-medications-004",
     "你们门诊药房的过期药回收点在几楼？", "S"),
    ("missing_detail", None, "湖南株洲 服装城档口老板; near kb-zh-test_preparation-008",
     "无痛胃镜的麻醉费要多少钱？医保能报不？", "S"),
    ("missing_detail", None, "澳門 電子遊戲機舖老闆; near kb-zh-test_preparation-003",
     "而家約核磁共振要排幾多日？", "T"),
    ("missing_detail", None, "湖北黄石 矿博园讲解员; near kb-zh-test_preparation-010",
     "戴动态心电图要交押金不？交多少？", "S"),
    ("missing_detail", None, "澳門 酒店客房送餐員; near kb-zh-procedures-001",
     "日間手術中心喺邊座樓幾樓？", "T"),
    ("missing_detail", None, "河南驻马店 照顾瘫痪婆婆的儿媳; near kb-zh-visiting-007",
     "病区订营养餐每天几点前要订好？", "S"),
    ("missing_detail", None, "澳門 酒店泊車員; near kb-zh-appointments-009",
     "醫院停車場係咪24小時開？夜晚幾點閂閘？", "T"),
    ("missing_detail", None, "湖南娄底 新化山歌歌手; near kb-zh-records_billing-011",
     "诊断证明开好以后，盖章的窗口在几楼？", "S"),
    ("missing_detail", None, "江西新余 唢呐手; near kb-zh-test_preparation-002",
     "做肠镜本身要做多长时间？我好跟家里人说几点来接。", "S"),
    # ---------------- off_topic (10)
    ("off_topic", None, "湖北武穴 酒店宴会销售", "你们医院能献血吗？献血要带什么？", "S"),
    ("off_topic", None, "江西赣州 动漫展 coser", "医院能打HPV九价疫苗吗？怎么预约？", "S"),
    ("off_topic", None, "湖南湘潭 鞋店店长", "你们医院招不招保洁和食堂帮工？去哪报名？", "S"),
    ("off_topic", None, "澳門 賭場公關（粵語）", "你哋醫院有冇做雙眼皮同埋打瘦面針？幾錢？", "T"),
    ("off_topic", None, "澳門 酒店宴會部（粵語）", "醫院附近有冇平啲嘅酒店推介？屋企人要由外地過嚟陪我。", "T"),
    ("off_topic", None, "河南开封 汴绣绣娘", "医院能配老花镜吗？验光多少钱？", "S"),
    ("off_topic", None, "湖北宜昌 桌游店老板", "你们有没有体检套餐？一套多少钱？", "S"),
    ("off_topic", None, "江西景德镇 瓷器店导购", "想登记捐献遗体，去哪个科室办？", "S"),
    ("off_topic", None, "澳門 中醫館附近士多老闆（粵語）", "你哋醫院有冇中醫針灸？腰骨痛想試吓。", "T"),
    ("off_topic", None, "河南洛阳 酒店后厨帮工", "俺们餐饮行业要办健康证，恁医院能办不？多少钱？", "S"),
]

ANS = {"plain", "context", "lay", "two_part"}
WANT = {"plain": 10, "context": 20, "lay": 18, "two_part": 12, "missing_detail": 30, "off_topic": 10}


def load_ids(lang):
    ids = set()
    with open(os.path.join(KB, "passages_%s.jsonl" % lang), encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line:
                ids.add(json.loads(line)["id"])
    return ids


def build(lang, rows, ids):
    out = []
    counts = {}
    gold_use = {}
    seen_q = set()
    for r in rows:
        kind, gold, voice, q = r[0], r[1], r[2], r[3]
        counts[kind] = counts.get(kind, 0) + 1
        assert q not in seen_q, q
        seen_q.add(q)
        if kind in ANS:
            assert gold in ids, gold
            assert gold.startswith("kb-%s-" % lang), gold
            gold_use[gold] = gold_use.get(gold, 0) + 1
            assert "; near kb-" not in voice
        else:
            assert gold is None
            if kind == "missing_detail":
                near = voice.split("; near ")[-1]
                assert voice.count("; near kb-") == 1 and voice.endswith(near) and near in ids, voice
            else:
                assert "near kb-" not in voice
        out.append({"language": lang, "question": q, "answerable": kind in ANS,
                    "gold": [gold] if kind in ANS else [], "kind": kind, "voice": voice})
    assert counts == WANT, (lang, counts)
    assert max(gold_use.values()) <= 2
    assert sum(1 for o in out if o["answerable"]) == 60
    assert len(out) == 100
    rng = random.Random(2020 + (0 if lang == "en" else 1))
    rng.shuffle(out)
    for i, o in enumerate(out, 1):
        o["id"] = "r20-%s-%03d" % (lang, i)
    return out


def main():
    en = build("en", EN, load_ids("en"))
    zh = build("zh", [z[:4] for z in ZH], load_ids("zh"))
    scripts = [z[4] for z in ZH]
    assert scripts.count("T") == 30 and scripts.count("S") == 70, (scripts.count("T"), scripts.count("S"))
    path = os.path.join(HERE, "questions.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for o in en + zh:
            f.write(json.dumps(o, ensure_ascii=False, sort_keys=True) + "\n")
    print("wrote %d rows to %s" % (len(en) + len(zh), path))


if __name__ == "__main__":
    main()
