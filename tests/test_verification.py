"""The answer verifier: sentence splitting, support, citations, extractive fallback, no-answer and streaming."""

import json
from importlib import resources

import pytest

from medqa.knowledge_base import load_knowledge_base
from medqa.verification import (
    StreamingVerifier,
    VerificationSettings,
    extractive_answer,
    is_fragment,
    is_garbled,
    no_answer,
    question_relevance,
    sentence_support,
    split_sentences,
    verify_answer,
)
from moe_core.errors import UserError

# Lexical only, so the file runs in seconds; the MiniLM part is exercised by the calibration script.
LEXICAL = VerificationSettings(use_embeddings=False)
KB = {p.id: p for p in load_knowledge_base()}
FASTING = KB["kb-en-test_preparation-001"]
VISITING = KB["kb-en-visiting-001"]
PARKING = KB["kb-en-appointments-008"]
ZH_FASTING = KB["kb-zh-test_preparation-001"]
ZH_VISITING = KB["kb-zh-visiting-001"]


def first_sentences(passage, count=1) -> str:
    return " ".join(split_sentences(passage.text)[:count])


def test_split_english_keeps_citations_abbreviations_and_decimals():
    text = "Take 2.5 mg at 9 a.m. on Monday, e.g. with food. See Dr. Li first [kb-en-x-001]. Is that clear? Yes!"
    assert split_sentences(text) == [
        "Take 2.5 mg at 9 a.m. on Monday, e.g. with food.",
        "See Dr. Li first [kb-en-x-001].",
        "Is that clear?",
        "Yes!",
    ]
    assert split_sentences("Fast for 8 hours. [kb-en-a-001] Drink water.") == ["Fast for 8 hours. [kb-en-a-001]", "Drink water."]
    assert split_sentences("The clinic opens at 9 a.m. Please arrive early.") == ["The clinic opens at 9 a.m.", "Please arrive early."]


def test_split_chinese_punctuation():
    assert split_sentences("请空腹8小时。[kb-zh-a-001]可以喝水；不要吃东西！明白吗？") == [
        "请空腹8小时。[kb-zh-a-001]", "可以喝水；", "不要吃东西！", "明白吗？",
    ]


def test_support_is_high_for_a_quote_and_low_for_unrelated_or_shuffled_text():
    quote = split_sentences(FASTING.text)[0]
    assert sentence_support(quote, FASTING, "en") > 0.9
    assert sentence_support(quote, PARKING, "en") < LEXICAL.min_support
    shuffled = " ".join(reversed(quote.split()))
    assert sentence_support(shuffled, FASTING, "en") < LEXICAL.min_support
    zh_quote = split_sentences(ZH_FASTING.text)[0]
    assert sentence_support(zh_quote, ZH_FASTING, "zh") > 0.9
    assert sentence_support("".join(reversed(zh_quote)), ZH_FASTING, "zh") < LEXICAL.min_support


def test_unsupported_sentence_is_dropped_and_supported_one_kept_with_its_passage():
    supported = split_sentences(FASTING.text)[0]
    answer = f"{supported} The hospital also offers free helicopter rides to every patient on Sundays."
    verified = verify_answer("Do I need to fast before a blood test?", answer, [FASTING, PARKING], "en", LEXICAL)
    assert verified.mode == "generated"
    assert [s.text for s in verified.sentences] == [supported]
    assert verified.sentences[0].passage_id == FASTING.id
    assert [d.reason for d in verified.dropped] == ["unsupported"]
    assert "helicopter" not in verified.text
    assert verified.text == f"{supported} [{FASTING.id}]"
    assert verified.citations == [FASTING.id]


def test_fabricated_citation_is_dropped_and_the_supporting_id_attached():
    sentences = split_sentences(FASTING.text)[:2]
    answer = f"{sentences[0]} [kb-en-made-up-999] {sentences[1]} [{PARKING.id}]"
    verified = verify_answer("Do I need to fast before a blood test?", answer, [PARKING, FASTING], "en", LEXICAL)
    assert verified.mode == "generated"
    assert [s.passage_id for s in verified.sentences] == [FASTING.id, FASTING.id]
    assert set(verified.dropped_citations) == {"kb-en-made-up-999", PARKING.id}
    assert "kb-en-made-up-999" not in verified.text and PARKING.id not in verified.text
    assert verified.to_dict()["dropped_citations"] == verified.dropped_citations


def test_garbled_answer_falls_back_to_extractive_quote_with_citation():
    garbled = "visiting the the hours ward ward is is. Parking helicopter of blue Sundays."
    verified = verify_answer("What are the visiting hours?", garbled, [VISITING, FASTING], "en", LEXICAL)
    assert verified.mode == "extractive"
    assert verified.citations == [VISITING.id]
    assert len(verified.sentences) == LEXICAL.extractive_sentences
    for check in verified.sentences:
        assert check.text in VISITING.text  # quoted verbatim
        assert f"{check.text} [{VISITING.id}]" in verified.text
    assert [d.reason for d in verified.dropped] == ["garbled", "unsupported"]


