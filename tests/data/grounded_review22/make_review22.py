#!/usr/bin/env python3
"""Generate grounded_review22 questions.jsonl (blind reviewer set 22).

Standard library only, deterministic. The KB is found via env MEDQA_ROOT or, by default,
three directories above this file (<root>/tests/data/grounded_review22/ -> <root>).
Every row below was typed by hand; nothing is templated.
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.environ.get("MEDQA_ROOT") or os.path.abspath(os.path.join(HERE, "..", "..", ".."))
KB = os.path.join(ROOT, "medqa", "assets", "kb")
SEED = 2222

# (kind, gold or None, voice, question)
EN = [
    # ---------------- plain (10)
    ("plain", "kb-en-appointments-005", "Whitstable oyster farmer",
     "How early should I get to the hospital before my clinic appointment?"),
    ("plain", "kb-en-test_preparation-012", "car wash owner booking a day off",
     "How long does a glucose tolerance test take from start to finish?"),
    ("plain", "kb-en-medications-003", "launderette owner clearing out her late dad's flat",
     "Where should I take tablets and inhalers that nobody needs any more?"),
    ("plain", "kb-en-records_billing-002", "Sussex vineyard worker, phone in a hurry between rows",
     "what do i need to sign up for the patient portal"),
    ("plain", "kb-en-visiting-009", "Fife mum of a toddler being admitted",
     "Can one of us stay the night by the bed on the children's ward?"),
    ("plain", "kb-en-self_care-005", "kebab shop owner",
     "How long should a burn go under the cold tap for?"),
    ("plain", "kb-en-procedures-012", "beauty-salon receptionist with gel nails",
     "Do I have to take my nail varnish off before my operation?"),
    ("plain", "kb-en-test_preparation-009", "Wigan woman booked for a pelvic scan",
     "When should I drink the water before a pelvic ultrasound?"),
    ("plain", "kb-en-appointments-007", "Kyrgyz strawberry picker with limited English",
     "Interpreter for my doctor appointment, I must pay money or is free?"),
    ("plain", "kb-en-records_billing-007", "self-employed window dresser",
     "Am I allowed to ask for a bill that lists every charge separately?"),
    # ---------------- context (20)
    ("context", "kb-en-procedures-002", "canal lock-keeper who lives alone",
     "I'm the lock-keeper up at the top lock and I live on my own, nearest family is in Leeds. I've got a camera "
     "test with sedation next month and my neighbour reckons I can just get a taxi home by myself afterwards. "
     "Is that actually allowed?"),
    ("context", "kb-en-test_preparation-005", "retired Sheffield cutlery grinder",
     "Worked forty year grinding blades in Sheffield, and I got a sliver of steel in me eye back in the seventies. "
     "They've booked me in for an MRI on me neck. Do I need to tell somebody about that bit of metal before I "
     "turn up?"),
    ("context", "kb-en-visiting-003", "greengrocer visiting his mum",
     "Mum's 80 on Saturday and she's stuck on the ward with her hip. I was going to take her a big latex balloon "
     "with 80 on it from the party shop next door to mine. Will they let me bring a balloon in?"),
    ("context", "kb-en-procedures-003", "vending machine refill driver",
     "I start my round at 5 and I'm having my hernia done, admission at 11. I always have a milky coffee about "
     "6 to get me going. Is that fine as long as I stop drinking two hours before?"),
    ("context", "kb-en-appointments-006", "oyster farmer out on the beds",
     "My follow up is a phone call at 2pm and I'll be out on the oyster beds. I never pick up numbers I don't "
     "know because of all the scam calls. What will the hospital's number show up as?"),
    ("context", "kb-en-medications-009", "Korean PhD student going home for winter",
     "I am PhD student from Korea. In December I fly home to Seoul for three weeks and I take insulin pens. "
     "Flight is long. How I keep the insulin cool when travelling?"),
    ("context", "kb-en-visiting-005", "gritter lorry driver on nights",
     "Dad's in intensive care after a crash on the A road. I drive a gritter overnight so I'll come straight off "
     "shift about 7am. When I get to the unit do I just walk in and find his bed?"),
    ("context", "kb-en-appointments-009", "neighbour who looks after a man with dementia",
     "I keep an eye on my neighbour Stan, he's 84 with dementia and no family nearby. He's been given hospital "
     "transport for his eye clinic. Can I ride with him in the transport so he isn't frightened?"),
    ("context", "kb-en-self_care-003", "young uncle babysitting his sister's baby",
     "babysitting my sisters baby, shes 8 weeks old, thermometer says 38.3 but she's feeding ok and smiling. "
     "sister on a night shift and not answering. can i just wait til the morning?"),
    ("context", "kb-en-records_billing-009", "pawnbroker whose trade has slowed",
     "Business has been dead since summer and the bill for my day surgery is due on the 30th. I can't find it all "
     "in one go. What should I do before that date?"),
    ("context", "kb-en-procedures-010", "escape room host after an appendix operation",
     "Had my appendix out ten days ago, wound's still got a scab on it. Our team does a swim at the leisure "
     "centre every Thursday. Can I get back in the pool yet?"),
    ("context", "kb-en-test_preparation-004", "kebab shop owner having a colonoscopy",
     "Colonoscopy Wednesday. I run a kebab shop so I'm eating off the grill all day. What am I allowed on the "
     "Tuesday, the day before?"),
    ("context", "kb-en-visiting-002", "dad of a nursery-age boy",
     "His nan is on the surgical ward. My lad is 4 and there was a chickenpox case in his nursery room last week, "
     "he seems fine though. Can I bring him in to see her?"),
    ("context", "kb-en-medications-011", "Herefordshire hop grower minding twin grandsons",
     "Got the twins for the weekend, both full of cold. Their mum left the Calpol but no syringe. Can I just use "
     "a teaspoon out of the drawer?"),
    ("context", "kb-en-appointments-011", "live-in carer from Malawi for a lady with dementia",
     "I am the live-in carer for Mrs D who has dementia. She becomes very upset in busy places. At her clinic "
     "can I come with her into the doctor room, and can anything be done about the waiting?"),
    ("context", "kb-en-procedures-008", "ice rink resurfacing driver",
     "Going in for three nights for my shoulder. I'm on five different tablets. Do I bring my own or will the "
     "ward just give me theirs?"),
    ("context", "kb-en-records_billing-005", "daughter-in-law of a man with vascular dementia",
     "My father-in-law has vascular dementia and can't manage his emails. I sort his appointments for him. How "
     "do I get access to his stuff on the portal?"),
    ("context", "kb-en-self_care-006", "Newquay surfer",
     "Rolled my ankle on the rocks coming out of the surf. It's puffed up but I can hobble. How long should I "
     "keep the ice on it for?"),
    ("context", "kb-en-medications-001", "school exam invigilator in exam season",
     "It's exam season and I'm invigilating every day, I'll be down to my last few blood pressure tablets next "
     "week. How much notice do I need to give for a repeat?"),
    ("context", "kb-en-visiting-010", "granddaughter who moved in with her grandad",
     "Grandad is on the ward and his bottom teeth have gone missing twice now. The nurse said it's his "
     "responsibility. Is that right? What should we do?"),
    # ---------------- lay (18)
    ("lay", "kb-en-test_preparation-003", "scrap metal dealer",
     "that horrible drink you have to get down you to clear you out before they put the camera up the back "
     "passage. i threw half of it back up. what now"),
    ("lay", "kb-en-appointments-003", "Avon rep, phone in a hurry",
     "completely forgot my hospital slot last tues, will they just chuck me off their list now??"),
    ("lay", "kb-en-self_care-013", "Christmas tree farmer",
     "Wasp got me on the back of the hand and the little black bit is still in there. Should I pinch it out "
     "with tweezers?"),
    ("lay", "kb-en-self_care-008", "mum texting from the school office",
     "how long after the last time he was sick can my son go back in to school"),
    ("lay", "kb-en-medications-004", "retired traffic light engineer",
     "Forgot my morning pill and now it's nearly time for the evening one. Should I take both together to catch "
     "up?"),
    ("lay", "kb-en-medications-002", "alpaca farmer tidying the house",
     "Is the little cupboard over the bathroom sink a good spot to keep all our pills?"),
    ("lay", "kb-en-self_care-012", "car boot sale seller",
     "had a tickly chest going on a month now, missus says it's nothing. at what point do i go and get it looked "
     "at"),
    ("lay", "kb-en-appointments-008", "grandson driving his nan",
     "Can I pull up right by the front doors to let my nan out of the car?"),
    ("lay", "kb-en-visiting-004", "younger brother visiting after a motorbike accident",
     "Is it alright to perch on the end of my brother's bed when I'm in seeing him?"),
    ("lay", "kb-en-procedures-009", "impatient son waiting in the corridor",
     "Doctor said Dad could go home at ten this morning and it's gone three. Why does it take all day to let "
     "someone out?"),
    ("lay", "kb-en-test_preparation-011", "Somerset cider orchard worker",
     "Doctor wants a pot of my wee. I can only fill it tonight, can it sit in the fridge till I drop it in "
     "tomorrow, my lover?"),
    ("lay", "kb-en-records_billing-003", "recycling centre attendant",
     "Can the lady on the front desk just tell me what my bloods came back as when I ring?"),
    ("lay", "kb-en-self_care-009", "fitted-wardrobe installer's wife",
     "He's done his back in lifting a wardrobe. Should he just lie flat in bed for a week till it goes?"),
    ("lay", "kb-en-medications-007", "mushroom picker",
     "Three days into my week of tablets for my chest and I feel loads better. Can I stop now and keep the rest "
     "for next time?"),
    ("lay", "kb-en-self_care-010", "Sheffield bus-station cleaner",
     "Every May when they cut the grass my eyes stream and I can't stop sneezing. Anything I can do round the "
     "house to keep it down?"),
    ("lay", "kb-en-visiting-011", "teenager visiting his gran",
     "am i allowed my mobile out when im in seeing my gran? want to video call her sister in canada"),
    ("lay", "kb-en-procedures-006", "football club kit man with a knee operation booked",
     "Signed the paperwork for my knee op but I'm having second thoughts. Am I stuck with it now I've put my "
     "name down?"),
    ("lay", "kb-en-test_preparation-008", "Thai-born wife, limited English",
     "Before my x-ray the lady ask me about my period, I feel shy. Why they ask this question?"),
    # ---------------- two_part (12)
    ("two_part", "kb-en-test_preparation-001", "Czech hotel laundry worker on early shift",
     "For fasting blood test, can I drink water in the morning? And my normal tablets, I take or not?"),
    ("two_part", "kb-en-test_preparation-006", "nervous model railway enthusiast",
     "How long does an MRI take, and is it really as loud as people say?"),
    ("two_part", "kb-en-procedures-001", "chauffeur with a gastroscopy booked",
     "How long before a gastroscopy do I have to stop eating, and how long does the test itself last?"),
    ("two_part", "kb-en-procedures-004", "Wigan bakery delivery driver having day surgery",
     "After day surgery can I drive meself home, and how long does someone have to stay with me after?"),
    ("two_part", "kb-en-appointments-001", "great-grandad dictating to his great-granddaughter",
     "Grandad says (I'm typing for him): how can he book an outpatient appointment, and how long should he "
     "wait for the confirmation before ringing up about it?"),
    ("two_part", "kb-en-records_billing-001", "man in a dispute with his landlord",
     "How do I get a copy of my records from you, and can my solicitor just ask for them for me?"),
    ("two_part", "kb-en-self_care-004", "gas meter reader bitten by a terrier",
     "How long do I press on a cut before I should be worried it's not stopping? And does a dog bite need a "
     "doctor even if it's small?"),
    ("two_part", "kb-en-visiting-001", "Ecuadorian son-in-law",
     "How many people can be by the bed at the same time, and what means protected mealtime?"),
    ("two_part", "kb-en-test_preparation-007", "Mongolian master's student",
     "In CT scan with the dye, is the warm feeling normal? And after, I should drink a lot?"),
    ("two_part", "kb-en-medications-012", "Fife tiler after a fracture clinic",
     "Where is the outpatient pharmacy, and can I take the prescription to the chemist in my own town instead?"),
    ("two_part", "kb-en-records_billing-008", "contract oil trader with private cover",
     "What exactly is pre-authorisation, and once my insurer gives me a number who at the hospital do I give "
     "it to?"),
    ("two_part", "kb-en-appointments-012", "hearing dog owner, phone in a hurry",
     "can i borrow a wheelchair at the main entrance for my dad and is my hearing dog ok to come in"),
    # ---------------- missing_detail (30)
    ("missing_detail", None, "man ringing from a phone box; near kb-en-appointments-001",
     "What is the actual phone number for your switchboard?"),
    ("missing_detail", None, "Herefordshire pensioner on a tight budget; near kb-en-appointments-008",
     "How much is it per hour in the visitor car park?"),
    ("missing_detail", None, "Thai-born wife, limited English; near kb-en-visiting-001",
     "General ward visiting start what time exactly? 1 o'clock or 2 o'clock?"),
    ("missing_detail", None, "Sheffield grinder's wife; near kb-en-medications-012",
     "What time does the outpatient pharmacy shut on a Saturday?"),
    ("missing_detail", None, "car boot sale seller; near kb-en-appointments-012",
     "How much deposit do you take for borrowing one of the wheelchairs at the entrance?"),
    ("missing_detail", None, "teenager visiting his gran; near kb-en-visiting-011",
     "whats the wifi password on the wards"),
    ("missing_detail", None, "Fife tiler; near kb-en-procedures-001",
     "Which floor is the endoscopy unit on?"),
    ("missing_detail", None, "injured scaffolding-firm secretary claiming on insurance; near kb-en-records_billing-011",
     "How much do you charge to write a report for my insurance company?"),
    ("missing_detail", None, "retired traffic light engineer; near kb-en-records_billing-012",
     "What is the name of your data protection officer?"),
    ("missing_detail", None, "Kyrgyz strawberry picker with limited English; near kb-en-appointments-008",
     "Which bus number go to the hospital from the town centre?"),
    ("missing_detail", None, "gritter driver's wife; near kb-en-visiting-011",
     "From what time exactly is the night quiet period on the wards?"),
    ("missing_detail", None, "alpaca farmer's daughter; near kb-en-visiting-005",
     "What are the visiting hours on intensive care? The actual times please."),
    ("missing_detail", None, "self-employed window dresser; near kb-en-records_billing-007",
     "Roughly how much does one night on a general ward cost if I'm paying myself?"),
    ("missing_detail", None, "Avon rep whose husband is in ICU; near kb-en-appointments-008",
     "How much is the discounted parking for relatives of someone in intensive care?"),
    ("missing_detail", None, "Wigan pensioner waiting for a new hip; near kb-en-appointments-010",
     "How many weeks is the wait for a hip replacement at your hospital at the moment?"),
    ("missing_detail", None, "launderette owner; near kb-en-records_billing-006",
     "What's the email address for the billing office? I've lost the bill."),
    ("missing_detail", None, "great-grandad dictating to his great-granddaughter; near kb-en-appointments-001",
     "Grandad wants to know the name of the consultant who runs the Tuesday diabetes clinic."),
    ("missing_detail", None, "Deaf-blind man's support worker; near kb-en-appointments-007",
     "Which days of the week do you have a sign language interpreter in the building?"),
    ("missing_detail", None, "man in a dispute with his landlord; near kb-en-records_billing-001",
     "How much do you charge for a copy of my records?"),
    ("missing_detail", None, "new patient who has lost her activation code; near kb-en-records_billing-002",
     "What time does main reception open on a Sunday so I can get my portal code?"),
    ("missing_detail", None, "Czech hotel laundry worker; near kb-en-visiting-010",
     "Is there a cash machine inside the hospital? Where?"),
    ("missing_detail", None, "impatient son waiting in the corridor; near kb-en-procedures-009",
     "What time does the discharge lounge close in the evening?"),
    ("missing_detail", None, "contract oil trader with private cover; near kb-en-records_billing-008",
     "How much is a private single room per night?"),
    ("missing_detail", None, "Fife mum expecting her second; near kb-en-visiting-009",
     "What are the set times when big brothers and sisters can come to the maternity ward?"),
    ("missing_detail", None, "diabetic Christmas tree farmer; near kb-en-medications-003",
     "How much does it cost to get a sharps bin from you?"),
    ("missing_detail", None, "Wigan bakery delivery driver after a hernia op; near kb-en-procedures-010",
     "On which day after a hernia operation do the stitches normally come out, day 7 or day 10?"),
    ("missing_detail", None, "part-time mushroom picker on a low income; near kb-en-records_billing-010",
     "What's the income limit to get financial help with a hospital bill?"),
    ("missing_detail", None, "neighbour who looks after a man with dementia; near kb-en-appointments-009",
     "What's the direct phone number for booking patient transport?"),
    ("missing_detail", None, "Ecuadorian son-in-law; near kb-en-visiting-007",
     "At what time is morning handover on the wards, so I don't ring then?"),
    ("missing_detail", None, "scrap metal dealer having a colonoscopy; near kb-en-test_preparation-003",
     "What's the brand name of the bowel prep drink you send out?"),
    # ---------------- off_topic (10)
    ("off_topic", None, "Newquay surfer", "Can I give blood at your hospital and do I have to book it?"),
    ("off_topic", None, "recycling centre attendant looking for a change",
     "Are you taking on healthcare assistants at the moment? How do I apply?"),
    ("off_topic", None, "Sussex vineyard worker planning a safari",
     "Which jabs do I need for a trip to Kenya and Tanzania in March?"),
    ("off_topic", None, "alpaca farmer", "Our spaniel has just eaten half a bar of dark chocolate, what do I do?"),
    ("off_topic", None, "Sheffield man going thin on top",
     "Do you do hair transplants and roughly what's the price?"),
    ("off_topic", None, "Kyrgyz strawberry picker with limited English",
     "My tooth have a hole and pain, can you recommend dentist for filling?"),
    ("off_topic", None, "mother of the groom", "What's the best diet to lose two stone before a wedding in June?"),
    ("off_topic", None, "retired traffic light engineer", "Can I get my Covid booster at the hospital?"),
    ("off_topic", None, "couple in their late thirties",
     "Do you do IVF here and how long is the waiting list?"),
    ("off_topic", None, "ice rink resurfacing driver fed up with glasses",
     "Does the hospital do laser eye surgery?"),
]

ZH = [
    # ---------------- plain (10)
    ("plain", "kb-zh-appointments-001", "甘肃张掖退休乡村会计", "你们医院专家号提前几天放号？"),
    ("plain", "kb-zh-test_preparation-001", "黑龙江七台河煤矿家属", "抽完血针眼要按多久？"),
    ("plain", "kb-zh-medications-003", "马来西亚古晋华人，儿子刚确诊糖尿病", "没开封的胰岛素是放冰箱冷藏还是冷冻？"),
    ("plain", "kb-zh-records_billing-001", "陕西商洛跑运输的司机", "出院以后多久能去复印住院病历？"),
    ("plain", "kb-zh-visiting-002", "辽宁铁岭农村妇女", "多大以下的小孩不建议进病房探视？"),
    ("plain", "kb-zh-self_care-012", "青海海东拉面馆跑堂", "流鼻血捏鼻子要捏多长时间？"),
    ("plain", "kb-zh-test_preparation-010", "台灣南投竹山退休竹編師傅（繁體）", "動態心電圖一般要戴多久？"),
    ("plain", "kb-zh-procedures-010", "香港深水埗老街坊，七十幾歲（粵語）", "做完無痛胃鏡幾耐先可以食嘢？"),
    ("plain", "kb-zh-medications-006", "新加坡华人安娣", "医生写一日三次，是不是就是每8个钟头吃一次？"),
    ("plain", "kb-zh-records_billing-008", "香港屋邨退休小販（繁體書面）", "電子發票同紙本發票有冇同等效力？"),
    # ---------------- context (20)
    ("context", "kb-zh-appointments-002", "黑龙江绥化农村种苞米的大哥",
     "俺家在绥化农村，约了下礼拜三的号，可那几天正赶上收苞米，想改到再下个礼拜，能直接把日子换了不？"),
    ("context", "kb-zh-procedures-003", "甘肃酒泉种棉花的老汉",
     "我是酒泉种棉花的，老伴明天做白内障日间手术，地里正忙离不开人，做完让他自个儿叫个网约车回来，成不成？"),
    ("context", "kb-zh-test_preparation-007", "马来西亚槟城福建人，陪太太看病",
     "我从槟城过来陪太太，她明天早上要做肝胆B超，她平时早上一定要喝一杯kopi，请问做这个B超要空腹多久？"),
    ("context", "kb-zh-records_billing-007", "黑龙江双鸭山来城里儿子家的老汉",
     "俺是双鸭山的，医保在老家，跟儿子来你们这边住院，想直接刷医保，得先整啥手续？"),
    ("context", "kb-zh-visiting-004", "甘肃定西农村来的大儿子",
     "我大在你们ICU住着，我们一家子从定西赶过来五六个人，能一块儿都进去看看不？"),
    ("context", "kb-zh-test_preparation-003", "香港油麻地八十歲老伯（粵語繁體）",
     "我心口裝咗起搏器十幾年，而家醫生叫我照磁力共振，我使唔使同你哋講聲？"),
    ("context", "kb-zh-medications-004", "马来西亚新山华人家庭主妇",
     "我们家药箱整理出一大堆expired的药，我老公说直接倒进马桶冲掉最干净，这样可以吗？"),
    ("context", "kb-zh-self_care-005", "吉林松原农村炸麻花的媳妇",
     "俺炸麻花让热油崩了手背，起了俩泡，俺婆婆非让抹獾油，说老辈都这么整，中不中啊？"),
    ("context", "kb-zh-procedures-007", "宁夏中卫枸杞地里的老汉",
     "医生给我开了住院证，可说病区没床位，我是不是得在医院大厅一直等着？家离得远得很。"),
    ("context", "kb-zh-visiting-006", "马来西亚怡保广东人，两姐妹",
     "我妈妈住院，我和我妹妹都要上班，想一天换一个人陪床，酱可以吗？"),
    ("context", "kb-zh-self_care-003", "辽宁朝阳农村的奶奶（孙女代打字）",
     "我奶让我打字问：我弟两个月大，烧到38度，村卫生所大夫说再看看，能在家等等不？"),
    ("context", "kb-zh-appointments-012", "香港觀塘湊孫婆婆（粵語）",
     "我湊住個孫，佢要睇醫生，佢阿爸阿媽喺深圳返工，如果要簽同意書，我做嫲嫲嘅簽唔簽得㗎？"),
    ("context", "kb-zh-test_preparation-005", "宁夏固原的年轻媳妇",
     "前天拍了个胸片，今天才发现怀上了，心里慌得很，这咋办嘛？"),
    ("context", "kb-zh-medications-008", "新加坡组屋里的华人太太",
     "我上次看医生剩下半排antibiotic，我先生现在感冒，可以拿来给他吃吗？"),
    ("context", "kb-zh-records_billing-012", "黑龙江鸡西农村的儿子",
     "俺爹住院那会儿预交金是现金交的，现在要出院了，多交的钱咋退？"),
    ("context", "kb-zh-visiting-007", "香港大埔圍村老太太（粵語）",
     "我老公聽朝做手術，今晚佢話肚餓想食碗白粥，我可唔可以煲咗帶俾佢？"),
    ("context", "kb-zh-procedures-005", "台灣鹿港做光療指甲的阿姨（繁體）",
     "我下禮拜要開刀，手上剛做了光療指甲花了一千多，一定要卸掉嗎？"),
    ("context", "kb-zh-self_care-006", "陕西安康的爷爷",
     "尕娃打篮球把脚崴了，肿得跟馒头一样，我说赶紧拿热毛巾敷一敷，对不对？"),
    ("context", "kb-zh-appointments-005", "马来西亚柔佛华人女儿",
     "我爸爸还没有去过你们医院，我们住得远，他第一次看病可以直接在网上问诊吗？"),
    ("context", "kb-zh-records_billing-002", "吉林四平农村的儿子",
     "俺爹上个月没了，保险公司让交住院病历，俺去替他复印得带啥材料？"),
    # ---------------- lay (18)
    ("lay", "kb-zh-self_care-008", "甘肃武威拉货的司机", "拉稀拉得嘴都干了，灌两瓶可乐补补行不行？"),
    ("lay", "kb-zh-test_preparation-009", "黑龙江农村老汉", "大夫让俺带点屎来化验，得弄多少？"),
    ("lay", "kb-zh-self_care-011", "新疆哈密开馕坑的老板", "天天头疼就吃一片止疼片，吃得多了会不会有啥事？"),
    ("lay", "kb-zh-appointments-010", "陕西铜川年轻妈妈", "半夜娃娃喘不上气，还要先在手机上挂号吗？"),
    ("lay", "kb-zh-visiting-003", "马来西亚沙巴华人妹妹", "我姐刚打完治癌的那种药水，身体很虚，我想捧一大束玫瑰去看她，可以吗？"),
    ("lay", "kb-zh-medications-010", "辽宁葫芦岛渔村的姥姥", "孩子小，把大人吃的药掰一半给他吃行不行？"),
    ("lay", "kb-zh-appointments-006", "甘肃庆阳第一次进城看病的大叔",
     "到了医院我就坐那儿等着，到我了会喊我名字吧？"),
    ("lay", "kb-zh-self_care-007", "新加坡德士司机", "喉咙痛到连口水都吞不下，还一直流口水，这样要紧吗？"),
    ("lay", "kb-zh-appointments-003", "吉林辽源赶早班车的大姐", "出门太急，看病报销用的那张卡落家里了，今天还能看病不？"),
    ("lay", "kb-zh-records_billing-009", "黑龙江依兰县退休粮站工人", "钱交了，那个检查还没做，钱能要回来不？"),
    ("lay", "kb-zh-procedures-002", "陕西咸阳的小伙子", "开刀那天早上嘴里没味，能嚼个泡泡糖不？"),
    ("lay", "kb-zh-medications-011", "宁夏同心回族老奶奶（孙子代打）", "药拿回家一数少了一盒，还能回去找吗？"),
    ("lay", "kb-zh-test_preparation-002", "香港坪洲老街坊（粵語）", "照大腸之前嗰幾日食咩好？可唔可以食生果？"),
    ("lay", "kb-zh-self_care-001", "香港西環八十歲老伯（粵語）", "傷風流鼻水成個禮拜都未好，去到幾時先要睇醫生？"),
    ("lay", "kb-zh-visiting-005", "香港北角老太太（粵語）", "我自己都有啲咳，仲去唔去醫院探阿媽好？"),
    ("lay", "kb-zh-records_billing-003", "台灣萬丹紅豆農的太太（繁體）", "抽血的單子上面有好幾個往上往下的小記號，是不是代表我生病了？"),
    ("lay", "kb-zh-medications-007", "辽宁彰武农村大娘", "在别的医院开的药跟你们这儿开的药，能一块儿吃不？"),
    ("lay", "kb-zh-procedures-012", "黑龙江克山农村老汉", "肚子上缝的线，在家让闺女拿剪子剪了行不？"),
    # ---------------- two_part (12)
    ("two_part", "kb-zh-test_preparation-008", "甘肃陇南种花椒的", "做胃镜前要饿几个钟头？水呢，几点以后不能喝？"),
    ("two_part", "kb-zh-test_preparation-006", "马来西亚吉隆坡华人上班族",
     "做腹部CT需要空腹吗？我上个礼拜做过钡餐，会不会有影响？"),
    ("two_part", "kb-zh-appointments-009", "辽宁开出租的东北爷们",
     "你们医院停车费咋交？急诊门口那条道能临时停一会儿不？"),
    ("two_part", "kb-zh-procedures-008", "青海海东的女儿", "出院结算要带啥？出院小结以后有啥用？"),
    ("two_part", "kb-zh-records_billing-010", "香港土瓜灣舊區老伯（粵語）",
     "照完CT而家仲有冇菲林俾？如果要拎去第二間醫院睇，點樣攞？"),
    ("two_part", "kb-zh-visiting-001", "陕西韩城农村的儿媳妇", "上午能去病房看人不？一回能进去几个人？"),
    ("two_part", "kb-zh-medications-002", "新加坡华人儿子，父亲在中国", "线上续药可以加新的药吗？开了药能寄到家里吗？"),
    ("two_part", "kb-zh-appointments-011", "台灣新竹市場豬肉攤老闆娘（繁體）",
     "想掛的醫生號都滿了怎麼辦？可以在診間門口等加號嗎？"),
    ("two_part", "kb-zh-records_billing-011", "甘肃天祝藏族小伙（普通话）", "病假条咋开？开完了还要去盖章吗？"),
    ("two_part", "kb-zh-self_care-004", "吉林农村做酸菜的大婶", "切酸菜切着手了，按多久能止住血？啥情况得去缝针？"),
    ("two_part", "kb-zh-appointments-008", "香港九龍城老一輩女兒（粵語）",
     "我阿爸聽唔到嘢，睇醫生有冇手語翻譯？要幾耐之前約？"),
    ("two_part", "kb-zh-procedures-001", "新疆伊犁的哈萨克族女婿（普通话）", "日间手术是不是当天就能回家？啥样的手术能做日间的？"),
    # ---------------- missing_detail (30)
    ("missing_detail", None, "辽宁开出租的东北爷们; near kb-zh-appointments-009", "你们医院停车一个钟头多少钱？"),
    ("missing_detail", None, "甘肃张掖退休乡村会计; near kb-zh-appointments-001", "医院总机电话号码是多少？"),
    ("missing_detail", None, "黑龙江绥化农村种苞米的大哥; near kb-zh-appointments-002", "专家号挂号费多少钱？"),
    ("missing_detail", None, "吉林四平农村的儿子; near kb-zh-records_billing-001", "病历复印一页收多少钱？"),
    ("missing_detail", None, "马来西亚怡保广东人; near kb-zh-visiting-006", "请护工一天要多少钱？"),
    ("missing_detail", None, "辽宁铁岭农村妇女; near kb-zh-visiting-001", "普通病房下午探视是几点到几点？"),
    ("missing_detail", None, "甘肃定西农村来的大儿子; near kb-zh-visiting-004", "ICU每天具体几点能进去探视？"),
    ("missing_detail", None, "新加坡华人安娣; near kb-zh-medications-011", "门诊药房晚上几点关门？"),
    ("missing_detail", None, "陕西商洛跑运输的司机; near kb-zh-visiting-007", "医院营养食堂订餐电话是多少？"),
    ("missing_detail", None, "青海海东拉面馆跑堂; near kb-zh-records_billing-001", "病案室在几号楼几楼？"),
    ("missing_detail", None, "马来西亚古晋华人; near kb-zh-appointments-009", "坐地铁到你们医院在哪个站、哪个出口下？"),
    ("missing_detail", None, "宁夏中卫枸杞地里的老汉; near kb-zh-procedures-003", "日间手术中心的电话是多少？"),
    ("missing_detail", None, "新疆哈密开馕坑的老板; near kb-zh-visiting-010", "病房里WiFi密码是啥？"),
    ("missing_detail", None, "黑龙江鸡西农村的儿子; near kb-zh-records_billing-006", "慢特病备案交上去以后多少天能批下来？"),
    ("missing_detail", None, "辽宁葫芦岛渔村的姥姥; near kb-zh-appointments-002", "爽约几次就会被限制在网上挂号？"),
    ("missing_detail", None, "甘肃陇南种花椒的; near kb-zh-test_preparation-008", "做无痛胃镜，麻醉那部分要多交多少钱？"),
    ("missing_detail", None, "陕西铜川年轻妈妈; near kb-zh-test_preparation-002", "你们给的肠道清洁剂叫啥名字？"),
    ("missing_detail", None, "吉林松原农村炸麻花的媳妇; near kb-zh-procedures-001", "做白内障日间手术大概一共花多少钱？"),
    ("missing_detail", None, "香港觀塘湊孫婆婆（粵語）; near kb-zh-records_billing-012", "出院退返預交金，幾多日先會入返戶口？"),
    ("missing_detail", None, "香港深水埗老街坊（粵語）; near kb-zh-appointments-001",
     "皮膚科禮拜二邊位專家出診？叫咩名？"),
    ("missing_detail", None, "香港油麻地八十歲老伯（粵語）; near kb-zh-appointments-007",
     "借輪椅要俾幾多按金？"),
    ("missing_detail", None, "香港九龍城老一輩女兒（粵語）; near kb-zh-appointments-008",
     "手語義工係禮拜幾先有？"),
    ("missing_detail", None, "台灣南投竹山退休竹編師傅（繁體）; near kb-zh-records_billing-010", "影像光碟燒一片要多少錢？"),
    ("missing_detail", None, "香港土瓜灣舊區老伯（粵語）; near kb-zh-medications-009", "藥學諮詢門診喺幾樓？"),
    ("missing_detail", None, "香港北角老太太（粵語）; near kb-zh-visiting-001", "病房夜晚幾點熄燈？"),
    ("missing_detail", None, "台灣萬丹紅豆農的太太（繁體）; near kb-zh-records_billing-007",
     "辦好異地就醫備案以後，門診能報銷百分之多少？"),
    ("missing_detail", None, "香港大埔圍村老太太（粵語）; near kb-zh-appointments-002",
     "爽約之後俾人限制網上預約，要限幾耐？"),
    ("missing_detail", None, "台灣新竹市場豬肉攤老闆娘（繁體）; near kb-zh-medications-001",
     "長期處方一次最多可以開幾種藥？"),
    ("missing_detail", None, "香港西環八十歲老伯（粵語）; near kb-zh-appointments-004",
     "門診自助機擺喺幾樓？"),
    ("missing_detail", None, "台灣鹿港做光療指甲的阿姨（繁體）; near kb-zh-test_preparation-008",
     "現在預約無痛胃鏡，大概要排幾個禮拜才排得到？"),
    # ---------------- off_topic (10)
    ("off_topic", None, "陕西咸阳的小伙子", "想去献血，你们医院能献不？要预约吗？"),
    ("off_topic", None, "马来西亚沙巴华人妹妹", "你们医院现在有招护士吗？怎么投简历？"),
    ("off_topic", None, "辽宁铁岭农村妇女", "闺女想打HPV疫苗，在你们这咋约？"),
    ("off_topic", None, "甘肃武威拉货的司机", "家里狗偷吃了半块巧克力，咋整？"),
    ("off_topic", None, "新加坡德士司机", "我头发越来越少，你们医院植发大概多少钱？"),
    ("off_topic", None, "吉林辽源赶早班车的大姐", "儿媳妇快生了，你们能推荐个好点的月子中心不？"),
    ("off_topic", None, "台灣新竹科技廠工程師的媽媽（繁體）", "針灸減肥真的有用嗎？一個療程可以瘦幾公斤？"),
    ("off_topic", None, "香港深水埗老街坊（粵語）", "冬蟲夏草點樣食先補？"),
    ("off_topic", None, "香港大埔圍村老太太（粵語）", "種一隻牙要幾多錢？"),
    ("off_topic", None, "台灣高雄美濃客家年輕人（繁體）", "你們有做雙眼皮手術嗎？恢復期多久？"),
]

PLAN = {"plain": 10, "context": 20, "lay": 18, "two_part": 12, "missing_detail": 30, "off_topic": 10}
ANSWERABLE = {"plain", "context", "lay", "two_part"}


def load_ids(name):
    ids = set()
    with open(os.path.join(KB, name), encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if line:
                ids.add(json.loads(line)["id"])
    return ids


def has_traditional_marker(text):
    marks = set("醫藥號們麼這裡個嗎嘢咗啲睇唔係點過時間開電診檢會幾錢燒針療減體")
    return any(ch in marks for ch in text)


def build(lang, rows, kb_ids):
    assert len(rows) == 100, (lang, len(rows))
    counts = {}
    gold_use = {}
    seen_q = set()
    for kind, gold, voice, q in rows:
        counts[kind] = counts.get(kind, 0) + 1
        assert q not in seen_q, q
        seen_q.add(q)
        if kind in ANSWERABLE:
            assert gold in kb_ids, gold
            assert gold.startswith("kb-%s-" % lang), gold
            gold_use[gold] = gold_use.get(gold, 0) + 1
        else:
            assert gold is None
        if kind == "missing_detail":
            near = voice.rsplit("; near ", 1)
            assert len(near) == 2 and near[1] in kb_ids, voice
    assert counts == PLAN, (lang, counts)
    assert max(gold_use.values()) <= 2
    order = list(range(len(rows)))
    random.Random(SEED + (0 if lang == "en" else 1)).shuffle(order)
    out = []
    for n, i in enumerate(order, 1):
        kind, gold, voice, q = rows[i]
        out.append({
            "answerable": kind in ANSWERABLE,
            "gold": [gold] if gold else [],
            "id": "r22-%s-%03d" % (lang, n),
            "kind": kind,
            "language": lang,
            "question": q,
            "voice": voice,
        })
    return out


def main():
    en_ids = load_ids("passages_en.jsonl")
    zh_ids = load_ids("passages_zh.jsonl")
    rows = build("en", EN, en_ids) + build("zh", ZH, zh_ids)
    assert len(rows) == 200
    assert sum(r["answerable"] for r in rows) == 120
    trad = sum(1 for r in rows if r["language"] == "zh" and has_traditional_marker(r["question"]))
    assert trad == 30, trad
    path = os.path.join(HERE, "questions.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
    print("wrote %d rows to %s (zh traditional-script rows: %d)" % (len(rows), path, trad))


if __name__ == "__main__":
    main()
