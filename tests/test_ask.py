"""`medqa ask`: the JSONL contract for clinician review, offline and against a running server."""

import json

import pytest

from serving.cli import main

SEED = "medqa/assets/seed"
CONTRACT = {"id", "line", "question", "answer", "citations", "sources", "mode", "verification", "safety", "urgency"}


def _write_questions(path):
    lines = [
        json.dumps({"id": "q1", "question": "How do I book an outpatient appointment?"}),
        "{not json",
        json.dumps({"id": "q3", "messages": [{"role": "user", "content": "Do you have a helipad on the roof?"}]}),
        "",
        json.dumps({"id": "q5", "note": "no question here"}),
        json.dumps({"id": 6, "question": "my husband has crushing chest pain and is sweating"}),
        json.dumps({"question": "医院有直升机停机坪吗？"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _check_answers(rows):
    assert [row["line"] for row in rows] == [1, 2, 3, 5, 6, 7]  # input order; the blank line 4 is skipped
    good, bad_json, helipad, no_question, emergency, chinese = rows
    assert CONTRACT <= set(good) and good["id"] == "q1"
    assert good["mode"] in ("generated", "extractive") and good["citations"] == ["kb-en-appointments-001"]
    assert good["sources"][0]["id"] == "kb-en-appointments-001" and good["sources"][0]["quote"]
    assert good["verification"]["mode"] == good["mode"]
    assert set(bad_json) == {"id", "line", "error"} and "line 2" in bad_json["error"] and "JSON" in bad_json["error"]
    assert "line 5" in no_question["error"] and no_question["id"] == "q5"
    assert helipad["mode"] == "no_answer" and helipad["citations"] == []
    assert emergency["id"] == "6" and emergency["mode"] == "emergency" and emergency["urgency"] == "emergency"
    assert chinese["id"] is None and chinese["mode"] == "no_answer" and "抱歉" in chinese["answer"]


@pytest.mark.slow
def test_ask_offline_answers_every_good_line_in_order_and_names_bad_lines(tmp_path, capsys):
    questions, out = tmp_path / "questions.jsonl", tmp_path / "answers.jsonl"
    _write_questions(questions)
    assert main(["ask", str(questions), "--out", str(out), "--model", SEED, "--device", "cpu",
                 "--max-tokens", "32"]) == 0
    _check_answers([json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()])
    assert "answered 4 of 6 lines" in capsys.readouterr().err


@pytest.mark.slow
def test_ask_against_a_running_server_reads_the_servers_answer(tmp_path, capsys):
    from serving.app import create_app
    from serving.assistant import build_assistant
    from serving.settings import ApiKey, ServeSettings, hash_key
    from serving.ui import serve_in_thread

    key = "sk-medqa-test-ask"
    settings = ServeSettings(model=SEED, ui=False, device="cpu", max_batch_size=4,
                             api_keys=[ApiKey(sha256=hash_key(key), scopes=["chat"], name="t")])
    assistant = build_assistant(settings)
    questions, out = tmp_path / "questions.jsonl", tmp_path / "answers.jsonl"
    _write_questions(questions)
    try:
        with serve_in_thread(create_app(settings, assistant)) as url:
            assert main(["ask", str(questions), "--out", str(out), "--endpoint", url, "--api-key", key,
                         "--max-tokens", "32"]) == 0
            _check_answers([json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()])
            assert main(["ask", str(questions), "--out", str(out), "--endpoint", url, "--api-key", "wrong"]) == 0
            rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
            assert all("error" in row for row in rows) and "HTTP 401" in rows[0]["error"]
    finally:
        assistant.engine.shutdown()


def test_ask_refuses_bad_arguments_before_loading_a_model(tmp_path, capsys):
    questions = tmp_path / "q.jsonl"
    questions.write_text(json.dumps({"question": "hi"}) + "\n", encoding="utf-8")
    assert main(["ask", str(tmp_path / "missing.jsonl"), "--out", str(tmp_path / "a.jsonl"), "--model", SEED]) == 2
    assert "input file not found" in capsys.readouterr().err
    assert main(["ask", str(questions), "--out", str(tmp_path / "a.jsonl")]) == 2
    assert "--model DIR" in capsys.readouterr().err
    assert main(["ask", str(questions), "--out", str(questions), "--model", SEED]) == 2
    assert "is the input file" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["ask", str(questions), "--out", str(tmp_path / "a.jsonl"), "--concurrency", "0"])
    assert "must be a positive number" in capsys.readouterr().err
