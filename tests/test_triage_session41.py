"""Session 41: a suicide plan told by its means and a sign the end is decided, each in broad everyday words.

T12's seven missed plans (blind62a/b, spent after the session's read) fired no rule at all. These are own wordings of
the same two-part shape in other voices, and look-alikes where the means or the finality stands alone or in an
ordinary errand. None of them is copied from a test set.
"""

import pytest

from medqa.safety.triage import RedFlagTriage

RULE = "lay.suicide.means_with_final_act"

PLANS = [
    "My brother has a rope in the shed and says tonight he is going to use it. He sounds calm. What should I do?",
    "i've got the pills lined up on my desk. everyone will be better off. just wanted to tell someone",
    "My son is on the roof of our block right now. He texted me 'I've decided.'",          # calm before
    'My son is on the roof of our block right now. He texted me "I have decided."',          # calm before
    "She keeps cutting her wrists, tonight it was deep and she said she wanted it to be the last time.",
    "Dad's been giving away his tools and his truck, and now his shotgun is missing from the cabinet. He told me to take care of Mum for him... for me, he said.",
    "我哥把绳子都准备好了，说今天晚上就结束，现在联系不上他。",
    "炭已经买好放在车里，他说今天晚上就要结束",                                                  # calm before
    "我已經把藥全部倒出來了，想今晚就結束，不想活了。",
    "佢而家喺天台，話唔想活，我應該點做？",
]

CALM = [
    "We're taking the rifles to the range tonight, is the car park open late?",
    "The last time I took my blood pressure pills I felt dizzy. Is that normal?",
    "Can I bring my climbing rope on the ward for my son's project? He has a school project on knots.",
    "My gran's tablets are laid out in her weekly dosette box; who checks them when she comes in?",
    "我们今天晚上看了一部关于上吊的电影，孩子问了很多问题，怎么跟他解释？",
    "天台的花园几点开放？我想推爸爸上去晒太阳。",
    "The roof of the car park is where I left the car; is there a lift?",
    "我把药都拿出来放好了，明天手术前几点停吃？",
]


@pytest.fixture(scope="module")
def triage():
    return RedFlagTriage()


@pytest.mark.parametrize("text", PLANS)
def test_a_plan_with_means_and_finality_is_an_emergency(triage, text):
    result = triage.assess(text)
    assert result.level == "emergency", (text, result.rules)


@pytest.mark.parametrize("text", CALM)
def test_means_or_finality_alone_in_an_errand_stays_calm(triage, text):
    result = triage.assess(text)
    assert result.level != "emergency", (text, result.rules)
    assert RULE not in result.rules
