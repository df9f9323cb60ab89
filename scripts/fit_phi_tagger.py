"""Fit the learned PHI span tagger (medqa/safety/phi_tagger.py) on labelled PHI rows and write its JSON asset.

    python3 scripts/fit_phi_tagger.py                  # blind4..blind20 -> medqa/assets/safety/phi_tagger.json
    python3 scripts/fit_phi_tagger.py --last 19 --out /tmp/fold_a.json   # leave-last-out fold (blind4..blind19)
    git worktree add -f /tmp/wt fd4cb24    # the rules as they were before blind20 was fitted
    python3 scripts/fit_phi_tagger.py --model /tmp/fold_a.json --score 20 --rules-root /tmp/wt   # fold (a) figures

Session 37 (brief L37p): leave-writer-out folds over every spent writer, crf-v2 features, e.g. blind57s held out:
    PHI_TAGGER_NEGATIVES_CACHE=/tmp/negcache python3 scripts/fit_phi_tagger.py --features crf-v2 --last 50 \
        --extra 57t --negative-stride 6 --out /tmp/fold_57s.json        # about 28 minutes on one core
    python3 scripts/fit_phi_tagger.py --compare medqa/assets/safety/phi_tagger.json /tmp/fold_57s.json --score-set 57s
blind51 (the headline PHI test) is never fitted, whatever the range (NOT_FITTED).

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
    FEATURES_VERSION, MODEL_FILE, bio_labels, features, lexicon_of, load_model, plausible, tag, tokenize, union)

SAFETY = ROOT / "tests" / "data" / "safety"
PARAMS = {"c1": 0.05, "c2": 0.01, "max_iterations": 150, "feature.possible_transitions": True}
# newest numbered blind batch (blind57t-style folders with a letter are fitting sets, not batches of the series)
LATEST = max(int(p.name[5:]) for p in SAFETY.glob("blind[0-9]*")
             if p.name[5:].isdigit() and (p / "phi.jsonl").exists())
DIGITS = 4  # weights rounded: keeps the asset small and its bytes stable across platforms


def line_examples(row: dict, lexicon: dict | None = None) -> list[tuple[list[list[str]], list[str]]]:
    """(features, labels) of every line of a labelled row; offsets stay those of the whole text."""
    text, out = row["text"], []
    for line in re.finditer(r"[^\n]+", text):
        tokens = [(s + line.start(), e + line.start()) for s, e in tokenize(line.group())]
        if tokens:
            out.append((features(text, tokens, lexicon), bio_labels(tokens, row["entities"])))
    return out


def _runtime_lexicon(lexicon: dict) -> dict:
    """A lexicon as load_model gives it to features(): the word lists plus their frozensets."""
    return {**lexicon, **{"_" + k: frozenset(v) for k, v in lexicon.items()}}


def cross_lexicons(groups: list[list[dict]], negatives: list[str]) -> list[dict]:
    """For each group of rows (one writer's batch), the lexicon built from every OTHER group: a name's own row would
    otherwise always be in the lexicon while fitting, and the tagger would lean on a feature that a new writer's
    names lack. The shipped lexicon (built from all groups) is what runs on new text."""
    common = lexicon_of([], negatives)["common"]
    out = []
    for k in range(len(groups)):
        lex = lexicon_of([r for j, g in enumerate(groups) if j != k for r in g], [])
        out.append(_runtime_lexicon({**lex, "common": common}))
    return out


NEGATIVES_CACHE = os.environ.get("PHI_TAGGER_NEGATIVES_CACHE")  # a folder: rules-free texts kept per file + rules hash


def negative_texts(path: Path, stride: int = 1) -> list[str]:
    """Texts (or turns) of a triage/scope file on which the rules find nothing: examples with no PHI at all.
    `stride` keeps every stride-th text (or turn) only: the rules take about 0.1 s a text at round 57, and 47
    batches of 1,624 templated texts say the same thing many times over."""
    from medqa.safety.phi import redact

    if NEGATIVES_CACHE:
        key = hashlib.sha256(path.read_bytes() + (ROOT / "medqa/safety/phi.py").read_bytes() +
                             str(stride).encode()).hexdigest()[:20]
        cached = Path(NEGATIVES_CACHE) / f"{key}.json"
        if cached.exists():
            return json.loads(cached.read_text(encoding="utf-8"))
    texts = [t for t in _texts(path)[::stride] if not redact(t).spans]
    if NEGATIVES_CACHE:
        cached.parent.mkdir(parents=True, exist_ok=True)
        cached.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
    return texts


def _source(path: Path) -> dict:
    """A training file as the metadata names it: its path in the repository (or its name) and its sha256."""
    name = str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else path.name
    return {"file": name, "sha256": hashlib.sha256(path.read_bytes()).hexdigest()}


def fit(files: list[Path], out: Path, negatives: list[Path] = (), params: dict = PARAMS, stride: int = 1,
        features_version: str = FEATURES_VERSION) -> dict:
    """Train a CRF on the rows of `files` (and PHI-free `negatives`), write weights + metadata to `out`."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    trainer.set_params(params)
    rows = tokens = negative_rows = 0
    # The labelled PHI rows are dense in names and numbers; ordinary messages (triage, scope) teach the tagger that
    # a surname character inside a word (安全, 阿莫西林) or a temperature is not PHI.
    groups = [[json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
              for path in files]
    rows = sum(len(g) for g in groups)
    free = [t for path in negatives for t in negative_texts(path, stride)]
    negative_rows = len(free)
    lexicon = None
    if features_version == "crf-v2":
        lexicon = lexicon_of([r for g in groups for r in g], free)
        per_group = cross_lexicons(groups, free)
        full = _runtime_lexicon(lexicon)
    else:
        per_group = [None] * len(groups)
        full = None
    for group, lex in zip(groups, per_group):
        for row in group:
            for feats, labels in line_examples(row, lex):
                trainer.append(feats, labels)
                tokens += len(labels)
    for text in free:
        for feats, labels in line_examples({"text": text, "entities": []}, full):
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
        "params": {k: params[k] for k in sorted(params)}, **({"negative_stride": stride} if stride != 1 else {}),
        "state_features": sum(len(v) for v in state.values()),
    }
    model = {"features_version": features_version, "labels": labels, "transitions": transitions, "state": state,
             "meta": meta}
    if lexicon is not None:
        model["lexicon"] = lexicon
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(model, sort_keys=True, separators=(",", ":"), ensure_ascii=False), encoding="utf-8")
    return meta


