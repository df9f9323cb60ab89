"""Session 38 lead fixes (issue 13), pinned with wordings written for this file (in no data set).

1. A clause told today is a new event even in a sentence that also holds an old one: "my nan had a stroke last year
   and is fine now, today her face dropped on one side" read calm because the sentence's practical frame ("had a
   stroke last year") dropped the lay stroke sign of every clause in it (medqa/safety/lay_signs.py, _TOLD_TODAY).
2. A faint when "they took his blood" is a faint at a needle, not a bleed (triage._FAINT_AT_SIGHT): it read as a
   severe bleed (blood + fainted) though the child came round at once.
"""
import pytest

from medqa.safety.triage import RedFlagTriage

TRIAGE = RedFlagTriage()

TOLD_TODAY = [
    "my nan had a stroke last year and is fine now, today her face dropped on one side for 10 minutes",
    "mum had a TIA last year and has been fine since, tonight her face dropped on one side while she was talking",
    "grandad had a stroke in 2019 and is fine now, this morning his smile went lopsided and he couldnt lift his arm for ten minutes",
    "我外公前年中过风，现在恢复得很好，今天早上嘴角突然耷拉下来，讲话含糊",
    "阿爺舊年中過風，早已經好返，今朝佢塊面突然歪咗一陣",
]

CALM = [
    "my mum had a stroke last year and is fine now, can we book her physio review for today",
    "My dad had a stroke last year and recovered well, what time is the stroke clinic open today",
    "我妈去年中风，现在恢复得很好，今天想预约康复科复查",
    "my son fainted when they took his blood, came round straight away, the nurse said he is fine",
    "my daughter went pale when they took her blood at the clinic, came round after a minute and is fine now",
    "他抽血的时候晕了一下，马上就醒了，护士说没事",
]

STILL_EMERGENCY = [
    "he fainted when they took his blood and he is still not responding",
    "my son fainted when they took his blood and hit his head, he is confused",
]


@pytest.mark.parametrize("text", TOLD_TODAY)
def test_a_sign_told_today_beside_an_old_event_is_an_emergency(text):
    assert TRIAGE.assess(text).level == "emergency"


@pytest.mark.parametrize("text", CALM)
def test_old_events_with_a_practical_question_and_a_faint_at_a_needle_stay_calm(text):
    assert TRIAGE.assess(text).level == "none"


@pytest.mark.parametrize("text", STILL_EMERGENCY)
def test_a_faint_at_a_needle_with_a_worrying_feature_stays_an_emergency(text):
    assert TRIAGE.assess(text).level == "emergency"
