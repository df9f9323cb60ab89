#!/usr/bin/env python3
"""Blind grounded review set 26 for medqa-moe.

Every question and voice below was typed by hand by the set-26 writer.
Standard library only. Deterministic: rows are shuffled per language with
random.Random("26-<lang>") and given ids after the shuffle.

The KB passage files are read (from $MEDQA_ROOT, default /work/main) only to
check that every gold id and every "near" id exists.
"""
import json
import os
import random
import re

SEED = 26
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "questions.jsonl")
ROOT = os.environ.get("MEDQA_ROOT", "/work/main")

EN = [
    # ---------------- plain (10) ----------------
    ("plain", "How much notice do you need if I want to move my appointment to a different day?",
     "kb-en-appointments-002", "call-centre agent on an energy-supplier helpline, typed between calls"),
    ("plain", "is the interpreter free or do yous charge for it",
     "kb-en-appointments-007", "Derry woman, lower case"),
    ("plain", "Can I bring my assistance dog in with me?",
     "kb-en-appointments-012", "supported housing resident with a hearing dog, very short"),
    ("plain", "how long does a glucose tolerance test take pet",
     "kb-en-test_preparation-012", "Newcastle mum, lower case"),
    ("plain", "Where am I supposed to take inhalers I don't use any more?",
     "kb-en-medications-003", "keyworker in a supported housing project"),
    ("plain", "Does an ultrasound use radiation like an x-ray does?",
     "kb-en-test_preparation-009", "personal trainer asking for a pregnant client"),
    ("plain", "Dear Sir/Madam, am I entitled to request an itemised bill? Kind regards",
     "kb-en-records_billing-007", "senior lecturer in economics, formal letter style"),
    ("plain", "whats the most visitors u can have at a bed on a normal ward",
     "kb-en-visiting-001", "Gateshead man, text-speak"),
    ("plain", "Does a taxi count as getting home safely after sedation if I go on my own?",
     "kb-en-procedures-002", "gym instructor who lives alone"),
    ("plain", "Who do I tell if my landlady's dentures have gone missing on the ward?",
     "kb-en-visiting-010", "lodger writing for his landlady, who has no internet"),

    # ---------------- context (20) ----------------
    ("context", "on my break so this is quick. my mum's got a video appointment with the heart clinic next tuesday and all she has is an old laptop my nephew gave her. what does she actually need for it, does the laptop need a camera and that?",
     "kb-en-appointments-006", "call-centre agent at a mobile network, on her break"),
    ("context", "My wee brother's been in intensive care since Tuesday and the whole family is ringing the ward, so it is, my ma, my aunties, his girlfriend, the lot. The nurse sounded wile fed up with us this morning. Is there a way yous want us to do the phoning?",
     "kb-en-visiting-007", "Derry sister of an intensive care patient"),
    ("context", "howay man the leaflet for wor lass's colonoscopy is canny long and she's on iron tablets and the pill. does she need to phone somebody about them or just crack on",
     "kb-en-test_preparation-003", "Newcastle husband, no punctuation"),
    ("context", "Dear Sir or Madam,\n\nI am scheduled for a minor procedure under sedation on a weekday morning. I had intended to deliver a lecture that afternoon and to sign off examination board paperwork the same evening. Could you advise whether either activity is appropriate within the 24 hours after sedation?\n\nYours faithfully,\nSenior Lecturer, School of Law",
     "kb-en-procedures-002", "law lecturer, formal letter style"),
    ("context", "I'm a keyworker at a supported housing project. One of our tenants has a learning disability and gets really anxious in busy waiting rooms, and he has an outpatient appointment in a fortnight. Is there anything we can ask the clinic for so it goes easier for him?",
     "kb-en-appointments-011", "keyworker in supported housing"),
    ("context", "i teach the 6am spin class and one of my regulars told me she chewed gum the whole way through her fast for a blood test cos she was starving lol. shes got another one booked next week. is gum actually ok when ur fasting for bloods or no",
     "kb-en-test_preparation-001", "spin instructor, text-speak"),
    ("context", "I'm a postdoc in marine biology and I'm off to a conference in Japan for two weeks with my injectable medication and the needles for it. I know it all goes in hand luggage. Is there any paperwork I should bring as well?",
     "kb-en-medications-009", "postdoctoral researcher travelling to a conference"),
    ("context", "me da's getting out the morra and he says he'll be away first thing but the last time he was in it was teatime before they let him go, sat there for hours so he did. why does it take that long, is it just us?",
     "kb-en-procedures-009", "Newry son, lower case"),
    ("context", "I rent a room from an elderly lady who has no computer or smartphone, so I'm writing this for her. She has received a bill from the hospital and thinks one of the charges is wrong. The due date is in two weeks. What should she do before then?",
     "kb-en-records_billing-006", "lodger writing for his landlady, who has no internet"),
    ("context", "typing this between calls so sorry if its rushed. my dad has had a cough for about four weeks now, the chemist sold him a bottle of something and it hasnt shifted. at what point is a cough long enough that he should see a doctor?",
     "kb-en-self_care-012", "call-centre agent on a bank fraud line, between calls"),
    ("context", "One of my PT clients rolled her ankle on the treadmill yesterday. It's swollen but she can walk on it and she's already been looked at. I told her to ice it. How long should the ice pack go on for, and how often?",
     "kb-en-self_care-006", "personal trainer"),
    ("context", "me nana's just gone onto the ward and she's still got her wedding ring on and her good earrings and a purse with about two hundred quid in it cos she doesn't trust banks. what do we do with it all pet, can we just leave it in her locker?",
     "kb-en-visiting-010", "Gateshead granddaughter"),
    ("context", "I live in a supported flat and the staff help me with my tablets. I stayed at my sister's at the weekend and forgot my Saturday morning one. I remembered at teatime. What is the normal rule when you miss one?",
     "kb-en-medications-004", "supported housing resident"),
    ("context", "my daughter has her pelvic ultrasound at 11 on thursday which is the only morning i'm not lecturing so i'm driving her and she has lost the letter somewhere in her student flat and doesn't know if she's meant to turn up with a full bladder or not eat anything so which one is it for a pelvic scan",
     "kb-en-test_preparation-009", "history lecturer, one long run-on sentence"),
    ("context", "wor lass has her op next month and she's just had gel nails put on for our Kayleigh's wedding the week before. she's fretting she'll have to get the whole lot taken off. does she?",
     "kb-en-procedures-012", "Gateshead husband"),
    ("context", "Quick one from the gym: a member is having an MRI on her knee next week and she keeps her bank card in her leggings pocket. Can she keep it on her in the scanner?",
     "kb-en-test_preparation-005", "gym duty manager"),
    ("context", "Our ones are all coming down from Derry on Saturday to see my granny on the ward. The youngest is six and he's full of the cold, sniffly, nothing bad. Would yous let him in?",
     "kb-en-visiting-002", "Derry aunt"),
    ("context", "We're not allowed phones on the floor so I can only check messages at lunch. I have a phone appointment with the rheumatology clinic at 2pm tomorrow and I'm scared I'll ignore the call. Will it come up as the hospital's number?",
     "kb-en-appointments-006", "call-centre agent on an insurance claims line"),
    ("context", "One of the lads I support has been told to bring everything he needs for three nights on the surgical ward. He uses a walking frame and hearing aids and his tablets all come in a blister pack from the chemist. What should he pack?",
     "kb-en-procedures-008", "supported housing keyworker"),
    ("context", "I'm a research fellow in a chemistry lab. Yesterday I splashed boiling water from the kettle on my forearm making tea. It's fine now, but the lab manager wants the right advice on our first-aid sheet. How long are you supposed to keep a burn under the tap?",
     "kb-en-self_care-005", "chemistry research fellow"),

    # ---------------- lay (18) ----------------
    ("lay", "how long before the test where they put the camera down your throat do i have to stop eating",
     "kb-en-procedures-001", "Newry man, lower case"),
    ("lay", "the magnet scan where you lie in the big tube, my mate says it's dead loud. do they give you anything for your ears?",
     "kb-en-test_preparation-006", "supported housing resident"),
    ("lay", "in the doughnut scanner when they put the stuff through the needle so things show up better, is it normal to go all warm and feel like you need a wee?",
     "kb-en-test_preparation-007", "gym instructor"),
    ("lay", "how far ahead do i need to ask for more of my every day tablets so i dont run out",
     "kb-en-medications-001", "supported housing resident"),
    ("lay", "the wee jar for the doctor, how do i do the catch it half way thing",
     "kb-en-test_preparation-011", "Newcastle lad, text-speak"),
    ("lay", "what am i allowed to drink the day before the bum camera test",
     "kb-en-test_preparation-004", "call-centre agent, very short"),
    ("lay", "He has to go without food before his blood test in the morning. Can he still take his normal tablets with a drop of water?",
     "kb-en-test_preparation-002", "keyworker asking for a resident"),
    ("lay", "after they put me under for my shoulder op, when can i get behind the wheel again",
     "kb-en-procedures-004", "personal trainer"),
    ("lay", "me ma's home with the stitches across her belly from the op. can she get in the shower yet or does she have to keep away from water?",
     "kb-en-procedures-010", "Derry daughter"),
    ("lay", "i signed the paper saying yes to my op but now i'm not sure. can i still back out?",
     "kb-en-procedures-006", "supported housing resident"),
    ("lay", "who gives me a box for my used insulin pens and jabs and where does it go when its full",
     "kb-en-medications-003", "gym instructor with diabetes"),
    ("lay", "Nobody can take me home from my in-and-out op next week. What do I do?",
     "kb-en-procedures-004", "lodger writing for herself"),
    ("lay", "me dad cannit get on the bus with his legs. is there some hospital van that picks you up and how do we get it",
     "kb-en-appointments-009", "County Durham daughter"),
    ("lay", "had a dicky tummy both ends all week, how long after it stops do i have to stay off work",
     "kb-en-self_care-008", "call-centre agent, text-speak"),
    ("lay", "every summer the grass and the trees set me off sneezing and my eyes stream. anything I can do around the house to cut it down?",
     "kb-en-self_care-010", "outdoor bootcamp trainer"),
    ("lay", "they've got my birthday wrong on my file at the hospital. can they change it",
     "kb-en-records_billing-004", "supported housing resident"),
    ("lay", "me and the wife want to see everything the hospital has written down about each of us. how do we get our hands on it",
     "kb-en-records_billing-001", "Newry husband"),
    ("lay", "My landlady keeps all her pills in the mirror cupboard over the bath. Is that a good spot or should they go somewhere else?",
     "kb-en-medications-002", "lodger writing for his landlady, who has no internet"),

    # ---------------- two_part (12) ----------------
    ("two_part", "How early should I get there before clinic, and can I check myself in on one of those screens?",
     "kb-en-appointments-005", "call-centre agent"),
    ("two_part", "do i need a referral for the specialist clinic and what details do i need when i phone to book? ta pet",
     "kb-en-appointments-001", "Newcastle woman"),
    ("two_part", "My mammy is dying on the ward. Can my sister stay the night with her, and is there somewhere quiet we could sit as a family?",
     "kb-en-visiting-008", "Derry daughter"),
    ("two_part", "Is there wifi on the wards, and is there a quiet time at night when visitors have to go?",
     "kb-en-visiting-011", "postdoc visiting her partner"),
    ("two_part", "Can I bring flowers for one of our tenants on the ward, and would a foil balloon be allowed?",
     "kb-en-visiting-003", "supported housing keyworker"),
    ("two_part", "if she can't pay the hospital bill all at once can she pay it bit by bit, and what happens if she just leaves it?",
     "kb-en-records_billing-009", "lodger writing for his landlady, who has no internet"),
    ("two_part", "Dear Sir/Madam,\n(1) What exactly is insurance pre-authorisation, and (2) is it the hospital or the patient who must confirm what the policy covers?\nWith thanks",
     "kb-en-records_billing-008", "lecturer in accountancy, formal letter style"),
    ("two_part", "2 q's - can my 5 yr old gargle salt water for his sore throat, and can he suck the hard throat sweets?",
     "kb-en-self_care-007", "Newcastle dad, text-speak"),
    ("two_part", "After a CT with contrast do I need to drink more, and will they check my kidneys before it?",
     "kb-en-test_preparation-007", "call-centre agent at a travel company"),
    ("two_part", "How do I make a complaint about how my mother was treated on the ward, and will it go against her care if I do?",
     "kb-en-visiting-012", "Newry son"),
    ("two_part", "is the pre-op check done face to face or over the phone, and should i bring a list of the protein powders and herbal stuff i take?",
     "kb-en-procedures-005", "personal trainer"),
    ("two_part", "where's the hospital pharmacy, and can I take my hospital prescription to a chemist in town instead?",
     "kb-en-medications-012", "Gateshead woman"),

    # ---------------- missing_detail (30) ----------------
    ("missing_detail", "how much is it an hour in the main car park pet",
     None, "Newcastle woman; near kb-en-appointments-008"),
    ("missing_detail", "What time does afternoon visiting start and finish on the general wards?",
     None, "Derry man; near kb-en-visiting-001"),
    ("missing_detail", "whats the actual phone number for the appointments line",
     None, "call-centre agent, very short; near kb-en-appointments-001"),
    ("missing_detail", "How much is the deposit for borrowing one of your wheelchairs at the main entrance?",
     None, "supported housing keyworker; near kb-en-appointments-012"),
    ("missing_detail", "Dear Sir/Madam, could you please tell me the name of the hospital's data protection officer? I intend to write to them directly. Regards",
     None, "lecturer in information law, formal letter style; near kb-en-records_billing-012"),
    ("missing_detail", "how many days have yous got to send me my records once i ask for them",
     None, "Newry woman; near kb-en-records_billing-001"),
    ("missing_detail", "my insurer wants a report from the hospital about my knee op. how much is the fee for that?",
     None, "personal trainer off work after knee surgery; near kb-en-records_billing-011"),
    ("missing_detail", "what time does the blood test place open on a saturday morning",
     None, "gym instructor who works weekdays; near kb-en-test_preparation-001"),
    ("missing_detail", "once you open eye drops how many weeks before you have to bin them",
     None, "supported housing resident; near kb-en-medications-002"),
    ("missing_detail", "what's the password for the wifi on the ward",
     None, "postdoc visiting her partner; near kb-en-visiting-011"),
    ("missing_detail", "What are the opening hours of the hospital outpatient pharmacy on a Sunday?",
     None, "County Durham son; near kb-en-medications-012"),
    ("missing_detail", "how long is the wait for the skin clinic at the minute, is it weeks or months?",
     None, "Derry woman; near kb-en-appointments-010"),
    ("missing_detail", "how much per page do yous charge for photocopies of medical records",
     None, "Newry man; near kb-en-records_billing-001"),
    ("missing_detail", "What is the income cut-off for the financial assistance programme? My landlady is on a state pension and nothing else.",
     None, "lodger writing for his landlady, who has no internet; near kb-en-records_billing-010"),
    ("missing_detail", "if i email the billing office how many days till they get back to me",
     None, "call-centre agent, lower case; near kb-en-records_billing-006"),
    ("missing_detail", "what time is the morning handover on the wards so i know not to ring then",
     None, "Gateshead daughter; near kb-en-visiting-007"),
    ("missing_detail", "Which floor is the endoscopy unit on?",
     None, "supported housing keyworker, very short; near kb-en-test_preparation-003"),
    ("missing_detail", "what time do they serve lunch on the wards? want to come in and help me dad eat",
     None, "Newcastle son; near kb-en-visiting-001"),
    ("missing_detail", "What's the most liquid medicine in ml I can take through airport security?",
     None, "postdoc flying to a conference; near kb-en-medications-009"),
    ("missing_detail", "how many litres of the bowel prep drink is it altogether",
     None, "personal trainer; near kb-en-test_preparation-003"),
    ("missing_detail", "What are the set visiting times for aunties and uncles on the maternity ward?",
     None, "Derry man whose sister has just had a baby; near kb-en-visiting-009"),
    ("missing_detail", "how many hours can a urine sample sit in the fridge before it's no good",
     None, "Newcastle woman, lower case; near kb-en-test_preparation-011"),
    ("missing_detail", "Which chemists near the hospital will take back a full sharps bin?",
     None, "gym instructor with diabetes; near kb-en-medications-003"),
    ("missing_detail", "Who is the consultant running the Tuesday knee clinic?",
     None, "personal trainer asking for a client; near kb-en-appointments-001"),
    ("missing_detail", "whats the late payment charge if the bill goes past the due date",
     None, "call-centre agent, text-speak; near kb-en-records_billing-009"),
    ("missing_detail", "How many days before a video appointment does the link come through?",
     None, "history lecturer; near kb-en-appointments-006"),
    ("missing_detail", "how many missed appointments before yous send me back to my gp",
     None, "supported housing resident; near kb-en-appointments-003"),
    ("missing_detail", "how many days after the op do the clips come out",
     None, "Gateshead man; near kb-en-procedures-010"),
    ("missing_detail", "Dear Sir or Madam,\nFor how many weeks does a pre-operative assessment remain valid before the operation itself?\nYours faithfully",
     None, "philosophy lecturer, formal letter style; near kb-en-procedures-005"),
    ("missing_detail", "what times is the hospital chapel open, my husband wants to go in and pray while he's on the ward",
     None, "Derry woman whose husband is an inpatient; near kb-en-visiting-008"),

    # ---------------- off_topic (10) ----------------
    ("off_topic", "can i get my flu jab at the hospital or is it the chemist",
     None, "Derry woman, lower case"),
    ("off_topic", "is there a cash machine anywhere in the main building",
     None, "Newcastle lad, very short"),
    ("off_topic", "Can I give blood at the hospital, and when are the sessions?",
     None, "gym instructor"),
    ("off_topic", "Do you ever take on personal trainers in the physio department? I'm qualified in exercise referral.",
     None, "personal trainer looking for work"),
    ("off_topic", "Dear Sir or Madam,\nDoes the hospital offer work placements for second-year psychology undergraduates? I am the placements tutor for our department.\nYours faithfully",
     None, "psychology lecturer, formal letter style"),
    ("off_topic", "how do i sign up to the organ donor register",
     None, "call-centre agent, between calls"),
    ("off_topic", "Are there any research studies at the hospital that healthy volunteers can sign up for?",
     None, "postdoctoral researcher"),
    ("off_topic", "does the shop in the hospital open on a sunday, me da needs a phone charger",
     None, "Newry daughter"),
    ("off_topic", "How do we register the baby's birth, can it be done at the hospital before we go home?",
     None, "Gateshead couple"),
    ("off_topic", "can yous get the wax out of your ears at the hospital or do i have to go private",
     None, "supported housing resident from Derry"),
]