# Never fitted, whatever the range: blind51 is the headline PHI test.
NOT_FITTED = {"51"}


def blind_files(first: int, last: int, part: str = "phi", extra: list[str] = (),
                hold_out: list[str] = ()) -> list[Path]:
    """The spent blind batches' files of one part (phi, triage, scope): blind{first}..blind{last} and the lettered
    fitting folders in `extra` (57s, 57t), less `hold_out` and NOT_FITTED; a folder without that part is skipped."""
    names = [str(i) for i in range(first, last + 1)] + list(extra)
    paths = [SAFETY / f"blind{n}" / f"{part}.jsonl" for n in names if n not in set(hold_out) | NOT_FITTED]
    return [p for p in paths if p.exists()] if part != "phi" else paths


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


def compare(models: list[Path], batch: str, rules_root: Path = ROOT, free_parts: tuple = ("triage", "scope")) -> dict:
    """Rules alone and rules UNION each model as `medqa redact` ships it (phi._with_tagger: the product-code filter
    and every look-alike filter of this checkout), on blind{batch}'s PHI rows and PHI-free texts: exact-span recall
    per kind, PHI-free rows touched, spans added on the batch's own triage/scope texts and on the KB passages. The
    rule spans come from `rules_root` (the rules as they were before the batch was fitted)."""
    from collections import Counter

    from medqa.safety import phi, phi_tagger

    lines = (SAFETY / f"blind{batch}" / "phi.jsonl").read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines if line.strip()]
    free = [t for part in free_parts if (SAFETY / f"blind{batch}" / f"{part}.jsonl").exists()
            for t in _texts(SAFETY / f"blind{batch}" / f"{part}.jsonl")]
    kb = [t for path in sorted((ROOT / "medqa/assets/kb").glob("passages_*.jsonl")) for t in _texts(path)]
    rules = {"phi": rule_spans([r["text"] for r in rows], rules_root), "free": rule_spans(free, rules_root),
             "kb": rule_spans(kb, ROOT)}
    texts = {"phi": [r["text"] for r in rows], "free": free, "kb": kb}
    real_tag, report = phi_tagger.tag, {}
    for name in ["rules"] + [str(m) for m in models]:
        found = {}
        if name == "rules":
            found = rules
        else:
            model = load_model(name)
            phi_tagger.tag = lambda text, model_=None, _m=model: real_tag(text, _m)
            try:
                for key in texts:
                    found[key] = [[(s.start, s.end, s.kind) for s in phi._with_tagger(
                        t, [phi.Span(a, b, k, phi.token(k)) for a, b, k in r])] for t, r in zip(texts[key], rules[key])]
            finally:
                phi_tagger.tag = real_tag
        hit, total, touched, clean = Counter(), Counter(), 0, 0
        for row, spans in zip(rows, found["phi"]):
            for e in row["entities"]:
                total[e["kind"]] += 1
                hit[e["kind"]] += any(tuple(s[:2]) == (e["start"], e["end"]) and phi.kind_matches(s[2], e["kind"])
                                      for s in spans)
            clean += not row["entities"]
            touched += not row["entities"] and bool(spans)
        added = {k: [(t[a:b], kind) for t, r, f in zip(texts[k], rules[k], found[k])
                     for a, b, kind in set(map(tuple, f)) - set(map(tuple, r))] for k in ("free", "kb")}
        report[name] = {
            "exact": sum(hit.values()), "total": sum(total.values()),
            "kinds": {k: [hit[k], total[k]] for k in sorted(total)}, "touched": [touched, clean],
            "free_added": added["free"], "free_n": len(free), "kb_added": added["kb"], "kb_n": len(kb),
            "hits": [[e["start"], e["end"], e["kind"], row["id"]] for row, spans in zip(rows, found["phi"])
                     for e in row["entities"] if any(tuple(s[:2]) == (e["start"], e["end"]) and
                                                     phi.kind_matches(s[2], e["kind"]) for s in spans)]}
        r = report[name]
        print(f"blind{batch} {Path(name).name:24s} exact {r['exact']}/{r['total']} = {r['exact'] / r['total']:.3f}  "
              f"NAME {hit['NAME']}/{total['NAME']}  PHI-free rows touched {touched}/{clean}  "
              f"added on {len(free)} triage/scope texts {len(added['free'])} = "
              f"{len(added['free']) / max(len(free), 1) * 1000:.1f} "
              f"per 1000  on {len(kb)} KB passages {len(added['kb'])}", flush=True)
    return report


