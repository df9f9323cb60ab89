"""Gate round 31 (G31): the spent reviewer sets R6..R15 as fitting data for the answerability gate, measured and NOT shipped.

`scripts/calibrate_verification.py --answerability-only --review-sets 6-15 --hold-out 12,13,14,15` fits the gate on
train + out_of_scope_tune* + the reviewer sets (answerable rows vs their gold passage, the others vs what the index
retrieves; the question-scope model is not refitted), holds out each of R12..R15 in turn and simulates the product's
decision before generation (safety, gate, answer slots; no model). Summed over the four folds English answerable refused
fell 41 -> 30 and Chinese 46 -> 44 (of 240): short of the pre-declared >= 12, so ANSWERABILITY_WEIGHTS are unchanged
(data_cards/grounded_review15.md, "Gate refit on the reviewer sets (G31)"). These tests pin the fitter option's pieces
that run without a fit: the set ranges it reads, its refusal of unspent sets, and the outcome rules of the simulation.
"""

import pytest

from medqa import verification as V
from medqa.knowledge_base import load_knowledge_base

KB = {p.id: p for p in load_knowledge_base()}


@pytest.mark.parametrize("text, sets", [
    ("6-15", tuple(range(6, 16))),
    ("12,13,14,15", (12, 13, 14, 15)),
    ("6-8,11", (6, 7, 8, 11)),
    ("9", (9,)),
])
def test_review_set_ranges(calibrate, text, sets):
    assert calibrate.parse_sets(text) == sets


@pytest.mark.parametrize("argv", [
    # G33 moved the limit to R19, G36 to R23 (R20..R23 spent); R24 is held and is never fitted
    ["--answerability-only", "--review-sets", "6-24"],
    ["--answerability-only", "--review-sets", "24"],
    # a held-out set outside the named range would be read without being fitted: refused too
    ["--answerability-only", "--review-sets", "6-15", "--hold-out", "20"],
])
def test_an_unspent_reviewer_set_is_never_fitted(calibrate, argv, monkeypatch):
    monkeypatch.setattr(calibrate, "review_fit", lambda *a, **k: pytest.fail("review_fit ran on an unspent set"))
    with pytest.raises(SystemExit):
        calibrate.main(argv)


class _Assistant:
    verification = V.VerificationSettings()  # the one attribute of the assistant the simulation reads


def _row(answerable: bool, **extra) -> dict:
    return {"question": "What should I bring to my hospital appointment?", "language": "en", "read_as": "en",
            "answerable": answerable, "gold": ["kb-en-appointments-004"], "passages": [], "slot": False,
            "blocked": None, **extra}


def test_simulated_outcomes(calibrate):
    weights = {}  # the module's weights
    gold = KB["kb-en-appointments-004"]
    other = KB["kb-en-self_care-013"]  # insect bites and stings
    assert calibrate.simulated_outcome(_Assistant, _row(True, passages=[gold]), weights) == "right"
    assert calibrate.simulated_outcome(_Assistant, _row(True, passages=[gold], slot=True), weights) == "refused"
    assert calibrate.simulated_outcome(_Assistant, _row(True), weights) == "refused"  # no passage passes the gate
    assert calibrate.simulated_outcome(_Assistant, _row(True, passages=[gold], blocked="redirect"), weights) == "blocked"
    assert calibrate.simulated_outcome(_Assistant, _row(False, passages=[other]), weights) == "dont_know"
    assert calibrate.simulated_outcome(_Assistant, _row(False, passages=[gold]), weights) == "answered"
    # a redirect shows nothing unsupported (don't know, as scripts/score_review.py counts it); an emergency reply does not
    assert calibrate.simulated_outcome(_Assistant, _row(False, passages=[gold], blocked="redirect"), weights) == "dont_know"
    assert calibrate.simulated_outcome(_Assistant, _row(False, blocked="emergency"), weights) == "answered"