ZH = [
    # ---------------- plain (10) ----------------
    ("plain", "预约取消了，挂号费退到哪里去？",
     "kb-zh-appointments-002", "湖北宜昌的退休工人"),
    ("plain", "第一次去你们医院看病，要先办什么手续？晓得的讲一下。",
     "kb-zh-appointments-004", "江西九江的小伙子"),
    ("plain", "抽完血那个针眼要按几分钟？",
     "kb-zh-test_preparation-001", "医院护工"),
    ("plain", "戴動態心電圖那一天可以洗澡嗎？",
     "kb-zh-test_preparation-010", "新竹竹東的客家媳婦（繁體）"),
    ("plain", "電子發票喺邊度下載？",
     "kb-zh-records_billing-008", "香港大學講師，粵語（繁體）"),
    ("plain", "ICU探视一次能进去几个人？",
     "kb-zh-visiting-004", "住家保姆替雇主问"),
    ("plain", "慢性病长期处方一次最多可以开几个礼拜的药啦？",
     "kb-zh-medications-001", "文莱斯里巴加湾华人"),
    ("plain", "住院的時候可以帶電鍋去病房煮東西嗎？",
     "kb-zh-visiting-010", "雲林北港的女兒（繁體）"),
    ("plain", "过期的药能不能直接倒进马桶冲掉？",
     "kb-zh-medications-004", "湖北荆州的中年妇女"),
    ("plain", "流鼻血的时候是不是要把头仰起来？",
     "kb-zh-self_care-012", "印尼棉兰华人"),

    # ---------------- context (20) ----------------
    ("context", "我屋里老头子下个月做胃镜，他吃阿司匹林吃了十几年了，医生开的。他说莫管它，照吃。搞么斯嘛，我心里不踏实。做胃镜之前这个药到底要不要先问一下医生？",
     "kb-zh-test_preparation-008", "湖北十堰的老伴"),
    ("context", "我在住院部当护工，照顾的阿婆明天出院，她女儿在外地上班赶不回来，托我帮她去结账。出院结算的时候要带哪些东西？",
     "kb-zh-procedures-008", "医院护工替病人家属问"),
    ("context", "我在雇主家做住家保姆，雇主的妈妈有高血压，每个月都要去医院开一样的药，排队排半天。听说现在手机上就能续药，要满足什么条件才可以？",
     "kb-zh-medications-002", "住家保姆"),
    ("context", "我崽在外地读大学，放暑假回来打球崴了脚，脚踝肿起好大一块，走路还可以。他一回屋就要拿热水袋去敷，我晓得好像刚崴的时候不能热敷，是不是这样？",
     "kb-zh-self_care-006", "江西上饶的妈妈"),
    ("context", "我们一家从文莱回来探亲，我爸刚好住进你们医院。我在巴刹买了一束很漂亮的花想带去病房，朋友说医院不给带，为什么啦？",
     "kb-zh-visiting-003", "文莱华人女儿"),
    ("context", "我阿公在你們醫院住院，我們全家從西螺開車上去看他。我姪子八歲，一直吵著要去看阿公，可是聽說小朋友不能進病房，真的嗎？",
     "kb-zh-visiting-002", "雲林西螺的孫女（繁體）"),
    ("context", "我喺單車舖做師傅，尋日試車跌親，手肘擦損咗一大片，仲有啲沙。我自己處理咗，冇大礙，不過想問：清洗傷口用咩洗好？我阿媽話可以搽牙膏，得唔得㗎？",
     "kb-zh-self_care-004", "香港單車舖師傅，粵語（繁體）"),
    ("context", "我妈做什么都不放心，明天上午九点半的号，她非要六点半就去医院门口坐着。到底要提前多久到才合适？",
     "kb-zh-appointments-006", "湖北孝感的女儿"),
    ("context", "我老公明天去做增强CT，通知上说要家属陪同，可我那天要上班，想着送到了就走。做完检查他是不是马上就能回家？",
     "kb-zh-test_preparation-004", "江西吉安的妻子"),
    ("context", "雇主家的宝宝一岁半，昨晚烧到38度5，今早已经退了，能吃能玩。雇主的婆婆说发烧要用酒精擦身子，雇主让我问一下医院：这样做可以吗？",
     "kb-zh-self_care-003", "住家保姆替雇主问"),
    ("context", "我阿嬤住朴子，上禮拜在你們醫院開刀，出院的單子上寫要拆線。她問說可不可以在家附近的衛生所拆就好，不用再坐車跑那麼遠？",
     "kb-zh-procedures-012", "嘉義朴子的孫子（繁體）"),
    ("context", "我是印尼坤甸来的，在这边做小生意。下星期要开刀，麻醉医生问了好多，问我睡觉打不打呼噜，家里人做麻醉有没有出过事。这些跟麻醉有什么关系啊？不讲行不行？",
     "kb-zh-procedures-009", "印尼坤甸华人"),
    ("context", "本人於大學任教，下月需接受一個日間手術。同事話日間手術即日就出院，但我想了解：如果手術後情況唔穩定，會點處理？",
     "kb-zh-procedures-001", "香港大學講師，書面粵語（繁體）"),
    ("context", "我们住在恩施山里，到你们医院要坐五六个钟头的车。我妈约了后天上午做手术，昨天晚上开始发烧、拉肚子。搞么斯哦，手术能改期吗？最迟要提前几天讲？",
     "kb-zh-procedures-011", "湖北恩施的儿子"),
    ("context", "我在病房做护工，隔壁床的家属老是自己去调吊瓶的快慢，说滴得太慢了。我跟她讲不能调，她不信我。医院对陪护有这个规定吗？",
     "kb-zh-visiting-006", "医院护工"),
    ("context", "我爷爷住院了，我们一家人排好了班轮流陪，今天我明天我姐后天我叔。护士说不行，只能一个人固定陪，这是为什么？",
     "kb-zh-visiting-006", "江西萍乡的孙子"),
    ("context", "我們住馬祖南竿，每次看病都要搭飛機到台灣本島，機位很難訂。我媽上個月在你們醫院抽血和照片子，報告可以在網路上看嗎？不用再飛一趟吧？",
     "kb-zh-records_billing-003", "馬祖南竿的女兒（繁體）"),
    ("context", "我在抚州乡下，我娘七十多了，不会用智能手机，每次挂号都要托隔壁的人帮忙。医院现在还有人工挂号的窗口吗？",
     "kb-zh-appointments-007", "江西抚州的儿子"),
    ("context", "我喺水族店打工，成日要搬大魚缸。上個禮拜搬完之後閃咗腰，痛到彎唔到。阿媽叫我瞓喺床度唔好郁，係咪真係要一直瞓床？",
     "kb-zh-self_care-009", "香港水族店店員，粵語（繁體）"),
    ("context", "我爸在北港做工，下個月要來你們醫院住院開刀，醫生已經開了住院證。他問說床位什麼時候會有？要自己一直打電話去問嗎？",
     "kb-zh-procedures-007", "雲林北港的女兒（繁體）"),

    # ---------------- lay (18) ----------------
    ("lay", "做那个从屁股进去看肠子的检查，前几天能吃啥？",
     "kb-zh-test_preparation-002", "湖北宜昌的老人"),
    ("lay", "那个躺进大圆筒里、像块大吸铁石的检查，身上的东西是不是都要拿下来？",
     "kb-zh-test_preparation-003", "湖北黄冈的农民"),
    ("lay", "查肝的那个，在肚皮上抹一层凉凉的东西、拿个头头推来推去的，去之前要不要饿着肚子？",
     "kb-zh-test_preparation-007", "江西九江的阿姨"),
    ("lay", "打一针睡过去做的那种看胃的检查，做完能不能自己骑电瓶车回去？",
     "kb-zh-procedures-010", "住家保姆替雇主问"),
    ("lay", "屋里的药放哪里好？我们一直放在厨房灶台边上的柜子里。",
     "kb-zh-medications-003", "江西萍乡的媳妇"),
    ("lay", "我娘吃药片喜欢拿浓茶往下冲，这样要不要紧？",
     "kb-zh-medications-006", "江西抚州的女儿"),
    ("lay", "一到春天就鼻子痒、喷嚏一个接一个，屋里还养了只猫，猫能不能进我睡觉的房间啦？",
     "kb-zh-self_care-010", "文莱华人"),
    ("lay", "医生给开的那张证明我生病要请假的纸，开好了还要去哪里盖章？",
     "kb-zh-records_billing-011", "湖北十堰的小伙子"),
    ("lay", "医生开的杀细菌的药，吃了三天好多了，剩下的还要不要接着吃完？",
     "kb-zh-medications-008", "湖北荆州的年轻妈妈"),
    ("lay", "醫院照的那種黑黑白白的大張片子，現在還會印出來讓我們帶回家嗎？我阿伯說手機上就看得到？",
     "kb-zh-records_billing-010", "雲林西螺的姪女（繁體）"),
    ("lay", "住院前先繳的那筆押金，出院的時候多的會還我們嗎？用信用卡刷的要怎麼還？",
     "kb-zh-records_billing-012", "新竹竹東的兒子（繁體）"),
    ("lay", "我的社保是湖北的，来你们这边住院，能不能直接刷卡？还要先去办个么子？",
     "kb-zh-records_billing-007", "在外省做护工的孝感人"),
    ("lay", "一整天背着个小盒子、胸口贴满贴片测心跳的那个，晚上能不能开电热毯睡？",
     "kb-zh-test_preparation-010", "江西九江的老师傅"),
    ("lay", "在手机上找医生开药那个，第一次去看病也能在手机上看吗？还是要先去医院？",
     "kb-zh-appointments-005", "印尼棉兰华人"),
    ("lay", "打落血管、令影相睇得清楚啲嘅藥水，我有哮喘，使唔使預先講？",
     "kb-zh-test_preparation-004", "香港博士後研究員，粵語（繁體）"),
    ("lay", "睡一觉就做完的那种从嘴巴伸管子进去看的检查，醒了以后多久才能吃饭？",
     "kb-zh-procedures-010", "江西上饶的老汉"),
    ("lay", "我屋里伢窜稀窜了两天，他爸说喝雪碧补水，行不行？",
     "kb-zh-self_care-008", "湖北宜昌的妈妈"),
    ("lay", "我畀咗錢做嗰個檢查，後來唔想做喇，啲錢攞唔攞得返？",
     "kb-zh-records_billing-009", "香港鴨寮街電子舖店員，粵語（繁體）"),

    # ---------------- two_part (12) ----------------
    ("two_part", "改约能不能直接换个日子？当天的号能不能在网上退？",
     "kb-zh-appointments-002", "江西九江的上班族"),
    ("two_part", "想挂的号满了怎么办？去了现场能不能加号？",
     "kb-zh-appointments-011", "湖北宜昌的中学老师"),
    ("two_part", "小孩第一次來看病還沒有身分證，要怎麼建檔？一個人可以建兩個檔案嗎？",
     "kb-zh-appointments-004", "雲林西螺的年輕爸爸（繁體）"),
    ("two_part", "胃镜前要饿多少个钟头？假牙要不要取下来？",
     "kb-zh-test_preparation-008", "湖北黄冈的篾匠"),
    ("two_part", "我照顾的病人同一天要做查肝的B超和查膀胱的B超，先做哪个？憋尿要喝多少水？",
     "kb-zh-test_preparation-007", "医院护工"),
    ("two_part", "留大便樣本要留幾多？留完要幾耐之內交去化驗？",
     "kb-zh-test_preparation-009", "香港單車舖師傅，粵語（繁體）"),
    ("two_part", "做手术前几个钟头不能吃东西？口香糖能嚼吗？",
     "kb-zh-procedures-002", "湖北黄冈的养鱼户"),
    ("two_part", "在别的医院开了新药，想知道能不能跟现在吃的药一起吃，该找谁问？要带什么去？",
     "kb-zh-medications-007", "住家保姆替雇主问"),
    ("two_part", "出院以后要等多久才能复印住院病历？能不能寄到屋里？",
     "kb-zh-records_billing-001", "江西吉安的女儿"),
    ("two_part", "我爸爸已經過世了，我要去印他的病歷，要帶什麼？保險公司可以自己去印嗎？",
     "kb-zh-records_billing-002", "嘉義朴子的女兒（繁體）"),
    ("two_part", "住院嘅費用可唔可以每日睇？出院嗰張總清單，買咗嘅保險索償要唔要用？",
     "kb-zh-records_billing-005", "香港博士後研究員，粵語（繁體）"),
    ("two_part", "ICU醫生會唔會定時同家屬講病情？有冇得視像探病？",
     "kb-zh-visiting-004", "香港鴨寮街電子舖店員，粵語（繁體）"),

    # ---------------- missing_detail (30) ----------------
    ("missing_detail", "停车场一个钟头收多少钱？",
     None, "湖北十堰的儿子; near kb-zh-appointments-009"),
    ("missing_detail", "普通病房下午探视几点开始、几点结束？",
     None, "住家保姆; near kb-zh-visiting-001"),
    ("missing_detail", "医院总机电话号码是多少？",
     None, "湖北荆州的老人; near kb-zh-appointments-001"),
    ("missing_detail", "专家号的挂号费要多少钱啦？",
     None, "印尼棉兰华人; near kb-zh-appointments-001"),
    ("missing_detail", "病歷影印一頁收幾多錢？",
     None, "香港大學講師，粵語（繁體）; near kb-zh-records_billing-001"),
    ("missing_detail", "门诊借轮椅押金要交多少？",
     None, "医院护工; near kb-zh-appointments-007"),
    ("missing_detail", "住院预交金一般要先交多少钱？我们好提前准备。",
     None, "湖北恩施的儿子; near kb-zh-procedures-007"),
    ("missing_detail", "手语志愿者一个礼拜哪几天有？",
     None, "江西萍乡的姐姐; near kb-zh-appointments-008"),
    ("missing_detail", "ICU每天探視是幾點到幾點？",
     None, "馬祖北竿的兒子（繁體）; near kb-zh-visiting-004"),
    ("missing_detail", "手術後大概第幾天可以拆線？",
     None, "新竹竹東的太太（繁體）; near kb-zh-procedures-012"),
    ("missing_detail", "医院的护工一天收多少钱？",
     None, "江西上饶的女儿; near kb-zh-visiting-006"),
    ("missing_detail", "雲影像嘅資料醫院會保存幾多年？",
     None, "香港博士後研究員，粵語（繁體）; near kb-zh-records_billing-010"),
    ("missing_detail", "退费退到微信里要几天到账？",
     None, "江西吉安的小伙子; near kb-zh-records_billing-009"),
    ("missing_detail", "医保住院能报销百分之多少？",
     None, "湖北孝感的老人; near kb-zh-records_billing-006"),
    ("missing_detail", "异地就医备案办下来要几天？",
     None, "在外省做护工的宜昌人; near kb-zh-records_billing-007"),
    ("missing_detail", "藥學諮詢門診在幾樓？",
     None, "雲林北港的女兒（繁體）; near kb-zh-medications-009"),
    ("missing_detail", "我们小区附近哪几家药店收过期药？",
     None, "住家保姆; near kb-zh-medications-004"),
    ("missing_detail", "做无痛胃镜的麻醉费要多少钱啦？",
     None, "文莱华人; near kb-zh-test_preparation-008"),
    ("missing_detail", "营养食堂订餐的电话是多少？",
     None, "医院护工; near kb-zh-visiting-007"),
    ("missing_detail", "门诊早上几点开始看病？",
     None, "江西九江的老人; near kb-zh-appointments-006"),
    ("missing_detail", "爽约几次就会被限制网上预约？限制多久？",
     None, "江西抚州的年轻人; near kb-zh-appointments-002"),
    ("missing_detail", "网上复诊一次收多少钱？",
     None, "印尼坤甸华人; near kb-zh-appointments-005"),
    ("missing_detail", "药快递到家运费多少钱？",
     None, "湖北荆州的退休工人; near kb-zh-medications-002"),
    ("missing_detail", "抽血的窗口礼拜六礼拜天开不开？早上几点开门？",
     None, "住家保姆; near kb-zh-test_preparation-001"),
    ("missing_detail", "日間手術中心喺邊座大樓？",
     None, "香港水族店店員，粵語（繁體）; near kb-zh-procedures-001"),
    ("missing_detail", "老年人绿色通道在哪个窗口？几号窗口？",
     None, "湖北宜昌的儿子; near kb-zh-appointments-007"),
    ("missing_detail", "门诊慢特病备案要带哪些材料？",
     None, "江西上饶的老汉; near kb-zh-records_billing-006"),
    ("missing_detail", "陪護證要去哪裡辦？要不要錢？",
     None, "雲林西螺的孫女（繁體）; near kb-zh-visiting-006"),
    ("missing_detail", "你们医院的App叫什么名字？应用商店里搜不到。",
     None, "文莱华人; near kb-zh-records_billing-004"),
    ("missing_detail", "門診藥房夜晚幾點關門？",
     None, "香港大學講師，粵語（繁體）; near kb-zh-medications-011"),

    # ---------------- off_topic (10) ----------------
    ("off_topic", "我要办护工上岗的健康证，你们医院能做这个体检吗？多少钱？",
     None, "医院护工"),
    ("off_topic", "你们医院还招不招住家保姆或者护工？工资怎么算？",
     None, "住家保姆"),
    ("off_topic", "醫院附近有沒有比較便宜的旅館可以住？我們從馬祖過來要住好幾天。",
     None, "馬祖南竿的女兒（繁體）"),
    ("off_topic", "在你们医院能不能献血？",
     None, "江西上饶的年轻人"),
    ("off_topic", "你们医院有没有针灸推拿？我想去扎几针。",
     None, "湖北荆州的老人"),
    ("off_topic", "医院里头有ATM吗？我要取现金付德士钱啦。",
     None, "文莱华人"),
    ("off_topic", "流感疫苗可以在你們醫院打嗎？阿公阿嬤都要打。",
     None, "嘉義朴子的孫子（繁體）"),
    ("off_topic", "我想登记捐献器官，要去哪里办？",
     None, "江西九江的中年人"),
    ("off_topic", "你们医院有没有月子中心？我老婆下个月生。",
     None, "印尼棉兰华人"),
    ("off_topic", "醫院有冇臨床研究招募健康人參加？我做科研嘅，想了解吓。",
     None, "香港博士後研究員，粵語（繁體）"),
]

