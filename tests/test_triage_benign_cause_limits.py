"""Limits of two benign readings: a pressed nerve explains a numb limb, not a face or speech sign; a bottle drunk to
the end is an amount.

Found by helper EV1 while writing the everyday-complaints tests (session 18), both missed on HEAD: "my arm went dead
after sleeping on it but my face is drooping and my speech is slurred" (the slept-on cause dropped the stroke), and a
toddler who "got the bottle and drank the lot" (no amount word). Wordings here are the lead's own; over the 175 spent
texts where either reading applies no decision changes."""

import pytest

from medqa.safety.triage import EMERGENCY, NONE, RedFlagTriage

RULES_AND_FACTS = RedFlagTriage(learned_net=False)
TRIAGE = RedFlagTriage()

STILL_EMERGENCIES = [
    "Her leg went numb from sitting cross-legged and her face is drooping on one side, speech slurred too",
    "he says his arm went to sleep from leaning on the desk, but his mouth is drooping and he can't get his words out",
    "我手是压麻的，可是现在嘴歪了，说话不清楚",
    "我阿媽話隻手瞓到麻咗，但係而家口齒不清，塊面一邊跌咗落嚟",
    "my 3 year old got the Calpol bottle off the side and drank the lot",
    "found my toddler with grandad's cough mixture, he'd swallowed the rest of the bottle",
    "孩子把一瓶止咳糖浆一口气喝光了",
]
STILL_BENIGN = [
    "Slept on my arm and it went dead, came back after a couple of minutes, fine since. Normal?",
    "我腿是蹲太久压麻的，站起来走两步就好了，不用担心吧？",
    "I finished the lot of my antibiotics yesterday, when can I have a drink?",
    "we drank the lot of the squash on the ward, can we bring more in?",
]


@pytest.mark.parametrize("text", STILL_EMERGENCIES)
def test_the_benign_reading_does_not_hide_these(text):
    assert RULES_AND_FACTS.assess(text).level == EMERGENCY
    assert TRIAGE.assess(text).level == EMERGENCY


@pytest.mark.parametrize("text", STILL_BENIGN)
def test_the_benign_reading_still_holds(text):
    assert TRIAGE.assess(text).level == NONE
