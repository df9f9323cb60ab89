"""Hands or feet soaked in warm water as a remedy are no burn: numb fingers beside the soak are not the sign of a burn
all the way round a limb (inventory B's rule), while a real scald with numb fingers stays an emergency. Found by the
held everyday7 set (spent after its one run); wordings written here."""

import pytest

from medqa.safety.triage import EMERGENCY, RedFlagTriage

TRIAGE = RedFlagTriage()


@pytest.mark.parametrize("text", [
    "摘了一下午棉花，手指发麻，回家用热水泡了手舒服多了，要紧吗",
    "手指頭有啲麻，泡咗熱水好返啲，正唔正常",
    "knitting all day and my fingers went numb, soaked my hands in warm water and they're better, normal?",
])
def test_soaking_in_warm_water_is_not_a_burn(text):
    assert TRIAGE.assess(text).level != EMERGENCY


@pytest.mark.parametrize("text", [
    "开水泼到孩子手上，整只手又红又肿，手指发麻",
    "boiling water went all over his hand, it's burnt all the way round and his fingers are going numb",
])
def test_a_scald_with_numb_fingers_stays_an_emergency(text):
    assert TRIAGE.assess(text).level == EMERGENCY
