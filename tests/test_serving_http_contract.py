"""The HTTP contract without a model: security defaults, one status per failure, honest OpenAPI, clear errors.

The engine here is a small stand-in (no model weights): it either answers a fixed sentence or fails the
way an upstream server does, which a real model cannot be made to do on demand.
"""

import json

import pytest
from fastapi.testclient import TestClient
from test_serving_support import KEY_ALL, KEY_CHAT, KEY_FHIR, make_settings

from medqa.engine import EngineError, GenerationChunk
from medqa.protocol import ChatCompletionRequest, ChatCompletionResponse, ErrorResponse, request_models
from moe_core.errors import UserError
from serving.app import create_app
from serving.settings import ServeSettings

QUESTION = "What are the visiting hours?"
# Two sentences of the knowledge base's own visiting passage, so verification keeps them and streams the first.
ANSWER = ("General adult wards usually welcome visitors during set visiting hours, typically from early afternoon "
          "until evening, with a limit of two visitors at a bedside at one time. Exact hours vary by ward, so "
          "check the ward's page on the hospital website.")
FIRST_SENTENCE_WORDS = 28


class StandInEngine:
    """Answers one fixed text, or raises EngineError after `fail_after` chunks (None: never)."""

    model_name = "stand-in"
    ready = True
    queue_depth = 0
    running = 0

    def __init__(self, fail_after: int | None = None):
        self.fail_after = fail_after
        self.calls = 0

    def render_chat(self, messages: list[dict]) -> str:
        return "\n".join(m["content"] for m in messages)

    def encode(self, prompt) -> list[int]:
        return list(range(len(prompt.split()))) if isinstance(prompt, str) else list(prompt)

    async def generate(self, prompt, params, request_id=None):
        self.calls += 1
        words = ANSWER.split(" ")
        for i, word in enumerate(words):
            if self.fail_after is not None and i >= self.fail_after:
                raise EngineError("upstream error 500: the GPU fell over")
            last = i == len(words) - 1
            yield GenerationChunk(text=word + ("" if last else " "), finish_reason="stop" if last else None,
                                  prompt_tokens=len(self.encode(prompt)), completion_tokens=i + 1)

    async def score(self, prompt, top_logprobs: int = 1):
        raise EngineError("scoring is not available upstream")


def _client(engine=None, **overrides) -> TestClient:
    from test_serving_support import _index

    from medqa.assistant import Assistant

    values = make_settings("unused-model-dir", **overrides).model_dump()
    app = create_app(ServeSettings(**values), assistant=Assistant(engine or StandInEngine(), _index()))
    return TestClient(app, raise_server_exceptions=False)


def _auth(key=KEY_ALL) -> dict:
    return {"Authorization": f"Bearer {key}"}


def _chat(**extra) -> dict:
    return ChatCompletionRequest(messages=[{"role": "user", "content": QUESTION}], **extra).model_dump(
        exclude_none=True)


def test_docs_and_schema_need_a_key_by_default():
    client = _client()
    assert client.get("/openapi.json").status_code == 401
    assert client.get("/docs").status_code == 401
    schema = client.get("/openapi.json", headers=_auth(KEY_FHIR))  # any scope will do
    assert schema.status_code == 200 and "/v1/chat/completions" in schema.json()["paths"]
    page = client.get("/docs", headers=_auth(KEY_CHAT))
    # The page carries the schema: the browser's own fetch of /openapi.json would have no key.
    assert page.status_code == 200 and '"spec"' in page.text and "/v1/chat/completions" in page.text
    assert client.get("/health").status_code == 200 and client.get("/ready").status_code == 200


def test_public_docs_setting_opens_them():
    client = _client(public_docs=True)
    assert client.get("/openapi.json").status_code == 200
    assert client.get("/docs").status_code == 200
    assert client.get("/v1/models").status_code == 401  # the API itself stays closed


def test_engine_error_is_502_with_and_without_a_stream():
    engine = StandInEngine(fail_after=0)
    client = _client(engine)
    r = client.post("/v1/chat/completions", json=_chat(), headers=_auth())
    assert engine.calls == 1, "the question must reach the engine for this test to mean anything"
    assert r.status_code == 502
    assert ErrorResponse.model_validate(r.json()).error.code == "engine_error"

    engine.fail_after = FIRST_SENTENCE_WORDS + 2  # fails after the first sentence was verified and streamed
    with client.stream("POST", "/v1/chat/completions", json=_chat(stream=True), headers=_auth()) as r:
        assert r.status_code == 200
        events = [line.removeprefix("data: ") for line in r.iter_lines() if line.startswith("data: ")]
    error = ErrorResponse.model_validate(json.loads(events[-2])).error
    assert error.code == "engine_error" and error.type == "server_error" and events[-1] == "[DONE]"
    metrics = client.get("/metrics", headers=_auth()).text
    assert 'medqa_requests_total{route="chat",status="502"} 2.0' in metrics  # one status, both paths


