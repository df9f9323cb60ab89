"""A painkiller total of ten or more told after repeated ordinary doses is a (staggered) overdose emergency; a small
total, a pack size, a limit asked about or a total spread over weeks is not raised by this rule."""

import pytest

from medqa.safety.triage import RedFlagTriage

TRIAGE = RedFlagTriage()

STAGGERED = [
    "took 2 paracetamol every 2 hours all day, about 20 in total, and now i feel sick",
    "been taking 2 ibuprofen every 3 hours since yesterday for my back, thats 16 so far, stomach burning",
    "my dad has had two co-codamol every couple of hours through the night, 12 altogether, and he is very sleepy",
    "she kept taking lemsip and panadol for her flu, that's 14 tablets since breakfast",
    "我妈牙疼，从早上到现在隔两个小时就吃两片止痛片，加起来有十几片了，现在说恶心",
]

NOT_RAISED = [
    "took 2 paracetamol at 8am and 2 more at 2pm, so 4 in total, feel fine, is that ok?",
    "the box of paracetamol has 16 in total, how many can I take a day?",
    "can I take 10 in total over the day if I spread them out?",
    "I had 2 paracetamol this morning and 2 nurofen at lunch, feel fine, ok to take more tonight?",
]


@pytest.mark.parametrize("text", STAGGERED)
def test_a_large_total_after_repeated_doses_is_an_emergency(text):
    result = TRIAGE.assess(text)
    assert result.level == "emergency", (text, result.rules)
    assert "overdose_poisoning" in result.categories


@pytest.mark.parametrize("text", NOT_RAISED)
def test_small_totals_pack_sizes_and_limit_questions_are_not_raised_by_it(text):
    assert "overdose.staggered_total" not in TRIAGE.assess(text).rules
