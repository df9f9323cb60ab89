"""Triage frame robustness: spent messages wrapped in a neutral setting; emergencies kept, benign rows not raised.

A veto that reads a frame (a story, a course, a document, a rehearsal) must not swallow a real emergency told after it:
"大坑火龙排练完，我爷爷吐了很多鲜红色的血" read as none (session 28, blind47), and "We just got back from football
training and my flatmate took a whole box of paracetamol on purpose" did too. And a setting must not turn an ordinary
message into an emergency. This benchmark is built differently from the rules: it takes rows of spent blind batches
that triage reads right on their own (emergencies as emergencies, benign rows below emergency), wraps each in everyday
settings (where the writer has just been, a story opener, a forwarded text, a form's field line, a sign-off after the
message, in English, Mandarin, Cantonese and Taiwanese wording), and counts the emergencies that drop and the benign
rows that rise, per setting.

The settings come in three groups. ORIGINAL: the first ten per language (session 28; one fix was fitted on them).
The NEW settings (session 29) were written before any was run and split by a fixed rule (odd position TUNE, even HELD):
a fix may read the TUNE drops; HELD settings are only counted, to measure whether a fix carries to wrapping it never
saw. Last line: RESULT triage_frame_kept <share of emergencies kept over all settings> target >=0.99.

    python3 benchmarks/triage_frames.py [--rows 250] [--benign-rows 250] [--groups original,tune,held]
                                        [--batches blind40,...,blind47] [--seed 28] [--dump levels.jsonl]
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

# A setting is a template with one {} for the message. ORIGINAL: session 28's twenty prefixes.
EN_ORIGINAL = ["After choir practice tonight, {}", "We just got back from football training and {}",
               "At the rehearsal earlier, {}", "Writing from work, quick one: {}", "On the school run this morning {}",
               "At my daughter's dance show, {}", "After the church service, {}", "Back from the gym and {}",
               "At the allotment today, {}", "During the quiz night at the pub, {}"]
ZH_ORIGINAL = ["训练完，{}", "下班回到家，{}", "彩排结束后，{}", "放学接孩子的时候，{}", "在工地上，{}", "唱完K回来，{}",
               "开完会出来，{}", "广场舞跳完，{}", "逛完街回家，{}", "练完舞以后，{}"]
# NEW (session 29), written in one go before any run; position 1, 3, 5 ... is TUNE, 2, 4, 6 ... is HELD.
EN_NEW = ["Long story short, {}", "Sorry to bother you on a Sunday. {}", "My sister asked me to message you: {}",
          "Reason for contact: {}", "Not sure if this is the right place but {}", "Typing this from the car park, {}",
          "So we were halfway through a board game when {}", "Quick question from the front desk of our B&B: {}",
          "Forwarding what my mum just texted: \"{}\"", "Hi, it's the neighbour from number 12. {}",
          "{} Sorry if this is the wrong place to ask.", "{} (on my phone, excuse typos)", "{} Thanks in advance.",
          "{} What do we do?", "{} I'm writing from the school office.", "Re: parents' evening - {}", "Hiya, {}",
          "This might be nothing but {}", "After the film finished, {}",
          "Me again about the parking thing - different question now: {}"]
ZH_NEW = ["长话短说，{}", "不好意思周末打扰，{}", "我姐让我帮她问一下：{}", "咨询事由：{}", "不知道是不是问这里，{}",
          "在停车场给你们发的，{}", "刚看完电影出来，{}", "刚下课，{}", "我妈刚发微信说：“{}”", "{}（手机打字，见谅）",
          "{}谢谢！", "{}怎么办？", "{}不好意思打扰了。", "啱啱落完班，{}", "行完街返到屋企，{}", "{}點算好？",
          "剛從夜市回來，{}", "剛下班回到家，{}", "转发一下邻居的消息：{}", "上周的预约先不说了，{}"]
GROUPS = {
    "original": {"en": EN_ORIGINAL, "zh": ZH_ORIGINAL},
    "tune": {"en": EN_NEW[0::2], "zh": ZH_NEW[0::2]},
    "held": {"en": EN_NEW[1::2], "zh": ZH_NEW[1::2]},
}
_HAN = re.compile(r"[\u4e00-\u9fff]")


def parse_args(argv=None) -> argparse.Namespace:
    """The command line: how many rows of each side, which setting groups, from which spent batches, which seed."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=250, help="emergencies sampled (each read with every setting)")
    parser.add_argument("--benign-rows", type=int, default=250,
                        help="benign (level none) rows sampled, each read with every setting (0: skip that side)")
    parser.add_argument("--groups", default="original,tune,held",
                        help="comma-separated setting groups: " + ", ".join(GROUPS))
    parser.add_argument("--batches", default="blind40,blind42,blind43,blind44,blind45,blind46,blind47",
                        help="comma-separated spent batch folders under tests/data/safety")
    parser.add_argument("--seed", type=int, default=28, help="sampling seed")
    parser.add_argument("--dump", help="write one JSON line per wrapped message (id, group, setting, side, level)")
    args = parser.parse_args(argv)
    if args.rows < 0 or args.benign_rows < 0 or args.rows + args.benign_rows == 0:
        parser.error("--rows and --benign-rows must be non-negative and not both 0")
    groups = [g.strip() for g in args.groups.split(",") if g.strip()]
    unknown = [g for g in groups if g not in GROUPS]
    if unknown or not groups:
        parser.error(f"--groups: unknown group(s) {unknown or groups}; choose from {', '.join(GROUPS)}")
    args.groups = groups
    return args


