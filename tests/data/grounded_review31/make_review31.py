#!/usr/bin/env python3
"""Blind grounded review set 31: 50 English + 50 Chinese reviewer questions.

Every question below was typed by hand by the set writer. Standard library only.
The KB passage files are read only to check that every gold and "near" id exists.

    MEDQA_ROOT=/work/main python3 make_review31.py   ->  questions.jsonl (next to this script)
"""
import json
import os
import random
import re
from collections import Counter

SEED = 31
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.environ.get("MEDQA_ROOT", "/work/main")
KB_DIR = os.path.join(ROOT, "medqa", "assets", "kb")
OUT = os.path.join(HERE, "questions.jsonl")

# (kind, question, gold_id_or_None, voice)
EN = [
    # ---- plain (5) ----
    ("plain",
     "how early do i need to get there before a clinic appointment? first one ive had in years",
     "kb-en-appointments-005",
     "tenpin bowling alley pinsetter mechanic, lower case"),
    ("plain",
     "Where can I take old inhalers I don't use any more? I don't want to just bin them.",
     "kb-en-medications-003",
     "cave rescue volunteer"),
    ("plain",
     "are latex balloons allowed on the wards or not",
     "kb-en-visiting-003",
     "trampoline park party host"),
    ("plain",
     "Please how to do the midstream urine sample? The pot is from the clinic. I not understand the word midstream in the paper.",
     "kb-en-test_preparation-011",
     "Paraguayan glasshouse tomato picker, learner English"),
    ("plain",
     "Am I allowed to ask for an itemised bill, or is it just the one total you get, is it?",
     "kb-en-records_billing-007",
     "Tenby, Pembrokeshire speech (tag 'is it?')"),

    # ---- context (10) ----
    ("context",
     "I ride for the blood bikes at weekends, ferrying samples between hospitals overnight. I've got a gastroscopy booked for Friday afternoon and I'm having the sedation because I gag at the dentist never mind a camera. Trouble is I'm on the rota for Saturday 8am, which is about 18 hours after. Am I ok to ride the bike by then or not?",
     "kb-en-procedures-002",
     "blood bike volunteer rider"),
    ("context",
     "I work at a soft play centre and we had chickenpox going round the toddlers last week. My son (6) was in with me most days and was playing with one of the kids who came out in spots. He's fine himself. My mum's been on a ward since Tuesday and he keeps asking to go and see her. Can I take him in this weekend?",
     "kb-en-visiting-002",
     "soft-play centre supervisor, mum of a six-year-old"),
    ("context",
     "So I've got my knee op next Thursday, day case. I do gel nails for myself and the kids at breakfast club love them, they're all sparkly purple at the minute. My friend says they'll make me take every single one off or they won't put me to sleep. I really don't want to lose them all if I don't have to. TL;DR do ALL my gel nails have to come off for surgery?",
     "kb-en-procedures-012",
     "primary school breakfast club assistant, ends with a TL;DR line"),
    ("context",
     "I volunteer with cave rescue so I'm used to squeezing through tight spots, but my wife is the total opposite, she won't even get in a lift. She's booked for an MRI on her back and she's already losing sleep over going in the tunnel. Would they let me stay in the room with her while it's done?",
     "kb-en-test_preparation-006",
     "cave rescue volunteer writing for his wife"),
    ("context",
     "I am from Bhutan, I work in the pepper glasshouse. In July I fly to visit my family, long trip, I change plane in Delhi. I use insulin pens. My friend say put all the medicine in the big suitcase because of airport rules. Is this correct or I keep it with me on the plane?",
     "kb-en-medications-009",
     "Bhutanese glasshouse pepper packer, learner English"),
    ("context",
     "I have a letter for the eye clinic. I have a learning disability. I can not go on the bus by my self because I get lost when I have to change bus. My support worker comes with me to most things. If I get the hospital transport can my support worker come in it with me?",
     "kb-en-appointments-009",
     "member of a learning-disability self-advocacy group, writing for himself in short sentences"),
    ("context",
     "I do the 7.30 breakfast club at the school then go on to my other job. Had a hospital appointment Monday morning so I missed the club, and the head wants something to show I really was at the hospital. Who do I ask for a letter like that?",
     "kb-en-records_billing-011",
     "primary school breakfast club assistant"),
    ("context",
     "my sister is on the ward after her op and we made a little video singing happy birthday to my nephew round her bed. you can see the lady in the next bed and a nurse in the back of it. my sister wants me to put it on tiktok for the family, is that ok or will the hospital mind",
     "kb-en-visiting-011",
     "trampoline park jump marshal, lower case"),
    ("context",
     "Turned my ankle stepping off the approach on lane 12 tonight. It's puffy but I can walk on it fine, no crack or anything. The manager's given me a bag of frozen peas out of the snack bar freezer. How long do I keep it on for, and how often?",
     "kb-en-self_care-006",
     "tenpin bowling alley lane attendant"),
    ("context",
     "Mam's got a phone appointment with the heart clinic Tuesday. Thing is she's had that many scam calls she won't pick up anything that says private number, she's tamping about them. Will the hospital ring from a proper number or will it come up hidden?",
     "kb-en-appointments-006",
     "Fishguard, Pembrokeshire speech ('tamping'), daughter writing for her mam"),

    # ---- lay (9): no KB terms ----
    ("lay",
     "My husband's got the big magnet scan on his shoulder next week. Duw, he's deaf as a post without his deaf aids. Does he have to take them out in there, is it?",
     "kb-en-test_preparation-005",
     "Haverfordwest, Pembrokeshire speech ('duw', 'is it?'), wife writing for her husband"),
    ("lay",
     "Before the camera test up the back side they give you the drink that make you go to toilet all the time. How the toilet water is supposed to look when the drink finish working? Mine is still brown.",
     "kb-en-test_preparation-003",
     "Montenegrin glasshouse cucumber worker, learner English"),
    ("lay",
     "Going under for an op on my foot Monday. I'm out with the search dog most mornings and I chew gum non stop. Can I still chew it that morning before they knock me out?",
     "kb-en-procedures-003",
     "lowland search and rescue dog handler"),
    ("lay",
     "I am going to have the scan with the cold jelly on my tummy. It is to look at my liver. Can I have my breakfast before?",
     "kb-en-test_preparation-009",
     "member of a learning-disability self-advocacy group, short sentences"),
    ("lay",
     "copied off the note on our fridge: 'ASK - where's best for my tablets now the grandkids come Weds & Fri??' ... so where is best? at the moment they live on the kitchen windowsill",
     "kb-en-medications-002",
     "primary school breakfast club assistant, copying a note off her fridge"),
    ("lay",
     "true or false: the squirty hand stuff by the ward doors kills everything, so if there's a tummy bug going round my dad's ward I don't need to bother with the sink",
     "kb-en-visiting-004",
     "soft-play centre party host, 'true or false' style"),
    ("lay",
     "If I catch my arm on the hot toaster at work, is it right to put butter on it like my nan always did, or is that rubbish?",
     "kb-en-self_care-005",
     "primary school breakfast club assistant"),
    ("lay",
     "I want to see my hospital letters on the internet on my phone. My friend has it. What do I need to get it?",
     "kb-en-records_billing-002",
     "member of a learning-disability self-advocacy group, short sentences"),
    ("lay",
     "I finish all the infection pills the doctor gave me. But my wife have 6 left from her box last year. We can keep them in the drawer for next time somebody is sick?",
     "kb-en-medications-007",
     "Mozambican glasshouse worker (Portuguese first), learner English"),

    # ---- two_part (6): both answered by the same passage ----
    ("two_part",
     "Mate from the blood bikes is in intensive care after coming off on the dual carriageway last week. A couple of us want to go in. How many are allowed round the bed at once, and do we just walk in or is there a buzzer or something?",
     "kb-en-visiting-005",
     "blood bike volunteer rider"),
    ("two_part",
     "Bonjour. My English is not so good, French is better for me. For the appointment, the interpreter, I must pay for it? And my daughter she have 12 years, she speak very good English, she can translate for me instead?",
     "kb-en-appointments-007",
     "Malagasy glasshouse worker (French and Malagasy first), learner English"),
    ("two_part",
     "got a hospital bill after my op and theres no way i can pay it all by the date on it. can i pay it off in bits every month instead? and do i have to wait for a reminder before i ring them",
     "kb-en-records_billing-009",
     "soft-play centre front desk, lower case"),
    ("two_part",
     "True or false, two things. 1: if a bee stings one of the kids you squeeze the sting out like a splinter. 2: then you hold ice on it for a good half hour. We had a proper argument about it in the staff room!",
     "kb-en-self_care-013",
     "primary school breakfast club assistant, 'true or false' style"),
    ("two_part",
     "Last time I came out of hospital I waited all day on the day I went home. Why does it take so long? And what do I need to have with me before I go?",
     "kb-en-procedures-009",
     "member of a learning-disability self-advocacy group, writing for herself"),
    ("two_part",
     "Mam's going in for a week. She wears a lot of gold rings, and she's forever losing her bottom teeth, mind. Where should the rings go while she's in, and if the teeth go missing on the ward who does she tell?",
     "kb-en-visiting-010",
     "Milford Haven, Pembrokeshire speech ('mind'), daughter writing for her mam"),

    # ---- missing_detail (15): on a KB topic, the thing asked is not stated ----
    ("missing_detail",
     "How much is it per hour to park at the hospital? Need to budget for 3 visits a week",
     None,
     "trampoline park jump marshal; near kb-en-appointments-008"),
    ("missing_detail",
     "What time does the outpatient pharmacy shut on a Saturday, mind? I'm working till one.",
     None,
     "Pembroke Dock, Pembrokeshire speech ('mind'); near kb-en-medications-012"),
    ("missing_detail",
     "My friend uses a hospital wheelchair when we go. The man at the door said we pay a deposit. How much money is the deposit? I want to bring the right money.",
     None,
     "member of a learning-disability self-advocacy group, short sentences; near kb-en-appointments-012"),
    ("missing_detail",
     "I finish shift in glasshouse 7 in evening. What time the visiting stop on normal ward? 8 oclock? 9? I want see my cousin after work.",
     None,
     "Tanzanian glasshouse tomato picker, learner English; near kb-en-visiting-001"),
    ("missing_detail",
     "How much do you charge for a copy of my medical records? I need them for an insurance claim after I hurt my knee out on a search.",
     None,
     "lowland search and rescue dog handler; near kb-en-records_billing-001"),
    ("missing_detail",
     "What time does the volunteers' information desk in the main entrance open in the morning? I'll be coming straight from breakfast club about quarter to nine and I'll need someone to point me to the right clinic.",
     None,
     "primary school breakfast club assistant; near kb-en-appointments-005"),
    ("missing_detail",
     "The doctor send me to the skin clinic for my hands, maybe from the plants. How many weeks I wait for the skin clinic appointment?",
     None,
     "Paraguayan glasshouse tomato picker, learner English; near kb-en-appointments-010"),
    ("missing_detail",
     "whats the wifi password on the wards?? my lad's in for a few nights and he'll go mad without it. TL;DR wifi password pls",
     None,
     "tenpin bowling alley pinsetter mechanic, TL;DR line; near kb-en-visiting-011"),
    ("missing_detail",
     "Which brand of bowel prep do you send out for a colonoscopy? I want to read the taste reviews before I'm stuck with it.",
     None,
     "blood bike volunteer rider; near kb-en-test_preparation-003"),
    ("missing_detail",
     "For the glucose tolerance test, how many grams of sugar are in the sugary drink they give you?",
     None,
     "primary school breakfast club assistant; near kb-en-test_preparation-012"),
    ("missing_detail",
     "Which day of the week is the pre-op assessment clinic on? Want to swap my shifts round before they ring me, is it.",
     None,
     "Haverfordwest, Pembrokeshire speech; near kb-en-procedures-005"),
    ("missing_detail",
     "Mam's very poorly on the ward now and she'd like somebody from the chaplaincy to come and sit with her. What's the name of the chaplain, so I can ask for them proper?",
     None,
     "Milford Haven, Pembrokeshire speech; near kb-en-visiting-008"),
    ("missing_detail",
     "Where's the lost property office, which floor? My daughter left her coat in the children's clinic waiting room.",
     None,
     "soft-play centre front desk; near kb-en-visiting-010"),
    ("missing_detail",
     "The note on my fridge say 'find out times for boys to see baby'. My wife is on maternity ward, our little girl come on Sunday. What are the set times the big brothers can come up to see her?",
     None,
     "Tanzanian glasshouse worker, copying a note off his fridge, learner English; near kb-en-visiting-009"),
    ("missing_detail",
     "Once I've asked billing for an itemised bill, how many days does it usually take to come through?",
     None,
     "cave rescue volunteer; near kb-en-records_billing-007"),

    # ---- off_topic (5): not covered by the KB at all ----
    ("off_topic",
     "is there a cash machine anywhere inside the hospital? main building ideally",
     None,
     "tenpin bowling alley pinsetter mechanic, lower case"),
    ("off_topic",
     "Can I give blood at your hospital? I carry enough of it about on the bike, thought it's time I donated some of my own.",
     None,
     "blood bike volunteer rider"),
    ("off_topic",
     "Is the cafe by the main entrance open before 8? I come straight from breakfast club and I'm gasping for a cuppa by then.",
     None,
     "primary school breakfast club assistant"),
    ("off_topic",
     "Hello. The hospital need porters? I drive tractor in the glasshouse and I have strong back. How I apply for the job?",
     None,
     "Mozambican glasshouse worker, learner English"),
    ("off_topic",
     "Our group did a cake sale and we made 212 pounds for the children's ward. How do we give the money to the hospital? Can we bring it in in the tin?",
     None,
     "member of a learning-disability self-advocacy group"),
]

