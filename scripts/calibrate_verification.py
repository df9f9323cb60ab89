"""Calibrate the answer verifier's thresholds on the validation split, and report them on the test split.

    python scripts/calibrate_verification.py                 # choose on validation, print values + P/R
    python scripts/calibrate_verification.py --report test   # measure the current defaults on test
    python scripts/calibrate_verification.py --clause-penalty  # messages asking several things (issue #12)
    python scripts/calibrate_verification.py --asked-item tune5  # measure the asked-item feature (off by default)
    python scripts/calibrate_verification.py --answerability-only --review-sets 6-19 --hold-out 12,13,14,15,16,17,18,19
                                                             # the reviewer sets as fitting data, leave-one-set-out
                                                             # (G31 on 6-15, G33 on 6-19; neither shipped)
    python scripts/calibrate_verification.py --answerability-only --zh-e5 --review-sets 6-23 --hold-out 16-23
                                                             # the zh models only, with the e5 feature (G36, not shipped)
    python scripts/calibrate_verification.py --retrieval-stage --review-sets 6-16 --hold-out 12,13,14,15,16
                                                             # retrieval confidence as a second stage (G32, not shipped)

Supported sentences are reference-answer sentences against their item's passages (gold + distractors);
unsupported ones are sentences of other questions' reference answers (whose gold passage is not among
the item's passages) and word/character-shuffled reference sentences, against the item's passages.
Relevance positives are answerable questions against their passages; negatives are answerable=false
questions against theirs and out-of-scope questions against what the bundled index retrieves for them.
"""

import argparse
import json
import math
import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from medqa import verification as V  # noqa: E402
from medqa.evaluation.generate import rouge_l_f  # noqa: E402
from medqa.knowledge_base import load_knowledge_base  # noqa: E402

GROUNDED = ROOT / "medqa" / "assets" / "grounded"
SEED = 0
HALLUCINATION = {
    "en": "Yes, you can find it on the ground floor next to the main entrance, and it is open every day.",
    "zh": "可以的，就在门诊大楼一楼大厅旁边，每天都开放。",
}


