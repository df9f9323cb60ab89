"""Session 39 (lead): a toddler learning to talk is not short of breath; round 37z's English 'doctor said not a stroke'.

The speech wordings read a breathing emergency at 2550061 ('can only say a few words' is how breath between words is
told); the breathing wordings beside them must stay emergencies. The doctor-excluded wordings: round 37z's pattern
held a backspace character where `\\b` was meant, so its English half never matched.
"""

import pytest

from medqa.safety.triage import EMERGENCY, NONE, RedFlagTriage

TRIAGE = RedFlagTriage()

SPEECH_STILL_COMING = [
    "my toddler can only say a few words",
    "our son is 20 months and can only say a few words, how do we get a speech referral",
    "my grandson is 2 and can only say three words, mama, dada and dog",
    "she is 18 months and can only say one or two words, is that a worry",
    "My daughter turned 2 in May and only says about ten words. Health visitor mentioned speech and language therapy, how do I get seen?",
    "baby is 15 months, only says 2 words so far, is there a clinic that checks hearing?",
]

BREATH_BETWEEN_WORDS = [
    "my toddler is wheezing and can only say a few words",
    "my 3 year old's asthma is bad, she can only say a few words",
    "my toddler can only say a few words and her lips are blue",
    "my son is 2 and can only say a few words at a time, he keeps stopping",
    "my 3 year old can only say two words then has to stop for breath",
    "my dad can only say a few words and his face has dropped",
    "she can only say a few words before she has to stop for breath",
]


@pytest.mark.parametrize("text", SPEECH_STILL_COMING)
def test_a_young_child_learning_to_talk_is_not_a_breathing_emergency(text):
    assert TRIAGE.assess(text).level == NONE


@pytest.mark.parametrize("text", BREATH_BETWEEN_WORDS)
def test_few_words_with_any_breath_sign_or_an_adult_stays_an_emergency(text):
    assert TRIAGE.assess(text).level == EMERGENCY


def test_round_37z_pattern_has_no_control_characters():
    import medqa.safety.triage as triage
    assert "\x08" not in triage._R37Z_DOCTOR_EXCLUDED.pattern
    assert triage._R37Z_DOCTOR_EXCLUDED.search("the doctor said it was not a stroke")
