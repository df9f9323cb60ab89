"""The learned PHI span tagger: tokens and labels, decoding, the merge with the rules, the opt-in switch, the asset."""

import hashlib
import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from medqa.safety import phi, phi_tagger
from medqa.safety.output_guard import redact_new_phi
from medqa.safety.phi import redact
from medqa.safety.pipeline import SafetyPipeline
from serving.cli import main

ROOT = Path(__file__).resolve().parents[1]
# A name the rules do not see (no cue, no title, not in the first-name lexicon, after a log-style lead-in) that the
# tagger finds from its shape and context.
NEW_FORMAT = "Harbour log: Babatunde Okafor sat on the quay, mobile 0803 412 7789."


def test_tokens_and_bio_labels_follow_the_entities():
    text = "Call Ada Obi on 0803 412 7789, 王小明住院"
    tokens = phi_tagger.tokenize(text)
    words = [text[s:e] for s, e in tokens]
    assert words[:4] == ["Call", "Ada", "Obi", "on"] and words[-5:] == ["王", "小", "明", "住", "院"]
    entities = [{"start": 5, "end": 12, "kind": "NAME"}, {"start": 16, "end": 29, "kind": "PHONE"},
                {"start": 31, "end": 34, "kind": "NAME"}]
    labels = phi_tagger.bio_labels(tokens, entities)
    assert labels[:4] == ["O", "B-NAME", "I-NAME", "O"]
    assert labels[4:7] == ["B-PHONE", "I-PHONE", "I-PHONE"]
    assert labels[-5:] == ["B-NAME", "I-NAME", "I-NAME", "O", "O"]


def test_union_keeps_rule_spans_and_adds_only_disjoint_tagger_spans():
    rules = [(0, 5, "NAME"), (10, 20, "PHONE")]
    tagged = [(0, 8, "NAME"), (12, 14, "DATE"), (25, 30, "ADDRESS")]
    assert phi_tagger.union(rules, tagged) == [(0, 5, "NAME"), (10, 20, "PHONE"), (25, 30, "ADDRESS")]


def test_tagger_finds_a_name_the_rules_miss():
    start = NEW_FORMAT.index("Babatunde")
    name = (start, start + len("Babatunde Okafor"), "NAME")
    assert name not in {(s.start, s.end, s.kind) for s in redact(NEW_FORMAT).spans}
    assert name in phi_tagger.tag(NEW_FORMAT)


def test_switch_off_by_default_leaves_redact_to_the_rules(monkeypatch):
    assert phi.USE_TAGGER is False  # the test run does not set MEDQA_PHI_TAGGER
    monkeypatch.setattr(phi_tagger, "tag", lambda text, model=None: pytest.fail("tagger called while off"))
    assert "Babatunde Okafor" in redact(NEW_FORMAT).text


def test_user_text_for_logs_gets_the_tagger_and_answer_text_does_not():
    # the shipped split: user-written text bound for logs and `medqa redact` is read by rules + tagger; answer text,
    # which quotes the hospital's passages, by the rules alone (the tagger reads "St John's wort" as a name)
    assert phi.TAGGER_MODE == "logs"  # the test run does not set MEDQA_PHI_TAGGER
    assert phi.redact_user_text(NEW_FORMAT).text == "Harbour log: [NAME] sat on the quay, mobile [PHONE]."
    assert SafetyPipeline().redact_for_log(NEW_FORMAT) == "Harbour log: [NAME] sat on the quay, mobile [PHONE]."
    passage = "Tell the pharmacist if you take St John's wort, as it interacts with many medicines."
    assert redact_new_phi(passage, user_texts=["what herbal remedies interact?"]) == passage


def test_redact_command_uses_rules_and_tagger(tmp_path):
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text(json.dumps({"id": "a", "text": NEW_FORMAT}) + "\n", encoding="utf-8")
    assert main(["redact", str(src), "--out", str(out)]) == 0
    record = json.loads(out.read_text(encoding="utf-8"))
    assert record["redacted"] == "Harbour log: [NAME] sat on the quay, mobile [PHONE]."
    assert [e["kind"] for e in record["entities"]] == ["NAME", "PHONE"]