def read_rows(name: str) -> list[dict]:
    """Rows of a JSONL file under medqa/assets/grounded."""
    with open(GROUNDED / name, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def shuffled(sentence: str, language: str, rng: random.Random) -> str:
    """A garbled copy of a sentence: its words (English) or characters (Chinese) in random order."""
    text = V.strip_citations(sentence)
    parts = text.split() if language == "en" else list(text)
    rng.shuffle(parts)
    return (" " if language == "en" else "").join(parts)


def support_examples(rows: list[dict], passages: dict, rng: random.Random) -> list[tuple[str, str, float, float]]:
    """(language, kind, word recall, pair recall) of each sentence's best passage; kind is supported/other/shuffled."""
    answerable = [r for r in rows if r["answerable"]]
    examples, seen = [], set()

    def best(sentence, item):
        parts = []
        for pid in item["passage_ids"]:
            view = V._view(passages[pid])
            tokens = V._tokens(V.strip_citations(sentence))
            units = V._weighted_recall(tokens.units, view.tokens.units) or 0.0
            pairs = V._weighted_recall(tokens.pairs, view.tokens.pairs)
            parts.append((units, units if pairs is None else pairs))
        return max(parts, key=lambda p: (1 - V.SUPPORT_PAIR_WEIGHT) * p[0] + V.SUPPORT_PAIR_WEIGHT * p[1])

    for item in answerable:
        key = (item["answer"], tuple(item["passage_ids"]))
        if key in seen:
            continue
        seen.add(key)
        language = item["language"]
        for sentence in V.split_sentences(item["answer"]):
            examples.append((language, "supported", *best(sentence, item)))
            examples.append((language, "shuffled", *best(shuffled(sentence, language, rng), item)))
        others = [o for o in answerable if o["language"] == language and o["gold_passage_id"] not in item["passage_ids"]]
        for other in rng.sample(others, min(3, len(others))):
            for sentence in V.split_sentences(other["answer"]):
                examples.append((language, "other", *best(sentence, item)))
    return examples


def relevance_examples(rows: list[dict], oos: list[dict], passages: dict) -> list[tuple[str, str, list]]:
    """(language, kind, per-passage relevance parts); kind is answerable/unanswerable/out_of_scope."""
    from medqa.retrieval import bundled_index

    examples = []
    for item in rows:
        parts = [V.relevance_parts(item["question"], passages[pid], item["language"]) for pid in item["passage_ids"]]
        examples.append((item["language"], "answerable" if item["answerable"] else "unanswerable", parts))
    index = bundled_index()
    for item in oos:
        hits = index.search(item["question"], k=3, language=item["language"])
        parts = [V.relevance_parts(item["question"], h.passage, item["language"]) for h in hits]
        examples.append((item["language"], "out_of_scope", parts))
    return examples


def rate(values, predicate) -> float:
    """Share of values for which predicate holds (0 for none)."""
    values = list(values)
    return sum(1 for v in values if predicate(v)) / len(values) if values else 0.0


def support_threshold(examples, pair_weight: float) -> float:
    """The highest min_support that keeps >= 98% of reference sentences in each language."""
    chosen = 0.05
    for step in range(5, 96):
        threshold = step / 100
        if all(rate([(1 - pair_weight) * e[2] + pair_weight * e[3] for e in examples if e[0] == lang and e[1] == "supported"],
                    lambda s: s >= threshold) >= 0.98 for lang in ("en", "zh")):
            chosen = threshold
    return chosen


def choose_support(examples) -> float:
    """The pair weight and min_support that drop the most unsupported sentences while keeping >= 98% of supported ones."""
    best = None
    for pair_weight in (0.5, 0.7, 0.85):
        threshold = support_threshold(examples, pair_weight)
        dropped = rate([(1 - pair_weight) * e[2] + pair_weight * e[3] for e in examples if e[1] != "supported"], lambda s: s < threshold)
        print(f"  pair weight {pair_weight}: min_support {threshold:.2f}, unsupported dropped {dropped:.3f}")
        if best is None or dropped > best[0]:
            best = (dropped, pair_weight, threshold)
    _, V.SUPPORT_PAIR_WEIGHT, chosen = best
    score = {id(e): (1 - V.SUPPORT_PAIR_WEIGHT) * e[2] + V.SUPPORT_PAIR_WEIGHT * e[3] for e in examples}
    print(f"min_support = {chosen:.2f}  (pair weight {V.SUPPORT_PAIR_WEIGHT})")
    for lang in ("en", "zh"):
        pos = [score[id(e)] for e in examples if e[0] == lang and e[1] == "supported"]
        neg = [score[id(e)] for e in examples if e[0] == lang and e[1] != "supported"]
        kept_pos = sum(s >= chosen for s in pos)
        kept_neg = sum(s >= chosen for s in neg)
        precision = kept_pos / (kept_pos + kept_neg) if kept_pos + kept_neg else 0.0
        print(f"  {lang}: keep precision {precision:.3f}, recall {kept_pos / len(pos):.3f} "
              f"({len(pos)} supported, {len(neg)} unsupported; unsupported dropped {1 - kept_neg / len(neg):.3f})")
        for kind in ("other", "shuffled"):
            values = [score[id(e)] for e in examples if e[0] == lang and e[1] == kind]
            print(f"    {kind}: dropped {rate(values, lambda s: s < chosen):.3f}")
    return chosen


def relevance_scores(examples, weights) -> list[tuple[str, str, float]]:
    """Best-passage relevance of each example under (pair weight, embedding weight)."""
    V.RELEVANCE_PAIR_WEIGHT, V.RELEVANCE_EMBEDDING_WEIGHT = weights
    return [(lang, kind, max((V.combine_relevance(*p) for p in parts), default=0.0)) for lang, kind, parts in examples]


def relevance_quality(scores, threshold) -> tuple[float, float]:
    """(answerable wrongly refused, unanswerable + out-of-scope refused) at a threshold, worst language."""
    refused_pos, refused_neg = [], []
    for lang in ("en", "zh"):
        refused_pos.append(rate([s for l, k, s in scores if l == lang and k == "answerable"], lambda s: s < threshold))
        refused_neg.append(rate([s for l, k, s in scores if l == lang and k != "answerable"], lambda s: s < threshold))
    return max(refused_pos), min(refused_neg)


def choose_relevance(examples) -> tuple[float, tuple[float, float]]:
    """The weights and threshold that refuse most unanswerable questions while refusing <= 8% of answerable ones."""
    best = None
    for weights in ((0.0, 0.0), (0.0, 0.5), (0.5, 0.5), (0.0, 0.7), (0.3, 0.7), (0.5, 0.0)):
        scores = relevance_scores(examples, weights)
        for step in range(5, 96):
            threshold = step / 100
            wrong, right = relevance_quality(scores, threshold)
            candidate = (wrong <= 0.08, right - wrong, -abs(threshold - 0.5))
            if best is None or candidate > best[0]:
                best = (candidate, threshold, weights)
    _, threshold, weights = best
    scores = relevance_scores(examples, weights)
    print(f"min_relevance = {threshold:.2f}  (pair weight {weights[0]}, embedding weight {weights[1]})")
    for lang in ("en", "zh"):
        pos = [s for l, k, s in scores if l == lang and k == "answerable"]
        neg = [s for l, k, s in scores if l == lang and k != "answerable"]
        tp = sum(s < threshold for s in neg)
        fp = sum(s < threshold for s in pos)
        print(f"  {lang}: no_answer precision {tp / max(1, tp + fp):.3f}, recall {tp / len(neg):.3f}; "
              f"answerable wrongly refused {fp / len(pos):.3f} ({len(pos)} answerable, {len(neg)} not)")
        for kind in ("unanswerable", "out_of_scope"):
            print(f"    {kind}: refused {rate([s for l, k, s in scores if l == lang and k == kind], lambda s: s < threshold):.3f}")
    return threshold, weights


# --- answerability (the "don't know" gate) ---------------------------------------------------------------
OLD_MIN_RELEVANCE = 0.16  # the lexical+MiniLM blend's threshold before the answerability model (for "before" figures)
MAX_WRONGLY_REFUSED = 0.05


def retrieved(question: str, language: str) -> list:
    """The passages the bundled index returns for a question (k=3), as the assistant retrieves them."""
    return retrieved_ranking(question, language)[0]


def retrieved_ranking(question: str, language: str) -> tuple[list, float | None]:
    """(passages, retrieval margin) the bundled index gives a question (k=3), as the assistant retrieves them."""
    from medqa.retrieval import bundled_index

    hits = bundled_index().search(question, k=3, language=language)
    return [h.passage for h in hits], retrieval_margin([h.score for h in hits])


def retrieval_margin(ranking: list[float]) -> float:
    """(s1 - s2) / s1 of a ranking's two best fused scores, 0..1: a question no passage matches strongly ranks flat."""
    scores = sorted(ranking, reverse=True)
    if not scores or scores[0] <= 0:
        return 0.0
    return (scores[0] - (max(scores[1], 0.0) if len(scores) > 1 else 0.0)) / scores[0]


UNSCOPED = V.VerificationSettings(question_scope=False)  # features of the lexical gate (question_scope = 0)
# L2 strength of the question-scope classifiers, chosen with out_of_scope_tune2 held out (AUC of the gate on it, before tune3):
# English over MiniLM 5e-4, Chinese over character n-grams 2e-4 (a tenth and ten times as much were worse).
SCOPE_L2 = {"en": 5e-4, "zh": 2e-4}
SCOPE_FOLDS = 5
# The out-of-scope tuning sets (medqa/assets/grounded/out_of_scope_<name>.jsonl), each written by a different hand.
# tune5 (a fifth writer: the detail a passage leaves out) is fitted since the pooled Chinese threshold below: with a
# threshold chosen on validation alone it moved Chinese (validation zh don't know 0.94 -> 0.81).
OOS_TUNING_SOURCES = ("tune", "tune2", "tune3", "tune4", "tune5")
# Sets for a held-out check only (never fitted; each measured against the fit of all the tuning sets above): none now.
HELD_OUT_SOURCES: tuple[str, ...] = ()
# Acceptance rule for a gate feature asking "is the asked item in the passage?" (issue #12, round 16), written before
# measuring it: chosen on the tuning sets and validation only (the test split and out_of_scope_test are never read).
# Accept only if, with tune5 held out of the fit (`held_out_writer_check`, shipped thresholds: en validation alone, zh
# pooled), tune5's don't know rises by >= 10 points in at least one language and does not fall in the other, while
# validation answerable wrongly refused (retrieved, k=3) stays <= 0.06 en and <= 0.08 zh and validation don't know
# (answerable=false + out-of-scope) does not fall in either language; otherwise the feature stays off (its weight 0).
# Languages whose threshold is chosen on validation answerable questions pooled with out-of-fold train wordings
# (`choose_pooled_threshold`). Chinese: its 42 validation questions moved the threshold whenever the fit changed, and
# pooled it rose in every held-out writer check. English keeps the validation-only threshold: its train wordings are
# harder than its validation questions, and pooled its held-out don't know fell (figures in the module docstring).
POOLED_THRESHOLD_LANGUAGES = ("zh",)
MAX_WRONGLY_REFUSED_VALIDATION = 0.10  # issue #12's target, on validation alone, for a pooled threshold
SCOPE_SOURCES = ("train", *OOS_TUNING_SOURCES)  # train answerable=false items are answerable questions: not negatives here
# Gate round 25 (issue #12): the built tuning set (scripts/build_gate_tuning.py): KB train questions and out-of-scope
# tuning questions wrapped in stories, greetings, statements, lay words, dialect and second questions. `--built` adds
# its "fit" part to the answerability fit (not to the question-scope model); its "held" part is reported only.
# Measured (round 25, NOT shipped: off by default): `--built` moved weight from "units"/"pairs" to "title", "missing_rarest"
# and "semantic"; the question-scope model came out the same (to 1e-6). Validation (--report validation) wrongly refused
# 0.057 -> 0.047 (106), don't know en 0.921 / zh 0.935 unchanged. Model-free gate simulation (k=3) at the thresholds this
# script chooses, R6-R11 together (360 answerable + 220 not per language): en right citation 287 -> 296, refused 60 -> 51,
# don't know 182 -> 178, tune5 don't know 171 -> 170 of 350; zh (pooled threshold) right 288 -> 267, refused 51 -> 73,
# don't know 187 -> 193, tune5 221 -> 260. With each bias moved to keep tune5's don't know (en -0.01, zh +0.43): en right
# +8, don't know -4; zh right +5, don't know -3: a slightly better ranking (mostly English) but no operating point chosen
# on tuning data alone met the acceptance rule (R6-R11 don't know may fall by 2 rows at most). The built set's held-out
# part stays hard for the whole-message features: answerable refused en 0.256 (39), zh 0.359 (39).
BUILT_FILE = GROUNDED / "gate_tuning_built.jsonl"
BUILT_SOURCES = ("built_kb", "built_oos", "built_detail")
USE_BUILT = False
WRITER_CHECKS = True


def built_examples(passages: dict, part: str = "fit") -> list[dict]:
    """Tuning records (as `tuning_examples`) of the built set's rows of one part: answerable ones against their gold
    passage, the others against what the index retrieves for them."""
    if not BUILT_FILE.exists():
        raise SystemExit(f"error: {BUILT_FILE} is missing: run scripts/build_gate_tuning.py first")
    examples = []
    for item in read_rows(BUILT_FILE.name):
        if item["part"] != part:
            continue
        question, language = item["question"], item["language"]
        if item["label"] == 1:
            chosen, margin = [passages[item["passage_id"]]], None
        else:
            chosen, margin = retrieved_ranking(question, language)
        examples.append({"language": language, "label": item["label"], "question": question, "group": item["group"],
                         "source": item["source"], "features": feature_rows(question, chosen, language), "margin": margin})
    return examples


def tuning_examples(passages: dict) -> list[dict]:
    """One record per tuning question: {language, label, question, group, source, features: per passage}.

    Train wordings against their gold passage (label 1, group = question id); train answerable=false items
    against their passages, and out_of_scope_tune* questions against what the index retrieves (label 0, group =
    question id / topic). Features are the lexical gate's (question_scope 0); `attach_scope` fills it in.
    Retrieved ones carry "margin" (`V.retrieval_margin`); train wordings also carry "ranked": the features of what the
    index retrieves for them (the positives of the margin stage, which only sees retrieved passages)."""
    from medqa.knowledge_base import load_split_questions

    examples = []
    for question in load_split_questions("train"):
        for wording in question.variants:
            chosen, margin = retrieved_ranking(wording, question.language)
            gold = [passages[question.passage_id]]
            examples.append({"language": question.language, "label": 1, "question": wording, "group": question.id,
                             "source": "train", "features": feature_rows(wording, gold, question.language),
                             "ranked": feature_rows(wording, chosen, question.language), "margin": margin})
    for item in read_rows("train.jsonl"):
        if not item["answerable"]:
            chosen = [passages[p] for p in item["passage_ids"]]
            examples.append({"language": item["language"], "label": 0, "question": item["question"], "group": item["question_id"],
                             "source": "train_unanswerable", "features": feature_rows(item["question"], chosen, item["language"])})
    for source in (*OOS_TUNING_SOURCES, *HELD_OUT_SOURCES):
        for item in read_rows(f"out_of_scope_{source}.jsonl"):
            chosen, margin = retrieved_ranking(item["question"], item["language"])
            examples.append({"language": item["language"], "label": 0, "question": item["question"], "group": f"{source}:{item['topic']}",
                             "source": source, "features": feature_rows(item["question"], chosen, item["language"]),
                             "margin": margin})
    if USE_BUILT:
        examples.extend(built_examples(passages))
    return examples


def feature_rows(question: str, passages: list, language: str) -> list[dict]:
    """The lexical gate's answerability_features of a question against each passage."""
    return [with_detail_check(V.answerability_features(question, p, language, UNSCOPED), question, p, language)
            for p in passages]


def with_detail_check(features: dict, question: str, passage, language: str) -> dict:
    """The features with "detail_missing" (`V.asked_detail_missing`, where `V.DETAIL_VETO` is on): `gate_scores`
    caps that passage's log-odds at `V.DETAIL_VETO_LOGIT`, as `V.message_logit` does. Not a fitted feature."""
    return {**features, "detail_missing": V.DETAIL_VETO and V.asked_detail_missing(question, passage, language)}


def fit_scope(examples, sources, passages: dict):
    """The question-scope model fitted on the examples of the given sources."""
    from medqa.question_scope import fit_question_scope

    # Fitted on the questions as written: fitted on the gate's cleaned reading (`V.gate_cleaned`), held-out don't know
    # fell 0.004-0.023 per writer (its greetings and names had been cues of the tuning writers' out-of-scope style).
    chosen = [(e["language"], e["question"], e["label"]) for e in examples if e["source"] in sources]
    return fit_question_scope(list(dict.fromkeys(chosen)), passages.values(), SCOPE_L2)


def attach_scope(examples, sources, passages: dict):
    """Set each example's question_scope feature out of fold (grouped by question id / topic, so no wording or
    topic is scored by a model that saw it); returns the model fitted on all of `sources`."""
    import zlib

    fold = {e["group"]: zlib.crc32(e["group"].encode()) % SCOPE_FOLDS for e in examples}
    for k in range(SCOPE_FOLDS):
        model = fit_scope([e for e in examples if fold[e["group"]] != k], sources, passages)
        for e in examples:
            if fold[e["group"]] == k:
                set_scope(e, model.score(V.gate_cleaned(e["question"], e["language"]), e["language"]))
    return fit_scope(examples, sources, passages)


def set_scope(example: dict, score) -> None:
    """Set the question_scope feature of an example's passages (its own and, for train wordings, the retrieved ones)."""
    for key in ("features", "ranked"):
        if key in example:
            example[key] = [{**f, "question_scope": score} for f in example[key]]


def fit_logistic(rows: list[list[float]], labels: list[int], l2: float = 0.001, steps: int = 3000,
                 offset: list[float] | None = None) -> list[float]:
    """Weights (bias first) of a class-balanced, L2-regularised logistic regression, by full-batch gradient descent;
    `offset`: a fixed log-odds added to each row's (a second stage on top of another model's log-odds)."""
    import numpy as np

    x = np.hstack([np.ones((len(rows), 1)), np.asarray(rows, dtype=np.float64).reshape(len(rows), -1)])
    y = np.asarray(labels, dtype=np.float64)
    fixed = np.zeros(len(rows)) if offset is None else np.asarray(offset, dtype=np.float64)
    # Balanced classes: the positives (train wordings) outnumber the negatives.
    sample_weight = np.where(y == 1, 0.5 / max(1, y.sum()), 0.5 / max(1, (1 - y).sum()))
    weights = np.zeros(x.shape[1])
    for _ in range(steps):
        predicted = 1 / (1 + np.exp(-(fixed + x @ weights)))
        gradient = x.T @ (sample_weight * (predicted - y)) + l2 * np.r_[0.0, weights[1:]]
        weights -= 2.0 * gradient
    return [float(w) for w in weights]


DROPPED_FEATURES: set[str] = set()  # --drop-feature: fitted as 0, to measure what a feature adds
ANSWERABILITY_MODELS = (("en", "en"), ("en_lexical", "en"), ("zh", "zh"), ("en_scoped", "en"), ("zh_scoped", "zh"))


def fit_answerability(examples, sources, models=ANSWERABILITY_MODELS, quiet: bool = False) -> dict[str, list[float]]:
    """Fitted weights per model: "en" (with MiniLM), "en_lexical" (semantic feature 0), "zh", and the "_scoped" ones
    (with the question_scope feature, out of fold), on the examples of the given sources."""
    fitted = {}
    for model, language in models:
        chosen = [(e["label"], f) for e in examples if e["language"] == language and e["source"] in sources for f in e["features"]]
        zeroed = ({"semantic"} if model == "en_lexical" else set()) | DROPPED_FEATURES
        if not model.endswith("_scoped"):
            zeroed.add("question_scope")
        rows = [[0.0 if name in zeroed else f[name] for name in V.ANSWERABILITY_FEATURES] for _, f in chosen]
        fitted[model] = fit_logistic(rows, [label for label, _ in chosen])
        positives = sum(label for label, _ in chosen)
        if not quiet:
            print(f"  {model}: {positives} positive, {len(chosen) - positives} negative (question, passage) pairs; "
                  f"weights {', '.join(f'{w:.2f}' for w in fitted[model])}")
    return fitted


# --- the retrieval margin as a second stage (issue #12): measured in the held-out writer checks, not shipped ---
# Log-odds of retrieved passages + weight * margin + bias, the stage-1 log-odds out of fold as a fixed offset. With
# tune..tune4 fitted it helped each held-out writer a little at the validation threshold (held out without tune5:
# tune4 English don't know 0.52 -> 0.60) but did not raise any ROC AUC by more than 0.005; with tune5 in the data
# the gains shrank to noise (-0.016 .. +0.022), and on tune5 itself (fit without it) ROC AUC fell 0.823 -> 0.818 (en),
# 0.897 -> 0.891 (zh): a question asking for the detail its passage leaves out retrieves that passage clearly.
MARGIN_MODELS = (("en_scoped", "en"), ("zh_scoped", "zh"))  # the models the assistant serves the bundled passages with


def best_logit(weights, features) -> float:
    """The best passage's stage-1 log-odds under one model's weights (question_scope set on every passage)."""
    names = V.ANSWERABILITY_FEATURES
    return max((weights[0] + sum(w * f[name] for w, name in zip(weights[1:], names)) for f in features), default=-30.0)


def fit_margin_stage(examples, sources) -> dict[str, float]:
    """Weight of the retrieval margin per served model, on top of the stage-1 log-odds as a fixed offset.

    Positives: train wordings against what the index retrieves for them; negatives: the out-of-scope tuning
    questions' retrievals (train answerable=false items have fixed passages, no ranking). The stage-1 log-odds are
    out of fold (grouped by question id / topic, the folds of the question scope), so no wording or topic is scored
    by a model that saw it. The bias is left out: the held-out checks choose a threshold on validation instead."""
    chosen = [e for e in examples if e["source"] in sources and e.get("margin") is not None]
    offsets = out_of_fold_logits(examples, sources, chosen)
    weights = {}
    for model, language in MARGIN_MODELS:
        mine = [e for e in chosen if e["language"] == language]
        bias, weight = fit_logistic([[e["margin"]] for e in mine], [e["label"] for e in mine],
                                    offset=[offsets[(model, id(e))] for e in mine])
        weights[model] = weight
        positives = sum(e["label"] for e in mine)
        print(f"  margin stage {model}: {positives} retrieved train wordings, {len(mine) - positives} out-of-scope "
              f"retrievals; out-of-fold log-odds + {weight:.3f} * margin {bias:+.3f}")
    return weights


def out_of_fold_logits(examples, sources, chosen, models=MARGIN_MODELS) -> dict[tuple[str, int], float]:
    """(model, id(example)) -> best retrieved-passage log-odds of each chosen example by the model fitted without its
    fold (grouped by question id / topic, the question scope's folds); train wordings are scored on what the index
    retrieves for them ("ranked"), the others on their "features"."""
    import zlib

    fold = {e["group"]: zlib.crc32(e["group"].encode()) % SCOPE_FOLDS for e in examples}
    logits = {}
    for k in range(SCOPE_FOLDS):
        rest = [e for e in examples if e["source"] in sources and fold[e["group"]] != k]
        fitted = fit_answerability(rest, sources, models, quiet=True)
        for model, language in models:
            for e in chosen:
                if fold[e["group"]] == k and e["language"] == language:
                    features = e["ranked"] if e["source"] == "train" else e["features"]
                    logits[(model, id(e))] = best_logit(fitted[model], features)
    return logits


def train_wording_logits(examples, sources) -> dict[str, list[float]]:
    """Per model ("en", "zh", "en_scoped", "zh_scoped"): out-of-fold log-odds of the train wordings against what the
    index retrieves for them (k=3): the extra answerable questions a pooled threshold is chosen on. (The unscoped
    models' question_scope weight is 0, so the feature set on "ranked" does not move them.)"""
    models = (("zh", "zh"), ("zh_scoped", "zh")) if ZH_ONLY else (("en", "en"), ("zh", "zh"), *MARGIN_MODELS)
    chosen = [e for e in examples if e["source"] == "train"]
    logits = out_of_fold_logits(examples, sources, chosen, models)
    return {model: [logits[(model, id(e))] for e in chosen if e["language"] == language] for model, language in models}


def gate_examples(split: str, passages: dict, scope=None) -> list[tuple]:
    """(language, kind, question, features per passage, old relevance per passage, retrieval margin) of a split.

    kind: answerable_retrieved (retrieval over the whole index, k=3), answerable_fixed (the item's passages),
    unanswerable (answerable=false, the item's passages), out_of_scope (retrieval, k=3). With `scope`, its score is
    the question_scope feature; without, the shipped model's (where it applies). The margin (`retrieval_margin`) is
    None for fixed passages."""
    def features_of(question, chosen, language):
        if scope is None:  # the shipped model; None marks passages it does not apply to
            return [with_detail_check({**V.answerability_features(question, p, language),
                                       "question_scope": V._scope_score(question, V._view(p), language, None)},
                                      question, p, language) for p in chosen]
        score = scope.score(V.gate_cleaned(question, language), language)
        return [{**f, "question_scope": score} for f in feature_rows(question, chosen, language)]

    examples = []
    for item in read_rows(f"{split}.jsonl"):
        language, question = item["language"], item["question"]
        own = [passages[p] for p in item["passage_ids"]]
        cases = [("answerable_fixed" if item["answerable"] else "unanswerable", own, None)]
        if item["answerable"]:
            cases.append(("answerable_retrieved", *retrieved_ranking(question, language)))
        for kind, chosen, margin in cases:
            old = [V.combine_relevance(*V.relevance_parts(question, p, language)) for p in chosen]
            examples.append((language, kind, question, features_of(question, chosen, language), old, margin))
    for item in read_rows(f"out_of_scope_{split}.jsonl"):
        chosen, margin = retrieved_ranking(item["question"], item["language"])
        old = [V.combine_relevance(*V.relevance_parts(item["question"], p, item["language"])) for p in chosen]
        features = features_of(item["question"], chosen, item["language"])
        examples.append((item["language"], "out_of_scope", item["question"], features, old, margin))
    return examples


def gate_scores(examples, weights: dict | None, scoped: bool = True,
                margin_weights: dict | None = None) -> list[tuple[str, str, float]]:
    """(language, kind, best-passage score): the answerability model's log-odds (the "_scoped" model where the
    question_scope feature is set and `scoped`), plus weight * retrieval margin where `margin_weights` (model ->
    weight) has the model and the example was retrieved; or the old relevance when weights is None."""
    scored = []
    for language, kind, _, features, old, margin in examples:
        if weights is None:
            scored.append((language, kind, max(old, default=0.0)))
            continue
        saved = dict(V.ANSWERABILITY_WEIGHTS)
        V.ANSWERABILITY_WEIGHTS.update(weights)
        logits = []
        for f in features:
            use_scope = scoped and f.get("question_scope") is not None
            model = ("en" if language == "en" else "zh") + ("_scoped" if use_scope else "")
            logit = V.answerability_logit({**f, "question_scope": f.get("question_scope") or 0.0}, model)
            if margin is not None and model in (margin_weights or {}):
                logit += margin_weights[model] * margin
            if f.get("detail_missing"):  # the asked-detail stage after the gate (V.asked_detail_missing)
                logit = min(logit, V.DETAIL_VETO_LOGIT)
            logits.append(logit)
        scored.append((language, kind, max(logits, default=-30.0)))
        V.ANSWERABILITY_WEIGHTS.clear()
        V.ANSWERABILITY_WEIGHTS.update(saved)
    return scored


GATE_KINDS = ("answerable_retrieved", "answerable_fixed", "unanswerable", "out_of_scope")


def gate_table(scores, thresholds: dict[str, float], title: str) -> dict[str, dict[str, float]]:
    """Print and return, per language, the refusal rate of each kind (answerable: wrongly refused)."""
    table = {}
    print(f"  {title}")
    print("    lang  answerable wrongly refused (retrieved k=3 | fixed)  don't know: answerable=false | out-of-scope | both")
    for lang in ("en", "zh"):
        row = {}
        for kind in GATE_KINDS:
            values = [s for l, k, s in scores if l == lang and k == kind]
            row[kind] = rate(values, lambda s: s < thresholds[lang])
            row[kind + "_n"] = len(values)
        both = [s for l, k, s in scores if l == lang and k in ("unanswerable", "out_of_scope")]
        row["dont_know"] = rate(both, lambda s: s < thresholds[lang])
        table[lang] = row
        print(f"    {lang}    {row['answerable_retrieved']:.3f} ({row['answerable_retrieved_n']}) | {row['answerable_fixed']:.3f} "
              f"({row['answerable_fixed_n']})                 {row['unanswerable']:.3f} ({row['unanswerable_n']}) | "
              f"{row['out_of_scope']:.3f} ({row['out_of_scope_n']}) | {row['dont_know']:.3f} ({len(both)})")
    return table


def choose_gate_threshold(scores, language: str, kinds=("answerable_retrieved", "answerable_fixed")) -> float:
    """The highest log-odds threshold wrongly refusing <= MAX_WRONGLY_REFUSED of answerable questions of each kind."""
    positives = sorted(s for l, k, s in scores if l == language and k in kinds)
    best = positives[0] - 1e-6
    for candidate in sorted({s + 1e-6 for s in positives} | {s - 1e-6 for s in positives}):
        if all(rate([s for l, k, s in scores if l == language and k == kind], lambda s: s < candidate) <= MAX_WRONGLY_REFUSED
               for kind in kinds):
            best = max(best, candidate)
    # halfway to the next answerable score, so a small shift in a feature does not flip the nearest one
    above = [s for s in positives if s > best]
    return (best + above[0]) / 2 if above else best


def choose_pooled_threshold(scores, language: str, train_logits: list[float],
                            kinds=("answerable_retrieved", "answerable_fixed")) -> float:
    """The highest log-odds threshold wrongly refusing <= MAX_WRONGLY_REFUSED of validation answerable questions pooled
    with the out-of-fold train wordings, and <= MAX_WRONGLY_REFUSED_VALIDATION of each validation kind alone."""
    by_kind = {kind: [s for l, k, s in scores if l == language and k == kind] for kind in kinds}
    pooled = sorted([s for values in by_kind.values() for s in values] + list(train_logits))
    best = pooled[0] - 1e-6
    for candidate in sorted({s + 1e-6 for s in pooled}):
        if rate(pooled, lambda s: s < candidate) <= MAX_WRONGLY_REFUSED and all(
                rate(values, lambda s: s < candidate) <= MAX_WRONGLY_REFUSED_VALIDATION for values in by_kind.values()):
            best = max(best, candidate)
    above = [s for s in pooled if s > best]
    return (best + above[0]) / 2 if above else best


def dont_know_rate(scores, language: str, threshold: float) -> float:
    """Validation don't know at a threshold: answerable=false + out-of-scope refused (gate_table's "both")."""
    return rate([s for l, k, s in scores if l == language and k in ("unanswerable", "out_of_scope")],
                lambda s: s < threshold)


def choose_floored_threshold(scores, language: str, floor: float,
                             kinds=("answerable_retrieved", "answerable_fixed")) -> tuple[float, bool]:
    """G34 (`--dk-floor`): the highest log-odds threshold wrongly refusing <= MAX_WRONGLY_REFUSED of the answerable
    questions of each kind AND keeping validation don't know >= `floor`; where none does both, the threshold keeping
    don't know >= `floor` that wrongly refuses the fewest answerable questions (ties: the highest). Returns (threshold,
    whether both held). Halfway to the next answerable score above, as `choose_gate_threshold`."""
    positives = sorted(s for l, k, s in scores if l == language and k in kinds)
    negatives = [s for l, k, s in scores if l == language and k in ("unanswerable", "out_of_scope")]
    candidates = sorted({s + 1e-6 for s in positives} | {s - 1e-6 for s in positives}
                        | {s + 1e-6 for s in negatives})
    both, fallback = None, None
    for candidate in candidates:
        if dont_know_rate(scores, language, candidate) < floor - 1e-12:
            continue
        wrong = [rate([s for l, k, s in scores if l == language and k == kind], lambda s: s < candidate) for kind in kinds]
        if all(w <= MAX_WRONGLY_REFUSED for w in wrong):
            both = candidate if both is None else max(both, candidate)
        refused = sum(s < candidate for s in positives)
        if fallback is None or (refused, -candidate) < (fallback[0], -fallback[1]):
            fallback = (refused, candidate)
    if both is None and fallback is None:  # no threshold reaches the floor: the rule without it
        return choose_gate_threshold(scores, language, kinds), False
    best = both if both is not None else fallback[1]
    above = [s for s in positives if s > best]
    return ((best + above[0]) / 2 if above else best), both is not None


def floored_threshold(scores, language: str, train_logits: list[float], shipped_scores) -> float:
    """`gate_threshold`, with EN_DK_FLOOR set: English = `choose_floored_threshold` at the shipped weights' validation
    don't know (`shipped_scores`, threshold log-odds 0) minus EN_DK_FLOOR; Chinese unchanged."""
    if EN_DK_FLOOR is None or language != "en":
        return gate_threshold(scores, language, train_logits)
    floor = dont_know_rate(shipped_scores, language, 0.0) - EN_DK_FLOOR
    threshold, held = choose_floored_threshold(scores, language, floor)
    plain = gate_threshold(scores, language, train_logits)
    if not held or abs(threshold - plain) > 1e-9:
        FLOOR_LOG.append(f"en threshold {plain:+.3f} -> {threshold:+.3f} (don't know {dont_know_rate(scores, 'en', plain):.3f}"
                         f" -> {dont_know_rate(scores, 'en', threshold):.3f}, floor {floor:.3f}; both rules held: {held})")
    return threshold


EN_DK_FLOOR: float | None = None  # --dk-floor (G34): None = the shipped rule
FLOOR_LOG: list[str] = []


def gate_threshold(scores, language: str, train_logits: list[float]) -> float:
    """The shipped rule: pooled for POOLED_THRESHOLD_LANGUAGES, validation alone for the others."""
    if language in POOLED_THRESHOLD_LANGUAGES:
        return choose_pooled_threshold(scores, language, train_logits)
    return choose_gate_threshold(scores, language)


def roc_auc(positives, negatives) -> float:
    """Probability that a random positive scores above a random negative (ties count half)."""
    if not positives or not negatives:
        return float("nan")
    wins = sum((p > n) + 0.5 * (p == n) for p in positives for n in negatives)
    return wins / (len(positives) * len(negatives))


def held_out_writer_check(examples, validation_split: str, passages: dict, held_source: str) -> None:
    """Fit without one out-of-scope tuning set (another writer, other topics), threshold on validation, measure on it."""
    sources = ("train", "train_unanswerable", *(s for s in OOS_TUNING_SOURCES if s != held_source))
    held = [e for e in examples if e["source"] == held_source]
    scope = attach_scope([e for e in examples if e["source"] != held_source], SCOPE_SOURCES, passages)
    for e in held:
        set_scope(e, scope.score(V.gate_cleaned(e["question"], e["language"]), e["language"]))
    fitted = fit_answerability(examples, sources)
    margin_weights = fit_margin_stage(examples, sources)
    train_logits = train_wording_logits(examples, sources)
    validation = gate_examples(validation_split, passages, scope)
    print(f"  held-out writer check: fitted without out_of_scope_{held_source}, threshold on validation, measured on it")
    held_examples = [(e["language"], "out_of_scope", e["question"], e["features"], [], e["margin"]) for e in held]
    for scoped, margins in ((False, None), (True, None), (True, margin_weights)):
        scores = gate_scores(validation, fitted, scoped, margins)
        held_scores = gate_scores(held_examples, fitted, scoped, margins)
        for lang in ("en", "zh"):
            # With the margin stage, retrieved passages get their own threshold (fixed ones have no ranking).
            threshold = choose_gate_threshold(scores, lang, ("answerable_retrieved",) if margins else GATE_KINDS[:2])
            positives = [s for l, k, s in scores if l == lang and k == "answerable_retrieved"]
            negatives = [s for l, k, s in held_scores if l == lang]
            wrong = rate(positives, lambda s: s < threshold)
            refused = rate(negatives, lambda s: s < threshold)
            print(f"    {'with' if scoped else 'without'} question scope{', with margin' if margins else ''}, {lang}: "
                  f"{held_source} don't know {refused:.3f} ({len(negatives)}), ROC AUC (validation answerable vs "
                  f"{held_source}) {roc_auc(positives, negatives):.3f}; validation retrieved answerable wrongly "
                  f"refused {wrong:.3f}")
            if margins:
                continue
            # The pooled threshold (validation answerable + out-of-fold train wordings), whichever language ships it.
            pooled = choose_pooled_threshold(scores, lang, train_logits[lang + ("_scoped" if scoped else "")])
            train_wrong = rate(train_logits[lang + ("_scoped" if scoped else "")], lambda s: s < pooled)
            print(f"      pooled threshold {pooled:+.3f} (validation only {threshold:+.3f}): {held_source} don't know "
                  f"{rate(negatives, lambda s: s < pooled):.3f}; validation retrieved answerable wrongly refused "
                  f"{rate(positives, lambda s: s < pooled):.3f}, out-of-fold train wordings {train_wrong:.3f}")


# --- several questions in one message (issue #12): the clause penalty -----------------------------------------
CLAUSE_PAIRS = 80  # messages per language and side
CLAUSE_PENALTIES = (0.0, 0.25, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0, math.inf)


def joined(first: str, second: str, language: str) -> str:
    """Two questions as one message, the first closed with a question mark where it has no end mark."""
    first = first.strip()
    if first[-1] not in "?？!！.。":
        first += "？" if language == "zh" else "?"
    return first + ("" if language == "zh" else " ") + second.strip()


def message_pairs(language: str, rng: random.Random) -> tuple[list[str], list[str], list[str]]:
    """(positives, negatives, natural) of one language: two validation answerable questions (different question ids)
    asked in one message; two out-of-scope tuning questions of different topics (the same writer) in one message;
    the out-of-scope tuning questions that already ask several things."""
    answerable = [r for r in read_rows("validation.jsonl") if r["language"] == language and r["answerable"]]
    positives = []
    while len(positives) < CLAUSE_PAIRS:
        a, b = rng.sample(answerable, 2)
        if a["question_id"] != b["question_id"]:
            positives.append(joined(a["question"], b["question"], language))
    pool = [item for source in OOS_TUNING_SOURCES for item in read_rows(f"out_of_scope_{source}.jsonl") if item["language"] == language]
    negatives = []
    while len(negatives) < CLAUSE_PAIRS:
        a, b = rng.sample(pool, 2)
        if a["topic"] != b["topic"] and a["id"].split("-")[2] == b["id"].split("-")[2]:
            negatives.append(joined(a["question"], b["question"], language))
    natural = [item["question"] for item in pool if len(V.asking_clauses(item["question"], language)) >= 2]
    return positives, negatives, natural


def clause_logit_rows(message: str, language: str) -> list[tuple[float, list[float]]]:
    """Per retrieved passage (k=3): (the whole message's log-odds, each asking clause's), under the module's weights."""
    clauses = V.asking_clauses(message, language)
    rows = []
    for passage in retrieved(message, language):
        whole = V._passage_logit(message, passage, language, None)
        rows.append((whole, [V._passage_logit(c, passage, language, None) for c in clauses] if len(clauses) >= 2 else []))
    return rows


def combined(rows, penalty: float) -> float:
    """The message's best log-odds under a clause penalty (`V.message_logit`: per passage, the whole message's or the
    mean of its questions' less the penalty)."""
    return max((max(whole, sum(clauses) / len(clauses) - penalty if clauses else -math.inf) for whole, clauses in rows),
               default=-30.0)


def choose_clause_penalty(rng: random.Random) -> dict[str, float]:
    """Per language, the largest penalty (fewest out-of-scope messages let through) at which two validation questions
    asked in one message are wrongly refused <= MAX_WRONGLY_REFUSED, else the one wrongly refusing fewest (log-odds 0
    is the threshold after the bias shift)."""
    chosen = {}
    for language in ("en", "zh"):
        positives, negatives, natural = message_pairs(language, rng)
        pos = [clause_logit_rows(m, language) for m in positives]
        neg = [clause_logit_rows(m, language) for m in negatives]
        nat = [clause_logit_rows(m, language) for m in natural]
        best, fewest = None, None
        for penalty in CLAUSE_PENALTIES:
            wrong = rate([combined(r, penalty) for r in pos], lambda s: s < 0)
            if fewest is None or wrong <= fewest[0]:
                fewest = (wrong, penalty)
            print(f"  {language} clause penalty {penalty}: two validation questions in one message wrongly refused "
                  f"{wrong:.3f} ({len(pos)}); refused: two out-of-scope tuning questions in one message "
                  f"{rate([combined(r, penalty) for r in neg], lambda s: s < 0):.3f} ({len(neg)}), tuning questions "
                  f"asking several things {rate([combined(r, penalty) for r in nat], lambda s: s < 0):.3f} ({len(nat)})")
            if wrong <= MAX_WRONGLY_REFUSED:
                best = penalty
        # None meets it: the penalty wrongly refusing fewest (the larger on a tie).
        chosen[language] = best if best is not None else fewest[1]
    print(f"CLAUSE_PENALTY = {chosen}")
    return chosen


def calibrate_answerability(passages: dict) -> dict[str, list[float]]:
    """Fit the question-scope model and the answerability weights, choose thresholds on validation, print them."""
    from medqa.question_scope import QUESTION_SCOPE_FILE

    print(f"answerability: fitting on train wordings + out_of_scope_{{{','.join(OOS_TUNING_SOURCES)}}}")
    examples = tuning_examples(passages)
    for held_source in (*OOS_TUNING_SOURCES[1:], *HELD_OUT_SOURCES) if WRITER_CHECKS else ():
        held_out_writer_check([dict(e) for e in examples], "validation", passages, held_source)
    scope = attach_scope(examples, SCOPE_SOURCES, passages)
    sources = ("train", "train_unanswerable", *OOS_TUNING_SOURCES, *(BUILT_SOURCES if USE_BUILT else ()))
    fitted = fit_answerability(examples, sources)
    train_logits = train_wording_logits(examples, sources)
    validation = gate_examples("validation", passages, scope)
    gate_table(gate_scores(validation, None), {"en": OLD_MIN_RELEVANCE, "zh": OLD_MIN_RELEVANCE},
               f"validation BEFORE (old relevance >= {OLD_MIN_RELEVANCE})")
    shifted = {}
    for scoped, suffix in ((False, ""), (True, "_scoped")):
        scores = gate_scores(validation, fitted, scoped)
        thresholds = {lang: gate_threshold(scores, lang, train_logits[lang + suffix]) for lang in ("en", "zh")}
        for lang in ("en", "zh"):
            pooled = choose_pooled_threshold(scores, lang, train_logits[lang + suffix])
            alone = choose_gate_threshold(scores, lang)
            print(f"  {lang}{suffix}: threshold on validation alone {alone:+.3f}, pooled with "
                  f"{len(train_logits[lang + suffix])} out-of-fold train wordings {pooled:+.3f}; shipped "
                  f"{'pooled' if lang in POOLED_THRESHOLD_LANGUAGES else 'validation alone'}")
        gate_table(scores, thresholds, f"validation AFTER ({'with' if scoped else 'without'} question scope, log-odds thresholds {thresholds})")
        # Shift each bias so its threshold is log-odds 0, i.e. a score of 0.5 = min_relevance.
        for lang in ("en", "zh"):
            shifted[lang + suffix] = [fitted[lang + suffix][0] - thresholds[lang], *fitted[lang + suffix][1:]]
    if USE_BUILT:
        report_built_held(passages, scope, shifted)
    lexical = gate_examples_lexical(validation)
    lexical_scores = gate_scores(lexical, {**shifted, "en": fitted["en_lexical"]}, scoped=False)
    lexical_threshold = choose_gate_threshold(lexical_scores, "en")
    shifted["en_lexical"] = [fitted["en_lexical"][0] - lexical_threshold, *fitted["en_lexical"][1:]]
    scope.save(QUESTION_SCOPE_FILE)
    print(f"question-scope model written to {QUESTION_SCOPE_FILE}")
    print("ANSWERABILITY_WEIGHTS = {")
    for model in ("en", "en_lexical", "zh", "en_scoped", "zh_scoped"):
        print(f'    "{model}": ({", ".join(f"{w:.6f}" for w in shifted[model])}),')
    print("}")
    # The clause penalty under the new fit: its weights and the question-scope model just written.
    from medqa.question_scope import bundled_question_scope

    V.ANSWERABILITY_WEIGHTS.update(shifted)
    bundled_question_scope.cache_clear()
    V._cached_scope_score.cache_clear()
    choose_clause_penalty(random.Random(SEED))
    return shifted


def report_built_held(passages: dict, scope, weights: dict) -> None:
    """The built set's held-out part under the new fit (thresholds at log-odds 0): answerable refused, don't know."""
    held = built_examples(passages, "held")
    for e in held:
        set_scope(e, scope.score(V.gate_cleaned(e["question"], e["language"]), e["language"]))
    for lang in ("en", "zh"):
        model = lang + "_scoped"
        scores = [(e["label"], best_logit(weights[model], e["features"])) for e in held if e["language"] == lang]
        positives = [s for label, s in scores if label == 1]
        negatives = [s for label, s in scores if label == 0]
        print(f"  built set held out, {lang}: answerable refused {rate(positives, lambda s: s < 0):.3f} ({len(positives)}), "
              f"don't know {rate(negatives, lambda s: s < 0):.3f} ({len(negatives)}) (whole-message features, no clause reading)")


def measure_asked_item(passages: dict, held_source: str) -> None:
    """The gate with `V.asked_item_gap` as one more feature ("asked_item", off by default): fitted without one writer's
    out-of-scope set (its words also out of the question-language count), measured on it, and the validation table of
    the fit on all the sets (that count still without the writer). Prints only; writes nothing."""
    V.QUESTION_LANGUAGE_SOURCES = tuple(s for s in V.QUESTION_LANGUAGE_SOURCES if s != held_source)
    V._question_language.cache_clear()
    V.ANSWERABILITY_FEATURES = (*V.ANSWERABILITY_FEATURES, V.ASKED_ITEM)
    print(f"asked-item feature: fitting on train wordings + out_of_scope_{{{','.join(OOS_TUNING_SOURCES)}}}")
    examples = tuning_examples(passages)
    held_out_writer_check([dict(e) for e in examples], "validation", passages, held_source)
    scope = attach_scope(examples, SCOPE_SOURCES, passages)
    sources = ("train", "train_unanswerable", *OOS_TUNING_SOURCES)
    fitted = fit_answerability(examples, sources)
    train_logits = train_wording_logits(examples, sources)
    validation = gate_examples("validation", passages, scope)
    scores = gate_scores(validation, fitted, True)
    thresholds = {lang: gate_threshold(scores, lang, train_logits[lang + "_scoped"]) for lang in ("en", "zh")}
    gate_table(scores, thresholds, f"validation with the asked-item feature (question scope, thresholds {thresholds})")


def gate_examples_lexical(examples):
    """The same examples with the MiniLM feature zeroed (what a server without the embedder computes)."""
    return [(lang, kind, q, [{**f, "semantic": 0.0, "question_scope": None} for f in features], old, margin)
            for lang, kind, q, features, old, margin in examples]


def report_answerability(split: str, passages: dict) -> None:
    """The don't-know gate on a split, before (old relevance 0.16) and after (the module's answerability weights)."""
    examples = gate_examples(split, passages)
    gate_table(gate_scores(examples, None), {"en": OLD_MIN_RELEVANCE, "zh": OLD_MIN_RELEVANCE}, f"{split} BEFORE (old relevance >= {OLD_MIN_RELEVANCE})")
    threshold = math.log(V.VerificationSettings().min_relevance / (1 - V.VerificationSettings().min_relevance))
    gate_table(gate_scores(examples, dict(V.ANSWERABILITY_WEIGHTS)), {"en": threshold, "zh": threshold},
               f"{split} AFTER (answerability score >= min_relevance {V.VerificationSettings().min_relevance})")
    gate_table(gate_scores(gate_examples_lexical(examples), {**V.ANSWERABILITY_WEIGHTS, "en": V.ANSWERABILITY_WEIGHTS["en_lexical"]}),
               {"en": threshold, "zh": threshold}, f"{split} AFTER without MiniLM (en_lexical weights)")


def simulated_answers(rows: list[dict], rng: random.Random) -> list[tuple[dict, str]]:
    """Answers with some reference sentences replaced by other questions' sentences (the model drifting)."""
    answerable = [r for r in rows if r["answerable"]]
    out = []
    for item in answerable:
        sentences = V.split_sentences(item["answer"])
        others = [o for o in answerable if o["language"] == item["language"] and o["gold_passage_id"] not in item["passage_ids"]]
        for replaced in range(len(sentences) + 1):
            mixed = list(sentences)
            for position in rng.sample(range(len(sentences)), replaced):
                mixed[position] = rng.choice(V.split_sentences(rng.choice(others)["answer"]))
            out.append((item, " ".join(mixed)))
    return out


def mean_rouge(pairs) -> float:
    """Mean ROUGE-L F1 of (candidate, reference, language) triples."""
    return statistics.mean(rouge_l_f(c, r, l) for c, r, l in pairs) if pairs else 0.0


def choose_extractive(rows: list[dict], passages: dict, settings: V.VerificationSettings) -> tuple[int, float]:
    """extractive_sentences and the lead bonus with the best ROUGE-L of extractive answers against references."""
    answerable = [r for r in rows if r["answerable"]]
    best = None
    for count in (1, 2, 3, 4):
        for bonus in (0.0, 0.15, 0.5, 2.0):
            V.LEAD_BONUS = bonus
            trial = V.VerificationSettings(settings.min_support, settings.min_relevance, settings.min_kept_share, count)
            score = mean_rouge([(V.extractive_answer(r["question"], [passages[p] for p in r["passage_ids"]], r["language"], trial).text,
                                 r["answer"], r["language"]) for r in answerable])
            print(f"  extractive_sentences={count} lead_bonus={bonus}: ROUGE-L {score:.3f}")
            if best is None or score > best[0]:
                best = (score, count, bonus)
    V.LEAD_BONUS = best[2]
    print(f"extractive_sentences = {best[1]}, LEAD_BONUS = {best[2]}  (validation ROUGE-L {best[0]:.3f})")
    return best[1], best[2]


def choose_share(rows: list[dict], passages: dict, settings: V.VerificationSettings, rng: random.Random) -> float:
    """The min_kept_share whose verified answers of drifting simulated answers have the best ROUGE-L."""
    answers = simulated_answers(rows, rng)
    best = None
    for step in (2, 3, 4, 5, 6, 7, 8):
        share = step / 10
        trial = V.VerificationSettings(settings.min_support, settings.min_relevance, share, settings.extractive_sentences)
        score = mean_rouge([(V.verify_answer(item["question"], text, [passages[p] for p in item["passage_ids"]], item["language"], trial).text,
                             item["answer"], item["language"]) for item, text in answers])
        print(f"  min_kept_share={share:.1f}: ROUGE-L {score:.3f}")
        if best is None or score > best[0]:
            best = (score, share)
    print(f"min_kept_share = {best[1]:.1f}  (validation ROUGE-L of verified drifting answers {best[0]:.3f})")
    return best[1]


def calibrate() -> None:
    """Choose every threshold on the validation split and print them with their precision/recall."""
    rng = random.Random(SEED)
    passages = {p.id: p for p in load_knowledge_base()}
    rows, oos = read_rows("validation.jsonl"), read_rows("out_of_scope_validation.jsonl")
    min_support = choose_support(support_examples(rows, passages, rng))
    _, weights = choose_relevance(relevance_examples(rows, oos, passages))  # the blend still picks extractive passages
    calibrate_answerability(passages)
    min_relevance = V.VerificationSettings().min_relevance  # 0.5: each bias is shifted to its validation threshold
    settings = V.VerificationSettings(min_support, min_relevance, 0.5, 2)
    count, bonus = choose_extractive(rows, passages, settings)
    settings.extractive_sentences = count
    share = choose_share(rows, passages, settings, rng)
    print(f"\nCHOSEN SUPPORT_PAIR_WEIGHT={V.SUPPORT_PAIR_WEIGHT} min_support={min_support:.2f} min_relevance={min_relevance:.2f} min_kept_share={share:.1f} "
          f"extractive_sentences={count} RELEVANCE_PAIR_WEIGHT={weights[0]} RELEVANCE_EMBEDDING_WEIGHT={weights[1]} LEAD_BONUS={bonus}")


def report(split: str) -> None:
    """Measure the module's defaults on a split: kept, dropped, refused, ROUGE-L and time per answer."""
    rng = random.Random(SEED)
    settings = V.VerificationSettings()
    passages = {p.id: p for p in load_knowledge_base()}
    rows, oos = read_rows(f"{split}.jsonl"), read_rows(f"out_of_scope_{split}.jsonl")
    from medqa.retrieval import bundled_index

    index = bundled_index()
    print(f"settings on {split}: {settings}  embeddings: {V._embedder(settings) is not None}")
    answerable = [r for r in rows if r["answerable"]]
    reference_by_question = {r["question_id"]: r["answer"] for r in answerable}
    kept = total = refused = 0
    timings = []
    load_before = os.getloadavg()
    for item in answerable:
        start = time.perf_counter()
        verified = V.verify_answer(item["question"], item["answer"], [passages[p] for p in item["passage_ids"]], item["language"], settings)
        timings.append(time.perf_counter() - start)
        sentences = V.split_sentences(item["answer"])
        total += len(sentences)
        kept += len([s for s in verified.sentences if s.passage_id]) if verified.mode == "generated" else 0
        refused += verified.mode == "no_answer"
    load_after = os.getloadavg()
    print(f"reference-answer sentences kept: {kept / total:.3f} ({kept}/{total})")
    print(f"answerable questions wrongly refused: {refused / len(answerable):.3f} ({refused}/{len(answerable)})")
    examples = support_examples(rows, passages, rng)
    for kind in ("other", "shuffled"):
        scores = [(1 - V.SUPPORT_PAIR_WEIGHT) * e[2] + V.SUPPORT_PAIR_WEIGHT * e[3] for e in examples if e[1] == kind]
        print(f"unsupported sentences dropped ({kind}): {rate(scores, lambda s: s < settings.min_support):.3f} ({len(scores)})")
    for lang in ("en", "zh"):
        unanswerable = [r for r in rows if not r["answerable"] and r["language"] == lang]
        outcomes = [V.verify_answer(r["question"], reference_by_question.get(r["question_id"], HALLUCINATION[lang]),
                                    [passages[p] for p in r["passage_ids"]], lang, settings).mode == "no_answer" for r in unanswerable]
        oos_rows = [r for r in oos if r["language"] == lang]
        oos_outcomes = [V.verify_answer(r["question"], HALLUCINATION[lang], [h.passage for h in index.search(r["question"], k=3, language=lang)],
                                        lang, settings).mode == "no_answer" for r in oos_rows]
        both = outcomes + oos_outcomes
        print(f"{lang}: no_answer for answerable=false {rate(outcomes, bool):.3f} ({len(outcomes)}), "
              f"out-of-scope {rate(oos_outcomes, bool):.3f} ({len(oos_outcomes)}), together {rate(both, bool):.3f}")
        lang_answerable = [r for r in answerable if r["language"] == lang]
        rouge = mean_rouge([(V.extractive_answer(r["question"], [passages[p] for p in r["passage_ids"]], lang, settings).text,
                             r["answer"], lang) for r in lang_answerable])
        print(f"{lang}: ROUGE-L of extractive_answer vs reference answers {rouge:.3f} ({len(lang_answerable)})")
    print(f"verification time per answer: mean {1000 * statistics.mean(timings):.1f} ms, median "
          f"{1000 * statistics.median(timings):.1f} ms over {len(timings)} answers (first call loads caches); "
          f"load average {load_before[0]:.2f} -> {load_after[0]:.2f} on {os.cpu_count()} CPUs")


REVIEW_SETS = tuple(range(6, 14))  # tests/data/grounded_review{k}: the blind reviewer sets R6..R13 (all spent)


# --- the reviewer sets as fitting data (issue #12, G31) ---------------------------------------------------------------
# The spent blind reviewer sets R6..R15 (tests/data/grounded_review{k}/questions.jsonl: per language 60 answerable with
# their gold passage ids + 40 not answerable, written by outside writers: lay wordings, stories, several questions).
# `--review-sets 6-15` adds them to the answerability fit (not to the question-scope model, which is kept as fitted on
# train + tune*): answerable rows against their gold passage (as train wordings), the others against what the index
# retrieves (as tune*). Group = the whole set (one writer), so no inner fold splits a writer. `--hold-out 12,13,14,15`
# runs the leave-one-set-out folds first (each held-out set simulated before generation, no model: `simulated_outcome`,
# shipped weights vs the fold's), then the refit on all the sets named, its validation table and the knowledge base's
# stored questions it newly refuses. Only the sets named are read (never beyond R<GATE_MAX_SET>, nor tests/data/safety;
# --hold-out must name sets inside --review-sets).
# Measured (G31, NOT shipped; pre-declared criterion: summed over the folds R12..R15, answerable refused falls by >= 12
# of 240 in at least one language and rises in neither, ...): refused en 41 -> 30 (-11), zh 46 -> 44 (-2); right en
# 179 -> 193, zh 172 -> 176; don't know en 150 -> 149, zh 143 -> 147 of 160; the refit on R6..R15: validation wrongly
# refused en 0.047 -> 0.031 (retrieved), zh 0.048 unchanged, don't know unchanged (0.921 / 0.935); KB stored questions
# newly refused 4 of 1083 (0.37%). English fell one row short, so ANSWERABILITY_WEIGHTS are unchanged
# (data_cards/grounded_review15.md, "Gate refit on the reviewer sets (G31)").


GATE_MAX_SET = 23  # G36: R16..R23 are spent too (G33 had 19); never a later set (R24/R25 are held)
# Measured (G33, NOT shipped; pre-declared criterion /work/lead/criteria19.md): `--review-sets 6-19 --hold-out 12-19`,
# summed over the eight folds answerable refused en 105 -> 79 (-26), zh 115 -> 99 (-16) of 480, don't know en 285 -> 280,
# zh 276 -> 279 of 320; the refit on R6..R19: validation wrongly refused en 0.047 -> 0.031 (retrieved), zh 0.048, but
# don't know en 0.921 -> 0.895 (one question; 0.02 allowed), KB stored questions newly refused 5 of 1083 (0.46%). The
# pre-declared variant `--drop-feature title` (en -29, zh -24; don't know -7 / +3; validation don't know en 0.868, KB
# 0.55%) did not beat it. ANSWERABILITY_WEIGHTS unchanged (data_cards/grounded_review19.md, "Gate refit on the
# reviewer sets R6..R19 (G33)").
# G34 (NOT shipped; pre-declared, /work/lead/criteria19.md): the same with `--dk-floor 0.02` (every English threshold
# also keeps validation don't know >= the shipped weights' - 0.02, `choose_floored_threshold`): folds refused en
# 105 -> 82 (-23, 24 needed), zh 115 -> 99; don't know en 285 -> 281, zh 276 -> 279; the refit on R6..R19: validation
# don't know en 0.921 kept, but wrongly refused en 0.062 (fixed; 0.06 allowed) and KB stored questions newly refused
# 7 of 1083 (0.65%). ANSWERABILITY_WEIGHTS unchanged (data_cards/grounded_review19.md, "G34: the refit with a
# don't-know floor on the English threshold").


# G36 (NOT shipped; pre-declared, /work/lead/criteria21.md "G36"): `--zh-e5 --review-sets 6-23 --hold-out 16-23`, the
# Chinese "semantic" feature = the raw e5 best-sentence cosine (`V.ZH_E5_SEMANTIC`), only "zh"/"zh_scoped" refitted:
# summed over the eight folds zh answerable refused 127 -> 96 (-31; 16 needed), right 319 -> 345, don't know 268 -> 274
# of 320; the refit on R6..R23: validation zh wrongly refused 0.048 (retrieved), don't know 0.935, both unchanged; but
# KB stored zh questions newly refused 5 of 480 (1.04%; 0.5% allowed). ANSWERABILITY_WEIGHTS unchanged. The same zh-only
# refit with `--drop-feature semantic` (no e5): refused 127 -> 102 (-25), right 319 -> 340, don't know 268 -> 274, KB 4
# of 480 newly refused (0.83%): the e5 feature itself adds 6 fewer refused / 5 more right.


def review_rows(k: int) -> list[dict]:
    """The rows of reviewer set R<k>."""
    path = ROOT / "tests" / "data" / f"grounded_review{k}" / "questions.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def review_examples(passages: dict, sets, scope) -> list[dict]:
    """Tuning records (as `tuning_examples`) of the reviewer sets: answerable rows (label 1) against their gold
    passages, the others (label 0) against what the index retrieves; source "review<k>", group "review<k>"; the
    question_scope feature from `scope` (fitted without them)."""
    examples = []
    for k in sets:
        for row in review_rows(k):
            question, language = row["question"], row["language"]
            if ZH_ONLY and language != "zh":  # --zh-e5: the English models are not refitted
                continue
            if row["answerable"]:
                chosen, margin = [passages[g] for g in row["gold"] if g in passages], None
            else:
                chosen, margin = retrieved_ranking(question, language)
            example = {"language": language, "label": int(bool(row["answerable"])), "question": question,
                       "group": f"review{k}", "source": f"review{k}", "features": feature_rows(question, chosen, language),
                       "margin": margin}
            set_scope(example, scope.score(V.gate_cleaned(question, language), language))
            examples.append(example)
    return examples


ZH_ONLY = False  # --zh-e5 (G36): refit the Chinese models only, with V.ZH_E5_SEMANTIC on


def shifted_fit(examples, sources, validation: list, quiet: bool = True) -> dict[str, list[float]]:
    """The five models fitted on `sources`, each bias shifted to its language's threshold chosen as shipped (English on
    validation alone, Chinese pooled with the out-of-fold train wordings; en_lexical on validation without MiniLM)."""
    shipped = {m: list(w) for m, w in V.ANSWERABILITY_WEIGHTS.items()}
    if ZH_ONLY:  # --zh-e5 (G36): only the Chinese models refitted, the English ones kept as shipped
        fitted = {**shipped, **fit_answerability(examples, sources, models=(("zh", "zh"), ("zh_scoped", "zh")), quiet=quiet)}
        train_logits = train_wording_logits(examples, sources)
        shifted = {m: w for m, w in shipped.items() if not m.startswith("zh")}
        for scoped, suffix in ((False, ""), (True, "_scoped")):
            scores = gate_scores(validation, fitted, scoped)
            threshold = floored_threshold(scores, "zh", train_logits["zh" + suffix], None)
            shifted["zh" + suffix] = [fitted["zh" + suffix][0] - threshold, *fitted["zh" + suffix][1:]]
        return shifted
    fitted = fit_answerability(examples, sources, quiet=quiet)
    train_logits = train_wording_logits(examples, sources)
    shifted = {}
    for scoped, suffix in ((False, ""), (True, "_scoped")):
        scores = gate_scores(validation, fitted, scoped)
        shipped_scores = gate_scores(validation, shipped, scoped) if EN_DK_FLOOR is not None else None
        for lang in ("en", "zh"):
            threshold = floored_threshold(scores, lang, train_logits[lang + suffix], shipped_scores)
            shifted[lang + suffix] = [fitted[lang + suffix][0] - threshold, *fitted[lang + suffix][1:]]
    lexical_validation = gate_examples_lexical(validation)
    lexical_scores = gate_scores(lexical_validation, {**shifted, "en": fitted["en_lexical"]}, scoped=False)
    if EN_DK_FLOOR is None:
        threshold = choose_gate_threshold(lexical_scores, "en")
    else:  # the lexical fallback's English threshold under the same rule, against the shipped en_lexical weights
        threshold = floored_threshold(lexical_scores, "en", [], gate_scores(
            lexical_validation, {**shipped, "en": shipped["en_lexical"]}, scoped=False))
    shifted["en_lexical"] = [fitted["en_lexical"][0] - threshold, *fitted["en_lexical"][1:]]
    return shifted


def prepared_rows(assistant, rows: list[dict]) -> list[dict]:
    """What the product decides before generation that does not depend on the gate's weights: safety (a block is
    "emergency" / "redirect"), the retrieved passages, and the answer-slot check (`missing_slot`)."""
    from medqa.answer_slots import missing_slot

    out = []
    for row in rows:
        prepared = assistant.prepare([{"role": "user", "content": row["question"]}])
        blocked = prepared.result.mode if prepared.result is not None and prepared.result.mode != "no_answer" else None
        slot = bool(prepared.passages) and not blocked and bool(missing_slot(row["question"], prepared.passages, prepared.language))
        out.append({**row, "blocked": blocked, "passages": prepared.passages, "slot": slot, "read_as": prepared.language})
    return out


def simulated_outcome(assistant, row: dict, weights: dict) -> str:
    """One row's model-free outcome under the gate weights: answerable "right" (not refused or blocked, the gold id
    among the passages the gate accepts), "wrong" (answered without the gold passage accepted), "refused" (gate or
    slot), "blocked" (safety); not answerable "dont_know" (gate, slot or redirect: nothing unsupported is shown) or
    "answered"."""
    saved = dict(V.ANSWERABILITY_WEIGHTS)
    V.ANSWERABILITY_WEIGHTS.update(weights)
    try:
        threshold = assistant.verification.min_relevance
        accepted = {p.id for p in row["passages"]
                    if V.question_relevance(row["question"], p, row["read_as"], assistant.verification) >= threshold}
    finally:
        V.ANSWERABILITY_WEIGHTS.clear()
        V.ANSWERABILITY_WEIGHTS.update(saved)
    return stage_outcome(row, accepted)


def outcome_counts(assistant, rows, weights) -> dict[str, dict[str, int]]:
    """Per language: answerable right / refused / n, not answerable don't know / n."""
    counts = {lang: {"right": 0, "refused": 0, "n_answerable": 0, "dont_know": 0, "n_unanswerable": 0} for lang in ("en", "zh")}
    for row in rows:
        outcome, c = simulated_outcome(assistant, row, weights), counts[row["language"]]
        if row["answerable"]:
            c["n_answerable"] += 1
            c["right"] += outcome == "right"
            c["refused"] += outcome == "refused"
        else:
            c["n_unanswerable"] += 1
            c["dont_know"] += outcome == "dont_know"
    return counts


def review_fit(passages: dict, sets, hold_out) -> None:
    """Fit the gate on train + tune* + the reviewer sets; with `hold_out`, the leave-one-set-out folds (each held-out
    set simulated before generation under the fold's weights and under the shipped ones), then the refit on all sets
    with its validation table and the knowledge base's stored questions (question + paraphrases) it newly refuses."""
    from medqa.assistant import Assistant
    from medqa.knowledge_base import load_questions
    from medqa.retrieval import bundled_index

    print(f"answerability on train + out_of_scope_{{{','.join(OOS_TUNING_SOURCES)}}} + reviewer sets R{sets[0]}..R{sets[-1]}")
    examples = tuning_examples(passages)
    scope = attach_scope(examples, SCOPE_SOURCES, passages)  # the question-scope model is not refitted on the R sets
    examples.extend(review_examples(passages, sets, scope))
    validation = gate_examples("validation", passages, scope)
    base = ("train", "train_unanswerable", *OOS_TUNING_SOURCES)
    shipped = {m: list(w) for m, w in V.ANSWERABILITY_WEIGHTS.items()}
    assistant = Assistant(None, bundled_index())
    totals = {}
    print("fold lang | answerable refused: shipped -> refit | right: shipped -> refit | don't know: shipped -> refit | n")
    for held in hold_out:
        fold = shifted_fit(examples, (*base, *(f"review{k}" for k in sets if k != held)), validation)
        for line in FLOOR_LOG:
            print(f"  R{held} fold, --dk-floor {EN_DK_FLOOR}: {line}")
        FLOOR_LOG.clear()
        rows = prepared_rows(assistant, [r for r in review_rows(held) if not ZH_ONLY or r["language"] == "zh"])
        before, after = outcome_counts(assistant, rows, shipped), outcome_counts(assistant, rows, fold)
        for lang in ("zh",) if ZH_ONLY else ("en", "zh"):
            b, a = before[lang], after[lang]
            print(f"R{held} {lang} | {b['refused']} -> {a['refused']} | {b['right']} -> {a['right']} | "
                  f"{b['dont_know']} -> {a['dont_know']} | {b['n_answerable']} + {b['n_unanswerable']}", flush=True)
            total = totals.setdefault(lang, [0] * 8)
            for i, v in enumerate((b["refused"], a["refused"], b["right"], a["right"], b["dont_know"], a["dont_know"],
                                   b["n_answerable"], b["n_unanswerable"])):
                total[i] += v
    for lang, (r0, r1, g0, g1, d0, d1, na, nu) in totals.items():
        print(f"sum {lang} | {r0} -> {r1} ({r1 - r0:+d}) | {g0} -> {g1} ({g1 - g0:+d}) | {d0} -> {d1} ({d1 - d0:+d}) | {na} + {nu}")
    final = shifted_fit(examples, (*base, *(f"review{k}" for k in sets)), validation, quiet=False)
    for line in FLOOR_LOG:
        print(f"  refit on all the sets, --dk-floor {EN_DK_FLOOR}: {line}")
    FLOOR_LOG.clear()
    print("ANSWERABILITY_WEIGHTS (refit on all the reviewer sets) = {")
    for model in ("en", "en_lexical", "zh", "en_scoped", "zh_scoped"):
        print(f'    "{model}": ({", ".join(f"{w:.6f}" for w in final[model])}),')
    print("}")
    shipped_validation = gate_examples("validation", passages)  # the bundled question-scope model, as --report
    threshold = math.log(V.VerificationSettings().min_relevance / (1 - V.VerificationSettings().min_relevance))
    for title, weights in (("shipped", shipped), ("refit", final)):
        gate_table(gate_scores(shipped_validation, weights), {"en": threshold, "zh": threshold}, f"validation, {title} weights")
    bank = [(q.language, wording, q.passage_id) for q in load_questions() for wording in (q.question, *q.paraphrases)
            if not ZH_ONLY or q.language == "zh"]
    newly, refused = [], {"shipped": 0, "refit": 0}
    for language, wording, pid in bank:
        retrieved_passages = retrieved(wording, language)
        passed = {}
        for title, weights in (("shipped", shipped), ("refit", final)):
            saved = dict(V.ANSWERABILITY_WEIGHTS)
            V.ANSWERABILITY_WEIGHTS.update(weights)
            passed[title] = max((V.question_relevance(wording, p, language) for p in retrieved_passages), default=0.0) >= 0.5
            V.ANSWERABILITY_WEIGHTS.clear()
            V.ANSWERABILITY_WEIGHTS.update(saved)
            refused[title] += not passed[title]
        if passed["shipped"] and not passed["refit"]:
            newly.append((language, wording))
    print(f"KB stored questions (question + paraphrases, retrieved k=3): refused shipped {refused['shipped']}, refit "
          f"{refused['refit']} of {len(bank)}; newly refused {len(newly)} ({len(newly) / len(bank):.4f})")
    for language, wording in newly:
        print(f"  newly refused [{language}] {wording}")


# G35 (`--synonym-switch --review-sets 6-22`): the gate's lexical features read through retrieval's lay terms
# (`V.VerificationSettings.gate_reads_synonyms`, `V.gate_synonym_reading`), NO refit: shipped weights and thresholds
# with the switch off and on, model-free (`simulated_outcome`) on the spent reviewer sets, then the validation and test
# splits (`gate_table`), the knowledge base's stored questions and the out-of-scope tuning sets (retrieved k=3, refused
# below min_relevance). Only R6..R<SWITCH_MAX_SET> are read. Result and decision: data_cards/grounded_review22.md.
SWITCH_MAX_SET = 22


def _set_switch(assistant, on: bool) -> None:
    V.GATE_READS_SYNONYMS = on  # settings=None callers (gate_examples, question_relevance without settings)
    UNSCOPED.gate_reads_synonyms = on
    if assistant is not None:
        assistant.verification.gate_reads_synonyms = on


def synonym_switch(sets) -> None:
    """Switch off vs on, shipped weights: per reviewer set and language answerable refused / right and not-answerable
    don't know; validation and test tables; KB stored questions newly refused; out_of_scope_tune* don't know."""
    from medqa.assistant import Assistant
    from medqa.knowledge_base import load_knowledge_base, load_questions
    from medqa.retrieval import bundled_index

    shipped = {m: list(w) for m, w in V.ANSWERABILITY_WEIGHTS.items()}
    assistant = Assistant(None, bundled_index())
    threshold = assistant.verification.min_relevance
    totals: dict = {}
    print("set lang | answerable refused: off -> on | right: off -> on | don't know: off -> on | n", flush=True)
    for k in sets:
        _set_switch(assistant, False)
        rows = prepared_rows(assistant, review_rows(k))
        results = {}
        for on in (False, True):
            _set_switch(assistant, on)
            results[on] = [simulated_outcome(assistant, row, shipped) for row in rows]
        for lang in ("en", "zh"):
            idx = [i for i, row in enumerate(rows) if row["language"] == lang]
            ans = [i for i in idx if rows[i]["answerable"]]
            una = [i for i in idx if not rows[i]["answerable"]]
            vals = []
            for on in (False, True):
                vals += [sum(results[on][i] == "refused" for i in ans), sum(results[on][i] == "right" for i in ans),
                         sum(results[on][i] == "dont_know" for i in una)]
            r0, g0, d0, r1, g1, d1 = vals
            print(f"R{k} {lang} | {r0} -> {r1} | {g0} -> {g1} | {d0} -> {d1} | {len(ans)} + {len(una)}", flush=True)
            total = totals.setdefault(lang, [0] * 8)
            for i, v in enumerate((r0, r1, g0, g1, d0, d1, len(ans), len(una))):
                total[i] += v
        for i, row in enumerate(rows):
            if results[False][i] != results[True][i]:
                print(f"    changed R{k} [{row['language']}] {'A' if row['answerable'] else 'N'} {results[False][i]} -> "
                      f"{results[True][i]}: {row['question'][:150]!r}", flush=True)
    for lang, (r0, r1, g0, g1, d0, d1, na, nu) in totals.items():
        print(f"sum {lang} | {r0} -> {r1} ({r1 - r0:+d}) | {g0} -> {g1} ({g1 - g0:+d}) | {d0} -> {d1} ({d1 - d0:+d}) | {na} + {nu}", flush=True)
    passages = {p.id: p for p in load_knowledge_base()}
    logit = math.log(threshold / (1 - threshold))
    for split in ("validation", "test"):
        for on in (False, True):
            _set_switch(assistant, on)
            gate_table(gate_scores(gate_examples(split, passages), shipped), {"en": logit, "zh": logit},
                       f"{split}, switch {'ON' if on else 'OFF'}")
    bank = [(q.language, wording) for q in load_questions() for wording in (q.question, *q.paraphrases)]
    groups = [("KB stored questions (refused)", bank)]
    for source in OOS_TUNING_SOURCES:
        groups.append((f"out_of_scope_{source} (don't know)", [(i["language"], i["question"]) for i in read_rows(f"out_of_scope_{source}.jsonl")]))
    oos_totals: dict = {}
    for title, items in groups:
        counts = {lang: [0, 0, 0] for lang in ("en", "zh")}  # refused off, refused on, n
        newly, newly_passed = [], []
        for language, wording in items:
            chosen = retrieved(wording, language)
            refused = []
            for on in (False, True):
                _set_switch(assistant, on)
                refused.append(max((V.question_relevance(wording, p, language) for p in chosen), default=0.0) < threshold)
            c = counts[language]
            c[0] += refused[0]
            c[1] += refused[1]
            c[2] += 1
            if refused[1] and not refused[0]:
                newly.append((language, wording))
            if refused[0] and not refused[1]:
                newly_passed.append((language, wording))
        for lang, (a, b, n) in counts.items():
            print(f"{title} {lang}: off {a} -> on {b} of {n} ({a / max(n, 1):.4f} -> {b / max(n, 1):.4f}); newly refused "
                  f"{sum(l == lang for l, _ in newly)}, newly passed {sum(l == lang for l, _ in newly_passed)}", flush=True)
            if title.startswith("out_of_scope"):
                t = oos_totals.setdefault(lang, [0, 0, 0])
                t[0], t[1], t[2] = t[0] + a, t[1] + b, t[2] + n
        for language, wording in newly:
            print(f"    newly refused [{language}] {wording[:150]!r}")
        if not title.startswith("KB"):
            for language, wording in newly_passed:
                print(f"    newly passed [{language}] {wording[:150]!r}")
    for lang, (a, b, n) in oos_totals.items():
        print(f"out_of_scope_tune* don't know {lang}: off {a} -> on {b} of {n} ({a / n:.4f} -> {b / n:.4f})", flush=True)
    _set_switch(assistant, False)


def parse_sets(text: str) -> tuple[int, ...]:
    """"6-15" or "12,13,14,15" -> the set numbers."""
    numbers = []
    for part in text.split(","):
        low, _, high = part.partition("-")
        numbers.extend(range(int(low), int(high or low) + 1))
    return tuple(numbers)


def slot_decisions(assistant, question: str, sources: dict, held_set: int) -> tuple[str, str, str]:
    """One question's decision before generation without one round's slot rules (`sources`), with all, and with those
    written from `held_set` left out: "emergency" / "redirect" (safety), "gate", "slot" (don't know) or "gen" (the model)."""
    from medqa.answer_slots import missing_slot

    prepared = assistant.prepare([{"role": "user", "content": question}])
    if prepared.result is not None and prepared.result.mode != "no_answer":
        return (prepared.result.mode,) * 3
    if prepared.relevance < assistant.verification.min_relevance:
        return ("gate",) * 3
    skips = (frozenset(sources), frozenset(), frozenset(n for n, k in sources.items() if k == held_set))
    return tuple("slot" if missing_slot(question, prepared.passages, prepared.language, skip=skip) else "gen"
                 for skip in skips)


def slots_loso(round_number: int = 28) -> None:
    """Leave-one-set-out check of one round's answer-slot rules on R6..R13 (before generation, no model): per set and
    language, answerable refused and not-answerable don't know, without the rules, with them, and with only the rules
    not written from that set."""
    from medqa import answer_slots
    from medqa.assistant import Assistant
    from medqa.retrieval import bundled_index

    sources = getattr(answer_slots, f"ROUND{round_number}_SOURCES")
    assistant = Assistant(None, bundled_index())
    totals = {}
    print(f"round {round_number} rules")
    print("set lang | answerable refused: without -> with [held out] | don't know: without -> with [held out] / n")
    for k in REVIEW_SETS:
        path = ROOT / "tests" / "data" / f"grounded_review{k}" / "questions.jsonl"
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        for language in ("en", "zh"):
            counts = [[0, 0], [0, 0], [0, 0]]  # (refused, don't know) without / with / held out
            n_unanswerable = 0
            for row in (r for r in rows if r["language"] == language):
                decisions = slot_decisions(assistant, row["question"], sources, k)
                n_unanswerable += not row["answerable"]
                for count, decision in zip(counts, decisions):
                    count[0] += bool(row["answerable"]) and decision in ("gate", "slot")
                    # a redirect shows nothing unsupported: don't know, as scripts/score_review.py counts it
                    count[1] += (not row["answerable"]) and decision in ("gate", "slot", "redirect")
            (r0, d0), (r1, d1), (r2, d2) = counts
            print(f"R{k} {language} | {r0} -> {r1} [{r2}] | {d0} -> {d1} [{d2}] / {n_unanswerable}")
            total = totals.setdefault(language, [0] * 7)
            for i, v in enumerate((r0, r1, r2, d0, d1, d2, n_unanswerable)):
                total[i] += v
    for language, (r0, r1, r2, d0, d1, d2, n) in totals.items():
        print(f"R{REVIEW_SETS[0]}-R{REVIEW_SETS[-1]} {language} | {r0} -> {r1} [{r2}] | {d0} -> {d1} [{d2}] / {n}")


# --- retrieval confidence as a second stage over the gate (issue #12, G32) --------------------------------------------
# `--retrieval-stage --review-sets 6-16 --hold-out 12,13,14,15,16`: for the retrieved TOP passage only (the others keep
# the gate), logit2 = a * gate_logit + b * margin + c per language, where gate_logit is the log-odds of the shipped
# gate's score of that passage (`V.question_relevance`, as `Assistant.prepare` computes it) and margin is
# `retrieval_margin` ((s1 - s2) / s1 of the fused scores). The gate (stage 1) is the shipped one, not refitted.
# Fitting rows (retrieved k=3, the top passage): train wordings whose top passage is their gold one (label 1; a
# wording whose top passage is another is left out), out_of_scope_tune* (label 0), and the reviewer sets (answerable
# rows whose top passage (via Assistant.prepare) is a gold one: 1; not answerable: 0; safety-blocked rows left out);
# class-balanced L2 logistic regression (Newton). Threshold as shipped: English the highest wrongly refusing <= 5% of
# validation's retrieved answerable questions, Chinese pooled with the retrieved train wordings (<= 5% pooled, <= 10%
# on validation alone); a question counts as accepted when the stage accepts its top passage or the gate another;
# the bias is shifted so the threshold is 0. Pre-declared before any fold was read: the variant decided on is
# (gate_logit, margin); "+top" (also the top fused score) is reported beside it, not eligible.
# Measured (G32, NOT shipped; criterion: summed over R12..R16, answerable refused falls by >= 15 of 300 in one language
# and rises in neither, ...): refused en 54 -> 53, zh 64 -> 89; right en 223 -> 222, zh 211 -> 183; don't know en
# 181 -> 180, zh 168 -> 170 of 200. The fit on all sets: validation retrieved answerable wrongly refused zh 0.048 ->
# 0.095 (the pooled threshold: the shipped gate saw the train wordings, so their log-odds are in-sample and high),
# KB stored questions newly refused 7 of 1083 (0.65%). Weights come out a ~= 1.0-1.1 (the gate as it is), b ~= 1.2-1.8;
# the margin moves few decisions (data_cards/grounded_review16.md, "Retrieval confidence as a second stage (G32)").
STAGE_VARIANTS = {"margin": ("gate_logit", "margin"), "+top": ("gate_logit", "margin", "top_score")}
STAGE_L2 = 1e-3
STAGE_MAX_SET = 16  # R16 is spent since G31; never a later one
# Diagnostic only (`--stage-validation-threshold`, after the folds were read; decides nothing): every language's threshold
# on validation alone. The shipped rule pools Chinese with the train wordings, which the shipped gate was fitted on
# (their stage-1 log-odds are in-sample, so the pooled threshold comes out stricter than the gate's).
STAGE_POOLED = True


def clipped_logit(p: float) -> float:
    """log(p / (1 - p)), p clipped to [1e-6, 1 - 1e-6]."""
    p = min(max(p, 1e-6), 1 - 1e-6)
    return math.log(p / (1 - p))


def ranked_record(question: str, language: str, passages: list, ranking: list, all_passages: bool = True) -> dict | None:
    """The stage's view of one retrieval: top passage id, its gate log-odds, margin, top fused score, and (with
    `all_passages`) whether the gate accepts any other passage. None when nothing was retrieved."""
    if not passages:
        return None
    settings = V.VerificationSettings()
    top = max(range(len(passages)), key=lambda i: ranking[i])
    relevances = [V.question_relevance(question, p, language, settings) if (all_passages or i == top) else 0.0
                  for i, p in enumerate(passages)]
    return {"top": passages[top].id, "gate_logit": clipped_logit(relevances[top]),
            "margin": retrieval_margin(ranking), "top_score": max(ranking),
            "others": [p.id for i, p in enumerate(passages) if i != top and relevances[i] >= settings.min_relevance],
            "gate_accepted": [p.id for p, r in zip(passages, relevances) if r >= settings.min_relevance]}


_INDEX_RECORDS: dict = {}


def index_record(question: str, language: str, all_passages: bool = True) -> dict | None:
    """`ranked_record` of what the bundled index retrieves (k=3); cached (the KB check re-reads the train wordings)."""
    key = (question, language)
    if key in _INDEX_RECORDS and (_INDEX_RECORDS[key] is None or _INDEX_RECORDS[key]["complete"] or not all_passages):
        return _INDEX_RECORDS[key]
    _INDEX_RECORDS[key] = _index_record(question, language, all_passages)
    if _INDEX_RECORDS[key] is not None:
        _INDEX_RECORDS[key]["complete"] = all_passages
    return _INDEX_RECORDS[key]


def _index_record(question: str, language: str, all_passages: bool) -> dict | None:
    from medqa.retrieval import bundled_index

    hits = bundled_index().search(question, k=3, language=language)
    return ranked_record(question, language, [h.passage for h in hits], [h.score for h in hits], all_passages)


def stage_fit_rows(sets) -> list[dict]:
    """Fitting rows: {language, label, source, group, record} for train wordings, tune* and the reviewer sets."""
    from medqa.knowledge_base import load_split_questions

    rows = []
    for question in load_split_questions("train"):
        for wording in question.variants:
            record = index_record(wording, question.language)
            if record is None:
                continue
            rows.append({"language": question.language, "label": 1 if record["top"] == question.passage_id else None,
                         "source": "train", "group": question.id, "record": record})
    print(f"  train wordings: {len(rows)}", flush=True)
    for source in OOS_TUNING_SOURCES:
        for item in read_rows(f"out_of_scope_{source}.jsonl"):
            record = index_record(item["question"], item["language"], all_passages=False)
            if record is not None:
                rows.append({"language": item["language"], "label": 0, "source": source,
                             "group": f"{source}:{item['topic']}", "record": record})
        print(f"  {source}: done", flush=True)
    return rows


def stage_review_rows(assistant, k: int) -> list[dict]:
    """Reviewer set R<k> through `Assistant.prepare` (as `prepared_rows`), with the stage's record of its retrieval."""
    from medqa.answer_slots import missing_slot

    out = []
    for row in review_rows(k):
        prepared = assistant.prepare([{"role": "user", "content": row["question"]}])
        blocked = prepared.result.mode if prepared.result is not None and prepared.result.mode != "no_answer" else None
        slot = bool(prepared.passages) and not blocked and bool(missing_slot(row["question"], prepared.passages, prepared.language))
        record = None if blocked else ranked_record(row["question"], prepared.language, prepared.passages, prepared.ranking or [])
        label = None
        if record is not None:
            label = (1 if record["top"] in row["gold"] else None) if row["answerable"] else 0
        out.append({**row, "blocked": blocked, "slot": slot, "record": record, "label": label,
                    "source": f"review{k}", "group": f"review{k}"})
    return out


def fit_newton(x: list[list[float]], y: list[int], l2: float = STAGE_L2, steps: int = 50) -> list[float]:
    """Class-balanced L2 logistic regression (bias first, not penalised) by Newton's method."""
    import numpy as np

    X = np.hstack([np.ones((len(x), 1)), np.asarray(x, dtype=np.float64)])
    Y = np.asarray(y, dtype=np.float64)
    sw = np.where(Y == 1, 0.5 / max(1, Y.sum()), 0.5 / max(1, (1 - Y).sum()))
    w = np.zeros(X.shape[1])
    penalty = l2 * np.diag(np.r_[0.0, np.ones(X.shape[1] - 1)])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(X @ w)))
        grad = X.T @ (sw * (p - Y)) + penalty @ w
        hess = (X * (sw * p * (1 - p))[:, None]).T @ X + penalty + 1e-9 * np.eye(X.shape[1])
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-10:
            break
    return [float(v) for v in w]


