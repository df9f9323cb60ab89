"""J34 (issue 13, session 34): a conversation is read as one message, so a later turn that explains the first is read
as it would be in one message, while an alarm told first and followed by logistics, thanks or detail stays an
emergency. Wordings written for this test, not taken from the blind sets."""

import pytest

from medqa.safety.triage import RedFlagTriage

TRIAGE = RedFlagTriage()

ALARM_FIRST = [
    ["my husband has crushing chest pain going into his jaw and he's grey and sweaty",
     "which entrance do we use, the main one or the one by the car park?"],
    ["我爸刚才突然说话含糊不清，右边手抬不起来，嘴也歪了", "医院停车场从哪个门进？"],
    ["佢食完花生之後喉嚨好緊，嘴唇腫到好大，講嘢都講唔清", "我哋而家揸車過嚟，要唔要帶埋佢張身份證？", "唔該晒"],
    ["my daughter took about twenty of my sleeping tablets an hour ago and she's getting really drowsy",
     "thanks", "do I need to bring the empty packet with me?"],
    ["my 4 week old feels hot, it's 38.4 under the arm and she won't take her bottle",
     "ok. what's the parking like at night"],
]

LATER_ALARM = [
    ["what time is visiting on ward 7?", "also my dad just collapsed in the corridor and he isn't breathing properly"],
    ["my baby is five weeks old", "she's 38.6 now and grunting and won't feed"],
]

EXPLAINED = [
    ["my son has a temp of 38.3", "he's seven and bouncing off the walls, ate all his dinner. do you do flu jabs for kids?"],
    ["孩子发烧了，三十八度五", "他已经三岁了，精神很好，在玩玩具，想问儿科门诊周末开不开"],
    ["我女儿刚刚抽了一下", "她十二岁了，是打嗝打得整个人抖了一下，现在在写作业。想问下学校体检表在哪里盖章"],
]


@pytest.mark.parametrize("turns", ALARM_FIRST + LATER_ALARM)
def test_alarm_anywhere_in_a_conversation_stays_an_emergency(turns):
    assert TRIAGE.assess_conversation(turns).level == "emergency"


@pytest.mark.parametrize("turns", EXPLAINED)
def test_a_later_turn_that_explains_the_first_is_read_with_it(turns):
    assert TRIAGE.assess_conversation(turns).level != "emergency"


@pytest.mark.parametrize("turns", EXPLAINED)
def test_the_whole_read_is_the_change(turns):
    """The same explained conversations raised an emergency when the first turn decided alone."""
    import medqa.safety.triage as triage

    before = triage.READ_CONVERSATION_WHOLE
    try:
        triage.READ_CONVERSATION_WHOLE = False
        assert TRIAGE.assess_conversation(turns).level == "emergency"
    finally:
        triage.READ_CONVERSATION_WHOLE = before
