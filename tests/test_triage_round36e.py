"""Triage round 36e (blind56, spent): English rows. Pinned with this round's own wordings (one blind56 row per fix).

Emergencies, by the sign (triage_lay_signs, block 'round 36e'):
- blood leaving a cut in pulses, jets or like a fountain, or with each heartbeat (R36E_PULSING_BLOOD, with BLEEDING);
- a hot drink pulled, knocked or spilt onto a young child with a deep or large scald (R36E_HOT_DRINK_SPILT);
- carbon monoxide: several people in one home with headache, dizziness or vomiting since the heating, a furnace or a
  fuel heater went on (R36E_HEATING_ON, R36E_HOUSEHOLD_UNWELL);
- a painkiller count told with its strength between ('24 x 500mg paracetamol'): EXCESS widened;
- sepsis in an elder: new confusion, fast breathing, and no urine or a low temperature (R36E_ELDER, R36E_FAST_BREATH).
Look-alikes, by their reason (triage._r36e_dropped): an information question asked for a stated purpose (a school
project, a first-aid course, a TV programme, a booklet) with nobody unwell said; an event told with its date, over and
well now or treated, after a service question; a cost or a place 'giving me chest pains' with a marker and no chest
sign. Each drops only what the rest of the message, with the benign piece blanked, raises no more.
"""

import pytest

from medqa.safety.triage import EMERGENCY, RedFlagTriage
from tests.blind_support import triage_level


@pytest.fixture(scope="module")
def triage():
    return RedFlagTriage()


EMERGENCIES = {
    "pulsing_blood": [
        "she caught her arm on a glass door, the cut is spraying blood like a little fountain",
        "I cut my thigh with the chainsaw, the blood is coming out in pulses",
        "my dad sliced his wrist on a broken window and the blood comes out in jets with every heartbeat",
        "我老公切菜割到手腕，血一股一股地喷出来",
        "佢隻手界親，啲血一下一下咁飙出嚟",
    ],
    "hot_drink_on_child": [
        "my 18 month old pulled my tea off the counter, it went all over her chest and the skin is coming off",
        "my 2 year old knocked my coffee off the table, it went down his chest and the skin is white in patches",
        "our little one grabbed my brew, it went down his chest and arm and bits of it look white",
        "我女儿两岁，打翻了热茶，从胸口一直到手臂，皮发白",
        "個仔18個月，扯翻咗杯咖啡，成個胸口同手臂都起晒大水泡",
    ],
    "carbon_monoxide_household": [
        "since we put the heating on the whole family has had headaches and we're all dizzy",
        "me and the kids keep getting headaches and feeling sick since the furnace came on",
        "everyone in the house has had a headache and been throwing up since the boiler went on",
        "自从烧煤取暖以后，全家都头痛头晕想吐",
        "开咗火炉之后我哋一家人都头晕想呕",
        ["what time does the GP open", "also all four of us have headaches and feel sick since the heater went on"],
    ],
    "count_with_strength": [
        "I've had 30 x 200mg ibuprofen since this morning",
        "my husband has taken 24 x 500mg paracetamol over the day for toothache, he seems fine",
        "my son took 20 x 500mg paracetamol through the day",
        "she swallowed 16 500mg paracetamol tablets over a few hours",
    ],
    "elder_sepsis": [
        "my grandad (79) is confused today, breathing really fast and hasn't peed since this morning",
        "my mum is 88, she's not making sense, breathing fast and has not passed water all day",
        "my 81 year old dad is confused and breathing fast, his temperature is 35.2",
        "我奶奶85岁，今天突然糊涂了，呼吸很快，从早上到现在都没有小便",
        "我阿婆今日好混乱，呼吸好急，成日冇小便",
    ],
    # the look-alikes' reasons never silence a sign happening now
    "kept": [
        ["can I park at the main entrance", "for a school project, but actually my brother is blue and not breathing right now"],
        "my daughter is doing a school project on strokes and nobody is ill, but her grandad's face has just dropped and he can't lift his arm",
        "I'm doing a first aid course, what are the signs of a heart attack? actually I have crushing chest pain now and my arm hurts",
        "he had his stroke last year and today his face is drooping again and his speech is slurred",
        "my baby had a fever at five weeks and was fine, now she's six weeks and 38.6 again",
        "the parking is giving me chest pains, actually my chest is really tight and my left arm hurts",
        "she fainted last year when she saw blood, she's fine, but today she cut her hand and it's spurting blood",
        ["where is the blood donation unit", "she fainted last year but she's fine. oh no she has just collapsed and isn't breathing"],
        "he had a fall on monday and hit his head, he's been drowsy and vomiting since, he is fine otherwise",
        "she took 30 paracetamol on saturday, she is fine now, do we need bloods?",
        "my son had a seizure in march, he is fine now, but he's been fitting for 6 minutes and won't stop",
        ["where is A&E", "my dad had chest pain on sunday and they sent him home, he's ok but the crushing pain is back and he's sweating"],
    ],
}