def stage_logit(weights: list[float], record: dict, features) -> float:
    """The stage's log-odds of a record's top passage."""
    return weights[0] + sum(w * record[name] for w, name in zip(weights[1:], features))


def stage_question_score(weights, record, features) -> float:
    """A question's score under the stage: +inf when the gate accepts a passage other than the top one."""
    return math.inf if record["others"] else stage_logit(weights, record, features)


def stage_validation_records() -> list[tuple]:
    """(language, kind, record | None, gate accepted any (fixed passages)) of validation, as `gate_examples` kinds."""
    from medqa.knowledge_base import load_knowledge_base as _kb

    passages = {p.id: p for p in _kb()}
    settings = V.VerificationSettings()
    out = []
    for item in read_rows("validation.jsonl"):
        language, question = item["language"], item["question"]
        own = [passages[p] for p in item["passage_ids"]]
        fixed = any(V.question_relevance(question, p, language, settings) >= settings.min_relevance for p in own)
        out.append((language, "answerable_fixed" if item["answerable"] else "unanswerable", None, fixed))
        if item["answerable"]:
            record = index_record(question, language)
            out.append((language, "answerable_retrieved", record, bool(record and record["gate_accepted"])))
    for item in read_rows("out_of_scope_validation.jsonl"):
        record = index_record(item["question"], item["language"])
        out.append((item["language"], "out_of_scope", record, bool(record and record["gate_accepted"])))
    return out


