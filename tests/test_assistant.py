"""The answer pipeline (medqa.assistant): nothing reaches a patient that a retrieved passage does not support.

Most tests drive the pipeline with a scripted engine (a stand-in for the model that says exactly what a
test needs it to say, including hallucinations), so each verification rule is pinned; the last ones use
the real shipped seed model.
"""

import asyncio
import json

import pytest

from medqa.assistant import Assistant
from medqa.engine import Engine, GenerationChunk
from medqa.knowledge_base import load_knowledge_base
from medqa.retrieval import KnowledgeIndex


class ScriptedEngine:
    """An Engine that streams a fixed answer word by word and records what it was asked."""

    model_name = "scripted"

    def __init__(self, answer: str):
        self.answer = answer
        self.prompts: list[str] = []
        self.chunks_sent = 0

    def render_chat(self, messages):
        return "\n".join(f"{m['role']}: {m['content']}" for m in messages) + "\nassistant:"

    def encode(self, prompt):
        return list(range(len(prompt.split())))

    async def generate(self, prompt, params, request_id=None):
        self.prompts.append(prompt)
        words = self.answer.split(" ")
        for i, word in enumerate(words):
            self.chunks_sent += 1
            await asyncio.sleep(0)
            last = i == len(words) - 1
            yield GenerationChunk((" " if i else "") + word, "stop" if last else None,
                                  prompt_tokens=11 if last else 0, completion_tokens=len(words) if last else 0)

    async def score(self, prompt, top_logprobs=1):
        raise NotImplementedError


@pytest.fixture(scope="module")
def index():
    return KnowledgeIndex(load_knowledge_base(), use_embeddings=False)


def run(assistant, question, **kwargs):
    """(deltas, final result, engine chunks produced when the first delta arrived)."""
    async def collect():
        deltas, first_at, result = [], None, None
        async for event in assistant.stream(question, **kwargs):
            if event["type"] == "delta":
                if first_at is None and event["text"].strip():
                    first_at = assistant.engine.chunks_sent
                deltas.append(event["text"])
            else:
                result = event["result"]
        return deltas, result, first_at

    return asyncio.run(collect())


BOOKING = ("You can book most outpatient appointments through the patient portal, by calling the appointments "
           "line through the hospital switchboard, or in person at the outpatient reception desk.")


def test_scripted_engine_satisfies_the_engine_protocol():
    assert isinstance(ScriptedEngine("x"), Engine)


def test_supported_sentence_is_kept_with_its_passage_and_a_hallucination_is_dropped(index):
    engine = ScriptedEngine(f"{BOOKING} [kb-en-appointments-001] The hospital also offers free helicopter rides "
                            f"to every patient on Sundays. [kb-en-fake-999]")
    deltas, result, _ = run(Assistant(engine, index), "How do I book an outpatient appointment?")
    assert result.mode == "generated"
    assert "patient portal" in result.text and "helicopter" not in result.text
    assert "[kb-en-appointments-001]" in result.text and "kb-en-fake-999" not in result.text
    assert result.citation_ids == ["kb-en-appointments-001"]
    assert "".join(deltas) == result.text
    verification = result.verification
    assert [s["passage_id"] for s in verification["sentences"]] == ["kb-en-appointments-001"]
    assert any("helicopter" in d["text"] for d in verification["dropped"])
    assert "kb-en-fake-999" in verification["dropped_citations"]
    assert result.citations[0].title == "Booking an outpatient appointment"
    assert result.citations[0].quote and result.citations[0].quote in index.by_id["kb-en-appointments-001"].text
    assert "helicopter" in result.raw_text  # kept for evaluation, never shown


def test_a_verified_sentence_streams_before_the_model_finishes(index):
    engine = ScriptedEngine(f"{BOOKING} [kb-en-appointments-001] " + BOOKING.replace("You can", "Patients can"))
    deltas, result, first_at = run(Assistant(engine, index), "How do I book an outpatient appointment?")
    words = len(engine.answer.split(" "))
    assert first_at is not None and first_at < words, "the first sentence waited for the whole answer"
    assert "".join(deltas) == result.text


def test_garbled_answer_falls_back_to_quoting_the_passage(index):
    engine = ScriptedEngine("they may prefer a community for written instructionsed only two working days, "
                            "confidential. Never visits may make one [kb-en-medications-007]")
    _, result, _ = run(Assistant(engine, index), "How do I book an outpatient appointment?")
    assert result.mode == "extractive"
    assert result.citation_ids and result.citation_ids[0] == "kb-en-appointments-001"
    body = result.text.split("[kb-en-appointments-001]")[0]
    assert body.strip() and body.strip().rstrip(".") in index.by_id["kb-en-appointments-001"].text
    assert "instructionsed" not in result.text


@pytest.mark.parametrize("question, language", [
    ("Do you have a helipad for private helicopters?", "en"),
    ("医院有直升机停机坪吗？", "zh"),
])
def test_question_no_passage_answers_gets_fixed_dont_know_without_the_model(index, question, language):
    engine = ScriptedEngine("Yes, on the roof. [kb-en-visiting-001]")
    _, result, _ = run(Assistant(engine, index), question)
    assert result.mode == "no_answer" and result.citations == []
    assert engine.prompts == [], "the model was asked although no passage answers the question"
    if language == "zh":
        assert "抱歉" in result.text and result.safety["locale"].startswith("zh")
    else:
        assert "don't have" in result.text


