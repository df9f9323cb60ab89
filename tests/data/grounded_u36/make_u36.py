#!/usr/bin/env python3
"""Blind test set u36 (brief U36). Questions written in step 1 from personas, before the KB was opened;
labels added in step 2 after reading both KB files in full. Writes questions.jsonl next to this script."""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
KB_DIR = os.path.join(HERE, "..", "..", "..", "medqa", "assets", "kb")  # this checkout's KB (the writer had /work/main)
SET = "u36"

VOICE = {
    "P1": "Graham, 63, retired bus driver, knee replacement",
    "P2": "Priya, 36, daughter of stroke patient",
    "P3": "Tom, 23, warehouse worker, stitched hand cut",
    "P4": "Maria, 47, Portuguese speaker, basic English, gallbladder op",
    "P5": "Derek, 69, diabetic wheelchair user, foot clinic",
    "P6": "Sandra, 52, accountant, day-case colonoscopy",
    "P7": "Linda, 79, widow with heart failure, lives alone",
    "P8": "Hannah, 27, claustrophobic, MRI and blood tests",
    "P9": "Omar, 51, self-employed taxi driver, kidney stone",
    "P10": "Ellie, 24, granddaughter of deaf BSL user, cataract op",
    "P11": "王阿姨, 62, 退休教师, 甲状腺手术 (简体)",
    "P12": "陳生, 55, 香港上班族, 腰痛MRI物理治療 (粵語繁體)",
    "P13": "小李, 28, 程序员, 无痛胃镜 (简体, 拼音错字)",
    "P14": "林太太, 70, 陪先生心導管 (台灣繁體)",
    "P15": "张女士, 32, 孕晚期到分娩 (简体)",
    "P16": "阿明, 20, 大學生, 剝智慧齒 (粵語繁體)",
    "P17": "赵大爷, 78, 慢阻肺住院 (语音输入错字)",
    "P18": "黃小姐, 40, 乳癌術後電療 (香港繁體)",
    "P19": "刘师傅, 50, 外地建筑工人, 工伤骨折 (简体口语)",
    "P20": "何小姐, 31, 濕疹過敏測試 (粵語繁體)",
}

A, M, O = "answered", "missing_detail", "off_topic"
def E(*ids): return ["kb-en-" + i for i in ids]
def Z(*ids): return ["kb-zh-" + i for i in ids]