def fit_stage(rows, train_rows, validation, features) -> dict[str, list[float]]:
    """Per language: the stage's weights, bias shifted to the threshold chosen as shipped."""
    fitted = {}
    for lang in ("en", "zh"):
        mine = [r for r in rows if r["language"] == lang and r["label"] is not None and r["record"] is not None]
        weights = fit_newton([[r["record"][f] for f in features] for r in mine], [r["label"] for r in mine])
        scores = [(lang, kind, stage_question_score(weights, record, features) if record else -30.0)
                  for l, kind, record, _ in validation if l == lang and kind == "answerable_retrieved"]
        if lang in POOLED_THRESHOLD_LANGUAGES and STAGE_POOLED:
            train = [stage_question_score(weights, r["record"], features) for r in train_rows if r["language"] == lang]
            threshold = choose_pooled_threshold(scores, lang, train, kinds=("answerable_retrieved",))
        else:
            threshold = choose_gate_threshold(scores, lang, kinds=("answerable_retrieved",))
        fitted[lang] = [weights[0] - threshold, *weights[1:]]
    return fitted


def stage_accepted(record, weights, features) -> set:
    """Passage ids accepted: the top one by the stage (log-odds >= 0), the others by the gate."""
    if record is None:
        return set()
    accepted = set(record["others"])
    if stage_logit(weights, record, features) >= 0:
        accepted.add(record["top"])
    return accepted


