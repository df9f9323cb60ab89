#!/usr/bin/env python3
"""Build questions.jsonl for set u34 (blind patient questions for the
"I don't have that information" decision).

Every question is a typed literal below. Running this script writes
questions.jsonl next to itself and checks counts, ids and gold passages
against the two KB files.
"""
import json
import os
from collections import Counter

SET = "u34"
HERE = os.path.dirname(os.path.abspath(__file__))
KB_DIR = "/work/main/medqa/assets/kb"
KB_FILES = {"en": "passages_en.jsonl", "zh": "passages_zh.jsonl"}

# (question, kind, voice) for not-answerable rows; gold is [].
# (question, gold_id, kind, voice) for answerable rows.

EN_OFF_TOPIC = [
    ("is there a cash machine anywhere inside the hospital?? need cash for the vending machines lol", "off_topic", "teen visitor, text-speak"),
    ("What time does the coffee shop near the main entrance close in the evening?", "off_topic", "evening visitor, plain"),
    ("How do I apply for a healthcare assistant job at the hospital? Is there a careers page?", "off_topic", "job seeker, polite"),
    ("My daughter's 16 and wants a week of work experience on a ward this summer. Who should she email?", "off_topic", "parent of a teenager"),
    ("Can I give blood at the hospital? I'm O negative and want to do my bit.", "off_topic", "would-be blood donor"),
    ("I'd like to leave something to the hospital charity in my will. Who do I speak to about that?", "off_topic", "older man, formal"),
    ("When was the hospital built? My grandad swears he was born in the old wing in 1938.", "off_topic", "curious local, chatty"),
    ("who is the chief exec at the moment", "off_topic", "short, no punctuation"),
    ("Can anyone recommend a cheap B&B or hotel close by? We're driving down from Glasgow to be near our son.", "off_topic", "family travelling from far away"),
    ("can i get an amazon parcel delivered straight to my mum on the ward?", "off_topic", "adult son, lowercase"),
    ("Is there a barber who comes round? Dad's been in three weeks and badly needs a haircut and a shave.", "off_topic", "daughter of long-stay patient"),
    ("Do you have a nursery or creche where staff can leave their kids during a shift?", "off_topic", "new staff member"),
    ("How do I get the telly above my bed working and how much does it cost a day?", "off_topic", "older inpatient, British"),
    ("hiya is there a hospital radio station? can i request a song for my nan's 90th", "off_topic", "granddaughter, chatty"),
    ("Does the hospital have a Facebook or Instagram page I can follow for news?", "off_topic", "social media user"),
    ("What do the different coloured uniforms mean? I can never tell who's a nurse and who's a doctor.", "off_topic", "confused patient, first person"),
    ("Is there a laundry service for patients' clothes? We live two hours away and can't bring fresh pyjamas every day.", "off_topic", "wife of inpatient"),
    ("Are there showers relatives can use? I've been sitting with my wife for two days straight.", "off_topic", "tired husband"),
    ("Where's the nearest big supermarket to the hospital?", "off_topic", "out-of-town visitor"),
    ("If I post a letter to a friend who's an inpatient, what address do I put on the envelope?", "off_topic", "old friend, letter writer"),
    ("When is the hospital summer fete this year, and can I buy raffle tickets in advance?", "off_topic", "community member"),
    ("I'm retired and have plenty of spare time. How do I become a volunteer at the hospital?", "off_topic", "retired woman"),
    ("Does the hospital run first aid courses for the public? Want to learn baby CPR.", "off_topic", "new parent"),
    ("how many beds does the hospital have altogether", "off_topic", "student doing a school project"),
    ("Does the vending machine on the children's ward take contactless?", "off_topic", "mum staying with child"),
    ("Can visitors get a flu jab at the hospital while they're here?", "off_topic", "older visitor"),
    ("Where in the hospital can I buy a newspaper and a puzzle book for my dad?", "off_topic", "son visiting"),
    ("Is there a gym on site that staff can use?", "off_topic", "nurse, short"),
    ("whats a decent pub near the hospital to get some dinner after visiting", "off_topic", "casual visitor, no punctuation"),
    ("Is there a carol service in the hospital chapel this Christmas? What date is it?", "off_topic", "churchgoer"),
    ("Can I bring my cat in to see my gran on the ward? She misses him terribly.", "off_topic", "grandson, pet question"),
    ("Is there a baby changing room in the outpatients department?", "off_topic", "young mum"),
    ("Does the baby unit take donations of knitted hats and blankets? Our knitting group has made loads.", "off_topic", "knitting group member"),
    ("Is there anywhere I can leave a suitcase for a few hours? Coming straight from the airport to see my brother.", "off_topic", "traveller"),
    ("Are nurses at the hospital allowed visible tattoos? Thinking of applying.", "off_topic", "aspiring nurse"),
    ("Does the hospital do tours for school groups? I teach Year 9 science.", "off_topic", "teacher"),
    ("Is there a garden or any outdoor space where patients can sit in the fresh air?", "off_topic", "patient's wife"),
    ("Is there a taxi rank outside or do I need to ring for a cab when I leave?", "off_topic", "visitor without car"),
    ("Is there a printer or photocopier I can use somewhere? I need to print off forms for my benefits claim.", "off_topic", "patient with paperwork"),
    ("Is this a teaching hospital linked to the university?", "off_topic", "medical school applicant"),
]

