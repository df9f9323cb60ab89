"""Triage: where someone has just been ("back from football training", "home from a first-aid course") is a setting.

A frame audit (session 28: 500 spent blind40-47 emergencies, each with ten neutral settings put in front) found "We
just got back from football training and ..." turned 25 of 223 English emergencies to none: round 45's document family
read "training" as a course asked about and masked the whole sentence with it. Written here in new words; a course or
leaflet asked about, with nobody ill, stays calm."""

import pytest

from medqa.safety.triage import RedFlagTriage

TRIAGE = RedFlagTriage()

REAL = [
    "We just got back from netball training and my son has swallowed a whole strip of his nan's sleeping tablets",
    "Came home from swimming training and my wife is 33 weeks and hasn't felt the baby move since this morning",
    "on the way back from rugby training my mate collapsed, he's grey and not breathing properly",
    "Just back from the first aid course and my dad is slurring his words and his face has dropped on one side",
    "got home from band practice and our 6 week old is burning up, 38.6, and won't feed",
]
CALM = [
    "Do you run a first aid training course for parents of toddlers? Nobody is ill, just asking.",
    "Is there a leaflet about overdose warning signs I could put up in the youth club?",
    "We just got back from football training. Where do I park for the fracture clinic tomorrow?",
]


@pytest.mark.parametrize("text", REAL)
def test_an_emergency_after_a_setting_is_an_emergency(text):
    assert TRIAGE.assess(text).level == "emergency", TRIAGE.assess(text).rules


@pytest.mark.parametrize("text", CALM)
def test_a_course_or_a_setting_alone_is_no_emergency(text):
    assert TRIAGE.assess(text).level != "emergency", TRIAGE.assess(text).rules
