"""A baby named by a regional word (娃, 伢崽, 毛毛) is an infant for the fever-under-3-months fact (session 43)."""
import pytest

from medqa.safety.triage import RedFlagTriage

TRIAGE = RedFlagTriage()

EMERGENCY = [
    "两个月的娃发烧38度，能先在家观察吗",
    "兩個月的娃發燒38度，可以先在家觀察嗎",
    "我家两个月的伢崽发烧38度2，要紧不",
    "五十天的毛毛发烧三十八度五，能不能等明天",
    "七周的娃娃额头烫，量了38.3度",
]
CALM = [
    "两个月的娃打完疫苗有点低烧37.5，正常吗",
    "两个月的娃今天去打疫苗，要带什么",
    "两岁的娃发烧38度，能先在家观察吗",
]


@pytest.mark.parametrize("text", EMERGENCY)
def test_a_young_baby_with_fever_is_an_emergency_whatever_the_word(text):
    assert TRIAGE.assess(text).level == "emergency"


@pytest.mark.parametrize("text", CALM)
def test_older_child_or_no_fever_stays_calm(text):
    assert TRIAGE.assess(text).level != "emergency"
