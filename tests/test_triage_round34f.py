"""Triage round 34f (blind54, spent): the false alarms of blind54's look-alikes, each pinned with this round's own
wordings (English, Simplified Chinese, Traditional Chinese / Cantonese; first and third person). triage.py
`_r34f_dropped`; each family drops a category only when the rest of the message raises it no more.

- (1) a figure of speech said as a joke and put aside: the sentence ending in a laughter marker (lol, 哈哈, 😂 🙃 😤 😭)
  right before an explicit switch (jokes aside, anyway, 不开玩笑, 说正经的, 讲返正经, 唔讲佢住, 不扯了) or a question opened
  at once (问下, 请问); nothing after the switch is masked, a joke sentence naming a real severe sign is kept;
- (2) an information question about a condition (what is X, what signs, at what temperature, X和Y是一个东西吗) asked
  from a source (the news, a magazine, 微信群里说), a role (a teacher), a baby not born yet, or with the person well;
- (3) a spill is no ingestion; a bitten tongue with no fit told; an adrenaline pen prescribed; a startle to a noise in a
  feeding baby; self-harm when young, clean for years, asking about scars; an infant fever years back (现在都半岁了); a
  reading asked about under 38; a fever only thought at first; reduced movements before 24 weeks with kicking now; a
  brief touch of heat not painful and not blistered; pesticide got out to spray a garden; a cold (感冒) is no cold
  remedy; a shock from a bill is no electric shock.
"""

import pytest

from medqa.safety.triage import EMERGENCY, RedFlagTriage


@pytest.fixture(scope="module")
def triage():
    return RedFlagTriage()


CALM = [
    # (1) joke put aside
    "this spreadsheet is giving me a heart attack lol. anyway, where do I drop off a urine sample?",
    "my boss has me so stressed I can't breathe haha. seriously though, do you do asthma check-ups on saturdays?",
    "that spicy curry nearly killed me 😂 jokes aside, is the pharmacy open till 8?",
    "my sister says the wifi is having a seizure again lol anyway can she change her appointment online",
    "这个报表做得我心脏病都要犯了哈哈 说正经的 体检报告什么时候能拿",
    "我老公说他被孩子气得心口疼哈哈 不开玩笑 儿科晚上有门诊吗",
    "份功課搞到我透唔到氣😂 講返正經，請問物理治療要點預約？",
    "我阿媽話條隊長到佢想死😭 唔講佢住，覆診可唔可以改期？",
    # (2) information question
    "What actually is meningitis? Saw a story in the paper and it scared me. How would you know if you had it?",
    "I read an article about heart attacks in women and wondered what symptoms one should look out for. I'm perfectly well myself.",
    "As a teacher, what are the warning signs that a pupil might be thinking about suicide?",
    "At what temperature is a newborn's fever a worry? My daughter is due in June and I'd like to be prepared.",
    "听说中风和脑梗是一回事，是吗？我们单位的同事问起来我也说不清楚",
    "网上说冬天用煤炉容易一氧化碳中毒，有啥症状？我们宿舍想装个报警器",
    "請問敗血症係咩病？新聞講有人因為佢截肢，我想了解吓",
    "問下剛出世嘅BB體溫幾多度先算發燒？我老公話三十七度五就係發燒",
    # (3) the rest
    "my toddler knocked the cough syrup over and spilled loads on the carpet, how do I get the stain out?",
    "孩子把咳嗽药水打翻了，洒了很多在地上，怎么清理",
    "my son bit his tongue eating crisps, a bit of blood but it stopped, should I rinse it?",
    "我個女食飯咬到舌頭，流咗少少血，而家冇事，使唔使搽藥？",
    "The allergist gave us two EpiPens for my daughter's peanut allergy. How do I know when to use one?",
    "医生给孩子开了肾上腺素笔，什么时候要用？",
    "My 3 week old startles at loud noises, her arms fly up and then she goes back to sleep. She's feeding well, is that normal?",
    "I self-harmed when I was 16 but I've been clean for 5 years now, doing good. Can I get laser for the scars?",
    "我女儿满月时发烧住过院，现在都一岁了，想问打疫苗在几楼",
    "刚出生的宝宝体温多少算正常？我婆婆说三十七度三就算发烧",
    "I thought my 5 week old had a fever but he was just wrapped in too many blankets, took a few off and it's 36.8 now. How many layers at night?",
    "I'm 18 weeks and didn't feel the baby yesterday, but she's kicking loads now. Is that normal at this stage?",
    "手被烫了一下，摸着不痛，没起泡，要擦药吗",
    "拿出农药准备喷菜园，要戴什么口罩",
    "my dad got the weedkiller out to spray the allotment, does he need gloves?",
    "小朋友感冒有一點燒 38 度，食飯玩都正常，要唔要睇醫生",
    "I got a shock from the gas bill and my heart's racing, can I pay my hospital parking by card?",
]