# (persona, question, gold, kind)
EN = [
 ("P1", "just got my letter for a knee replacement, it says pre-op assessment - how long does that appointment usually take?", [], M),
 ("P1", "Do I need to stop eating before the pre op assessment or is it just a chat and bloods", [], M),
 ("P1", "what should I pack for the ward, I'm told I'll be in 3 or 4 days", E("procedures-008"), A),
 ("P1", "can my wife stay the night with me after the operation?", E("visiting-008"), A),
 ("P1", "Is there a car park at the hospital and how much is it for a full day", [], M),
 ("P1", "I take blood thinners for my heart, who do I ask about whether to stop them before surgery", E("procedures-007", "procedures-005"), A),
 ("P1", "whats the visiting hours on the orthopaedic ward", [], M),
 ("P1", "Can I bring my own pillow from home", [], M),
 ("P1", "Is there wifi on the wards? I'd like to watch the football", E("visiting-011"), A),
 ("P1", "will a physio see me before I go home or do I have to arrange that myself", [], M),
 ("P1", "Graham here again, they want me to use a walking frame at home - do I have to buy it or does the hospital lend one?", [], M),
 ("P1", "When can I drive again after a knee replacement, who tells me?", E("procedures-004"), A),
 ("P1", "The wound's a bit itchy and the dressing is peeling at the edge, can I change the dressing myself or do I need to go to my GP?", [], M),

 ("P2", "My dad was admitted to the stroke unit last night, how do I find out which ward he's on?", [], M),
 ("P2", "Can I phone the ward for an update or will they only speak to him", E("visiting-007"), A),
 ("P2", "he only eats vegetarian food, can the hospital provide a vegetarian meal", [], O),
 ("P2", "Is there a prayer room or multi-faith room in the hospital", [], M),
 ("P2", "visiting hours for stroke ward please and can kids visit? my daughter is 8", [], M),
 ("P2", "Dad's hearing aids went missing on the ward, who do I report lost property to", E("visiting-010"), A),
 ("P2", "can I bring in food from home for him", E("visiting-003"), A),
 ("P2", "Who do I speak to about getting a meeting with his consultant", E("visiting-007"), A),
 ("P2", "He's being told he might go to a rehab place, how long does that usually take to arrange", [], M),
 ("P2", "Do we have to pay for the rehab or care home after he leaves hospital", [], M),
 ("P2", "Is there a parking concession for family visiting someone long term?", E("appointments-008", "visiting-008"), A),
 ("P2", "how do i make a complaint, the nurses didnt tell us he had been moved wards", E("visiting-012"), A),
 ("P2", "can i get a copy of his medical records, he has given permission", E("records_billing-001", "records_billing-005"), A),

 ("P3", "hi i got stitches in a&e yesterday, when do they come out and where do i go for that", [], M),
 ("P3", "Can I get my stitches wet in the shower", [], M),
 ("P3", "They gave me a letter for hand clinic, where is hand clinic in the hospital", [], M),
 ("P3", "i need a sick note for work for the days off, can the hospital give me one or is that GP", E("records_billing-011"), A),
 ("P3", "lost my appointment letter lol how do i find out my appointment time", E("records_billing-002"), A),
 ("P3", "can i change my hand clinic appt, it clashes with my shift", E("appointments-002"), A),
 ("P3", "is it ok to just take paracetamol from the shop for the pain", E("medications-008"), A),
 ("P3", "what signs of infection should i look out for on my cut", E("self_care-004", "procedures-010"), A),
 ("P3", "do i need a tetanus jab, they didnt say anything", E("self_care-004"), A),
 ("P3", "how long is the wait usually in a&e if i need to come back", [], O),
 ("P3", "can i bring my girlfriend into the appointment with me", E("appointments-011", "appointments-004"), A),
 ("P3", "Is there somewhere in the hospital to buy food, I'll be coming straight from a night shift", [], O),
 ("P3", "I get physio for my fingers now - is physio free or do I pay?", [], O),

 ("P4", "hello I not speak good english, can I have interpreter for my appointment?", E("appointments-007", "appointments-001"), A),
 ("P4", "interpreter is free or I must pay", E("appointments-007"), A),
 ("P4", "my letter say \"nil by mouth from midnight\", what mean this", E("procedures-003"), A),
 ("P4", "I can drink water in morning before operation?", E("procedures-003"), A),
 ("P4", "how many day I stay in hospital for gallbladder operation", [], M),
 ("P4", "I am from Brazil and have no insurance, I must pay for the operation?", [], M),
 ("P4", "which bus go to the hospital", [], M),
 ("P4", "can my son stay with me for translate when the doctor come", E("appointments-007"), A),
 ("P4", "where I go when I arrive the day of operation, which entrance", [], M),
 ("P4", "after operation when I can go back work, my job is cleaning, heavy", [], M),
 ("P4", "can I have information in Portuguese language, leaflet", E("appointments-007"), A),
 ("P4", "I have question after I go home, which number I phone", [], M),
 ("P4", "the food in hospital, I can ask for no pork?", [], O),

 ("P5", "Is there wheelchair access at the main entrance and disabled parking close to outpatients", E("appointments-012", "appointments-008"), A),
 ("P5", "do blue badge holders park free at the hospital", [], M),
 ("P5", "Can I get hospital transport to my foot clinic appointments, I can't drive at the moment", E("appointments-009"), A),
 ("P5", "how do I book the patient transport and how far in advance", E("appointments-009"), A),
 ("P5", "the clinic runs late every time, what happens if my transport leaves before I'm seen", [], M),
 ("P5", "can I eat in the waiting room if I'm waiting a long time, my sugar goes low", E("appointments-004"), A),
 ("P5", "Can the district nurse do my dressings at home instead of me coming in", [], M),
 ("P5", "How should I keep my insulin pens when I'm out all day at the hospital, do they need to be in a fridge?", E("medications-002", "medications-009"), A),
 ("P5", "do I need to bring my own dressings or does the clinic supply them", [], M),
 ("P5", "Is there an accessible toilet near the diabetic foot clinic", [], M),
 ("P5", "My podiatry appointment letter says bring your footwear - what shoes should I bring?", [], O),
 ("P5", "I'm registered partially sighted too, can letters be sent to me in large print", E("appointments-007"), A),
 ("P5", "Who do I call to cancel if I'm too unwell to come", E("appointments-003", "appointments-002"), A),

 ("P6", "I've been sent a bowel prep kit for my colonoscopy, when do I start taking it", [], M),
 ("P6", "what can I eat the day before a colonoscopy", E("test_preparation-004"), A),
 ("P6", "do I need someone to collect me after, I was going to get a taxi", E("procedures-002"), A),
 ("P6", "how long will I be at the hospital on the day in total", [], M),
 ("P6", "Will I be awake during the colonoscopy or can I have sedation", [], M),
 ("P6", "can I take my usual blood pressure tablets the morning of the procedure", E("procedures-003", "procedures-007"), A),
 ("P6", "Can I wear my own clothes or do I have to change into a gown", [], M),
 ("P6", "when will I get the results of the biopsies if they take any", E("records_billing-003"), A),
 ("P6", "will the results be sent to my GP as well", [], M),
 ("P6", "I have my period that week, is that a problem for the colonoscopy", [], M),
 ("P6", "I can't make the date offered, how do I rebook without losing my place", E("appointments-002"), A),
 ("P6", "Is it ok to drive the day after sedation", E("procedures-002"), A),
 ("P6", "I feel bloated after the procedure, what can I do about the wind at home", [], M),

 ("P7", "I'm on the cardiology ward, can I have a phone by my bed", E("visiting-011", "procedures-008"), A),
 ("P7", "my son lives in Scotland, can he ring me on the ward, what number does he use", [], M),
 ("P7", "The food is cold by the time it gets to me, who can I tell", E("visiting-012"), A),
 ("P7", "can I have my hair washed while I'm in here", [], O),
 ("P7", "Is there a hairdresser in the hospital", [], O),
 ("P7", "I'm worried about my cat at home while I'm in hospital, is there anyone who can help", [], M),
 ("P7", "the nurse says I need to weigh myself every day at home, do I get scales from the hospital", [], M),
 ("P7", "when I go home will someone help me with shopping and washing", E("procedures-009"), A),
 ("P7", "What time do discharges usually happen, I need to arrange a lift", [], M),
 ("P7", "Can I have my tablets in a blister pack when I go home", [], M),
 ("P7", "who do I call if my ankles swell up again when I'm home, is there a heart failure nurse number", [], M),
 ("P7", "I get very lonely in here, are there volunteers who come round and chat", [], O),
 ("P7", "Do I need to pay for my prescriptions when I go home, I'm over 60", [], M),

 ("P8", "I'm really claustrophobic, can I have something to relax me before my MRI", E("test_preparation-006"), A),
 ("P8", "how long does a head MRI take", E("test_preparation-006"), A),
 ("P8", "Can I bring someone into the scanner room with me", E("test_preparation-006", "appointments-011"), A),
 ("P8", "do I need to take my nose ring out for the MRI", E("test_preparation-005"), A),
 ("P8", "can I listen to my own music during the scan", [], M),
 ("P8", "I have a tattoo on my arm, is that safe in the MRI", [], M),
 ("P8", "is there an open MRI scanner at this hospital", [], M),
 ("P8", "I'm terrified of needles, can they numb my arm before a blood test", [], M),
 ("P8", "Do I need to book a blood test or can I just walk in, and what are the opening times", [], M),
 ("P8", "do I need to fast for my blood test, the form says glucose and cholesterol", E("test_preparation-001"), A),
 ("P8", "when will I get my MRI results and who gives them to me", E("records_billing-003"), A),
 ("P8", "can I see my blood test results online", E("records_billing-002", "records_billing-003"), A),
 ("P8", "I fainted last time I had blood taken, can I lie down for it", [], M),

 ("P9", "they said I have a kidney stone and will have lithotripsy, how long is the session", [], O),
 ("P9", "can I drive my taxi home after lithotripsy", [], M),
 ("P9", "do I need to bring a urine sample on the day", [], M),
 ("P9", "do they give me a sieve to catch the stone or do I have to buy one", [], O),
 ("P9", "I'm self employed, can I get a letter saying I was in hospital for my insurance", E("records_billing-011"), A),
 ("P9", "the pain tablets they gave me make me constipated, what can I do", E("self_care-014"), A),
 ("P9", "Is there a pharmacy in the hospital open on sunday", [], M),
 ("P9", "what time does the hospital pharmacy close on weekdays", [], M),
 ("P9", "can I eat before the lithotripsy", [], M),
 ("P9", "I fast for Ramadan, can I move my procedure to after Ramadan", E("appointments-002"), A),
 ("P9", "How do I pay for parking, can I pay by card", E("appointments-008"), A),
 ("P9", "will I be told what type of stone it was after it is analysed", [], O),
 ("P9", "I lost my medicine bottle, can I get more from the hospital or do I go to my GP", [], M),

 ("P10", "My nan is deaf and uses BSL, can the hospital book a BSL interpreter for her eye appointment", E("appointments-007"), A),
 ("P10", "how far in advance do I need to ask for an interpreter", E("appointments-007"), A),
 ("P10", "Can I contact the eye clinic by email or text instead of phone, nan can't use the phone", [], M),
 ("P10", "how long does cataract surgery take and is she awake for it", [], O),
 ("P10", "Does she need to stop eating before cataract surgery", [], M),
 ("P10", "Can I stay with her in the day unit", [], M),
 ("P10", "will she have to wear an eye patch overnight", [], O),
 ("P10", "when can she wash her hair after the cataract op", [], O),
 ("P10", "She's got eye drops to use after, how do we store them, fridge?", E("medications-002"), A),
 ("P10", "Is there a hearing loop at the reception desk", E("appointments-012"), A),
 ("P10", "can she get new glasses straight after or does she have to wait", [], O),
 ("P10", "who can we call out of hours if her eye is sore", [], M),
 ("P10", "can she fly to Spain two weeks after cataract surgery", [], O),
]

