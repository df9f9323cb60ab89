"""Write the second, more varied tuning set of out-of-scope patient questions.

    python3 scripts/build_oos_tune2.py [--check]

Output: medqa/assets/grounded/out_of_scope_tune2.jsonl, one row per question:
{"id": "oos-<lang>-tune2-NNN", "language": "en"|"zh", "question", "topic"}.
The questions are written by hand below (TOPICS); each is one the bundled knowledge base
(medqa/assets/kb/passages_*.jsonl) does not answer, on topics that are neither in
out_of_scope_tune.jsonl nor in the held-out validation/test topics (see data_cards/out_of_scope_questions.md).
Many reuse ordinary hospital words (ward, appointment, visit, nurse, bring, parking, pay) on purpose,
so that word overlap alone cannot tell them from answerable questions.
`--check` exits 1 when the file on disk differs from what this script would write.
"""

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GROUNDED = ROOT / "medqa" / "assets" / "grounded"
OUTPUT = GROUNDED / "out_of_scope_tune2.jsonl"

# Topics of the held-out out-of-scope sets and of the first tuning set: none may be reused here.
HELD_OUT_TOPICS = frozenset({
    "bedside_tv", "clinical_trials", "fertility", "fundraising", "gift_shop", "helipad", "jobs",
    "work_experience", "blood_donation", "cash_machine", "cosmetic", "ev_charging", "hairdresser",
    "history", "hotels", "laundry",
})