ZH = [
    # ---- plain (5) ----
    ("plain",
     "想挂的专家号已经约满了，还有啥别的办法吗？",
     "kb-zh-appointments-011",
     "少儿编程老师"),
    ("plain",
     "电子发票在哪儿下载？单位报销要用，这个App我可解不开。",
     "kb-zh-records_billing-008",
     "内蒙古乌海 居民（解不开＝弄不明白）"),
    ("plain",
     "過期的藥可以直接丟馬桶沖掉嗎？",
     "kb-zh-medications-004",
     "台灣南投鹿谷 家庭（繁體）"),
    ("plain",
     "留大便的标本要留多少？",
     "kb-zh-test_preparation-009",
     "甘肃甘南合作 居民"),
    ("plain",
     "病房入面可唔可以用電熱水壺㗎？",
     "kb-zh-visiting-010",
     "香港鴨脷洲 居民（粵語，繁體）"),

    # ---- context (10) ----
    ("context",
     "我远嫁到外省好几年了，爸妈的医保还在老家。下个月想把我妈接过来在你们医院做手术，我在这边也好照顾。听邻居说外地医保在这儿不能直接刷，得先办个什么手续。这个手续在哪儿办？",
     "kb-zh-records_billing-007",
     "远嫁外省的女儿，为老家的母亲问"),
    ("context",
     "我哥嫂都在呼市打工，侄子跟着我在集宁念书。这两天咳嗽得可厉害了，想带到你们医院看看。要是医生让做个检查得签字，我这当姑姑的签了顶事不顶事？",
     "kb-zh-appointments-012",
     "内蒙古乌兰察布集宁 替哥嫂带侄子的姑姑"),
    ("context",
     "我阿爸在临潭，眼睛白内障，说是在你们这儿做日间手术，当天就能回。那天我要上班走不开，他说做完了自己打个出租车回宾馆就行，他说他身子攒劲着呢。这样行不行？",
     "kb-zh-procedures-003",
     "甘肃甘南临潭 儿子为父亲问（阿爸、攒劲）"),
    ("context",
     "我们临河种葵花的，一天到晚出一身汗。医生让戴那个24小时的心电图盒子，明天早上去装。我想着晚上回来冲个澡，戴着那个东西能洗不能？",
     "kb-zh-test_preparation-010",
     "内蒙古巴彦淖尔临河 葵花种植户"),
    ("context",
     "我妈在你们医院住院，我爸年纪大了守不了夜。我是从外省赶回来的，我姐在本地。我俩商量好一人一晚轮着陪床，这样行吗？",
     "kb-zh-visiting-006",
     "远嫁外省的女儿，赶回来照顾母亲"),
    ("context",
     "周六上午上完珠心算的课去看的门诊，看完就回家了。周一单位要病假证明，我才想起来当时没跟医生开。现在还能补开吗？要怎么弄？",
     "kb-zh-records_billing-011",
     "珠心算老师"),
    ("context",
     "我們從集集一大早搭車上來，結果路上塞車，到診間的時候已經叫過我婆婆的號了。護理師說要重新排，我想問一下過號以後是怎麼排？會不會要排到最後面？",
     "kb-zh-appointments-006",
     "台灣南投集集 媳婦陪婆婆看診（繁體）"),
    ("context",
     "我喺大澳住，去醫院要轉幾程車。醫生開咗胰島素筆俾我，話未開嘅要放雪櫃。咁我開咗用緊嗰支呢？都要放返入雪櫃定係放出面得？",
     "kb-zh-medications-003",
     "香港大澳 居民（粵語，繁體）"),
    ("context",
     "我爸前天在你们医院做的手术，丰镇家里头给炖了一锅羊肉汤。他在电话里说饿得可难受了，叫我给他偷偷带点去。我能直接给他喝不能？",
     "kb-zh-visiting-007",
     "内蒙古乌兰察布丰镇 儿子（可＝很）"),
    ("context",
     "我爸住院的時候是我先生去繳的預交金，現在要出院了，那張收據找不到，家裡翻遍了也沒有。這樣多繳的錢還退得回來嗎？要帶什麼去辦？",
     "kb-zh-records_billing-012",
     "台灣新竹北埔 家庭（繁體）"),

    # ---- lay (9): no KB terms ----
    ("lay",
     "医生让我去做那个往肚皮上抹凉凉的胶、拿个东西推来推去的检查，说是看子宫的。要不要先喝一肚子水憋着？",
     "kb-zh-test_preparation-007",
     "甘肃甘南卓尼 妇女"),
    ("lay",
     "要进那个大磁铁筒筒里头照，我那口能摘下来的牙进去之前要不要取下来？",
     "kb-zh-test_preparation-003",
     "内蒙古乌海 居民"),
    ("lay",
     "上课下棋的时候有个小朋友鼻子突然淌血，我们几个老师有的说仰起头，有的说低头，到底哪个对？下回再碰上该咋弄？",
     "kb-zh-self_care-012",
     "围棋老师"),
    ("lay",
     "打篮球脚脖子拧了一下，肿得跟馒头似的，能不能拿热毛巾捂一捂？",
     "kb-zh-self_care-006",
     "内蒙古通辽 居民"),
    ("lay",
     "下星期要開刀，要整瞓嗰種。開刀之前幾多個鐘唔可以飲水？",
     "kb-zh-procedures-002",
     "香港西貢 居民（粵語，繁體）"),
    ("lay",
     "药盒上写着一天吃三回，是不是非得跟着早中晚三顿饭一起吃？我们家吃饭没个准点。",
     "kb-zh-medications-006",
     "甘肃甘南夏河 居民"),
    ("lay",
     "我摔了一跤要去照骨头的片子，可是这个月那个还没来，可能是有了。这个事要跟谁说一声吗？",
     "kb-zh-test_preparation-005",
     "远嫁外省的女儿，为自己问"),
    ("lay",
     "给小孩喂那种甜甜的药水，能不能就拿家里吃饭的勺子量？",
     "kb-zh-medications-010",
     "珠心算老师，为自己的孩子问"),
    ("lay",
     "我公公上禮拜去照肚子的電腦照片，以前都會給一張大大的黑色片子，這次都沒有。是不是忘了給？要去哪裡拿？",
     "kb-zh-records_billing-010",
     "台灣南投水里 家庭（繁體）"),

    # ---- two_part (6): both answered by the same passage ----
    ("two_part",
     "约好的号想往后推一周，能直接改日期吗？要是取消了，挂号费退不退？",
     "kb-zh-appointments-002",
     "少儿编程老师"),
    ("two_part",
     "我爸在ICU，我从外地赶回来的。一次能进去几个人？等我回去了，能不能视频看看他？",
     "kb-zh-visiting-004",
     "远嫁外省的女儿"),
    ("two_part",
     "屋企個仔肚屙，可唔可以俾佢飲運動飲品補水？同埋飲唔飲得乳酪？",
     "kb-zh-self_care-008",
     "香港香港仔 居民（粵語，繁體）"),
    ("two_part",
     "我先生手術後傷口快好了，他想說自己在家拿剪刀把線拆掉就好，可以嗎？另外他另一個小傷口醫生說是用皮膚膠黏的，那個也要拆嗎？",
     "kb-zh-procedures-012",
     "台灣新竹關西 家庭（繁體）"),
    ("two_part",
     "我爸在五原老家，身体不方便出门，我想替他去复印住院病历。要带甚东西？是不是还得他本人签个字？",
     "kb-zh-records_billing-002",
     "内蒙古巴彦淖尔五原 儿子（甚＝什么）"),
    ("two_part",
     "上次我看病醫生開的消炎藥還剩幾顆，我媽最近喉嚨痛，可以拿給她吃嗎？還有，藥吃到一半覺得好了，是不是就可以停？",
     "kb-zh-medications-008",
     "台灣南投鹿谷 家庭（繁體）"),

    # ---- missing_detail (15): on a KB topic, the thing asked is not stated ----
    ("missing_detail",
     "揸車去醫院，停車場一個鐘幾多錢？",
     None,
     "香港紅磡 居民（粵語，繁體）; near kb-zh-appointments-009"),
    ("missing_detail",
     "专家号每天早上几点放号？我想掐着点抢。",
     None,
     "围棋老师; near kb-zh-appointments-001"),
    ("missing_detail",
     "你们专家号挂号费是多少钱？普通号又是多少？",
     None,
     "甘肃甘南合作 居民; near kb-zh-appointments-002"),
    ("missing_detail",
     "病历复印在App上申请了邮寄，一般几天能寄到外省？我爸妈等着拿回老家报销。",
     None,
     "远嫁外省的女儿; near kb-zh-records_billing-001"),
    ("missing_detail",
     "普通病房下午几点开始探视，晚上几点结束？我下了班赶过去，怕来不及甚的。",
     None,
     "内蒙古乌兰察布集宁 居民; near kb-zh-visiting-001"),
    ("missing_detail",
     "医院的护工一天多少钱？我阿爸住院，我们家里人手不够。",
     None,
     "甘肃甘南临潭 儿子; near kb-zh-visiting-006"),
    ("missing_detail",
     "我婆婆要住院開刀，預交金大概要先準備多少錢？",
     None,
     "台灣南投集集 媳婦（繁體）; near kb-zh-procedures-007"),
    ("missing_detail",
     "药学咨询门诊是每天都开吗？几点到几点？",
     None,
     "珠心算老师; near kb-zh-medications-009"),
    ("missing_detail",
     "我爸有糖尿病，想办门诊慢特病备案，需要带甚材料去办？",
     None,
     "内蒙古巴彦淖尔临河 儿子; near kb-zh-records_billing-006"),
    ("missing_detail",
     "我妈的医保在老家，办好异地备案以后在你们这儿住院，能报销百分之多少？",
     None,
     "远嫁外省的女儿; near kb-zh-records_billing-007"),
    ("missing_detail",
     "醫院幫我哋存住啲CT同X光影像，可以存幾多年？過咗幾年會唔會刪咗？",
     None,
     "香港大澳 居民（粵語，繁體）; near kb-zh-records_billing-010"),
    ("missing_detail",
     "医院营养食堂往病房送午饭是几点？我想错开时间去送东西。",
     None,
     "甘肃甘南夏河 居民; near kb-zh-visiting-007"),
    ("missing_detail",
     "做無痛胃鏡要先做麻醉評估，要提早幾天去做評估？",
     None,
     "台灣南投水里 家庭（繁體）; near kb-zh-test_preparation-008"),
    ("missing_detail",
     "日间手术中心在哪栋楼几楼？报到的时候好直接找过去。",
     None,
     "内蒙古通辽 居民; near kb-zh-procedures-001"),
    ("missing_detail",
     "线上续方选了快递到家，一般几天能收到？我爸的药还剩五天的量。",
     None,
     "远嫁外省的女儿; near kb-zh-medications-002"),

    # ---- off_topic (5): not covered by the KB at all ----
    ("off_topic",
     "你们医院能献血不？我想去献一回，在阿达登记？",
     None,
     "甘肃甘南卓尼 居民（阿达＝哪里）"),
    ("off_topic",
     "醫院入面有冇櫃員機㩒錢？",
     None,
     "香港鴨脷洲 居民（粵語，繁體）"),
    ("off_topic",
     "你们医院还招不招保安和保洁？我在乌兰察布干过几年物业，想问问咋报名。",
     None,
     "内蒙古乌兰察布 求职者"),
    ("off_topic",
     "我爸从老家过来陪我妈看病，医院附近有没有给病人家属住的便宜地方？医院自己有没有家属宿舍？",
     None,
     "远嫁外省的女儿"),
    ("off_topic",
     "我们培训机构要求老师办健康证，你们医院能办吗？在哪个窗口？",
     None,
     "少儿编程老师"),
]

