"""A learned second look at which retrieved passages answer a question (issue #12, G37).

The answer gate (`medqa.verification.message_logit`) reads word overlap, MiniLM similarity and hand-written vetoes.
On reviewer sets written outside the project it refused about a third of the English questions the knowledge base
answers, most of them with the right passage retrieved first: lay words ("the camera up the back end") and stories
around the question share few words with the passage. This model looks again at each retrieved passage with what
the gate cannot see: where retrieval ranked it and by how much, and how close the question is, in multilingual-e5
meaning, to the passage, its best sentence, and the training questions the hospital's own set says it answers.

It is a logistic regression per language over the gate's log-odds and features, the retrieval ranking and those e5
cosines, fitted by `scripts/fit_learned_gate.py` on the spent blind reviewer sets R6..R25 (twenty outside writers,
3,980 questions). It only rescues: a passage the gate accepts stays accepted, a passage the gate's vetoes refuse
stays refused (a detail the passage lacks), and one the gate refuses is accepted when the model is confident enough.
The threshold is chosen on out-of-fold scores so that "don't know" on unanswerable questions falls by at most 1% of
them. (A variant deciding alone, G37, answered outside writers better but refused validation questions the gate
answers, e.g. the knowledge base's own "How do I book an outpatient appointment?": not shipped.) It applies where
retrieval ranked the bundled knowledge base's passages (`ranking`) and the e5 model (the `embeddings` extra) is
installed, and for English where MiniLM is too; elsewhere the gate decides alone: another hospital's index scores
retrieval on another scale than the model was fitted on. Bundled passages without training questions use the
variant fitted without the question-bank features.

G35 adds the other direction, a learned REFUSAL (`refuse_unanswered`, `learned_refusal.json`, fitted by
`scripts/fit_learned_refusal.py`): the passage an answer would quote first is looked at once more and, when the
refusal model says it does not answer, the question gets the fixed don't-know reply. Chinese only for now (the file
holds no English model); `VerificationSettings.learned_refusal` turns it off.

Off by default (`VerificationSettings.learned_gate`): on the validation split it let one English and two Chinese
unanswerable or out-of-scope questions through that the gate refused, past the limit declared before measuring.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Sequence

import numpy as np

WEIGHTS_FILE = Path(__file__).parent / "assets" / "grounded" / "learned_gate.json"
TRAIN_QUESTIONS_FILE = Path(__file__).parent / "assets" / "grounded" / "train.jsonl"
GATE_FEATURES = ("units", "pairs", "rare_units", "missing_rarest", "title", "focus", "words", "answer_type", "semantic",
                 "question_scope")
FEATURES = ("gate", "veto", *GATE_FEATURES, "rank1", "rank2", "relative_score", "score", "margin",
            "e5_passage", "e5_sentence", "e5_bank", "e5_bank_gap", "e5_sentence_gap")
BANK_FEATURES = ("e5_bank", "e5_bank_gap")
# G35 (issue 12): the learned REFUSAL beside the rescue, `scripts/fit_learned_refusal.py`, data_cards/learned_gate_model.md
REFUSAL_FILE = Path(__file__).parent / "assets" / "grounded" / "learned_refusal.json"
REFUSAL_FEATURES = ("relevance", "gate", *GATE_FEATURES, "e5_passage", "e5_sentence", "e5_bank", "has_bank", "e5_bank_gap",
                    "e5_sentence_gap", "rank1", "relative_score", "margin")
LOGIT_CLAMP = 13.8155  # log((1 - 1e-6) / 1e-6): the gate's log-odds as its clipped probability gives them


@dataclass(frozen=True)
class GateModel:
    """One language's weights: standardized features, log-odds shifted so 0.5 is the calibrated threshold."""

    features: tuple[str, ...]
    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray
    bias: float

    def probability(self, rows: np.ndarray) -> np.ndarray:
        """P(answers) for rows of features in `self.features` order."""
        z = self.bias + ((rows - self.mean) / self.scale) @ self.weights
        return 1.0 / (1.0 + np.exp(-np.clip(z, -30.0, 30.0)))

    def to_dict(self) -> dict:
        return {"features": list(self.features), "mean": self.mean.tolist(), "scale": self.scale.tolist(),
                "weights": self.weights.tolist(), "bias": self.bias}

    @classmethod
    def from_dict(cls, data: dict) -> "GateModel":
        return cls(tuple(data["features"]), np.asarray(data["mean"], dtype=np.float64),
                   np.asarray(data["scale"], dtype=np.float64), np.asarray(data["weights"], dtype=np.float64),
                   float(data["bias"]))


