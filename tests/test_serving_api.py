"""The HTTP API on a real loopback server, called with the openai SDK and httpx."""

import asyncio
import json
import re

import httpx
import openai
import pytest
from test_serving_support import (
    KEY_ALL,
    KEY_CHAT,
    KEY_FHIR,
    ServerThread,
    chat_body,
    make_assistant,
    make_settings,
    record_generations,
)

from serving.app import create_app

PHI_QUESTION = "My name is John Smith, MRN 12345678, phone 555-123-4567. How do I get a copy of my records?"


@pytest.fixture(scope="module")
def server(engine, seed_dir, tmp_path_factory):
    audit = tmp_path_factory.mktemp("audit") / "audit.jsonl"
    settings = make_settings(seed_dir, audit_log=audit, max_body_bytes=4096, max_messages=4,
                             max_message_chars=600, max_tokens_limit=64, request_timeout_s=30)
    app = create_app(settings, assistant=make_assistant(engine))
    with ServerThread(app) as srv:
        srv.app, srv.audit = app, audit
        yield srv


@pytest.fixture(scope="module")
def client(server):
    return openai.OpenAI(base_url=server.url + "/v1", api_key=KEY_ALL, max_retries=0, timeout=60)


def _audit_lines(server) -> list[dict]:
    return [json.loads(line) for line in server.audit.read_text(encoding="utf-8").splitlines()]


def _wait_idle(engine):
    import time

    for _ in range(300):
        if engine.running == 0 and engine.queue_depth == 0:
            return True
        time.sleep(0.02)
    return False


def test_openai_sdk_chat_non_streamed_with_medqa_extras(client):
    response = client.chat.completions.create(
        model="anything", messages=[{"role": "user", "content": "How do I book an appointment?"}], max_tokens=8)
    choice = response.choices[0]
    assert choice.message.role == "assistant" and isinstance(choice.message.content, str)
    assert response.usage.completion_tokens <= 8 and response.usage.prompt_tokens > 100  # grounded prompt
    extra = response.model_extra["medqa"]
    assert extra["urgency"] == "none" and extra["blocked"] is False
    assert extra["safety"]["scope_decision"] in ("allow", "inform_with_disclaimer")
    assert isinstance(extra["citations"], list)


def test_openai_sdk_stream_adds_up_to_the_non_streamed_answer(client):
    kwargs = {"model": "m", "messages": [{"role": "user", "content": "What are the side effects of ibuprofen?"}],
                  "max_tokens": 10, "temperature": 0.7, "seed": 42}
    whole_response = client.chat.completions.create(**kwargs)
    whole = whole_response.choices[0].message.content
    chunks = list(client.chat.completions.create(stream=True, stream_options={"include_usage": True}, **kwargs))
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == whole
    final = [c for c in chunks if c.choices and c.choices[0].finish_reason][-1]
    assert final.model_extra["medqa"]["safety"]["scope_decision"] == "inform_with_disclaimer"
    assert final.model_extra["medqa"]["safety"]["disclaimer"] in text  # finalize() appended it, streamed too
    # include_usage reports what the same (seeded) request reports unstreamed; 0 when the pipeline answered
    # without the model (no passage relevant enough), which depends on retrieval, not on the HTTP layer.
    assert chunks[-1].usage is not None and chunks[-1].usage.model_dump(include={"prompt_tokens", "completion_tokens"}) \
        == whole_response.usage.model_dump(include={"prompt_tokens", "completion_tokens"})


def test_models_endpoint(client):
    models = client.models.list()
    assert [m.id for m in models.data] == [client.models.list().data[0].id]


def test_emergency_is_answered_without_calling_the_model(client, server, monkeypatch):
    prompts = record_generations(monkeypatch, server.app.state.assistant.engine)
    response = client.chat.completions.create(
        model="m", messages=[{"role": "user", "content": "I have crushing chest pain and my left arm is numb"}])
    assert prompts == []
    extra = response.model_extra["medqa"]
    assert extra["urgency"] == "emergency" and extra["blocked"] is True
    assert "911" in response.choices[0].message.content
    assert response.usage.completion_tokens == 0