# Characters that occur only in Traditional script (their Simplified forms differ).
TRAD_ONLY = set(
    "們這個會來對說時過還點嗎裡後醫診約號檢報藥幾麼樣當應開關門問間聽讀買賣錢電車東"
    "從見覺飛馬魚體頭區國圖單張現無為邊進運達遠適選鐘錯鏡閃陽際難雜雞靜響顯類飯飲館"
    "鬆鮮麗齊齒龍壓場壞處備傷傳價係歲禮術護屬衛視證歷劑樓層費療據議紀經線練結給統網"
    "緊總綠縫繳續義聯聲腳臉舊藍虛補裝複記許試話該認語誤請調論謝變讓負財貨質購資趕較"
    "載輕輪辦遲醬銀鋪險隨雖雙離雲頁項順須預領頸額顏養餵髒鳥鹽麵齡姪孫兒媽諮詢機"
    "訂島驗攝濟膠貼婦發燒臨參動態繳鍋"
)
# Characters that occur only in Simplified script.
SIMP_ONLY = set(
    "们这个会来对说时过还点吗医诊约号检报药几问间听读买卖钱电车东从见觉飞马鱼体头区国"
    "图单张现无为边进运达远适选钟错镜闭阳际难杂鸡静响显类饭饮馆齐龙压场坏处备伤传价"
    "护属卫视证历剂楼费疗据纪经线给统网总绿续联脚脸语请调谢让贵资较辆轮办险随虽双离"
    "云页预领养鸟盐孙儿妈询验贴样妇烧临参动态缴锅"
)