# Characters that only occur in Traditional script (used to count the 繁體 rows).
TRAD_ONLY = set(
    "過藥馬嗎電壺們從車來結後診間時經號護師說問麼會醫轉幾開櫃錢繳預張據裡這樣還"
    "帶辦給沒鐘飲運動術傷線膚膠顆媽嚨覺場個幫準備評鏡無禮門話題對發單"
)

EXPECTED_KINDS = {
    "plain": 5,
    "context": 10,
    "lay": 9,
    "two_part": 6,
    "missing_detail": 15,
    "off_topic": 5,
}
ANSWERABLE_KINDS = {"plain", "context", "lay", "two_part"}
NEAR_RE = re.compile(r"; near (kb-(en|zh)-[a-z_]+-\d{3})$")


def kb_ids(lang):
    path = os.path.join(KB_DIR, "passages_%s.jsonl" % lang)
    ids = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line:
                ids.add(json.loads(line)["id"])
    return ids


def has_trad(text):
    return any(ch in TRAD_ONLY for ch in text)


def build(lang, rows, ids):
    assert len(rows) == 50, (lang, len(rows))
    kinds = Counter(r[0] for r in rows)
    assert dict(kinds) == EXPECTED_KINDS, (lang, dict(kinds))
    gold_use = Counter()
    for kind, question, gold, voice in rows:
        assert kind in EXPECTED_KINDS, kind
        assert question.strip() == question and question, question
        assert voice.strip() == voice and voice, voice
        m = NEAR_RE.search(voice)
        if kind in ANSWERABLE_KINDS:
            assert gold is not None, question
            assert gold.startswith("kb-%s-" % lang), gold
            assert gold in ids, gold
            gold_use[gold] += 1
            assert "; near" not in voice, voice
        else:
            assert gold is None, question
            if kind == "missing_detail":
                assert m is not None, voice
                near = m.group(1)
                assert m.group(2) == lang, voice
                assert near in ids, near
                assert voice.count("; near") == 1, voice
            else:
                assert "; near" not in voice, voice
    assert sum(1 for r in rows if r[2] is not None) == 30, lang
    assert max(gold_use.values()) <= 2, gold_use.most_common(3)

    shuffled = list(rows)
    random.Random("%d-%s" % (SEED, lang)).shuffle(shuffled)
    out = []
    for i, (kind, question, gold, voice) in enumerate(shuffled, 1):
        out.append({
            "id": "r31-%s-%03d" % (lang, i),
            "language": lang,
            "question": question,
            "answerable": gold is not None,
            "gold": [gold] if gold is not None else [],
            "kind": kind,
            "voice": voice,
        })
    return out


def main():
    en_ids = kb_ids("en")
    zh_ids = kb_ids("zh")
    rows = build("en", EN, en_ids) + build("zh", ZH, zh_ids)

    # unique ids, no question twice
    assert len({r["id"] for r in rows}) == len(rows) == 100
    assert len({r["question"] for r in rows}) == len(rows)
    # every answerable row has exactly one gold
    for r in rows:
        assert len(r["gold"]) == (1 if r["answerable"] else 0), r["id"]
    # English rows contain no CJK; Chinese rows contain CJK
    for r in rows:
        cjk = any("\u4e00" <= ch <= "\u9fff" for ch in r["question"])
        assert cjk == (r["language"] == "zh"), r["id"]
    # 13-17 Chinese rows in Traditional script
    trad = sum(1 for r in rows if r["language"] == "zh" and has_trad(r["question"]))
    assert 13 <= trad <= 17, trad
    # per-language answerable count
    for lang in ("en", "zh"):
        assert sum(1 for r in rows if r["language"] == lang and r["answerable"]) == 30

    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
    print("wrote %d rows to %s (zh Traditional rows: %d)" % (len(rows), OUT, trad))


if __name__ == "__main__":
    main()
