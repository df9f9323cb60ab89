"""Build the generated triage evaluation sets (tune/test split BY TEMPLATE) from templates x slot fillers.

    python3 scripts/build_triage_sets.py            # writes tests/data/safety/generated/triage_{tune,test,test2}.jsonl

Deterministic (seeded). Every row records its `template`; a template's rows all land in one split, so
test wordings never appear in tuning. Templates at odd positions in each list (and every hand-written
item) are TEST; even positions are TUNE. Traditional Chinese rows are Simplified renderings converted
with OpenCC (s2t), drawn with their own slot choices. See data_cards/safety_test_sets.md.

The second test batch (triage_test2.jsonl, round 2) comes from scripts/triage_test2_items.py: new
templates and fillers written before the round-2 rule changes, with its own seed, so building it leaves
the tune and test-1 files byte-identical. Its Traditional rows use OpenCC s2twp / s2hk (regional wording).
"""

import json
import random
import re
import sys
from pathlib import Path

import opencc

sys.path.insert(0, str(Path(__file__).resolve().parent))
import triage_test2_items as test2_items  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "tests" / "data" / "safety" / "generated"
SEED = 13

WHO_EN = ["my dad", "my mum", "my husband", "my wife", "my grandma", "my brother", "my flatmate", "my grandad",
          "my partner", "my mother in law"]
WHO_ZH = ["我爸", "我妈", "我老公", "我老婆", "我奶奶", "我哥", "我室友", "我爷爷", "我外婆", "我同事"]
KID_EN = ["my son", "my daughter", "my 4 year old", "my toddler", "my little boy", "my little girl", "my 7yo"]
KID_ZH = ["我儿子", "我女儿", "孩子", "我家小孩", "我家娃", "4岁的儿子", "小女儿"]
BABY_AGE_EN = ["6 week old", "2 wk old", "six weeks old", "one month old", "10 day old", "seven week old",
               "8 weeks old", "two month old"]
BABY_AGE_ZH = ["三个月不到", "刚满月", "才两个月", "出生二十天", "一个半月大", "才6周", "两个多月大", "刚出生十天"]
DRUG_EN = ["ibuprofen", "paracetamol", "tylenol", "his blood pressure pills", "her sleeping pills", "the iron tablets",
           "grandma's heart pills", "my antidepressants", "advil"]
DRUG_ZH = ["布洛芬", "对乙酰氨基酚", "安眠药", "降压药", "退烧药", "感冒药", "奶奶的心脏药", "铁剂"]
FILLER_EN = [
    "Sorry for the long message, I wasn't sure who else to ask.",
    "We have been meaning to sort out the repeat prescription this week anyway.",
    "The car is in the garage so getting anywhere is a pain.",
    "Our GP surgery is closed on Saturdays which is annoying.",
    "I also wanted to ask about changing my appointment next month.",
    "The kids are off school this week and everything is chaos.",
]
FILLER_ZH = [
    "不好意思打扰了，不知道该问谁。", "本来这周要去社区医院拿药的。", "家里最近事情特别多。",
    "我还想问一下下个月的复诊能不能改时间。", "周末门诊不开门，挺麻烦的。", "孩子这周放假在家。",
]
OPENER_EN = ["hi, can I ask something", "hello, quick question about my family", "hi there", "good evening"]
OPENER_ZH = ["你好，想咨询一下", "在吗", "医生你好", "请问一下"]

