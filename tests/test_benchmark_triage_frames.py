"""The frame benchmark's command line: bad input ends with a clear message, never a traceback."""
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "benchmarks" / "triage_frames.py"), *args],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)


def test_unwritable_dump_path_is_a_clear_error(tmp_path):
    result = _run("--dump", str(tmp_path / "no_such_dir" / "levels.jsonl"))
    assert result.returncode != 0
    assert "cannot write --dump" in result.stderr and "Traceback" not in result.stderr


def test_unknown_group_is_a_clear_error():
    result = _run("--groups", "bogus")
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert "bogus" in result.stderr
