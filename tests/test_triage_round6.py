"""Round 6 triage classes (after blind6's single run), pinned with wordings written here, not taken from blind6.

Each block is one general class: a way people write a red flag that the rules missed, or a benign message
that raised a false alarm. The examples are new sentences in that class, in the voices the next blind batch
may use (text-speak, English as a second language, bystanders, clinical shorthand, voice transcripts, pinyin,
written Cantonese, Taiwanese net-speak), plus look-alikes that must keep their level.
"""

import pytest

from medqa.safety.normalize import normalize_triage
from medqa.safety.triage import RedFlagTriage

TRIAGE = RedFlagTriage()


def _level(text: str) -> str:
    return TRIAGE.assess(text).level


# ---------------------------------------------------------------- sound-alike typos, dialect, net-speak, pinyin
@pytest.mark.parametrize("typed, expected", [
    ("grandad has chess pains", "chest pains"),
    ("she eight a whole pack of pills", "she ate a whole pack"),
    ("his tongues swelling", "tongue is swelling"),
    ("went all pail", "pale"),
    ("nurse says she is unable to swallow", "can not swallow"),
    ("俺娘头晕", "我娘"),
    ("偶阿嬤頭暈", "我阿"),
    ("咋整啊", "怎么办"),
    ("这是啥", "什么"),
    ("紫紫ㄉ", "紫紫的"),
    ("娃发骚到39度", "发烧到39度"),
    ("baobao fa shao 39 du", "宝宝 发烧 39度"),
    ("xiōng tòng", "胸痛"),
    ("撳落去", "按下去"),
])
def test_voices_are_folded_to_the_lexicon_words(typed, expected):
    assert expected in normalize_triage(typed)


@pytest.mark.parametrize("text", ["takes eight a day", "偶尔头痛", "chess club on tuesday", "一边手", "左边"])
def test_folding_leaves_ordinary_words_alone(text):
    folded = normalize_triage(text)
    assert "ate" not in folded.split() and "我尔" not in folded and "chest" not in folded and "哪" not in folded


@pytest.mark.parametrize("text", [
    "my grandad has chess pains and went grey n sweaty",
    "she eight a whole pack of her nan's pills",
    "his tongues swelling after a bee sting",
    "wo baba xiong kou teng de hen lihai chu han",
    "baobao fa shao 39 du, shen shang you zi dian",
    "偶阿嬤突然講話不清楚，嘴巴歪一邊",
    "俺闺女怀娃七个月了，肚子疼还见红",
])
def test_red_flags_in_other_voices_are_emergencies(text):
    assert _level(text) == "emergency"


# ---------------------------------------------------------------- new signs and sign combinations
@pytest.mark.parametrize("text", [
    # jaw and left arm pain together, no chest word
    "pain going up into her jaw and down the left arm, she looks terrible",
    "下巴和左手臂一直疼，脸色很差",
    # speech that sounds drunk in someone who has not been drinking
    "my husband he speak like drunk man but he no drink",
    "她说话像喝醉了一样，可她根本没喝酒",
    # fever with mottled skin
    "tonight she is burning up and her legs have gone all mottled",
    "爷爷发烧，腿上皮肤发花",
    # lips or face swelling with swallowing trouble; a throat that feels gripped
    "her lips are swollen n she can't swallow after the prawns",
    "吃完虾嘴唇肿了，咽不下东西",
    "打完针喉咙像被人勒住一样",
    # repeated fits
    "guy at the bus stop just dropped, second fit now",
    "he's had 3 seizures in a row and hasn't woken up between them",
    # a goodbye sent with the means or the hour; pills saved up
    "my neighbour texted me goodbye forever and said she has saved up her tablets",
    "朋友发了告别的信息，说今晚就吃药",
    # clinical shorthand: low saturation, fast breathing, accessory muscles
    "pt sats 84% RA, RR 36, can't complete sentences",
    "spo2 88 and dropping",
    "血氧只有85%",
    # a rash that stays when pressed, written in Chinese and Cantonese
    "孩子发烧，身上有紫红的点，按了也不会退",
    "個仔發緊燒，身上啲紅點撳落去都唔退",
    # pain likened to an earlier heart attack (the attack itself told as past)
    "last year he had a heart attack and now he has the same crushing pain again",
    "我爸去年心梗过，今天又是一样的胸口闷痛",
    # ESL: 'not wake up'
    "my mother sugar is very low, she is not wake up",
    # electric shock and charred skin
    "我弟被电打了一下，手指头烧焦了",
])
def test_new_sign_classes_are_emergencies(text):
    assert _level(text) == "emergency"


# ---------------------------------------------------------------- past, if-clauses and general questions stay current when said to be now
@pytest.mark.parametrize("text", [
    "之前胸痛过，今天又痛了，很厉害，出冷汗",
    "我爸以前中风过，刚才又说话不清楚了",
    "她之前抽过一次，现在又抽起来了，叫不醒",
    "胸口剧痛的话挂什么科？现在痛得受不了",
    "crushing chest pain, which department should i go to??",
    "can't breathe properly, what kind of doctor do I need",
    "what's the point of living anymore",
    "is it normal to bleed this much at 30 weeks? soaking pads",
    "bubba is 7 weeks, temp 38.4, normal temperature is 37 right?",
])
def test_questions_with_something_happening_now_stay_emergencies(text):
    assert _level(text) == "emergency"


