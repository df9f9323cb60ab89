#!/usr/bin/env python3
"""Blind grounded review set 32 for medqa-moe: 50 English + 50 Chinese reviewer questions.

Every question below was typed by hand by the set-32 writer; no model wrote any of the text.
Python 3 standard library only. Writes questions.jsonl next to this script.

The KB passage files are read only to check that every gold and near id exists.
Set MEDQA_ROOT to the project root (default /work/main).
"""
import json
import os
import random

SEED = 32

# (kind, question, gold_id_or_None, voice)
EN = [
    # ---------------- plain (5) ----------------
    ("plain",
     "is an interpreter free or do we have to pay for it? my mother speak only Karen language, very little English",
     "kb-en-appointments-007",
     "Karen family from Burma settled in Bolton, learner English"),
    ("plain",
     "what am i meant to do with my used needles. can they just go in the wheelie bin at home",
     "kb-en-medications-003",
     "civil enforcement (parking) officer with diabetes, typing between rounds"),
    ("plain",
     "Am I entitled to ask for an itemised bill, rather than the single total I have been sent?",
     "kb-en-records_billing-007",
     "parish council clerk, writing for herself"),
    ("plain",
     "How long have I got to hand a urine sample in once I've done it?",
     "kb-en-test_preparation-011",
     "swing bridge operator on a canal"),
    ("plain",
     "Is there free wifi for visitors on the wards? I sit with him most afternoons",
     "kb-en-visiting-011",
     "former workmate visiting a retired colleague with dementia"),

    # ---------------- context (10) ----------------
    ("context",
     "My son is 26, he has epilepsy and a mild learning disability and he lives in a supported flat. Staff pop in "
     "during the day but nobody is there overnight. He's booked in for a camera test under sedation next month. I "
     "can drive him home after but I work nights though. Does somebody actually have to stay with him "
     "overnight after the sedation, or is getting him home safely enough?",
     "kb-en-procedures-002",
     "mother and carer of an adult son with epilepsy"),
    ("context",
     "My sister is 34, she has epilepsy and has lived with me since our mum passed. She stayed at a friend's last "
     "night and came back this morning saying she forgot her evening tablets. She's absolutely fine in herself, no "
     "seizures. I know you're not supposed to double up on most things, but I read that epilepsy medicines are "
     "different. What's the hospital's general advice on missed doses for those?",
     "kb-en-medications-004",
     "brother and carer of an adult sister with epilepsy"),
    ("context",
     "I worked alongside him at the gasworks for thirty-odd years and his wife passed a while back, so I go in to see "
     "him most days now he's on the ward. His dementia is quite far on. He eats a lot better when it's someone he "
     "knows sat with him, but yesterday a nurse said it was protected mealtime and asked all visitors to leave. Am I "
     "allowed to stay if I'm the one helping him eat?",
     "kb-en-visiting-001",
     "former workmate of a retired colleague with dementia"),
    ("context",
     "Question first: is there any way he can wait somewhere quieter than the main waiting room?\n\nContext: I'm "
     "taking an old colleague to his memory clinic appointment next Tuesday as he's got no family close by. He has "
     "dementia and gets very agitated when it's busy and noisy, last time he walked out before being seen.",
     "kb-en-appointments-011",
     "former workmate taking a retired colleague with dementia to clinic; question first, then 'Context:'"),
    ("context",
     "I work the swing bridge on the canal road, 12 hour shifts, and when a boat's coming through I can't just stop "
     "what I'm doing. My follow up with the chest clinic is a phone appointment this time round. Last time someone "
     "rang me it came up No Caller ID and I ignored it, thought it was one of them scam calls. Do hospital calls "
     "normally come up as private?",
     "kb-en-appointments-006",
     "swing bridge operator on 12-hour shifts"),
    ("context",
     "Parking warden here (civil enforcement officer if you want the posh title). Rolled my ankle stepping off a kerb "
     "on Tuesday doing my beat. Its puffy but I can walk on it fine. Should I be putting ice on it and if so how long "
     "each time?",
     "kb-en-self_care-006",
     "civil enforcement (parking) officer"),
    ("context",
     "I'm in for a hernia op in March, should be a couple of nights. The council (my employer) want a note covering "
     "the days I'm actually in hospital. Who do I ask for that and do I need to sort it before I leave the ward?",
     "kb-en-records_billing-011",
     "civil enforcement officer employed by a council"),
    ("context",
     "my wife she is from Chin state, we live in Oldham now 3 years. she have CT scan for her chest next week "
     "because of long cough. now she think maybe she is pregnant again, her period is late. she must tell the scan "
     "people about this or not? she is shy to say it",
     "kb-en-test_preparation-008",
     "Chin family from Burma settled in Oldham, learner English"),
    ("context",
     "Three things on my list this morning: the grass cutting contract for the playing field, the broken bus shelter "
     "on Mill Lane, and - the one for you - our former chairman, who was admitted after a fall on Sunday. Half the "
     "village has been ringing the ward, which I gather is not helpful. His wife has asked me to sort something out. "
     "Would it be better if just one person rang for updates and passed news on to everyone else?",
     "kb-en-visiting-007",
     "parish council clerk; three things, only one for the hospital"),
    ("context",
     "I drive the cliff lift on the seafront in the summer season. My daughter's wedding is the week before my knee "
     "operation and she has booked all of us in for gel nails. Do I have to get every nail taken off before the op "
     "or is one finger enough?",
     "kb-en-procedures-012",
     "cliff railway operator at the seaside"),

    # ---------------- lay (9) ----------------
    ("lay",
     "Before I started on the bridge I did years of grinding in a fab shop, and I'm fairly sure there's still a "
     "speck of steel in my left eye from back then. Now I've been sent for the big magnet tube scan on my back. Do "
     "I need to mention the eye thing to them?",
     "kb-en-test_preparation-005",
     "swing bridge operator, formerly a metal fabricator"),
    ("lay",
     "my brother is having the camera up the back passage next week and theyve sent him the clear-out drink for "
     "the night before. hes got epilepsy and a learning disability and hates the taste of anything like that so "
     "theres a good chance he throws it back up. what are we meant to do if he does",
     "kb-en-test_preparation-003",
     "sister and carer of an adult brother with epilepsy"),
    ("lay",
     "my sister go for the jelly scan on low belly to look the baby, first one. she must come with need to pee, or "
     "go toilet before and come empty?",
     "kb-en-test_preparation-009",
     "Karen family from Burma settled in Bolton, learner English"),
    ("lay",
     "I'm afraid I caught the back of my hand with boiling water from the urn at the village hall coffee morning. "
     "One of the committee is insisting I put butter on it. I'm holding it under the cold tap at the moment - how "
     "long ought I to keep it there?",
     "kb-en-self_care-005",
     "parish council clerk at a village hall event"),
    ("lay",
     "i keep all my tablets in the little mirror cupboard above the sink in the bathroom. is that actually an ok "
     "place for them or not",
     "kb-en-medications-002",
     "civil enforcement (parking) officer"),
    ("lay",
     "Took my old mate round the garden centre and a bee got him on the back of the hand. The little black barb "
     "thing is still stuck in his skin. Should I pinch it out with my fingers? He's fine otherwise, no puffiness "
     "anywhere else.",
     "kb-en-self_care-013",
     "former workmate out for the day with a retired colleague with dementia"),
    ("lay",
     "My husband has epilepsy and a long hot soak in the tub is what calms him down best. He had his gallbladder out "
     "last week, the keyhole way, so he's got the little cuts on his tummy. When can he go back to soaking in the "
     "bath?",
     "kb-en-procedures-010",
     "wife and carer of a husband with epilepsy"),
    ("lay",
     "Three times now his top set has gone missing on the ward, once it turned up on his dinner tray. Who am I "
     "supposed to tell when his teeth disappear again?",
     "kb-en-visiting-010",
     "former workmate visiting a retired colleague with dementia"),
    ("lay",
     "my father want to see his letters from the hospital on his phone. my son say there is a website with log in. "
     "what he need to have for open the account?",
     "kb-en-records_billing-002",
     "Karen family from Burma settled in Bolton, learner English"),

    # ---------------- two_part (6) ----------------
    ("two_part",
     "Dear Transport Department (or whoever arranges the hospital car),\nHow far in advance must one book patient "
     "transport for an elderly resident of our parish, and may her daughter travel with her?\nWith thanks,\nParish "
     "Clerk",
     "kb-en-appointments-009",
     "parish council clerk; addressed to a guessed department"),
    ("two_part",
     "how long does the sugary drink test take start to finish? and can i nip out for a smoke in between the blood "
     "tests, its a long time to sit there",
     "kb-en-test_preparation-012",
     "swing bridge operator on a day off"),
    ("two_part",
     "Day surgery on my knee Friday. Am I allowed to drive myself home after, and how long does somebody have to stay "
     "with me?",
     "kb-en-procedures-004",
     "civil enforcement (parking) officer"),
    ("two_part",
     "Dear Ward Staff (sorry, I'm not sure who reads these),\nWould fresh flowers be allowed for a patient on a "
     "general ward, and if not, would a foil balloon be all right instead?",
     "kb-en-visiting-003",
     "former workmate of a retired colleague with dementia; addressed to a guessed department"),
    ("two_part",
     "we get the bill from hospital and we cannot pay all in one time. can we pay small small every month? and they "
     "give us paper to show what we agree?",
     "kb-en-records_billing-009",
     "Karen family from Burma settled in Bolton, learner English"),
    ("two_part",
     "My daughter (29, epilepsy, lives with us) and I have both had a tummy bug, both ends, since Sunday. How long do "
     "we have to stay off work afterwards, and is there anything from the chemist to put back what we've lost?",
     "kb-en-self_care-008",
     "mother and carer of an adult daughter with epilepsy"),

    # ---------------- missing_detail (15): on a KB topic, the thing asked is not in either file ----------------
    ("missing_detail",
     "do you have interpreter for Sgaw Karen language? my mother in law only speak that, no Burmese even",
     None,
     "Karen family from Burma settled in Bolton, learner English; near kb-en-appointments-007"),
    ("missing_detail",
     "Being a parking officer myself I'm curious - what's your hourly rate in the visitor car park?",
     None,
     "civil enforcement (parking) officer; near kb-en-appointments-008"),
    ("missing_detail",
     "What time does afternoon visiting actually start on the general wards? I want to know if the ten to one bus "
     "is worth catching.",
     None,
     "former workmate visiting a retired colleague with dementia; near kb-en-visiting-001"),
    ("missing_detail",
     "Is the outpatient pharmacy open on a Saturday morning? I need to collect my son's tablets that the clinic "
     "prescribed on Friday.",
     None,
     "father and carer of an adult son with epilepsy; near kb-en-medications-012"),
    ("missing_detail",
     "Dear Medical Records (I hope I have the right office),\nCould you tell me the fee for a paper copy of one's "
     "hospital records? I should like to budget for it before applying.",
     None,
     "parish council clerk, for herself; addressed to a guessed department; near kb-en-records_billing-001"),
    ("missing_detail",
     "how much deposit do you want for borrowing one of the wheelchairs at the front entrance, and is it cash only",
     None,
     "cliff railway operator bringing his father; near kb-en-appointments-012"),
    ("missing_detail",
     "which insurance company is working with your hospital? my cousin have insurance from his job",
     None,
     "Chin family from Burma settled in Oldham, learner English; near kb-en-records_billing-008"),
    ("missing_detail",
     "Question first: is patient transport free, or is there a charge?\n\nContext: an old colleague of mine has "
     "dementia and can't manage the bus any more, and I don't drive.",
     None,
     "former workmate of a retired colleague with dementia; question first, then 'Context:'; "
     "near kb-en-appointments-009"),
    ("missing_detail",
     "can you ask for your own music in the headphones during the mri or is it just whatever they put on. "
     "i need something to take my mind off it",
     None,
     "swing bridge operator; near kb-en-test_preparation-006"),
    ("missing_detail",
     "Where is the lost property office and what hours is it open? My son's smartwatch went missing during his stay "
     "on the neuro ward.",
     None,
     "mother and carer of an adult son with epilepsy; near kb-en-visiting-010"),
    ("missing_detail",
     "Which day does the council collect full sharps bins round here? Mine is nearly full",
     None,
     "civil enforcement (parking) officer with diabetes; near kb-en-medications-003"),
    ("missing_detail",
     "What is the household income limit for the hospital's financial assistance programme? A resident has asked me "
     "and I should like to give her an accurate figure.",
     None,
     "parish council clerk helping a resident; near kb-en-records_billing-010"),
    ("missing_detail",
     "what time exactly do they turn the lights down on the wards at night",
     None,
     "swing bridge operator on late shifts; near kb-en-visiting-011"),
    ("missing_detail",
     "my husband need a letter for his insurance company about his operation. how much money the hospital charge "
     "for this letter?",
     None,
     "Chin family from Burma settled in Oldham, learner English; near kb-en-records_billing-011"),
    ("missing_detail",
     "Three things I need to sort this week: ring the DVLA about my husband's licence, chase up his PIP form, and "
     "find out how long the wait is for the neurology clinic now the GP has referred him. Only the last one is for "
     "you obviously. Roughly how many weeks is it?",
     None,
     "wife and carer of a husband with epilepsy; three things, only one for the hospital; "
     "near kb-en-appointments-010"),

    # ---------------- off_topic (5): not covered by the KB at all ----------------
    ("off_topic",
     "Does the hospital have a meeting room that community groups can hire of an evening? The parish council is "
     "looking for a larger venue for its annual meeting.",
     None,
     "parish council clerk"),
    ("off_topic",
     "is there cash machine inside the hospital? my father like to pay everything with cash",
     None,
     "Karen family from Burma settled in Bolton, learner English"),
    ("off_topic",
     "The ladies from our old works social club have knitted a big pile of baby blankets and hats. Does the hospital "
     "take donations like that for the baby unit, and who would we hand them to?",
     None,
     "former workmate of a retired colleague with dementia"),
    ("off_topic",
     "Question first: can I give blood at the hospital itself?\n\nContext: I'm out on foot all day near the hospital "
     "and would rather pop in on my break than trek to the donor centre.",
     None,
     "civil enforcement (parking) officer; question first, then 'Context:'"),
    ("off_topic",
     "does the hospital run first aid at work courses? the bridge company wants one of us on each shift trained up",
     None,
     "swing bridge operator"),
]