def test_answer_reaches_the_client_through_the_shared_models():
    engine = StandInEngine()
    r = _client(engine).post("/v1/chat/completions", json=_chat(), headers=_auth())
    assert r.status_code == 200 and engine.calls == 1
    response = ChatCompletionResponse.model_validate(r.json())
    assert response.medqa is not None and response.medqa.mode in ("generated", "extractive")


def test_malformed_json_says_what_and_where():
    r = _client().post("/v1/chat/completions", content=b'{"messages": [{"role": "user" "content": "hi"}]}',
                       headers={**_auth(), "Content-Type": "application/json"})
    assert r.status_code == 400
    error = r.json()["error"]
    assert error["message"] == "request body is not valid JSON: Expecting ',' delimiter at line 1 column 31"
    assert error["param"] is None
    r = _client().post("/v1/chat/completions", content=b'{\n  "messages": [\n    oops]}',
                       headers={**_auth(), "Content-Type": "application/json"})
    assert r.json()["error"]["message"].endswith("at line 3 column 5")


@pytest.mark.parametrize("value, status", [(1.0, 200), (1, 200), (2, 400), (1.5, 400), (True, 400), ("1", 400)])
def test_n_takes_integral_floats_as_its_schema_says(value, status):
    r = _client().post("/v1/chat/completions", json={**_chat(), "n": value}, headers=_auth())
    assert r.status_code == status, r.text


def test_openapi_documents_streams_413_and_the_fhir_body():
    paths = _client().get("/openapi.json", headers=_auth()).json()["paths"]
    for route in ("/v1/chat/completions", "/v1/completions"):
        responses = paths[route]["post"]["responses"]
        assert "text/event-stream" in responses["200"]["content"] and "application/json" in responses["200"]["content"]
        assert "413" in responses and "502" in responses
    fhir = paths["/fhir/Communication/$answer"]["post"]
    body = fhir["requestBody"]["content"]["application/fhir+json"]["schema"]
    assert {"resourceType", "id", "payload"} <= set(body["required"])
    assert "413" in fhir["responses"]


def test_fhir_empty_body_is_refused_as_its_schema_says():
    r = _client().post("/fhir/Communication/$answer", json={}, headers=_auth(KEY_FHIR))
    assert r.status_code == 400 and r.json()["resourceType"] == "OperationOutcome"


def test_request_models_state_the_last_turn_rule_in_the_schema():
    import jsonschema

    models = request_models()
    schema = models.chat.model_json_schema()
    validator = jsonschema.Draft202012Validator(schema)
    ok = {"messages": [{"role": "system", "content": "be brief"}, {"role": "user", "content": "hi"}]}
    bad = {"messages": [{"role": "user", "content": "hi"}, {"role": "assistant", "content": "hello"}]}
    blank = {"messages": [{"role": "user", "content": "   "}]}
    assert validator.is_valid(ok) and not validator.is_valid(bad) and not validator.is_valid(blank)
    for body in (bad, blank):  # and the model refuses exactly what the schema refuses
        with pytest.raises(ValueError, match="last message"):
            models.chat.model_validate(body)


def test_ui_beyond_loopback_needs_a_login():
    pytest.importorskip("gradio")
    from serving.ui import _ui_auth

    open_loopback = make_settings("m", host="127.0.0.1")
    assert _ui_auth(open_loopback) is None
    public = make_settings("m", host="0.0.0.0")
    check = _ui_auth(public)
    assert check is not None and check("anyone", KEY_CHAT) and not check("anyone", "guess")
    assert not check("anyone", KEY_FHIR)  # a key without the chat scope does not open the chat
    with_password = make_settings("m", host="0.0.0.0", ui_password="correct horse")
    assert _ui_auth(with_password)("x", "correct horse")
    no_login = make_settings("m", host="0.0.0.0", api_keys=[])
    with pytest.raises(UserError, match="--ui-password"):
        _ui_auth(no_login)
    with pytest.raises(UserError, match="open to anyone"):
        _client(host="0.0.0.0", api_keys=[], ui=True)