ZH = [
 ("P11", "医生说我甲状腺结节要做手术，住院前要做哪些检查？", Z("procedures-004"), A),
 ("P11", "术前检查要空腹吗？早上抽血几点开始？", [], M),
 ("P11", "住院要带什么东西？", Z("visiting-010", "procedures-007"), A),
 ("P11", "我老伴能不能陪床？陪床要不要交钱？", [], M),
 ("P11", "病房里有没有热水和微波炉？", [], M),
 ("P11", "甲状腺手术以后声音会变哑吗，多久能好", [], O),
 ("P11", "住院押金要交多少？", [], M),
 ("P11", "可以用医保卡直接结算吗？", Z("records_billing-006", "procedures-008"), A),
 ("P11", "出院后伤口什么时候拆线，在哪里拆", [], M),
 ("P11", "病理报告多久出来，去哪里拿", Z("records_billing-003"), A),
 ("P11", "出院以后要复查的话，怎么挂号，网上可以挂吗", Z("procedures-012", "appointments-001"), A),
 ("P11", "伤口洗澡能碰水吗", Z("procedures-006"), A),
 ("P11", "出院小结能不能复印一份，我要报销用", Z("records_billing-001"), A),

 ("P12", "我腰痛咗好耐，醫生轉介我照MRI，要等幾耐先有期？", [], M),
 ("P12", "照MRI之前使唔使戒口？", [], M),
 ("P12", "我嘅手錶同結婚戒指使唔使除？", Z("test_preparation-003"), A),
 ("P12", "可唔可以揀夜晚或者星期六照，我日頭要返工", [], M),
 ("P12", "照完MRI幾時有報告？係咪要覆診先知？", [], M),
 ("P12", "醫院停車場點收費？", [], M),
 ("P12", "物理治療一個療程有幾多次？", [], O),
 ("P12", "去物理治療要著咩衫？", [], O),
 ("P12", "覆診紙唔見咗點算？", [], M),
 ("P12", "我可唔可以攞病假紙俾公司？", Z("records_billing-011"), A),
 ("P12", "有冇腰背痛嘅運動單張俾我喺屋企做？", [], M),
 ("P12", "醫院收唔收八達通？", [], M),
 ("P12", "覆診想改期，打邊個電話？", Z("appointments-002"), A),

 ("P13", "我想做无痛胃镜，要提前多久预约？", [], M),
 ("P13", "胃镜前一天晚上几点以后不能吃东西", Z("test_preparation-008"), A),
 ("P13", "wutong weijing做完要人陪吗，我一个人来可以吗", Z("test_preparation-008", "procedures-010", "procedures-003"), A),
 ("P13", "做完胃镜多久可以吃饭？", Z("procedures-010"), A),
 ("P13", "胃镜报告当天能拿到吗", [], M),
 ("P13", "如果取了活检，病理结果几天出", Z("procedures-010", "records_billing-003"), A),
 ("P13", "我有点感冒咳嗽，还能做胃镜吗", Z("procedures-009"), A),
 ("P13", "做胃镜前可以喝水吗，我早上习惯喝咖啡", Z("test_preparation-008"), A),
 ("P13", "无痛胃镜大概多少钱，医保报不报", [], M),
 ("P13", "做完麻醉能自己开车回去吗，下午还有会", Z("test_preparation-008", "procedures-010", "procedures-003"), A),
 ("P13", "我戴隐形眼镜，要摘吗", [], M),
 ("P13", "youmen螺旋杆菌呼气试验要空腹吗", [], O),
 ("P13", "医生开的药在哪个药房拿，可以快递到家吗", [], M),

 ("P14", "我先生要做心導管檢查，家屬要在哪裡等？", [], O),
 ("P14", "心導管做完要住院幾天？", [], O),
 ("P14", "病房可以請看護嗎？看護一天多少錢？", [], M),
 ("P14", "探病時間是幾點到幾點？", [], M),
 ("P14", "加護病房可以進去探視嗎？一次可以幾個人？", Z("visiting-004"), A),
 ("P14", "醫院有沒有便利商店或餐廳？幾點關？", [], O),
 ("P14", "我先生有在吃抗凝血藥，檢查前要停嗎？誰會通知我們", Z("test_preparation-011"), A),
 ("P14", "做完心導管手上的傷口多久可以碰水", [], M),
 ("P14", "出院要辦什麼手續？在哪裡繳費？", Z("procedures-008"), A),
 ("P14", "可以用健保卡嗎？自費的部分大概多少", [], M),
 ("P14", "出院後藥吃完了，怎麼拿慢性病連續處方箋", Z("medications-001", "medications-002"), A),
 ("P14", "申請診斷證明書要多少錢，要等幾天", [], M),
 ("P14", "回家以後可以洗澡嗎？傷口要怎麼照顧", Z("procedures-006"), A),

 ("P15", "孕晚期产检多久来一次，要不要提前挂号", [], O),
 ("P15", "糖耐量检查要空腹吗，要在医院待多久", [], M),
 ("P15", "待产包要准备什么？", [], O),
 ("P15", "生孩子的时候老公能进产房陪产吗？", [], O),
 ("P15", "医院有没有无痛分娩，要另外交钱吗", [], O),
 ("P15", "顺产一般住几天", [], O),
 ("P15", "有没有单人病房，多少钱一天", [], O),
 ("P15", "宝宝的出生证明在哪里办，要带什么", [], O),
 ("P15", "坐月子期间可以洗头洗澡吗", [], O),
 ("P15", "产后多久回来复查？", [], O),
 ("P15", "母乳不够，医院有没有哺乳指导或者母乳喂养门诊", [], O),
 ("P15", "宝宝打疫苗在哪里打", [], O),
 ("P15", "病房可以点外卖吗", [], M),

 ("P16", "我想剝智慧齒，要唔要先睇牙科門診？", [], O),
 ("P16", "剝智慧齒要唔要全身麻醉？", [], O),
 ("P16", "剝完幾耐可以食嘢？", [], O),
 ("P16", "剝完塊面腫咗點算，可以冰敷嗎？", [], O),
 ("P16", "學生有冇優惠？收費大概幾多？", [], O),
 ("P16", "剝完可唔可以做運動，我下星期有波比賽", [], O),
 ("P16", "拆線要返嚟嗎？", [], M),
 ("P16", "剝完可唔可以刷牙漱口？", [], O),
 ("P16", "要唔要人陪我返屋企？", [], M),
 ("P16", "我想要份證明畀學校請假", Z("records_billing-011"), A),
 ("P16", "牙科診所喺醫院邊度？幾樓？", [], O),
 ("P16", "我對盤尼西林敏感，要話俾邊個知？", Z("medications-011", "medications-008"), A),
 ("P16", "剝完流少少血正唔正常？", [], O),

 ("P17", "胡须科是不是在住院部七楼，我闺女说的我记不清了", [], O),
 ("P17", "病房能不能抽烟，哪里有吸烟区", [], M),
 ("P17", "晚上同病房的人打呼噜，能不能换个病房", [], O),
 ("P17", "吸氧要收费吗，一天多少钱", [], O),
 ("P17", "出院以后家里要用至氧机，医院能租吗，还是得自己买", [], O),
 ("P17", "无话器在哪买，医保能报吗", [], O),
 ("P17", "吸入剂怎么用我老是忘，有没有人教教我", Z("medications-009"), A),
 ("P17", "我孙子要带饭过来，几点可以送", [], M),
 ("P17", "出院的时候要不要家属来接，我自己能走吗", [], M),
 ("P17", "费功能检查要多长时间，难受不难受", [], O),
 ("P17", "打流感疫苗在哪打，老人免费吗", [], O),
 ("P17", "肺康复锻炼课在哪里上，收费吗", [], O),
 ("P17", "出院带药能带多少天的，吃完了去哪拿", [], M),

 ("P18", "我做完乳房手術，要開始電療，每次電療要多久？", [], O),
 ("P18", "電療期間可以照常上班嗎？", [], O),
 ("P18", "電療前皮膚上畫的記號可以洗掉嗎？", [], O),
 ("P18", "電療部位皮膚發紅痕癢，可以搽什麼？", [], O),
 ("P18", "電療期間可以用止汗劑嗎？", [], O),
 ("P18", "醫院有沒有癌症病人支援小組或者社工？", [], O),
 ("P18", "假髮或義乳在哪裡可以買？有沒有資助？", [], O),
 ("P18", "電療會不會掉頭髮？", [], O),
 ("P18", "每次來電療可以泊車嗎？有沒有優惠？", [], M),
 ("P18", "電療期間飲食要注意什麼？可以吃中藥嗎？", [], O),
 ("P18", "如果要去旅行，可以暫停電療幾天嗎？", [], O),
 ("P18", "電療完成後多久覆診？", [], O),
 ("P18", "我想申請病歷副本轉去私家醫生，怎樣申請，要多少錢？", [], M),

 ("P19", "我在工地摔了小腿骨折，从外地来的，异地医保能不能用？", Z("records_billing-007"), A),
 ("P19", "工伤的话医药费谁先付？医院要我先交钱吗", [], M),
 ("P19", "打了石膏多久能下地走路", [], O),
 ("P19", "石膏里面痒得很，能不能用东西伸进去挠", [], O),
 ("P19", "拐杖在哪买，医院能借吗", [], M),
 ("P19", "住院能不能开发票，公司要报销", Z("records_billing-008"), A),
 ("P19", "复查拍片要多少钱", [], M),
 ("P19", "我不识几个字，单子看不懂，能不能有人帮我讲", [], M),
 ("P19", "出院后在老家的医院复查可以吗，要带什么资料", [], M),
 ("P19", "工伤认定要医院开什么证明", [], M),
 ("P19", "拆石膏要来医院吗，要预约吗", [], O),
 ("P19", "住院期间伙食怎么订，多少钱一天", [], M),
 ("P19", "晚上病房有热水洗澡吗", [], O),

 ("P20", "我想做過敏測試，要唔要醫生轉介？", [], O),
 ("P20", "做皮膚貼片測試之前要停抗組織胺藥幾耐？", [], M),
 ("P20", "貼片要貼幾多日？期間可唔可以沖涼？", [], O),
 ("P20", "濕疹好痕，夜晚瞓唔著，有咩方法止痕？", [], O),
 ("P20", "醫生開嘅藥膏要唔要放雪櫃？", Z("medications-003"), A),
 ("P20", "類固醇藥膏可唔可以搽面？", [], O),
 ("P20", "皮膚科門診喺邊座？幾點開？", [], M),
 ("P20", "藥房攞藥要等幾耐？可唔可以叫人代攞？", [], M),
 ("P20", "我要出差，可唔可以一次過攞多啲藥？", Z("medications-001"), A),
 ("P20", "保濕膏有冇得喺醫院買？", [], O),
 ("P20", "過敏測試結果幾時有？", [], O),
 ("P20", "我可唔可以用電子病歷app睇報告？", Z("records_billing-004", "records_billing-003"), A),
 ("P20", "覆診要唔要空肚？", [], M),
]