# Per category: en_red / zh_red / en_benign / zh_benign templates. Slots: {who} {kid} {baby_age} {drug}.
TEMPLATES = {
    "chest_pain": {
        "en_red": ["{who} has crushing pain in the middle of the chest and is sweating buckets",
                   "{who} says it feels like an elephant is sitting on the chest, pain going down the left arm",
                   "i have a tight squeezing pain in my chest that spreads to my jaw and i feel sick",
                   "{who} is clutching the chest, grey and clammy, says the pain is really bad",
                   "chest pain came on while shovelling snow and it won't go away, i feel faint"],
        "zh_red": ["{who}胸口剧烈疼痛，出了一身冷汗", "{who}说胸口像压了块大石头，左胳膊也疼", "我胸口闷痛得厉害，疼到下巴，还想吐",
                   "{who}捂着胸口说疼得受不了，脸色发白"],
        "en_benign": ["{who} had a heart attack last year, how do i book the cardiology follow up",
                      "no chest pain at all, just a runny nose for two days",
                      "what are the warning signs of a heart attack i should know about",
                      "can i bring a relative to my chest x-ray appointment"],
        "zh_benign": ["{who}去年得过心梗，现在想预约复查", "没有胸痛，就是有点咳嗽", "心梗的早期症状有哪些", "胸片检查需要空腹吗"],
    },
    "stroke": {
        "en_red": ["{who}'s face is drooping on one side and the speech is slurred",
                   "{who} suddenly can't lift the right arm and the words come out jumbled",
                   "my face feels numb on the left and my arm went weak all of a sudden",
                   "{who} is talking gibberish out of nowhere and one side of the mouth is droopy",
                   "half of {who}'s face has dropped and can't smile properly"],
        "zh_red": ["{who}突然嘴歪了，说话也说不清", "{who}左边胳膊突然抬不起来，口齿不清", "我突然半边身子发麻，手拿不住东西",
                   "{who}一侧脸耷拉下来，讲话含糊"],
        "en_benign": ["{who} had a stroke 3 years ago, can we get a home visit for physio",
                      "how can i lower my risk of stroke",
                      "visiting hours on the stroke ward please",
                      "my arm is a bit stiff after the gym, no weakness"],
        "zh_benign": ["{who}前年中风过，现在康复科怎么挂号", "怎么预防中风", "卒中病房探视时间是几点", "运动后胳膊有点酸"],
    },
    "anaphylaxis": {
        "en_red": ["{who} ate shrimp and now the throat is closing up",
                   "after the bee sting {who}'s lips and tongue are swelling and breathing is hard",
                   "i took penicillin and my face is swelling and i have hives everywhere and can't breathe properly",
                   "{who} had peanuts, the tongue is huge and the voice sounds strange and wheezy",
                   "we used the epipen on {who} after the nut reaction"],
        "zh_red": ["{who}吃了海鲜后喉咙发紧，喘不上气", "{who}被蜜蜂蜇了，嘴唇和舌头都肿起来了", "我打完青霉素全身起风团，呼吸困难",
                   "{who}吃了花生后脸肿了，嗓子像被堵住"],
        "en_benign": ["{who} has a peanut allergy, where can we get an allergy test",
                      "how do i store an epipen properly",
                      "mild hay fever, itchy eyes, no swelling",
                      "is there an allergy clinic on thursdays"],
        "zh_benign": ["{who}对花生过敏，想去过敏科做检测", "过敏性休克有哪些症状", "有点花粉过敏，眼睛痒", "肾上腺素笔怎么保存"],
    },
    "breathing": {
        "en_red": ["{who} can't catch a breath and the lips look blue",
                   "{who} is gasping and can only say a couple of words between breaths",
                   "i am struggling to breathe and my inhaler isn't helping at all",
                   "{who}'s breathing is really laboured and the ribs are sucking in",
                   "i cant get any air in, it's getting worse"],
        "zh_red": ["{who}喘不上气，嘴唇发紫", "{who}呼吸很困难，说话一句话都说不完整", "我憋得喘不过气，吸入剂也不管用",
                   "{who}上不来气，一直大口喘"],
        "en_benign": ["no shortness of breath, just a sore throat",
                      "how do i renew my asthma inhaler prescription",
                      "{who} had pneumonia last winter, when should we get the flu jab",
                      "is it normal to be a bit out of breath after running"],
        "zh_benign": ["没有呼吸困难，就是嗓子疼", "哮喘的药怎么续开", "{who}去年得过肺炎，今年要打流感疫苗吗", "跑步后喘是正常的吗"],
    },
    "bleeding": {
        "en_red": ["{who} cut the arm on glass and the blood is pouring out and won't stop",
                   "the bleeding won't stop even with pressure, it's been 20 minutes",
                   "i sliced my hand with a knife and it's spurting blood everywhere",
                   "{who} has blood soaking through two towels from a leg wound",
                   "deep cut on the thigh and it is gushing"],
        "zh_red": ["{who}手被玻璃割了，血一直流止不住", "{who}腿上的伤口大量出血，按都按不住", "我切菜切到手了，血往外喷",
                   "{who}头上破了个大口子，血流了很多"],
        "en_benign": ["small paper cut, stopped bleeding straight away",
                      "where do i go for a blood test",
                      "{who} had a nosebleed last week, it's fine now",
                      "how do i book a blood donation"],
        "zh_benign": ["手指划了个小口子，已经不流血了", "抽血检查需要预约吗", "{who}上周流过鼻血，现在好了", "献血前要注意什么"],
    },
    "suicide_self_harm": {
        "en_red": ["i don't want to be alive anymore", "{who} told me they want to end it all tonight",
                   "i have been cutting myself again and it's getting worse",
                   "everyone would be better off without me", "i've saved up pills and i'm thinking of taking them all"],
        "zh_red": ["我真的不想活了", "{who}说活着没意思，想一了百了", "我又开始割自己了", "我觉得我死了大家都会轻松"],
        "en_benign": ["i'm dying to see the new film",
                      "this commute is killing me lol",
                      "how do i refer a friend to counselling services",
                      "can you give me the number of a support group for carers"],
        "zh_benign": ["累死我了，今天加班到十点", "笑死我了", "心理咨询怎么预约", "有没有照顾老人家属的互助小组"],
    },
    "overdose_poisoning": {
        "en_red": ["{kid} swallowed a whole bottle of {drug}", "{who} took 30 of {drug} on purpose",
                   "{kid} got into the cupboard and drank bleach", "i accidentally took a double dose of my insulin and i'm shaky",
                   "{kid} ate some of {drug} from my handbag, not sure how many"],
        "zh_red": ["{kid}把一整瓶{drug}吃了", "{who}一下子吃了几十片{drug}", "{kid}误喝了消毒液", "{kid}偷吃了好几片{drug}"],
        "en_benign": ["what dose of {drug} should i give {kid}", "how much {drug} can i give a 20kg child",
                      "how should i store {drug} safely away from kids", "can i take {drug} with food"],
        "zh_benign": ["{kid}发烧了，{drug}吃几片", "{drug}的剂量是多少", "{drug}应该怎么保存", "{drug}饭前吃还是饭后吃"],
    },
    "infant_fever": {
        "en_red": ["my {baby_age} baby has a fever of 38.2", "{baby_age} baby feels really hot, thermometer says 100.9 F",
                   "our {baby_age} infant is running a temperature of 38.5 C", "newborn feels hot and has a fever since this morning",
                   "baby is {baby_age} and has had a temp of 101 all afternoon"],
        "zh_red": ["宝宝{baby_age}，发烧38度5", "我家宝宝{baby_age}，体温38.3度", "{baby_age}的宝宝发烧了，摸着很烫",
                   "宝宝{baby_age}，刚才量体温38度"],
        "en_benign": ["my {baby_age} baby's temperature is 36.8, is that normal",
                      "baby had a fever last year at 8 months, how do i book her jabs",
                      "what is a normal temperature for a {baby_age} baby",
                      "my 2 year old has a mild fever of 37.9 and is playing"],
        "zh_benign": ["宝宝{baby_age}，体温36.7度正常吗", "宝宝去年发过烧，现在想预约打疫苗", "婴儿正常体温是多少", "两岁孩子低烧37.6度还在玩"],
    },
    "seizure": {
        "en_red": ["{who} is having a seizure and won't stop shaking", "{kid} is fitting, eyes rolled back and jerking",
                   "{who} collapsed and is convulsing on the floor", "{kid} had a fit and still isn't waking up properly",
                   "{who} is shaking all over and foaming at the mouth"],
        "zh_red": ["{who}突然抽搐，口吐白沫", "{kid}高烧抽筋了，两眼上翻", "{who}倒在地上全身抽动", "{kid}抽风了，叫不醒"],
        "en_benign": ["{who} has epilepsy, how do we get the repeat prescription", "no seizures since last year, can i drive",
                      "what to do if someone has a seizure", "where is the epilepsy clinic"],
        "zh_benign": ["{who}有癫痫，药怎么续开", "去年抽过一次，之后没再发作", "癫痫发作时该怎么帮忙", "癫痫门诊在几楼"],
    },
    "pregnancy": {
        "en_red": ["i'm 30 weeks pregnant and bleeding heavily", "my wife is 20 weeks along and has bright red bleeding",
                   "38 weeks pregnant and the baby hasn't moved all day", "pregnant with twins and i have severe stomach pain and spotting",
                   "i am 34 weeks and i can't feel the baby moving since yesterday"],
        "zh_red": ["我怀孕30周了，突然出血很多", "老婆孕28周，今天一天都没有胎动", "怀孕20周，见红了，肚子疼",
                   "我孕36周，胎动明显减少了"],
        "en_benign": ["i'm 12 weeks pregnant, how do i book my scan", "no bleeding, just some nausea in the mornings",
                      "is it safe to fly when pregnant", "when will i start to feel the baby move"],
        "zh_benign": ["怀孕12周了，怎么预约B超", "没有出血，就是早上有点恶心", "孕期可以坐飞机吗", "一般怀孕多少周开始有胎动"],
    },
    "sepsis": {
        "en_red": ["{who} has a kidney infection and is now confused with mottled skin",
                   "after the surgery the wound is red and {who} is shivering uncontrollably and breathing fast",
                   "i'm on chemo and my temperature is 38.4", "{who} has pneumonia, is very drowsy, hasn't peed all day",
                   "{who} has a uti and now is not making sense and shaking with chills"],
        "zh_red": ["{who}尿路感染，现在神志不清，浑身发抖", "{who}术后伤口感染，寒战，心跳很快", "我在化疗，今天发烧38度6",
                   "{who}肺炎，迷糊了，一天没有尿"],
        "en_benign": ["what are the symptoms of sepsis", "{who} finished the antibiotics for a uti, all fine now",
                      "how do i change a wound dressing at home", "when is my next chemo appointment"],
        "zh_benign": ["败血症有哪些症状", "{who}尿路感染已经好了", "伤口换药怎么预约", "下次化疗是哪天"],
    },
    "head_injury": {
        "en_red": ["{kid} fell off the bunk bed onto the head and keeps vomiting",
                   "{who} hit the head on the car door and now seems confused",
                   "i banged my head hard and now i have double vision", "{who} was knocked out for a minute after a fall",
                   "{kid} bumped the head and is really drowsy"],
        "zh_red": ["{kid}从床上摔下来撞到头，一直吐", "{who}头撞到了，现在迷迷糊糊的", "我头被砸了一下，看东西重影",
                   "{kid}磕到头后一直想睡"],
        "en_benign": ["{kid} bumped the head yesterday, no vomiting, acting normal, do we need anything",
                      "how long after a concussion can i play football",
                      "do you sell bike helmets for kids", "head lice treatment for school kids"],
        "zh_benign": ["{kid}昨天碰了一下头，没吐，精神很好", "脑震荡多久可以运动", "儿童头盔怎么选", "孩子头上长虱子怎么办"],
    },
    "meningitis": {
        "en_red": ["{kid} has a fever and a rash that doesn't fade under a glass",
                   "{who} has a stiff neck, high fever and can't stand the light",
                   "i have a terrible headache, stiff neck and fever", "purple spots on {kid}'s legs and very hot",
                   "{kid} can't touch the chin to the chest and has a fever"],
        "zh_red": ["{kid}发烧，身上起了按压不褪色的紫色斑点", "{who}发高烧，脖子僵硬，怕光", "我发烧头痛，脖子硬得低不了头",
                   "{kid}发热，腿上有出血点"],
        "en_benign": ["is the meningitis vaccine free for students", "stiff neck from sleeping funny, no fever",
                      "what does a meningitis rash look like", "{kid} has a rash that fades when pressed and no fever"],
        "zh_benign": ["脑膜炎疫苗要自费吗", "落枕了脖子疼，没发烧", "脑膜炎的皮疹是什么样", "{kid}起的疹子按压会褪色，没发烧"],
    },
    "diabetic": {
        "en_red": ["{who} is diabetic and the sugar is 2.1 and now confused", "my blood sugar is 32 mmol and i'm vomiting",
                   "{who} is type 1, glucose is reading HI and breathing fast", "{who} had a hypo and is now unconscious",
                   "sugar dropped to 40 mg/dl and i'm shaking and sweating"],
        "zh_red": ["{who}有糖尿病，血糖2.5，人迷糊了", "我血糖测不出来，一直吐", "{who}血糖30多，意识不清", "{who}低血糖晕倒了"],
        "en_benign": ["my sugar was 6.2 this morning, is that okay", "how do i get more glucose test strips",
                      "{who} had a hypo last year, what snacks should we carry", "how do i store insulin when travelling"],
        "zh_benign": ["早上血糖6.1正常吗", "血糖试纸怎么开", "{who}去年低血糖过，平时要带什么零食", "胰岛素出门怎么保存"],
    },
    "burns": {
        "en_red": ["{kid} pulled a kettle of boiling water over and has blisters all over the chest",
                   "{who} burned the face with hot oil, skin is peeling", "i spilled drain cleaner on my hand and the skin is white",
                   "{who} got an electric shock and has burns on both hands", "big burn on {kid}'s arm from the bbq, skin is charred"],
        "zh_red": ["{kid}被开水烫伤，胸口一大片水泡", "{who}被热油烫到脸，脱皮了", "我手上沾了强碱，皮都白了",
                   "{kid}大面积烧伤，皮肤发黑"],
        "en_benign": ["i burned the toast again", "tiny burn on my finger from the oven, cooled it, fine now",
                      "how do i treat sunburn", "is aloe good for a minor burn"],
        "zh_benign": ["做饭时手指被烫了一下，冲了凉水没事了", "晒伤了怎么处理", "烫伤药膏在哪里买", "去年烫伤的疤怎么淡化"],
    },
    "child_unwell": {
        "en_red": ["{kid} is really floppy and won't wake up properly", "our {baby_age} baby is not feeding and very sleepy",
                   "{kid} is limp and not responding to us", "baby has refused every feed today and is listless",
                   "{kid} is just lying there, floppy like a rag doll"],
        "zh_red": ["{kid}浑身软绵绵的，叫不醒", "宝宝{baby_age}，一天不吃奶，没精神", "{kid}没反应，全身发软", "宝宝拒奶，哭声很弱"],
        "en_benign": ["{kid} is a fussy eater, any tips", "baby feeds well but spits up a little, is that normal",
                      "{kid} is tired after swimming lessons", "how do i book {kid}'s 2 year check"],
        "zh_benign": ["{kid}挑食怎么办", "宝宝吃奶很好，就是有点吐奶", "{kid}游泳课后很累，正常吗", "孩子体检怎么预约"],
    },
}

