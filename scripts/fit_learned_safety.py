"""Fit and evaluate the learned red-flag and scope nets (medqa/safety/learned.py), leave-one-writer-out.

Subcommands:
  rules     --batch blind8 --out FILE   per-row decisions of the hand rules on one batch (run it from a frozen
                                        worktree: cd /tmp/rules_r7 && PYTHONPATH=/tmp/rules_r7 python3 <this> rules ...);
                                        the rules alone (learned_net=False); --net-asset FILE: the pipeline, the
                                        rules with that asset's net inside them
  unions    --saved F --rules-pattern P union tables per fold from an `evaluate --save F` file
  triage-level --folds B,.. --net-pattern N --rules-pattern P [--save F]
                                        per fold: the frozen rules alone OR the fold net's emergency that survives
                                        today's vetoes (triage.py's chain on a learned finding, round 17's
                                        denied-sign veto among them), per turn and the last three joined; nets from
                                        evaluate --fold-assets DIR (N = 'DIR/triage_{batch}.json')
  measure   --batch blind14 --rules F --asset A [--asset B]
                                        rules alone vs rules OR each asset's net on a HELD_OUT batch (never fitted,
                                        never chosen on: read once, at the end, for the figure)
  evaluate  [--rules FILE]              leave-one-writer-out table over blind4..blind13, and the blind8 union with
                                        the rules' decisions when FILE is given; --folds/--exclude pick the held-out
                                        and left-out batches, --rules-pattern '/tmp/r_{batch}.json' gives a union table
                                        per fold (issue 13 honest folds: HONEST_FOLDS), --no-negation the older
                                        unmarked n-grams. Shipped triage part (blind4..blind12; in-domain labels
                                        of commit 5899b29's run): evaluate --task triage --in-domain
                                        --in-domain-weight 10 --folds blind9,blind10,blind11,blind12
                                        --exclude blind13 --asset FILE. The blind4..13 refit (LN3, not shipped:
                                        +3 false alarms on the blind9 fold): --folds blind9,...,blind13, no exclude.
                                        The blind4..14 refit (LN4, not shipped: the same +3 on blind9 at triage
                                        level): --spent blind14 --folds blind9,...,blind14 --fold-assets DIR.
                                        The blind4..19 refit (LN5, not shipped: +3 false alarms on the blind15
                                        fold, the round-7 denied sign raised): --spent blind14,...,blind19 with one
                                        --folds batch per process (blind15..19), --fold-assets DIR.
                                        The blind4..21 refit (LN6, SHIPPED, round 25): --spent blind14,...,blind21
                                        --folds blind21 --fold-assets DIR --asset FILE (FILE a copy of the shipped
                                        asset, so its scope parts are kept)
                                        The blind4..23 refit (LN7, round 26): --spent blind14,...,blind23
                                        --folds blind22,blind23 --fold-assets DIR --asset FILE
                                        The blind4..24 refit (LN8, round 27): --spent blind14,...,blind24
                                        --full-only --asset FILE (one fit, blind25 out of it: the blind25 fold
                                        net and the candidate asset at once)
                                        The blind4..26 refit (LN9, round 28): --spent blind14,...,blind26
                                        --full-only --asset FILE (blind27 and everyday1 out of it; blind27's
                                        honest commit 4d09403, its data moved in at 94e8ef3)
                                        The blind4..30 refit (LN10, round 29): --spent blind14,...,blind30
                                        --full-only --asset FILE (blind31 and everyday1..5 out of it; honest
                                        commits blind28 3482bbb (data in 22a9924), blind29 f593cda (data in
                                        51a84ee), blind30 835700c, blind31 f811a65)
                                        --encoder [--profile-scale S] [--profile-summary] [--no-skip]: the
                                        word-order features of learned_encoder.py (evaluated, not shipped)
  fit       [--out PATH]                both nets fitted on the safety sets only (the shipped scope part)
  label-in-domain                       the rules' decisions on the in-domain questions (KB bank, train, tuning)
  in-domain --task T --rules FILE       fit with the in-domain questions: in-domain false alarms, leave-KB-out,
            [--in-domain-weight W]      blind8 union; --asset writes the part (shipped triage: --in-domain-weight 10)
  timing                                seconds per message of the shipped asset
  refit-all --out A [--exclude B,..] [--k 8]
                                        the SHIPPED triage part since session 31: every spent writer (blind4..50,
                                        everyday1..26, signs30a/b tune rows, signs31a..h) + in-domain rows at
                                        weight 10, thresholds out of fold over K folds of whole writer groups;
                                        blind51 and everyday27 left out by default (the session's test sets)
  label-scope --out F                   today's scope rules on the in-domain, reviewer (grounded_review6..15) and README
                                        questions (run with PYTHONPATH at a worktree of today's commit)
  scope-folds --rules-pattern P --labels F [--folds blind22,blind23,blind24] [--save F]
                                        the scope net as a second opinion beside the frozen scope rules (LS1, round
                                        27): rules alone, OR the net (p >= t_hi), a net veto (p <= t_lo), both, per
                                        fold; answer-side learned-only redirects. NOT shipped (card, "Scope second
                                        opinion")
  scope-full --labels F --asset A [--veto] [--save F]
                                        the same recipe on blind4..24: writes the asset's "scope" part in place (t_hi
                                        as its threshold, t_lo as "veto_threshold"; LS2 ran it with --veto)
  scope-net-report --labels F [--full F] [--save F]
                                        the shipped second opinion on vs off (classify_scope(learned=...)): spent
                                        rows blind4..24 changed, answer-side learned-only redirects/vetoes, ms/message
  label-scope --all-reviews --out F     the same over every grounded_review set in tests/data (L37s, session 37)
  scope-writers --labels F --variant V [--folds B,..] [--full] --save F
                                        the scope net on every spent writer (blind4..50, blind57s, blind57t; never
                                        blind51 or blind65*), one writer held out per fold (default blind57s,
                                        blind57t, blind48, blind49, blind50), thresholds over 8 inner group folds;
                                        V: base, hand<W>, skip, rev, idw<W>, minilm joined by "+" (L37s: NOT shipped)
  scope-writers-report --saved F --rules-pattern P --labels F [--out F]
                                        rules alone vs rules OR the fold net per fold and kind, the answer side
  scope-writers-asset --saved F --asset A
                                        writes a scope-writers --full fit as the asset's "scope" part (t_hi, t_lo)

Why leave-one-writer-out: every blind batch was written by a different writer, and what the net must do is hold
on the next writer's wording. For each held-out batch k the net is fitted on everything else, and its threshold
is chosen inside that training data from out-of-fold scores (inner folds are again whole writers), so nothing
about k is seen before k is scored.

Multi-turn rows ("turns"): at fit time a conversation is one example, its user turns joined (the label belongs to
the conversation, not to any one turn: the first turn of an emergency conversation is often a greeting), and each
turn of a benign conversation is one more negative (so greetings and fillers alone score low). At run
time the net scores each user turn and the last three turns joined, and takes the highest: that is what the
rules' assess_conversation does, so the union can be taken turn by turn.

Embeddings of every English text are cached in /tmp/learned_cache.npz (encoding is the slow part). The rules' labels of
the in-domain questions are read from $LEARNED_IN_DOMAIN_RULES (default /tmp/learned_in_domain_rules.json; write it
with label-in-domain --out).
"""

import argparse
import os
import random
import json
import sys
import time
import warnings
from pathlib import Path

import numpy as np

from moe_core.errors import UserError

ROOT = Path(__file__).resolve().parents[1]
SAFETY = ROOT / "tests" / "data" / "safety"
BLIND = ["blind4", "blind5", "blind6", "blind7", "blind8", "blind9", "blind10", "blind11", "blind12", "blind13"]
# The four most recent writers and the commit of the rules at each batch's first honest run (issue 13 evaluation:
# the rules' decisions come from `rules` run in a worktree of that commit).
HONEST_FOLDS = {"blind9": "0507256", "blind10": "6bd14b0", "blind11": "8708927", "blind12": "d9067d1", "blind13": "8685073",
                "blind14": "1bb3fd0", "blind15": "a76cce9", "blind16": "66c7664", "blind17": "383aa8b",
                "blind18": "9d9dbb9", "blind19": "7d88a5a", "blind20": "fd4cb24", "blind21": "7b17de4",
                "blind22": "bc944a4", "blind23": "1da452a", "blind24": "0517fb9", "blind25": "ebd4c39",
                "blind26": "df8fa2e", "blind27": "4d09403", "blind28": "3482bbb", "blind29": "f593cda",
                "blind30": "835700c", "blind31": "f811a65"}
# Batches never fitted and never chosen on: read once, by `measure`, for a figure (LN3: blind14, rules at 1bb3fd0).
# They are not in BLIND, so no fit, fold or threshold ever sees them. blind15..19 are spent too (honest commits in
# HONEST_FOLDS) but stay out of the default fit like blind14, so the shipped recipe's rows do not move under a test;
# `evaluate --spent blind14,...,blind19` moves them into one run (LN5's refit on blind4..19).
HELD_OUT = {"blind14": "1bb3fd0", "blind15": "a76cce9", "blind16": "66c7664", "blind17": "383aa8b",
            "blind18": "9d9dbb9", "blind19": "7d88a5a", "blind20": "fd4cb24", "blind21": "7b17de4",
            "blind22": "bc944a4", "blind23": "1da452a", "blind24": "0517fb9", "blind25": "ebd4c39",
            "blind26": "df8fa2e", "blind27": "4d09403", "blind28": "3482bbb", "blind29": "f593cda",
            "blind30": "835700c", "blind31": "f811a65"}
# Words in a negation scope are marked in the n-grams (learned.py); --no-negation fits the older features.
NEGATION = True
CACHE = Path("/tmp/learned_cache.npz")
MAX_FALSE_ALARMS = 0.01
MAX_IN_DOMAIN_FLAGS = 0.001
L2 = {"triage": 1e-4, "scope": 1e-4}
IN_DOMAIN_WEIGHT = 1.0  # set by --in-domain-weight
HAND_WEIGHT = 1.0  # L37s: weight of hand-typed rows (source "handwritten") of the blind sets
SCOPE_ZH_SKIP = False  # L37s: Chinese scope n-grams with skip-bigrams, without the English profile of --encoder
# --encoder (issue 13, LN2): English rows start with the exemplar profile of the rules' MiniLM sentence embeddings,
# Chinese n-grams add skip-bigrams (medqa/safety/learned_encoder.py). Profiles are cached in PROFILE_CACHE.
ENCODER = False
PROFILE_SCALE = 1.0  # --profile-scale: the profile block's weight against the unit-length n-grams
PROFILE_SUMMARY = False  # --profile-summary: per category / benign / margin / flag only, no per-exemplar cosines
ZH_SKIP = True  # --no-skip: Chinese n-grams without skip-bigrams under --encoder
PROFILES: dict[str, np.ndarray] = {}
PROFILE_CACHE = Path(os.environ.get("LEARNED_PROFILE_CACHE", "/tmp/ln2_profiles.npz"))


# --- data ----------------------------------------------------------------------------------------------------
def _read(path: Path, group: str) -> list[dict]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            row["group"] = group
            rows.append(row)
    return rows


def triage_rows() -> list[dict]:
    """Every labelled triage row with its writer group (blindN, or one of two in-project groups)."""
    rows = []
    for path in sorted(SAFETY.glob("triage_*.jsonl")):
        rows += _read(path, "project_hand")
    for path in sorted((SAFETY / "generated").glob("triage_*.jsonl")):
        rows += _read(path, "project_generated")
    for batch in BLIND:
        rows += _read(SAFETY / batch / "triage.jsonl", batch)
    return rows


def scope_rows() -> list[dict]:
    """Every labelled scope row with its writer group."""
    rows = []
    for path in sorted((SAFETY / "generated").glob("scope_*.jsonl")):
        rows += _read(path, "project_generated")
    for batch in BLIND:
        rows += _read(SAFETY / batch / "scope.jsonl", batch)
    return rows


def joined(turns: list[str]) -> str:
    """The last three user turns as one text (the form assess_conversation also reads)."""
    return " . ".join(turns[-3:])


def fit_text(row: dict) -> str:
    """The text a row is fitted on: its text, or its user turns joined."""
    return row["text"] if "turns" not in row else " . ".join(row["turns"])


def run_texts(row: dict) -> list[str]:
    """The texts the net scores at run time for a row: the message, or each user turn and the last three joined."""
    if "turns" not in row:
        return [row["text"]]
    turns = [t if isinstance(t, str) else t.get("content", "") for t in row["turns"]]
    return turns + ([joined(turns)] if len(turns) > 1 else [])


def _turns(row: dict) -> list[str]:
    return [t if isinstance(t, str) else t.get("content", "") for t in row["turns"]]


# --- rules decisions (run from the frozen worktree) ------------------------------------------------------------
def rules_decisions(batch: str, out: Path, net_asset: Path | None = None) -> None:
    """Write the rules' per-row triage level/categories and scope decision on one batch as JSON.

    With `net_asset`, the whole pipeline instead: the rules with that asset's net inside them (its findings pass the
    rules' vetoes, as at run time)."""
    from medqa.safety.scope import classify_scope
    from medqa.safety.similarity import prime_embeddings
    from medqa.safety.triage import RedFlagTriage
    import medqa.safety.learned as learned_module
    import medqa.safety.triage as triage_module

    print("rules from", triage_module.__file__, file=sys.stderr)
    if net_asset is not None:
        if not net_asset.exists():
            raise UserError(f"{net_asset} does not exist")
        models = learned_module.load_learned(net_asset)
        learned_module.bundled_learned = lambda: models
    # The rules alone unless a net asset is given: from commit 0594fd0 on, the learned net is on by default inside
    # RedFlagTriage, and a union with a net must not count the shipped net twice (every commit of HONEST_FOLDS and
    # HELD_OUT has the switch).
    triage = RedFlagTriage(learned_net=net_asset is not None)
    rows = _read(SAFETY / batch / "triage.jsonl", batch)
    prime_embeddings([t for r in rows for t in (_turns(r) if "turns" in r else [r["text"]])])
    decisions = {"triage": {}, "scope": {}, "rules_file": triage_module.__file__,
                 "learned_net": str(net_asset) if net_asset is not None else False}
    for row in rows:
        result = triage.assess_conversation(_turns(row)) if "turns" in row else triage.assess(row["text"])
        decisions["triage"][row["id"]] = {"level": result.level, "categories": result.categories}
    for row in _read(SAFETY / batch / "scope.jsonl", batch):
        decisions["scope"][row["id"]] = classify_scope(row["text"]).decision
    out.write_text(json.dumps(decisions, ensure_ascii=False, indent=0), encoding="utf-8")
    print(f"wrote {out}: {len(decisions['triage'])} triage, {len(decisions['scope'])} scope rows", file=sys.stderr)



