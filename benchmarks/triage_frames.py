"""Triage frame robustness: spent emergencies with a neutral setting put in front; how many stay emergencies.

A veto that reads a frame (a story, a course, a document, a rehearsal) must not swallow a real emergency told after it:
"大坑火龙排练完，我爷爷吐了很多鲜红色的血" read as none (session 28, blind47), and "We just got back from football
training and my flatmate took a whole box of paracetamol on purpose" did too. This benchmark is built differently from
the rules: it takes the emergencies of spent blind batches that triage reads as emergencies on their own, puts each of
ten English or ten Chinese everyday settings in front (where the writer has just been, not what is asked), and counts
the messages that drop below emergency, per setting. Nothing here was tuned on: a setting that drops many is a veto to
audit. Last line: RESULT triage_frame_kept <share kept> target >=0.99.

    python3 benchmarks/triage_frames.py [--rows 500] [--batches blind40,blind42,...,blind47] [--seed 28]
"""

import argparse
import collections
import json
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from _common import loadavg  # noqa: E402

EN_SETTINGS = ["After choir practice tonight, ", "We just got back from football training and ", "At the rehearsal earlier, ",
               "Writing from work, quick one: ", "On the school run this morning ", "At my daughter's dance show, ",
               "After the church service, ", "Back from the gym and ", "At the allotment today, ",
               "During the quiz night at the pub, "]
ZH_SETTINGS = ["训练完，", "下班回到家，", "彩排结束后，", "放学接孩子的时候，", "在工地上，", "唱完K回来，", "开完会出来，",
               "广场舞跳完，", "逛完街回家，", "练完舞以后，"]
_HAN = re.compile(r"[\u4e00-\u9fff]")


def parse_args(argv=None) -> argparse.Namespace:
    """The command line: how many emergencies, from which spent batches, with which sampling seed."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=500, help="emergencies sampled (each read with ten settings)")
    parser.add_argument("--batches", default="blind40,blind42,blind43,blind44,blind45,blind46,blind47",
                        help="comma-separated spent batch folders under tests/data/safety")
    parser.add_argument("--seed", type=int, default=28, help="sampling seed")
    args = parser.parse_args(argv)
    if args.rows < 1:
        parser.error("--rows must be at least 1")
    return args


def spent_emergencies(batches: list[str]) -> list[dict]:
    """Single-message emergency rows of the named batches (a missing batch is an error naming it)."""
    rows = []
    for name in batches:
        path = ROOT / "tests" / "data" / "safety" / name / "triage.jsonl"
        if not path.exists():
            raise SystemExit(f"error: no triage set at {path} (batch {name!r})")
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line) if line.strip() else {}
            if row.get("level") == "emergency" and row.get("text"):
                rows.append(row)
    return rows


def with_setting(setting: str, text: str) -> str:
    """The message with a setting in front (an English message's first letter lowered, as one sentence)."""
    return setting + (text if _HAN.search(text) else text[:1].lower() + text[1:])


def main(argv=None) -> int:
    """Run the audit and print per-setting drops, a few dropped messages, then the RESULT line."""
    args = parse_args(argv)
    from medqa.safety.triage import EMERGENCY, RedFlagTriage

    triage = RedFlagTriage()
    rows = spent_emergencies([b.strip() for b in args.batches.split(",") if b.strip()])
    random.Random(args.seed).shuffle(rows)
    tried, dropped, examples = collections.Counter(), collections.Counter(), []
    start = time.time()
    base_kept = 0
    for row in rows[: args.rows]:
        if triage.assess(row["text"]).level != EMERGENCY:
            continue  # a miss on its own is the safety benchmark's business, not a frame's
        base_kept += 1
        for setting in ZH_SETTINGS if _HAN.search(row["text"]) else EN_SETTINGS:
            tried[setting] += 1
            result = triage.assess(with_setting(setting, row["text"]))
            if result.level != EMERGENCY:
                dropped[setting] += 1
                if len(examples) < 8:
                    examples.append((row["id"], result.level, with_setting(setting, row["text"])[:140]))
    print(f"== triage frame robustness: {base_kept} spent emergencies read as emergencies alone, each with ten settings "
          f"({time.time() - start:.0f} s, load {loadavg()})")
    for setting in EN_SETTINGS + ZH_SETTINGS:
        if tried[setting]:
            print(f"  {dropped[setting]:4d}/{tried[setting]:4d} dropped   {setting!r}")
    for row_id, level, text in examples:
        print(f"    DROPPED {row_id} -> {level}: {text}")
    total = sum(tried.values())
    kept = (total - sum(dropped.values())) / total if total else 0.0
    print(f"RESULT triage_frame_kept {kept:.4f} target >=0.99")
    return 0


if __name__ == "__main__":
    sys.exit(main())
