"""Fit the learned second look at the answer gate (`medqa/learned_gate.py`) on the spent blind reviewer sets.

    python3 scripts/fit_learned_gate.py --extract /tmp/gate_features.jsonl          # features of R6..R25 (slow)
    python3 scripts/fit_learned_gate.py --fit /tmp/gate_features.jsonl --folds 16-25  # folds, then the fit; writes weights

Rows: every question of tests/data/grounded_review<k> (k = 6..MAX_SET, each set one outside writer), as the product
sees it before generation: safety (a blocked row is not the gate's), retrieval (k=3, its scores) and the answer-slot
check. A pair (row, retrieved passage) is positive when the passage is the row's gold for an answerable row.
Model: per language a logistic regression (standardized features, L2 = 1, Newton) over `learned_gate.FEATURES`;
the "_nobank" variant leaves out the training-question features (passages of another hospital's index).
Decision (G37b): a passage is accepted when the gate accepts it or the model's probability reaches the threshold
(the model only rescues; vetoes stay hard). Threshold: on out-of-fold scores of the training sets (5 groups of
writers), the one refusing the fewest answerable rows while "don't know" on the unanswerable ones stays >= the gate's
+ DELTA of them (DELTA = -0.01, chosen on the folds R6..R15 only; the folds R16..R25 were the declared measurement,
/work/lead/criteria22.md). The first variant (G37: the model deciding alone, DELTA = +0.03) was measured and not
shipped: it refused validation questions the gate answers.
"""

import argparse
import collections
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from medqa import learned_gate as LG  # noqa: E402

MAX_SET = 30  # R31 and later are held for first runs; never fit on them (R26..R30 were run once, then spent)
DELTA = -0.01  # G37b: chosen on the folds R6..R15 (0: no change; -0.02: don't know fell > 2%)
L2 = 1.0
GROUPS = 5


def review_rows(k: int) -> list[dict]:
    """The rows of reviewer set R<k>."""
    path = ROOT / "tests" / "data" / f"grounded_review{k}" / "questions.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def extract(sets, out_path: str) -> None:
    """Write one JSONL record per reviewer row: labels, safety block, slot check and the candidates' raw values."""
    from medqa.answer_slots import missing_slot
    from medqa.assistant import Assistant
    from medqa.retrieval import bundled_index

    assistant = Assistant(None, bundled_index())
    with open(out_path, "w", encoding="utf-8") as out:
        for k in sets:
            for row in review_rows(k):
                question = row["question"]
                prepared = assistant.prepare([{"role": "user", "content": question}])
                language = prepared.language
                result = prepared.result
                blocked = result.mode if result is not None and result.mode in ("emergency", "redirect") else None
                record = {"src": f"R{k}", "id": row["id"], "lang": language, "answerable": bool(row["answerable"]),
                          "gold": row["gold"], "blocked": blocked, "slot": False, "cands": []}
                if not blocked:
                    hits = assistant.retrieve_hits(question, language)
                    passages = [h.passage for h in hits]
                    record["slot"] = bool(passages) and bool(missing_slot(question, passages, language))
                    if passages:
                        record["cands"] = LG.candidate_records(question, passages, language, [h.score for h in hits],
                                                               assistant.verification)
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
            print(f"R{k} done", flush=True)


def load(path: str) -> list[dict]:
    """Feature records written by `extract`."""
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def arrays(rows, features):
    """Pairs (row, candidate) as a matrix, labels and the owning row's index."""
    x, y, owner = [], [], []
    for i, row in enumerate(rows):
        if row["blocked"]:
            continue
        for c in row["cands"]:
            x.append([c[name] for name in features])
            y.append(int(row["answerable"] and c["pid"] in row["gold"]))
            owner.append(i)
    return np.array(x, dtype=np.float64).reshape(-1, len(features)), np.array(y), np.array(owner, dtype=int)


