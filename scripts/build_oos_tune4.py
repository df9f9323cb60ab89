"""Write the fourth tuning set of out-of-scope patient questions: near neighbours of the knowledge base.

    python3 scripts/build_oos_tune4.py [--check]

Output: medqa/assets/grounded/out_of_scope_tune4.jsonl, one row per question:
{"id": "oos-<lang>-tune4-NNN", "language": "en"|"zh", "question", "topic"}.
The questions are written by hand below (TOPICS). Unlike the first three sets, most topics were chosen as near
neighbours of a knowledge-base passage (medqa/assets/kb/passages_*.jsonl): they use the passage's own words and
situations (prescriptions, parking, test results, records, the ward, discharge) but ask for something no passage
answers, because the English question-scope model separates questions by meaning and needs negatives close to the
answerable ones. The rest cover kinds the earlier sets lack: clinical-sounding questions the KB does not cover,
hospital operations, transport, tech and family logistics. No topic is one of the earlier tuning sets' or of the
held-out validation/test sets' (see data_cards/out_of_scope_questions.md). Voices vary: plain patient questions,
text-speak, non-native English, formal letters, keyword fragments, long rambling questions; Chinese mostly
Simplified with Traditional/Cantonese rows and English words mixed in. Standard library only; the output is
deterministic. `--check` exits 1 when the file on disk differs from what this script would write.
"""

import sys

from oos_sets import write_set

