"""Northern colloquial numerals in ages: 俩 ("two of") and 仨 ("three of") count as 两个 / 三个.

Without the fold "刚俩月" (just two months old) gave the facts detector no age, and a two-month-old with 三十八度 was no
emergency (found on the spent reviewer set R18; these wordings are the lead's own)."""

import pytest

from medqa.safety.facts import extract_facts
from medqa.safety.triage import EMERGENCY, NONE, RedFlagTriage

TRIAGE = RedFlagTriage()
RULES_AND_FACTS = RedFlagTriage(learned_net=False)  # the learned net reads some of these anyway; the fold must not rely on it

YOUNG_INFANT_FEVER = [
    "我闺女才俩月，今天一摸额头滚烫，量了三十八度三，要紧不？",
    "孙子出生仨礼拜，体温38度，奶吃得少",
    "娃俩月大了，晚上发烧到三十八度，还吃奶",
    "阮囝仔倆月，發燒三十八度半，現在欲按怎？",
]
NOT_AN_INFANT = [
    "我俩都感冒发烧了，38度，周一能去上班吗？",
    "孩子俩岁了，发烧38度，能吃能玩，精神挺好，需要去医院吗？",
    "我们俩个人下午去探视，可以一起进病房吗？",
    "仨孩子都咳嗽，没发烧，能去幼儿园吗？",
]


@pytest.mark.parametrize("text", YOUNG_INFANT_FEVER)
def test_young_infant_fever_with_colloquial_age_is_an_emergency(text):
    assert any(days < 90 for days in extract_facts(text).age_days)
    assert RULES_AND_FACTS.assess(text).level == EMERGENCY
    assert TRIAGE.assess(text).level == EMERGENCY


@pytest.mark.parametrize("text", NOT_AN_INFANT)
def test_colloquial_two_or_three_without_an_infant_is_not_an_emergency(text):
    assert TRIAGE.assess(text).level == NONE
