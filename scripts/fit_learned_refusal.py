"""Fit the learned refusal (G35, issue 12) beside the learned rescue (`medqa/learned_gate.py`).

    python3 scripts/fit_learned_refusal.py --extract /tmp/refusal.jsonl --language zh     # features of the spent sets
    python3 scripts/fit_learned_refusal.py --fit /tmp/refusal.jsonl --language zh --folds   # honest report, then weights

Rows: the spent sets' questions as the product reads them before generation (safety, retrieval k = 3, the learned
gate's relevances, the answer-slot check): every blind reviewer set R6..R44 (tests/data/grounded_review*), set u34
(tests/data/grounded_u34), the validation split's retrieved rows (its answerable wordings and
out_of_scope_validation.jsonl; its unanswerable items are asked against fixed passages, where the learned look does
not run) -- never the test split. One pair per row the pipeline would answer: the question and the passage it would
quote first (the best-ranked one the gate, with the rescue, accepts), labelled 1 when it is the row's gold passage.
Model: a logistic regression per language (L2 = 1, Newton, `fit_learned_gate.fit_logistic`) over
`learned_gate.REFUSAL_FEATURES`. Threshold: on out-of-fold scores, folds grouped by set (one writer's whole set in one
fold, leave-one-set-out), the highest that refuses at most BUDGET of the answerable rows the pipeline answers today
(1% of the answerable rows; the training split's wordings are fitted on but not counted); the bias is shifted so the threshold is 0.5. `--folds` first reports each set scored by
a model fitted without it, with its threshold chosen on the other sets' out-of-fold scores (nested: honest for a new
writer), before / after per set.
"""

import argparse
import collections
import json
import math
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from fit_learned_gate import fit_logistic  # noqa: E402
from medqa import learned_gate as LG  # noqa: E402

BUDGET = 0.01  # answerable rows newly refused, as a share of all answerable rows (brief G35)
GROUNDED = ROOT / "medqa" / "assets" / "grounded"
REVIEW_SETS = range(6, 45)  # R6..R44: all spent (session 35)


def sources() -> list[tuple[str, Path]]:
    """(set name, questions file) of every spent set read here; never the test split."""
    out = [(f"R{k}", ROOT / "tests" / "data" / f"grounded_review{k}" / "questions.jsonl") for k in REVIEW_SETS]
    return out + [("u34", ROOT / "tests" / "data" / "grounded_u34" / "questions.jsonl"),
                  ("val", GROUNDED / "validation.jsonl"), ("oosval", GROUNDED / "out_of_scope_validation.jsonl"),
                  ("train", GROUNDED / "train.jsonl")]


def read_rows(name: str, path: Path, language: str) -> list[dict]:
    """A set's rows in one language (validation: answerable wordings only; out-of-scope rows are unanswerable)."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        r = json.loads(line)
        if r["language"] != language or (name in ("val", "train") and not r["answerable"]):
            continue
        gold = r.get("gold") if "gold" in r else [r["gold_passage_id"]] if r.get("gold_passage_id") else []
        rows.append({"src": name, "id": r["id"], "question": r["question"], "answerable": bool(r.get("answerable", False)),
                     "gold": gold or []})
    return rows


def _candidates(name, row, passages, language, ranking, settings):
    """`candidate_records`; a train wording is read with its own wording out of the question bank (the bank feature
    then sees sibling wordings only, as a validation or test wording does)."""
    gold = row["gold"][0] if name == "train" and row["gold"] else None
    full = LG._bank_vectors(gold) if gold else None
    if full is None:
        return LG.candidate_records(row["question"], passages, language, ranking, settings)
    keep = [i for i, w in enumerate(LG.question_bank()[gold]) if w != row["question"]]
    LG._BANK_VECTORS[gold] = full[keep] if keep else None
    try:
        return LG.candidate_records(row["question"], passages, language, ranking, settings)
    finally:
        LG._BANK_VECTORS[gold] = full


def extract(language: str, out_path: str, only: set | None = None) -> None:
    """One JSONL record per row: the safety block, the slot check and the retrieved candidates with their relevances."""
    from medqa.answer_slots import missing_slot
    from medqa.assistant import Assistant
    from medqa.protocol import parse_messages
    from medqa.retrieval import bundled_index, query_language

    assistant = Assistant(None, bundled_index())
    with open(out_path, "w", encoding="utf-8") as out:
        for name, path in sources():
            if only and name not in only:
                continue
            for row in read_rows(name, path, language):
                question = row["question"]
                lang = query_language(question)
                decision = assistant.pipeline().check(parse_messages([{"role": "user", "content": question}]), language=lang)
                record = dict(row, lang=lang, blocked=None, slot=False, cands=[])
                if decision.block_generation:
                    record["blocked"] = "emergency" if decision.report.urgency == "emergency" else "redirect"
                else:
                    hits = assistant.retrieve_hits(question, lang)
                    passages = [h.passage for h in hits]
                    if passages:
                        record["slot"] = bool(missing_slot(question, passages, lang))
                        cands = _candidates(name, row, passages, lang, [h.score for h in hits], assistant.verification)
                        for c, p in zip(cands, LG.record_probabilities(cands, lang)):
                            c["prob"] = p
                        record["cands"] = cands
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
            print(f"{name} done", flush=True)


def prepare(rows: list[dict], language: str, min_relevance: float = 0.5) -> list[dict]:
    """Rows of `language` with the quoted passage (`top`: None where the pipeline refuses or safety answers already)."""
    rows = [r for r in rows if r["lang"] == language and (r["answerable"] or r["src"] != "val")]
    for r in rows:
        accepted = [c for c in r["cands"] if c["prob"] >= min_relevance]
        r["refused"] = not accepted or r["slot"]
        r["top"] = None
        if accepted and not r["slot"] and not r["blocked"]:
            top = accepted[0]
            r["top"] = LG.refusal_row(top, top["prob"], LG.REFUSAL_FEATURES)[0]
            r["label"] = int(r["answerable"] and top["pid"] in r["gold"])
            r["top_gold"] = top["pid"] in r["gold"]
    return rows


def matrix(rows):
    quoted = [r for r in rows if r["top"] is not None]
    return np.array([r["top"] for r in quoted]).reshape(-1, len(LG.REFUSAL_FEATURES)), np.array([r["label"] for r in quoted])


def fitted(rows):
    x, y = matrix(rows)
    return fit_logistic(x, y)


def probability(model, x):
    mean, scale, w, b = model
    return 1.0 / (1.0 + np.exp(-np.clip(b + ((x - mean) / scale) @ w, -30, 30)))


def out_of_fold(rows) -> np.ndarray:
    """Per row, the score of a model fitted without the row's set (nan where nothing is quoted)."""
    scores = np.full(len(rows), np.nan)
    for held in sorted({r["src"] for r in rows}):
        index = [i for i, r in enumerate(rows) if r["src"] == held and r["top"] is not None]
        if index:
            model = fitted([r for r in rows if r["src"] != held])
            scores[index] = probability(model, np.array([rows[i]["top"] for i in index]))
    return scores