def kb_ids(lang):
    ids = set()
    with open(os.path.join(KB_DIR, f"passages_{lang}.jsonl"), encoding="utf-8") as f:
        for line in f:
            if line.strip():
                ids.add(json.loads(line)["id"])
    return ids

def step1(lang):
    """Questions exactly as saved in step 1 (before the KB was read)."""
    out = []
    with open(os.path.join(HERE, f"step1_{lang}.txt"), encoding="utf-8") as f:
        for line in f:
            m = re.match(rf"^{lang}\d+ (.*)$", line.rstrip("\n"))
            if m:
                out.append(m.group(1))
    return out

rows = []
for lang, items in (("en", EN), ("zh", ZH)):
    ids = kb_ids(lang)
    assert [q for _, q, _, _ in items] == step1(lang), f"{lang}: questions differ from step 1 list"
    for n, (p, q, gold, kind) in enumerate(items, 1):
        ans = kind in ("answered", "added")
        assert kind in ("off_topic", "missing_detail", "answered", "added"), kind
        assert ans == bool(gold), (lang, n, q)
        for g in gold:
            assert g in ids, f"gold id {g} not in KB"
            assert g.startswith(f"kb-{lang}-"), f"gold language mismatch {g}"
        assert len(set(gold)) == len(gold)
        rows.append({"id": f"{SET}-{lang}-{n:03d}", "language": lang, "question": q,
                     "answerable": ans, "gold": gold, "kind": kind, "voice": VOICE[p]})

assert len({r["id"] for r in rows}) == len(rows), "duplicate ids"
assert len({(r["language"], r["question"]) for r in rows}) == len(rows), "duplicate questions"
for lang in ("en", "zh"):
    lr = [r for r in rows if r["language"] == lang]
    na = sum(r["answerable"] for r in lr)
    nu = len(lr) - na
    assert na >= 30, (lang, na)
    assert nu >= 50, (lang, nu)
    assert sum(r["kind"] == "added" for r in lr) <= 20
    kinds = {}
    for r in lr:
        kinds[r["kind"]] = kinds.get(r["kind"], 0) + 1
    print(lang, "total", len(lr), "answerable", na, "not", nu, kinds)

with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
print("wrote", len(rows), "rows")
