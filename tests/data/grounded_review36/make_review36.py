#!/usr/bin/env python3
"""Blind grounded review set 36: 50 English + 50 Chinese reviewer questions.

Every question and voice below was typed by hand by the set writer.
Standard library only. Writes questions.jsonl next to this script.
The KB passage files are read only to check that gold and near ids exist.
"""
import json
import os
import random
import re
from collections import Counter

SEED = 36
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.environ.get("MEDQA_ROOT", "/work/main")
KB = os.path.join(ROOT, "medqa", "assets", "kb")

SIG_SAIL = ("\n\n--\nSenior Instructor | Reservoir Sailing & Paddlesport Centre\n"
            "Courses run April to October. Lifejackets must be worn on the pontoons.\n"
            "This e-mail and any attachments are confidential and intended for the addressee only.")
SIG_AERIAL = ("\n\nKind regards\n\nInstallations Coordinator\nAerial & Satellite Services\n"
              "Digital TV | Satellite | Multi-room | Communal systems\n"
              "Please consider the environment before printing this email")
SIG_SCI = ("\n\nRegards\n\nVisitor Experience Team\nHands-on Science Centre\n"
           "Learning | Discovery | Fun\nOpen daily except 25 and 26 December")
SIG_AERIAL2 = ("\n\nBest regards\n\nCommercial Sales\nAerial & Satellite Services\n"
               "Sent from the office, not from my van")

