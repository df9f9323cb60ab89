"""Session 37 (lead): a new event told now after a past, well-now one is not masked as the past event's details.

Found by helper R37e: "last year i took an overdose and i'm doing well, but tonight i've taken 30 paracetamol" read as
none, because round 45's past-and-well family blanked every clause after the dated one."""

import pytest

from medqa.safety.triage import RedFlagTriage

NOW_AFTER_PAST = [
    "last year i took an overdose and i'm doing well, but tonight i've taken 30 paracetamol",
    "last year i took an overdose and im doing well now but i just swallowed a whole box of my tablets",
    "去年我吃过一次安眠药过量，现在好很多了，可是今晚又吞了一整盒安眠药",
]
STILL_PAST = [
    "last year i took an overdose and i'm doing well now, can i self refer to the talking therapies team?",
    "my son had a febrile fit last year and has been fine since, what temperature should i worry about",
    "she had a stroke last year but she is doing well now, just wondering about visiting times",
]


@pytest.fixture(scope="module")
def triage():
    return RedFlagTriage()


@pytest.mark.parametrize("text", NOW_AFTER_PAST)
def test_an_event_told_now_after_a_past_one_is_an_emergency(triage, text):
    assert triage.assess(text).level == "emergency"


@pytest.mark.parametrize("text", STILL_PAST)
def test_a_past_event_well_now_stays_calm(triage, text):
    assert triage.assess(text).level != "emergency"
