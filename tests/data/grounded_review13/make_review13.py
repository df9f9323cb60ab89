"""Build the blind grounded review set 13 (en + zh) and write questions.jsonl next to this file."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.environ.get("MEDQA_ROOT") or os.path.abspath(os.path.join(HERE, "..", "..", ".."))
KB = os.path.join(ROOT, "medqa", "assets", "kb")

P, C, L, T = "plain", "context", "lay", "two_part"
M, O = "missing_detail", "off_topic"

# (kind, gold ids without the "kb-<lang>-" prefix, voice, question)
EN = [
    (C, ["appointments-001"], "lorry driver on the road", "I drive HGVs all week and I'm never near a landline or the hospital. Is there a way to book my outpatient slot from my phone without ringing anyone?"),
    (T, ["appointments-002"], "Scottish (wee, yous)", "I've woke up wi a wee fever the day o my clinic. Should I still come in? And how much notice do yous usually want if I need tae move it?"),
    (C, ["appointments-003"], "student who moved flats", "My clinic letter went to my old student flat so I never knew about the appointment and didn't turn up. Does that mean I just get kicked back to my GP, or what happens?"),
    (P, ["appointments-005"], "Indian English (kindly)", "Kindly inform how many minutes prior to the appointment time I should reach the clinic."),
    (C, ["appointments-006"], "ex-scam victim wary of calls", "I got scammed last year so I never pick up calls from hidden numbers now. My follow-up is a phone appointment. Will the hospital's call show a number?"),
    (P, ["appointments-007"], "pastor arranging for a congregant", "One of my congregation is Deaf and needs a BSL interpreter at her clinic. Is there a charge for that?"),
    (L, ["appointments-007"], "Filipino mum, Taglish", "Anak ko is 12 and speaks better English than me, can she just be my translator sa doctor?"),
    (L, ["appointments-008"], "farmer's wife, husband in ICU", "Hubby's been in the intensive care for a week and the car park is eating our money. Is there any cheaper parking for folk like us?"),
    (C, ["appointments-009"], "retired miner with bad lungs", "I can't manage the bus with my chest any more and need the hospital transport for my clinic. How far ahead do I have to book it?"),
    (C, ["appointments-010"], "marathon runner waiting for ortho", "Referred to orthopaedics two months ago for my knee. It's got a lot worse since and I can barely walk. Who should I contact while I'm waiting?"),
    (L, ["appointments-012"], "hairdresser bringing an elderly client", "Bringing one of my old ladies from the salon in. Can we grab a wheelchair at the front door and do we have to leave money for it?"),
    (L, ["test_preparation-001"], "builder, nicotine gum", "Got a fasting bloods for cholesterol tomorrow. I'm on the nicotine gum. Can I chew that while I fast?"),
    (T, ["test_preparation-002"], "barista", "Fasting blood test in the morning. Is a black coffee allowed? And do I skip my blood pressure tablet?"),
    (C, ["test_preparation-003"], "ship's cook", "Started the bowel prep drink for my colonoscopy tonight and brought half of it straight back up. What should I do?"),
    (L, ["test_preparation-004"], "Yorkshire (nowt, summat)", "Day before me camera-up-the-back-passage test, can I have a glass of blackcurrant squash or is that nowt good?"),
    (C, ["test_preparation-005"], "accountant", "I'm having an MRI of my spine. I always keep my bank cards in my trouser pocket. Can they stay with me in the scanner?"),
    (T, ["test_preparation-006"], "musician worried about noise", "How long does an MRI usually go on for, and is it as loud as people say?"),
    (C, ["test_preparation-006"], "taxi driver", "I get panicky in tight spaces and might ask my doctor for something to calm me before the MRI. If I do, can I drive my cab home after?"),
    (L, ["test_preparation-007"], "gamer, lol", "lol my mate says the CT dye makes you feel like you've wet yourself?? is that actually a thing"),
    (P, ["test_preparation-008"], "surrogate mother", "I'm carrying a baby as a surrogate. Does an ultrasound scan involve radiation?"),
    (T, ["test_preparation-009"], "PE teacher", "Pelvic ultrasound booked. How do I get a full bladder for it, and how long does the scan take?"),
    (T, ["test_preparation-012"], "professional dog walker", "How long does the glucose tolerance test take? Could I pop out to walk a dog between the blood tests?"),
    (L, ["procedures-001"], "opera singer protecting voice", "For the camera-down-the-throat test, do I have to be put under, or can I just have something to numb my throat?"),
    (C, ["procedures-002"], "recently divorced man living alone", "I'm having sedation for a test and there's nobody to pick me up since the divorce. Can I just get a taxi home on my own?"),
    (L, ["procedures-003"], "bus driver who sucks mints", "Op tomorrow morning. Can I have a mint when I wake up or does that count as eating?"),
    (C, ["procedures-003"], "forgetful writer with ADHD", "I completely forgot and ate a biscuit after my cut-off time this morning. Operation is at 2. Do I keep quiet about it?"),
    (T, ["procedures-004"], "farmer", "Day surgery on my hernia. Can I drive the truck home myself? If not, how long does somebody have to stay with me?"),
    (L, ["procedures-006"], "novelist", "I signed the papers for my op but now I'm getting cold feet. Am I locked in?"),
    (C, ["procedures-007"], "Jamaican English", "Mi procedure next week Tuesday and nobody tell mi yet what fi do wid mi blood thinner. What mi must do?"),
    (P, ["procedures-008"], "South African (just now)", "Coming in for an overnight stay just now. Must I bring my own tablets with me?"),
    (C, ["procedures-009"], "minicab firm owner collecting his mum", "Mum's being discharged today. The ward said 'this morning' but it's gone 3. Why does it take so long?"),
    (T, ["procedures-010"], "lifeguard", "After my op, when am I allowed to shower, and can I get back in the pool?"),
    (L, ["procedures-011"], "Irish (grand)", "Got the sniffles and a bit of a temperature three days before my op, sure I'll be grand to come in as normal?"),
    (P, ["procedures-012"], "nail technician", "Do I have to soak off all ten gel nails before surgery?"),
    (C, ["medications-003"], "executor of an estate", "I'm sorting out my late uncle's house as executor and there's a drawer full of his tablets. What should I do with them?"),
    (T, ["medications-004"], "gardener", "Forgot this morning's pill. Should I take two tonight? And what if my next one is nearly due?"),
    (L, ["medications-005"], "poet", "My label reads 'empty stomach' - how long before a meal is that, in plain terms?"),
    (L, ["medications-007"], "emoji user", "on day 3 of antibiotics and feel loads better 😊 can I stop now? 🤔"),
    (T, ["medications-009"], "flight attendant", "Flying with insulin: hand luggage or hold? And do I need a letter from the doctor?"),
    (P, ["visiting-001"], "Sunday-league team captain", "Our whole squad wants to visit our keeper on the ward. How many visitors can be at the bed at once?"),
    (C, ["visiting-002"], "foster carer", "One of my foster kids was in contact with chickenpox at school last week. Can I bring him to visit his nan on the ward?"),
    (C, ["visiting-004"], "primary school teacher", "Half my class had a tummy bug and I was sick yesterday morning, fine now. Can I visit my gran today?"),
    (L, ["visiting-007"], "night security guard, nephew", "Can I ring up the ward to find out how my uncle's doing?"),
    (P, ["visiting-008"], "humanist celebrant", "Is the hospital chaplaincy only for religious people?"),
    (T, ["visiting-009"], "stepdad of a toddler", "Partner just had our baby. Can her big brother come in to meet her, and can I stay past normal visiting?"),
    (C, ["visiting-012"], "trade union rep", "My mum wants to complain about how she was spoken to on the ward, but she's scared they'll treat her worse. Will raising it affect her care?"),
    (C, ["records_billing-003"], "self-confessed worrier", "A blood result popped up in the portal in red, outside the normal range, and nobody's called me. I'm spiralling. What should I do?"),
    (L, ["records_billing-007"], "auditor", "Can I get my bill broken down line by line instead of just one total?"),
    (T, ["records_billing-008"], "HR manager", "Insurer wants prior approval for my MRI. What should I get from them, and who at the hospital do I hand it to?"),
    (P, ["records_billing-009"], "zero-hours worker", "Can I pay my hospital bill in instalments?"),
    (C, ["records_billing-010"], "self-employed window cleaner", "Work's dried up and I'm scared of the bill for my treatment. If I apply for help with costs, will it change the care I get?"),
    (L, ["records_billing-012"], "police officer", "Will the hospital tell my boss what I was in for?"),
    (P, ["self_care-001"], "au pair", "Can I give honey in warm water to the 8-month-old I look after for her cold?"),
    (C, ["self_care-002"], "returning missionary", "Back from three months abroad last week and now I've got a fever of 38.5. Should I just rest it out or contact a doctor?"),
    (T, ["self_care-003"], "nanny", "The 2-month-old I care for is 38.2 but seems happy. Can I wait and see? And should I sponge her with cold water?"),
    (P, ["self_care-004"], "carpenter", "Cut my hand on a chisel. After how long of pressing should I call the emergency number if it's still bleeding?"),
    (L, ["self_care-005"], "chip-shop owner", "Splashed my arm with fryer oil. My gran always put butter on burns, should I?"),
    (P, ["self_care-006"], "rugby coach", "How long should an ice pack stay on a sprained ankle each time?"),
    (P, ["self_care-008"], "food factory worker", "After a tummy bug, how long do I stay off work?"),
    (L, ["self_care-013"], "beekeeper", "Bee sting still in my arm, should I squeeze it out with tweezers?"),
    # missing_detail: topic is covered, the specific thing asked is not stated anywhere
    (M, [], "terse, retired engineer; near kb-en-visiting-001", "General ward visiting: exact finishing time please."),
    (M, [], "delivery driver; near kb-en-appointments-008", "How much is it per hour in the patient car park?"),
    (M, [], "older man with a landline; near kb-en-appointments-001", "What is the actual phone number for the appointments line?"),
    (M, [], "hairdresser; near kb-en-appointments-012", "How much is the deposit for borrowing a wheelchair at the entrance?"),
    (M, [], "IT security analyst; near kb-en-records_billing-012", "What is the name of your data protection officer?"),
    (M, [], "builder; near kb-en-test_preparation-001", "Which days is the early-morning fasting blood clinic open?"),
    (M, [], "insurance broker; near kb-en-records_billing-011", "How much is the fee for an insurance report - is it a set price?"),
    (M, [], "personal trainer; near kb-en-records_billing-001", "How many days does the hospital have to send me my records once I ask?"),
    (M, [], "PhD student; near kb-en-medications-012", "What time does the outpatient pharmacy close on Saturdays?"),
    (M, [], "lifeguard; near kb-en-procedures-010", "How many days after the op do the stitches normally come out?"),
    (M, [], "stepdad; near kb-en-visiting-005", "What time of day is the ICU rest period when we can't visit?"),
    (M, [], "streamer; near kb-en-visiting-011", "What's the wifi password for the wards?"),
    (M, [], "delivery driver; near kb-en-appointments-008", "Which bus numbers stop at the hospital?"),
    (M, [], "musician; near kb-en-test_preparation-006", "Can I bring my own playlist to listen to in the MRI headphones?"),
    (M, [], "zero-hours worker; near kb-en-records_billing-009", "What's the smallest monthly payment you'll accept on a payment plan?"),
    (M, [], "window cleaner; near kb-en-records_billing-010", "What income do I have to be under to get financial assistance?"),
    (M, [], "student; near kb-en-appointments-003", "How many missed appointments before I'm discharged back to my GP?"),
    (M, [], "minicab firm owner; near kb-en-procedures-009", "What time does the discharge lounge shut?"),
    (M, [], "flight attendant; near kb-en-medications-009", "What's the maximum amount of liquid medicine in ml I can carry through the airport?"),
    (M, [], "rugby coach; near kb-en-self_care-006", "Which is better for a sprain, ibuprofen or paracetamol?"),
    (M, [], "childminder; near kb-en-medications-011", "How many ml of children's paracetamol for a 2-year-old?"),
    (M, [], "off-grid smallholder; near kb-en-records_billing-002", "How long is the portal activation code valid for once I get it at reception?"),
    (M, [], "humanist celebrant; near kb-en-visiting-008", "What time are Friday prayers held in the hospital chaplaincy?"),
    (M, [], "dental nurse; near kb-en-visiting-010", "What are the opening hours of the lost property office?"),
    (M, [], "offshore worker; near kb-en-procedures-005", "How many weeks is a pre-op assessment valid for before it has to be repeated?"),
    (M, [], "diet-conscious office worker; near kb-en-test_preparation-004", "At what time on the morning of my colonoscopy do I have to stop clear fluids?"),
    (M, [], "accountant; near kb-en-test_preparation-007", "What's the brand name of the contrast dye you inject for CT?"),
    (M, [], "carpenter; near kb-en-self_care-004", "How much does a tetanus booster cost at the hospital?"),
    (M, [], "eco-activist; near kb-en-medications-003", "Does the council charge to collect a full sharps bin, and how much?"),
    (M, [], "pastor; near kb-en-appointments-007", "Which languages do you have interpreters for - is Tigrinya one?"),
    # off_topic: nothing in the passages
    (O, [], "lorry driver", "How much does laser eye surgery cost at your hospital?"),
    (O, [], "school leaver looking for work", "How do I apply for a job as a hospital porter?"),
    (O, [], "visitor short of cash", "Is there a cash machine inside the hospital?"),
    (O, [], "student", "Can I give blood at the hospital, and do I need to book?"),
    (O, [], "retired engineer", "How do I arrange to donate my body to medical science?"),
    (O, [], "choir singer", "Does the hospital do ear wax removal?"),
    (O, [], "off-duty nurse", "Is there a gym on site that staff's families can use?"),
    (O, [], "tattoo fan", "Do you do tattoo removal?"),
    (O, [], "older man", "Can I get my shingles jab at the hospital?"),
    (O, [], "restaurateur", "Is the hospital cafe open on Sundays?"),
]

ZH = [
    (C, ["appointments-001"], "快递员，简体", "我是跑快递的，白天根本没空排队。专科号一般提前几天放出来？我好算着日子抢。"),
    (T, ["appointments-002"], "武汉话（么样、冇得）", "我约了明天的号，突然去不了了，么样退？挂号费退不退得回来撒？"),
    (L, ["appointments-003"], "重庆话（啥子、莫得）", "医保卡忘带了，手机上也莫得电子医保，那今天还看得成病不嘛？钱咋个算？"),
    (P, ["appointments-004"], "新手妈妈，繁體", "寶寶還沒有身分證，第一次來看病要怎麼建檔？"),
    (C, ["appointments-005"], "外地务工青年，简体", "我在外地打工，以前没在你们医院看过，现在胃不舒服。能不能直接在互联网医院线上首诊，不跑一趟？"),
    (T, ["appointments-006"], "长沙话（咯、冇）", "看病要提前好久到咯？过了号冇赶上又么办？"),
    (C, ["appointments-007"], "香港外傭代僱主問，粵語繁體", "我係外傭，僱主屋企阿爺八十幾歲，行得唔好，又唔識用手機。去醫院有冇人幫手？輪椅可以借嗎？"),
    (C, ["appointments-008"], "日本留学生，简体", "我是日本来的留学生，中文还不太好。我要看病的时候，医院可以给我安排会说话的人吗？需要带什么证件？"),
    (L, ["appointments-009"], "台灣計程車司機，繁體", "我載客人到醫院，可以在急診門口那條車道停一下等人嗎？"),
    (P, ["appointments-010"], "夜班保全，繁體台灣", "急診是24小時都有開嗎？要不要先預約？"),
    (C, ["appointments-011"], "小红书体（姐妹们、蹲）", "姐妹们救命！想挂的专家号全满了😭 有没有办法蹲到别人退的号？蹲一个～"),
    (L, ["appointments-012"], "隔代带娃的爷爷，简体", "孙子看病我带着去，他爸妈在外地，要签字的时候咋办？"),
    (C, ["test_preparation-002"], "厨师，简体", "我是做饭的，肠镜前两三天吃啥心里得有数。能吃青菜和西瓜吗？还是吃白粥面条？"),
    (L, ["test_preparation-003"], "香港地盤判頭，粵語繁體", "照磁力共振，褲袋啲鎖匙、手機可唔可以帶入去？"),
    (C, ["test_preparation-004"], "贵州话（要得、啥子）", "我屋头妈老汉要做增强CT，他有糖尿病又对碘过敏过，要先跟医生讲啥子？"),
    (T, ["test_preparation-004"], "台中會計，繁體", "打顯影劑的增強CT做完，要在醫院等多久才能走？回家後要多喝水嗎？"),
    (C, ["test_preparation-005"], "PTT體，繁體台灣", "先問，老婆月經晚了一週還沒驗，醫生叫她照X光，要不要先講？"),
    (T, ["test_preparation-007"], "海南家属，简体", "做肝胆B超要空腹几个小时？同一天还要做子宫B超憋尿，先做哪个？"),
    (C, ["test_preparation-008"], "兰州口吻（阿么、这么个）", "我阿大吃着阿司匹林，下礼拜做胃镜，这个药自己先停掉行不行？"),
    (T, ["test_preparation-009"], "连登体，繁體香港", "有冇人知，大便樣本要攞幾多？留完幾耐要交去化驗？"),
    (L, ["test_preparation-010"], "高雄健身教練，繁體", "背那個24小時心電圖的小盒子，可以去健身房練到滿身汗嗎？可以洗澡嗎？"),
    (C, ["test_preparation-011"], "新疆家属，简体", "我爸吃二甲双胍，还喝中药，下周要做增强检查。到底哪些药要停，谁说了算？"),
    (L, ["procedures-002"], "电竞选手，网络口吻", "明天上午开刀，今天半夜打排位嚼口香糖提神，算吃东西吗？"),
    (L, ["procedures-003"], "网约车司机，简体", "做完日间手术，自己叫个网约车回家不就完了，非得有人陪吗？"),
    (C, ["procedures-004"], "苏州话口吻（倪、俚、伐）", "倪姆妈要开刀，俚人蛮清爽嗰，手术同意书好叫倪儿子代签伐？"),
    (T, ["procedures-005"], "台北美甲師，繁體", "手術當天指甲油要卸掉嗎？為什麼？隱形眼鏡可以戴嗎？"),
    (L, ["procedures-006"], "渔民，简体", "开完刀回家，伤口上能自己抹点祖传的草药膏吗？"),
    (P, ["procedures-007"], "香港新移民，粵語繁體", "住院期間預交金唔夠點算？出院時多咗會唔會退返？"),
    (C, ["procedures-008"], "外地女婿，简体", "岳母明天出院，我第一次办这个。结算时要带些什么？"),
    (P, ["procedures-009"], "台灣瑜伽老師，繁體", "我睡覺會打呼，要跟麻醉醫師說嗎？"),
    (T, ["procedures-010"], "主播体（家人们）", "家人们，刚做完无痛胃镜，多久能吃东西？今天能开车回去吗？"),
    (L, ["procedures-012"], "半文言，退休语文老师", "术后缝线，可自行拆之否？"),
    (P, ["medications-001"], "溫哥華老華僑，繁體", "慢性病長期處方一次最多可以開幾個禮拜的藥？"),
    (L, ["medications-002"], "出差多的销售，简体", "线上续药能不能顺便加个新药或者把剂量调大？"),
    (L, ["medications-004"], "垃圾分类志愿者，简体", "家里过期药扔哪个垃圾桶？能冲马桶吗？"),
    (T, ["medications-005"], "广东白话（简体）", "琴日漏咗食药，今日食双份得唔得？要唔要问人？"),
    (C, ["medications-008"], "农村大爷，简体", "上回大夫给我开的消炎药还剩半盒，孙子嗓子疼，给他吃点行不？"),
    (C, ["medications-010"], "奶爸，简体", "孩子发烧，家里只有大人的退烧药，掰半片给他吃行吗？"),
    (P, ["visiting-001"], "台灣大學生，繁體", "普通病房上午可以去探病嗎？"),
    (L, ["visiting-002"], "二胎妈妈，简体", "我家老二8岁，想去病房看外婆，能带吗？"),
    (C, ["visiting-004"], "香港長子，粵語繁體", "阿爸入咗ICU，我哋五兄弟姊妹都想入去睇吓。一次可以入幾多個人？"),
    (L, ["visiting-005"], "有点小感冒的闺蜜，简体", "我有点流鼻涕嗓子疼，还能去医院看刚做完手术的闺蜜吗？"),
    (T, ["visiting-006"], "外出打工的儿子，简体", "我妈住院要人陪床，我和我姐能轮流换着陪吗？医院有没有护工？"),
    (C, ["visiting-008"], "妻子，繁體", "先生因為傳染病住隔離病房，我想送換洗衣服給他，可以直接進去嗎？"),
    (P, ["visiting-009"], "台灣遠房表哥，繁體", "我是病人的表哥，打電話到病房問病情，護理人員會跟我講嗎？"),
    (C, ["records_billing-002"], "女儿，父亲已去世", "父亲上个月在你们医院去世了，我要复印他的病历办保险，需要带什么？"),
    (T, ["records_billing-003"], "急性子的小伙，简体", "血常规多久出结果？报告上有箭头是不是就有病？"),
    (L, ["records_billing-005"], "商业保险理赔员口吻", "住院每天花了多少钱，在哪能看明细？"),
    (C, ["records_billing-006"], "个体户，简体", "挂号时手快选了自费，缴费后还能改成医保吗？"),
    (P, ["records_billing-007"], "外省退休职工，简体", "没办异地就医备案就来住院了，还能报销吗？"),
    (L, ["records_billing-008"], "公司报销专员，简体", "电子发票能打印成纸质的去报销吗？"),
    (C, ["records_billing-009"], "学生，简体", "开了个检查后来不做了，钱已经交了，怎么退？"),
    (L, ["records_billing-011"], "公司HR口吻", "看完病回去了才想起要病假条，还能补开吗？"),
    (L, ["self_care-001"], "大学宿舍长，简体", "室友感冒了，要不要给他吃点阿莫西林？"),
    (C, ["self_care-003"], "台灣新手爸爸，繁體", "寶寶才兩個月，量到38度，可是喝奶正常、也不哭。要馬上去醫院還是在家觀察？"),
    (L, ["self_care-004"], "家庭主妇，简体", "切菜切到手，能抹点牙膏或者酱油止血吗？"),
    (T, ["self_care-005"], "香港茶餐廳廚師，粵語繁體", "俾滾油濺親隻手，沖凍水要沖幾耐？起咗水泡可唔可以篤穿佢？"),
    (C, ["self_care-008"], "带娃的外婆，简体", "孙子拉肚子，我想给他喝点运动饮料补水，比白开水强吧？"),
    (L, ["self_care-009"], "香港搬屋師傅，粵語繁體", "閃親條腰，係咪要瞓喺床一個禮拜？"),
    (L, ["self_care-012"], "小学老师，繁體", "學生流鼻血，要不要讓他把頭仰起來？"),
    # missing_detail
    (M, [], "快递员; near kb-zh-appointments-001", "专家号挂号费多少钱一个？"),
    (M, [], "台灣計程車司機; near kb-zh-appointments-009", "醫院停車場一小時收多少錢？"),
    (M, [], "外出打工的儿子; near kb-zh-visiting-006", "请护工一天多少钱？"),
    (M, [], "律师助理; near kb-zh-records_billing-001", "病历复印一页收几毛钱？"),
    (M, [], "台灣大學生; near kb-zh-visiting-001", "普通病房下午探病是幾點到幾點？"),
    (M, [], "香港長子，粵語繁體; near kb-zh-visiting-004", "ICU每日幾點可以探病？"),
    (M, [], "听障人士家属; near kb-zh-appointments-008", "手语志愿者一周哪几天有？"),
    (M, [], "小红书体; near kb-zh-appointments-001", "提前7天放号，是那天早上几点整放？"),
    (M, [], "财务人员; near kb-zh-procedures-007", "骨科住院预交金要交多少钱？"),
    (M, [], "武汉话; near kb-zh-appointments-002", "爽约几次会被限制线上挂号？限制好久？"),
    (M, [], "台灣外院複診患者，繁體; near kb-zh-records_billing-010", "印一張片子要多少錢？"),
    (M, [], "律师助理; near kb-zh-records_billing-010", "影像资料医院保存几年？"),
    (M, [], "渔民; near kb-zh-procedures-012", "手上的伤口一般第几天拆线？"),
    (M, [], "哺乳期媽媽，繁體; near kb-zh-medications-009", "藥學諮詢門診幾點開？週末有開嗎？"),
    (M, [], "外省退休职工; near kb-zh-records_billing-007", "异地就医备案提交后几天能审核通过？"),
    (M, [], "个体户; near kb-zh-records_billing-006", "职工医保在你们医院住院能报百分之多少？"),
    (M, [], "学生; near kb-zh-records_billing-009", "退费退到微信里要几天到账？"),
    (M, [], "公司HR; near kb-zh-records_billing-011", "诊断证明盖章的门诊办公室在几楼？"),
    (M, [], "兰州口吻; near kb-zh-test_preparation-008", "无痛胃镜的麻醉费要多少钱？"),
    (M, [], "高雄健身教練，繁體; near kb-zh-test_preparation-010", "做一次24小時動態心電圖要多少錢？"),
    (M, [], "工地包工头; near kb-zh-test_preparation-003", "你们医院有几台核磁机？现在排队要等几天？"),
    (M, [], "贵州话; near kb-zh-test_preparation-004", "增强CT用的显影剂是啥子牌子的？"),
    (M, [], "日本留学生; near kb-zh-appointments-009", "去医院坐地铁几号线，哪个站下？"),
    (M, [], "居家保姆; near kb-zh-appointments-007", "借的轮椅最晚几点要还回服务台？"),
    (M, [], "垃圾分类志愿者; near kb-zh-medications-004", "门诊药房的过期药回收点在几号窗口？"),
    (M, [], "老伴; near kb-zh-visiting-007", "营养食堂订午饭几点之前要订好？"),
    (M, [], "长子; near kb-zh-visiting-004", "ICU视频探视用什么软件？"),
    (M, [], "外地务工青年; near kb-zh-appointments-005", "线上复诊的诊查费是多少？"),
    (M, [], "出差多的销售; near kb-zh-medications-002", "线上续方药品快递到家运费多少？"),
    (M, [], "外地女婿; near kb-zh-procedures-008", "出院结算窗口周日几点下班？"),
    # off_topic
    (O, [], "护理专业毕业生", "你们医院今年招不招护士？怎么报名？"),
    (O, [], "台灣大學生，繁體", "可以在你們醫院捐血嗎？"),
    (O, [], "小红书体", "你们医院能做双眼皮吗？多少钱？"),
    (O, [], "程序员", "脱发严重，你们这里做植发吗？"),
    (O, [], "孕妇", "医院有没有月子中心？"),
    (O, [], "公司HR", "单位团体体检套餐怎么预约？"),
    (O, [], "香港老伴，粵語繁體", "醫院有冇針灸推拿科？"),
    (O, [], "养猫人士", "我家猫生病了，你们医院能看宠物吗？"),
    (O, [], "退休工程师", "想身后捐献遗体，在哪里登记？"),
    (O, [], "繁體香港", "醫院大堂有冇櫃員機？"),
]


def build(passage_ids):
    """Return the question rows, checking every gold id exists."""
    rows = []
    for lang, items in (("en", EN), ("zh", ZH)):
        for n, (kind, gold, voice, question) in enumerate(items, 1):
            gold_ids = ["kb-%s-%s" % (lang, g) for g in gold]
            for g in gold_ids:
                if g not in passage_ids:
                    sys.exit("unknown gold passage %s" % g)
            rows.append({"id": "r13-%s-%03d" % (lang, n), "language": lang, "question": question,
                         "answerable": kind not in (M, O), "gold": gold_ids, "kind": kind, "voice": voice})
    return rows


def main():
    """Read passage ids, build rows, write questions.jsonl."""
    ids = set()
    for name in ("passages_en.jsonl", "passages_zh.jsonl"):
        with open(os.path.join(KB, name), encoding="utf-8") as f:
            ids.update(json.loads(line)["id"] for line in f if line.strip())
    rows = build(ids)
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
    print("wrote %d rows" % len(rows))


if __name__ == "__main__":
    main()