# Generic benign look-alikes (no category): appointments, visiting, logistics that name a condition.
GENERIC_BENIGN_EN = [
    "can i visit {who} on the cardiac ward this evening", "what are the visiting hours for intensive care",
    "how do i order a repeat prescription online", "i need a sick note for work after my flu",
    "where do i park for the maternity unit", "can i change my diabetes review to next week",
    "what if i get chest pain on the plane, should i pack aspirin",
    "last year i had a seizure, do i need to tell the dvla",
    "what if my baby gets a fever after the jabs",
]
GENERIC_BENIGN_ZH = [
    "心内科病房几点可以探视", "怎么在网上续开处方", "下周的糖尿病复查能改时间吗", "产科住院部在哪里停车",
    "如果打疫苗后宝宝发烧怎么办", "上次抽搐之后还能开车吗", "重症监护室能探视吗", "请个病假需要什么证明",
]

HANDWRITTEN_RED = [
    ("chest_pain", "en", "omg my chets is killing me and my left arm is numb, it started 10 mins ago"),
    ("stroke", "en", "dad's words are all mixed up since lunch and his right hand keeps dropping his cup"),
    ("breathing", "en", "my toddler is grunting with every breath and her lips are going a bit blue"),
    ("anaphylaxis", "en", "ate a cashew by mistake and my throat feels tight and itchy, voice is hoarse"),
    ("bleeding", "en", "chainsaw slipped, big gash on his leg, blood everywhere, pressing a towel on it"),
    ("suicide_self_harm", "en", "honestly i just want to go to sleep and never wake up"),
    ("overdose_poisoning", "en", "my 2 yr old chewed one of the dishwasher tablets"),
    ("infant_fever", "en", "5 wk old feels warm, 38.1 under the arm"),
    ("seizure", "en", "my brother is on the floor twitching and not answering me"),
    ("pregnancy", "en", "36 weeks and the baby's movements have really slowed down since this morning"),
    ("sepsis", "en", "mum had a UTI, now she's really confused, cold hands and breathing fast"),
    ("head_injury", "en", "he fell off the ladder, hit his head and threw up twice"),
    ("meningitis", "en", "son has a fever and these little purple dots on his tummy that dont go away"),
    ("diabetic", "en", "my type 1 daughter's meter says LO and she's very sleepy"),
    ("burns", "en", "grandpa's arm got scalded with boiling soup, big blisters and skin coming off"),
    ("child_unwell", "en", "baby is 3 weeks, won't take her bottle at all today and seems floppy"),
    ("chest_pain", "zh", "我爸说胸口很闷很痛，满头大汗"),
    ("stroke", "zh", "外婆突然说话含糊不清，右手没力气"),
    ("breathing", "zh", "孩子呼吸很急，肋骨下面凹进去，嘴唇发青"),
    ("anaphylaxis", "zh", "吃了芒果以后舌头肿了，喘气有点困难"),
    ("bleeding", "zh", "被刀划了很深的口子，血止不住"),
    ("suicide_self_harm", "zh", "我觉得活着太累了，想结束这一切"),
    ("overdose_poisoning", "zh", "孩子吃了一整瓶布洛芬"),
    ("infant_fever", "zh", "我的兩個月大的寶寶發燒了"),
    ("seizure", "zh", "老公突然倒地抽搐，叫不醒"),
    ("pregnancy", "zh", "孕32周，下面流了很多血"),
    ("sepsis", "zh", "妈妈术后发高烧，人糊涂了，手脚冰凉"),
    ("head_injury", "zh", "孩子从滑梯上摔下来磕到头，吐了两次"),
    ("meningitis", "zh", "宝宝发烧，脖子硬，身上有不褪色的紫点"),
    ("diabetic", "zh", "爷爷血糖低到2.0，满头冷汗说胡话"),
    ("burns", "zh", "孩子打翻了热汤，胳膊上一大片水泡"),
    ("child_unwell", "zh", "宝宝两个月，一整天没吃奶，软软的不动"),
]
HANDWRITTEN_BENIGN = [
    ("chest_pain", "en", "my husband had a heart attack in 2019, can he get a cardiology follow up"),
    ("overdose_poisoning", "en", "tell me the dose of ibuprofen for my 5 year old"),
    ("overdose_poisoning", "en", "how many mg of paracetamol is safe for an adult"),
    ("infant_fever", "en", "my 6 week old baby has no fever, temp 36.9, just a bit sniffly"),
    ("stroke", "en", "no weakness or slurred speech, just a mild tension headache"),
    ("suicide_self_harm", "en", "i used to self harm as a teenager, i'm doing much better now and want to thank my counsellor"),
    ("pregnancy", "en", "i'm pregnant, can i still take my allergy tablets"),
    ("breathing", "en", "what if my asthma gets worse on holiday"),
    ("seizure", "en", "what if he has another seizure at school, what should teachers do"),
    ("overdose_poisoning", "zh", "布洛芬一次吃几片"),
    ("overdose_poisoning", "zh", "告诉我孩子退烧药的剂量"),
    ("infant_fever", "zh", "宝宝一个月，体温36.8度，没有发烧"),
    ("chest_pain", "zh", "我没有胸痛，只是想问体检套餐"),
    ("stroke", "zh", "去年我爸中风了，现在想约康复门诊"),
    ("suicide_self_harm", "zh", "最近工作压力大，想找心理咨询师聊聊"),
    ("pregnancy", "zh", "怀孕了还能吃感冒药吗"),
    ("seizure", "zh", "上次抽搐是两年前，药还要继续吃吗"),
    ("sepsis", "zh", "上次感染住院，出院后要复查什么"),
]