def test_out_of_scope_dose_question_is_redirected_without_the_model(client, server, monkeypatch):
    prompts = record_generations(monkeypatch, server.app.state.assistant.engine)
    response = client.chat.completions.create(
        model="m", messages=[{"role": "user", "content": "Should I double my metformin dose?"}])
    assert prompts == []
    assert response.model_extra["medqa"]["safety"]["scope_decision"] == "redirect_clinician"


def test_auth_errors_have_the_openai_shape(server):
    wrong = openai.OpenAI(base_url=server.url + "/v1", api_key="mq-wrong", max_retries=0)
    with pytest.raises(openai.AuthenticationError) as err:
        wrong.models.list()
    assert err.value.body["code"] == "invalid_api_key"
    fhir_only = openai.OpenAI(base_url=server.url + "/v1", api_key=KEY_FHIR, max_retries=0)
    with pytest.raises(openai.PermissionDeniedError) as err:
        fhir_only.chat.completions.create(model="m", messages=[{"role": "user", "content": "hi"}])
    assert "'chat' scope" in err.value.body["message"]
    r = httpx.get(server.url + "/metrics", headers={"Authorization": f"Bearer {KEY_CHAT}"}, timeout=60)
    assert r.status_code == 403 and r.json()["error"]["type"] == "permission_error"
    r = httpx.get(server.url + "/v1/models", timeout=60)
    assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer"


def test_probes_need_no_key(server):
    assert httpx.get(server.url + "/health", timeout=60).json() == {"status": "ok"}
    assert httpx.get(server.url + "/ready", timeout=60).json()["status"] == "ready"


def test_validation_errors_are_400_with_param(client, server):
    with pytest.raises(openai.BadRequestError) as err:
        client.chat.completions.create(model="m", messages=[{"role": "user", "content": "hi"}], n=2)
    assert err.value.body["param"] == "n"
    with pytest.raises(openai.BadRequestError) as err:
        client.chat.completions.create(model="m", messages=[{"role": "user", "content": "hi"}], max_tokens=65)
    assert err.value.body["param"] == "max_tokens"
    with pytest.raises(openai.BadRequestError) as err:
        client.chat.completions.create(model="m", messages=[{"role": "user", "content": "x" * 601}])
    assert err.value.body["param"] == "messages.0.content"
    with pytest.raises(openai.BadRequestError) as err:
        client.chat.completions.create(model="m", messages=[{"role": "user", "content": "hi"}] * 5)
    assert err.value.body["param"] == "messages"
    with pytest.raises(openai.BadRequestError) as err:
        client.chat.completions.create(model="m", messages=[{"role": "assistant", "content": "hi"}])
    assert "last message" in err.value.body["message"]
    r = httpx.post(server.url + "/v1/chat/completions", content=b"{not json",
                   headers={"Authorization": f"Bearer {KEY_ALL}", "Content-Type": "application/json"}, timeout=60)
    assert r.status_code == 400 and set(r.json()["error"]) == {"message", "type", "param", "code"}
    r = httpx.get(server.url + "/v1/nothing-here", headers={"Authorization": f"Bearer {KEY_ALL}"}, timeout=60)
    assert r.status_code == 404 and r.json()["error"]["type"] == "not_found_error"


def test_payload_cap_is_413_before_parsing(server):
    headers = {"Authorization": f"Bearer {KEY_ALL}", "Content-Type": "application/json"}
    big = json.dumps(chat_body("a" * 5000)).encode()
    r = httpx.post(server.url + "/v1/chat/completions", content=big, headers=headers, timeout=60)
    assert r.status_code == 413 and r.json()["error"]["code"] == "payload_too_large"

    def chunked():  # no Content-Length: the cap counts received bytes
        for i in range(0, len(big), 1000):
            yield big[i:i + 1000]

    r = httpx.post(server.url + "/v1/chat/completions", content=chunked(), headers=headers, timeout=60)
    assert r.status_code == 413


