"""Second red-flag detector, part 2: a similarity net over a bilingual exemplar bank.

Each sentence about now (past, hypothetical and dose-question sentences are set aside, as in facts.py)
is compared with short red-flag descriptions per category and with benign look-alikes. English uses the
offline all-MiniLM-L6-v2 sentence embeddings that retrieval already loads (`medqa.retrieval._embedding_model`,
one shared copy), falling back to character n-grams when the package is absent; Chinese uses character
bigram cosine. A sentence is flagged when it is at least THRESHOLD close to a red exemplar and closer to
it than to every benign exemplar by MARGIN. THRESHOLD/MARGIN were tuned on the TUNE split only.
"""

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path


from moe_core.errors import UserError
from medqa.safety.facts import _DOSE_QUESTION, _about_now
from medqa.safety.normalize import is_chinese, normalize_triage as normalize
from medqa.safety.rule_files import read_rule_file

EXEMPLARS = Path(__file__).parent / "data" / "triage_exemplars.yaml"
# Tuned on tests/data/safety/generated/triage_tune.jsonl only (see data_cards/safety_test_sets.md).
THRESHOLDS = {"en_embedding": 0.75, "en_ngram": 0.62, "zh": 0.60}
MARGIN = 0.15
_SENTENCE_SPLIT = re.compile(r"(?<!\d)\.|\.(?!\d)|[;!?\n\u3002\uff1b\uff01\uff1f]+")


@dataclass(frozen=True)
class SimilarityFinding:
    """A sentence close to a red-flag exemplar: category, score, and the exemplar it matched."""

    category: str
    score: float
    exemplar: str


@dataclass
class _Bank:
    """Exemplars per language as (category or None for benign, text)."""

    en: list[tuple[str | None, str]]
    zh: list[tuple[str | None, str]]


@lru_cache(maxsize=1)
def load_exemplars(path: Path = EXEMPLARS) -> _Bank:
    """Read and check the exemplar bank."""
    data = read_rule_file(path, "triage exemplar bank", ("red", "benign"))
    bank = _Bank([], [])
    for category, by_lang in data["red"].items():
        for lang in ("en", "zh"):
            texts = by_lang.get(lang) if isinstance(by_lang, dict) else None
            if not texts or not all(isinstance(t, str) and t.strip() for t in texts):
                raise UserError(f"{path.name}: red.{category}.{lang} needs a non-empty list of texts")
            getattr(bank, lang).extend((category, normalize(t)) for t in texts)
    for lang in ("en", "zh"):
        texts = data["benign"].get(lang) or []
        getattr(bank, lang).extend((None, normalize(t)) for t in texts)
    return bank


def _ngrams(text: str, n: int) -> Counter:
    """Character n-gram counts of a text (CJK characters only for Chinese, letters and spaces for English)."""
    return Counter(text[i:i + n] for i in range(max(0, len(text) - n + 1)))


def _cosines(key: Counter, others: list[tuple[Counter, float]]) -> list[float]:
    """Cosine of one count vector with many whose norms are pre-computed (the exemplar bank)."""
    own = math.sqrt(sum(v * v for v in key.values()))
    if not own:
        return [0.0] * len(others)
    return [sum(v * other.get(k, 0) for k, v in key.items()) / (own * norm) if norm else 0.0 for other, norm in others]


def _with_norms(keys: list[Counter]) -> list[tuple[Counter, float]]:
    """Count vectors paired with their Euclidean norms."""
    return [(key, math.sqrt(sum(v * v for v in key.values()))) for key in keys]


def _zh_key(text: str) -> Counter:
    """Bigrams over the CJK characters of a text."""
    return _ngrams("".join(ch for ch in text if "\u3400" <= ch <= "\u9fff"), 2)


def _en_key(text: str) -> Counter:
    """Trigrams over the letters of a text (fallback when embeddings are unavailable)."""
    return _ngrams(" " + re.sub(r"[^a-z ]+", "", text) + " ", 3)


