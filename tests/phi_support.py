"""Shared helpers for the PHI round tests (tests/test_phi_round*.py); it holds no tests."""

import json
from pathlib import Path

from medqa.safety.phi import kind_matches, redact

SAFETY_DATA = Path(__file__).resolve().parent / "data" / "safety"


def has_exact_span(text: str, value: str, kind: str) -> bool:
    """True when redaction finds `value` (its first occurrence in `text`) as one span of `kind`, exactly."""
    start = text.index(value)
    return any(s.start == start and s.end == start + len(value) and s.kind == kind for s in redact(text).spans)


def found_spans(text: str) -> list[tuple[str, str]]:
    """(span text, kind) of everything redaction finds: the message of a failed assertion."""
    return [(text[s.start:s.end], s.kind) for s in redact(text).spans]


def round_tests(probes: list[tuple[str, str, str]], clean: list[str]):
    """The two parametrized tests of a PHI round file: each probe's value is one exact span of its kind, and each
    PHI-free look-alike is left untouched. Assign them to test_* names in the round file for pytest to collect."""
    import pytest

    @pytest.mark.parametrize("kind, value, text", probes)
    def test_probe_is_redacted_with_its_exact_span(kind, value, text):
        assert has_exact_span(text, value, kind), found_spans(text)

    @pytest.mark.parametrize("text", clean)
    def test_phi_free_look_alike_is_untouched(text):
        assert redact(text).spans == [], found_spans(text)

    return test_probe_is_redacted_with_its_exact_span, test_phi_free_look_alike_is_untouched


def assert_blind_row_gold_spans(batch: str, row_id: str) -> None:
    """Every gold span of one spent blind PHI row is found exactly with the rules alone (as the answer path redacts),
    and a PHI-free row is left untouched."""
    path = SAFETY_DATA / batch / "phi.jsonl"
    rows = {r["id"]: r for r in map(json.loads, path.read_text(encoding="utf-8").splitlines()) if r}
    row = rows[row_id]
    spans = redact(row["text"], tagger=False).spans
    got = [(row["text"][s.start:s.end], s.kind) for s in spans]
    for e in row["entities"]:
        assert any(s.start == e["start"] and s.end == e["end"] and kind_matches(s.kind, e["kind"]) for s in spans), got
    if not row["entities"]:
        assert spans == [], got
