"""CDS Hooks service: a `patient-view` hook that drafts an answer to the patient's latest question.

Discovery (`GET /cds-services`) advertises one service whose prefetch asks the EHR for the patient's
recent `Communication` resources. On `POST /cds-services/medqa-patient-question` the latest
patient-sent message text (`payload[].contentString`) goes through the same assistant as the chat
API, and comes back as one card for the clinician:
- indicator `critical` when triage found an emergency (the card says so first), `warning` for an
  urgent red flag or a question redirected to a clinician, `info` otherwise;
- `detail` is Markdown with the draft answer and the cited knowledge-base passages.
No question in the prefetch -> no cards (CDS Hooks' way to say "nothing to show").
"""

import time
import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Request
from pydantic import Field

from medqa.protocol import CdsCards, CdsDiscovery, CdsHookRequest
from serving.routes.state import AUTH_ERRORS, BODY_ERRORS, ENGINE_ERRORS, ERROR_RESPONSES, ServerState, require, server_state
from serving.security import ApiError, request_id_var

SERVICE_ID = "medqa-patient-question"
SOURCE_LABEL = "medqa patient-service assistant"
SUMMARY_LIMIT = 140
_INDICATOR = {"emergency": "critical", "urgent": "warning"}


def discovery() -> dict:
    """The CDS Hooks discovery document."""
    return {"services": [{
        "hook": "patient-view",
        "id": SERVICE_ID,
        "title": "Patient question draft answer",
        "description": "Triage and a knowledge-base-grounded draft answer to the patient's latest message, "
                       "with red-flag alerts.",
        "prefetch": {"communications": "Communication?subject={{context.patientId}}&_sort=-sent&_count=5"},
    }]}


def _resources(value) -> list[dict]:
    """Resources in a prefetch value: a Bundle's entries, a single resource, or a list of either."""
    if isinstance(value, list):
        return [r for v in value for r in _resources(v)]
    if not isinstance(value, dict):
        return []
    if value.get("resourceType") == "Bundle":
        return [e.get("resource") for e in value.get("entry") or [] if isinstance(e, dict) and
                isinstance(e.get("resource"), dict)]
    return [value]


def latest_question(prefetch: dict | None) -> str | None:
    """The text of the most recent patient Communication in the prefetch (by `sent`, else first listed)."""
    found = []
    for position, resource in enumerate(r for v in (prefetch or {}).values() for r in _resources(v)):
        if resource.get("resourceType") != "Communication":
            continue
        texts = [p.get("contentString") for p in resource.get("payload") or []
                 if isinstance(p, dict) and isinstance(p.get("contentString"), str) and p["contentString"].strip()]
        if texts:
            found.append((str(resource.get("sent") or ""), -position, "\n".join(texts)))
    return max(found)[2] if found else None


def _summary(result) -> str:
    if result.urgency == "emergency":
        text = "EMERGENCY red flag in the patient's message: contact the patient now."
    elif result.urgency == "urgent":
        text = "Urgent red flag in the patient's message: same-day care advised."
    elif result.blocked:
        text = "Clinical question: needs a clinician's answer."
    else:
        text = "Draft answer to the patient's question: " + " ".join(result.text.split())
    return text if len(text) <= SUMMARY_LIMIT else text[: SUMMARY_LIMIT - 1].rstrip() + "…"


def build_card(result, question: str) -> dict:
    """One CDS card from an assistant result."""
    lines = [f"**Patient asked:** {question.strip()}", "", "**Draft answer:**", "", result.text]
    if result.citations:
        lines += ["", "**Sources:**"] + [f"- [{c.id}] {c.title} ({c.source})" for c in result.citations]
    if result.safety.get("triggered_rules"):
        lines += ["", f"**Triage:** {result.urgency} ({', '.join(result.safety['triggered_rules'])})"]
    indicator = _INDICATOR.get(result.urgency, "warning" if result.blocked else "info")
    return {"uuid": str(uuid.uuid4()), "summary": _summary(result), "indicator": indicator,
            "detail": "\n".join(lines), "source": {"label": SOURCE_LABEL}}


router = APIRouter(tags=["cds-hooks"])


@router.get("/cds-services", response_model=CdsDiscovery, responses=AUTH_ERRORS)
async def cds_discovery(key=Depends(require("cds"))) -> dict:
    """CDS Hooks discovery."""
    return discovery()


@router.post("/cds-services/{service_id}", response_model=CdsCards,
             responses={**AUTH_ERRORS, **BODY_ERRORS, **ENGINE_ERRORS, 404: ERROR_RESPONSES[404]})
async def cds_service(service_id: Annotated[str, Field(max_length=128)], body: CdsHookRequest, request: Request,
                      key=Depends(require("cds")), server: ServerState = Depends(server_state)) -> dict:
    """Call the patient-view service: cards for the patient's latest question."""
    started = time.monotonic()
    if service_id != SERVICE_ID:
        raise ApiError(404, f"no CDS service {service_id!r}; discovery lists {SERVICE_ID!r}",
                       "not_found_error", param="service_id")
    question = latest_question(body.prefetch)
    if question is None:
        server.record(request, "cds", 200, started)
        return {"cards": []}
    result = await server.assistant.respond([{"role": "user", "content": question}], request_id=request_id_var.get(),
                                            max_tokens=server.answer_tokens)
    server.record(request, "cds", 200, started, result=result, question=question)
    return {"cards": [build_card(result, question)]}
