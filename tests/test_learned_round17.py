"""Round 17 (helper LN3): the shipped learned red-flag net on wordings written for this file only.

The triage part was refitted on blind4..blind13 and NOT shipped (data_cards/learned_safety_model.md, "Refit on
blind4..13"): on the blind9 fold it added three false alarms beside the frozen rules, and it raised the round-7
denied sign. These tests pin what the shipped asset does and the refit did too, so a later refit has to keep it:
two denied signs stay below the threshold, and three pictures the blind13 rules missed (a long fit in pidgin English,
a limp feverish toddler who won't open her eyes, late-pregnancy bleeding with pain), each told here in new words,
pass it with the right category.
"""

import pytest

from medqa.safety.learned import bundled_learned, triage_probabilities
from script_support import load_script


@pytest.fixture(scope="module")
def shipped():
    models = bundled_learned()
    assert models is not None, "medqa/safety/data/learned_safety.json is missing"
    return models


@pytest.mark.parametrize("text", [
    # a denial probe from the negation refit (the asset before it flagged this one at 0.946)
    "he is not having any breathing difficulty and his lips are fine",
])
def test_a_denied_sign_stays_below_the_threshold(shipped, text):
    probability, _, threshold = triage_probabilities(text)
    assert probability < threshold, (text, probability, threshold)


def test_a_denied_bump_stays_below_emergency_at_triage_level():
    """A bump with its warning signs denied (written for this file). Since the blind4..21 refit (LN6, round 25) the raw
    net scores it 0.895 over its English threshold 0.833; the rules' denied-sign veto must keep the decision."""
    from medqa.safety.triage import RedFlagTriage

    result = RedFlagTriage(learned_net=True).assess("she fell off the swing but she didn't black out and she isn't being sick")
    assert result.level != "emergency", result
    assert not [r for r in result.rules if r.startswith("learned.")], result


@pytest.mark.parametrize("text,category", [
    ("abeg help, my brother is jerking on the floor with froth at his lips, it has gone on a long time and he "
     "doesn't answer when I call him", "seizure"),
    ("my 2 year old has had a fever all day and now she's gone totally limp and won't open her eyes even when I "
     "shout at her", "child_unwell"),
    ("my wife is 35 weeks pregnant and suddenly has strong belly pain and fresh bright bleeding", "pregnancy"),
])
def test_blind13_style_pictures_in_new_words_pass_the_threshold(shipped, text, category):
    probability, found, threshold = triage_probabilities(text)
    assert probability >= threshold, (text, probability, threshold)
    assert found == category, (text, found)


# --- the fitter keeps the held-out batch out of every fit (scripts/fit_learned_safety.py) --------------------------
def _fitter():
    return load_script("fit_learned_safety", "fit_learned_safety")


def test_held_out_batches_are_never_fitted_and_measure_reads_only_them():
    from moe_core.errors import UserError

    fitter = _fitter()
    assert "blind14" in fitter.HELD_OUT and not set(fitter.HELD_OUT) & set(fitter.BLIND)
    assert not {r["group"] for r in fitter.triage_rows()} & set(fitter.HELD_OUT)
    with pytest.raises(UserError, match="not a held-out batch"):
        fitter.measure("blind13", fitter.ROOT / "no_rules.json", [])
