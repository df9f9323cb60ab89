#!/usr/bin/env python3
"""Build blind grounded review set 35 (50 English + 50 Chinese reviewer questions).

Standard library only. All text is typed into this file by hand. The KB passage files are read
only to check that every gold id and every `; near` id exists.

    MEDQA_ROOT=/work/main python3 make_review35.py
"""
import hashlib
import json
import os
import random
from collections import Counter

SEED = 35
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.environ.get("MEDQA_ROOT", "/work/main")
KB_DIR = os.path.join(ROOT, "medqa", "assets", "kb")

# (kind, question, gold_id_or_None, voice)
EN = [
    # ---------------- plain (5) ----------------
    ("plain",
     "is interpreter free of charge? my mother speaks only finnish and she has appointment in cardiology in march",
     "kb-en-appointments-007",
     "Finnish family writing English (daughter for her mother)"),
    ("plain",
     "How long does the glucose tolerance test take, start to finish? Need to tell my supervisor at the car auction which shift to swap.",
     "kb-en-test_preparation-012",
     "car auction yard driver on early shifts"),
    ("plain",
     "are assistance dogs allowed inside the hospital? my partner has one",
     "kb-en-appointments-012",
     "glamping site owner"),
    ("plain",
     "Where do I take inhalers once they're used up? Someone at bridge said just put them in the bin.",
     "kb-en-medications-003",
     "duplicate bridge club player"),
    ("plain",
     "Can I get a copy of my own medical records electronically instead of on paper? Yes or no is fine.",
     "kb-en-records_billing-001",
     "local newspaper reporter; style: asks for a yes/no answer"),

    # ---------------- context (10) ----------------
    ("context",
     "Bit of background: I'm welfare officer for a roller derby league in Leeds (volunteer, not medical!). "
     "One of our skaters is booked in for day surgery on her wrist next Thursday. She lives on her own and her "
     "partner is away with work that week. Her plan is that a mate drops her home and then heads off. How long "
     "is somebody actually meant to stay with her afterwards?",
     "kb-en-procedures-004",
     "roller derby league volunteer, Leeds (welfare officer, for a skater)"),
    ("context",
     "we host overseas students through the local college and our current lad (17) has had a streaming cold since "
     "the weekend. he's miserable but eating ok. his mum abroad is worried and keeps messaging me. at what point "
     "should we actually get him seen by a doctor for a cold?",
     "kb-en-self_care-001",
     "homestay host writing for the overseas student staying with them"),
    ("context",
     "I'm the town crier here, so I spend my days shouting in a tricorn hat, and yet the thought of lying in that "
     "tunnel for my neck MRI has me in a cold sweat. My wife reckons she'd be allowed to sit in the room with me. "
     "Is that actually a thing?",
     "kb-en-test_preparation-006",
     "town crier"),
    ("context",
     "Hello, we are icelandic family living in England two years. Grandfather of my son is in hospital on the "
     "ward since one week. In my son's class there was chickenpox last week, my son is not sick. Can I bring him "
     "to visit grandfather? just yes or no please",
     "kb-en-visiting-002",
     "Icelandic family writing English (parent); style: asks for a yes/no answer"),
    ("context",
     "We run a glamping site and it's peak season so the timing couldn't be worse, but my colonoscopy is on "
     "Tuesday. I've got the bowel prep sachets ready. I have a really touchy stomach and I'm scared I'll throw it "
     "straight back up. If I'm sick after drinking it, or I can't get it all down, what am I supposed to do?",
     "kb-en-test_preparation-003",
     "glamping site owner"),
    ("context",
     "I do the early shift at a car auction, shunting motors round the yard from 6, so I'm not near a phone much. My fracture clinic follow up was apparently "
     "last wednesday - I never got any letter, only found out when I rang about something else. dont want to be "
     "kicked off the list. what do I do now?",
     "kb-en-appointments-003",
     "car auction yard driver on early shifts"),
    ("context",
     "One of the ladies from our bridge club, very sharp player but eighty-four, goes in for a new hip at the end "
     "of the month and will be staying a few nights. She's asked me to help her pack. Is she supposed to bring "
     "her own tablets in with her, or does the ward give her everything?",
     "kb-en-procedures-008",
     "duplicate bridge club player (for a club friend)"),
    ("context",
     "Before you ask, no, this isn't for a story, I'm writing as a son. My dad's in your intensive care unit and "
     "my sister is stuck in Australia. I'd like to take a picture of him on my phone to send her. Is that "
     "allowed in ICU?",
     "kb-en-visiting-005",
     "local newspaper reporter (writing as a son); style: 'before you ask' pre-empting a follow-up"),
    ("context",
     "My wife had our baby in october and she is breastfeeding. Now she must have CT scan with the dye in the "
     "vein next week, for her kidney. Does she have to tell someone at the scan that she is breastfeeding?",
     "kb-en-test_preparation-008",
     "Finnish family writing English (husband)"),
    ("context",
     "sooo my husband finallyyy has a date for his hernia op and the letter says nothing to eat from 6 hours "
     "before. he has milk in literally everything. does a milky coffee count as a drink or as food?? pleeease "
     "say drink",
     "kb-en-procedures-003",
     "glamping site owner (for her husband); style: stretched words for emphasis"),

    # ---------------- lay (9) ----------------
    ("lay",
     "getting the magnet tunnel thing on my knee friday. I've got a belly button bar in and my hair's full of "
     "grips from training. does all that have to come out first?",
     "kb-en-test_preparation-005",
     "roller derby league volunteer, Preston"),
    ("lay",
     "they're putting a camera down my throat to look in my belly next week. how long before do i have to stop "
     "eating? I'm up at 4 for work and usually have brekkie at 5",
     "kb-en-procedures-001",
     "car auction yard driver on early shifts"),
    ("lay",
     "I've got the test where they put a camera up your back passage in a fortnight. What am I meant to eat the "
     "few days before, and what should I lay off? I practically live on seeded bread and nuts.",
     "kb-en-test_preparation-004",
     "homestay host (for herself)"),
    ("lay",
     "I'm being kept in after a fall. My editor wants a note from the hospital to say I've been in here. Can the "
     "ward give me that before I go home or do I have to chase my GP for it?",
     "kb-en-records_billing-011",
     "local newspaper reporter"),
    ("lay",
     "I will have the picture with cold jelly on my belly to look at my liver. May I eat breakfast before it?",
     "kb-en-test_preparation-009",
     "Icelandic family writing English"),
    ("lay",
     "My husband passed in the spring and there's still a drawer full of his pills and potions. I don't want "
     "them in the house. Do they go in the bin, down the loo, or somewhere else?",
     "kb-en-medications-003",
     "duplicate bridge club player (widow)"),
    ("lay",
     "our coach is having the sleepy injection for a camera test on tuesday and she's planning to bike home "
     "after, it's only a mile. is that ok or nooo?",
     "kb-en-procedures-002",
     "roller derby league volunteer, Leeds (for the coach); style: stretched words for emphasis"),
    ("lay",
     "I got bill from hospital with only one big total sum. Can I ask for a paper that shows every single thing "
     "separate, what I paid for?",
     "kb-en-records_billing-007",
     "Finnish family writing English"),
    ("lay",
     "I'd like to set up one of those online accounts with the hospital so I can read my letters on the "
     "computer. What do I need to get started?",
     "kb-en-records_billing-002",
     "town crier"),

    # ---------------- two_part (6) ----------------
    ("two_part",
     "treasurer for a roller derby league in preston here. we're flying to a tournament in spain and one of our "
     "blockers is type 1. can she keep her insulin pens and needles in her hand luggage, and does she need some "
     "kind of letter from her doctor to take them?",
     "kb-en-medications-009",
     "roller derby league volunteer, Preston (treasurer, for a skater)"),
    ("two_part",
     "Before you ask, yes I know parking is limited, I park hundreds of cars a week at the auction yard, I know all about it. My wife is "
     "starting treatment that means coming in most days for six weeks. Is there cheaper parking for that, and "
     "who do I ask about it?",
     "kb-en-appointments-008",
     "car auction yard driver on early shifts (for his wife); style: 'before you ask'"),
    ("two_part",
     "My brother is on the ward after operation. Can I telephone the ward to ask how he is? And is there a time "
     "when I should not call?",
     "kb-en-visiting-007",
     "Icelandic family writing English"),
    ("two_part",
     "Hear ye... sorry, force of habit. My aunt's on one of your wards. Can I take her a bunch of flowers, and if "
     "not, would a big balloon be alright instead?",
     "kb-en-visiting-003",
     "town crier"),
    ("two_part",
     "Grabbed the urn at bridge club last night to pour the teas and scalded the back of my hand. How long "
     "should I have kept it under the cold tap, and should I pop the blister that's come up this morning?",
     "kb-en-self_care-005",
     "duplicate bridge club player"),
    ("two_part",
     "quiet season is sooo quiet and the bill from my op is due. if I can't pay it all by the date can I pay it "
     "in bits each month? and do I need to sort that out before it's due or is after ok",
     "kb-en-records_billing-009",
     "glamping site owner; style: stretched words for emphasis"),

    # ---------------- missing_detail (15) ----------------
    ("missing_detail",
     "What time does the hospital outpatient pharmacy shut on Saturdays?",
     None,
     "local newspaper reporter; near kb-en-medications-012"),
    ("missing_detail",
     "I move cars about all day so I'll ask it straight: how much per hour is it to park at the hospital? "
     "and does it go up after 6?",
     None,
     "car auction yard driver on early shifts; near kb-en-appointments-008"),
    ("missing_detail",
     "General ward visiting - what time does it start exactly? We think maybe 2 o'clock.",
     None,
     "Icelandic family writing English; near kb-en-visiting-001"),
    ("missing_detail",
     "how much is the deposit if I borrow one of the wheelchairs at the main entrance? need to know if I should "
     "bring cash",
     None,
     "glamping site owner; near kb-en-appointments-012"),
    ("missing_detail",
     "Our homestay student's travel insurer wants a written report from the hospital about her visit last "
     "month. How much do you charge for a report like that?",
     None,
     "homestay host writing for the overseas student staying with them; near kb-en-records_billing-011"),
    ("missing_detail",
     "Before you ask, I have read the privacy notice. It gives an email for the data protection officer but no "
     "name. Who actually is your data protection officer?",
     None,
     "local newspaper reporter; style: 'before you ask'; near kb-en-records_billing-012"),
    ("missing_detail",
     "whats the wifi password on the wards? one of our skaters has been in 3 days and she's burned through all "
     "her data",
     None,
     "roller derby league volunteer, Leeds; near kb-en-visiting-011"),
    ("missing_detail",
     "How many minutes is a video appointment usually? My husband must ask for free time from work.",
     None,
     "Finnish family writing English (wife); near kb-en-appointments-006"),
    ("missing_detail",
     "My daughter's due any day now and she'll be on your maternity ward. What are the visiting times there for "
     "her brother and me once the baby's arrived?",
     None,
     "town crier (father of the mother); near kb-en-visiting-009"),
    ("missing_detail",
     "how many appointments can you miss before they send you back to your GP? asking for a mate, honest",
     None,
     "car auction yard driver on early shifts; near kb-en-appointments-003"),
    ("missing_detail",
     "What's the actual telephone number for booking hospital transport? My bridge partner needs it for her "
     "husband and all we can find is 'through the switchboard'.",
     None,
     "duplicate bridge club player (for her bridge partner's husband); near kb-en-appointments-009"),
    ("missing_detail",
     "Where in the hospital is the chaplaincy room, which floor? We are Lutheran and my father is very ill on "
     "the ward.",
     None,
     "Finnish family writing English; near kb-en-visiting-008"),
    ("missing_detail",
     "How long is the waiting list for a hip replacement at your hospital at the moment? A chap at our club has "
     "only been told 'a while'.",
     None,
     "duplicate bridge club player; near kb-en-appointments-010"),
    ("missing_detail",
     "what's the income cut-off for the financial assistance thing? is it sooo low nobody gets it or is there a "
     "chance for us",
     None,
     "glamping site owner; style: stretched words for emphasis; near kb-en-records_billing-010"),
    ("missing_detail",
     "which floor is the endoscopy unit on? I'm dropping a skater off for her stomach camera and don't want to "
     "get lost",
     None,
     "roller derby league volunteer, Preston; near kb-en-procedures-001"),

    # ---------------- off_topic (5) ----------------
    ("off_topic",
     "is there a cash machine anywhere in the hospital? I never have any cash on me",
     None,
     "car auction yard driver on early shifts"),
    ("off_topic",
     "Can I give blood at your hospital? In Iceland I gave blood often. Yes or no is fine.",
     None,
     "Icelandic family writing English; style: asks for a yes/no answer"),
    ("off_topic",
     "Do you run first aid courses that a sports club could book? Our league needs a few more people trained "
     "before the season starts.",
     None,
     "roller derby league volunteer, Leeds"),
    ("off_topic",
     "Could we leave a stack of our weekly paper in the outpatient waiting areas for people to read? Who would I "
     "ask?",
     None,
     "local newspaper reporter"),
    ("off_topic",
     "Is the café by the main entrance open on Sundays? A few of us want to meet there after visiting.",
     None,
     "duplicate bridge club player"),
]

