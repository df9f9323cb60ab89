"""Blind reviewer set R6: patient questions for the grounded answer pipeline.

Written by hand from the hospital passages only (medqa/assets/kb/passages_{en,zh}.jsonl).
Standard library only. Re-running writes byte-identical output:

    python3 tests/data/grounded_review6/make_review6.py

Each row: id, language, question, answerable, gold (passage ids holding the answer, [] when
not answerable), kind, voice. Unanswerable "missing_detail" rows name the nearest passage in
voice as "near kb-...".
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
KB = os.path.join(ROOT, "medqa", "assets", "kb")
OUT = os.path.join(HERE, "questions.jsonl")

ANS_KINDS = ("plain", "context", "lay", "two_part")
UNANS_KINDS = ("missing_detail", "off_topic")

# (kind, gold ids, voice, question).  gold == [] means not answerable.
EN = [
    # ---- appointments ----
    ("plain", ["kb-en-appointments-001"], "plain",
     "What details should I have ready when I ring up to book an outpatient appointment?"),
    ("context", ["kb-en-appointments-001"], "older writer, formal",
     "Dear Sir or Madam, I telephoned the hospital last Monday to book an appointment with the cardiology clinic. "
     "A full week has now passed and I have received no letter, text or e-mail. Should I be concerned, and what ought I to do?"),
    ("lay", ["kb-en-appointments-002"], "text-speak",
     "how much warning do u need if i want to move my appt to a diff day"),
    ("context", ["kb-en-appointments-002"], "parent",
     "My daughter has a clinic appointment tomorrow at 9. She's been throwing up and had the runs since last night. "
     "Should we still come in?"),
    ("two_part", ["kb-en-appointments-003"], "plain",
     "How do I cancel an appointment, and what should I do if I missed one because the letter went to my old address?"),
    ("lay", ["kb-en-appointments-004"], "voice-to-text no punctuation",
     "do i need to bring the paper my gp gave me to the clinic and what about my tablets"),
    ("context", ["kb-en-appointments-005"], "anxious, in a hurry",
     "I'm stuck in traffic on the ring road. My eye clinic appointment is at 10:30 and it's 10:20 now. What do I do??"),
    ("two_part", ["kb-en-appointments-005"], "plain",
     "Where do I check in when I get to the clinic, and why did someone who came after me get called in first?"),
    ("lay", ["kb-en-appointments-006"], "plain",
     "I've got a phone consultation next week. I never pick up calls from hidden numbers - will the hospital ring from one of those?"),
    ("context", ["kb-en-appointments-007"], "Deaf writer, BSL first language",
     "I am Deaf. BSL is my language. My ENT appointment is 14 March. I want sign language interpreter, when I must tell you?"),
    ("two_part", ["kb-en-appointments-007"], "parent, non-native English",
     "Can my son (12 years) translate for me in the appointment? And can I have the information leaflets in big letters?"),
    ("context", ["kb-en-appointments-008", "kb-en-visiting-008"], "long anxious message, spouse",
     "My husband has been in intensive care for nine days now and I drive in every single day to see him. "
     "The parking is costing me a fortune and I'm already struggling. Is there any discount for people like me?"),
    ("lay", ["kb-en-appointments-008"], "wheelchair user",
     "Where can I park with my disabled badge?"),
    ("context", ["kb-en-appointments-009"], "adult son, carer",
     "My mum is 84 and uses a walking frame. She's getting hospital transport to her appointment next week. "
     "Can I ride along with her in the vehicle?"),
    ("lay", ["kb-en-appointments-009"], "older writer",
     "If the hospital sends a car to pick me up, how early do I need to be ready?"),
    ("context", ["kb-en-appointments-010"], "plain",
     "My GP referred me to dermatology back in January and I still haven't heard anything. The rash is getting worse. "
     "Who should I contact?"),
    ("context", ["kb-en-appointments-011"], "carer of person with dementia",
     "My father has dementia and gets very agitated in busy waiting rooms. He has a memory clinic appointment on the 3rd. "
     "Is there anything that can be done to make it easier for him?"),
    ("lay", ["kb-en-appointments-012"], "blind writer using a screen reader",
     "Am I allowed to bring my guide dog into the hospital?"),
    ("two_part", ["kb-en-appointments-012"], "wheelchair user",
     "I use a wheelchair. Is the main entrance step-free, and can someone meet me at the car park and take me to the clinic?"),
    # ---- test preparation ----
    ("plain", ["kb-en-test_preparation-001"], "plain",
     "Am I allowed to chew gum while I'm fasting for a blood test?"),
    ("lay", ["kb-en-test_preparation-002"], "text-speak, British",
     "fasting bloods tmrw - can i still have my morning cuppa?"),
    ("lay", ["kb-en-test_preparation-003"], "plain, embarrassed",
     "Sorry for asking - what should my poo look like when the colonoscopy prep drink is working?"),
    ("context", ["kb-en-test_preparation-003"], "worried",
     "I'm having a colonoscopy on Thursday. I started the laxative drink tonight but I threw up the second glass "
     "and I can't get the rest down. What should I do?"),
    ("two_part", ["kb-en-test_preparation-004"], "plain",
     "The day before my colonoscopy, can I drink black coffee, and why am I not allowed blackcurrant squash?"),
    ("lay", ["kb-en-test_preparation-005"], "older writer",
     "I've got one of those heart battery things fitted and I've been booked for an MRI. Does that matter?"),
    ("plain", ["kb-en-test_preparation-006"], "terse keyword search",
     "mri how long does it take"),
    ("context", ["kb-en-test_preparation-006"], "long anxious message",
     "I'm really claustrophobic - even lifts make me panic. I've got an MRI of my back next month and I'm dreading it. "
     "I keep thinking about being stuck in the tunnel. Is there anything that can be done to help me get through it?"),
    ("lay", ["kb-en-test_preparation-007"], "plain, embarrassed",
     "Is it normal to feel like you've wet yourself when they put the dye in during a CT?"),
    ("context", ["kb-en-test_preparation-008"], "plain",
     "I'm 32 and my period is about a week late. I've got a chest CT booked for Friday. Should I mention it to anyone?"),
    ("two_part", ["kb-en-test_preparation-009"], "non-native English",
     "For my belly ultrasound, how many hours before I must stop eating, and is water allowed?"),
    ("plain", ["kb-en-test_preparation-010"], "plain",
     "Will they tell me the X-ray results on the same day?"),
    ("lay", ["kb-en-test_preparation-011"], "text-speak",
     "how do i do the catch-it-halfway wee sample thing"),
    ("two_part", ["kb-en-test_preparation-012"], "smoker",
     "During the sugary drink test, can I nip outside for a cigarette, and am I allowed to leave the waiting area?"),
    # ---- procedures ----
    ("plain", ["kb-en-procedures-001"], "plain",
     "For a gastroscopy, can I just have the throat spray instead of being sedated?"),
    ("context", ["kb-en-procedures-002"], "lives alone",
     "I live alone and have a colonoscopy with sedation next Tuesday. I was planning to get a taxi home afterwards. Is that OK?"),
    ("context", ["kb-en-procedures-003"], "worried",
     "My operation is this afternoon. I stupidly ate a biscuit this morning after the cut-off time in my letter. "
     "Should I just keep quiet about it?"),
    ("two_part", ["kb-en-procedures-004"], "plain",
     "After day surgery, can I drive myself home, and how long does someone need to stay with me?"),
    ("lay", ["kb-en-procedures-006"], "plain",
     "I signed the form saying yes to the operation but now I'm having second thoughts. Am I stuck with it?"),
    ("context", ["kb-en-procedures-007"], "older writer",
     "I take blood thinners for my heart. My biopsy is on the 20th, six days from now, and nobody has told me "
     "anything about my tablets. Who should I contact?"),
    ("plain", ["kb-en-procedures-008"], "plain",
     "What should I pack for an overnight stay on the ward?"),
    ("lay", ["kb-en-procedures-009"], "frustrated relative",
     "Why does it take all day to get let out of hospital once the doctor says you can go home?"),
    ("two_part", ["kb-en-procedures-010"], "plain",
     "After my operation, when can I have a shower, and can I go swimming?"),
    ("context", ["kb-en-procedures-011"], "parent",
     "My hernia operation is on Monday. My three-year-old has given me a stomach bug and I was sick last night. Who do I tell?"),
    ("two_part", ["kb-en-procedures-012"], "plain",
     "I'm having knee surgery. Do I have to take my gel nails off, and can I shave my knee beforehand?"),
    # ---- medications ----
    ("plain", ["kb-en-medications-001"], "plain",
     "How many days before I run out should I order my repeat prescription?"),
    ("lay", ["kb-en-medications-003"], "text-speak",
     "can i just chuck my old pills in the bin"),
    ("context", ["kb-en-medications-003"], "bereaved relative",
     "My mother passed away last month. Her house still has boxes of her tablets and her used insulin needles. "
     "What should I do with them?"),
    ("plain", ["kb-en-medications-002"], "plain",
     "Is the bathroom cabinet a good place to keep my medicines?"),
    ("plain", ["kb-en-medications-005"], "older writer",
     "What does 'take on an empty stomach' actually mean?"),
    ("two_part", ["kb-en-medications-009"], "traveller",
     "Flying to Spain next month: should my tablets go in the suitcase or hand luggage, and do I need a letter for my injections?"),
    ("lay", ["kb-en-medications-012"], "voice-to-text no punctuation",
     "where do i pick up the pills the clinic doctor wrote me"),
    ("plain", ["kb-en-visiting-001"], "plain",
     "How many visitors can sit with a patient at the same time on a normal ward?"),
    ("two_part", ["kb-en-visiting-003"], "grandchild",
     "Can I bring my grandad some flowers, and is a balloon OK?"),
    ("context", ["kb-en-visiting-004"], "plain",
     "I had a tummy bug at the weekend and was last sick on Monday morning. It's Tuesday evening now. "
     "Can I go and visit my sister on the ward?"),
    ("two_part", ["kb-en-visiting-007"], "niece",
     "How can I find out how my aunt is doing over the phone, and when is a bad time to ring?"),
    ("lay", ["kb-en-records_billing-007"], "plain",
     "Can I get a bill that shows every single charge broken down?"),
    ("context", ["kb-en-records_billing-009"], "worried about money",
     "I lost my job last month. My hospital bill is due on 30 June and I can't pay it all at once. Can I pay it off in bits?"),
    ("lay", ["kb-en-records_billing-011"], "plain",
     "How do I get a sick note for work after my stay in hospital?"),
    ("plain", ["kb-en-records_billing-012"], "plain",
     "Will the hospital tell my employer about my illness without asking me first?"),
    ("context", ["kb-en-records_billing-003"], "long anxious message",
     "I looked at the patient portal last night and one of my blood results is marked outside the normal range. "
     "Nobody has called me and I haven't slept. Who should I contact?"),
    # ---- not answerable: missing detail ----
    ("missing_detail", [], "near kb-en-appointments-008; plain",
     "Are there electric car charging points in the hospital car park?"),
    ("missing_detail", [], "near kb-en-medications-012; terse",
     "What time does the outpatient pharmacy close on Saturdays?"),
    ("missing_detail", [], "near kb-en-appointments-012; wheelchair user",
     "How much is the deposit for borrowing one of the wheelchairs at the entrance?"),
    ("missing_detail", [], "near kb-en-visiting-011; text-speak",
     "whats the wifi password on the wards"),
    ("missing_detail", [], "near kb-en-visiting-001; plain",
     "Does afternoon visiting on the general wards start at 2pm or 3pm?"),
    ("missing_detail", [], "near kb-en-records_billing-001; older writer, formal",
     "How much will I be charged for a paper copy of my complete medical records?"),
    ("missing_detail", [], "near kb-en-appointments-008; non-native English",
     "Which bus number go from the train station to hospital?"),
    ("missing_detail", [], "near kb-en-records_billing-011; plain",
     "How much is the fee for a report for my insurance company?"),
    ("missing_detail", [], "near kb-en-test_preparation-006; plain",
     "Can I bring my own music to listen to during the MRI scan?"),
    ("missing_detail", [], "near kb-en-test_preparation-003; plain",
     "How long does the colonoscopy itself take once I'm in the room?"),
    ("missing_detail", [], "near kb-en-appointments-008; terse keyword search",
     "car park open 24 hours?"),
    ("missing_detail", [], "near kb-en-records_billing-009; worried about money",
     "What interest rate do you charge if I go on a payment plan?"),
    ("missing_detail", [], "near kb-en-appointments-007; plain",
     "Do you have Tigrinya interpreters? Which languages can you provide?"),
    ("missing_detail", [], "near kb-en-visiting-005; plain",
     "What are the visiting hours on the intensive care unit on Sundays?"),
    ("missing_detail", [], "near kb-en-records_billing-002; plain",
     "Is the patient portal available as an Android app, or only as a website?"),
    ("missing_detail", [], "near kb-en-visiting-009; parent",
     "How many grandparents can visit at the same time on the maternity ward?"),
    ("missing_detail", [], "near kb-en-visiting-003; relative",
     "Can I send a birthday card by post to my dad on the ward, and what address do I use?"),
    # ---- not answerable: off topic ----
    ("off_topic", [], "plain", "Is there a cash machine inside the hospital?"),
    ("off_topic", [], "job seeker", "Do you have any vacancies for healthcare assistants?"),
    ("off_topic", [], "plain", "Can I donate blood at the hospital?"),
    ("off_topic", [], "retired, formal", "I would like to become a hospital volunteer. How do I apply?"),
    ("off_topic", [], "terse keyword search", "flu jab walk in public"),
    ("off_topic", [], "inpatient", "Is there a hairdresser who comes to the wards?"),
    ("off_topic", [], "inpatient", "How much does the bedside TV cost per day?"),
    ("off_topic", [], "plain", "Can one of your doctors countersign my passport photo?"),
    ("off_topic", [], "traveller", "Is there somewhere I can leave my suitcase while I'm at my appointment?"),

    ("off_topic", [], "pregnant writer", "Can I book a tour of the labour ward before my due date?"),
    ("off_topic", [], "student", "How do I apply for a student nursing placement at the hospital?"),
    ("off_topic", [], "plain", "Is the hospital shop open on Sundays?"),
    ("off_topic", [], "new parent", "Can I register my baby's birth at the hospital?"),
]

ZH = [
    # ---- appointments ----
    ("context", ["kb-zh-appointments-001"], "Traditional, adult child",
     "我媽今年七十多歲，不會用手機。我想用我自己的帳號和資料幫她掛號，這樣可以嗎？"),
    ("lay", ["kb-zh-appointments-002"], "mixed English nouns",
     "我想 reschedule 下周三的门诊，能不能在 App 上直接改到周五？"),
    ("context", ["kb-zh-appointments-003"], "Simplified, worried",
     "我明天去看病，结果医保卡找不到了，手机上也没弄过电子医保凭证。还能看吗？钱怎么算？"),
    ("plain", ["kb-zh-appointments-003"], "Traditional, plain",
     "看診的時候要帶之前在別家醫院拍的片子嗎？"),
    ("two_part", ["kb-zh-appointments-004"], "Simplified, parent",
     "孩子还没有身份证，怎么建档？我以前好像建过一个档，再建一个行不行？"),
    ("lay", ["kb-zh-appointments-005"], "Cantonese",
     "我阿爸高血壓一直喺你哋度睇，可唔可以喺網上覆診，再寄藥返屋企？"),
    ("plain", ["kb-zh-appointments-006"], "Traditional, terse keyword search",
     "過號了怎麼辦"),
    ("lay", ["kb-zh-appointments-007"], "东北话, carer",
     "俺家老爷子腿脚不利索，到医院能整个轮椅不？咋借啊？"),
    ("context", ["kb-zh-appointments-007"], "Traditional, lives alone",
     "我一個人住，家人都不在附近。下週要來看眼科，我不太會用自助機，有人可以幫忙嗎？"),
    ("plain", ["kb-zh-appointments-008"], "Simplified, Deaf writer",
     "我是听障人士，手语翻译要提前多久约？"),
    ("lay", ["kb-zh-appointments-008"], "Taiwanese Mandarin",
     "我阿嬤只會講台語，國語聽不太懂，看診的時候有人可以幫忙溝通嗎？"),
    ("context", ["kb-zh-appointments-009"], "Simplified, husband",
     "我老婆怀孕八个月了，下周来产检。我开车送她，能不能在门诊楼门口先让她下车？"),
    ("plain", ["kb-zh-appointments-011"], "Traditional, plain",
     "想掛的醫生都滿了，有沒有候補可以排？"),
    ("context", ["kb-zh-appointments-012"], "Simplified, grandmother",
     "孙子12岁，他爸妈都在外地打工，平时是我这个奶奶带他看病。要是要签同意书怎么办？"),
    # ---- test preparation ----
    ("two_part", ["kb-zh-test_preparation-001"], "Traditional, plain",
     "抽血前一晚可以喝酒嗎？抽完血可以馬上吃早餐嗎？"),
    ("lay", ["kb-zh-test_preparation-002"], "Simplified, voice-to-text no punctuation",
     "做肠镜前喝的那个泻药喝完了拉出来的还是有渣渣咋办"),
    ("plain", ["kb-zh-test_preparation-003"], "Traditional, older writer",
     "做核磁共振可以戴著假牙嗎？"),
    ("lay", ["kb-zh-test_preparation-003"], "mixed English nouns",
     "我有装 pacemaker，下个月要做 MRI，要提前说吗？"),
    ("context", ["kb-zh-test_preparation-004"], "Simplified, worried",
     "我上次做增强CT打了显影剂，回家起了一身疹子。这次医生又开了增强CT，我该怎么做？"),
    ("two_part", ["kb-zh-test_preparation-004"], "Traditional, plain",
     "做增強CT需要家屬陪同嗎？做完可以馬上離開嗎？"),
    ("context", ["kb-zh-test_preparation-005"], "Simplified, long anxious message",
     "我上周拍了胸片。今天验孕才发现自己怀孕了，心里特别慌，一直在想会不会有影响。我现在应该怎么办？"),
    ("lay", ["kb-zh-test_preparation-006"], "Traditional, plain",
     "上週做了喝白色藥水的那種鋇餐檢查，這週要照肚子的CT，有關係嗎？"),
    ("two_part", ["kb-zh-test_preparation-007"], "Simplified, plain",
     "医生开了个经肚子做的妇科B超，要不要憋尿？要喝多少水？"),
    ("lay", ["kb-zh-test_preparation-007"], "Cantonese",
     "照陰道B超使唔使谷尿㗎？"),
    ("plain", ["kb-zh-test_preparation-008", "kb-zh-procedures-010", "kb-zh-procedures-003"], "Traditional, plain",
     "做完無痛胃鏡可以自己開車回家嗎？"),
    ("two_part", ["kb-zh-test_preparation-009"], "Traditional, plain",
     "驗尿要用早上第一次的尿嗎？留好之後多久內要送到？"),
    ("context", ["kb-zh-test_preparation-010"], "Cantonese with English noun",
     "我聽日要戴 Holter，我每日都要搭地鐵返工。戴住嗰陣可唔可以照常返工？"),
    ("plain", ["kb-zh-test_preparation-011"], "Simplified, plain",
     "做检查之前，吃的中药和保健品也要告诉医生吗？"),
    # ---- procedures ----
    ("plain", ["kb-zh-procedures-001"], "Simplified, plain",
     "日间手术一般要在医院待多久？"),
    ("context", ["kb-zh-procedures-002"], "Traditional, hungry patient",
     "我明天早上九點手術。現在凌晨兩點半了睡不著，肚子好餓。吃一顆糖應該沒關係吧？"),
    ("lay", ["kb-zh-procedures-003"], "mixed English nouns",
     "做完 day surgery 可以自己叫个网约车回家吗？"),
    ("plain", ["kb-zh-procedures-004"], "Traditional, plain",
     "手術同意書可以請家人代簽嗎？"),
    ("two_part", ["kb-zh-procedures-005"], "Simplified, plain",
     "做手术那天能涂指甲油吗？为什么不行？"),
    ("lay", ["kb-zh-procedures-005", "kb-zh-procedures-011"], "东北话",
     "俺媳妇后天做手术，赶上来事儿了，这可咋整？"),
    ("plain", ["kb-zh-procedures-007"], "Traditional, plain",
     "辦住院手續要帶哪些東西？"),
    ("lay", ["kb-zh-procedures-008"], "Simplified, plain",
     "出院那天结账在哪儿办？"),
    ("two_part", ["kb-zh-procedures-010"], "Traditional, plain",
     "無痛腸鏡做完多久可以吃東西？病理報告要等幾天？"),
    ("context", ["kb-zh-procedures-011"], "Simplified, plain",
     "我下周一做手术。今天在家量血压特别高，这几天一直控制不好。要不要跟医院说？"),
    ("lay", ["kb-zh-procedures-012"], "Taiwanese Mandarin",
     "我傷口的線可以自己在家拆掉嗎？這樣比較方便捏。"),
    # ---- medications ----
    ("context", ["kb-zh-medications-002"], "Traditional, busy worker",
     "我在你們醫院看糖尿病好幾年了，藥快吃完，但這週請不到假。可以在網上續藥嗎？能寄到家裡嗎？"),
    ("lay", ["kb-zh-medications-004"], "Cantonese",
     "屋企啲過期藥可以攞去邊度掉？"),
    ("plain", ["kb-zh-medications-006"], "Traditional, older writer",
     "「一日三次」是一定要跟三餐一起吃嗎？"),
    ("lay", ["kb-zh-medications-007"], "mixed English nouns",
     "我在吃降压药，早餐喜欢喝 grapefruit juice，会有影响吗？"),
    ("two_part", ["kb-zh-medications-009"], "Simplified, plain",
     "药师能帮我改处方吗？能教我怎么用胰岛素笔吗？"),
    ("plain", ["kb-zh-medications-011", "kb-zh-records_billing-009"], "Traditional, plain",
     "藥拿回家後發現不需要了，可以退嗎？"),
    # ---- visiting ----
    ("context", ["kb-zh-visiting-002"], "Simplified, parent",
     "我爸住院快一个月了。我女儿8岁，天天吵着要去看爷爷，能带她去病房吗？"),
    ("lay", ["kb-zh-visiting-003"], "Cantonese",
     "想買束花去探我婆婆，醫院俾唔俾帶入病房？"),
    ("context", ["kb-zh-visiting-004"], "Traditional, family",
     "我爸上週住進ICU了。我、我哥、我姐住在不同城市，每天都想打電話問醫生情況。這樣可以嗎？該怎麼做比較好？"),
    ("lay", ["kb-zh-visiting-006"], "Simplified, plain",
     "晚上陪夜的家属可以几个人轮流换吗？"),
    ("two_part", ["kb-zh-visiting-007"], "Simplified, plain",
     "给住院的爸爸送饭，能带点酒吗？吃剩的饭菜能放在病房里吗？"),
    ("context", ["kb-zh-visiting-009"], "Simplified, relative",
     "我是病人的表哥，住在外地。今天打电话到病房想问问他的情况，护士说不能告诉我。这是为什么？我该找谁问？"),
    ("lay", ["kb-zh-visiting-010"], "Taiwanese Mandarin",
     "住院可以帶快煮壺去病房用嗎？"),
    # ---- records / billing ----
    ("plain", ["kb-zh-records_billing-001"], "Simplified, plain",
     "出院以后多久能去复印病历？"),
    ("context", ["kb-zh-records_billing-002"], "Simplified, bereaved daughter",
     "我爸去年在你们医院走了，现在保险公司要他的住院病历。我是他女儿，要带哪些材料？"),
    ("lay", ["kb-zh-records_billing-003"], "mixed English nouns",
     "我的 blood test report 出来了在哪里看？"),
    ("lay", ["kb-zh-records_billing-005"], "Simplified, plain",
     "住院每天花了多少钱，能查到明细吗？"),
    ("two_part", ["kb-zh-records_billing-007"], "Cantonese",
     "我係外省醫保，冇做備案就入咗院，點算？報銷會唔會少咗？"),
    ("plain", ["kb-zh-records_billing-008"], "Simplified, terse keyword search",
     "电子发票 在哪下载"),
    ("two_part", ["kb-zh-records_billing-010"], "Simplified, plain",
     "现在做完CT还给胶片吗？我要去外地医院看病，怎么办？"),
    ("context", ["kb-zh-records_billing-011"], "Simplified, worker",
     "我上午看完病就回家了。下午单位突然说要病假证明，还得盖章的。现在怎么补开？"),
    # ---- not answerable: missing detail ----
    ("missing_detail", [], "near kb-zh-appointments-009; Simplified, plain",
     "医院停车场每小时收多少钱？"),
    ("missing_detail", [], "near kb-zh-medications-011; Traditional, plain",
     "門診藥房星期天幾點關門？"),
    ("missing_detail", [], "near kb-zh-appointments-008; Simplified, Deaf writer",
     "手语志愿者具体是星期几有？"),
    ("missing_detail", [], "near kb-zh-records_billing-001; Simplified, plain",
     "复印病历一页多少钱？"),
    ("missing_detail", [], "near kb-zh-visiting-004; Cantonese",
     "ICU 每日幾點到幾點可以探病？"),
    ("missing_detail", [], "near kb-zh-visiting-006; Simplified, plain",
     "请护工一天要多少钱？"),
    ("missing_detail", [], "near kb-zh-test_preparation-001; Traditional, plain",
     "抽血櫃檯早上幾點開始？"),
    ("missing_detail", [], "near kb-zh-appointments-009; Traditional, plain",
     "醫院停車場有沒有電動車充電樁？"),
    ("missing_detail", [], "near kb-zh-appointments-005; Simplified, plain",
     "互联网医院线上复诊的诊费是多少？"),
    ("missing_detail", [], "near kb-zh-records_billing-008; mixed English nouns",
     "电子发票可以开公司抬头吗？我要拿去 company 报销。"),
    ("missing_detail", [], "near kb-zh-records_billing-007; Simplified, plain",
     "异地就医备案提交以后多久能批下来？"),
    ("missing_detail", [], "near kb-zh-test_preparation-008; Traditional, plain",
     "無痛胃鏡的麻醉費要多少？"),
    ("missing_detail", [], "near kb-zh-appointments-009; Taiwanese Mandarin",
     "你們停車場有沒有機車停車位？"),
    ("missing_detail", [], "near kb-zh-visiting-003; Simplified, plain",
     "鲜花不让带，那干花可以带进病房吗？"),
    ("missing_detail", [], "near kb-zh-visiting-006; Simplified, plain",
     "陪护证要到哪个窗口去办？"),
    ("missing_detail", [], "near kb-zh-appointments-011; Traditional, plain",
     "候補排到了，是用簡訊通知還是App推播？"),
    # ---- not answerable: off topic ----
    ("off_topic", [], "Simplified, out-of-town family", "医院附近有没有便宜点的宾馆可以住？"),
    ("off_topic", [], "Traditional, job seeker", "醫院最近有在招護理師嗎？"),
    ("off_topic", [], "Simplified, plain", "可以在你们医院献血吗？"),
    ("off_topic", [], "Traditional, plain", "醫院裡面有沒有提款機？"),
    ("off_topic", [], "Traditional, retired", "我想來醫院當志工，要怎麼報名？"),
    ("off_topic", [], "Simplified, plain", "你们医院能打HPV疫苗吗？"),
    ("off_topic", [], "Simplified, terse keyword search", "体检套餐 价格"),
    ("off_topic", [], "Simplified, new mother", "门诊楼里有母婴室吗？"),
    ("off_topic", [], "Traditional, traveller", "看診的時候可以把行李箱寄放在醫院嗎？"),
    ("off_topic", [], "Cantonese", "醫院入面有冇便利店？開到幾點？"),
    ("off_topic", [], "Simplified, restaurant worker", "在你们医院能办餐饮从业的健康证吗？"),
    ("off_topic", [], "Taiwanese Mandarin", "產房可以預約先去參觀嗎？"),
    ("off_topic", [], "mixed English nouns", "医院里有没有 power bank 可以租？"),
    ("off_topic", [], "东北话", "俺想考驾照，体检能上你们这儿整不？"),
]


def load_ids(path):
    ids = set()
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                ids.add(json.loads(line)["id"])
            except (ValueError, KeyError) as e:
                sys.exit("bad passage line %s:%d (%s)" % (path, n, e))
    return ids


def build():
    known = set()
    for lang in ("en", "zh"):
        p = os.path.join(KB, "passages_%s.jsonl" % lang)
        if not os.path.exists(p):
            sys.exit("passage file missing: %s" % p)
        known |= load_ids(p)
    rows = []
    for lang, table in (("en", EN), ("zh", ZH)):
        for i, (kind, gold, voice, q) in enumerate(table, 1):
            rows.append({"id": "r6-%s-%03d" % (lang, i), "language": lang, "question": q,
                         "answerable": kind in ANS_KINDS, "gold": list(gold), "kind": kind,
                         "voice": voice})
    # ---- asserts ----
    for lang in ("en", "zh"):
        mine = [r for r in rows if r["language"] == lang]
        ans = [r for r in mine if r["answerable"]]
        una = [r for r in mine if not r["answerable"]]
        assert len(ans) == 60, (lang, "answerable", len(ans))
        assert len(una) == 30, (lang, "unanswerable", len(una))
        md = [r for r in una if r["kind"] == "missing_detail"]
        assert len(md) >= 15, (lang, "missing_detail", len(md))
        for r in md:
            near = r["voice"].split(";")[0]
            assert near.startswith("near kb-") and near[5:] in known, r["id"]
        used = {g for r in ans for g in r["gold"] if g.startswith("kb-%s-" % lang)}
        assert len(used) >= 40, (lang, "distinct passages", len(used))
    ids = [r["id"] for r in rows]
    qs = [r["question"] for r in rows]
    assert len(set(ids)) == len(ids), "duplicate ids"
    assert len(set(qs)) == len(qs), "duplicate questions"
    for r in rows:
        assert r["kind"] in ANS_KINDS + UNANS_KINDS, r["id"]
        assert r["question"].strip() and r["voice"].strip(), r["id"]
        if r["answerable"]:
            assert r["gold"], r["id"]
            for g in r["gold"]:
                assert g in known, (r["id"], g)
        else:
            assert r["gold"] == [], r["id"]
    return rows


def main():
    try:
        rows = build()
    except AssertionError as e:
        sys.exit("make_review6: check failed: %s" % (e,))
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    counts = {}
    for r in rows:
        counts[(r["language"], r["kind"])] = counts.get((r["language"], r["kind"]), 0) + 1
    for k in sorted(counts):
        print("%s %-15s %d" % (k[0], k[1], counts[k]))
    print("wrote %d rows to %s" % (len(rows), OUT))


if __name__ == "__main__":
    main()
