"""The out-of-scope tuning sets written by hand (tune2..tune5): each file matches its writer and keeps the sets' rules."""

import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
GROUNDED = ROOT / "medqa" / "assets" / "grounded"
WRITTEN = ("tune2", "tune3", "tune4", "tune5")  # each by a different writer, in order; "tune" came from templates


def rows_of(name: str) -> list[dict]:
    """Rows of out_of_scope_<name>.jsonl."""
    text = (GROUNDED / f"out_of_scope_{name}.jsonl").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


@pytest.mark.parametrize("name", WRITTEN)
def test_file_is_what_the_writer_writes(name):
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / f"build_oos_{name}.py"), "--check"],
                            capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("name", WRITTEN)
def test_rows_follow_the_schema_and_the_size_rules(name):
    rows = rows_of(name)
    assert all(set(row) == {"id", "language", "question", "topic"} for row in rows)
    assert all(re.fullmatch(rf"oos-{row['language']}-{name}-\d{{3}}", row["id"]) for row in rows)
    counts = Counter(row["language"] for row in rows)
    assert counts["en"] >= 300 and counts["zh"] >= 300
    assert len({row["topic"] for row in rows}) >= 60
    assert len({row["id"] for row in rows}) == len(rows)
    per_topic = Counter((row["topic"], row["language"]) for row in rows)
    assert all(4 <= count <= 6 for count in per_topic.values())


@pytest.mark.parametrize("name", WRITTEN)
def test_no_topic_or_question_is_reused_from_earlier_sets_or_the_held_out_splits(name):
    earlier = [row for other in ("tune", *WRITTEN[:WRITTEN.index(name)]) for row in rows_of(other)]
    rows = rows_of(name)
    assert not {row["topic"] for row in rows} & {row["topic"] for row in earlier}
    assert not {row["question"].lower() for row in rows} & {row["question"].lower() for row in earlier}
    held_out = {row["topic"] for split in ("validation", "test") for row in rows_of(split)}
    assert not {row["topic"] for row in rows} & held_out
