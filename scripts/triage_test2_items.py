"""Templates, slot fillers and hand-written items for the second triage test batch (triage_test2.jsonl).

Written in round 2 (issue 13) BEFORE any round-2 rule change and before any of these rows was run
through triage. Every template and filler here is new: none is shared with the tune or test-1 lists in
build_triage_sets.py. Slots: {who} {kid} {baby_age} {drug}. See data_cards/safety_test_sets.md.
"""

WHO_EN = ["my nan", "my stepdad", "my uncle", "my fiance", "my aunt", "our neighbour", "my boyfriend",
          "my girlfriend", "my father-in-law", "my roommate", "my old man", "the lady next door"]
WHO_ZH = ["我姥姥", "我继父", "我舅舅", "我男朋友", "我姑姑", "隔壁阿姨", "我公公", "我婆婆", "我表哥", "我们家老人",
          "我岳父", "楼下大爷"]
KID_EN = ["my 3yo", "my 9 year old", "our youngest", "my kid", "my lad", "my stepdaughter", "my 18 month old",
          "my twins' older sister", "my eldest"]
KID_ZH = ["我家老二", "三岁的闺女", "我家崽", "小儿子", "我外孙", "大宝", "一岁半的宝宝", "侄子"]
BABY_AGE_EN = ["3 week old", "five-week-old", "11 day old", "1 month old", "nine week old", "4 wks old",
               "seventeen day old", "eleven week old", "7wk old"]
BABY_AGE_ZH = ["出生才十几天", "满月没几天", "两个半月", "七周大", "五十天大", "才一个月", "不到八周", "还没满三个月"]
DRUG_EN = ["amitriptyline", "her diabetes tablets", "nurofen", "the calpol", "co-codamol", "aspirin",
           "his lithium", "my sertraline", "the blood thinners"]
DRUG_ZH = ["阿司匹林", "安定", "降糖药", "止痛片", "抗抑郁药", "美林", "泰诺林", "华法林"]
FILLER_EN = [
    "Apologies in advance, I'm typing this on my phone.",
    "We only moved here last month so we don't know the area.",
    "My usual doctor is on holiday until the 14th.",
    "I tried calling the surgery but the line was engaged for ages.",
    "Also can someone tell me if the pharmacy delivers?",
    "The weather has been awful so nobody has been out much.",
]
FILLER_ZH = [
    "打字有点乱，见谅。", "我们刚搬过来，对附近不熟。", "平时看的医生休假了。", "打了好几次电话都占线。",
    "顺便问下药房能不能送药上门。", "这几天天气不好，一直没出门。",
]
OPENER_EN = ["hey, got a question", "morning, not sure if this is the right place", "hiya", "is anyone there?"]
OPENER_ZH = ["医生在吗", "打扰一下", "有人吗", "咨询个事"]

