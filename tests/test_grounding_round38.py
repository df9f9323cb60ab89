"""G38 (issue 12): a length of time asked after a NAMED procedure needs a passage that names that procedure.

"When can I drive after hip replacement?" quoted the day-surgery passage ("check with your surgeon when it is safe to
drive again"), which is about no hip. `medqa.answer_slots` now reads the request's shape (a duration asked after an
event, the event a procedure phrase with its head last) and says "don't know" when no retrieved passage names the
procedure's specific words. Questions here are this round's own, not from any reviewer set.
"""

import pytest

from medqa.answer_slots import SLOT_NAMES, after_procedure_object, asked_slots, missing_slot
from tests.kb_support import bundled_passages_by_id

KB = bundled_passages_by_id()
DAY_SURGERY = KB["kb-en-procedures-004"]
SEDATION = KB["kb-en-procedures-002"]
WOUND = KB["kb-en-procedures-010"]
ZH_WOUND = KB["kb-zh-procedures-006"]
ZH_DAY_SURGERY = KB["kb-zh-procedures-001"]


@pytest.mark.parametrize("question, words", [
    ("How soon after a gallbladder removal can I lift my toddler?", ("gallbladder",)),
    ("when can i go back to the gym after my shoulder arthroscopy", ("shoulder", "arthroscopy")),
    ("After his bunion surgery, how many weeks before he can wear normal shoes?", ("bunion",)),
    ("How many nights will she be in after her appendectomy?", ("appendectomy",)),
    ("What day after a vasectomy can I cycle again?", ("vasectomy",)),
])
def test_the_specific_words_of_the_procedure_are_read(question, words):
    assert after_procedure_object(question, "en") == words
    assert "after_procedure" in asked_slots(question, "en")


@pytest.mark.parametrize("question", [
    "When can I shower after my op?",  # no procedure named
    "How long after day surgery should someone stay with me?",  # day surgery is the passage's own topic word
    "When can I swim after my op scar heals?",  # the phrase ends in "scar": a scar, not a procedure
    "When can I eat after they've finished the camera test?",  # a pronoun starts the event, not a procedure
    "How long after breakfast should I take the tablets?",  # a meal, no procedure head
    "Where do I park for my knee replacement?",  # no length of time asked after it
])
def test_no_named_procedure_is_read(question):
    assert after_procedure_object(question, "en") == ()


@pytest.mark.parametrize("question", [
    "How soon after a gallbladder removal can I lift my toddler?",
    "when can i go back to the gym after my shoulder arthroscopy",
    "How soon after her hysterectomy can she drive?",
])
def test_a_generic_passage_does_not_answer_a_named_procedure(question):
    assert missing_slot(question, [DAY_SURGERY], "en") == "after_procedure"
    # the round's rule can be left out (a leave-one-set-out measurement)
    assert missing_slot(question, [DAY_SURGERY], "en", skip=frozenset({"after_procedure"})) != "after_procedure"
    assert missing_slot(question, [DAY_SURGERY], "en", skip=frozenset({"en:after_procedure"})) != "after_procedure"


def test_a_length_told_after_operations_in_general_answers():
    # G36's pin: a sentence on the topic giving a length after operations in general answers for a named one
    general = {"id": "x", "title": "术后洗澡", "text": "术后回家请保持伤口清洁干燥，一般术后3天可以淋浴。"}
    assert missing_slot("胆囊手术后多久可以淋浴", [general], "zh") != "after_procedure"
    # a length about something else (sedation) does not
    assert missing_slot("When can I drive after hip replacement?", [DAY_SURGERY, SEDATION], "en") == "after_procedure"


def test_a_passage_naming_the_procedure_can_answer():
    question = "How many days after a tonsillectomy can he go back to school?"
    assert after_procedure_object(question, "en") == ("tonsillectomy",)
    passage = {"id": "x", "title": "After a tonsillectomy", "text": "Most children go back to school after a tonsillectomy."}
    assert missing_slot(question, [passage], "en") != "after_procedure"


def test_generic_questions_are_still_answered_from_the_generic_passage():
    assert missing_slot("When can I shower after my operation?", [WOUND], "en") is None
    assert missing_slot("How long after sedation before I can drive?", [SEDATION], "en") is None


@pytest.mark.parametrize("question, words", [
    ("胆囊手术后多久可以上班", ("胆囊",)),
    ("膽囊手術後多久可以上班？", ("胆囊",)),  # Traditional reads as Simplified
    ("甲亢手术之后第几天拆线", ("甲亢",)),
    ("我老公下个月做疝气手术，手术以后多久可以开车", ()),  # named in the story's clause, not before 手术以后: not read
])
def test_chinese_named_procedure(question, words):
    assert after_procedure_object(question, "zh") == words


def test_chinese_generic_passage_does_not_answer_a_named_procedure():
    assert missing_slot("胆囊手术后多久可以上班", [ZH_WOUND], "zh") == "after_procedure"
    assert missing_slot("膽囊手術後多久可以上班？", [ZH_WOUND], "zh") == "after_procedure"


@pytest.mark.parametrize("question", ["做完胃镜以后多久能吃东西", "出院以后多久能复印病历", "术后多久可以洗澡", "抽完血以后要按多久"])
def test_chinese_without_a_named_procedure_is_not_read(question):
    assert after_procedure_object(question, "zh") == ()


def test_chinese_passage_naming_the_procedure():
    # the day-surgery passage names 白内障: a length asked after it is not refused by this rule
    assert missing_slot("白内障手术后多久可以出院", [ZH_DAY_SURGERY], "zh") != "after_procedure"


def test_slot_is_listed():
    assert "after_procedure" in SLOT_NAMES
