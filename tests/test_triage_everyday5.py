"""everyday5 (held, written blind mid-session; spent after its one run): three emergencies missed, as families with
wordings written here:
- the tablets all laid out with letters written, told as a message the writer does not know why they send (en and
  Cantonese): either alone is an errand, together a plan (MEDS_ALL_OUT + LETTERS_WRITTEN);
- '唔知點解' / '不知道点解' ('no idea why') was read as asking what a word means (点解), which vetoed the case;
- heavy bleeding late in pregnancy asked as 'should I wait for the appointment next week?': asking whether to wait is
  asked about something happening, not a routing question.
On HEAD (f811a65) 3 of the 4 MISSES fail; the guards pass on HEAD and here. Left alone: "put all my tablets out on the table to
sort them into the dosette box" fires lay.overdose.substance_excess on HEAD and here."""

import pytest

from medqa.safety.triage import EMERGENCY, RedFlagTriage

TRIAGE = RedFlagTriage()

MISSES = [
    "Been a bad few months. My pills are all out on the kitchen table and I've written letters. Not sure why I'm typing this",
    "我把安眠药全部倒出来了，信都写好了，不知道点解还要发这个",
    "34 weeks and bleeding a fair bit, bright red, tummy sore all the time. Antenatal appointment is on Monday, should I wait for it?",
    "I've written letters to my kids. Tonight I've got all my tablets out on the bed.",
]

GUARDS = [
    "Mum has written thank-you letters to the nurses, where on the ward can we leave them tonight?",
    "I've written letters to my MP about the ward closing, what are visiting hours tonight?",
    "Can my physio appointment wait until next month? My knee is much better.",
    "中风点解？是不是血管爆了？我爷爷以前有过，现在很好",
]


@pytest.mark.parametrize("text", MISSES)
def test_everyday5_families_are_emergencies(text):
    assert TRIAGE.assess(text).level == EMERGENCY


@pytest.mark.parametrize("text", GUARDS)
def test_everyday5_guards_are_not_emergencies(text):
    assert TRIAGE.assess(text).level != EMERGENCY
