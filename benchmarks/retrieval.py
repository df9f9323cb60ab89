"""Retrieval recall@1/@3 on held-out patient questions, per language, lexical (BM25 fields) vs hybrid.

Measures on the test split (and the validation split, for reference: weights were tuned there), with
index build time and time per query beside the load average, since the machine may be shared.
Run: python3 benchmarks/retrieval.py
(last two lines: RESULT retrieval_recall_at_1_heldout <x> ... and RESULT retrieval_recall_at_3_heldout <x> target >=0.85)
"""

import argparse
import os
import time

from medqa.knowledge_base import load_knowledge_base, load_split_questions
from medqa.retrieval import KnowledgeIndex, _embedding_model, recall_at_k


def load_average() -> str:
    """The 1-minute load average, so timings can be read against how busy the machine was."""
    return f"{os.getloadavg()[0]:.2f}"


def measure(index: KnowledgeIndex, split: str) -> dict[int, dict[str, float]]:
    """Recall@1 and @3 per language on every wording of the split's questions."""
    questions = load_split_questions(split)
    return {k: recall_at_k(index, questions, k=k) for k in (1, 3)}


def main() -> None:
    """Print recall@1/@3 per language and mode on test and validation; headline is the default mode on test."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", default="test", help="held-out split for the headline (default test)")
    args = parser.parse_args()
    passages = load_knowledge_base()
    splits = [args.split] + [s for s in ("validation",) if s != args.split]
    for split in splits:
        questions = load_split_questions(split)
        print(f"{split}: {len(questions)} questions, {sum(len(q.variants) for q in questions)} wordings")
    print(f"{len(passages)} passages")
    modes = [("lexical", False)] + ([("hybrid", True)] if _embedding_model() is not None else [])
    headline = {}
    for name, use_embeddings in modes:
        started = time.perf_counter()
        index = KnowledgeIndex(passages, use_embeddings=use_embeddings)
        build_s = time.perf_counter() - started
        for split in splits:
            started = time.perf_counter()
            recall = measure(index, split)
            queries = 2 * sum(len(q.variants) for q in load_split_questions(split))
            per_query_ms = 1000 * (time.perf_counter() - started) / queries
            for k, values in recall.items():
                print(f"{name:7s} {split:10s} recall@{k}: " + "  ".join(f"{lang}={v:.3f}" for lang, v in values.items()))
            print(f"{name:7s} {split:10s} {per_query_ms:.1f} ms/query (load average {load_average()})")
            if split == args.split:
                headline = recall  # the last mode listed is what the server uses by default
        print(f"{name:7s} index build {build_s:.2f} s (load average {load_average()})")
    worst_at_1 = min(v for lang, v in headline[1].items() if lang != "all")
    print(f"RESULT retrieval_recall_at_1_heldout {headline[1]['all']:.3f} min_language {worst_at_1:.3f} target >=0.9 per language")
    print(f"RESULT retrieval_recall_at_3_heldout {headline[3]['all']:.3f} target >=0.85")


if __name__ == "__main__":
    main()
