"""The don't-know gate on diluted and informal messages (issue #12): PHI, greetings and text-speak leave the gate's
reading, and a message asking several things is read one question at a time.

The probe list (tests/fixtures/gate_round12_probes.jsonl) was written from the bundled passages before any
measurement: per language, 22 answerable questions in each style (several questions in one message; PHI and
greetings around the question; English text-speak; Chinese Cantonese, net slang and dialect) and 12 out-of-scope
ones in the same styles."""

import json
from collections import defaultdict
from pathlib import Path

import pytest

from medqa import verification as V
from medqa.retrieval import bundled_index

PROBES = Path(__file__).parent / "fixtures" / "gate_round12_probes.jsonl"


def _gate(question: str, language: str) -> float:
    """The best gate score over the passages the bundled index retrieves (k=3), as the assistant computes it."""
    passages = [h.passage for h in bundled_index().search(question, k=3, language=language)]
    return max(V.answerability_score(question, p, language) for p in passages)


def _passes(question: str, language: str) -> bool:
    return _gate(question, language) >= V.VerificationSettings().min_relevance


@pytest.mark.parametrize("question, language, reading", [
    ("Hi, I'm John Smith, MRN 1234567, how do I get my records?", "en", "how do I get my records?"),
    ("Dear team, I am Emily Clark (DOB 04/05/1990). What should I bring to my outpatient appointment? Kind regards, Emily",
     "en", "What should I bring to my outpatient appointment?"),
    ("I'm David Lee, born 1 June 1975, MRN 55443322. Can I drink water before my fasting blood test?", "en",
     "Can I drink water before my fasting blood test?"),
    ("我是张伟，病历号A1234567，怎么复印病历？", "zh", "怎么复印病历？"),
    ("您好，我叫罗娟，住院号20239876，ICU探视有什么规定？麻烦了", "zh", "ICU探视有什么规定？"),
    ("我是赵磊，1985年3月2日出生，长期吃降压药，能开长期处方吗？", "zh", "长期吃降压药，能开长期处方吗？"),
])
def test_phi_greetings_and_introductions_leave_the_gate_s_reading(question, language, reading):
    assert V.gate_text(question, language) == reading


@pytest.mark.parametrize("question", [
    "Can I visit on 25 December?",  # a date asked about is not a date of birth
    "my 2 month old feels hot and has 38.2",
    "Is your MRI scanner 1.5 tesla or 3 tesla?",
    "How do I book an outpatient appointment?",
])
def test_a_plain_question_is_read_as_written(question):
    assert V.gate_text(question, "en") == question


@pytest.mark.parametrize("question, reading", [
    ("need 2 move my appt to next wk", "need to move my appointment to next week"),
    ("wat r the visiting hrs", "what are the visiting hours"),
    ("can i drink water b4 my blood test tmrw", "can i drink water before my blood test tomorrow"),
    ("need a sick note 4 work after my op", "need a sick note for work after my op"),
    # numbers that count or name a place stay numbers
    ("can i bring 2 kids to ward 4 tmrw", "can i bring 2 kids to ward 4 tomorrow"),
    ("forgot my pill this morning should i take 2 now", "forgot my pill this morning should i take 2 now"),
])
def test_text_speak_is_spelled_out(question, reading):
    assert V.gate_text(question, "en") == reading


def test_asking_clauses_are_the_questions_a_message_asks():
    assert V.asking_clauses("探病時間係幾點？一次可以幾多個人入去？", "zh") == ("探病時間係幾點？", "一次可以幾多個人入去？")
    assert V.asking_clauses("What are the visiting hours and how many people can visit at once?", "en") == (
        "What are the visiting hours", "how many people can visit at once?")
    # context around one question is not a second question
    assert len(V.asking_clauses("My mum is on ward 7. What are the visiting hours?", "en")) == 1
    assert len(V.asking_clauses("我妈妈住在7病区。探视时间是几点？", "zh")) == 1