# --- in-domain questions (issue 13 follow-up) -------------------------------------------------------------------
# The safety sets' benign rows are look-alikes that name conditions; the product's core traffic is practical patient
# questions, on which a net fitted only on look-alikes fired (a bill, hand gel, hay fever). These in-domain texts are
# fitted as rows labelled by what the rules say today, so the few KB questions that ARE emergencies or redirects on
# purpose keep their label. Validation/test splits are never fitted: validation is the held-out false-alarm check.
GROUNDED = ROOT / "medqa" / "assets" / "grounded"
KB = ROOT / "medqa" / "assets" / "kb"
IN_DOMAIN_RULES = Path(os.environ.get("LEARNED_IN_DOMAIN_RULES", "/tmp/learned_in_domain_rules.json"))


def in_domain_texts() -> dict[str, list[str]]:
    """Group name -> distinct questions: the KB question bank, train wordings, out-of-scope tuning, and held-out validation."""
    def read(path: Path) -> list[dict]:
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]

    kb = [t for name in ("questions_en.jsonl", "questions_zh.jsonl") for row in read(KB / name)
          for t in [row["question"], *row.get("paraphrases", [])]]
    train = [row["question"] for row in read(GROUNDED / "train.jsonl")]
    tune = [row["question"] for path in sorted(GROUNDED.glob("out_of_scope_tune*.jsonl")) for row in read(path)]
    validation = [row["question"] for name in ("validation.jsonl", "out_of_scope_validation.jsonl")
                  for row in read(GROUNDED / name)]
    groups = {"in_domain_kb": kb, "in_domain_train": train, "in_domain_oos_tune": tune, "held_validation": validation}
    return {name: list(dict.fromkeys(t for t in texts if t.strip())) for name, texts in groups.items()}


def label_in_domain(out: Path) -> None:
    """Write the rules' triage level/category and scope decision for every in-domain text (run with today's rules)."""
    from medqa.safety.scope import REDIRECT, classify_scope
    from medqa.safety.similarity import prime_embeddings
    from medqa.safety.triage import RedFlagTriage

    groups = in_domain_texts()
    texts = list(dict.fromkeys(t for ts in groups.values() for t in ts))
    start = time.time()
    prime_embeddings(texts)
    triage = RedFlagTriage()
    labels = {}
    for text in texts:
        result = triage.assess(text)
        labels[text] = {"level": result.level, "category": (result.categories or ["none"])[0],
                        "redirect": classify_scope(text).decision == REDIRECT}
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({"groups": groups, "labels": labels}, ensure_ascii=False), encoding="utf-8")
    print(f"labelled {len(texts)} in-domain texts by the rules in {time.time() - start:.0f}s -> {out}", file=sys.stderr)


def in_domain_rows(task_name: str, labels_file: Path = IN_DOMAIN_RULES) -> tuple[list[dict], list[dict]]:
    """(fitted in-domain rows, held-out validation rows) of one task, labelled by the rules' decisions.

    A text in more than one group belongs to the first (KB first), so leaving the KB out leaves out all its wordings.
    """
    from medqa.safety.normalize import is_chinese

    if not labels_file.exists():
        raise UserError(f"{labels_file} is missing: run `fit_learned_safety.py label-in-domain` first")
    data = json.loads(labels_file.read_text(encoding="utf-8"))
    seen: set[str] = set()
    fitted, held = [], []
    for group, texts in data["groups"].items():
        for index, text in enumerate(texts):
            if group != "held_validation" and text in seen:
                continue
            seen.add(text)
            rules = data["labels"][text]
            row = {"id": f"{group}:{index}", "group": group, "text": text, "lang": "zh" if is_chinese(text) else "en"}
            if task_name == "triage":
                emergency = rules["level"] == "emergency"
                row.update(level="emergency" if emergency else "none", category=rules["category"] if emergency else "none")
            else:
                row.update(label="redirect" if rules["redirect"] else "allow", kind="rules")
            (held if group == "held_validation" else fitted).append(row)
    return fitted, held


def learned_only(task: "Task", decisions: dict, rows: list[dict]) -> list[dict]:
    """Rows the net fires on that the rules do not (the rules' decision is the row's label)."""
    return [r for r in rows if decisions[r["id"]][0] and not task.positive(r)]


def in_domain_report(task_name: str, rules_file: Path, asset: Path | None) -> None:
    """The in-domain false-alarm check, the blind8 union (blind8 out of the fit), leave-KB-out, and the asset."""
    safety = triage_rows() if task_name == "triage" else scope_rows()
    fitted_in_domain, held = in_domain_rows(task_name)
    all_rows = safety + fitted_in_domain
    task = Task(task_name, all_rows, None, use_embedding=False)
    rules = json.loads(rules_file.read_text(encoding="utf-8"))
    fitted_texts = {r["text"] for r in fitted_in_domain}
    unseen = [r for r in held if r["text"] not in fitted_texts]
    kb = [r for r in fitted_in_domain if r["group"] == "in_domain_kb"]
    word = "emergency" if task_name == "triage" else "redirect"

    def say(line: str) -> None:
        print(line, flush=True)

    def flags(decisions: dict, rows: list[dict], name: str) -> None:
        flagged = learned_only(task, decisions, rows)
        say(f"  {name}: learned-only {word} flags {len(flagged)}/{len(rows)} = {len(flagged) / max(1, len(rows)):.4f}")
        for r in flagged[:15]:
            say(f"    - {r['text'][:140]!r} {decisions[r['id']][1]:.3f}")

    say(f"[{task_name}] in-domain rows fitted: {len(fitted_in_domain)} "
        f"({sum(task.positive(r) for r in fitted_in_domain)} positive by the rules); validation texts {len(held)}, "
        f"of which not in any fitted group {len(unseen)}")
    start = time.time()
    without_blind8 = fit_and_threshold(task, [r for r in all_rows if r["group"] != "blind8"])
    say(f"[{task_name}] blind8 out: fitted in {time.time() - start:.0f}s, thresholds "
        f"{ {lang: round(without_blind8[lang][1], 4) for lang in without_blind8} }")
    flags(decisions_on(task, without_blind8, held), held, "validation (net without blind8)")
    results = decisions_on(task, without_blind8, [r for r in safety if r["group"] == "blind8"])
    say("\n".join(lowo_table_one(task, results, "blind8")))
    say("\n".join(union_table(task, results, rules)))
    start = time.time()
    shipped = fit_and_threshold(task, all_rows)
    say(f"[{task_name}] all rows: fitted in {time.time() - start:.0f}s, thresholds "
        f"{ {lang: round(shipped[lang][1], 4) for lang in shipped} }")
    flags(decisions_on(task, shipped, held), held, "validation (shipped net)")
    flags(decisions_on(task, shipped, unseen), unseen, "validation texts in no fitted group (shipped net)")
    flags(decisions_on(task, shipped, kb), kb, "KB question bank (training data, shipped net)")
    without_kb = {lang: (task.fit([r for r in all_rows if r["group"] != "in_domain_kb"], lang), shipped[lang][1])
                  for lang in ("en", "zh")}
    flags(decisions_on(task, without_kb, kb), kb, "KB question bank, KB left out of the fit (shipped thresholds)")
    if asset:
        write_asset(asset, {task_name: asset_part_from(task, shipped)}, sorted({r["group"] for r in all_rows}))


def lowo_table_one(task: "Task", results: dict, batch: str) -> list[str]:
    """The net-alone line of one held-out batch (see lowo_table)."""
    rows = [r for r in task.rows if r["group"] == batch]
    cells = []
    for lang in ("en", "zh", "all"):
        chosen = [r for r in rows if lang == "all" or r["lang"] == lang]
        pos = [results[r["id"]][0] for r in chosen if task.positive(r)]
        neg = [results[r["id"]][0] for r in chosen if not task.positive(r)]
        cells.append(f"{lang} recall {_rate(pos)} false {_rate(neg)}")
    return [f"  {task.name} net alone, {batch} held out: " + " | ".join(cells)]


def asset_part_from(task: "Task", fitted: dict) -> dict:
    """One task's asset part from already fitted (model, threshold) per language."""
    from medqa.safety.learned import encode_array

    return {lang: {"features": features_name(lang), **features_extra(lang), "classes": task.classes, "threshold": round(threshold, 6),
                   "bias": [round(float(b), 6) for b in bias], "weights": encode_array(weights),
                   "fitted_on": sum(r["lang"] == lang for r in task.rows)}
            for lang, ((weights, bias), threshold) in fitted.items()}


# --- features --------------------------------------------------------------------------------------------------
def english_texts(rows_by_task: list[list[dict]]) -> list[str]:
    """Every text an English model will be fitted on or will score (row language or script decides)."""
    from medqa.safety.normalize import is_chinese

    texts = []
    for rows in rows_by_task:
        for row in rows:
            texts += [fit_text(row)] if row["lang"] == "en" else []
            texts += [t for t in run_texts(row) if not is_chinese(t)]
    return list(dict.fromkeys(texts))


def load_embeddings(texts: list[str]) -> dict[str, np.ndarray]:
    """MiniLM vectors of the texts, from the cache file where present; new ones are encoded and cached."""
    from medqa.safety.learned import embed_english

    cached: dict[str, np.ndarray] = {}
    if CACHE.exists():
        data = np.load(CACHE, allow_pickle=False)
        cached = dict(zip(data["texts"].tolist(), data["vectors"]))
    missing = [t for t in texts if t not in cached]
    if missing:
        start = time.time()
        vectors = embed_english(missing)
        print(f"encoded {len(missing)} texts in {time.time() - start:.0f}s", file=sys.stderr)
        cached.update(zip(missing, vectors))
        np.savez(CACHE, texts=np.array(list(cached)), vectors=np.stack(list(cached.values())))
    return cached


_HASHED: dict[tuple[str, str], dict[int, float]] = {}


def feature_matrix(texts: list[str], language: str, embeddings: dict[str, np.ndarray] | None, use_embedding: bool = True):
    """Sparse torch matrix of feature rows (the same features learned.feature_vector builds one at a time)."""
    import torch
    from medqa.safety.learned import EMBED_DIMS, HASH_DIMS, chinese_grams, english_grams, hashed_vector

    rows, cols, vals = [], [], []
    offset = EMBED_DIMS if language == "en" and use_embedding else 0
    profile = ENCODER and language == "en"
    if profile:
        load_profiles(texts)
        from medqa.safety.learned_encoder import profile_layout

        offset = profile_layout().dims - (profile_layout().exemplars if PROFILE_SUMMARY else 0)
    for r, text in enumerate(texts):
        if language == "en" and use_embedding:
            rows += [r] * EMBED_DIMS
            cols += list(range(EMBED_DIMS))
            vals += embeddings[text].tolist()
        if profile:
            head = PROFILES[text]
            if PROFILE_SUMMARY:
                from medqa.safety.learned_encoder import profile_layout

                head = head[profile_layout().exemplars:]
            nonzero = np.flatnonzero(head)
            rows += [r] * len(nonzero)
            cols += nonzero.tolist()
            vals += (PROFILE_SCALE * head[nonzero]).tolist()
        skip = (ENCODER and ZH_SKIP) or SCOPE_ZH_SKIP
        key = (language, text, skip)
        if key not in _HASHED:
            grams = english_grams(text, NEGATION) if language == "en" else chinese_grams(text, NEGATION, skip=skip)
            _HASHED[key] = hashed_vector(grams)
        for i, v in _HASHED[key].items():
            rows.append(r)
            cols.append(offset + i)
            vals.append(v)
    size = (len(texts), offset + HASH_DIMS)
    return torch.sparse_coo_tensor(torch.tensor([rows, cols]), torch.tensor(vals, dtype=torch.float32), size).coalesce()


def load_profiles(texts: list[str]) -> None:
    """Exemplar profiles (learned_encoder) of the texts into PROFILES, from PROFILE_CACHE where present; new ones are
    computed (MiniLM forwards of their about-now sentences) and cached. The cache is keyed by the bank signature."""
    from medqa.safety.learned_encoder import bank_signature, english_profiles

    missing = [t for t in dict.fromkeys(texts) if t not in PROFILES]
    if not missing:
        return
    if not PROFILES and PROFILE_CACHE.exists():
        data = np.load(PROFILE_CACHE, allow_pickle=False)
        if str(data["bank"]) == bank_signature():
            PROFILES.update(zip(data["texts"].tolist(), data["vectors"]))
        missing = [t for t in missing if t not in PROFILES]
    if missing:
        start = time.time()
        PROFILES.update(english_profiles(missing))
        print(f"profiled {len(missing)} texts in {time.time() - start:.0f}s", file=sys.stderr)
        np.savez(PROFILE_CACHE, texts=np.array(list(PROFILES)), vectors=np.stack(list(PROFILES.values())),
                 bank=np.array(bank_signature()))


def features_name(language: str) -> str:
    """The asset's "features" string of a part fitted with the current settings."""
    if ENCODER:
        return ("profile+ngrams" if language == "en" else "ngrams+skip" if ZH_SKIP else "ngrams") + ("+negation" if NEGATION else "")
    if language == "zh" and SCOPE_ZH_SKIP:
        return "ngrams+skip" + ("+negation" if NEGATION else "")
    return "ngrams+negation" if NEGATION else "ngrams"


def features_extra(language: str) -> dict:
    """Extra asset fields of a part: the exemplar bank signature of a profile model."""
    if ENCODER and language == "en":
        from medqa.safety.learned_encoder import bank_signature

        return {"bank": bank_signature(), "profile_scale": PROFILE_SCALE, "profile_summary": PROFILE_SUMMARY}
    return {}