_TYPOS = {"breathe": "breath", "breathing": "breathin", "chest": "chets", "bleeding": "bleading", "seizure": "siezure",
          "swallowed": "swalowed", "unconscious": "unconcious", "pregnant": "pregant", "fever": "feaver",
          "vomiting": "vomitting", "the": "teh", "really": "realy", "because": "becuase", "can't": "cant",
          "isn't": "isnt", "won't": "wont", "doesn't": "doesnt"}
_SLANG = [("really", "rly"), ("please", "pls"), ("you", "u"), ("my mum", "me mum"), ("tonight", "2nite")]


def _fill(template: str, rng: random.Random, lang: str) -> str:
    """Fill every {slot} of a template with a random choice for its language."""
    slots = {
        "who": WHO_ZH if lang == "zh" else WHO_EN, "kid": KID_ZH if lang == "zh" else KID_EN,
        "baby_age": BABY_AGE_ZH if lang == "zh" else BABY_AGE_EN, "drug": DRUG_ZH if lang == "zh" else DRUG_EN,
    }
    return re.sub(r"\{(\w+)\}", lambda m: rng.choice(slots[m.group(1)]), template)


def _roughen_en(text: str, rng: random.Random) -> str:
    """Typos, slang and casing of the kind people type on phones (no meaning change)."""
    words = text.split(" ")
    if rng.random() < 0.35:
        words = [_TYPOS.get(w, w) if rng.random() < 0.6 else w for w in words]
    text = " ".join(words)
    if rng.random() < 0.25:
        for plain, slang in _SLANG:
            text = re.sub(rf"\b{re.escape(plain)}\b", slang, text)
    if rng.random() < 0.3:
        text = text.capitalize() + rng.choice([".", "!!", " ?", "...", ""])
    return text


