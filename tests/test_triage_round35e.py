"""Triage round 35e (blind55, spent): English rows. Pinned with this round's own wordings (one blind55 row per fix).

Emergencies:
- a wider Scots fold (normalize.fold_dialect): the dropped g of a listed verb ('burnin', 'answerin', 'kickin'), 'auld',
  'aboot', 'noo' (now, after a word), 'nae' (no), 'aw day' / 'at aw', 'girny', 'ma maw', 'whit', 'dae', 'tae' + verb,
  'dinnae' / 'winnae' / 'huvnae', and 'has no had' / 'I have no felt' (not). An infant's age + temperature, a baby with
  no feeds and no wet nappy, a farewell then no answer, and no fetal movement (after a service question in an earlier
  turn, read by assess_conversation) are then found by the existing signs;
- someone at a drop now who has left a note or says tonight is the night (triage_lay_signs R35E_NOTE_OR_TONIGHT); a joke
  marker covers only its own part of a clause ('typing this into a hospital chat lol but I am on the top floor');
- an electric wire or cable touched or gripped (any tense) with a sign of the current's path (R35E_ELEC_WIRE);
- no urine told as 'not passed water' beside a fever (NO_URINE widened; found by the reach on blind55a.sepsis.1).
Look-alikes, by their reason (triage._r35e_dropped): fetal movements said normal after the worry, asked to understand;
self-harm asked about as support for someone, past and better now; a named sepsis told as a past stay, home and well;
a red line explained as a strap's mark with no fever or wound; chest muscles sore after exercise and tender to press;
a place or the heat called suffocating. 'Blood poisoning' (血中毒) is sepsis, no longer an overdose.
"""

import pytest

from medqa.safety.normalize import normalize_triage
from medqa.safety.triage import EMERGENCY, RedFlagTriage
from tests.blind_support import triage_level


@pytest.fixture(scope="module")
def triage():
    return RedFlagTriage()


EMERGENCIES = {
    "scots_infant_fever": [
        "ma bairn's five weeks auld and she's roastin, the thermometer says 38.4 and she's girny",
        "the wee yin is six weeks auld, burnin up at 38.6 and no feedin right",
    ],
    "scots_dehydrated_baby": [
        "wee man's 10 month, he's no had a drink since yesterday, nae wet nappy the hale day and he's awfy floppy",
        "ma lassie's 1, she's no had her bottle aw day, nae wet nappies since last night and she's no wakin right",
    ],
    "scots_farewell": [
        "ma brother sent me a text sayin sorry for everythin and he's no answerin his phone noo",
        "she texted me goodbye and she's no pickin up noo, she's been talkin aboot endin it",
    ],
    "scots_fetal_movement_later_turn": [
        ["whit time does the antenatal clinic open", "I'm 36 weeks an I've no felt him move at aw since yesterday mornin"],
        ["where dae I park for the maternity unit", "sorry, I'm 33 weeks and I've no felt the baby kickin since last nicht, nothin at aw"],
    ],
    "note_or_tonight_at_drop": [
        "i'm on the roof of the multi-storey and i've left my dad a note",
        "my sister is standing on the bridge, she left a letter for her kids",
        "i am on the top floor of the car park, tonight's the night",
        "he's sitting on the ledge of the roof and says it ends tonight",
        "我而家喺天台，已经留咗封信俾屋企人",
        "她站在楼顶，留了一封信给她妈妈",
    ],
    "electric_wire": [
        "my husband touched the electric cable in the garage and there is a black burn mark on his hand and his heart is racing",
        "my son grabbed the live power lead and now has a dark mark on his foot where it came out",
        "I touch the electric wire at work, now small black spot on my finger and heart beating strange",
        "my dad was cutting into a mains cable and he has a burn mark on his palm and palpitations",
        "我老公碰到电缆，脚上有个黑印，心慌",
    ],
    # urine told as water, with a fever (triage_lay_signs NO_URINE, widened)
    "fever_no_water": [
        "my mum has a fever of 39 and has not passed water all day",
        "he's shivering with a temp of 38.9 and hasn't passed water since yesterday",
        "ma granda's burnin up, 39.2, and he's no passed water since this mornin",
        "她发烧39度，一整天都没有小便",
    ],
    # the look-alikes' reasons never reach these
    "kept": [
        "my chest muscles were sore after the gym but now the pain is crushing and going down my left arm and I am sweating",
        "sore chest after the gym, hurts when I press, but now I am breathless and dizzy",
        "this heat is suffocating and my dad can not breathe, his lips are blue",
        "the room was stifling and now my son is gasping for breath and wheezing",
        "is it normal the baby's moving less? she's barely kicked today, I'm 36 weeks",
        "I'm 35 weeks and she's been quiet since last night, usually kicking same as always",
        "how do I help my friend who self harms? she cut herself again tonight and it's bleeding a lot",
        "my father had sepsis last year and now he has a fever and is confused again",
        "I'm on the bridge and I left a note for my mum",
    ],
}