EN_MISSING = [
    ("What time exactly does visiting start on the general wards - is it 2pm or 3pm?", "missing_detail", "working daughter"),
    ("How much does it cost to park in the visitor car park for about 3 hours?", "missing_detail", "driver, practical"),
    ("How much is the deposit to borrow one of the wheelchairs at the main entrance?", "missing_detail", "carer of elderly mother"),
    ("Which floor is the outpatient pharmacy on?", "missing_detail", "short, plain"),
    ("Is the outpatient pharmacy open on Sundays?", "missing_detail", "weekend patient"),
    ("How much will it cost me to get a copy of all my medical records?", "missing_detail", "patient, first person"),
    ("how many days does the hospital legally have to send me my records once i ask", "missing_detail", "impatient patient, lowercase"),
    ("What's the name of your data protection officer, and what's their email address?", "missing_detail", "privacy-minded patient"),
    ("What's the actual phone number for the hospital switchboard?", "missing_detail", "older caller"),
    ("What's the income limit for the financial assistance programme? I earn about 18,000 a year.", "missing_detail", "low-income worker"),
    ("What's the lowest monthly amount you'll accept on a payment plan?", "missing_detail", "patient with a bill"),
    ("How much do you charge to write a report for my insurance company after my knee surgery?", "missing_detail", "post-surgery patient"),
    ("What number bus goes from the train station to the hospital?", "missing_detail", "visitor using public transport"),
    ("Is hospital patient transport free, or do I have to pay for it?", "missing_detail", "pensioner"),
    ("Can patient transport take my mobility scooter as well as me?", "missing_detail", "scooter user"),
    ("What are the ICU visiting times at weekends?", "missing_detail", "relative of ICU patient"),
    ("What time do the lights go off on the wards at night, 10 or 11?", "missing_detail", "night owl inpatient"),
    ("whats the wifi password for patients on ward 12", "missing_detail", "young inpatient, text-speak"),
    ("Where is the lost property office and what are its opening hours?", "missing_detail", "visitor who lost something"),
    ("What time are Friday prayers in the hospital, and is there an imam on the chaplaincy team?", "missing_detail", "Muslim relative"),
    ("How much is the parking discount for families of ICU patients - is it half price?", "missing_detail", "ICU family member"),
    ("How long does it usually take to get an itemised bill after I ask for one?", "missing_detail", "billing query, precise"),
    ("Is the patient billing office open on Saturdays?", "missing_detail", "weekday worker"),
    ("How long is the portal activation code valid for before it runs out?", "missing_detail", "new portal user"),
    ("How long is the waiting list for dermatology at the moment?", "missing_detail", "referred patient"),
    ("How much do printed pictures from the 20-week baby scan cost?", "missing_detail", "expectant mum"),
    ("Are flowers allowed on the orthopaedic ward? My aunt's in for a new hip.", "missing_detail", "niece visiting"),
    ("Which wards are closed to visitors because of norovirus right now?", "missing_detail", "worried relative"),
    ("How long does the pre-op assessment take? How many hours should I book off work?", "missing_detail", "working patient"),
    ("Do you charge for a letter confirming I attended my appointment? My work wants one.", "missing_detail", "employee"),
    ("How many minutes can I leave the car in the drop-off bay at the main entrance?", "missing_detail", "driver dropping off dad"),
    ("Is parking free if you've got a blue badge?", "missing_detail", "disabled driver"),
    ("Is the car park open 24 hours? I might be visiting late at night.", "missing_detail", "late visitor"),
    ("How many weeks will it take to get an answer to a formal complaint?", "missing_detail", "unhappy relative"),
    ("Where exactly is the patient advice and liaison office, and when is it open?", "missing_detail", "patient with a concern"),
    ("Are there electric car charging points in the visitor car park?", "missing_detail", "EV driver"),
    ("How much do you pay back towards petrol if I drive 40 miles each way for treatment?", "missing_detail", "rural patient"),
    ("Do the video appointments use Zoom, Teams or something else?", "missing_detail", "tech-cautious patient"),
    ("Is there a charge for a parent to stay overnight on the children's ward, and do parents get meals?", "missing_detail", "father of sick child"),
    ("Who's the consultant running the cardiology clinic on Tuesday mornings?", "missing_detail", "patient wanting a name"),
]