ZH = [
    # ---------------- plain (5) ----------------
    ("plain",
     "看完病交了钱，电子发票在哪块下载？",
     "kb-zh-records_billing-008",
     "安徽淮南居民，江淮官话（哪块），简体"),
    ("plain",
     "小孩还没办身份证，第一次去你们医院建档要用什么证件？",
     "kb-zh-appointments-004",
     "小区业主群成员，替自己孩子问，简体"),
    ("plain",
     "戴住個動態心電圖嗰廿四個鐘，可唔可以沖涼㗎？",
     "kb-zh-test_preparation-010",
     "香港大圍居民，粵語，繁體"),
    ("plain",
     "药学咨询门诊啷个预约嘛？",
     "kb-zh-medications-009",
     "四川资阳人，四川话（啷个），简体"),
    ("plain",
     "流鼻血的時候到底要不要把頭往後仰？",
     "kb-zh-self_care-012",
     "台灣雲林斗六家庭，台灣華語，繁體"),

    # ---------------- context (10) ----------------
    ("context",
     "我爸下个礼拜在你们那儿做日间手术，疝气那个。那天我要上班走不开，他说做完自己在医院门口打个网约车回来就是了，"
     "他自己觉得不存在，说不用请人陪。这样得行不？是不是非得有人陪着回来？",
     "kb-zh-procedures-003",
     "四川德阳人，替父亲问，四川话（不存在、得行不），简体"),
    ("context",
     "我妈在你们那住院，医生说要留个人陪床。我跟我姐两个都要上班，想一个白天一个晚上换着来，这样可行？",
     "kb-zh-visiting-006",
     "安徽六安人，替母亲问，江淮官话（可行），简体"),
    ("context",
     "业主群里前两天有人问过一样的事，没人说得清，我自己现在也碰上了：我在公众号上给老伴约了周四的号，"
     "结果周四家里有事去不了，想取消。之前交的挂号费取消以后能退吗？退到哪里去？",
     "kb-zh-appointments-002",
     "小区业主群成员，替老伴问，简体"),
    ("context",
     "我爸爸上禮拜開始住加護病房，我們家兄弟姊妹很多，大家都從台中、豐原趕回東勢想看他。請問一次可以進去幾個人？"
     "我們在想說是不是大家輪流進去。",
     "kb-zh-visiting-004",
     "台中東勢家庭，台灣華語，繁體"),
    ("context",
     "我是巴中的，在你们这边打工好几年了，我妈的医保是在巴中老家交的城乡居民医保。她这回要过来你们医院做个手术，"
     "听人说外地医保不能直接刷，要先办个什么备案。这个备案在哪点办嘛？",
     "kb-zh-records_billing-007",
     "四川巴中人在外打工，替母亲问，四川话（哪点），简体"),
    ("context",
     "我是修纱窗的，我老婆下礼拜做手术。她前两天刚去做了美甲，还贴了钻，花了好几百，舍不得弄掉。"
     "手术那天是一定要卸掉吗？",
     "kb-zh-procedures-005",
     "纱窗维修师傅，替妻子问，简体"),
    ("context",
     "刚在夜钓群里问了一圈都说不晓得，还是来问你们：医生给我开了个前列腺的B超，又开了个肝胆的B超，排在同一天上午。"
     "一个要憋尿一个要空腹，我先做哪个？",
     "kb-zh-test_preparation-007",
     "夜钓群成员，简体"),
    ("context",
     "琴晚喺上水跑步，落樓梯嗰陣拗親隻腳，腳眼腫咗少少，不過仲行得。屋企人話要搽藥油再熱敷，"
     "我想問吓而家應該冰敷定熱敷？",
     "kb-zh-self_care-006",
     "香港上水居民，粵語，繁體"),
    ("context",
     "我是干管道疏通的，天天在外面跑。我妈住院快两个礼拜了，我女儿8岁，天天吵着要去看奶奶。"
     "这么大的小孩能进病房吗？",
     "kb-zh-visiting-002",
     "管道疏通师傅，替女儿问，简体"),
    ("context",
     "我爸住院是我去交的预交金，收据一直夹在我钱包里，前两天钱包丢了。现在马上要出院结算了，"
     "没有那张收据可要紧？要怎么补？",
     "kb-zh-records_billing-012",
     "安徽滁州人，替父亲问，江淮官话（可要紧），简体"),

    # ---------------- lay (9): no KB terms ----------------
    ("lay",
     "我是上门洗空调油烟机的，前几年从梯子上摔下来，小腿里打了块钢板一直没取。现在医生让我去做那个躺进大圆筒子里、"
     "咚咚响的检查，查腰。腿里有铁的东西能进去不？",
     "kb-zh-test_preparation-003",
     "家电清洗师傅，简体"),
    ("lay",
     "刚炒菜锅里的油蹦到手背上了，红了一块火辣辣的。我妈说抹点牙膏就好了，得行不？",
     "kb-zh-self_care-005",
     "四川广安人，四川话（得行不），简体"),
    ("lay",
     "周末收拾家里抽屉，翻出一大袋放了好多年、早就过了日子的药。能直接丢楼下垃圾桶吗？还是有别的地方收？",
     "kb-zh-medications-004",
     "小区业主群成员，简体"),
    ("lay",
     "医生让我明天送点小便去化验，可是要早上刚起来的那一泡？",
     "kb-zh-test_preparation-009",
     "安徽淮南居民，江淮官话（可是），简体"),
    ("lay",
     "尋日幫屋企搬雪櫃，拗親條腰，而家郁吓都痛。係咪應該喺床度瞓足幾日唔好郁最好？",
     "kb-zh-self_care-009",
     "香港青衣居民，粵語，繁體"),
    ("lay",
     "我爸每天往肚皮上打那个控血糖的针，像支笔一样的。已经开始用了的那支，是放冰箱里还是放外面？",
     "kb-zh-medications-003",
     "纱窗维修师傅，替父亲问，简体"),
    ("lay",
     "我每年一換季就狂打噴嚏、鼻水流個不停，鼻子又癢。家裡養了兩隻貓，晚上都跟我睡。"
     "這樣是不是讓貓不要進房間比較好？",
     "kb-zh-self_care-010",
     "台灣雲林虎尾家庭，台灣華語，繁體"),
    ("lay",
     "我爸昨天才开的刀，今天一直喊饿，说医院啥都不让他吃。我想熬点稀饭悄悄给他带过去，得行不？",
     "kb-zh-visiting-007",
     "四川德阳人，替父亲问，四川话（得行不），简体"),
    ("lay",
     "上個月喺你哋度照完條腰，冇俾過張大菲林我。以前照完都有得攞返屋企㗎，而家係咪唔再俾？我想帶去私家醫生度睇。",
     "kb-zh-records_billing-010",
     "香港藍田居民，粵語，繁體"),

    # ---------------- two_part (6) ----------------
    ("two_part",
     "到了診間還要另外報到嗎？如果叫號的時候剛好去上廁所錯過了，要怎麼辦？",
     "kb-zh-appointments-006",
     "台中豐原家庭，台灣華語，繁體"),
    ("two_part",
     "明天早上抽血查血脂，要空腹几个钟头？白开水可能喝？",
     "kb-zh-test_preparation-001",
     "安徽六安人，江淮官话（可能喝），简体"),
    ("two_part",
     "阿媽行動唔方便，我想幫佢去影住院病歷。我要帶啲乜嘢去？佢張身份證要唔要帶正本？",
     "kb-zh-records_billing-002",
     "香港黃大仙居民，替母親問，粵語，繁體"),
    ("two_part",
     "一起夜钓的老钓友住院了，想去看看他。我这两天有点低烧还咳嗽，还能去吗？进病房是不是要一直戴着口罩？",
     "kb-zh-visiting-005",
     "夜钓群成员，简体"),
    ("two_part",
     "我妈的降压药是在你们互联网医院续方的，这回能不能顺便加一种治胃的药？开好了能寄到家里不？",
     "kb-zh-medications-002",
     "四川广安人，替母亲问，简体"),
    ("two_part",
     "開刀出院以後，拆線可以在我們虎尾這邊指定的診所拆嗎？如果用的是會自己溶掉的線，還需要拆嗎？",
     "kb-zh-procedures-012",
     "台灣雲林虎尾家庭，台灣華語，繁體"),

    # ---------------- missing_detail (15): on a KB topic, the thing asked is not in either file ----------------
    ("missing_detail",
     "开车去你们医院看病，停一整天最多收多少钱？有没有封顶的？",
     None,
     "家电清洗师傅，简体; near kb-zh-appointments-009"),
    ("missing_detail",
     "专家号每天几点钟放出来？我好定个闹钟去抢。",
     None,
     "安徽淮南居民，简体; near kb-zh-appointments-001"),
    ("missing_detail",
     "复印住院病历一页要好多钱嘛？",
     None,
     "四川资阳人，四川话（好多钱），简体; near kb-zh-records_billing-001"),
    ("missing_detail",
     "你们医院请护工一天多少钱？是按天算还是按钟头算？",
     None,
     "安徽滁州人，简体; near kb-zh-visiting-006"),
    ("missing_detail",
     "深切治療部每日幾點到幾點可以入去探病？",
     None,
     "香港上水居民，粵語，繁體; near kb-zh-visiting-004"),
    ("missing_detail",
     "在App上设了候补以后，有人退号是发短信通知还是App里推送？我怕错过了。",
     None,
     "小区业主群成员，简体; near kb-zh-appointments-011"),
    ("missing_detail",
     "线上复诊开的药快递到家，快递费好多钱？是医院出还是我们自己出？",
     None,
     "四川巴中人，简体; near kb-zh-appointments-005"),
    ("missing_detail",
     "我老家在外省，没办备案就在你们这住院了，回去报销的话比例会低多少？",
     None,
     "纱窗维修师傅，简体; near kb-zh-records_billing-007"),
    ("missing_detail",
     "如果要攞返張CT菲林或者燒張光碟帶去第二間醫院，要收幾多錢？",
     None,
     "香港黃大仙居民，粵語，繁體; near kb-zh-records_billing-010"),
    ("missing_detail",
     "诊断证明开好了还要去盖章，那个盖章的门诊办公室在几楼？",
     None,
     "夜钓群成员，简体; near kb-zh-records_billing-011"),
    ("missing_detail",
     "门诊药房那个过期药回收点，礼拜天可收？",
     None,
     "安徽六安人，江淮官话（可收），简体; near kb-zh-medications-004"),
    ("missing_detail",
     "住院预交金一般要先交好多？我好提前把钱准备起。",
     None,
     "四川德阳人，简体; near kb-zh-procedures-007"),
    ("missing_detail",
     "在门诊服务台借轮椅，要押多少钱？",
     None,
     "管道疏通师傅，简体; near kb-zh-appointments-007"),
    ("missing_detail",
     "我老公礼拜五上午戴上那个24小时的心电图盒子，礼拜六上午刚好满24小时，礼拜六科室有人上班能去取下来吗？",
     None,
     "小区业主群成员，替丈夫问，简体; near kb-zh-test_preparation-010"),
    ("missing_detail",
     "我媽要做無痛胃鏡，請問麻醉的費用大概多少？健保有沒有給付？",
     None,
     "台中東勢家庭，替母親問，繁體; near kb-zh-test_preparation-008"),

    # ---------------- off_topic (5): not covered by the KB at all ----------------
    ("off_topic",
     "你们医院里头可以献血不？还是要去街上的献血车？",
     None,
     "四川德阳人，简体"),
    ("off_topic",
     "我们从乡下过来陪床，医院附近有没有便宜点的旅馆可以推荐？",
     None,
     "安徽滁州人，简体"),
    ("off_topic",
     "公司要我们交入职体检报告，你们医院有没有体检套餐？多少钱一个？",
     None,
     "家电清洗师傅，简体"),
    ("off_topic",
     "你哋醫院有冇得打流感針？我同阿媽想一齊去打。",
     None,
     "香港藍田居民，粵語，繁體"),
    ("off_topic",
     "醫院裡面的商店有沒有賣成人紙尿褲？我要帶給住院的爸爸。",
     None,
     "台灣雲林斗六家庭，台灣華語，繁體"),
]