# topic -> (English questions, Chinese questions)
TOPICS: dict[str, tuple[list[str], list[str]]] = {
    "car_seat_check": ([
        "Will a nurse check that our baby car seat is fitted properly before we leave the maternity ward?",
        "do we need to bring the car seat in before they let us take the baby home",
        "car seat fitting check newborn hospital",
        "is there someone at the hosptial who can show me how to fit an isofix base",
        "my baby was premature, do u do the car seat test where they sit in it for an hour b4 going home?",
    ], [
        "出院前护士会帮忙检查宝宝的安全座椅装得对不对吗？",
        "带新生儿回家必须要有提篮安全座椅吗 医院查不查",
        "安全座椅安装指导 产科",
        "早产宝宝出院前要做安全座椅测试吗",
        "請問出院時醫院會協助安裝嬰兒汽車座椅嗎",
    ]),
    "wedding_on_ward": ([
        "My dad is very ill on the ward and wants to see me get married. Can we hold a small wedding ceremony in the hospital?",
        "can a registrar come to the ward to marry us",
        "bedside wedding hospital how to arrange",
        "can we renew our wedding vows on the ward, just close family",
        "do we need the doctors permission to get married in hospital? what paperwork is needed",
    ], [
        "我爸住院病得很重，想看我结婚，能在病房里办个简单的婚礼吗？",
        "医院能不能借个地方办小型婚礼仪式",
        "住院期间想领结婚证，民政局能上门到医院办吗",
        "病床边举行婚礼要找谁申请",
        "醫院可以安排病房婚禮嗎？家人想完成她的心願",
    ]),
    "organ_donation": ([
        "How do I sign up to be an organ donor?",
        "can i register as an organ donor at reception when i come for my appointment",
        "organ donor card where to get",
        "If my husband dies in intensive care, who do we talk to about donating his organs?",
        "does my family have to agree for me to donate my kidneys after i die",
    ], [
        "怎么登记成为器官捐献志愿者？",
        "器官捐献登记在医院哪个窗口办",
        "器官捐献 家属签字",
        "我想死后捐眼角膜，需要提前办什么手续",
        "qi guan juan xian 去哪登记",
    ]),
    "medical_tourism": ([
        "I live overseas and want to come to your hospital for a hip replacement. Do you have an international patients office?",
        "medical visa invitation letter hospital",
        "do u offer packages for foreign patients incl. airport pickup",
        "How much would heart surgery cost for someone flying in from abroad, roughly?",
        "can my relatives in nigeria book treatment with you directly before they travel here",
        "internatonal patient coordinator contact",
    ], [
        "我们在国外，想专门来贵院做手术，有国际医疗部吗？",
        "外国朋友来看病能开就医签证邀请函吗",
        "境外患者就医套餐 接机",
        "海外华人回国做个心脏手术大概要准备多少钱",
        "有没有给国际病人的一条龙服务，从预约到机场接送",
    ]),
    "body_donation": ([
        "How do I donate my body to medical science after I die?",
        "can i leave my body to the medical school at this hospital",
        "body donation for anatomy teaching",
        "My mum wanted her body donated for research, what do we do now that she's passed away on the ward?",
        "is there an age limit for whole body donation",
    ], [
        "死后想把遗体捐给医学院做研究，怎么办理？",
        "遗体捐献登记",
        "我妈生前说要捐遗体，现在人在病房走了，家属该联系谁",
        "遗体捐献有年龄限制吗",
        "捐遺體給醫學教學需要家屬同意嗎",
    ]),
    "smoking_cessation": ([
        "Is there a stop smoking service at the hospital?",
        "can i get nicotine patches while im on the ward",
        "quit smoking clinic",
        "I want to give up vaping before my operation, who can help me?",
        "does the hospital run free sessions to help people quit cigarettes",
    ], [
        "医院有戒烟门诊吗？",
        "想戒烟，医院有没有专门帮人戒烟的医生",
        "戒烟贴医院能开吗",
        "做手术前想把烟戒了，有没有人指导",
        "jie yan men zhen 几点开",
    ]),
    "printing_fax": ([
        "Is there anywhere in the hospital I can print a document?",
        "need to fax a form to my employer, is there a fax machine patients can use",
        "printer for visitors",
        "can i print my boarding pass somewhere here, flying tonight after my appointment",
        "photocopier public use hospital",
    ], [
        "医院里有地方可以打印自己的文件吗？",
        "想复印一下身份证，医院里有复印店吗",
        "病人能用传真机吗",
        "打印机 门诊楼 个人资料",
        "在醫院可以掃描文件發郵件嗎",
    ]),
    "voting_in_hospital": ([
        "I'll be in hospital on election day, how can I vote?",
        "can my mum vote from her hospital bed",
        "emergency proxy vote hospital patient",
        "is there a polling station in the hospital",
        "Who helps patients apply for a postal vote if theyre stuck on the ward?",
    ], [
        "选举那天我还在住院，怎么投票？",
        "住院病人能投票吗",
        "医院里有没有设投票站",
        "住院期間可以申請郵寄投票嗎",
        "病房里能办选民登记吗",
    ]),
    "prosthetics": ([
        "Where do I go to get my prosthetic leg adjusted? It's rubbing.",
        "artificial limb fitting centre",
        "my prosthesis socket doesnt fit anymore since i lost weight, who do i call",
        "can i get a new prosthetic arm through the hospital",
        "prosthetic eye clinic",
    ], [
        "假肢不合适了，去哪里调整？",
        "截肢后装假肢，医院能做吗",
        "义肢 磨腿 找谁",
        "假眼可以在医院配吗",
        "装义肢要多久才能做好",
    ]),
    "placenta": ([
        "Can I take my placenta home after the birth?",
        "placenta encapsulation hospital policy",
        "do i need to bring a cool box for the placenta",
        "We want to bury the placenta for cultural reasons, will the midwives keep it for us?",
        "what happens to the placenta after delivery",
    ], [
        "生完孩子胎盘能带回家吗？",
        "胎盘可以自己处理吗 医院给不给",
        "想要胎盘 要签什么",
        "胎盘 带走 需要准备什么容器",
        "生產後胎盤醫院怎麼處理",
    ]),
    "cord_blood_banking": ([
        "Do you offer cord blood banking when the baby is born?",
        "how much to store umbilical cord blood",
        "we've signed up with a private cord blood company, will the midwife collect it",
        "cord blood collection at birth",
        "cord blood kit, do we bring it to labour ward ourselves",
    ], [
        "医院可以做脐带血储存吗？",
        "脐带血保存多少钱",
        "生孩子时脐血采集要提前跟谁说",
        "qi dai xue 要不要存",
        "脐带血库 费用",
    ]),
    "paternity_test": ([
        "Can I get a paternity test done at the hospital?",
        "dna test father baby hospital price",
        "is the paternity test done with a cheek swab or a blood sample",
        "is a legal paternity test for court available here",
        "we want a sibling dna test, which department does that",
    ], [
        "医院可以做亲子鉴定吗？",
        "亲子鉴定多少钱",
        "司法亲子鉴定在哪里做",
        "想做DNA检测 要带孩子来吗",
        "親子鑑定需要預約嗎",
    ]),
    "sexual_health_clinic": ([
        "Is there a sexual health clinic I can walk into without an appointment?",
        "where can i get an STI test confidentially",
        "sti testing walk in",
        "do you do free chlamydia tests for under 25s",
        "HIV test anonymous, do i have to give my name",
    ], [
        "有没有专门的性病门诊？在几楼",
        "想匿名做个HIV检测",
        "性病检查 医院能做吗",
        "艾滋病自愿咨询检测在哪",
        "性传播疾病筛查 门诊时间",
    ]),
    "counselling_self_referral": ([
        "Does the hospital have counsellors that patients can talk to?",
        "talking therapy after my cancer diagnosis, who do i ask",
        "is there a psychologist on the cancer ward i can talk to",
        "counselling for parents of premature babies",
        "free counselling sessions for carers?",
    ], [
        "医院有心理咨询吗？是哪个部门负责",
        "确诊癌症后心里很难受，有没有心理疏导",
        "心理咨询 收费",
        "早产儿家长有没有心理支持",
        "xin li zi xun 医院有吗",
    ]),
    "hospital_garden": ([
        "Is there a garden where patients can sit outside?",
        "can i take my mum outside in her wheelchair for some fresh air, is there a garden",
        "hospital garden opening times",
        "is there a courtyard near the childrens ward",
        "somewhere green to sit during a long wait between appointments?",
    ], [
        "医院有花园可以让病人出去晒晒太阳吗？",
        "住院能下楼去院子里散步吗",
        "医院里有没有小花园",
        "推我爸去楼下花园透透气可以吗",
        "醫院有空中花園嗎",
    ]),
    "leave_during_admission": ([
        "Can I go home for the weekend while I'm an inpatient and come back on Monday?",
        "is it allowed to leave the ward for a few hours to go to my sons graduation",
        "day leave from hospital",
        "can my dad pop out for a meal with us tonight then go back to the ward",
        "If I leave the hospital for a night will I lose my bed?",
    ], [
        "住院期间可以请假回家住一晚吗？",
        "住院能请假出去办点事吗",
        "住院请假条 找谁签",
        "出去吃个饭再回病房行不行",
        "請假回家會不會床位就沒了",
    ]),
    "private_room": ([
        "Can I pay to have a private room on the ward?",
        "single room upgrade cost per night",
        "is there a private wing for self paying patients",
        "the lady in the next bed snores all night, can i pay for a side room for my mum",
        "do private rooms have their own bathroom",
    ], [
        "能不能自费住单人间？",
        "VIP病房一天多少钱",
        "双人间和单间怎么申请",
        "病房太吵了，可以加钱换个单间吗",
        "单人病房有独立卫生间吗",
    ]),
    "first_aid_courses": ([
        "Do you run first aid courses for the public?",
        "baby cpr class for new parents",
        "where can i learn cpr near me, does the hospital teach it",
        "first aid training for my office staff, can the hospital do it",
        "paediatric first aid course dates",
    ], [
        "医院有没有面向市民的急救培训课程？",
        "想学心肺复苏 哪里报名",
        "婴儿急救课 海姆立克",
        "单位想请医院来讲急救知识，联系谁",
        "急救證書培訓 費用",
    ]),
    "allergy_testing": ([
        "Can I get an allergy test for peanuts at the hospital?",
        "is there an allergy clinic for adults",
        "allergy skin prick test",
        "My son keeps getting rashes after eating eggs, does the hospital do food allergy testing for kids?",
        "how much is a blood allergy panel",
    ], [
        "想查一下对什么过敏，医院能做过敏原检测吗？",
        "过敏原检测哪里能做",
        "孩子吃鸡蛋起疹子，能测食物过敏吗",
        "过敏原 抽血 多少钱",
        "皮肤点刺试验能做吗",
    ]),
    "genetic_testing": ([
        "My mum had breast cancer, can I get tested for the BRCA gene here?",
        "genetic counselling for pregnant couples",
        "how to get a genetic test for huntingtons that runs in the family",
        "do u do whole genome sequencing",
        "genetics clinic location and opening hours",
    ], [
        "我妈得过乳腺癌，我能来做BRCA基因检测吗？",
        "遗传咨询门诊在哪",
        "基因检测 费用",
        "家族有遗传病，想做个基因筛查",
        "全基因組測序可以做嗎",
    ]),
    "disability_badge_card": ([
        "How do I apply for a blue badge for my mum?",
        "can the hospital sign my blue badge application",
        "disabled parking permit application form",
        "Who fills in the medical part of a disability badge form?",
        "how long does a blue badge take to come thru after applying",
    ], [
        "残疾人证怎么办理？医院能做残疾评定吗",
        "办残疾证需要去哪家医院鉴定",
        "残疾评定 在哪做",
        "我爸中风后行动不便，能申请残疾人证吗 在哪申请",
        "殘疾證明需要醫生簽什麼表",
    ]),
    "hospital_school": ([
        "My daughter will be in hospital for months, is there a hospital school so she doesn't fall behind?",
        "teacher on childrens ward",
        "can my son sit his exams while he's an inpatient",
        "hospital school contact",
        "does the school send homework to the ward or do u have teachers there",
    ], [
        "孩子要住院几个月，医院有没有病房课堂？",
        "住院期间孩子能参加考试吗",
        "儿科病房有老师上课吗",
        "长期住院的孩子学习怎么办",
        "医院学校 怎么报名",
    ]),
    "car_park_damage_fines": ([
        "I got a parking fine in the hospital car park because the machine wasn't working. How do I appeal?",
        "someone scratched my car while parked at the hospital, who do i report it to",
        "car clamped at hospital",
        "parking charge notice appeal hospital",
        "my car was broken into in the visitor car park, does the hospital cover that",
    ], [
        "在医院停车场车被刮了，找谁处理？",
        "停车场收费机坏了结果被记了违停，怎么申诉",
        "医院停车场 车被锁",
        "车停在医院里被贴罚单了",
        "停車場車窗被砸 醫院負責嗎",
    ]),
    "cctv_security": ([
        "Can I get CCTV footage from the outpatient waiting room? Someone took my bag while I was being seen.",
        "security guard to walk me to my car late at night",
        "how do i contact hospital security",
        "someone was aggressive to me in A&E, can I report it to security",
        "are there cameras in the wards",
    ], [
        "想调一下门诊大厅的监控录像，找谁？",
        "医院保卫科电话",
        "晚上有人一直跟着我，医院有保安吗",
        "病房里有没有摄像头",
        "监控录像 申请调阅",
    ]),
    "fire_alarm": ([
        "What should I do if the fire alarm goes off while I'm visiting?",
        "fire alarm test times hospital",
        "do patients get evacuated if theres a fire, what happens to people who cant get out of bed",
        "where are the fire exits on the ward",
        "the fire alarm keeps going off on my ward every tuesday is that normal",
    ], [
        "探视时火警响了该怎么办？",
        "医院消防演练什么时候",
        "病房的安全出口在哪",
        "着火了卧床病人怎么疏散",
        "火警铃每周响一次是测试吗",
    ]),
    "hot_drinking_water": ([
        "Is there a water fountain for visitors?",
        "where can i get hot water to make tea on the ward",
        "drinking water refill station outpatients",
        "can i fill my water bottle somewhere in the waiting area",
        "free water for patients waiting in clinic?",
    ], [
        "病房有热水吗？开水房在哪",
        "门诊有饮水机吗",
        "打开水的地方",
        "医院哪里可以接热水泡面",
        "候診區有沒有免費飲用水",
    ]),
    "podiatry": ([
        "I'm diabetic and can't cut my own toenails. Is there a podiatrist?",
        "chiropodist appointment hospital",
        "ingrown toenail clinic",
        "where do i get my corns and hard skin sorted",
        "does the hospital have a diabetic foot clinic",
    ], [
        "糖尿病足护理门诊有吗？",
        "医院有修脚或者足病治疗吗",
        "老人剪趾甲困难 医院有足部护理吗",
        "足病门诊",
        "灰指甲 修脚 医院能做吗",
    ]),
    "speech_therapy": ([
        "My 3 year old isn't talking much yet. Is there a speech therapist at the hospital?",
        "speech and language therapy for stammering adults",
        "is there speech therapy for outpatients after a stroke",
        "swallowing assessment speech therapist outpatient",
        "is there speech therapy for kids with a lisp",
    ], [
        "孩子三岁了还不太会说话，医院有语言治疗吗？",
        "口吃矫正 医院有吗",
        "中风后说话不清，有没有言语康复训练",
        "言语治疗师",
        "小朋友大舌头可以做语言训练吗",
    ]),
    "best_doctor_recommendation": ([
        "Which surgeon at your hospital is best for knee replacements?",
        "who is the top cardiologist here",
        "can u recommend a good doctor for my thyroid",
        "which consultant has the best success rate for cataract ops",
        "is dr chen any good? thinking of asking to see him",
    ], [
        "你们医院看甲状腺哪个医生最好？",
        "膝关节置换找哪个专家靠谱",
        "心内科哪个主任技术最好",
        "王医生水平怎么样 值不值得挂他的号",
        "貴院哪位醫師開白內障最有經驗",
    ]),
    "holiday_opening_hours": ([
        "Are outpatient clinics open on Christmas Eve?",
        "is the hospital open on bank holiday monday for appointments",
        "easter opening hours outpatients",
        "do blood test clinics run over the new year break",
        "will my appointment on Boxing Day still go ahead or is the clinic shut",
    ], [
        "春节期间门诊开不开？",
        "国庆节医院上班吗 普通门诊",
        "五一放假能不能抽血",
        "中秋节门诊时间",
        "過年期間門診有開嗎",
    ]),
    "prisoner_patients": ([
        "My son is a prisoner and has been brought to your hospital. Am I allowed to visit him?",
        "visiting a patient who is under police guard",
        "can prisoners on the ward have visitors",
        "my brother is in custody and was admitted last night, do the prison officers stay with him the whole time",
        "rules for visiting an inmate in hospital",
    ], [
        "我儿子在服刑，被送到你们医院住院了，家属能去探视吗？",
        "被羁押人员住院 家属探望",
        "犯人住院有警察看守吗",
        "在押病人能带东西给他吗",
        "看守所送来的病人家属可以探视吗",
    ]),
    "female_doctor_request": ([
        "Can I ask for a female doctor for my examination?",
        "i'd prefer a woman gynaecologist, can i request one",
        "request male nurse for personal care",
        "For religious reasons my wife can only be examined by a female doctor, can this be arranged?",
        "same sex clinician request",
    ], [
        "可以要求女医生给我检查吗？",
        "妇科检查能指定女大夫吗",
        "出于宗教原因想要女医生，可以安排吗",
        "男护士 可以换成女护士吗",
        "可以指定同性醫師看診嗎",
    ]),
    "strike_action": ([
        "Will my appointment still go ahead during the doctors' strike?",
        "junior doctor strike outpatients cancelled?",
        "nurses strike next week, is my op still on",
        "how will i know if my clinic is affected by industrial action",
        "is the hospital running normally during the strike",
    ], [
        "听说医生要罢工，我下周的预约还有效吗？",
        "醫護罷工期間門診照常嗎",
        "护士罢工 手术会取消吗",
        "工业行动 影响预约吗",
        "罢工的话医院会不会通知我",
    ]),
    "self_pay_prices": ([
        "How much does an MRI scan cost if I pay myself?",
        "price list for self pay patients",
        "cost of a colonoscopy without insurance",
        "how much is a consultation with a specialist if im not insured",
        "ultrasound scan price",
    ], [
        "自费做一次核磁共振多少钱？",
        "做个胃镜要多少钱 无痛的",
        "挂专家号多少钱",
        "肠镜价格",
        "B超一次大概幾錢",
    ]),
    "crutches_return": ([
        "Where do I return the crutches I was given in A&E?",
        "do i have to give back the walking boot after my fracture heals",
        "returning a zimmer frame to the hospital",
        "can i keep the crutches or do i need to bring them back",
        "drop off point for borrowed equipment",
    ], [
        "急诊借的拐杖用完了还到哪里？",
        "骨折的护具要还给医院吗",
        "助行器 归还",
        "拐杖可以自己留着吗还是要还",
        "借來的柺杖在哪裡歸還",
    ]),
    "postnatal_doula": ([
        "Does the hospital provide a postnatal doula to help at home after the birth?",
        "night nanny recommendations after baby",
        "postpartum home help service",
        "do you have a list of approved doulas",
        "confinement nanny agency the hospital works with",
    ], [
        "医院有月子中心吗？",
        "产后月嫂 医院能推荐吗",
        "和医院合作的月子会所",
        "出院后有没有产后上门护理的服务",
        "坐月子 醫院有提供服務嗎",
    ]),
    "alcohol_drug_services": ([
        "Is there help at the hospital for people with a drinking problem?",
        "alcohol detox on the ward, is that a thing",
        "my brother is addicted to painkillers, where can he get support",
        "drug and alcohol liaison team contact",
        "are there aa meetings at the hospital?",
    ], [
        "医院有戒酒门诊吗？",
        "家里人酗酒，去哪里求助",
        "戒毒 医院能做吗",
        "酒精依赖 治疗",
        "有没有戒酒互助小组",
    ]),
    "register_with_gp": ([
        "How do I register with a family doctor? I just moved here.",
        "can the hospital register me with a GP",
        "find a gp near the hospital",
        "no gp surgery near me is taking new patients, can the hospital help me find one?",
        "changing gp practice",
    ], [
        "怎么签约家庭医生？",
        "刚搬来，想找个社区家庭医生",
        "家庭医生签约 医院能办吗",
        "社区医院和你们医院能签约吗",
        "家庭醫生怎麼登記",
    ]),
    "veterans_priority": ([
        "Do armed forces veterans get priority treatment at your hospital?",
        "veterans priority appointments",
        "is there an armed forces champion at the hospital",
        "ex military, do i get seen quicker",
        "support for veterans with ptsd at the hospital",
    ], [
        "军人在你们医院看病有优先吗？",
        "退役军人优先窗口在哪",
        "现役军人挂号有绿色通道吗",
        "军人依法优先 医院怎么执行",
        "榮民看病有優待嗎",
    ]),
    "lost_insurance_card": ([
        "I lost my health insurance card. How do I get a replacement?",
        "insurance card stolen who do i call to cancel it",
        "replacement insurance card how long",
        "my medical card is damaged and wont scan, where do i get a new one",
        "can i get a temporary insurance card at the hospital",
    ], [
        "社保卡丢了怎么补办？",
        "医保卡挂失 在医院能办吗",
        "医保卡坏了刷不出来 去哪换新卡",
        "补办社保卡要多久",
        "健保卡遺失 補辦",
    ]),
    "emergency_wait_times": ([
        "How long is the wait in A&E right now?",
        "current emergency department waiting time",
        "is there an app that shows live waiting times for the ER",
        "whats the wait like at urgent care tonight",
        "which hospital nearby has the shortest A&E queue",
    ], [
        "急诊现在要等多久？",
        "急诊排队人多吗 现在",
        "能在网上看急诊实时候诊人数吗",
        "附近哪家医院急诊人少",
        "急診現在候診時間",
    ]),
    "document_legalisation": ([
        "I need my medical certificate apostilled for use abroad. Can the hospital do that?",
        "notarised copy of my medical report for a visa",
        "does the hospital certify translations of medical documents",
        "embassy legalisation of hospital letter",
        "who can notarise a doctor's letter for my overseas insurer",
    ], [
        "诊断证明要办公证，医院能帮忙吗？",
        "病历要做海牙认证 怎么弄",
        "出国用的医疗文件 需要外交部认证吗",
        "医院出具的材料能公证吗",
        "醫療文件公證翻譯",
    ]),
    "thanking_staff": ([
        "Can I give the nurses a box of chocolates to say thank you?",
        "am i allowed to tip the porters",
        "buying a present for my surgeon, is that allowed",
        "can we bring cakes for the nurses on their night shift",
        "is it ok to give money to the staff who looked after my dad",
    ], [
        "想给医生送个红包表示感谢，可以吗？",
        "给护士送水果可以吗",
        "医生收礼吗 手术前送点东西",
        "送锦旗给医生要去哪里",
        "可以送點心意給照顧爸爸的護理師嗎",
    ]),
    "veterinary": ([
        "My dog ate chocolate, can I bring him to your emergency department?",
        "do you treat animals",
        "nearest emergency vet",
        "my cat got bitten, which vet near the hospital is open now",
        "is there a vet clinic in the hospital",
    ], [
        "我家狗误吃了巧克力，能带来你们急诊吗？",
        "医院能给宠物看病吗",
        "附近24小时宠物医院",
        "猫被咬伤了哪里能看",
        "狗狗打疫苗在哪",
    ]),
    "ward_call_bell": ([
        "How do I call a nurse when I'm in bed on the ward?",
        "where's the call button on the bed",
        "nurse call bell not working",
        "pressed the buzzer for ages and no one came, is there another way to get help",
        "call bell for the bathroom on the ward",
    ], [
        "住院时怎么叫护士？床头有呼叫铃吗",
        "呼叫器按了没人来",
        "病房卫生间有紧急呼叫按钮吗",
        "床头铃在哪",
        "病床呼叫鈴壞了",
    ]),
    "second_opinion": ([
        "Can I get a second opinion from another consultant at the hospital?",
        "second opinion abroad cancer treatment",
        "how do i ask for a different surgeon to review my case",
        "will my doctor be offended if i want a 2nd opinion",
        "second opinion cost",
    ], [
        "想换个医生再听听意见，医院能安排第二诊疗意见吗？",
        "国外专家远程会诊 怎么申请",
        "对诊断有疑问 可以找别的专家复核吗",
        "多学科会诊 怎么申请",
        "第二意見 收費",
    ]),
    "scam_calls": ([
        "I got a call from someone saying they're from the hospital asking for my bank details. Is that real?",
        "text message says i owe the hospital money click link, scam?",
        "does the hospital ever ask for payment over the phone",
        "how do i report a fake hospital call",
        "someone rang claiming to be my doctor and wanted my card number",
    ], [
        "有人打电话说是医院的，让我转账交住院费，是真的吗？",
        "收到短信说医保卡异常 要点链接 是不是诈骗",
        "冒充医生打电话要钱",
        "医院会不会打电话让我付款",
        "假冒醫院來電 如何舉報",
    ]),
    "specialist_treatment_availability": ([
        "Do you do robotic surgery for prostate cancer?",
        "is proton beam therapy available at this hospital",
        "gamma knife treatment here?",
        "does the hospital have a hyperbaric oxygen chamber",
        "Do you offer TAVI or only open heart valve surgery?",
    ], [
        "你们医院有达芬奇机器人手术吗？",
        "质子治疗 能做吗",
        "伽马刀 医院有没有",
        "高压氧舱在哪",
        "有沒有重離子治療",
    ]),
    "diabetes_education": ([
        "I've just been diagnosed with type 2 diabetes. Is there a course I can go on?",
        "diabetes education classes",
        "carb counting course for type 1",
        "do you run group sessions for newly diagnosed diabetics",
        "diabetes nurse drop in",
    ], [
        "刚查出糖尿病，医院有糖尿病教育课吗？",
        "糖友学校",
        "糖尿病饮食讲座什么时候",
        "糖尿病患者小组活动",
        "糖尿病衛教課程",
    ]),
    "continence_supplies": ([
        "How do I get incontinence pads for my dad?",
        "free continence products delivery",
        "continence nurse home visits",
        "are incontinence pads provided on prescription",
        "bladder and bowel service",
    ], [
        "老人失禁，医院能提供护理垫吗？",
        "失禁护理门诊",
        "尿失禁 护理用品 领取",
        "造口用品 怎么领",
        "失禁護理墊 申請",
    ]),
    "holiday_dialysis": ([
        "My dad's on haemodialysis. Can he have sessions at your unit while we're on holiday here?",
        "holiday dialysis booking",
        "visiting dialysis patient needs sessions for 2 weeks",
        "can i do dialysis away from home at your hospital",
        "temporary dialysis slots for tourists",
    ], [
        "我爸在做血液透析，出来旅游期间能在你们医院临时透析吗？",
        "异地临时透析 能接收吗",
        "外地透析病人 临时透析",
        "透析室 接收外来病人吗",
        "旅遊期間洗腎",
    ]),
    "staff_uniforms": ([
        "What do the different colour uniforms mean? How do I know who's the nurse?",
        "nurse uniform colours hospital",
        "who wears the dark blue tunic on the ward",
        "how can i tell a doctor from a nurse here, everyone's in scrubs",
        "what does the purple uniform mean",
    ], [
        "护士的衣服颜色不一样代表什么？",
        "穿粉色衣服的是护士还是护工",
        "医院工作人员制服颜色",
        "怎么分辨医生和实习生",
        "護理師帽子顏色代表什麼",
    ]),
    "keepsake_baby_scan": ([
        "Can I find out the baby's gender at my scan?",
        "4d baby scan price",
        "keepsake scan photos how much",
        "can we get a video of the baby scan on a usb",
        "gender reveal scan at 16 weeks",
    ], [
        "B超能告诉我是男孩还是女孩吗？",
        "四维彩超多少钱",
        "孕检B超能拍照片留念吗",
        "四维 录视频",
        "產檢照超音波可以知道性別嗎",
    ]),
    "bad_weather_closures": ([
        "Is the hospital still running appointments during the snow?",
        "typhoon warning clinic closed?",
        "are operations cancelled because of the storm tomorrow",
        "flooding near the hospital, is the main road open",
        "heavy snow, will they call me if my clinic is cancelled",
    ], [
        "台风天门诊还开吗？",
        "下大雪明天的预约会取消吗",
        "暴雨红色预警 医院停诊吗",
        "八號風球門診照常嗎",
        "黑雨 复诊还要去吗",
    ]),
    "block_a_visitor": ([
        "Can I ask the ward not to let my ex-partner visit me?",
        "stop one particular person visiting a patient",
        "I don't want my father-in-law visiting my wife after the birth, can the midwives stop him?",
        "banned visitor list ward",
        "how do i put a restraining order on a visitor at the hospital",
    ], [
        "可以让病房不让我前夫来探视吗？",
        "不想某个亲戚来医院看我 怎么办",
        "拒绝探视 怎么申请",
        "有人骚扰住院的妈妈 能不能禁止他进病区",
        "可以指定誰不能來探病嗎",
    ]),
    "dementia_day_centre": ([
        "Is there a day centre for people with dementia my mum could go to?",
        "dementia respite care",
        "memory cafe near the hospital",
        "somewhere my dad can go in the day so i can work, he has alzheimers",
        "dementia carers support group meetings",
    ], [
        "有没有给老年痴呆病人的日间照料中心？",
        "阿尔茨海默 喘息服务",
        "记忆门诊",
        "白天能托管失智老人的地方",
        "失智症日照中心",
    ]),
    "personal_alarm": ([
        "How do I get a personal alarm for my mum? She keeps falling at home.",
        "falls pendant alarm",
        "careline alarm monthly cost",
        "emergency button necklace elderly where to get",
        "does the hospital provide a fall detector watch",
    ], [
        "老人在家老摔倒，去哪弄个紧急呼叫器？",
        "一键呼救器 老人",
        "防跌倒手环 医院有吗",
        "独居老人报警器申请",
        "長者平安鐘 怎麼申請",
    ]),
    "night_entrance": ([
        "Which entrance is open at night for visitors?",
        "main doors locked after 8pm how do i get in",
        "out of hours entrance hospital",
        "what time does the main entrance close",
        "coming late at night after work, is there a side door open",
    ], [
        "晚上几点以后门诊楼大门就关了？",
        "夜里从哪个门进住院部",
        "晚上探视走哪个门",
        "医院大门几点关",
        "深夜進醫院要走哪個入口",
    ]),
    "medical_alert_bracelet": ([
        "Where can I get a medical alert bracelet for my penicillin allergy?",
        "medic alert necklace epilepsy",
        "does the hospital give out allergy wristbands to take home",
        "medical id bracelet engraving",
        "should i wear a medical alert band, where to buy",
    ], [
        "对青霉素过敏，哪里可以办医疗警示手环？",
        "癫痫病人 身份警示卡",
        "过敏警示手环 医院有吗",
        "医疗信息手环",
        "醫療警示手鍊",
    ]),
    "menopause_clinic": ([
        "Is there a menopause clinic at the hospital?",
        "menopause clinic opening days",
        "hot flushes clinic",
        "can i see someone about the menopause without waiting months",
        "menopause support group",
    ], [
        "医院有更年期门诊吗？",
        "更年期综合征 专科",
        "绝经 门诊",
        "更年期潮热 医院有专门的门诊吗",
        "更年期門診時間",
    ]),
    "self_ordered_blood_test": ([
        "Can I just walk in and ask for a blood test without a doctor's form?",
        "order my own blood tests and pay for them",
        "vitamin d blood test price",
        "can i get my cholesterol tested here if i didnt see a doctor",
        "direct access blood test self request",
    ], [
        "不看医生能直接去抽血化验吗？",
        "自己想查个血脂 不挂号能做吗",
        "自助开单化验",
        "想测维生素D 能自己去检验科吗",
        "不經醫生可以自費驗血嗎",
    ]),
    "music_art_therapy": ([
        "Is there music therapy for children on the ward?",
        "art therapy for cancer patients",
        "my autistic son loves music, do you do music therapy sessions",
        "art classes for long stay patients",
        "music therapist contact",
    ], [
        "病房里有音乐治疗吗？",
        "肿瘤病人 艺术治疗",
        "自闭症孩子 音乐治疗 医院有吗",
        "长期住院的孩子有绘画活动吗",
        "音樂治療師",
    ]),
}