def _wrap(text: str, rng: random.Random, lang: str) -> dict:
    """Sometimes bury the message in a long one, or put it in a later turn; returns text= or turns=."""
    filler, opener = (FILLER_ZH, OPENER_ZH) if lang == "zh" else (FILLER_EN, OPENER_EN)
    joiner = "" if lang == "zh" else " "
    roll = rng.random()
    if roll < 0.15:
        before, after = rng.sample(filler, 2), rng.sample(filler, 1)
        return {"text": joiner.join(before + [text + ("。" if lang == "zh" else ".")] + after)}
    if roll < 0.30:
        return {"turns": [rng.choice(opener), text]}
    return {"text": text}


def build() -> list[dict]:
    """Every generated and hand-written row, with its split in row['split']."""
    rng = random.Random(SEED)
    to_traditional = opencc.OpenCC("s2t")
    rows: list[dict] = []

    def add(split, template_id, category, level, lang, script, source, message):
        rows.append({"id": f"{template_id}.{len([r for r in rows if r['template'] == template_id])}",
                     **message, "lang": lang, "script": script, "category": category, "level": level,
                     "template": template_id, "source": source, "split": split})

    for category, kinds in TEMPLATES.items():
        for kind, templates in kinds.items():
            lang = "zh" if kind.startswith("zh") else "en"
            level = "emergency" if kind.endswith("red") else "none"
            for index, template in enumerate(templates):
                split = "test" if index % 2 else "tune"
                template_id = f"{category}.{kind}.{index}"
                scripts = ["zh-Hans", "zh-Hant"] if lang == "zh" else ["en"]
                renders = 4 if lang == "en" else 3
                for script in scripts:
                    seen = set()
                    for _ in range(renders * 3):
                        if len(seen) >= renders:
                            break
                        text = _fill(template, rng, lang)
                        if lang == "en":
                            text = _roughen_en(text, rng)
                        if script == "zh-Hant":
                            text = to_traditional.convert(text)
                        if text in seen:
                            continue
                        seen.add(text)
                        message = _wrap(text, rng, lang)
                        if script == "zh-Hant" and "turns" in message:
                            message["turns"] = [to_traditional.convert(t) for t in message["turns"]]
                        elif script == "zh-Hant":
                            message["text"] = to_traditional.convert(message["text"])
                        add(split, template_id, category, level, lang, script, "template", message)
    for lang, templates in (("en", GENERIC_BENIGN_EN), ("zh", GENERIC_BENIGN_ZH)):
        for index, template in enumerate(templates):
            split = "test" if index % 2 else "tune"
            for script in (["zh-Hans", "zh-Hant"] if lang == "zh" else ["en"]):
                for _ in range(2):
                    text = _fill(template, rng, lang)
                    text = to_traditional.convert(text) if script == "zh-Hant" else text
                    add(split, f"generic.{lang}_benign.{index}", "none", "none", lang, script, "template", {"text": text})
    for items, level in ((HANDWRITTEN_RED, "emergency"), (HANDWRITTEN_BENIGN, "none")):
        for index, (category, lang, text) in enumerate(items):
            script = "en" if lang == "en" else ("zh-Hant" if to_traditional.convert(text) == text and text != _simplify(text) else "zh-Hans")
            add("test", f"hand.{level}.{index}", category, level, lang, script, "handwritten", {"text": text})
            if lang == "zh" and script == "zh-Hans":
                add("test", f"hand.{level}.{index}", category, level, lang, "zh-Hant", "handwritten",
                    {"text": to_traditional.convert(text)})
    # Drop exact duplicates (slot draws can coincide across templates); keep the first.
    unique, seen_texts = [], set()
    for row in rows:
        key = row.get("text") or " || ".join(row["turns"])
        if key not in seen_texts:
            seen_texts.add(key)
            unique.append(row)
    return unique


