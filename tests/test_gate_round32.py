"""Gate round 32 (G32): retrieval confidence as a second stage beside the answerability gate, measured and NOT shipped.

`scripts/calibrate_verification.py --retrieval-stage --review-sets 6-16 --hold-out 12,13,14,15,16` fits, per language,
logit2 = a * gate_logit + b * margin + c over the retrieved top passage (the other passages keep the gate) on train
wordings + out_of_scope_tune* + the spent reviewer sets R6..R16, holds out each of R12..R16 in turn and simulates the
product's decision before generation (safety, gate, answer slots; no model). Summed over the five folds English
answerable refused went 54 -> 53 and Chinese 64 -> 89 (of 300): the pre-declared criterion (a fall of >= 15 in one
language, a rise in neither) is not met, so nothing is wired into the answer path
(data_cards/grounded_review16.md, "Retrieval confidence as a second stage (G32)"). These tests pin the fitter option's
pieces that run without a fit: the sets it may read, the stage's acceptance and outcome rules, and its regression.
"""

import math

import pytest


@pytest.mark.parametrize("argv", [
    ["--retrieval-stage", "--review-sets", "6-17", "--hold-out", "16"],
    ["--retrieval-stage", "--review-sets", "17"],
    ["--retrieval-stage"],  # no reviewer sets named
])
def test_the_stage_reads_only_spent_reviewer_sets(calibrate, argv, monkeypatch):
    monkeypatch.setattr(calibrate, "retrieval_stage_fit", lambda *a, **k: pytest.fail("the stage ran on an unspent set"))
    with pytest.raises(SystemExit):
        calibrate.main(argv)


def test_the_gate_refit_stops_at_r23(calibrate, monkeypatch):
    # G31's gate refit stopped at R15; G33 moved its own limit to R19, G36 to R23 (R20..R23 spent), never R24 or later.
    monkeypatch.setattr(calibrate, "review_fit", lambda *a, **k: pytest.fail("review_fit ran on R24"))
    with pytest.raises(SystemExit):
        calibrate.main(["--answerability-only", "--review-sets", "6-24"])


def test_stage_runs_on_r16(calibrate, monkeypatch):
    called = {}
    monkeypatch.setattr(calibrate, "retrieval_stage_fit", lambda sets, hold_out: called.update(sets=sets, hold=hold_out))
    assert calibrate.main(["--retrieval-stage", "--review-sets", "6-16", "--hold-out", "12-16"]) == 0
    assert called == {"sets": tuple(range(6, 17)), "hold": (12, 13, 14, 15, 16)}


def _record(gate_logit: float, margin: float, others=(), top="kb-top"):
    return {"top": top, "gate_logit": gate_logit, "margin": margin, "top_score": 1.0, "others": list(others),
            "gate_accepted": list(others) + ([top] if gate_logit >= 0 else [])}


def test_the_stage_decides_the_top_passage_only(calibrate):
    features = ("gate_logit", "margin")
    weights = [-0.2, 1.0, 2.0]  # logit2 = gate_logit + 2 * margin - 0.2
    # a gate refusal (0.28 -> log-odds -0.94) with its passage far ahead (margin 0.61) is accepted
    assert calibrate.stage_accepted(_record(-0.94, 0.61), weights, features) == {"kb-top"}
    # a flat ranking does not rescue it
    assert calibrate.stage_accepted(_record(-0.94, 0.05), weights, features) == set()
    # the other passages keep the gate's decision, whatever the stage says of the top one
    assert calibrate.stage_accepted(_record(-5.0, 0.0, others=["kb-second"]), weights, features) == {"kb-second"}
    assert calibrate.stage_accepted(None, weights, features) == set()
    # a question whose other passage the gate accepts is never refused by the stage (its score is +inf)
    assert calibrate.stage_question_score(weights, _record(-5.0, 0.0, others=["kb-second"]), features) == math.inf


def test_stage_outcome_rules_match_the_g31_simulation(calibrate):
    row = {"answerable": True, "blocked": None, "slot": False, "gold": ["kb-top"]}
    assert calibrate.stage_outcome(row, {"kb-top"}) == "right"
    assert calibrate.stage_outcome(row, {"kb-other"}) == "wrong"
    assert calibrate.stage_outcome(row, set()) == "refused"
    assert calibrate.stage_outcome({**row, "slot": True}, {"kb-top"}) == "refused"
    assert calibrate.stage_outcome({**row, "blocked": "redirect"}, {"kb-top"}) == "blocked"
    unanswerable = {**row, "answerable": False}
    assert calibrate.stage_outcome(unanswerable, set()) == "dont_know"
    assert calibrate.stage_outcome(unanswerable, {"kb-top"}) == "answered"
    assert calibrate.stage_outcome({**unanswerable, "blocked": "redirect"}, {"kb-top"}) == "dont_know"
    assert calibrate.stage_outcome({**unanswerable, "blocked": "emergency"}, set()) == "answered"


def test_the_gate_alone_is_the_baseline(calibrate):
    rows = [{"language": "en", "answerable": True, "blocked": None, "slot": False, "gold": ["kb-top"],
             "record": _record(-0.94, 0.61)},
            {"language": "en", "answerable": False, "blocked": None, "slot": False, "gold": [],
             "record": _record(-3.0, 0.05)}]
    gate = calibrate.stage_counts(rows)["en"]
    assert (gate["refused"], gate["right"], gate["dont_know"]) == (1, 0, 1)
    stage = calibrate.stage_counts(rows, {"en": [-0.2, 1.0, 2.0], "zh": [0, 0, 0]}, ("gate_logit", "margin"))["en"]
    assert (stage["refused"], stage["right"], stage["dont_know"]) == (0, 1, 1)


def test_newton_fit_separates_by_margin(calibrate):
    x = [[0.0, m / 10] for m in range(10)] * 4
    y = [int(m >= 5) for m in range(10)] * 4
    bias, gate, margin = calibrate.fit_newton(x, y)
    assert margin > 0 and abs(gate) < 1e-6
    assert calibrate.clipped_logit(0.5) == 0.0 and calibrate.clipped_logit(1.0) == pytest.approx(math.log(1e6), rel=1e-3)

