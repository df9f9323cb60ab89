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
    for name in ("scope_tune.jsonl", "scope_test.jsonl", "phi_tune.jsonl", "phi_test.jsonl", "scope_test3.jsonl",
                 "phi_test3.jsonl"):
        assert (tmp_path / name).read_bytes() == (GENERATED / name).read_bytes(), name


# --- test batch 3: written by someone who had not read the rules; first run 0.769, spent after the fixes that
# followed, so this guards against drift (data_cards/safety_scope_phi_sets.md).
def test_batch3_recall_per_kind_and_script_and_clean_rows_untouched():
    found, total, touched = Counter(), Counter(), []
    for row in load(GENERATED / "phi_test3.jsonl"):
        got = {(s.start, s.end, s.kind) for s in redact(row["text"]).spans}
        for entity in row["entities"]:
            hit = (entity["start"], entity["end"], entity["kind"]) in got
            for key in ("all", entity["kind"], row["script"]):
                total[key] += 1
                found[key] += hit
        if not row["entities"] and got:
            touched.append(row["text"])
    assert total["all"] >= 150 and found["all"] / total["all"] >= 0.99
    for key in ("NAME", "ADDRESS", "AGE", "DEVICE", "VEHICLE", "URL", "IP", "en", "zh-Hans", "zh-Hant"):
        assert total[key] >= 10 and found[key] / total[key] >= 0.95, key
    assert touched == []


# One or two per failure category of batch 3's first run.
@pytest.mark.parametrize("text,value,kind", [
    ("Hello, I'm Ingrid Larsen's daughter and I'd like an update.", "Ingrid Larsen", "NAME"),
    ("Hello, I'm Samuel Achebe's daughter and I'd like an update.", "Samuel Achebe", "NAME"),
    ("appointment for Declan Byrne, DOB on file, needs moving to Friday", "Declan Byrne", "NAME"),
    ("Thanks so much for your help!\n\nTariq Mahmood", "Tariq Mahmood", "NAME"),
    ("住在5床的宋雨桐是我妈", "宋雨桐", "NAME"),
    ("謝謝醫生！\n司馬文靜", "司馬文靜", "NAME"),
    ("我叫範志剛，想問一下報告出來沒有", "範志剛", "NAME"),
    ("we live at Flat 3, 61 Kingsway, can the district nurse come tomorrow?", "Flat 3, 61 Kingsway", "ADDRESS"),
    ("药寄到天津市和平区南京路219号3单元602就行", "天津市和平区南京路219号3单元602", "ADDRESS"),
    ("my grandad's 96 and keeps falling", "96", "AGE"),
    ("I'm Chloe Dubois, 100, living at 14 Harrow Close.", "100", "AGE"),
    ("The pacemaker ID on the card says DXC-00418-7.", "DXC-00418-7", "DEVICE"),
    ("device no. SN0087731Q on the back of the monitor", "SN0087731Q", "DEVICE"),
    ("呼吸機編號是PM2391774", "PM2391774", "DEVICE"),
    ("閩D21750的車主請挪一下車", "閩D21750", "VEHICLE"),
    ("有事打我電話021-5550 1234", "021-5550 1234", "PHONE"),
])
def test_batch3_failure_categories_are_redacted(text, value, kind):
    result = redact(text)
    assert (value, kind) in [(text[s.start:s.end], s.kind) for s in result.spans]
    assert value not in result.text


# Look-alikes the new cues must leave alone (checked while adding them, never part of any set).
@pytest.mark.parametrize("text", [
    "谢谢护士，辛苦了", "感谢医生和护士！\n祝好", "多谢护士", "appointment for Diabetes Clinic next week",
    "Book an appointment for Flu Jab", "results of Blood Tests are back", "Thanks a lot!\n\nGood Morning",
    "device shows error E-3", "My CGM sensor reads 7.8 mmol", "my grandad's 90th birthday", "my mum's 92 kg",
    "the insulin pump beeps every 2 hours", "I walked 5 miles anyway", "不要触碰输液泵、监护仪等设备。[kb-zh-visiting-005]",
])
def test_batch3_look_alikes_are_kept(text):
    assert redact(text).text == text
