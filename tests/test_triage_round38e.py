"""Triage round 38e (blind58, spent): English rows. Pinned with this round's own wordings (one blind58 row per fix).

Emergencies, by the sign:
- Tagalog and Taglish sign words (normalize.fold_tagalog): 'hirap huminga', 'dugo', 'nangisay', 'hindi magising',
  'nahihilo', 'paltos', 'lagnat', 'namaga' ... folded to English in a message with two Tagalog function words, so the
  existing sign rules read them;
- a few words only between breaths, or a reliever 'doing nothing' with gasping (R38E_FEW_WORDS, R38E_RELIEVER_NO_USE);
- a person with diabetes talking nonsense ('talking mince', 'not making sense') or unable to hold the drink (R38E_HYPO_SPEECH);
- double vision with a gait gone to one side (R38E_WALK_OFF: lay.stroke.vision_and_gait);
- a head knock with clear fluid from the ear or nose, or panda eyes (R38E_SKULL_BASE);
- a burn gone white or waxy that no longer hurts (lay.burns.full_thickness); wet cement on skin for hours with the skin
  dark, open or blistered (lay.burns.chemical).
Look-alikes, by their reason (triage._r38e_dropped): an event dated by the age then, a year or a count back, well now
or 'fine since' ('has been playing well since' is no sign going on; 'can I donate again' is no relapse); a childhood
reaction told for the notes before an operation; an information question for a stated purpose (a reel seen, a lesson,
a project), nobody unwell; a sign in a laughing sentence then 'seriously, I am fine'; 'burnt myself in the sun'; a late
relative's condition asked about as heredity.
"""

import pytest

from medqa.safety.triage import EMERGENCY, RedFlagTriage
from tests.blind_support import triage_level


@pytest.fixture(scope="module")
def triage():
    return RedFlagTriage()


EMERGENCIES = {
    "tagalog_signs": [
        "yung anak ko po hirap huminga after kumain ng mani, namamaga yung labi niya",
        "si lolo po hindi namin magising, ang bagal ng paghinga niya",
        "nangisay po yung anak ko ng 10 minutes, may lagnat siya",
        "yung kapatid ko may lagnat tapos stiff yung leeg niya at ayaw niya ng ilaw",
        "natapunan po ng kumukulong tubig yung braso ng anak ko na 3 years old, nagpapaltos na at malaki yung area",
        ["hi po, saan po ang ER?", "yung tatay ko nahiwa ng lagari, bumubulwak yung dugo at basang-basa na yung towel, nahihilo na siya"],
    ],
    "few_words_for_breath": [
        "my son is wheezing and can only say one or two words then has to stop for breath",
        "she has asthma and can only get a few words out at a time",
        "his inhaler is doing nothing and he is hunched over the table",
        "我老公哮喘发作，只能讲两三个字就要喘气",
        "佢哮喘，淨係講到兩三個字就要抖氣",
    ],
    "diabetic_nonsense_or_drink": [
        "my husband is type 2 and he is talking gibberish, his sugar is 2.1",
        "my daughter is diabetic and she can not hold the juice, she is shaking",
        "my dad is on insulin and he is not making any sense",
        "我老公有糖尿病，现在拿不住杯子，说话也说不清",
    ],
    "double_vision_and_gait": [
        "my mum is seeing double and can not walk in a straight line",
        "I am seeing double and keep veering to one side when I walk",
        "我爸看东西重影，走路往一边倒",
        "佢睇嘢重影，行路打偏",
    ],
    "skull_base_after_knock": [
        "my daughter fell off her bike and hit her head, now clear fluid is dripping from her ear",
        "he fell down the stairs and hit his head, now both his eyes are black like a panda",
        "I hit my head on the cupboard and now there is clear watery stuff coming from my nose",
        "我儿子撞到头，现在耳朵流清水",
    ],
    "burn_white_painless_or_cement": [
        "bleach spilled on his leg, the skin has turned white and it does not hurt at all",
        "my husband knelt in wet concrete all day and now the skin on his knees is raw and blistered",
        "he had cement in his boots for hours, now the skin on his feet is black",
        ["what time is the pharmacy open", "ok. my dad got oven cleaner on his hand earlier, it has gone white and leathery and he says he can not feel it"],
    ],
}

CALM = {
    "dated_and_well": [
        "my dad had a heart attack three years ago, now he is totally fine and walking every day. can I change his clinic date?",
        "she had a fit when she was three and never had another one. does the school need a letter?",
        "my son was in hospital with sepsis as a baby, he has been fine ever since, how do I get his records?",
        "last time I gave blood my arm bled a lot but it stopped after a few minutes. can I donate again next week?",
    ],
    "childhood_reaction_for_notes": [
        "I had a bad reaction to amoxicillin as a child, my lips swelled up, can you make sure it is on my notes before my surgery?",
    ],
    "purpose_question": [
        "my aunt saw a reel on instagram saying heart attacks in women feel like jaw pain and tiredness, she is fine, just curious, is that true?",
        "I'm a science teacher, what are the signs of an asthma attack like not being able to breathe? nobody is unwell, it is for the lesson",
    ],
    "joke_taken_back": [
        "that hill nearly killed me, could not breathe at the top haha. but seriously I am fine, how do I join the walking group?",
    ],
    "sunburn": [
        "I burnt myself in the sun at the beach, my back is red and a bit sore, which cream should I use?",
    ],
    "late_relative_heredity": [
        "my late mother had epilepsy and had fits all her life, is it hereditary? none of us has ever had a seizure",
    ],
    "tagalog_admin": [
        "hi po, ano po ang schedule ng blood test? kailangan po ba mag-fasting?",
        "pwede po bang magpa-schedule ng check-up para sa anak ko? wala naman siyang sakit",
    ],
    "not_a_breath_sign": [
        "the insulin leaflet is not making sense to me, can you explain the doses?",
    ],
}

STILL_EMERGENCY = [
    "she had a fit when she was two and today she has had another one and is still fitting",
    "I had a reaction to penicillin as a child and now my throat is swelling up after the tablet I took an hour ago",
    "haha no seriously i can not breathe and my lips are going blue",
    "I burn myself with a lighter when I am stressed and I want to die",
    "my dad had a stroke two years ago and today his face is drooping again",
]


@pytest.mark.parametrize("item", [w for ws in EMERGENCIES.values() for w in ws])
def test_round38e_emergency(triage, item):
    assert triage_level(triage, item) == EMERGENCY


@pytest.mark.parametrize("item", [w for ws in CALM.values() for w in ws])
def test_round38e_calm(triage, item):
    assert triage_level(triage, item) != EMERGENCY


@pytest.mark.parametrize("item", STILL_EMERGENCY)
def test_round38e_still_emergency(triage, item):
    assert triage_level(triage, item) == EMERGENCY


# one blind58 row per fix
BLIND58 = [
    ("Hi po, yung tatay ko nahiwa ng grinder sa braso sa work, bumubulwak yung dugo parang nag-i-spurt, naka-press na kami "
     "ng towel for 15 mins pero basang-basa na ng dugo yung dalawang towel. Medyo nahihilo na rin siya. Ano po gagawin?", EMERGENCY),
    ("this stair in oor close is gonnae be the death o me, cannae breathe by the time a get tae the top landin haha. naw "
     "seriously am fine, jist wantin tae ask aboot gettin a referral tae the stop smokin service", "calm"),
]


@pytest.mark.parametrize("text,expected", BLIND58)
def test_round38e_blind58(triage, text, expected):
    level = triage_level(triage, text)
    assert (level == EMERGENCY) if expected == EMERGENCY else (level != EMERGENCY)
