"""A stiff or sore neck with a headache and nothing else is an everyday complaint, not meningitis (lead, session 17).

TR27 noticed that "slept funny, stiff neck and a bit of a headache" was an emergency: the lay rule read any stiff or
sore neck beside any illness word, and "headache" counted as one. The neck now needs an illness beyond the headache
itself (fever, vomiting, drowsiness, confusion, a rash, floppiness); the rash, light and fontanelle signs keep the
old pairing, and so does a chin that cannot reach the chest. Over the 1,101 spent triage rows that mention a neck or
chin (blind4..25, generated, hand sets) the change moved no decision: no writer had written this look-alike.
"""

import pytest

from medqa.safety.triage import EMERGENCY, RedFlagTriage


@pytest.fixture(scope="module")
def triage():
    return RedFlagTriage()


EVERYDAY = [
    "Slept funny last night, stiff neck and a bit of a headache today, can I take ibuprofen?",
    "sore neck and a headache after a long shift at the laptop, any tips?",
    "got a stiff neck and headache after deadlifts at the gym",
    "落枕了，脖子僵，有点头痛，能贴膏药吗",
    "今天颈好硬，头有啲痛，应该係瞓得唔好",
    "脖子僵硬，頭有點痛，是不是枕頭太高？",
]
EMERGENCIES = [
    "my son has a stiff neck, a headache and a temperature of 39.5",
    "stiff neck, headache and she keeps vomiting",
    "he's got a headache and a stiff neck and he's really confused",
    "孩子脖子硬，头痛，一直吐",
    "頸好硬，頭痛，仲發緊高燒",
    "headache, stiff neck and the light hurts her eyes",
    "she has a bad headache and cannot touch her chin to her chest",
]


@pytest.mark.parametrize("text", EVERYDAY)
def test_neck_and_headache_alone_is_no_emergency(triage, text):
    assert triage.assess(text).level != EMERGENCY


@pytest.mark.parametrize("text", EMERGENCIES)
def test_neck_with_an_illness_beyond_the_headache_stays_an_emergency(triage, text):
    result = triage.assess(text)
    assert result.level == EMERGENCY and "meningitis" in result.categories, result
