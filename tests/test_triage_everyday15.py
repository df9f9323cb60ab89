"""Triage after everyday15 (session 24, spent): the two emergencies it missed, as families, in wordings written here.

1. Charcoal taken into a room, shed or car that is locked or sealed, before it is lit (a suicide method in Hong Kong,
   Taiwan and mainland China): lay rule lay.suicide.charcoal_shut_in; charcoal for cooking, activated charcoal and
   bamboo-charcoal bags are not it.
2. A large overdose with vomiting was dropped as "my own medicine taken twice by mistake" because "been sick twice"
   read as a dose taken twice: the family now needs the dose to be the thing done twice, and "30 of her ...", "sleep it
   off", "been sick" and "after a row" keep the alarm.
"""

import pytest

from medqa.safety.triage import EMERGENCY, RedFlagTriage


@pytest.fixture(scope="module")
def triage():
    return RedFlagTriage()


EMERGENCIES = [
    "我在车里，带了一袋木炭和打火机，车门都锁好了，不知道为什么要跟你说",
    "佢一個人喺劏房，買咗炭，仲用膠紙封住晒啲窗",
    "my brother is in the shed with a bag of charcoal and the door is locked from the inside",
    "she took about 40 of her sleeping tablets after an argument, she says she's fine and wants to sleep it off",
    "he swallowed 20 of his dad's painkillers an hour ago and has been sick twice since",
]

NOT_EMERGENCIES = [
    "买了两袋木炭，周末去露营烧烤，车门锁好了放哪里",
    "医院门口的烧烤店用的是木炭吗？门几点关？",
    "I took my blood pressure tablet twice this morning by mistake, I feel completely fine",
    "我家衣柜里放了竹炭包除味，门关着，会不会有问题",
    "bought charcoal for the barbecue, the garage is locked, where can I park at the hospital",
]


@pytest.mark.parametrize("text", EMERGENCIES)
def test_everyday15_families_raise_the_alarm(triage, text):
    assert triage.assess(text).level == EMERGENCY


@pytest.mark.parametrize("text", NOT_EMERGENCIES)
def test_everyday15_look_alikes_stay_calm(triage, text):
    assert triage.assess(text).level != EMERGENCY
