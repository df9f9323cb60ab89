"""A blood-sugar reading is no amount taken; a dose told against the right one is an overdose.

everyday2 (spent): "二型糖尿病，吃了一塊生日蛋糕，兩小時血糖190，人沒有不舒服" fired diabetic.insulin_overdose (diabetes + ate +
the bare number 190 read as an amount). Found beside it, missed on HEAD: "took 40 units of insulin instead of 4".
The lead's wordings; over the 1,358 spent triage texts with a sugar reading or "instead of" only the everyday2 row
changes."""

import pytest

from medqa.safety.triage import EMERGENCY, NONE, RedFlagTriage

TRIAGE = RedFlagTriage()

READINGS = [
    "Type 2 diabetic, had a slice of birthday cake and my sugar was 190 two hours later. Feel fine, anything to do?",
    "我有糖尿病，中午吃了一碗面，饭后两小时血糖是200，没什么不舒服，正常吗？",
    "糖尿病人，食咗件蛋糕，血糖有180，冇唔舒服，使唔使睇醫生？",
    "糖尿病，刚吃了两块月饼，血糖210，人挺好的，要紧吗？",
    "diabetic, ate two mince pies, sugar 15 after, feel fine",
]
WRONG_DOSES = [
    "my diabetic dad took 40 units of insulin instead of 4 by mistake",
    "爸爸有糖尿病，胰岛素打成了40个单位，本来是4个",
]


@pytest.mark.parametrize("text", READINGS)
def test_a_sugar_reading_after_food_is_no_overdose(text):
    assert TRIAGE.assess(text).level == NONE


@pytest.mark.parametrize("text", WRONG_DOSES)
def test_a_dose_told_against_the_right_one_is_an_overdose(text):
    assert TRIAGE.assess(text).level == EMERGENCY
