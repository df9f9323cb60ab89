"""The answer pipeline every surface calls: safety -> retrieval -> grounded prompt -> generate -> verify.

Nothing reaches a patient that the hospital's own passages do not support. One request runs:
1. `SafetyPipeline.check` over the conversation: an emergency gets the fixed emergency response and a
   clinical request (dose, diagnosis, medication change) the fixed redirect; the model is never called;
2. retrieval of the latest question's top-k passages; when none is relevant enough to answer
   (`VerificationSettings.min_relevance`), or when the question asks a detail (an amount, a phone
   number, a clock time, a name, a numbered place, a named option) that no retrieved sentence on its
   topic can fill (`medqa.answer_slots.missing_slot`), the reply is the fixed localized "I don't have
   that information" text, again without the model;
3. generation on an `medqa.engine.Engine` (local batcher or remote server) from the grounded prompt;
4. verification (`medqa.verification`): each sentence is kept only when a retrieved passage supports it,
   with that passage's id attached; dosing / diagnosis / medication-change sentences are dropped and the
   redirect is added; when too little passes, the answer is quoted from the best passage (extractive);
   PHI in the answer that the user did not write is redacted;
5. `SafetyPipeline.finalize`: the same-day-care notice first when urgent, the disclaimer last.
Streaming shows each sentence as soon as it has passed verification. Fixed texts follow the language
of the question, and the script too: everything shown to a patient who wrote in Traditional characters is
converted to Traditional here, once for every surface (`medqa.chinese_script`), streamed sentences and the
final text alike; verification, the report's locale and the citations' quotes stay as stored (Simplified).
Logging is the caller's job and must go through `redact_for_log`.

`prepare` and `complete` split the pipeline around generation, so a batch caller (`medqa eval`) can
generate many prompts at once and still run exactly the steps the server runs.
"""

import asyncio
import contextlib
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass, replace

from medqa.answer_slots import missing_slot
from medqa.chinese_script import conversation_script, to_script
from medqa.engine import SamplingParams
from medqa.learned_gate import fitted_index
from medqa.prompts import build_grounded_messages
from medqa.protocol import AnswerResult, Citation, Turn, parse_messages
from medqa.retrieval import query_language
from medqa.safety import SafetyPipeline
from medqa.safety.output_guard import redact_new_phi
from medqa.safety.scope import redirect_message
from medqa.verification import (
    StreamingVerifier,
    Verified,
    VerificationSettings,
    no_answer,
    passage_relevances,
    sentence_support,
    split_sentences,
    verify_answer,
)


@dataclass
class Prepared:
    """A request after safety and retrieval: either answered already (`result`) or ready to generate."""

    turns: tuple[Turn, ...]
    language: str
    pipeline: SafetyPipeline
    report: object  # SafetyReport
    passages: list
    relevance: float
    messages: list[dict] | None = None  # the grounded chat for the model (None when safety answered)
    ranking: list[float] | None = None  # retrieval scores of `passages` (None when the caller fixed them)
    result: AnswerResult | None = None  # set when safety or a missing passage answers without the model
    script: str | None = None  # "zh-Hant" when the reply is shown in Traditional characters (see `shown`)
    region: str | None = None  # the locale's region: Hong Kong / Taiwan conventions for HK, MO, TW

    def shown(self, text: str) -> str:
        """A text of the reply as the patient sees it: in the script they wrote (a no-op for Simplified, English)."""
        return to_script(text, self.script, self.region)

    @property
    def question(self) -> str:
        """The latest user message."""
        return self.turns[-1].content

    @property
    def user_texts(self) -> list[str]:
        """Everything the user wrote in this conversation (their own PHI may be repeated back)."""
        return [t.content for t in self.turns if t.role == "user"]

    @property
    def source_texts(self) -> list[str]:
        """The retrieved passages' texts (a department's phone number there is the hospital's, not PHI)."""
        return [p.text for p in self.passages]


