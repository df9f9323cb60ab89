"""Gate round 29: a copy sent by email is one provided electronically, and the English "halfway" weights of round 28.

1. "Can I get a copy of my scan report emailed to me?" got the don't-know answer: without "emailed to me" the question
   passes the gate on the medical-records passage, but "email" is a unit that passage lacks (it says records "can
   usually be provided electronically"), so asking for the copy by email lowered the gate's recall below the threshold.
   The verb forms of email and the words for a file copy (pdf, digital / soft / electronic copy) now read as
   "electronically" (`medqa.retrieval_synonyms.EN_LAY_TERMS`); "by email" and "email address" (how to contact) do not.
   The extractive fallback chooses its sentences on that reading too, so it quotes the sentence that answers.
2. The round-28 English answerability weights (`en`, `en_lexical`, `en_scoped`, halfway to the round-25 refit) had no
   test of their own: the knowledge base's own questions below pass the gate against their own passage under them and
   were refused under the round-24 weights, so a revert fails here. Decisions are pinned, not numbers.
"""

import pytest

from medqa import verification as V
from medqa.knowledge_base import load_knowledge_base
from medqa.retrieval import bundled_index
from medqa.retrieval_synonyms import expand_query

KB = {p.id: p for p in load_knowledge_base()}
THRESHOLD = V.VerificationSettings().min_relevance


# --- 1. email / electronic copy ----------------------------------------------------------------------------------
@pytest.mark.parametrize("question", [
    "Can I get a copy of my scan report emailed to me?",
    "Could you e-mail me the letter?",
    "Can I have my notes as a PDF?",
    "Is a digital copy possible?",
    "Do you do soft copy of results?",
    "Is there an electronic version?",
])
def test_a_copy_by_email_or_as_a_file_reads_as_electronically(question):
    assert expand_query(question, "en").endswith("electronically")
    assert "electronically" in V.gate_reading(question, "en")


@pytest.mark.parametrize("question", [
    "Can I book my appointment by email?",
    "Is there an email address for the pharmacy?",
    "Can I get my records electronically?",  # already the passage's word
])
def test_contact_by_email_is_not_expanded(question):
    assert "electronically" not in expand_query(question, "en").removeprefix(question)


def test_scan_report_by_email_is_answered_from_the_records_passage():
    question = "Can I get a copy of my scan report emailed to me?"
    hits = bundled_index().search(question, k=3, language="en")
    assert hits[0].passage.id == "kb-en-records_billing-001"
    assert V.answerability_score(question, hits[0].passage, "en") >= THRESHOLD


def test_the_extractive_answer_quotes_the_sentence_on_electronic_copies():
    # extractive sentences are chosen on the question read with its lay terms (round 29): "emailed" meets
    # "electronically", so the sentence that answers is among the four quoted
    question = "Can I get a copy of my scan report emailed to me?"
    hits = bundled_index().search(question, k=3, language="en")
    verified = V.extractive_answer(question, [h.passage for h in hits], "en", ranking=[h.score for h in hits])
    assert verified.citations == ["kb-en-records_billing-001"]
    assert any("provided electronically" in s.text for s in verified.sentences)


# --- 2. the round-28 English weights ----------------------------------------------------------------------------
# Stored KB questions (medqa/assets/kb/questions_en.jsonl: question or paraphrase) and their own passage; with MiniLM
# and the question scope (the served gate, "en_scoped") each scores 0.51-0.53 now and 0.46-0.50 under round 24.
HALFWAY_PASSES = [
    ("how early do i need to get there", "kb-en-appointments-005"),  # q-en-0005
    ("I get nervous at the doctor and forget things, is it ok to have a friend with me?", "kb-en-appointments-011"),
    ("My daughter has a runny nose but really wants to see her granddad on the ward", "kb-en-visiting-002"),
    ("will my boss find out what i was in hospital for", "kb-en-records_billing-012"),  # q-en-0072
]
# Round 24's English weights, only to show that the pins above tell the two apart (never shipped again).
ROUND24_EN = {
    "en": (-5.675964, 1.373811, -0.282122, 1.171724, -0.201374, 1.928384,
           1.176058, 1.373811, 1.409646, 6.503649, 0.000000),
    "en_lexical": (-2.744156, 1.847333, 0.241243, 1.478448, -0.270737, 2.732727,
                   1.586913, 1.847333, 1.584414, 0.000000, 0.000000),
    "en_scoped": (-7.016479, 1.364652, -0.023632, 1.192578, -0.304351, 1.548151,
                  1.027593, 1.364652, 1.422557, 5.847736, 3.805862),
}


def _passes(question: str, pid: str) -> bool:
    return V.answerability_score(question, KB[pid], "en") >= THRESHOLD


@pytest.mark.parametrize("question, pid", HALFWAY_PASSES)
def test_kb_questions_pass_the_gate_under_the_halfway_weights(question, pid):
    assert V.answerability_model("en", V.VerificationSettings(), scoped=True) == "en_scoped"
    assert _passes(question, pid)


# Without MiniLM ("en_lexical") no stored KB wording changes decision; a built wording of KB question q-en-0018
# (medqa/assets/grounded/gate_tuning_built.jsonl, label 1) does: 0.511 now, 0.499 under round 24.
LEXICAL = V.VerificationSettings(use_embeddings=False)
LEXICAL_PASS = ("the big magnet scan how long take", "kb-en-test_preparation-006")


def test_built_kb_wording_passes_the_lexical_gate_under_the_halfway_weights():
    assert V.answerability_model("en", LEXICAL) == "en_lexical"
    question, pid = LEXICAL_PASS
    assert V.answerability_score(question, KB[pid], "en", LEXICAL) >= THRESHOLD


# MiniLM without the question scope ("en": passages the scope model does not cover), stored KB question q-en-0038:
# 0.513 now, 0.477 under round 24.
UNSCOPED = V.VerificationSettings(question_scope=False)
UNSCOPED_PASS = ("What are the recommendations for safe medicine storage in the home?", "kb-en-medications-002")


def test_kb_question_passes_the_unscoped_gate_under_the_halfway_weights():
    assert V.answerability_model("en", UNSCOPED, scoped=False) == "en"
    question, pid = UNSCOPED_PASS
    assert V.answerability_score(question, KB[pid], "en", UNSCOPED) >= THRESHOLD


def test_the_pins_tell_the_round24_weights_apart(monkeypatch):
    monkeypatch.setattr(V, "ANSWERABILITY_WEIGHTS", {**V.ANSWERABILITY_WEIGHTS, **ROUND24_EN})
    assert not any(_passes(question, pid) for question, pid in HALFWAY_PASSES)
    # LEXICAL_PASS no longer tells them apart: since G40 the gate reads "magnet scan" with the MRI passage's words
    # added (retrieval_synonyms' lay families), so it scores far above the threshold under either weights.
    question, pid = UNSCOPED_PASS
    assert V.answerability_score(question, KB[pid], "en", UNSCOPED) < THRESHOLD


@pytest.mark.parametrize("question, pid, passes", [
    ("How do I book an outpatient appointment?", "kb-en-appointments-001", True),
    ("Is there a hotel near the hospital?", "kb-en-appointments-001", False),
])
def test_clear_decisions_are_the_same_under_both(monkeypatch, question, pid, passes):
    assert _passes(question, pid) is passes
    monkeypatch.setattr(V, "ANSWERABILITY_WEIGHTS", {**V.ANSWERABILITY_WEIGHTS, **ROUND24_EN})
    assert _passes(question, pid) is passes
