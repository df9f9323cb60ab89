"""'born N weeks ago' is an age, not a past event (session 36, found by round 36e's helper beside its rows)."""

import pytest

from medqa.safety.normalize import normalize_triage
from medqa.safety.triage import RedFlagTriage

TRIAGE = RedFlagTriage()


@pytest.mark.parametrize("text", [
    "my baby was born 3 weeks ago, she is fine but her temperature is 38.4",
    "baby born three weeks ago, she's ok but temp is 38.4",
    "my grandson was born a week ago, he seems fine but his temperature is 38.1",
    "our twins were born six weeks ago, one of them is fine but the other has a temperature of 38.6",
])
def test_a_young_baby_told_by_birth_date_with_a_fever_is_an_emergency(text):
    assert TRIAGE.assess(text).level == "emergency"


@pytest.mark.parametrize("text", [
    "my daughter was born 2 months ago and had jaundice then, fine now, where do I get the birth certificate",
    "our son was born six weeks ago and is doing well, can we book his jabs",
    "he was born two years ago in this hospital, can I get a copy of his birth notes",
])
def test_a_birth_date_with_nothing_wrong_stays_calm(text):
    assert TRIAGE.assess(text).level == "none"


def test_the_fold_reads_an_age_and_leaves_years_alone():
    assert "is 3 weeks old" in normalize_triage("my baby was born 3 weeks ago")
    assert "is 1 week old" in normalize_triage("she was born a week ago")
    assert "born two years ago" in normalize_triage("he was born two years ago")
