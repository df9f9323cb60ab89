"""Round 17 of the don't-know gate and retrieval (issue #12): answerable questions refused for how they are worded.

Classes fixed here, each pinned on wordings written for these tests (not the reviewer set's):
- a correctly spelled English word is not "repaired" into another knowledge-base word (injection -> infection).
"""

import pytest

from medqa import verification as V
from medqa.retrieval import bundled_index


@pytest.mark.parametrize("word", ["injection", "brush", "beach", "stone", "lodge"])
def test_real_english_words_are_not_repaired(word):
    assert V._spelled(V._stem(word)) == V._stem(word)
    assert bundled_index().correct_spelling(f"about the {word} please") == f"about the {word} please"


@pytest.mark.parametrize("typo, fixed", [("apointment", "appointment"), ("parkng", "parking")])
def test_typos_are_still_repaired(typo, fixed):
    assert V._spelled(typo) == V._stem(fixed) or V._spelled(typo) == fixed