def test_emergency_and_dose_requests_never_reach_the_model(index):
    engine = ScriptedEngine("anything")
    assistant = Assistant(engine, index)
    _, emergency, _ = run(assistant, "my dad has crushing chest pain and is sweating")
    assert emergency.mode == "emergency" and emergency.blocked and "911" in emergency.text
    _, dose, _ = run(assistant, "what dose of ibuprofen should I give my child?")
    assert dose.mode == "redirect" and dose.blocked and dose.urgency == "none"
    assert engine.prompts == []


def test_dosing_sentence_in_the_answer_is_replaced_by_the_redirect(index):
    engine = ScriptedEngine("You should give your child 10 mg every 4 hours. [kb-en-medications-011]")
    _, result, _ = run(Assistant(engine, index), "How should I store medicines at home?")
    assert "10 mg" not in result.text
    assert result.verification["dropped"] and result.verification["dropped"][0]["reason"] == "out_of_scope"
    assert "pharmacist" in result.text or "doctor" in result.text


def test_phi_the_model_introduces_is_redacted_and_the_users_own_is_kept(index):
    question = "I'm Maria Lopez, how do I book an outpatient appointment?"
    addressed = BOOKING.replace("You can", "{name}, you can") + " [kb-en-appointments-001]"
    _, own, _ = run(Assistant(ScriptedEngine(addressed.format(name="Maria Lopez")), index), question)
    assert own.mode == "generated" and own.text.startswith("Maria Lopez, you can book")
    _, other, _ = run(Assistant(ScriptedEngine(addressed.format(name="Harold Finch")), index), question)
    assert other.mode == "generated" and "Harold Finch" not in other.text
    assert other.text.startswith("[NAME], you can book")


def test_chinese_question_gets_chinese_fixed_texts_and_locale(index):
    engine = ScriptedEngine("随便")
    _, result, _ = run(Assistant(engine, index, locale="en-US"), "我胸口剧痛，喘不上气")
    assert result.mode == "emergency"
    assert "请" in result.text and "call" not in result.text.lower()
    assert result.safety["locale"] == "zh-US"


def test_chinese_mixed_with_typed_pinyin_is_answered_in_chinese_from_chinese_passages(index):
    # Latin letters outnumber the characters, but they are pinyin: a Chinese reader, Chinese passages.
    question = "zai na li yu yue gua hao？医院app可以吗"
    prepared = Assistant(ScriptedEngine("随便"), index).prepare([{"role": "user", "content": question}])
    assert prepared.language == "zh"
    assert prepared.passages and all(p.language == "zh" for p in prepared.passages)
    _, result, _ = run(Assistant(ScriptedEngine("随便"), index, locale="en-US"), question)
    assert result.safety["locale"] == "zh-US"


def test_medqa_extension_round_trips_through_the_wire_model(index):
    from medqa.chat_client import answer_from_response

    engine = ScriptedEngine(f"{BOOKING} [kb-en-appointments-001]")
    _, result, _ = run(Assistant(engine, index), "How do I book an outpatient appointment?")
    body = {"id": "x", "object": "chat.completion", "created": 0, "model": "m",
            "choices": [{"index": 0, "message": {"role": "assistant", "content": result.text}, "finish_reason": "stop"}],
            "usage": {}, "medqa": json.loads(json.dumps(result.medqa_extension()))}
    parsed = answer_from_response(body)
    assert parsed.mode == result.mode and parsed.citation_ids == result.citation_ids
    assert parsed.safety == result.safety and parsed.verification == result.verification


@pytest.mark.slow
def test_a_passage_added_after_training_is_answered_and_cited(tmp_path):
    """`medqa index` over a hospital's own new document: the served seed answers from it, citing it."""
    from serving.cli import main
    from serving.engine import LocalEngine

    docs = tmp_path / "docs.jsonl"
    docs.write_text(json.dumps({
        "id": "kb-en-hearing_loop-001", "title": "Hearing loops at the eye clinic reception", "language": "en",
        "text": ("The eye clinic reception desk has a hearing loop for visitors who use hearing aids. Switch your "
                 "hearing aid to the T setting when you reach the desk. Staff can also book a sign language "
                 "interpreter for your eye clinic appointment if you ask at least three days before."),
    }) + "\n", encoding="utf-8")
    assert main(["index", str(docs), "--out", str(tmp_path / "index")]) == 0
    index = KnowledgeIndex.load(tmp_path / "index", use_embeddings=False)
    engine = LocalEngine.load("medqa/assets/seed", device="cpu", max_batch_size=2)
    try:
        result = asyncio.run(Assistant(engine, index).respond(
            "Does the eye clinic reception have a hearing loop for my hearing aid?", max_tokens=48))
    finally:
        engine.shutdown()
    assert result.mode in ("generated", "extractive")
    assert result.citation_ids == ["kb-en-hearing_loop-001"]
    assert "hearing loop" in result.text.lower()
