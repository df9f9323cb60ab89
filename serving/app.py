"""The HTTP API: OpenAI-compatible chat and completions, CDS Hooks, FHIR, probes and metrics.

Every route but `/health` and `/ready` needs `Authorization: Bearer <key>` with the route's scope
(chat: /v1/*, cds: /cds-services*, fhir: /fhir/*, admin: /metrics and everything). Errors are
`{"error": {"message", "type", "param", "code"}}` everywhere except under /fhir, where they are a FHIR
`OperationOutcome` (what FHIR clients parse).

`/v1/chat/completions` runs the full medqa pipeline (safety triage, retrieval grounding, disclaimer,
citations) and adds `"medqa": {"safety", "citations", "urgency", "blocked"}` to the response (and to
the final stream chunk). `/v1/completions` is a raw completion with no safety wrapping: it exists to
score and sample text for evaluation harnesses (lm-eval `local-completions`), where wrapping the text
would change the very log-likelihoods being measured. It is still authenticated, rate limited and
audited, and its text is logged only redacted and only if `log_text` is on.
"""

import asyncio
import importlib.util
import json
import logging
import time
import uuid
from typing import Annotated, Literal

from fastapi import Depends, FastAPI, Request, Security
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response, StreamingResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, ConfigDict, Field, field_validator
from starlette.exceptions import HTTPException as StarletteHTTPException

from moe_core.errors import UserError
from serving.assistant import Assistant, build_assistant
from serving.engine import EngineBusy, EngineError, EngineTimeout, SamplingParams
from serving.metrics import Metrics
from serving.security import (
    ApiError,
    AuditLog,
    AuditRecord,
    RateLimiter,
    RequestGuardMiddleware,
    authenticate,
    install_log_request_ids,
    operation_outcome,
    request_id_var,
)

log = logging.getLogger("medqa.serving.app")

__all__ = ["Assistant", "build_assistant", "create_app"]


class ErrorDetail(BaseModel):
    """The body of an error."""

    message: str
    type: str
    param: str | None = None
    code: str | None = None


class ErrorResponse(BaseModel):
    """OpenAI-style error envelope."""

    error: ErrorDetail


ERROR_RESPONSES = {
    status: {"model": ErrorResponse, "description": text}
    for status, text in (
        (400, "Invalid request"), (401, "Missing or invalid API key"), (403, "API key lacks the scope"),
        (404, "No such route or service"),
        (413, "Request body too large"), (422, "Invalid request body"), (429, "Rate limited or server busy"),
        (500, "Internal error"), (502, "Upstream error"), (503, "Not ready"), (504, "Timed out"),
    )
}

_bearer = HTTPBearer(auto_error=False, description="API key issued by `medqa serve --generate-key`")


def _now() -> int:
    return int(time.time())


