"""Session 34 of the don't-know gate (issue #12, brief G34, set u34): a question asking the hour ("几点", "幾點",
"what time") is not answered by a passage that holds only parts of the day ("每天下午和傍晚两个时段", "in the
afternoon and evening"); a passage naming an hour, a weekday or "24 hours" still answers it, a duration still answers
"what time should I arrive?", and a message that names a part of the day itself is left to round G42's rule.

Wordings written for these tests, not u34's or the reviewer sets'.
"""

import pytest

from medqa import verification as V
from medqa.knowledge_base import Passage


def _passage(text: str, language: str, title: str, pid: str) -> Passage:
    return Passage(pid, title, language, "test", text, "test", "2026-01-01")


PARTS_ZH = _passage("康复病区实行定时探视，一般为每天下午和傍晚两个时段，具体以病区门口公示为准。每次探视人数不超过2人。",
                    "zh", "康复病区探视", "kb-zh-visiting-934")
HOURS_ZH = _passage("康复病区每天下午3点到晚上8点可以探视，每次探视人数不超过2人。", "zh", "康复病区探视", "kb-zh-visiting-935")
PARTS_EN = _passage("The rehabilitation unit has set visiting periods in the afternoon and evening; the times are shown "
                    "at the unit entrance. No more than two visitors at a bed.", "en", "Rehabilitation unit visiting",
                    "kb-en-visiting-934")
HOURS_EN = _passage("The rehabilitation unit welcomes visitors from 3pm to 8pm every day. No more than two visitors at "
                    "a bed.", "en", "Rehabilitation unit visiting", "kb-en-visiting-935")
ARRIVE_EN = _passage("Please arrive 15 minutes before your clinic appointment so the desk can check your details.",
                     "en", "Arriving for a clinic appointment", "kb-en-appointments-934")


@pytest.mark.parametrize("question", [
    "康复病区每天几点开始可以探视？",
    "康复病区探视是几点到几点？",
    "康復病區每日幾點可以探病？",           # Traditional, Cantonese
    "我想去看我外公，康复病区一般几点能进？",
])
def test_zh_hour_not_held_by_parts_of_day(question):
    assert V.asked_detail_missing(question, PARTS_ZH, "zh")
    assert not V.asked_detail_missing(question, HOURS_ZH, "zh")


@pytest.mark.parametrize("question", [
    "What time does visiting start on the rehabilitation unit?",
    "what time can i go in to see my grandad on the rehab unit",
])
def test_en_hour_not_held_by_parts_of_day(question):
    assert V.asked_detail_missing(question, PARTS_EN, "en")
    assert not V.asked_detail_missing(question, HOURS_EN, "en")


def test_duration_still_answers_what_time_to_arrive():
    assert not V.asked_detail_missing("What time should I turn up for my clinic appointment?", ARRIVE_EN, "en")


def test_message_naming_a_part_of_the_day_left_to_round_g42():
    # asks the hours, then a yes / no about the morning, which a passage naming the afternoon answers
    assert not V.asked_detail_missing("康复病区一般几点可以探视？上午去可以吗？", PARTS_ZH, "zh")


def test_questions_not_asking_the_hour_unchanged():
    assert not V.asked_detail_missing("康复病区一次可以去几个人探视？", PARTS_ZH, "zh")
    assert not V.asked_detail_missing("Can I visit the rehabilitation unit in the evening?", PARTS_EN, "en")


def test_switch_off_restores_the_old_decision(monkeypatch):
    monkeypatch.setattr(V, "HOUR_VETO", False)
    assert not V.asked_detail_missing("康复病区每天几点开始可以探视？", PARTS_ZH, "zh")
