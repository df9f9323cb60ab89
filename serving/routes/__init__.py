"""The HTTP routes, one module per surface; `serving.app.create_app` assembles them.

- `state`: `ServerState` (settings, assistant, metrics, audit, rate limiter, request models) on `app.state.server`,
  the `require(scope)` auth dependency, `record` (metrics + audit line) and the error shapes and statuses.
- `errors`: the exception handlers (every error in the OpenAI shape, an OperationOutcome under /fhir).
- `openai`: /v1/models, /v1/chat/completions, /v1/completions.
- `admin`: /health, /ready, /metrics, and /docs + /openapi.json behind a key.
- CDS Hooks and FHIR live with their domain code: `serving.cds_hooks.router`, `serving.fhir.router`.
Wire models (requests and responses) are in `medqa.protocol`, shared with the clients and the tests.
"""
