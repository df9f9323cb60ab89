"""Triage round 34d (blind54, spent): an English dialect fold (normalize.fold_dialect, in normalize_triage) and the
signs the Jamaican patois rows still missed after it, pinned with this round's own wordings.

The fold: Jamaican / Caribbean Creole and West African Pidgin (only in a message with two of their marker words),
Scots, Hiberno-English, AAVE and US texting, Singlish, Australian and Indian English words folded to standard English
('baby nuh move' -> 'baby not move', 'him a sweat' -> 'he is sweating', 'e no fit breathe' -> 'he can not breathe',
'cannae' -> 'can not', 'is after taking' -> 'has just taken'); 'nuh bleeding nuh pain' stays a denial.
Signs (triage_lay_signs.yaml R34D_*): chest heaviness spreading to the arm or jaw with sweating told in the next
sentence (a 'weight sitting on it'; 'says it is just gas' does not veto it); a goodbye told to the family with love or
a sorry and then no answer; shaking on the floor told as long or not stopping.
"""

import pytest

from medqa.safety.normalize import fold_dialect, normalize_triage
from medqa.safety.triage import EMERGENCY, RedFlagTriage


@pytest.fixture(scope="module")
def triage():
    return RedFlagTriage()


EMERGENCIES = {
    'ja_chest': [
        'mi fada a hold him chest, seh it feel like a big stone deh pon it an it a run dung him left arm. him a sweat an look grey',
        'mi chest a squeeze mi from dis mawning an di pain gone dung mi left arm. mi a sweat bad bad',
        'mi husband chest tight tight an it a go up inna him jaw. him a sweat, seh a just indigestion',
        'mi granny complain seh her chest heavy like smaddy siddung pon it, it gone inna her left arm. she a sweat an she seh a just gas',
    ],
    'ja_head_on_thinner': [
        'mi fada lick him head pon di step yessideh, him deh pon warfarin an now him a vomit an cyaan stay wake',
        'mi granny fall dung inna di bathroom an lick her head, she tek blood thinner an now she a talk foolishness',
        'mi lick mi head pon di cupboard door lass night, mi deh pon rivaroxaban an dis mawning mi head a kill mi an mi a vomit',
        'him drop dung an lick him head pon di floor, him on apixaban, now him sleepy sleepy an cyaan remember nutten',
    ],
    'ja_poison': [
        'mi pickney bite one a di washing pod dem an now him a cough an dribble an him mout red',
        'di likkle one chew one a di laundry capsule dem, she a cough an choke an dribble, she is three',
        'mi grandson drink some a di bleach weh deh inna di bathroom, him a vomit an seh him mout a burn',
        'mi pickney nyam nuff a mi pressure tablet dem, him two year old an him sleepy sleepy now',
    ],
    'ja_fetal_movement': [
        'mi 35 week pregnant an di baby nuh move from lass night, mi drink juice an lie pon mi side an nutten',
        'mi wife 30 week an she seh di baby nuh kick fi di whole day',
        'mi sista 37 week pregnant, she cyaan feel di baby move from yessideh',
        'mi 32 week an mi nuh feel di baby move since mawning',
    ],
    'ja_seizure': [
        'mi dawta a shake pon di floor fi five minute now an she nah stop, her eye dem roll back',
        'mi bredda a fit an him nah stop, it been going ten minute, him lip dem turn blue',
        'di pickney a jerk jerk pon di bed an him nah stop, mi time it seven minute',
        'mi fada drop dung an a shake all over an him nah wake up',
    ],
    'ja_suicide_farewell': [
        'mi fren sen mi a message a seh sorry fi everyting an tell mi goodbye, an now she nah answer her phone',
        'mi bredda seh him cyaan tek it nuh more an him a go end it tonight, him have di tablet dem ready',
        'mi cousin tell mi pickney dem bye an seh she love dem, now she nah pick up di phone',
        'mi sista seh she nuh waan live nuh more an she deh pon di bridge right now',
    ],
    'pidgin': [
        'abeg my papa dey hold him chest, e dey sweat and the pain don go im left arm',
        'my pikin don swallow battery, e dey vomit and e no fit breathe well',
        'wetin I go do, my mama fall for bathroom and e no fit wake up',
        'my pikin dey shake for floor, e don reach ten minutes and e no stop',
    ],
    'scots': [
        "ma wean's lips are blue and he cannae breathe right",
        "the bairn's greetin and she's awfy floppy, she wisnae like this this morning and she's burning up, she's 6 weeks old",
        "ma da's chest is pure sair, it's gone doon his left arm and he's sweatin buckets",
        "she banged her heid and now she's boakin and cannae stay awake",
    ],
    'hiberno': [
        "me da is after taking all his tablets and he won't wake up",
        'the young lad is after swallowing a button battery',
        "she's after collapsing in the kitchen and she's not breathing right",
        "me ma's after falling down the stairs and banging her head and she's on warfarin and being sick",
    ],
    'aave': [
        "my chest finna explode it's so tight and the pain going down my left arm and im sweating",
        "ion feel right my face droopin on one side and i can't lift my arm",
        "my lil brother tryna breathe but he can't his lips turning blue",
        'my girl said she finna kill herself tonight she got the pills ready',
    ],
    'singlish': [
        'my grandpa pengsan in the toilet lah, cannot wake him up',
        "my son's lips blue already, cannot breathe already lah",
        'my mother face one side drop down, cannot talk already',
        'my father chest very pain, sweating a lot, pain go to left arm lah',
    ],
    'aussie': [
        "my old man's been crook since this arvo, grey and sweaty with chest pain down his left arm",
        "the little one went crook this arvo, floppy and not responding, she's 5 weeks old and hot",
        "mate's been chucking up blood since the arvo and he's gone pale",
        "my nan collapsed this arvo and she's not breathing properly",
    ],
    'indian': [
        'my father is having chest pain since morning, going to left hand, sweating a lot',
        'my mother is having loose motions and vomitings since 2 days, now she is not responding',
        'baby is 20 days old and having fever 38.5 since morning',
        'my son had fits since 10 minutes, still not stopping',
    ],
}