# ---------------------------------------------------------------- benign look-alikes: no alarm at any level
@pytest.mark.parametrize("text", [
    # which department, just asking
    "what department should someone see for headaches? just curious",
    "胸口痛應該睇邊科？純粹問下",
    "孩子咳嗽的话应该挂哪个科？",
    # condition told as past and over (之前…过), with a practical question
    "之前我抽过一次筋，现在没事了，想问问复诊怎么约",
    "我老公去年心梗过，现在都好了，想约个复查",
    "以前胸口痛过，检查没问题，想约复查",
    # signs of / what is, asked for a leaflet, poster, essay or first-aid class
    "what are the signs of sepsis? saw a poster in the waiting room",
    "败血症是什么？候诊室看到宣传单",
    "中风的先兆有哪些？只是想了解一下",
    "有人抽筋的时候应该怎么处理？学校急救课",
    "how do i know if a rash is serious? we're making a leaflet for the nursery",
    # normal values asked while things are normal
    "what's a normal temperature for a 2 week old? she's feeding fine",
    "正常胎动一天多少次？宝宝动得挺正常的",
    "what is the normal heart rate for a toddler?",
    # a bump with everything else fine
    "my son bumped his head on the table, cried for a minute then went back to playing, no vomiting",
    "孩子头磕了一下桌角，哭了两声就去玩了，其他都正常",
    # long-standing, unchanged breathlessness on exertion
    "I've been a bit breathless on the stairs for years, could I book a routine review",
    "爬山的时候会有点喘，好几年了，想做个体检",
    # early bleeding already checked and found fine
    "had some spotting at 7 weeks, midwife checked and said all fine, can I go swimming",
    "懷孕初期有一點出血，超聲波檢查說正常，想問可以坐飛機嗎",
    # chest-wall soreness
    "sore chest after moving furniture, only hurts when i press on it",
    # self-harm long past, recovered
    "i used to cut when i was at school, i'm fine now, is the counselling service still free",
    # inhaler renewal
    "哮喘吸入器用完了，怎么续药？",
    # purple marks with a known cause; an infant fever long ago
    "my mum had some purple spots on her arms from her blood thinners for years, GP knows",
    "baby had a fever at 6 weeks and was admitted, now 2 years old and fine, does she need any follow up",
    # 'sounds drunk' after drinking; 完整的话 is 'whole sentences', not 'if'
    "my mum sounds drunk after two glasses of wine at the wedding lol",
    "一个中风的症状是说不出完整的话吗？写论文用",
])
def test_benign_look_alikes_raise_no_alarm(text):
    assert _level(text) == "none"


def test_drunk_speech_in_a_drinker_is_not_the_stroke_sign():
    assert "stroke" not in TRIAGE.assess("he sounds drunk, he had six pints at the pub").categories


def test_complete_words_are_not_read_as_if():
    assert _level("我妈喘不过气，说不出完整的话") == "emergency"


# ---------------------------------------------------------------- round 6c: further voices probed here
@pytest.mark.parametrize("text", [
    # a voice gone hoarse after a food, or with mouth symptoms
    "ate a satay and now my mouth is tingling and my voice has gone all croaky and hoarse",
    "吃了花生以后嘴巴发麻，声音都变了",
    # speech cut short by breathlessness
    "he can only say 2 or 3 words at a time between breaths",
    "老人家喘得好辛苦，講唔到成句說話",
    # called and no answer, told as a voice transcript without punctuation
    "医生你好我想问一下就是我妈她刚刚在厨房突然就倒下了然后叫她也不答应",
])
def test_round6c_red_flags_are_emergencies(text):
    assert _level(text) == "emergency"


@pytest.mark.parametrize("text", [
    "how do i use an epipen? my son's school wants us to know",
    "I get a bit wheezy in winter, can i get my inhaler renewed",
    "胸口有点闷，可能是最近太累了，想约个体检看看",
    "宝宝三个月打完疫苗有点低烧，吃奶精神都好",
    "spotting after sex at 20 weeks, midwife said it's the cervix, it's stopped, can we still go on holiday",
    "son hit his head at football yesterday, no symptoms at all, when can he play again",
    "nosebleed for 5 mins this morning, stopped now, fine",
])
def test_round6c_look_alikes_raise_no_alarm(text):
    assert _level(text) == "none"


@pytest.mark.parametrize("text", [
    "I get wheezy in winter and tonight I can't breathe, lips going blue",
    "胸口有点闷，现在越来越痛，出冷汗",
    "spotting at 20 weeks, midwife said it's the cervix and it stopped, but now it's heavy with clots",
])
def test_round6c_vetoes_give_way_to_signs_now(text):
    assert _level(text) == "emergency"


# ---------------------------------------------------------------- round 6d
@pytest.mark.parametrize("text", [
    # pre-eclampsia: pregnant, a headache, and flashing lights or a puffy face and hands
    "wife 28wks, bad headache, seeing flashing lights, face and hands puffy",
    "怀孕32周，头痛得厉害，眼前冒金星",
    # English as a second language: present tense for what was taken
    "Me friend she take too much of the sleeping tablet, maybe 20, she very sleepy now",
    # counts in Chinese numerals
    "阿婆食錯藥，食咗成十粒降血壓藥",
])
def test_round6d_red_flags_are_emergencies(text):
    assert _level(text) == "emergency"


@pytest.mark.parametrize("text", [
    "what is normal blood sugar for pregnant lady?",
    "is a blood test at 12 weeks pregnant routine?",
    "my 8 month old bumped his head on the cot, cried a bit, now feeding and smiling",
    "吃了两片降压药，正常吗？医生开的",
])
def test_round6d_look_alikes_raise_no_emergency(text):
    assert _level(text) != "emergency"
