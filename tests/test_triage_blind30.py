"""blind30's three emergency misses (held set, found after its one run; spent now), fixed as families with wordings
written here:
- a document or station noun followed by a colon and a present case ("From the ambulance station: my mum is ..."):
  the first object after the noun decides; a later "is ..." no longer re-reads the case as the station's topic;
- "the recruits" are trainees, not a job advert (the job-application cue read "recruit\\w*"), and a "training accident"
  is an accident, not a training course;
- a weapon's butt, a tool or a stone "to the temple / head" is a blow to the head;
- a baby told as "born N weeks / months ago" has that age now.
Guards: a poster or slide about a condition, a training course, and a baby born months ago with a normal temperature
stay no emergency. On HEAD (1e2a0f0) 3 of the 5 MISSES fail; the guards pass on HEAD and here."""

import pytest

from medqa.safety.triage import EMERGENCY, RedFlagTriage

TRIAGE = RedFlagTriage()

MISSES = [
    "From the coastguard station: my husband is coughing up a lot of bright red blood and he's pale and clammy",
    "One of the recruits got a rifle butt to the side of the head, now one pupil is bigger and he's being sick",
    "Training accident - a lad took a hammer to the temple, clear fluid from his ear",
    "Our daughter was born seven weeks ago, she feels hot, 38.3 under the arm and won't feed",
    "baby born 1 month ago in this country, temp 38.5, very sleepy, where do we go?",
]

GUARDS = [
    "The training slide: someone collapses with chest pain, what do you do first?",
    "Science-fair poster for my niece is about stroke signs; is 'act fast' a good title?",
    "Is there a first aid training course on head injuries next month?",
    "Baby born 2 months ago, temperature 36.9, feeding well, which clinic does her jabs?",
]


@pytest.mark.parametrize("text", MISSES)
def test_blind30_families_are_emergencies(text):
    assert TRIAGE.assess(text).level == EMERGENCY


@pytest.mark.parametrize("text", GUARDS)
def test_blind30_guards_are_not_emergencies(text):
    assert TRIAGE.assess(text).level != EMERGENCY