@pytest.mark.parametrize("question, language", [
    ("Hi, I'm John Smith, MRN 1234567, how do I get my records?", "en"),
    ("need 2 move my appt to next wk", "en"),
    # The second question is an elliptical follow-up ("how many can go in?") that names no topic of its own: alone it
    # scores -2.2 against the visiting-hours passage, so neither the whole message nor the mean of its questions
    # passes; a max over the questions would, at the price of ~2 in 10 more two-question out-of-scope messages.
    pytest.param("探病時間係幾點？一次可以幾多個人入去？", "zh", marks=pytest.mark.xfail(
        strict=True, reason="an elliptical follow-up question carries no topic words of its own")),
    ("探视时间是几点？一次可以几个人探视？", "zh"),
])
def test_the_reviewer_s_diluted_questions_pass(question, language):
    assert _passes(question, language)


def test_a_message_carrying_phi_scores_as_its_plain_question():
    plain = _gate("How do I get my records?", "en")
    assert _gate("Hi, I'm John Smith, MRN 1234567, how do I get my records?", "en") == pytest.approx(plain, abs=0.02)
    plain = _gate("Is there a hotel near the hospital?", "en")
    assert _gate("Hi, I'm John Smith, MRN 1234567. Is there a hotel near the hospital?", "en") == pytest.approx(plain, abs=0.02)


@pytest.mark.parametrize("question, language", [
    ("醫院附近有冇平啲嘅酒店？食堂今天有什么菜？", "zh"),
    ("Hello, my name is Sarah Jones, DOB 12/03/1981. What's on the canteen menu today?", "en"),
    ("r u hiring nurses atm", "en"),
    # The plain question already passes the gate (0.51): PHI and text-speak had hidden a gate miss, not caused one.
    pytest.param("is there a hotel near ur hosp", "en", marks=pytest.mark.xfail(
        strict=True, reason="'Is there a hotel near the hospital?' itself passes the gate")),
])
def test_their_out_of_scope_counterparts_are_still_refused(question, language):
    assert not _passes(question, language)


def _probe_rates() -> dict[tuple[str, str, bool], float]:
    """(language, style, answerable) -> share passing the gate (answerable) or refused (out of scope)."""
    outcomes = defaultdict(list)
    for line in PROBES.read_text(encoding="utf-8").splitlines():
        probe = json.loads(line)
        passed = _passes(probe["question"], probe["language"])
        outcomes[(probe["language"], probe["style"], probe["answerable"])].append(passed == probe["answerable"])
    return {key: sum(values) / len(values) for key, values in outcomes.items()}


# Measured when the list was written, before -> after this round (HEAD weights, retrieval round 12): answerable
# passing en multi 1.000 -> 1.000, PHI 0.818 -> 1.000, text-speak 0.773 -> 0.955; zh multi 0.955, PHI 1.000, informal
# 0.818 unchanged; out-of-scope refused en PHI 1.000 -> 0.833, text-speak 0.833 -> 0.667, zh PHI 1.000 -> 0.917 (their
# plain questions already passed), the rest unchanged (en multi 0.917, zh multi 0.917, informal 0.833). The floors are the after figures: a change must not lose a probe.
FLOORS = {
    ("en", "multi", True): 1.0, ("en", "phi", True): 1.0, ("en", "textspeak", True): 0.95,
    ("zh", "multi", True): 0.95, ("zh", "phi", True): 1.0, ("zh", "informal", True): 0.81,
    ("en", "multi", False): 0.91, ("en", "phi", False): 0.83, ("en", "textspeak", False): 0.66,
    ("zh", "multi", False): 0.91, ("zh", "phi", False): 0.91, ("zh", "informal", False): 0.83,
}


@pytest.mark.slow
def test_probe_lists_keep_their_measured_rates():
    """Answerable probes passing and out-of-scope probes refused, per language and style, at least as measured."""
    rates = _probe_rates()
    assert rates.keys() == FLOORS.keys()
    for key, value in rates.items():
        assert value >= FLOORS[key], (key, value)
