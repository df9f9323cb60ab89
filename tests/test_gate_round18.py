"""Round 18 of the don't-know gate (issue #12): a question on a passage's topic asking for one detail it does not hold.

The passage's words pass the gate's features, so a second stage (`V.asked_detail_missing`, applied in
`V.message_logit`) checks each asked question against the passage: a day (Sunday, the weekend, 周日) or a clock value
(9pm, 24 hours, 24小时) it names that the passage does not hold, or a price or a duration asked of a passage holding
none, refuses the passage. Wordings written for these tests, not the reviewer set's.
"""

import pytest

from medqa import verification as V
from medqa.knowledge_base import Passage, load_knowledge_base
from moe_core.errors import UserError

PASSAGES = {p.id: p for p in load_knowledge_base()}


def _passage(text: str, language: str = "en", title: str = "Test passage") -> Passage:
    return Passage("kb-test-001", title, language, "test", text, "test", "2026-01-01")


@pytest.mark.parametrize("question, pid, language", [
    ("Is the hospital pharmacy open on a Sunday?", "kb-en-medications-012", "en"),
    ("Can I park in the hospital car park overnight, is it open 24 hours?", "kb-en-appointments-008", "en"),
    ("Are visitors allowed on general wards at 9pm?", "kb-en-visiting-001", "en"),
    ("How much does it cost to request a copy of my medical records?", "kb-en-records_billing-001", "en"),
    ("医院停车场周日也开放吗？", "kb-zh-appointments-009", "zh"),
    ("停车场是24小时开放的吗？", "kb-zh-appointments-009", "zh"),
    ("停车场停一个小时要多少钱？", "kb-zh-appointments-009", "zh"),  # the fee is only "as posted"
])
def test_a_detail_the_passage_does_not_hold_is_not_answered(question, pid, language, monkeypatch):
    passage = PASSAGES[pid]
    monkeypatch.setattr(V, "DETAIL_VETO", False)
    assert V.answerability_score(question, passage, language) >= 0.5  # the topic's words pass the gate's features
    monkeypatch.setattr(V, "DETAIL_VETO", True)
    assert V.asked_detail_missing(question, passage, language)
    assert V.answerability_score(question, passage, language) < 0.5


@pytest.mark.parametrize("question, pid, language", [
    ("When can I visit someone on a general ward?", "kb-en-visiting-001", "en"),
    ("Where do I pay for parking at the hospital?", "kb-en-appointments-008", "en"),
    ("周末可以去病房探视吗？", "kb-zh-visiting-001", "zh"),  # the passage says every day
    ("停车场怎么收费？", "kb-zh-appointments-009", "zh"),  # asks how, not how much
])
def test_answerable_look_alikes_are_not_refused_by_the_detail_stage(question, pid, language):
    assert not V.asked_detail_missing(question, PASSAGES[pid], language)


@pytest.mark.parametrize("question, text, language, missing", [
    ("Can I visit at 3pm?", "Visiting is from 2pm to 8pm.", "en", False),  # inside the span
    ("Can I visit at 9pm?", "Visiting is from 2pm to 8pm.", "en", True),
    ("Is the clinic open on Saturdays?", "The clinic is open every day from 8am.", "en", False),
    ("Is the clinic open at the weekend?", "The clinic is open on Saturday mornings.", "en", False),
    ("Is the clinic open on Sundays?", "The clinic is open Monday to Friday, 8am to 6pm.", "en", True),
    ("How much does a copy cost?", "A copy costs £10.", "en", False),
    ("How much does a copy cost?", "Ask the records office for a copy.", "en", True),
    ("How long does the scan take?", "The scan takes about 30 minutes.", "en", False),
    ("晚上9点还能探视吗？", "探视时间为下午3点到晚上8点。", "zh", True),
    ("下午4点可以探视吗？", "探视时间为下午3点到晚上8点。", "zh", False),
    ("星期天门诊开吗？", "门诊周一至周五开放。", "zh", True),
    ("星期天门诊开吗？", "门诊每天开放。", "zh", False),
    ("做胃镜大概要多少钱？", "做胃镜前需要空腹。", "zh", True),
    ("挂号费多少钱？", "普通门诊挂号费为10元。", "zh", False),
    ("报告多久能出来？", "报告一般3个工作日出来。", "zh", False),
    # two things asked in one Chinese sentence: the second is answered
    ("住院费用多少钱，能在手机上查明细吗？", "住院费用明细可以在App上查询。", "zh", False),
])
def test_days_and_clock_values_against_the_passage(question, text, language, missing):
    assert V.asked_detail_missing(question, _passage(text, language), language) is missing


def test_context_outside_the_asked_question_is_not_the_asked_detail():
    # the story names Sunday and 10pm; the question asks how to book
    question = "I was sick on Sunday at 10pm and missed my appointment. How do I book a new one?"
    assert not V.asked_detail_missing(question, PASSAGES["kb-en-appointments-003"], "en")


def test_every_asked_question_must_miss_its_detail():
    question = "Is the pharmacy open on Sundays? And who explains my new medicines?"
    assert not V.asked_detail_missing(question, PASSAGES["kb-en-medications-012"], "en")


def test_the_stage_can_be_switched_off(monkeypatch):
    question, passage = "Can I park in the hospital car park overnight, is it open 24 hours?", PASSAGES["kb-en-appointments-008"]
    monkeypatch.setattr(V, "DETAIL_VETO", False)
    off = V.message_logit(question, passage, "en")
    monkeypatch.setattr(V, "DETAIL_VETO", True)
    assert V.message_logit(question, passage, "en") == min(off, V.DETAIL_VETO_LOGIT)


def test_bad_input_is_a_clear_error():
    with pytest.raises(UserError):
        V.asked_detail_missing(None, PASSAGES["kb-en-visiting-001"], "en")
    with pytest.raises(UserError):
        V.asked_detail_missing("Is it open on Sunday?", PASSAGES["kb-en-visiting-001"], "fr")