def _simplify(text: str) -> str:
    """Simplified form of a text (to tell whether a hand-written item is already Traditional)."""
    return opencc.OpenCC("t2s").convert(text)


SEED_TEST2 = 2613
_ZH_TYPOS = {"抽搐": "抽蓄", "呕吐": "呕土", "喘不上": "穿不上"}


def _roughen_en2(text: str, rng: random.Random) -> str:
    """Test-2 phone-style noise: its own typo and slang lists, dropped apostrophes, shouting."""
    words = text.split(" ")
    if rng.random() < 0.4:
        words = [test2_items.TYPOS_EN.get(w, w) if rng.random() < 0.5 else w for w in words]
    text = " ".join(words)
    if rng.random() < 0.3:
        for plain, slang in test2_items.SLANG_EN:
            text = re.sub(rf"\b{re.escape(plain)}\b", slang, text)
    roll = rng.random()
    if roll < 0.1:
        text = text.upper()
    elif roll < 0.3:
        text = text[:1].upper() + text[1:] + rng.choice(["!", "??", " pls help", " x", ""])
    return text


def _roughen_zh2(text: str, rng: random.Random) -> str:
    """Test-2 noise for Chinese: common homophone slips, spaces or nothing for commas, trailing marks."""
    if rng.random() < 0.3:
        for plain, slip in _ZH_TYPOS.items():
            text = text.replace(plain, slip)
    roll = rng.random()
    if roll < 0.2:
        text = text.replace("，", " ")
    elif roll < 0.3:
        text = text.replace("，", "")
    if rng.random() < 0.25:
        text += rng.choice(["！！", "怎么办", "谢谢", "？？"])
    return text


