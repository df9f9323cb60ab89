"""T33 (issue 13, session 33): a later turn that re-dates or says untrue an earlier alarm.

`assess_conversation` keeps the highest level over the user turns so that push-back ("he's fine really", "I don't
want to make a fuss", "it's probably nothing") never lowers it. Only an explicit CORRECTION of the earlier turn may:
re-dating it to weeks or more ago ("sorry, it was last summer", "说错了，是去年的事", "係上個月嘅事") or saying it was
not real ("that was a question for my exam"). The corrected turn is read again in the correction's frame; every later
turn must be calm on its own and with the others joined, nothing may say it is happening again or now, and a
retracted suicide, self-harm or overdose alarm is never taken back. Wordings here are this round's own; the
emergencies that must stay come first.
"""
import pytest

import medqa.safety.triage as triage_module
from medqa.safety.triage import RedFlagTriage, _correction_of_earlier

T = RedFlagTriage()

STAYS_EMERGENCY = [
    # push-back and minimising never lower a level
    ["My husband has crushing chest pain and he's sweating buckets", "he says he's fine really, I don't want to make a fuss"],
    ["my baby is 6 weeks old and has a temperature of 38.5", "it's probably nothing, I don't want to waste anyone's time"],
    ["阿爺突然講嘢唔清楚，半邊面跌咗落嚟", "佢話冇事，叫我唔好搞大件事"],
    ["我老婆怀孕三十四周，肚子剧痛，下面出了好多血", "她说没事，可能是我大惊小怪了"],
    # a correction that says it is happening again or now is no correction
    ["My face swelled up after a wasp sting and my throat feels tight", "sorry, that was last summer, and now it has happened again"],
    ["我爸刚才胸口好痛，出了一身冷汗", "说错了，是去年的事，不过现在又痛起来了"],
    ["阿媽食完花生成塊面腫晒，透唔到氣", "唔好意思，係舊年嘅事，而家又腫返"],
    ["my baby is 5 weeks old and she's 38.5 and floppy", "sorry, that was last month, now she has 38.6"],
    ["My face swelled up after a wasp sting and my lips went numb", "it was last summer, but I'm scared it's happening, same thing now"],
    # a correction followed by a new present sign
    ["my son fell off the climbing frame and hit his head", "sorry, that was last month. today he's been vomiting and is very drowsy"],
    ["我老公抽筋，叫不醒", "打错了，不是现在，是两年前的事，不过他刚刚晕倒了，叫不醒"],
    # a retracted suicide or overdose alarm is never taken back
    ["my brother says he's going to kill himself tonight, he has the rope ready", "sorry, I mean that was years ago"],
    ["我妈吃了一整瓶安眠药，叫不醒", "说错了，是去年的事"],
    # not a correction of the earlier turn: the anaphor re-dates something else; a wrong chat does not make it untrue
    ["My dad has crushing chest pain going down his left arm", "he had a stent put in, that was last year"],
    ["my son is having a seizure and won't stop shaking", "sorry wrong chat"],
    ["我個女食咗花生之後喉嚨好緊，講唔到嘢", "其實佢成日都係咁，應該冇嘢"],
]

CALMED = [
    ["My face swelled up after a wasp sting", "sorry, it was last summer, I want to ask about allergy testing"],
    ["our daughter had a seizure", "that was back in 2019, she's been fine since. can we get a copy of the EEG report?"],
    ["My grandad fell and hit his head", "sorry, I'm asking about last month, not today. he was checked at A&E and is fine, "
     "the care home want the discharge letter"],
    ["my neighbour collapsed and isn't breathing", "oops, that was a scenario from my first aid homework, nobody is ill"],
    ["我爸刚才胸口好痛", "不好意思说错了，是去年的事，现在想复查"],
    ["我妈被开水烫伤了一大片", "那是几年前的事了，想问疤痕门诊怎么挂号"],
    ["我個仔跌親撞到個頭，嘔咗兩次", "唔好意思，係上個月嘅事，而家好返晒，想問覆診點預約"],
    ["阿公剛剛嘴巴歪咗一邊，講嘢含糊", "打錯咗，唔係而家，係三年前嘅事，而家好返晒，想問復康科點約"],
]


@pytest.mark.parametrize("turns", STAYS_EMERGENCY)
def test_push_back_again_or_a_new_sign_stays_emergency(turns):
    assert T.assess(turns[0]).level == "emergency", turns[0]
    assert T.assess_conversation(turns).level == "emergency", turns


@pytest.mark.parametrize("turns", CALMED)
def test_an_explicit_correction_calms_the_earlier_turn(turns):
    assert T.assess(turns[0]).level == "emergency", turns[0]  # the first turn alone is an alarm
    assert _correction_of_earlier(turns[1]) is not None, turns[1]
    assert T.assess_conversation(turns).level == "none", turns


def test_push_back_is_no_correction():
    for text in ["he's fine really", "I don't want to make a fuss", "it's probably nothing", "没事，别担心",
                 "佢話冇事", "never mind, forget it", "sorry wrong chat", "说错了", "he had a stent put in, that was last year",
                 "sorry, that was last year, now he has it again", "是去年的事，现在又开始了", "係舊年嘅事，不過而家又嚟"]:
        assert _correction_of_earlier(text) is None, text


def test_correction_order_matters():
    """A correction said BEFORE the alarm corrects nothing: the later alarm stands."""
    turns = ["sorry, it was last summer", "My face swelled up after a wasp sting and my throat is closing"]
    assert T.assess_conversation(turns).level == "emergency"


def test_one_turn_is_untouched(monkeypatch):
    """The change only reads multi-turn input: a single turn never reaches the correction code."""
    def boom(*args, **kwargs):
        raise AssertionError("single turn reached _corrected_turns")

    monkeypatch.setattr(triage_module, "_corrected_turns", boom)
    for text in ["My face swelled up after a wasp sting", "sorry, it was last summer, I want to ask about allergy testing",
                 "我爸刚才胸口好痛", "where is the car park?"]:
        for messages in ([text], [{"role": "user", "content": text}], text):
            result = T.assess_conversation(messages)
            assert result.to_dict() == T.assess(text).to_dict(), text


def test_turns_without_a_correction_are_read_as_before(monkeypatch):
    """Without a correcting turn, the max over turns plus the last three joined (lay reading) is unchanged."""
    turns = ["hi is this the hospital chat?", "my mum is very confused", "and now she's got a high fever and is shivering"]
    before = T.assess_conversation(turns)
    monkeypatch.setattr(triage_module, "_corrected_turns", lambda *a, **k: {})
    assert T.assess_conversation(turns).to_dict() == before.to_dict()
