"""Round 18 (helper LN4): the fitter's triage-level fold count, and the shipped net through today's vetoes.

The triage part was refitted on blind4..blind14 and NOT shipped (data_cards/learned_safety_model.md, "Refit on
blind4-14"). What stays is the way it was measured: `triage-level` scores each fold's net through learned.py and the
veto chain RedFlagTriage applies to a learned finding (round 17's denied-sign veto among them), beside the frozen
rules' own decisions; `evaluate --spent` moves a held-out batch into the fit only when asked. Wordings are this
file's own.
"""

import dataclasses
from pathlib import Path

import pytest

from medqa.safety.learned import bundled_learned
from moe_core.errors import UserError
from script_support import load_script


def _fitter():
    return load_script("fit_learned_safety", "fit_learned_safety_r18")


@pytest.fixture(scope="module")
def fitter():
    return _fitter()


@pytest.fixture(scope="module")
def fires_on_everything():
    """The shipped net with its thresholds at 0: every text is a learned finding, so only the vetoes decide."""
    models = bundled_learned()
    assert models is not None, "medqa/safety/data/learned_safety.json is missing"
    triage = {lang: dataclasses.replace(model, threshold=0.0) for lang, model in models.triage.items()}
    return dataclasses.replace(models, triage=triage)


@pytest.mark.parametrize("text", [
    "the toddler's mouth isn't puffy at all and he is breathing normally, he just has a runny nose",
    "my grandad's arm is not weak and his speech is not slurred, he only feels a bit tired today",
])
def test_a_learned_finding_on_a_denied_sign_does_not_stand(fitter, fires_on_everything, text):
    fired, stands = fitter.net_emergency_at_triage(text, fires_on_everything)
    assert fired and not stands, text


@pytest.mark.parametrize("text", [
    "my neighbour has collapsed in the garden, his lips are going blue and I can't feel him breathing",
    "我老婆突然说不出话，右边手脚都动不了，嘴也歪了",
])
def test_a_learned_finding_on_a_present_emergency_stands(fitter, fires_on_everything, text):
    fired, stands = fitter.net_emergency_at_triage(text, fires_on_everything)
    assert fired and stands, text


def test_the_shipped_net_stays_quiet_on_a_practical_question(fitter):
    fired, stands = fitter.net_emergency_at_triage("what time does the blood test clinic open on saturdays?",
                                                   bundled_learned())
    assert not fired and not stands


def test_spent_takes_only_a_held_out_batch(fitter):
    with pytest.raises(UserError, match="not a held-out batch"):
        fitter.main(["evaluate", "--task", "triage", "--spent", "blind9"])


def test_default_fit_still_leaves_the_held_out_batch_out(fitter):
    assert not {r["group"] for r in fitter.triage_rows()} & set(fitter.HELD_OUT)


@pytest.mark.parametrize("net,rules,message", [
    ("/nonexistent/net_{batch}.json", "/nonexistent/rules_{batch}.json", "does not exist"),
    ("/nonexistent/net_{fold}.json", "/nonexistent/rules_{batch}.json", "may name only"),
])
def test_triage_level_bad_input_is_a_clear_error(fitter, net, rules, message):
    with pytest.raises(UserError, match=message):
        fitter.triage_level(["blind9"], net, rules)


def test_triage_level_rejects_a_rules_file_for_another_batch(fitter, tmp_path):
    rules = tmp_path / "rules.json"
    rules.write_text('{"triage": {"b0.x.1": {"level": "none", "categories": []}}}', encoding="utf-8")
    asset = str(Path(__file__).resolve().parents[1] / "medqa" / "safety" / "data" / "learned_safety.json")
    with pytest.raises(UserError, match="no decision"):
        fitter.triage_level(["blind9"], asset, str(rules))
    rules.write_text("not json", encoding="utf-8")
    with pytest.raises(UserError, match="not a `rules` output"):
        fitter.triage_level(["blind9"], asset, str(rules))