def _schemas(settings):
    """Request models whose limits come from the settings (so bad requests fail validation, 400)."""
    max_chars = settings.max_message_chars
    prompt_chars = settings.max_message_chars * settings.max_messages

    # strict: JSON `false` or `2.0` is not an integer, "1" is not a number.
    strict = ConfigDict(extra="ignore", strict=True)

    class ChatMessage(BaseModel):
        """One chat turn."""

        model_config = strict
        role: Literal["system", "user", "assistant"]
        content: Annotated[str, Field(max_length=max_chars)]
        name: str | None = None

    class StreamOptions(BaseModel):
        """OpenAI stream options."""

        model_config = strict
        include_usage: bool = False

    class Locale(BaseModel):
        """medqa extension: the locale of the safety layer (emergency number, language)."""

        model_config = strict
        locale: Annotated[str | None, Field(max_length=16, pattern=r"^[A-Za-z]{2}([-_][A-Za-z]{2})?$")] = None

    class ChatCompletionRequest(BaseModel):
        """POST /v1/chat/completions."""

        model_config = strict
        model: Annotated[str | None, Field(max_length=256)] = None
        messages: Annotated[list[ChatMessage], Field(min_length=1, max_length=settings.max_messages)]
        max_tokens: Annotated[int | None, Field(ge=1, le=settings.max_tokens_limit)] = None
        max_completion_tokens: Annotated[int | None, Field(ge=1, le=settings.max_tokens_limit)] = None
        temperature: Annotated[float, Field(ge=0.0, le=2.0)] = 0.0
        top_p: Annotated[float, Field(gt=0.0, le=1.0)] = 1.0
        n: Annotated[int, Field(ge=1, le=1, description="only 1 is supported")] = 1
        stream: bool = False
        stream_options: StreamOptions | None = None
        stop: str | Annotated[list[Annotated[str, Field(min_length=1, max_length=64)]], Field(max_length=4)] | None = None
        seed: Annotated[int | None, Field(ge=0, le=2**63 - 1)] = None
        user: Annotated[str | None, Field(max_length=256)] = None
        medqa: Locale | None = None

        @field_validator("stop")
        @classmethod
        def _stop_not_empty(cls, value):
            if isinstance(value, str) and not value:
                raise ValueError("a stop string must not be empty")
            return value

    Prompt = (Annotated[str, Field(min_length=1, max_length=prompt_chars)]
              | Annotated[list[Annotated[str, Field(min_length=1, max_length=prompt_chars)]], Field(min_length=1, max_length=32)]
              | Annotated[list[Annotated[int, Field(ge=0)]], Field(min_length=1, max_length=prompt_chars)]
              | Annotated[list[Annotated[list[Annotated[int, Field(ge=0)]], Field(min_length=1, max_length=prompt_chars)]],
                          Field(min_length=1, max_length=32)])

    class CompletionRequest(BaseModel):
        """POST /v1/completions (raw completion / scoring, no safety wrapping)."""

        model_config = strict
        model: Annotated[str | None, Field(max_length=256)] = None
        prompt: Prompt
        max_tokens: Annotated[int, Field(ge=0, le=settings.max_tokens_limit)] = 16
        temperature: Annotated[float, Field(ge=0.0, le=2.0)] = 1.0
        top_p: Annotated[float, Field(gt=0.0, le=1.0)] = 1.0
        n: Annotated[int, Field(ge=1, le=1, description="only 1 is supported")] = 1
        stream: bool = False
        stream_options: StreamOptions | None = None
        logprobs: Annotated[int | None, Field(ge=0, le=5)] = None
        echo: bool = False
        stop: str | Annotated[list[Annotated[str, Field(min_length=1, max_length=64)]], Field(max_length=4)] | None = None
        seed: Annotated[int | None, Field(ge=0, le=2**63 - 1)] = None
        user: Annotated[str | None, Field(max_length=256)] = None

    return ChatCompletionRequest, CompletionRequest


def _stop_list(stop) -> list[str]:
    if stop is None:
        return []
    return [stop] if isinstance(stop, str) else list(stop)


def _error_response(request: Request, status: int, message: str, type_: str, param=None, code=None, headers=None):
    if request.url.path.startswith("/fhir"):
        issue = {400: "invalid", 401: "login", 403: "forbidden", 404: "not-found", 413: "too-long",
                 429: "throttled", 504: "timeout"}.get(status, "exception")
        return JSONResponse(operation_outcome(message, issue), status, headers=headers,
                            media_type="application/fhir+json")
    return JSONResponse({"error": {"message": message, "type": type_, "param": param, "code": code}}, status,
                        headers=headers)


def route_of(path: str) -> str:
    """The short route name used in metrics and the audit log."""
    for prefix, name in (("/v1/chat/completions", "chat"), ("/v1/completions", "completions"),
                         ("/v1/models", "models"), ("/cds-services", "cds"), ("/fhir", "fhir"),
                         ("/metrics", "metrics")):
        if path.startswith(prefix):
            return name
    return "other"