EN = [
    # ---------------- plain (5) ----------------
    ("plain",
     "how early am i meant to get there before an outpatient appointment",
     "kb-en-appointments-005",
     "science centre explainer"),
    ("plain",
     "Can I put my father's tablets into a small empty jar with no label on it? The boxes take too much space in his bag.",
     "kb-en-medications-002",
     "Basotho family (Maseru) writing English"),
    ("plain",
     "Am I allowed to sit on the bed when I visit someone on a ward?",
     "kb-en-visiting-004",
     "TV aerial and satellite installer"),
    ("plain",
     "What am I supposed to do with medicines that have gone out of date?",
     "kb-en-medications-003",
     "Cotswold sheep farmer (Winchcombe)"),
    ("plain",
     "Hello, can I ask for an itemised bill rather than just the one total at the bottom? Thanks" + SIG_SAIL,
     "kb-en-records_billing-007",
     "reservoir sailing instructor; work e-mail with signature block"),

    # ---------------- context (10) ----------------
    ("context",
     "We're flat out with lambing up here above Northleach and the wife has her colonoscopy booked for the week "
     "after. She's got the low fibre sheet but the dog had half of it off the table. The day before, when it's "
     "just the clear fluids, is she allowed her black coffee? She can't function without one and frankly nor "
     "can I",
     "kb-en-test_preparation-004",
     "Cotswold sheep farmer (Northleach)"),
    ("context",
     "Good day. My brother was brought to your intensive care unit after his operation last week. Now my mother "
     "and two aunties have arrived from Windhoek and they all want to go and greet him together at his bed, "
     "that is how we do it at home. How many persons are allowed at his bedside at one time?",
     "kb-en-visiting-005",
     "Namibian family (Windhoek) writing English"),
    ("context",
     "I run the dinghy courses on the reservoir and I'm booked in for a day case op on my shoulder next month. "
     "My partner is away on a work trip that whole week. My plan was to grab a cab home on my own afterwards "
     "and just sleep it off. Is that allowed or will they kick up a fuss?",
     "kb-en-procedures-004",
     "reservoir sailing instructor"),
    ("context",
     "twenty odd years fitting dishes and aerials on roofs. back when I started I got a bit of metal in my eye off "
     "the grinder cutting a bracket, they got most of it out at the time. now ive got an MRI coming up on my back. "
     "do I need to tell them about the eye thing before hand",
     "kb-en-test_preparation-005",
     "TV aerial and satellite installer"),
    ("context",
     "I'm writing for my friend who has a learning disability. I'm going with him to his clinic appointment "
     "because he gets muddled about what the doctor said and forgets it all by the bus stop. Am I allowed in the "
     "room with him when he sees the doctor, or do I have to sit outside?",
     "kb-en-appointments-011",
     "friend writing for a friend with a learning disability"),
    ("context",
     "Great news first: our new fire and ice show finally got signed off today and the school group loved it!! "
     "Anyway part of the sign off is me updating the first aid crib sheet for the demo bench. For a small scald "
     "from the kettle, how long are you meant to keep it under running water? One colleague says 5 minutes, "
     "another says 20, and I'd rather the sheet was right.",
     "kb-en-self_care-005",
     "science centre explainer; cheerful news first"),
    ("context",
     "Can my father take his insulin on the aeroplane at all? My brother says yes if we have the doctor letter, ok "
     "good. So the next thing: we fly home to Maseru for my cousin's wedding in December through Johannesburg. My "
     "sister says pack the insulin in the big suitcase so it stays cold in the hold. Is this correct or must it "
     "stay with us?",
     "kb-en-medications-009",
     "Basotho family (Maseru) writing English; answers own first question, asks a second"),
    ("context",
     "Mum's been in on the ward nearly a fortnight and she's fed up to the back teeth with hospital food. My sister "
     "does a cracking lamb stew, our own lamb from just outside Stow. If we bring a portion in a tub, can the ward "
     "warm it up for her at teatime?",
     "kb-en-visiting-003",
     "Cotswold sheep farmer (Stow-on-the-Wold)"),
    ("context",
     "Hi, I've had a bill through for my day surgery and as far as I can tell the anaesthetist's fee is on there "
     "twice. Payment's due at the end of the month. What should I be doing in the meantime so I don't get chased "
     "for money I don't owe?" + SIG_AERIAL,
     "kb-en-records_billing-006",
     "TV aerial and satellite installer; work e-mail with signature block"),
    ("context",
     "My friend has a learning disability and I help her with her post. Her hospital letter had the wrong flat "
     "number on it so it never reached her, and she missed the appointment without even knowing she had one. "
     "Will she be taken off the list now? What should we do",
     "kb-en-appointments-003",
     "friend writing for a friend with a learning disability"),

    # ---------------- lay (9) ----------------
    ("lay",
     "the test where they push a camera down your throat to have a look at your insides, how long before do i "
     "have to stop eating? got a course to run that morning so want to plan brekkie",
     "kb-en-procedures-001",
     "paddlesport instructor"),
    ("lay",
     "Is the big magnet scan the one with all the banging? Yes, just looked it up, it is. So roughly how long am "
     "I going to be lying in that tube for?",
     "kb-en-test_preparation-006",
     "science centre explainer; answers own first question, asks a second"),
    ("lay",
     "got the one where you drink the sweet pop and they keep jabbing you for a couple of hours. can i nip out to "
     "the van for a smoke in between jabs",
     "kb-en-test_preparation-012",
     "TV aerial and satellite installer"),
    ("lay",
     "The doctor is sending me for the scan where they put cold jelly on the belly and slide a thing around, to "
     "look at the top part of my tummy. Must I stop eating before, or can I eat like normal?",
     "kb-en-test_preparation-009",
     "Namibian family (Oshakati) writing English"),
    ("lay",
     "My friend has to do a wee in a pot for the doctor. She can only really manage it at night before bed. Can she "
     "keep the pot in the fridge till she takes it in next morning?",
     "kb-en-test_preparation-011",
     "friend writing for a friend with a learning disability"),
    ("lay",
     "Every June when we cut the grass for winter feed my eyes stream and I can't stop sneezing for weeks. Short "
     "of giving up farming, what can I do round the house to keep it down a bit?",
     "kb-en-self_care-010",
     "Cotswold sheep farmer (Chipping Campden)"),
    ("lay",
     "if a bee gets one of the kids down on the jetty and leaves its little barb in the skin, do i pinch it out "
     "with my fingers or what",
     "kb-en-self_care-013",
     "reservoir sailing instructor"),
    ("lay",
     "After my operation my boss will want a paper from the hospital saying I must stay home "
     "from work. Who gives me this paper, and when is the best time to ask for it?",
     "kb-en-records_billing-011",
     "Basotho family (Maseru) writing English"),
    ("lay",
     "cant get into the hospitals online thing where you see your letters, forgot the secret word i set up. how "
     "do i get back in",
     "kb-en-records_billing-002",
     "TV aerial and satellite installer"),

    # ---------------- two_part (6) ----------------
    ("two_part",
     "My mother cannot walk far and we have no car in the family here. Can she use the hospital transport to "
     "come to her appointment, and how many days before must we book it?",
     "kb-en-appointments-009",
     "Namibian family (Swakopmund) writing English"),
    ("two_part",
     "after they give you the sleepy stuff for a camera test, am I ok to drive myself home? and could I sign my "
     "new job contract that same evening, they want it back quick",
     "kb-en-procedures-002",
     "science centre explainer"),
    ("two_part",
     "Good news, the last ewe lambed this morning, twins, both up and sucking. Bad news, I've got a stinking cold. "
     "Would antibiotics shift it any quicker? And how long do these things normally hang about?",
     "kb-en-self_care-001",
     "Cotswold sheep farmer (Winchcombe); cheerful news first"),
    ("two_part",
     "Op on Friday. Do my gel nails have to come off? And can my wedding ring stay on, it doesn't come over the "
     "knuckle any more",
     "kb-en-procedures-012",
     "reservoir sailing instructor"),
    ("two_part",
     "My friend forgot her evening tablet last night. Can she take two tonight to make up for it? And what "
     "should she do if she remembers really late, when it is nearly time for the next one anyway?",
     "kb-en-medications-004",
     "friend writing for a friend with a learning disability"),
    ("two_part",
     "can anyone ring the ward to ask how my dad is getting on or is it only certain people? and whats the worst "
     "time of day to ring",
     "kb-en-visiting-007",
     "TV aerial and satellite installer"),

    # ---------------- missing_detail (15) ----------------
    ("missing_detail",
     "do you have blue badge spaces? oh never mind, just seen on your site they're by the main entrances. how "
     "much does it actually cost per hour in the normal visitor car park though",
     None,
     "TV aerial and satellite installer; answers own first question, asks a second; near kb-en-appointments-008"),
    ("missing_detail",
     "What time does the outpatient pharmacy shut on a Saturday? I don't get off the water till about four.",
     None,
     "reservoir sailing instructor; near kb-en-medications-012"),
    ("missing_detail",
     "What time exactly does evening visiting finish on the general wards? I want to come straight over after we "
     "close the galleries.",
     None,
     "science centre explainer; near kb-en-visiting-001"),
    ("missing_detail",
     "Good day, my mother will need to borrow one of the wheelchairs at the main entrance. How much money is the "
     "deposit, so I can bring the right amount with me?",
     None,
     "Namibian family (Windhoek) writing English; near kb-en-appointments-012"),
    ("missing_detail",
     "My insurer wants a report from the hospital about when I came off a ladder last year (I'm fine now, back "
     "on roofs). How much do you charge for writing one of those?",
     None,
     "TV aerial and satellite installer; near kb-en-records_billing-011"),
    ("missing_detail",
     "Dear Sir or Madam, I would like to raise a query directly with your data protection officer. Could you "
     "tell me their name so I can address my letter properly?" + SIG_SCI,
     None,
     "science centre explainer; work e-mail with signature block; near kb-en-records_billing-012"),
    ("missing_detail",
     "Which bus do I take from the train station to the hospital? What is the number of it?",
     None,
     "Basotho family (Maseru) writing English; near kb-en-appointments-008"),
    ("missing_detail",
     "my friend with a learning disability is staying in for a week and she watches her programmes on her tablet "
     "to keep calm. whats the wifi password on the wards? she gets upset if she cant find it",
     None,
     "friend writing for a friend with a learning disability; near kb-en-visiting-011"),
    ("missing_detail",
     "Which day of the week can I drop a full sharps bin back at the hospital pharmacy? It's Dad's, from his "
     "injections, and I'm only in town on market days.",
     None,
     "Cotswold sheep farmer (Northleach); near kb-en-medications-003"),
    ("missing_detail",
     "How long does the colonoscopy itself actually take once you're in the room? Trying to work out if my "
     "partner can drop me off and come back or needs to hang about.",
     None,
     "paddlesport instructor; near kb-en-test_preparation-003"),
    ("missing_detail",
     "What time is the Sunday service in the hospital chapel? My mother is on the ward and she would very much "
     "like to attend, she has not missed church one Sunday in forty years.",
     None,
     "Namibian family (Oshakati) writing English; near kb-en-visiting-008"),
    ("missing_detail",
     "lost my reading glasses somewhere between x-ray and the car park last tuesday. how long does lost property "
     "hang on to stuff before they bin it",
     None,
     "TV aerial and satellite installer; near kb-en-visiting-010"),
    ("missing_detail",
     "Just had brilliant news - the science centre is getting a proper planetarium dome next year! Less brilliant: "
     "my hospital bill. If I go on a payment plan, what's the smallest amount I'm allowed to pay each month?",
     None,
     "science centre explainer; cheerful news first; near kb-en-records_billing-009"),
    ("missing_detail",
     "Where is the discharge lounge, which floor is it on? I'm collecting my friend on Thursday and she won't "
     "cope with me wandering about lost.",
     None,
     "friend writing for a friend with a learning disability; near kb-en-procedures-009"),
    ("missing_detail",
     "How long do these video follow up appointments usually run for? I need to know if I can fit one between "
     "feeding the ewes and getting to market.",
     None,
     "Cotswold sheep farmer (Stow-on-the-Wold); near kb-en-appointments-006"),

    # ---------------- off_topic (5) ----------------
    ("off_topic",
     "Can I give blood at your hospital? I used to donate at home in Lesotho and I would like to carry on here.",
     None,
     "Basotho family (Maseru) writing English"),
    ("off_topic",
     "is there a cash machine anywhere inside the main building",
     None,
     "reservoir sailing instructor"),
    ("off_topic",
     "Does the hospital radio take song requests? My friend is in on the ward and she loves the radio, a request "
     "with her name read out would make her whole week.",
     None,
     "friend writing for a friend with a learning disability"),
    ("off_topic",
     "Hello, who would I speak to about quoting for the TV and aerial work on your wards? We look after a lot of "
     "care homes in the area." + SIG_AERIAL2,
     None,
     "TV aerial and satellite installer; work e-mail with signature block"),
    ("off_topic",
     "How do I sign up to be an organ donor? We did a whole hands-on exhibit about transplants this month and it "
     "got me thinking.",
     None,
     "science centre explainer"),
]

