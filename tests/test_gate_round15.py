"""The don't-know gate on greetings of other Englishes and 'stop eating' (issue #12, found in the session review).

Asked of the served default, "howzit, my ouma's op is tomorrow at 7, does she need to stop eating tonight?" got
"I don't have that information" although retrieval ranked the fasting-before-surgery passage first: the gate read
"howzit" as a word of the question and had no document word for "stop eating". The general concept: a greeting
in any English says nothing about what is asked, and "stop eating/drinking" before a procedure is fasting.
"""

import pytest

from medqa import verification as V
from medqa.retrieval import bundled_index


def _best(question: str):
    hits = bundled_index().search(question, k=3, language="en")
    return max(hits, key=lambda h: V.answerability_score(question, h.passage, "en"))


@pytest.mark.parametrize("greeting", ["howzit", "g'day", "howdy", "kia ora", "namaste"])
def test_other_englishes_greetings_leave_the_reading(greeting):
    assert V.gate_cleaned(f"{greeting}, where is the pharmacy?", "en").strip().lower().startswith("where is the pharmacy")


def test_stop_eating_reads_as_fasting():
    assert "fasting" in V.gate_reading("my dad's op is on friday, when does he stop eating?", "en")


def test_review_question_is_answered_from_the_fasting_passage():
    question = "howzit, my ouma's op is tomorrow at 7, does she need to stop eating tonight?"
    best = _best(question)
    assert best.passage.id == "kb-en-procedures-003"
    assert V.answerability_score(question, best.passage, "en") >= V.VerificationSettings().min_relevance
