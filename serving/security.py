"""Request ids, payload caps, API-key auth with scopes, per-key rate limits and the audit log."""

import contextvars
import json
import logging
import os
import re
import threading
import time
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from moe_core.errors import UserError

request_id_var: contextvars.ContextVar[str] = contextvars.ContextVar("medqa_request_id", default="-")
_REQUEST_ID_RE = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")


class ApiError(Exception):
    """An HTTP error in the OpenAI error shape (the app's handler renders it)."""

    def __init__(self, status: int, message: str, type: str = "invalid_request_error", param: str | None = None,
                 code: str | None = None, headers: dict | None = None):
        super().__init__(message)
        self.status, self.message, self.type, self.param, self.code = status, message, type, param, code
        self.headers = headers or {}

    def body(self) -> dict:
        """{"error": {message, type, param, code}}."""
        return {"error": {"message": self.message, "type": self.type, "param": self.param, "code": self.code}}


def operation_outcome(message: str, code: str = "invalid", severity: str = "error") -> dict:
    """A FHIR OperationOutcome carrying one issue (the error body of the /fhir routes)."""
    return {"resourceType": "OperationOutcome",
            "issue": [{"severity": severity, "code": code, "diagnostics": message}]}


class RequestIdFilter(logging.Filter):
    """Adds `request_id` to every log record, so every line can carry it."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = request_id_var.get()
        return True


def install_log_request_ids(logger_name: str = "medqa") -> None:
    """Put the request id into every line the medqa loggers write."""
    logger = logging.getLogger(logger_name)
    if not any(isinstance(f, RequestIdFilter) for f in logger.filters):
        logger.addFilter(RequestIdFilter())
    if not logger.handlers:
        handler = logging.StreamHandler()
        handler.addFilter(RequestIdFilter())
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s [%(request_id)s] %(name)s: %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)


class RequestGuardMiddleware:
    """Pure ASGI: request id (accepted or generated, echoed), and the body-size cap enforced before parsing."""

    def __init__(self, app, max_body_bytes: int, metrics=None):
        self.app = app
        self.max_body_bytes = max_body_bytes
        self.metrics = metrics

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        given = headers.get("x-request-id", "")
        request_id = given if _REQUEST_ID_RE.match(given) else uuid.uuid4().hex
        scope.setdefault("state", {})["request_id"] = request_id
        token = request_id_var.set(request_id)
        is_fhir = scope["path"].startswith("/fhir")

        async def send_with_id(message):
            if message["type"] == "http.response.start":
                message.setdefault("headers", [])
                message["headers"] = list(message["headers"]) + [(b"x-request-id", request_id.encode())]
            await send(message)

        async def too_large():
            if self.metrics is not None:
                self.metrics.rejected.labels(reason="payload_too_large").inc()
            message = f"request body exceeds the {self.max_body_bytes}-byte limit"
            body = operation_outcome(message, "too-long") if is_fhir else ApiError(
                413, message, code="payload_too_large").body()
            data = json.dumps(body).encode()
            await send_with_id({"type": "http.response.start", "status": 413, "headers": [
                (b"content-type", b"application/fhir+json" if is_fhir else b"application/json"),
                (b"content-length", str(len(data)).encode()), (b"connection", b"close")]})
            await send_with_id({"type": "http.response.body", "body": data})

        try:
            length = headers.get("content-length")
            if length is not None and (not length.isdigit() or int(length) > self.max_body_bytes):
                return await too_large()
            # Read the body here, up to the cap, before any parsing: chunked uploads have no
            # Content-Length and a client can lie about it, so the count of received bytes decides.
            chunks, received = [], 0
            if scope["method"] in ("POST", "PUT", "PATCH"):
                while True:
                    message = await receive()
                    if message["type"] == "http.disconnect":
                        return
                    received += len(message.get("body", b""))
                    if received > self.max_body_bytes:
                        return await too_large()
                    chunks.append(message.get("body", b""))
                    if not message.get("more_body", False):
                        break
            body = b"".join(chunks)
            replayed = False

            async def replay_receive():
                nonlocal replayed
                if not replayed:
                    replayed = True
                    return {"type": "http.request", "body": body, "more_body": False}
                return await receive()

            if self.metrics is not None:
                self.metrics.in_flight.inc()
            try:
                await self.app(scope, replay_receive, send_with_id)
            finally:
                if self.metrics is not None:
                    self.metrics.in_flight.dec()
        finally:
            request_id_var.reset(token)


def authenticate(settings, authorization: str | None, scope: str | None):
    """The ApiKey behind a bearer header with `scope` (None: any); ApiError 401 (no/unknown key) or 403 (scope)."""
    challenge = {"WWW-Authenticate": "Bearer"}
    if not authorization:
        raise ApiError(401, "missing API key: send 'Authorization: Bearer <key>'", "authentication_error",
                       code="missing_api_key", headers=challenge)
    kind, _, raw = authorization.partition(" ")
    if kind.lower() != "bearer" or not raw.strip():
        raise ApiError(401, "the Authorization header must be 'Bearer <key>'", "authentication_error",
                       code="invalid_authorization_header", headers=challenge)
    key = settings.find_key(raw.strip())
    if key is None:
        raise ApiError(401, "invalid API key", "authentication_error", code="invalid_api_key", headers=challenge)
    if scope is not None and scope not in key.scopes and "admin" not in key.scopes:
        raise ApiError(403, f"this API key lacks the '{scope}' scope", "permission_error", code="insufficient_scope")
    return key


class RateLimiter:
    """A token bucket per API key: `per_minute` requests, refilled continuously."""

    def __init__(self, per_minute: int):
        self.capacity = float(per_minute)
        self.rate = per_minute / 60.0
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def acquire(self, key_id: str) -> float | None:
        """None if allowed (one token taken), else the seconds until the next token."""
        now = time.monotonic()
        with self._lock:
            tokens, last = self._buckets.get(key_id, (self.capacity, now))
            tokens = min(self.capacity, tokens + (now - last) * self.rate)
            if tokens >= 1.0:
                self._buckets[key_id] = (tokens - 1.0, now)
                return None
            self._buckets[key_id] = (tokens, now)
            return (1.0 - tokens) / self.rate


@dataclass
class AuditRecord:
    """One line of the audit log: who, what model, how much, how long, what triage said. No raw text."""

    request_id: str
    key_id: str | None
    route: str
    model: str | None
    status: int
    prompt_tokens: int = 0
    completion_tokens: int = 0
    latency_ms: float = 0.0
    ttft_ms: float | None = None
    urgency: str | None = None
    blocked: bool | None = None
    mode: str | None = None  # answer mode: generated | extractive | no_answer | emergency | redirect
    sentences_kept: int | None = None  # verification counts (never the sentences themselves)
    sentences_dropped: int | None = None


class AuditLog:
    """Append-only JSONL; each record is one `os.write` of a whole line on an O_APPEND descriptor."""

    def __init__(self, path, log_text: bool = False, redact=None):
        self.path = Path(path)
        self.log_text = log_text
        self.redact = redact
        if log_text and redact is None:
            raise UserError("logging request text needs a PHI redactor")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        except OSError as exc:
            raise UserError(f"{self.path}: cannot open the audit log for appending ({exc.strerror})") from None
        self._lock = threading.Lock()

    def write(self, record: AuditRecord, prompt_text: str | None = None, answer_text: str | None = None) -> None:
        """Append one record; text fields only when enabled, and only after PHI redaction."""
        entry = {"time": datetime.now(timezone.utc).isoformat(timespec="milliseconds"), **record.__dict__}
        if self.log_text:
            if prompt_text is not None:
                entry["prompt"] = self.redact(prompt_text)
            if answer_text is not None:
                entry["answer"] = self.redact(answer_text)
        data = (json.dumps(entry, ensure_ascii=False) + "\n").encode("utf-8")
        with self._lock:
            # One write of the whole line; a short write (disk full) is finished, never left half-written.
            view = memoryview(data)
            while view:
                written = os.write(self._fd, view)
                view = view[written:]

    def close(self) -> None:
        """Close the file descriptor."""
        os.close(self._fd)