ZH = [
    # ---------------- plain (5) ----------------
    ("plain",
     "做肠镜前两三天，水果和青菜还能吃吗？",
     "kb-zh-test_preparation-002",
     "安徽池州（贵池）居民"),
    ("plain",
     "出院以后多长时间可以去复印住院病历？",
     "kb-zh-records_billing-001",
     "退休新华书店店员"),
    ("plain",
     "抽完血针眼儿得摁多大会儿？",
     "kb-zh-test_preparation-001",
     "吉林白城洮南居民"),
    ("plain",
     "請問醫院的App，一個帳號可以幫家裡其他人一起綁定嗎？",
     "kb-zh-records_billing-004",
     "台灣桃園龍潭家屬（台灣華語，繁體）"),
    ("plain",
     "睇急症使唔使預先約㗎？",
     "kb-zh-appointments-010",
     "香港太古城居民（粵語，繁體）"),

    # ---------------- context (10) ----------------
    ("context",
     "我在县城开了个刻章店，公章私章都刻，一天到晚离不开人。上个月在你们医院住院做了个小手术，出院的时候钱是结了，"
     "可当初交预交金的收据让我塞到哪儿去了找不着，那会儿交的是现金。现在多交的钱还没退，收据丢了还能办吗？要带啥？",
     "kb-zh-records_billing-012",
     "刻章店老板"),
    ("context",
     "我是开婚介所的，平时帮人牵线。店里有个来登记的姑娘跟我处得跟亲闺女似的，她一个人在这边上班，家里人都在外省。"
     "她下礼拜要做无痛胃镜，问我能不能一个人去做。我也说不准，帮她问问。",
     "kb-zh-test_preparation-008",
     "婚介所红娘（替店里的会员问）"),
    ("context",
     "我在气象站干了三十多年地面观测，每天定时读数记簿子，写记录是老本行。这回医生让我背那个24小时的心电图小盒子，"
     "还给了个记录本，我想问问这本子上具体该记些什么？",
     "kb-zh-test_preparation-010",
     "退休气象站观测员"),
    ("context",
     "我家老头子在你们医院住院呢，我天天从镇赉坐车去给他送饭。今天护士说他明天做手术，今晚开始就不让吃东西了。"
     "他饿得直嚷嚷，我寻思偷摸给他喝两口小米粥，能行吗？",
     "kb-zh-visiting-007",
     "吉林白城镇赉居民（替住院的丈夫问）"),
    ("context",
     "我阿媽喺你哋醫院住緊院，佢話病房啲水唔夠熱，又話想食自己煲嘅粥。我諗住帶個電熱水壺同埋細電飯煲入去俾佢用，"
     "咁樣得唔得㗎？",
     "kb-zh-visiting-010",
     "香港西灣河居民（粵語，繁體，替住院的母親問）"),
    ("context",
     "我爸在大溪老街那邊做豆干，上禮拜在你們醫院膝蓋開刀，已經出院了。出院小結寫兩個禮拜後回去拆線，"
     "可是他說拆線很簡單，叫我拿小剪刀幫他剪掉就好，省得跑一趟。這樣可以嗎？",
     "kb-zh-procedures-012",
     "台灣桃園大溪家屬（台灣華語，繁體，替父親問）"),
    ("context",
     "我们家是池州青阳的，医保也是在青阳交的。下个月要去你们医院住院开刀，跟我们不是一个市，听人说不办个什么备案就不能直接刷医保，"
     "是真的吗？要去哪儿办？",
     "kb-zh-records_billing-007",
     "安徽池州（青阳）居民"),
    ("context",
     "我在百货大楼站了三十年柜台，站出一身毛病，现在膝盖不行了，走远一点就疼。下礼拜去门诊复查，想在医院借个轮椅，"
     "到哪儿借？要押什么东西吗？",
     "kb-zh-appointments-007",
     "退休百货大楼售货员"),
    ("context",
     "我太太下禮拜要做增強CT，我們在楊梅埔心那邊開粄條店，她做完想馬上趕回去顧店。請問打顯影劑的那種檢查，"
     "做完可以直接走嗎？",
     "kb-zh-test_preparation-004",
     "台灣桃園楊梅家屬（台灣華語，繁體，替太太問）"),
    ("context",
     "我们大安这嘎达冬天老冷了。闺女放寒假回来就感冒了，鼻涕一把一把的，她自个儿从抽屉里翻出去年剩的半盒抗生素要吃，"
     "我说不行她嫌我管得宽。家里剩的抗生素到底能不能给她吃？",
     "kb-zh-medications-008",
     "吉林白城大安居民（替女儿问）"),

    # ---------------- lay (9) ----------------
    ("lay",
     "我在新华书店干了一辈子，退休了腰不好，医生让我去做那个躺进大圆筒里、咣咣响的检查。我嘴里有半口能取下来的牙，"
     "进去之前要拿下来吗？",
     "kb-zh-test_preparation-003",
     "退休新华书店店员"),
    ("lay",
     "我女儿要去照子宫，就是肚皮上抹凉凉的东西、拿个探头滑来滑去的那种检查。说要先喝水别去厕所，得喝多少水才够？",
     "kb-zh-test_preparation-007",
     "安徽铜陵居民（替女儿问）"),
    ("lay",
     "下楼梯踩空了，脚脖子扭了，肿得老高。先拿冻的东西冰着还是拿热毛巾捂？",
     "kb-zh-self_care-006",
     "吉林白城洮南居民"),
    ("lay",
     "我家小子一到冬天鼻子就淌血，我婆婆让他仰着脖子，我妈说要低头，到底哪个对？",
     "kb-zh-self_care-012",
     "婚介所红娘（替儿子问）"),
    ("lay",
     "退休以后家里攒了一抽屉药，好些都过了日子了。我想清一清，这些药是扔垃圾桶还是冲马桶？",
     "kb-zh-medications-004",
     "退休气象站观测员"),
    ("lay",
     "住院那几天花的钱，我想看看每一样是啥、各多少钱，不想只看个总数。在哪能看到？",
     "kb-zh-records_billing-005",
     "刻章店老板"),
    ("lay",
     "下個禮拜要做嗰個由口吞條管落去睇個胃嘅檢查，之前要幾多個鐘唔食嘢唔飲水？我平時朝早一定要飲杯奶茶。",
     "kb-zh-test_preparation-008",
     "香港鰂魚涌居民（粵語，繁體）"),
    ("lay",
     "我媽下週要做那個睡一覺起來就照完大腸的檢查，請問照完要等多久才可以吃東西？她很怕餓。",
     "kb-zh-procedures-010",
     "台灣桃園龍潭家屬（台灣華語，繁體，替母親問）"),
    ("lay",
     "中午炒辣椒，锅里的油崩到手背上，红了一片。放水龙头底下冲，要冲多长时间？",
     "kb-zh-self_care-005",
     "安徽池州（贵池）居民"),

    # ---------------- two_part (6) ----------------
    ("two_part",
     "我帮一个会员约了你们医院下礼拜三的号，结果那天人家要去见对象，来不了。最晚什么时候取消才行？取消了挂号费退不退？",
     "kb-zh-appointments-002",
     "婚介所红娘（替会员问）"),
    ("two_part",
     "我老豆入咗ICU，聽日想同我家姐一齊入去探佢。一次可以入幾多個人？入去之前要著啲咩？",
     "kb-zh-visiting-004",
     "香港杏花邨居民（粵語，繁體）"),
    ("two_part",
     "我先生剛開始打胰島素，藥局給了好幾支還沒開的。請問沒開過的要放冰箱嗎？可不可以放冷凍庫放比較久？",
     "kb-zh-medications-003",
     "台灣桃園大溪家屬（台灣華語，繁體，替丈夫問）"),
    ("two_part",
     "想挂心内科一个医生的号，App上早就约满了。有没有排队候补的法子？我要是直接上诊室门口等着，能给加个号不？",
     "kb-zh-appointments-011",
     "吉林白城洮南居民"),
    ("two_part",
     "我这刻章的，天天跟发票打交道。看病交完钱，电子发票上哪儿下载？要纸的能自己打印吗？",
     "kb-zh-records_billing-008",
     "刻章店老板"),
    ("two_part",
     "药盒上写“饭前服”，到底是饭前多长时间？还有写“一日三次”的，是不是非得跟着早中晚三顿饭吃？",
     "kb-zh-medications-006",
     "退休百货大楼售货员"),

    # ---------------- missing_detail (15) ----------------
    ("missing_detail",
     "开车去你们医院，停车场一个小时收多少钱？",
     None,
     "安徽铜陵居民; near kb-zh-appointments-009"),
    ("missing_detail",
     "复印住院病历一页收多少钱？寄到家里邮费大概多少？",
     None,
     "退休新华书店店员; near kb-zh-records_billing-001"),
    ("missing_detail",
     "住院要先交预交金，骨科一般得交多少？我好提前把钱准备出来。",
     None,
     "刻章店老板; near kb-zh-procedures-007"),
    ("missing_detail",
     "醫院請護工一日要幾多錢？我想搵人夜晚陪我老公。",
     None,
     "香港鰂魚涌居民（粵語，繁體）; near kb-zh-visiting-006"),
    ("missing_detail",
     "普通病房下午探视几点开始、几点结束？我坐客车过去，得掐好点儿。",
     None,
     "吉林白城镇赉居民; near kb-zh-visiting-001"),
    ("missing_detail",
     "專家門診的號是每天早上幾點開放預約？是八點整嗎？",
     None,
     "台灣桃園楊梅家屬（台灣華語，繁體）; near kb-zh-appointments-001"),
    ("missing_detail",
     "药学咨询门诊在门诊楼几楼？",
     None,
     "退休百货大楼售货员; near kb-zh-medications-009"),
    ("missing_detail",
     "爽约几次会被限制线上预约？一限制要限多长时间？",
     None,
     "婚介所红娘; near kb-zh-appointments-002"),
    ("missing_detail",
     "ICU每日幾點到幾點可以探病？",
     None,
     "香港太古城居民（粵語，繁體）; near kb-zh-visiting-004"),
    ("missing_detail",
     "做无痛胃镜，那个麻醉费要另外交多少钱？",
     None,
     "安徽池州（贵池）居民; near kb-zh-test_preparation-008"),
    ("missing_detail",
     "云影像在App里能存几年？过个五六年还能调出来看吗？",
     None,
     "退休气象站观测员; near kb-zh-records_billing-010"),
    ("missing_detail",
     "你们门诊药房那个过期药回收点在几号窗口？",
     None,
     "吉林白城洮南居民; near kb-zh-medications-004"),
    ("missing_detail",
     "长期处方一次最多能开几种药？",
     None,
     "退休新华书店店员; near kb-zh-medications-001"),
    ("missing_detail",
     "互聯網醫院線上複診，一次的掛號費要多少錢？",
     None,
     "台灣桃園大溪家屬（台灣華語，繁體）; near kb-zh-appointments-005"),
    ("missing_detail",
     "异地就医备案办完以后几天能生效？当天备案当天就能用吗？",
     None,
     "安徽池州（青阳）居民; near kb-zh-records_billing-007"),

    # ---------------- off_topic (5) ----------------
    ("off_topic",
     "陪家里人来住院，医院附近有没有便宜点的宾馆或者家属公寓？",
     None,
     "安徽铜陵居民"),
    ("off_topic",
     "你们医院能做婚前体检吗？我好多会员都问这个。",
     None,
     "婚介所红娘"),
    ("off_topic",
     "我家里存了好多旧书，想捐给医院给住院的病人看，医院收不收？",
     None,
     "退休新华书店店员"),
    ("off_topic",
     "你哋醫院有冇得捐血？",
     None,
     "香港西灣河居民（粵語，繁體）"),
    ("off_topic",
     "醫院附近有沒有素食的餐廳？我婆婆吃全素。",
     None,
     "台灣桃園龍潭家屬（台灣華語，繁體）"),
]