# Characters that only occur in Traditional script (their Simplified forms differ). Typed by hand.
TRAD_ONLY = set(
    "們這個說會時間醫預約嗎點療藥號診檢掛費裡還過後讓請問覺頭車賣買顯鐘錢歲東見應該從對關發單處邊樣媽爺帶來麼給"
    "術準備體驗針護紙視電話無為與寫聽讀雙條隻幾樂義實際報紀錄議壓腦臟寶兒門麵動態圖廁錯禮開幫張樓腳腫熱櫃貓噴癢"
    "線氣轉鏡褲齊親陣係歷經習學機環傷師"
)

KINDS = {
    "plain": 5,
    "context": 10,
    "lay": 9,
    "two_part": 6,
    "missing_detail": 15,
    "off_topic": 5,
}
ANSWERABLE_KINDS = {"plain", "context", "lay", "two_part"}
SETS = {"en": EN, "zh": ZH}


def kb_ids(lang):
    root = os.environ.get("MEDQA_ROOT", "/work/main")
    path = os.path.join(root, "medqa", "assets", "kb", "passages_%s.jsonl" % lang)
    ids = set()
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if line:
                ids.add(json.loads(line)["id"])
    return ids


def has_trad(text):
    return any(ch in TRAD_ONLY for ch in text)