def spent_rows(batches: list[str], level: str) -> list[dict]:
    """Single-message rows of one level from the named batches (a missing batch is an error naming it)."""
    rows = []
    for name in batches:
        path = ROOT / "tests" / "data" / "safety" / name / "triage.jsonl"
        if not path.exists():
            raise SystemExit(f"error: no triage set at {path} (batch {name!r})")
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line) if line.strip() else {}
            if row.get("level") == level and row.get("text"):
                rows.append(row)
    return rows


def with_setting(setting: str, text: str) -> str:
    """The message put into a setting; after a prefix that runs on (no stop or colon), an English first letter is lowered."""
    prefix = setting.split("{}")[0].rstrip()
    if prefix and not _HAN.search(text) and prefix[-1] not in ".:!?\"-":
        text = text[:1].lower() + text[1:]
    return setting.replace("{}", text)


def main(argv=None) -> int:
    """Run the audit and print per-setting drops and rises, a few examples, then the RESULT line."""
    args = parse_args(argv)
    try:  # opened before the long run, so a bad path fails at once and clearly
        dump = open(args.dump, "w", encoding="utf-8") if args.dump else None
    except OSError as err:
        raise SystemExit(f"error: cannot write --dump {args.dump!r}: {err.strerror}")
    from medqa.safety.triage import EMERGENCY, RedFlagTriage

    triage = RedFlagTriage()
    batches = [b.strip() for b in args.batches.split(",") if b.strip()]
    sides = {"emergency": (spent_rows(batches, "emergency"), args.rows),
             "benign": (spent_rows(batches, "none"), args.benign_rows)}
    tried, changed, examples = collections.Counter(), collections.Counter(), collections.defaultdict(list)
    alone = collections.Counter()
    start = time.time()
    for side, (rows, n) in sides.items():
        random.Random(args.seed).shuffle(rows)
        for row in rows[:n]:
            if (triage.assess(row["text"]).level == EMERGENCY) != (side == "emergency"):
                continue  # wrong on its own: the safety benchmark's business, not a frame's
            alone[side] += 1
            lang = "zh" if _HAN.search(row["text"]) else "en"
            for group in args.groups:
                for setting in GROUPS[group][lang]:
                    level = triage.assess(with_setting(setting, row["text"])).level
                    key = (side, group, setting)
                    tried[key] += 1
                    if (level == EMERGENCY) != (side == "emergency"):
                        changed[key] += 1
                        if len(examples[side]) < 6:
                            examples[side].append((row["id"], level, with_setting(setting, row["text"])[:140]))
                    if dump:
                        dump.write(json.dumps({"id": row["id"], "side": side, "group": group, "setting": setting,
                                               "level": level}, ensure_ascii=False) + "\n")
    if dump:
        dump.close()
    print(f"== triage frame robustness: {alone['emergency']} spent emergencies and {alone['benign']} benign rows read "
          f"right alone, each wrapped in every setting of {', '.join(args.groups)} "
          f"({time.time() - start:.0f} s, load {loadavg()})")
    for side, verb in (("emergency", "dropped below emergency"), ("benign", "raised to emergency")):
        if not alone[side]:
            continue
        print(f"-- {side} rows: {verb}")
        for group in args.groups:
            keys = [k for k in tried if k[0] == side and k[1] == group]
            total, bad = sum(tried[k] for k in keys), sum(changed[k] for k in keys)
            print(f"  [{group}] {bad}/{total}")
            for key in keys:
                if changed[key]:
                    print(f"    {changed[key]:4d}/{tried[key]:4d}   {key[2]!r}")
        for row_id, level, text in examples[side]:
            print(f"    {side.upper()} {row_id} -> {level}: {text}")
    keys = [k for k in tried if k[0] == "emergency"]
    total = sum(tried[k] for k in keys)
    kept = (total - sum(changed[k] for k in keys)) / total if total else 0.0
    print(f"RESULT triage_frame_kept {kept:.4f} target >=0.99")
    return 0


if __name__ == "__main__":
    sys.exit(main())