EN_ANSWERABLE = [
    ("What are the different ways I can book an outpatient appointment?", "kb-en-appointments-001", "plain", "plain adult"),
    ("I booked a clinic appointment over the phone last Monday and still haven't had a text, email or letter. How long should I wait before chasing it up?", "kb-en-appointments-001", "context", "patient waiting for confirmation"),
    ("cant make my appt next week, how much notice do u need to move it", "kb-en-appointments-002", "lay", "text-speak, young adult"),
    ("Woke up with diarrhoea and I've been sick twice. My appointment's at 11 - should I still come in?", "kb-en-appointments-002", "context", "unwell patient, morning"),
    ("If I miss an appointment without ringing, will I automatically get another one? And does it matter if I keep missing them?", "kb-en-appointments-003", "two_part", "forgetful patient"),
    ("What do I need to bring to my first clinic appointment, and is it OK if my sister comes with me?", "kb-en-appointments-004", "two_part", "nervous first-timer"),
    ("how early shud i turn up for my clinic appointment", "kb-en-appointments-005", "lay", "typo, lowercase"),
    ("My mum has a phone appointment with the heart clinic on Thursday but she never picks up withheld numbers. Will the hospital's call show as private?", "kb-en-appointments-006", "context", "daughter, third person"),
    ("Do I have to pay for an interpreter? And can my 12-year-old son just translate for me?", "kb-en-appointments-007", "two_part", "non-native speaker"),
    ("do the car park machines take card or is it coins only", "kb-en-appointments-008", "lay", "driver, no punctuation"),
    ("My dad can't walk far and doesn't drive. Can he get hospital transport to his appointment, and how far ahead do I need to book it?", "kb-en-appointments-009", "two_part", "son arranging for elderly father"),
    ("How can I check on the status of my referral?", "kb-en-appointments-010", "plain", "referred patient"),
    ("am i allowed to bring my guide dog into the hospital", "kb-en-appointments-012", "lay", "visually impaired patient"),
    ("can i chew gum while im fasting for my cholesterol blood test", "kb-en-test_preparation-001", "lay", "gum chewer, lowercase"),
    ("What counts as a 'clear fluid' the day before a colonoscopy?", "kb-en-test_preparation-004", "plain", "plain adult"),
    ("I've got an MRI on Friday. Do my hearing aids have to come out, and what should I do with my bank cards?", "kb-en-test_preparation-005", "two_part", "older patient"),
    ("I'm really claustrophobic and dreading my MRI next week. Is there anything that can help?", "kb-en-test_preparation-006", "context", "anxious patient"),
    ("For my pelvic ultrasound, do I need a full bladder, and how long does the scan take?", "kb-en-test_preparation-009", "two_part", "woman, practical"),
    ("got stung by a bee and the sting's still stuck in my arm. do i squeeze it out?", "kb-en-self_care-013", "lay", "gardener, lowercase"),
    ("how long does the glucose tolerance test take? can i nip out for a walk between the blood tests", "kb-en-test_preparation-012", "two_part", "restless patient, British slang"),
    ("I'm having a gastroscopy with sedation and I live on my own. Can I just get a taxi home afterwards?", "kb-en-procedures-002", "context", "person living alone"),
    ("does a latte count as a drink or as food before my operation", "kb-en-procedures-003", "lay", "coffee lover, lowercase"),
    ("What should I pack for an overnight stay in hospital?", "kb-en-procedures-008", "plain", "plain adult"),
    ("My mum's being discharged tomorrow. Why does going home take so long on the day, and what should she make sure she has before she leaves?", "kb-en-procedures-009", "two_part", "daughter, third person"),
    ("when am i allowed to shower after my op? the cut is on my tummy", "kb-en-procedures-010", "lay", "post-op patient, lowercase"),
    ("My wedding ring won't come off and I've got gel nails. What do I do about them before my surgery?", "kb-en-procedures-012", "two_part", "bride-to-be style, first person"),
    ("How far ahead should I order a repeat prescription?", "kb-en-medications-001", "plain", "plain adult"),
    ("My husband passed away last month and there's a cupboard full of his tablets and inhalers. What should I do with them?", "kb-en-medications-003", "context", "widow"),
    ("Flying to Spain next month with my insulin pens. Do they go in hand luggage or the hold, and do I need a letter from the doctor?", "kb-en-medications-009", "two_part", "traveller with diabetes"),
    ("Where do I take a hospital prescription after my outpatient appointment?", "kb-en-medications-012", "plain", "outpatient"),
    ("how many ppl can visit at once on a normal ward", "kb-en-visiting-001", "lay", "text-speak visitor"),
    ("My 6-year-old wants to see her grandad on the ward, but she's had a cough and cold this week. Can I still bring her?", "kb-en-visiting-002", "context", "mum of young child"),
    ("Can I take a balloon in for my sister's birthday on the ward? And can I bring homemade lasagne for the nurses to heat up for her?", "kb-en-visiting-003", "two_part", "sibling planning a surprise"),
    ("How do I get into the intensive care unit when I arrive to visit?", "kb-en-visiting-005", "plain", "first-time ICU visitor"),
    ("My brother's in hospital and about eight of us keep ringing the ward for updates. Is there a better way to do this?", "kb-en-visiting-007", "context", "big family"),
    ("dad's lost his dentures on the ward, who do we tell", "kb-en-visiting-010", "lay", "son, lowercase"),
    ("What do I need to register for the patient portal?", "kb-en-records_billing-002", "plain", "plain adult"),
    ("can i get a bill that lists every charge seperately not just the total?", "kb-en-records_billing-007", "lay", "typo, billing"),
    ("I got a hospital bill for 1,400 due at the end of the month and there's no way I can pay it all at once. What are my options?", "kb-en-records_billing-009", "context", "stressed patient"),
    ("I'm due to be discharged on Friday after my op. Can the ward give me a sick note for work before I go?", "kb-en-records_billing-011", "context", "working inpatient"),
]

