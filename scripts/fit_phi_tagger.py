"""Fit the learned PHI span tagger (medqa/safety/phi_tagger.py) on labelled PHI rows and write its JSON asset.

    python3 scripts/fit_phi_tagger.py                  # blind4..blind20 -> medqa/assets/safety/phi_tagger.json
    python3 scripts/fit_phi_tagger.py --last 19 --out /tmp/fold_a.json   # leave-last-out fold (blind4..blind19)
    git worktree add -f /tmp/wt fd4cb24    # the rules as they were before blind20 was fitted
    python3 scripts/fit_phi_tagger.py --model /tmp/fold_a.json --score 20 --rules-root /tmp/wt   # fold (a) figures

Needs python-crfsuite (dev extra). L-BFGS on a fixed row order is deterministic, so the same rows give the same
weights; the asset's metadata names the files (with their sha256) it was fitted on.
"""

import argparse
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from medqa.safety.phi_tagger import (  # noqa: E402
    FEATURES_VERSION, MODEL_FILE, bio_labels, features, load_model, plausible, tag, tokenize, union)

SAFETY = ROOT / "tests" / "data" / "safety"
PARAMS = {"c1": 0.05, "c2": 0.01, "max_iterations": 150, "feature.possible_transitions": True}
# newest numbered blind batch (blind57t-style folders with a letter are fitting sets, not batches of the series)
LATEST = max(int(p.name[5:]) for p in SAFETY.glob("blind[0-9]*")
             if p.name[5:].isdigit() and (p / "phi.jsonl").exists())
DIGITS = 4  # weights rounded: keeps the asset small and its bytes stable across platforms


def line_examples(row: dict) -> list[tuple[list[list[str]], list[str]]]:
    """(features, labels) of every line of a labelled row; offsets stay those of the whole text."""
    text, out = row["text"], []
    for line in re.finditer(r"[^\n]+", text):
        tokens = [(s + line.start(), e + line.start()) for s, e in tokenize(line.group())]
        if tokens:
            out.append((features(text, tokens), bio_labels(tokens, row["entities"])))
    return out


def negative_texts(path: Path) -> list[str]:
    """Texts (or turns) of a triage/scope file on which the rules find nothing: examples with no PHI at all."""
    from medqa.safety.phi import redact

    texts = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            texts += [t for t in ([row["text"]] if "text" in row else row["turns"]) if not redact(t).spans]
    return texts


def _source(path: Path) -> dict:
    """A training file as the metadata names it: its path in the repository (or its name) and its sha256."""
    name = str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else path.name
    return {"file": name, "sha256": hashlib.sha256(path.read_bytes()).hexdigest()}


def fit(files: list[Path], out: Path, negatives: list[Path] = (), params: dict = PARAMS) -> dict:
    """Train a CRF on the rows of `files` (and PHI-free `negatives`), write weights + metadata to `out`."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    trainer.set_params(params)
    rows = tokens = negative_rows = 0
    # The labelled PHI rows are dense in names and numbers; ordinary messages (triage, scope) teach the tagger that
    # a surname character inside a word (安全, 阿莫西林) or a temperature is not PHI.
    examples = [json.loads(line) for path in files
                for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = len(examples)
    for path in negatives:
        texts = negative_texts(path)
        negative_rows += len(texts)
        examples += [{"text": t, "entities": []} for t in texts]
    for row in examples:
        for feats, labels in line_examples(row):
            trainer.append(feats, labels)
            tokens += len(labels)
    with tempfile.TemporaryDirectory() as tmp:
        trainer.train(str(Path(tmp) / "model.crfsuite"))
        tagger = pycrfsuite.Tagger()
        tagger.open(str(Path(tmp) / "model.crfsuite"))
        info = tagger.info()
        tagger.close()
    labels = sorted(info.labels)
    index = {label: i for i, label in enumerate(labels)}
    state: dict[str, list] = {}
    for (name, label), weight in sorted(info.state_features.items()):
        if round(weight, DIGITS):
            state.setdefault(name, []).append([index[label], round(weight, DIGITS)])
    transitions = [[0.0] * len(labels) for _ in labels]
    for (a, b), weight in info.transitions.items():
        transitions[index[a]][index[b]] = round(weight, DIGITS)
    meta = {
        "trained_on": [_source(p) for p in files], "negatives": [_source(p) for p in negatives],
        "rows": rows, "negative_rows": negative_rows, "tokens": tokens,
        "params": {k: params[k] for k in sorted(params)},
        "state_features": sum(len(v) for v in state.values()),
    }
    model = {"features_version": FEATURES_VERSION, "labels": labels, "transitions": transitions, "state": state,
             "meta": meta}
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(model, sort_keys=True, separators=(",", ":"), ensure_ascii=False), encoding="utf-8")
    return meta


def blind_files(first: int, last: int, part: str = "phi") -> list[Path]:
    """The spent blind batches' files of one part (phi, triage, scope), blind{first}..blind{last}."""
    return [SAFETY / f"blind{i}" / f"{part}.jsonl" for i in range(first, last + 1)]


