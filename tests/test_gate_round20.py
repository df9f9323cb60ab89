"""Round 20 of the don't-know gate (issue #12): a question about a hospital stay, admission or operation that
describes no symptom of its own is not answered by a self-care passage sharing an incidental word with it.

Wordings written for these tests, not the reviewer sets'.
"""

import json
from pathlib import Path

import pytest

from medqa import verification as V
from moe_core.errors import UserError
from medqa.knowledge_base import Passage

_KB = Path(V.__file__).resolve().parent / "assets" / "kb"


def _kb_passage(pid: str) -> Passage:
    language = pid.split("-")[1]
    for line in (_KB / f"passages_{language}.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["id"] == pid:
            return Passage(row["id"], row["title"], row["language"], row["topic"], row["text"], row["source"],
                           row["review_date"])
    raise AssertionError(pid)


@pytest.mark.parametrize("question, pid, language, vetoed", [
    # a hospital process asked of a self-care passage
    ("Can I bring my own pillow when I'm admitted for my knee op next week?", "kb-en-self_care-006", "en", True),
    ("Should I keep my leg raised on a pillow on the ward after knee surgery?", "kb-en-self_care-006", "en", True),
    ("Can I have a cup of tea to stay hydrated before my operation?", "kb-en-self_care-008", "en", True),
    ("Is there somewhere to rest my back while I'm staying in hospital?", "kb-en-self_care-009", "en", True),
    ("我下周住院做膝盖手术，可以带自己的枕头吗？", "kb-zh-self_care-006", "zh", True),
    ("住院期间可以多喝水吗？", "kb-zh-self_care-008", "zh", True),
    ("住院期間可以帶枕頭墊腳嗎？", "kb-zh-self_care-006", "zh", True),  # Traditional
    # look-alikes still left to the gate: a symptom or injury of the patient's own, or no hospital process
    ("I sprained my knee, should I keep it raised on a pillow?", "kb-en-self_care-006", "en", False),
    ("My knee is swollen after my op, can I put ice on it?", "kb-en-self_care-006", "en", False),
    ("I have a cold, what can I do at home?", "kb-en-self_care-001", "en", False),
    ("崴脚了要不要用枕头垫高？", "kb-zh-self_care-006", "zh", False),
    ("手术后伤口有点疼，怎么处理？", "kb-zh-self_care-004", "zh", False),
    # a passage on the hospital process itself is never vetoed
    ("Can I bring my own pillow when I'm admitted for my knee op next week?", "kb-en-procedures-008", "en", False),
])
def test_a_hospital_process_is_not_answered_by_a_self_care_passage(question, pid, language, vetoed):
    assert V.hospital_process_beyond(question, _kb_passage(pid), language) is vetoed


def test_the_pillow_question_is_refused_rather_than_quoting_sprains():
    question = "Can I bring my own pillow when I'm admitted for my knee op next week?"
    sprains = _kb_passage("kb-en-self_care-006")
    assert V.question_relevance(question, sprains, "en") < 0.5
    assert V.message_logit(question, sprains, "en") <= V.DETAIL_VETO_LOGIT


def test_a_symptom_question_on_a_self_care_passage_still_passes():
    sprains = _kb_passage("kb-en-self_care-006")
    assert V.question_relevance("I sprained my knee, should I keep it raised on a pillow?", sprains, "en") >= 0.5


@pytest.mark.parametrize("question, language", [(None, "en"), (3, "zh"), ("question", "fr")])
def test_bad_input_is_a_clear_error(question, language):
    with pytest.raises(UserError):
        V.hospital_process_beyond(question, _kb_passage("kb-en-self_care-006"), language)


def test_self_care_read_from_the_topic_field_when_a_passage_has_one():
    """A hospital's own passage with another id scheme is judged by its topic field, not by the bundled id pattern."""
    from medqa.verification import hospital_process_beyond

    question = "Can I bring my own pillow when I'm admitted for my knee op next week?"
    text = "Keep the injured part raised on a pillow when you can. Rest the knee and use an ice pack."
    own = {"id": "leaflet-17", "title": "Looking after a sprain", "text": text, "topic": "self_care"}
    other_topic = {"id": "kb-en-self_care-099", "title": "Looking after a sprain", "text": text, "topic": "procedures"}
    assert hospital_process_beyond(question, own, "en")
    assert not hospital_process_beyond(question, other_topic, "en")
