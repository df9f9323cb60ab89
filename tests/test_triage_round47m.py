"""Round 47m (blind46 misses): emergencies read as none or urgent, in our own words, and look-alikes that stay calm.

Families: a fit that keeps coming back or will not stop (or a first-ever fit with confusion or a head injury); a child's
throat and collapse signs after a food bite; a young infant's fever with the age told before the child (两个月的女儿);
someone's heart tablets taken a week at a time with a slow pulse or dizziness; a generator or charcoal burnt in a closed
space with people ill; a scald blistering a large area; a toddler limp and dehydrated, or not staying awake with eyes
rolling.
"""
import pytest

from medqa.safety.triage import RedFlagTriage, _r47m_added

T = RedFlagTriage()

FIRES = [
    "my husband has epilepsy and he's had three seizures in the last hour, he's groggy between them",
    "She's epileptic, had 2 fits within half an hour and is not really coming round in between",
    "my son keeps having seizures one after another and doesn't wake up in between",
    '我爸有癫痫，半个小时内发作了两次，现在还迷迷糊糊的',
    '我媽有癲癇，一個小時內抽了三次，怎麼辦',
    '阿爺有羊癲瘋，一個鐘頭之內發作咗兩次，未醒又再抽',
    "my daughter has been fitting for seven minutes and it hasn't stopped",
    '我女儿抽了六分钟了还在抽',
    '佢抽咗成五分鐘都未停，點算',
    '我老婆抽搐已經八分鐘，一直停不下來',
    "my flatmate has never had a seizure before, he just had one and now he's confused and has a cut on his head from the fall",
    'first ever fit for my dad at lunch, he banged his head on the table and is still confused',
    '我同事从来没有抽过筋，今天第一次发作，之后很糊涂，还撞到头了',
    '我細佬從來冇發過羊吊，頭一次抽，之後成個人好混亂',
    "my 4 year old ate a bit of a peanut cookie and now he's hoarse, coughing and going pale and floppy",
    "toddler had a mouthful of hummus, she's clawing at her throat, wheezy and her lips are swelling",
    '我三岁的儿子咬了一口花生酥，一直咳，声音沙哑，抓着脖子，人开始发软',
    '我個女食咗一啖芝麻糕，一口之後咳到聲沙，抓住條頸，成個人冇晒力',
    '我女兒吃了一口腰果，聲音變啞，一直抓喉嚨，臉色發白',
    '我家两个月的儿子发烧38.4度，不太吃奶',
    '我們兩個月的寶寶燒到38.9，呼吸很快',
    '兩個月嘅bb女發燒38.6，好渴瞓',
    'my 2 month old daughter is 38.6 and much sleepier than usual',
    "my grandad mixed up his pills and took a week's worth of his heart tablets this morning, his pulse is really slow and he's dizzy",
    'she swallowed a whole week of her bisoprolol in one go by mistake and feels faint',
    '我奶奶把一个礼拜的降压药一次吃了，现在头晕，心跳很慢',
    '阿婆食錯藥，一次過食咗成個禮拜嘅心臟藥，而家好暈',
    '婆婆不小心一次吃了一週的心臟藥，脈搏很慢',
    "we've had the generator going in the garage with the door shut for hours and now my brother has a pounding headache and keeps throwing up",
    "my dad was running a petrol generator inside the shed, now he's confused and very drowsy",
    '我们在仓库里关着门开发电机几个小时了，大家都头痛想吐',
    '他們在帳篷裡燒炭取暖，現在有人頭暈嘔吐，叫不太醒',
    '屋企停電，喺車房關埋門開發電機，阿媽頭痛、嘔咗兩次',
    "my toddler pulled the kettle over, boiling water down his chest and tummy, it's blistering",
    "the bath water was way too hot and my daughter's legs and bum are blistered and red raw",
    '我儿子被开水烫到，两条腿都起了水泡',
    '個仔坐落太熱嘅沖涼水，屁股同大腿紅晒起水泡，洗澡水太燙',
    '我女兒被熱湯燙到，胸口和肚子一大片起水泡',
    "my 2 year old has been vomiting and had diarrhoea all day, now she's really floppy and hasn't had a wet nappy since this morning",
    'toddler listless with sunken eyes after two days of being sick',
    '我一岁半的女儿上吐下泻，现在软绵绵的，眼窝凹陷，尿很少',
    '個仔兩歲，嘔完又肚瀉，而家成個人軟晒，眼凹晒，冇尿',
    "my 10 month old can't stay awake and his eyes keep rolling back",
    '我十个月的儿子一直叫不醒，眼睛往上翻',
    '我個仔十四個月，叫唔醒，眼仔反白',
    'sorry long msg, we were at the fair all afternoon, stopped for chips, then my wifes epilepsy kicked off and shes had 3 siezures in an hr, shes epileptic but this never happens',
    'grandma had 2 seizures within 40 mins and hasnt woken up properly between',
    'my lad is 5, had a bite of a peanut butter sandwich at the party, now his voice has gone funny, hes drooling and turning pale',
    "our nan took a weeks worth of grandad's heart pills at once by mistake, she's light headed and being sick",
    "the bath was far too hot, my 6 year old's feet and legs are covered in blisters",
    'my little girl (3) has had d&v since yesterday, shes gone really lethargic, sunken eyes and no wet nappies since breakfast',
    'my 18 month old keeps drifting off and his eyes are rolling, hes really floppy',
]

