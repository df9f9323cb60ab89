"""Retrieval recall@k on the held-out (test-split) patient questions, per language, BM25 vs hybrid.

Run: python3 benchmarks/retrieval.py  (last line: RESULT retrieval_recall_at_3_heldout <x> target >=0.85)
"""

import argparse

from medqa.knowledge_base import load_knowledge_base, load_split_questions
from medqa.retrieval import KnowledgeIndex, _embedding_model, recall_at_k


def main() -> None:
    """Print recall@1/3/5 per language for each retrieval mode; headline is the default mode's recall@3."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--split", default="test", help="question split to measure on (default test)")
    args = parser.parse_args()
    passages = load_knowledge_base()
    questions = load_split_questions(args.split)
    wordings = sum(len(q.variants) for q in questions)
    print(f"{len(passages)} passages; {len(questions)} {args.split} questions, {wordings} wordings")
    modes = [("bm25", False)] + ([("hybrid", True)] if _embedding_model() is not None else [])
    headline = None
    for name, use_embeddings in modes:
        index = KnowledgeIndex(passages, use_embeddings=use_embeddings)
        for k in (1, 3, 5):
            recall = recall_at_k(index, questions, k=k)
            print(f"{name:7s} recall@{k}: " + "  ".join(f"{lang}={value:.3f}" for lang, value in recall.items()))
            if k == 3:
                headline = recall["all"]  # the last mode listed is what the server uses by default
    print(f"RESULT retrieval_recall_at_3_heldout {headline:.3f} target >=0.85")


if __name__ == "__main__":
    main()
