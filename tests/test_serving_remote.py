"""The forwarding backend: our API and safety layer in front of a second server (stand-in for vLLM)."""

import httpx
import openai
import pytest
from test_serving_support import (
    KEY_ALL,
    ServerThread,
    free_port,
    make_assistant,
    make_settings,
    record_generations,
)

from serving.app import create_app
from serving.remote_engine import RemoteEngine


@pytest.fixture(scope="module")
def pair(engine, seed_dir):
    upstream_app = create_app(make_settings(seed_dir), assistant=make_assistant(engine))
    with ServerThread(upstream_app) as upstream:
        remote = RemoteEngine(upstream.url + "/v1", model_name=engine.model_name, tokenizer=engine.tokenizer,
                              api_key=KEY_ALL)
        front_app = create_app(make_settings(seed_dir, upstream=upstream.url), assistant=make_assistant(remote))
        with ServerThread(front_app) as front:
            yield upstream, front, engine


def _chat(url, text, **extra):
    client = openai.OpenAI(base_url=url + "/v1", api_key=KEY_ALL, max_retries=0, timeout=60)
    return client.chat.completions.create(model="m", messages=[{"role": "user", "content": text}], **extra)


def test_forwarded_chat_equals_local_chat(pair):
    upstream, front, _engine = pair
    question = "What should I bring to my first appointment?"
    direct = _chat(upstream.url, question, max_tokens=12, temperature=0.8, seed=5)
    forwarded = _chat(front.url, question, max_tokens=12, temperature=0.8, seed=5)
    assert forwarded.choices[0].message.content == direct.choices[0].message.content
    assert forwarded.usage.completion_tokens == direct.usage.completion_tokens
    assert forwarded.usage.prompt_tokens == direct.usage.prompt_tokens
    assert forwarded.model_extra["medqa"]["safety"] == direct.model_extra["medqa"]["safety"]


def test_forwarded_stream_equals_forwarded_whole(pair):
    _, front, _ = pair
    client = openai.OpenAI(base_url=front.url + "/v1", api_key=KEY_ALL, max_retries=0, timeout=60)
    kwargs = {"model": "m", "messages": [{"role": "user", "content": "Where do I pay my bill?"}], "max_tokens": 10, "seed": 9,
                  "temperature": 1.0}
    whole = client.chat.completions.create(**kwargs).choices[0].message.content
    streamed = "".join(c.choices[0].delta.content or "" for c in client.chat.completions.create(stream=True, **kwargs)
                       if c.choices)
    assert streamed == whole


def test_front_safety_layer_keeps_emergencies_off_the_upstream(pair, monkeypatch):
    _upstream, front, engine = pair
    prompts = record_generations(monkeypatch, engine)
    response = _chat(front.url, "My father's face is drooping and he can't lift his arm")
    assert response.model_extra["medqa"]["urgency"] == "emergency"
    assert prompts == []


def test_forwarded_scoring_equals_upstream_scoring(pair):
    upstream, front, _ = pair
    body = {"prompt": "Visiting hours end at 8 pm.", "max_tokens": 0, "echo": True, "logprobs": 1}
    headers = {"Authorization": f"Bearer {KEY_ALL}"}
    a = httpx.post(upstream.url + "/v1/completions", json=body, headers=headers, timeout=60).json()["choices"][0]["logprobs"]
    b = httpx.post(front.url + "/v1/completions", json=body, headers=headers, timeout=60).json()["choices"][0]["logprobs"]
    assert b["tokens"] == a["tokens"]
    assert a["token_logprobs"][0] is None and b["token_logprobs"][0] is None
    assert b["token_logprobs"][1:] == pytest.approx(a["token_logprobs"][1:], abs=1e-5)
    assert b["text_offset"] == a["text_offset"]


def test_unreachable_upstream_is_a_502_with_the_error_shape(engine, seed_dir):  # noqa: F811
    dead = f"http://127.0.0.1:{free_port()}"
    remote = RemoteEngine(dead, model_name="m", tokenizer=engine.tokenizer)
    with ServerThread(create_app(make_settings(seed_dir, upstream=dead), assistant=make_assistant(remote))) as front:
        r = httpx.post(front.url + "/v1/chat/completions", headers={"Authorization": f"Bearer {KEY_ALL}"},
                       json={"messages": [{"role": "user", "content": "Where can I park?"}]}, timeout=60)
    assert r.status_code == 502
    assert "unreachable" in r.json()["error"]["message"] or "failed" in r.json()["error"]["message"]
