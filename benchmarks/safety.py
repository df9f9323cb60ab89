"""Safety-layer quality: triage recall / false alarms (held-out and tuning), PHI recall and precision, speed.

    python3 benchmarks/safety.py

The RESULT uses held-out v4 (written before its first measurement and never used for tuning); see
data_cards/safety_test_sets.md for the history of each set. Last line:
RESULT triage_recall_heldout <x> target >=0.95.
"""

import json
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from medqa.safety.phi import redact  # noqa: E402
from medqa.safety.pipeline import SafetyPipeline  # noqa: E402
from medqa.safety.triage import EMERGENCY, NONE, RedFlagTriage  # noqa: E402

DATA = ROOT / "tests" / "data" / "safety"


def load(name):
    """Rows of a JSONL test set."""
    return [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def triage_report(name: str, triage: RedFlagTriage) -> float:
    """Print recall per language and category and the false-alarm rate; return emergency recall."""
    rows = load(name)
    emerg = [r for r in rows if r["level"] == EMERGENCY]
    benign = [r for r in rows if r["level"] == NONE]
    by_lang, by_cat, misses = defaultdict(list), defaultdict(list), []
    for r in emerg:
        result = triage.assess(r["text"])
        hit = result.level == EMERGENCY
        by_lang[r["lang"]].append(hit)
        by_cat[r["category"]].append(hit)
        if not hit:
            misses.append(f"    MISS [{r['category']}] {r['text']!r} -> {result.level} {result.rules}")
    alarms = [(r, triage.assess(r["text"])) for r in benign]
    alarms = [f"    FALSE ALARM {r['text']!r} -> {res.level} {res.rules}" for r, res in alarms if res.level != NONE]
    recall = sum(sum(v) for v in by_lang.values()) / max(1, len(emerg))
    print(f"\n== triage on {name}: {len(emerg)} emergencies, {len(benign)} benign")
    print(f"  emergency recall: {recall:.3f}")
    for lang, hits in sorted(by_lang.items()):
        print(f"    {lang}: {sum(hits)}/{len(hits)} = {sum(hits) / len(hits):.3f}")
    print("  per category:")
    for cat, hits in sorted(by_cat.items()):
        print(f"    {cat:22s} {sum(hits):3d}/{len(hits):<3d} {sum(hits) / len(hits):.2f}")
    print(f"  false alarms on benign: {len(alarms)}/{len(benign)} = {len(alarms) / max(1, len(benign)):.3f}")
    for line in misses + alarms:
        print(line)
    return recall


def phi_report(name: str) -> None:
    """Print PHI recall per kind (exact span+kind, and any-overlap), and span precision."""
    found_exact, found_overlap, total = defaultdict(int), defaultdict(int), defaultdict(int)
    predicted = correct = 0
    for row in load(name):
        spans = redact(row["text"]).spans
        predicted += len(spans)
        gold = row["entities"]
        for e in gold:
            total[e["kind"]] += 1
            found_exact[e["kind"]] += any(s.start == e["start"] and s.end == e["end"] and s.kind == e["kind"] for s in spans)
            found_overlap[e["kind"]] += any(s.start < e["end"] and e["start"] < s.end for s in spans)
        correct += sum(any(s.start < e["end"] and e["start"] < s.end for e in gold) for s in spans)
    n = sum(total.values())
    print(f"\n== PHI on {name}: {n} labelled identifiers")
    print(f"  recall exact {sum(found_exact.values()) / n:.3f}   recall overlap (value hidden) "
          f"{sum(found_overlap.values()) / n:.3f}   precision (spans overlapping a label) {correct / max(1, predicted):.3f}")
    for kind in sorted(total):
        print(f"    {kind:12s} exact {found_exact[kind]}/{total[kind]}  hidden {found_overlap[kind]}/{total[kind]}")


def speed() -> None:
    """Messages per second through SafetyPipeline.check (triage + scope + PHI), one CPU thread."""
    texts = [r["text"] for r in load("triage_tuning.jsonl")]
    pipeline = SafetyPipeline()
    start = time.perf_counter()
    for text in texts * 3:
        pipeline.check(text)
    elapsed = time.perf_counter() - start
    print(f"\n== speed: {len(texts) * 3 / elapsed:.0f} messages/s through SafetyPipeline.check "
          f"({elapsed / (len(texts) * 3) * 1e3:.2f} ms each)")


def main() -> None:
    """Run every measurement and print the RESULT line."""
    triage = RedFlagTriage()
    triage_report("triage_tuning.jsonl", triage)
    # v1 (first run 0.987), v2 (0.851) and v3 (0.860) were each measured once and rule fixes followed
    # their misses, so they are spent: shown for drift only. v4 is the clean held-out set behind the RESULT.
    for spent in ("triage_heldout.jsonl", "triage_heldout2.jsonl", "triage_heldout3.jsonl"):
        triage_report(spent, triage)
    recall = triage_report("triage_heldout4.jsonl", triage)
    phi_report("phi_labelled.jsonl")
    phi_report("phi_heldout.jsonl")
    speed()
    print(f"RESULT triage_recall_heldout {recall:.3f} target >=0.95")


if __name__ == "__main__":
    main()
