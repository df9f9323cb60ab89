"""Wanting to join someone who has died, with a gun taken out or means at hand, is suicidal intent (session 36, lead).

Found on T7 after its end read: an ALL-CAPS widower ("MY WIFE DIED ON YOUR WARD IN MAY ... I HAVE GOT MY OLD SHOTGUN
OUT ... I JUST WANT TO BE WITH HER TONIGHT") fired no rule; only the learned net raised an excerpt of it.
"""

import pytest

from medqa.safety.triage import RedFlagTriage

TRIAGE = RedFlagTriage()


@pytest.mark.parametrize("text", [
    "my husband passed away in march. i've taken my late husband's pistol out of the drawer. i just want to join him",
    "since my son died i can't go on, i've got his old rifle out and i want to be with him tonight",
    "Dad has got his old shotgun out since mum died and keeps saying he wants to be with her again",
    "老伴走了三个月了，我把药都拿出来了，想去陪她",
    "老婆去世以后我把安眠药全部拿出来了，今晚想去找她",
])
def test_joining_the_dead_with_means_is_an_emergency(text):
    result = TRIAGE.assess(text)
    assert result.level == "emergency"
    assert "suicide_self_harm" in result.categories


@pytest.mark.parametrize("text", [
    "my wife is dying on your ward, I just want to be with her tonight, can I stay past visiting hours?",
    "my dad died last year; we took his old shotgun to the police station to hand it in, who do I ask about his records",
    "mum passed away on tuesday, I want to be with her one last time at the chapel of rest, what are the hours",
    "老伴去世了，我把她的药都拿出来整理好了，想问药房收不收过期药",
])
def test_grief_without_intent_and_means_stays_calm(text):
    assert TRIAGE.assess(text).level != "emergency"
