"""Evaluate a learned emergency check (a second look that would lower doubted emergencies to urgent), writers held out.

The check is a binary logistic (emergency vs none) over the learned net's n-gram features (words in a negation
scope marked, medqa/safety/learned.py), fitted on every spent labelled triage row: the project's own sets and every
blind writer's batch (tests/data/safety/blind*, everyday*). It would be asked only about messages the pipeline already
calls an emergency, and say urgent instead when the probability is below a threshold; it never raises a level.

Evaluated in session 24 and NOT shipped: at any threshold that lowers a useful share of the false alarms, the
out-of-fold emergencies below it include "could this be a heart attack? chest pain for 20 minutes" and "took 24
paracetamol ... feel fine now" (data_cards/learned_safety_model.md, "Emergency check"). The script stays so the
figures can be reproduced and a better model measured the same way.

Subcommands:
  decisions --batch B --out D          per-row level of the pipeline importable here on tests/data/safety/B (run it
                                       from a worktree of a batch's first-run commit: cd /tmp/f && PYTHONPATH=/tmp/f
                                       python3 <this> decisions ...); the --dev input of report
  cv      --l2 L --folds K --out F     out-of-fold probability of every row: the writers are dealt into K folds and
                                       each fold is scored by a model fitted without it (what the next writer sees)
  report  --scores F [--dev D ...]     emergencies scored below each threshold (out of fold), and, with --dev, the
                                       share of first-run false alarms lowered (D: per-row decisions of the pipeline
                                       at a set's first run, JSON lines with id, gold, level); --min-words and
                                       --keep-category give the guards tried (short messages and a category never
                                       lowered)

Session 24: cv --l2 1e-4 and 1e-5, --folds 9.
"""

import argparse
import json
import random
import re
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import fit_learned_safety as base  # noqa: E402  (the shared data readers, features and L-BFGS fit)

from moe_core.errors import UserError  # noqa: E402

def labelled_rows() -> list[dict]:
    """Every spent triage row labelled emergency or none, with its writer group."""
    rows = []
    for path in sorted(base.SAFETY.glob("triage_*.jsonl")):
        rows += base._read(path, "project_hand")
    for path in sorted((base.SAFETY / "generated").glob("triage_*.jsonl")):
        rows += base._read(path, "project_generated")
    for folder in sorted(base.SAFETY.iterdir()):
        if folder.is_dir() and folder.name.startswith(("blind", "everyday")) and (folder / "triage.jsonl").exists():
            rows += base._read(folder / "triage.jsonl", folder.name)
    return [r for r in rows if r.get("level") in ("emergency", "none")]


def row_key(row: dict) -> str:
    """A row's id (project rows without one are keyed by group and text)."""
    return row.get("id") or f"{row['group']}:{base.fit_text(row)[:80]}"


def fit(rows: list[dict], language: str, l2: float):
    """(weights, bias) of the binary model on one language's rows; each turn of a benign conversation is one more
    negative, as in the learned net (greetings alone must score low)."""
    chosen = [r for r in rows if base.row_language(r) == language]
    texts = [base.fit_text(r) for r in chosen]
    labels = [int(r["level"] == "emergency") for r in chosen]
    for row in chosen:
        if "turns" in row and row["level"] != "emergency":
            turns = [t for t in base._turns(row) if t.strip()]
            texts += turns
            labels += [0] * len(turns)
    return base.fit_logistic(base.feature_matrix(texts, language, None, False), np.array(labels), 1, l2)


def score(model, rows: list[dict], language: str) -> np.ndarray:
    """Probability per row, the highest over the texts scored at run time (each turn, and the turns joined)."""
    texts = [base.run_texts(r) for r in rows]
    flat = [t for ts in texts for t in ts]
    if not flat:
        return np.zeros(0)
    scores = base.scores_of(base.feature_matrix(flat, language, None, False), *model, None)
    out, at = [], 0
    for ts in texts:
        out.append(float(scores[at:at + len(ts)].max()))
        at += len(ts)
    return np.array(out)


def cross_validate(l2: float, folds: int, out: Path) -> None:
    """Write the out-of-fold probability of every row (writers dealt into `folds` folds)."""
    rows = labelled_rows()
    groups = sorted({r["group"] for r in rows})
    random.Random(7).shuffle(groups)
    with out.open("w", encoding="utf-8") as handle:
        for k in range(folds):
            held = set(groups[k::folds])
            for language in ("en", "zh"):
                model = fit([r for r in rows if r["group"] not in held], language, l2)
                test = [r for r in rows if r["group"] in held and base.row_language(r) == language]
                for row, p in zip(test, score(model, test, language)):
                    handle.write(json.dumps({"id": row_key(row), "group": row["group"], "level": row["level"],
                                             "category": row.get("category", ""), "p": round(float(p), 6)}) + "\n")
            print(f"fold {k + 1}/{folds}: {sorted(held)}", file=sys.stderr)


