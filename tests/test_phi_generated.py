"""PHI redaction on identifiers it was not written from: generated test portion, pinned kinds, KB answers untouched."""

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from medqa.safety.phi import KINDS, redact

ROOT = Path(__file__).resolve().parents[1]
GENERATED = ROOT / "tests" / "data" / "safety" / "generated"
KB = ROOT / "medqa" / "assets" / "kb"


def load(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_generated_test_portion_recall_per_kind_and_clean_rows_untouched():
    found, total, touched = Counter(), Counter(), []
    for row in load(GENERATED / "phi_test.jsonl"):
        got = {(s.start, s.end, s.kind) for s in redact(row["text"]).spans}
        for entity in row["entities"]:
            assert entity["kind"] in KINDS
            total[entity["kind"]] += 1
            found[entity["kind"]] += (entity["start"], entity["end"], entity["kind"]) in got
        if not row["entities"] and got:
            touched.append(row["text"])
    tune_total = sum(len(row["entities"]) for row in load(GENERATED / "phi_tune.jsonl"))
    assert sum(total.values()) >= 250 and sum(total.values()) + tune_total >= 300
    assert sum(found.values()) / sum(total.values()) >= 0.99
    for kind in ("NAME", "ADDRESS", "AGE", "DEVICE", "URL", "IP", "VEHICLE"):
        assert total[kind] >= 10 and found[kind] / total[kind] >= 0.95, kind
    assert touched == []


# Examples taken from the test portion (never used to write the rules).
@pytest.mark.parametrize("text,value,kind", [
    ("Hi, this is about patient Daniel Okoye in bed 4.", "Daniel Okoye", "NAME"),
    ("Is the ward open for visitors tonight? Many thanks, Sofia Marquez", "Sofia Marquez", "NAME"),
    ("Need to rebook.\nBest wishes,\nT. Osei", "T. Osei", "NAME"),
    ("您好，我叫欧阳娜娜，是新来的病人。", "欧阳娜娜", "NAME"),
    ("請幫我查一下報告。多謝，黃志強", "黃志強", "NAME"),
    ("Our new address is 310 W Harbor Blvd, Unit 12, please update my records.", "310 W Harbor Blvd, Unit 12", "ADDRESS"),
    ("我搬家了，新地址是南京市鼓楼区中山北路30号2栋1201室。", "南京市鼓楼区中山北路30号2栋1201室", "ADDRESS"),
    ("Dad is 101 now and gets confused at night.", "101", "AGE"),
    ("老人九十六歲，行動不便", "九十六", "AGE"),
    ("My CGM sensor, S/N CGM-3318-QT, stopped reading.", "CGM-3318-QT", "DEVICE"),
    ("助听器的设备编号NP-5521-0098，丢在病房了", "NP-5521-0098", "DEVICE"),
    ("请打开https://portal.example.com/records/7781看我的检查结果", "https://portal.example.com/records/7781", "URL"),
    ("Login fails from fe80::1ff:fe23:4567:890a every time.", "fe80::1ff:fe23:4567:890a", "IP"),
    ("The car BD51 SMR is blocking the ambulance bay.", "BD51 SMR", "VEHICLE"),
    ("My license plate is KXN-3390 and I got a ticket in the hospital lot.", "KXN-3390", "VEHICLE"),
    ("停在门口的川A88D66挡住了救护车", "川A88D66", "VEHICLE"),
])
def test_unseen_identifiers_are_redacted(text, value, kind):
    result = redact(text)
    assert (value, kind) in [(text[s.start:s.end], s.kind) for s in result.spans]
    assert value not in result.text


@pytest.mark.parametrize("text", [
    "She is 89 and still drives", "I'm 90% sure I took my tablet", "Pulse 88, sats 97% on air", "谢谢！明天见",
    "Thanks, that helps a lot", "3号楼2层的抽血室在哪", "given 2 units of blood in 2020",
])
def test_clinical_and_everyday_numbers_are_kept(text):
    assert redact(text).text == text


def test_knowledge_base_answers_get_no_redactions():
    # The answer pipeline runs redact() on every answer: role words ("主管医生") must not become [NAME].
    spans = []
    for name in ("questions_en.jsonl", "questions_zh.jsonl"):
        for row in load(KB / name):
            spans += [(row["answer"][s.start:s.end], s.kind) for s in redact(row["answer"]).spans]
    assert spans == []


def test_generator_is_deterministic(tmp_path):
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_scope_phi_sets.py"), "--out-dir", str(tmp_path)],
                   check=True, capture_output=True)
    for name in ("scope_tune.jsonl", "scope_test.jsonl", "phi_tune.jsonl", "phi_test.jsonl"):
        assert (tmp_path / name).read_bytes() == (GENERATED / name).read_bytes(), name