def fit_logistic(x: np.ndarray, y: np.ndarray, l2: float = L2, steps: int = 50) -> tuple[np.ndarray, np.ndarray, np.ndarray, float]:
    """Mean, scale, weights and bias of an L2-penalised logistic regression (bias unpenalised) by Newton's method."""
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    z = np.hstack([np.ones((len(x), 1)), (x - mean) / scale])
    w = np.zeros(z.shape[1])
    penalty = np.full(z.shape[1], l2)
    penalty[0] = 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-np.clip(z @ w, -30, 30)))
        grad = z.T @ (p - y) + penalty * w
        hess = (z * (p * (1 - p))[:, None]).T @ z + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-10:
            break
    return mean, scale, w[1:], float(w[0])


def row_best(rows, probabilities, owner, labels, vetoed, gate_accepts):
    """Per row: the best candidate probability and the best gold candidate's (-inf where none); a passage the gate
    accepts counts as 1.005 (accepted at every threshold the search tries but the last, which is the gate alone)."""
    best = np.full(len(rows), -np.inf)
    gold = np.full(len(rows), -np.inf)
    for i, p, label, veto, accepted in zip(owner, probabilities, labels, vetoed, gate_accepts):
        p = -np.inf if veto else 1.005 if accepted else p
        best[i] = max(best[i], p)
        if label:
            gold[i] = max(gold[i], p)
    return best, gold


def tally(rows, best, gold, threshold: float) -> collections.Counter:
    """Outcomes as scripts/score_review.py names them (model-free: the gold passage accepted = right)."""
    counts = collections.Counter()
    for row, b, g in zip(rows, best, gold):
        refused = b < threshold or row["slot"]
        if row["answerable"]:
            counts["blocked" if row["blocked"] else "refused" if refused else "right" if g >= threshold else "wrong"] += 1
        else:
            counts["dont_know" if row["blocked"] == "redirect" or (not row["blocked"] and refused) else "answered"] += 1
    return counts


def shipped(rows) -> collections.Counter:
    """Outcomes under the gate alone (log-odds >= 0)."""
    best = np.array([max([c["gate"] for c in r["cands"]], default=-np.inf) for r in rows])
    gold = np.array([max([c["gate"] for c in r["cands"] if r["answerable"] and c["pid"] in r["gold"]], default=-np.inf)
                     for r in rows])
    return tally(rows, best, gold, 0.0)


def choose_threshold(rows, best, gold, target_dont_know: float) -> float:
    """The threshold refusing the fewest answerable rows with don't know >= target (ties: more right); as `tally`."""
    answerable = np.array([r["answerable"] and not r["blocked"] for r in rows])
    unanswerable = np.array([not r["answerable"] and not r["blocked"] for r in rows])
    slot = np.array([bool(r["slot"]) for r in rows])
    redirected = sum(1 for r in rows if not r["answerable"] and r["blocked"] == "redirect")
    chosen, key = 1.01, None
    for t in np.unique(np.concatenate([best[np.isfinite(best)], [1.01]])):
        if t > 1.0:
            t = 1.005  # the gate alone (its own accepted passages only)
        refused = answerable & ((best < t) | slot)
        dont_know = redirected + int((unanswerable & ((best < t) | slot)).sum())
        if dont_know >= target_dont_know:
            candidate = (int(refused.sum()), -int((answerable & ~refused & (gold >= t)).sum()))
            if key is None or candidate < key:
                chosen, key = float(t), candidate
    return chosen


def scores(train, test, features):
    """Fit on `train`, the best / best-gold probability per `test` row."""
    x, y, _ = arrays(train, features)
    mean, scale, w, b = fit_logistic(x, y)
    xt, yt, owner = arrays(test, features)
    p = 1.0 / (1.0 + np.exp(-np.clip(b + ((xt - mean) / scale) @ w, -30, 30))) if len(xt) else np.array([])
    vetoed = xt[:, features.index("veto")] > 0 if len(xt) else np.array([], dtype=bool)
    gate_accepts = xt[:, features.index("gate")] >= 0 if len(xt) else np.array([], dtype=bool)
    return row_best(test, p, owner, yt, vetoed, gate_accepts)


def fold_threshold(train, features) -> float:
    """The threshold from out-of-fold scores of `train` (GROUPS groups of writers)."""
    sources = sorted({r["src"] for r in train})
    best = np.full(len(train), -np.inf)
    gold = np.full(len(train), -np.inf)
    for g in range(GROUPS):
        held = set(sources[g::GROUPS])
        index = [i for i, r in enumerate(train) if r["src"] in held]
        b, gl = scores([r for r in train if r["src"] not in held], [train[i] for i in index], features)
        best[index], gold[index] = b, gl
    target = shipped(train)["dont_know"] + DELTA * sum(1 for r in train if not r["answerable"])
    return choose_threshold(train, best, gold, target)


