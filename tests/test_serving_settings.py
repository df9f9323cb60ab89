"""Settings, API-key handling and the `medqa serve` command end to end."""

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from test_serving_support import free_port

from moe_core.errors import UserError
from serving.serve import parse_key_hash
from serving.settings import (
    ApiKey,
    ServeSettings,
    generate_key,
    hash_key,
    load_api_keys,
    load_settings,
)

ROOT = Path(__file__).resolve().parents[1]


def test_keys_are_stored_as_hashes_and_matched_in_constant_time():
    raw = generate_key()
    settings = ServeSettings(model="m", api_keys=[ApiKey(sha256=hash_key("other"), name="a"),
                                                  ApiKey(sha256=hash_key(raw), scopes=["fhir"], name="b")])
    assert settings.find_key(raw).name == "b"
    assert settings.find_key(raw + "x") is None and settings.find_key("") is None
    with pytest.raises(ValueError, match="SHA-256"):
        ApiKey(sha256=raw)  # the raw key is refused: only digests are stored


def test_yaml_settings_with_overrides(tmp_path):
    config = tmp_path / "serve.yaml"
    config.write_text(f"model: /models/a\nport: 9000\nlocale: en-GB\napi_keys:\n  - sha256: {hash_key('k')}\n"
                      "    scopes: [chat, admin]\n")
    settings = load_settings(config, port=9100, model=None)
    assert settings.model == "/models/a" and settings.port == 9100 and settings.locale == "en-GB"
    assert settings.api_keys[0].scopes == ["chat", "admin"] and settings.host == "127.0.0.1"
    config.write_text("model: m\nmax_batch_size: 0\n")
    with pytest.raises(UserError, match="max_batch_size"):
        load_settings(config)
    config.write_text("model: m\nunknown_option: 1\n")
    with pytest.raises(UserError, match="unknown_option"):
        load_settings(config)
    config.write_text("model: [unclosed\n")
    with pytest.raises(UserError, match="YAML"):
        load_settings(config)


def test_api_keys_file_errors_name_the_problem(tmp_path):
    keys = tmp_path / "keys.yaml"
    keys.write_text(f"- sha256: {hash_key('a')}\n  scopes: [cds]\n  name: ehr\n")
    assert load_api_keys(keys)[0].key_id.startswith("ehr:")
    keys.write_text("- sha256: not-a-hash\n")
    with pytest.raises(UserError, match="key 0"):
        load_api_keys(keys)
    keys.write_text(f"- sha256: {hash_key('a')}\n  scopes: [root]\n")
    with pytest.raises(UserError, match="scopes"):
        load_api_keys(keys)
    with pytest.raises(UserError, match="cannot read"):
        load_api_keys(tmp_path / "missing.yaml")


def test_parse_key_hash():
    digest = hash_key("k")
    assert parse_key_hash(digest).scopes == ["chat", "cds", "fhir"]
    assert parse_key_hash(f"{digest}:chat,admin").scopes == ["chat", "admin"]
    assert parse_key_hash(f"ehr:{digest}:cds").name == "ehr"
    with pytest.raises(UserError, match="SHA-256"):
        parse_key_hash("mq-rawkey")
    with pytest.raises(UserError, match="scope"):
        parse_key_hash(f"{digest}:everything")


def test_serve_without_a_key_is_a_one_line_error(seed_dir):
    run = subprocess.run([sys.executable, "-m", "serving.cli", "serve", "--model", str(seed_dir)],
                         capture_output=True, text=True, cwd=ROOT, timeout=120, check=False)
    assert run.returncode == 2
    assert run.stderr.strip().splitlines()[-1].startswith("medqa: error: no API key configured")
    assert "Traceback" not in run.stderr


