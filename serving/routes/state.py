"""What every route shares: the server's state, API-key auth, the audit/metrics record and error shapes."""

import json
import time
from dataclasses import dataclass

from fastapi import Request, Security
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from medqa.engine import EngineBusy, EngineError, EngineTimeout
from medqa.protocol import ErrorResponse, RequestModels
from moe_core.errors import UserError
from serving.metrics import Metrics
from serving.security import ApiError, AuditLog, AuditRecord, RateLimiter, authenticate, operation_outcome, request_id_var

ERROR_RESPONSES = {
    status: {"model": ErrorResponse, "description": text}
    for status, text in (
        (400, "Invalid request (a rule the schema cannot state: a text prompt longer than the model's window)"),
        (401, "Missing or invalid API key"), (403, "API key lacks the scope"), (404, "No such route or service"),
        (413, "Request body larger than the server's max_body_bytes"), (429, "Rate limited or server busy"),
        (500, "Internal error"), (502, "The engine (model or upstream server) failed"), (503, "Not ready"),
        (504, "Timed out"),
    )
}
AUTH_ERRORS = {status: ERROR_RESPONSES[status] for status in (401, 403, 429)}
BODY_ERRORS = {status: ERROR_RESPONSES[status] for status in (400, 413)}
ENGINE_ERRORS = {status: ERROR_RESPONSES[status] for status in (429, 502, 504)}

DEFAULT_ANSWER_TOKENS = 256  # a chat request without max_tokens gets this too
bearer = HTTPBearer(auto_error=False, description="API key issued by `medqa serve --generate-key`")


@dataclass(frozen=True)
class ErrorKind:
    """How one failure is answered: HTTP status, OpenAI error type and code."""

    status: int
    type: str
    code: str | None = None


def error_kind(exc: Exception) -> ErrorKind:
    """The one status, type and code of an engine or input failure, in a plain response and inside a stream alike."""
    if isinstance(exc, EngineBusy):
        return ErrorKind(429, "rate_limit_error", "server_busy")
    if isinstance(exc, EngineTimeout):
        return ErrorKind(504, "timeout_error", "timeout")
    if isinstance(exc, EngineError):
        return ErrorKind(502, "server_error", "engine_error")
    if isinstance(exc, UserError):
        return ErrorKind(400, "invalid_request_error")
    return ErrorKind(500, "server_error")


def sse_error(exc: Exception) -> str:
    """The error event of a stream that already answered 200: the body the same error gets as a plain response."""
    kind = error_kind(exc)
    body = {"error": {"message": str(exc), "type": kind.type, "param": None, "code": kind.code}}
    return sse(body)


def sse(payload: dict) -> str:
    """One server-sent event carrying JSON."""
    return f"data: {json.dumps(payload, ensure_ascii=False)}\n\n"


def error_response(request: Request, status: int, message: str, type_: str, param=None, code=None, headers=None):
    """The error body: OpenAI's {"error": {...}}, or a FHIR OperationOutcome under /fhir."""
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


def usage_body(usage: dict) -> dict:
    """OpenAI's usage object from prompt and completion token counts."""
    prompt, completion = int(usage.get("prompt_tokens", 0)), int(usage.get("completion_tokens", 0))
    return {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion}


@dataclass
class ServerState:
    """Everything the routes of one app share (`app.state.server`)."""

    settings: object  # ServeSettings
    assistant: object  # medqa.assistant.Assistant
    metrics: Metrics
    audit: AuditLog | None
    limiter: RateLimiter
    models: RequestModels

    @property
    def answer_tokens(self) -> int:
        """The answer length of routes whose request cannot set one (CDS Hooks, FHIR): 256, within the server's cap."""
        return min(DEFAULT_ANSWER_TOKENS, self.settings.max_tokens_limit)

    def record(self, request, route: str, status: int, started: float, usage=None, ttft=None, result=None,
               question=None, answer=None):
        """Metrics and one audit line for a finished request; `result` is the AnswerResult of an answer route."""
        latency = time.monotonic() - started
        self.metrics.latency.labels(route=route).observe(latency)
        self.metrics.requests.labels(route=route, status=str(status)).inc()
        if ttft is not None:
            self.metrics.time_to_first_token.labels(route=route).observe(ttft)
        if result is not None:
            usage = result.usage
            self.metrics.triage.labels(level=result.urgency).inc()
            answer = result.text
        usage = usage or {}
        self.metrics.prompt_tokens.inc(int(usage.get("prompt_tokens", 0)))
        self.metrics.completion_tokens.inc(int(usage.get("completion_tokens", 0)))
        if self.audit is None:
            return
        verification = (result.verification or {}) if result is not None else {}
        self.audit.write(AuditRecord(
            request_id=request_id_var.get(), key_id=getattr(request.state, "key_id", None), route=route,
            model=self.assistant.model_name, status=status, prompt_tokens=int(usage.get("prompt_tokens", 0)),
            completion_tokens=int(usage.get("completion_tokens", 0)), latency_ms=round(latency * 1000, 2),
            ttft_ms=None if ttft is None else round(ttft * 1000, 2),
            urgency=result.urgency if result else None, blocked=result.blocked if result else None,
            mode=result.mode if result else None,
            sentences_kept=len(verification["sentences"]) if "sentences" in verification else None,
            sentences_dropped=len(verification["dropped"]) if "dropped" in verification else None,
        ), prompt_text=question, answer_text=answer)


def server_state(request: Request) -> ServerState:
    """The ServerState of the app serving this request (a FastAPI dependency)."""
    return request.app.state.server


def require(scope: str | None):
    """A dependency that authenticates the bearer key for `scope` (None: any scope) and applies the rate limit."""

    async def dependency(request: Request,
                         credentials: HTTPAuthorizationCredentials | None = Security(bearer)):
        request.state.started = time.monotonic()
        server = server_state(request)
        key = authenticate(server.settings, request.headers.get("authorization"), scope)
        wait = server.limiter.acquire(key.key_id)
        if wait is not None:
            server.metrics.rejected.labels(reason="rate_limit").inc()
            raise ApiError(429, f"rate limit of {server.settings.rate_limit_per_minute} requests per minute exceeded",
                           "rate_limit_error", code="rate_limit_exceeded",
                           headers={"Retry-After": str(max(1, int(wait + 0.999)))})
        request.state.key_id = key.key_id
        return key

    return dependency