# topic -> (English questions, Chinese questions); the comment names the KB passage each topic sits next to.
TOPICS: dict[str, tuple[list[str], list[str]]] = {
    # medications-001/012: prescriptions, but buying abroad online is not covered
    "online_pharmacy_abroad": ([
        "Is it safe to order my prescription medicines from an online pharmacy based in another country?",
        "cheap online pharmacy overseas ship prescription meds",
        "my prescription costs a lot here, can i just buy the same tablets from a website in india and bring them to my clinic appointment",
        "Are medicines bought from foreign websites legal to import for personal use?",
        "how do i know if an online chemist is legit or fake",
    ], [
        "在国外的网上药店买处方药寄回来安全吗？",
        "处方药 海外代购 合法吗",
        "医生开的药太贵了，我能不能在网上找海外代购买同样的药，复诊时带给医生看",
        "怎么分辨网上药店是不是正规的",
        "喺網上向外國藥房買藥，海關會唔會扣？",
    ]),
    # medications-012: collecting medicines, not loyalty schemes
    "pharmacy_loyalty_points": ([
        "Do I get loyalty points when I pay for my prescription at the hospital pharmacy?",
        "pharmacy reward card points prescription",
        "can i use my boots advantage card when i collect my prescription at the hospital",
        "Does the outpatient pharmacy offer a discount card for people who collect medicines every month?",
        "do u get points or cashback on prescriptions",
    ], [
        "在医院药房取药缴费能积分吗？",
        "药店会员卡 积分 处方药能用吗",
        "每个月都来医院药房取药，有没有会员折扣",
        "医院药房付款可以用信用卡积分抵扣吗",
        "藥房攞藥有冇積分？",
    ]),
    # medications-001/012: generic versus brand is a prescribing question the KB does not cover
    "brand_name_medicine_request": ([
        "Can I ask for my prescription to be the brand-name version of my tablets instead of the generic one?",
        "brand name vs generic medicine same?",
        "my prescription changed to a different make and the tablets look different, can i insist on the old brand",
        "Why does the hospital pharmacy only stock generic medicines?",
        "is the generic really the same as the original brand, my mum doesn't trust it and wants to bring her old box to the clinic",
    ], [
        "处方上能不能指定要进口原研药，不要国产仿制药？",
        "门诊开的仿制药 和 原研药 效果一样吗",
        "这次取药换了个厂家，药片颜色都不一样了，能要求换回原来那个牌子吗",
        "集采的药是不是效果差一点",
        "可唔可以指定要原廠藥？",
    ]),
    # medications-001: emergency supply covered, national shortages are not
    "medicine_shortage": ([
        "My HRT patches have been out of stock at every pharmacy for weeks. When will supplies come back?",
        "medicine shortage out of stock when back",
        "why can nobody fill my adhd prescription, is there a national shortage",
        "The pharmacist said my prescription is unavailable from the wholesaler. Does the hospital have its own stock?",
        "which medicines are in short supply right now",
    ], [
        "我吃的药最近到处都缺货，什么时候能恢复供应？",
        "药品断货 什么时候有货",
        "取药时药房说处方上这个药暂时没货，是全国都缺吗",
        "买不到我一直吃的降压药，厂家是不是停产了",
        "呢隻藥成個月缺貨，幾時先有？",
    ]),
    # medications-007/009 (zh): herbal medicines are mentioned, a decoction service is not
    "herbal_decoction_service": ([
        "Does the hospital pharmacy prepare Chinese herbal medicine as a ready-made decoction?",
        "herbal decoction service hospital",
        "the chinese medicine doctor gave me a prescription for herbs, can the pharmacy boil them for me and post the bags home",
        "How long do boiled herbal medicine packs keep in the fridge?",
        "can i collect my herbal prescription already cooked or do i have to boil it myself",
    ], [
        "医院的中药可以代煎吗？",
        "中药处方 代煎 多少钱 几天能拿",
        "开了七副中药，自己在家不会熬，药房能帮忙煎好寄到家里吗",
        "代煎好的中药袋子放冰箱能放几天",
        "中藥可以幫手煲好先攞嗎？",
    ]),
    # medications-009: travelling with medicines, not posting them to someone abroad
    "posting_medicines_overseas": ([
        "Can I post my father's prescription medicines to him in another country?",
        "send medicine by post international",
        "my son is studying abroad and ran out of his tablets, can i courier his prescription to him",
        "Which courier companies accept parcels containing medicines for overseas delivery?",
        "is it allowed to mail prescription drugs to australia",
    ], [
        "能把处方药快递寄给在国外的家人吗？",
        "药品 国际快递 能寄吗",
        "孩子在国外留学药吃完了，我在这边开了药想寄过去，海关会不会扣",
        "哪家快递可以寄药到美国",
        "寄藥去加拿大要申報嗎？",
    ]),
    # medications-006: interactions with supplements, not the legality of CBD
    "cbd_products": ([
        "Is it legal to use CBD oil, and can I bring it with me when I'm admitted to the ward?",
        "cbd oil hospital allowed",
        "my friend says cbd gummies help with pain, can the pain clinic give me a prescription for them",
        "Where can I buy good quality CBD oil?",
        "can i vape cbd on the hospital grounds",
    ], [
        "CBD油合法吗？住院时能带进病房用吗？",
        "CBD 产品 哪里买",
        "朋友说CBD软糖能止痛，疼痛门诊会开这个处方吗",
        "大麻二酚 护肤品 能不能用",
        "CBD油喺香港係咪違法？",
    ]),
    # medications-006: supplements named for interactions, never recommended
    "supplement_brand_advice": ([
        "Which brand of vitamin D is the best to buy?",
        "best multivitamin brand for over 60s",
        "what fish oil should i take, the cheap supermarket one or the expensive one from the pharmacy",
        "Can the nurse at my appointment recommend a good collagen supplement?",
        "is it worth it to pay extra for organic vitamins",
    ], [
        "哪个牌子的维生素D比较好？",
        "老人吃什么牌子的钙片好",
        "复诊时想问问，鱼油买超市便宜的还是药店贵的，有区别吗",
        "复诊的时候能不能让医生推荐一款蛋白粉",
        "邊隻牌子嘅維他命C好啲？",
    ]),
    # appointments-008: parking, not car valeting
    "car_wash_valet": ([
        "Is there a car wash or valet service in the hospital car park while I'm at my appointment?",
        "car valet hospital parking",
        "can someone clean my car while i'm in clinic, saw a sign once",
        "Does the valet company in the multi-storey also do tyre changes?",
        "hand car wash near the hospital",
    ], [
        "医院停车场有洗车服务吗？看病的时候顺便洗个车",
        "医院附近 洗车店",
        "门诊看病要两三个小时，停车场里有没有人帮忙洗车打蜡",
        "停车场里那个代客泊车是谁在管，收费吗",
        "醫院停車場有冇洗車？",
    ]),
    # appointments-008: hospital car parks, not residents' street permits
    "residents_parking_permits": ([
        "I live on the street next to the hospital. How do I get a residents' parking permit so visitors stop taking my space?",
        "resident parking permit near hospital",
        "patients visiting the clinic park outside my house all day, who do i complain to",
        "Can my carer get a visitor permit for the residents' zone outside my home?",
        "how much do residents pay for a parking permit on the road behind the hospital",
    ], [
        "我住在医院旁边的小区，看病的人天天把车停在我家门口，找谁管？",
        "医院周边 居民停车证 怎么办",
        "小区门口被来医院的车堵住了，能不能申请路边居民车位",
        "医院附近路边停车位晚上收费吗",
        "醫院附近嘅街泊位幾點開始免費？",
    ]),
    # appointments-008: parking, not height limits or overnight campervans
    "campervan_tall_vehicle_parking": ([
        "What is the height limit of the hospital multi-storey? We are coming to the appointment in a campervan.",
        "car park height restriction van",
        "can we sleep in our motorhome in the car park while my husband is on the ward, we live 200 miles away",
        "Is there parking for a minibus bringing a group to visit?",
        "parking a transit van at the hospital",
    ], [
        "医院停车场限高多少？我们开房车来看病",
        "停车场 限高 面包车能进吗",
        "家在外地，爱人住院，我们能不能在停车场的房车里过夜",
        "开货车来探视停哪里",
        "醫院停車場限高幾多米？",
    ]),
    # appointments-008/009: buses and patient transport, not airport pick-ups
    "airport_transfer": ([
        "I'm flying in for my appointment. Does the hospital arrange a pick-up from the airport?",
        "airport to hospital transfer",
        "landing at 6am, clinic is at 9, whats the quickest way from the airport, any shuttle",
        "Can the hospital book a car to take my mother from the ward straight to the airport after discharge?",
        "how much is a taxi from the airport to the hospital roughly",
    ], [
        "我从外地坐飞机来看门诊，医院有机场接送吗？",
        "机场 到 医院 怎么走 多久",
        "早上六点落地，九点的门诊，有没有机场大巴直接到医院",
        "出院那天能不能帮忙安排车直接送去机场",
        "由機場去醫院搭咩車最快？",
    ]),
    # appointments-008: bus routes on the website, not a shuttle between sites
    "inter_site_shuttle": ([
        "Is there a free shuttle bus between the two hospital sites? My scan is at one and my appointment at the other.",
        "shuttle bus between hospital sites timetable",
        "does the hospital shuttle stop at the train station",
        "Can visitors use the staff minibus that goes between the main hospital and the maternity unit?",
        "the shuttle bus was full, is there another one before my appointment",
    ], [
        "两个院区之间有免费接驳车吗？我在东院做检查，西院看门诊",
        "院区 穿梭巴士 时刻表",
        "住院部的接驳车在地铁站哪个口上车",
        "探视的家属能坐医院的班车吗",
        "兩個院區之間有冇穿梭巴士？",
    ]),
    # procedures-004: when to drive after surgery, not telling the licensing authority
    "driving_licence_notification": ([
        "Do I have to tell the driving licence agency about my epilepsy diagnosis?",
        "medical condition driving licence report",
        "after my stroke do i need to send my licence back or can i keep it",
        "Will my car insurance go up if I declare the diabetes from my clinic record?",
        "do I have to tell the DVLA I had a seizure",
    ], [
        "得了癫痫要不要向车管所申报？驾照会被吊销吗",
        "驾驶证 体检 有病 要报告吗",
        "中风出院以后驾照还能用吗，要不要主动去交管部门",
        "驾照体检的视力要求是多少",
        "有糖尿病考車牌要申報嗎？",
    ]),
    # appointments-008: patient and visitor parking, not staff permits
    "staff_parking_permit": ([
        "I'm starting as a nurse on ward 9 next month. How do I apply for a staff parking permit?",
        "staff car park permit application",
        "as a student nurse do i have to pay for parking on placement",
        "Can agency staff park in the staff car park or do they have to pay like visitors?",
        "waiting list for staff parking how long",
    ], [
        "我是新来的护士，员工停车证在哪里申请？",
        "职工停车证 怎么办",
        "进修医生在这边上班停车要自己付钱吗",
        "规培生能不能办医院内部停车卡",
        "新入職護士點樣申請員工泊車證？",
    ]),
    # records_billing-002: patient portal passwords, not staff computer logins
    "staff_it_login": ([
        "I'm an agency nurse on the ward tonight. What is the Wi-Fi password for the staff network?",
        "staff computer login locked out",
        "new doctor here, who do i call to get access to the electronic patient record system",
        "How do I reset my NHS smartcard PIN?",
        "IT helpdesk number for ward staff",
    ], [
        "我是临时来病房帮忙的护士，员工内网Wi-Fi密码是多少？",
        "员工 电脑 账号 锁了 找谁",
        "新来的医生，电子病历系统的账号去哪开通",
        "病房电脑坏了，医院信息科电话多少",
        "病房電腦登入唔到，IT部點聯絡？",
    ]),
    # records_billing-002: portal registration and passwords, not reporting app bugs
    "app_bug_report": ([
        "The hospital app keeps crashing when I open my test results. Where do I report a bug?",
        "patient app not working on new iphone",
        "the app shows my appointment twice and the times are different, which one is right lol, who fixes the app",
        "Will the patient app ever be available on Huawei phones without Google?",
        "dark mode for the hospital app? hurts my eyes reading test results at night",
    ], [
        "医院App一打开检查报告就闪退，去哪里反馈bug？",
        "医院App 鸿蒙系统 能用吗",
        "公众号上的预约记录显示了两次，时间还不一样，是系统出错了吗",
        "App更新以后查报告的字太小了，老人看不清，能不能改大字体",
        "醫院個App成日彈出，點算？",
    ]),
    # records_billing-004: sharing records with providers, not wearables
    "wearable_data_sharing": ([
        "Can I upload my Apple Watch heart readings to my hospital record so the cardiology clinic can see them?",
        "fitbit data share with doctor before appointment",
        "my smartwatch says i have afib sometimes, can i send the ecg from the watch to the clinic before my appointment",
        "Can I export my test results from the patient portal into Apple Health or Google Fit?",
        "does the hospital accept data from home sleep trackers",
    ], [
        "智能手表测的心电图能上传到医院的病历里给医生看吗？",
        "华为手表 数据 导入 医院App",
        "手环提示我房颤，复诊的时候把手表的记录给医生看有用吗",
        "检查报告能不能同步到手机的健康App里",
        "智能手錶嘅血壓數據可唔可以俾醫生睇？",
    ]),
    # records_billing-010 (zh): cloud images and CDs, not which viewer software to use
    "dicom_viewer_software": ([
        "The scan CD the hospital gave me won't open on my Mac. What software do I need to view the images?",
        "dicom viewer free download",
        "i got my mri on a disc but my laptop has no cd drive, how do i look at it",
        "Can I convert the DICOM files from my CT scan into normal JPG pictures?",
        "best app to view x-ray images on ipad, the clinic only gave me a disc",
    ], [
        "医院刻的影像光盘在苹果电脑上打不开，要装什么软件？",
        "DICOM 看片软件 免费",
        "看片软件里怎么自己测量结节的大小",
        "CT的DICOM文件怎么转成jpg图片",
        "光碟入面嘅X光片點樣喺電腦睇？",
    ]),
    # appointments-001: confirmations by text, email or letter; not WhatsApp or WeChat reminders
    "whatsapp_reminders": ([
        "Can the clinic send my appointment reminders by WhatsApp instead of text message?",
        "appointment reminder whatsapp",
        "i never read sms, could u message me on whatsapp the day before",
        "Is it possible to get appointment letters by WhatsApp for my mum, who doesn't use email?",
        "does the clinic have a whatsapp number for questions about my appointment",
    ], [
        "门诊预约提醒能不能发到我的邮箱，不要发短信？",
        "预约提醒 短信 收不到 能换成微信通知吗",
        "我从来不看短信，就诊前一天能不能打电话提醒一下",
        "医院有没有WhatsApp可以联系",
        "預約提醒可唔可以用WhatsApp send俾我？",
    ]),
    # appointments-006: video appointments covered, the software and its privacy are not
    "video_platform_choice": ([
        "Is the video appointment on Zoom or Microsoft Teams? My work laptop blocks Zoom.",
        "which app for hospital video appointment",
        "is the video clinic recorded and where is the recording stored",
        "Can my daughter in another city join the same video appointment as a third person?",
        "video consult end to end encrypted?",
    ], [
        "视频复诊对网速有什么要求，手机4G够不够",
        "互联网医院 视频问诊 会录像吗",
        "视频问诊的录像保存在哪里，会不会泄露",
        "能用电视投屏参加线上复诊吗",
        "視像覆診用Zoom定Teams？",
    ]),
    # procedures-004/005: arrange help with children; no childminder service
    "childminder_while_in_hospital": ([
        "I'm being admitted for two weeks and I'm a single parent. Can the hospital help me find a childminder for my kids at home?",
        "childminder recommendation while in hospital",
        "who looks after my children at home if i'm kept on the ward unexpectedly, i have no family here",
        "Does the hospital pay for a nanny while I'm in for chemotherapy?",
        "emergency babysitter agency near hospital",
    ], [
        "我要住院两周，家里孩子没人带，医院能帮忙找保姆吗？",
        "住院期间 孩子 临时托管",
        "突然要住院，家里孩子放学没人接，外地也没亲戚，怎么办",
        "化疗期间请育儿嫂，医院有没有补贴",
        "住院期間邊個幫我湊仔？",
    ]),
    # visiting-010: valuables on the ward, not an empty home
    "home_security_while_admitted": ([
        "My house will be empty while I'm in hospital for a month. Can the police keep an eye on it?",
        "home security while in hospital",
        "im on the ward and worried someone will break in, should i tell my insurance the house is empty",
        "Who can water my plants and collect the post while I'm admitted?",
        "my keys are at home and i'm stuck on the ward, a neighbour needs to get in, what do i do",
    ], [
        "我住院一个月家里没人，能请派出所帮忙照看一下吗？",
        "住院 家里没人 防盗",
        "住院期间家里长期没人，要不要告诉财产保险公司",
        "住院时家里的花谁帮忙浇，快递谁收",
        "住院成個月屋企冇人，點樣防賊？",
    ]),
    # records_billing-011: certificates for work; not how much sick pay an employer owes
    "sick_pay_entitlement": ([
        "How much sick pay is my employer legally required to pay while I'm off after my operation?",
        "statutory sick pay how much",
        "my boss says i only get paid for 3 days off, even with the doctors note from the ward, is that right",
        "Do I get full pay during cancer treatment or does it drop after a few months?",
        "self employed, any money while in hospital?",
    ], [
        "手术后休病假，单位应该发多少工资？",
        "病假工资 怎么算 法律规定",
        "住院拿了病假条，老板说病假只发最低工资，这样合法吗",
        "住院期间工资会不会被扣，劳动法怎么规定",
        "病假期間人工點計？",
    ]),
    # records_billing-008: pre-authorisation, not which policy to buy
    "choosing_health_insurance": ([
        "Which private health insurance plan would you recommend for a family of four?",
        "best health insurance compare",
        "is it worth getting insurance that covers this hospital, what do most patients here use",
        "Does health insurance cover pre-existing conditions if I buy it now, before my appointment?",
        "cheapest insurance that will pay for mri scans",
    ], [
        "一家四口买哪种商业医疗保险比较划算？",
        "百万医疗险 哪个好",
        "现在买商业保险，之前体检报告查出来的结节以后住院还能报吗",
        "惠民保值得买吗",
        "買邊間醫療保險好啲？",
    ]),
    # records_billing-009/012: bills and payment plans, not exotic currencies
    "crypto_foreign_currency_payment": ([
        "Can I pay my hospital bill in bitcoin?",
        "pay bill us dollars or euros",
        "i'm a visitor from abroad, can i pay for my treatment with my foreign card in my own currency and who pays the exchange fee",
        "Does the billing office accept payment in Hong Kong dollars?",
        "crypto payment hospital",
    ], [
        "医院缴费可以用比特币或者数字货币吗？",
        "住院费 能用美元 现金 付吗",
        "外国人用境外信用卡付住院费，货币转换的手续费由谁承担",
        "住院押金能用港币交吗",
        "醫院收唔收港紙？",
    ]),
    # records_billing-001/010 (zh): copies and retention rules exist, no periods stated
    "records_retention_period": ([
        "How many years does the hospital keep my medical records before they are destroyed?",
        "records retention how long",
        "my son was born here 25 years ago, do you still have his birth records or are they destroyed by now",
        "Are old paper records scanned before they are shredded?",
        "how long are x-ray images kept on my record",
    ], [
        "医院的病历保存多少年？过了期限会销毁吗",
        "病历 保存年限",
        "孩子二十多年前在这里出生的，那时候的病历还能查到吗",
        "几十年前的纸质病历有没有扫描存档",
        "舊病歷會保留幾多年？",
    ]),
    # records_billing-004: correction covered, deletion is not
    "right_to_erasure": ([
        "Can I ask the hospital to delete my medical records completely?",
        "delete my data gdpr hospital",
        "i had an appointment at the mental health clinic years ago, i want that record erased, is that possible",
        "Will you remove my details and records from your systems if I move abroad?",
        "right to be forgotten medical records",
    ], [
        "我能要求医院把我的病历彻底删除吗？",
        "删除 个人信息 医院 能不能",
        "以前在精神科看过一次门诊，我想把这条记录删掉，可以吗",
        "注销医院App账号后我的资料会删掉吗",
        "可唔可以要求醫院刪除我嘅記錄？",
    ]),
    # appointments-010: waiting times vary; no figures are given
    "surgery_waiting_list_statistics": ([
        "What is the current waiting list for a hip replacement at your orthopaedic department, in weeks?",
        "average waiting time knee surgery this hospital after first clinic appointment",
        "how many people are on the cataract list ahead of me",
        "Which department has the longest waiting list at the moment?",
        "waiting list figures published where",
    ], [
        "你们骨科做髋关节置换现在要排多久？",
        "白内障手术 排队 平均几周",
        "我前面还有多少人在等床位做手术",
        "医院哪个科住院排队最长",
        "做膝關節手術要排幾耐？",
    ]),
    # procedures-006: consent explains risks; not a surgeon's own numbers
    "surgeon_experience_numbers": ([
        "How many of these operations has my surgeon done, and what is his complication rate?",
        "surgeon success rate data",
        "before i sign the consent form i want to know where the consultant trained and if she's registered",
        "Can I see the outcomes of my surgeon compared with the national average?",
        "is dr patel at the knee clinic a specialist or still training",
    ], [
        "给我做手术的医生做过多少台这种手术，并发症率是多少？",
        "主刀医生 资历 在哪里进修过",
        "签同意书之前，我想查一下门诊这个医生有没有执业资格",
        "怎么查医生的职称是主任还是副主任",
        "主診醫生做過幾多次呢個手術？",
    ]),
    # procedures-005/visiting: nurses' roles appear, their training does not
    "staff_training_standards": ([
        "How often do the nurses on the ward get resuscitation training?",
        "are agency nurses trained same as regular staff",
        "do the staff in the dementia ward have any special training",
        "Are the healthcare assistants allowed to give medicines, or only registered nurses?",
        "autism awareness training for hospital staff",
    ], [
        "病房的护士多久做一次心肺复苏培训？",
        "护工 有没有 培训上岗",
        "照顾老年痴呆病人的护士有没有专门培训过",
        "实习护士可以给病人打针吗",
        "醫院啲護士有冇受過自閉症相關培訓？",
    ]),
    # records_billing-003: results of one's own tests, not the hospital's published research
    "hospital_research_papers": ([
        "Where can I read the research papers your doctors have published on knee surgery?",
        "hospital research publications list",
        "my consultant mentioned their study results on migraine at my appointment, is it published anywhere",
        "Which research awards has the hospital won this year? saw a poster on the ward",
        "does the hospital have a research department and what does it study",
    ], [
        "你们医院的医生发表过哪些关于膝关节手术的论文？",
        "医院 科研成果 在哪里看",
        "复诊时医生提到他们科做过偏头痛的研究，结果发表在哪里",
        "医院今年拿了什么科研奖",
        "醫院嘅研究報告喺邊度睇到？",
    ]),
    # test_preparation-005/006: MRI safety and the scan itself, not the machine's specification
    "mri_scanner_specs": ([
        "Is your MRI scanner 1.5 tesla or 3 tesla?",
        "open mri available? wide bore",
        "what make of scanner will my scan appointment be on, siemens or ge",
        "Is there a weight limit for the MRI table? I'm 180 kg.",
        "how old is the ct machine at this hospital",
    ], [
        "你们医院的核磁是1.5T还是3.0T的？",
        "开放式核磁 有吗",
        "放射科的CT是什么牌子的，西门子还是GE",
        "核磁检查床有没有体重限制，我两百多斤",
        "醫院部MRI係幾多T？",
    ]),
    # test_preparation-008/010: radiation is named, doses are not
    "radiation_dose_figures": ([
        "How many millisieverts of radiation is a CT scan of the chest?",
        "ct scan radiation dose msv",
        "i've had 4 x-rays this year at the clinic, is that too much radiation in total",
        "How does the radiation from a CT compare with a long-haul flight? I need to know before my appointment",
        "radiation dose record where can i see mine",
    ], [
        "做一次胸部CT的辐射剂量是多少毫西弗？",
        "CT 辐射量 相当于 拍几次X光",
        "今年门诊拍了四次片，辐射加起来会不会超标",
        "做一次CT的辐射和坐一次长途飞机比哪个多",
        "照一次CT有幾多輻射？",
    ]),
    # records_billing-003: getting results, not converting their units
    "lab_units_conversion": ([
        "How do I convert my cholesterol result from mmol/L to mg/dL?",
        "blood sugar test results mmol to mg/dl conversion",
        "my test results from the clinic abroad are in different units, how do i compare them with yours",
        "Why does the hospital report HbA1c in mmol/mol rather than percent?",
        "convert creatinine umol/l to mg/dl",
    ], [
        "化验单上的胆固醇单位是mmol/L，怎么换算成mg/dL？",
        "血糖 化验报告 mmol 换算 mg",
        "国外医院的化验单单位不一样，怎么和你们的报告对比",
        "糖化血红蛋白为什么有的写百分比有的写mmol/mol",
        "肌酐單位點樣換算？",
    ]),
    # procedures-012: preparing for the day of surgery, not music in theatre
    "theatre_music_playlist": ([
        "Can I bring my own music to listen to in the operating theatre?",
        "music during surgery allowed",
        "do the surgeons play music while they operate and can i choose the playlist",
        "Can I wear my earbuds during my operation under spinal anaesthetic?",
        "what music do they play in theatre, nurse said sometimes radio",
    ], [
        "做手术的时候可以戴耳机听自己的音乐吗？",
        "手术室 放音乐 可以点歌吗",
        "半麻的时候人是醒的，护士让不让带手机进手术室听歌",
        "医生做手术的时候自己听音乐吗",
        "做手術可唔可以聽歌？",
    ]),
    # procedures (consent, discharge): not keeping what was removed
    "keep_removed_tissue": ([
        "Can I keep my gallstones and bring them home after the operation?",
        "keep removed body part after surgery",
        "my son wants to take his tonsils home in a jar, is that allowed when he's discharged",
        "What happens to a leg after an amputation? Can the family bury it?",
        "can i have my wisdom teeth back",
    ], [
        "胆囊切除以后，取出来的结石能给我带回家吗？",
        "手术切下来的东西 出院能带走吗",
        "孩子扁桃体切了，他想留着做纪念，出院时能拿吗",
        "截肢后切下来的腿家属可以拿回去安葬吗",
        "手術取出嚟嘅石可唔可以俾返我？",
    ]),
    # procedures-009: planned discharge, not leaving against advice
    "self_discharge": ([
        "Can I discharge myself from the ward if I don't want to stay any longer?",
        "leaving hospital against medical advice",
        "my dad wants to go home tonight but the nurse says he's not ready, can they stop him",
        "If I sign myself out, will my insurance still pay the bill?",
        "self discharge form what happens",
    ], [
        "我不想住了，可以自己签字出院吗？",
        "自动出院 签字 后果",
        "我爸今晚就想回家，护士说还不能出院，医院能拦着不让走吗",
        "自动出院的话医保还给报销吗",
        "自己簽紙出院得唔得？",
    ]),
    # visiting and the ward: bays and sexes are not described
    "mixed_sex_wards": ([
        "Will my elderly mother have to share a bay with men on the ward?",
        "mixed sex ward policy",
        "my wife was put in a bay with male patients overnight in A&E, is that allowed",
        "Are there single-sex bathrooms on every ward?",
        "can i ask for a women only bay for religious reasons",
    ], [
        "住院的时候会不会男女住在同一间病房？",
        "病房 男女混住",
        "我老婆在急诊留观，旁边床是男病人，这样合规吗",
        "每个病区的卫生间分男女吗",
        "因為宗教原因可唔可以要求只同女病人一間房？",
    ]),
    # procedures-009, visiting: not why patients are moved between wards
    "ward_transfers_at_night": ([
        "Why was my dad moved to a different ward at 2am without anyone telling us?",
        "patient moved wards at night why",
        "my mum has been moved 3 times in 4 days, can we ask them to stop moving her",
        "Can a patient refuse to be transferred to another ward?",
        "who decides which ward a patient gets moved to when the bed is needed",
    ], [
        "我爸半夜两点被转到别的病区，也没人通知家属，为什么？",
        "住院 转科 转病区 原因",
        "我妈四天换了三次病房，能不能要求别再换了",
        "病人可以拒绝转到别的病区吗",
        "半夜點解要轉病房？",
    ]),
    # visiting-009/011: maternity visiting and photos, not hiring a photographer
    "newborn_photographer": ([
        "Can we book a professional newborn photographer to come to the maternity ward?",
        "newborn photoshoot hospital",
        "a company messaged me offering baby photos on the ward, are they allowed in by the hospital",
        "Is there a photographer who visits the postnatal ward every day?",
        "Can my sister bring her studio lights to take photos of the baby on the ward?",
    ], [
        "能请专业摄影师来产科病房给宝宝拍新生儿照吗？",
        "新生儿摄影 医院 上门",
        "有个影楼说可以进产科病房拍宝宝，医院允许吗",
        "产科病房有没有每天来拍照的摄影师",
        "可唔可以請攝影師入產房影BB相？",
    ]),
    # hospital operations: procurement
    "procurement_supplier": ([
        "How can my company become a supplier of medical gloves to the hospital?",
        "hospital tender procurement portal",
        "we sell cleaning products, who in the hospital do we contact about a contract",
        "Where are the hospital's current tenders published?",
        "Dear Procurement Team, please advise how a small local business may register on your approved supplier list.",
    ], [
        "我们公司想给医院供应医用手套，怎么成为供应商？",
        "医院 招标 采购 公告",
        "我们是做保洁用品的，医院采购找哪个部门",
        "医院设备招标信息在哪里发布",
        "點樣做醫院嘅供應商？",
    ]),
    # visiting-003/007: food for patients; not who holds the catering contract
    "catering_contract": ([
        "Which company has the contract for the patient meals on the wards?",
        "hospital catering contractor",
        "are the ward meals cooked on site or brought in frozen from a factory",
        "When does the hospital's catering contract come up for renewal?",
        "who supplies the sandwiches in the clinic waiting area",
    ], [
        "病房的病号饭是哪家公司承包的？",
        "病房 送餐 外包 公司",
        "病号饭是医院自己做的还是从外面的中央厨房送来的",
        "医院餐饮承包合同什么时候到期",
        "病房嘅飯係咪外判？",
    ]),
    # visiting-004: hand hygiene, not cleaning rotas
    "cleaning_schedule": ([
        "How often are the toilets on the ward cleaned? The one in my dad's bay was dirty all afternoon.",
        "ward cleaning schedule",
        "who cleans the patient's bedside table and how often, the nurse said it's not her job",
        "Is the outpatient clinic waiting room cleaned between morning and afternoon sessions?",
        "deep clean after norovirus how long does it take",
    ], [
        "病房的卫生间多久打扫一次？我爸那间一下午都很脏",
        "病区 保洁 时间表",
        "病人床头柜谁负责擦，护士说不是她的活",
        "门诊候诊区上午和下午之间会消毒吗",
        "病房幾耐清潔一次？",
    ]),
    # medications-003: returning medicines, not the hospital's clinical waste
    "clinical_waste_incinerator": ([
        "Does the hospital burn the clinical waste from the wards on site?",
        "hospital incinerator smoke",
        "where does all the used plastic from the wards go, is it incinerated",
        "Who collects the hospital's clinical waste and where is it taken?",
        "is the chimney behind the hospital an incinerator",
    ], [
        "医院的医疗垃圾是在院里焚烧的吗？",
        "医疗废物 焚烧炉 医院",
        "病房用过的一次性塑料最后去哪了，是烧掉吗",
        "病房的医疗废物是哪家公司拉走的",
        "醫院後面個煙囪係咪燒垃圾？",
    ]),
    # procedures (admission): beds are mentioned, not counted
    "bed_numbers_capacity": ([
        "How many beds does the hospital have in total?",
        "hospital bed occupancy rate",
        "how many intensive care beds are there, my dad's operation was cancelled because there was no bed",
        "Is the hospital full at the moment? Every ward seems to have a queue",
        "number of wards and beds",
    ], [
        "医院一共有多少张床位？",
        "医院 床位使用率",
        "ICU有几张床，我爸的手术因为没床位被取消了",
        "医院现在是不是满床了，住院要等多久没人说得清",
        "醫院有幾多張病床？",
    ]),
    # visiting-012: concerns about care, not reporting broken buildings
    "maintenance_reporting": ([
        "The lift in the outpatient block has been broken for a week. Who do I report it to?",
        "report broken lift hospital",
        "there's water leaking from the ceiling in the corridor outside the ward, does anyone know",
        "The automatic door at the clinic entrance is stuck. Who fixes it?",
        "light not working above my bed, who do i tell, not urgent",
    ], [
        "门诊楼的电梯坏了一个星期了，找谁报修？",
        "医院 报修 电话",
        "病房外面走廊天花板在漏水，要告诉谁",
        "门诊入口的自动门卡住了，谁来修",
        "病房冷氣壞咗，搵邊個整？",
    ]),
    # self_care-005/010/013: burns, hay fever and bites; no sunscreen advice
    "sunscreen_choice": ([
        "Which sunscreen SPF should I use on my baby's skin?",
        "best sunscreen for sensitive skin",
        "is mineral or chemical suncream better, the nurse at the clinic didn't know",
        "Can I use adult sun cream on a toddler? The nurse at the baby clinic was not sure",
        "spf 30 vs 50 real difference?",
    ], [
        "宝宝用防晒霜选SPF多少的？",
        "敏感肌 防晒霜 推荐",
        "物理防晒和化学防晒哪个好",
        "大人的防晒霜小孩能用吗",
        "防曬SPF30同50有咩分別？",
    ]),
    # self_care-012 (zh): a humidifier is mentioned, which to buy is not
    "humidifier_purchase": ([
        "Which humidifier should I buy for my child's bedroom after our visit to the asthma clinic?",
        "humidifier or dehumidifier which one",
        "is an ultrasonic humidifier safe to use at night next to a baby",
        "How often should I clean a humidifier to stop mould?",
        "what humidity level is best in the bedroom",
    ], [
        "孩子房间用哪个牌子的加湿器好？",
        "加湿器 超声波 还是 蒸发式",
        "儿科门诊医生说要注意湿度，加湿器整晚开着放在宝宝床边安全吗",
        "加湿器多久清洗一次才不会发霉",
        "房間濕度幾多先啱？",
    ]),
    # self_care-002/003: use a thermometer; not which one to buy
    "thermometer_buying": ([
        "Which type of thermometer is most accurate for a baby, ear or forehead?",
        "best digital thermometer to buy",
        "our ear thermometer and the one on the ward gave different readings, which should i trust",
        "Are the cheap infrared thermometers from online shops any good?",
        "how do I calibrate a thermometer at home",
    ], [
        "给宝宝量体温，耳温枪和额温枪哪个准？",
        "体温计 哪种好 电子 水银",
        "家里的耳温枪和病房护士测的差了快一度，信哪个",
        "网上几十块的红外体温枪准不准，跟护士用的一样吗",
        "水銀探熱針同電子探熱針邊個準？",
    ]),
    # self_care-009: back pain self-care; not furniture shopping
    "mattress_pillow_choice": ([
        "What is the best mattress to buy if I have back pain?",
        "firm or soft mattress for bad back",
        "which pillow should i buy for neck pain, memory foam?",
        "Do orthopaedic mattresses sold in shops actually help?",
        "best office chair for lower back pain, can't afford to pay for a fancy one",
    ], [
        "腰不好买什么样的床垫好，硬的还是软的？",
        "护腰 床垫 推荐",
        "颈椎不好用什么枕头，记忆棉的行吗",
        "商场卖的那种护脊床垫真的有用吗",
        "腰痛坐邊款椅子好？",
    ]),
    # appointments-006: have your readings ready; not which monitor to buy
    "home_bp_monitor_buying": ([
        "Which home blood pressure monitor should I buy to bring readings to my appointment?",
        "best blood pressure machine home to record readings",
        "wrist or upper arm bp monitor, which is more accurate",
        "Can I bring my blood pressure monitor to the clinic to check it against yours?",
        "omron vs cheap brand blood pressure cuff",
    ], [
        "家用血压计买哪种好？复诊时要带血压记录",
        "电子血压计 手腕式 上臂式 哪个准",
        "我能把家里的血压计带到门诊和医院的对比一下准不准吗",
        "欧姆龙血压计值不值得买，门诊医生让我每天记血压",
        "屋企用血壓機買邊隻好？",
    ]),
    # visiting-003/007: food brought in; not the ward menu's nutrition
    "ward_menu_calories": ([
        "Can I see the ward menu with the calories of each meal? I'm counting carbs.",
        "hospital meal nutritional information",
        "how many calories are in the hospital dinner, my mum is losing weight on the ward",
        "Does the menu on the ward list allergens like nuts and gluten?",
        "ward menu this week",
    ], [
        "病号饭每一餐的热量是多少？我在控制碳水",
        "病房 餐单 营养成分",
        "医院的饭菜单上有没有标注过敏原，比如花生",
        "病号饭的菜单多久换一次",
        "病房餐單有冇寫卡路里？",
    ]),
    # records_billing-010: charities are named; support groups are not listed
    "patient_support_groups": ([
        "Is there a support group for people who have had a stroke that meets at the hospital?",
        "cancer support group near me, nobody on the ward told us",
        "after my husband's heart attack the ward said nothing about other families going through it, are there groups",
        "Are there online forums for parents of children with diabetes run by the hospital?",
        "parkinsons support group meeting times",
    ], [
        "医院有没有中风病友会？",
        "癌症 病友群 怎么加入",
        "我爸出院后想认识同样做过心脏搭桥的病友，有这样的群吗",
        "糖尿病孩子家长交流群，儿科病房有组织吗",
        "有冇柏金遜病人互助小組？",
    ]),
    # medications-012: prescriptions at the hospital pharmacy; not over-the-counter shopping
    "otc_purchase_hospital_pharmacy": ([
        "Can I buy paracetamol and plasters at the hospital pharmacy without a prescription?",
        "hospital pharmacy sell over the counter",
        "visiting my dad and forgot my hay fever tablets, can i just buy some at the outpatient pharmacy",
        "Does the hospital pharmacy sell baby milk and nappies?",
        "can visitors pay for stuff at the hospital pharmacy or only patients with a prescription",
    ], [
        "没有处方能在医院药房买创可贴和感冒药吗？",
        "医院药房 能不能 直接买药",
        "来探视忘了带自己的鼻炎药，能在门诊药房直接买吗",
        "住院的时候医院药房卖奶粉和纸尿裤吗",
        "醫院藥房可唔可以直接買藥唔使醫生紙？",
    ]),
    # hospital operations: staff perks
    "staff_discounts": ([
        "Do nurses at this hospital get discounts at local shops and gyms?",
        "staff discount scheme hospital",
        "my wife works on the ward, can i use her staff discount in the coffee place",
        "Is there a staff benefits card for nurses and healthcare workers?",
        "free parking for staff or do they pay",
    ], [
        "医院的护士在周边商店有员工折扣吗？",
        "医护人员 优惠 打折",
        "我老婆在病房上班，我能用她的员工卡打折吗",
        "护士 免费 景区 门票",
        "醫護人員有冇員工優惠？",
    ]),
    # visiting-012: concerns and feedback; not joining the patient panel
    "patient_panel_membership": ([
        "How do I join the hospital's patient panel to help improve services?",
        "patient council membership",
        "i've been a patient at the clinic for 10 years and want to get involved in how it's run, is there a patient group for that",
        "Are patient representatives paid for attending hospital meetings?",
        "elections for hospital governors how to vote",
    ], [
        "怎么加入医院的患者顾问委员会？",
        "患者代表 医院 监督员",
        "我在这里看病十年了，想参与医院的管理改进，有没有病友代表可以报名",
        "医院社会监督员是怎么选的",
        "點樣做醫院嘅病人代表？",
    ]),
    # appointments-001/010: referrals and booking; not which hospital one may choose
    "hospital_catchment_area": ([
        "Am I in this hospital's catchment area, or do I have to go to the one in my own town?",
        "choose which hospital for operation, can my clinic refer me elsewhere",
        "can i have my operation at a different hospital nearer my daughter so she can visit",
        "Which hospital covers my postcode for maternity care?",
        "can i be treated here if i live in another county",
    ], [
        "我家的住址属于哪个医院的片区？",
        "看病 能不能 自己选医院",
        "能不能换到离我女儿近一点的医院做手术，方便她探视",
        "生孩子必须在户口所在地的医院吗",
        "住喺新界可唔可以去港島嘅醫院睇？",
    ]),
    # procedures-005 and visiting-002: children visit; not a pre-operation tour for a child patient
    "child_pre_op_visit": ([
        "Can my anxious 6-year-old visit the operating theatre before his operation so he knows what to expect?",
        "children theatre tour before surgery",
        "is there a play specialist who can explain the anaesthetic to my daughter before her appointment",
        "Can my son bring his teddy with him into the anaesthetic room?",
        "do kids get a certificate or sticker after surgery",
    ], [
        "孩子很怕手术，住院前能带他去手术室参观一下吗？",
        "儿童 术前 参观 手术室",
        "有没有专门给小朋友讲麻醉是怎么回事的游戏老师",
        "手术做完小朋友会发勇敢奖状或者贴纸吗",
        "細路做手術前可唔可以先去手術室睇吓？",
    ]),
    # medications-012: the hospital pharmacy's hours are on the website; other pharmacies are not listed
    "late_night_pharmacy_nearby": ([
        "Which pharmacy near the hospital is open 24 hours? I was discharged at 11pm with a prescription.",
        "24 hour chemist near hospital",
        "any pharmacy open sunday night near here, need to get my prescription filled",
        "Is there a late-night pharmacy within walking distance of the emergency department?",
        "nearest pharmacy open now with a discharge prescription",
    ], [
        "医院附近有24小时营业的药店吗？晚上十一点出院拿着处方",
        "附近 通宵 药店",
        "周日晚上附近哪家药店开门，要按处方买药",
        "急诊看完拿着处方，走路能到的夜间药店在哪",
        "醫院附近邊間藥房開通宵？",
    ]),
    # appointments-008: how to pay for parking; not finding the car afterwards
    "finding_parked_car": ([
        "I can't find my car in the multi-storey after my appointment. Is there anyone who can help?",
        "forgot where i parked hospital car park",
        "which level did i park on, is there a number plate search machine",
        "My car has been blocked in by another car in the visitor car park. Who do I call?",
        "car park lost car help parking level",
    ], [
        "看完病在地下停车场找不到自己的车了，有人能帮忙吗？",
        "停车场 寻车 系统",
        "停车场有没有输车牌查车位的机器",
        "我的车被别人堵住出不去了，找谁",
        "停車場搵唔到架車點算？",
    ]),
    # procedures-007 (zh): a wristband is put on at admission; its colours are not explained
    "wristband_colours": ([
        "What does the red wristband on my dad's arm mean?",
        "ward wristband colours meaning",
        "why does my mum have 2 wristbands, a white one and a yellow one",
        "Can I take my wristband off when I'm discharged, or should I keep it?",
        "purple wristband ward meaning",
    ], [
        "我爸手上戴的红色腕带是什么意思？",
        "住院 腕带 颜色 含义",
        "为什么我妈住院手上有两个腕带，一个白的一个黄的",
        "出院以后腕带可以自己剪掉吗",
        "手帶有唔同顏色係咩意思？",
    ]),
    # records_billing-001/004: copies and corrections; not decoding medical shorthand
    "letter_abbreviations": ([
        "What do 'NAD' and 'SOB' mean in my discharge letter?",
        "medical abbreviations in clinic letter meaning",
        "my record says 'TTO' and 'PRN', what do they stand for",
        "Is there a glossary of the abbreviations doctors use in letters?",
        "what does 'r/v 6/12' mean on my appointment letter",
    ], [
        "出院小结上写的NAD和SOB是什么意思？",
        "病历 英文缩写 含义",
        "处方单上的bid、qd、prn都是什么意思",
        "有没有病历常用缩写对照表",
        "醫生信入面寫住「F/U 3/12」係咩意思？",
    ]),
    # procedures-009: community nursing after discharge; not virtual wards
    "virtual_ward_hospital_at_home": ([
        "What is a virtual ward, and could my mum be treated at home instead of staying on the ward?",
        "hospital at home service eligibility",
        "the nurse mentioned a virtual ward with a monitor at home, who checks the readings at night",
        "Can IV antibiotics be given at home instead of being admitted?",
        "virtual ward how does it work",
    ], [
        "什么是虚拟病房？我妈能不能在家治疗不用住院？",
        "家庭病床 怎么申请",
        "护士说可以在家戴监测设备，晚上谁来看数据",
        "输液抗生素能在家里打吗，不想住院",
        "家居病床點樣申請？",
    ]),
}


if __name__ == "__main__":
    sys.exit(write_set(TOPICS, "tune4", ("tune", "tune2", "tune3"), __doc__.splitlines()[0]))
