"""Retrieval recall@1/@3 on patient question wordings, per language, lexical (BM25 fields) vs hybrid.

Splits: train (the index never sees its wordings, so they are a large development set: lay-term
lists and weights were chosen on train and validation), validation, and test (held out: measured,
never used to choose anything). Index build time and time per query are printed beside the load
average, since the machine may be shared.
Run: python3 benchmarks/retrieval.py [--splits test,validation,train]
(last two lines: RESULT retrieval_recall_at_1_heldout <x> ... and RESULT retrieval_recall_at_3_heldout <x> target >=0.85)
"""

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

from benchmarks._common import loadavg  # noqa: E402
from medqa.knowledge_base import SPLITS, load_knowledge_base, load_split_questions  # noqa: E402
from medqa.retrieval import KnowledgeIndex, _embedding_model, recall_at_ks  # noqa: E402
from moe_core.errors import UserError  # noqa: E402


def parse_splits(text: str) -> list[str]:
    """Comma-separated split names, checked against the known splits."""
    splits = [s.strip() for s in text.split(",") if s.strip()]
    unknown = [s for s in splits if s not in SPLITS]
    if unknown or not splits:
        raise argparse.ArgumentTypeError(f"--splits: choose from {', '.join(SPLITS)}, got {text!r}")
    return splits


def main() -> None:
    """Print recall@1/@3 per language, mode and split; the headline is the default (last) mode on the first split."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--splits", type=parse_splits, default=["test", "validation", "train"],
                        help="comma-separated splits; the first is the headline (default test,validation,train)")
    args = parser.parse_args()
    passages = load_knowledge_base()
    questions = {split: load_split_questions(split) for split in args.splits}
    for split, chosen in questions.items():
        print(f"{split}: {len(chosen)} questions, {sum(len(q.variants) for q in chosen)} wordings")
    print(f"{len(passages)} passages")
    modes = [("lexical", False)] + ([("hybrid", True)] if _embedding_model() is not None else [])
    headline = {}
    for name, use_embeddings in modes:
        started = time.perf_counter()
        index = KnowledgeIndex(passages, use_embeddings=use_embeddings)
        print(f"{name:7s} index build {time.perf_counter() - started:.2f} s (load average {loadavg()})")
        for split, chosen in questions.items():
            started = time.perf_counter()
            recall = recall_at_ks(index, chosen, ks=(1, 3))
            per_query_ms = 1000 * (time.perf_counter() - started) / sum(len(q.variants) for q in chosen)
            for k, values in recall.items():
                print(f"{name:7s} {split:10s} recall@{k}: " + "  ".join(f"{lang}={v:.3f}" for lang, v in values.items()))
            print(f"{name:7s} {split:10s} {per_query_ms:.1f} ms/query (load average {loadavg()})", flush=True)
            if split == args.splits[0]:
                headline = recall  # the last mode listed is what the server uses by default
    worst_at_1 = min(v for lang, v in headline[1].items() if lang != "all")
    print(f"RESULT retrieval_recall_at_1_heldout {headline[1]['all']:.3f} min_language {worst_at_1:.3f} target >=0.9 per language")
    print(f"RESULT retrieval_recall_at_3_heldout {headline[3]['all']:.3f} target >=0.85")


if __name__ == "__main__":
    try:
        main()
    except UserError as err:
        raise SystemExit(f"retrieval benchmark: error: {err}") from None
