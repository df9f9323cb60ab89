"""Round 24 (helper T24, issue 13, structural): the learned triage net read sentence by sentence (clause-max).

A framed emergency (a trade or place opener, admin chat around the one sentence that matters) scores under the
threshold because the framing dilutes the whole-message n-grams. Clause-max scores the whole text and each sentence
and takes the highest, against the same threshold. It is an asset field (`clause_max`), off in the shipped asset:
the measurement and the decision are in data_cards/learned_safety_model.md ("Clause-max").
"""

import json

import pytest

from medqa.safety import learned
from medqa.safety.learned import bundled_learned, clause_texts, load_learned, triage_probabilities
from script_support import load_script

# Written for this test (not a spent row): a long admin frame around one sentence that is an emergency.
FRAMED = ("Archaeologist here, we are out on the dig and the paperwork for the permit is due Friday, the site manager "
          "keeps chasing me about the trench plan. Anyway. My colleague collapsed and he is not breathing. Also the van "
          "needs a service.")
DENIED = "Her lips are not swollen and she is breathing fine."


@pytest.fixture(scope="module")
def fitter():
    return load_script("fit_learned_safety", "fit_learned_safety_r24")


def test_sentences_split_at_stops_not_inside_numbers():
    assert clause_texts("Dose is 3.5 mg. He is not breathing!  Help?") == ["Dose is 3.5 mg.", "He is not breathing!", "Help?"]
    assert clause_texts("我们在茶园。他抽完一次，现在还没醒。") == ["我们在茶园。", "他抽完一次，现在还没醒。"]
    assert clause_texts("line one\n\nline two") == ["line one", "line two"]


def test_one_sentence_gives_no_clauses_and_punctuation_alone_is_dropped():
    assert clause_texts("He is not breathing") == []
    assert clause_texts("He is not breathing. ...") == []


def test_clause_max_lifts_a_framed_emergency_over_the_threshold():
    whole, _, threshold = triage_probabilities(FRAMED, clause_max=False)
    best, category, _ = triage_probabilities(FRAMED, clause_max=True)
    assert whole < threshold <= best
    assert category == "breathing"


def test_clause_max_never_lowers_the_score():
    for text in (FRAMED, DENIED, "Is the pharmacy open on Sunday? I need my inhaler refilled."):
        assert triage_probabilities(text, clause_max=True)[0] >= triage_probabilities(text, clause_max=False)[0]


def test_a_one_sentence_denied_sign_reads_the_same_both_ways():
    assert triage_probabilities(DENIED, clause_max=True) == triage_probabilities(DENIED, clause_max=False)


def test_shipped_asset_reads_whole_messages():
    # Not shipped (the card's criterion): the asset leaves it off, so the default is the whole-message score.
    models = bundled_learned()
    assert not any(m.clause_max for m in models.triage.values())
    assert triage_probabilities(FRAMED) == triage_probabilities(FRAMED, clause_max=False)


def test_an_asset_can_turn_clause_max_on(tmp_path):
    data = json.loads(learned.LEARNED_FILE.read_text(encoding="utf-8"))
    for spec in data["triage"].values():
        spec["clause_max"] = True
    path = tmp_path / "clause.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    models = load_learned(path)
    assert all(m.clause_max for m in models.triage.values())
    assert triage_probabilities(FRAMED, models)[0] == triage_probabilities(FRAMED, clause_max=True)[0]


def test_blind20_is_held_out_with_its_honest_commit(fitter):
    assert fitter.HELD_OUT["blind20"] == fitter.HONEST_FOLDS["blind20"] == "fd4cb24"
    assert "blind20" not in fitter.BLIND
    assert not {r["group"] for r in fitter.triage_rows()} & {"blind20"}


def test_triage_level_reads_clause_max_when_asked(fitter, tmp_path, monkeypatch):
    batch = tmp_path / "safety" / "probe"
    batch.mkdir(parents=True)
    rows = [{"id": "p1", "text": FRAMED, "level": "emergency", "category": "breathing"},
            {"id": "p2", "text": "Can I park at the clinic? My appointment is at nine.", "level": "none"}]
    (batch / "triage.jsonl").write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    rules = tmp_path / "rules.json"
    rules.write_text(json.dumps({"triage": {"p1": {"level": "none"}, "p2": {"level": "none"}}}), encoding="utf-8")
    monkeypatch.setattr(fitter, "SAFETY", tmp_path / "safety")
    monkeypatch.setattr(fitter, "triage_rows", lambda: [])
    args = (["probe"], str(learned.LEARNED_FILE), str(rules))
    assert fitter.triage_level(*args, clause_max=False)["probe"]["triage"] == (0, 0)
    assert fitter.triage_level(*args, clause_max=True)["probe"]["triage"] == (1, 0)


def test_clause_changes_reports_a_level_the_pipeline_changes(fitter, tmp_path, monkeypatch):
    batch = tmp_path / "safety" / "probe"
    batch.mkdir(parents=True)
    row = {"id": "p1", "text": FRAMED, "level": "emergency", "category": "breathing"}
    (batch / "triage.jsonl").write_text(json.dumps(row), encoding="utf-8")
    monkeypatch.setattr(fitter, "SAFETY", tmp_path / "safety")
    changed = fitter.clause_max_changes(["probe"])["probe"]
    # The rules may already raise this message; either way the models are switched back to the asset's setting.
    assert all(r["clause_max"] == "emergency" for r in changed)
    assert not any(m.clause_max for m in bundled_learned().triage.values())


def test_clause_changes_names_a_missing_batch(fitter):
    with pytest.raises(Exception, match="does not exist"):
        fitter.clause_max_changes(["blind999"])
