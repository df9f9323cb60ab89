"""The e5 scope fitter of helper L37e (scripts/fit_scope_e5.py): the writer subsample, the variant names, the
classifier on toy vectors, and that held test sets are refused. No embedding is computed here."""
import numpy as np
import pytest

from moe_core.errors import UserError
from scripts import fit_scope_e5 as e5


def _rows():
    rows = []
    for group in ("blind4", "blind57s", "project_generated", "in_domain_kb"):
        for i in range(300):
            rows.append({"id": f"{group}-{i}", "group": group, "text": f"{group} {i}",
                         "label": "redirect" if i % 2 else "allow",
                         "source": "handwritten" if i < 100 else "template"})
    return rows


def test_sample_keeps_held_folds_and_in_domain_whole_and_subsamples_template_writers():
    kept = e5.sample_rows(_rows())
    groups = ("blind4", "blind57s", "project_generated", "in_domain_kb")
    count = {g: sum(r["group"] == g for r in kept) for g in groups}
    assert count == {"blind4": e5.PER_WRITER, "blind57s": 300, "project_generated": 300, "in_domain_kb": 300}
    hand = sum(r["group"] == "blind4" and r["source"] == "handwritten" for r in kept)
    assert hand == e5.HAND_PER_WRITER
    assert [r["id"] for r in kept] == [r["id"] for r in e5.sample_rows(_rows())]  # deterministic


def test_held_test_sets_are_refused():
    rows = _rows() + [{"id": "x", "group": "blind51", "text": "x", "label": "allow"}]
    with pytest.raises(UserError):
        e5.sample_rows(rows)
    with pytest.raises(UserError):
        e5.e5_folds(["blind65s"], labels=None, variant="e5", save=None, rows=[])


def test_variant_names():
    assert e5.variant_settings("e5") == {"joint": False, "ng": False, "c": 1.0, "mlp": False}
    assert e5.variant_settings("e5+ng+joint+c0.1") == {"joint": True, "ng": True, "c": 0.1, "mlp": False}
    with pytest.raises(UserError):
        e5.variant_settings("e5+minilm")


def test_logistic_on_toy_vectors_separates_and_keeps_raw_space_weights():
    rng = np.random.default_rng(0)
    x = rng.normal(size=(400, 8))
    y = (x[:, 0] + 0.1 * rng.normal(size=400) > 0).astype(int)
    predict = e5.fit_model(x, y, np.ones(400), {"joint": False, "ng": False, "c": 1.0, "mlp": False})
    p = predict(x)
    assert ((p >= 0.5) == y).mean() > 0.95
    weights, bias = predict.coef
    assert np.allclose(1 / (1 + np.exp(-(x @ weights + bias))), p, atol=1e-6)


def test_text_key_is_stable():
    assert e5.text_key("帮我开一瓶矿泉水") == e5.text_key("帮我开一瓶矿泉水") != e5.text_key("帮我开一瓶矿泉水 ")


def test_saved_mlp_scores_as_torch():
    rng = np.random.default_rng(1)
    x = rng.normal(size=(200, 6))
    y = (x[:, 1] * x[:, 2] > 0).astype(int)
    predict = e5.fit_model(x, y, np.ones(200), {"joint": False, "ng": False, "c": 1.0, "mlp": True})
    assert np.allclose(e5.saved_model_score({"mlp": predict.mlp}, x), predict(x), atol=1e-5)