def test_extractive_quotes_the_best_ranked_passage_the_gate_accepts():
    # Both visiting passages answer "visiting hours" well enough; retrieval's order decides which is quoted,
    # and a higher-ranked passage the gate rejects (property) is skipped.
    question = "What are the visiting hours on the ward?"
    icu, property_ = KB["kb-en-visiting-005"], KB["kb-en-visiting-010"]
    assert extractive_answer(question, [VISITING, icu], "en", LEXICAL).citations == [VISITING.id]
    assert extractive_answer(question, [icu, VISITING], "en", LEXICAL).citations == [icu.id]
    assert extractive_answer(question, [property_, VISITING, icu], "en", LEXICAL).citations == [VISITING.id]


def test_a_close_second_passage_is_quoted_too_and_a_distant_one_is_not():
    question = "What are the visiting hours on the ward?"
    icu = KB["kb-en-visiting-005"]
    close = extractive_answer(question, [VISITING, icu], "en", LEXICAL, ranking=[1.0, 0.9])
    assert close.citations == [VISITING.id, icu.id]
    assert len(close.sentences) == LEXICAL.extractive_sentences  # the two share the sentence budget
    assert [c.passage_id for c in close.sentences] == [VISITING.id] * 2 + [icu.id] * 2
    assert extractive_answer(question, [VISITING, icu], "en", LEXICAL, ranking=[1.0, 0.5]).citations == [VISITING.id]
    # Fixed passages (no ranking) and a second passage the gate rejects are never added.
    assert extractive_answer(question, [VISITING, icu], "en", LEXICAL).citations == [VISITING.id]
    property_ = KB["kb-en-visiting-010"]
    assert extractive_answer(question, [VISITING, property_], "en", LEXICAL, ranking=[1.0, 0.99]).citations == [VISITING.id]
    with pytest.raises(UserError, match="ranking has 1 scores for 2 passages"):
        extractive_answer(question, [VISITING, icu], "en", LEXICAL, ranking=[1.0])


def test_extractive_answer_in_chinese_quotes_the_chinese_passage():
    verified = extractive_answer("住院病房的探视时间是几点？", [ZH_FASTING, ZH_VISITING], "zh", LEXICAL)
    assert verified.mode == "extractive"
    assert verified.citations == [ZH_VISITING.id]
    assert all(s.text in ZH_VISITING.text for s in verified.sentences)


@pytest.mark.parametrize("question, language, passages", [
    ("Do you have a helipad for air ambulances?", "en", [FASTING, VISITING, PARKING]),
    ("医院有直升机停机坪吗？", "zh", [ZH_FASTING, ZH_VISITING]),
])
def test_unrelated_question_gets_no_answer_whatever_the_model_says(question, language, passages):
    model_answer = split_sentences(passages[0].text)[0]  # supported by a passage, but not an answer
    verified = verify_answer(question, model_answer, passages, language, LEXICAL)
    assert verified.mode == "no_answer"
    assert verified.text == no_answer(language).text
    assert verified.citations == [] and verified.sentences == []
    assert question_relevance(question, passages[0], language, LEXICAL) < LEXICAL.min_relevance


def test_no_answer_is_localized_and_names_the_contact():
    assert "don't have that information" in no_answer("en").text
    assert "没有这方面的信息" in no_answer("zh").text
    assert "call 555 0100" in no_answer("en", "call 555 0100").text
    with pytest.raises(UserError, match="unsupported language"):
        no_answer("fr")


def test_model_refusal_is_believed_only_below_trust_refusal_below():
    from dataclasses import replace

    refusal = "I'm sorry, I don't have information about that in the hospital's patient-service passages."
    question = "Do I need to fast before a blood test?"
    believed = verify_answer(question, refusal, [FASTING], "en", replace(LEXICAL, trust_refusal_below=1.0))
    assert believed.mode == "no_answer" and believed.dropped[0].reason == "refusal"
    # This passage clearly answers the question: a (small) model's refusal gives way to quoting it.
    quoted = verify_answer(question, refusal, [FASTING], "en", replace(LEXICAL, trust_refusal_below=0.5))
    assert quoted.mode == "extractive" and quoted.citations == [FASTING.id]
    assert quoted.dropped[0].reason == "refusal" and "I'm sorry" not in quoted.text


def test_dosing_sentence_is_dropped_and_flags_the_redirect():
    supported = split_sentences(KB["kb-en-medications-011"].text)[0]
    answer = f"{supported} Give your child 5 ml every 4 hours."
    verified = verify_answer("How do I give medicine to my child?", answer, [KB["kb-en-medications-011"]], "en", LEXICAL)
    assert verified.redirect_reason == "prescription_request"
    assert [d.reason for d in verified.dropped] == ["out_of_scope"]
    assert "5 ml" not in verified.text
    assert verified.to_dict()["redirect_reason"] == "prescription_request"


