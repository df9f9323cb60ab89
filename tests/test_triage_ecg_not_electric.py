"""Triage: 电 of 心电图 (and 电话, 电梯, 电脑) is no electric burn, and 心慌 as a long-standing complaint (心慌的毛病, 心慌了好几年) is no burn sign.

R40 (read once as the held reviewer set): "落下个心慌的毛病 ... 背动态心电图 ... 泡个热水澡" read as a major scald: 热水
was the burn, 电 (of 心电图) made it severe and 心慌 (the reason for the Holter) made it major. Written here in new words;
an electric injury, or a burn with palpitations now, stays an emergency."""

import pytest

from medqa.safety.triage import RedFlagTriage

TRIAGE = RedFlagTriage()

CALM = [
    "我有心慌的老毛病，明天要戴二十四小时心电图，晚上能不能泡热水澡？",
    "做完心电图回家可以洗热水澡吗？",
    "心电图室在几楼？我爸心慌了好几年，想顺便问能不能用热水袋",
    "打电话问过了，做心电图前要不要先洗个热水澡？",
]
ELECTRIC = [
    "我儿子摸插座被电到，手指烧焦了，现在说心慌",
    "老公修电闸被电了一下，手上有个黑点，心跳好乱",
]


@pytest.mark.parametrize("text", CALM)
def test_an_ecg_and_a_hot_bath_are_no_burn(text):
    assert TRIAGE.assess(text).level != "emergency", TRIAGE.assess(text).rules


@pytest.mark.parametrize("text", ELECTRIC)
def test_an_electric_injury_with_palpitations_stays_an_emergency(text):
    assert TRIAGE.assess(text).level == "emergency", TRIAGE.assess(text).rules