@pytest.mark.slow
def test_medqa_serve_prints_url_curl_and_key_and_serves(seed_dir, tmp_path):
    port = free_port()
    audit = tmp_path / "audit.jsonl"
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "serving.cli", "serve", "--model", str(seed_dir), "--port",
                             str(port), "--generate-key", "--no-ui", "--cpu-threads", "1", "--audit-log", str(audit)],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
    lines = []
    try:
        # The loop ends as soon as the curl line is printed; the long limit is for a loaded CI machine, where the
        # server's start-up work between the URL line and the curl line took over 120 s (ci76, load 20).
        deadline = time.monotonic() + 600
        while time.monotonic() < deadline and not any("curl -s" in line for line in lines):
            line = proc.stdout.readline()
            if not line and proc.poll() is not None:
                break
            lines.append(line)
        text = "".join(lines)
        assert f"http://127.0.0.1:{port}" in text and "curl -s" in text
        key = re.search(r"API key \(shown once.*?\): (\S+)", text).group(1)
        for _ in range(200):
            try:
                if httpx.get(f"http://127.0.0.1:{port}/ready", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        r = httpx.get(f"http://127.0.0.1:{port}/v1/models", headers={"Authorization": f"Bearer {key}"}, timeout=60)
        assert r.status_code == 200
        assert httpx.get(f"http://127.0.0.1:{port}/v1/models", timeout=60).status_code == 401
    finally:
        proc.terminate()
        proc.wait(timeout=20)
    assert key not in audit.read_text() and hash_key(key) not in audit.read_text()


def test_audit_log_lines_stay_whole_under_concurrent_writers(tmp_path):
    import json
    import threading

    from medqa.safety import redact
    from serving.security import AuditLog, AuditRecord

    log = AuditLog(tmp_path / "logs" / "audit.jsonl", log_text=True, redact=lambda t: redact(t).text)
    text = "call me at 555-123-4567 " + "x" * 6000  # lines longer than a pipe buffer (4 KiB)

    def writer(n):
        for i in range(50):
            log.write(AuditRecord(f"r{n}-{i}", "k", "chat", "m", 200, 3, 4), prompt_text=text, answer_text="ok")

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    log.close()
    lines = (tmp_path / "logs" / "audit.jsonl").read_text().splitlines()
    entries = [json.loads(line) for line in lines]
    assert len(entries) == 300 and len({e["request_id"] for e in entries}) == 300
    assert all("555-123-4567" not in e["prompt"] and "[PHONE]" in e["prompt"] for e in entries)
    assert oct((tmp_path / "logs" / "audit.jsonl").stat().st_mode & 0o777) == "0o600"


def test_audit_log_in_an_unwritable_place_is_a_user_error(tmp_path):
    from serving.security import AuditLog

    (tmp_path / "file").write_text("")
    with pytest.raises(UserError, match="audit log"):
        AuditLog(tmp_path / "file" / "audit.jsonl")


def test_settings_and_keys_files_that_are_not_utf8_are_named_not_a_traceback(tmp_path):
    config = tmp_path / "serve.yaml"
    config.write_bytes("model: m\n".encode("utf-16"))  # what Windows Notepad or PowerShell `>` writes
    with pytest.raises(UserError, match=r"serve\.yaml: the settings file is not valid UTF-8 text \(it looks like "
                                        r"UTF-16\): byte 0xff on line 1; save it as UTF-8"):
        load_settings(config)
    keys = tmp_path / "keys.yaml"
    keys.write_bytes(b"- sha256: \xe9\n")
    with pytest.raises(UserError, match="keys.yaml: the API keys file is not valid UTF-8"):
        load_api_keys(keys)


def test_upstream_must_be_an_http_url(tmp_path):
    for bad in ("not-a-url", "localhost:8001", "ftp://host/v1", "http://"):
        with pytest.raises(UserError, match=r"upstream: must be an http\(s\) URL"):
            load_settings(model="m", upstream=bad)
    config = tmp_path / "serve.yaml"
    config.write_text("model: m\nupstream: not-a-url\n")
    with pytest.raises(UserError, match="serve.yaml: upstream: must be an http"):
        load_settings(config)
    for good in ("http://127.0.0.1:8001", "https://vllm.example.org/v1"):
        assert load_settings(model="m", upstream=good).upstream == good