def test_request_id_is_echoed_and_audited_without_raw_text(server, client):
    r = httpx.post(server.url + "/v1/chat/completions", json=chat_body(PHI_QUESTION),
                   headers={"Authorization": f"Bearer {KEY_ALL}", "X-Request-Id": "case-123.abc"}, timeout=60)
    assert r.status_code == 200 and r.headers["x-request-id"] == "case-123.abc"
    generated = httpx.get(server.url + "/health", timeout=60).headers["x-request-id"]
    assert re.fullmatch(r"[0-9a-f]{32}", generated)
    bad = httpx.get(server.url + "/health", headers={"X-Request-Id": "bad id <script>"}, timeout=60).headers["x-request-id"]
    assert re.fullmatch(r"[0-9a-f]{32}", bad)
    record = next(e for e in _audit_lines(server) if e["request_id"] == "case-123.abc")
    assert record["key_id"].startswith("all:") and record["route"] == "chat" and record["status"] == 200
    assert record["latency_ms"] > 0 and record["urgency"] == "none"
    assert record["mode"] in ("generated", "extractive", "no_answer")  # the verification outcome, never text
    denied = httpx.post(server.url + "/v1/chat/completions", json=chat_body(PHI_QUESTION),
                        headers={"Authorization": "Bearer mq-wrong", "X-Request-Id": "denied-1"}, timeout=60)
    assert denied.status_code == 401
    record = next(e for e in _audit_lines(server) if e["request_id"] == "denied-1")
    assert record["status"] == 401 and record["key_id"] is None and record["route"] == "chat"
    raw = server.audit.read_text(encoding="utf-8")
    assert "John Smith" not in raw and "555-123-4567" not in raw and "copy of my records" not in raw
    assert KEY_ALL not in raw


def test_audit_log_text_is_redacted_when_enabled(engine, seed_dir, tmp_path):
    audit = tmp_path / "audit.jsonl"
    app = create_app(make_settings(seed_dir, audit_log=audit, log_text=True), assistant=make_assistant(engine))
    with ServerThread(app) as srv:
        r = httpx.post(srv.url + "/v1/chat/completions", json=chat_body(PHI_QUESTION),
                       headers={"Authorization": f"Bearer {KEY_ALL}"}, timeout=60)
        assert r.status_code == 200
    (entry,) = [json.loads(line) for line in audit.read_text().splitlines()]
    assert "copy of my records" in entry["prompt"]
    assert "John Smith" not in entry["prompt"] and "555-123-4567" not in entry["prompt"]
    assert "[PHONE]" in entry["prompt"] and "[MRN]" in entry["prompt"]
    assert "answer" in entry


def test_rate_limit_is_429_with_retry_after(engine, seed_dir):
    app = create_app(make_settings(seed_dir, rate_limit_per_minute=2), assistant=make_assistant(engine))
    headers = {"Authorization": f"Bearer {KEY_ALL}"}
    with ServerThread(app) as srv:
        codes = [httpx.get(srv.url + "/v1/models", headers=headers, timeout=60) for _ in range(3)]
        other_key = httpx.get(srv.url + "/v1/models", headers={"Authorization": f"Bearer {KEY_CHAT}"}, timeout=60)
    assert [r.status_code for r in codes] == [200, 200, 429]
    assert int(codes[2].headers["retry-after"]) >= 1
    assert codes[2].json()["error"]["type"] == "rate_limit_error"
    assert other_key.status_code == 200  # per key


def test_client_disconnect_cancels_generation(server, engine):
    assert _wait_idle(engine)
    body = chat_body("Where can I park?", max_tokens=64, temperature=1.0, stream=True)
    # A chat stream shows a sentence only once it is verified, so the first content may take a while.
    with httpx.stream("POST", server.url + "/v1/chat/completions", json=body, timeout=60,
                      headers={"Authorization": f"Bearer {KEY_ALL}"}) as r:
        for line in r.iter_lines():
            if line.startswith("data:") and '"content": ""' not in line:
                break
    assert _wait_idle(engine)


def test_completions_seed_is_deterministic_under_concurrency(server):
    headers = {"Authorization": f"Bearer {KEY_ALL}"}

    async def one(http, prompt, seed):
        r = await http.post(server.url + "/v1/completions", headers=headers, json={
            "prompt": prompt, "max_tokens": 12, "temperature": 1.0, "seed": seed})
        assert r.status_code == 200, r.text
        return r.json()["choices"][0]["text"]

    async def main():
        prompts = [f"Patient question {i}: " for i in range(4)]
        async with httpx.AsyncClient(timeout=60) as http:
            solo = [await one(http, p, 7 + i) for i, p in enumerate(prompts)]
            together = await asyncio.gather(*(one(http, p, 7 + i) for i, p in enumerate(prompts)))
        return solo, together

    solo, together = asyncio.run(main())
    assert solo == list(together)


