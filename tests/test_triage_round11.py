"""Round 11 class (after blind11), pinned with wordings written here, not copied from any test batch.

The general concept, written before the code:
- A NAMED condition (a diagnosis word: stroke, heart attack, sepsis, overdose, 中风, 癫痫发作 ...) raises an emergency
  only when it is said of a real person present now: the writer, or someone they are with or speaking for (I, my
  dad, our baby, 我, 我爸). When the sentence that names it is about an animal (a dog, the vet), someone fictional (a
  film, a series, a game character), someone remote (the news, a stranger) or a document or training topic (a
  leaflet's side-effect list, a form, a volunteers' briefing), and the clause names no present person and nothing
  now, the condition is masked. What is left of the message must raise no flag and say nothing of now, so a sign in
  a present person beside it still makes an emergency. Described signs are not masked by this rule.
"""

import pytest

from medqa.safety.triage import EMERGENCY, RedFlagTriage

TRIAGE = RedFlagTriage()

EMERGENCIES = [
    # found in review: a document word in another clause of a report about someone here ('he', 'she')
    "he's overdosed on his pills, the label says 20 tablets and they're all gone",
    # a present person with a named condition
    "my dad is having a stroke, his face dropped",
    "I think my son is having a seizure right now",
    "我爸好像中风了",
    "my wife is having a heart attack",
    # a present sign or person beside a not-present frame
    "We were watching a film about a heart attack and now my grandad is clutching his chest, grey and sweaty",
    "the vet is treating our cat, but my husband just collapsed with a seizure in the waiting room",
    "the leaflet lists seizures as a side effect and my daughter is fitting right now",
    "新闻里说有人中风了，我爸现在也突然嘴歪了，说不清话",
    "说明书上写着副作用有抽搐，我儿子现在正在抽，叫不醒",
]

NOT_EMERGENCIES = [
    "In that soap last night one of the characters had a heart attack at a wedding, could that really happen so fast?",
    "My cat was diagnosed with something the vet called a seizure disorder. Do cats take the same pills as people?",
    "Saw a story in the newspaper about a footballer who had a heart attack on the pitch. How common is that?",
    "the patient information sheet lists an overdose as a risk, just wondering how many is too many",
    "我们家的猫被兽医说可能是癫痫发作，猫也会这样吗？",
    "电视剧里的角色中风后很快就好了，现实中可能吗？",
    "说明书上写着罕见副作用有中风，我爸现在好好的，要不要担心？",
]


@pytest.mark.parametrize("text", EMERGENCIES)
def test_round11_present_person_stays_an_emergency(text):
    assert TRIAGE.assess(text).level == EMERGENCY


@pytest.mark.parametrize("text", NOT_EMERGENCIES)
def test_round11_not_present_subject_is_not_an_emergency(text):
    assert TRIAGE.assess(text).level != EMERGENCY


# fixed in round 12: 'filling in' a form is no dental filling, and an act told of someone here ('she took an
# overdose') is no practical question because a leaflet lies in another clause
@pytest.mark.parametrize("text", [
    "she's having a stroke, I'm filling in the insurance form for the ambulance crew",
    "she took an overdose, the leaflet is next to her",
])
def test_paperwork_beside_a_present_emergency_still_vetoes_it(text):
    assert TRIAGE.assess(text).level == EMERGENCY
