"""Shared helpers for the serving tests: the tiny seed model, one engine per session, loopback servers.

Imported by the other tests/test_serving_*.py files (pytest puts tests/ on sys.path); it holds no tests.
"""

import os
import socket
import threading
import time


os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

KEY_ALL = "mq-test-all-scopes"
KEY_CHAT = "mq-test-chat-only"
KEY_FHIR = "mq-test-fhir-only"


def free_port() -> int:
    """An unused loopback port."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class ServerThread:
    """uvicorn serving an app on 127.0.0.1:<free port> in a background thread."""

    def __init__(self, app):
        import uvicorn

        # Bind here and hand uvicorn the socket: asking for a free port and letting uvicorn bind it later raced with
        # other xdist workers doing the same (a port taken in between failed a test at random).
        self.socket = socket.socket()
        self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.socket.bind(("127.0.0.1", 0))
        self.port = self.socket.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning",
                                                    lifespan="off"))
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.socket]}, daemon=True)

    def __enter__(self):
        self.thread.start()
        for _ in range(400):
            if self.server.started:
                return self
            time.sleep(0.025)
        raise RuntimeError("uvicorn did not start within 10 s")

    def __exit__(self, *exc):
        self.server.should_exit = True
        self.thread.join(timeout=10)
        self.socket.close()


def make_settings(model_dir, **overrides):
    """ServeSettings with three keys (all scopes, chat only, fhir only) and the given overrides."""
    from serving.settings import ApiKey, ServeSettings, hash_key

    keys = [ApiKey(sha256=hash_key(KEY_ALL), scopes=["chat", "cds", "fhir", "admin"], name="all"),
            ApiKey(sha256=hash_key(KEY_CHAT), scopes=["chat"], name="chat"),
            ApiKey(sha256=hash_key(KEY_FHIR), scopes=["fhir"], name="fhir")]
    values = {"model": str(model_dir), "api_keys": keys, "ui": False, "max_batch_size": 8, "max_queue": 16}
    values.update(overrides)
    return ServeSettings(**values)


def make_assistant(engine, **kwargs):
    """A fresh Assistant (own metrics binding) over the shared engine and a BM25-only bundled index."""
    from serving.assistant import Assistant

    return Assistant(engine, _index(), **kwargs)


_INDEX = []


def _index():
    if not _INDEX:
        from medqa.knowledge_base import load_knowledge_base
        from medqa.retrieval import KnowledgeIndex

        _INDEX.append(KnowledgeIndex(load_knowledge_base(), use_embeddings=False))
    return _INDEX[0]


def record_generations(monkeypatch, engine) -> list:
    """Wrap `engine.generate` so a test can see every prompt the model was asked (the engine keeps no counter)."""
    prompts = []
    original = engine.generate

    def recording_generate(prompt, *args, **kwargs):
        prompts.append(prompt)
        return original(prompt, *args, **kwargs)

    monkeypatch.setattr(engine, "generate", recording_generate)
    return prompts


def chat_body(text: str, **extra) -> dict:
    """A minimal chat completion request."""
    return {"messages": [{"role": "user", "content": text}], "max_tokens": 8, **extra}
