"""Scope guard: diagnosis / prescription / dose-change requests are redirected, admin passes, info gets a disclaimer."""

import pytest

from medqa.safety.scope import ALLOW, INFORM, REDIRECT, classify_scope, disclaimer, redirect_message


@pytest.mark.parametrize("text,reason", [
    ("do I have cancer?", "diagnosis_request"),
    ("What's wrong with me?", "diagnosis_request"),
    ("could this be diabetes?", "diagnosis_request"),
    ("is this lump cancer", "diagnosis_request"),
    ("我是不是得了糖尿病", "diagnosis_request"),
    ("我这是什么病", "diagnosis_request"),
    ("what antibiotic should I take", "prescription_request"),
    ("can you prescribe something for my cough", "prescription_request"),
    ("给我开点药", "prescription_request"),
    ("我该吃什么药", "prescription_request"),
    ("can I double my insulin", "dose_change"),
    ("should I stop taking my blood pressure pills", "dose_change"),
    ("I want to skip my dose tonight", "dose_change"),
    ("降压药可以停吗，我想停药", "dose_change"),
    ("胰岛素能不能加倍", "dose_change"),
])
def test_clinical_requests_are_redirected(text, reason):
    decision = classify_scope(text)
    assert decision.decision == REDIRECT and decision.reason == reason


@pytest.mark.parametrize("text", [
    "I need to reschedule my appointment", "how do I pay my bill", "what are the visiting hours",
    "where can I park", "我想预约下周的门诊", "怎么缴费", "hello", "thanks!",
])
def test_administrative_and_small_talk_pass(text):
    assert classify_scope(text).decision == ALLOW


@pytest.mark.parametrize("text", [
    "what is high blood pressure", "how much water should I drink a day", "pain relief for a sprained ankle",
    "is it normal to feel tired during pregnancy", "高血压饮食要注意什么", "感冒了多喝水有用吗",
])
def test_general_information_gets_a_disclaimer(text):
    assert classify_scope(text).decision == INFORM


def test_redirect_and_disclaimer_texts_are_locale_aware():
    en = redirect_message("dose_change", "en", "911")
    zh = redirect_message("dose_change", "zh", "120")
    assert "911" in en and "dose" in en
    assert "120" in zh and ("剂量" in zh or "药量" in zh)
    assert disclaimer("en") != disclaimer("zh") and "医疗建议" in disclaimer("zh")


def test_empty_or_non_text_is_allowed_not_crashing():
    assert classify_scope("").decision == ALLOW
    assert classify_scope(None).decision == ALLOW


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Is this lump on my neck cancer?", "redirect_clinician"),
        ("Could this rash be shingles or an allergy?", "redirect_clinician"),
        ("Could my knee pain be arthritis", "redirect_clinician"),
        ("我脖子上的肿块是癌吗？", "redirect_clinician"),
        ("这个皮疹是不是带状疱疹", "redirect_clinician"),
        # A condition named inside an administrative question is not a request for a diagnosis.
        ("Is the flu vaccine available at the pharmacy?", "inform_with_disclaimer"),
        ("Is the cancer centre open on Saturday?", "allow"),
    ],
)
def test_named_condition_questions(text, expected):
    assert classify_scope(text).decision == expected
