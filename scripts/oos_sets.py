"""Shared parts of the out-of-scope tuning-set writers (scripts/build_oos_tune2.py, build_oos_tune3.py).

Each writer holds its hand-written TOPICS (topic -> (English questions, Chinese questions)) and calls `write_set`,
which numbers the rows, refuses reused topics or questions, and writes (or with --check, compares)
medqa/assets/grounded/out_of_scope_<name>.jsonl. Standard library only; the output is deterministic.
"""

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GROUNDED = ROOT / "medqa" / "assets" / "grounded"

# Topics of the held-out out-of-scope sets (validation/test, by name as the data card lists them): never reused.
HELD_OUT_TOPICS = frozenset({
    "bedside_tv", "clinical_trials", "fertility", "fundraising", "gift_shop", "helipad", "jobs",
    "work_experience", "blood_donation", "cash_machine", "cosmetic", "ev_charging", "hairdresser",
    "history", "hotels", "laundry",
})


def build_rows(topics: dict[str, tuple[list[str], list[str]]], name: str) -> list[dict]:
    """Rows in file order: all English questions, then all Chinese, each numbered from 001 in topic order."""
    rows = []
    for language, index in (("en", 0), ("zh", 1)):
        number = 0
        for topic, questions in topics.items():
            for question in questions[index]:
                number += 1
                rows.append({"id": f"oos-{language}-{name}-{number:03d}", "language": language,
                             "question": question, "topic": topic})
    return rows


def read_jsonl(path: Path) -> list[dict]:
    """The JSON rows of a .jsonl file, skipping blank lines."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def problems(rows: list[dict], earlier: list[dict]) -> list[str]:
    """Reasons the rows are not a usable tuning set: reused topics or questions, duplicates, too few or many questions."""
    found = []
    earlier_topics = {row["topic"] for row in earlier}
    earlier_questions = {row["question"].strip().lower() for row in earlier}
    seen = set()
    for row in rows:
        text = row["question"].strip()
        key = text.lower()
        if not text:
            found.append(f"{row['id']}: empty question")
        if key in seen:
            found.append(f"{row['id']}: duplicate question {text!r}")
        if key in earlier_questions:
            found.append(f"{row['id']}: already in an earlier tuning set: {text!r}")
        seen.add(key)
        if row["topic"] in earlier_topics or row["topic"] in HELD_OUT_TOPICS:
            found.append(f"{row['id']}: topic {row['topic']!r} is already used by another out-of-scope set")
    per_topic = Counter((row["topic"], row["language"]) for row in rows)
    for topic in {row["topic"] for row in rows}:
        for language in ("en", "zh"):
            count = per_topic[(topic, language)]
            if not 4 <= count <= 6:
                found.append(f"{topic}/{language}: {count} questions, want 4-6")
    return found


def write_set(topics: dict[str, tuple[list[str], list[str]]], name: str, earlier_names: tuple[str, ...],
              description: str) -> int:
    """Command line of a writer: write (or with --check, compare) out_of_scope_<name>.jsonl; 1 on a problem or a stale file."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--check", action="store_true", help="exit 1 if the file on disk is stale")
    args = parser.parse_args()
    output = GROUNDED / f"out_of_scope_{name}.jsonl"
    rows = build_rows(topics, name)
    earlier = [row for earlier_name in earlier_names for row in read_jsonl(GROUNDED / f"out_of_scope_{earlier_name}.jsonl")]
    found = problems(rows, earlier)
    if found:
        print("\n".join(found), file=sys.stderr)
        return 1
    text = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    if args.check:
        stale = not output.exists() or output.read_text(encoding="utf-8") != text
        print(f"{output.name}: {'stale' if stale else 'up to date'}")
        return 1 if stale else 0
    output.write_text(text, encoding="utf-8")
    counts = Counter(row["language"] for row in rows)
    print(f"wrote {output.relative_to(ROOT)}: {len(rows)} rows ({counts['en']} en, {counts['zh']} zh), {len(topics)} topics")
    return 0