ZH_OFF_TOPIC = [
    ("这里有没有ATM取款机？要取点现金", "off_topic", "中年男性，简体"),
    ("请问医院附近有没有便宜点的宾馆？我们从外地过来照顾老人", "off_topic", "外地家属，简体"),
    ("你们还招护士吗？简历投到哪里", "off_topic", "应届护理生，简体"),
    ("想献血，你们这边有献血点吗", "off_topic", "年轻人，简体"),
    ("醫院裡面有沒有便利商店可以買日用品？", "off_topic", "繁体，台湾用语"),
    ("你哋醫院有冇咖啡舖？夜晚幾點收？", "off_topic", "粤语，探病家属"),
    ("你们是三甲吗？建了多少年了？", "off_topic", "好奇的本地人，简体"),
    ("现任院长是谁啊", "off_topic", "简短，简体"),
    ("网购的快递能直接寄到住院部吗？地址怎么写", "off_topic", "女儿，简体"),
    ("我爸住院一个多月了头发好长，病房能请理发师上来剪吗", "off_topic", "儿子，口语"),
    ("我是医学院大四学生，想来你们医院见习，找哪个部门联系？", "off_topic", "医学生，简体"),
    ("我们公司想捐一批轮椅，应该联系谁？", "off_topic", "企业代表，简体"),
    ("遗体捐献怎么登记？我想早点办好", "off_topic", "老人，简体"),
    ("医院有没有母婴室？带宝宝来复查要喂奶", "off_topic", "哺乳妈妈，简体"),
    ("探病可唔可以帶埋隻狗仔去？阿婆好掛住佢", "off_topic", "粤语，孙女，宠物"),
    ("入职体检多少钱？要不要提前约", "off_topic", "新员工，简体"),
    ("九价HPV在你们这能打吗？怎么约", "off_topic", "年轻女性，简体"),
    ("哪儿能借充电宝？手机快没电了", "off_topic", "着急的访客，口语"),
    ("住院部樓下有冇生果舖？", "off_topic", "粤语，探病家属"),
    ("醫院附近有什麼好吃的餐廳？探完病想跟家人吃頓飯", "off_topic", "繁体，家属"),
    ("你们有官方抖音号吗？", "off_topic", "年轻人，简短"),
    ("想去医院做志愿者，怎么报名？有年龄要求吗", "off_topic", "退休阿姨，简体"),
    ("有没有合作的月子中心可以推荐？", "off_topic", "孕妇，简体"),
    ("你哋醫院係咪教學醫院嚟㗎？", "off_topic", "粤语，简短"),
    ("你们每年有义诊活动吗？一般什么时候", "off_topic", "社区居民，简体"),
    ("护士有的穿粉色有的穿蓝色，有什么区别啊", "off_topic", "好奇的病人，口语"),
    ("医院有没有给陪护家属洗澡的地方？", "off_topic", "陪护家属，简体"),
    ("病人的衣服医院能帮忙洗吗？有没有洗衣房", "off_topic", "家属，简体"),
    ("醫院有冇花園，可以推阿爺出去曬吓太陽？", "off_topic", "粤语，孙子"),
    ("附近有没有短租的房子？要在这边待几个月", "off_topic", "外地患者，简体"),
    ("醫院裡有沒有可以影印身分證的地方？", "off_topic", "繁体，办事的家属"),
    ("有没有对外开放的健身房？", "off_topic", "简短，简体"),
    ("转院要坐救护车，怎么约车？跑一趟多少钱", "off_topic", "家属，费用问题"),
    ("有没有糖尿病病友会或者健康讲座可以参加？", "off_topic", "慢病患者，简体"),
    ("医院附近有没有行李寄存的地方？下了高铁直接过来探视", "off_topic", "外地访客，简体"),
    ("醫院有冇穿梭巴士由地鐵站接駁過嚟？", "off_topic", "粤语，公共交通"),
    ("楼里有没有银行网点？想顺便办张银行卡", "off_topic", "中年女性，简体"),
    ("你们是公立还是私立的？", "off_topic", "简短，简体"),
    ("病房里的电视怎么开？看电视要交钱吗", "off_topic", "老年住院患者，简体"),
    ("平时有没有音乐会之类的活动给病人解闷？", "off_topic", "家属，简体"),
]