EMERGENCIES = [
    # a real severe sign in the joke sentence, or told after the switch, still raises
    "lol my chest is crushing and my left arm is numb, anyway what should I do?",
    "haha I nearly passed out and my lips went blue. anyway, is the walk-in open?",
    "this report is killing me lol. anyway my dad's face has dropped on one side and he can't lift his arm",
    "笑死我了哈哈 不开玩笑 我爸现在胸口压榨一样痛，出冷汗",
    "哈哈 說正經 我個仔而家抽筋抽咗十分鐘仲未停",
    # an information question beside a case
    "What is sepsis? My mum has a high fever, she's confused and shivering and her skin is mottled",
    "请问中风有什么症状？我爸现在嘴歪了，说话不清楚",
    "what are the warning signs of suicide? because I have been thinking about ending my life",
    # the rest's look-alikes with the sign
    "my toddler swallowed the cough syrup, he drank half the bottle",
    "孩子把一整瓶咳嗽药水喝光了",
    "my son bit his tongue during a fit and he's still jerking",
    "The doctor gave us an EpiPen last year, and now her lips are swelling and she's wheezing after the peanut butter",
    "My 3 week old keeps jerking her arms rhythmically and won't stop, she's not feeding",
    "I self-harmed last night and the cut won't stop bleeding",
    "宝宝出生二十天，肛温三十八点二度",
    "My 5 week old is hot, 38.4 on the thermometer and very sleepy",
    "I'm 30 weeks and the baby has not moved since this morning",
    "手被开水烫了，皮肤发白，摸着不痛",
    "我爸喝了农药，现在叫不醒",
    "孩子偷吃了一整盒感冒药",
    "he got an electric shock from the kettle, his hand is black",
    "I got a shock from the plug and my heart is racing",
]

# one blind54 row per fix at most (spent)
BLIND54 = [
    ("这道数学题给我整得喘不上气儿了哈哈 不开玩笑 问下体检中心肺功能检查要预约不", False),
    ("my phone screen keep flickerin like it havin a seizure lol. anyway my grandmother epilepsy appointment, is that tuesday or wednesday? the letter get wet in the rain", False),
    ("what actually is sepsis? saw a thing on the news about a bloke who lost his legs to it, freaked me out a bit. how do you know if youve got it", False),
    ("Good day please what are the warning signs that someone is thinking about suicide? I am a teacher and I want to know how to notice it in my students", False),
    ("微信群里说冬天烧炭取暖容易一氧化碳中毒，有啥症状？俺们宿舍想买个报警器，有没有推荐的", False),
    ("小朋友感冒有一點燒 37.8 吃飯玩耍都正常 尿尿也很多 這樣需要看醫生嗎 還是多喝水就好", False),
    ("寶寶咬到舌頭流了一點點血 壓一下就停了 現在在喝奶也很正常 需要擦什麼嗎", False),
    ("i self harmed when i was like 15 but been clean 4 years now, doing good. want to get the scars looked at for laser, do i need a GP referral or can i self refer", False),
    ("baby hadnt moved much this morning but she's kicking me loads now lol, just needed a snack n a lie down, normal kicks the last half hour. i'm only 19 weeks tho, is it normal not to feel her every single day yet?", False),
]


@pytest.mark.parametrize("text", CALM)
def test_round34f_lookalike_stays_calm(triage, text):
    assert triage.assess(text).level != EMERGENCY, text


@pytest.mark.parametrize("text", EMERGENCIES)
def test_round34f_sign_still_raises(triage, text):
    assert triage.assess(text).level == EMERGENCY, text


@pytest.mark.parametrize("text,emergency", BLIND54)
def test_round34f_blind54_rows(triage, text, emergency):
    assert (triage.assess(text).level == EMERGENCY) == emergency, text