def test_an_unknown_tagger_mode_is_a_clear_error(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "text": NEW_FORMAT}) + "\n", encoding="utf-8")
    env = dict(os.environ, MEDQA_PHI_TAGGER="sometimes", PYTHONPATH=str(ROOT))
    proc = subprocess.run([sys.executable, "-m", "serving.cli", "redact", str(src), "--out", str(tmp_path / "out.jsonl")],
                          env=env, capture_output=True, text=True)
    assert proc.returncode == 2 and "MEDQA_PHI_TAGGER='sometimes' is not one of: logs, all, off" in proc.stderr
    assert "Traceback" not in proc.stderr and not (tmp_path / "out.jsonl").exists()


def test_switch_on_adds_the_tagger_spans_as_tokens(monkeypatch):
    monkeypatch.setattr(phi, "USE_TAGGER", True)
    result = redact(NEW_FORMAT)
    assert result.text == "Harbour log: [NAME] sat on the quay, mobile [PHONE]."
    assert [s.kind for s in result.spans] == ["NAME", "PHONE"]
    assert redact(result.text).text == result.text  # tokens are never tagged again


def test_tagger_skips_replacement_tokens():
    assert phi_tagger.tag("[NAME] and [PHONE] called [DATE]") == []


def test_shipped_asset_names_the_current_training_files():
    model = phi_tagger.load_model()
    meta = model["meta"]
    assert phi_tagger.MODEL_FILE.stat().st_size < 5_000_000
    assert [t["file"] for t in meta["trained_on"]] == [f"tests/data/safety/blind{i}/phi.jsonl" for i in range(4, 21)]
    for item in meta["trained_on"] + meta["negatives"]:
        assert hashlib.sha256((ROOT / item["file"]).read_bytes()).hexdigest() == item["sha256"], item["file"]


def test_fit_script_is_deterministic(tmp_path):
    pytest.importorskip("pycrfsuite")
    spec = importlib.util.spec_from_file_location("fit_phi_tagger", ROOT / "scripts" / "fit_phi_tagger.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    fit = module.fit

    rows = (ROOT / "tests/data/safety/blind20/phi.jsonl").read_text(encoding="utf-8").splitlines()[:40]
    fixture = tmp_path / "phi.jsonl"
    fixture.write_text("\n".join(rows) + "\n", encoding="utf-8")
    params = {"c1": 0.05, "c2": 0.01, "max_iterations": 20, "feature.possible_transitions": True}
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    meta = fit([fixture], first, params=params)
    fit([fixture], second, params=params)
    assert first.read_bytes() == second.read_bytes()
    assert meta["rows"] == 40 and meta["trained_on"][0]["file"] == "phi.jsonl"
    model = phi_tagger.load_model(str(first))
    assert "B-NAME" in model["labels"] and phi_tagger.tag(json.loads(rows[0])["text"], model)


# Product codes the shipped tagger read as PHI (written for this file, blind21's shapes): a version as an IP, a lot or a
# ticket as a plate or an ID. The rules find nothing in them, so any span would be the tagger's.
PRODUCT_CODES = [
    "Pump firmware 4.10.0.88 installed; lot L88-4 in the cupboard.",
    "App version 3.12.0.201 fixed the login bug.",
    "Queue ticket D-214 for the pharmacy window, build 9.14.214.",
]


@pytest.mark.parametrize("text", PRODUCT_CODES)
def test_product_codes_after_version_lot_and_ticket_words_are_left_alone(text):
    assert redact(text).spans == []  # the rules alone
    assert phi.redact_user_text(text).spans == [], phi.redact_user_text(text).text


def test_plausible_keeps_an_address_after_a_login_word_and_drops_codes_and_streets():
    text = "Login from 10.2.0.44; firmware 10.2.0.45; build 9.14.214; lives on Mill Street; 型号GX-300B"
    span = lambda value, kind: (text.index(value), text.index(value) + len(value), kind)  # noqa: E731
    assert phi_tagger.plausible(text, span("10.2.0.44", "IP"))
    assert not phi_tagger.plausible(text, span("10.2.0.45", "IP"))
    assert not phi_tagger.plausible(text, span("9.14.214", "IP"))
    assert not phi_tagger.plausible(text, span("Mill Street", "NAME"))
    assert not phi_tagger.plausible(text, span("GX-300B", "VEHICLE"))
