"""Shared helpers for the PHI round tests (tests/test_phi_round*.py); it holds no tests."""

from medqa.safety.phi import redact


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
