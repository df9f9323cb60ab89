"""`medqa triage` / `medqa redact`: JSONL in and out, other fields kept, all-or-nothing on bad input."""

import io
import json

import pytest

from serving.cli import main


def write_jsonl(path, rows):
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n" for r in rows), encoding="utf-8")


def read_jsonl(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_triage_file_to_file_keeps_fields(tmp_path):
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_jsonl(src, [{"text": "I can't breathe", "id": 7}, {"text": "visiting hours?", "id": 8}, {"text": "my 2 year old has had a fever for 4 days"}])
    assert main(["triage", str(src), "--out", str(out)]) == 0
    rows = read_jsonl(out)
    assert [r.get("id") for r in rows] == [7, 8, None]
    assert rows[0]["urgent"] is True and rows[0]["level"] == "emergency" and rows[0]["rules"]
    assert rows[1]["urgent"] is False and rows[1]["level"] == "none" and rows[1]["rules"] == []
    assert rows[2]["level"] == "urgent" and rows[2]["urgent"] is True


def test_triage_locale_and_number_reach_the_response(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO(json.dumps({"text": "胸口痛"}) + "\n"))
    assert main(["triage", "-", "--locale", "zh-CN"]) == 0
    assert "120" in json.loads(capsys.readouterr().out)["response"]
    monkeypatch.setattr("sys.stdin", io.StringIO(json.dumps({"msg": "chest pain"}) + "\n"))
    assert main(["triage", "--field", "msg", "--emergency-number", "999"]) == 0
    assert "999" in json.loads(capsys.readouterr().out)["response"]


def test_triage_reads_a_conversation_as_turns_or_messages(tmp_path):
    """A line may hold a conversation; the alarm told first still stands after a practical second turn."""
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_jsonl(src, [
        {"id": 1, "turns": ["my dad's chest feels crushed and his left arm is numb, he's grey and sweating",
                            "which entrance do we use?"]},
        {"id": 2, "messages": [{"role": "user", "content": "孩子发烧了，三十八度五"},
                               {"role": "assistant", "content": "孩子多大了？"},
                               {"role": "user", "content": "他已经三岁了，精神很好，在玩玩具，想问儿科门诊周末开不开"}]},
        {"id": 3, "turns": ["what time is visiting on ward 7?", "也想问一下：我爸刚才突然说话含糊，右手抬不起来"]},
    ])
    assert main(["triage", str(src), "--out", str(out)]) == 0
    rows = read_jsonl(out)
    assert [r["level"] for r in rows] == ["emergency", "none", "emergency"]
    assert "911" in rows[0]["response"] and rows[1]["response"] is None
    assert rows[2]["rules"]  # an alarm in a later turn stands
    assert rows[0]["turns"][1] == "which entrance do we use?"  # the input fields are kept


@pytest.mark.parametrize("bad,message", [
    ('{"turns": []}', ":1: field 'turns' must be a list holding at least one user message"),
    ('{"turns": "chest pain"}', ":1: field 'turns' must be a list"),
    ('{"messages": [{"role": "assistant", "content": "hi"}]}', ":1: field 'messages' must be a list holding"),
])
def test_a_conversation_without_a_user_message_is_named(tmp_path, capsys, bad, message):
    src = tmp_path / "in.jsonl"
    write_jsonl(src, [bad])
    assert main(["triage", str(src), "--out", str(tmp_path / "out.jsonl")]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


def test_redact_adds_text_and_offset_spans(tmp_path):
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    text = "I'm Sarah, call 555-123-4567"
    write_jsonl(src, [{"text": text, "lang": "en"}, {"text": "我叫王芳"}])
    assert main(["redact", str(src), "--out", str(out)]) == 0
    rows = read_jsonl(out)
    assert rows[0]["redacted"] == "I'm [NAME], call [PHONE]" and rows[0]["lang"] == "en"
    assert [text[e["start"]:e["end"]] for e in rows[0]["entities"]] == ["Sarah", "555-123-4567"]
    assert rows[1]["redacted"] == "我叫[NAME]"


@pytest.mark.parametrize("bad,message", [
    ("not json", ":2: not valid JSON"),
    ('["a list"]', ":2: expected a JSON object"),
    ('{"other": "x"}', ":2: missing field 'text'"),
    ('{"text": 5}', ":2: field 'text' must be a string"),
])
@pytest.mark.parametrize("command", ["triage", "redact"])
def test_malformed_line_fails_cleanly_and_leaves_existing_output_untouched(tmp_path, capsys, command, bad, message):
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_jsonl(src, [{"text": "fine"}, bad, {"text": "also fine"}])
    out.write_text("previous results\n")
    assert main([command, str(src), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert out.read_text() == "previous results\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl", "out.jsonl"]  # no temp file left behind


def test_malformed_stdin_writes_nothing_to_stdout(monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO('{"text": "my chest hurts"}\n{broken\n'))
    assert main(["triage"]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and "stdin:2" in captured.err


def test_missing_input_bad_locale_and_same_in_out_are_user_errors(tmp_path, capsys):
    assert main(["redact", str(tmp_path / "nope.jsonl")]) == 2
    assert "not found" in capsys.readouterr().err
    src = tmp_path / "in.jsonl"
    write_jsonl(src, [{"text": "hi"}])
    assert main(["triage", str(src), "--locale", "xx-QQ"]) == 2
    assert "xx-QQ" in capsys.readouterr().err
    assert main(["redact", str(src), "--out", str(src)]) == 2
    assert read_jsonl(src) == [{"text": "hi"}]


@pytest.mark.parametrize("command", ["triage", "redact"])
def test_out_that_is_a_directory_or_unwritable_is_refused_up_front(tmp_path, capsys, monkeypatch, command):
    import os
    import tempfile

    import medqa.safety.cli as safety_cli

    src = tmp_path / "in.jsonl"
    write_jsonl(src, [{"text": "chest pain"}])
    outdir = tmp_path / "results"
    outdir.mkdir()
    assert main([command, str(src), "--out", str(outdir)]) == 2
    err = capsys.readouterr().err
    assert err == f"medqa: error: --out {outdir} is a directory; give a file path such as {outdir / 'out.jsonl'}\n"
    assert list(outdir.iterdir()) == [] and sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl", "results"]
    assert main([command, str(tmp_path), "--out", str(tmp_path / "o.jsonl")]) == 2
    assert "is a directory; give a JSONL file" in capsys.readouterr().err

    def no_work(*args, **kwargs):
        raise AssertionError("the input was processed before --out was checked")

    real = tempfile.TemporaryFile

    def read_only(*args, dir=None, **kwargs):  # root ignores chmod, so simulate a read-only directory
        if dir is not None and os.path.abspath(dir) == str(outdir):
            raise PermissionError(13, os.strerror(13))
        return real(*args, dir=dir, **kwargs)

    monkeypatch.setattr(safety_cli, "_records", no_work)
    monkeypatch.setattr(tempfile, "TemporaryFile", read_only)
    assert main([command, str(src), "--out", str(outdir / "x.jsonl")]) == 2
    err = capsys.readouterr().err
    assert err == f"medqa: error: --out {outdir / 'x.jsonl'}: cannot write in {outdir} (Permission denied)\n"


def test_triage_help_tells_a_newcomer_a_line_may_hold_a_conversation(capsys):
    # the 'turns' / 'messages' lines were accepted before `--help` said so: a reviewer reading the help would not know
    with pytest.raises(SystemExit) as done:
        main(["triage", "--help"])
    assert done.value.code == 0
    shown = " ".join(capsys.readouterr().out.split())
    assert "'turns'" in shown and "'messages'" in shown
