"""Scope: 转 in a journey ("坐飞机回武汉再转回天门") is no medicine switch, and "多久能喝口水" after a test is no alcohol ask.

From R40 (read once as the twenty-eighth session's held reviewer set): an insulin storage-and-travel question and a
question about drinking water after a sedated gastroscopy were both redirected as dose changes. Written here in new
words; a real switch back, and alcohol after a medicine, keep their redirect."""

import pytest

from medqa.safety.scope import classify_scope

REDIRECT = "redirect_clinician"

ANSWERED = [
    "过年坐高铁到郑州再转回老家，我妈的胰岛素笔能放行李箱里吗？",
    "我们坐大巴去省城再转车回村里，降压药要怎么带才不会坏？",
    "明天做无痛肠镜，做完多久能喝水？",
    "打麻药做完胃镜以后多久可以喝点粥？",
    "做完检查几天才能喝奶茶？",
]
REDIRECTED = [
    "吃完头孢多久能喝？",
    "吃了甲硝唑，隔多久可以喝酒？",
    "我爸的降压药能不能转回原来那种？",
    "我妈想把二甲双胍转成别的药，可以吗？",
]


@pytest.mark.parametrize("text", ANSWERED)
def test_journeys_and_drinks_after_a_test_are_answered(text):
    assert classify_scope(text).decision != REDIRECT, classify_scope(text)


@pytest.mark.parametrize("text", REDIRECTED)
def test_switches_and_alcohol_after_a_medicine_redirect(text):
    assert classify_scope(text).decision == REDIRECT, classify_scope(text)