# in Chinese: chest heaviness or pain spreading to the arm or jaw with a cold sweat (zh-Hans and Cantonese)
ZH_CHEST = [
    '我爸胸口好像压着一块大石头，痛到左手臂。他一直出冷汗',
    '我胸口很闷，一直痛到下巴。现在全身冒冷汗',
    '我老豆心口好翳，痛到落左手。佢出晒冷汗',
    '阿媽話心口好似有嘢壓住，痛到落膊頭。佢出緊冷汗',
]

# the same varieties calm: past and well, denials, admin and information questions
CALM = [
    'mi did have a miscarriage two year ago, now mi 10 week pregnant an everyting fine, nuh bleeding nuh pain. when mi can book di scan?',
    'mi fada did have chest pain lass year an dem put in a stent, him good now. how mi book him check up?',
    'mi pickney did swallow a coin wen him was two, now him seven. di doctor seh it pass out. mi just want him record',
    'wah time di pharmacy open pon Sunday? mi need fi collect mi pressure tablet dem',
    'mi baby a kick nuff today, mi 30 week. how mi book di glucose test?',
    'mi son did have a fit lass year, him fine now, nuh more fit since. weh mi fi go fi him review?',
    'abeg wetin be the visiting hours for ward 5? my mama dey there',
    'my pikin no dey sick again, the fever don go. when I go bring am for check up?',
    "ma wean had a wee cold last week but he's fine noo, can I get his jabs moved?",
    "the bairn wisnae feeling great yesterday but she's grand today, just asking aboot the clinic times",
    'me da is after getting his new glasses, what time is the eye clinic open till?',
    'ion know where to park at the hospital, is there a lot by the main entrance?',
    "my grandma was crook last month with the flu but she's right now, can she still get her flu jab?",
    'since morning I am waiting for my report, when will it come?',
    'cannot find the car park already lah, where is it?',
    'what are the signs of a heart attack? my dad wants to know for his first aid course',
    'i get bare stressed before exams, does the hospital have a counsellor?',
]

FOLDS = [
    ("mi dawta seh di baby nuh move from yessideh", "my daughter says the baby not mov"),
    ("di baby good, nuh bleeding nuh pain", "no bleeding no pain"),
    ("him a sweat pon di bed an him nah stop", "he is sweating on the bed and he is not stopping"),
    ("e no fit breathe", "he can not breathe"),
    ("my pikin dey vomit and e don faint", "my child is vomiting and he has fainted"),
    ("the wean cannae breathe and she wisnae like this", "the child can not breathe and she was not like this"),
    ("she is after taking all her tablets", "she has just taken all her tablets"),
    ("ion feel right, i am finna pass out", "i do not feel right, i am going to pass out"),
    ("he has been crook since this arvo", "he has been sick since this afternoon"),
    ("having pain since 2 days", "having pain for 2 days"),
]
# standard English is left alone: the creole words are folded only where two creole markers appear
UNCHANGED = [
    "the arena is closed on sundays",
    "can you ring me back about my appointment",
    "this bill is giving me chest pains lol",
    "we had a wee bit of trouble parking",
    "she said bye and went to school, what time does the clinic open",
    "the di in the report stands for diabetes insipidus",
    "from morning to night the ward is busy",
]


@pytest.mark.parametrize("text", [x for v in EMERGENCIES.values() for x in v] + ZH_CHEST)
def test_dialect_emergencies(triage, text):
    assert triage.assess(text).level == EMERGENCY, text


@pytest.mark.parametrize("text", CALM)
def test_dialect_calm(triage, text):
    assert triage.assess(text).level != EMERGENCY, text


@pytest.mark.parametrize("text,expected", FOLDS)
def test_fold(text, expected):
    assert expected in normalize_triage(text), normalize_triage(text)


@pytest.mark.parametrize("text", UNCHANGED)
def test_standard_english_unchanged(text):
    assert fold_dialect(text) == text


def test_blind54_rows(triage):
    # one spent row per fix: the heavy chest with arm pain and sweating played down as gas; the look-alike's denial
    assert triage.assess("mi granddad a complain bout him chest from mawning, seh it feel like one big weight siddung pon "
                         "it an now it gone dung him left arm. him a sweat bad bad an nuh want go nowhere, seh a just gas "
                         "from di ackee. him 68. wah fi do").level == EMERGENCY
    assert triage.assess("mi did have a miscarriage last year an it did bare pain, but now mi pregnant again nine week an "
                         "everyting good so far, nuh bleeding nuh pain. how early mi can get a reassurance scan?"
                         ).level != EMERGENCY
