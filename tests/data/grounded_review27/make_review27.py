#!/usr/bin/env python3
"""Blind grounded review set 27: 100 English + 100 Chinese reviewer questions.

Every question below was typed by hand by the writer. Standard library only.
Writes questions.jsonl next to this script. Deterministic (SEED = 27).
The KB passage files are read only to check that every gold and near id exists.
"""
import json
import os
import random
from collections import Counter

SEED = 27
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.environ.get("MEDQA_ROOT", "/work/main")
KB_DIR = os.path.join(ROOT, "medqa", "assets", "kb")

# (kind, question, gold_id_or_None, voice)
EN = [
    # ---------------- plain (10) ----------------
    ("plain", "How early am I meant to turn up before a clinic appointment?",
     "kb-en-appointments-005", "Peterborough, plain"),
    ("plain", "Interpreter for my appointment - I must pay for this or it is free?",
     "kb-en-appointments-007", "Tajik newcomer, simple learner English"),
    ("plain", "can you drink water when you're fasting for a blood test",
     "kb-en-test_preparation-002", "floor screeder, plain lower case"),
    ("plain", "where do i go to pick up a prescription the clinic gave me, is there a pharmacy in the hospital itself",
     "kb-en-medications-012", "Northampton, plain lower case"),
    ("plain", "How do I request a copy of my own hospital records?",
     "kb-en-records_billing-001", "cable jointer, plain"),
    ("plain", "Can family stay overnight on the ward when someone is dying?",
     "kb-en-visiting-008", "niece of an elderly aunt in another town, plain"),
    ("plain", "HOW LONG DOES A GLUCOSE TOLERANCE TEST TAKE",
     "kb-en-test_preparation-012", "Luton, all caps"),
    ("plain", "Can I get an itemised bill?",
     "kb-en-records_billing-007", "Milton Keynes, plain"),
    ("plain", "are flowers allowed on the wards",
     "kb-en-visiting-003", "Swindon, plain lower case"),
    ("plain", "when should you see a doctor about a cold that won't shift",
     "kb-en-self_care-001", "Portsmouth, plain lower case"),

    # ---------------- context (20) ----------------
    ("context", "I'm the warden at a block of retirement flats and one of my tenants has his colonoscopy on Friday. "
     "He's had the prep posted to him with the sheet but he's lost his glasses and asked me to check something for him: "
     "on the clear fluids day, is he allowed a cup of tea as long as there's no milk in it?",
     "kb-en-test_preparation-004", "sheltered housing warden asking for a tenant"),
    ("context", "Steeplejack here, so heights all week and plenty of driving between jobs. I'm booked in for a hernia "
     "repair as a day case next month. Lad at work reckons if you feel alright afterwards you can just drive yourself "
     "home. Is that right or do I need someone to fetch me?",
     "kb-en-procedures-004", "steeplejack"),
    ("context", "We adopted our daughter in the spring (she's two and a bit) and this is the first time she's been "
     "properly poorly with us - hot and grizzly since yesterday but still drinking. My mother-in-law says sponge her "
     "down with cold water to get the temperature down. Is that what we should be doing?",
     "kb-en-self_care-003", "adoptive dad"),
    ("context", "My mother have appointment in eye clinic next week. She speak only Rohingya, no English. My son is 12 "
     "and his English is very good from school. He can come with her and translate for the doctor?",
     "kb-en-appointments-007", "Rohingya newcomer, simple learner English"),
    ("context", "Been on roofs all week putting solar panels on a new estate and my hands are cut to ribbons. Got a "
     "nasty one on my palm off a rusty bracket yesterday, washed it out and stuck a plaster on. Do I need to do "
     "anything about tetanus?",
     "kb-en-self_care-004", "solar panel fitter"),
    ("context", "I do nights at an online returns warehouse, so I sleep roughly 8am till 4pm. The clinic has booked me "
     "a video appointment at 2 in the afternoon, which for me is like 3 in the morning. Honestly I'd rather just come "
     "in and see them face to face. Who do I tell?",
     "kb-en-appointments-006", "online returns processor on nights"),
    ("context", "My aunt is on one of your wards after a fall. I live 90 miles away so I ring every morning, but the "
     "nurse said she can't tell me much over the phone, and her neighbour is ringing too and getting told different "
     "bits. Is there a way to set it up so one of us gets the news properly?",
     "kb-en-visiting-007", "niece ringing for an elderly aunt in another town"),
    ("context", "My godmother's 88 and lives on her own a couple of towns over from me. She's booked for a camera test "
     "with sedation next week and is determined to get the bus home afterwards on her own because she 'won't be a "
     "bother'. Is she actually allowed to do that?",
     "kb-en-procedures-002", "godson asking for an elderly godmother in another town"),
    ("context", "Hello. I am from Iraq, in UK 8 months. I get a letter with a bill from the hospital. It is big money "
     "for me and I cannot pay all in one time. Is it possible to pay small every month?",
     "kb-en-records_billing-009", "Iraqi newcomer, simple learner English"),
    ("context", "I'm on shared parental leave with our 5 month old while my wife's gone back to work. She (the wife, "
     "not the baby) was given antibiotics for a chest infection, she's feeling loads better after 3 days and wants to "
     "stop and keep the rest for next time. I told her that's not how it works. Which of us is right?",
     "kb-en-medications-007", "dad on shared parental leave"),
    ("context", "I paint the lines on roads so it's all kneeling and bending. Did my back in on Tuesday lifting a sack "
     "of glass beads into the van. Missus says stay flat in bed till it stops hurting. Is that actually right or "
     "should I be moving about?",
     "kb-en-self_care-009", "road line painter"),
    ("context", "Nights in an airport cargo shed. I've got a CT with the dye on Monday and I take metformin for type 2. "
     "Do I need to tell the scan people about that first?",
     "kb-en-test_preparation-007", "airport cargo shed night worker"),
    ("context", "Me nan's been on one of your wards since Thursday and the whole lot of us want to go in Sunday "
     "afternoon, six of us plus the baby. My dinlo brother says there's no limit. How many are actually allowed round "
     "the bed at once?",
     "kb-en-visiting-001", "Portsmouth grandson"),
    ("context", "I am from Libya, living in Peterborough now. My GP make referral for me to the heart clinic one month "
     "ago. Nobody write to me or call me. How I can check the hospital receive it?",
     "kb-en-appointments-010", "Libyan newcomer, simple learner English"),
    ("context", "My husband's had a defibulator put in his chest since last year (the shocking thing, though he calls "
     "it his pacemaker). Now he's down for an MRI on his knee and the letter doesn't say a word about it. Does he need "
     "to let them know before he goes?",
     "kb-en-test_preparation-005", "Northampton wife, malapropisms"),
    ("context", "Sorry to bother you, I know you must be busy and this is probably a silly question, and I did look on "
     "the website first but couldn't find it, so apologies if it's there somewhere. My dad came home from the ward on "
     "Monday after his operation and the wound looks fine. He's desperate for a proper bath. Is he allowed to soak in "
     "the bath yet?",
     "kb-en-procedures-010", "daughter, question buried after an apology"),
    ("context", "I pick click and collect orders at a big supermarket, 10 hours on my feet. Never been in hospital in "
     "my life and now I'm going in for two nights for my gallbladder. What am I supposed to bring with me?",
     "kb-en-procedures-008", "supermarket click-and-collect picker"),
    ("context", "My wife is maybe pregnant, she is late two weeks but no test yet. Her doctor send her for chest X-ray "
     "because of the long cough. She is worried for the baby. What she must do?",
     "kb-en-test_preparation-008", "Ethiopian newcomer, simple learner English"),
    ("context", "Our IVF twins came on Sunday after four years of trying, still can't believe it. My partner's staying "
     "in on maternity for a few days. Her two older ones (7 and 10) are desperate to meet the babies. Are brothers and "
     "sisters allowed to come in, or is it just me?",
     "kb-en-visiting-009", "dad of IVF twins"),
    ("context", "I'm on demolition, outdoors all day, and the hay fever's battering me this June. Eyes streaming behind "
     "the goggles. Apart from tablets, is there anything I can do to cut down how much pollen gets at me?",
     "kb-en-self_care-010", "demolition labourer"),

    # ---------------- lay (18) ----------------
    ("lay", "the big magnet tunnel test - do I have to take my wedding ring off and my hair grips out?",
     "kb-en-test_preparation-005", "Swindon, lay words"),
    ("lay", "my mum's having the camera down the throat to look at her stomach on thursday, how long before does she "
     "have to stop eating",
     "kb-en-procedures-001", "Reading daughter, lay words"),
    ("lay", "Can the wee pot go in the fridge overnight if I can't drop it off till the morning?",
     "kb-en-test_preparation-011", "loft insulation installer, lay words"),
    ("lay", "my uncle passed last month, lived on his own over in Bedford. clearing his flat and there's carrier bags "
     "full of his tablets. what do I do with them all",
     "kb-en-medications-003", "nephew sorting an uncle's flat in another town, lay words"),
    ("lay", "if you forget your morning pill can you just take two the next morning to catch up",
     "kb-en-medications-004", "supermarket click-and-collect picker, lay words"),
    ("lay", "if you scald yourself on the kettle how long are you meant to keep it under the tap? the lads say two "
     "minutes is plenty",
     "kb-en-self_care-005", "stone cleaner, lay words"),
    ("lay", "the morning of my op where they put me to sleep - is a milky coffee ok first thing or not",
     "kb-en-procedures-003", "Luton, lay words"),
    ("lay", "they took pictures of my wrist bones at the hospital yesterday. do they tell you what they found there "
     "and then or do you have to wait",
     "kb-en-test_preparation-010", "cable jointer, lay words"),
    ("lay", "can my son look at my hospital stuff on the app for me? I'm useless with phones",
     "kb-en-records_billing-005", "Milton Keynes, lay words"),
    ("lay", "the jelly-on-the-belly scan to look at my liver - do I have to starve myself before?",
     "kb-en-test_preparation-009", "Portsmouth, lay words"),
    ("lay", "got the runs and been throwing up since Saturday, feel ok now. how long do I have to stay off work",
     "kb-en-self_care-008", "airport cargo shed night worker, lay words"),
    ("lay", "My grandmother keep all her tablets in the small cupboard in bathroom, over the bath. This is good place "
     "for them?",
     "kb-en-medications-002", "Guinean newcomer (French first language), simple learner English, lay words"),
    ("lay", "Thanks for sorting my mum's appointment. PS can we get one of them push-along chairs at the front door "
     "when we come in? she can't walk far",
     "kb-en-appointments-012", "daughter, question in a P.S., lay words"),
    ("lay", "can I use a normal teaspoon for the little one's medicine or does it have to be the thing that came in "
     "the box",
     "kb-en-medications-011", "dad on shared parental leave, lay words"),
    ("lay", "the drink that clears you out before the bum camera test - what if I throw it back up?",
     "kb-en-test_preparation-003", "floor screeder, lay words"),
    ("lay", "my brother's on the really poorly ward with all the machines and tubes. all the beeping is freaking my "
     "mum out. is that beeping normal?",
     "kb-en-visiting-005", "Northampton, lay words"),
    ("lay", "I got a letter saying the doctor will ring me at 10. do your calls come up as no caller ID? I never "
     "answer those",
     "kb-en-appointments-006", "steeplejack, lay words"),
    ("lay", "how soon after my op can I get the cut wet in the shower",
     "kb-en-procedures-010", "road line painter, lay words"),

    # ---------------- two_part (12) ----------------
    ("two_part", "Two things about my wife's insulin needles: where do we get one of those yellow sharps boxes, and "
     "what do we do with it when it's full?",
     "kb-en-medications-003", "Milton Keynes husband, two questions"),
    ("two_part", "Do you send the appointment confirmation by text or by letter, and what should I do if nothing's "
     "come after a week?",
     "kb-en-appointments-001", "solar panel fitter, two questions"),
    ("two_part", "Getting a lump removed as a day case. Do I have to take my gel nails off, and what about my wedding "
     "ring, it hasn't come off in 20 years?",
     "kb-en-procedures-012", "Reading, two questions"),
    ("two_part", "Thanks for the help last week. P.S. two more things: is there somewhere by the door I can drop my "
     "dad off, and can blue badge holders park closer in?",
     "kb-en-appointments-008", "son, questions in a P.S."),
    ("two_part", "Bonjour. For my blood test with no food before: I can chew the chewing gum? And my normal tablets in "
     "the morning, I take them or no?",
     "kb-en-test_preparation-001", "Guinean newcomer (French first language), simple learner English"),
    ("two_part", "My brother is in ward. 1) I can bring him food from home, our food? 2) Nurses can make it hot in "
     "microwave for him?",
     "kb-en-visiting-003", "Tajik newcomer, simple learner English"),
    ("two_part", "got my pre-op assessment thing next week. what tests do they do at it and what do I need to bring "
     "with me",
     "kb-en-procedures-005", "loft insulation installer, two questions"),
    ("two_part", "My mother-in-law is having her hip done and there's a consent form (she keeps calling it the "
     "concession form). Can she change her mind after she's signed it, and can I sit in with her when the surgeon "
     "goes through it?",
     "kb-en-procedures-006", "Peterborough, malapropisms"),
    ("two_part", "(1/2) re my bill from the scan in march, the scan charge looks like its on there twice "
     "(2/2) who do I ring about it and can they hold off the due date while they check",
     "kb-en-records_billing-006", "Swindon, message sent in two halves"),
    ("two_part", "hiya robot. how do I get onto the patient portal - what do I need to sign up, and what happens if I "
     "forget my password?",
     "kb-en-records_billing-002", "Luton, talks to the bot"),
    ("two_part", "My blood results (the liver ones, long story) - will they show up on the portal before the doctor's "
     "looked at them? And can the receptionist just read them out to me over the phone (saves me a trip)?",
     "kb-en-records_billing-003", "Portsmouth, asides in brackets"),
    ("two_part", "Off to Spain for a fortnight with my insulin. Does it go in the hold or in my hand luggage, and how "
     "do I keep it cold on the way?",
     "kb-en-medications-009", "stone cleaner, two questions"),

    # ---------------- missing_detail (30) ----------------
    ("missing_detail", "what time does the hospital pharmacy open on a saturday", None,
     "Swindon, lower case; near kb-en-medications-012"),
    ("missing_detail", "How much does it cost an hour in the patient car park?", None,
     "steeplejack; near kb-en-appointments-008"),
    ("missing_detail", "What time do visiting hours actually start on the general wards? I finish at 1 and want to "
     "get there for the start.", None,
     "supermarket click-and-collect picker; near kb-en-visiting-001"),
    ("missing_detail", "how much do you charge for a copy of your own medical records", None,
     "cable jointer, lower case; near kb-en-records_billing-001"),
    ("missing_detail", "Can you give me the phone number for the patient transport booking line? My godmother doesn't "
     "do the internet.", None,
     "godson asking for an elderly godmother in another town; near kb-en-appointments-009"),
    ("missing_detail", "HOW MUCH IS THE DEPOSIT TO BORROW A WHEELCHAIR AT THE MAIN ENTRANCE", None,
     "Luton, all caps; near kb-en-appointments-012"),
    ("missing_detail", "What's the name of your data protection officer? I want to write to them direct.", None,
     "Milton Keynes; near kb-en-records_billing-012"),
    ("missing_detail", "My GP's referred me for a knee replacement. Roughly how many months is the waiting list at the "
     "moment?", None,
     "floor screeder; near kb-en-appointments-010"),
    ("missing_detail", "how long does the actual colonoscopy take, like from going in the room to coming out", None,
     "Reading, lower case; near kb-en-test_preparation-003"),
    ("missing_detail", "What time do they dim the lights for the night on the wards? I want to know how late I can "
     "stay with my wife.", None,
     "Peterborough husband; near kb-en-visiting-011"),
    ("missing_detail", "whats the wifi password on the wards", None,
     "Portsmouth, lower case; near kb-en-visiting-011"),
    ("missing_detail", "If I need a report from the hospital for my insurance company, how much is the fee?", None,
     "stone cleaner; near kb-en-records_billing-011"),
    ("missing_detail", "What is the income limit to get the help with the hospital bill? I earn 1400 pound in a "
     "month.", None,
     "Iraqi newcomer, simple learner English; near kb-en-records_billing-010"),
    ("missing_detail", "What's the longest a payment plan can run for? Can I spread it over two years?", None,
     "road line painter; near kb-en-records_billing-009"),
    ("missing_detail", "Can I bring my dad's dog in to see him on the ward? It's not an assistance dog, just his old "
     "labrador.", None,
     "Northampton daughter; near kb-en-appointments-012"),
    ("missing_detail", "how many years does the hospital keep your records for before they get destroyed", None,
     "demolition labourer, lower case; near kb-en-records_billing-001"),
    ("missing_detail", "I put in a formal complaint about my mum's care two weeks ago. How many days have you got to "
     "reply by?", None,
     "Reading son; near kb-en-visiting-012"),
    ("missing_detail", "does the council charge for a sharps bin and if so how much", None,
     "Milton Keynes, lower case; near kb-en-medications-003"),
    ("missing_detail", "From what age can a child keep their hospital information private from their parents?", None,
     "adoptive dad; near kb-en-records_billing-005"),
    ("missing_detail", "Which floor is the endoscopy unit on?", None,
     "airport cargo shed night worker; near kb-en-procedures-001"),
    ("missing_detail", "Please, what is the name of the doctor in the Tuesday diabetes clinic? I like to know before I "
     "go.", None,
     "Tajik newcomer, simple learner English; near kb-en-appointments-001"),
    ("missing_detail", "what's the latest time at night I can ring the ward to ask how my uncle's doing", None,
     "nephew ringing for an uncle in another town; near kb-en-visiting-007"),
    ("missing_detail", "How many weeks before an operation should I stop smoking?", None,
     "solar panel fitter; near kb-en-procedures-005"),
    ("missing_detail", "One of my tenants has been told she can have hospital patient transport. Is it free, or does "
     "she have to pay something towards it?", None,
     "sheltered housing warden asking for a tenant; near kb-en-appointments-009"),
    ("missing_detail", "How many appointments can you miss before they send you back to your GP?", None,
     "online returns processor on nights; near kb-en-appointments-003"),
    ("missing_detail", "Activation code for the portal, I ask at reception. How many days I wait for it?", None,
     "Rohingya newcomer, simple learner English; near kb-en-records_billing-002"),
    ("missing_detail", "how many minutes are you allowed to leave the car in the drop-off bay out front", None,
     "Luton, lower case; near kb-en-appointments-008"),
    ("missing_detail", "My mother is Orthodox Christian, she is in the ward now. Which day is the prayer service in the "
     "hospital?", None,
     "Ethiopian newcomer, simple learner English; near kb-en-visiting-008"),
    ("missing_detail", "Apologies, I'm sure you get asked this all the time and I hate to be a nuisance, and sorry for "
     "the long message, but Dad's lost his hearing aid somewhere on the ward. What times is the lost property office "
     "open?", None,
     "son, question buried after an apology; near kb-en-visiting-010"),
    ("missing_detail", "How long does it take to get an itemised bill once you've asked for one?", None,
     "Peterborough; near kb-en-records_billing-007"),

    # ---------------- off_topic (10) ----------------
    ("off_topic", "I want to work in the hospital as a porter. Where I can apply?", None,
     "Iraqi newcomer, simple learner English"),
    ("off_topic", "can you give blood at the hospital or do i have to go somewhere else", None,
     "Portsmouth, lower case"),
    ("off_topic", "How do I go on the organ donor register?", None,
     "Reading"),
    ("off_topic", "is there a cash machine anywhere inside the hospital", None,
     "online returns processor on nights"),
    ("off_topic", "My sister's coming down from Scotland to see mum. Any cheap B&Bs or hotels near the hospital you'd "
     "recommend?", None,
     "Northampton"),
    ("off_topic", "Do you do ear wax removal at the hospital? One of my tenants says her GP surgery's stopped doing it.",
     None, "sheltered housing warden asking for a tenant"),
    ("off_topic", "does the hospital run first aid courses for the public? need one for site", None,
     "steeplejack"),
    ("off_topic", "How can I sign up to take part in a research trial at the hospital?", None,
     "Milton Keynes"),
    ("off_topic", "Does the hospital radio take song requests? It's my nan's 90th on Saturday and she's stuck on the "
     "ward.", None,
     "Swindon"),
    ("off_topic", "We're doing a sponsored walk for the children's ward. Who do we talk to about handing the money "
     "over?", None,
     "dad of IVF twins"),
]

