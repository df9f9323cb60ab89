"""The named-item veto reads the sentences that ask, not the story around them (issue 12, session 24, after R31).

"Is there a Tigrinya interpreter?" against a passage on interpreters naming no language stays a "don't know"; but a
bike, a dog or a language told in the story ("my mate from the blood bikes is in intensive care ... how many can visit?")
is not what the message asks, and vetoing on it refused answerable questions (R31: 5 of 13 English refusals).
"""

import pytest

from medqa import verification as V


def _kb_passage(pid: str):
    from medqa.knowledge_base import load_knowledge_base

    return next(p for p in load_knowledge_base() if p.id == pid)


@pytest.mark.parametrize("question, pid", [
    ("My cousin from the motorbike club is on the intensive care unit since Sunday. How many of us can be at the bed at a "
     "time, and do we ring a bell to get in?", "kb-en-visiting-005"),
    ("I walk our two dogs before work every morning. Can I still have a mint that morning before my operation?",
     "kb-en-procedures-003"),
    ("My dad speaks Polish at home but his English is fine for most things. Do we have to pay for an interpreter?",
     "kb-en-appointments-007"),
])
def test_item_told_in_the_story_does_not_veto(question, pid):
    assert V.asked_detail_missing(question, _kb_passage(pid), "en") is False


@pytest.mark.parametrize("question, pid", [
    ("Is there somebody who speaks Tigrinya to help my uncle at his clinic visit?", "kb-en-appointments-007"),
    ("Before my operation I walk the dogs. Can I bring my dog to the ward with me?", "kb-en-visiting-001"),
    ("My brother rides a motorbike. Where does he park the motorbike when he visits?", "kb-en-appointments-008"),
])
def test_item_in_the_asked_sentence_still_vetoes(question, pid):
    assert V.asked_detail_missing(question, _kb_passage(pid), "en") is True
