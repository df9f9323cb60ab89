"""Round 24 (after blind21, spent): a rehearsal or show as the SETTING of a present case, sign families no rule read,
and false alarms (Chinese 'X 正常' denials, past self-harm asking about scars, a joked 想死 over revision, one extra
vitamin, a thermometer bought for a newborn, an animal's look compared to a stroke, a quoted folk saying, an arm numb
from lying on it). Every wording here is written for these tests, not taken from the blind sets."""

import pytest

from medqa.safety.triage import EMERGENCY, NONE, RedFlagTriage


@pytest.fixture(scope="module")
def triage():
    return RedFlagTriage()


# 1. A rehearsal, practice, show or camp named as where it happens: the person there is real and present now.
SETTING_CASES = [
    "Brass band, at rehearsal: our tuba player is standing on the edge of the roof saying he wants to end it all",
    "Drama society, at rehearsal: the stage manager is 31 weeks pregnant and bleeding heavily, tummy hard and painful",
    "At the drill: a colleague swallowed a whole strip of sleeping pills and won't wake properly",
    "在排练：她吞了一整板安眠药，叫不醒",
]

# ... but a sign that is itself acted, rehearsed or pretended is no case.
ACTED_CASES = [
    "At practice we're rehearsing a scene where my character has a heart attack, how should he clutch his chest?",
    "綵排緊一場心臟病發嘅戲，想問點樣扮得真啲",
    "at rehearsal she has to pretend to faint and stop breathing on stage, how do I make it look real",
]


@pytest.mark.parametrize("text", SETTING_CASES)
def test_rehearsal_as_setting_is_a_present_case(triage, text):
    assert triage.assess(text).level == EMERGENCY


@pytest.mark.parametrize("text", ACTED_CASES)
def test_acted_sign_is_not_a_case(triage, text):
    assert triage.assess(text).level == NONE


# 2. Sign families no rule read.
SIGN_FAMILY_CASES = [
    # bile (green) vomiting: with a swollen or hard tummy, or in a child
    "My 4 year old has been throwing up dark green stuff since lunch and his belly is swollen and tight",
    "our baby keeps bringing up bright green bile after every feed",
    "小孩一直吐黄绿色的水，肚子鼓鼓的很硬",
    "個仔嘔咗幾次綠色嘅嘢，個肚又脹又硬",
    # full-thickness burns
    "She spilled a pan of boiling fat over her leg, the skin there is waxy white and she says she can't feel it",
    "煮饭时热油泼到手臂，皮肤烧到发白发硬，都不觉得痛",
    "炒鑊起火，佢隻手燒到焦黑，冇感覺",
    # ectopic pregnancy
    "I'm 7 weeks pregnant with stabbing pain low on the right and shoulder tip pain since this morning",
    # pre-eclampsia
    "My wife is 6 months along, pounding headache, seeing flashing lights, her hands and face are puffy",
    # a pad soaked within minutes with fainting
    "my period is so heavy I'm soaking a night pad every 20 minutes and I passed out on the bathroom floor",
    "月经量好大，每半小时就湿透一片卫生巾，刚刚晕倒了",
    # severe dehydration
    "She hasn't had a wee in 14 hours, her eyes look sunken and she's really drowsy",
    # head injury with clear fluid from the nose and drowsiness
    "Knee to the head in the match, he got up, but now clear liquid is dripping from his nose and he keeps dozing off",
]


@pytest.mark.parametrize("text", SIGN_FAMILY_CASES)
def test_sign_family_is_an_emergency(triage, text):
    assert triage.assess(text).level == EMERGENCY


# 3. False alarms.
BENIGN_CASES = [
    "扭到腰，弯腰才痛，呼吸正常，贴膏药可以吗",
    "鼻子有点塞，喘气都正常，想买洗鼻器",
    "I used to self-harm at uni but I've been well for years now, can laser help fade the scars?",
    "五年前自殘過，而家好好，想問點樣淡化手臂上嘅疤",
    "备考复习累到想死哈哈，开玩笑的，图书馆几点关门",
    "唔小心食多咗粒魚油，使唔使擔心",
    "I want to buy a digital thermometer for our newborn, which type is most accurate?",
    "想給BB買個探熱針，新生兒用邊種好",
    "our dog's face looks droopy on one side like a stroke when he yawns lol, he's fine, any vets you know?",
    "社區中心想做衛教單張，長者常說「熱到中風」，真的會中風嗎？",
    "I'm writing a health-education handout: old folk say you can 'get a stroke from the heat', is it true?",
    "woke up and his arm was dead numb from lying on it, came back within a couple of minutes",
    "Cut my hand on a chisel. After how long of pressing should I call the emergency number if it's still bleeding?",
]


@pytest.mark.parametrize("text", BENIGN_CASES)
def test_benign_is_not_an_alarm(triage, text):
    assert triage.assess(text).level == NONE


# The fixes must not hide a present case told beside the same cue.
STILL_EMERGENCY = [
    "他喘气不正常，好急，嘴唇发紫",
    "I used to self-harm, doing well now but I cut again last night and want to die, what about the scars",
    "以前自殘過依家好好，但係今晚又好想割，想問啲疤",
    "复习到想死，真的不想活了，不是开玩笑",
    "唔小心食多咗十粒安眠藥",
    "which thermometer is best? my 5 week old feels hot, 38.4",
    "my dad's face is drooping on one side like a stroke and the dog keeps barking at him",
    "老人家常说热到中风，我爸现在说话不清，一边手没力",
    "his arm went numb from sleeping on it and came back within a minute but now his face is drooping and speech slurred",
    "I've been pressing on the cut for 20 minutes and it's still pouring through the towel, blood everywhere",
]


@pytest.mark.parametrize("text", STILL_EMERGENCY)
def test_present_case_beside_the_cue_still_fires(triage, text):
    assert triage.assess(text).level == EMERGENCY
