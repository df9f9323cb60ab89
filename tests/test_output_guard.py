"""Output-side safety: dosing, diagnosis and medication-change sentences; PHI the model introduced."""

import json
from importlib import resources

import pytest

from medqa.knowledge_base import load_knowledge_base
from medqa.safety.output_guard import DIAGNOSIS, DOSING, MEDICATION_CHANGE, guard_answer_sentence, redact_new_phi
from medqa.safety.scope import redirect_message
from medqa.verification import split_sentences


@pytest.mark.parametrize("sentence, language, reason", [
    ("Give your child 5 ml every 4 hours.", "en", DOSING),
    ("The dose for a 5-year-old is 10 mg.", "en", DOSING),
    ("You can take two tablets twice a day.", "en", DOSING),
    ("For a 5 year old, 2.5 mg/kg is usual.", "en", DOSING),
    ("You have an ear infection.", "en", DIAGNOSIS),
    ("This is likely shingles.", "en", DIAGNOSIS),
    ("It sounds like your son has tonsillitis.", "en", DIAGNOSIS),
    ("Stop taking your blood pressure tablets.", "en", MEDICATION_CHANGE),
    ("Double your dose tomorrow.", "en", MEDICATION_CHANGE),
    ("给孩子吃5毫升，每天三次。", "zh", DOSING),
    ("每次吃两片，一天三次。", "zh", DOSING),
    ("你得了肺炎。", "zh", DIAGNOSIS),
    ("这很可能是带状疱疹。", "zh", DIAGNOSIS),
    ("你可以停药。", "zh", MEDICATION_CHANGE),
    ("药量可以加倍。", "zh", MEDICATION_CHANGE),
])
def test_dosing_diagnosis_and_medication_change_are_caught(sentence, language, reason):
    assert guard_answer_sentence(sentence, language) == reason
    assert redirect_message(reason, language, "112")  # the reason is one the scope redirect knows


@pytest.mark.parametrize("sentence, language", [
    ("Do not take a double dose to make up for a forgotten one.", "en"),
    ("If you have a fever, rest and drink plenty of fluids.", "en"),
    ("Stop the bleeding by pressing firmly with a clean cloth.", "en"),
    ("Tell us if you have diabetes or take metformin.", "en"),
    ("It is probably best to call the ward first.", "en"),
    ("The clinic is open from 8 a.m. every day.", "en"),
    ("不要自行停药。", "zh"),
    ("如果你有发热，请多休息。", "zh"),
    ("", "en"),
])
def test_general_advice_is_not_caught(sentence, language):
    assert guard_answer_sentence(sentence, language) is None


def test_no_knowledge_base_sentence_or_reference_answer_is_caught():
    """The hospital's own passages and the reference answers must pass the guard untouched."""
    caught = [s for p in load_knowledge_base() for s in split_sentences(p.text) if guard_answer_sentence(s, p.language)]
    grounded = resources.files("medqa") / "assets" / "grounded"
    for split in ("validation", "test"):
        for line in (grounded / f"{split}.jsonl").read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            caught += [s for s in split_sentences(row["answer"]) if guard_answer_sentence(s, row["language"])]
    assert caught == []


def test_phi_the_user_did_not_write_is_redacted():
    answer = "Call Dr. Sarah Jones on 555-123-4567 about your results from 03/14/2024."
    redacted = redact_new_phi(answer, ["When will my blood test results be ready?"])
    assert "555-123-4567" not in redacted and "[PHONE]" in redacted
    assert "Sarah Jones" not in redacted
    assert "03/14/2024" not in redacted


def test_phi_the_user_wrote_is_kept():
    answer = "We will call you on 555-123-4567 to confirm."
    assert redact_new_phi(answer, ["my number is (555) 123 4567, please call"]) == answer
    zh_answer = "我们会拨打13812345678与您联系。"
    assert redact_new_phi(zh_answer, ["我的电话是138-1234-5678"]) == zh_answer
    assert "[PHONE]" in redact_new_phi(zh_answer, ["我想改约"])


def test_phi_in_the_cited_passage_is_kept():
    answer = "Call the switchboard on 020 7946 0958."
    assert redact_new_phi(answer, ["how do I book?"], ["Switchboard: 020 7946 0958, open every day."]) == answer
    assert redact_new_phi("", ["x"]) == ""
