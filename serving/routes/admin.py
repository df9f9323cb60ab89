"""Probes, metrics and the API's own documentation.

/health and /ready answer without a key (load balancers and orchestrators call them). /metrics needs the
admin scope. /docs and /openapi.json need a key of any scope unless the server's `public_docs` setting
opens them: the schema names every route and limit, which a deployment may not want to show anonymously.
"""

from fastapi import APIRouter, Depends, Request
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse, Response

from medqa.protocol import HealthResponse, ReadyResponse
from serving.routes.state import AUTH_ERRORS, ERROR_RESPONSES, ServerState, error_response, require, server_state

OPENAPI_PATH = "/openapi.json"
DOCS_PATH = "/docs"

router = APIRouter(tags=["probes"])


@router.get("/health", response_model=HealthResponse)
async def health() -> dict:
    """Liveness: the process answers."""
    return {"status": "ok"}


@router.get("/ready", response_model=ReadyResponse, responses={503: ERROR_RESPONSES[503]})
async def ready(request: Request, server: ServerState = Depends(server_state)):
    """Readiness: the model is loaded and the engine accepts requests."""
    if not server.assistant.engine.ready:
        return error_response(request, 503, "the engine is not ready", "server_error", code="not_ready")
    return {"status": "ready", "model": server.assistant.model_name}


@router.get("/metrics", response_class=Response, responses={
    200: {"content": {"text/plain": {"schema": {"type": "string"}}}, "description": "Prometheus text format"},
    **AUTH_ERRORS})
async def prometheus(key=Depends(require("admin")), server: ServerState = Depends(server_state)):
    """Prometheus metrics (admin scope)."""
    return Response(server.metrics.render(), media_type=server.metrics.content_type)


def docs_router(public: bool) -> APIRouter:
    """/openapi.json and /docs (Swagger UI): behind a key of any scope unless `public`."""
    router = APIRouter(include_in_schema=False)
    guard = [] if public else [Depends(require(None))]

    @router.get(OPENAPI_PATH, dependencies=guard)
    async def openapi(request: Request) -> JSONResponse:
        return JSONResponse(request.app.openapi())

    @router.get(DOCS_PATH, dependencies=guard)
    async def docs(request: Request) -> HTMLResponse:
        # Behind a key the page carries the schema itself: the browser's own fetch of /openapi.json has no key.
        embedded = None if public else {"spec": request.app.openapi()}
        return get_swagger_ui_html(openapi_url=OPENAPI_PATH, title=f"{request.app.title} - API docs",
                                   swagger_ui_parameters=embedded)

    return router
