"""A visible sign denied inside the words that name it ("face not droopy", 脸也不歪) is a denial, not the sign (session 24).

Negation is often the sign itself ("not breathing", "the inhaler isn't helping", 叫不醒, 活着没意思, 疹子压了不会退), so
only a cue right before a word naming a visible sign counts; these cases pin both directions with the whole triage.
"""

import pytest

from medqa.safety.lay_signs import denies_itself
from medqa.safety.triage import EMERGENCY, RedFlagTriage


@pytest.fixture(scope="module")
def triage():
    return RedFlagTriage()


DENIED = [
    "woke up with pins and needles in two fingers after sleeping on my arm, face isn't drooping, talking fine",
    "tingly thumb since the gardening, face not droopy, both arms strong, can I see the GP next week",
    "我妈早上说小指有点麻，昨晚压着胳膊睡的，脸也不歪，说话清楚，走路正常，要紧吗",
    "早上起來食指有點麻，臉也沒歪，講話正常，握東西有力，係咪用手用多咗",
    "嘴角长了个疱疹，有点疼，嘴没有歪，说话吃饭都正常，能挂皮肤科普通号吗",
]

STILL_EMERGENCY = [
    "my dad's face is drooping on one side and he can't lift his arm",
    "her face does not move on the left and her words are slurred",
    "我爸脸歪了，说话说不清楚，左手抬不起来",
    "阿嫲塊面歪咗，講嘢唔清楚",
    "my mum's smile is lopsided since lunch and her arm feels heavy",
    "he is not responding and his face looks droopy",
]


@pytest.mark.parametrize("text", DENIED)
def test_denied_visible_sign_is_not_an_emergency(triage, text):
    assert triage.assess(text).level != EMERGENCY


@pytest.mark.parametrize("text", STILL_EMERGENCY)
def test_the_sign_told_still_raises_the_alarm(triage, text):
    assert triage.assess(text).level == EMERGENCY


@pytest.mark.parametrize("span, denied", [
    ("face not droopy", True),
    ("face is not drooping", True),
    ("脸也不歪", True),
    ("嘴没有歪", True),
    ("face does not look droopy", True),
    ("can not smile", False),        # a modal: the smile is lost
    ("face does not move", False),   # a lost function, not a visible sign denied
    ("叫不醒", False),
    ("活着没意思", False),
    ("压了不会退", False),
    ("inhaler is not helping", False),
])
def test_denies_itself_reads_only_visible_signs(span, denied):
    assert denies_itself(span) is denied