def load_ids(lang):
    path = os.path.join(ROOT, "medqa", "assets", "kb", "passages_%s.jsonl" % lang)
    ids = set()
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if line:
                ids.add(json.loads(line)["id"])
    return ids


NEAR_RE = re.compile(r"; near (kb-(en|zh)-[a-z_]+-\d{3})$")
WANT = {"plain": 10, "context": 20, "lay": 18, "two_part": 12,
        "missing_detail": 30, "off_topic": 10}


def build(lang, items):
    kb_ids = load_ids(lang)
    counts = {}
    gold_use = {}
    for kind, q, gold, voice in items:
        counts[kind] = counts.get(kind, 0) + 1
        assert kind in WANT, kind
        assert q.strip() == q and q, q
        m = NEAR_RE.search(voice)
        if kind in ("plain", "context", "lay", "two_part"):
            assert gold is not None and gold in kb_ids, (lang, gold)
            assert gold.startswith("kb-%s-" % lang), gold
            gold_use[gold] = gold_use.get(gold, 0) + 1
            assert m is None and "; near" not in voice, voice
        else:
            assert gold is None, q
            if kind == "missing_detail":
                assert m is not None, voice
                assert m.group(2) == lang and m.group(1) in kb_ids, voice
                assert voice.count("; near") == 1, voice
            else:
                assert m is None and "; near" not in voice, voice
    assert counts == WANT, (lang, counts)
    assert len(items) == 100, len(items)
    assert sum(gold_use.values()) == 60, sum(gold_use.values())
    assert max(gold_use.values()) <= 2, [g for g, n in gold_use.items() if n > 2]
    qs = [q for _, q, _, _ in items]
    assert len(set(qs)) == len(qs), "duplicate question"

    rows = list(items)
    random.Random("%d-%s" % (SEED, lang)).shuffle(rows)
    out = []
    for i, (kind, q, gold, voice) in enumerate(rows, 1):
        out.append({
            "id": "r26-%s-%03d" % (lang, i),
            "language": lang,
            "question": q,
            "answerable": gold is not None,
            "gold": [gold] if gold else [],
            "kind": kind,
            "voice": voice,
        })
    return out