def rule_spans(texts: list[str], rules_root: Path = ROOT) -> list[list[tuple[int, int, str]]]:
    """The rules' spans on `texts`, run in a subprocess on the medqa package under `rules_root` (an older worktree);
    it runs there because `python -c` puts the working folder ahead of PYTHONPATH."""
    code = ("import json, sys\nfrom medqa.safety.phi import redact\nfor line in sys.stdin:\n"
            "    print(json.dumps([[s.start, s.end, s.kind] for s in redact(json.loads(line)).spans]))")
    env = {k: v for k, v in os.environ.items() if k != "MEDQA_PHI_TAGGER"} | {"PYTHONPATH": str(rules_root)}
    done = subprocess.run([sys.executable, "-c", code], input="\n".join(json.dumps(t) for t in texts) + "\n",
                          env=env, cwd=rules_root, capture_output=True, text=True, check=True)
    return [[tuple(s) for s in json.loads(line)] for line in done.stdout.splitlines()]


def _texts(path: Path) -> list[str]:
    """Every text (or turn) of a JSONL file."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [t for row in rows for t in ([row["text"]] if "text" in row else row["turns"])]


def score(model_path: Path, batch: int, rules_root: Path = ROOT, free_last: int | None = None) -> None:
    """Print rules, tagger and rules UNION tagger on blind{batch}'s PHI rows (exact span, hidden, PHI-free rows
    touched, per kind), and the spans the union adds on PHI-free text: triage/scope of blind{batch}..free_last
    (default LATEST; pass it so that a batch moved in later is not read), KB passages."""
    from collections import Counter

    from medqa.safety.phi import kind_matches

    model = load_model(str(model_path))
    lines = (SAFETY / f"blind{batch}" / "phi.jsonl").read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines if line.strip()]
    rules = rule_spans([r["text"] for r in rows], rules_root)
    # the tagger's spans as they ship: without the product codes phi_tagger.plausible drops
    tagged = [[t for t in tag(r["text"], model) if plausible(r["text"], t)] for r in rows]
    systems = {"rules": rules, "tagger": tagged, "union": [union(r, t) for r, t in zip(rules, tagged)]}
    for name, found in systems.items():
        hit, hidden, total, clean, touched = Counter(), Counter(), Counter(), 0, 0
        for row, spans in zip(rows, found):
            covered = {i for s in spans for i in range(s[0], s[1])}
            for e in row["entities"]:
                total[e["kind"]] += 1
                hit[e["kind"]] += any(s[:2] == (e["start"], e["end"]) and kind_matches(s[2], e["kind"]) for s in spans)
                hidden[e["kind"]] += all(i in covered for i in range(e["start"], e["end"]))
            clean += not row["entities"]
            touched += not row["entities"] and bool(spans)
        n = sum(total.values())
        hits, gone = sum(hit.values()), sum(hidden.values())
        print(f"{name:7s} exact {hits}/{n} = {hits / n:.3f}  hidden {gone / n:.3f}  PHI-free rows touched "
              f"{touched}/{clean}  " + " ".join(f"{k} {hit[k]}/{total[k]}" for k in sorted(total)))
    free = {"triage+scope": [t for i in range(batch, (free_last or LATEST) + 1) for part in ("triage", "scope")
                             for t in _texts(SAFETY / f"blind{i}" / f"{part}.jsonl")],
            "KB passages": [t for p in sorted((ROOT / "medqa/assets/kb").glob("passages_*.jsonl")) for t in _texts(p)]}
    for name, texts in free.items():
        added = sum(len(union(r, [s for s in tag(t, model) if plausible(t, s)])) - len(r)
                    for t, r in zip(texts, rule_spans(texts, rules_root)))
        print(f"{name}: union adds {added} spans on {len(texts)} PHI-free texts = "
              f"{added / len(texts) * 1000:.1f} per 1000")


def main(argv: list[str] | None = None) -> int:
    """Command line: fit on blind{first}..blind{last} (or given files) and write the asset."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--first", type=int, default=4)
    parser.add_argument("--last", type=int, default=20)
    parser.add_argument("--files", nargs="*", type=Path, help="labelled PHI JSONL files (instead of the blind range)")
    parser.add_argument("--no-negatives", action="store_true", help="skip the PHI-free triage/scope texts")
    parser.add_argument("--out", type=Path, default=MODEL_FILE)
    parser.add_argument("--model", type=Path, help="score this model instead of fitting one")
    parser.add_argument("--score", type=int, help="held-out blind batch to score rules, tagger and union on")
    parser.add_argument("--rules-root", type=Path, default=ROOT, help="checkout whose rules are scored (old worktree)")
    parser.add_argument("--free-last", type=int, help="last blind batch whose triage/scope texts count as PHI-free "
                        "held-out text when scoring (default: the newest batch)")
    args = parser.parse_args(argv)
    if args.model:
        score(args.model, args.score or args.last + 1, args.rules_root, args.free_last)
        return 0
    files = [p.resolve() for p in args.files] if args.files else blind_files(args.first, args.last)
    negatives = [] if args.no_negatives or args.files else [
        p for part in ("triage", "scope") for p in blind_files(args.first, args.last, part)]
    meta = fit(files, args.out, negatives)
    print(f"{args.out}: {meta['rows']} rows, {meta['negative_rows']} PHI-free texts, {meta['tokens']} tokens, "
          f"{meta['state_features']} state features, "
          f"{args.out.stat().st_size / 1e6:.2f} MB")
    if args.score:
        score(args.out, args.score, args.rules_root, args.free_last)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