CALM = [
    "my pecs are killing me after the gym, hurts when I press on them, can I take paracetamol?",
    "chest muscles really sore since yesterday's push-ups, tender when I touch them, ok to train again?",
    "my son's chest muscles ache after rowing, sore when he presses on them, is ibuprofen ok?",
    "健身练胸之后胸口肌肉好痛，一按就痛，可以吃布洛芬吗？",
    "this heat is stifling, can I bring a fan to the ward for my mum?",
    "the waiting room was absolutely suffocating today, is there air con on ward 5?",
    "the ward is so stifling in summer, can visitors bring cold drinks?",
    "is it normal for the baby to move less near the end? she's still kicking loads, the midwife said they change, just wanting to understand",
    "baby moving different at 37 weeks is that normal? he is still moving lots, same as always, just curious",
    "is it normal that kicks feel different? I'm 39 weeks, she's still wriggling a lot, just want to understand",
    "怀孕38周，胎动是不是正常？宝宝还是动得很多，跟平时一样，只是想了解一下",
    "how can I support my sister who used to self harm? she stopped 3 years ago and is doing well now, what to say if she brings it up",
    "how do you help a friend who self-harmed in the past? he is doing much better now, what should I say",
    "my mum had sepsis two years ago, she is now home and well, is tiredness normal after sepsis?",
    "my husband was in intensive care with sepsis last year, now he is fully recovered, who can we ask about the after effects?",
    "my son was in hospital with blood poisoning 6 months ago, now well, is there a support group?",
    ["does a red line on my leg mean blood poisoning?", "nvm it's just a mark from my sock, no cut no fever"],
    ["is a red streak up the arm sepsis?", "oh wait it's only a line from my watch strap, no pain no fever"],
    ["red mark on his wrist, is that blood poisoning?", "sorry it's just a dent from his bracelet, no wound, no fever"],
    ["我手臂有条红线，是不是血中毒？", "不好意思，原来只是背带勒出来的印，没有伤口没有发烧"],
    "ma maw's aye girny aboot the parkin, whit time does the car park shut?",
    "the wean's jabs are due noo he's 8 weeks auld, dae I book them at the surgery?",
]

FOLDS = [
    ("wee one's seven weeks auld and burnin up", "seven weeks old and burning up"),
    ("she's no answerin her phone noo", "now"),
    ("she's no had a bottle since last night", "she has not had a bottle"),
    ("I've no felt the baby move at aw", "can not feel the baby at all"),
    ("he has no eaten since lunch", "he has not eaten"),
    ("nae wet nappy aw day", "no wet nappy all day"),
    ("talkin aboot endin it", "talking about ending it"),
    ("whit dae i dae", "what do i do"),
    ("he dinnae ken", "he do not know"),
    ("ma maw says", "my mum says"),
    ("came hame, noo he's shiverin", "now he is shivering"),
]
UNCHANGED_WORDS = ["the cabin", "insulin", "begin", "aspirin", "cousin", "noo, please", "my dog hurt his paw"]


@pytest.mark.parametrize("item", [x for v in EMERGENCIES.values() for x in v])
def test_emergencies(triage, item):
    assert triage_level(triage, item) == EMERGENCY, item


@pytest.mark.parametrize("item", CALM)
def test_calm(triage, item):
    assert triage_level(triage, item) != EMERGENCY, item


@pytest.mark.parametrize("text,expected", FOLDS)
def test_scots_fold(text, expected):
    assert expected in normalize_triage(text), normalize_triage(text)


@pytest.mark.parametrize("text", UNCHANGED_WORDS)
def test_words_left_alone(text):
    assert normalize_triage(text) == text.lower()


def test_blood_poisoning_is_not_an_overdose(triage):
    assert "overdose_poisoning" not in triage.assess("does a red line up your arm mean blood poisoning?").categories


def test_blind55_rows(triage):
    # one spent row per fix
    assert triage.assess("wee one's seven weeks auld and he's burnin up, thermometer says thirty eight point two, he's "
                         "been girny aw day. ma maw says strip him off and he'll be fine").level == EMERGENCY
    assert triage.assess_conversation(["whit time's the maternity unit car park open till", "actually I'm 34 weeks and "
                                       "I've no felt the baby move at aw since last night, usually she's kickin like mad. "
                                       "I had a cold drink and lay on ma side and nothin"]).level == EMERGENCY
    assert triage.assess("not rly sure why im typing this into a hospital chat lol but im on the top floor of the car "
                         "park across from u guys and ive been sitting on the wall for like an hour. i left my mom a note. "
                         "i think tonights the night ngl").level == EMERGENCY
    assert triage.assess("Hello, I want ask for my sick note for work, because I was off 3 days. Also today my colleague "
                         "at factory he touch the electric wire, he have small black mark on hand and on foot where it go "
                         "out, he say he feel his heart beating strange. Manager say he is fine, go home.").level == EMERGENCY
    assert triage.assess_conversation(["is it normal the wean's movin less?", "no sorry, I mean she's still movin loads, "
                                       "kickin away same as always, it's just the midwife said they move different near "
                                       "the end, I'm 38 weeks. just wantin tae understand it"]).level != EMERGENCY
    assert triage.assess("My father was in ICU with sepsis last year, now he is at home and well. He feel very tired "
                         "still sometimes. Is normal after sepsis? Who we can ask?").level != EMERGENCY
    assert triage.assess("This heat is suffocating, the ward waiting room had no air con at all. Can I bring a fan in "
                         "when I visit my dad?").level != EMERGENCY
