"""FHIR R4 operation `POST /fhir/Communication/$answer`: a patient's question in, the answer out.

Request: a `Communication` resource (FHIR R4/R4B JSON) with an `id` and the question in
`payload[0].contentString` (further contentString payloads are appended). Response (200): a new
`Communication` with `status: completed`, `inResponseTo: [{"reference": "Communication/<request id>"}]`,
the same `subject`, `recipient` = the request's `sender`, `priority` = `stat` (emergency), `urgent`
or `routine`, the answer in `payload[0].contentString` and one `payload` per cited passage.
Both the request and our answer are validated with `fhir.resources` (R4B models). Any error under
/fhir (invalid FHIR, auth, limits) is a FHIR `OperationOutcome` with the matching HTTP status (400
for invalid FHIR), not the OpenAI error shape.
"""

import time
import uuid
from datetime import datetime, timezone
from typing import Any

from fastapi import APIRouter, Body, Depends, Request
from fastapi.responses import JSONResponse
from pydantic import ValidationError

from medqa.protocol import FHIR_COMMUNICATION_REQUEST_SCHEMA, FHIR_EVENT_STATUSES
from serving.routes.state import ServerState, require, server_state
from serving.security import ApiError, request_id_var

FHIR_JSON = "application/fhir+json"
_PRIORITY = {"emergency": "stat", "urgent": "urgent"}


def _validation_message(exc: ValidationError) -> str:
    first = exc.errors()[0]
    where = ".".join(str(p) for p in first.get("loc", ())) or "Communication"
    return f"invalid Communication: {where}: {first.get('msg', 'invalid')}".replace("\n", " ")


def _first_null(value, path: str = "") -> str | None:
    """The path of the first JSON null in a FHIR resource (FHIR JSON has none, except in `_element` arrays)."""
    if isinstance(value, dict):
        for key, item in value.items():
            if item is None:
                return f"{path}{key}"
            found = None if key.startswith("_") else _first_null(item, f"{path}{key}.")
            if found:
                return found
    elif isinstance(value, list):
        for i, item in enumerate(value):
            found = f"{path.rstrip('.')}[{i}]" if item is None else _first_null(item, f"{path.rstrip('.')}[{i}].")
            if found:
                return found
    return None


def parse_question(resource: dict) -> tuple[Any, str]:
    """The validated request Communication and its question text; ApiError(400) if it is not usable."""
    from fhir.resources.R4B.communication import Communication

    if not isinstance(resource, dict) or resource.get("resourceType") != "Communication":
        raise ApiError(400, "the body must be a FHIR Communication resource (resourceType 'Communication')")
    where = _first_null(resource)
    if where is not None:
        raise ApiError(400, f"invalid Communication: {where} is null; FHIR JSON leaves absent elements out instead")
    try:
        communication = Communication.model_validate(resource)
    except ValidationError as exc:
        raise ApiError(400, " ".join(_validation_message(exc).split())) from None
    except (ValueError, TypeError) as exc:
        raise ApiError(400, f"invalid Communication: {exc}") from None
    if communication.status not in FHIR_EVENT_STATUSES:
        raise ApiError(400, f"invalid Communication: status {communication.status!r} is not one of "
                            f"{', '.join(FHIR_EVENT_STATUSES)}")
    if not communication.id:
        raise ApiError(400, "Communication.id is required so the answer can reference it in inResponseTo")
    texts = [p.contentString for p in communication.payload or [] if getattr(p, "contentString", None)]
    texts = [t for t in texts if t.strip()]
    if not texts:
        raise ApiError(400, "Communication.payload[0].contentString must hold the patient's question")
    return communication, "\n".join(texts)


def build_answer(request_resource, result) -> dict:
    """The answer Communication (validated with fhir.resources before it is returned)."""
    from fhir.resources.R4B.communication import Communication

    answer = {
        "resourceType": "Communication",
        "id": str(uuid.uuid4()),
        "status": "completed",
        "inResponseTo": [{"reference": f"Communication/{request_resource.id}"}],
        "priority": _PRIORITY.get(result.urgency, "routine"),
        "sent": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "sender": {"display": "medqa patient-service assistant"},
        "payload": [{"contentString": result.text}] + [
            {"contentString": f"Source [{c.id}]: {c.title} ({c.source})"} for c in result.citations],
    }
    if request_resource.subject is not None:
        answer["subject"] = request_resource.subject.model_dump(mode="json", exclude_none=True)
    if request_resource.sender is not None:
        answer["recipient"] = [request_resource.sender.model_dump(mode="json", exclude_none=True)]
    return Communication.model_validate(answer).model_dump(mode="json", exclude_none=True)


_OUTCOME_SCHEMA = {
    "type": "object", "required": ["resourceType", "issue"],
    "properties": {"resourceType": {"const": "OperationOutcome"}, "issue": {"type": "array", "items": {"type": "object"}}},
}


_OUTCOME = {"description": "FHIR OperationOutcome", "content": {FHIR_JSON: {"schema": _OUTCOME_SCHEMA}}}
_RESPONSES = {200: {"description": "the answer Communication", "content": {FHIR_JSON: {"schema": {"type": "object"}}}},
              **{status: _OUTCOME for status in (400, 401, 403, 413, 429, 500, 502, 504)}}

router = APIRouter(tags=["fhir"])


@router.post("/fhir/Communication/$answer", responses=_RESPONSES, response_class=JSONResponse)
async def answer_communication(request: Request,
                               body: dict[str, Any] = Body(..., media_type=FHIR_JSON, description="a FHIR R4 Communication",
                                                           json_schema_extra=FHIR_COMMUNICATION_REQUEST_SCHEMA),
                               key=Depends(require("fhir")), server: ServerState = Depends(server_state)):
    """Answer the patient question in a FHIR Communication with a FHIR Communication."""
    started = time.monotonic()
    communication, question = parse_question(body)
    result = await server.assistant.respond([{"role": "user", "content": question}], request_id=request_id_var.get(),
                                            max_tokens=server.answer_tokens)
    server.record(request, "fhir", 200, started, result=result, question=question)
    return JSONResponse(build_answer(communication, result), media_type=FHIR_JSON)
