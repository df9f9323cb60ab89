"""The assistant every chat surface calls (HTTP API, CDS Hooks, FHIR, the Gradio UI).

One request runs the medqa pipeline in this order:
1. safety `check` over the conversation: an emergency gets the fixed emergency response and the model
   is never called; a clinical question outside scope gets the fixed redirect, also without the model;
2. retrieval grounding: the top-k knowledge-base passages of the latest question, rendered with
   `build_grounded_messages` (client-sent system messages are ignored: our system prompt governs);
3. generation on the engine, streamed (an urgent notice is streamed first);
4. `finalize` (urgent notice first, disclaimer last) and citations of passage ids that exist.
Logging is the caller's job and must go through `redact_for_log`.
"""

from collections.abc import AsyncIterator
from dataclasses import asdict, dataclass, field

from medqa.prompts import build_grounded_messages, detect_language
from medqa.safety import SafetyPipeline
from moe_core.errors import UserError
from serving.engine import SamplingParams

_ROLES = ("system", "user", "assistant")


@dataclass
class AssistantResult:
    """The final answer of one request, with what the safety layer decided and the sources cited."""

    text: str
    citations: list[dict]
    safety: dict
    urgency: str  # "emergency" | "urgent" | "none"
    blocked: bool  # True when triage or the scope guard answered without the model
    usage: dict
    finish_reason: str = "stop"
    unknown_citations: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        """JSON-ready form."""
        return asdict(self)


def _check_messages(messages) -> list[dict]:
    if isinstance(messages, str):
        messages = [{"role": "user", "content": messages}]
    if not isinstance(messages, (list, tuple)) or not messages:
        raise UserError("messages must be a non-empty list of {'role', 'content'} objects")
    checked = []
    for i, m in enumerate(messages):
        if not isinstance(m, dict) or m.get("role") not in _ROLES or not isinstance(m.get("content"), str):
            raise UserError(f"message {i} must be {{'role': 'system'|'user'|'assistant', 'content': str}}")
        checked.append({"role": m["role"], "content": m["content"]})
    if checked[-1]["role"] != "user" or not checked[-1]["content"].strip():
        raise UserError("the last message must be a non-empty user message (the question to answer)")
    return checked


class Assistant:
    """Safety-checked, retrieval-grounded generation on an engine (local or forwarding)."""

    def __init__(self, engine, index, *, locale: str = "en", emergency_number: str | None = None,
                 retrieval_k: int = 3, request_timeout_s: float | None = None, metrics=None):
        self.engine = engine
        self.index = index
        self.locale = locale
        self.emergency_number = emergency_number
        self.retrieval_k = retrieval_k
        self.request_timeout_s = request_timeout_s
        self.metrics = metrics
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

    def grounded_prompt(self, messages: list[dict]) -> tuple[str, list]:
        """The chat prompt for the model (system prompt + retrieved passages + turns) and the hits."""
        question = messages[-1]["content"]
        language = detect_language(question)
        hits = self.index.search(question, k=self.retrieval_k, language=language) if self.retrieval_k else []
        history = [m for m in messages[:-1] if m["role"] in ("user", "assistant")]
        grounded = build_grounded_messages(question, [h.passage for h in hits], history, language)
        return self.engine.render_chat(grounded), hits

    async def stream(self, messages, *, locale=None, max_tokens=256, temperature=0.0, top_p=1.0, seed=None,
                     request_id=None, stop=None) -> AsyncIterator[dict]:
        """Yield {"type": "delta", "text"} events, then one {"type": "final", "result": AssistantResult}."""
        messages = _check_messages(messages)
        pipeline = self.pipeline(locale)
        decision = pipeline.check(messages)
        report = decision.report
        if self.metrics is not None:
            self.metrics.triage.labels(level=report.urgency).inc()
        if decision.block_generation:
            text = decision.response or ""
            yield {"type": "delta", "text": text}
            yield {"type": "final", "result": AssistantResult(
                text, [], report.to_dict(), report.urgency, True, {"prompt_tokens": 0, "completion_tokens": 0})}
            return
        prompt, _hits = self.grounded_prompt(messages)
        params = SamplingParams(max_tokens=max_tokens, temperature=temperature, top_p=top_p, seed=seed,
                                stop=list(stop or []), timeout_s=self.request_timeout_s)
        sent = ""
        if report.urgency == "urgent" and report.emergency_response:
            sent = report.emergency_response + "\n\n"  # finalize() puts the same-day-care notice first
            yield {"type": "delta", "text": sent}
        answer, emitted, final_chunk = "", 0, None
        async for chunk in self.engine.generate(prompt, params, request_id=request_id):
            if chunk.finish_reason is not None:
                final_chunk = chunk
            answer += chunk.text
            # finalize() strips the answer, so stream it without leading/trailing whitespace: the deltas
            # then add up to exactly the final text.
            body = answer.lstrip()
            end = len(body.rstrip())
            if end > emitted:
                delta, emitted = body[emitted:end], end
                sent += delta
                yield {"type": "delta", "text": delta}
        final_text = pipeline.finalize(answer, report)
        if final_text.startswith(sent):
            rest = final_text[len(sent):]
            if rest:
                yield {"type": "delta", "text": rest}
        citations, unknown = self.index.citations(answer)
        usage = {"prompt_tokens": final_chunk.prompt_tokens if final_chunk else 0,
                 "completion_tokens": final_chunk.completion_tokens if final_chunk else 0}
        if self.metrics is not None:
            self.metrics.prompt_tokens.inc(usage["prompt_tokens"])
            self.metrics.completion_tokens.inc(usage["completion_tokens"])
        yield {"type": "final", "result": AssistantResult(
            final_text, [c.to_dict() for c in citations], report.to_dict(), report.urgency, False, usage,
            final_chunk.finish_reason if final_chunk else "stop", unknown)}

    async def respond(self, messages, **kwargs) -> AssistantResult:
        """The whole answer at once (same arguments as `stream`)."""
        result = None
        async for event in self.stream(messages, **kwargs):
            if event["type"] == "final":
                result = event["result"]
        return result


def build_assistant(settings, metrics=None) -> Assistant:
    """The engine (local model or upstream forwarder) and the retrieval index named by the settings."""
    from medqa.retrieval import KnowledgeIndex, bundled_index
    from serving.engine import LocalEngine, RemoteEngine

    if settings.upstream:
        from moe_core.models import load_tokenizer

        engine = RemoteEngine(settings.upstream, model_name=settings.served_model_name or settings.model,
                              tokenizer=load_tokenizer(settings.tokenizer or settings.model),
                              api_key=settings.upstream_api_key, timeout_s=settings.request_timeout_s)
    else:
        engine = LocalEngine.load(settings.model, adapter=settings.adapter, device=settings.device,
                                  dtype=settings.dtype, model_name=settings.served_model_name,
                                  max_batch_size=settings.max_batch_size, max_queue=settings.max_queue,
                                  cpu_threads=settings.cpu_threads,
                                  stream_interval_s=settings.stream_interval_ms / 1000)
    index = KnowledgeIndex.load(settings.index) if settings.index else bundled_index()
    return Assistant(engine, index, locale=settings.locale, emergency_number=settings.emergency_number,
                     retrieval_k=settings.retrieval_k, request_timeout_s=settings.request_timeout_s,
                     metrics=metrics)