ZH = [
    # ---------------- plain (10) ----------------
    ("plain", "取消预约以后，挂号费能退回来吗？", "kb-zh-appointments-002", "安徽芜湖，普通提问"),
    ("plain", "你们医院的号一般提前几天放出来？", "kb-zh-appointments-001", "湖南永州，普通提问"),
    ("plain", "抽完血针眼要按多久？", "kb-zh-test_preparation-001", "甘肃白银，普通提问"),
    ("plain", "过期的药能直接倒进马桶冲掉吗？", "kb-zh-medications-004", "江西九江，普通提问"),
    ("plain", "出院以后多久才能去复印住院病历？", "kb-zh-records_billing-001", "湖北宜昌，普通提问"),
    ("plain", "外地医保在你们这儿看病，是不是要先办备案才能直接结算？", "kb-zh-records_billing-007",
     "湖北恩施参保、在外地看病，普通提问"),
    ("plain", "探病可唔可以朝早嚟？定係淨係下晝先得？", "kb-zh-visiting-001", "多倫多退休回流長者，粵語繁體"),
    ("plain", "戴動態心電圖那一天可以洗澡嗎？", "kb-zh-test_preparation-010", "馬祖南竿居民，台灣華語繁體"),
    ("plain", "電子發票同紙本發票係咪一樣有效？", "kb-zh-records_billing-008", "三藩市退休長者，粵語繁體"),
    ("plain", "流鼻血的时候是不是要把头仰起来？", "kb-zh-self_care-012", "湖南娄底，普通提问"),

    # ---------------- context (20) ----------------
    ("context", "我是小区社区团购的团长，每天下午在楼下分货，邻居有事都爱找我问。隔壁楼王阿姨说她老伴下礼拜做无痛胃镜，"
     "儿女都在外地，她自己也七十多了。她想着做完叫个网约车让老头自己回来，这样行不行？",
     "kb-zh-procedures-003", "安徽宣城社区团购团长，替邻居问"),
    ("context", "我在怀化跑腿，经常帮人排队、拿报告。今天有个客户的娘在你们这里抽了血，查的血常规，叫我明天去帮她拿单子。"
     "我想问问血常规是当天就出结果，还是要等几天？我好排路线咯。",
     "kb-zh-records_billing-003", "湖南怀化跑腿小哥，湖南口吻（咯）"),
    ("context", "跑闪送的，一天到晚在路上爬楼。前天下楼梯踩空崴了脚，当时没在意，现在脚脖子还肿着。"
     "同事说要用热毛巾敷一敷活血，我老婆说要冰敷。受伤头两天到底该冰敷还是热敷？",
     "kb-zh-self_care-006", "安徽安庆同城闪送员，送单间隙"),
    ("context", "我在前置仓上夜班拣货，早上八点下班。我妈约了明天上午做肚子的B超，查肝胆的。"
     "她问早上能不能先喝碗稀饭垫一垫再去，我下了班直接陪她过去。",
     "kb-zh-test_preparation-007", "湖北十堰生鲜前置仓夜班拣货员"),
    ("context", "我们家尕娃四个月了，这两天有点发烧。他奶奶非要拿酒精给娃擦身子，说这样退烧快得很。这个能行不？",
     "kb-zh-self_care-003", "甘肃临夏，西北口吻（尕娃）"),
    ("context", "我是嘉峪关的，我爸在你们医院住院，医生说明天能出院。我在外地请不上假，他一个人去办出院结算，到底要带啥东西去窗口？",
     "kb-zh-procedures-008", "甘肃嘉峪关，西北口吻（啥）"),
    ("context", "我是张家界的，屋里老娘上个月在你们医院做了手术，出院小结上写了拆线的时间。我们这里离你们那边好远，"
     "冇得时间再跑一趟咯。拆线能不能就在我们这边的社区医院搞？",
     "kb-zh-procedures-012", "湖南张家界，湖南口吻（冇得、咯）"),
    ("context", "我爸在金昌矿上退休的，高血压十几年了，一直吃同一个药，病情也稳当。每个月都跑一趟医院开药太折腾了，"
     "听说现在可以一次多开一段时间，一次最多能开多久？",
     "kb-zh-medications-001", "甘肃金昌，子女代问"),
    ("context", "我在外面打工，我妈一个人在上饶老家。她那个降压药每天早上吃一次，有时候早上忘了，到中午才想起来。"
     "她问中午想起来了还要不要补上？",
     "kb-zh-medications-005", "江西上饶，外出打工的儿子"),
    ("context", "我在黄山上当挑山工，天天挑货上山。前天挑东西闪了腰，今天还直不起来。我老婆让我在床上躺一个礼拜别动，"
     "工友说要慢慢走动。到底该躺着还是该动？",
     "kb-zh-self_care-009", "安徽黄山挑山工"),
    ("context", "我是荆州的，我屋里爹爹下个月要做疝气的日间手术，说是当天做当天回。我们担心他七十多了，"
     "要是做完了情况不太好，也还是要当天回屋里吗？",
     "kb-zh-procedures-001", "湖北荆州，湖北口吻（屋里、爹爹）"),
    ("context", "我老公下周要做增强CT。他前几年做过一次造影，打完药水以后浑身起疹子，痒了好几天。"
     "这次他说没事不用讲，我觉得还是要跟医生说一声，到底要不要提前讲？",
     "kb-zh-test_preparation-004", "安徽芜湖，妻子代问"),
    ("context", "我在永州开了个社区团购点，顺便帮邻居跑跑腿。楼下李爹爹八十多了，不会用智能手机，"
     "每次挂号都是我帮他在App上抢。我要是不在，他自己去医院还挂得上号啵？",
     "kb-zh-appointments-007", "湖南永州社区团购团长，湖南口吻（啵）"),
    ("context", "我住北竿，到醫院要先搭船再轉飛機，來回一趟要一整天。我爸下個月要做白內障，是日間手術。"
     "醫生說術後要有人陪，我們想說做完他先自己坐計程車回旅館，我晚一點再過去，這樣可以嗎？",
     "kb-zh-procedures-003", "馬祖北竿居民，台灣華語繁體"),
    ("context", "我喺多倫多住咗三十幾年，今年退休返嚟長住。以前喺加拿大睇醫生有好多病歷同化驗報告，"
     "第一次嚟你哋醫院睇症，要唔要帶埋嗰啲嘢？",
     "kb-zh-appointments-003", "多倫多退休回流長者，粵語繁體"),
    ("context", "我同老公喺雪梨退休，今次返嚟順便睇醫生。佢一直食緊華法林，醫生安排佢照胃鏡。"
     "佢話自己停兩日藥就搞掂，使唔使問返醫生先？",
     "kb-zh-test_preparation-008", "雪梨退休長者，粵語繁體"),
    ("context", "我喺倫敦住咗大半世，啱啱返嚟。老婆而家住院，我同個女都想輪流喺病房陪佢過夜，但係姑娘話要有陪護證。"
     "一個病人可以有幾多個陪護？可唔可以輪住換？",
     "kb-zh-visiting-006", "倫敦退休回流長者，粵語繁體"),
    ("context", "我兒子在東引當兵，前陣子放假回來，結果在你們醫院住院。我打電話去護理站想問他現在怎麼樣，"
     "護理師說電話裡不能講。那我要怎麼做才能知道他的狀況？",
     "kb-zh-visiting-009", "馬祖東引駐軍的母親，台灣華語繁體"),
    ("context", "我喺三藩市退休返嚟，上個月喺你哋醫院住咗一個禮拜。而家要寄單返美國保險公司claim錢，"
     "佢哋要一份住院費用清單，我去邊度攞？",
     "kb-zh-records_billing-005", "三藩市退休長者，粵語繁體夾英文"),
    ("context", "我们白银冬天干得很，我家尕娃老流鼻血，他爷爷每回都让他仰起头、拿凉水拍脑门。"
     "我看网上说要捏鼻子，到底要捏多长时间？",
     "kb-zh-self_care-012", "甘肃白银，西北口吻（尕娃）"),

    # ---------------- lay (18) ----------------
    ("lay", "那个要钻进大圆筒里、咣咣响半天的检查，脖子上的金项链要摘吗？",
     "kb-zh-test_preparation-003", "江西九江，口语说法"),
    ("lay", "就是肚皮上抹凉凉的胶、拿个东西来回滑的那种检查，看膀胱的，去之前要不要先喝水憋着？",
     "kb-zh-test_preparation-007", "江西吉安，口语说法"),
    ("lay", "从屁股那儿插管子看肠子的那个检查，前两天能吃啥？我想吃西瓜。",
     "kb-zh-test_preparation-002", "甘肃临夏，西北口吻，口语说法"),
    ("lay", "打一针睡过去查胃的那个，醒了以后多久能吃东西？",
     "kb-zh-procedures-010", "湖北宜昌，口语说法"),
    ("lay", "身上贴几个片片、背个小盒子回家测一天心跳的那个，晚上能不能开电热毯睡？",
     "kb-zh-test_preparation-010", "甘肃白银，西北口吻，口语说法"),
    ("lay", "家里那几支打肚皮降血糖的笔，还没开封的，放哪儿好？冻在冰箱冷冻室里行不行？",
     "kb-zh-medications-003", "甘肃金昌，替父亲问，口语说法"),
    ("lay", "小娃娃喝的药水，能拿家里吃饭的勺子舀吗？",
     "kb-zh-medications-010", "湖南娄底，口语说法"),
    ("lay", "老家办的那个看病能报销的卡，在你们这边看病能直接刷吗？还要先弄啥手续？",
     "kb-zh-records_billing-007", "湖北十堰，口语说法"),
    ("lay", "交了钱还没做的那个检查，我不想做了，钱能拿回来不？",
     "kb-zh-records_billing-009", "安徽安庆，口语说法"),
    ("lay", "现在拍了片子还给不给那种大张黑乎乎的片子？能不能在手机上看？",
     "kb-zh-records_billing-010", "江西上饶，口语说法"),
    ("lay", "上回炒菜被热油溅到手上，起了个大泡。我婆婆说拿针挑破好得快，到底该不该挑？",
     "kb-zh-self_care-005", "湖北荆州，口语说法"),
    ("lay", "我阿媽成日唔記得食藥，有冇啲咩方法可以提醒吓佢？",
     "kb-zh-medications-005", "雪梨退休長者，粵語繁體，口語說法"),
    ("lay", "我阿嬤這幾天吃東西的時候脖子裡面刺刺的會痛，家裡的人叫她含溫鹽水咕嚕咕嚕，這樣有用嗎？",
     "kb-zh-self_care-007", "馬祖莒光居民，台灣華語繁體，口語說法"),
    ("lay", "我個孫仔同我哋住，佢好想入病房見吓阿爺，今年先八歲，畀唔畀佢入去？",
     "kb-zh-visiting-002", "多倫多退休回流長者，粵語繁體，口語說法"),
    ("lay", "喺醫院等叫名嗰陣我去咗洗手間，返嚟已經叫過咗，係咪要由頭排過？",
     "kb-zh-appointments-006", "三藩市退休長者，粵語繁體，口語說法"),
    ("lay", "我老公上星期喺度做完手術返屋企，個刀口幾時先可以沖涼？",
     "kb-zh-procedures-006", "倫敦退休回流長者，粵語繁體，口語說法"),
    ("lay", "住院的时候家里人能不能带个电饭煲去病房，给老人煮点稀饭？",
     "kb-zh-visiting-010", "湖北恩施，口语说法"),
    ("lay", "我老爹在医院躺着，一屋子好几张床。我们一大家子能不能都进去看他？一次能进几个人？",
     "kb-zh-visiting-001", "湖北十堰，湖北口吻（老爹），口语说法"),

    # ---------------- two_part (12) ----------------
    ("two_part", "要是被开水烫了手，用凉水冲要冲多久？能不能抹点牙膏？",
     "kb-zh-self_care-005", "湖南娄底，两个问题"),
    ("two_part", "娃娃没有身份证，第一次来建档用啥证件？我记得之前好像给他建过一个档了，再建一个行不行？",
     "kb-zh-appointments-004", "湖北宜昌，两个问题"),
    ("two_part", "号挂满了，那个候补怎么设置？医生现场加号能保证给加上吗？",
     "kb-zh-appointments-011", "甘肃临夏，两个问题"),
    ("two_part", "我住院预交金是交的现金，出院多出来的钱咋退？收据要是弄丢了咋办？",
     "kb-zh-records_billing-012", "江西九江，两个问题"),
    ("two_part", "看完病走了才想起来要病假条，还能补开吗？开出来要不要去盖章？",
     "kb-zh-records_billing-011", "安徽芜湖，两个问题"),
    ("two_part", "我媽下禮拜要做大腸鏡，前兩天可以吃紅心火龍果嗎？瀉藥喝完以後拉出來要是什麼樣子才算乾淨？",
     "kb-zh-test_preparation-002", "馬祖南竿居民，台灣華語繁體，兩個問題"),
    ("two_part", "返嚟之後我用你哋個App，一個戶口可唔可以綁埋我老婆？如果我唔識用，仲有冇人手窗口？",
     "kb-zh-records_billing-004", "多倫多退休回流長者，粵語繁體，兩個問題"),
    ("two_part", "做手術之前幾多個鐘唔食得嘢？香口膠又食唔食得？",
     "kb-zh-procedures-002", "倫敦退休回流長者，粵語繁體，兩個問題"),
    ("two_part", "我有颗牙松了，这个要跟麻醉医生讲吗？我平时在吃减肥药，也要讲？",
     "kb-zh-procedures-009", "安徽安庆，两个问题"),
    ("two_part", "在药房窗口拿了药，回家才发现好像不对，还能回去问吗？药没拆能退吗？",
     "kb-zh-medications-011", "湖南怀化，两个问题"),
    ("two_part", "抗生素吃了三天好多了，能不能停？上回剩下的能不能给我娃吃？",
     "kb-zh-medications-008", "甘肃白银，西北口吻，两个问题"),
    ("two_part", "尿常规留哪一泡尿最好？留好了要多久送到？",
     "kb-zh-test_preparation-009", "湖北宜昌同城跑腿，两个问题"),

    # ---------------- missing_detail (30) ----------------
    ("missing_detail", "医院停车场一小时收多少钱？", None, "安徽芜湖; near kb-zh-appointments-009"),
    ("missing_detail", "专家号挂号费是多少钱？", None, "湖南永州; near kb-zh-appointments-001"),
    ("missing_detail", "影印病歷一頁收幾多錢？我要寄返美國。", None,
     "三藩市退休長者，粵語繁體; near kb-zh-records_billing-001"),
    ("missing_detail", "服务台借的轮椅最多能借多长时间？能推回家用几天不？", None, "江西九江; near kb-zh-appointments-007"),
    ("missing_detail", "請護工一日要幾多錢？", None, "倫敦退休回流長者，粵語繁體; near kb-zh-visiting-006"),
    ("missing_detail", "深切治療部（ICU）每日幾點到幾點可以探？", None,
     "多倫多退休回流長者，粵語繁體; near kb-zh-visiting-004"),
    ("missing_detail", "住院预交金一般要先交多少钱？", None, "甘肃嘉峪关; near kb-zh-procedures-007"),
    ("missing_detail", "医院总机电话号码是多少？", None, "湖南怀化跑腿小哥; near kb-zh-appointments-001"),
    ("missing_detail", "我表弟耳朵听不见，想约手语志愿者，每周哪几天有？", None,
     "江西上饶，替表弟问; near kb-zh-appointments-008"),
    ("missing_detail", "門診藥房夜晚幾點收工？", None, "雪梨退休長者，粵語繁體; near kb-zh-medications-011"),
    ("missing_detail", "白內障日間手術大概要多少錢？我們沒有大陸的醫保，全部自費。", None,
     "馬祖北竿居民，台灣華語繁體; near kb-zh-procedures-001"),
    ("missing_detail", "职工医保在你们这儿看门诊能报百分之多少？", None, "安徽宣城; near kb-zh-records_billing-006"),
    ("missing_detail", "大腸鏡從進去到做完大概要多久？", None,
     "馬祖南竿居民，台灣華語繁體; near kb-zh-test_preparation-002"),
    ("missing_detail", "线上复诊问诊一次多少钱？", None,
     "湖北十堰生鲜前置仓夜班拣货员; near kb-zh-appointments-005"),
    ("missing_detail", "续方的药快递到家要运费吗？多少钱？", None, "甘肃金昌; near kb-zh-medications-002"),
    ("missing_detail", "爽约几次会被限制线上预约？要限制多长时间？", None,
     "安徽安庆同城闪送员; near kb-zh-appointments-002"),
    ("missing_detail", "门诊药房那个过期药回收点在几楼？", None, "湖北荆州; near kb-zh-medications-004"),
    ("missing_detail", "诊断证明要去门诊办公室盖章，那个办公室在哪栋楼几楼？", None,
     "江西吉安; near kb-zh-records_billing-011"),
    ("missing_detail", "刻一隻CT光碟要收幾多錢？我想帶返三藩市畀家庭醫生睇。", None,
     "三藩市退休長者，粵語繁體; near kb-zh-records_billing-010"),
    ("missing_detail", "醫院的影像資料會保存幾年？過了年限就查不到了嗎？", None,
     "馬祖東引駐軍的母親，台灣華語繁體; near kb-zh-records_billing-010"),
    ("missing_detail", "老年人绿色通道在门诊大厅哪个窗口？", None,
     "湖南永州社区团购团长，替邻居问; near kb-zh-appointments-007"),
    ("missing_detail", "互联网医院的医生晚上几点以后就不回消息了？", None,
     "湖南怀化跑腿小哥; near kb-zh-appointments-005"),
    ("missing_detail", "医院营养食堂配的病号饭一顿多少钱？", None, "安徽黄山挑山工; near kb-zh-visiting-007"),
    ("missing_detail", "出院結算窗口星期六日開唔開？", None,
     "倫敦退休回流長者，粵語繁體; near kb-zh-procedures-008"),
    ("missing_detail", "异地就医备案提交了，一般几天能审核通过？", None, "湖北恩施; near kb-zh-records_billing-007"),
    ("missing_detail", "缴完费一般过多久电子发票才能在App上看到？", None,
     "安徽宣城; near kb-zh-records_billing-008"),
    ("missing_detail", "退费的钱原路退回微信，一般几天到账？", None, "湖南娄底; near kb-zh-records_billing-009"),
    ("missing_detail", "戴一次動態心電圖要幾多錢？", None,
     "多倫多退休回流長者，粵語繁體; near kb-zh-test_preparation-010"),
    ("missing_detail", "第一次来建档要交工本费吗？交多少？", None, "湖南张家界; near kb-zh-appointments-004"),
    ("missing_detail", "抽血窗口早上几点开门？", None, "甘肃白银; near kb-zh-test_preparation-001"),

    # ---------------- off_topic (10) ----------------
    ("off_topic", "你们医院招不招保洁？我想找份活干。", None, "甘肃临夏"),
    ("off_topic", "在哪儿可以献血？献过血的人家里人看病能不能少交点钱？", None, "江西九江"),
    ("off_topic", "医院附近有没有便宜点的宾馆或者日租房？家里人从外地过来照顾老人。", None, "甘肃嘉峪关"),
    ("off_topic", "想登记遗体捐献，要去哪儿办？", None, "湖北荆州"),
    ("off_topic", "门诊楼里有没有ATM取款机？", None, "安徽安庆同城闪送员"),
    ("off_topic", "你们医院能做近视激光手术吗？", None, "安徽宣城"),
    ("off_topic", "你哋醫院有冇針灸科？", None, "雪梨退休長者，粵語繁體"),
    ("off_topic", "醫院可以做全身健康檢查的套餐嗎？", None, "馬祖莒光居民，台灣華語繁體"),
    ("off_topic", "醫院小賣部有冇成人紙尿片賣？", None, "倫敦退休回流長者，粵語繁體"),
    ("off_topic", "你们这儿有没有月子中心？生完孩子能不能在你们这儿坐月子？", None, "湖南怀化"),
]