# look-alikes of the new signs that stay calm
SIGN_CALM = [
    "my nose bleeds a little when I use the nasal spray",
    "my cut finger is throbbing with every heartbeat, it bled a bit earlier",
    "伤口随着心跳一跳一跳地痛，流了一点血",
    "the pain comes in pulses and there was a bit of blood when I wiped",
]

CALM = [
    # an information question for a stated purpose, nobody unwell
    "I'm in the first aid class at the community centre, what are the warning signs of a stroke, the face drooping and arm weakness? no one here is ill",
    "my son has a school project on heart attacks, what are the warning signs he should include? nobody here is ill",
    "I'm doing a first aid course and want to know what a seizure looks like, no one is sick, just revising",
    "my niece is writing a school essay on overdoses, she wants to know what to do if someone takes too many pills. nobody has taken anything",
    "我女儿写学校的作业，想知道中风有什么症状，家里没有人生病",
    "个女读紧急救课程，想知道细路仔抽筋有咩症状，屋企冇人唔舒服",
    # a dated event, over and well or treated, told after a service question
    ["hi is there parking at the stroke unit", "it's for my dad, he had his stroke in the spring, his left hand is still weak but nothing new, he's seeing the physio"],
    ["is the heart ward on level 2", "my uncle had chest pain on friday, they put a stent in, he is fine now and bored, when can we visit"],
    ["where is the children's outpatients", "she was in the neonatal unit with a fever when she was three weeks old, she's four months now and thriving"],
    ["which bus goes to the children's hospital", "my baby was admitted with a fever when she was four weeks old, she's six months now and thriving, we want to drop off a card"],
    ["can you give blood at the hospital", "my wife fainted last year when she saw blood but she's fine now, can she donate?"],
    "我爸去年中风过，现在已经好了，想问康复科在几楼",
    # a figure of speech
    "this queue is giving me chest pains i swear, how long is the wait for the pharmacy",
    "these parking charges are giving me chest pains honestly, who do I complain to",
    "the price of parking here is giving me chest pains lol, where's the cheaper car park?",
    "停车费贵到我心口都痛，有冇平啲嘅停车场",
]


@pytest.mark.parametrize("item", [x for v in EMERGENCIES.values() for x in v])
def test_emergencies(triage, item):
    assert triage_level(triage, item) == EMERGENCY, item


@pytest.mark.parametrize("item", CALM + SIGN_CALM)
def test_calm(triage, item):
    assert triage_level(triage, item) != EMERGENCY, item


def test_blind56_rows(triage):
    # one spent row per fix
    assert triage.assess("Good evening. I am sorry to disturb. My husband cut his forearm on broken glass while he was "
                         "washing the dishes. The blood is coming out strongly in pulses, like a small fountain, and one "
                         "towel is already full. He is pressing it. Could you kindly tell me which clinic is open at this "
                         "time?").level == EMERGENCY
    assert triage.assess_conversation(["what time's the minor injuries open on a saturday, is it just mornins", "ok ta. it's "
                                       "for the baby, she's 14 month, pulled me brew off the side an it went all down her "
                                       "chest an arm, skin's comin off an it's white in places. ran it under the tap for "
                                       "twenty minutes. we'll bring her in saturday"]).level == EMERGENCY
    assert triage.assess_conversation(["hi whats the fax number for the records dept", "ok thanks. also weird thing, our "
                                       "whole family's had headaches and been dizzy and puking since we turned the furnace "
                                       "on this weekend, my daughter's super sleepy and confused now. we figured it's a bug "
                                       "going round. cat's been weird too. should I bring her in monday?"]).level == EMERGENCY
    assert triage.assess("nurse, off duty. my mum's just admitted she took ~24 x 500mg paracetamol over the afternoon 'for "
                         "her back' plus a few co-codamol, so approx 4-5h ago. she feels fine, no N&V, wants to go to bed. "
                         "weighs ~55kg. do I bring her in tonight or is tomorrow ok for bloods?").level == EMERGENCY
    assert triage.assess("my gran (84) has been weird all day, shes usually sharp but shes not making sense and keeps trying "
                         "to get out of bed, shes breathing fast and hasnt peed since this morning, her skin is cold and "
                         "sweaty and the thermometer said 35.4. mum thinks shes just old and tired. idk").level == EMERGENCY
    assert triage.assess("Hi, my daughter is doing a school project on strokes, what does FAST stand for again? The F is face "
                         "drooping and the A is arm? And what's the T? Thanks hey, nobody is sick here, she just left it for "
                         "the last minute as usual").level != EMERGENCY
    assert triage.assess_conversation(["can ye tell us where to park for the rehab unit at the RVI", "ta pet. it's for me "
                                       "husband, he had his stroke in the summer, his arm's still a bit weak an his speech "
                                       "is slow but that's how it's been since, nowt new. the speech therapist's seein him "
                                       "on thursday"]).level != EMERGENCY
    assert triage.assess("this parkin at the infirmary's givin me chest pains i swear la, six quid for an hour. is there a "
                         "cheaper car park for outpatients or do i have to get the bus").level != EMERGENCY
