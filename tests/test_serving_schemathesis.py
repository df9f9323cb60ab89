"""schemathesis (all checks) against our /openapi.json: 0 failures.

One deliberate setting: `positive_data_acceptance` also accepts 400, because some rules are semantic
and not expressible in the JSON schema (the last chat message must be a non-empty user turn; streaming
takes one prompt without echo/logprobs; a FHIR body must be a valid Communication with an id). 5xx are
never accepted (`not_a_server_error` stays on).
"""

import shutil
import subprocess

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

CONFIG = """[checks.positive_data_acceptance]
expected-statuses = ["2xx", "400", "401", "403", "404", "409", "429"]

[parameters]
"path.service_id" = "medqa-patient-question"
"""


@pytest.mark.slow
def test_schemathesis_all_checks_pass(engine, seed_dir, tmp_path):  # noqa: F811
    cli = shutil.which("schemathesis") or shutil.which("st")
    if cli is None:
        pytest.skip("schemathesis is not installed")
    (tmp_path / "schemathesis.toml").write_text(CONFIG)
    settings = make_settings(seed_dir, max_tokens_limit=8, rate_limit_per_minute=1_000_000, max_messages=4,
                             max_message_chars=400, max_queue=64)
    with ServerThread(create_app(settings, assistant=make_assistant(engine))) as server:
        run = subprocess.run(
            [cli, "--config-file", str(tmp_path / "schemathesis.toml"), "run", server.url + "/openapi.json",
             "--checks", "all", "-H", f"Authorization: Bearer {KEY_ALL}", "-n", "15", "--generation-deterministic"],
            capture_output=True, text=True, timeout=540, cwd=tmp_path, check=False)
    print(run.stdout[-4000:])
    assert run.returncode == 0, run.stdout[-6000:] + run.stderr[-2000:]
    assert "passed" in run.stdout and " failures" not in run.stdout.split("SUMMARY")[-1]
