"""A bounded load test: 32 users for ~10 s; only intended 429s, never a 5xx or a broken stream."""

import asyncio
import importlib.util
from pathlib import Path

import pytest
from test_serving_support import (  # noqa: F401
    KEY_ALL,
    ServerThread,
    engine,
    make_assistant,
    make_settings,
    seed_dir,
)

from serving.app import create_app


def _load_test_module():
    path = Path(__file__).resolve().parents[1] / "benchmarks" / "load_test.py"
    spec = importlib.util.spec_from_file_location("bench_load_test", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
def test_32_users_get_answers_or_429_only(engine, seed_dir):  # noqa: F811
    load_test = _load_test_module()
    # A low per-key limit and a small queue so the run exercises both refusal paths.
    settings = make_settings(seed_dir, rate_limit_per_minute=40, max_queue=4)
    with ServerThread(create_app(settings, assistant=make_assistant(engine))) as server:
        summary = asyncio.run(load_test.run_load_test(server.url, KEY_ALL, users=32, duration_s=10, max_tokens=8))
    print(summary)
    assert summary["unexpected_errors"] == 0, summary
    assert summary["ok"] > 0 and summary["rate_limited"] > 0
    assert summary["p50_s"] is not None and summary["p99_s"] >= summary["p50_s"]