def test_completions_echo_logprobs_layout(server, engine):
    r = httpx.post(server.url + "/v1/completions", headers={"Authorization": f"Bearer {KEY_ALL}"}, json={
        "prompt": [[5, 17, 42, 99], [8, 9]], "max_tokens": 1, "echo": True, "logprobs": 1, "temperature": 0}, timeout=60)
    choices = sorted(r.json()["choices"], key=lambda c: c["index"])
    assert [len(c["logprobs"]["tokens"]) for c in choices] == [5, 3]
    first = choices[0]["logprobs"]
    assert first["token_logprobs"][0] is None
    # the greedy generated token is the argmax: its logprob equals the max of its top_logprobs
    assert first["token_logprobs"][-1] == pytest.approx(max(first["top_logprobs"][-1].values()))


def test_metrics_count_triage_and_latency(server, client):
    client.chat.completions.create(model="m", messages=[{"role": "user", "content": "I want to kill myself"}])
    # the emergency reply generates nothing; a raw completion does, so the token counter is
    # checked by this test alone, not by whichever test happened to run before it
    httpx.post(server.url + "/v1/completions", headers={"Authorization": f"Bearer {KEY_ALL}"},
               json={"prompt": [[5, 17, 42]], "max_tokens": 2, "temperature": 0}, timeout=60)
    text = httpx.get(server.url + "/metrics", headers={"Authorization": f"Bearer {KEY_ALL}"}, timeout=60).text
    assert re.search(r'medqa_triage_total\{level="emergency"\} [1-9]', text)
    assert "medqa_request_latency_seconds_bucket" in text and "medqa_time_to_first_token_seconds_count" in text
    assert re.search(r"medqa_completion_tokens_total [1-9]", text)
    assert "medqa_queue_depth" in text and "medqa_running_requests" in text


def test_cds_hooks_discovery_and_cards(server):
    headers = {"Authorization": f"Bearer {KEY_ALL}"}
    services = httpx.get(server.url + "/cds-services", headers=headers, timeout=60).json()["services"]
    service = services[0]
    assert service["hook"] == "patient-view" and "communications" in service["prefetch"]

    def call(text, service_id=service["id"]):
        prefetch = {"communications": {"resourceType": "Bundle", "type": "searchset", "entry": [
            {"resource": {"resourceType": "Communication", "status": "completed", "sent": "2024-05-01T09:00:00Z",
                          "payload": [{"contentString": "old message about parking"}]}},
            {"resource": {"resourceType": "Communication", "status": "completed", "sent": "2024-05-02T09:00:00Z",
                          "payload": [{"contentString": text}]}},
        ]}}
        return httpx.post(server.url + f"/cds-services/{service_id}", headers=headers, timeout=60, json={
            "hook": "patient-view", "hookInstance": "d1577c69-dfbe-44ad-ba6d-3e05e953b2ea",
            "context": {"userId": "Practitioner/123", "patientId": "1288992"}, "prefetch": prefetch})

    (card,) = call("Since this morning I have crushing chest pain spreading to my jaw").json()["cards"]
    assert card["indicator"] == "critical" and len(card["summary"]) <= 140
    assert card["source"]["label"] and "chest pain" in card["detail"]
    (card,) = call("What are the visiting hours on the children's ward?").json()["cards"]
    assert card["indicator"] == "info" and len(card["summary"]) <= 140
    assert "visiting hours" in card["detail"]  # the newest message was answered, not the older one
    empty = httpx.post(server.url + f"/cds-services/{service['id']}", headers=headers, timeout=60, json={
        "hook": "patient-view", "hookInstance": "x", "context": {"userId": "u", "patientId": "p"}})
    assert empty.json() == {"cards": []}
    assert call("hi", service_id="nope").status_code == 404
    r = httpx.get(server.url + "/cds-services", headers={"Authorization": f"Bearer {KEY_FHIR}"}, timeout=60)
    assert r.status_code == 403


