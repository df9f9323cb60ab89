"""Exception handlers: every error is the OpenAI error shape (a FHIR OperationOutcome under /fhir), and audited."""

import logging
import time

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException

from medqa.engine import EngineBusy, EngineError, EngineTimeout
from moe_core.errors import UserError
from serving.routes.state import error_kind, error_response, route_of
from serving.security import ApiError, request_id_var

log = logging.getLogger("medqa.serving.app")


def _answer(request: Request, status: int, message: str, type_: str, param=None, code=None, headers=None):
    server = getattr(request.app.state, "server", None)
    if server is not None:
        started = getattr(request.state, "started", None) or time.monotonic()
        server.record(request, route_of(request.url.path), status, started)
    return error_response(request, status, message, type_, param, code, headers)


def _line_and_column(document, position: int) -> tuple[int, int]:
    text = document.decode("utf-8", "replace") if isinstance(document, (bytes, bytearray)) else str(document or "")
    before = text[:position]
    return before.count("\n") + 1, position - (before.rfind("\n") + 1) + 1


def validation_message(exc: RequestValidationError) -> tuple[str, str | None]:
    """What is wrong with a request body, and where (the `param` of the error: a dotted field path)."""
    errors = exc.errors()
    first = errors[0] if errors else {"loc": (), "msg": "invalid request"}
    if first.get("type") == "json_invalid":
        # FastAPI puts the character offset where a field name would be; say it as line and column instead.
        offset = next((p for p in first.get("loc", ()) if isinstance(p, int)), 0)
        line, column = _line_and_column(getattr(exc, "body", None), offset)
        reason = (first.get("ctx") or {}).get("error") or first.get("msg", "JSON decode error")
        return f"request body is not valid JSON: {reason} at line {line} column {column}", None
    loc = [str(p) for p in first.get("loc", ()) if p != "body"]
    param = ".".join(loc) or None
    text = str(first.get("msg", "invalid")).removeprefix("Value error, ")
    message = f"{param}: {text}" if param else text
    if len(errors) > 1:
        message += f" (and {len(errors) - 1} more problems)"
    return message, param


def install_error_handlers(app: FastAPI) -> None:
    """Register the handlers that turn every exception into the app's error shape."""

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError):
        return _answer(request, exc.status, exc.message, exc.type, exc.param, exc.code, exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _validation_error(request: Request, exc: RequestValidationError):
        message, param = validation_message(exc)
        return _answer(request, 400, message, "invalid_request_error", param, "invalid_value")

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException):
        kind = {404: "not_found_error"}.get(exc.status_code, "invalid_request_error")
        message = f"no route {request.method} {request.url.path}" if exc.status_code == 404 else str(exc.detail)
        return _answer(request, exc.status_code, message, kind, headers=getattr(exc, "headers", None))

    @app.exception_handler(UserError)
    async def _user_error(request: Request, exc: UserError):
        return _answer(request, 400, str(exc), "invalid_request_error")

    @app.exception_handler(EngineBusy)
    async def _busy(request: Request, exc: EngineBusy):
        request.app.state.server.metrics.rejected.labels(reason="queue_full").inc()
        kind = error_kind(exc)
        return _answer(request, kind.status, str(exc), kind.type, code=kind.code,
                       headers={"Retry-After": str(exc.retry_after)})

    @app.exception_handler(EngineTimeout)
    async def _timeout(request: Request, exc: EngineTimeout):
        kind = error_kind(exc)
        return _answer(request, kind.status, str(exc), kind.type, code=kind.code)

    @app.exception_handler(EngineError)
    async def _engine_error(request: Request, exc: EngineError):
        log.error("engine error: %s", exc)
        kind = error_kind(exc)
        return _answer(request, kind.status, str(exc), kind.type, code=kind.code)

    @app.exception_handler(Exception)
    async def _internal(request: Request, exc: Exception):
        log.exception("unhandled error")
        return _answer(request, 500, f"internal error (request id {request_id_var.get()})", "server_error")
