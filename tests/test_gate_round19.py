"""Round 19 of the don't-know gate (issue #12): an asked opening time the passage lacks, a patient's own spending
read as no price question, and lay or Cantonese wordings read in the passages' words.

Wordings written for these tests, not the reviewer sets'.
"""

import pytest

from medqa import verification as V
from medqa.knowledge_base import Passage
from medqa.retrieval_synonyms import expand_query, fold_chinese_wording


def _passage(text: str, language: str = "en", title: str = "Test passage") -> Passage:
    return Passage("kb-test-001", title, language, "test", text, "test", "2026-01-01")


# --- an asked time of day or opening hours against a passage holding none ---------------------------------------
@pytest.mark.parametrize("question, text, language, missing", [
    ("What time does the chaplaincy office open?", "The chaplaincy team offers support to patients of all faiths.",
     "en", True),
    ("When does the chaplaincy office close?", "The chaplaincy team offers support to patients of all faiths.",
     "en", True),
    ("What time does the chaplaincy office open?", "The chaplaincy office is open from 9am to 5pm.", "en", False),
    ("What time should I get there?", "Please arrive 15 minutes before your scan.", "en", False),  # a duration
    ("Which days is the clinic on?", "The clinic runs on Tuesday and Thursday mornings.", "en", False),
    ("营养科门诊几点开始看诊？", "营养科门诊为患者提供饮食指导，需要提前预约。", "zh", True),
    ("营养科门诊几点开始看诊？", "营养科门诊周二上午开诊，需要提前预约。", "zh", False),
    ("營養科門診幾點開始看診？", "营养科门诊为患者提供饮食指导，需要提前预约。", "zh", True),  # Traditional
])
def test_an_asked_opening_time_needs_a_passage_holding_one(question, text, language, missing):
    assert V.asked_detail_missing(question, _passage(text, language), language) is missing


def test_a_second_asked_question_the_passage_answers_keeps_it():
    question = "What time does the chaplaincy office open, and can I ask for a visit on the ward?"
    text = "The chaplaincy team can visit you on the ward; ask a nurse to contact them."
    assert not V.asked_detail_missing(question, _passage(text), "en")


# --- a patient's own spending is a record to look up, not a price ------------------------------------------------
@pytest.mark.parametrize("question, language", [
    ("How much have we spent so far during Dad's stay, and where can I check it?", "en"),
    ("这次住院一共花了多少钱，在哪里能查到？", "zh"),
    ("這次住院一共花了多少錢？", "zh"),
])
def test_own_spending_is_not_asked_as_a_price(question, language):
    read = V.gate_reading(question, language) if language == "zh" else question
    assert "money" not in V.asked_answer_types(read, language)


@pytest.mark.parametrize("question, language", [
    ("How much does a copy of my scan cost?", "en"),
    ("How much will I spend on parking for a day?", "en"),
    ("住一天病房要多少钱？", "zh"),
    ("做一次核磁花多少钱？", "zh"),
])
def test_a_price_is_still_asked_as_one(question, language):
    assert "money" in V.asked_answer_types(question, language)


# --- Cantonese wordings in the passages' Mandarin --------------------------------------------------------------
@pytest.mark.parametrize("text, wanted, unwanted", [
    ("我想揸车去医院", "开车", "拿车"),
    ("出院时喺边度俾钱？", "付钱", "给钱"),
    ("可以带手机入去吗", "进去", "入去"),
    ("照CT之前要唔要空肚", "做CT", "照CT"),
])
def test_cantonese_wordings_fold(text, wanted, unwanted):
    folded = fold_chinese_wording(text)
    assert wanted in folded and unwanted not in folded


def test_mandarin_words_with_the_same_characters_stay():
    assert "入院" in fold_chinese_wording("入院要带什么")
    assert "出入" in fold_chinese_wording("出入口在哪里")
    assert "照片" in fold_chinese_wording("可以带照片吗")


# --- Chinese lay wordings --------------------------------------------------------------------------------------------
@pytest.mark.parametrize("query, language, document_word", [
    ("可以送花给住院的朋友吗", "zh", "鲜花"),
    ("我想改期", "zh", "改约"),
    ("我要拿X光片去别的医院", "zh", "胶片"),
])
def test_lay_wordings_add_the_passage_word(query, language, document_word):
    assert document_word in expand_query(query, language)