def main():
    en = build("en", EN)
    zh = build("zh", ZH)

    # script checks for Chinese
    trad = [r for r in zh if TRAD_ONLY & set(r["question"])]
    assert 25 <= len(trad) <= 35, len(trad)
    for r in zh:
        has_t = bool(TRAD_ONLY & set(r["question"]))
        has_s = bool(SIMP_ONLY & set(r["question"]))
        assert not (has_t and has_s), (r["question"], TRAD_ONLY & set(r["question"]),
                                       SIMP_ONLY & set(r["question"]))
        # every Chinese row is clearly in one script
        assert has_t or has_s, r["question"]
        assert has_t == ("繁體" in r["voice"]), r["question"]
    # English rows contain no CJK
    for r in en:
        assert not re.search(r"[\u4e00-\u9fff]", r["question"]), r["question"]

    rows = en + zh
    ids = [r["id"] for r in rows]
    assert len(set(ids)) == len(ids) == 200
    for lang in ("en", "zh"):
        part = [r for r in rows if r["language"] == lang]
        assert sum(r["answerable"] for r in part) == 60
        assert all(len(r["gold"]) == (1 if r["answerable"] else 0) for r in part)

    with open(OUT, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
    print("wrote %d rows (%d en, %d zh; %d zh rows in Traditional script) to %s"
          % (len(rows), len(en), len(zh), len(trad), OUT))


if __name__ == "__main__":
    main()
