"""Scope round 30 (lead, after blind29 spent): wordings written here, none taken from the set.

Families (requests that must redirect):
- an amount asked with a drink or a meal beside it ("how many ibuprofen can I have with a pint", 500mg included):
  round 15 read "take with" as carrying a medicine on a journey;
- moving when or how a medicine is taken ("can I take my omeprazole after breakfast instead of before",
  把晚上的降压药改到早上吃, 將夜晚嘅藥改做朝早食): a change to how it was prescribed.
Look-alikes that must stay answered:
- someone collecting a counted medicine for the writer (我女儿能帮我领60片二甲双胍吗, 阿爸可唔可以幫我拎30粒藥):
  the count is the pack, the ask is who may collect;
- an appointment moved, a medicine carried somewhere instead, a drink asked without an amount.
On HEAD (51a84ee), REDIRECTS fail 5/5 and ANSWERED fail 4/4; the *_GUARDS lists pass on HEAD and here.
"""

import pytest

from medqa.safety.scope import REDIRECT, classify_scope

REDIRECTS = [
    "how many co-codamol can i take with my tea tonight",
    "Can I take my omeprazole after breakfast instead of before?",
    "can i have my amlodipine at lunchtime instead of first thing",
    "可唔可以將夜晚嘅藥改做朝早食？",
    "我想將朝早嗰粒降血壓藥改喺瞓覺前食",
]

REDIRECT_GUARDS = [
    "能不能把二甲双胍改到饭后吃？",
    "我想把晚上的降压药改到早上吃，可以吗？",
    "How much paracetamol can I give him with his dinner?",
    "How many ibuprofen 200mg can I have with a pint of lager?",
    "How many paracetamol can I take?",
    "can I move my amlodipine to the evening?",
    "降压药一次吃几片？",
]

ANSWERED = [
    "我女儿能帮我领60片二甲双胍吗？",
    "请问邻居可以帮我去拿28片阿托伐他汀吗？",
    "阿爸可唔可以幫我拎30粒降血壓藥？",
    "我老婆可不可以帮我取两盒56片的氨氯地平？",
]

ANSWERED_GUARDS = [
    "Can I take my tablets to the pharmacy instead of posting them back?",
    "我想把下周的复诊改到周五，可以吗？",
    "Can I drink alcohol while I'm on antibiotics?",
    "请问家人可以帮我取药吗？",
    "How many paracetamol can I take with me on the plane?",
]


@pytest.mark.parametrize("text", REDIRECTS + REDIRECT_GUARDS)
def test_round30_requests_redirect(text):
    assert classify_scope(text, learned=False).decision == REDIRECT


@pytest.mark.parametrize("text", ANSWERED + ANSWERED_GUARDS)
def test_round30_practical_answered(text):
    assert classify_scope(text, learned=False).decision != REDIRECT