@pytest.mark.parametrize("chunk", [1, 7, 1000])
def test_streaming_pieces_add_up_to_the_final_text(chunk):
    sentences = split_sentences(FASTING.text)[:3]
    answer = f"{sentences[0]} [{FASTING.id}] Pigs can fly over the car park. {sentences[1]} {sentences[2]} [{FASTING.id}]"
    verifier = StreamingVerifier("Do I need to fast before a blood test?", [FASTING, PARKING], "en", LEXICAL)
    shown = []
    for start in range(0, len(answer), chunk):
        shown += verifier.feed(answer[start : start + chunk])
    verified, rest = verifier.finish()
    assert "".join(shown) + rest == verified.text
    assert verified.mode == "generated"
    assert len(verified.sentences) == 3 and len(verified.dropped) == 1
    if chunk < len(answer):
        assert shown, "complete sentences stream before the answer ends"
    assert verified.text == verify_answer("Do I need to fast before a blood test?", answer, [FASTING, PARKING], "en", LEXICAL).text


def test_streaming_fallback_and_no_answer_come_in_finish():
    verifier = StreamingVerifier("What are the visiting hours?", [VISITING], "en", LEXICAL)
    assert verifier.feed("Blue helicopters sing. Purple parking dances loudly. ") == []
    verified, rest = verifier.finish()
    assert verified.mode == "extractive" and rest == verified.text
    unrelated = StreamingVerifier("Do you have a helipad?", [FASTING], "en", LEXICAL)
    assert unrelated.feed(split_sentences(FASTING.text)[0] + " More. ") == []
    verified, rest = unrelated.finish()
    assert verified.mode == "no_answer" and rest == verified.text


def test_bad_settings_and_language_are_clear_errors():
    with pytest.raises(UserError, match="min_support"):
        VerificationSettings(min_support=1.5)
    with pytest.raises(UserError, match="extractive_sentences"):
        VerificationSettings(extractive_sentences=0)
    with pytest.raises(UserError, match="unsupported language"):
        verify_answer("q", "a", [FASTING], "de", LEXICAL)
    with pytest.raises(UserError, match="passage is missing"):
        verify_answer("q", "a", [{"id": "kb-x-1", "title": "t"}], "en", LEXICAL)


def test_dict_passages_are_accepted():
    passage = {"id": "doc-clinic-1", "title": "Helipad", "text": "The helipad is on the roof of block B. It is for air ambulances only."}
    verified = verify_answer("Where is the helipad?", "The helipad is on the roof of block B.", [passage], "en", LEXICAL)
    assert verified.mode == "generated"
    assert verified.text == "The helipad is on the roof of block B. [doc-clinic-1]"


def test_a_phrase_said_twice_in_one_sentence_is_garbled_but_passage_sentences_are_not():
    # Recombined passage phrases: every word pair is in a passage, yet the sentence loops.
    assert is_garbled("You can park in the main car park, or park in the main car park at night.")
    assert is_garbled("身份证办理，身份证或手机上激活凭证或拨打总机办理，身份证或手机上列办理。")
    assert not is_garbled("Bring your appointment letter and a list of your medicines to the clinic.")
    assert not is_garbled("建议入院时登记一到两名授权联系人，其他亲友请向授权联系人询问。")  # a 5-character term, twice on purpose
    passage_sentences = [s for p in load_knowledge_base() for s in split_sentences(p.text)]
    assert not [s for s in passage_sentences if is_garbled(s)]


def test_a_list_item_said_twice_or_a_bracket_never_opened_is_garbled():
    # Recombined passage phrases again: each pair of characters is in a passage, the sentence is not language.
    assert is_garbled("检查前请取下钥匙、钥匙、硬币和手机。")
    assert is_garbled("Bring your slippers, slippers, dressing gown and toiletries.")
    assert is_garbled("由医生判断能否检查）、之后再预约。")
    assert is_garbled("Bring a list of your medicines) to the clinic.")
    # Not garbled: a longer item that starts with the same word, a balanced bracket, a word repeated apart.
    assert not is_garbled("Please do not visit with a cough, cold, cold sore or diarrhoea.")
    assert not is_garbled("急性腹泻（拉肚子）最需要注意的是防止脱水。")
    assert not is_garbled("请带上医保卡、身份证和医保卡复印件。")
    grounded = resources.files("medqa") / "assets" / "grounded"
    answers = [json.loads(line)["answer"] for split in ("train", "validation")
               for line in (grounded / f"{split}.jsonl").read_text(encoding="utf-8").splitlines()]
    reference = {s for answer in answers for s in split_sentences(answer)}
    assert not [s for s in reference if is_garbled(s) and not s.startswith("Yes.")]


def test_a_fragment_is_not_shown_though_its_few_characters_are_in_a_passage():
    # "平时" ("usually") alone: both characters are in the fasting passage, so support alone would keep it.
    assert is_fragment("平时 [kb-zh-test_preparation-001]") and is_fragment("活检。") and is_fragment("Parking.")
    assert not is_fragment("请带上CT片。") and not is_fragment("Do not burst any blisters.")
    answer = "平时。" + first_sentences(ZH_FASTING)
    verified = verify_answer("抽血前要空腹吗", answer, [ZH_FASTING, ZH_VISITING], "zh", LEXICAL)
    assert "平时" not in verified.text.split("。")[0]
    assert [d.reason for d in verified.dropped] == ["garbled"]
