"""G37 (issue 12, session 37): the extractive fallback says nothing when what it would quote shares nothing with the question.

When the model's answer does not pass verification, the verifier quotes the best-matching sentences of the passage
the gate accepted. A passage accepted on meaning alone (e5 / MiniLM) can have no sentence that says anything about
what was asked ("待产包要准备什么" answered with the surgery-day checklist). In Chinese the quote is now checked: when the
idf share of the question's content units (characters, typed pinyin pairs) found in the sentences to quote is below
`QUOTE_MIN_OVERLAP["zh"]`, the reply is the fixed "I don't have that information". English is not checked (lay words
and stories share few words with the sentences that answer them). Questions and passages here are this round's own,
not from any spent set.
"""

import pytest

from medqa import verification as V
from medqa.verification import (QUOTE_MIN_OVERLAP, VerificationSettings, extractive_answer, quote_addresses,
                                quote_overlap, verify_answer)

FASTING_ZH = {"id": "kb-zh-test-fasting", "title": "手术前禁食",
              "text": "手术前一晚十点以后请不要再吃东西。早上可以喝少量清水，具体以麻醉医生的交代为准。"}
PARKING_EN = {"id": "kb-en-test-parking", "title": "Parking",
              "text": "Parking at the front entrance is limited. Blue badge spaces are beside the main door."}
# The gate itself is not under test here: every passage counts as answering, so only the quote check can refuse.
ACCEPT_ALL = VerificationSettings(min_relevance=0.0, use_embeddings=False, question_scope=False)


def test_a_quote_sharing_nothing_with_a_chinese_question_is_not_shown():
    question = "婴儿推车能推进去吗"  # a pushchair: nothing in the fasting passage speaks of it
    assert quote_overlap(question, ["手术前一晚十点以后请不要再吃东西。"], "zh") < QUOTE_MIN_OVERLAP["zh"]
    verified = extractive_answer(question, [FASTING_ZH], "zh", ACCEPT_ALL)
    assert verified.mode == "no_answer"
    assert verified.citations == []
    assert verified.text == V.no_answer("zh").text


def test_a_quote_on_the_asked_thing_is_still_shown():
    verified = extractive_answer("手术前一晚几点以后不能吃东西？", [FASTING_ZH], "zh", ACCEPT_ALL)
    assert verified.mode == "extractive"
    assert verified.citations == ["kb-zh-test-fasting"]


@pytest.mark.parametrize("question", [
    "shou shu前能喝水吗",      # typed pinyin meets the passage's characters through their pinyin
    "手術前可以喝水嗎",         # Traditional script is read in the passages' Simplified
])
def test_pinyin_and_traditional_questions_meet_the_quote(question):
    assert quote_addresses(question, ["早上可以喝少量清水，具体以麻醉医生的交代为准。", "手术前一晚十点以后请不要再吃东西。"], "zh")


def test_english_quotes_are_not_checked():
    assert "en" not in QUOTE_MIN_OVERLAP
    assert quote_addresses("what should I pack for my stay", ["Blue badge spaces are beside the main door."], "en")
    verified = extractive_answer("what should I pack for my stay", [PARKING_EN], "en", ACCEPT_ALL)
    assert verified.mode == "extractive"


def test_a_verified_generated_sentence_is_not_second_guessed():
    # the model's own sentence passed verification: the quote check applies only to a quote made from nothing kept
    answer = "早上可以喝少量清水，具体以麻醉医生的交代为准。[kb-zh-test-fasting]"
    verified = verify_answer("婴儿推车能推进去吗", answer, [FASTING_ZH], "zh", ACCEPT_ALL)
    assert verified.mode == "generated"
    assert verified.citations == ["kb-zh-test-fasting"]


def test_a_question_without_content_units_is_not_refused_for_it():
    assert quote_overlap("吗？", ["手术前一晚十点以后请不要再吃东西。"], "zh") == 1.0
