"""R21 (spent after its one run): a box short from the pharmacy (拿藥回家才發現少了一盒) read as an empty packet found.
Wordings written here; a box found empty with an ingestion told stays an emergency. On HEAD (b574031) all 3 fail."""

import pytest

from medqa.safety.triage import EMERGENCY, RedFlagTriage

TRIAGE = RedFlagTriage()


@pytest.mark.parametrize("text", [
    "拿药回家发现少了一盒降压药，还能回药房问吗？",
    "回家才發現藥局少給了一盒，可以回去藥局那邊補嗎？",
    "取完药到家发现漏了一瓶，怎么办？",
])
def test_a_box_short_from_the_pharmacy_is_no_emergency(text):
    assert TRIAGE.assess(text).level != EMERGENCY


@pytest.mark.parametrize("text", [
    "回家发现孩子把一整盒药吃了，少了一盒",
    "发现他把一大盒安眠药都吃了",
])
def test_a_box_swallowed_stays_an_emergency(text):
    assert TRIAGE.assess(text).level == EMERGENCY
