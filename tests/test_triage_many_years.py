"""Triage: 好多 / 很多 before a time word (好多年, 很多天, 好多个月) says how long, not how much was taken.

R39's "吃了好多年同一种药，一次最多能开多长时间的量" (a repeat-prescription question) read as an overdose: the amount
words of rules and lay signs took 好多 of 好多年. Written here in new words; an amount of medicine taken stays one."""

import pytest

from medqa.safety.triage import RedFlagTriage

TRIAGE = RedFlagTriage()

HOW_LONG = [
    "我爸吃降压药吃了好多年了，医院一次最多可以开多久的？",
    "佢食咗好多年薄血丸，覆診可唔可以改喺網上開藥？",
    "我吃了很多天消炎药了，还要不要回去复查？",
    "我妈吃了好多个月的钙片，想问药房能不能送药上门",
    "我们家老人吃了很多年胃药，长期处方要怎么办理？",
]
STILL_AN_OVERDOSE = [
    "我爸一下子吃了好多安眠药，现在叫不醒",
    "佢食咗好多粒止痛藥，而家好眼瞓，叫極都唔應",
    "孩子偷吃了很多片降压药，脸色发白",
    "我吃了好多片扑热息痛，想死",
]


@pytest.mark.parametrize("text", HOW_LONG)
def test_many_years_of_a_medicine_is_no_overdose(text):
    assert TRIAGE.assess(text).level != "emergency", TRIAGE.assess(text).rules


@pytest.mark.parametrize("text", STILL_AN_OVERDOSE)
def test_many_tablets_taken_stays_an_emergency(text):
    assert TRIAGE.assess(text).level == "emergency", TRIAGE.assess(text).rules
