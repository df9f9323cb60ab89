#!/usr/bin/env python3
"""Blind reviewer set R10 for the grounded answer pipeline.

Questions are written by hand below (from the hospital passages only).
Reads the passage files to check gold ids, writes questions.jsonl next to this script.
Standard library only; re-running writes byte-identical output.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
# the repository root (three folders up), or MEDQA_ROOT when the script is run from elsewhere
ROOT = os.environ.get("MEDQA_ROOT") or os.path.abspath(os.path.join(HERE, "..", "..", ".."))
KB = os.path.join(ROOT, "medqa", "assets", "kb")
OUT = os.path.join(HERE, "questions.jsonl")

# (kind, gold ids, voice, question) ; gold ids written without the "kb-en-"/"kb-zh-" prefix
EN_ANS = [
    ("context", ["appointments-001"], "older writer, formal",
     "Dear Sir or Madam. My general practitioner, Dr Hughes, referred me to your heart clinic last Tuesday. I am 71 and I live alone, so I should like to be properly prepared before I telephone. Kindly tell me what particulars I ought to have to hand when I ring to book."),
    ("plain", ["appointments-002"], "replying to a text reminder",
     "Re your appt on 4th - I can't make it now because of work. How much notice do you need if I want to move it?"),
    ("plain", ["appointments-002"], "wrong assumption the passage corrects",
     "I've been throwing up since last night and my appointment is at 11 today. I assume I should still come in so I don't lose my place?"),
    ("context", ["appointments-003"], "daughter caring for mother",
     "My mum is 80 and moved in with us in February. Her rheumatology letter went to her old flat so she missed the appointment in March. She's now convinced she's been struck off the list. What should we do?"),
    ("lay", ["appointments-004"], "plain, lay words",
     "First time seeing a specialist. Do I need to bring my tablets along or just the names of them?"),
    ("plain", ["appointments-005"], "night-shift worker",
     "I finish a night shift at 7am and my clinic slot is 8.40. How early do I actually need to be there?"),
    ("lay", ["appointments-005"], "plain, lay words",
     "Is there a machine I can tap in on when I arrive instead of standing in the queue at the desk?"),
    ("two_part", ["appointments-006"], "bulleted list of two needs",
     "Two things about my phone appointment next week:\n- will your call come up with a number I'll recognise?\n- if I'd rather come in and see the doctor face to face, what do I do?"),
    ("two_part", ["appointments-007"], "Deaf writer, BSL first language",
     "I am Deaf, BSL user. Sign language interpreter for my appointment - I must pay? How long before I must tell you?"),
    ("plain", ["appointments-007"], "non-native English, parent",
     "My daughter is 12, her English is more good than mine. She can translate for me in the doctor room?"),
    ("plain", ["appointments-008"], "terse keyword search",
     "car park pay machine cards or coins"),
    ("context", ["appointments-008", "visiting-008"], "long anxious message, wife of ICU patient",
     "My husband has been in intensive care since Sunday after his accident. I'm driving in twice a day and the parking is costing me a fortune on top of everything else. I haven't been able to think straight, never mind ask anyone. Is there any help with parking for families like us, and who do I ask?"),
    ("context", ["appointments-009"], "support worker for a patient with a learning disability",
     "I'm a support worker for Dan, who has a learning disability and uses a wheelchair. He has a hospital appointment on the 14th and can't manage the bus. We'd like to use your patient transport. Can I ride along with him, and how far in advance do we need to book it?"),
    ("plain", ["appointments-010"], "someone who already tried the web page",
     "I've already been through your website and got nowhere. Who do I contact to find out whether Dr Okafor's referral for me has actually arrived?"),
    ("plain", ["appointments-012"], "wheelchair user",
     "I use a wheelchair and transferring is hard. Do I need to let you know in advance if I need a hoist or a couch that goes up and down?"),
    ("lay", ["appointments-012"], "blind writer",
     "I'm registered blind. Can my guide dog come into the hospital with me?"),
    ("lay", ["test_preparation-002"], "text-speak, lay words",
     "fasting bloods 2moro morning, can i have a cuppa first or nah"),
    ("context", ["test_preparation-003"], "young woman, worried",
     "I'm booked for a colonoscopy on Friday the 9th. I picked up the bowel prep from the pharmacy yesterday. I'm on the contraceptive pill and my sister said the prep can stop it working properly. Is that true, and who should I speak to about it?"),
    ("lay", ["test_preparation-004"], "older man, lay words",
     "Having the camera up the back passage next week. The day before, can I still have my usual tea with milk?"),
    ("plain", ["test_preparation-004"], "plain",
     "Why am I not allowed blackcurrant squash before my colonoscopy?"),
    ("lay", ["test_preparation-005"], "lay words, hearing implant user",
     "I've got one of those implanted hearing devices in my head. Can I still go in the big magnet scanner?"),
    ("context", ["test_preparation-006"], "long anxious message",
     "I have an MRI of my spine next month and I'm already dreading it. I had a panic attack in a lift last year and I hate small spaces. My husband usually calms me down. Could he stay in the room with me, and is there anything else that helps?"),
    ("two_part", ["test_preparation-006"], "plain",
     "How long does an MRI usually take, and is it true it's really noisy?"),
    ("plain", ["test_preparation-007"], "plain",
     "I take metformin and I'm having a CT with dye next week. Do I need to tell anyone?"),
    ("plain", ["test_preparation-008"], "complaint tone",
     "Why does the X-ray department keep asking about my periods every single time? It feels intrusive."),
    ("two_part", ["test_preparation-009"], "plain",
     "For my pelvic ultrasound how much should I drink and when, and can I go to the loo before the scan?"),
    ("context", ["test_preparation-009"], "office worker",
     "My liver and gallbladder ultrasound is on Thursday at 2pm. I work until 12:30 and usually grab lunch on the way. My letter is in my other bag and I'm at work now. Can I eat lunch before it?"),
    ("lay", ["test_preparation-011"], "lay words",
     "I did my wee sample last night but can't drop it off till tomorrow afternoon. Where should I keep it?"),
    ("two_part", ["test_preparation-012"], "smoker, lay words",
     "the sugar drink test - how long does the whole thing take, and can I nip outside for a fag between the blood tests?"),
    ("two_part", ["procedures-001"], "plain",
     "For my gastroscopy, do I get to choose between the throat spray and sedation? And how long will I be in the unit?"),
    ("context", ["procedures-002"], "lives alone",
     "I'm 58 and I live on my own. I'm having a test with sedation next Wednesday. My son lives in Cardiff and can't get time off. Can I just get a taxi home by myself afterwards?"),
    ("lay", ["procedures-003"], "lay words",
     "Morning of my op - can I have a latte before the water cut-off?"),
    ("plain", ["procedures-003"], "statement with wrong assumption",
     "I ate a biscuit after the cut-off time without thinking. I assume it's best not to mention it to anyone?"),
    ("context", ["procedures-004"], "husband, practical",
     "I'm having my hernia repaired as a day case on the 21st. My wife doesn't drive and we live 20 miles out. I usually feel fine after things like this. Can I drive myself home if I feel all right?"),
    ("lay", ["procedures-006"], "lay words",
     "I signed the forms for my knee op last week but I'm getting cold feet. Is it too late to back out now?"),
    ("plain", ["procedures-007"], "plain",
     "My biopsy is next Friday, it's Saturday today, and I still haven't heard what to do about my blood thinners. What should I do?"),
    ("two_part", ["procedures-008"], "bulleted list of two needs",
     "Coming in for 3 nights, quick questions:\n- can I bring my phone charger?\n- should I bring my cash and my rings with me?"),
    ("lay", ["procedures-010"], "lay words",
     "When can I have a proper soak in the tub after my operation?"),
    ("context", ["procedures-011"], "anxious patient",
     "My operation is on Monday. Since Thursday I've had a cough and a runny nose. I've waited eleven months for this and I really don't want to lose my slot. Should I just turn up as planned?"),
    ("lay", ["procedures-012"], "lay words",
     "I've got shellac on all my nails. Do I really have to take it all off for my op?"),
    ("context", ["medications-003"], "bereaved son",
     "My dad passed away on the 2nd of November. We're clearing his flat and found a carrier bag full of tablets. There are also some used needles from his insulin. What should we do with them?"),
    ("lay", ["medications-003"], "lay words",
     "Can I put my empty asthma puffers in the recycling bin?"),
    ("plain", ["medications-009"], "traveller",
     "Flying to Lagos next month with my insulin pens and needles. What paperwork should I carry?"),
    ("two_part", ["medications-012"], "plain",
     "Where is the hospital pharmacy, and can I take my hospital prescription to my local chemist instead?"),
    ("two_part", ["visiting-001"], "plain",
     "What are the usual visiting hours on an adult ward, and how many of us can be at the bed at once?"),
    ("plain", ["visiting-002"], "wrong assumption the passage corrects",
     "I know you don't allow children on wards, but my 6-year-old is desperate to see her grandad. Is there any way at all?"),
    ("context", ["visiting-007"], "question inside a forwarded e-mail thread",
     "---------- Forwarded message ----------\nFrom: Priya\nSubject: Dad\nI'm stuck in Toronto till the 20th and my brother's phone is always off. Can you ask the hospital if the nurses will tell me on the phone how Dad is doing? I'm his daughter.\n----------\nHi, forwarding my sister's question above. What's the rule?"),
    ("context", ["visiting-008"], "grandson, family of faith",
     "My grandma is on the ward and the nurses say she is near the end. The family want to be with her through the night. We're Muslim and she would want someone to pray with her. Can we stay overnight, and is there anyone at the hospital for that?"),
    ("plain", ["visiting-009"], "new father",
     "My son is on the children's ward. Can one of us stay the night with him?"),
    ("lay", ["visiting-010"], "daughter, lay words",
     "My dad's false teeth went missing on the ward yesterday. Who do I tell?"),
    ("plain", ["visiting-011"], "teenager for themselves",
     "is there free wifi on the ward? im in for a week and my data is gonna run out"),
    ("plain", ["visiting-012"], "complaint",
     "I'm not happy with how my mother was spoken to on the ward, and I don't want to raise it with the same nurses. Who else can I go to?"),
    ("plain", ["records_billing-001"], "lawyer-like",
     "I wish to obtain a copy of the records the hospital holds about me. Please confirm what information and proof must accompany my request."),
    ("lay", ["records_billing-002"], "teenager for themselves",
     "how do i sign up for the hospital app thing where u see ur appointments, what do i need"),
    ("context", ["records_billing-003"], "worried patient who read the portal",
     "I saw my blood results in the portal last night and one is flagged as high. Nobody has rung me. I phoned reception this morning and they wouldn't say anything. Who should I be asking?"),
    ("context", ["records_billing-005"], "carer with power of attorney",
     "I look after my mother, who has advanced dementia and can no longer make decisions. I hold a lasting power of attorney for health and welfare for her. The ward wouldn't tell me anything last time. What do I need to bring so staff will share information with me?"),
    ("lay", ["records_billing-007"], "lay words",
     "Can I get a breakdown of my bill showing every single thing separately?"),
    ("lay", ["records_billing-008"], "lay words",
     "Do I need my insurance to OK the scan before I come in?"),
    ("context", ["records_billing-009"], "recently unemployed",
     "I was made redundant in October. My hospital bill for my gallbladder operation is due at the end of the month. I can't pay it all in one go. What can I do?"),
    ("lay", ["records_billing-011"], "lay words",
     "Who do I ask for a sick note for work covering my stay in hospital?"),
]

EN_UNANS = [
    ("missing_detail", "appointments-008", "plain", "How much is it per hour to park in the visitor car park?"),
    ("missing_detail", "appointments-008", "traveller", "Which bus numbers stop right outside the main entrance?"),
    ("missing_detail", "appointments-008", "electric car owner", "Are there any charging points for electric cars in your car parks?"),
    ("missing_detail", "appointments-012", "carer of wheelchair user", "Is there a Changing Places toilet with an adult changing bench in the outpatients building?"),
    ("missing_detail", "appointments-012", "wheelchair user", "Exactly how much is the deposit to borrow one of your wheelchairs?"),
    ("missing_detail", "appointments-007", "Welsh-speaking patient writing English", "Do you have Welsh-speaking doctors or nurses, so I could have my consultation directly in Welsh without an interpreter? I think more clearly in my first language."),
    ("missing_detail", "appointments-006", "plain", "Which app do the video appointments run on - Zoom, Teams or something else?"),
    ("missing_detail", "appointments-005", "night-shift worker", "What time do the self check-in screens switch on in the morning?"),
    ("missing_detail", "appointments-009", "mobility scooter user", "Can I take my mobility scooter with me on the patient transport vehicle?"),
    ("missing_detail", "appointments-011", "carer", "At an outpatient appointment, do carers who wait with the patient get a free drink or a meal voucher?"),
    ("missing_detail", "appointments-002", "plain", "Is there a fee if I reschedule the same appointment more than twice?"),
    ("missing_detail", "appointments-003", "statement", "Exactly how many missed appointments before I get sent back to my GP?"),
    ("missing_detail", "appointments-010", "terse", "current waiting time in weeks for dermatology"),
    ("missing_detail", "appointments-004", "tourist", "I'm a tourist from Spain here for two weeks. If I need treatment, will I be charged, or does my European health card cover it?"),
    ("missing_detail", "visiting-001", "relative", "What time does visiting start on a Sunday on ward 12?"),
    ("missing_detail", "visiting-001", "prisoner's mother", "My son is in prison and is being brought in for an operation. Am I allowed to visit him on the ward?"),
    ("missing_detail", "visiting-002", "parent", "Is there a creche where I can leave my toddler for an hour while I have my scan?"),
    ("missing_detail", "visiting-003", "pet owner", "Can we bring Dad's dog in to see him on the ward? He's not an assistance dog, just his pet, but it would cheer him up."),
    ("missing_detail", "visiting-011", "patient", "Is there a TV at the bedside, and how much does it cost to use?"),
    ("missing_detail", "visiting-005", "visitor", "Are there lockers outside intensive care where visitors can leave coats and bags?"),
    ("missing_detail", "visiting-009", "pregnant woman", "How many birth partners can I have with me in the delivery room?"),
    ("missing_detail", "visiting-010", "relative", "What are the opening hours of the lost property office?"),
    ("missing_detail", "medications-012", "shift worker", "Is the outpatient pharmacy open on Saturday afternoons, and until what time?"),
    ("missing_detail", "medications-003", "older writer", "Will the pharmacy take back an old mercury thermometer?"),
    ("missing_detail", "test_preparation-005", "curious patient", "What make of MRI scanner do you have, and is it a 3 Tesla one?"),
    ("missing_detail", "test_preparation-006", "teenager for themselves", "can i listen to my own spotify playlist thru the headphones in the MRI"),
    ("missing_detail", "test_preparation-011", "plain", "Which floor is the lab on where I hand in my urine sample?"),
    ("missing_detail", "procedures-008", "patient", "Can I bring my own pillow and duvet from home for my stay?"),
    ("missing_detail", "records_billing-001", "plain", "How much does it cost to get a paper copy of my records?"),
    ("missing_detail", "records_billing-004", "transgender patient", "I'm a trans man. Which documents do I need to show to change my name and gender marker on my hospital record?"),
    ("missing_detail", "records_billing-008", "insured patient", "Which insurance companies do you bill directly?"),
    ("missing_detail", "records_billing-010", "refugee", "I have refugee status and just arrived. Is my hospital care free?"),
    ("off_topic", None, "job seeker", "Are you hiring healthcare assistants at the moment and how do I apply?"),
    ("off_topic", None, "widow", "I'd like to donate my late husband's hospital bed and commode. Will you take them?"),
    ("off_topic", None, "couple", "Can we hold a small wedding blessing in the hospital chapel for my fiance's gran?"),
    ("off_topic", None, "film student", "We're a student film crew. Can we film a short scene in one of your corridors next month?"),
    ("off_topic", None, "visitor", "Is there a cash machine anywhere inside the hospital?"),
    ("off_topic", None, "visitor", "Does the hospital shop sell phone chargers and newspapers?"),
    ("off_topic", None, "charity volunteer", "Can our charity run a fundraising stall in the main entrance for a day?"),
    ("off_topic", None, "teenager", "Can I do a week's work experience at the hospital? I'm 16 and want to be a nurse."),
]

ZH_ANS = [
    ("plain", ["appointments-001"], "繁體", "你們醫院的號一般提前幾天可以約？"),
    ("context", ["appointments-001"], "子女在国外，微信", "我在加拿大读书，爸妈在老家。我爸想去你们医院看看腰，他不会用手机。我打算用我自己的账号帮他挂号。可以直接用我的信息挂吗？"),
    ("plain", ["appointments-002"], "温州人，普通话夹温州词", "我约了下礼拜三的号，该日子来不了了，当天还可以在手机上退号吗？"),
    ("two_part", ["appointments-002"], "繁體", "取消預約以後掛號費會退嗎？退到哪裡？"),
    ("lay", ["appointments-002"], "网络用语", "放了医生鸽子会咋样？会不会被拉黑？"),
    ("plain", ["appointments-003"], "粵語，香港長者", "我今日唔記得帶醫保卡，點算好？"),
    ("context", ["appointments-004"], "宝妈群转发", "【宝妈群转发】宝宝刚满月，户口还没上，也没有身份证。想带她第一次来你们医院看湿疹。请问没有身份证怎么建档？"),
    ("plain", ["appointments-004"], "东北话", "俺家老头手机号换了，医院那边登记的号咋改呢？"),
    ("context", ["appointments-005"], "女儿代母亲问", "我妈去年在你们医院心内科确诊高血压，一直吃你们开的药。最近她膝盖不好，来一趟医院很费劲。能不能在网上复诊开药？药能寄到家里吗？"),
    ("plain", ["appointments-005"], "台灣年輕人", "欸我第一次看這科，可以直接線上看診嗎？超懶得跑一趟"),
    ("plain", ["appointments-006"], "粵語", "我去洗手間返嚟已經過咗號，點算呀？"),
    ("lay", ["appointments-007"], "简体，外孙女代问", "我外婆腿脚不行走不远，医院能借那种推着走的椅子吗？要押什么东西？"),
    ("plain", ["appointments-008"], "聋人写作", "我是聋人。想看病时有手语志愿者，要提前多久预约？"),
    ("lay", ["appointments-009"], "丈夫，口语", "我老婆大肚子了，我开车送她，能在门诊楼门口先放她下来吗？"),
    ("lay", ["appointments-011"], "中英夹杂", "我想挂的那个专家号已经full了，有没有waiting list可以排？"),
    ("context", ["appointments-012"], "奶奶带孙子", "儿子儿媳在外地打工，孙子8岁一直跟着我过。这次医生说要做个检查，需要签字。我是他奶奶，我签行不行？"),
    ("lay", ["test_preparation-001"], "中英夹杂", "明早抽血查血脂，起床后能先喝杯latte吗？"),
    ("plain", ["test_preparation-002"], "东北话", "做肠镜前两天能吃火龙果不？俺家有一箱红心的"),
    ("lay", ["test_preparation-002"], "简体，口语", "泻药都喝完了，拉出来的还是有渣渣，咋办？"),
    ("context", ["test_preparation-003"], "退休工人", "我下礼拜要做腰椎核磁。前几年我做过髋关节置换，里面有金属。家里人说有金属就不能做核磁。我该怎么办？"),
    ("plain", ["test_preparation-003"], "粵語", "照MRI可唔可以戴住假牙同手錶入去？"),
    ("plain", ["test_preparation-004"], "退休教师，书面语", "敝人下周拟行增强CT检查，请问检查完毕后需留院观察多久方可离开？"),
    ("plain", ["test_preparation-005"], "台灣國語，丈夫", "我太太可能懷孕了，她可以陪我進CT室嗎？"),
    ("two_part", ["test_preparation-007"], "繁體", "做婦科B超要憋尿嗎？如果是陰超呢？"),
    ("plain", ["test_preparation-008"], "繁體", "做無痛胃鏡，做完可以自己開車回家嗎？"),
    ("plain", ["test_preparation-009"], "繁體", "大便化驗要留多少？"),
    ("lay", ["test_preparation-010"], "南京话", "背那个24小时的心电图盒子，能不能洗澡啊？天热得很"),
    ("plain", ["procedures-001"], "繁體", "白內障手術可以做日間手術嗎？"),
    ("context", ["procedures-003"], "独居老人", "我今年66岁，老伴走了，一个人住。下周二要做日间手术，儿子在深圳上班请不了假。我想做完自己叫个滴滴回家。这样可以吗？"),
    ("plain", ["procedures-004"], "繁體", "手術同意書可以讓我女兒幫我簽嗎？"),
    ("lay", ["procedures-005"], "简体，口语", "后天手术，结果今天来大姨妈了，怎么办？"),
    ("plain", ["procedures-005"], "台灣國語", "我上禮拜剛做的美甲，手術一定要卸掉嗎？"),
    ("plain", ["procedures-006"], "台灣國語", "手術的傷口還沒好，可以洗澡嗎？"),
    ("two_part", ["procedures-007"], "繁體", "住院手續在哪裡辦？要帶什麼？"),
    ("lay", ["procedures-009"], "山东人", "俺睡觉打呼噜打得厉害，麻醉前要跟医生说不？"),
    ("plain", ["procedures-010", "records_billing-003"], "简体", "做胃镜取了活检，病理结果要等多久？在哪看？"),
    ("context", ["procedures-011"], "糖尿病患者", "我的手术排在下周一。这几天血糖一直控制得不好，早上都十几。我怕说了手术又要往后推，已经等了两个月了。要不要跟医院说？"),
    ("plain", ["procedures-012"], "繁體", "傷口用的是可吸收線，還需要拆線嗎？"),
    ("two_part", ["medications-002"], "简体", "常吃的药快吃完了，提前多久续方比较好？线上续方能不能顺便把剂量改一下？"),
    ("plain", ["medications-003"], "繁體", "沒開封的胰島素可以放冰箱冷凍庫嗎？"),
    ("lay", ["medications-004"], "上海话", "屋里厢一抽屉过期药，哪能弄法？好扔垃圾桶伐？"),
    ("plain", ["medications-009"], "繁體", "藥學諮詢門診要怎麼預約？"),
    ("context", ["visiting-002"], "母亲", "孩子奶奶住院一个星期了，孙女才10岁，天天吵着要去看奶奶。现在又是流感季节，我有点犹豫。小孩能进病房吗？要怎么安排？"),
    ("plain", ["visiting-003"], "繁體", "可以帶氣球去病房給我媽慶生嗎？"),
    ("plain", ["visiting-004"], "繁體", "ICU一次可以進去幾個人探視？"),
    ("two_part", ["visiting-006"], "简体", "家里人白天都上班，医院能请护工吗？要找谁？"),
    ("lay", ["visiting-007"], "粵語", "我煲咗湯俾老豆，佢飲唔晒，可唔可以放喺病房個雪櫃度？"),
    ("context", ["records_billing-001"], "女儿", "我妈上个月20号出院。她单位报销要住院病历的复印件。她腿脚不方便，不想再跑医院。出院多久以后能复印？能寄到家里吗？"),
    ("plain", ["records_billing-002"], "简体", "我爸去世了，想复印他的病历，要带哪些材料？"),
    ("lay", ["records_billing-005"], "中英夹杂", "住院每天花了多少钱，有没有daily bill可以看明细？在哪看？"),
    ("context", ["records_billing-007"], "河南人", "俺的医保是在河南老家交的。俺闺女在你们这边工作，想接俺过来做个手术。听说外地医保来这边不能直接用。得先办啥手续，中不中？"),
    ("lay", ["records_billing-009"], "简体，口语", "开了个检查后来不想做了，钱能退吗？怎么退？"),
    ("lay", ["records_billing-010"], "繁體", "照完CT醫院還會給我片子嗎？"),
    ("two_part", ["records_billing-011"], "简体", "单位要病假条，找谁开？开完还要去哪盖章？"),
    ("plain", ["records_billing-012"], "东北话", "住院押金那张收据整丢了，咋整？"),
    ("context", ["records_billing-004"], "居委会大妈代邻居问", "我是居委会的。我们楼里王阿姨70多了，老伴住过你们医院，她自己也要来看病。她儿子在外地，想在手机上帮爸妈都弄好。一个账号能不能绑好几个家里人？"),
    ("context", ["test_preparation-008"], "澳門", "我爸爸下個月要做無痛胃鏡。佢有高血壓，每朝都食降壓藥。我哋聽講檢查前唔可以食嘢飲水。咁嗰朝降壓藥仲食唔食得？"),
    ("context", ["visiting-004"], "香港中學生", "我阿爺喺ICU，我想同媽咪一齊入去睇佢。我哋之前未去過ICU。入去之前要做啲咩？"),
    ("context", ["procedures-008"], "老伴", "老头子住了半个月院，医生说明天可以出院了。我们家离医院远，明天我一个人来接他。想提前准备好，别白跑一趟。出院结账要带些什么？"),
    ("context", ["medications-009"], "微信语音转文字 无标点", "我妈同时在吃五六种药有降压的有降糖的还有中成药我怕她吃出问题你们医院有没有专门问药的地方要带什么去"),
]

ZH_UNANS = [
    ("missing_detail", "appointments-009", "繁體", "你們醫院停車一小時多少錢？"),
    ("missing_detail", "appointments-009", "新能源车主，中英夹杂", "停车场有没有EV充电桩？我开的是Tesla"),
    ("missing_detail", "appointments-009", "繁體", "離醫院最近的地鐵站是幾號線哪個出口？"),
    ("missing_detail", "appointments-007", "繁體", "門診大廳服務台早上幾點有人？"),
    ("missing_detail", "appointments-008", "外籍患者家属", "App的英文界面在哪里切换？"),
    ("missing_detail", "appointments-001", "简体", "门诊大厅的自助挂号机能不能用现金付钱？"),
    ("missing_detail", "appointments-002", "繁體", "爽約幾次會被限制線上預約？限制多久？"),
    ("missing_detail", "appointments-005", "繁體", "線上複診的掛號費是多少錢？"),
    ("missing_detail", "appointments-005", "简体", "线上开的药用哪家快递寄？运费谁出？"),
    ("missing_detail", "appointments-006", "繁體", "心內科診區的自助報到機在幾樓？"),
    ("missing_detail", "visiting-002", "简体", "住院的奶奶特别想家里的狗，能不能带狗来病房看她？"),
    ("missing_detail", "test_preparation-001", "上班族", "抽血窗口早上几点开始抽？"),
    ("missing_detail", "test_preparation-003", "繁體", "做一次核磁共振要多少錢？"),
    ("missing_detail", "test_preparation-007", "台灣國語", "B超室週末有開嗎？"),
    ("missing_detail", "test_preparation-008", "简体", "无痛胃镜的麻醉费医保能报销吗？"),
    ("missing_detail", "test_preparation-010", "简体", "动态心电图的盒子要是弄丢了要赔多少钱？"),
    ("missing_detail", "procedures-001", "繁體", "日間手術中心在幾樓？"),
    ("missing_detail", "procedures-007", "繁體", "病房有沒有單人房？一天多少錢？"),
    ("missing_detail", "procedures-008", "简体", "出院结算窗口周末上班吗？"),
    ("missing_detail", "medications-009", "简体", "药学咨询门诊收不收费？几点到几点？"),
    ("missing_detail", "visiting-001", "繁體", "週末探視時間是幾點到幾點？"),
    ("missing_detail", "visiting-006", "繁體", "請護工一天大概多少錢？"),
    ("missing_detail", "visiting-006", "陪护家属", "陪床的家属晚上睡哪？医院给不给折叠床？"),
    ("missing_detail", "visiting-007", "简体", "病区有没有微波炉可以热饭？"),
    ("missing_detail", "visiting-010", "台灣年輕人", "病房有Wi-Fi嗎？密碼是多少？超需要的"),
    ("missing_detail", "records_billing-001", "繁體", "影印病歷一頁多少錢？"),
    ("missing_detail", "records_billing-006", "香港長者", "我係香港人，喺內地冇醫保，可唔可以用香港嘅醫療券喺你哋度睇病？"),
    ("missing_detail", "records_billing-010", "粵語", "燒一隻影像光碟要幾多錢？"),
    ("missing_detail", "records_billing-011", "简体", "诊断证明要去门诊办公室盖章，门诊办公室在几楼哪个位置？"),
    ("missing_detail", "visiting-009", "简体", "在押人员住院了，家属能去探视吗？"),
    ("off_topic", None, "简体", "你们医院还招护士吗？怎么投简历？"),
    ("off_topic", None, "繁體", "我想捐贈遺體給醫學研究，要找哪個部門？"),
    ("off_topic", None, "台灣國語", "醫院裡有捐血站嗎？"),
    ("off_topic", None, "东北话", "俺昨天在门诊大厅落了一把雨伞，上哪儿找去？"),
    ("off_topic", None, "简体", "我们想在医院花园拍婚纱照，可以吗？"),
    ("off_topic", None, "短视频博主", "我是做短视频的，想在医院门口拍点宣传素材，需要找哪个部门审批？"),
    ("off_topic", None, "繁體", "醫院裡面有便利店或者ATM嗎？"),
    ("off_topic", None, "繁體", "醫院可以幫忙代收快遞嗎？"),
    ("off_topic", None, "粵語", "我想喺醫院做義工，點樣報名？"),
    ("off_topic", None, "简体", "医院的会议室能不能借给社区办讲座？"),
]


def load_ids(path):
    ids = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line:
                ids.add(json.loads(line)["id"])
    return ids


def build(lang, ans, unans):
    rows = []
    n = 0
    for kind, gold, voice, q in ans:
        n += 1
        rows.append({"id": "r10-%s-%03d" % (lang, n), "language": lang, "question": q,
                     "answerable": True, "gold": ["kb-%s-%s" % (lang, g) for g in gold],
                     "kind": kind, "voice": voice})
    for kind, near, voice, q in unans:
        n += 1
        v = voice if near is None else "%s; near kb-%s-%s" % (voice, lang, near)
        rows.append({"id": "r10-%s-%03d" % (lang, n), "language": lang, "question": q,
                     "answerable": False, "gold": [], "kind": kind, "voice": v})
    return rows


def main():
    try:
        ids_en = load_ids(os.path.join(KB, "passages_en.jsonl"))
        ids_zh = load_ids(os.path.join(KB, "passages_zh.jsonl"))
    except (OSError, ValueError, KeyError) as e:
        sys.exit("cannot read passage files under %s (set MEDQA_ROOT): %s" % (KB, e))
    known = ids_en | ids_zh
    rows = build("en", EN_ANS, EN_UNANS) + build("zh", ZH_ANS, ZH_UNANS)
    # asserts
    for lang, ids in (("en", ids_en), ("zh", ids_zh)):
        r = [x for x in rows if x["language"] == lang]
        a = [x for x in r if x["answerable"]]
        u = [x for x in r if not x["answerable"]]
        assert len(a) == 60 and len(u) == 40, (lang, len(a), len(u))
        golds = {g for x in a for g in x["gold"]}
        assert len(golds) >= 40, (lang, len(golds))
        assert sum(x["kind"] == "context" for x in a) >= 15, lang
        assert sum(x["kind"] == "missing_detail" for x in u) >= 25, lang
        assert all(x["kind"] in ("plain", "context", "lay", "two_part") for x in a)
        assert all(x["kind"] in ("missing_detail", "off_topic") for x in u)
        assert all("near kb-" in x["voice"] for x in u if x["kind"] == "missing_detail")
        for x in a:
            assert x["gold"], x["id"]
            for g in x["gold"]:
                assert g in ids, (x["id"], g)
        for x in u:
            assert x["gold"] == [], x["id"]
            if x["kind"] == "missing_detail":
                near = x["voice"].split("near ")[-1]
                assert near in ids, (x["id"], near)
    assert len({x["id"] for x in rows}) == len(rows)
    assert len({x["question"] for x in rows}) == len(rows)
    assert all(g in known for x in rows for g in x["gold"])
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for x in rows:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")
    print("wrote %d rows to %s" % (len(rows), OUT))


if __name__ == "__main__":
    main()
