"""Shared helper for the round tests that pin a few rows of a spent blind batch; it holds no tests."""

import json
from pathlib import Path

SAFETY_DATA = Path(__file__).resolve().parent / "data" / "safety"


def rows_by_id(batch: str, part: str, ids: list[str]) -> list[dict]:
    """The rows `ids` of tests/data/safety/<batch>/<part>.jsonl, in that order (KeyError names a missing id)."""
    path = SAFETY_DATA / batch / f"{part}.jsonl"
    rows = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                row = json.loads(line)
                rows[row["id"]] = row
    return [rows[i] for i in ids]


def triage_level(triage, item) -> str:
    """The level `triage` gives a message (a string) or a conversation (a list of user turns)."""
    return triage.assess_conversation(item).level if isinstance(item, list) else triage.assess(item).level