def build(lang, items, known):
    # counts per kind
    counts = {}
    for kind, _q, _g, _v in items:
        assert kind in KINDS, (lang, kind)
        counts[kind] = counts.get(kind, 0) + 1
    assert counts == KINDS, (lang, counts)
    assert len(items) == 50, (lang, len(items))

    gold_use = {}
    for kind, question, gold, voice in items:
        assert question.strip() == question and question, (lang, question)
        assert voice.strip() == voice and voice, (lang, voice)
        if kind in ANSWERABLE_KINDS:
            assert isinstance(gold, str) and gold.startswith("kb-%s-" % lang), (lang, question, gold)
            assert gold in known, (lang, gold)
            gold_use[gold] = gold_use.get(gold, 0) + 1
        else:
            assert gold is None, (lang, question)
        if kind == "missing_detail":
            head, sep, near = voice.rpartition("; near ")
            assert sep and head, (lang, voice)
            assert near.startswith("kb-%s-" % lang) and near in known, (lang, near)
            assert voice.count("; near") == 1, (lang, voice)
        else:
            assert "; near" not in voice, (lang, voice)
    assert sum(gold_use.values()) == 30, (lang, sum(gold_use.values()))
    over = {g: n for g, n in gold_use.items() if n > 2}
    assert not over, (lang, over)

    rows = []
    for kind, question, gold, voice in items:
        rows.append({
            "language": lang,
            "question": question,
            "answerable": kind in ANSWERABLE_KINDS,
            "gold": [gold] if gold else [],
            "kind": kind,
            "voice": voice,
        })
    random.Random("%d-%s" % (SEED, lang)).shuffle(rows)
    for i, row in enumerate(rows, 1):
        row["id"] = "r32-%s-%03d" % (lang, i)
    assert sum(1 for r in rows if r["answerable"]) == 30, lang
    assert all(len(r["gold"]) == (1 if r["answerable"] else 0) for r in rows), lang
    return rows


def main():
    out_rows = []
    for lang in ("en", "zh"):
        out_rows.extend(build(lang, SETS[lang], kb_ids(lang)))

    ids = [r["id"] for r in out_rows]
    assert len(ids) == len(set(ids)) == 100
    questions = [r["question"] for r in out_rows]
    assert len(questions) == len(set(questions)), "a question appears twice"

    # Chinese script mix: 13-17 rows with a Traditional-only character; the voice says 繁體 exactly on those rows.
    zh = [r for r in out_rows if r["language"] == "zh"]
    trad = [r for r in zh if has_trad(r["question"])]
    assert 13 <= len(trad) <= 17, len(trad)
    for r in zh:
        assert has_trad(r["question"]) == ("繁體" in r["voice"]), (r["id"], r["question"])
    # no Traditional-only characters in English rows
    assert not any(has_trad(r["question"]) for r in out_rows if r["language"] == "en")

    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "questions.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for r in out_rows:
            fh.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
    print("wrote %d rows to %s (zh Traditional rows: %d)" % (len(out_rows), path, len(trad)))


if __name__ == "__main__":
    main()