ZH_MISSING = [
    ("停车场一小时收多少钱？周末也一样吗", "missing_detail", "开车的家属，简体"),
    ("普通病房下午探视具体是几点到几点？我六点下班赶得上吗", "missing_detail", "上班族，简体"),
    ("ICU每天几点可以进去探视？", "missing_detail", "ICU家属，简体"),
    ("病历复印一页多少钱？", "missing_detail", "出院患者，简短"),
    ("病历邮寄用的是哪家快递？邮费大概多少", "missing_detail", "外地患者，简体"),
    ("骨科住院预交金一般要交多少？", "missing_detail", "准备住院的家属，简体"),
    ("请护工一天大概多少钱？", "missing_detail", "子女，简体"),
    ("专家号每天几点开始放号？是早上八点吗", "missing_detail", "抢号的患者，简体"),
    ("普通门诊挂号费多少钱？", "missing_detail", "简短，简体"),
    ("去外院会诊要刻光盘，刻一张多少钱", "missing_detail", "转诊患者，简体"),
    ("你们医院的影像资料保存几年？", "missing_detail", "谨慎的患者，简体"),
    ("医院总机电话是多少？", "missing_detail", "老人，简短"),
    ("門診藥房禮拜日有冇開？幾點收工？", "missing_detail", "粤语，周末取药"),
    ("急诊在哪栋楼？从正门进去怎么走", "missing_detail", "第一次来的家属，简体"),
    ("手语志愿者是星期几有？", "missing_detail", "听障患者家属，简体"),
    ("爽约几次会被限制预约？要限制多长时间", "missing_detail", "经常改期的患者，简体"),
    ("互联网医院线上复诊收多少钱？", "missing_detail", "慢病患者，简体"),
    ("线上续方的药快递到家要付运费吗？", "missing_detail", "慢病患者，简体"),
    ("戴着动态心电图能坐高铁吗？过安检有没有影响", "missing_detail", "出差的患者，简体"),
    ("异地就医备案办好以后多久生效？当天能用吗", "missing_detail", "外地参保患者，简体"),
    ("没有备案回参保地报销，比例会降低多少？", "missing_detail", "外地参保患者，简体"),
    ("診斷證明要去門診辦公室蓋章，辦公室在幾樓？", "missing_detail", "繁体，上班族"),
    ("营养食堂订餐一顿多少钱？几点送到病房？", "missing_detail", "住院家属，简体"),
    ("陪护证在哪里办？要交钱吗", "missing_detail", "陪护家属，简体"),
    ("日间手术中心在哪栋楼几层？", "missing_detail", "日间手术患者，简体"),
    ("无痛胃镜的麻醉费大概多少钱？医保能报吗", "missing_detail", "考虑无痛胃镜的患者，简体"),
    ("药学咨询门诊哪几天有？要挂号费吗", "missing_detail", "多药并用的老人，简体"),
    ("老年人绿色通道多少岁能走？60还是65", "missing_detail", "子女代问，简体"),
    ("出院结算窗口周六周日上班吗？", "missing_detail", "周末出院的家属，简体"),
    ("现金交的预交金，出院退款要等几天？", "missing_detail", "用现金的老人，简体"),
    ("互联网医院晚上几点之后就不能问诊了？", "missing_detail", "夜班工人，简体"),
    ("App上设了候补，候补成功会自动扣挂号费吗？", "missing_detail", "会用App的年轻人，简体"),
    ("你们医院一共有几个院区？分院地址在哪", "missing_detail", "第一次来的患者，简体"),
    ("坐地铁来医院，最近的是几号线哪个出口？", "missing_detail", "坐地铁的患者，简体"),
    ("退号以后挂号费一般几天能退到微信里？", "missing_detail", "退号的患者，口语"),
    ("陪床的折叠床要租吗？一晚多少钱", "missing_detail", "陪床家属，简体"),
    ("住院部外面有吸烟区吗？在哪里", "missing_detail", "抽烟的家属，简体"),
    ("陪护家属可以去营养食堂吃饭吗？", "missing_detail", "陪护家属，简体"),
    ("电子发票的抬头可以开成公司名字吗？", "missing_detail", "报销的上班族，简体"),
    ("醫院門口有邊幾條巴士線？", "missing_detail", "粤语，公共交通"),
]