LATER_TURN = [
    ["can I park at the children's hospital?", "actually my 3 year old just bit into a sesame snap, now he's hoarse, scratching at his neck and going limp"],
    ['請問藥房幾點關門？', '我阿爸有癲癇，頭先一個鐘內發作咗三次'],
    ['我想问问洗澡水多少度合适', '刚才我女儿坐进太烫的洗澡水，屁股和腿都起泡了'],
]

QUIET = [
    "my mum has epilepsy and had one of her usual seizures this morning, it stopped after a minute and she's back to normal now",
    '我哥有癫痫，今天早上发作了一次，一分钟就停了，现在已经恢复正常',
    'epilepsy: she had three seizures last year, all short, is it ok for her to learn to drive?',
    'my son has a sesame allergy, can he eat tahini-free hummus? no reaction so far',
    '我女儿芝麻过敏，想问哪些零食可以吃，她没有任何反应',
    'my 2 month old had her jabs today and is 37.8, feeding well and smiling, is that normal?',
    '兩個月的寶寶打完針體溫37.8度，吃奶正常，精神很好，要注意什麼？',
    "can you recommend a weekly pill organiser for my dad's heart tablets?",
    '想買個一星期的藥盒放阿爸的心臟藥，邊款好？',
    'is it safe to run a generator in the garage with the door open? nobody is ill, just planning for a power cut',
    '发电机可以放在仓库里用吗？没人不舒服，只是问问',
    'what temperature should the bath be for a toddler?',
    '洗澡水要幾多度先啱BB？',
    "my 4 year old is exhausted after a day at the zoo and fell asleep in the car, won't stay awake for dinner, is that ok?",
    'got a small blister on my finger from the kettle, how do I look after it?',
    "my toddler had a tummy bug, vomiting yesterday, but she's drinking well and had plenty of wet nappies today",
    'what should I do if my child ever has three seizures in an hour?',
    "I'm writing a first aid leaflet: a seizure lasting more than five minutes needs an ambulance",
    'my grandma takes a week of tablets from a dosette box, her heart pills are in it, she feels fine',
    'we have two kids, the older one has been fine but the three year old had a fit last year; should we get a thermometer?',
]

SPENT = [  # blind46 rows (spent): misses this round reads
    ["魚蛋廠度，我媽媽有癲癇，一個鐘內發作咗三次，我哋應該點做？"],
    ["请问医院附近有没有修手机的店？", "请问老人的高龄补贴要的体检证明在医院哪里开？", "婴儿游泳馆前台，我老公抽了五分钟还没停，我们先做什么"],
    ["下班回家就看到我們家兩個月的女兒摸起來很燙，量到38.5度，比平常愛睡很多，這樣要打119嗎？"],
    ["放工返到屋企就見到我姐姐喺關埋門嘅貨倉度開住發電機做咗幾個鐘，頭痛到爆，嘔過不停，人都糊塗，要打999嗎？"],
    ["放工返到屋企就見到廠入面嘅同事以前從來冇抽過筋，頭一次發作，之後好混亂，仲撞損咗個頭，要打999嗎？"],
]


@pytest.mark.parametrize("text", FIRES)
def test_round47m_emergency(text):
    assert T.assess(text).level == "emergency", text


@pytest.mark.parametrize("turns", LATER_TURN + [["Where do I park for outpatients?", "Thanks. Another thing: " + t] for t in FIRES[::6]])
def test_round47m_emergency_in_later_turn(turns):
    assert T.assess_conversation(turns).level == "emergency", turns


@pytest.mark.parametrize("text", QUIET)
def test_round47m_look_alike_not_emergency(text):
    assert T.assess(text).level != "emergency", text


@pytest.mark.parametrize("text", QUIET + [
    "my son had his first seizure two years ago and has been fine since, can he go on the school trip?",
    "我儿子以前抽过一次筋，之后好了，现在一切正常",
    "the generator at the allotment makes a racket, is there a quieter one?",
])
def test_round47m_rules_silent_on_look_alikes(text):
    assert _r47m_added(text) == []


@pytest.mark.parametrize("turns", SPENT)
def test_round47m_spent_rows(turns):
    assert T.assess_conversation(turns).level == "emergency"