def _install_error_handlers(app: FastAPI, metrics: Metrics) -> None:
    """Every error becomes the OpenAI error shape (OperationOutcome under /fhir), and is audited."""

    def error(request, status, message, type_, param=None, code=None, headers=None):
        record = getattr(app.state, "record", None)
        if record is not None:
            started = getattr(request.state, "started", None) or time.monotonic()
            record(request, route_of(request.url.path), status, started)
        return _error_response(request, status, message, type_, param, code, headers)

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError):
        return error(request, exc.status, exc.message, exc.type, exc.param, exc.code, exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _validation_error(request: Request, exc: RequestValidationError):
        errors = exc.errors()
        first = errors[0] if errors else {"loc": (), "msg": "invalid request"}
        loc = [str(p) for p in first.get("loc", ()) if p != "body"]
        param = ".".join(loc) or None
        message = f"{param}: {first['msg']}" if param else first["msg"]
        if len(errors) > 1:
            message += f" (and {len(errors) - 1} more problems)"
        return error(request, 400, message, "invalid_request_error", param, "invalid_value")

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException):
        kind = {404: "not_found_error", 405: "invalid_request_error"}.get(exc.status_code, "invalid_request_error")
        message = f"no route {request.method} {request.url.path}" if exc.status_code == 404 else str(exc.detail)
        return error(request, exc.status_code, message, kind, headers=getattr(exc, "headers", None))

    @app.exception_handler(UserError)
    async def _user_error(request: Request, exc: UserError):
        return error(request, 400, str(exc), "invalid_request_error")

    @app.exception_handler(EngineBusy)
    async def _busy(request: Request, exc: EngineBusy):
        metrics.rejected.labels(reason="queue_full").inc()
        return error(request, 429, str(exc), "rate_limit_error", code="server_busy",
                               headers={"Retry-After": str(exc.retry_after)})

    @app.exception_handler(EngineTimeout)
    async def _timeout(request: Request, exc: EngineTimeout):
        return error(request, 504, str(exc), "timeout_error", code="timeout")

    @app.exception_handler(EngineError)
    async def _engine_error(request: Request, exc: EngineError):
        log.error("engine error: %s", exc)
        return error(request, 502, str(exc), "server_error", code="engine_error")

    @app.exception_handler(Exception)
    async def _internal(request: Request, exc: Exception):
        log.exception("unhandled error")
        return error(request, 500, f"internal error (request id {request_id_var.get()})", "server_error")


def _maybe_mount_ui(app: FastAPI, assistant, settings) -> None:
    """Mount the Gradio UI at /ui when serving/ui.py exists and settings.ui is on."""
    if not settings.ui or importlib.util.find_spec("serving.ui") is None:
        return
    try:
        from serving.ui import mount_ui
    except ImportError as exc:
        if exc.name not in ("serving.ui", "gradio"):
            raise
        log.warning("UI not mounted: %s", exc)
        return
    mount_ui(app, assistant, settings)