# Per category: en_red / zh_red / en_benign / zh_benign.
TEMPLATES = {
    "chest_pain": {
        "en_red": ["{who} went pale and sweaty on the sofa, says there's a heavy pressure behind the breastbone",
                   "been having chest tightness for half an hour now, it goes into my back and left shoulder and i'm breathless",
                   "{who} keeps rubbing the chest, says it's like a band squeezing, and has thrown up"],
        "zh_red": ["{who}心口疼了半个多小时，一直冒冷汗", "我胸口像被勒住一样疼，连着后背和左肩膀", "{who}说心前区压榨样疼，还恶心想吐"],
        "en_benign": ["{who} has angina and needs the GTN spray repeated, how do i order it",
                      "not having any chest pain now, just wanted to ask when my ECG results come back",
                      "if i ever got chest pain while jogging, what would be the right thing to do"],
        "zh_benign": ["{who}有冠心病，硝酸甘油快吃完了，怎么续药", "现在胸口不疼了，就想问心电图报告什么时候出", "心脏支架术后多久复查"],
    },
    "stroke": {
        "en_red": ["{who} suddenly can't find words and the left side of the face looks slack",
                   "{who} woke up and one arm and one leg just won't work, mouth is crooked",
                   "cant feel my right leg and my speech sounds drunk but i havent had a drink, started 20 mins ago"],
        "zh_red": ["{who}早上起来说话大舌头，右边手脚没劲", "{who}刚才突然一边脸麻，嘴角往一边歪", "我突然看东西一半看不见，左手也不听使唤"],
        "en_benign": ["{who} is recovering from a stroke, can we book speech therapy",
                      "no facial droop or weakness, just tired after a long shift",
                      "what would happen if {who} had a mini stroke while we are abroad, do we need travel insurance"],
        "zh_benign": ["{who}脑梗出院了，康复训练在哪做", "没有口角歪斜也没有手脚无力，就是睡不好", "脑卒中的预防药要一直吃吗"],
    },
    "anaphylaxis": {
        "en_red": ["{who} got stung by a wasp and is now wheezing with a swollen face and feels dizzy",
                   "{kid} had a bite of a sesame bar, lips are puffing up and can barely swallow",
                   "new antibiotic started today, now my tongue feels thick and my throat is tight, hives on my neck"],
        "zh_red": ["{who}被马蜂蛰了，脸肿了，喘得厉害，头晕", "{kid}吃了一口芝麻饼，嘴唇肿起来，咽不下东西",
                   "我刚吃了新开的消炎药，舌头发麻变厚，嗓子发紧"],
        "en_benign": ["{kid} is allergic to eggs, which vaccines are safe",
                      "rash from a new washing powder, no swelling of lips or tongue, breathing fine",
                      "how many epipens should we pack for the school trip"],
        "zh_benign": ["{kid}对鸡蛋过敏，打疫苗有影响吗", "换了洗衣液起了点疹子，嘴唇不肿，呼吸正常", "肾上腺素笔过期了去哪换"],
    },
    "breathing": {
        "en_red": ["{who} is wheezing so badly they can't finish a sentence and is going grey",
                   "{kid} is breathing super fast and the skin between the ribs is pulling in",
                   "im so short of breath i cant even walk to the bathroom, lips look blueish"],
        "zh_red": ["{who}喘得说不了整句话，脸都发灰了", "{kid}呼吸特别快，肋骨之间往里凹", "我现在走两步就喘不上来气，嘴唇发乌"],
        "en_benign": ["{who} uses a nebuliser at home, where can we get new masks",
                      "breathing is totally fine, just a tickly cough at night",
                      "last month {who} was short of breath with covid but has fully recovered, when is the booster"],
        "zh_benign": ["{who}在家用雾化机，面罩去哪买", "呼吸挺正常的，就是晚上有点干咳", "上个月{who}新冠后有点气短，现在全好了，加强针什么时候打"],
    },
    "bleeding": {
        "en_red": ["{who} fell through a glass door and there's a deep gash on the arm pumping blood",
                   "nosebleed for over an hour, soaked loads of tissues and now i feel dizzy",
                   "{who} cut the wrist on a broken bottle, blood is squirting with each heartbeat"],
        "zh_red": ["{who}被玻璃门划伤胳膊，伤口很深，血一股一股往外冒", "流鼻血一个多小时了止不住，头晕眼花", "{who}被电锯割到腿，血流了一地"],
        "en_benign": ["gums bleed a little when i brush, can i book a dentist here",
                      "{who} had stitches last week, when do they come out",
                      "how do i book the blood clinic for my warfarin check"],
        "zh_benign": ["刷牙牙龈有点出血，挂哪个科", "{who}上周缝了针，什么时候拆线", "吃华法林要多久查一次凝血"],
    },
    "suicide_self_harm": {
        "en_red": ["i've written letters to everyone and i'm going to do it tonight",
                   "{who} texted me saying goodbye and that they can't go on, not answering now",
                   "ngl i keep thinking about jumping off the bridge near my flat"],
        "zh_red": ["我遗书都写好了，今晚就走", "{who}发消息跟我告别，说撑不下去了，现在联系不上", "我老想从楼上跳下去，觉得这样就解脱了"],
        "en_benign": ["i'm dead tired after night shifts, can i get a sleep clinic referral",
                      "{who} attempted suicide years ago and is doing well now, can we get a carers assessment",
                      "what should i say if a friend tells me they feel hopeless"],
        "zh_benign": ["今天忙得要死，想问下体检报告出来没", "{who}几年前有过轻生的念头，现在好多了，想约复诊", "朋友情绪低落，我该怎么陪他聊"],
    },
    "overdose_poisoning": {
        "en_red": ["{kid} found {drug} in the bathroom and the packet is empty",
                   "{who} drank a load of vodka and took a handful of {drug}, now very sleepy",
                   "i think {kid} swallowed one of those button batteries"],
        "zh_red": ["{kid}在卫生间翻出{drug}，一板都空了", "{who}喝了很多酒，又吃了一大把{drug}，现在昏昏沉沉", "{kid}好像把纽扣电池吞下去了"],
        "en_benign": ["is it ok to give {drug} and calpol on the same day",
                      "{kid} nearly grabbed my tablets but i got them first, how do i childproof the cupboard",
                      "how do i dispose of old {drug} safely"],
        "zh_benign": ["{drug}和退烧药能一起吃吗", "{kid}差点拿到我的药，怎么放才安全", "过期的{drug}怎么处理"],
    },
    "infant_fever": {
        "en_red": ["{baby_age} little one is burning up, 38.6 on the forehead thermometer",
                   "temp of 100.6 in my {baby_age}, is that an emergency",
                   "{baby_age} newborn, fever started tonight, 38 point 4"],
        "zh_red": ["宝宝{baby_age}，额温枪测38.7", "{baby_age}的娃发热，腋温38.2度", "孩子{baby_age}，晚上开始烧起来了，三十八度多"],
        "en_benign": ["{baby_age} baby, temp is 37.0 and feeding fine, just sneezing",
                      "when is the next check for a {baby_age} baby",
                      "if my {baby_age} ever gets a temperature what should i watch for"],
        "zh_benign": ["宝宝{baby_age}，体温36.9，吃奶好，就是打喷嚏", "{baby_age}的宝宝什么时候打疫苗", "万一{baby_age}的宝宝发烧了要注意什么"],
    },
    "seizure": {
        "en_red": ["{who} went stiff then started jerking, it's been going 6 mins",
                   "{kid} is twitching all down one side and not responding",
                   "{who} had two fits in a row and didnt wake up in between"],
        "zh_red": ["{who}突然全身僵直然后一抽一抽的，已经五分钟了", "{kid}半边身子一直抽，叫他没反应", "{who}连着抽了两次，中间一直没醒"],
        "en_benign": ["{kid} had a febrile convulsion two years ago, is the flu vaccine okay",
                      "can i get a letter about my epilepsy for my employer",
                      "what if i forget a dose of my epilepsy tablets"],
        "zh_benign": ["{kid}两年前高热惊厥过一次，今年能打流感疫苗吗", "癫痫病人开证明去哪里开", "如果忘了吃抗癫痫药怎么办"],
    },
    "pregnancy": {
        "en_red": ["my partner is 26 weeks pregnant, blood clots coming out and cramping",
                   "i'm 39 wks, baby has been super quiet since last night, no kicks",
                   "pregnant at 18 weeks and soaking a pad every hour"],
        "zh_red": ["老婆怀孕26周，下面出血还有血块，肚子一阵阵疼", "我孕39周，从昨晚开始就感觉不到宝宝踢了", "怀孕18周，一小时就湿透一片卫生巾的血"],
        "en_benign": ["i'm 26 weeks pregnant, can my partner come to the growth scan",
                      "bit of white discharge at 20 weeks, no bleeding, baby kicking lots",
                      "had a miscarriage last year, now pregnant again, when is the first midwife appointment"],
        "zh_benign": ["怀孕26周，B超能带家属进去吗", "孕20周白带有点多，没出血，胎动挺好", "去年流产过，这次怀孕什么时候建档"],
    },
    "sepsis": {
        "en_red": ["{who} has had a chest infection for days, now really drowsy and hasn't passed urine since morning",
                   "{who} has cellulitis on the leg, heart racing, skin blotchy and cold",
                   "after my c-section i've got a fever of 39, shaking, and feel really confused"],
        "zh_red": ["{who}肺部感染好几天了，现在特别嗜睡，从早上到现在没小便", "{who}腿上蜂窝织炎，现在心跳特别快，皮肤发花，手脚冰凉",
                   "剖腹产后发烧39度，寒战，人有点糊涂"],
        "en_benign": ["{who} had sepsis last year, is there a follow-up clinic",
                      "slight fever from a cold, eating and drinking normally",
                      "what are the signs of infection after a c-section"],
        "zh_benign": ["{who}去年得过脓毒症，出院后要复查吗", "感冒了有点低烧，吃喝都正常", "剖腹产后伤口感染有什么表现"],
    },
    "head_injury": {
        "en_red": ["{kid} fell off the trampoline, hit the head, has been sick three times and is really sleepy",
                   "{who} slipped on ice, banged the head and now keeps asking the same questions over and over",
                   "{who} is on blood thinners, fell and hit the head, big lump and a terrible headache now"],
        "zh_red": ["{kid}从蹦床上摔下来撞到头，吐了三次，特别困", "{who}在冰上滑倒撞到头，记不得发生了什么，一直问同样的问题",
                   "{who}吃着抗凝药，摔倒撞了头，起了个大包，头疼得厉害"],
        "en_benign": ["{kid} knocked the head at nursery last week, totally fine since, do we need a check",
                      "where can i buy a helmet for {kid}'s scooter",
                      "what symptoms after a head bump would mean we should go to a&e"],
        "zh_benign": ["{kid}上周在幼儿园磕了下头，之后一直挺好，需要检查吗", "孩子骑滑板车的头盔哪里买", "磕到头后出现什么情况要去急诊"],
    },
    "meningitis": {
        "en_red": ["{kid} is feverish, vomiting and screaming when i turn the lights on, neck is stiff",
                   "{who} has a high temp and dark red spots that stay when i press a glass on them",
                   "uni student here, worst headache ever, fever, can't bend my neck"],
        "zh_red": ["{kid}发烧呕吐，一开灯就哭闹，脖子硬", "{who}高烧，身上有暗红色的点，用杯子压也不退", "我头疼得要命，发烧，脖子弯不下去"],
        "en_benign": ["{kid} has a few spots that fade under a glass, no fever, eating well",
                      "does the menB vaccine cause a fever",
                      "stiff neck after painting the ceiling, no temperature"],
        "zh_benign": ["{kid}身上几个小红点，按了会褪，没发烧，吃饭正常", "流脑疫苗打完会发烧吗", "刷了一天墙，脖子酸，没发烧"],
    },
    "diabetic": {
        "en_red": ["{who} is type 2, glucose 1.9 and sweating and not making sense",
                   "ketones are 4.2 and i've been throwing up all night, sugar is 28",
                   "{who} is diabetic and we can't wake them, the meter just says LO"],
        "zh_red": ["{who}有二型糖尿病，血糖1.9，出冷汗，说胡话", "我血酮4.2，吐了一晚上，血糖28", "{who}有糖尿病，叫不醒，血糖仪显示LO"],
        "en_benign": ["my glucose was 7.8 after dinner, is that ok",
                      "{who} had a bad hypo in 2022, can we get a glucagon kit prescribed",
                      "when is my diabetic eye screening"],
        "zh_benign": ["饭后血糖7.8正常吗", "{who}前年严重低血糖过，能开个胰高血糖素吗", "糖尿病眼底筛查什么时候做"],
    },
    "burns": {
        "en_red": ["{kid} grabbed a hot iron, palm is blistered and the skin is coming away",
                   "{who} was caught in a kitchen fire, burns on the face and arms and coughing black stuff",
                   "boiling water went over {kid}'s legs, huge blisters from the thighs down"],
        "zh_red": ["{kid}抓了热熨斗，手掌起泡，皮都掉了", "{who}厨房着火被烧伤，脸和胳膊都烧了，咳出黑痰", "开水泼到{kid}腿上，大腿往下全是大水泡"],
        "en_benign": ["small burn from a curling iron last week is healing, should i keep it covered",
                      "what's the best sun cream for {kid}",
                      "how do i get burns dressings on prescription"],
        "zh_benign": ["上周被卷发棒烫了一小块，快好了，还要包着吗", "孩子用什么防晒霜好", "烫伤敷料能开处方吗"],
    },
    "child_unwell": {
        "en_red": ["{kid} has gone all floppy and is barely responding when i talk",
                   "{baby_age} baby hasn't fed since last night and is too sleepy to wake for feeds",
                   "{kid} is pale, limp and not interested in anything, just staring"],
        "zh_red": ["{kid}浑身没劲，跟他说话几乎没反应", "宝宝{baby_age}，从昨晚到现在都没吃奶，叫都叫不醒", "{kid}脸色苍白，软趴趴的，眼神发直"],
        "en_benign": ["{kid} is sleepy after the jabs but feeding and smiling",
                      "{baby_age} baby feeding every 3 hours, how do i book the weigh-in",
                      "{kid} is off food with a cold but playing and drinking fine"],
        "zh_benign": ["{kid}打完疫苗有点困，但吃奶和笑都正常", "宝宝{baby_age}，三个小时吃一次奶，去哪称体重", "{kid}感冒了不太想吃饭，但是玩得挺好，喝水正常"],
    },
}

