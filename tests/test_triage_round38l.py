"""Triage round 38l (the lead's notes at b9fcfb4; spent): three families, pinned with this round's own wordings.

1. 'A bit better now' is not over. Round 36z's past-and-seen mask ran from a past time to the well-now words and
   swallowed a new severe sign told today ('last month a stent, doctor checked him, fine since. today chest pain and
   cold sweat, a bit better now'). Partial improvement (a bit better, 好了点, 好一点, 好些) is no longer well now, and a
   time of today after the doctor's clause starts a new event (triage._r38l_partial, _r38l_new_event_today). A past
   event named as a practical frame ('had a fit last month') no longer hides a new one told today in its own clause
   ('today he had another fit', 今天又抽了: triage._R38L_TODAY_EVENT in _practical_without_acute).
2. A whole container swallowed now is an overdose whatever the drug, named or not ('she has swallowed a whole box
   again', 又吞了一整盒, 吞咗成盒); eaten, beside an overdose told before (lay signs R38L_WHOLE_PACK_SWALLOWED,
   R38L_WHOLE_PACK_ATE + R38L_OD_BEFORE). Never a box of food, one carried, bought, or a baby's whole bottle.
3. A faint at a blood test, a jab or the sight of blood, come round within minutes, ends at none, not urgent
   (triage._r38l_needle_faint_over; emergency rules stand, and a worrying faint's features keep the urgent rules).
"""

import pytest

from medqa.safety.triage import EMERGENCY, NONE, RedFlagTriage
from tests.blind_support import triage_level


@pytest.fixture(scope="module")
def triage():
    return RedFlagTriage()


EMERGENCIES = {
    "partly_better_new_sign_today": [
        "last month dad had a stent, doctor checked him, all fine since. today chest pain and cold sweat, a bit better now",
        "I had a heart attack last year, hospital checked me, fine since. Tonight I had chest pain and sweating, bit better now",
        "上个月我爸做了支架，医生检查过，之后一直没事。今天胸口剧痛出冷汗，现在好了点",
        "我阿爸上個月整咗支架，醫生檢查過話冇事。今日心口好痛出冷汗，而家好咗啲",
        "我妈去年中风过，医生看过说没事。今天早上嘴歪了，手没力，现在好一点了",
        "Last year he had a mini stroke, the GP checked him and he was fine. Today his face drooped and his arm went weak, it's slightly better now",
        "my husband had heavy chest pain with sweats this morning, it's easing off now",
        ["my dad had chest pain and sweating this morning", "he says it's easing off now, should we still come in?"],
    ],
    "new_event_after_past_frame": [
        "my son had a fit last month. Today he had another fit and he's still very drowsy",
        "my son had a cold last month. Today he had a fit",
        "she had a seizure, it's over, she's getting better but still very drowsy",
        "他刚才抽搐，现在好点了，但还是昏昏沉沉",
    ],
    "whole_container_swallowed": [
        "last year she overdosed. she's swallowed a whole box again",
        "she took a whole box, I don't know what they were",
        "my son just swallowed a whole bottle of something from the cupboard",
        "她又吞了一整盒",
        "我妹去年过量服药，刚才又吞了一整盒",
        "佢舊年食過藥，今晚又吞咗成盒",
        ["last year she overdosed", "she's swallowed a whole box again"],
    ],
}

LOOK_ALIKES = {
    "past_checked_and_well": [
        "my dad had a stent last year and has been fine since, the doctor checked him last week. where do I get his repeat prescription?",
        "上个月我爸做了支架，医生检查过，现在好了。想问什么时候复诊",
        "佢上個月整咗支架，醫生睇過，而家冇事，想問幾時覆診",
        "last week dad had chest pain, the doctor checked him today, he's fine now. Where do I get his results?",
        "我爸上个星期胸口痛，今天医生检查过，现在没事了，想问报告怎么拿",
    ],
    "a_bit_better_cold": [
        "I had a cold last week, the GP checked me, it's a bit better now, can I go back to work?",
        "上个月感冒了，医生看过，现在好了点，可以去上班吗",
        "我傷風幾日，而家好咗啲，可唔可以去覆診",
    ],
    "whole_box_not_swallowed": [
        "I bought a whole box of paracetamol, how many can I take a day?",
        "我买了一整盒布洛芬，一天最多吃几片",
        "我買咗成盒藥，一日食幾粒",
        "my son ate a whole box of cereal this morning, is that too much sugar?",
        "she overdosed last year and has been well since, seeing the psychiatrist monthly. where is the mental health clinic?",
        "the pharmacist gave me a whole strip of antibiotics, do I finish them all?",
        "my 4 month old took his whole bottle an hour ago and is smiling, can I bring him to the clinic later?",
    ],
    "needle_faint_recovered": [
        "my son fainted when he had his blood test this morning, the nurse laid him down and he came round straight away, fine now. should he see the GP?",
        "I passed out at my flu jab, the nurse said it was just a faint, I was fine after 10 minutes and a cup of tea",
        "我女儿抽血的时候晕倒了，护士说是晕针，一分钟就醒了，之后都正常，要不要去看医生？",
        "我個仔抽血嗰陣暈咗，護士話係暈針，一陣就醒返，之後冇事，使唔使睇醫生？",
        # the blind57b row (spent)
        "hi my duaghter is 6 and she went a bit pale and floppy at the docters wen she had her blood test, the nurse said she just feinted becos of the needle and she was fine after 5 mins and had a biscit. is that normal",
    ],
}

# A faint at a needle with a worrying feature keeps a flag (urgent or emergency).
FAINT_KEPT = [
    "my daughter fainted at her blood test and she's still confused an hour later",
    "I fainted at my jab and hit my head on the floor, I have a headache now",
    "she fainted at the injection, now she has chest pain and her heart is racing",
    "我抽血时晕倒了，到现在还是迷迷糊糊的",
]


@pytest.mark.parametrize("item", [t for ts in EMERGENCIES.values() for t in ts])
def test_round38l_emergencies(triage, item):
    assert triage_level(triage, item) == EMERGENCY


@pytest.mark.parametrize("item", [t for ts in LOOK_ALIKES.values() for t in ts])
def test_round38l_look_alikes_stay_calm(triage, item):
    assert triage_level(triage, item) == NONE


@pytest.mark.parametrize("item", FAINT_KEPT)
def test_round38l_worrying_faint_keeps_a_flag(triage, item):
    assert triage_level(triage, item) != NONE