def _models_in(path: Path) -> dict[str, GateModel]:
    """The models a weights file holds by name; empty when the file is absent."""
    if not path.exists():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return {name: GateModel.from_dict(model) for name, model in data["models"].items()}


@lru_cache(maxsize=1)
def load_models() -> dict[str, GateModel]:
    """The shipped models by name ("en", "zh", "en_nobank", "zh_nobank"); empty when the file is absent."""
    return _models_in(WEIGHTS_FILE)


@lru_cache(maxsize=1)
def load_refusal_models() -> dict[str, GateModel]:
    """The shipped refusal models by language (G35); a language without one is never refused by it."""
    return _models_in(REFUSAL_FILE)


def refusal_row(record: dict, relevance: float, features: Sequence[str]) -> np.ndarray:
    """The refusal model's inputs for one candidate: its relevance as log-odds, then the record's raw values."""
    p = min(max(float(relevance), 1e-6), 1 - 1e-6)
    values = {**record, "relevance": float(np.log(p / (1 - p))), "has_bank": float(record["has_bank"])}
    return np.array([[values[name] for name in features]], dtype=np.float64)


def refuse_unanswered(records: Sequence[dict], relevances: Sequence[float], language: str,
                      min_relevance: float) -> list[float]:
    """G35: the learned refusal. The passage an answer would quote first (the best-ranked one at `min_relevance` or
    above) is looked at once more: the probability that it answers the question, from the same values as the rescue
    plus its relevance, fitted on the spent outside writers' (question, quoted passage) pairs. Below 0.5 (each
    language's bias is shifted so 0.5 is its threshold) every passage's relevance is capped at that probability, so
    the question gets the fixed "I don't have that information" reply and nothing is generated or quoted."""
    model = load_refusal_models().get(language)
    first = next((i for i, r in enumerate(relevances) if r >= min_relevance), None)
    if model is None or first is None:
        return list(relevances)
    answers = float(model.probability(refusal_row(records[first], relevances[first], model.features))[0])
    if answers >= 0.5:
        return list(relevances)
    return [min(float(r), answers) for r in relevances]


