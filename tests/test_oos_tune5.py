"""The fifth out-of-scope tuning set: the file matches its writer and keeps the set's rules."""

import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GROUNDED = ROOT / "medqa" / "assets" / "grounded"


def rows_of(name: str) -> list[dict]:
    """Rows of out_of_scope_<name>.jsonl."""
    text = (GROUNDED / f"out_of_scope_{name}.jsonl").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_file_is_what_the_writer_writes():
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_oos_tune5.py"), "--check"],
                            capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


def test_rows_follow_the_schema_and_the_size_rules():
    rows = rows_of("tune5")
    assert all(set(row) == {"id", "language", "question", "topic"} for row in rows)
    counts = Counter(row["language"] for row in rows)
    assert counts["en"] >= 300 and counts["zh"] >= 300
    assert len({row["topic"] for row in rows}) >= 60
    assert len({row["id"] for row in rows}) == len(rows)
    per_topic = Counter((row["topic"], row["language"]) for row in rows)
    assert all(4 <= count <= 6 for count in per_topic.values())


def test_no_topic_or_question_is_reused_from_earlier_tuning_sets():
    earlier = [row for name in ("tune", "tune2", "tune3", "tune4") for row in rows_of(name)]
    rows = rows_of("tune5")
    assert not {row["topic"] for row in rows} & {row["topic"] for row in earlier}
    assert not {row["question"].lower() for row in rows} & {row["question"].lower() for row in earlier}


def test_ids_name_the_set_and_topics_avoid_the_held_out_sets():
    rows = rows_of("tune5")
    assert all(re.fullmatch(rf"oos-{row['language']}-tune5-\d{{3}}", row["id"]) for row in rows)
    held_out = {row["topic"] for name in ("validation", "test") for row in rows_of(name)}
    assert not {row["topic"] for row in rows} & held_out
