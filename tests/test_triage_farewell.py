"""Session 29: a farewell message is a suicide emergency when the person is unreachable or a means or place is named.

blind49 (read after its carry run) had six farewells that every detector missed: a sorry to the whole family on a
photo at a sea wall and calls unanswered, a photo of a whole bottle of sleeping pills captioned 'goodbye, brothers',
'don't look for me, I'm going to the river' then silence, a letter to his mother and out of the door with a knife,
'tell mum im sorry, the rope is up in the barn'. Round 48m's means-and-plan and burden-and-silence shapes did not read
them, and the lay lexicon of goodbyes reads the 不 of 对不起 / 唔好 as a denial. Wordings written here.
"""

import pytest

from medqa.safety.triage import EMERGENCY, RedFlagTriage

T = RedFlagTriage()

EMERGENCY_FAREWELL = [
    "my sister just messaged 'tell dad I'm sorry for everything' and her phone's off",
    "我儿子刚在家族群里发了一句“对不起大家，别找我”，然后电话就关机了",
    "佢send咗張相，成樽安眠藥，寫住「拜拜」，之後電話都唔聽",
    "老公留咗封信俾我，揸住把刀出咗去，話唔會返嚟",
    "my son texted 'this is goodbye' from the bridge by the station",
    "一起住的室友给他爸写了一封信，带着一根绳子出门了，说不会回来了",
    "my flatmate left a goodbye note for his mum and took the rope from the shed, he's not picking up",
]
QUIET = [
    "the knife block goodbye sale at the hospital fete, bye for now!",
    "我写了一封信给妈妈，谢谢她照顾我，想问住院部可以寄信吗",
    "bye! thanks for the help with the pharmacy question about my tablets",
    "my dad wrote a letter to his sister and said he's not coming back to the allotment committee, who runs the garden at the hospital?",
    "对不起大家，今天的探视我来晚了，请问病房几点关门？",
]


@pytest.mark.parametrize("text", EMERGENCY_FAREWELL)
def test_farewell_with_silence_means_or_place_is_an_emergency(text):
    assert T.assess(text).level == EMERGENCY, T.assess(text)


@pytest.mark.parametrize("text", QUIET)
def test_goodbyes_and_letters_without_a_case_stay_quiet(text):
    assert T.assess(text).level != EMERGENCY, T.assess(text)
