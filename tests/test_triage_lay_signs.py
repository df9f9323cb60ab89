"""Lay-sign detector (round 3): red flags described without the textbook word, in English, Simplified,
Traditional Chinese and Cantonese, and benign look-alikes that must stay below emergency.

Every example here was written for this file (none is copied from a triage evaluation set).
"""

import pytest

from moe_core.errors import UserError
from medqa.safety.lay_signs import lay_red_flags, load_lay_signs
from medqa.safety.normalize import fold_cantonese, normalize_triage
from medqa.safety.triage import EMERGENCY, NONE, RedFlagTriage


@pytest.fixture(scope="module")
def triage():
    return RedFlagTriage()


RED_FLAGS = [
    ("suicide_self_harm", "my brother has been handing out his guitar and games to friends, giving away all his things"),
    ("suicide_self_harm", "she said the kids would be better off without her and she has been stockpiling her tablets"),
    ("suicide_self_harm", "他把积蓄全部送给了妹妹，还留了一封信给家人"),
    ("suicide_self_harm", "我覺得自己係家人的負擔，活著冇意思"),
    ("head_injury", "grandad slipped in the bathroom and knocked his head, he is on apixaban"),
    ("head_injury", "my son came off his scooter onto his head and now he cannot remember what happened"),
    ("head_injury", "阿婆喺街度跌親撞到個頭，之後一路問同一個問題"),
    ("head_injury", "孩子从上铺摔下来撞到后脑勺，之后吐了两次"),
    ("overdose_poisoning", "my 3 year old got into the bathroom cabinet and the blister strip of iron tablets is empty"),
    ("overdose_poisoning", "he swallowed a whole box of his heart pills an hour ago"),
    ("overdose_poisoning", "細路偷食咗成排降壓藥"),
    ("pregnancy", "I'm 28 weeks and baby has been much quieter than usual since this morning"),
    ("pregnancy", "expecting twins, 22 weeks, and passing clots"),
    ("pregnancy", "我老婆有咗BB六個月，今日BB好少郁"),
    ("bleeding", "gashed my shin on a rusty gate, blood keeps soaking through the bandage"),
    ("bleeding", "鼻血流咗成個鐘都止唔到，佢仲好頭暈"),
    ("stroke", "dad's smile has gone lopsided and his words are coming out jumbled"),
    ("stroke", "阿爺講嘢唔清楚，半邊身冇晒力"),
    ("seizure", "she went rigid then started jerking and her eyes rolled back"),
    ("seizure", "阿仔發羊吊，口吐白沫"),
    ("meningitis", "toddler is feverish and the little purple dots are still there when I press a tumbler on them"),
    ("infant_fever", "our nine day old feels boiling hot"),
    ("infant_fever", "BB出世三個禮拜，成身熱辣辣"),
    ("child_unwell", "my stepson is floppy like a rag doll and barely responding"),
    ("child_unwell", "囡囡軟趴趴，成日瞓，唔肯食奶"),
    ("breathing", "he is gasping and the skin between his ribs sucks in with every breath"),
    ("breathing", "我阿媽透唔到氣，講唔到成句說話"),
    ("anaphylaxis", "after the prawn curry her tongue is swelling and her voice sounds hoarse"),
    ("burns", "the chip pan caught fire and his face is burnt"),
]


@pytest.mark.parametrize("category,text", RED_FLAGS)
def test_lay_descriptions_are_emergencies(triage, category, text):
    result = triage.assess(text)
    assert result.level == EMERGENCY, (text, result)
    assert category in result.categories, (text, result.categories)


BENIGN = [
    "burnt my thumb on the toaster, should I hold it under cold water",
    "nicked my finger slicing bread, do I need a tetanus jab",
    "grazed my elbow falling off my bike, can I put a plaster on",
    "切洋葱划到手指，流了一点血，要不要贴创可贴",
    "手指被卷发棒烫了一下，要涂什么药膏",
    "my mum is recovering from a stroke, when is the physio clinic open",
    "中風後言語治療要在哪裡預約",
    "he had a seizure two years ago, can he drive again",
    "my EpiPen expired last week, how do I get a replacement",
    "if I ever get chest pain while travelling, who do I call",
    "万一宝宝半夜发烧，应该去哪个医院",
    "my 6 week old's temperature is 37.0 under the arm, is that normal",
    "what dose of calpol can I give my 2 year old",
    "how should I store the children's paracetamol",
    "I'm giving away my old books to the library",
    "the baby is kicking loads today, is that normal at 30 weeks",
    "my son bumped his head on the table yesterday, he has been fine and playing since",
    "吃华法林要多久验一次血",
    "the rash fades when I press a glass on it and she has no temperature",
    "I'm not suicidal, I just hate my commute",
]


@pytest.mark.parametrize("text", BENIGN)
def test_benign_look_alikes_are_not_emergencies(triage, text):
    assert triage.assess(text).level != EMERGENCY, text


@pytest.mark.parametrize("text", [
    "burnt my thumb on the toaster, should I hold it under cold water",
    "nicked my finger slicing bread, do I need a tetanus jab",
])
def test_minor_self_care_injuries_get_no_notice_at_all(triage, text):
    assert triage.assess(text).level == NONE


@pytest.mark.parametrize("text", [
    "burnt my whole forearm with boiling oil and the skin is hanging off, should I put butter on it",
    "cut my hand on a broken window, it will not stop bleeding, should I use a plaster",
    "caustic drain cleaner splashed on my face, should I rinse it",
])
def test_major_injuries_stay_emergencies_even_when_asked_as_self_care(triage, text):
    assert triage.assess(text).level == EMERGENCY, text


def test_accidental_cut_is_not_self_harm_but_deliberate_cutting_is(triage):
    assert "suicide_self_harm" not in triage.assess("cut myself on a tin can in the kitchen").categories
    assert "suicide_self_harm" in triage.assess("I cut myself again last night to feel something").categories


def test_flag_split_across_turns_is_read_together(triage):
    turns = ["my daughter fell off the climbing frame at school", "she's been sick twice since she got home"]
    assert triage.assess(turns[1]).level != EMERGENCY
    assert triage.assess_conversation(turns).level == EMERGENCY


def test_cantonese_folds_to_the_mandarin_words_the_lexicons_use():
    assert fold_cantonese("佢唔食嘢") == "他不吃东西"  # 嘢 = thing(s): 东西, not a lone 西
    assert "晕倒" in normalize_triage("佢暈低咗")
    assert "透不到气" in normalize_triage("透唔到氣")
    assert "有孕" in normalize_triage("我老婆有咗BB")


def test_negated_and_past_signs_do_not_fire():
    assert lay_red_flags("he hit his head but there was no vomiting and no confusion") == []
    assert lay_red_flags("last year she was bleeding heavily after the op") == []


def test_every_rule_names_known_lexicons_and_bad_data_is_a_user_error(tmp_path):
    lexicons, rules = load_lay_signs()
    assert len({r.category for r in rules}) == 16
    assert all(set(r.all_of) <= set(lexicons) for r in rules)
    bad = tmp_path / "bad.yaml"
    bad.write_text("lexicons: {A: {patterns: ['(']}}\nrules: []\n", encoding="utf-8")
    with pytest.raises(UserError, match="bad regular expression"):
        load_lay_signs.__wrapped__(bad)
