"""schemathesis (all checks, positive and negative data) against our /openapi.json: 0 failures.

The schema says everything the server checks (the last chat message is a non-blank user turn, a stream
takes one prompt without echo or logprobs, the FHIR body's required elements), so a schema-valid request
is never answered 400: `positive_data_acceptance` does not accept it. The one rule a schema cannot state is
a text prompt's length in tokens; the limits below keep every schema-valid prompt within the seed's 2,048-token
window (at most 4 tokens per character), so that rule is not hit here. 5xx are never accepted.
"""

import shutil
import subprocess

import pytest
from test_serving_support import (
    KEY_ALL,
    ServerThread,
    make_assistant,
    make_settings,
)

from serving.app import create_app

CONFIG = """[checks]
max_response_time = 60

[checks.positive_data_acceptance]
expected-statuses = ["2xx", "401", "403", "404", "429"]

[parameters]
"path.service_id" = "medqa-patient-question"
"""


@pytest.mark.slow
def test_schemathesis_all_checks_pass(engine, seed_dir, tmp_path):
    cli = shutil.which("schemathesis") or shutil.which("st")
    if cli is None:
        pytest.skip("schemathesis is not installed")
    (tmp_path / "schemathesis.toml").write_text(CONFIG)
    settings = make_settings(seed_dir, max_tokens_limit=8, rate_limit_per_minute=1_000_000, max_messages=3,
                             max_message_chars=64, max_queue=64)
    with ServerThread(create_app(settings, assistant=make_assistant(engine))) as server:
        run = subprocess.run(
            [cli, "--config-file", str(tmp_path / "schemathesis.toml"), "run", server.url + "/openapi.json",
             "--checks", "all", "-H", f"Authorization: Bearer {KEY_ALL}", "-n", "15", "--generation-deterministic",
             "--request-timeout", "60"],  # a shared, busy CPU: slow is not wrong
            capture_output=True, text=True, timeout=540, cwd=tmp_path, check=False)
    print(run.stdout[-4000:])
    assert run.returncode == 0, run.stdout[-6000:] + run.stderr[-2000:]
    assert "passed" in run.stdout and " failures" not in run.stdout.split("SUMMARY")[-1]
