"""The learned second look at the answer gate (issue #12, G37): its fit, its shipped weights and where it decides."""

import importlib.util
import math
from pathlib import Path

import numpy as np
import pytest

from medqa import learned_gate as LG
from medqa import verification as V

ROOT = Path(__file__).resolve().parents[1]


def _fit_script():
    spec = importlib.util.spec_from_file_location("fit_learned_gate", ROOT / "scripts" / "fit_learned_gate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_newton_fit_reaches_the_penalised_optimum():
    fit = _fit_script()
    rng = np.random.default_rng(0)
    x = rng.normal(size=(400, 3)) * np.array([1.0, 5.0, 0.1]) + np.array([0.0, 3.0, -1.0])
    y = (x[:, 0] - 0.2 * x[:, 1] + rng.normal(scale=0.7, size=400) > -0.5).astype(int)
    mean, scale, w, b = fit.fit_logistic(x, y, l2=1.0)
    z = (x - mean) / scale
    p = 1 / (1 + np.exp(-(b + z @ w)))
    # At the optimum of log-loss + 0.5 * l2 * |w|^2 (bias free) the gradient is zero.
    assert abs(float(np.sum(p - y))) < 1e-6
    np.testing.assert_allclose(z.T @ (p - y) + w, 0.0, atol=1e-6)
    assert w[0] > 0 > w[1]  # the signal's signs are recovered; the noise feature stays small
    assert abs(w[2]) < abs(w[0])


def test_threshold_keeps_dont_know_and_refuses_least():
    fit = _fit_script()
    rows = [{"answerable": True, "blocked": None, "slot": False}, {"answerable": True, "blocked": None, "slot": False},
            {"answerable": False, "blocked": None, "slot": False}, {"answerable": False, "blocked": None, "slot": False}]
    best = np.array([0.9, 0.4, 0.3, 0.5])
    gold = np.array([0.9, 0.4, -np.inf, -np.inf])
    # Both unanswerable rows must stay "don't know": the threshold must pass 0.5, which refuses the 0.4 row.
    assert fit.choose_threshold(rows, best, gold, 2) == pytest.approx(0.9)
    # One "don't know" is enough: 0.4 answers both answerable rows and refuses the 0.3 one.
    assert fit.choose_threshold(rows, best, gold, 1) == pytest.approx(0.4)


def test_fitting_refuses_the_held_reviewer_sets():
    fit = _fit_script()
    assert fit.MAX_SET == 30
    with pytest.raises(SystemExit):
        import sys

        argv, sys.argv = sys.argv, ["fit_learned_gate.py", "--fit", "x.jsonl", "--sets", "6-31"]
        try:
            fit.main()
        finally:
            sys.argv = argv


def test_shipped_weights_match_the_features_the_code_computes():
    models = LG.load_models()
    assert set(models) == {"en", "zh", "en_nobank", "zh_nobank"}
    for name, model in models.items():
        expected = [f for f in LG.FEATURES if not (name.endswith("_nobank") and f in LG.BANK_FEATURES)]
        assert list(model.features) == expected
        assert len(model.mean) == len(model.scale) == len(model.weights) == len(expected)
        assert np.all(np.isfinite(model.weights)) and math.isfinite(model.bias) and np.all(model.scale > 0)
    # The gate's own log-odds still counts for acceptance, as does retrieval scoring the passage near the first.
    for lang in ("en", "zh"):
        model = models[lang]
        assert model.weights[model.features.index("gate")] > 0
        assert model.weights[model.features.index("relative_score")] > 0


def test_question_bank_holds_training_wordings_only():
    import json

    bank = {w for wordings in LG.question_bank().values() for w in wordings}
    for split in ("validation", "test"):
        path = ROOT / "medqa" / "assets" / "grounded" / f"{split}.jsonl"
        measured = {json.loads(line)["question"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}
        assert not bank & measured, f"{split} wordings leak into the question-bank feature"
    assert len(bank) > 500


def test_a_vetoed_passage_stays_refused():
    model_name = "en"
    record = {name: 0.0 for name in LG.FEATURES}
    record.update({"pid": "kb-en-x", "has_bank": True, "gate": 13.0, "rank1": 1.0, "relative_score": 1.0, "score": 5.0,
                   "e5_passage": 0.95, "e5_sentence": 0.95, "e5_bank": 0.99, "veto": 0.0})
    assert LG.record_probabilities([record], model_name)[0] > 0.5
    record["veto"] = 1.0
    assert LG.record_probabilities([record], model_name) == [0.0]


def test_without_a_ranking_the_gate_decides_alone():
    passage = {"id": "kb-en-test-1", "title": "Parking", "text": "The multi-storey car park is open 24 hours a day."}
    question = "Is the car park open at night?"
    expected = [V.question_relevance(question, passage, "en")]
    assert V.passage_relevances(question, [passage], "en", V.VerificationSettings(learned_gate=True), ranking=None) == expected
    assert V.passage_relevances(question, [passage], "en", V.VerificationSettings(), ranking=[3.0]) == expected  # off


ON = V.VerificationSettings(learned_gate=True)


@pytest.fixture(scope="module")
def bundled():
    from medqa.retrieval import bundled_index

    return bundled_index()


def _relevances(index, question, language, settings):
    hits = index.search(question, k=3, language=language)
    return hits, V.passage_relevances(question, [h.passage for h in hits], language, settings, [h.score for h in hits])


@pytest.mark.parametrize("question", ["How do I book an outpatient appointment?", "我爸下周要做胃镜，大概要多长时间？",
                                      "is there wifi for patients on the wards? my dad gets bored"])
def test_what_the_gate_accepts_stays_accepted(bundled, question):
    language = "zh" if any("\u4e00" <= ch <= "\u9fff" for ch in question) else "en"
    _, on = _relevances(bundled, question, language, ON)
    _, off = _relevances(bundled, question, language, V.VerificationSettings(learned_gate=False))
    assert all(a >= b for a, b in zip(on, off))
    assert max(off) >= 0.5 and max(on) >= 0.5


def test_a_priced_detail_the_passage_lacks_is_still_refused(bundled):
    _, on = _relevances(bundled, "how much does a private MRI cost?", "en", ON)
    assert max(on) < 0.5


def test_only_the_index_it_was_fitted_on_gets_the_learned_look(bundled):
    from medqa.assistant import Assistant
    from medqa.knowledge_base import load_knowledge_base
    from medqa.retrieval import KnowledgeIndex

    assert V.VerificationSettings().learned_gate  # on by default since R28/R29 (data_cards/learned_gate_model.md)
    assert LG.fitted_index(bundled) and Assistant(None, bundled, verification=ON).verification.learned_gate
    plain = KnowledgeIndex(load_knowledge_base(), use_embeddings=False)
    assert not LG.fitted_index(plain) and not Assistant(None, plain, verification=ON).verification.learned_gate


def test_a_spent_reviewer_question_the_gate_refused_is_rescued_with_its_gold_passage(bundled):
    import json

    rows = (ROOT / "tests" / "data" / "grounded_review24" / "questions.jsonl").read_text(encoding="utf-8").splitlines()
    row = next(json.loads(line) for line in rows if json.loads(line)["id"] == "r24-en-074")  # a lift to the clinic
    hits, on = _relevances(bundled, row["question"], "en", ON)
    _, off = _relevances(bundled, row["question"], "en", V.VerificationSettings(learned_gate=False))
    gold = [i for i, h in enumerate(hits) if h.passage.id in row["gold"]]
    assert gold and max(off) < 0.5 and on[gold[0]] >= 0.5