def build_rows(topics: dict[str, tuple[list[str], list[str]]]) -> list[dict]:
    """Rows in file order: all English questions, then all Chinese, each numbered from 001 in topic order."""
    rows = []
    for language, index in (("en", 0), ("zh", 1)):
        number = 0
        for topic, questions in topics.items():
            for question in questions[index]:
                number += 1
                rows.append({"id": f"oos-{language}-tune2-{number:03d}", "language": language,
                             "question": question, "topic": topic})
    return rows


def problems(rows: list[dict], first_tune: list[dict]) -> list[str]:
    """Reasons the rows are not a usable tuning set: reused topics, duplicates, empty or too few questions."""
    found = []
    old_topics = {row["topic"] for row in first_tune}
    old_questions = {row["question"].strip().lower() for row in first_tune}
    seen = set()
    per_topic = Counter((row["topic"], row["language"]) for row in rows)
    for row in rows:
        text = row["question"].strip()
        key = text.lower()
        if not text:
            found.append(f"{row['id']}: empty question")
        if key in seen:
            found.append(f"{row['id']}: duplicate question {text!r}")
        if key in old_questions:
            found.append(f"{row['id']}: already in out_of_scope_tune.jsonl: {text!r}")
        seen.add(key)
        if row["topic"] in old_topics or row["topic"] in HELD_OUT_TOPICS:
            found.append(f"{row['id']}: topic {row['topic']!r} is already used by another out-of-scope set")
    for (topic, language), count in per_topic.items():
        if not 4 <= count <= 6:
            found.append(f"{topic}/{language}: {count} questions, want 4-6")
    return found


def main() -> int:
    """Write (or with --check, compare) out_of_scope_tune2.jsonl; exit 1 on a problem or a stale file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the file on disk is stale")
    args = parser.parse_args()
    rows = build_rows(TOPICS)
    first_tune = [json.loads(line) for line in (GROUNDED / "out_of_scope_tune.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    found = problems(rows, first_tune)
    if found:
        print("\n".join(found), file=sys.stderr)
        return 1
    text = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    if args.check:
        stale = not OUTPUT.exists() or OUTPUT.read_text(encoding="utf-8") != text
        print(f"{OUTPUT.name}: {'stale' if stale else 'up to date'}")
        return 1 if stale else 0
    OUTPUT.write_text(text, encoding="utf-8")
    counts = Counter(row["language"] for row in rows)
    print(f"wrote {OUTPUT.relative_to(ROOT)}: {len(rows)} rows ({counts['en']} en, {counts['zh']} zh), {len(TOPICS)} topics")
    return 0


if __name__ == "__main__":
    sys.exit(main())
