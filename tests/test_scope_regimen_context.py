"""A regimen told as context is not the thing asked (scope.py `_without_told_regimen`): a practical question beside a
stated strength is answered; any ask about the medicine, its amount, a change or a cause still redirects."""

import pytest

from medqa.safety.scope import classify_scope
from tests.blind_support import rows_by_id

REDIRECT = "redirect_clinician"

# Written for this test: the regimen stated, then a practical or information question.
ANSWERED = [
    "My mum takes bisoprolol 2.5 mg each morning. How long do results from her heart scan usually take?",
    "I'm on omeprazole 20mg before breakfast. what does the endoscopy unit do? got a letter for next week",
    "He takes 10 mg amlodipine daily. What does 'OD' stand for on the label?",
    "She is on sertraline 100mg at night. How do I order her repeat through the app?",
    "我妈一直吃阿托伐他汀，每次20毫克，睡前一次。体检的结果一般多久能出来？",
    "我老公在吃二甲双胍，0.5克，一天三次。药盒上写的“bid”是什么意思？",
    "阿爸食緊降血壓藥，每日一粒，5毫克。心臟超聲波嘅結果要等幾耐？",
    "奶奶在吃Metformin，500毫克，一天兩次。出國旅行要怎麼帶上飛機？",
]

# The same shapes, but the question is about the medicine itself: these stay redirects.
STILL_REDIRECTED = [
    "My mum takes bisoprolol 2.5 mg each morning. Should she go up to 5 mg? her heart scan is next week",
    "I'm on omeprazole 20mg before breakfast. can I take 40mg instead? what does the endoscopy unit do",
    "He takes 10 mg amlodipine daily. His ankles are swollen, is it caused by the amlodipine?",
    "She is on sertraline 100mg at night. can the hospital prescribe it for her instead of the GP?",
    "我妈一直吃阿托伐他汀，每次20毫克，睡前一次。能不能换成40毫克的？",
    "我老公在吃二甲双胍，0.5克，一天三次。一天最多能吃多少？",
    "阿爸食緊降血壓藥，每日一粒，5毫克。可唔可以食兩粒？",
    "奶奶在吃Metformin，500毫克，一天兩次。是不是吃一顆還是兩顆比較好？",
]


@pytest.mark.parametrize("text", ANSWERED)
def test_practical_question_beside_a_told_regimen_is_answered(text):
    assert classify_scope(text).decision != REDIRECT


@pytest.mark.parametrize("text", STILL_REDIRECTED)
def test_an_ask_about_the_medicine_beside_a_told_regimen_still_redirects(text):
    assert classify_scope(text).decision == REDIRECT


# blind39 (spent): rows of the shape the writer used for its allow rows, all over-redirected before this change.
@pytest.mark.parametrize("row", rows_by_id("blind39", "scope", ["b39.scope.19", "b39.scope.20", "b39.scope.23",
                                                                 "b39.scope.24", "b39.scope.45", "b39.scope.71"]),
                         ids=lambda row: row["id"])
def test_blind39_regimen_context_rows(row):
    assert (classify_scope(row["text"]).decision == REDIRECT) == (row["label"] == "redirect")
