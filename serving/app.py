"""The HTTP API: OpenAI-compatible chat and completions, CDS Hooks, FHIR, probes, metrics and the web chat.

Routes live in one module per surface (`serving.routes.openai`, `serving.cds_hooks`, `serving.fhir`,
`serving.routes.admin`); their request and response models in `medqa.protocol`; the state they share
(settings, assistant, metrics, audit log, rate limiter) in a `ServerState` on `app.state.server`.

Who may call what (secure by default):
- `/health` and `/ready` answer without a key.
- Every other API route needs `Authorization: Bearer <key>` with the route's scope (chat: /v1/*,
  cds: /cds-services*, fhir: /fhir/*, admin: /metrics and everything).
- `/docs` and `/openapi.json` need a key of any scope, unless the `public_docs` setting is on. With a
  key, /docs carries the schema in the page (a browser's own fetch of /openapi.json sends no key).
- The web chat at `/ui`: on a loopback host (127.0.0.1, localhost, ::1) it is open, as the person at the
  machine already has the model. Served on any other address it requires a login (any user name; the
  password is `--ui-password` or an API key with the chat scope), and the server refuses to start when
  neither exists rather than publish an anonymous patient chat.

Errors are `{"error": {"message", "type", "param", "code"}}` everywhere except under /fhir, where they are
a FHIR `OperationOutcome`. One failure has one status wherever it happens: an engine failure (the model or
the upstream server) is 502 `engine_error`, a timeout 504, a full queue 429, bad input 400. Inside a
stream that already answered 200 the error is one `data: {"error": ...}` event with the same type and
code, and the audit log and metrics record the same status. The OpenAPI document says what the server
accepts: a body it validates is answered, never refused with 400 (the one exception, a text prompt longer
than the model's window in tokens, is documented on the route).

`/v1/chat/completions` runs the medqa pipeline (`medqa.assistant`: safety triage, retrieval, generation,
verification) and adds `medqa` (`medqa.protocol.MedqaExtension`) to the response and the final stream
chunk. `/v1/completions` is a raw completion with no safety wrapping, to score and sample text for
evaluation harnesses (lm-eval `local-completions`), where wrapping the text would change the very
log-likelihoods being measured. It is still authenticated, rate limited and audited, and its text is
logged only redacted and only if `log_text` is on.
"""

import importlib.util
import logging

from fastapi import FastAPI

from medqa.assistant import Assistant
from medqa.protocol import RequestLimits, request_models
from medqa.safety.phi import check_tagger_setting
from medqa.safety.scope import check_scope_net_setting
from serving.assistant import build_assistant
from serving.metrics import Metrics
from serving.routes.admin import docs_router
from serving.routes.admin import router as admin_router
from serving.routes.errors import install_error_handlers
from serving.routes.openai import openai_router
from serving.routes.state import ERROR_RESPONSES, ServerState, route_of
from serving.security import AuditLog, RateLimiter, RequestGuardMiddleware, install_log_request_ids

log = logging.getLogger("medqa.serving.app")

__all__ = ["Assistant", "build_assistant", "create_app", "request_limits", "route_of"]


def request_limits(settings, engine) -> RequestLimits:
    """The request limits of these settings and this engine (token ids and window when the engine knows them)."""
    config = getattr(getattr(engine, "model", None), "config", None)
    vocab = getattr(config, "vocab_size", None)
    window = getattr(engine, "max_model_len", None)
    return RequestLimits(
        max_messages=settings.max_messages, max_message_chars=settings.max_message_chars,
        max_tokens=settings.max_tokens_limit,
        max_token_id=vocab - 1 if isinstance(vocab, int) else None,
        max_prompt_tokens=window - 1 if isinstance(window, int) else None,
        any_region=bool(settings.emergency_number),
    )


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
    from serving.cds_hooks import router as cds_router
    from serving.fhir import router as fhir_router

    install_log_request_ids()
    metrics = Metrics()
    if assistant is None:
        assistant = build_assistant(settings)
    metrics.bind_engine(assistant.engine)
    check_tagger_setting()  # a bad MEDQA_PHI_TAGGER stops the server at start, not at its first logged request
    check_scope_net_setting()  # and a bad MEDQA_SCOPE_NET, not its first question
    audit = AuditLog(settings.audit_log, settings.log_text, assistant.redact_for_log) if settings.audit_log else None
    server = ServerState(settings, assistant, metrics, audit, RateLimiter(settings.rate_limit_per_minute),
                         request_models(request_limits(settings, assistant.engine)))

    app = FastAPI(title="medqa patient-service assistant", version="1.0", description=__doc__,
                  docs_url=None, redoc_url=None, openapi_url=None,  # served by docs_router, behind a key
                  responses={status: ERROR_RESPONSES[status] for status in (401, 403, 413, 429, 500)})
    app.state.server = server
    # The names other modules read (the web chat's audit hook, the serve banner, tests).
    app.state.settings, app.state.assistant, app.state.metrics = settings, assistant, metrics
    app.state.audit, app.state.record = audit, server.record
    app.add_middleware(RequestGuardMiddleware, max_body_bytes=settings.max_body_bytes, metrics=metrics)
    install_error_handlers(app)

    app.include_router(admin_router)
    app.include_router(openai_router(server.models))
    app.include_router(cds_router)
    app.include_router(fhir_router)
    app.include_router(docs_router(public=settings.public_docs))
    _maybe_mount_ui(app, assistant, settings)
    return app
