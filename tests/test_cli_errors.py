"""The `medqa` entry point's safety nets: file-system errors and unusable listen addresses are one-line errors."""

import os
import socket

import pytest

from serving import cli
from serving.settings import generate_key, hash_key


def _rename_onto_a_directory(tmp_path):
    """Publish a temp file onto a directory, as an atomic write to `--out DIR` does: a real IsADirectoryError."""
    tmp = tmp_path / ".medqa-1234.jsonl.tmp"
    tmp.write_text("{}\n")
    (tmp_path / "out").mkdir()
    os.replace(tmp, tmp_path / "out")


def test_an_os_error_escaping_a_command_is_one_line_naming_the_path(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("MEDQA_DEBUG", raising=False)
    monkeypatch.setattr(cli, "_quickstart", lambda args: _rename_onto_a_directory(tmp_path))
    assert cli.main(["quickstart"]) == 2
    err = capsys.readouterr().err
    assert err == f"medqa: error: Is a directory: {tmp_path / 'out'}\n"  # the user's path, not the temp file's

    def unwritable(args):
        raise PermissionError(13, "Permission denied", str(tmp_path / "ro" / "x.jsonl"))

    monkeypatch.setattr(cli, "_quickstart", unwritable)
    assert cli.main(["quickstart"]) == 2
    assert capsys.readouterr().err == f"medqa: error: Permission denied: {tmp_path / 'ro' / 'x.jsonl'}\n"


def test_a_real_command_with_a_file_as_its_out_dir_is_one_line_and_the_file_is_kept(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("MEDQA_DEBUG", raising=False)
    precious = tmp_path / "precious.txt"
    precious.write_text("keep me")
    assert cli.main(["build-seed", "--out", str(precious)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("medqa: error: ") and len(err.splitlines()) == 1 and str(precious) in err
    assert precious.read_text() == "keep me"


def test_medqa_debug_keeps_the_traceback(tmp_path, monkeypatch):
    monkeypatch.setenv("MEDQA_DEBUG", "1")
    monkeypatch.setattr(cli, "_quickstart", lambda args: _rename_onto_a_directory(tmp_path))
    with pytest.raises(IsADirectoryError):
        cli.main(["quickstart"])


@pytest.fixture
def busy_port():
    """A port something is already listening on."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        yield sock.getsockname()[1]


@pytest.fixture
def serve_env(monkeypatch):
    # `medqa serve` sets these for itself; keep them from leaking into later tests.
    for name in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE", "HF_DATASETS_OFFLINE", "GRADIO_ANALYTICS_ENABLED",
                 "TOKENIZERS_PARALLELISM"):
        monkeypatch.setenv(name, os.environ.get(name, "1"))


def test_serve_on_a_port_in_use_fails_before_loading_or_printing_a_key(busy_port, serve_env, capsys, monkeypatch):
    import serving.app

    def create_app(settings):
        raise AssertionError("the model must not load when the port cannot be used")

    monkeypatch.setattr(serving.app, "create_app", create_app)
    assert cli.main(["serve", "--model", "m", "--generate-key", "--no-ui", "--port", str(busy_port)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""  # no banner, no API key for a server that never starts
    assert captured.err.strip().splitlines()[-1] == (
        f"medqa: error: cannot listen on 127.0.0.1:{busy_port}: address already in use "
        "(is another server running? use --port)")


def test_serve_on_a_host_that_does_not_resolve_names_it(serve_env, capsys):
    assert cli.main(["serve", "--model", "m", "--api-key-hash", hash_key(generate_key()), "--host", "999.1.1.1",
                     "--port", "8000"]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and "warning" not in captured.err
    assert captured.err.startswith("medqa: error: cannot listen on 999.1.1.1:8000: cannot resolve host '999.1.1.1'")


def test_serve_refuses_a_non_url_upstream_at_start_up(serve_env, capsys):
    assert cli.main(["serve", "--upstream", "not-a-url", "--model", "medqa", "--generate-key"]) == 2
    err = capsys.readouterr().err
    assert err == "medqa: error: settings: upstream: must be an http(s) URL such as http://127.0.0.1:8001, got " \
                  "'not-a-url'\n"
