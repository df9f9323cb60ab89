"""The learned red-flag net refitted on blind4..24 (helper LN8) and the faint it must not read as a bleed.

LN8's refit (shipped: blind25 fold +2 emergencies, +0 false alarms; data_cards/learned_safety_model.md) scored a
hand-written benign message, a child who fainted at the sight of blood at her blood test and came round at once,
0.833 against its threshold of 0.832 (learned.bleeding). A faint at the sight of blood or a needle with the person
said to have come round is a common faint: the net's finding alone is dropped there (`_faint_at_sight_recovered`),
never a rule's, and never when the person has not come round or anything else is wrong.
"""

import pytest

from medqa.safety.learned import bundled_learned
from medqa.safety.triage import EMERGENCY, RedFlagTriage


@pytest.fixture(scope="module")
def triage():
    return RedFlagTriage()


# The shipped triage part's pin moved to test_learned_round31.py (session 31 refit).


COMMON_FAINTS = [
    "My son went white and fainted when he saw the needle for his jab, came round straight away and is fine now",
    "I keeled over at my blood test last week, came to in seconds. Can I lie down for the next one?",
    "我女儿晕针，打疫苗的时候晕了一下，马上就醒了，现在没事",
    "阿爸捐血嗰陣暈咗一陣，好快醒返，而家冇事，下次仲可唔可以捐？",
]
STILL_EMERGENCIES = [
    "she fainted after her blood test and we can't wake her up",
    "he passed out at the sight of blood, came round, but his lips are blue and he is struggling to breathe",
    "my husband cut his arm on glass, blood is pumping out, he fainted and came round",
    "抽血以后晕倒了，叫不醒",
]


@pytest.mark.parametrize("text", COMMON_FAINTS)
def test_a_faint_at_the_sight_of_blood_with_recovery_is_no_emergency(triage, text):
    assert triage.assess(text).level != EMERGENCY


@pytest.mark.parametrize("text", STILL_EMERGENCIES)
def test_a_faint_with_a_red_flag_stays_an_emergency(triage, text):
    assert triage.assess(text).level == EMERGENCY


@pytest.mark.parametrize("text", COMMON_FAINTS)
def test_the_net_s_bleed_alone_is_dropped_for_a_common_faint(monkeypatch, text):
    # the net stood in for by a finding it could make (the refit raises such wordings near its threshold)
    import medqa.safety.triage as triage_module

    monkeypatch.setattr(triage_module, "_learned_findings",
                        lambda part: [triage_module.Rule("learned.bleeding", "bleeding", EMERGENCY, ())])
    assert triage_module.RedFlagTriage().assess(text).level != EMERGENCY


@pytest.mark.parametrize("text", ["I fainted at the sight of blood at my blood test", "他晕血，抽血的时候晕倒了"])
def test_without_the_recovery_said_the_net_s_finding_stands(monkeypatch, text):
    import medqa.safety.triage as triage_module

    monkeypatch.setattr(triage_module, "_learned_findings",
                        lambda part: [triage_module.Rule("learned.bleeding", "bleeding", EMERGENCY, ())])
    assert triage_module.RedFlagTriage().assess(text).level == EMERGENCY


# The infant-fever category is a fever under three months: the net's infant_fever finding is dropped when the message
# gives the child an age of three months or more and none under (lead's everyday probe: 三岁孩子发烧38.2度 ... 精神好能喝水).
OLDER_CHILDREN = [
    "三岁孩子发烧38.2度，感冒了，但精神好能喝水",
    "my 4 year old has a temp of 38.4 with a cold but is still playing",
    "個仔五歲，發燒38度，仲食得玩得",
    "our toddler has had a fever of 38.6 since last night, drinking fine",
]
INFANTS = [
    "宝宝两个月发烧38度",
    "my 6 week old feels hot, 38.1",
    "宝宝三个月不到，发烧38度",
    "bébé de 3 semaines... sorry, my 3 week old has a temperature of 38",
]


@pytest.mark.parametrize("text", OLDER_CHILDREN)
def test_the_net_s_infant_fever_is_dropped_for_an_older_child(monkeypatch, text):
    import medqa.safety.triage as triage_module

    monkeypatch.setattr(triage_module, "is_learned_emergency", lambda part: (True, "infant_fever"))
    assert triage_module.RedFlagTriage().assess(text).level != EMERGENCY


@pytest.mark.parametrize("text", INFANTS)
def test_an_infant_s_fever_stays_an_emergency(triage, text):
    assert triage.assess(text).level == EMERGENCY


def test_the_everyday_probe_itself(triage):
    assert triage.assess(OLDER_CHILDREN[0]).level != EMERGENCY
