"""scripts/eval_scope_phi.py: any set by path, with clear errors for bad rows (never a traceback)."""

import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "eval_scope_phi.py"


def run(tmp_path, scope_text, phi_text):
    scope, phi = tmp_path / "scope.jsonl", tmp_path / "phi.jsonl"
    scope.write_text(scope_text, encoding="utf-8")
    phi.write_text(phi_text, encoding="utf-8")
    return subprocess.run([sys.executable, str(SCRIPT), "--scope-file", str(scope), "--phi-file", str(phi)],
                          capture_output=True, text=True, timeout=300)


def test_a_set_without_a_script_field_is_scored_by_its_language(tmp_path):
    done = run(tmp_path, '{"text": "Where is the pharmacy?", "label": "allow", "kind": "info", "lang": "en"}\n',
               '{"text": "Call Anna Berg on 07700 900123", "lang": "en", "entities": []}\n')
    assert done.returncode == 0, done.stderr
    assert "| allow | en | 0/1 |" in done.stdout


def test_a_bad_line_is_named_with_its_file_and_line(tmp_path):
    done = run(tmp_path, '{"text": "hi", "label": "allow", "kind": "info"}\nnot json\n', '{"text": "x", "entities": []}\n')
    assert done.returncode == 2
    assert "scope.jsonl:2: not JSON" in done.stderr and "Traceback" not in done.stderr


def test_a_row_missing_a_field_is_named(tmp_path):
    done = run(tmp_path, '{"text": "hi", "label": "allow", "kind": "info"}\n', '{"text": "x"}\n')
    assert done.returncode == 2 and "phi.jsonl:1: missing field(s) entities" in done.stderr