ZH_ANSWERABLE = [
    ("专科号一般提前几天放出来？", "kb-zh-appointments-001", "plain", "简体，平实"),
    ("我想帮我妈挂个号，能直接用我自己的身份信息挂吗？", "kb-zh-appointments-001", "context", "女儿代挂号，简体"),
    ("约了明天的号去不了了，要怎么取消？挂号费能退吗？", "kb-zh-appointments-002", "two_part", "临时有事的患者，简体"),
    ("改约能不能直接换个日子", "kb-zh-appointments-002", "lay", "口语，无标点"),
    ("今日唔記得帶醫保卡，點算好？", "kb-zh-appointments-003", "context", "粤语，就诊当天"),
    ("小孩还没办身份证，第一次来怎么建档？", "kb-zh-appointments-004", "plain", "新手爸妈，简体"),
    ("我是第一次来看这个病，可以直接在网上问诊开药吗？", "kb-zh-appointments-005", "context", "新患者，简体"),
    ("过号了咋办", "kb-zh-appointments-006", "lay", "北方口语，简短"),
    ("我外婆不会用智能手机，怎么挂号？到了医院有人帮忙带路吗？", "kb-zh-appointments-007", "two_part", "外孙女代问，简体"),
    ("急诊门口那条道能临时停一下车吗", "kb-zh-appointments-009", "lay", "司机家属，口语"),
    ("急诊要不要提前预约？晚上开不开？", "kb-zh-appointments-010", "two_part", "简体，两问"),
    ("想挂的那个专家号全约满了，还有什么办法吗？", "kb-zh-appointments-011", "context", "着急的患者，简体"),
    ("孩子平时是爷爷奶奶带，他们带去看病要签同意书怎么办？", "kb-zh-appointments-012", "context", "双职工父母，简体"),
    ("抽血前能喝水吗？抽完多久可以吃早饭？", "kb-zh-test_preparation-001", "two_part", "空腹抽血患者，简体"),
    ("做肠镜前几天应该吃什么？", "kb-zh-test_preparation-002", "plain", "简体，平实"),
    ("做核磁共振，內衣有金屬扣要脫掉嗎？", "kb-zh-test_preparation-003", "lay", "繁体，女性"),
    ("做完增强CT可以直接回家吗？", "kb-zh-test_preparation-004", "context", "检查患者，简体"),
    ("我陪我妈去拍CT，我自己可能怀孕了，还能进检查室陪她吗？", "kb-zh-test_preparation-005", "context", "陪检的女儿，简体"),
    ("明天要做肝胆B超和膀胱B超，到底是空腹还是憋尿？先做哪个？", "kb-zh-test_preparation-007", "two_part", "困惑的患者，简体"),
    ("做胃镜前一天晚上能喝点酒吗", "kb-zh-test_preparation-008", "lay", "中年男性，口语"),
    ("血常规一般多久出结果？", "kb-zh-records_billing-003", "plain", "简体，简短"),
    ("戴住Holter嗰24個鐘可唔可以沖涼？", "kb-zh-test_preparation-010", "lay", "粤语，夏天"),
    ("什么样的手术可以做日间手术？", "kb-zh-procedures-001", "plain", "简体，平实"),
    ("病房里能不能用电热水壶烧水？", "kb-zh-visiting-010", "lay", "陪护家属，简体"),
    ("我爸做完日间手术，我上班走不开，能给他叫个网约车自己回去吗？", "kb-zh-procedures-003", "context", "忙碌的儿子，简体"),
    ("手术当天要带哪些东西？美甲要不要卸掉？", "kb-zh-procedures-005", "two_part", "年轻女性，简体"),
    ("住院证开好了，接下来怎么办入院手续？", "kb-zh-procedures-007", "plain", "家属，简体"),
    ("明天出院，办结算要带什么东西？", "kb-zh-procedures-008", "context", "出院家属，简体"),
    ("无痛肠镜做完多久能吃东西", "kb-zh-procedures-010", "lay", "口语，无标点"),
    ("手术要改期的话，最晚要提前多久通知？", "kb-zh-procedures-011", "plain", "简体，平实"),
    ("我的傷口用的是可吸收線，還需要回醫院拆線嗎？", "kb-zh-procedures-012", "context", "繁体，术后患者"),
    ("降压药长期处方一次最多能开多久？", "kb-zh-medications-001", "plain", "高血压患者，简体"),
    ("线上续方能顺便换个药吗？药能寄到家里吗？", "kb-zh-medications-002", "two_part", "慢病患者，简体"),
    ("胰島素開封用了之後還要放冰箱嗎？", "kb-zh-medications-003", "lay", "繁体，糖尿病患者"),
    ("说明书写饭后吃，是吃完饭多久吃？一日三次是不是跟着三顿饭吃？", "kb-zh-medications-006", "two_part", "老年患者，简体"),
    ("上午可以去病房探望吗？", "kb-zh-visiting-001", "plain", "简体，简短"),
    ("我儿子8岁，想去病房看住院的爷爷，可以吗？", "kb-zh-visiting-002", "context", "爸爸，简体"),
    ("陪床可唔可以幾個人輪流換？", "kb-zh-visiting-006", "lay", "粤语，兄弟姐妹轮班"),
    ("我上周五刚出院，现在能去复印病历吗？", "kb-zh-records_billing-001", "context", "刚出院的患者，简体"),
    ("我爸去世了，我想复印他的住院病历，需要带哪些材料？", "kb-zh-records_billing-002", "context", "丧亲子女，简体"),
]

