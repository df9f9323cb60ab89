"""The bundled homophone table is exactly what scripts/build_zh_homophones.py writes (round 36h's table, rebuilt)."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_bundled_table_is_reproduced_by_its_script(tmp_path):
    out = tmp_path / "zh_homophones.txt"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_zh_homophones.py"), "--out", str(out)],
                   check=True, capture_output=True, timeout=600)
    assert out.read_bytes() == (ROOT / "medqa" / "safety" / "data" / "zh_homophones.txt").read_bytes()
