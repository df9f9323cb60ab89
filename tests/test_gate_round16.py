"""Round 16 of the don't-know gate (issue #12): a question on a passage's topic that asks for an item the passage
does not hold ("can I charge my electric wheelchair on the ward?" against the wheelchair passage).

`V.asked_item_gap` asks whether the things a question names are in the passage (verbatim, or in English as a near
synonym by MiniLM word similarity), leaving out how questions are put. Measured as one more gate feature with the
fifth out-of-scope writer (tune5, the detail a passage leaves out) held out, it did not meet the rule written before
measuring (scripts/calibrate_verification.py), so the gate does not use it: these tests pin the check itself on
wordings written here (not tune5's), the look-alikes a passage does answer, and that the gate is unchanged.
"""

import pytest

from medqa import verification as V
from medqa.retrieval import bundled_index
from moe_core.errors import UserError

# Questions asking for an item the passage retrieval ranks first does not hold (own wordings).
MISSING_ITEM = [
    ("en", "Is there a microwave on the ward where I can heat up food I bring for my mum?"),
    ("en", "Can I use my own hairdryer on the ward?"),
    ("en", "Can my guide dog come into the MRI room with me?"),
    ("en", "Is there a prayer room I can use while waiting for my colonoscopy?"),
    ("en", "Will the patient transport ambulance take my mobility scooter too?"),
    ("en", "Can I charge my electric wheelchair on the ward?"),
    ("en", "Can my emotional-support parrot stay overnight?"),
    ("en", "Is there a cash machine in the pharmacy?"),
    ("zh", "病房里可以用电饭煲给病人煮粥吗？"),
    ("zh", "探视的时候能带游戏机给孩子玩吗？"),
    ("zh", "病房能给电动轮椅充电吗？"),
    ("zh", "宠物鹦鹉能陪我在病房过夜吗？"),
    ("zh", "做核磁共振的时候能戴智能手表吗？"),
    ("zh", "药房旁边有自动取款机吗？"),
]
# Look-alikes on the same topics whose passage does hold what they ask for.
ANSWERED = [
    ("en", "Can I bring food in for my mum on the ward?"),
    ("en", "Can I use my mobile phone on the ward?"),
    ("en", "Can I bring a wheelchair user's carer to my appointment?"),
    ("en", "Can I chew gum before a blood test?"),
    ("en", "What should I bring for a hospital stay?"),
    ("en", "Can children visit the ward?"),
    ("en", "Can I have a drink of water before my operation?"),
    ("en", "Can a relative stay overnight with a patient who is dying?"),
    ("en", "Can I borrow a wheelchair at the hospital?"),
    ("zh", "可以给住院的病人送饭吗？"),
    ("zh", "做核磁共振前要取下哪些金属物品？"),
    ("zh", "住院费可以用医保结算吗？"),
    ("zh", "抽血前要空腹多久？"),
    ("zh", "住院需要带哪些东西？"),
    ("zh", "小孩可以去病房探视吗？"),
    ("zh", "手术前几个小时不能喝水？"),
    ("zh", "病人住院家属可以陪床吗？"),
    ("zh", "老人来医院看病能借轮椅吗？"),
    ("zh", "肠镜检查前怎么做肠道准备？"),
]


def _first(question: str, language: str):
    return bundled_index().search(question, k=3, language=language)[0].passage


@pytest.mark.parametrize("language,question", MISSING_ITEM)
def test_an_item_the_passage_leaves_out_is_a_gap(language, question):
    assert V.asked_item_gap(question, _first(question, language), language) >= 0.5


@pytest.mark.parametrize("language,question", ANSWERED)
def test_an_item_the_passage_holds_is_no_gap(language, question):
    assert V.asked_item_gap(question, _first(question, language), language) <= 0.2


def test_named_words_are_the_things_asked_for():
    assert {"electric", "wheelchair"} <= V._named_words("can i charge my electric wheelchair on the ward?", "en")
    assert "charge" not in V._named_words("can i charge my electric wheelchair on the ward?", "en")
    assert "鹦鹉" in V._named_words("宠物鹦鹉能陪我在病房过夜吗？", "zh")


def test_how_a_question_is_put_is_not_an_item():
    # "required" and 哪里 are how questions are put (questions on many topics use them), not an item to hold.
    assert ("en", "requir") in V._question_language()
    assert ("zh", "哪里") in V._question_language()


def test_the_gate_does_not_use_it_by_default():
    passage = _first("Can I charge my electric wheelchair on the ward?", "en")
    assert V.ASKED_ITEM not in V.ANSWERABILITY_FEATURES
    assert V.ASKED_ITEM not in V.answerability_features("Can I charge my electric wheelchair on the ward?", passage, "en")
    assert all(len(weights) == 1 + len(V.ANSWERABILITY_FEATURES) for weights in V.ANSWERABILITY_WEIGHTS.values())


def test_switched_on_it_is_a_gate_feature(monkeypatch):
    question = "Can my emotional-support parrot stay overnight?"
    passage = _first(question, "en")
    monkeypatch.setattr(V, "ANSWERABILITY_FEATURES", (*V.ANSWERABILITY_FEATURES, V.ASKED_ITEM))
    features = V.answerability_features(question, passage, "en")
    assert features[V.ASKED_ITEM] == pytest.approx(V.asked_item_gap(question, passage, "en"))


def test_bad_input_is_a_clear_error():
    passage = _first("Can I borrow a wheelchair at the hospital?", "en")
    with pytest.raises(UserError, match="unsupported language"):
        V.asked_item_gap("Can I borrow a wheelchair?", passage, "fr")
    with pytest.raises(UserError, match="question must be text"):
        V.asked_item_gap(None, passage, "en")
    with pytest.raises(UserError, match="missing a non-empty 'text'"):
        V.asked_item_gap("Can I borrow a wheelchair?", {"id": "x", "title": "Wheelchairs"}, "en")