ZH = [
    # ---------------- plain (5) ----------------
    ("plain",
     "专科的号一般提前几天放出来？",
     "kb-zh-appointments-001",
     "弹棉花师傅"),
    ("plain",
     "家里过期的药应该扔哪儿？",
     "kb-zh-medications-004",
     "羽毛球教练"),
    ("plain",
     "住院病历出院以后要等多久才能去复印？",
     "kb-zh-records_billing-001",
     "新疆石河子（兵团）"),
    ("plain",
     "過咗號係咪要重新掛號㗎？",
     "kb-zh-appointments-006",
     "香港油塘居民（粵語，繁體）"),
    ("plain",
     "請問住院病人同一時間最多可以幾個人去探病？",
     "kb-zh-visiting-001",
     "台東鹿野家庭（台灣華語，繁體）"),

    # ---------------- context (10) ----------------
    ("context",
     "我们是奎屯的，医保是在兵团那边交的。老爷子查出来要到你们医院做手术，听说住院要先弄个什么备案。"
     "要是没备案就直接来住了，出院的时候还能直接结算吗？还是得先自己全掏？",
     "kb-zh-records_billing-007",
     "新疆奎屯（兵团）"),
    ("context",
     "我是带少儿羽毛球的。今天下午有个小队员跳起来杀球，落地崴了脚，家长已经接回去了，能走路，看着骨头没事。"
     "家长问我回家冰敷一次敷多长时间合适，我怕说错了，想问问。",
     "kb-zh-self_care-006",
     "羽毛球教练"),
    ("context",
     "我是走街串巷弹棉花的，手艺活走不开，一年到头也就这几天歇。下礼拜二老伴儿在你们这儿做无痛的胃肠镜，"
     "我陪她去。她容易低血糖，怕做完饿得心慌，我想给她揣个面包。做完以后过多久才能吃东西？",
     "kb-zh-procedures-010",
     "弹棉花师傅"),
    ("context",
     "我阿媽喺你哋度住院，啱啱做完手術。佢話好肚餓，叫我煲啲白粥拎過去俾佢。我驚佢仲未食得嘢，"
     "可唔可以直接帶嘢入去俾佢食？",
     "kb-zh-visiting-007",
     "香港美孚居民（粵語，繁體）"),
    ("context",
     "我們家在太麻里種釋迦，我爸上禮拜送進加護病房。這禮拜六全家要從台東開車過去看他，大概七八個人。"
     "請問一次可以進去幾個人？",
     "kb-zh-visiting-004",
     "台東太麻里家庭（台灣華語，繁體）"),
    ("context",
     "我在广场上教小孩轮滑，一天到晚站着喊，胃口特别好，一天能吃两斤水果。"
     "单位安排我下周四做个肠镜，前几天吃东西要注意点啥？",
     "kb-zh-test_preparation-002",
     "轮滑教练"),
    ("context",
     "我妈在铜仁乡下，来你们这儿看心慌，医生给她胸口贴了几个片片，背个小盒子，说要戴满24个钟头。"
     "她每天晚上都要洗澡，不洗睡不着。戴着这个能不能洗澡哦？她搞忘问医生了。",
     "kb-zh-test_preparation-010",
     "贵州铜仁"),
    ("context",
     "我家巴郎子今年九岁，他爷爷在你们医院住院，天天念叨想孙子。我们从昌吉专门过来的，"
     "能不能带巴郎子进病房看看他爷爷？",
     "kb-zh-visiting-002",
     "新疆昌吉"),
    ("context",
     "我媽在你們醫院住院快兩個禮拜了，下禮拜應該可以出院。問題是當初繳預交金的收據，我放在車上，"
     "不知道被誰當垃圾丟掉了，而且我們那時候是付現金的。這樣出院要怎麼把多的錢退回來？",
     "kb-zh-records_billing-012",
     "台東長濱家庭（台灣華語，繁體）"),
    ("context",
     "我是崩爆米花的，一年到头在外地赶集，很少回来。降压药快吃完了，打算在App上线上续方。"
     "顺便问一句，要是还想让医生再加一样以前没吃过的药，线上续方能一起开吗？",
     "kb-zh-medications-002",
     "爆米花师傅"),

    # ---------------- lay (9) ----------------
    ("lay",
     "医生让我去做那个在肚皮上抹凉凉的胶、拿个东西滑来滑去的检查，看的是肚脐眼上面那一块。"
     "去之前要饿着肚子不？我晓不得。",
     "kb-zh-test_preparation-007",
     "贵州都匀"),
    ("lay",
     "下周要躺进那个大圆筒子里拍膝盖，就是吸铁特别厉害的那种机器。我的运动内衣后背有小铁扣，穿着进去行不行？",
     "kb-zh-test_preparation-003",
     "羽毛球教练"),
    ("lay",
     "我们家丫头子闹肚子，一天跑好几趟厕所。她嫌药店那个冲水喝的咸粉粉难喝，我想拿运动饮料给她顶一下，行不行？",
     "kb-zh-self_care-008",
     "新疆石河子（兵团）"),
    ("lay",
     "干我们这行棉絮到处飞，鼻子干，时不时就突然淌红。老辈人说把头往后一仰就止住了，这个法子对不对？",
     "kb-zh-self_care-012",
     "弹棉花师傅"),
    ("lay",
     "我住沙頭角，出一趟市區好遠。睇完醫生返到屋企先記得公司要張病假紙，仲可唔可以叫返個醫生補俾我？"
     "定係要成個程序再嚟過？",
     "kb-zh-records_billing-011",
     "香港沙頭角居民（粵語，繁體）"),
    ("lay",
     "我爸打的那個降血糖的針，從醫院拿回來還沒開的，放冰箱冷凍庫是不是比較不會壞？",
     "kb-zh-medications-003",
     "台東鹿野家庭（台灣華語，繁體）"),
    ("lay",
     "以前去照个骨头啥的，都会给一张大黑底片带回家，这回照完啥也没给，是不是漏了？还能要吗？",
     "kb-zh-records_billing-010",
     "轮滑教练"),
    ("lay",
     "上回熬油茶的时候滚油溅到手背上，我婆婆喊我赶紧抹点牙膏。下回再遇到这种情况，抹牙膏到底对不对哦？",
     "kb-zh-self_care-005",
     "贵州兴义"),
    ("lay",
     "我想看的那个老医生一直约不上，每回一打开全满了。有没有办法别人一退我这边马上就能知道？",
     "kb-zh-appointments-011",
     "新疆奎屯（兵团）"),

    # ---------------- two_part (6) ----------------
    ("two_part",
     "预约了下礼拜三的号，临时要出差去外省。能不能直接改成下个月的？要是拖到当天才想起来，还能在手机上退号不？",
     "kb-zh-appointments-002",
     "贵州铜仁"),
    ("two_part",
     "赶集一忙起来，中午那顿药老是忘。晚上想起来了能不能两顿并一顿吃？要是想起来的时候都快到下一顿了，又怎么办？",
     "kb-zh-medications-005",
     "爆米花师傅"),
    ("two_part",
     "我下个月做个日间手术。做完能不能自己叫个网约车回家？第二天一早有课，能骑电动车去球馆吗？",
     "kb-zh-procedures-003",
     "羽毛球教练"),
    ("two_part",
     "明天早上抽血查血脂，头一天晚上几点以后就不能吃东西了？早上起来嘴干，能喝口白开水吗？",
     "kb-zh-test_preparation-001",
     "新疆石河子（兵团）"),
    ("two_part",
     "我老公要留院，我同我家姐想輪流陪佢過夜。可唔可以兩個人一齊陪？定係今晚我、聽晚佢咁樣輪住嚟？",
     "kb-zh-visiting-006",
     "香港樂富居民（粵語，繁體）"),
    ("two_part",
     "醫生開了一個檢查，我繳完錢才發現那天要趕回長濱，沒辦法做了。這筆錢可以退嗎？用醫保刷的那部分會退到哪裡？",
     "kb-zh-records_billing-009",
     "台東長濱家庭（台灣華語，繁體）"),

    # ---------------- missing_detail (15) ----------------
    ("missing_detail",
     "开车去你们医院看病，院里停车场一个小时收多少钱？",
     None,
     "新疆石河子（兵团）; near kb-zh-appointments-009"),
    ("missing_detail",
     "我老娘腿脚不行，去了想在服务台借个轮椅，押金要交多少钱？",
     None,
     "弹棉花师傅; near kb-zh-appointments-007"),
    ("missing_detail",
     "普通病房下午探视具体是几点到几点？我下午四点才下课。",
     None,
     "轮滑教练; near kb-zh-visiting-001"),
    ("missing_detail",
     "想影印我阿媽嘅住院病歷，每一頁收幾多錢？寄返香港嘅郵費又要幾多？",
     None,
     "香港油塘居民（粵語，繁體）; near kb-zh-records_billing-001"),
    ("missing_detail",
     "家里老人住院，儿女都在外头打工，想请个护工。你们那儿护工一天收多少钱？",
     None,
     "贵州都匀; near kb-zh-visiting-006"),
    ("missing_detail",
     "我媽下禮拜要住院開刀，住院預交金大概要準備多少錢啊？",
     None,
     "台東太麻里家庭（台灣華語，繁體）; near kb-zh-procedures-007"),
    ("missing_detail",
     "我们球馆有个听不见的小伙子要去你们医院看病，手语志愿者是每个礼拜哪几天有？",
     None,
     "羽毛球教练; near kb-zh-appointments-008"),
    ("missing_detail",
     "药学咨询门诊在几楼？进门往哪边走？",
     None,
     "新疆昌吉; near kb-zh-medications-009"),
    ("missing_detail",
     "医院总机电话是多少号？我手机里存的那个老号码打不通了。",
     None,
     "爆米花师傅; near kb-zh-appointments-001"),
    ("missing_detail",
     "你哋App入面嗰啲雲影像，可以睇到幾耐？係咪過咗幾年就會冇咗？",
     None,
     "香港美孚居民（粵語，繁體）; near kb-zh-records_billing-010"),
    ("missing_detail",
     "ICU每天那个探视时段是几点钟开始？我们从铜仁坐车过来，要早点做打算。",
     None,
     "贵州铜仁; near kb-zh-visiting-004"),
    ("missing_detail",
     "預約了沒去也沒取消，累計幾次會被停權？停權的話要多久才能再用線上掛號？",
     None,
     "台東鹿野家庭（台灣華語，繁體）; near kb-zh-appointments-002"),
    ("missing_detail",
     "备案以后在你们那儿住院，兵团医保能报百分之多少？",
     None,
     "新疆奎屯（兵团）; near kb-zh-records_billing-007"),
    ("missing_detail",
     "医院营养食堂给病人订一顿饭多少钱？一天三顿大概得花多少？",
     None,
     "弹棉花师傅; near kb-zh-visiting-007"),
    ("missing_detail",
     "做肠镜前喝的那个泻药，一共要喝几升水？我好提前准备。",
     None,
     "轮滑教练; near kb-zh-test_preparation-002"),

    # ---------------- off_topic (5) ----------------
    ("off_topic",
     "你们医院能献血吗？我想趁不上课的时候去献一回。",
     None,
     "羽毛球教练"),
    ("off_topic",
     "我们从兴义过来陪老人看病，医院附近有没有便宜点、干净点的宾馆？",
     None,
     "贵州兴义"),
    ("off_topic",
     "你哋有冇身體檢查套餐㗎？大概幾錢一個？",
     None,
     "香港樂富居民（粵語，繁體）"),
    ("off_topic",
     "我爸要申請身心障礙證明，你們醫院可以幫他做鑑定嗎？要掛哪一科？",
     None,
     "台東長濱家庭（台灣華語，繁體）"),
    ("off_topic",
     "你们医院招不招保安？我侄子刚毕业回石河子，想去应聘。",
     None,
     "新疆石河子（兵团）"),
]

