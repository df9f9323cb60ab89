#!/usr/bin/env python3
"""Generator for grounded review set 21 (r21): 200 blind, hand-typed patient questions.

Writes questions.jsonl next to this file. Standard library only, deterministic.
KB location: env MEDQA_ROOT, else three directories above this file
(<root>/tests/data/grounded_review21/ -> <root>); passages are read from
<root>/medqa/assets/kb/passages_{en,zh}.jsonl only to check that ids exist.
"""
import collections
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.environ.get("MEDQA_ROOT") or os.path.abspath(os.path.join(HERE, "..", "..", ".."))
KB = os.path.join(ROOT, "medqa/assets/kb")
OUT = os.path.join(HERE, "questions.jsonl")
SEED = 2121

# Each row: (kind, question, id, voice).
# Answerable kinds: id is the single gold passage.
# missing_detail: id is the nearest passage (goes into the voice as "; near <id>"), gold is [].
# off_topic: id is None, gold is [].

EN = [
# ---- plain (10)
("plain", "What details should I have ready when I ring up to book an outpatient appointment?", "kb-en-appointments-001", "retired Royal Navy petty officer"),
("plain", "How long does an MRI scan usually take?", "kb-en-test_preparation-006", "Quaker meeting clerk"),
("plain", "Where do I take medicines I don't need any more?", "kb-en-medications-003", "Outer Hebrides crofter"),
("plain", "How many visitors are allowed at a bedside in intensive care at one time?", "kb-en-visiting-005", "wife of a night-shift paramedic"),
("plain", "For how many minutes should a burn be kept under running water?", "kb-en-self_care-005", "Syrian father, arrived last year"),
("plain", "What do I need to sign up for the patient portal?", "kb-en-records_billing-002", "Hong Kong family newly arrived on a BN(O) visa"),
("plain", "Why do I have to take my nail varnish off before my operation?", "kb-en-procedures-012", "Army veteran (Royal Logistic Corps)"),
("plain", "How many days ahead do I have to book hospital transport?", "kb-en-appointments-009", "Isles of Scilly islander"),
("plain", "Is it ok to use a normal kitchen teaspoon for my child's medicine?", "kb-en-medications-011", "Sudanese mum, new to the UK"),
("plain", "At what age does a baby with a temperature of 38 need to be seen urgently even if they seem fine?", "kb-en-self_care-003", "Falklands veteran, grandfather"),
# ---- context (20)
("context", "My husband is on permanent nights at the distribution centre so he sleeps most of the day. He's got a telephone follow-up with cardiology next Tuesday and I know he never picks up when it says private number or no caller ID. Is the hospital likely to ring from a withheld number, should I tell him to answer those?", "kb-en-appointments-006", "wife of a night-shift distribution centre worker"),
("context", "I'm a widower and I farm on Mull on my own. They've booked me a colonoscopy with sedation on the mainland and I've nobody to come with me - my daughter's in Canada. Could I just get a taxi back to the ferry afterwards and sleep it off at home?", "kb-en-procedures-002", "Isle of Mull sheep farmer, widower"),
("context", "Did two tours in Helmand and I've still got a few small bits of shrapnel in my thigh that they never took out. GP's now sent me for an MRI of my lower back. Is the metal going to be a problem and do I need to say anything beforehand?", "kb-en-test_preparation-005", "Afghanistan veteran (infantry)"),
("context", "I'm fasting for Ramadan anyway so going without food is no bother, but my admission letter says 1pm for a knee arthroscopy. Generally how long before I come in do I have to stop drinking water?", "kb-en-procedures-003", "Muslim man observing Ramadan"),
("context", "Our mother is dying on the ward, the doctors told us it's a matter of days. We are Sikh and the family wants to sit with her and do paath (prayers) by her bed, including at night. Are families allowed to stay overnight in this situation?", "kb-en-visiting-008", "Sikh son, eldest of four"),
("context", "We are flying back to Kochi for my brother's wedding next month, long flight via Doha. My husband is on insulin pens. Do his pens go in the checked suitcase or with us in the cabin?", "kb-en-medications-009", "Keralite Catholic wife"),
("context", "My father speaks only Dari. At his last eye appointment my daughter, she is 11, translated for him because her English is best in the family. He has another appointment on the 14th, is it ok if she does it again?", "kb-en-appointments-007", "Afghan family, resettled last year"),
("context", "Grandad's in for his hip. My little lad wants to see him Sunday but there was a chickenpox case at his nursery on Monday. He's fine himself, no spots. Can I still take him in?", "kb-en-visiting-002", "Fenland farmer's wife"),
("context", "Colonoscopy on thursday. I'm Rasta and eat ital, so mostly raw veg, callaloo, nuts, seeds, lots of fruit with the skin on. Which of the foods I normally eat should I stop in the days before?", "kb-en-test_preparation-004", "Rastafarian gardener"),
("context", "My husband works shifts at the ammonia plant and brought a stinking cold home, now I've got it too - runny nose and a cough. My gallbladder op is on Monday. Do I just turn up?", "kb-en-procedures-011", "wife of a chemical plant shift worker"),
("context", "Dad is a Gulf War veteran and has early dementia now. I hold a lasting power of attorney for his health and welfare. The ward wouldn't discuss him with me yesterday. What do I need to bring so they will share information with me?", "kb-en-records_billing-005", "daughter of a Gulf War veteran"),
("context", "I live on Islay and the morning ferry gets in with not much time to spare for my 10.30 clinic. If the boat's late and so am I, what do I do, will I still be seen?", "kb-en-appointments-005", "Islay distillery worker"),
("context", "Half our congregation went down with a tummy bug after the church potluck on Saturday. Both my boys were sick Sunday night, last time was early Monday morning. When can they go back to school?", "kb-en-self_care-008", "Seventh-day Adventist mum"),
("context", "The ladies from our mandir want to take Auntie some homemade dal and rotis on the ward. It tastes better hot. Will the nurses heat it up in the ward kitchen for her?", "kb-en-visiting-003", "Hindu temple volunteer"),
("context", "We moved here from Caracas six months ago. My mother's blood pressure tablets were started by the hospital clinic and now she gets them on repeat. She always leaves it to the last day. How many days before she runs out should we order?", "kb-en-medications-001", "Venezuelan daughter, recent immigrant"),
("context", "My father is 88, has dementia, and gets frightened and shouts in busy waiting rooms. I am taking him to the eye clinic next week. My husband is a priest so he will come too. Is there anything the clinic can do to make it easier for him?", "kb-en-appointments-011", "Greek Orthodox priest's wife, carer for her father"),
("context", "Ex-RAF, got private health cover through my old employer. Knee op being planned and the insurer keep going on about pre-authorisation. Once they give me the authorisation number, who at the hospital do I give it to?", "kb-en-records_billing-008", "ex-RAF aircraft technician"),
("context", "I went over on my ankle stacking chairs after Friday prayers at the mosque. Swollen but I can walk on it. How long should I put ice on it for each time?", "kb-en-self_care-006", "mosque volunteer"),
("context", "My husband is a night porter at the hospital and the GP wants a urine sample from him. He gets home around 5am and the surgery doesn't open till half 8. If he does the sample when he gets in, can it sit in the fridge till then?", "kb-en-test_preparation-011", "wife of a hospital night porter"),
("context", "My brother is being discharged today after three weeks on the stroke ward. I'm driving down from the croft in Sutherland, it's four hours. The nurse said it might be late afternoon before he can actually go. Why does leaving take so long?", "kb-en-procedures-009", "Sutherland crofter"),
# ---- lay (18)
("lay", "how long does a stinking head cold usually hang about before it clears by itself", "kb-en-self_care-001", "Tiree lobster fisherman"),
("lay", "Every June when they cut the fields my eyes stream and I sneeze non stop. What can I do round the house to keep it off me?", "kb-en-self_care-010", "Powys hill farmer's son"),
("lay", "The wife reckons I take too many tablets for my sore head. Can popping them most days actually make it worse?", "kb-en-self_care-011", "retired Royal Marine"),
("lay", "Had a chesty bark for a fortnight since the baptism do. At what point should I get it looked at?", "kb-en-self_care-012", "Pentecostal church usher"),
("lay", "A wasp got me in the convent garden and left the little spike in. Do I pinch it out?", "kb-en-self_care-013", "Catholic nun"),
("lay", "Not been for five days and I feel all bunged up. What can I change at home to get things moving?", "kb-en-self_care-014", "wife of a long-distance lorry driver"),
("lay", "done my back in chucking hay bales. best to just lie flat in bed for a week?", "kb-en-self_care-009", "Exmoor hill farmer"),
("lay", "My throat feels like sandpaper. Can I gargle salty water, and is that ok for my 6 year old too?", "kb-en-self_care-007", "Albanian mum, recently arrived"),
("lay", "caught my hand on barbed wire mending the fence and its pouring. how long do i press on it before i worry", "kb-en-self_care-004", "Brecon Beacons shepherd"),
("lay", "Is the little cupboard above the sink in the loo a good spot to keep my tablets?", "kb-en-medications-002", "Anglican vicar's husband"),
("lay", "Clean forgot my morning tablet. Should I take two tonight to catch up?", "kb-en-medications-004", "wife of a prison officer on 12-hour shifts"),
("lay", "Feeling right as rain after three days on the tablets for my chest infection. Can I stop the rest of the box?", "kb-en-medications-007", "Jehovah's Witness elder"),
("lay", "i was throwing up last night, been fine since this morning. can i pop in and see nan on the ward tonight?", "kb-en-visiting-004", "son of a night-shift care worker"),
("lay", "They're doing that jelly-on-the-belly picture to look at my liver tomorrow morning. Am I allowed breakfast?", "kb-en-test_preparation-009", "Iranian newcomer"),
("lay", "Fell off the quad bike and they want a picture of the bones in my wrist. Do I need to go without food first?", "kb-en-test_preparation-010", "Sark islander"),
("lay", "When am I allowed to let the shower water run over my stitches after the op?", "kb-en-procedures-010", "Moldovan care worker's husband"),
("lay", "The girl at the front desk wouldn't tell me what my bloods said. Why not, it's my blood?", "kb-en-records_billing-003", "ex-Para veteran"),
("lay", "I didn't turn up last week because of Sukkot and I forgot to ring. Am I going to be struck off the list now?", "kb-en-appointments-003", "Orthodox Jewish father"),
# ---- two_part (12)
("two_part", "Do the car park pay machines take cards, and is there any cheaper parking if I'm coming in every week for treatment?", "kb-en-appointments-008", "Buddhist monastery lay volunteer"),
("two_part", "What must I bring to my first clinic visit, and can my brother come in with me?", "kb-en-appointments-004", "Colombian newcomer"),
("two_part", "How many of us can sit with Dad at once, and will we get sent out at mealtimes?", "kb-en-visiting-001", "daughter of a Royal Navy veteran"),
("two_part", "Am I allowed to use my phone on the ward? And is it alright to put a photo of Grandad on Facebook if the other men in the bay are in the background?", "kb-en-visiting-011", "Isle of Bute granddaughter"),
("two_part", "What should Mum pack for a few nights in, and should she bring her gold bangles and some cash?", "kb-en-procedures-008", "Sikh grandson"),
("two_part", "If I sign the consent form can I still change my mind later? And can I bring someone from church to help me decide?", "kb-en-procedures-006", "Baptist grandmother"),
("two_part", "Where is the hospital pharmacy, and is there a number I can ring later if I have questions about the tablets they gave me?", "kb-en-medications-012", "Bosnian newcomer"),
("two_part", "Can I pay the hospital bill off in bits instead of all at once? And will it go to debt collectors if I'm late?", "kb-en-records_billing-009", "wife of a night-shift factory machinist"),
("two_part", "Who do I ask for a sick note for work after my operation, and what about a letter for my travel insurer for the parish pilgrimage?", "kb-en-records_billing-011", "Catholic parish secretary"),
("two_part", "What happens at the pre-op check, and do I need to mention the herbal stuff I take?", "kb-en-procedures-005", "retired Royal Signals soldier"),
("two_part", "Before a fasting blood test can I have my black coffee? And should I still take my blood pressure tablet?", "kb-en-test_preparation-002", "wife of a railway night-shift worker"),
("two_part", "How much notice do you need to move my appointment, and can I do it online rather than ringing?", "kb-en-appointments-002", "Isle of Harris Gaelic speaker"),
# ---- missing_detail (30): (kind, question, near id, voice)
("missing_detail", "How much does it cost per hour to park in the patient car park?", "kb-en-appointments-008", "wife of a night-shift nurse"),
("missing_detail", "What time exactly do afternoon visiting hours start on the general wards?", "kb-en-visiting-001", "Fijian-born British Army veteran"),
("missing_detail", "Is the outpatient pharmacy open on Saturday mornings, and until what time?", "kb-en-medications-012", "Shetland ferry worker's wife"),
("missing_detail", "What is the name of the hospital's data protection officer?", "kb-en-records_billing-012", "Iranian asylum seeker worried about his data"),
("missing_detail", "How much do you charge for a copy of my medical records?", "kb-en-records_billing-001", "Korean War veteran's son"),
("missing_detail", "how much is the deposit for borrowing one of the wheelchairs at the main entrance", "kb-en-appointments-012", "Hebridean island nurse's husband"),
("missing_detail", "What's the actual phone number for the hospital switchboard?", "kb-en-appointments-001", "Ukrainian-born church cleaner"),
("missing_detail", "Is there a multi-faith prayer room in the hospital and which floor is it on?", "kb-en-visiting-008", "Muslim grandmother"),
("missing_detail", "Do the wards serve halal meals for patients?", "kb-en-visiting-003", "Pakistani-born imam's wife"),
("missing_detail", "What are the visiting times on the intensive care unit?", "kb-en-visiting-005", "son of a lighthouse relief worker"),
("missing_detail", "How much does hospital patient transport cost per journey?", "kb-en-appointments-009", "Orkney pensioner, widow"),
("missing_detail", "What's the Wi-Fi password for patients on the wards?", "kb-en-visiting-011", "teenage daughter of a shift-working paramedic"),
("missing_detail", "How many years does the hospital keep my records before destroying them?", "kb-en-records_billing-004", "Navy veteran, researching his service injuries"),
("missing_detail", "How much is the fee for a report for my life insurer?", "kb-en-records_billing-011", "Salvation Army officer"),
("missing_detail", "What's the minimum monthly amount I can pay on a payment plan?", "kb-en-records_billing-009", "wife of a night-shift cleaner"),
("missing_detail", "What's the income limit to get financial assistance with my bill?", "kb-en-records_billing-010", "recent Brazilian immigrant on a low income"),
("missing_detail", "Which bus number goes from the railway station to the hospital?", "kb-en-appointments-008", "newly arrived Syrian grandmother"),
("missing_detail", "What time does the quiet period at night start on the wards?", "kb-en-visiting-011", "Catholic deacon visiting parishioners"),
("missing_detail", "What times are the protected mealtimes on the wards, so I don't come then?", "kb-en-visiting-001", "son of a 12-hour-shift carer"),
("missing_detail", "What time does the day surgery unit open in the morning?", "kb-en-procedures-004", "Lewis crofter, early ferry"),
("missing_detail", "What are the opening hours of the lost property office?", "kb-en-visiting-010", "Isle of Arran pensioner"),
("missing_detail", "Is there a rabbi on the chaplaincy team, and what is his name?", "kb-en-visiting-008", "Orthodox Jewish daughter"),
("missing_detail", "Which brand of bowel prep do you send out for colonoscopy, is it Moviprep?", "kb-en-test_preparation-003", "wife of a night-shift bus driver"),
("missing_detail", "How much is the fine if I miss an appointment without ringing?", "kb-en-appointments-003", "Eritrean-born shift worker's wife"),
("missing_detail", "What hours is the appointments line open? I work nights and can only ring early morning.", "kb-en-appointments-002", "husband of a nurse on nights"),
("missing_detail", "What time does the blood test clinic open for walk-ins?", "kb-en-test_preparation-001", "Sikh taxi driver's wife"),
("missing_detail", "What time can brothers and sisters visit on the maternity ward?", "kb-en-visiting-009", "Kosovan-born dad of two, new baby"),
("missing_detail", "How many weeks is the wait for orthopaedics at the moment?", "kb-en-appointments-010", "retired Royal Engineer with a bad knee"),
("missing_detail", "How much is the excess I'll have to pay for my hernia op here?", "kb-en-records_billing-008", "Welsh island (Anglesey) shopkeeper"),
("missing_detail", "Which floor is the MRI department on?", "kb-en-test_preparation-006", "Congolese newcomer"),
# ---- off_topic (10)
("off_topic", "Do you have blood donation sessions at the hospital that I can go to?", None, "Sikh gurdwara volunteer"),
("off_topic", "Where can we get our baby boy circumcised for religious reasons?", None, "Jewish father"),
("off_topic", "Do you run any mental health support for ex-service personnel with PTSD?", None, "Iraq war veteran"),
("off_topic", "How do I register with a family doctor? We only arrived in the country last month.", None, "Afghan newcomer"),
("off_topic", "Can I get my meningitis vaccine for Hajj at the hospital?", None, "British Muslim pilgrim"),
("off_topic", "Are there any healthcare assistant jobs going on nights?", None, "husband of a night-shift nurse"),
("off_topic", "Does the hospital do IVF and how long is the wait?", None, "Scilly island couple"),
("off_topic", "My tooth is killing me, is there an emergency dentist at the hospital?", None, "Shetland fish farm worker's wife"),
("off_topic", "Do you do laser eye surgery and how much does it cost?", None, "Royal Navy veteran"),
("off_topic", "When can we view Dad's body in the mortuary before the funeral?", None, "Catholic widow"),
]