# --- fitting ---------------------------------------------------------------------------------------------------
def fit_logistic(x, labels: np.ndarray, n_classes: int, l2: float, positive_weight_of=None, max_iterations: int = 300,
                 row_scale: np.ndarray | None = None):
    """(weights features x classes, bias) of an L2 logistic fit by L-BFGS; binary when n_classes == 1.

    Sample weights balance the two sides (emergency vs none, redirect vs allow) so each carries half the loss.
    The gradient is written out (X^T (P - Y)) over CSR matrices: autograd through sparse COO products was ~17x slower.
    """
    import torch

    y = torch.as_tensor(labels)
    positive = (y != positive_weight_of) if positive_weight_of is not None else (y == 1)
    weight = torch.where(positive, 0.5 / max(1, int(positive.sum())), 0.5 / max(1, int((~positive).sum()))).float()
    if row_scale is not None:
        # In-domain rows count IN_DOMAIN_WEIGHT times (see Task._fit).
        weight = weight * torch.as_tensor(row_scale, dtype=torch.float32)
    rows = x.to_sparse_csr()
    rows_t = x.t().coalesce().to_sparse_csr()
    target = torch.nn.functional.one_hot(y.long(), n_classes).float() if n_classes > 1 else y.float()[:, None]
    weights = torch.zeros((x.shape[1], n_classes), dtype=torch.float32, requires_grad=True)
    bias = torch.zeros(n_classes, dtype=torch.float32, requires_grad=True)
    optimizer = torch.optim.LBFGS([weights, bias], max_iter=max_iterations, tolerance_grad=1e-7, tolerance_change=1e-10,
                                  history_size=20, line_search_fn="strong_wolfe")

    def closure():
        with torch.no_grad():
            logits = rows @ weights + bias
            if n_classes == 1:
                losses = torch.nn.functional.binary_cross_entropy_with_logits(logits[:, 0], target[:, 0], reduction="none")
                residual = torch.sigmoid(logits) - target
            else:
                losses = torch.nn.functional.cross_entropy(logits, y.long(), reduction="none")
                residual = torch.softmax(logits, dim=1) - target
            residual = residual * weight[:, None]
            loss = (weight * losses).sum() + 0.5 * l2 * (weights * weights).sum()
            weights.grad = rows_t @ residual + l2 * weights
            bias.grad = residual.sum(dim=0)
        return loss

    optimizer.step(closure)
    return weights.detach().numpy(), bias.detach().numpy()


def scores_of(x, weights: np.ndarray, bias: np.ndarray, none_index: int | None) -> np.ndarray:
    """Emergency probability (1 - P(none)) for a multinomial model, or P(positive) for a binary one."""
    import torch

    logits = (torch.sparse.mm(x, torch.as_tensor(weights)) + torch.as_tensor(bias)).numpy().astype(np.float64)
    if none_index is None:
        return 1.0 / (1.0 + np.exp(-np.clip(logits[:, 0], -60, 60)))
    logits -= logits.max(axis=1, keepdims=True)
    probabilities = np.exp(logits)
    probabilities /= probabilities.sum(axis=1, keepdims=True)
    return 1.0 - probabilities[:, none_index]


def threshold_for(negative_scores: np.ndarray, max_rate: float = MAX_FALSE_ALARMS) -> float:
    """The lowest threshold (score >= threshold fires) that fires on at most max_rate of the negatives."""
    ordered = np.sort(np.asarray(negative_scores))[::-1]
    allowed = int(np.floor(max_rate * len(ordered)))
    if allowed >= len(ordered):
        return 0.0
    return float(np.nextafter(ordered[allowed], 1.0))


class Task:
    """One task's labelled rows and how to fit/score them: "triage" (multinomial) or "scope" (binary)."""

    def __init__(self, name: str, rows: list[dict], embeddings, use_embedding: bool = True):
        self.name, self.rows, self.embeddings, self.use_embedding = name, rows, embeddings, use_embedding
        self._fits: dict = {}
        if name == "triage":
            categories = sorted({r["category"] for r in rows if r["level"] == "emergency"})
            self.classes = categories + ["none"]
        else:
            self.classes = ["redirect"]

    def positive(self, row: dict) -> bool:
        """Whether the row is a positive (emergency, or redirect); urgent rows count as not emergency."""
        return row["level"] == "emergency" if self.name == "triage" else row["label"] == "redirect"

    def label(self, row: dict) -> int:
        """Class index of a row: its category (or "none") for triage, 1/0 for scope."""
        if self.name == "scope":
            return int(self.positive(row))
        return self.classes.index(row["category"] if self.positive(row) else "none")

    def fit(self, rows: list[dict], language: str):
        """(weights, bias) fitted on the rows of one language (memoised by the groups left out: fitting without
        groups {a, b} is needed both when a is held out and b is the inner fold, and the other way round)."""
        left_out = frozenset({r["group"] for r in self.rows} - {r["group"] for r in rows})
        if len(rows) == sum(r["group"] not in left_out for r in self.rows):
            key = (left_out, language)
            if key not in self._fits:
                self._fits[key] = self._fit(rows, language)
            return self._fits[key]
        return self._fit(rows, language)

    def _fit(self, rows: list[dict], language: str):
        chosen = [r for r in rows if r["lang"] == language]
        texts, labels = [fit_text(r) for r in chosen], [self.label(r) for r in chosen]
        # Every turn of a benign conversation is a negative too: the net scores single turns at run time, and
        # greetings and fillers ("right. another thing", "我们在家") otherwise appear only inside emergency
        # conversations and were flagged on their own (most of the first run's false alarms on blind4 and blind6).
        for row in chosen:
            if "turns" in row and not self.positive(row):
                texts += [t for t in _turns(row) if t.strip()]
                labels += [self.label(row)] * len([t for t in _turns(row) if t.strip()])
        # In-domain rows are weighted up: a few thousand easy negatives among look-alike positives that share their
        # words ("take my medicine with food") were outvoted at weight 1 (18 KB questions still redirected).
        # Hand-typed rows of the writers' sets (source "handwritten") count HAND_WEIGHT times (L37s; 1 = as before).
        scale = np.array([IN_DOMAIN_WEIGHT if r["group"].startswith("in_domain") else
                          HAND_WEIGHT if r.get("source") == "handwritten" and r["group"].startswith("blind") else 1.0
                          for r in chosen]
                         + [1.0] * (len(texts) - len(chosen)))
        x = feature_matrix(texts, language, self.embeddings, self.use_embedding)
        labels = np.array(labels)
        none_index = self.classes.index("none") if self.name == "triage" else None
        n_classes = len(self.classes)
        return fit_logistic(x, labels, n_classes, L2[self.name], positive_weight_of=none_index, row_scale=scale)

    def score(self, model, rows: list[dict], language: str) -> np.ndarray:
        """Run-time score per row: the highest over the texts the net scores (see run_texts)."""
        texts = [run_texts(r) for r in rows]
        flat = [t for ts in texts for t in ts]
        if not flat:
            return np.zeros(0)
        x = feature_matrix(flat, language, self.embeddings, self.use_embedding)
        none_index = self.classes.index("none") if self.name == "triage" else None
        flat_scores = scores_of(x, *model, none_index)
        out, at = [], 0
        for ts in texts:
            out.append(flat_scores[at:at + len(ts)].max())
            at += len(ts)
        return np.array(out)

    def category(self, model, text: str, language: str) -> str:
        """Most likely emergency category of a text (triage only)."""
        x = feature_matrix([text], language, self.embeddings, self.use_embedding)
        import torch

        logits = (torch.sparse.mm(x, torch.as_tensor(model[0])) + torch.as_tensor(model[1])).numpy()[0]
        logits[self.classes.index("none")] = -np.inf
        return self.classes[int(np.argmax(logits))]


def row_language(row: dict) -> str:
    """The model a row is scored by at run time: its text decides (is_chinese), as in learned.py."""
    from medqa.safety.normalize import is_chinese

    return "zh" if is_chinese(fit_text(row)) else "en"


def out_of_fold_threshold(task: Task, rows: list[dict], language: str, folds: list[set[str]] | None = None) -> float:
    """Threshold for <= 1% false alarms, from out-of-fold scores with whole writer groups held out (folds: sets of
    groups held out together; default one group per fold)."""
    if folds is None:
        folds = [{group} for group in sorted({r["group"] for r in rows})]
    negatives, in_domain = [], []
    _LAST_IN_DOMAIN[language] = []
    for index, fold in enumerate(folds):
        train = [r for r in rows if r["group"] not in fold]
        held = [r for r in rows if r["group"] in fold and not task.positive(r) and row_language(r) == language]
        if held:
            model = task.fit(train, language)
            scores = task.score(model, held, language)
            # A fold of several groups can hold in-domain rows beside look-alikes: each row goes by its own group.
            is_in_domain = np.array([r["group"].startswith("in_domain") for r in held])
            negatives.append(scores[~is_in_domain])
            in_domain.append(scores[is_in_domain])
            _LAST_IN_DOMAIN[language] += [(r["text"], float(v)) for r, v, d in zip(held, scores, is_in_domain) if d]
            if OUT_OF_FOLD_ROWS is not None:
                OUT_OF_FOLD_ROWS.extend({"id": r.get("id"), "group": r["group"], "lang": language, "fold": index,
                                         "in_domain": bool(d), "score": float(v), "text": fit_text(r),
                                         "category": _oof_category(task, model, r, language) if v >= 0.3 else "none"}
                                        for r, v, d in zip(held, scores, is_in_domain))
    threshold = threshold_for(np.concatenate(negatives))
    # In-domain questions are a second, stricter limit: with them in the fit the look-alikes score lower, and a
    # threshold set on look-alikes alone fell (scope 0.90 -> 0.73) and let practical questions through.
    in_domain_scores = np.concatenate(in_domain) if in_domain else np.zeros(0)
    if in_domain_scores.size:
        threshold = max(threshold, threshold_for(in_domain_scores, MAX_IN_DOMAIN_FLAGS))
    return threshold


def _oof_category(task: Task, model, row: dict, language: str) -> str:
    """The fold net's emergency category for a row, read on the run-time text that scores highest (--save-oof)."""
    texts = run_texts(row)
    if len(texts) > 1:
        scores = task.score(model, [{"text": t} for t in texts], language)
        texts = [texts[int(np.argmax(scores))]]
    return task.category(model, texts[0], language)


def fit_and_threshold(task: Task, rows: list[dict]) -> dict:
    """Per language: (model, threshold) fitted on the rows, threshold out of fold."""
    return {lang: (task.fit(rows, lang), out_of_fold_threshold(task, rows, lang)) for lang in ("en", "zh")}


def decisions_on(task: Task, fitted: dict, rows: list[dict]) -> dict[str, tuple[bool, float]]:
    """Row id -> (fires, score) for rows scored by the language model their text selects."""
    out = {}
    for lang in ("en", "zh"):
        chosen = [r for r in rows if row_language(r) == lang]
        model, threshold = fitted[lang]
        for row, score in zip(chosen, task.score(model, chosen, lang)):
            out[row["id"]] = (bool(score >= threshold), float(score))
    return out



# --- evaluation ------------------------------------------------------------------------------------------------
def _rate(hits: list[bool]) -> str:
    return f"{sum(hits)}/{len(hits)} = {sum(hits) / max(1, len(hits)):.3f}"


def leave_one_writer_out(task: Task, folds: list[str] | None = None) -> dict[str, dict[str, tuple[bool, float]]]:
    """Per held-out blind batch: row id -> (fires, score) of a net fitted on everything else."""
    results = {}
    for batch in BLIND if folds is None else folds:
        start = time.time()
        train = [r for r in task.rows if r["group"] != batch]
        fitted = fit_and_threshold(task, train)
        held = [r for r in task.rows if r["group"] == batch]
        results[batch] = decisions_on(task, fitted, held)
        thresholds = {lang: round(fitted[lang][1], 4) for lang in fitted}
        print(f"  [{task.name}] {batch}: fitted in {time.time() - start:.0f}s, thresholds {thresholds}", file=sys.stderr)
        IN_DOMAIN_OUT_OF_FOLD[batch] = in_domain_flags(task, train, fitted)
        if FOLD_ASSETS is not None and task.name == "triage":
            write_fold_asset(FOLD_ASSETS / f"triage_{batch}.json", task, fitted, train)
    return results


# --fold-assets DIR (LN4): each fold's triage net is written as an asset (the shipped scope part beside it), so the
# held-out batch can be scored through learned.py and the rules' vetoes as at run time (`triage-level`).
FOLD_ASSETS: Path | None = None