def create_app(settings, assistant: Assistant | None = None) -> FastAPI:
    """The FastAPI app for these settings; builds the assistant (loads the model) unless one is given."""
    install_log_request_ids()
    metrics = Metrics()
    if assistant is None:
        assistant = build_assistant(settings, metrics=metrics)
    elif assistant.metrics is None:
        assistant.metrics = metrics
    metrics.bind_engine(assistant.engine)
    audit = AuditLog(settings.audit_log, settings.log_text, assistant.redact_for_log) if settings.audit_log else None
    limiter = RateLimiter(settings.rate_limit_per_minute)
    ChatCompletionRequest, CompletionRequest = _schemas(settings)

    app = FastAPI(title="medqa patient-service assistant", version="1.0",
                  description=__doc__, responses={k: v for k, v in ERROR_RESPONSES.items() if k in (400, 401, 403, 404, 413, 429, 500)})
    app.state.settings = settings
    app.state.assistant = assistant
    app.state.metrics = metrics
    app.state.audit = audit
    app.add_middleware(RequestGuardMiddleware, max_body_bytes=settings.max_body_bytes, metrics=metrics)
    _install_error_handlers(app, metrics)

    def require(scope: str):
        async def dependency(request: Request,
                             credentials: HTTPAuthorizationCredentials | None = Security(_bearer)):
            request.state.started = time.monotonic()
            header = request.headers.get("authorization")
            key = authenticate(settings, header, scope)
            wait = limiter.acquire(key.key_id)
            if wait is not None:
                metrics.rejected.labels(reason="rate_limit").inc()
                raise ApiError(429, f"rate limit of {settings.rate_limit_per_minute} requests per minute exceeded",
                               "rate_limit_error", code="rate_limit_exceeded",
                               headers={"Retry-After": str(max(1, int(wait + 0.999)))})
            request.state.key_id = key.key_id
            return key

        return dependency

    def record(request: Request, route: str, status: int, started: float, usage=None, ttft=None, urgency=None,
               blocked=None, prompt_text=None, answer_text=None):
        latency = time.monotonic() - started
        metrics.latency.labels(route=route).observe(latency)
        metrics.requests.labels(route=route, status=str(status)).inc()
        if ttft is not None:
            metrics.time_to_first_token.labels(route=route).observe(ttft)
        if audit is not None:
            usage = usage or {}
            audit.write(AuditRecord(
                request_id=request_id_var.get(), key_id=getattr(request.state, "key_id", None), route=route,
                model=assistant.model_name, status=status, prompt_tokens=int(usage.get("prompt_tokens", 0)),
                completion_tokens=int(usage.get("completion_tokens", 0)), latency_ms=round(latency * 1000, 2),
                ttft_ms=None if ttft is None else round(ttft * 1000, 2), urgency=urgency, blocked=blocked,
            ), prompt_text=prompt_text, answer_text=answer_text)

    app.state.record = record

    # ---- probes and metrics ----

    @app.get("/health", tags=["probes"])
    async def health() -> dict:
        """Liveness: the process answers."""
        return {"status": "ok"}

    @app.get("/ready", tags=["probes"], responses={503: ERROR_RESPONSES[503]})
    async def ready(request: Request):
        """Readiness: the model is loaded and the engine accepts requests."""
        if not assistant.engine.ready:
            return _error_response(request, 503, "the engine is not ready", "server_error", code="not_ready")
        return {"status": "ready", "model": assistant.model_name}

    @app.get("/metrics", tags=["probes"], response_class=Response,
             responses={200: {"content": {"text/plain": {"schema": {"type": "string"}}}}})
    async def prometheus(key=Depends(require("admin"))):
        """Prometheus metrics (admin scope)."""
        return Response(metrics.render(), media_type=metrics.content_type)

    # ---- OpenAI-compatible ----

    @app.get("/v1/models", tags=["openai"])
    async def models(key=Depends(require("chat"))) -> dict:
        """The one served model."""
        return {"object": "list", "data": [
            {"id": assistant.model_name, "object": "model", "created": _now(), "owned_by": "medqa"}]}

    @app.post("/v1/chat/completions", tags=["openai"], responses=ERROR_RESPONSES)
    async def chat_completions(body: ChatCompletionRequest, request: Request, key=Depends(require("chat"))):
        """Chat with the safety-checked, retrieval-grounded assistant (SSE when `stream` is true)."""
        started = time.monotonic()
        messages = [m.model_dump(include={"role", "content"}) for m in body.messages]
        locale = body.medqa.locale if body.medqa else None
        params = {"locale": locale, "max_tokens": body.max_completion_tokens or body.max_tokens or 256,
                  "temperature": body.temperature, "top_p": body.top_p, "seed": body.seed,
                  "request_id": request_id_var.get(), "stop": _stop_list(body.stop)}
        completion_id = f"chatcmpl-{uuid.uuid4().hex}"
        created = _now()
        model = assistant.model_name
        question = messages[-1]["content"]
        events = assistant.stream(messages, **params)

        if not body.stream:
            result, first = None, None
            async for event in events:
                if event["type"] == "delta":
                    first = first or time.monotonic()
                else:
                    result = event["result"]
            record(request, "chat", 200, started, result.usage, (first or time.monotonic()) - started,
                   result.urgency, result.blocked, question, result.text)
            return {
                "id": completion_id, "object": "chat.completion", "created": created, "model": model,
                "choices": [{"index": 0, "message": {"role": "assistant", "content": result.text},
                             "finish_reason": result.finish_reason, "logprobs": None}],
                "usage": _usage(result.usage),
                "medqa": _medqa_extra(result),
            }

        # Streamed: pull the first event before answering 200, so a busy queue or a bad prompt is a
        # real HTTP error rather than an error inside a started stream.
        try:
            first_event = await events.__anext__()
        except StopAsyncIteration:
            first_event = None
        first_at = time.monotonic()

        def chunk(delta: dict, finish=None, extra=None) -> str:
            payload = {"id": completion_id, "object": "chat.completion.chunk", "created": created, "model": model,
                       "choices": [{"index": 0, "delta": delta, "finish_reason": finish, "logprobs": None}]}
            if extra:
                payload.update(extra)
            return f"data: {json.dumps(payload, ensure_ascii=False)}\n\n"

        async def sse():
            status, result = 200, None
            try:
                yield chunk({"role": "assistant", "content": ""})
                event = first_event
                while event is not None:
                    if event["type"] == "delta":
                        yield chunk({"content": event["text"]})
                    else:
                        result = event["result"]
                    event = await events.__anext__() if result is None else None
                yield chunk({}, result.finish_reason, {"medqa": _medqa_extra(result)})
                if body.stream_options and body.stream_options.include_usage:
                    yield f"data: {json.dumps({'id': completion_id, 'object': 'chat.completion.chunk', 'created': created, 'model': model, 'choices': [], 'usage': _usage(result.usage)})}\n\n"
            except (EngineTimeout, EngineError, UserError) as exc:
                status = 504 if isinstance(exc, EngineTimeout) else 500
                yield _sse_error(exc)
            except (asyncio.CancelledError, GeneratorExit):
                status = 499  # the client went away; closing `events` cancels the generation
                raise
            finally:
                await events.aclose()
                record(request, "chat", status, started, result.usage if result else None, first_at - started,
                       result.urgency if result else None, result.blocked if result else None, question,
                       result.text if result else None)
            yield "data: [DONE]\n\n"

        return StreamingResponse(sse(), media_type="text/event-stream", headers={"Cache-Control": "no-cache"})

    @app.post("/v1/completions", tags=["openai"], responses=ERROR_RESPONSES)
    async def completions(body: CompletionRequest, request: Request, key=Depends(require("chat"))):
        """Raw completion and scoring (echo + logprobs) for evaluation harnesses; no safety wrapping."""
        started = time.monotonic()
        engine = assistant.engine
        prompts = body.prompt
        if isinstance(prompts, str) or (prompts and isinstance(prompts[0], int)):
            prompts = [prompts]
        stops = _stop_list(body.stop)
        params = SamplingParams(max_tokens=body.max_tokens, temperature=body.temperature, top_p=body.top_p,
                                seed=body.seed, stop=stops, timeout_s=settings.request_timeout_s)
        completion_id = f"cmpl-{uuid.uuid4().hex}"
        created = _now()
        model = assistant.model_name
        if body.stream:
            if body.echo or body.logprobs is not None or len(prompts) > 1:
                raise ApiError(400, "streaming supports one prompt without echo or logprobs", param="stream")
            return await _stream_completion(request, engine, prompts[0], params, completion_id, created, model,
                                            body, started)

        async def one(index: int, prompt) -> tuple[dict, dict]:
            ids = engine.encode(prompt)
            text, finish, completion_ids, ttft = "", "length", [], None
            if body.max_tokens > 0:
                async for piece in engine.generate(prompt, params, request_id=request_id_var.get()):
                    text += piece.text
                    if piece.finish_reason:
                        finish, completion_ids, ttft = piece.finish_reason, piece.completion_ids, \
                            piece.time_to_first_token_s
            logprobs = None
            if body.logprobs is not None:
                scores = await engine.score(ids + completion_ids, body.logprobs)
                logprobs = scores.to_openai(0 if body.echo else len(ids))
            prefix = (prompt if isinstance(prompt, str) else engine.tokenizer.decode(prompt)) if body.echo else ""
            usage = {"prompt_tokens": len(ids), "completion_tokens": len(completion_ids)}
            return ({"index": index, "text": prefix + text, "logprobs": logprobs, "finish_reason": finish},
                    {**usage, "ttft": ttft})

        results = await asyncio.gather(*(one(i, p) for i, p in enumerate(prompts)))
        usage = {"prompt_tokens": sum(u["prompt_tokens"] for _, u in results),
                 "completion_tokens": sum(u["completion_tokens"] for _, u in results)}
        ttfts = [u["ttft"] for _, u in results if u["ttft"] is not None]
        record(request, "completions", 200, started, usage, min(ttfts) if ttfts else None,
               prompt_text=prompts[0] if isinstance(prompts[0], str) else None,
               answer_text=results[0][0]["text"])
        return {"id": completion_id, "object": "text_completion", "created": created, "model": model,
                "choices": [c for c, _ in results], "usage": _usage(usage)}

    async def _stream_completion(request, engine, prompt, params, completion_id, created, model, body, started):
        pieces = engine.generate(prompt, params, request_id=request_id_var.get())
        try:
            first = await pieces.__anext__()
        except StopAsyncIteration:
            first = None

        def chunk(text, finish=None):
            return f"data: {json.dumps({'id': completion_id, 'object': 'text_completion', 'created': created, 'model': model, 'choices': [{'index': 0, 'text': text, 'logprobs': None, 'finish_reason': finish}]}, ensure_ascii=False)}\n\n"

        async def sse():
            status, usage, ttft = 200, None, None
            try:
                piece = first
                while piece is not None:
                    yield chunk(piece.text, piece.finish_reason)
                    if piece.finish_reason:
                        usage = {"prompt_tokens": piece.prompt_tokens, "completion_tokens": piece.completion_tokens}
                        ttft = piece.time_to_first_token_s
                        break
                    piece = await pieces.__anext__()
                if usage and body.stream_options and body.stream_options.include_usage:
                    yield f"data: {json.dumps({'id': completion_id, 'object': 'text_completion', 'created': created, 'model': model, 'choices': [], 'usage': _usage(usage)})}\n\n"
            except (EngineTimeout, EngineError) as exc:
                status = 504 if isinstance(exc, EngineTimeout) else 500
                yield _sse_error(exc)
            except (asyncio.CancelledError, GeneratorExit):
                status = 499
                raise
            finally:
                await pieces.aclose()
                record(request, "completions", status, started, usage, ttft)
            yield "data: [DONE]\n\n"

        return StreamingResponse(sse(), media_type="text/event-stream", headers={"Cache-Control": "no-cache"})

    # ---- hospital integration ----
    from serving.cds_hooks import add_cds_routes
    from serving.fhir import add_fhir_routes

    add_cds_routes(app, assistant, require("cds"), record)
    add_fhir_routes(app, assistant, require("fhir"), record)

    _maybe_mount_ui(app, assistant, settings)
    return app


def _sse_error(exc: Exception) -> str:
    """An error event inside a stream that already answered 200 (OpenAI's convention)."""
    kind = "timeout_error" if isinstance(exc, EngineTimeout) else "server_error"
    body = {"error": {"message": str(exc), "type": kind, "param": None, "code": None}}
    return f"data: {json.dumps(body, ensure_ascii=False)}\n\n"


def _usage(usage: dict) -> dict:
    prompt, completion = int(usage.get("prompt_tokens", 0)), int(usage.get("completion_tokens", 0))
    return {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion}


def _medqa_extra(result) -> dict:
    return {"safety": result.safety, "citations": result.citations, "urgency": result.urgency,
            "blocked": result.blocked, "unknown_citations": result.unknown_citations}
