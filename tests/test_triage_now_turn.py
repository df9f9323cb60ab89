"""A past event, then 'and has / is ... now' with the subject left out, is a present case (the lead's probe, from T23).

'He had a heart attack last year and has chest pain now' read as none: the past-event reader masked the whole clause,
because its turn-to-now pattern wanted a subject after 'and' ('and he has ...'). Wordings written here.
"""

import pytest

from medqa.safety.triage import EMERGENCY, RedFlagTriage

TRIAGE = RedFlagTriage(learned_net=False)


@pytest.mark.parametrize("text", [
    "He had a heart attack last year and has chest pain now.",
    "She had a stroke two years ago and is slurring her words now.",
    "Dad had a bleed on the brain in 2020 and has a sudden terrible headache this evening.",
])
def test_a_present_sign_after_a_past_event_without_a_subject_is_an_emergency(text):
    assert TRIAGE.assess(text).level == EMERGENCY, TRIAGE.assess(text)


@pytest.mark.parametrize("text", [
    "He had a heart attack last year and is fine now, can he fly to Spain?",
    "He had a heart attack last year and has a follow-up letter, where do I go?",
    "Mum had a stroke in 2019 and has been in a wheelchair since, can we park near the door?",
])
def test_a_settled_past_event_with_a_routine_ask_stays_calm(text):
    assert TRIAGE.assess(text).level != EMERGENCY, TRIAGE.assess(text)
