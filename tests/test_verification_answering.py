"""A generated sentence is supported only by a passage that answers the question (the gate accepts it).

Found asking the served default "打波拗柴，應該熱敷定冰敷？" (a sprained ankle: heat or ice?): the model copied a true
sentence about antibiotics and bathing from the third-ranked passage, and it was shown because that passage, though
on another topic, supports it word for word.
"""

from medqa.retrieval import bundled_index
from medqa.verification import verify_answer


def test_sentence_from_a_passage_that_does_not_answer_is_dropped():
    index = bundled_index()
    question = "打波扭到脚，应该热敷还是冰敷？"
    # The sprain passage first and an unrelated wound-care passage after it (BM25 once retrieved exactly these).
    passages = [index.by_id["kb-zh-self_care-006"], index.by_id["kb-zh-procedures-006"]]
    copied = "医生开了抗生素后，在医生允许前不要洗澡泡澡。"
    verified = verify_answer(question, copied, passages, "zh", ranking=[1.0, 0.5])
    assert "kb-zh-procedures-006" not in verified.citations
    assert "抗生素" not in verified.text
    assert verified.mode == "extractive" and "kb-zh-self_care-006" in verified.citations


def test_sentence_from_the_answering_passage_is_kept():
    index = bundled_index()
    question = "打波扭到脚，应该热敷还是冰敷？"
    hits = index.search(question, k=3)
    sprain = next(h.passage for h in hits if h.passage.id == "kb-zh-self_care-006")
    first = sprain.text.split("。")[0] + "。"
    verified = verify_answer(question, first, [h.passage for h in hits], "zh", ranking=[h.score for h in hits])
    assert verified.citations[0] == "kb-zh-self_care-006"
    assert first.rstrip("。") in verified.text
