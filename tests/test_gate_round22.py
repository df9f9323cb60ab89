"""Round 22 of the gate (issue #12): an English message that tells a story about the passage's own topic and asks
its question at the end is read as that question alone, less CONTEXT_ON_TOPIC_PENALTY; a story about something the
passage does not hold, or a question asked first and explained after, keeps the whole message's reading.

Wordings written for these tests, not the reviewer sets'.
"""

import pytest

from medqa import verification as V
from medqa.knowledge_base import load_knowledge_base


def _passage(pid):
    return {p.id: p for p in load_knowledge_base()}[pid]


PACKING = ("My grandad is 93 and coming in on Monday for a few nights for his prostate. He is partially deaf, wears a "
           "hearing aid, has his own pillow he likes and a walking stick, and my nan worries he will be confused. "
           "What should we pack for his stay?")
PHONE = ("Hi, this is Brookfield Medical Centre ringing on behalf of Mrs Fatima Begum, date of birth 12/11/1958. Her "
         "diabetes follow-up on the 4th has been switched by the consultant from face to face to a telephone "
         "appointment because of the snow. Is there anything she should know about how the hospital's call will show up?")


def test_a_long_story_about_a_hospital_stay_ending_in_what_to_pack_is_answered():
    assert V.message_logit(PACKING, _passage("kb-en-procedures-008"), "en") >= 0.5


@pytest.mark.parametrize("message, pid", [(PACKING, "kb-en-procedures-008"), (PHONE, "kb-en-appointments-006")])
def test_an_on_topic_story_is_read_as_its_last_question_less_the_penalty(message, pid):
    passage = _passage(pid)
    clause = V.asking_clauses(message, "en")[-1]
    assert V._story_on_topic(message, clause, passage, "en")
    alone = V._passage_logit(clause, passage, "en", None)
    assert V.message_logit(message, passage, "en") >= alone - V.CONTEXT_ON_TOPIC_PENALTY["en"] - 1e-9


def test_a_story_sharing_few_words_with_the_passage_stays_refused():
    message = "The measuring cup that came with my son's antibiotic went missing. Can the hospital pharmacy give me a new one?"
    assert V.message_logit(message, _passage("kb-en-medications-011"), "en") < 0


def test_a_story_about_something_else_keeps_the_whole_message():
    message = ("My brother plays rugby every Saturday and his team won the cup last week in Leeds. "
               "Where is the hospital pharmacy?")
    clause = V.asking_clauses(message, "en")[0]
    assert not V._story_on_topic(message, clause, _passage("kb-en-medications-011"), "en")


def test_a_question_asked_first_and_explained_after_is_not_read_alone():
    message = "Does the patient Wi-Fi block any sites? My son wants to play online games."
    clause = V.asking_clauses(message, "en")[0]
    assert not V._story_on_topic(message, clause, _passage("kb-en-visiting-011"), "en")


def test_chinese_keeps_its_round_17_penalty():
    assert V.CONTEXT_ON_TOPIC_PENALTY["zh"] == V.CONTEXT_PENALTY["zh"]
    assert V.CONTEXT_PENALTY["en"] == float("inf")