def fit_model(rows, features) -> LG.GateModel:
    """The model on all `rows`, its bias shifted so probability 0.5 is the chosen threshold."""
    threshold = fold_threshold(rows, features)
    x, y, _ = arrays(rows, features)
    mean, scale, w, b = fit_logistic(x, y)
    shift = np.log(threshold / (1 - threshold)) if 0 < threshold < 1 else 30.0
    return LG.GateModel(tuple(features), mean, scale, w, b - shift)


def folds(rows, held, features) -> None:
    """Leave-one-set-out: each held set under the gate alone and under the model fitted on the others."""
    totals = {lang: [collections.Counter(), collections.Counter()] for lang in ("en", "zh")}
    for k in held:
        for lang in ("en", "zh"):
            test = [r for r in rows if r["src"] == f"R{k}" and r["lang"] == lang]
            train = [r for r in rows if r["src"] != f"R{k}" and r["lang"] == lang]
            threshold = fold_threshold(train, features)
            before, after = shipped(test), tally(test, *scores(train, test, features), threshold)
            totals[lang][0].update(before)
            totals[lang][1].update(after)
            print(f"R{k} {lang}: refused {before['refused']} -> {after['refused']}, right {before['right']} -> "
                  f"{after['right']}, don't know {before['dont_know']} -> {after['dont_know']}", flush=True)
    for lang, (before, after) in totals.items():
        print(f"sum {lang}: refused {before['refused']} -> {after['refused']}, right {before['right']} -> {after['right']}, "
              f"wrong {before['wrong']} -> {after['wrong']}, don't know {before['dont_know']} -> {after['dont_know']}, "
              f"answered {before['answered']} -> {after['answered']}")


def parse_sets(text: str) -> list[int]:
    """'16-25' or '6,7,9' as set numbers."""
    if "-" in text:
        lo, hi = map(int, text.split("-"))
        return list(range(lo, hi + 1))
    return [int(part) for part in text.split(",") if part]


def main() -> None:
    """Extract features, or run the folds and write the fitted weights."""
    global DELTA
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--extract", metavar="OUT", help="write the reviewer sets' features to OUT (JSONL)")
    parser.add_argument("--fit", metavar="FEATURES", help="features JSONL from --extract")
    parser.add_argument("--sets", default=f"6-{MAX_SET}", help="reviewer sets to read (default 6-%(default)s)")
    parser.add_argument("--folds", default="", help="leave-one-set-out report over these sets first, e.g. 16-25")
    parser.add_argument("--out", default=str(LG.WEIGHTS_FILE), help="weights file to write")
    parser.add_argument("--delta", type=float, default=None, help="don't know kept >= the gate's + DELTA x unanswerable")
    args = parser.parse_args()
    sets = parse_sets(args.sets)
    DELTA = DELTA if args.delta is None else args.delta
    if max(sets) > MAX_SET:
        sys.exit(f"error: reviewer sets after R{MAX_SET} are held for first runs; not fitting on them")
    if args.extract:
        extract(sets, args.extract)
        return
    if not args.fit:
        sys.exit("error: give --extract OUT or --fit FEATURES")
    rows = [r for r in load(args.fit) if int(r["src"][1:]) in sets]
    full = list(LG.FEATURES)
    nobank = [f for f in LG.FEATURES if f not in LG.BANK_FEATURES]
    if args.folds:
        folds(rows, parse_sets(args.folds), full)
    models = {}
    for lang in ("en", "zh"):
        subset = [r for r in rows if r["lang"] == lang]
        models[lang] = fit_model(subset, full)
        models[f"{lang}_nobank"] = fit_model(subset, nobank)
    payload = {"fitted_on": f"grounded_review{sets[0]}..{sets[-1]}", "delta": DELTA, "l2": L2,
               "models": {name: model.to_dict() for name, model in models.items()}}
    Path(args.out).write_text(json.dumps(payload, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