EXPECTED = {
    "plain": 10, "context": 20, "lay": 18, "two_part": 12, "missing_detail": 30, "off_topic": 10,
}
ANSWERABLE_KINDS = {"plain", "context", "lay", "two_part"}

# Characters that occur only in Traditional script (their Simplified forms differ).
TRAD_ONLY = set(
    "們個這說還會時間醫藥號診單術後開關點聽見話請讓從與體愛來對應該顯傳兒嗎過機動電車長門問題覺習頭麼為裡邊陣歲舊帶媽"
    "爺孫氣護檢驗據報費錢給發當寫簽結帳務識層樓銀處療師倫園輪淨鏡臟腸嚨嚕膽腦臉變齒遲難種東買賣廳島轉飛畫圖實獎聯絡隻"
    "視歷剛錄區裝儀嬤幾歸屬無塊壞")


def load_ids(lang):
    ids = set()
    with open(os.path.join(KB_DIR, "passages_%s.jsonl" % lang), encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line:
                ids.add(json.loads(line)["id"])
    return ids


def build(lang, rows, kb_ids):
    assert len(rows) == 100, (lang, len(rows))
    kinds = Counter(r[0] for r in rows)
    assert dict(kinds) == EXPECTED, (lang, kinds)
    gold_use = Counter()
    for kind, q, gold, voice in rows:
        assert q == q.strip() and q, (lang, q)
        if kind in ANSWERABLE_KINDS:
            assert gold is not None and gold.startswith("kb-%s-" % lang), (lang, q)
            assert gold in kb_ids, (lang, gold)
            gold_use[gold] += 1
        else:
            assert gold is None, (lang, q)
        if kind == "missing_detail":
            head, sep, near = voice.rpartition("; near ")
            assert sep and head, (lang, voice)
            assert near.startswith("kb-%s-" % lang) and near in kb_ids, (lang, voice)
            assert voice.count("; near") == 1
        else:
            assert "; near" not in voice, (lang, voice)
    assert sum(1 for r in rows if r[0] in ANSWERABLE_KINDS) == 60
    assert max(gold_use.values()) <= 2, [g for g, n in gold_use.items() if n > 2]
    assert len(set(r[1] for r in rows)) == 100, "duplicate question in %s" % lang

    order = list(rows)
    random.Random("%d-%s" % (SEED, lang)).shuffle(order)
    out = []
    for i, (kind, q, gold, voice) in enumerate(order, 1):
        out.append({
            "id": "r27-%s-%03d" % (lang, i),
            "language": lang,
            "question": q,
            "answerable": kind in ANSWERABLE_KINDS,
            "gold": [gold] if gold else [],
            "kind": kind,
            "voice": voice,
        })
    for row in out:
        assert len(row["gold"]) == (1 if row["answerable"] else 0)
    return out


def main():
    en = build("en", EN, load_ids("en"))
    zh = build("zh", ZH, load_ids("zh"))
    trad_rows = sum(1 for r in zh if any(c in TRAD_ONLY for c in r["question"]))
    assert 25 <= trad_rows <= 35, trad_rows
    rows = en + zh
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)) == 200
    assert len(set(r["question"] for r in rows)) == 200
    path = os.path.join(HERE, "questions.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
    print("wrote %d rows to %s (zh rows with Traditional-only characters: %d)" % (len(rows), path, trad_rows))


if __name__ == "__main__":
    main()