def stage_outcome(row, accepted: set) -> str:
    """One row's outcome given the passage ids the gate (or a stage) accepts: the rules `simulated_outcome` names."""
    refused = not accepted or row["slot"]
    if row["answerable"]:
        if row["blocked"]:
            return "blocked"
        if refused:
            return "refused"
        return "right" if set(row["gold"]) & accepted else "wrong"
    return "dont_know" if row["blocked"] == "redirect" or (not row["blocked"] and refused) else "answered"


def stage_counts(rows, weights=None, features=()) -> dict:
    """Per language counts as `outcome_counts`, under the gate alone (weights None) or the stage."""
    counts = {lang: {"right": 0, "refused": 0, "n_answerable": 0, "dont_know": 0, "n_unanswerable": 0} for lang in ("en", "zh")}
    for row in rows:
        record = row["record"]
        if weights is None:
            accepted = set(record["gate_accepted"]) if record else set()
        else:
            accepted = stage_accepted(record, weights[row["language"]], features)
        outcome, c = stage_outcome(row, accepted), counts[row["language"]]
        if row["answerable"]:
            c["n_answerable"] += 1
            c["right"] += outcome == "right"
            c["refused"] += outcome == "refused"
        else:
            c["n_unanswerable"] += 1
            c["dont_know"] += outcome == "dont_know"
    return counts