# Characters that occur only in Traditional script (each one's Simplified form is a different character).
TRAD_ONLY = set(
    "們個這來時會說過還醫號預約診門嗎聽開問點樣邊講買賣藥單報檢後麼讓給與覺張條護關係體車電話錢費結帳"
    "處術準備隨帶飲進應該線網讀書長發頭週禮幾鐘請綁幫裡媽壺細飯聯複掛寫顧測劑強餓廳麵凍庫島層樓灣鰂魚"
    "楊龍沒擔憂臺盤興諗"
)


def has_trad(s):
    return any(c in TRAD_ONLY for c in s)


KINDS = {"plain": 5, "context": 10, "lay": 9, "two_part": 6, "missing_detail": 15, "off_topic": 5}
ANSWERABLE = {"plain", "context", "lay", "two_part"}


def load_ids(lang):
    path = os.path.join(KB_DIR, "passages_%s.jsonl" % lang)
    ids = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line:
                ids.add(json.loads(line)["id"])
    return ids


def build(lang, items, kb_ids):
    assert len(items) == 50, (lang, len(items))
    counts = Counter(k for k, _, _, _ in items)
    assert dict(counts) == KINDS, (lang, counts)
    gold_use = Counter()
    for kind, q, gold, voice in items:
        assert kind in KINDS, kind
        assert q.strip() == q and q, q
        if kind in ANSWERABLE:
            assert gold is not None and gold.startswith("kb-%s-" % lang), (lang, q)
            assert gold in kb_ids, gold
            gold_use[gold] += 1
        else:
            assert gold is None, q
        if kind == "missing_detail":
            assert voice.count("; near ") == 1, voice
            near = voice.rsplit("; near ", 1)[1]
            assert near.startswith("kb-%s-" % lang) and near in kb_ids, near
            assert not near.endswith(" "), near
        else:
            assert "; near" not in voice and "near kb-" not in voice, voice
    assert sum(1 for k, _, _, _ in items if k in ANSWERABLE) == 30, lang
    assert max(gold_use.values()) <= 2, gold_use.most_common(3)
    rng = random.Random("%d-%s" % (SEED, lang))
    order = list(items)
    rng.shuffle(order)
    rows = []
    for i, (kind, q, gold, voice) in enumerate(order, 1):
        rows.append({
            "id": "r35-%s-%03d" % (lang, i),
            "language": lang,
            "question": q,
            "answerable": kind in ANSWERABLE,
            "gold": [gold] if gold else [],
            "kind": kind,
            "voice": voice,
        })
    return rows


def main():
    en_ids = load_ids("en")
    zh_ids = load_ids("zh")
    rows = build("en", EN, en_ids) + build("zh", ZH, zh_ids)
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)) == 100
    qs = [r["question"] for r in rows]
    assert len(qs) == len(set(qs)), "duplicate question"
    zh_rows = [r for r in rows if r["language"] == "zh"]
    n_trad = sum(1 for r in zh_rows if has_trad(r["question"]))
    assert 13 <= n_trad <= 17, n_trad
    for r in rows:
        if r["language"] == "en":
            assert not any("\u4e00" <= c <= "\u9fff" for c in r["question"]), r["id"]
        assert r["answerable"] == bool(r["gold"])
    out = os.path.join(HERE, "questions.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
    with open(out, "rb") as f:
        md5 = hashlib.md5(f.read()).hexdigest()
    print("wrote %s: %d rows (en %d, zh %d; zh Traditional %d) md5 %s"
          % (out, len(rows), len(rows) - len(zh_rows), len(zh_rows), n_trad, md5))


if __name__ == "__main__":
    main()