def main(argv: list[str] | None = None) -> int:
    """Command line: fit on blind{first}..blind{last} (or given files) and write the asset."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--first", type=int, default=4)
    parser.add_argument("--last", type=int, default=20)
    parser.add_argument("--files", nargs="*", type=Path, help="labelled PHI JSONL files (instead of the blind range)")
    parser.add_argument("--extra", nargs="*", default=[], help="lettered spent folders to fit as well (57s 57t)")
    parser.add_argument("--hold-out", nargs="*", default=[],
                        help="batches left out of the fit (a leave-writer-out fold)")
    parser.add_argument("--features", choices=["crf-v1", "crf-v2"], default=FEATURES_VERSION,
                        help="crf-v1: the shipped features; crf-v2: plus the session-37 transfer features and lexicon")
    parser.add_argument("--negative-stride", type=int, default=1, help="keep every N-th triage/scope text as a "
                        "PHI-free example (default 1: all)")
    parser.add_argument("--no-negatives", action="store_true", help="skip the PHI-free triage/scope texts")
    parser.add_argument("--out", type=Path, default=MODEL_FILE)
    parser.add_argument("--model", type=Path, help="score this model instead of fitting one")
    parser.add_argument("--score", type=int, help="held-out blind batch to score rules, tagger and union on")
    parser.add_argument("--rules-root", type=Path, default=ROOT, help="checkout whose rules are scored (old worktree)")
    parser.add_argument("--free-last", type=int, help="last blind batch whose triage/scope texts count as PHI-free "
                        "held-out text when scoring (default: the newest batch)")
    parser.add_argument("--compare", nargs="*", type=Path,
                        help="models to score as shipped (phi._with_tagger) beside the rules on --score-set")
    parser.add_argument("--score-set", help="blind batch for --compare (50, 57s)")
    parser.add_argument("--report", type=Path, help="--compare: write the figures (and the spans added) as JSON here")
    args = parser.parse_args(argv)
    if args.compare:
        report = compare(args.compare, args.score_set, args.rules_root.resolve())
        if args.report:
            args.report.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
        return 0
    if args.model:
        score(args.model, args.score or args.last + 1, args.rules_root, args.free_last)
        return 0
    files = [p.resolve() for p in args.files] if args.files else blind_files(
        args.first, args.last, extra=args.extra, hold_out=args.hold_out)
    negatives = [] if args.no_negatives or args.files else [
        p for part in ("triage", "scope") for p in blind_files(args.first, args.last, part, args.extra, args.hold_out)]
    meta = fit(files, args.out, negatives, stride=args.negative_stride, features_version=args.features)
    print(f"{args.out}: {meta['rows']} rows, {meta['negative_rows']} PHI-free texts, {meta['tokens']} tokens, "
          f"{meta['state_features']} state features, "
          f"{args.out.stat().st_size / 1e6:.2f} MB")
    if args.score:
        score(args.out, args.score, args.rules_root, args.free_last)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
