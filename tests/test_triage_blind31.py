"""blind31 (held, written blind mid-session; spent after its one run): Chinese emergencies the lexicons had no words
for, fixed as families with wordings written here:
- 'N来片' (about N tablets: 三十来片) is the amount, not 来 = come;
- antifreeze / car coolant drunk (防冻液, 防凍液, 冷却液; normalised 防冷液);
- 'this time I will surely die' (这次一定要死, 今次真系要死) said by someone locked in;
- thinking of jumping down said at a height (喺天台諗住跳落去, 在楼顶想着跳下去).
Guards: adding antifreeze to a car, 'this exam will kill me' jokes. On HEAD (b7d4622) 4 of the 6 MISSES fail."""

import pytest

from medqa.safety.triage import EMERGENCY, RedFlagTriage

TRIAGE = RedFlagTriage()

MISSES = [
    "我妈故意吞了三十来片安眠药，叫不太醒",
    "细路仔饮咗防凍液，以为系汽水",
    "我外公把车里的冷却液当水喝了",
    "同事把自己锁在仓库里，说这次一定要死",
    "我喺楼顶，諗住跳落去",
    "朋友在楼顶发微信说想着跳下去",
]

GUARDS = [
    "车的防冻液要去哪里加？",
    "明天考试一定考砸，哈哈",
    "天气热得要死，医院食堂几点开？",
]


@pytest.mark.parametrize("text", MISSES)
def test_blind31_families_are_emergencies(text):
    assert TRIAGE.assess(text).level == EMERGENCY


@pytest.mark.parametrize("text", GUARDS)
def test_blind31_guards_are_not_emergencies(text):
    assert TRIAGE.assess(text).level != EMERGENCY
