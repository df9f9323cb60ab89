"""Session 31: the learned red-flag net refitted on every spent writer (scripts/fit_learned_safety.py refit-all).

Fitted on blind4..50, everyday1..26, the sign checklists' tune rows (signs30a/b) and eight new writers' wordings of
every checklist sign (signs31a..h), with in-domain questions at weight 10; thresholds out of fold over eight folds of
whole writer groups. Measured, before it was shipped, on writers it never saw: the signs30 HELD rows (a third
person's wording of each sign), blind51 and everyday27 (data_cards/learned_safety_model.md, "Session 31").
The HELD rows pinned below are emergencies the previous net (blind4..24) left to the rules and the rules missed.
"""
import json
from pathlib import Path

import pytest
from script_support import load_script

from medqa.safety.learned import bundled_learned, triage_probabilities
from medqa.safety.triage import EMERGENCY, RedFlagTriage

ROOT = Path(__file__).resolve().parents[1]
SAFETY = ROOT / "tests" / "data" / "safety"


def _held_rows() -> dict[str, dict]:
    rows = {}
    for name in ("signs30a", "signs30b"):
        for line in (SAFETY / name / "triage.jsonl").read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if row["split"] == "held":
                rows[row["id"]] = row
    return rows


HELD = _held_rows()
NEWLY_CAUGHT = ["s30a.anaphylaxis.33", "s30a.anaphylaxis.49", "s30a.breathing.13", "s30a.suicide_self_harm.37",
                "s30a.suicide_self_harm.39", "s30a.overdose_poisoning.51", "s30b.sepsis.57", "s30b.head_injury.51",
                "s30b.meningitis.21", "s30b.diabetic.37", "s30b.diabetic.43", "s30b.burns.7"]


@pytest.fixture(scope="module")
def triage():
    return RedFlagTriage()


def test_the_shipped_triage_part_is_the_session31_refit():
    models = bundled_learned()
    assert round(models.triage["en"].threshold, 4) == 0.7529 and round(models.triage["zh"].threshold, 4) == 0.6719
    groups = set(json.loads((ROOT / "medqa" / "safety" / "data" / "learned_safety.json").read_text())["groups"])
    assert {f"signs31{w}" for w in "abcdefgh"} | {"blind50", "everyday26", "signs30a"} <= groups
    assert not groups & {"blind51", "everyday27", "blind52a", "blind52b"}  # the test sets of sessions 31-32


def test_the_refit_never_fits_a_held_row_or_a_left_out_set():
    rows = load_script("fit_learned_safety", "fit_learned_safety_r31").spent_triage_rows({"blind51", "everyday27"})
    assert rows and not [r for r in rows if r.get("split") == "held"]
    assert not {r["group"] for r in rows} & {"blind51", "everyday27"}
    assert sum(r["group"] == "signs30a" for r in rows) == 240  # the tune half only


@pytest.mark.parametrize("row_id", NEWLY_CAUGHT)
def test_a_held_wording_the_rules_miss_is_an_emergency(triage, row_id):
    assert triage.assess(HELD[row_id]["text"]).level == EMERGENCY


def test_the_net_alone_raises_no_held_look_alike():
    raised = []
    for row in HELD.values():
        if row["level"] != "emergency":
            probability, _, threshold = triage_probabilities(row["text"])
            if probability >= threshold:
                raised.append(row["id"])
    assert raised == []


# The refitted net read two hand-written look-alikes (tests/test_triage_round50ma.py) over its threshold; its suicide
# finding alone is dropped when the message names an ordinary occasion. Background that is no occasion keeps it.
@pytest.mark.parametrize("text", [
    "i've decided tonight's the night, i'm going to propose to her at dinner",
    "my friend sent me a message saying thanks for everything, she's moving to Australia, now her phone's off because she's on the plane",
    "我姐发消息说谢谢大家这些年的照顾，她下个月移民去加拿大了",
])
def test_an_ordinary_occasion_keeps_a_farewell_calm(triage, text):
    assert triage.assess(text).level != EMERGENCY


@pytest.mark.parametrize("text", [
    "我舅舅退休以后一直不怎么说话，今天突然给我发消息说存折放在桌上了，让我照顾好舅妈，说药他已经攒够了，现在打他电话一直不接。",
    "my brother was meant to fly out tomorrow but he just texted thanks for everything and that he's taken all his pills",
])
def test_a_farewell_with_means_stays_an_emergency_beside_an_occasion_or_background(triage, text):
    assert triage.assess(text).level == EMERGENCY