@lru_cache(maxsize=1)
def _bank_vectors():
    """Pre-computed exemplar keys: embeddings (English, if available) and n-gram counts."""
    from medqa.retrieval import _embedding_model  # shared, cached model: never a second copy

    bank = load_exemplars()
    model = _embedding_model()
    en_vectors = None
    if model is not None:
        en_vectors = model.encode([t for _, t in bank.en], normalize_embeddings=True, convert_to_numpy=True)
    return model, en_vectors, _with_norms([_en_key(t) for _, t in bank.en]), _with_norms([_zh_key(t) for _, t in bank.zh])


def sentences_about_now(text: str) -> list[str]:
    """Normalised sentences of a message that describe something now (not past, hypothetical or a dose question)."""
    out = []
    for sentence in _SENTENCE_SPLIT.split(normalize(text)):
        sentence = sentence.strip(" ,\uff0c")
        if len(sentence) >= 2 and _about_now(sentence) and not _DOSE_QUESTION.search(sentence):
            out.append(sentence)
    return out


# Per-process cache of exemplar similarities per English sentence: the same sentences recur (greetings,
# follow-up turns, test sets), and one transformer forward per sentence dominates the cost of triage.
_EMBED_CACHE: dict[str, list[float]] = {}
EMBED_CACHE_MAX = 50_000
EMBED_BATCH = 64


def _embedded_scores(english: list[str]) -> dict[str, list[float]]:
    """Exemplar similarities for English sentences, batch-encoding only those not cached yet."""
    model, en_vectors, _, _ = _bank_vectors()
    if model is None:
        return {}
    missing = list(dict.fromkeys(s for s in english if s not in _EMBED_CACHE))
    if missing:
        if len(_EMBED_CACHE) + len(missing) > EMBED_CACHE_MAX:
            _EMBED_CACHE.clear()  # bounded memory on a long-running server; refills on demand
        vectors = model.encode(missing, normalize_embeddings=True, convert_to_numpy=True, batch_size=EMBED_BATCH)
        _EMBED_CACHE.update((s, (en_vectors @ v).tolist()) for s, v in zip(missing, vectors))
    return {s: _EMBED_CACHE[s] for s in english if s in _EMBED_CACHE}


def prime_embeddings(texts: list[str]) -> int:
    """Batch-encode the English sentences of many messages ahead of triage (evaluation sets); returns how many."""
    english = [s for text in texts for s in sentences_about_now(text[:20000]) if not is_chinese(s)]
    return len(_embedded_scores(english))


def score_sentences(sentences: list[str]) -> list[tuple[str, float, float, str]]:
    """For each sentence: (best red category, best red score, best benign score, matched exemplar)."""
    if not sentences:
        return []
    bank = load_exemplars()
    _, _, en_keys, zh_keys = _bank_vectors()
    embedded = _embedded_scores([s for s in sentences if not is_chinese(s)])
    results = []
    for sentence in sentences:
        if is_chinese(sentence):
            entries, key = bank.zh, _zh_key(sentence)
            scores = _cosines(key, zh_keys)
        elif sentence in embedded:
            entries, scores = bank.en, embedded[sentence]
        else:
            entries, key = bank.en, _en_key(sentence)
            scores = _cosines(key, en_keys)
        red = [(s, i) for i, s in enumerate(scores) if entries[i][0] is not None]
        benign = [s for i, s in enumerate(scores) if entries[i][0] is None]
        best, index = max(red)
        results.append((entries[index][0], best, max(benign, default=0.0), entries[index][1]))
    return results


def threshold_for(sentence: str) -> float:
    """The flagging threshold for a sentence's language and the comparison in use."""
    if is_chinese(sentence):
        return THRESHOLDS["zh"]
    model, _, _, _ = _bank_vectors()
    return THRESHOLDS["en_embedding" if model is not None else "en_ngram"]


def similar_red_flags(text: str, margin: float = MARGIN) -> list[SimilarityFinding]:
    """Sentences of `text` close to a red-flag exemplar and clearly closer to it than to any benign one."""
    sentences = sentences_about_now(text[:20000])
    findings = []
    for sentence, (category, red, benign, exemplar) in zip(sentences, score_sentences(sentences)):
        if red >= threshold_for(sentence) and red - benign >= margin:
            findings.append(SimilarityFinding(category, round(red, 3), exemplar))
    return findings