# Characters that only occur in Traditional script (their Simplified forms differ).
TRAD_ONLY = set(
    "們這個會說問麼號預約診藥時間對開從過還點嗎頭樣親媽檢報電話寫買賣錢費單機車門見讓誰記轉帶邊講"
    "醫護學習歲幾遠術餓驚應該證請鑑繳禮兩聽輪壞凍庫復區將後來與為無體動發長東氣實現當經種貴網線雲"
    "樓齊歷議療覺業張級紙給隊準備鐘頁郵數處層辦掛裡歷嬤爺縣鄉灣臺劑針")

EXPECTED = {"plain": 5, "context": 10, "lay": 9, "two_part": 6, "missing_detail": 15, "off_topic": 5}
ANSWERABLE = {"plain", "context", "lay", "two_part"}
NEAR_RE = re.compile(r"; near (kb-(en|zh)-[a-z_]+-\d{3})$")


def kb_ids():
    ids = set()
    for lang in ("en", "zh"):
        with open(os.path.join(KB, "passages_%s.jsonl" % lang), encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if line:
                    ids.add(json.loads(line)["id"])
    return ids


def build(lang, items, ids):
    assert len(items) == 50, (lang, len(items))
    kinds = Counter(k for k, _, _, _ in items)
    assert dict(kinds) == EXPECTED, (lang, kinds)
    rows = []
    for kind, q, gold, voice in items:
        answerable = kind in ANSWERABLE
        assert q == q.strip() and q, (lang, q)
        if answerable:
            assert gold is not None and gold.startswith("kb-%s-" % lang), (lang, q, gold)
            assert gold in ids, gold
        else:
            assert gold is None, (lang, q)
        m = NEAR_RE.search(voice)
        if kind == "missing_detail":
            assert m, (lang, voice)
            assert m.group(2) == lang and m.group(1) in ids, voice
        else:
            assert "; near" not in voice, (lang, voice)
        rows.append({
            "language": lang,
            "question": q,
            "answerable": answerable,
            "gold": [gold] if gold else [],
            "kind": kind,
            "voice": voice,
        })
    random.Random("%d-%s" % (SEED, lang)).shuffle(rows)
    for i, r in enumerate(rows, 1):
        r["id"] = "r36-%s-%03d" % (lang, i)
    assert sum(r["answerable"] for r in rows) == 30, lang
    assert all(len(r["gold"]) == 1 for r in rows if r["answerable"])
    used = Counter(g for r in rows for g in r["gold"])
    assert max(used.values()) <= 2, used.most_common(3)
    return rows


def main():
    ids = kb_ids()
    en = build("en", EN, ids)
    zh = build("zh", ZH, ids)
    rows = en + zh
    assert len({r["id"] for r in rows}) == 100
    assert len({r["question"] for r in rows}) == 100
    trad = sum(1 for r in zh if any(c in TRAD_ONLY for c in r["question"]))
    assert 13 <= trad <= 17, trad
    out = os.path.join(HERE, "questions.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
    print("wrote %d rows (en %d, zh %d, zh Traditional %d) to %s" % (len(rows), len(en), len(zh), trad, out))


if __name__ == "__main__":
    main()
