"""Triage, lead fixes after reviewer set 15 (its blocked rows; wordings written here).

Families:
- a carer who NEARLY gave a second dose and asks how to stop doubling up is not an overdose; a second dose given, or
  a near miss with signs told after it, still is;
- "me and my husband both ..." is two people, not two packs: "both" is an amount only when it counts the medicine;
- "eye drops" is a medicine, not an eye that drops: the droop pattern no longer reads the compound noun; a drooping
  eye or face still raises a stroke.
"""

import pytest

from medqa.safety.triage import EMERGENCY, RedFlagTriage


@pytest.fixture(scope="module")
def triage():
    return RedFlagTriage()


NOT_EMERGENCY = [
    "We nearly gave our daughter her medicine twice last night, how do we stop mixing it up?",
    "My husband and I almost both gave him his dose this morning - any tips to avoid doubling up?",
    "我和老公差点给孩子喂了两次退烧药，怎么避免重复？",
    "How many days can I keep using eye drops after opening?",
    "How long do eye drops last once opened?",
    "Can I use my glaucoma eye drop before the scan?",
    "Me and my husband both look after our son, who's on antibiotics.",
    "we both give our daughter her medicine, how do we avoid mix-ups",
]

EMERGENCY_STILL = [
    "her eye droops and her mouth has dropped on one side",
    "his face has dropped on one side and he can't lift his arm",
    "We nearly gave her the medicine twice and now she's drowsy and vomiting",
    "my son drank a bottle of calpol, we nearly didn't notice",
    "my toddler swallowed my eye drops, the whole bottle",
    "my son swallowed both packets of his ADHD tablets",
    "he took both bottles of calpol",
]


@pytest.mark.parametrize("text", NOT_EMERGENCY)
def test_near_misses_and_eye_drops_are_not_emergencies(triage, text):
    assert triage.assess(text).level != EMERGENCY


@pytest.mark.parametrize("text", EMERGENCY_STILL)
def test_real_signs_still_raise(triage, text):
    assert triage.assess(text).level == EMERGENCY
