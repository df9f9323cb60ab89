"""The bundled KB's passages as plain rows by id, for tests that hand real passages to the grounding checks."""

import json

from medqa.knowledge_base import bundled_files


def bundled_passages_by_id() -> dict[str, dict]:
    """Every bundled passage row (en and zh), keyed by its id."""
    out = {}
    for path in bundled_files("passages"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                out[row["id"]] = row
    return out