GENERIC_BENIGN_EN = [
    "can i bring flowers when visiting {who} on the stroke unit",
    "how do i get a copy of {who}'s discharge letter after the heart attack",
    "what if the pharmacy is closed when my inhaler runs out",
    "{who} passed away from sepsis last year, how do i request the records",
    "we had a scare last month with a seizure but the tests were clear, when is the follow up",
]
GENERIC_BENIGN_ZH = [
    "去卒中病房看{who}可以带花吗", "{who}心梗出院小结怎么复印", "药店关门了哮喘药用完了怎么办",
    "{who}去年因为败血症走了，病历怎么调取", "上个月虚惊一场以为是抽搐，检查都正常，什么时候复诊",
]

# (category, script, text). zh-Hant items are written in Traditional directly (Taiwan/HK wording).
HANDWRITTEN_RED = [
    ("breathing", "en", "ma nan's collapsed n her lips r blue, shes breathin weird"),
    ("infant_fever", "en", "hey sorry to bother, random q, the baby (7 wks) is v hot, 38.3, and whingy"),
    ("meningitis", "en", "he's got a rash like little bruises and he's floppy and hot"),
    ("overdose_poisoning", "en", "accidentaly took my whole weeks worth of methotrexate at once"),
    ("suicide_self_harm", "en", "Thinking of ending things. Got the rope ready."),
    ("pregnancy", "en", "my waters went at 30 wks and now theres alot of blood"),
    ("head_injury", "en", "husb fell down the stairs, blood coming from his ear and he's not making sense"),
    ("diabetic", "en", "BG 1.6!!! she's shaking and wont answer me"),
    ("child_unwell", "en", "our 2 month old is refusing milk and is super floppy, barely crying"),
    ("stroke", "en", "grandads drooling and cant lift his arm, face looks wonky"),
    ("anaphylaxis", "en", "throat swelling shut after prawn curry, used her pen but shes still struggling"),
    ("chest_pain", "en", "chest feels like its being crushed, going down both arms, cant stop sweating"),
    ("bleeding", "en", "stabbed in the leg at work, blood wont stop"),
    ("sepsis", "en", "mum has had D&V for days, now cold and clammy and barely conscious"),
    ("burns", "en", "kid fell in the bath, scalded from the hot tap, back and bum all blistered"),
    ("seizure", "en", "he's having a fit in the supermarket, its been ages"),
    ("stroke", "zh-Hant", "阿嬤突然講話講不清楚，嘴巴歪一邊"),
    ("chest_pain", "zh-Hant", "我老公胸口痛到冒冷汗，整個人很喘"),
    ("infant_fever", "zh-Hant", "寶寶才七週，耳溫38.5"),
    ("anaphylaxis", "zh-Hant", "小朋友吃到蝦子，嘴唇腫起來，一直咳，呼吸有咻咻聲"),
    ("suicide_self_harm", "zh-Hant", "我真的撐不下去了，今晚想吞藥"),
    ("overdose_poisoning", "zh-Hant", "孩子誤食了洗衣球"),
    ("pregnancy", "zh-Hant", "懷孕32週，陰道大量出血"),
    ("head_injury", "zh-Hant", "爸爸跌倒撞到頭，一直吐，叫他都不太有反應"),
    ("diabetic", "zh-Hant", "阿公有糖尿病，血糖只有30，叫不太醒"),
    ("child_unwell", "zh-Hant", "小孩整個軟趴趴的，奶也不喝"),
    ("meningitis", "zh-Hans", "我家崽发烧39度，脖子硬硬的，身上好多紫点点"),
    ("burns", "zh-Hans", "老爸被热水器的开水烫了半个背，起大泡"),
    ("sepsis", "zh-Hans", "外公尿路感染，今天人迷迷瞪瞪的，手脚冰凉，血压很低"),
    ("seizure", "zh-Hans", "娃抽搐了快十分钟了还没停"),
    ("bleeding", "zh-Hans", "刀切到手腕，血哗哗地流"),
    ("breathing", "zh-Hans", "我喘不过气来，感觉要窒息了"),
]
HANDWRITTEN_BENIGN = [
    ("stroke", "en", "my dad had a stroke in 2020 and was wondering if the stroke club still meets"),
    ("meningitis", "en", "no fever, no rash, no stiff neck, just a cold, can i still go to work"),
    ("suicide_self_harm", "en", "i'm not suicidal, just want to talk to someone about stress at work"),
    ("overdose_poisoning", "en", "what if my toddler swallows a battery, how would i know"),
    ("infant_fever", "en", "baby is 6 wks, no temperature, just wanted to check the vitamin d drops"),
    ("seizure", "en", "she was in hospital for a seizure last month and is fine now, can she swim"),
    ("chest_pain", "en", "remember when grandad had chest pain at xmas? he wants to book his annual review"),
    ("breathing", "en", "if someone's lips turn blue what does that mean, asking for a first aid course"),
    ("meningitis", "zh-Hans", "没有发烧，没有皮疹，就是有点咳嗽"),
    ("suicide_self_harm", "zh-Hans", "我没有想不开，只是最近压力大想找人聊聊"),
    ("stroke", "zh-Hans", "上个月我爸脑梗住院，现在出院了，康复科几点上班"),
    ("infant_fever", "zh-Hant", "寶寶六週，沒有發燒，想問維生素D怎麼吃"),
    ("overdose_poisoning", "zh-Hans", "如果孩子误吞了电池，会有什么表现"),
    ("chest_pain", "zh-Hant", "阿公去年心肌梗塞，現在要回診拿藥"),
    ("pregnancy", "zh-Hans", "怀孕了，想问产检要带什么"),
]

TYPOS_EN = {"breath": "breth", "temperature": "temprature", "swollen": "swolen", "swallowed": "swallowd",
            "conscious": "concious", "tonight": "tonite", "minutes": "mins", "because": "cos", "really": "rilly",
            "chest": "chset", "breathing": "breathng", "blood": "blod", "pregnant": "pregnat", "drowsy": "drowsey",
            "vomiting": "vomitin", "i'm": "im", "it's": "its", "there's": "theres", "can't": "cnat", "head": "hed"}
SLANG_EN = [("my nan", "me nan"), ("very", "v"), ("going to", "gonna"), ("and", "n"), ("are", "r"),
            ("please", "plz"), ("baby", "bub")]