class Assistant:
    """Safety-checked, retrieval-grounded, verified answers from an engine (local or forwarding).

    The engine is only used by `stream` / `respond` (and for `model_name`); a batch caller that generates
    itself drives `prepare` and `complete`."""

    def __init__(self, engine, index, *, locale: str = "en", emergency_number: str | None = None,
                 retrieval_k: int = 3, request_timeout_s: float | None = None,
                 verification: VerificationSettings | None = None):
        self.engine = engine
        self.index = index
        self.locale = locale
        self.emergency_number = emergency_number
        self.retrieval_k = retrieval_k
        self.request_timeout_s = request_timeout_s
        self.verification = verification or VerificationSettings()
        if self.verification.learned_gate and not fitted_index(index):
            # the learned look reads retrieval scores on the scale of the index it was fitted on (`medqa.learned_gate`)
            self.verification = replace(self.verification, learned_gate=False)
        self._pipelines: dict[str, SafetyPipeline] = {}
        self.pipeline(locale)  # an unknown configured locale fails at start-up, not on the first patient

    @property
    def model_name(self) -> str:
        """The served model's name."""
        return self.engine.model_name

    def pipeline(self, locale: str | None = None) -> SafetyPipeline:
        """The safety pipeline of a locale (cached)."""
        locale = locale or self.locale
        if locale not in self._pipelines:
            self._pipelines[locale] = SafetyPipeline(locale, self.emergency_number)
        return self._pipelines[locale]

    def redact_for_log(self, text: str) -> str:
        """PHI replaced by [KIND] tokens: the only form of user or model text that may be logged."""
        return self.pipeline().redact_for_log(text)

    def retrieve(self, question: str, language: str) -> list:
        """The top-k passages for a question (empty when retrieval is switched off)."""
        return [h.passage for h in self.retrieve_hits(question, language)]

    def retrieve_hits(self, question: str, language: str) -> list:
        """The top-k retrieval hits (passage, score, rank) for a question (empty when retrieval is switched off)."""
        if not self.retrieval_k:
            return []
        return self.index.search(question, k=self.retrieval_k, language=language)

    def prepare(self, messages, *, locale: str | None = None, passages: Sequence | None = None) -> Prepared:
        """Safety check and retrieval; the grounded chat to generate from, or the answer given without the model.

        `passages` replaces retrieval (evaluation of fixed passage sets)."""
        turns = parse_messages(messages)
        question = turns[-1].content
        # Chinese mixed with typed pinyin ("zai na li yu yue gua hao？医院app可以吗") is Chinese, though Latin letters outnumber it.
        language = query_language(question)
        pipeline = self.pipeline(locale)
        decision = pipeline.check(turns, language=language)
        report = decision.report
        passages = list(passages) if passages is not None else []
        prepared = Prepared(turns, language, pipeline, report, passages, 0.0)
        if language == "zh":
            prepared.script = conversation_script(prepared.user_texts)
            prepared.region = pipeline.info.region
        if decision.block_generation:
            mode = "emergency" if report.urgency == "emergency" else "redirect"
            prepared.result = AnswerResult(prepared.shown(decision.response or ""), mode, [],
                                           self._safety_shown(prepared), None, report.urgency, True)
            return prepared
        if not prepared.passages:
            hits = self.retrieve_hits(question, language)
            prepared.passages, prepared.ranking = [h.passage for h in hits], [h.score for h in hits]
        history = [t.to_dict() for t in turns[:-1] if t.role in ("user", "assistant")]
        # Built even when no model call follows, so an evaluation can still compare what the raw model says.
        prepared.messages = build_grounded_messages(question, prepared.passages, history, language)
        # The assistant's own settings, as the StreamingVerifier's gate uses them (a server without MiniLM, or with the
        # question scope off, must refuse here exactly what the verifier would).
        prepared.relevance = max(passage_relevances(question, prepared.passages, language, self.verification,
                                                    prepared.ranking or None), default=0.0)
        # A question asking a detail (a price, a phone number, a clock time ...) no retrieved passage can fill is not
        # answered from a passage about the topic (`medqa.answer_slots`); checked before generation, so nothing streams.
        if prepared.relevance < self.verification.min_relevance or missing_slot(question, prepared.passages, language):
            verified = no_answer(language)
            verified.relevance = prepared.relevance
            prepared.result = self._result(prepared, verified, verified.text)
        return prepared

    def complete(self, prepared: Prepared, raw_text: str, usage: dict | None = None,
                 finish_reason: str = "stop") -> AnswerResult:
        """Verify a generated answer and finalize it (the non-streaming path)."""
        if prepared.result is not None:
            return prepared.result
        verified = verify_answer(prepared.question, raw_text, prepared.passages, prepared.language, self.verification,
                                 ranking=prepared.ranking)
        shown = redact_new_phi(verified.text, prepared.user_texts, prepared.source_texts)
        return self._result(prepared, verified, shown, usage, finish_reason, raw_text)

    def _result(self, prepared: Prepared, verified: Verified, shown: str, usage=None, finish_reason="stop",
                raw_text: str = "", *, convert: bool = True) -> AnswerResult:
        """The finalized result; its text in the patient's script unless `convert` is False (`stream` converts)."""
        report = prepared.report
        text = shown
        if getattr(verified, "redirect_reason", None):
            redirect = redirect_message(verified.redirect_reason, prepared.language, prepared.pipeline.info.emergency_number)
            text = f"{text}\n\n{redirect}" if text.strip() else redirect
        text = prepared.pipeline.finalize(text, report)
        return AnswerResult(prepared.shown(text) if convert else text, verified.mode, self._citations(verified, prepared),
                            self._safety_shown(prepared), verified.to_dict(), report.urgency, False,
                            usage or {"prompt_tokens": 0, "completion_tokens": 0}, finish_reason, raw_text)

    @staticmethod
    def _safety_shown(prepared: Prepared) -> dict:
        """The safety report, its fixed texts (emergency response, disclaimer) as shown; the locale unchanged."""
        safety = prepared.report.to_dict()
        for key in ("emergency_response", "disclaimer"):
            if safety.get(key):
                safety[key] = prepared.shown(safety[key])
        return safety

    def _citations(self, verified: Verified, prepared: Prepared) -> list[Citation]:
        by_id = {p.id: p for p in prepared.passages}
        citations = []
        for pid in verified.citations:
            passage = by_id.get(pid) or self.index.by_id.get(pid)
            if passage is None:
                continue
            said = [s.text for s in verified.sentences if s.passage_id == pid]
            citations.append(Citation(passage.id, passage.title, passage.source,
                                      supporting_quote(said, passage, prepared.language)))
        return citations

    async def stream(self, messages, *, locale=None, max_tokens=256, temperature=0.0, top_p=1.0, seed=None,
                     request_id=None, stop=None, passages=None) -> AsyncIterator[dict]:
        """Yield {"type": "delta", "text"} events as sentences pass verification, then {"type": "final", "result"}."""
        # Retrieval and the relevance check embed text on the CPU: off the event loop, so other streams keep flowing.
        prepared = await asyncio.to_thread(self.prepare, messages, locale=locale, passages=passages)
        if prepared.result is not None:
            yield {"type": "delta", "text": prepared.result.text}
            yield {"type": "final", "result": prepared.result}
            return
        report = prepared.report
        params = SamplingParams(max_tokens=max_tokens, temperature=temperature, top_p=top_p, seed=seed,
                                stop=list(stop or []), timeout_s=self.request_timeout_s)
        # `sent` is what the patient has seen (in their script), `sent_source` the same text before conversion.
        sent = sent_source = ""
        if report.urgency == "urgent" and report.emergency_response:
            sent_source = report.emergency_response + "\n\n"  # finalize() puts the same-day-care notice first
            sent = prepared.shown(sent_source)
            yield {"type": "delta", "text": sent}
        verifier = StreamingVerifier(prepared.question, prepared.passages, prepared.language, self.verification,
                                     ranking=prepared.ranking)
        raw, shown, final_chunk = "", "", None
        prompt = self.engine.render_chat(prepared.messages)
        async with contextlib.aclosing(self.engine.generate(prompt, params, request_id=request_id)) as chunks:
            async for chunk in chunks:
                if chunk.finish_reason is not None:
                    final_chunk = chunk
                raw += chunk.text
                for piece in verifier.feed(chunk.text):
                    piece = redact_new_phi(piece, prepared.user_texts, prepared.source_texts)
                    shown += piece
                    sent_source += piece
                    piece = prepared.shown(piece)
                    sent += piece
                    yield {"type": "delta", "text": piece}
                if verifier.hopeless:
                    # Two sentences in and nothing verifiable: the answer will be quoted from the passage (or be
                    # a don't-know) whatever comes next, so stop generating and answer now.
                    break
        verified, rest = verifier.finish()
        shown += redact_new_phi(rest, prepared.user_texts, prepared.source_texts)
        usage = {"prompt_tokens": final_chunk.prompt_tokens if final_chunk else 0,
                 "completion_tokens": final_chunk.completion_tokens if final_chunk else 0}
        result = self._result(prepared, verified, shown, usage,
                              final_chunk.finish_reason if final_chunk else "stop", raw, convert=False)
        # Everything not yet sent (the rest of the answer, a redirect, the disclaimer) goes in one last delta,
        # so the deltas always add up to the final text. The rest is converted on its own and appended to what was
        # sent: conversion works between punctuation, so this equals converting the whole text (as `complete` does).
        if result.text.startswith(sent_source):
            result.text = sent + prepared.shown(result.text[len(sent_source):])
            if result.text[len(sent):]:
                yield {"type": "delta", "text": result.text[len(sent):]}
        else:  # cannot happen by construction; never show a text that differs from the final one silently
            result.text = prepared.shown(result.text)
            yield {"type": "delta", "text": "\n\n" + result.text}
        yield {"type": "final", "result": result}

    async def respond(self, messages, **kwargs) -> AnswerResult:
        """The whole answer at once (same arguments as `stream`)."""
        result = None
        async for event in self.stream(messages, **kwargs):
            if event["type"] == "final":
                result = event["result"]
        return result


def supporting_quote(sentences: list[str], passage, language: str, max_chars: int = 300) -> str:
    """The passage sentence that best supports what the answer said from it (the passage's first sentence if none)."""
    candidates = split_sentences(passage.text) or [passage.text]
    if not sentences:
        return candidates[0][:max_chars]
    best = max(candidates, key=lambda c: max(sentence_support(s, {"id": passage.id, "title": passage.title, "text": c},
                                                              language) for s in sentences))
    return best[:max_chars]


def build_assistant(engine, index, settings) -> Assistant:
    """An Assistant from serve settings (locale, emergency number, retrieval k, timeout, verification thresholds)."""
    return Assistant(engine, index, locale=settings.locale, emergency_number=settings.emergency_number,
                     retrieval_k=settings.retrieval_k, request_timeout_s=settings.request_timeout_s,
                     verification=settings.verification)
