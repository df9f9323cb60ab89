"""Extractive answers: which passage sentences are quoted and in what order (round 29).

Leading with the sentence that best matches the question (`LEAD_WITH_BEST`) was measured and left off: it lowered
validation ROUGE-L against the reference answers, which follow the passages' order. The default keeps passage order;
the switch still works, so a later measurement can turn it on.
"""

import pytest

from medqa import verification as V

PASSAGE = {
    "id": "kb-en-test-001",
    "title": "Requesting a copy of your records",
    "text": ("Make a request to the records office in writing. Include your full name and date of birth. "
             "Bring a photo ID when you collect it. Records can usually be provided electronically or on paper."),
}
QUESTION = "Can records be provided electronically?"


def _sentences(question: str, count: int = 4) -> list[str]:
    verified = V.extractive_answer(question, [PASSAGE], "en", V.VerificationSettings(use_embeddings=False,
                                                                                       extractive_sentences=count,
                                                                                       min_relevance=0.0))
    assert verified.mode == "extractive"
    return [s.text for s in verified.sentences]


def test_default_keeps_passage_order():
    assert not V.LEAD_WITH_BEST
    sentences = _sentences(QUESTION)
    assert sentences == V.split_sentences(PASSAGE["text"])
    assert sentences[-1].startswith("Records can usually be provided electronically")


def test_lead_with_best_puts_the_answering_sentence_first_then_passage_order(monkeypatch):
    monkeypatch.setattr(V, "LEAD_WITH_BEST", True)
    sentences = _sentences(QUESTION)
    assert sentences[0].startswith("Records can usually be provided electronically")
    assert sentences[1:] == V.split_sentences(PASSAGE["text"])[:3]


def test_lead_with_best_changes_nothing_when_the_best_comes_first_or_nothing_matches(monkeypatch):
    monkeypatch.setattr(V, "LEAD_WITH_BEST", True)
    assert _sentences("How do I make a request to the records office in writing?")[0].startswith("Make a request")
    # no question word in any sentence: all score 0, passage order (not a named place such as the canteen: since
    # G41d a subject no passage names is "don't know" before any sentence is chosen)
    assert _sentences("Is the soup vegan?", 2) == V.split_sentences(PASSAGE["text"])[:2]


@pytest.mark.parametrize("lead", [False, True])
def test_the_same_sentences_are_chosen_either_way(monkeypatch, lead):
    monkeypatch.setattr(V, "LEAD_WITH_BEST", lead)
    assert sorted(_sentences(QUESTION, 2)) == sorted(["Make a request to the records office in writing.",
                                                      "Records can usually be provided electronically or on paper."])
