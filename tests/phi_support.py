"""Shared helpers for the PHI round tests (tests/test_phi_round*.py); it holds no tests."""

from medqa.safety.phi import redact


def has_exact_span(text: str, value: str, kind: str) -> bool:
    """True when redaction finds `value` (its first occurrence in `text`) as one span of `kind`, exactly."""
    start = text.index(value)
    return any(s.start == start and s.end == start + len(value) and s.kind == kind for s in redact(text).spans)


def found_spans(text: str) -> list[tuple[str, str]]:
    """(span text, kind) of everything redaction finds: the message of a failed assertion."""
    return [(text[s.start:s.end], s.kind) for s in redact(text).spans]