EXPECTED = {
    ("en", "off_topic"): 40, ("en", "missing_detail"): 40, ("en", "answerable"): 40,
    ("zh", "off_topic"): 40, ("zh", "missing_detail"): 40, ("zh", "answerable"): 40,
}
KINDS = {"off_topic", "missing_detail", "lay", "context", "two_part", "plain"}


def load_kb_ids():
    ids = {}
    for lang, fname in KB_FILES.items():
        with open(os.path.join(KB_DIR, fname), encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if line:
                    p = json.loads(line)
                    ids[p["id"]] = p["language"]
    return ids


def build():
    rows = []
    for lang, not_ans, ans in (
        ("en", EN_OFF_TOPIC + EN_MISSING, EN_ANSWERABLE),
        ("zh", ZH_OFF_TOPIC + ZH_MISSING, ZH_ANSWERABLE),
    ):
        n = 0
        for q, kind, voice in not_ans:
            n += 1
            rows.append({"id": f"{SET}-{lang}-{n:03d}", "language": lang, "question": q,
                         "answerable": False, "gold": [], "kind": kind, "voice": voice})
        for q, gold, kind, voice in ans:
            n += 1
            rows.append({"id": f"{SET}-{lang}-{n:03d}", "language": lang, "question": q,
                         "answerable": True, "gold": [gold], "kind": kind, "voice": voice})
    return rows


def check(rows):
    kb = load_kb_ids()
    assert len(rows) == 240, len(rows)
    ids = [r["id"] for r in rows]
    assert len(set(ids)) == len(ids), "duplicate ids"
    qs = [r["question"] for r in rows]
    assert len(set(qs)) == len(qs), "duplicate questions"
    c = Counter()
    for r in rows:
        assert r["kind"] in KINDS, r
        assert r["question"].strip() and r["voice"].strip(), r
        if r["answerable"]:
            assert r["kind"] not in ("off_topic", "missing_detail"), r
            assert len(r["gold"]) == 1, r
            g = r["gold"][0]
            assert g in kb, f"gold not in KB: {g}"
            assert kb[g] == r["language"], f"gold language mismatch: {r['id']}"
            c[(r["language"], "answerable")] += 1
        else:
            assert r["gold"] == [], r
            assert r["kind"] in ("off_topic", "missing_detail"), r
            c[(r["language"], r["kind"])] += 1
    assert dict(c) == EXPECTED, dict(c)
    return c


def main():
    rows = build()
    c = check(rows)
    out = os.path.join(HERE, "questions.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
    for k in sorted(c):
        print(k, c[k])
    print("answerable kinds:", dict(Counter((r["language"], r["kind"]) for r in rows if r["answerable"])))
    print("wrote", out, len(rows), "rows")


if __name__ == "__main__":
    main()
