"""Round 13 (after blind12, now spent): pictures of an emergency told without its name, pinned with wordings written
here, not copied from blind12.

blind12's 18 misses were plain descriptions the lay-sign lexicons did not have: not wanting to go on living in
Cantonese (不想再生存), sitting in a car in a garage with the engine running, a collapse with convulsing (倒地抽筋) or a
stiff body (全身硬, after the Cantonese 晒 is dropped), a punch and a fall onto the kerb with confusion and one big pupil
(颠三倒四, 瞳孔很大), a face gone big and noisy breathing after nuts, a hand caught in a slicer, a solvent drunk by
mistake, and "my wife here is 30 weeks" with bleeding.
"""

import pytest

from medqa.safety.triage import EMERGENCY, NONE, RedFlagTriage

TRIAGE = RedFlagTriage()


@pytest.mark.parametrize("text", [
    "我依家喺海邊，真係唔想再生存落去",
    "我在楼顶，不想再生存了",
    "he's sitting in the garage with the car engine on and won't come out",
    "the engine is running in the garage and my brother has locked himself in the car",
    "老公突然晕倒抽搐，叫不应",
    "佢頭先倒地抽筋，依家仲未醒",
    "阿妹全身硬晒，眼仔反白",
    "my brother got knocked down onto the pavement, now he's making no sense",
    "she fell backwards onto the tiles and one pupil is bigger than the other",
    "外婆撞到头后讲话颠三倒四",
    "she ate a biscuit with peanuts and now her lips are big and she's breathing with a whistle",
    "my colleague caught his hand in the meat slicer and it's pouring everywhere",
    "my son drank some brake fluid from a bottle in the shed and he's being sick",
    "my partner here is 34 weeks and has started bleeding heavily",
])
def test_round13_pictures_are_emergencies(text):
    assert TRIAGE.assess(text).level == EMERGENCY, text


@pytest.mark.parametrize("text", [
    "游泳的时候小腿抽筋了一下，现在好了",
    "昨晚瞓覺腳抽筋，今朝冇事，使唔使睇醫生",
    "the slicer at work needs a new blade, who do I tell",
    "some degreaser spilled on the garage floor, how do I clean it up",
    "he was punched at a match last year and still gets headaches now and then, can we book neurology",
    "I'm 31 weeks, what time is the antenatal class on Thursday",
    "my face looks big in the new passport photo, can I use it for the hospital ID badge",
    # a question about fasting for a test: "if I can't eat" is the fast, not a diabetic emergency
    "I'm on insulin and have a fasting scan on Friday, what do I do with my insulin if I can't eat that morning?",
])
def test_round13_lookalikes_stay_calm(text):
    assert TRIAGE.assess(text).level == NONE, text
