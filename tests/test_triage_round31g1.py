"""Round 31g1 (signs31: two blind writers' wordings of each sign in chest_pain, stroke, anaphylaxis and breathing),
fixed by the SIGN: each sign in wordings of our own (English, Simplified, Traditional, Cantonese; first and third
person), at most one writer row per sign as a pin, and look-alikes that must stay calm (the sign's usual state,
past and well, asked about in general, its own benign cause).

Signs: sudden confusion (not knowing where, what day or who you are, told as new); sudden double vision or one eye
gone black; half the body numb from face to foot (also while gaming: the gaming pins-and-needles figure in triage.py no
longer covers half the body); words that will not come or speech not understood, told as new; a tearing chest pain
going through to the back; a whistle on each breath in.
New lexicons and rules in medqa/safety/data/triage_lay_signs.yaml, marked 'round 31g1 (signs31)'.
"""
import pytest

from medqa.safety.lay_signs import lay_red_flags
from medqa.safety.triage import RedFlagTriage

T = RedFlagTriage()

FIRES = [
    # S1 sudden confusion
    "my mum suddenly doesn't know where she is, she keeps asking me what day it is",
    "grandad was fine at lunch and now he can't tell us what year it is or where he is",
    "she's been calling me by her brother's name for the last hour and doesn't know what day it is, never been like this",
    "我奶奶刚才突然不知道自己在哪里了，一直问现在几点",
    "我爸突然认不出我了，早上还好好的",
    "阿公頭先突然唔知自己喺邊度，連我個名都叫唔出",
    "我老婆剛剛突然變得好糊塗，問佢今日幾號都答唔到",
    "my husband just asked me three times what day it is and didn't know where he was in our own lounge. he was totally fine at breakfast. 70. is he just tired? sorry",  # writer pin
    # S2 sudden double vision or one eye gone black
    "I suddenly see two of everything, even the clock on the wall",
    "my dad's left eye just went black about ten minutes ago",
    "all of a sudden she's seeing double and it won't clear",
    "我妈突然看东西都是重影，一个人看成两个",
    "我右眼突然一片黑，什么都看不见了",
    "阿爸話佢左邊眼突然黑咗，好似落咗塊簾咁",
    "grandpa says everything went black in his right eye like a curtain came down, all at once, 10 mins ago. hes 79",  # writer pin
    # S3 half the body numb
    "my left side has gone numb from my face down to my foot",
    "suddenly the right half of his body is numb and he can't feel me pinching his arm",
    "我老公突然左边半个身体都麻了，从脸麻到脚",
    "我突然右半邊身都冇感覺",
    "她说一边半身突然没知觉了",
    "我室友刚刚在宿舍打游戏 突然说左半边身子麻了 从脸一直麻到脚 掐她左手她说没感觉 右边就正常 她才二十岁啊 宿管阿姨也不在 要不要直接打120 还是先送校医院",  # writer pin
    # S4 words that will not come, speech not understood
    "my wife suddenly can't get her words out, she knows what she means but nothing comes",
    "just now he meant to say cup and said window, and he doesn't seem to understand what I'm saying",
    "我爸突然说话乱了，好像不明白我说什么",
    "阿媽頭先突然講嘢亂晒，好似唔明我講乜",
    # S5 tearing chest pain through to the back
    "my dad suddenly has a tearing pain in his chest going through to his back",
    "I've got a ripping pain in my chest that goes right through between my shoulder blades",
    "我爸突然胸口撕裂一样痛，一直痛到后背",
    "阿爺心口好似撕開咁痛，痛到後背",
    "she says it feels like her chest is being torn in two, came on out of nowhere",
    "omg mum says it feels like shes being torn in half from front to back, came out of nowhere 2 min ago",  # writer pin
    # S6 a whistle on each breath in
    "我儿子坐着不动，每次吸气都有哨子一样的尖声",
    "我個女坐定定，吸氣都有吹哨子咁嘅尖聲",
    "我爸每次吸气喉咙都会发出哨子声",
    "宝宝三岁，咳嗽像狗叫，现在安安静静坐着吸气也有尖尖的哨子声，小肚子一吸一吸的，是感冒吧？",  # writer pin
]

QUIET = [
    # S1: confusion that is the usual (dementia), a mixed-up day
    "my gran has dementia and gets confused in the evenings as usual, can we visit after 7?",
    "I forgot what day it is because of the bank holiday lol, how do I book a GP appointment",
    "我奶奶有老年痴呆，晚上经常不知道自己在哪，跟平时一样，想问探视时间",
    "请问门诊几点开门？我想问挂号处几点下班",
    # S2: asked in general, after drink, past and recovered
    "what are the signs of a stroke? I read that double vision is one",
    "my grandad had a stroke years ago and lost the sight in his left eye, can he renew his bus pass?",
    "我外公去年一只眼突然看不见，现在恢复得挺好，复查挂哪个号？",
    "我左眼小时候受过伤，一只眼睛看不见很多年了，想问驾照体检怎么办",
    # S3: the anaesthetic's own numbness, carpal tunnel
    "my lip is still numb from the dentist's anaesthetic, how long does it last?",
    "my hands go numb at night with carpal tunnel, both sides, for years",
    "打游戏打到手指发麻，甩一甩就好了",
    # S5: a back strain, a muscle torn at the gym
    "I tore a muscle in my back at the gym, hurts when I twist",
    "我背部拉伤，弯腰有点撕扯的感觉，胸口不痛",
    # S6: croup past and well
    "my son had croup last year with a whistling noise when he breathed in, fine now, can it come back?",
    "我个仔以前哮吼吸气有尖声，而家冇事，病历点申请？",
    # S4: a learner's words, aphasia rehab
    "my toddler is learning to talk and says the wrong words, is that normal?",
    "請問中風後失語症的語言治療課程幾時開始？",
]


@pytest.mark.parametrize("text", FIRES)
def test_round31g1_emergency(text):
    assert T.assess(text).level == "emergency", text


@pytest.mark.parametrize("text", QUIET)
def test_round31g1_look_alike_not_emergency(text):
    assert T.assess(text).level != "emergency", text


@pytest.mark.parametrize("text, rule", [
    ("my mum suddenly doesn't know where she is, she keeps asking me what day it is", "lay.stroke.sudden_confusion"),
    ("我妈突然看东西都是重影，一个人看成两个", "lay.stroke.vision_loss"),
    ("我突然右半邊身都冇感覺", "lay.stroke.one_side_numb"),
    ("my wife suddenly can't get her words out, she knows what she means but nothing comes", "lay.stroke.words_gone"),
    ("I've got a ripping pain in my chest that goes right through between my shoulder blades", "lay.chest_pain.tearing_to_back"),
    ("我儿子坐着不动，每次吸气都有哨子一样的尖声", "lay.breathing.stridor"),
])
def test_round31g1_new_rules_named(text, rule):
    assert rule in {f.rule for f in lay_red_flags(text)}


@pytest.mark.parametrize("text", [
    "my gran has dementia and gets confused in the evenings as usual, can we visit after 7?",
    "请问门诊几点开门？我想问挂号处几点下班",
    "my hands go numb at night with carpal tunnel, both sides, for years",
    "我左眼小时候受过伤，一只眼睛看不见很多年了，想问驾照体检怎么办",
])
def test_round31g1_new_rules_silent(text):
    new = {"lay.stroke.sudden_confusion", "lay.stroke.vision_loss", "lay.stroke.one_side_numb", "lay.stroke.words_gone",
           "lay.chest_pain.tearing_to_back"}
    assert not {f.rule for f in lay_red_flags(text)} & new