def retrieval_stage_fit(sets, hold_out) -> None:
    """The leave-one-set-out folds of the retrieval-confidence stage, then its fit on all sets: validation table, KB
    stored questions newly refused, and the weights."""
    from medqa.assistant import Assistant
    from medqa.knowledge_base import load_questions
    from medqa.retrieval import bundled_index

    started = time.time()
    print(f"retrieval stage on train + out_of_scope_{{{','.join(OOS_TUNING_SOURCES)}}} + R{sets[0]}..R{sets[-1]}", flush=True)
    base = stage_fit_rows(sets)
    train_rows = [r for r in base if r["source"] == "train"]
    assistant = Assistant(None, bundled_index())
    review = {k: stage_review_rows(assistant, k) for k in sets}
    print(f"  reviewer sets prepared ({time.time() - started:.0f}s)", flush=True)
    validation = stage_validation_records()
    print(f"  validation prepared ({time.time() - started:.0f}s)", flush=True)
    for name, features in STAGE_VARIANTS.items():
        if not STAGE_POOLED and name != "margin":
            continue
        totals = {}
        print(f"variant {name} {features}")
        print("fold lang | answerable refused: gate -> stage | right: gate -> stage | don't know: gate -> stage | n")
        for held in hold_out:
            rows = base + [r for k in sets if k != held for r in review[k]]
            weights = fit_stage(rows, train_rows, validation, features)
            before, after = stage_counts(review[held]), stage_counts(review[held], weights, features)
            for lang in ("en", "zh"):
                b, a = before[lang], after[lang]
                print(f"R{held} {lang} | {b['refused']} -> {a['refused']} | {b['right']} -> {a['right']} | "
                      f"{b['dont_know']} -> {a['dont_know']} | {b['n_answerable']} + {b['n_unanswerable']} "
                      f"| weights {', '.join(f'{w:+.3f}' for w in weights[lang])}", flush=True)
                total = totals.setdefault(lang, [0] * 8)
                for i, v in enumerate((b["refused"], a["refused"], b["right"], a["right"], b["dont_know"],
                                       a["dont_know"], b["n_answerable"], b["n_unanswerable"])):
                    total[i] += v
        for lang, (r0, r1, g0, g1, d0, d1, na, nu) in totals.items():
            print(f"sum {lang} | {r0} -> {r1} ({r1 - r0:+d}) | {g0} -> {g1} ({g1 - g0:+d}) | {d0} -> {d1} ({d1 - d0:+d}) "
                  f"| {na} + {nu}")
        final = fit_stage(base + [r for k in sets for r in review[k]], train_rows, validation, features)
        print(f"  fit on all sets: " + "; ".join(f"{lang} ({', '.join(f'{w:.6f}' for w in final[lang])})" for lang in final))
        print("  validation (retrieval k=3 for retrieved kinds; fixed passages keep the gate): gate -> stage")
        for lang in ("en", "zh"):
            parts = []
            for kind in GATE_KINDS:
                mine = [(record, accepted) for l, k, record, accepted in validation if l == lang and k == kind]
                gate = sum(not a for _, a in mine)
                if kind in ("answerable_retrieved", "out_of_scope"):
                    stage = sum(not stage_accepted(record, final[lang], features) for record, _ in mine)
                else:
                    stage = gate
                parts.append(f"{kind} {gate / len(mine):.3f} -> {stage / len(mine):.3f} ({len(mine)})")
            neg = [(k, record, a) for l, k, record, a in validation if l == lang and k in ("unanswerable", "out_of_scope")]
            dk0 = sum(not a for _, _, a in neg) / len(neg)
            dk1 = sum((not stage_accepted(record, final[lang], features)) if k == "out_of_scope" else (not a)
                      for k, record, a in neg) / len(neg)
            print(f"    {lang}: " + "; ".join(parts) + f"; don't know {dk0:.3f} -> {dk1:.3f} ({len(neg)})", flush=True)
        if name != "margin":  # the KB check for the pre-declared variant only (time)
            continue
        bank = [(q.language, wording) for q in load_questions() for wording in (q.question, *q.paraphrases)]
        newly, refused = [], [0, 0]
        for language, wording in bank:
            record = index_record(wording, language)
            gate = bool(record and record["gate_accepted"])
            stage = bool(stage_accepted(record, final[language], features))
            refused[0] += not gate
            refused[1] += not stage
            if gate and not stage:
                newly.append((language, wording))
        print(f"  KB stored questions (question + paraphrases, k=3): refused gate {refused[0]}, stage {refused[1]} of "
              f"{len(bank)}; newly refused {len(newly)} ({len(newly) / len(bank):.4f})  ({time.time() - started:.0f}s)")
        for language, wording in newly:
            print(f"    newly refused [{language}] {wording}")


