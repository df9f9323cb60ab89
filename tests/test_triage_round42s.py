"""Triage session 42 (blind62a/b, spent): plainly told signs that no reader saw, by mechanism.

Diagnosis: of blind62's 16 missed emergencies, deleting the played-down clause ('e laugh it off say e teeth plate
loose', '他說是坐太久了', 'she says it's her glesses') moved none; the sign was never read, because
- it was spelt in a regional voice the folds did not read (normalize.py): Doric ('canna see oot her left ee, aa of a
  sudden, like a curtain cam doon', 'an oor', 'fite'; 'fit like' = how are you, not a seizure), the Eastern Caribbean /
  Gullah voice ('e mout look crooked', 'e water just bust', de / fuh / chillun / tenkya), Taiwan Mandarin 麻掉;
- or the lexicon lacked the plain sign (triage_lay_signs.yaml): a smile that goes up one way, a drink running out of
  the corner, sight lost in one eye in any wording, waters broken with the months before term, a small child lying
  listless with no wet nappy ('ain't made a wet diaper', 'my small one is 10 months'), eyes open but not looking at
  the parent while hard to wake; and asthma with only two or three words then a stop for breath.
Each EMERGENCIES wording was below emergency at c1adf4f; CALM holds the nearest look-alikes.
"""

import pytest

from medqa.safety.triage import EMERGENCY, RedFlagTriage
from tests.blind_support import triage_level


@pytest.fixture(scope="module")
def triage():
    return RedFlagTriage()


EMERGENCIES = {
    "doric_spellings": [
        "Granny's jist sat doon an she canna see oot her left ee, aa of a sudden. Fit should we dee?",
        "Ma loon got oven cleaner in his ee, he canna open it",
    ],
    "caribbean_voice": [
        "Lawd, Grandpa come in from de yard an e mout look crooked, e smile only go up de one way. Tenkya",
        "My niece seven month along an e water just bust at de market, still runnin. Wha fuh do?",
    ],
    "one_sided_face": [
        "nan's smile only goes up the one way now, started twenty minutes ago",
        "since an hour ago his water runs out the corner when he drinks",
    ],
    "sudden_sight_loss": [
        "一下子左眼就瞎了",
    ],
    "child_dry_and_listless": [
        "my small one is 9 months, not feeding since last night, nappy dry all day, she is very quiet",
        "she's 18 months, vomiting all day, no wet diaper since breakfast, no energy at all, mum says teething",
        "my boy has had the runs for two days, ain't made a wet diaper since last night and he just lay there",
    ],
}

# Already read before this round; kept so the new folds and patterns do not lose them.
STILL_EMERGENCY = [
    "Granny's nose has been bleedin for near an oor noo, he's on warfarin an it's still pourin, he's gone fite",
    "Gran asthma bad, e done use e puffer nine time dis mornin an e can only say two word den stop fuh breath.",
    "爸爸剛剛突然左邊的手跟腳都麻掉沒有感覺",
    "阿嬤突然右邊的手跟腳都麻掉，走路會拖著腳",
    "her grin only goes up on the right side since she woke from her nap",
    "just now he lost the sight in his right eye",
    "Her asthma's bad, she can only say two or three words then has to stop",
    "son, 2, is very sleepy since tea time, I can hardly wake him and he does not look at me when his eyes open",
    "孩子一岁，尿布从早上到现在都是干的，不哭不闹",
]

CALM = [
    "Fit like. Fit time does the chemist open the morn? Cheers",
    "Fit like, ma quine's 30 weeks an aa fine, fit should be in the hospital bag?",
    "Fit are the signs o meningitis? Granny's worried aboot the bairns, naebody's nae weel.",
    "Tenkya fuh de help las week, Gran doing fine now, when de clinic open?",
    "De chillun had a water fight, everybody wet, anyway wha time de pharmacy close?",
    "my little one is 10 months and a very quiet baby, feeding well and plenty of wet nappies, is that normal?",
    "baby is 4 months, very quiet and content, plenty of wet nappies, sleeping well",
    "he just lies there on the sofa watching cartoons all Saturday, how much screen time is ok",
    "when I call him he doesn't look at me, he's 2 and not talking yet, should we check for autism",
    "the curtain came down on the show and everyone clapped",
    "the plumber's van has a leak, water runs out the corner of the tank, who do I call",
    "我的手机屏幕坏掉了，去哪里修",
    "腿坐麻掉了，站起来走一下就好了",
    "she used her inhaler twice this week for the pollen, breathing fine, can I get a repeat prescription",
    "my sister is seven months along and had a water birth class today, what should go in the hospital bag?",
    "he can only say a few words, he's 18 months, is that normal for talking?",
]


@pytest.mark.parametrize("item", [w for words in EMERGENCIES.values() for w in words])
def test_round42s_emergency(triage, item):
    assert triage_level(triage, item) == EMERGENCY


@pytest.mark.parametrize("item", STILL_EMERGENCY)
def test_round42s_still_emergency(triage, item):
    assert triage_level(triage, item) == EMERGENCY


@pytest.mark.parametrize("item", CALM)
def test_round42s_calm(triage, item):
    assert triage_level(triage, item) != EMERGENCY
