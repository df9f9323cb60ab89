"""Round 19 (helper LN5): blind15..blind19 are spent and kept out of the default fit.

The triage part was refitted on blind4..blind19 and NOT shipped (data_cards/learned_safety_model.md, "Refit on
blind4-19"). What stays in the fitter: the five newest writers' honest commits (HONEST_FOLDS, the rules frozen at
each batch's first run, for `rules` in a worktree) and the batches in HELD_OUT, so the default fit of the shipped
recipe does not move under a test; `evaluate --spent` moves them in for one run.
"""


import pytest

from moe_core.errors import UserError
from script_support import load_script

NEWEST = ("blind15", "blind16", "blind17", "blind18", "blind19")


def _fitter():
    return load_script("fit_learned_safety", "fit_learned_safety_r19")


@pytest.fixture(scope="module")
def fitter():
    return _fitter()


def test_the_five_newest_writers_have_their_honest_commits(fitter):
    assert {b: fitter.HONEST_FOLDS[b] for b in NEWEST} == {
        "blind15": "a76cce9", "blind16": "66c7664", "blind17": "383aa8b", "blind18": "9d9dbb9", "blind19": "7d88a5a"}
    assert all(fitter.HELD_OUT[b] == fitter.HONEST_FOLDS[b] for b in fitter.HELD_OUT)


def test_the_newest_writers_stay_out_of_the_default_fit(fitter):
    assert set(NEWEST) <= set(fitter.HELD_OUT) and not set(NEWEST) & set(fitter.BLIND)
    assert not {r["group"] for r in fitter.triage_rows()} & set(NEWEST)
    assert not {r["group"] for r in fitter.scope_rows()} & set(NEWEST)


def test_every_newest_batch_is_on_disk_with_the_usual_shape(fitter):
    for batch in NEWEST:
        rows = fitter._read(fitter.SAFETY / batch / "triage.jsonl", batch)
        assert len(rows) == 928 and {r["level"] for r in rows} >= {"emergency", "none"}, batch


def test_spent_twice_is_a_clear_error(fitter):
    # a batch named twice in --spent: the second is no longer held out
    with pytest.raises(UserError, match="not a held-out batch"):
        _fitter().main(["evaluate", "--task", "triage", "--spent", "blind19,blind19", "--folds", "blind19"])


def test_measure_refuses_a_batch_that_was_fitted(fitter):
    with pytest.raises(UserError, match="not a held-out batch"):
        fitter.main(["measure", "--batch", "blind12", "--rules", "/nonexistent/r.json", "--asset", "/nonexistent/a.json"])