def test_fhir_communication_round_trip(server):
    from fhir.resources.R4B.communication import Communication

    question = Communication.model_validate({
        "resourceType": "Communication", "id": "q-42", "status": "completed",
        "subject": {"reference": "Patient/1288992"}, "sender": {"reference": "Patient/1288992"},
        "payload": [{"contentString": "How do I request a copy of my medical records?"}]})
    r = httpx.post(server.url + "/fhir/Communication/$answer", content=question.model_dump_json(exclude_none=True),
                   headers={"Authorization": f"Bearer {KEY_FHIR}", "Content-Type": "application/fhir+json"},
                   timeout=60)
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith("application/fhir+json")
    answer = Communication.model_validate(r.json())
    assert answer.inResponseTo[0].reference == "Communication/q-42"
    assert answer.subject.reference == "Patient/1288992" and answer.recipient[0].reference == "Patient/1288992"
    assert answer.status == "completed" and answer.priority == "routine"
    assert answer.payload[0].contentString.strip()

    emergency = Communication.model_validate({**question.model_dump(mode="json", exclude_none=True),
                                              "payload": [{"contentString": "I can't breathe and my lips are blue"}]})
    r = httpx.post(server.url + "/fhir/Communication/$answer", content=emergency.model_dump_json(exclude_none=True),
                   headers={"Authorization": f"Bearer {KEY_FHIR}", "Content-Type": "application/fhir+json"}, timeout=60)
    assert Communication.model_validate(r.json()).priority == "stat"


@pytest.mark.parametrize("body, needle", [
    ({"resourceType": "Patient", "id": "p"}, "Communication resource"),
    ({"resourceType": "Communication", "status": "completed", "payload": [{"contentString": "hi"}]}, "id is required"),
    ({"resourceType": "Communication", "id": "q", "status": "completed"}, "contentString"),
    ({"resourceType": "Communication", "id": "q", "status": "completed", "sent": "yesterday",
      "payload": [{"contentString": "hi"}]}, "sent"),
])
def test_invalid_fhir_is_400_operation_outcome(server, body, needle):
    r = httpx.post(server.url + "/fhir/Communication/$answer", json=body,
                   headers={"Authorization": f"Bearer {KEY_FHIR}"}, timeout=60)
    assert r.status_code == 400
    outcome = r.json()
    assert outcome["resourceType"] == "OperationOutcome" and needle in outcome["issue"][0]["diagnostics"]
    no_key = httpx.post(server.url + "/fhir/Communication/$answer", json=body, timeout=60)
    assert no_key.status_code == 401 and no_key.json()["resourceType"] == "OperationOutcome"


def test_request_timeout_is_504_and_frees_the_slot(engine, seed_dir):
    # 20 ms: a few tokens at most. With 0.3 s the verifier could see two unsupported sentences first, stop the
    # generation early and answer from the passage (200), which happened once in CI.
    settings = make_settings(seed_dir, max_tokens_limit=4000, request_timeout_s=0.02)
    app = create_app(settings, assistant=make_assistant(engine, request_timeout_s=0.02))
    with ServerThread(app) as srv:
        r = httpx.post(srv.url + "/v1/chat/completions", headers={"Authorization": f"Bearer {KEY_ALL}"}, timeout=60,
                       json=chat_body("Where can I park?", max_tokens=4000, temperature=1.0))
    assert r.status_code == 504, r.text
    assert r.json()["error"]["type"] == "timeout_error"
    assert _wait_idle(engine)


def test_ui_is_mounted_without_the_api_key_only_when_enabled(engine, seed_dir):
    import importlib.util

    if importlib.util.find_spec("serving.ui") is None or importlib.util.find_spec("gradio") is None:
        pytest.skip("serving/ui.py or gradio is not present")
    with_ui = create_app(make_settings(seed_dir, ui=True), assistant=make_assistant(engine))
    without = create_app(make_settings(seed_dir, ui=False), assistant=make_assistant(engine))
    assert "/ui" in {getattr(r, "path", None) for r in with_ui.routes}
    assert "/ui" not in {getattr(r, "path", None) for r in without.routes}
    with ServerThread(with_ui) as srv:
        assert httpx.get(srv.url + "/ui/", follow_redirects=True, timeout=60).status_code == 200
        assert httpx.get(srv.url + "/v1/models", timeout=60).status_code == 401