def threshold(rows, scores) -> float:
    """The highest threshold refusing at most BUDGET of the answerable rows among those answered today."""
    counted = [(r, s) for r, s in zip(rows, scores) if r["src"] != "train"]  # the KB's own wordings: fitted, not counted
    allowed = math.floor(BUDGET * sum(r["answerable"] for r, _ in counted) + 1e-9)
    answered = sorted(s for r, s in counted if r["answerable"] and r["top"] is not None)
    return float(answered[allowed]) if allowed < len(answered) else 1.0


def outcome(r, newly_refused: bool) -> str:
    """Model-free outcome (score_review.py's names; right = the quoted passage is the gold one)."""
    if r["blocked"]:
        return "blocked" if r["answerable"] else "dont_know" if r["blocked"] == "redirect" else "answered"
    refused = r["refused"] or newly_refused
    if r["answerable"]:
        return "refused" if refused else "right" if r["top_gold"] else "wrong"
    return "dont_know" if refused else "answered"


def folds(rows) -> dict:
    """Each set scored by a model fitted on the others, its threshold from their out-of-fold scores."""
    table = {}
    for held in sorted({r["src"] for r in rows}, key=lambda s: (not s.startswith("R"), int(s[1:]) if s[1:].isdigit() else 0, s)):
        train = [r for r in rows if r["src"] != held]
        t = threshold(train, out_of_fold(train))
        model = fitted(train)
        before, after = collections.Counter(), collections.Counter()
        for r in rows:
            if r["src"] != held:
                continue
            new = r["top"] is not None and not r["refused"] and probability(model, r["top"][None, :])[0] < t
            before[outcome(r, False)] += 1
            after[outcome(r, new)] += 1
            if new:
                print(f"  refused now: {r['id']} answerable={r['answerable']} {r['question'][:60]}")
        table[held] = (before, after)
        un = before["dont_know"] + before["answered"]
        print(f"{held}: don't know {before['dont_know']} -> {after['dont_know']} of {un}, refused {before['refused']} -> "
              f"{after['refused']}, right {before['right']} -> {after['right']}, wrong {before['wrong']} -> {after['wrong']}", flush=True)
    return table


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--extract", metavar="OUT", help="write the spent sets' candidates to OUT (JSONL)")
    parser.add_argument("--fit", nargs="+", metavar="FEATURES", help="candidate files from --extract")
    parser.add_argument("--language", action="append", required=True, help="zh / en (repeat for both)")
    parser.add_argument("--only", nargs="*", help="extract these sets only (R6, u34, val, oosval, train)")
    parser.add_argument("--folds", action="store_true", help="nested leave-one-set-out report first")
    parser.add_argument("--out", default=str(LG.REFUSAL_FILE), help="weights file to write")
    args = parser.parse_args()
    if args.extract:
        for language in args.language:
            extract(language, args.extract if len(args.language) == 1 else f"{args.extract}.{language}",
                    set(args.only or ()))
        return
    records = [json.loads(line) for path in args.fit for line in open(path, encoding="utf-8") if line.strip()]
    models, notes = {}, {}
    for language in args.language:
        rows = prepare(records, language)
        if args.folds:
            folds(rows)
        t = threshold(rows, out_of_fold(rows))
        mean, scale, w, b = fitted(rows)
        shift = math.log(t / (1 - t)) if 0 < t < 1 else 30.0
        models[language] = LG.GateModel(LG.REFUSAL_FEATURES, mean, scale, w, b - shift).to_dict()
        notes[language] = {"threshold": t, "sets": sorted({r["src"] for r in rows}), "rows": len(rows),
                           "quoted_pairs": int(sum(r["top"] is not None for r in rows))}
        print(f"{language}: threshold {t:.4f} on {notes[language]['quoted_pairs']} quoted pairs of {len(rows)} rows")
    payload = {"fitted_on": notes, "budget": BUDGET, "l2": 1.0, "models": models}
    Path(args.out).write_text(json.dumps(payload, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
