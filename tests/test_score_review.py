"""scripts/score_review.py: reviewer-set verdicts from `medqa ask` output lines."""
import json

import pytest

from script_support import load_script

S = load_script("score_review")

QUESTIONS = [
    {"id": "a", "language": "en", "answerable": True, "gold": ["kb-1"]},
    {"id": "b", "language": "en", "answerable": True, "gold": ["kb-2"]},
    {"id": "c", "language": "en", "answerable": True, "gold": ["kb-3"]},
    {"id": "d", "language": "en", "answerable": False, "gold": []},
    {"id": "e", "language": "zh", "answerable": False, "gold": []},
    {"id": "f", "language": "zh", "answerable": True, "gold": ["kb-9"]},
]
ANSWERS = [
    {"id": "a", "mode": "generated", "citations": ["kb-7", "kb-1"]},
    {"id": "b", "mode": "no_answer", "citations": []},
    {"id": "c", "mode": "extractive", "citations": ["kb-4"]},
    {"id": "d", "mode": "no_answer", "citations": []},
    {"id": "e", "mode": "extractive", "citations": ["kb-5"]},
    {"id": "f", "mode": "emergency", "citations": []},
]


def test_verdicts_and_rates():
    outcomes = S.score(QUESTIONS, ANSWERS)
    assert [o.verdict for o in outcomes] == ["right", "refused", "wrong", "dont_know", "answered", "blocked"]
    summary = S.summary(outcomes)
    assert summary["en"]["right_citation"] == pytest.approx(1 / 3)
    assert summary["en"]["wrongly_refused"] == pytest.approx(1 / 3)
    assert summary["en"]["dont_know"] == 1.0
    assert summary["zh"]["dont_know"] == 0.0 and summary["zh"]["ans_blocked"] == 1


def test_missing_answer_and_bad_line_are_clear_errors(tmp_path):
    with pytest.raises(SystemExit, match="no answer line"):
        S.score(QUESTIONS, ANSWERS[:-1])
    bad = tmp_path / "a.jsonl"
    bad.write_text('{"id": "a"}\nnot json\n', encoding="utf-8")
    with pytest.raises(SystemExit, match="line 2 is not JSON"):
        S.read_jsonl(str(bad))
    # an answers file that was never written (a `medqa ask` run that failed) is named, not a traceback
    with pytest.raises(SystemExit, match=r"cannot read .*missing\.jsonl: No such file"):
        S.read_jsonl(str(tmp_path / "missing.jsonl"))


def test_cli_prints_summary(tmp_path, capsys):
    q, a = tmp_path / "q.jsonl", tmp_path / "a.jsonl"
    q.write_text("".join(json.dumps(r) + "\n" for r in QUESTIONS), encoding="utf-8")
    a.write_text("".join(json.dumps(r) + "\n" for r in ANSWERS), encoding="utf-8")
    assert S.main([str(q), str(a), "-v"]) == 0
    out = capsys.readouterr().out
    assert "b\trefused" in out and json.loads(out[out.index("{"):])["en"]["answerable"] == 3