ZH = [
# ---- plain (10)
("plain", "门诊的号一般提前几天放出来？", "kb-zh-appointments-001", "常州退休老兵（简体）"),
("plain", "抽血化验前要空腹多长时间？", "kb-zh-test_preparation-001", "莆田妈祖信众阿姨（简体）"),
("plain", "ICU每次可以进去几个家属？", "kb-zh-visiting-004", "舟山嵊泗渔嫂（简体）"),
("plain", "药盒上写“空腹服用”，具体是指什么时候吃？", "kb-zh-medications-006", "临沂乡村教会的基督徒（简体）"),
("plain", "出院以后要过多少天才能去复印住院病历？", "kb-zh-records_billing-001", "丈夫在日照港三班倒的家属（简体）"),
("plain", "流鼻血的時候要捏住鼻子多久？", "kb-zh-self_care-012", "宜蘭頭城長老教會執事（繁體）"),
("plain", "無痛胃鏡做完多久可以吃東西？", "kb-zh-procedures-010", "花蓮慈濟志工（繁體）"),
("plain", "动态心电图一般要戴多长时间？", "kb-zh-test_preparation-010", "徐州退役士官（简体）"),
("plain", "看急诊要不要提前预约？晚上几点关门？", "kb-zh-appointments-010", "崇明岛种大米的农户（简体）"),
("plain", "切片的病理報告大概要等幾天？", "kb-zh-records_billing-003", "基隆榮民之家住民（繁體）"),
# ---- context (20)
("context", "我男人在镇江化工厂三班倒，这个礼拜突然调成白班，原来约的周四下午骨科去不成了。我想在App上直接把日子换到下周二，能直接换吗？", "kb-zh-appointments-002", "镇江化工厂轮班工人的妻子（简体）"),
("context", "我是越南嫁过来的，在漳州住了五年，还没有拿到中国身份证。下个月想去你们医院看妇科，外国人看病要带什么证件？", "kb-zh-appointments-008", "漳州的越南籍媳妇（简体）"),
("context", "我是退伍军人，当兵时训练摔断过腿，里面打了钢板一直没取。现在医生让我去做腰椎核磁，这个钢板有没有关系？要提前讲吗？", "kb-zh-test_preparation-003", "泰安退伍军人（简体）"),
("context", "我信佛，初一十五吃素，下礼拜三做胆囊手术正好是十五。本来就吃得清淡，不过想问一下，手术前几个钟头就不能吃东西了？早上喝杯牛奶可以吗？", "kb-zh-procedures-002", "湖州佛教居士（简体）"),
("context", "我女儿今年8岁，外公在你们医院住院，她天天吵着要去看外公。小孩子能进病房吗？", "kb-zh-visiting-002", "丈夫跑夜航货船的宁德妈妈（简体）"),
("context", "我住在平潭岛上，下个月在你们那儿做日间手术，做完还要坐一个多钟头车过海峡大桥回家。家里男人都出海了，我能不能自己叫个网约车回去？", "kb-zh-procedures-003", "平潭岛渔民家属（简体）"),
("context", "过年要坐高铁回福建三明老家，我有糖尿病在打胰岛素。胰岛素是放行李箱里托运还是带在身上？", "kb-zh-medications-003", "在苏州打工的三明人（简体）"),
("context", "我爸住院了，我老公上夜班，我白天陪床，他下了班晚上来换我。两个人这样轮流陪床可以吗？", "kb-zh-visiting-006", "南通纺织厂夜班工人的妻子（简体）"),
("context", "在灶头炸带鱼，油溅到手背上，已经起了个小泡。我婆婆讲抹点酱油就好，这个可以吗？", "kb-zh-self_care-005", "台州温岭渔家媳妇（简体）"),
("context", "我是山东菏泽的，医保在菏泽交，来上海儿子家帮着带孙子。现在要在你们医院住院，医保能不能直接结算？", "kb-zh-records_billing-007", "菏泽来沪带孙的奶奶（简体）"),
("context", "孩子他爸在远洋船上，一出去就是三个月。孩子这次要做个检查，是他奶奶带去的，要签知情同意书的话奶奶签行不行？", "kb-zh-appointments-012", "象山渔民的妻子（简体）"),
("context", "宝宝两个半月，今天摸着身上有点烫，量了一下38度，精神还蛮好的，吃奶也正常。可以先在家观察一晚上吗？", "kb-zh-self_care-003", "南平武夷山茶农家的年轻妈妈（简体）"),
("context", "我们村离县城远，老头子的降压药一个月去配一次，上回差点断了顿。这个药要提前多少天去续？", "kb-zh-medications-002", "丽水山区的老太太（简体）"),
("context", "医生给我老公开了住院证，说要等床位。我上早班他上夜班，实在没空天天跑医院去问，是不是一定要自己去问有没有床？", "kb-zh-procedures-007", "连云港港口轮班工人的妻子（简体）"),
("context", "我妈住院以后，我们教会的弟兄姊妹都很关心，打电话到病房问情况，护士都不肯讲。怎么样才能让他们知道我妈的情况？", "kb-zh-visiting-009", "福清基督教会执事（简体）"),
("context", "我太太剛懷孕，醫生安排照婦科超音波，是從陰道照的那種。她要不要先喝很多水憋尿？", "kb-zh-test_preparation-007", "台東池上稻農（繁體）"),
("context", "我先生在羅東的工廠做大夜班，早上七點多下班，我幫他掛了九點的號。他大概要提早多久到醫院？", "kb-zh-appointments-006", "先生做大夜班的羅東太太（繁體）"),
("context", "阿嬤住院了，我們金山廟裡進香團的姊妹想買一盆蝴蝶蘭放到她病床旁邊，這樣可以嗎？", "kb-zh-visiting-003", "新北金山媽祖進香團團員（繁體）"),
("context", "我兒子感冒流鼻水，家裡還有上次醫生開剩下的抗生素，先拿給他吃可以嗎？", "kb-zh-medications-008", "花蓮秀林太魯閣族媽媽（繁體）"),
("context", "我是榮民，上禮拜看完門診回家才想到要一張診斷證明，那時候忘了跟醫生講。現在還可以補開嗎？要怎麼辦？", "kb-zh-records_billing-011", "桃園榮民（繁體）"),
# ---- lay (18)
("lay", "下地的时候脚脖子扭了一下，肿得跟馒头一样，是用热毛巾焐还是用冰的？", "kb-zh-self_care-006", "东营黄河口养虾户（简体）"),
("lay", "大人摸着身上发烫，夹胳肢窝量了37.5，这算不算烧起来了？", "kb-zh-self_care-002", "枣庄退伍老兵的老伴（简体）"),
("lay", "孙子拉稀拉了两天了，给他喝雪碧补补水行不行？", "kb-zh-self_care-008", "莆田湄洲岛阿嬷（简体）"),
("lay", "嗓子眼疼得像刀割一样，拿盐水漱漱口有没有用？", "kb-zh-self_care-007", "丈夫开早班公交的宿迁家属（简体）"),
("lay", "搬化肥的时候腰扭了一下，直不起来，是不是得一直躺床上别动？", "kb-zh-self_care-009", "金华农村的种菜大叔（简体）"),
("lay", "我天天吃止疼片压着脑袋疼，会不会越吃越疼？", "kb-zh-self_care-011", "丈夫轮夜班的泰州家属（简体）"),
("lay", "一到换季就喷嚏打个不停，清鼻涕流不完，家里还养了两只猫，平时在家要怎么弄？", "kb-zh-self_care-010", "在上海工作的韩国人（简体）"),
("lay", "剖鱼的时候被刀划了个口子，老辈人说抹点草木灰止血，这样弄行不行？", "kb-zh-self_care-004", "东山岛海鲜排档老板娘（简体）"),
("lay", "早上那顿药忘记吃了，晚上能不能一下吃两顿的量补回来？", "kb-zh-medications-005", "嘉兴天主堂老教友（简体）"),
("lay", "孩子烧起来了，把我吃的退烧片掰一半给他吃行不行？", "kb-zh-medications-010", "日照茶农奶爸（简体）"),
("lay", "家里抽屉里一堆过期的药，倒进马桶冲掉可以吗？", "kb-zh-medications-004", "上海徐汇教会老阿姨（简体）"),
("lay", "我自己这两天在拉肚子，还能不能去病房看我爸？", "kb-zh-visiting-005", "淮安夜班护士的老公（简体）"),
("lay", "要從嘴巴吞管子看胃，前一天晚上可以喝點酒嗎？", "kb-zh-test_preparation-008", "基隆碼頭夜班工人的太太（繁體）"),
("lay", "驗小便是不是要用早上起床第一次的尿？", "kb-zh-test_preparation-009", "蘭嶼達悟族阿公，孫子代打（繁體）"),
("lay", "鼻塞流鼻水一直打噴嚏，這種小感冒一般幾天會好？", "kb-zh-self_care-001", "嫁到宜蘭的印尼籍配偶（繁體）"),
("lay", "我開刀那天可以擦指甲油嗎？上禮拜剛做了光療", "kb-zh-procedures-005", "新北三峽長老教會少女（繁體）"),
("lay", "拿藥回家才發現少了一盒，還可以回去藥局那邊問嗎？", "kb-zh-medications-011", "花蓮玉里榮民伯伯（繁體）"),
("lay", "我想用自己部手機幫阿媽睇報告，一個帳號可唔可以加埋佢？", "kb-zh-records_billing-004", "移居台北嘅香港人（粵語繁體）"),
# ---- two_part (12)
("two_part", "忘记带医保卡了，用手机上的医保码行不行？要是两样都没有怎么办？", "kb-zh-appointments-003", "丈夫在威海轮渡跑夜班的妻子（简体）"),
("two_part", "第一次去你们医院要先建档吗？我女儿还没有身份证，用什么建档？", "kb-zh-appointments-004", "嫁到宁德的菲律宾媳妇（简体）"),
("two_part", "出院那天在哪里结账？结账要带些什么东西？", "kb-zh-procedures-008", "盐城农村老汉的儿子（简体）"),
("two_part", "已经交了钱但是药还没拿，能退吗？医保付的那部分钱退到哪里去？", "kb-zh-records_billing-009", "湖州太湖渔民（简体）"),
("two_part", "上午能不能去病房看病人？一次可以去几个人？", "kb-zh-visiting-001", "龙岩客家老表（简体）"),
("two_part", "长期处方一次最多能开多长时间的药？开了以后还要不要定期回来复查？", "kb-zh-medications-001", "丈夫在张家港钢厂倒班的妻子（简体）"),
("two_part", "做增强CT一定要家属陪吗？做完能不能马上走？", "kb-zh-test_preparation-004", "舟山六横岛老渔民（简体）"),
("two_part", "傷口拆線可以回我們部落的衛生所拆嗎？如果是用那種會自己吸收的線，還要拆嗎？", "kb-zh-procedures-012", "台東關山布農族青年（繁體）"),
("two_part", "電子發票要去哪裡下載？如果要紙本的，可以自己印嗎？", "kb-zh-records_billing-008", "先生在桃園機場上夜班的太太（繁體）"),
("two_part", "想掛的號都掛滿了怎麼辦？可以直接去診間門口等加號嗎？", "kb-zh-appointments-011", "瑞芳九份雜貨店阿嬤的孫子（繁體）"),
("two_part", "阿爸啱做完手術話好肚餓，我可唔可以偷偷俾啲粥佢食？食剩嘅餸可唔可以留喺病房聽日再食？", "kb-zh-visiting-007", "嫁到花蓮嘅香港太太（粵語繁體）"),
("two_part", "照肚嘅CT使唔使空肚？我上個禮拜啱照完鋇餐，會唔會有影響？", "kb-zh-test_preparation-006", "喺上海返工嘅香港人（粵語繁體）"),
# ---- missing_detail (30)
("missing_detail", "医院停车场停一个小时多少钱？", "kb-zh-appointments-009", "昆山台企夜班工程师的太太（简体）"),
("missing_detail", "普通病房下午探视具体是几点到几点？", "kb-zh-visiting-001", "盐城退伍老兵（简体）"),
("missing_detail", "复印病历一页多少钱？", "kb-zh-records_billing-001", "宁德霞浦海带养殖户（简体）"),
("missing_detail", "服务台借轮椅要交多少押金？", "kb-zh-appointments-007", "崇明岛退休老教师（简体）"),
("missing_detail", "手语志愿者是礼拜几有？", "kb-zh-appointments-008", "上海聋人教会的同工（简体）"),
("missing_detail", "爽约几次会被限制预约？限制多长时间？", "kb-zh-appointments-002", "丈夫在宁波北仑港倒班的家属（简体）"),
("missing_detail", "骨科住院预交金要先交多少钱？", "kb-zh-procedures-007", "菏泽农村的儿子（简体）"),
("missing_detail", "请护工一天多少钱？", "kb-zh-visiting-006", "在苏州的越南籍女婿（简体）"),
("missing_detail", "专家号挂号费是多少钱？", "kb-zh-appointments-001", "南通海门的退伍老兵（简体）"),
("missing_detail", "ICU每天几点可以进去探视？", "kb-zh-visiting-004", "长岛渔家乐老板的女儿（简体）"),
("missing_detail", "发热门诊在几号楼？", "kb-zh-self_care-002", "在杭州的巴基斯坦留学生（简体）"),
("missing_detail", "药学咨询门诊礼拜几开？", "kb-zh-medications-009", "温州基督徒老太（简体）"),
("missing_detail", "CT片子和光盘你们医院保存几年？", "kb-zh-records_billing-010", "漳州东山岛退役海军（简体）"),
("missing_detail", "门诊药房的过期药回收点在几楼？", "kb-zh-medications-004", "福建三明的佛教居士（简体）"),
("missing_detail", "异地备案以后，住院能报销百分之多少？", "kb-zh-records_billing-007", "丈夫跑夜班出租的菏泽家属（简体）"),
("missing_detail", "职工医保的起付线是多少钱？", "kb-zh-records_billing-006", "镇江三班倒的电厂工人家属（简体）"),
("missing_detail", "线上续方寄药到家，快递费要多少？", "kb-zh-medications-002", "舟山岱山岛的老渔民（简体）"),
("missing_detail", "日间手术中心早上几点开门报到？", "kb-zh-procedures-001", "泰安山区果农（简体）"),
("missing_detail", "多少岁以上的老人可以走老年人绿色通道？", "kb-zh-appointments-007", "威海退休海员（简体）"),
("missing_detail", "无痛胃镜的麻醉费要多少钱？", "kb-zh-test_preparation-008", "常州夜班护士的丈夫（简体）"),
("missing_detail", "做核磁一般要排队等几天？", "kb-zh-test_preparation-003", "莆田教会的年轻姊妹（简体）"),
("missing_detail", "醫院最近的捷運站是哪一站？幾號出口？", "kb-zh-appointments-009", "新北淡水長老教會牧師娘（繁體）"),
("missing_detail", "營養食堂訂餐每天幾點截止？", "kb-zh-visiting-007", "花蓮壽豐佛教居士（繁體）"),
("missing_detail", "陪病證要去哪裡辦？要不要錢？", "kb-zh-visiting-006", "先生在基隆港大夜班的太太（繁體）"),
("missing_detail", "戴Holter的機器要押多少錢？", "kb-zh-test_preparation-010", "宜蘭退伍憲兵（繁體）"),
("missing_detail", "繳費以後大概要幾天才看得到電子發票？", "kb-zh-records_billing-008", "桃園越南籍新住民爸爸（繁體）"),
("missing_detail", "網路醫院線上複診一次要多少錢？", "kb-zh-appointments-005", "綠島民宿老闆的兒子（繁體）"),
("missing_detail", "退費的錢幾天會退回我的信用卡？", "kb-zh-records_billing-009", "台東成功鎮漁會職員（繁體）"),
("missing_detail", "你哋醫院邊度有祈禱室？喺幾樓？", "kb-en-visiting-008", "移居台北嘅香港天主教徒（粵語繁體）"),
("missing_detail", "病历邮寄到外省要多少邮费？", "kb-zh-records_billing-001", "丈夫跑夜班货车的宁德家属（简体）"),
# ---- off_topic (10)
("off_topic", "你们医院能献血吗？献血屋在哪里？", None, "临沂退伍军人（简体）"),
("off_topic", "单位组织体检，你们医院的体检套餐多少钱？", None, "丈夫在化工园区倒班的常州家属（简体）"),
("off_topic", "医院在招夜班护工吗？我想去应聘。", None, "平潭岛来福州打工的阿姨（简体）"),
("off_topic", "家里的狗要打狂犬疫苗，你们这里能打吗？", None, "崇明岛养羊户（简体）"),
("off_topic", "中医针灸科看腰疼要挂哪个专家？", None, "泰安佛教居士（简体）"),
("off_topic", "在上海想做试管婴儿，大概要花多少钱？", None, "在上海工作的日本人妻子（简体）"),
("off_topic", "种一颗牙要多少钱？医保能报吗？", None, "舟山渔民的老伴（简体）"),
("off_topic", "榮民可以在你們醫院辦理安養中心入住嗎？", None, "花蓮榮民之家家屬（繁體）"),
("off_topic", "想捐大體給醫學院，要去哪裡登記？", None, "台東慈濟志工（繁體）"),
("off_topic", "箍牙要箍幾耐？大概要幾多錢？", None, "嫁咗去基隆嘅香港太太（粵語繁體）"),
]