@lru_cache(maxsize=1)
def question_bank() -> dict[str, tuple[str, ...]]:
    """Training-split wordings per gold passage id (never validation or test wordings: they are measured)."""
    bank: dict[str, list[str]] = {}
    with open(TRAIN_QUESTIONS_FILE, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                row = json.loads(line)
                if row.get("answerable") and row.get("gold_passage_id"):
                    bank.setdefault(row["gold_passage_id"], []).append(row["question"])
    return {pid: tuple(dict.fromkeys(wordings)) for pid, wordings in bank.items()}


@lru_cache(maxsize=1)
def bundled_texts() -> dict[str, str]:
    """Text per passage id of the bundled knowledge base (the index the model was fitted on)."""
    from medqa.knowledge_base import load_knowledge_base

    return {p.id: p.text for p in load_knowledge_base()}


def fitted_index(index) -> bool:
    """Whether an index scores retrieval as the one the model was fitted on: the bundled passages, with the English
    embedding fields and, where e5 is installed, the Chinese ones (None: no index, nothing to check)."""
    from medqa.retrieval import _multilingual_model

    if index is None:
        return True
    passages = getattr(index, "passages", None)
    if passages is None or {p.id: p.text for p in passages} != bundled_texts():
        return False
    return bool(getattr(index, "uses_embeddings", False)) and (
        bool(getattr(index, "uses_chinese_embeddings", False)) or _multilingual_model() is None)


_BANK_VECTORS: dict[str, np.ndarray | None] = {}
_PASSAGE_VECTORS: dict[tuple[str, str], tuple[np.ndarray, np.ndarray]] = {}


def _bank_vectors(passage_id: str) -> np.ndarray | None:
    """e5 query vectors of a passage's training questions (None: it has none)."""
    if passage_id not in _BANK_VECTORS:
        from medqa.retrieval import _multilingual_model, fold_traditional

        wordings = question_bank().get(passage_id)
        _BANK_VECTORS[passage_id] = (np.asarray(_multilingual_model().query([fold_traditional(w) for w in wordings]),
                                                dtype=np.float32) if wordings else None)
    return _BANK_VECTORS[passage_id]


def _passage_vectors(passage, language: str) -> tuple[np.ndarray, np.ndarray]:
    """e5 passage-side vectors of a passage (title and text) and of each of its sentences."""
    from medqa import retrieval

    key = (passage.id, passage.text)
    if key not in _PASSAGE_VECTORS:
        if language == "zh":
            whole, sentences = retrieval.e5_passage_texts(passage)
        else:
            whole, sentences = f"{passage.title} {passage.text}", retrieval.passage_sentences(passage.text)
        _PASSAGE_VECTORS[key] = (retrieval.e5_passage_vectors([whole])[0], retrieval.e5_passage_vectors(sentences))
    return _PASSAGE_VECTORS[key]


def available(language: str, settings=None) -> bool:
    """Whether the learned look can run here: weights shipped, e5 installed, and MiniLM for English."""
    from medqa import verification as V
    from medqa.retrieval import _multilingual_model

    if not load_models() or _multilingual_model() is None:
        return False
    return language == "zh" or V._embedder(settings) is not None


def _vetoed(question: str, passage, language: str, logit: float) -> bool:
    """Whether the gate's vetoes refuse the passage. `message_logit` applies them only to a log-odds above the veto
    level, so a passage the gate already scores below it carries no veto mark (the model's "veto" feature, as fitted);
    the rescue must still never accept a passage lacking the detail asked or a self-care passage for a hospital
    process."""
    from medqa import verification as V

    if logit == V.DETAIL_VETO_LOGIT:
        return True
    if logit > V.DETAIL_VETO_LOGIT:
        return False  # message_logit checked the vetoes and none applied
    return bool((V.DETAIL_VETO and V.asked_detail_missing(question, passage, language))
                or (V.PROCESS_VETO and V.hospital_process_beyond(question, passage, language)))


def candidate_records(question: str, passages: Sequence, language: str, ranking: Sequence[float], settings=None) -> list[dict]:
    """Per retrieved passage (in retrieval order), the raw values the model reads."""
    from medqa import verification as V
    from medqa.retrieval import e5_query_vector

    query = e5_query_vector(question)
    top = ranking[0] if ranking else 0.0
    margin = (ranking[0] - ranking[1]) / ranking[0] if len(ranking) > 1 and ranking[0] else 1.0
    records = []
    for rank, (passage, score) in enumerate(zip(passages, ranking), start=1):
        logit = V.message_logit(question, passage, language, settings)
        whole, sentences = _passage_vectors(passage, language)
        bank = _bank_vectors(passage.id)
        features = V.answerability_features(question, passage, language, settings)
        records.append({
            "pid": passage.id, "gate": max(-LOGIT_CLAMP, min(LOGIT_CLAMP, logit)),
            "veto": float(logit == V.DETAIL_VETO_LOGIT), "vetoed": _vetoed(question, passage, language, logit),
            **{name: features[name] for name in GATE_FEATURES},
            "rank1": float(rank == 1), "rank2": float(rank == 2), "relative_score": score / top if top else 0.0,
            "score": float(score), "margin": margin, "e5_passage": float(whole @ query),
            "e5_sentence": float((sentences @ query).max()), "e5_bank": float((bank @ query).max()) if bank is not None else 0.0,
            "has_bank": bank is not None})
    best_bank = max((r["e5_bank"] for r in records if r["has_bank"]), default=0.0)
    best_sentence = max((r["e5_sentence"] for r in records), default=0.0)
    for record in records:
        record["e5_bank_gap"] = record["e5_bank"] - best_bank if record["has_bank"] else 0.0
        record["e5_sentence_gap"] = record["e5_sentence"] - best_sentence
    return records


def record_probabilities(records: Sequence[dict], language: str) -> list[float]:
    """Per record, the higher of the model's probability and the gate's own: the model only rescues passages the gate
    refuses (what the gate accepts stays accepted); a vetoed passage is 0 (the gate's vetoes stay hard)."""
    models = load_models()
    out = []
    for record in records:
        model = models[language if record["has_bank"] else f"{language}_nobank"]
        row = np.array([[record[name] for name in model.features]], dtype=np.float64)
        gate = 1.0 / (1.0 + np.exp(-record["gate"]))
        vetoed = record["veto"] or record.get("vetoed", False)
        out.append(0.0 if vetoed else max(float(model.probability(row)[0]), float(gate)))
    return out


def learned_relevances(question: str, passages: Sequence, language: str, settings, ranking: Sequence[float] | None) -> list[float] | None:
    """Per passage, the learned probability that it answers the question; None where the model does not apply."""
    from medqa.verification import _view

    if ranking is None or not passages or len(ranking) != len(passages) or not available(language, settings):
        return None
    views = [_view(p) for p in passages]  # Passage objects, dicts or views alike
    bundled = bundled_texts()
    if any(bundled.get(v.id) != v.text for v in views):
        return None  # another index: its retrieval scores are on another scale than the model was fitted on
    records = candidate_records(question, views, language, ranking, settings)
    relevances = record_probabilities(records, language)
    if getattr(settings, "learned_refusal", False):
        relevances = refuse_unanswered(records, relevances, language, settings.min_relevance)
    return relevances
