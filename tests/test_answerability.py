"""The "don't know" gate: answerability features and score, floors on the validation split (lexical, fixed passages)."""

import json
from pathlib import Path

import pytest

from medqa.knowledge_base import load_knowledge_base
from medqa.verification import (
    ANSWERABILITY_FEATURES,
    ANSWERABILITY_WEIGHTS,
    StreamingVerifier,
    VerificationSettings,
    answerability_features,
    answerability_model,
    answer_type_match,
    answerability_score,
    asked_answer_types,
    question_relevance,
    verify_answer,
)
from moe_core.errors import UserError

# Lexical only, so the file runs in seconds; the MiniLM model ("en") is measured by the calibration script.
LEXICAL = VerificationSettings(use_embeddings=False)
KB = {p.id: p for p in load_knowledge_base()}
GROUNDED = Path(__file__).resolve().parents[1] / "medqa" / "assets" / "grounded"


def rows(name: str) -> list[dict]:
    with open(GROUNDED / name, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def best_score(question: str, passage_ids, language: str) -> float:
    return max(answerability_score(question, KB[pid], language, LEXICAL) for pid in passage_ids)


def test_weights_cover_every_model_and_feature():
    assert set(ANSWERABILITY_WEIGHTS) == {"en", "en_lexical", "zh", "en_scoped", "zh_scoped"}
    assert all(len(weights) == 1 + len(ANSWERABILITY_FEATURES) for weights in ANSWERABILITY_WEIGHTS.values())
    assert answerability_model("en", LEXICAL) == "en_lexical"
    assert answerability_model("zh", LEXICAL) == "zh"


def test_features_are_shares_and_question_relevance_is_the_score():
    question, passage = "Do I need to fast before a blood test?", KB["kb-en-test_preparation-001"]
    features = answerability_features(question, passage, "en", LEXICAL)
    assert set(features) == set(ANSWERABILITY_FEATURES)
    assert all(0.0 <= value <= 1.0 for value in features.values())
    assert features["units"] == 1.0 and features["missing_rarest"] == 0.0 and features["semantic"] == 0.0
    assert question_relevance(question, passage, "en", LEXICAL) == answerability_score(question, passage, "en", LEXICAL)


def test_unknown_language_is_a_user_error():
    with pytest.raises(UserError, match="unsupported language"):
        answerability_score("Wo ist der Parkplatz?", KB["kb-en-appointments-008"], "de", LEXICAL)


def test_generic_hospital_words_do_not_make_a_question_answerable():
    # "hospital" is in nearly every passage; "cash machine" in none.
    features = answerability_features("Is there a cash machine inside the hospital?", KB["kb-en-records_billing-006"], "en", LEXICAL)
    assert features["units"] == 0.0 and features["missing_rarest"] == 1.0


def test_typos_are_repaired_before_coverage():
    booking = KB["kb-en-appointments-001"]
    typo = answerability_features("book apointment how", booking, "en", LEXICAL)
    spelt = answerability_features("book appointment how", booking, "en", LEXICAL)
    assert typo["units"] == spelt["units"] == 1.0
    assert answerability_score("book apointment how", booking, "en", LEXICAL) >= LEXICAL.min_relevance


def test_typed_pinyin_is_matched_to_the_passage_characters():
    booking, fever = KB["kb-zh-appointments-001"], KB["kb-zh-self_care-003"]
    question = "zai na li yu yue gua hao"
    assert answerability_features(question, booking, "zh")["units"] > 0.5
    assert answerability_features(question, fever, "zh")["units"] == 0.0
    assert answerability_score(question, booking, "zh") >= LEXICAL.min_relevance > answerability_score(question, fever, "zh")


@pytest.mark.parametrize("question, language, passage_ids", [
    ("Can I park my bike in a cycle rack by the entrance?", "en", ["kb-en-visiting-012", "kb-en-records_billing-002"]),
    ("Do you offer tattoo removal?", "en", ["kb-en-self_care-004", "kb-en-procedures-010"]),
    ("医院有没有篮球场？", "zh", ["kb-zh-visiting-001", "kb-zh-appointments-009"]),
    ("可以在病房里养鱼吗", "zh", ["kb-zh-visiting-010", "kb-zh-visiting-003"]),
])
def test_unseen_out_of_scope_questions_are_refused(question, language, passage_ids):
    assert best_score(question, passage_ids, language) < LEXICAL.min_relevance
    verified = verify_answer(question, "It is next to the main entrance.", [KB[p] for p in passage_ids], language, LEXICAL)
    assert verified.mode == "no_answer"


def test_validation_floors_with_fixed_passages():
    """On the validation split's own passages: most answerable=false refused, few answerable refused."""
    validation = rows("validation.jsonl")
    for language in ("en", "zh"):
        items = [r for r in validation if r["language"] == language]
        answerable = [best_score(r["question"], r["passage_ids"], language) for r in items if r["answerable"]]
        unanswerable = [best_score(r["question"], r["passage_ids"], language) for r in items if not r["answerable"]]
        wrongly_refused = sum(s < LEXICAL.min_relevance for s in answerable) / len(answerable)
        refused = sum(s < LEXICAL.min_relevance for s in unanswerable) / len(unanswerable)
        assert wrongly_refused <= 0.1, (language, wrongly_refused)
        assert refused >= 0.75, (language, refused)


def test_prepare_scores_with_the_assistants_own_settings_like_the_streaming_verifier():
    """The question scope switched off (and no MiniLM): `Assistant.prepare` refuses exactly what the verifier would."""
    from medqa.assistant import Assistant
    from medqa.retrieval import KnowledgeIndex

    settings, question = VerificationSettings(use_embeddings=False, question_scope=False), "在哪里预约挂号？"
    assistant = Assistant(None, KnowledgeIndex(load_knowledge_base(), use_embeddings=False), verification=settings)
    prepared = assistant.prepare([{"role": "user", "content": question}])
    verifier = StreamingVerifier(question, prepared.passages, "zh", settings, ranking=prepared.ranking)
    assert prepared.relevance == pytest.approx(verifier.relevance, abs=1e-12)
    # The default settings (question scope on) score the same passages otherwise, so this test can tell them apart.
    default = max(question_relevance(question, p, "zh") for p in prepared.passages)
    assert abs(prepared.relevance - default) > 1e-3


def passage(pid: str, title: str, text: str) -> dict:
    return {"id": pid, "title": title, "text": text}


@pytest.mark.parametrize("question, kind, holds, lacks", [
    ("How much does it cost to hire a wheelchair?", "money",
     "Wheelchair hire costs £5 a day, refunded on return.", "Wheelchairs can be borrowed at the main entrance."),
    ("How many people can stay with me in the recovery room?", "count",
     "Two visitors may stay in the recovery room.", "Visitors may stay in the recovery room if the nurse agrees."),
    ("How long do biopsy results take?", "duration",
     "Biopsy results are usually ready within ten working days.", "Your consultant will explain the biopsy results."),
    ("What time does the blood test clinic open?", "clock",
     "The blood test clinic opens at 7:30 am on weekdays.", "The blood test clinic is on the ground floor."),
    ("What age can children visit the intensive care unit?", "age",
     "Children under 12 may visit intensive care with an adult.", "Children may visit intensive care with an adult."),
])
def test_english_typed_question_needs_a_passage_with_that_type(question, kind, holds, lacks):
    assert kind in asked_answer_types(question, "en")
    assert answer_type_match(question, passage("t-1", "Visiting", holds), "en") == 1.0
    assert answer_type_match(question, passage("t-2", "Visiting", lacks), "en") == 0.0


@pytest.mark.parametrize("question, kind, holds, lacks", [
    ("租一个轮椅要多少钱？", "money", "轮椅租用每天收费10元，归还时退押金。", "轮椅可以在门诊大厅服务台借用。"),
    ("复苏室里最多能留几个人陪护？", "count", "复苏室内最多可留两位家属。", "复苏室内家属陪护需经护士同意。"),
    ("病理结果要等多久？", "duration", "病理报告一般在7个工作日内发出。", "病理结果出来后医生会向您解释。"),
    ("抽血窗口早上几点开始？", "clock", "抽血窗口每天7:30开始抽血。", "抽血窗口在门诊一楼。"),
    ("孩子几岁可以进重症监护室探视？", "age", "12岁以下儿童不能进入重症监护室探视。", "儿童进入重症监护室探视需家长陪同。"),
])
def test_chinese_typed_question_needs_a_passage_with_that_type(question, kind, holds, lacks):
    assert kind in asked_answer_types(question, "zh")
    assert answer_type_match(question, passage("t-1", "探视", holds), "zh") == 1.0
    assert answer_type_match(question, passage("t-2", "探视", lacks), "zh") == 0.0


@pytest.mark.parametrize("question, language", [
    ("Where is the blood test clinic?", "en"),
    ("Can my husband stay overnight?", "en"),
    ("前几天发烧了，现在该挂哪个科？", "zh"),  # "几" here is not a question word
    ("好几种药能一起吃吗", "zh"),
])
def test_untyped_questions_match_any_passage(question, language):
    assert asked_answer_types(question, language) == frozenset()
    assert answer_type_match(question, passage("t-3", "Ward", "Please ask at the ward desk."), language) == 1.0


def test_every_model_weighs_the_answer_type_up():
    index = 1 + ANSWERABILITY_FEATURES.index("answer_type")
    assert all(weights[index] > 0 for weights in ANSWERABILITY_WEIGHTS.values())


def test_a_price_the_passage_leaves_out_is_refused_where_the_plain_question_is_not():
    """The flowers passage says what may be brought, not what anything costs: asking the price gets "don't know"."""
    flowers = KB["kb-en-visiting-003"]
    plain = "Can I send flowers to a patient on the ward?"
    priced = "How much does it cost to send flowers to a patient on the ward?"
    assert answerability_score(plain, flowers, "en", LEXICAL) >= LEXICAL.min_relevance
    assert answerability_features(priced, flowers, "en", LEXICAL)["answer_type"] == 0.0
    assert answerability_score(priced, flowers, "en", LEXICAL) < LEXICAL.min_relevance
    verified = verify_answer(priced, "It costs ten pounds.", [flowers], "en", LEXICAL)
    assert verified.mode == "no_answer"