def main(argv=None) -> int:
    """Entry point: calibrate (default) or --report a split."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--report", choices=("validation", "test"), help="measure the current defaults on this split")
    parser.add_argument("--answerability-only", action="store_true",
                        help="only the don't-know gate: fit and choose (or with --report, measure) the answerability model")
    parser.add_argument("--clause-penalty", action="store_true",
                        help="only choose the clause penalty of messages asking several things, under the shipped fit")
    parser.add_argument("--asked-item", metavar="WRITER", choices=OOS_TUNING_SOURCES[1:],
                        help="measure the asked-item feature (V.asked_item_gap, off by default) with this out-of-scope "
                             "writer held out, e.g. tune5 (prints figures; writes nothing)")
    parser.add_argument("--drop-feature", action="append", default=[], choices=V.ANSWERABILITY_FEATURES,
                        help="fit the gate with this feature set to 0 (a measurement; prints weights not to ship)")
    parser.add_argument("--no-detail-veto", action="store_true",
                        help="measure without the asked-detail stage (V.DETAIL_VETO off; for before/after figures)")
    parser.add_argument("--built", action="store_true",
                        help="fit the gate on the built tuning set too (medqa/assets/grounded/gate_tuning_built.jsonl)")
    parser.add_argument("--slots-loso", metavar="ROUND", type=int, nargs="?", const=28, choices=(27, 28),
                        help="leave-one-set-out check of one round's answer-slot rules (default 28) on reviewer sets "
                             "R6..R13 (no model)")
    parser.add_argument("--review-sets", metavar="RANGE", type=parse_sets,
                        help="fit the gate on the spent reviewer sets too, e.g. 6-15 (tests/data/grounded_review<k>; "
                             "answerable rows vs their gold passage, the others vs what the index retrieves)")
    parser.add_argument("--hold-out", metavar="SETS", type=parse_sets, default=(),
                        help="with --review-sets: leave-one-set-out folds over these sets (e.g. 12,13,14,15), model-free "
                             "simulation before generation, shipped vs refit; then the refit on all of them")
    parser.add_argument("--dk-floor", metavar="DROP", type=float,
                        help="with --review-sets: the English threshold also keeps validation don't know >= the shipped "
                             "weights' minus DROP (e.g. 0.02; G34); where no threshold also wrongly refuses <= 5%%, the "
                             "one keeping the floor with the fewest wrongly refused. Chinese unchanged")
    parser.add_argument("--no-writer-checks", action="store_true",
                        help="skip the held-out writer checks (faster; the fit is the same)")
    parser.add_argument("--retrieval-stage", action="store_true",
                        help="with --review-sets (up to 16) and --hold-out: measure the retrieval-confidence second stage "
                             "(gate log-odds + retrieval margin, top passage only) leave-one-set-out (G32)")
    parser.add_argument("--synonym-switch", action="store_true",
                        help="with --review-sets (up to 22): the gate reading lay terms as retrieval expands them, switch "
                             "off vs on, shipped weights, no refit (G35)")
    parser.add_argument("--zh-e5", action="store_true",
                        help="with --review-sets: Chinese \"semantic\" = the e5 best-sentence cosine (V.ZH_E5_SEMANTIC), "
                             "only the zh models refitted, English kept as shipped (G36)")
    parser.add_argument("--stage-validation-threshold", action="store_true",
                        help="with --retrieval-stage: a diagnostic, each language's threshold on validation alone")
    args = parser.parse_args(argv)
    global USE_BUILT, WRITER_CHECKS, STAGE_POOLED, EN_DK_FLOOR, ZH_ONLY
    if args.zh_e5:
        if not args.review_sets or args.dk_floor is not None:
            raise SystemExit("error: --zh-e5 applies to --review-sets (without --dk-floor)")
        ZH_ONLY, V.ZH_E5_SEMANTIC = True, True
    USE_BUILT, WRITER_CHECKS = args.built, not args.no_writer_checks
    if args.dk_floor is not None and not args.review_sets:
        raise SystemExit("error: --dk-floor applies to --review-sets only")
    if args.dk_floor is not None and not 0 <= args.dk_floor < 1:
        raise SystemExit("error: --dk-floor is a fall in the don't-know rate, 0 <= DROP < 1")
    EN_DK_FLOOR = args.dk_floor
    STAGE_POOLED = not args.stage_validation_threshold
    DROPPED_FEATURES.update(args.drop_feature)
    if args.no_detail_veto:
        V.DETAIL_VETO = False
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    if args.retrieval_stage:
        if not args.review_sets or any(k > STAGE_MAX_SET for k in args.review_sets):
            raise SystemExit(f"error: --retrieval-stage needs --review-sets within the spent sets R6..R{STAGE_MAX_SET}")
        retrieval_stage_fit(args.review_sets, args.hold_out)
    elif args.synonym_switch:
        if not args.review_sets or any(k > SWITCH_MAX_SET for k in args.review_sets):
            raise SystemExit(f"error: --synonym-switch needs --review-sets within the spent sets R6..R{SWITCH_MAX_SET}")
        synonym_switch(args.review_sets)
    elif args.review_sets:
        if any(k > GATE_MAX_SET for k in args.review_sets):
            raise SystemExit(f"error: only the spent reviewer sets R6..R{GATE_MAX_SET} may be fitted")
        if any(k not in args.review_sets for k in args.hold_out):
            raise SystemExit("error: --hold-out names a set outside --review-sets (it would be read unfitted)")
        review_fit({p.id: p for p in load_knowledge_base()}, args.review_sets, args.hold_out)
    elif args.slots_loso:
        slots_loso(args.slots_loso)
    elif args.asked_item:
        measure_asked_item({p.id: p for p in load_knowledge_base()}, args.asked_item)
    elif args.clause_penalty:
        choose_clause_penalty(random.Random(SEED))
    elif args.answerability_only:
        passages = {p.id: p for p in load_knowledge_base()}
        if args.report:
            report_answerability(args.report, passages)
        else:
            calibrate_answerability(passages)
    elif args.report:
        report(args.report)
    else:
        calibrate()
    return 0


if __name__ == "__main__":
    sys.exit(main())