def write_fold_asset(out: Path, task: "Task", fitted: dict, train: list[dict]) -> None:
    """One fold's triage part as a loadable asset; the scope parts are the shipped ones (never scored here)."""
    from medqa.safety.learned import LEARNED_FILE

    shipped = json.loads(LEARNED_FILE.read_text(encoding="utf-8"))
    asset = {"about": "a leave-one-writer-out fold of fit_learned_safety.py (not shipped)",
             **{name: shipped[name] for name in ("scope", "scope_kind") if name in shipped},
             "triage": asset_part_from(task, fitted), "groups": sorted({r["group"] for r in train}), "l2": L2}
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(asset, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")


# Out-of-fold scores of in-domain rows from the last out_of_fold_threshold call per language: (text, score).
_LAST_IN_DOMAIN: dict[str, list[tuple[str, float]]] = {}
# Every negative's out-of-fold score (id, group, fold, score, text), saved by `refit-all --save-oof` (L43): which
# look-alikes and in-domain questions set a threshold could not be read from the fit's one printed number (the
# project's hand-written rows have no id: None, their text says which). None: not
# collected (evaluate's many folds would hold every negative's text again for each).
OUT_OF_FOLD_ROWS: list[dict] | None = None
IN_DOMAIN_OUT_OF_FOLD: dict[str, dict] = {}


def in_domain_flags(task: "Task", train: list[dict], fitted: dict) -> dict:
    """Learned-only flags on the in-domain questions (KB bank, out-of-scope tuning), each scored by a net fitted
    without its own group (the inner folds of this fit), at this fit's thresholds; the rules' label is the row's."""
    out = {"flagged": [], "count": 0}
    for lang, (_, threshold) in fitted.items():
        for text, score in _LAST_IN_DOMAIN.get(lang, []):
            out["count"] += 1
            if score >= threshold:
                out["flagged"].append((text, round(score, 3)))
    return out


def lowo_table(task: Task, results: dict) -> list[str]:
    """Lines of the leave-one-writer-out table: recall and false alarms per batch and language."""
    positive_word, negative_word = ("recall", "false alarms") if task.name == "triage" else ("recall", "over-redirects")
    lines = [f"{task.name}: leave-one-writer-out (net alone; threshold chosen out of fold inside the training data)"]
    for batch in results:
        by_id = {r["id"]: r for r in task.rows if r["group"] == batch}
        cells = []
        for lang in ("en", "zh", "all"):
            chosen = [r for r in by_id.values() if lang == "all" or r["lang"] == lang]
            pos = [results[batch][r["id"]][0] for r in chosen if task.positive(r)]
            neg = [results[batch][r["id"]][0] for r in chosen if not task.positive(r)]
            cells.append(f"{lang} {positive_word} {_rate(pos)} {negative_word} {_rate(neg)}")
        lines.append(f"  {batch}: " + " | ".join(cells))
    return lines


def union_table(task: Task, learned: dict, rules: dict, batch: str = "blind8") -> list[str]:
    """Lines comparing the frozen rules alone with rules OR learned on one batch, per category/kind and script."""
    rows = [r for r in task.rows if r["group"] == batch]

    def rule_fires(row):
        if task.name == "triage":
            return rules["triage"][row["id"]]["level"] == "emergency"
        return rules["scope"][row["id"]] == "redirect_clinician"

    key_field = "category" if task.name == "triage" else "kind"
    lines = [f"{task.name} on {batch}: rules frozen ({rules.get('rules_file', '?')}) alone vs rules OR learned"]
    groups = {"all": rows}
    for script in sorted({r["script"] for r in rows}):
        groups[f"script {script}"] = [r for r in rows if r["script"] == script]
    for key in sorted({r[key_field] for r in rows}):
        groups[f"{key_field} {key}"] = [r for r in rows if r[key_field] == key]
    for name, chosen in groups.items():
        pos = [r for r in chosen if task.positive(r)]
        neg = [r for r in chosen if not task.positive(r)]
        rule_pos = [rule_fires(r) for r in pos]
        union_pos = [rule_fires(r) or learned[r["id"]][0] for r in pos]
        rule_neg = [rule_fires(r) for r in neg]
        union_neg = [rule_fires(r) or learned[r["id"]][0] for r in neg]
        lines.append(f"  {name:28s} recall rules {_rate(rule_pos):18s} union {_rate(union_pos):18s} "
                     f"false {'alarms' if task.name == 'triage' else 'redirects'} rules {_rate(rule_neg):16s} union {_rate(union_neg)}")
    gained = [r for r in rows if task.positive(r) and not rule_fires(r) and learned[r["id"]][0]]
    added = [r for r in rows if not task.positive(r) and not rule_fires(r) and learned[r["id"]][0]]
    lines.append(f"  caught by the net only ({len(gained)}):")
    lines += [f"    + {fit_text(r)[:160]!r}" for r in gained[:25]]
    lines.append(f"  false alarms added by the net ({len(added)}):")
    lines += [f"    - {fit_text(r)[:160]!r}" for r in added[:25]]
    return lines


def evaluate(rules_file: Path | None, use_embedding: bool, tasks: list[str], out: Path | None, asset: Path | None = None,
             with_in_domain: bool = False, folds: list[str] | None = None, exclude: list[str] = (),
             rules_pattern: str | None = None) -> None:
    """Print the leave-one-writer-out tables and, with the rules' decisions, the blind8 union tables.

    With `asset`, also fit the shipped nets on every row and write them there (the leave-one-writer-out fits are
    reused for the out-of-fold thresholds, so this costs two more fits per language).
    """
    rows = {"triage": triage_rows(), "scope": scope_rows()}
    if with_in_domain:
        rows = {name: task_rows + in_domain_rows(name)[0] for name, task_rows in rows.items()}
    # Batches left out of everything (e.g. the newer writers, when choosing settings on the older ones only).
    rows = {name: [r for r in task_rows if r["group"] not in exclude] for name, task_rows in rows.items()}
    embeddings = load_embeddings(english_texts([rows[t] for t in tasks])) if use_embedding else None
    if ENCODER:
        load_profiles(english_texts([rows[t] for t in tasks]))
    rules = json.loads(rules_file.read_text(encoding="utf-8")) if rules_file else None
    report, saved, parts = [], {}, {}
    for name in tasks:
        task = Task(name, rows[name], embeddings, use_embedding)
        results = leave_one_writer_out(task, folds)
        saved[name] = results
        report += lowo_table(task, results)
        if rules:
            report += union_table(task, results["blind8"], rules)
        for batch in results if rules_pattern else []:
            path = Path(rules_pattern.format(batch=batch))
            if not path.exists():
                report.append(f"  {batch}: no rules decisions at {path} (run the rules subcommand), no union table")
            else:
                report += union_table(task, results[batch], json.loads(path.read_text(encoding="utf-8")), batch)
        for batch, flags in IN_DOMAIN_OUT_OF_FOLD.items():
            report.append(f"  {batch} out: in-domain learned-only flags out of fold {len(flags['flagged'])}/{flags['count']}")
            report += [f"    - {text[:140]!r} {score}" for text, score in flags["flagged"][:10]]
        print("\n".join(report), flush=True)
        if out:
            out.write_text(json.dumps(saved), encoding="utf-8")
        if asset:
            parts[name] = asset_part(task, use_embedding)
    if asset:
        write_asset(asset, parts, sorted({r["group"] for name in tasks for r in rows[name]}))


def unions(saved: Path, rules_pattern: str) -> None:
    """Union tables per held-out batch from an `evaluate --save` file and the frozen rules' decisions per batch."""
    if not saved.exists():
        raise UserError(f"{saved} does not exist (write it with evaluate --save)")
    results = json.loads(saved.read_text(encoding="utf-8")).get("triage")
    if not results:
        raise UserError(f"{saved} holds no triage results")
    task = Task("triage", triage_rows(), None, use_embedding=False)
    lines = []
    for batch, learned in results.items():
        path = Path(rules_pattern.format(batch=batch))
        if not path.exists():
            raise UserError(f"{batch}: no rules decisions at {path} (run the rules subcommand)")
        learned = {key: tuple(value) for key, value in learned.items()}
        lines += union_table(task, learned, json.loads(path.read_text(encoding="utf-8")), batch)
    print("\n".join(lines))


def measure(batch: str, rules_file: Path, assets: list[Path]) -> None:
    """Rules alone vs rules OR each asset's triage net on a held-out batch (HELD_OUT): recall, false alarms.

    The net is scored through learned.py as at run time (each user turn and the last three joined, highest wins);
    the union is a plain OR per row (the rules' vetoes do not apply to it: `rules --net-asset` gives the pipeline).
    """
    from medqa.safety.learned import load_learned, triage_probabilities

    if batch not in HELD_OUT:
        raise UserError(f"{batch} is not a held-out batch; held out: {', '.join(HELD_OUT)}")
    for path in [rules_file, *assets]:
        if not path.exists():
            raise UserError(f"{path} does not exist")
    rules = json.loads(rules_file.read_text(encoding="utf-8"))
    if rules.get("learned_net"):
        raise UserError(f"{rules_file} holds the rules with a net inside ({rules['learned_net']}), not the rules alone")
    rows = _read(SAFETY / batch / "triage.jsonl", batch)
    task = Task("triage", rows, None, use_embedding=False)
    for path in assets:
        models = load_learned(path)
        learned = {}
        for row in rows:
            scored = [triage_probabilities(text, models) for text in run_texts(row)]
            best = max(scored, key=lambda s: s[0] - s[2])
            learned[row["id"]] = (best[0] >= best[2], best[0])
        print(f"=== {batch}: rules OR the triage net of {path} (fitted on {load_groups(path)})")
        print("\n".join(union_table(task, learned, rules, batch)))


def net_emergency_at_triage(text: str, models, clause_max: bool | None = None) -> tuple[bool, bool]:
    """(net fires on the text, its emergency survives today's triage vetoes): the net's finding as the learned
    pseudo-rule, through the same veto chain RedFlagTriage.assess applies (denied sign, resolved, context,
    minor self-care), with nothing else fired beside it; `clause_max` as in learned.triage_probabilities."""
    from medqa.safety.learned import triage_probabilities
    from medqa.safety.triage import (EMERGENCY, Rule, _context_vetoes, _drop_resolved, _learned_sign_denied,
                                     _minor_self_care)

    probability, category, threshold = triage_probabilities(text, models, clause_max)
    if probability < threshold:
        return False, False
    fired = [Rule(f"learned.{category}", category, EMERGENCY, ())]
    fired = _minor_self_care(text, _context_vetoes(text, _drop_resolved(text, _learned_sign_denied(text, fired))))
    return True, any(r.level == EMERGENCY for r in fired)


def triage_level(folds: list[str], net_pattern: str, rules_pattern: str, clause_max: bool | None = None) -> dict:
    """Per held-out batch: the frozen rules alone (net off) OR each fold net's emergency that survives today's
    vetoes (net_emergency_at_triage), per user turn and the last three joined, as assess_conversation reads them;
    `clause_max` True/False overrides the asset's own setting.
    Returns {batch: {"rules": (recall, false alarms), "raw": ..., "triage": ..., "added": [...], "vetoed": [...]}}."""
    from medqa.safety.learned import load_learned

    rows_all = triage_rows()
    out = {}
    for batch in folds:
        try:
            net_path, rules_path = Path(net_pattern.format(batch=batch)), Path(rules_pattern.format(batch=batch))
        except (KeyError, IndexError, ValueError) as error:
            raise UserError(f"a pattern may name only {{batch}}: {error}") from error
        for path in (net_path, rules_path, SAFETY / batch / "triage.jsonl"):
            if not path.exists():
                raise UserError(f"{batch}: {path} does not exist")
        try:
            rules = json.loads(rules_path.read_text(encoding="utf-8"))
            decided = {key: value["level"] for key, value in rules["triage"].items()}
        except (ValueError, KeyError, TypeError, AttributeError) as error:
            raise UserError(f"{rules_path} is not a `rules` output: {error}") from error
        if rules.get("learned_net"):
            raise UserError(f"{rules_path} holds the rules with a net inside, not the rules alone")
        models = load_learned(net_path)
        rows = [r for r in rows_all if r["group"] == batch] or _read(SAFETY / batch / "triage.jsonl", batch)
        missing = [r["id"] for r in rows if r["id"] not in decided]
        if missing:
            raise UserError(f"{rules_path} has no decision for {len(missing)} rows of {batch} (e.g. {missing[0]})")
        counts = {"rules": [0, 0], "raw": [0, 0], "triage": [0, 0]}
        notes = {"added": [], "vetoed": [], "caught": []}
        positives = 0
        for row in rows:
            positive = row["level"] == "emergency"
            positives += positive
            by_rules = decided[row["id"]] == "emergency"
            net = [net_emergency_at_triage(text, models, clause_max) for text in run_texts(row)]
            raw, kept = any(f for f, _ in net), any(k for _, k in net)
            for name, fires in (("rules", by_rules), ("raw", by_rules or raw), ("triage", by_rules or kept)):
                counts[name][0 if positive else 1] += fires
            if not by_rules and raw:
                key = ("caught" if kept else "vetoed") if positive else ("added" if kept else "vetoed")
                notes[key].append(("+" if positive else "-") + " " + fit_text(row)[:150])
        out[batch] = {**{k: tuple(v) for k, v in counts.items()}, **notes, "positives": positives,
                      "negatives": len(rows) - positives, "net": str(net_path), "rules_file": str(rules_path)}
    return out


def clause_max_changes(batches: list[str], asset: Path | None = None) -> dict:
    """Per spent batch, today's whole pipeline (rules with the net inside) with the net reading whole messages vs
    clause-max: the rows whose triage level changes. Only rows where the two nets differ on some text the pipeline
    hands the net (run_texts) can change, so only those are assessed twice."""
    import medqa.safety.learned as learned_module
    from medqa.safety.triage import RedFlagTriage

    models = learned_module.load_learned(asset) if asset else learned_module.bundled_learned()
    if models is None:
        raise UserError("no learned asset to compare")
    original = learned_module.bundled_learned
    learned_module.bundled_learned = lambda: models
    triage = RedFlagTriage()
    out = {}
    try:
        for batch in batches:
            path = SAFETY / batch / "triage.jsonl"
            if not path.exists():
                raise UserError(f"{batch}: {path} does not exist")
            changed = []
            for row in _read(path, batch):
                texts = run_texts(row)
                fires = [[learned_module.triage_probabilities(t, models, flag) for t in texts]
                         for flag in (False, True)]
                if [p >= th for p, _, th in fires[0]] == [p >= th for p, _, th in fires[1]]:
                    continue
                levels = []
                for flag in (False, True):
                    for model in models.triage.values():
                        model.clause_max = flag
                    result = triage.assess_conversation(_turns(row)) if "turns" in row else triage.assess(row["text"])
                    levels.append(result.level)
                if levels[0] != levels[1]:
                    changed.append({"id": row["id"], "label": row["level"], "whole": levels[0], "clause_max": levels[1],
                                    "text": fit_text(row)[:200]})
            out[batch] = changed
    finally:
        for model in models.triage.values():
            model.clause_max = False
        learned_module.bundled_learned = original
    return out


def load_groups(path: Path) -> str:
    """The writer groups an asset says it was fitted on, for the report."""
    return ",".join(g for g in json.loads(path.read_text(encoding="utf-8")).get("groups", []) if g.startswith("blind"))


# --- the shipped asset -----------------------------------------------------------------------------------------
def asset_part(task: Task, use_embedding: bool) -> dict:
    """One task's part of the asset: per language, the net fitted on every row and its out-of-fold threshold."""
    from medqa.safety.learned import encode_array

    part = {}
    fitted = fit_and_threshold(task, task.rows)
    flags = in_domain_flags(task, task.rows, fitted)
    if flags["count"]:
        print(f"{task.name} all rows: in-domain learned-only flags out of fold {len(flags['flagged'])}/{flags['count']} "
              f"{flags['flagged'][:10]}", file=sys.stderr)
    for lang, ((weights, bias), threshold) in fitted.items():
        features = ("minilm+ngrams" if lang == "en" and use_embedding else "ngrams") + ("+negation" if NEGATION else "")
        if ENCODER:
            features = features_name(lang)
        part[lang] = {"features": features, **features_extra(lang), "classes": task.classes, "threshold": round(threshold, 6),
                      "bias": [round(float(b), 6) for b in bias], "weights": encode_array(weights),
                      "fitted_on": sum(r["lang"] == lang for r in task.rows)}
        print(f"{task.name} {lang}: {part[lang]['fitted_on']} rows, threshold {threshold:.4f}", file=sys.stderr)
    return part


def write_asset(out: Path, parts: dict, groups: list[str]) -> None:
    """Write the asset (both tasks' parts, the writer groups fitted on, the regularisation)."""
    # A run for one task keeps the other task's part of an existing asset (the two can be fitted in parallel). Into a
    # new path, the parts not fitted come from the shipped asset: an asset written without its scope parts would
    # silently turn the scope net off wherever it is installed.
    from medqa.safety.learned import LEARNED_FILE

    previous = json.loads(out.read_text(encoding="utf-8")) if out.exists() else {}
    source = previous or (json.loads(LEARNED_FILE.read_text(encoding="utf-8")) if LEARNED_FILE.exists() else {})
    kept = {name: source[name] for name in ("triage", "scope", "scope_kind") if name in source and name not in parts}
    groups = sorted(set(groups) | set(previous.get("groups", [])))
    asset = {"about": "medqa learned safety nets; fitted by scripts/fit_learned_safety.py; see data_cards/learned_safety_model.md",
             **kept, **parts, "groups": groups, "l2": L2}
    out.write_text(json.dumps(asset, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {out} ({out.stat().st_size / 1e6:.2f} MB)", file=sys.stderr)


def fit_asset(out: Path, use_embedding: bool) -> None:
    """Fit both nets on every labelled set (blind4..blind8 included) and write the asset with its thresholds."""
    rows = {"triage": triage_rows(), "scope": scope_rows()}
    embeddings = load_embeddings(english_texts(list(rows.values()))) if use_embedding else None
    parts = {name: asset_part(Task(name, task_rows, embeddings, use_embedding), use_embedding) for name, task_rows in rows.items()}
    write_asset(out, parts, sorted({r["group"] for task_rows in rows.values() for r in task_rows}))


# --- refit on every spent writer (session 31) --------------------------------------------------------------------
# Leave-one-writer-out thresholds need one fit per group, and by session 31 there were 85 groups (blind4..50,
# everyday1..26, the sign checklists, the in-domain sets): hours on two shared cores. The threshold is instead taken
# out of fold over K folds of whole writer groups (each fold's negatives scored by a net fitted without them), which
# keeps the property that matters (a threshold set on writers the net did not see) at K + 1 fits per language.
SPENT_TRIAGE_PREFIXES = ("blind", "everyday", "signs")
ALL_SPENT_EXCLUDE = "blind51,everyday27"
# The session's held blind tests: no fitter reads them, whatever --exclude says (refit-all reads every folder by prefix,
# so a held set moved into tests/data before a refit would otherwise be fitted).
HELD_TEST_PREFIXES = ("blind51", "blind65")


def spent_triage_rows(exclude: set[str]) -> list[dict]:
    """triage_rows() plus every later spent batch's triage rows (a sign checklist's `held` rows are never fitted)."""
    rows = triage_rows()
    present = {r["group"] for r in rows}
    for folder in sorted(SAFETY.iterdir()):
        path = folder / "triage.jsonl"
        if folder.name in present or folder.name in exclude or not folder.name.startswith(SPENT_TRIAGE_PREFIXES) \
                or folder.name.startswith(HELD_TEST_PREFIXES) or not path.exists():
            continue
        rows += [r for r in _read(path, folder.name) if r.get("split", "train") != "held"]
    return rows


def refit_all(out: Path, exclude: set[str], k: int, seed: int = 31, save_oof: Path | None = None,
              languages: tuple[str, ...] = ("en", "zh")) -> None:
    """Fit the triage net on every spent writer (+ in-domain rows), thresholds out of fold over K group folds."""
    rows = spent_triage_rows(exclude) + in_domain_rows("triage")[0]
    groups = sorted({r["group"] for r in rows})
    print(f"{len(rows)} rows, {len(groups)} writer groups; left out {sorted(exclude)}", file=sys.stderr)
    task = Task("triage", rows, None, use_embedding=False)
    folds = group_folds(groups, k, seed)
    global OUT_OF_FOLD_ROWS
    OUT_OF_FOLD_ROWS = [] if save_oof is not None else None
    fitted = {}
    for lang in languages:
        start = time.time()
        threshold = out_of_fold_threshold(task, rows, lang, folds)
        in_domain = [score for _, score in _LAST_IN_DOMAIN[lang]]
        fitted[lang] = (task._fit(rows, lang), threshold)
        flagged = sum(score >= threshold for score in in_domain)
        print(f"triage {lang}: threshold {threshold:.4f}; in-domain out of fold {flagged}/{len(in_domain)}; "
              f"{time.time() - start:.0f}s", file=sys.stderr)
        if save_oof is not None:
            save_oof.write_text(json.dumps({"folds": [sorted(f) for f in folds], "thresholds": {
                lang: fitted[lang][1] for lang in fitted}, "rows": OUT_OF_FOLD_ROWS}, ensure_ascii=False), encoding="utf-8")
    if set(languages) != {"en", "zh"}:
        # A one-language run is for reading its out-of-fold scores: an asset with one language's net would drop the
        # other's at run time, so none is written.
        print(f"{'/'.join(languages)} only: no asset written", file=sys.stderr)
        return
    write_asset(out, {"triage": asset_part_from(task, fitted)}, groups)


def group_folds(groups: list[str], k: int, seed: int = 31) -> list[set[str]]:
    """K folds of whole writer groups, dealt in turn from the groups shuffled by seed (refit-all's folds)."""
    order = sorted(groups)
    random.Random(seed).shuffle(order)
    return [set(order[i::k]) for i in range(k)]


def timing(count: int) -> None:
    """Seconds per message of the shipped nets on distinct messages (no caches), beside the safety pipeline's own."""
    import os

    from medqa.safety.learned import bundled_learned, emergency_score, redirect_score
    from medqa.safety.scope import classify_scope
    from medqa.safety.triage import RedFlagTriage

    # Distinct messages from every writer (the rules and the embedder cache repeated sentences).
    rows = [r for r in triage_rows() if "text" in r][::7][:count]
    texts = [r["text"] for r in rows]
    bundled_learned()
    emergency_score("warm up the embedder")
    triage = RedFlagTriage()
    triage.assess("warm up the rules")
    from medqa.safety.learned import embed_english

    embed_english(["warm up"])
    for name, run in (("rules triage.assess + classify_scope", lambda t: (triage.assess(t), classify_scope(t))),
                      ("learned emergency_score + redirect_score", lambda t: (emergency_score(t), redirect_score(t))),
                      ("one MiniLM forward of the whole message (not shipped)", lambda t: embed_english([t]))):
        start = time.perf_counter()
        for text in texts:
            run(text)
        elapsed = time.perf_counter() - start
        print(f"{name}: {1000 * elapsed / len(texts):.1f} ms/message over {len(texts)} messages "
              f"({len(texts) / elapsed:.0f} msg/s); loadavg {open('/proc/loadavg').read().split()[:3]}, {os.cpu_count()} cpus")




# --- the scope net as a second opinion beside the scope rules (helper LS1, round 27) ----------------------------
# Three honest folds: blind22/23/24 held out in turn, each with the scope rules frozen at the commit that moved it in
# (`rules --batch` from a worktree of that commit), the fold net fitted on project_generated + blind4..k-1 + the
# in-domain questions (labelled by today's rules, x IN_DOMAIN_WEIGHT). Two thresholds, both chosen inside the
# training data on out-of-fold scores (inner folds = whole groups): t_hi (the net redirects on its own: <= 1% of
# training look-alikes and <= 0.3% of in-domain allowed questions at or above it) and t_lo (a rules redirect becomes
# allow: at most 0.5% of training redirects at or below it). Never blind25 or the lead's honest sets.
SCOPE_SPENT = [f"blind{n}" for n in range(4, 25)]
SCOPE_FOLD_COMMITS = {"blind22": "bc944a4", "blind23": "1da452a", "blind24": "0517fb9"}
SCOPE_MAX_OVER = 0.01
SCOPE_MAX_IN_DOMAIN = 0.003
SCOPE_MAX_VETOED = 0.005
README_EXAMPLES = ["Do I need to fast before a blood test?", "When are visiting hours?",
                   "can i take flowers or balloons to my friend in hospital",
                   "How do I get a copy of my medical records?", "should I get antibiotics for a cold?",
                   "sore throat, can I take amoxicillin?", "牙疼能不能吃头孢",
                   "can I bring my own pillow when I'm admitted for my knee op?", "who else can I go to?",
                   "how much notice ought I to give in order to move it?", "Is that allowed?"]


def answer_side_texts(reviews=range(6, 16)) -> dict[str, list[dict]]:
    """The answer-side in-domain check's questions beyond label-in-domain's groups: the spent reviewer sets
    grounded_review6..15 (L37s: `reviews`, every one in tests/data) with their answerable flag, and the README's example
    questions."""
    review = []
    for n in reviews:
        path = ROOT / "tests" / "data" / f"grounded_review{n}" / "questions.jsonl"
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                review.append({"id": row["id"], "text": row["question"], "answerable": bool(row.get("answerable"))})
    readme = [{"id": f"readme:{i}", "text": t, "answerable": True} for i, t in enumerate(README_EXAMPLES)]
    return {"review": review, "readme": readme}


def label_scope(out: Path, reviews=range(6, 16)) -> None:
    """Today's scope rules (classify_scope) on the in-domain groups, the reviewer sets and the README examples, in
    label-in-domain's format (scope only: "level" is not read by the scope fits)."""
    from medqa.safety.scope import REDIRECT, classify_scope
    from medqa.safety.similarity import prime_embeddings
    import medqa.safety.scope as scope_module

    groups = in_domain_texts()
    extra = answer_side_texts(reviews)
    texts = list(dict.fromkeys([t for ts in groups.values() for t in ts] + [r["text"] for rs in extra.values() for r in rs]))
    start = time.time()
    prime_embeddings(texts)
    labels = {t: {"level": "unlabelled", "category": "none", "redirect": classify_scope(t, learned=False).decision == REDIRECT}
              for t in texts}
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({"groups": groups, "labels": labels, "extra": extra, "rules_file": scope_module.__file__},
                              ensure_ascii=False), encoding="utf-8")
    print(f"scope-labelled {len(texts)} texts by {scope_module.__file__} in {time.time() - start:.0f}s -> {out}",
          file=sys.stderr)


def scope_training_rows(last: str | None, labels: Path) -> list[dict]:
    """project_generated + every spent scope batch before `last` (all of blind4..24 when None) + in-domain rows."""
    writers = SCOPE_SPENT if last is None else SCOPE_SPENT[:SCOPE_SPENT.index(last)]
    rows = []
    for path in sorted((SAFETY / "generated").glob("scope_*.jsonl")):
        rows += _read(path, "project_generated")
    for batch in writers:
        rows += _read(SAFETY / batch / "scope.jsonl", batch)
    return rows + in_domain_rows("scope", labels)[0]


def scope_out_of_fold(task: Task, rows: list[dict]) -> dict[str, float]:
    """Row id -> out-of-fold score: each group's rows scored by the net fitted without that group."""
    scores = {}
    for group in sorted({r["group"] for r in rows}):
        train = [r for r in rows if r["group"] != group]
        for lang in ("en", "zh"):
            held = [r for r in rows if r["group"] == group and row_language(r) == lang]
            if held:
                scores.update(zip([r["id"] for r in held], task.score(task.fit(train, lang), held, lang).tolist()))
    return scores


def scope_thresholds(task: Task, rows: list[dict], oof: dict[str, float]) -> dict[str, dict]:
    """Per language: t_hi (<= 1% look-alikes, <= 0.3% in-domain allowed questions out of fold) and t_lo (at most
    0.5% of training redirects out of fold score at or below it), with the counts behind them."""
    out = {}
    for lang in ("en", "zh"):
        chosen = [r for r in rows if row_language(r) == lang]
        look = np.array([oof[r["id"]] for r in chosen if not task.positive(r) and not r["group"].startswith("in_domain")])
        dom = np.array([oof[r["id"]] for r in chosen if not task.positive(r) and r["group"].startswith("in_domain")])
        pos = np.sort(np.array([oof[r["id"]] for r in chosen if task.positive(r)]))
        t_look, t_dom = threshold_for(look, SCOPE_MAX_OVER), threshold_for(dom, SCOPE_MAX_IN_DOMAIN)
        allowed = int(np.floor(SCOPE_MAX_VETOED * len(pos)))
        t_lo = float(np.nextafter(pos[allowed], -1.0)) if len(pos) else 0.0
        out[lang] = {"t_hi": max(t_look, t_dom), "t_hi_lookalike": t_look, "t_hi_in_domain": t_dom, "t_lo": t_lo,
                     "lookalikes": len(look), "in_domain_allowed": len(dom), "redirects": len(pos)}
    return out


def scope_combinations(rule_redirect: bool, p: float, th: dict) -> dict[str, bool]:
    """Redirect or not under each combination of the frozen rules and the net."""
    vetoed = rule_redirect and p <= th["t_lo"]
    return {"rules": rule_redirect, "or": rule_redirect or p >= th["t_hi"], "veto": rule_redirect and not vetoed,
            "both": (rule_redirect and not vetoed) or p >= th["t_hi"]}


def scope_folds(folds: list[str], rules_pattern: str, labels: Path, save: Path | None) -> dict:
    """Per fold: the four combinations on the held-out batch (recall of redirects, over-redirects of allows, cost =
    2 x misses + over-redirects) and the answer-side in-domain check (learned-only redirects and vetoes)."""
    data = json.loads(labels.read_text(encoding="utf-8"))
    extra = data["extra"]
    validation = in_domain_rows("scope", labels)[1]
    results = {}
    for batch in folds:
        start = time.time()
        rules = json.loads(Path(rules_pattern.format(batch=batch)).read_text(encoding="utf-8"))
        if rules.get("learned_net"):
            raise UserError(f"{batch}: the rules' decisions hold a net, not the rules alone")
        rows = scope_training_rows(batch, labels)
        task = Task("scope", rows, None, use_embedding=False)
        oof = scope_out_of_fold(task, rows)
        th = scope_thresholds(task, rows, oof)
        fitted = {lang: (task.fit(rows, lang), th[lang]["t_hi"]) for lang in ("en", "zh")}
        held = _read(SAFETY / batch / "scope.jsonl", batch)
        scored = decisions_on(task, fitted, held)
        counts = {name: {"found": 0, "over": 0} for name in ("rules", "or", "veto", "both")}
        changed = []
        for row in held:
            p = scored[row["id"]][1]
            lang = row_language(row)
            by_rules = rules["scope"][row["id"]] == "redirect_clinician"
            combos = scope_combinations(by_rules, p, th[lang])
            for name, redirect in combos.items():
                counts[name]["found" if task.positive(row) else "over"] += redirect
            if len(set(combos.values())) > 1:
                changed.append({"id": row["id"], "label": row["label"], "rules": by_rules, "p": round(p, 4),
                                "text": row["text"][:160]})
        positives = sum(task.positive(r) for r in held)
        for c in counts.values():
            c["misses"] = positives - c["found"]
            c["cost"] = 2 * c["misses"] + c["over"]
        # Answer side: KB and tuning questions out of fold (their group left out), validation, reviewer sets and README
        # examples by the fold net; learned-only redirects (rules allow, p >= t_hi) and vetoes (rules redirect, p <= t_lo).
        side = {}
        kb = [r for r in rows if r["group"] == "in_domain_kb"]
        side_rows = {"kb": [(r["text"], oof[r["id"]], task.positive(r), True) for r in kb]}
        for name, items in (("validation", validation), ("review", extra["review"]), ("readme", extra["readme"])):
            chosen = [dict(r, id=r.get("id", str(i)), lang=row_language({"text": r["text"]})) for i, r in enumerate(items)]
            dec = decisions_on(task, fitted, chosen)
            side_rows[name] = [(r["text"], dec[r["id"]][1], data["labels"][r["text"]]["redirect"], r.get("answerable", True))
                               for r in chosen]
        for name, items in side_rows.items():
            flagged, vetoes = [], []
            for text, p, redirect, answerable in items:
                lang = "zh" if row_language({"text": text}) == "zh" else "en"
                if not redirect and p >= th[lang]["t_hi"]:
                    flagged.append((text[:140], round(p, 3), answerable))
                if redirect and p <= th[lang]["t_lo"]:
                    vetoes.append((text[:140], round(p, 3), answerable))
            side[name] = {"count": len(items), "learned_only_redirects": flagged, "vetoes": vetoes}
        results[batch] = {"counts": counts, "positives": positives, "negatives": len(held) - positives,
                          "thresholds": th, "changed": changed, "answer_side": side,
                          "rules_file": rules.get("rules_file"), "fitted_on": len(rows), "seconds": round(time.time() - start)}
        print(f"{batch}: {json.dumps(counts)} thresholds "
              f"{ {l: {k: round(v, 4) for k, v in t.items() if k.startswith('t_')} for l, t in th.items()} } "
              f"answer side {[(n, len(s['learned_only_redirects']), len(s['vetoes']), s['count']) for n, s in side.items()]} "
              f"({time.time() - start:.0f}s)", flush=True)
        if save:
            save.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    return results


def scope_full(labels: Path, asset: Path, veto: bool, save: Path | None = None) -> None:
    """Fit the scope net on project_generated + blind4..24 + in-domain with the fold recipe and write its "scope" part
    (threshold t_hi; "veto_threshold" t_lo when `veto`) into the asset in place: the other parts ("triage",
    "scope_kind") and the key order are kept byte for byte, "groups" becomes the union. `save` writes the thresholds
    with their counts and every training row's out-of-fold score (the report reads the KB's)."""

    start = time.time()
    rows = scope_training_rows(None, labels)
    task = Task("scope", rows, None, use_embedding=False)
    oof = scope_out_of_fold(task, rows)
    th = scope_thresholds(task, rows, oof)
    fitted = {lang: (task.fit(rows, lang), th[lang]["t_hi"]) for lang in ("en", "zh")}
    part = asset_part_from(task, fitted)
    for lang in part:
        if veto:
            part[lang]["veto_threshold"] = round(th[lang]["t_lo"], 6)
    print(f"scope full fit: {len(rows)} rows, thresholds {th} ({time.time() - start:.0f}s)", file=sys.stderr)
    previous = json.loads(asset.read_text(encoding="utf-8")) if asset.exists() else {"about": "medqa learned safety nets"}
    previous["scope"] = part  # an existing key keeps its place
    previous["groups"] = sorted(set(previous.get("groups", [])) | {r["group"] for r in rows})
    previous.setdefault("l2", L2)
    asset.write_text(json.dumps(previous, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {asset} ({asset.stat().st_size / 1e6:.2f} MB)", file=sys.stderr)
    if save:
        save.write_text(json.dumps({"thresholds": th, "rows": len(rows), "groups": sorted({r["group"] for r in rows}),
                                    "oof": {r["id"]: [r["group"], r["label"], oof[r["id"]], r["text"][:200]] for r in rows}},
                                   ensure_ascii=False), encoding="utf-8")


def scope_net_report(labels: Path, full: Path | None, save: Path | None) -> dict:
    """The shipped scope second opinion (LS2) on vs off with today's rules: decisions changed over every spent scope
    row blind4..24 (judged against the gold label), the answer-side in-domain questions (KB bank, validation,
    grounded_review6..15, README examples: learned-only redirects and vetoes; with `full`, scope-full --save's
    out-of-fold scores also give the KB read leave-KB-out), and the time per message of classify_scope off / on."""
    from medqa.safety.learned import bundled_learned, scope_second_opinion
    from medqa.safety.scope import REDIRECT, classify_scope
    from medqa.safety.similarity import prime_embeddings

    models = bundled_learned()
    th = {lang: (m.threshold, m.veto_threshold) for lang, m in models.scope.items()}
    spent = [r for batch in SCOPE_SPENT for r in _read(SAFETY / batch / "scope.jsonl", batch)]
    data = json.loads(labels.read_text(encoding="utf-8"))
    extra = data["extra"]
    side = {"kb": data["groups"]["in_domain_kb"], "validation": data["groups"]["held_validation"],
            "review": [r["text"] for r in extra["review"]], "readme": [r["text"] for r in extra["readme"]]}
    answerable = {r["text"]: r["answerable"] for r in extra["review"]}
    prime_embeddings([r["text"] for r in spent] + [t for ts in side.values() for t in ts])
    out = {"thresholds": th, "spent": {}, "answer_side": {}, "timing": {}}
    changed, counts = [], {"rows": len(spent)}
    for row in spent:
        off, on = classify_scope(row["text"], learned=False), classify_scope(row["text"], learned=True)
        if on.decision != off.decision or on.learned:
            gold = row["label"] == "redirect"
            right_before, right_after = (off.decision == REDIRECT) == gold, (on.decision == REDIRECT) == gold
            changed.append({"id": row["id"], "label": row["label"], "kind": row.get("kind"), "change": on.learned,
                            "p": on.learned_probability, "rules_reason": off.reason, "net_reason": on.reason,
                            "fixed": right_after and not right_before, "broke": right_before and not right_after,
                            "text": row["text"][:200]})
    for change in ("redirect", "veto"):
        rows = [c for c in changed if c["change"] == change]
        counts[change] = {"changed": len(rows), "fixed": sum(c["fixed"] for c in rows), "broke": sum(c["broke"] for c in rows)}
    out["spent"] = {"counts": counts, "changed": changed}
    for name, texts in side.items():
        flagged, vetoes = [], []
        for text in texts:
            on = classify_scope(text, learned=True)
            item = {"text": text[:200], "p": on.learned_probability, "answerable": answerable.get(text, True),
                    "reason": on.reason if on.learned == "redirect" else on.rules_reason}
            (flagged if on.learned == "redirect" else vetoes if on.learned == "veto" else []).append(item)
        out["answer_side"][name] = {"count": len(texts), "learned_only_redirects": flagged, "vetoes": vetoes}
    if full is not None:
        saved = json.loads(full.read_text(encoding="utf-8"))
        kb = [v for v in saved["oof"].values() if v[0] == "in_domain_kb"]
        hits = [(text, round(p, 3)) for group, label, p, text in kb if label == "allow" and
                p >= th["zh" if row_language({"text": text}) == "zh" else "en"][0]]
        out["answer_side"]["kb_leave_kb_out"] = {"count": len(kb), "learned_only_redirects": hits}
    texts = [r["text"] for r in spent][::9]
    for name, learned in (("off", False), ("on", True)):
        classify_scope(texts[0], learned=learned)
        start = time.perf_counter()
        for text in texts:
            classify_scope(text, learned=learned)
        out["timing"][name] = round(1000 * (time.perf_counter() - start) / len(texts), 2)
    start = time.perf_counter()
    for text in texts:
        scope_second_opinion(text)
    out["timing"]["net_alone"] = round(1000 * (time.perf_counter() - start) / len(texts), 2)
    out["timing"]["messages"] = len(texts)
    print(json.dumps({"thresholds": th, "spent": counts, "timing_ms": out["timing"],
                      "answer_side": {n: (len(s["learned_only_redirects"]), len(s.get("vetoes", [])), s["count"])
                                      for n, s in out["answer_side"].items()}}, ensure_ascii=False))
    if save:
        save.write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
    return out


# --- session 37 (helper L37s): the scope net refitted on every spent writer, leave-writers-out -------------------
# Writers: blind4..50 and the two hand-typed writers blind57s, blind57t (blind51 is the lead's headline test and
# blind65* are held: never here). Each fold net is fitted without its held-out writer; its thresholds come from
# out-of-fold scores of K group folds inside the training data (each group: one writer, project_generated, each
# in-domain group), as LS1's recipe: t_hi = the stricter of <= 1% of look-alikes and <= 0.3% of in-domain allowed
# questions at or above it. `scope-writers` saves the scores; `scope-writers-report` reads them beside the rules'
# decisions (a file per batch from a worktree of the rules' commit) and the label-scope output.
SCOPE_WRITERS = [f"blind{n}" for n in range(4, 51)] + ["blind57s", "blind57t"]
SCOPE_HAND_TYPED = ("blind57s", "blind57t")
SCOPE_WRITER_FOLDS = ["blind57s", "blind57t", "blind48", "blind49", "blind50"]
SCOPE_INNER_K = 8
SCOPE_KINDS = ("dose", "prescription", "med_change", "diagnosis")


def _never_a_test_set(batch: str) -> None:
    if batch.startswith(HELD_TEST_PREFIXES):
        raise UserError(f"{batch} is a held test set: it is never fitted or scored here")


def all_review_sets() -> list[int]:
    """Every grounded_review set in tests/data (by number)."""
    return sorted(int(p.name[len("grounded_review"):]) for p in (ROOT / "tests" / "data").glob("grounded_review*")
                  if p.name[len("grounded_review"):].isdigit())


def scope_variant(name: str) -> dict:
    """Fit settings of a variant name: "+"-joined tokens among base, hand<W> (hand-typed rows x W), skip (Chinese
    skip-bigrams), rev (the reviewer sets' questions fitted as in-domain rows, labelled by the rules), minilm (English rows start with the MiniLM embedding), idw<W> (in-domain weight)."""
    settings = {"hand": 1.0, "skip": False, "minilm": False, "idw": 10.0, "rev": False}
    for token in name.split("+"):
        if token == "base":
            continue
        if token in ("skip", "minilm", "rev"):
            settings[token] = True
        elif token.startswith("hand"):
            settings["hand"] = float(token[4:])
        elif token.startswith("idw"):
            settings["idw"] = float(token[3:])
        else:
            raise UserError(f"unknown variant token {token!r} (base, hand<W>, skip, minilm, idw<W>, rev)")
    return settings


def _apply_variant(settings: dict) -> None:
    global HAND_WEIGHT, SCOPE_ZH_SKIP, IN_DOMAIN_WEIGHT
    HAND_WEIGHT, SCOPE_ZH_SKIP, IN_DOMAIN_WEIGHT = settings["hand"], settings["skip"], settings["idw"]


def scope_writer_rows(exclude: str | None, labels: Path, reviews: bool = False) -> list[dict]:
    """project_generated + every spent writer but `exclude` + the in-domain rows (labelled by the rules); with
    `reviews`, also each reviewer set's questions (group in_domain_review<N>, labelled by the rules, minus wordings
    already in another in-domain group)."""
    rows = []
    for path in sorted((SAFETY / "generated").glob("scope_*.jsonl")):
        rows += _read(path, "project_generated")
    for batch in SCOPE_WRITERS:
        _never_a_test_set(batch)
        if batch != exclude:
            rows += _read(SAFETY / batch / "scope.jsonl", batch)
    domain = in_domain_rows("scope", labels)[0]
    if reviews:
        from medqa.safety.normalize import is_chinese

        data = json.loads(labels.read_text(encoding="utf-8"))
        seen = {r["text"] for r in domain}
        for item in data["extra"]["review"]:
            if item["text"] in seen or not item["text"].strip():
                continue
            seen.add(item["text"])
            domain.append({"id": f"in_domain_review:{item['id']}", "group": "in_domain_review" + item["id"].split("-")[0][1:],
                           "text": item["text"], "lang": "zh" if is_chinese(item["text"]) else "en",
                           "label": "redirect" if data["labels"][item["text"]]["redirect"] else "allow", "kind": "rules"})
    return rows + domain


def scope_oof_k(task: Task, rows: list[dict], k: int = SCOPE_INNER_K) -> dict[str, float]:
    """Row id -> out-of-fold score over K folds of whole groups (group_folds, seed 31)."""
    scores = {}
    for fold in group_folds(sorted({r["group"] for r in rows}), k):
        train = [r for r in rows if r["group"] not in fold]
        for lang in ("en", "zh"):
            held = [r for r in rows if r["group"] in fold and row_language(r) == lang]
            if held:
                scores.update(zip([r["id"] for r in held], task.score(task.fit(train, lang), held, lang).tolist()))
    return scores


def _scope_task(rows: list[dict], extra_texts: list[str], settings: dict) -> Task:
    embeddings = None
    if settings["minilm"]:
        embeddings = load_embeddings(list(dict.fromkeys(english_texts([rows]) + [t for t in extra_texts if
                                                                               row_language({"text": t}) == "en"])))
    return Task("scope", rows, embeddings, use_embedding=settings["minilm"])


def scope_writers(folds: list[str], labels: Path, variant: str, save: Path, full: bool = False) -> dict:
    """Per held-out writer (and, with `full`, the fit on every writer: fold "full"): the fold net's out-of-fold
    scores inside its training data, its scores on the held-out writer and on the answer-side questions."""
    settings = scope_variant(variant)
    _apply_variant(settings)
    data = json.loads(labels.read_text(encoding="utf-8"))
    side_texts = {"validation": data["groups"]["held_validation"],
                  "review": [r["text"] for r in data["extra"]["review"]],
                  "readme": [r["text"] for r in data["extra"]["readme"]]}
    results = json.loads(save.read_text(encoding="utf-8")) if save.exists() else {}
    for batch in folds + (["full"] if full else []):
        _never_a_test_set(batch)
        start = time.time()
        rows = scope_writer_rows(None if batch == "full" else batch, labels, settings["rev"])
        held = [] if batch == "full" else _read(SAFETY / batch / "scope.jsonl", batch)
        task = _scope_task(rows, [r["text"] for r in held] + [t for ts in side_texts.values() for t in ts], settings)
        oof = scope_oof_k(task, rows)
        fitted = {lang: task.fit(rows, lang) for lang in ("en", "zh")}

        def scored(items: list[dict]) -> dict[str, float]:
            out = {}
            for lang in ("en", "zh"):
                chosen = [r for r in items if row_language(r) == lang]
                if chosen:
                    out.update(zip([r["id"] for r in chosen], task.score(fitted[lang], chosen, lang).tolist()))
            return out

        side = {}
        for name, texts in side_texts.items():
            items = [{"id": str(i), "text": t} for i, t in enumerate(texts)]
            got = scored(items)
            side[name] = [[t, got[str(i)]] for i, t in enumerate(texts)]
        results[batch] = {
            "variant": variant, "settings": settings, "fitted_on": len(rows),
            "oof": {r["id"]: [r["group"], r["label"], row_language(r), oof[r["id"]], r.get("kind"), r["text"]]
                    for r in rows},
            "held": scored(held), "side": side, "seconds": round(time.time() - start)}
        if batch == "full":
            results[batch]["model"] = {lang: [w.tolist(), b.tolist()] for lang, (w, b) in fitted.items()}
        save.write_text(json.dumps(results, ensure_ascii=False), encoding="utf-8")
        print(f"{variant} {batch}: {len(rows)} rows, {time.time() - start:.0f}s", file=sys.stderr, flush=True)
    return results


def scope_writer_thresholds(oof: dict) -> dict[str, dict]:
    """Per language t_hi from a fold's out-of-fold scores (LS1's limits) and t_lo (LS1's veto threshold: at most 0.5%
    of the training redirects out of fold at or below it; read only by MEDQA_SCOPE_NET=on)."""
    out = {}
    for lang in ("en", "zh"):
        look = np.array([p for g, label, lg, p, *_ in oof.values() if lg == lang and label == "allow" and
                         not g.startswith("in_domain")])
        dom = np.array([p for g, label, lg, p, *_ in oof.values() if lg == lang and label == "allow" and
                        g.startswith("in_domain")])
        pos = np.sort(np.array([p for g, label, lg, p, *_ in oof.values() if lg == lang and label == "redirect"]))
        t_look, t_dom = threshold_for(look, SCOPE_MAX_OVER), threshold_for(dom, SCOPE_MAX_IN_DOMAIN)
        t_lo = float(np.nextafter(pos[int(np.floor(SCOPE_MAX_VETOED * len(pos)))], -1.0)) if len(pos) else 0.0
        out[lang] = {"t_hi": max(t_look, t_dom), "t_look": t_look, "t_dom": t_dom, "t_lo": t_lo}
    return out


def scope_writers_report(saved: Path, rules_pattern: str, labels: Path) -> dict:
    """The fold table: rules alone vs rules OR the fold net on each held-out writer (recall, over-redirects, per kind,
    net alone), the answer side (learned-only redirects of questions the rules allow: KB leave-KB-out from the
    out-of-fold scores, validation, reviewer sets, README) and the out-of-fold over-redirects on spent allow rows."""
    results = json.loads(saved.read_text(encoding="utf-8"))
    data = json.loads(labels.read_text(encoding="utf-8"))
    answerable = {r["text"]: r["answerable"] for r in data["extra"]["review"]}
    report = {}
    for batch, res in results.items():
        th = scope_writer_thresholds(res["oof"])
        entry = {"thresholds": th}
        if batch != "full":
            rules = json.loads(Path(rules_pattern.format(batch=batch)).read_text(encoding="utf-8"))["scope"]
            held = _read(SAFETY / batch / "scope.jsonl", batch)
            cells = {"rules": {}, "or": {}, "net": {}}
            added = []
            for row in held:
                lang = row_language(row)
                p = res["held"][row["id"]]
                by_rules, by_net = rules[row["id"]] == "redirect_clinician", p >= th[lang]["t_hi"]
                for name, hit in (("rules", by_rules), ("or", by_rules or by_net), ("net", by_net)):
                    key = row["kind"] if row["label"] == "redirect" else "over"
                    cell = cells[name].setdefault(key, [0, 0])
                    cell[0] += hit
                    cell[1] += 1
                if by_net and not by_rules:
                    added.append([row["id"], row["label"], row["kind"], round(p, 3), row["text"][:160]])
            for cell in cells.values():
                cell["recall"] = [sum(cell[k][0] for k in SCOPE_KINDS if k in cell),
                                  sum(cell[k][1] for k in SCOPE_KINDS if k in cell)]
            entry.update(cells=cells, added=added)
        side = {}
        kb = [(text, p) for g, label, lg, p, kind, text in res["oof"].values() if g == "in_domain_kb"]
        # A reviewer question fitted as an in-domain row (variant rev) is read by its out-of-fold score.
        fitted_review = {text: p for g, label, lg, p, kind, text in res["oof"].values() if g.startswith("in_domain_review")}
        res["side"]["review"] = [[t, fitted_review.get(t, p)] for t, p in res["side"]["review"]]
        for name, items in [("kb_leave_kb_out", kb)] + [(n, [tuple(x) for x in v]) for n, v in res["side"].items()]:
            flagged = []
            for text, p in items:
                lang = row_language({"text": text})
                label = data["labels"].get(text)
                if label is not None and not label["redirect"] and p >= th[lang]["t_hi"]:
                    flagged.append([text[:160], round(p, 3), answerable.get(text, True)])
            side[name] = {"count": len(items), "learned_only": flagged}
        entry["side"] = side
        over = {}
        for g, label, lg, p, kind, text in res["oof"].values():
            if g.startswith("blind") and label == "allow":
                cell = over.setdefault(g, [0, 0])
                cell[0] += p >= th[lg]["t_hi"]
                cell[1] += 1
        entry["oof_over"] = over
        entry["oof_over_total"] = [sum(v[0] for v in over.values()), sum(v[1] for v in over.values())]
        oof_red = [[g, p >= th[lg]["t_hi"]] for g, label, lg, p, kind, text in res["oof"].values()
                   if g.startswith("blind") and label == "redirect"]
        entry["oof_recall"] = [sum(h for _, h in oof_red), len(oof_red)]
        report[batch] = entry
    return report


def print_scope_writers_report(report: dict, variant: str) -> None:
    for batch, e in report.items():
        th = {l: round(t["t_hi"], 3) for l, t in e["thresholds"].items()}
        line = f"[{variant}] {batch} t_hi {th}"
        if "cells" in e:
            r, o, n = e["cells"]["rules"], e["cells"]["or"], e["cells"]["net"]
            line += (f" | rules {r['recall'][0]}/{r['recall'][1]} over {r['over'][0]}/{r['over'][1]}"
                     f" | OR {o['recall'][0]} over {o['over'][0]} | net {n['recall'][0]} over {n['over'][0]} | kinds "
                     + " ".join(f"{k} {r[k][0]}->{o[k][0]}/{r[k][1]}" for k in SCOPE_KINDS if k in r))
        side = " ".join(f"{k} {len(v['learned_only'])}/{v['count']}" for k, v in e["side"].items())
        line += f" | side {side} | oof over {e['oof_over_total'][0]}/{e['oof_over_total'][1]}" \
                f" recall {e['oof_recall'][0]}/{e['oof_recall'][1]}"
        print(line)


def scope_writers_asset(saved: Path, asset: Path) -> None:
    """Write the "full" fit of a scope-writers save as the asset's "scope" part (t_hi as its threshold, t_lo as its
    "veto_threshold", read only by MEDQA_SCOPE_NET=on: "or" never vetoes); every other part and the key order are
    kept byte for byte."""
    from medqa.safety.learned import encode_array

    res = json.loads(saved.read_text(encoding="utf-8"))["full"]
    settings = res["settings"]
    _apply_variant(settings)
    th = scope_writer_thresholds(res["oof"])
    part = {}
    for lang in ("en", "zh"):
        weights, bias = res["model"][lang]
        features = features_name(lang)
        if settings["minilm"] and lang == "en":
            features = "minilm+" + features
        part[lang] = {"features": features, "classes": ["redirect"], "threshold": round(th[lang]["t_hi"], 6),
                      "veto_threshold": round(th[lang]["t_lo"], 6),
                      "bias": [round(float(b), 6) for b in bias], "weights": encode_array(np.array(weights)),
                      "fitted_on": sum(v[2] == lang for v in res["oof"].values())}
    raw = asset.read_text(encoding="utf-8")
    previous = json.loads(raw)
    previous["scope"] = part
    previous["groups"] = sorted(set(previous.get("groups", [])) | {v[0] for v in res["oof"].values()})
    asset.write_text(json.dumps(previous, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {asset}: scope {settings} thresholds { {l: round(t['t_hi'], 4) for l, t in th.items()} }",
          file=sys.stderr)


# Redirect kinds of the labelled sets -> the scope guard's reason names (which pick the redirect wording).
KIND_REASONS = {"diagnosis": "diagnosis_request", "dose": "dose_request", "med_change": "dose_change",
                "prescription": "prescription_request"}


def fit_kinds(out: Path) -> None:
    """Add to the asset a multinomial over the redirect kinds, fitted on redirect rows only, to word the redirect.

    It never decides whether to redirect (the binary scope net and its threshold do); it is checked on blind8
    with blind8 left out of the fit, then refitted on every row.
    """
    from medqa.safety.learned import encode_array

    rows = [r for r in scope_rows() if r["label"] == "redirect"]
    classes = sorted(KIND_REASONS.values())
    def fit(chosen, lang):
        chosen = [r for r in chosen if r["lang"] == lang]
        x = feature_matrix([r["text"] for r in chosen], lang, None, use_embedding=False)
        labels = np.array([classes.index(KIND_REASONS[r["kind"]]) for r in chosen])
        return fit_logistic(x, labels, len(classes), L2["scope"])

    asset = json.loads(out.read_text(encoding="utf-8"))
    asset["scope_kind"] = {}
    for lang in ("en", "zh"):
        weights, bias = fit([r for r in rows if r["group"] != "blind8"], lang)
        held = [r for r in rows if r["group"] == "blind8" and r["lang"] == lang]
        x = feature_matrix([r["text"] for r in held], lang, None, use_embedding=False)
        predicted = np.argmax(scores_logits(x, weights, bias), axis=1)
        right = [classes[i] == KIND_REASONS[r["kind"]] for i, r in zip(predicted, held)]
        print(f"scope kind {lang}: blind8 held out, kind right {_rate(right)}", file=sys.stderr)
        weights, bias = fit(rows, lang)
        asset["scope_kind"][lang] = {"features": "ngrams+negation" if NEGATION else "ngrams", "classes": classes, "threshold": 0.0,
                                     "bias": [round(float(b), 6) for b in bias], "weights": encode_array(weights),
                                     "fitted_on": len([r for r in rows if r["lang"] == lang])}
    out.write_text(json.dumps(asset, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {out} ({out.stat().st_size / 1e6:.2f} MB)", file=sys.stderr)


def scores_logits(x, weights: np.ndarray, bias: np.ndarray) -> np.ndarray:
    """Raw logits of a fitted model on a sparse feature matrix."""
    import torch

    return (torch.sparse.mm(x, torch.as_tensor(weights)) + torch.as_tensor(bias)).numpy()


def output_path(text: str) -> Path:
    """An output argument (--out, --save, a written --asset), checked before anything is fitted."""
    # The fits take minutes to an hour; an output folder that does not exist used to fail in the final write.
    path = Path(text)
    if path.is_dir():
        raise argparse.ArgumentTypeError(f"{text} is a folder: give the file to write")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise argparse.ArgumentTypeError(f"cannot create the folder {path.parent}: {error.strerror or error}") from None
    if not os.access(path.parent, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise argparse.ArgumentTypeError(f"cannot write {text}: permission denied")
    return path


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    global IN_DOMAIN_WEIGHT, NEGATION, ENCODER, PROFILE_SCALE, ZH_SKIP, PROFILE_SUMMARY, FOLD_ASSETS
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    rules = sub.add_parser("rules")
    rules.add_argument("--batch", default="blind8")
    rules.add_argument("--out", type=output_path, required=True)
    rules.add_argument("--net-asset", type=Path, default=None,
                       help="the pipeline: the rules with this asset's net inside (default: the rules alone)")
    union_parser = sub.add_parser("unions", help="union tables per fold from an evaluate --save file")
    union_parser.add_argument("--saved", type=Path, required=True)
    union_parser.add_argument("--rules-pattern", required=True, help="e.g. /tmp/rules_{batch}.json")
    measured = sub.add_parser("measure", help="rules alone vs rules OR each asset's net on a held-out batch (read once)")
    measured.add_argument("--batch", default="blind14")
    measured.add_argument("--rules", type=Path, required=True, help="the rules' decisions (subcommand rules, no net)")
    measured.add_argument("--asset", type=Path, action="append", required=True, help="an asset (repeatable)")
    evaluation = sub.add_parser("evaluate")
    evaluation.add_argument("--rules", type=Path, default=None, help="the rules' decisions on blind8 (subcommand rules)")
    evaluation.add_argument("--embedding", action="store_true", help="English rows start with the MiniLM embedding (not shipped)")
    evaluation.add_argument("--task", choices=["triage", "scope", "both"], default="both")
    evaluation.add_argument("--save", type=output_path, default=None, help="write per-row held-out decisions here")
    evaluation.add_argument("--asset", type=output_path, default=None, help="also fit on every row and write the asset here")
    evaluation.add_argument("--in-domain", action="store_true", help="also fit the in-domain questions (label-in-domain)")
    evaluation.add_argument("--in-domain-weight", type=float, default=1.0, help="loss weight of an in-domain row")
    evaluation.add_argument("--folds", default=None, help="comma-separated batches to hold out in turn (default: all)")
    evaluation.add_argument("--full-only", action="store_true",
                            help="no held-out fold: only the full fit written to --asset (LN8: blind4..24, blind25 out)")
    evaluation.add_argument("--exclude", default="", help="comma-separated batches left out of every fit")
    evaluation.add_argument("--rules-pattern", default=None,
                            help="per-batch rules decisions, e.g. /tmp/rules_{batch}.json: union tables per fold")
    evaluation.add_argument("--spent", default="",
                            help="comma-separated HELD_OUT batches now spent: fitted and held out like the others")
    evaluation.add_argument("--fold-assets", type=Path, default=None,
                            help="write each fold's triage net here as an asset (for triage-level)")
    evaluation.add_argument("--no-negation", action="store_true", help="n-grams without negation marking (older features)")
    evaluation.add_argument("--encoder", action="store_true",
                            help="word-order features: English exemplar profile of the rules' MiniLM sentences, Chinese skip-bigrams")
    evaluation.add_argument("--profile-scale", type=float, default=1.0, help="weight of the profile block (--encoder)")
    evaluation.add_argument("--profile-summary", action="store_true",
                            help="profile summary only (per category, benign, margin, flag) under --encoder")
    evaluation.add_argument("--no-skip", action="store_true", help="no Chinese skip-bigrams under --encoder")
    fit = sub.add_parser("fit")
    fit.add_argument("--out", type=output_path, default=ROOT / "medqa" / "safety" / "data" / "learned_safety.json")
    fit.add_argument("--embedding", action="store_true", help="English rows start with the MiniLM embedding (not shipped)")
    kinds = sub.add_parser("kinds", help="add the redirect-kind model to an existing asset")
    kinds.add_argument("--out", type=output_path, default=ROOT / "medqa" / "safety" / "data" / "learned_safety.json")
    labelled = sub.add_parser("label-in-domain", help="the rules' decisions on the in-domain questions")
    labelled.add_argument("--out", type=output_path, default=IN_DOMAIN_RULES)
    domain = sub.add_parser("in-domain", help="fit with the in-domain questions; in-domain false alarms, blind8 union")
    domain.add_argument("--task", choices=["triage", "scope"], required=True)
    domain.add_argument("--rules", type=Path, required=True, help="the rules' decisions on blind8 (subcommand rules)")
    domain.add_argument("--asset", type=output_path, default=None, help="write this task's fitted part here")
    domain.add_argument("--in-domain-weight", type=float, default=1.0, help="loss weight of an in-domain row")
    level = sub.add_parser("triage-level", help="frozen rules OR each fold net after today's vetoes, per fold")
    level.add_argument("--folds", required=True, help="comma-separated held-out batches")
    level.add_argument("--net-pattern", required=True, help="each fold's net asset, e.g. /tmp/folds/triage_{batch}.json")
    level.add_argument("--rules-pattern", required=True, help="the frozen rules alone per batch, e.g. /tmp/rules_{batch}.json")
    level.add_argument("--save", type=output_path, default=None, help="write the counts and rows here as JSON")
    level.add_argument("--clause-max", choices=["asset", "on", "off"], default="asset",
                       help="score each sentence too and take the max (learned.clause_texts); "
                            "default: the asset's setting")
    changes = sub.add_parser("clause-changes", help="rows of spent batches whose triage level changes with clause-max")
    changes.add_argument("--batches", required=True, help="comma-separated batches")
    changes.add_argument("--asset", type=Path, default=None, help="the net asset (default: the shipped one)")
    changes.add_argument("--save", type=output_path, default=None, help="write the changed rows here as JSON")
    scope_label = sub.add_parser("label-scope", help="today's scope rules on in-domain, reviewer and README questions")
    scope_label.add_argument("--out", type=output_path, required=True)
    scope_label.add_argument("--all-reviews", action="store_true", help="every grounded_review set (L37s), not 6..15")
    scope_fold = sub.add_parser("scope-folds", help="scope rules frozen per fold beside the fold scope net (LS1)")
    scope_fold.add_argument("--folds", default="blind22,blind23,blind24")
    scope_fold.add_argument("--rules-pattern", required=True, help="the frozen rules alone per batch (subcommand rules)")
    scope_fold.add_argument("--labels", type=Path, required=True, help="label-scope output (today's rules)")
    scope_fold.add_argument("--in-domain-weight", type=float, default=10.0)
    scope_fold.add_argument("--save", type=output_path, default=None)
    scope_fit = sub.add_parser("scope-full", help="fit the scope second opinion on blind4..24 and write its asset part")
    scope_fit.add_argument("--labels", type=Path, required=True)
    scope_fit.add_argument("--asset", type=output_path, required=True)
    scope_fit.add_argument("--in-domain-weight", type=float, default=10.0)
    scope_fit.add_argument("--veto", action="store_true", help="also write the veto threshold t_lo")
    scope_fit.add_argument("--save", type=output_path, default=None, help="thresholds and out-of-fold scores as JSON")
    net_report = sub.add_parser("scope-net-report", help="the shipped scope second opinion on vs off (LS2)")
    net_report.add_argument("--labels", type=Path, required=True, help="label-scope output (today's rules)")
    net_report.add_argument("--full", type=Path, default=None, help="scope-full --save output (KB out of fold)")
    net_report.add_argument("--save", type=output_path, default=None)
    writers = sub.add_parser("scope-writers", help="the scope net fitted on every spent writer, leave-writers-out (L37s)")
    writers.add_argument("--folds", default=",".join(SCOPE_WRITER_FOLDS))
    writers.add_argument("--labels", type=Path, required=True, help="label-scope --all-reviews output (today's rules)")
    writers.add_argument("--variant", default="base", help="base, hand<W>, skip, minilm, idw<W>, joined by +")
    writers.add_argument("--full", action="store_true", help="also the fit on every writer (fold 'full')")
    writers.add_argument("--save", type=output_path, required=True)
    writers_report = sub.add_parser("scope-writers-report", help="fold table of a scope-writers save (L37s)")
    writers_report.add_argument("--saved", type=Path, required=True)
    writers_report.add_argument("--rules-pattern", required=True, help="rules alone per batch: {batch} in the name")
    writers_report.add_argument("--labels", type=Path, required=True)
    writers_report.add_argument("--out", type=output_path, default=None)
    writers_asset = sub.add_parser("scope-writers-asset", help="write a scope-writers save's full fit as the scope part")
    writers_asset.add_argument("--saved", type=Path, required=True)
    writers_asset.add_argument("--asset", type=Path, required=True)
    refit = sub.add_parser("refit-all", help="the triage net on every spent writer, thresholds over K group folds")
    refit.add_argument("--out", type=output_path, required=True, help="asset to write (its scope parts are kept)")
    refit.add_argument("--exclude", default=ALL_SPENT_EXCLUDE, help="comma-separated batches left out (test sets)")
    refit.add_argument("--k", type=int, default=8, help="number of writer-group folds for the thresholds")
    refit.add_argument("--in-domain-weight", type=float, default=10.0)
    refit.add_argument("--save-oof", type=output_path, default=None,
                       help="write every negative's out-of-fold score (group, fold, text) as JSON")
    refit.add_argument("--languages", default="en,zh", help="comma-separated; one language writes no asset")
    timed = sub.add_parser("timing")
    timed.add_argument("--count", type=int, default=300)
    args = parser.parse_args(argv)
    # torch's notes that sparse CSR is beta and invariant checks are off: known and harmless here.
    warnings.filterwarnings("ignore", message="Sparse")
    if args.command == "rules":
        rules_decisions(args.batch, args.out, args.net_asset)
    elif args.command == "unions":
        unions(args.saved, args.rules_pattern)
    elif args.command == "measure":
        measure(args.batch, args.rules, args.asset)
    elif args.command == "evaluate":
        IN_DOMAIN_WEIGHT = args.in_domain_weight
        NEGATION = not args.no_negation
        ENCODER = args.encoder
        PROFILE_SCALE = args.profile_scale
        ZH_SKIP = not args.no_skip
        PROFILE_SUMMARY = args.profile_summary
        FOLD_ASSETS = args.fold_assets
        for batch in [b for b in args.spent.split(",") if b]:
            if batch not in HELD_OUT:
                raise UserError(f"--spent {batch}: not a held-out batch; held out: {', '.join(HELD_OUT) or 'none'}")
            HELD_OUT.pop(batch)
            BLIND.append(batch)
        tasks = ["triage", "scope"] if args.task == "both" else [args.task]
        folds = args.folds.split(",") if args.folds else None
        if args.full_only:
            if folds:
                raise UserError("--full-only fits no fold: give --folds or --full-only, not both")
            if not args.asset:
                raise UserError("--full-only needs --asset (the full fit is all it runs)")
            folds = []
        unknown = sorted((set(folds or []) | {b for b in args.exclude.split(",") if b}) - set(BLIND))
        if unknown:
            raise UserError(f"unknown batch(es) {unknown}; known: {', '.join(BLIND)}")
        evaluate(args.rules, args.embedding, tasks, args.save, args.asset, args.in_domain, folds,
                 [b for b in args.exclude.split(",") if b], args.rules_pattern)
    elif args.command == "fit":
        fit_asset(args.out, args.embedding)
        fit_kinds(args.out)
    elif args.command == "kinds":
        if not args.out.is_file():
            raise UserError(f"{args.out} is missing: kinds adds to an existing asset (run `fit` first)")
        fit_kinds(args.out)
    elif args.command == "in-domain":
        IN_DOMAIN_WEIGHT = args.in_domain_weight
        in_domain_report(args.task, args.rules, args.asset)
    elif args.command == "triage-level":
        clause_max = {"asset": None, "on": True, "off": False}[args.clause_max]
        result = triage_level([b for b in args.folds.split(",") if b], args.net_pattern, args.rules_pattern, clause_max)
        for batch, r in result.items():
            print(f"{batch}: rules {r['rules'][0]}/{r['positives']} FA {r['rules'][1]}/{r['negatives']} | OR net raw "
                  f"{r['raw'][0]} FA {r['raw'][1]} | triage level {r['triage'][0]} FA {r['triage'][1]}")
            for key in ("caught", "added", "vetoed"):
                print(f"  {key} ({len(r[key])}):" + "".join(f"\n    {t}" for t in r[key]))
        if args.save:
            args.save.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    elif args.command == "clause-changes":
        result = clause_max_changes([b for b in args.batches.split(",") if b], args.asset)
        for batch, rows in result.items():
            gained = sum(r["label"] == "emergency" and r["clause_max"] == "emergency" for r in rows)
            alarms = sum(r["label"] != "emergency" and r["clause_max"] == "emergency" for r in rows)
            print(f"{batch}: {len(rows)} rows change; emergencies gained {gained}, "
                  f"emergency false alarms added {alarms}")
            for r in rows:
                print(f"  {r['id']} [{r['label']}] {r['whole']} -> {r['clause_max']}: {r['text'][:150]}")
        if args.save:
            args.save.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    elif args.command == "label-scope":
        label_scope(args.out, all_review_sets() if args.all_reviews else range(6, 16))
    elif args.command == "scope-folds":
        IN_DOMAIN_WEIGHT = args.in_domain_weight
        folds = [b for b in args.folds.split(",") if b]
        unknown = sorted(set(folds) - set(SCOPE_FOLD_COMMITS))
        if unknown:
            raise UserError(f"unknown scope fold(s) {unknown}; known: {', '.join(SCOPE_FOLD_COMMITS)}")
        scope_folds(folds, args.rules_pattern, args.labels, args.save)
    elif args.command == "scope-full":
        IN_DOMAIN_WEIGHT = args.in_domain_weight
        scope_full(args.labels, args.asset, args.veto, args.save)
    elif args.command == "scope-net-report":
        scope_net_report(args.labels, args.full, args.save)
    elif args.command == "scope-writers":
        scope_writers([b for b in args.folds.split(",") if b], args.labels, args.variant, args.save, args.full)
    elif args.command == "scope-writers-report":
        report = scope_writers_report(args.saved, args.rules_pattern, args.labels)
        print_scope_writers_report(report, json.loads(args.saved.read_text(encoding="utf-8"))[next(iter(report))]["variant"])
        if args.out:
            args.out.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    elif args.command == "scope-writers-asset":
        scope_writers_asset(args.saved, args.asset)
    elif args.command == "refit-all":
        if args.k < 2:
            raise UserError("--k must be at least 2")
        IN_DOMAIN_WEIGHT = args.in_domain_weight
        languages = tuple(lang for lang in args.languages.split(",") if lang)
        if not languages or set(languages) - {"en", "zh"}:
            raise UserError(f"--languages {args.languages}: give en, zh or en,zh")
        refit_all(args.out, {b for b in args.exclude.split(",") if b}, args.k, save_oof=args.save_oof,
                  languages=languages)
    elif args.command == "label-in-domain":
        label_in_domain(args.out)
    else:
        timing(args.count)
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except UserError as error:
        print(f"error: {error}", file=sys.stderr)
        sys.exit(2)