def read_scores(path: Path) -> list[dict]:
    """The rows of a `cv` output file."""
    if not path.exists():
        raise UserError(f"{path} does not exist (write it with: cv --out {path})")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _words(text: str) -> float:
    """Length in words (a Chinese character counts 1/1.6 of a word)."""
    return len(re.findall(r"[A-Za-z0-9']+", text)) + len(re.findall(r"[\u4e00-\u9fff]", text)) / 1.6


def _recent(group: str) -> bool:
    """Writers of the current brief format (blind25 on, every everyday set)."""
    match = re.fullmatch(r"blind(\d+)[a-z]?", group)  # blind52a / blind52b: two writers per session from blind52
    return bool(match and int(match.group(1)) >= 25) or group.startswith("everyday")


def report(path: Path, dev: list[Path], min_words: float, keep: set[str], lowest: int) -> None:
    """Out-of-fold emergencies below each threshold and, with first-run decisions, false alarms lowered."""
    scores = read_scores(path)
    texts = {row_key(r): base.fit_text(r) for r in labelled_rows()}

    def lowered(entry: dict) -> bool:
        return entry["category"] not in keep and _words(texts.get(entry["id"], "")) >= min_words

    by_id = {s["id"]: s for s in scores}
    emergencies = [s for s in scores if s["level"] == "emergency"]
    alarms = []
    for decisions in dev:
        for line in decisions.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if row["level"] == "emergency" and row["gold"] == "none" and row["id"] in by_id:
                alarms.append(by_id[row["id"]])
    recent = [s for s in emergencies if _recent(s["group"])]
    print(f"{len(emergencies)} out-of-fold emergencies ({len(recent)} from blind25+ / everyday writers); "
          f"{len(alarms)} first-run false alarms; guards: >= {min_words:g} words, never {sorted(keep) or 'none'}")
    for t in (0.02, 0.05, 0.08, 0.1, 0.15, 0.2):
        below = [s for s in emergencies if s["p"] < t and lowered(s)]
        line = f"  t {t:.2f}  emergencies below {len(below)} ({len(below) / max(1, len(emergencies)):.2%}), " \
               f"recent writers {sum(_recent(s['group']) for s in below)}"
        if alarms:
            hit = sum(s["p"] < t and lowered(s) for s in alarms)
            line += f"  false alarms lowered {hit}/{len(alarms)} = {hit / len(alarms):.2f}"
        print(line)
    print(f"lowest {lowest} out-of-fold emergencies a check would lower:")
    for s in sorted((s for s in emergencies if lowered(s)), key=lambda s: s["p"])[:lowest]:
        print(f"  {s['p']:.3f} {s['group']:18s} {s['category']:20s} {texts.get(s['id'], '')[:110]!r}")


def first_run_decisions(batch: str, out: Path) -> None:
    """Write the pipeline's per-row triage level on one batch (the medqa on sys.path: a first-run worktree)."""
    from medqa.safety.similarity import prime_embeddings
    from medqa.safety.triage import RedFlagTriage

    path = base.SAFETY / batch / "triage.jsonl"
    if not path.exists():
        raise UserError(f"{path} does not exist")
    rows = base._read(path, batch)
    prime_embeddings([t for r in rows for t in (base._turns(r) if "turns" in r else [r["text"]])])
    triage = RedFlagTriage()
    with out.open("w", encoding="utf-8") as handle:
        for row in rows:
            result = triage.assess_conversation(base._turns(row)) if "turns" in row else triage.assess(row["text"])
            handle.write(json.dumps({"id": row["id"], "gold": row["level"], "category": row["category"],
                                     "level": result.level, "rules": result.rules}, ensure_ascii=False) + "\n")
    print(f"wrote {out}: {len(rows)} rows", file=sys.stderr)


def main() -> None:
    """Command line."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    cv = sub.add_parser("cv", help="out-of-fold probabilities, whole writers held out")
    cv.add_argument("--l2", type=float, default=1e-4)
    cv.add_argument("--folds", type=int, default=9)
    cv.add_argument("--out", type=Path, required=True)
    dec = sub.add_parser("decisions", help="per-row pipeline levels on one batch (from a first-run worktree)")
    dec.add_argument("--batch", required=True)
    dec.add_argument("--out", type=Path, required=True)
    rep = sub.add_parser("report", help="emergencies below each threshold; first-run false alarms lowered")
    rep.add_argument("--scores", type=Path, required=True)
    rep.add_argument("--dev", type=Path, nargs="*", default=[])
    rep.add_argument("--min-words", type=float, default=0.0, help="never lower a message shorter than this")
    rep.add_argument("--keep-category", action="append", default=[], help="a category never lowered (repeatable)")
    rep.add_argument("--lowest", type=int, default=20, help="print this many of the lowest emergencies")
    args = parser.parse_args()
    try:
        if args.command == "cv":
            cross_validate(args.l2, args.folds, args.out)
        elif args.command == "decisions":
            first_run_decisions(args.batch, args.out)
        else:
            report(args.scores, args.dev, args.min_words, set(args.keep_category), args.lowest)
    except UserError as error:
        sys.exit(f"error: {error}")


if __name__ == "__main__":
    main()
