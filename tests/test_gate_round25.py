"""Gate round 25 (issue #12): the built tuning set (scripts/build_gate_tuning.py) — long, storied, lay messages
wrapped around the KB's train-side questions and the out-of-scope tuning questions — and the gate fitted on it.
Wordings here are our own, not the reviewer sets'."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

import build_gate_tuning as B  # noqa: E402


@pytest.fixture(scope="module")
def rows():
    return B.build()


def test_build_is_reproducible(rows):
    assert B.build() == rows


def test_shipped_file_matches_the_builder(rows):
    with open(B.DEFAULT_OUT, encoding="utf-8") as handle:
        shipped = [json.loads(line) for line in handle if line.strip()]
    assert shipped == rows


def test_only_train_side_questions_and_tuning_writers(rows):
    grounded = ROOT / "medqa" / "assets" / "grounded"
    train = set()
    with open(grounded / "train.jsonl", encoding="utf-8") as handle:
        train |= {json.loads(line)["question_id"] for line in handle if line.strip()}
    for row in rows:
        if row["source"] in ("built_kb", "built_detail"):
            assert row["group"] in train
        else:
            assert row["group"].split(":")[0] in B.OOS_TUNING_SOURCES


def test_no_reviewer_set_wording(rows):
    messages = "\n".join(r["question"] for r in rows)
    # A reviewer who wrote blind can land on a question the knowledge base or an out-of-scope tuning set already stores
    # word for word (R13's "Can I pay my hospital bill in instalments?", R16's "病房的WiFi密码是多少？" of tune5): that
    # wording came from the project's own set, not from the reviewer set.
    stored = set()
    sources = [*(ROOT / "medqa" / "assets" / "kb").glob("questions_*.jsonl"),
               *(ROOT / "medqa" / "assets" / "grounded").glob("out_of_scope_tune*.jsonl")]
    for path in sorted(sources):
        with open(path, encoding="utf-8") as handle:
            stored |= {json.loads(line)["question"].strip() for line in handle if line.strip()}
    for path in sorted((ROOT / "tests" / "data").glob("grounded_review*/questions.jsonl")):
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                question = json.loads(line)["question"].strip()
                if len(question) >= 12 and question not in stored:
                    assert question not in messages, (path.parent.name, question)


def test_rows_are_labelled_and_split(rows):
    assert {r["label"] for r in rows} == {0, 1}
    assert {r["part"] for r in rows} == {"fit", "held"}
    assert all(("passage_id" in r) == (r["label"] == 1) for r in rows)
    for group in {r["group"] for r in rows}:
        assert len({r["part"] for r in rows if r["group"] == group}) == 1


def test_bad_arguments_give_a_clear_error(tmp_path):
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_gate_tuning.py"), "--per-question", "0",
                             "--out", str(tmp_path / "x.jsonl")], capture_output=True, text=True)
    assert result.returncode == 2 and "error:" in result.stderr and "Traceback" not in result.stderr
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_gate_tuning.py"),
                             "--out", str(tmp_path / "missing" / "x.jsonl")], capture_output=True, text=True)
    assert result.returncode == 2 and "does not exist" in result.stderr and "Traceback" not in result.stderr
