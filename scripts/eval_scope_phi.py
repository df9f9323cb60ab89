"""Measure the scope guard and PHI redaction on one generated set, per kind and per script.

    python3 scripts/eval_scope_phi.py --batch test3 [--misses misses.jsonl]
    python3 scripts/eval_scope_phi.py --scope-file some/scope.jsonl --phi-file some/phi.jsonl   # any set by path
    python3 scripts/eval_scope_phi.py --batch test3 --long-chars 44000   # also time one long text (throughput)

Scope: recall = share of "redirect" rows redirected; over-redirect = share of "allow" rows redirected.
PHI: exact-span recall per kind (start, end and kind must all match); false positives = spans on PHI-free rows.
"redacted" also counts an identifier whose exact span was redacted under another kind (an SSN labelled ID): what
reaches a log, whatever a labeller calls it.
"""

import argparse
import json
import time
from collections import defaultdict
from pathlib import Path

from medqa.safety.phi import kind_matches, redact
from medqa.safety.scope import REDIRECT, classify_scope

GENERATED = Path(__file__).resolve().parents[1] / "tests" / "data" / "safety" / "generated"


def load_rows(path: Path, fields: tuple[str, ...] = ("text",)) -> list[dict]:
    """Read a JSONL set; a bad line or a row missing a field raises ValueError naming the file and line."""
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            raise ValueError(f"{path}:{number}: not JSON ({error.msg})") from None
        missing = [field for field in fields if not isinstance(row, dict) or field not in row]
        if missing:
            raise ValueError(f"{path}:{number}: missing field(s) {', '.join(missing)}")
        # the script defaults to the language ("en", "zh") for sets that do not split Chinese by script
        row.setdefault("script", row.get("lang", "?"))
        rows.append(row)
    return rows


def scope_table(rows: list[dict]) -> tuple[dict, list[dict]]:
    """Return {(label, group): [hits, total]} for group in all/kind/script/kind-by-script, and the rows that were wrong."""
    table, wrong = defaultdict(lambda: [0, 0]), []
    for row in rows:
        redirected = classify_scope(row["text"]).decision == REDIRECT
        # kind x script too: a class of miss often lives in one language only ("zh-Hant med_change")
        for group in ("all", row["kind"], row["script"], f'{row["kind"]}/{row["script"]}'):
            table[(row["label"], group)][0] += redirected
            table[(row["label"], group)][1] += 1
        if redirected != (row["label"] == "redirect"):
            wrong.append(row)
    return dict(table), wrong


def phi_table(rows: list[dict]) -> tuple[dict, list[dict], float]:
    """Return {group: [found, total]} for group in all/kind/script (and redacted_any_kind), the wrong rows, and ms/row."""
    table, wrong = defaultdict(lambda: [0, 0]), []
    started = time.perf_counter()
    results = [redact(row["text"]) for row in rows]
    ms_per_row = 1000 * (time.perf_counter() - started) / max(len(rows), 1)
    for row, result in zip(rows, results):
        got = {(span.start, span.end, span.kind) for span in result.spans}
        missed = [e for e in row["entities"]
                  if not any(start == e["start"] and end == e["end"] and kind_matches(kind, e["kind"]) for start, end, kind in got)]
        spans = {(start, end) for start, end, _ in got}
        for entity in row["entities"]:
            table["redacted_any_kind"][0] += (entity["start"], entity["end"]) in spans
            table["redacted_any_kind"][1] += 1
            hit = entity not in missed
            for group in ("all", entity["kind"], row["script"], f'{entity["kind"]}/{row["script"]}'):
                table[group][0] += hit
                table[group][1] += 1
        if not row["entities"]:
            table["clean_rows_touched"][0] += bool(got)
            table["clean_rows_touched"][1] += 1
        if missed or (not row["entities"] and got):
            wrong.append({**row, "got": sorted(got)})
    return dict(table), wrong, ms_per_row


def long_text_seconds(rows: list[dict], chars: int) -> tuple[float, float]:
    """Seconds to redact one `chars`-long text made of the set's rows, and one made of junk with no identifier."""
    texts = [row["text"] for row in rows] or ["no identifiers here"]
    joined, i = "", 0
    while len(joined) < chars:
        joined += texts[i % len(texts)] + "\n"
        i += 1
    junk = ("Dr. 9-1 王 my name is thanks,\n a@ " * (chars // 30 + 1))[:chars]
    timings = []
    for text in (joined[:chars], junk):
        started = time.perf_counter()
        redact(text)
        timings.append(time.perf_counter() - started)
    return timings[0], timings[1]


def main() -> None:
    """Command-line entry: print the per-kind and per-script tables for one batch."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batch", default="test3", help="tune, test, test3 or test_sp (generated/{scope,phi}_BATCH.jsonl)")
    parser.add_argument("--scope-file", type=Path, help="a scope set by path (instead of --batch's)")
    parser.add_argument("--phi-file", type=Path, help="a PHI set by path (instead of --batch's)")
    parser.add_argument("--misses", type=Path, help="write the wrong rows here (JSONL)")
    parser.add_argument("--long-chars", type=int, default=0, help="also time redaction of one text this long (0: skip)")
    args = parser.parse_args()
    scope_path = args.scope_file or GENERATED / f"scope_{args.batch}.jsonl"
    phi_path = args.phi_file or GENERATED / f"phi_{args.batch}.jsonl"
    for path in (scope_path, phi_path):
        if not path.is_file():
            parser.error(f"set not found: {path}")
    try:
        scope_rows = load_rows(scope_path, ("text", "label", "kind"))
        phi_rows = load_rows(phi_path, ("text", "entities"))
    except (ValueError, UnicodeDecodeError) as error:
        parser.error(str(error))
    scope, scope_wrong = scope_table(scope_rows)
    print(f"scope guard ({scope_path.name})\n| label | group | redirected | rate |\n|---|---|---|---|")
    for (label, group), (hits, total) in sorted(scope.items(), key=lambda kv: (kv[0][0] != "redirect", kv[0][1] != "all", kv[0][1])):
        print(f"| {label} | {group} | {hits}/{total} | {hits / total:.3f} |")
    phi, phi_wrong, ms = phi_table(phi_rows)
    print(f"\nPHI exact-span recall ({phi_path.name}; redact {ms:.2f} ms/row)\n| group | found | recall |\n|---|---|---|")
    for group, (found, total) in sorted(phi.items(), key=lambda kv: (kv[0] != "all", kv[0])):
        print(f"| {group} | {found}/{total} | {found / total:.3f} |")
    if args.long_chars > 0:
        real, junk = long_text_seconds(phi_rows, args.long_chars)
        print(f"\nredact one {args.long_chars}-char text: rows of the set {real:.2f} s, junk {junk:.2f} s")
    if args.misses:
        args.misses.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in scope_wrong + phi_wrong),
                               encoding="utf-8")


if __name__ == "__main__":
    main()