ANSWERABLE = ("plain", "context", "lay", "two_part")
WANT = {"plain": 10, "context": 20, "lay": 18, "two_part": 12, "missing_detail": 30, "off_topic": 10}


def load_ids():
    ids = set()
    for lang in ("en", "zh"):
        with open(os.path.join(KB, "passages_%s.jsonl" % lang), encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if line:
                    ids.add(json.loads(line)["id"])
    return ids


def build(lang, rows, kb_ids, rng):
    assert len(rows) == 100, (lang, len(rows))
    kinds = collections.Counter(r[0] for r in rows)
    assert dict(kinds) == WANT, (lang, kinds)
    questions = [r[1] for r in rows]
    assert len(set(questions)) == len(questions), "duplicate question"
    gold_use = collections.Counter()
    out = []
    for kind, q, pid, voice in rows:
        assert q.strip() == q and q, q
        assert voice and ";" not in voice, voice
        if kind in ANSWERABLE:
            assert pid in kb_ids, pid
            assert pid.startswith("kb-%s-" % lang), pid
            gold_use[pid] += 1
            obj = {"answerable": True, "gold": [pid], "kind": kind, "voice": voice}
        elif kind == "missing_detail":
            assert pid in kb_ids, pid
            obj = {"answerable": False, "gold": [], "kind": kind, "voice": "%s; near %s" % (voice, pid)}
        else:
            assert kind == "off_topic" and pid is None
            obj = {"answerable": False, "gold": [], "kind": kind, "voice": voice}
        obj["language"] = lang
        obj["question"] = q
        out.append(obj)
    assert max(gold_use.values()) <= 2, gold_use.most_common(3)
    assert sum(1 for o in out if o["answerable"]) == 60
    rng.shuffle(out)
    for i, o in enumerate(out, 1):
        o["id"] = "r21-%s-%03d" % (lang, i)
    return out


def main():
    kb_ids = load_ids()
    rng = random.Random(SEED)
    rows = build("en", EN, kb_ids, rng) + build("zh", ZH, kb_ids, rng)
    assert len(rows) == 200
    trad = sum(1 for r in ZH if "繁" in r[3])
    assert trad == 30, trad
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for o in rows:
            f.write(json.dumps(o, ensure_ascii=False, sort_keys=True) + "\n")
    print("wrote %d rows to %s" % (len(rows), OUT))


if __name__ == "__main__":
    main()