def _wrap2(text: str, rng: random.Random, lang: str) -> dict:
    """Bury the message among test-2 fillers, or put it in a later turn after an opener or a filler."""
    filler, opener = (test2_items.FILLER_ZH, test2_items.OPENER_ZH) if lang == "zh" else (test2_items.FILLER_EN, test2_items.OPENER_EN)
    joiner = "" if lang == "zh" else " "
    roll = rng.random()
    if roll < 0.15:
        before, after = rng.sample(filler, 1), rng.sample(filler, 2)
        return {"text": joiner.join(before + [text + ("。" if lang == "zh" else ".")] + after)}
    if roll < 0.25:
        return {"turns": [rng.choice(opener), text]}
    if roll < 0.32:
        return {"turns": [rng.choice(opener), rng.choice(filler), text]}
    return {"text": text}


def build_test2() -> list[dict]:
    """Rows of the second test batch (all TEST), from scripts/triage_test2_items.py, deduplicated."""
    rng = random.Random(SEED_TEST2)
    converters = [opencc.OpenCC("s2twp"), opencc.OpenCC("s2hk")]
    rows: list[dict] = []
    seen_texts: set[str] = set()

    def fill(template: str, lang: str) -> str:
        slots = {"who": test2_items.WHO_ZH if lang == "zh" else test2_items.WHO_EN,
                 "kid": test2_items.KID_ZH if lang == "zh" else test2_items.KID_EN,
                 "baby_age": test2_items.BABY_AGE_ZH if lang == "zh" else test2_items.BABY_AGE_EN,
                 "drug": test2_items.DRUG_ZH if lang == "zh" else test2_items.DRUG_EN}
        return re.sub(r"\{(\w+)\}", lambda m: rng.choice(slots[m.group(1)]), template)

    def add(template_id, category, level, lang, script, source, message):
        key = message.get("text") or " || ".join(message["turns"])
        if key in seen_texts:
            return False
        seen_texts.add(key)
        count = len([r for r in rows if r["template"] == template_id])
        rows.append({"id": f"{template_id}.{count}", **message, "lang": lang, "script": script, "category": category,
                     "level": level, "template": template_id, "source": source})
        return True

    def render(template_id, category, level, lang, template, renders):
        for script in (["zh-Hans", "zh-Hant"] if lang == "zh" else ["en"]):
            made = 0
            for _ in range(renders * 4):
                if made >= renders:
                    break
                text = fill(template, lang)
                text = _roughen_en2(text, rng) if lang == "en" else _roughen_zh2(text, rng)
                message = _wrap2(text, rng, lang)
                if script == "zh-Hant":
                    convert = rng.choice(converters).convert
                    message = ({"turns": [convert(t) for t in message["turns"]]} if "turns" in message
                               else {"text": convert(message["text"])})
                made += add(template_id, category, level, lang, script, "template", message)

    for category, kinds in test2_items.TEMPLATES.items():
        for kind, templates in kinds.items():
            lang = "zh" if kind.startswith("zh") else "en"
            level = "emergency" if kind.endswith("red") else "none"
            for index, template in enumerate(templates):
                render(f"t2.{category}.{kind}.{index}", category, level, lang, template, 3 if lang == "en" else 2)
    for lang, templates in (("en", test2_items.GENERIC_BENIGN_EN), ("zh", test2_items.GENERIC_BENIGN_ZH)):
        for index, template in enumerate(templates):
            render(f"t2.generic.{lang}_benign.{index}", "none", "none", lang, template, 2)
    to_traditional = opencc.OpenCC("s2twp")
    for hand, level in ((test2_items.HANDWRITTEN_RED, "emergency"), (test2_items.HANDWRITTEN_BENIGN, "none")):
        for index, (category, script, text) in enumerate(hand):
            lang = "en" if script == "en" else "zh"
            add(f"t2.hand.{level}.{index}", category, level, lang, script, "handwritten", {"text": text})
            if script == "zh-Hans":
                add(f"t2.hand.{level}.{index}", category, level, lang, "zh-Hant", "handwritten",
                    {"text": to_traditional.convert(text)})
    return rows


def _write(path: Path, rows: list[dict]) -> None:
    """Write rows as JSONL and print counts per level and script."""
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    red = sum(r["level"] == "emergency" for r in rows)
    scripts = {s: sum(r["script"] == s for r in rows) for s in ("en", "zh-Hans", "zh-Hant")}
    print(f"{path.relative_to(ROOT)}: {len(rows)} rows, {red} red-flag, {len(rows) - red} benign, {scripts}")


def main() -> None:
    """Write triage_tune.jsonl, triage_test.jsonl and triage_test2.jsonl and print counts."""
    rows = build()
    OUT.mkdir(parents=True, exist_ok=True)
    _write(OUT / "triage_test2.jsonl", build_test2())
    for split in ("tune", "test"):
        _write(OUT / f"triage_{split}.jsonl", [{k: v for k, v in r.items() if k != "split"} for r in rows if r["split"] == split])


if __name__ == "__main__":
    main()
