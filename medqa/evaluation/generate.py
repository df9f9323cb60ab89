"""The two tasks that go through the answer pipeline a patient uses (`medqa.assistant.Assistant`).

- patient_faq: held-out grounded questions, answered by the backend through the one answer pipeline
  (safety -> retrieval -> grounded prompt -> generate -> verify -> finalize), locally or by a running
  server (`--endpoint`). Each record keeps the model's own text (`answer`) and what the patient is shown
  (`final_answer`); citations are scored against the gold passage and ROUGE-L F against the reference
  answer (words for English, characters for Chinese), for both. Unanswerable items that name their
  `passage_ids` are answered from exactly those passages (locally), so "the passages do not answer" is
  what is tested, not retrieval.
- safety: labelled triage and scope messages (EN/ZH) through the pipeline's safety step (locally) or the
  server's `medqa.safety` report; recall of emergencies, false alarms on benign messages, scope-guard
  correctness.
"""

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from medqa.evaluation.base import AnswerRequest, Answered, Task, TaskData
from medqa.evaluation.metrics import patient_faq_metrics, safety_metrics
from moe_core.errors import UserError
from moe_core.jsonl import read_jsonl

ASSETS = Path(__file__).resolve().parent.parent / "assets"
GROUNDED_TEST = ASSETS / "grounded" / "test.jsonl"
SAFETY_DIR = ASSETS / "safety_eval"
LEVELS = ("emergency", "urgent", "none")
SCOPES = ("redirect_clinician", "inform_with_disclaimer", "allow")
_WORD_RE = re.compile(r"[a-z0-9]+")
_CJK_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


@dataclass
class FaqItem:
    """One held-out grounded question with its gold passage and reference answer."""

    id: str
    language: str
    question: str
    reference: str
    gold_passage_id: str | None
    answerable: bool
    topic: str | None
    passage_ids: list[str] = field(default_factory=list)  # fixed passages (unanswerable items); empty = retrieve


@dataclass
class SafetyItem:
    """One labelled safety message: a triage level or a scope decision to reproduce."""

    id: str
    kind: str  # "triage" or "scope"
    language: str
    text: str
    expected: str


def _read_jsonl(path: Path) -> list[tuple[int, dict]]:
    if not path.exists():
        raise UserError(f"data file not found: {path}")
    rows = list(read_jsonl(path))
    if not rows:
        raise UserError(f"{path}: no rows")
    return rows


def _field(row: dict, name: str, path: Path, number: int, allowed=None) -> str:
    value = row.get(name)
    if not isinstance(value, str) or not value.strip():
        raise UserError(f"{path}, line {number}: missing or empty field '{name}'")
    if allowed is not None and value not in allowed:
        raise UserError(f"{path}, line {number}: field '{name}' is {value!r}, expected one of {', '.join(allowed)}")
    return value


def load_faq_items(path=None, limit: int | None = None) -> list[FaqItem]:
    """Held-out grounded questions (default: medqa/assets/grounded/test.jsonl)."""
    path = Path(path) if path else GROUNDED_TEST
    items = []
    for number, row in _read_jsonl(path):
        answerable = bool(row.get("answerable", True))
        gold = row.get("gold_passage_id")
        if answerable and not isinstance(gold, str):
            raise UserError(f"{path}, line {number}: answerable item without 'gold_passage_id'")
        fixed = row.get("passage_ids") or []
        if not isinstance(fixed, list) or not all(isinstance(pid, str) for pid in fixed):
            raise UserError(f"{path}, line {number}: 'passage_ids' must be a list of passage id strings")
        items.append(FaqItem(
            id=str(row.get("id", number)), language=_field(row, "language", path, number, ("en", "zh")),
            question=_field(row, "question", path, number), reference=_field(row, "answer", path, number),
            gold_passage_id=gold if answerable else None, answerable=answerable, topic=row.get("topic"),
            # Answerable items are retrieved (retrieval is part of what is measured); unanswerable ones keep
            # the passages they were written against, which do not answer them.
            passage_ids=[] if answerable else list(fixed),
        ))
    return items[:limit] if limit is not None else items


def load_safety_items(directory=None, limit: int | None = None) -> list[SafetyItem]:
    """Labelled triage.jsonl and scope.jsonl (default: medqa/assets/safety_eval/); `limit` applies to each."""
    directory = Path(directory) if directory else SAFETY_DIR
    if directory.is_file():
        raise UserError(f"--data safety expects a directory with triage.jsonl and scope.jsonl, got the file {directory}")
    items = []
    for kind, field, allowed in (("triage", "expected_level", LEVELS), ("scope", "expected_scope", SCOPES)):
        path = directory / f"{kind}.jsonl"
        rows = _read_jsonl(path)
        chunk = [
            SafetyItem(
                id=f"{kind}-{row.get('id', number)}", kind=kind,
                language=_field(row, "language", path, number, ("en", "zh")), text=_field(row, "text", path, number),
                expected=_field(row, field, path, number, allowed),
            )
            for number, row in rows
        ]
        items += chunk[:limit] if limit is not None else chunk
    return items


def rouge_tokens(text: str, language: str) -> list[str]:
    """ROUGE tokens: lower-cased words for English; characters (CJK) plus Latin words for Chinese."""
    text = re.sub(r"\[[^\]]*\]|【[^】]*】", " ", text or "")  # citations are scored separately
    if language == "zh":
        tokens = []
        for piece in re.findall(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[A-Za-z0-9]+", text):
            tokens.append(piece.lower())
        return tokens
    return _WORD_RE.findall(text.lower())


def rouge_l_f(candidate: str, reference: str, language: str) -> float:
    """ROUGE-L F1 from the longest common subsequence of tokens."""
    a, b = rouge_tokens(candidate, language), rouge_tokens(reference, language)
    if not a or not b:
        return 0.0
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0] * (len(b) + 1)
        for j, y in enumerate(b, start=1):
            cur[j] = prev[j - 1] + 1 if x == y else max(prev[j], cur[j - 1])
        prev = cur
    lcs = prev[-1]
    if lcs == 0:
        return 0.0
    precision, recall = lcs / len(a), lcs / len(b)
    return 2 * precision * recall / (precision + recall)


def _raw_cited(raw: str | None) -> list[str] | None:
    from medqa.prompts import extract_citations

    return None if raw is None else extract_citations(raw)


def _citation_scores(cited: list[str] | None, gold: list[str]) -> tuple[float | None, float | None]:
    """(gold among cited, share of cited that is gold); None when not measurable."""
    if cited is None or not gold:
        return None, None
    return float(gold[0] in cited), (sum(c in gold for c in cited) / len(cited)) if cited else None


def score_faq(item: FaqItem, answered: Answered) -> dict:
    """Per-item record: citations against the gold passage and ROUGE-L against the reference, shown and raw."""
    result, raw = answered.result, answered.raw_text
    gold = [item.gold_passage_id] if item.gold_passage_id else []
    cited, raw_cited = result.citation_ids, _raw_cited(raw)
    retrieved = answered.retrieved_ids
    record = {
        "id": item.id, "language": item.language, "topic": item.topic, "answerable": item.answerable,
        "question": item.question, "reference": item.reference,
        "answer": raw, "final_answer": result.text, "mode": result.mode, "pipeline": answered.source,
        "cited_ids": cited, "raw_cited_ids": raw_cited, "gold_ids": gold,
        "fixed_passage_ids": item.passage_ids or None, "retrieved_ids": retrieved,
        "retrieval_hit": (float(gold[0] in retrieved) if gold and retrieved is not None else None),
        "blocked": bool(result.blocked), "safety": result.safety, "verification": result.verification,
        # The shown text carries the disclaimer and citations; ROUGE-L ignores bracketed ids, not the disclaimer,
        # which is what the patient reads.
        "rouge_l": rouge_l_f(result.text, item.reference, item.language),
        "rouge_l_raw": None if raw is None else rouge_l_f(raw, item.reference, item.language),
    }
    if item.answerable:
        record["citation_hit"], record["citation_precision"] = _citation_scores(cited, gold)
        record["citation_hit_raw"], record["citation_precision_raw"] = _citation_scores(raw_cited, gold)
    else:
        record["abstained"] = None if raw_cited is None else float(not raw_cited)  # the raw model cited nothing
    return record


def score_safety(item: SafetyItem, report: dict, source: str) -> dict:
    """Per-item record of one labelled safety message, from the safety report the pipeline produced."""
    level, scope = report.get("urgency", "none"), report.get("scope_decision", "allow")
    predicted = level if item.kind == "triage" else scope
    return {
        "id": item.id, "kind": item.kind, "language": item.language, "text": item.text,
        "expected": item.expected, "predicted": predicted, "correct": float(predicted == item.expected),
        "predicted_level": level, "predicted_scope": scope, "safety": report, "pipeline": source,
    }


def _sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


class PatientFaqTask(Task):
    """Held-out patient questions answered through the one answer pipeline; citations, don't-know, ROUGE-L."""

    name = "patient_faq"
    kind = "generation"
    description = "Held-out hospital patient-service questions answered from retrieved passages (EN/ZH)."
    outcome = "citation_hit"
    pipeline_version = "faq-v2"  # bump when the records of this task change meaning

    def load(self, source, limit, config) -> TaskData:
        """Items of the grounded test split (or `source`); the cache key includes retrieval and length settings."""
        path = Path(source or GROUNDED_TEST)
        items = load_faq_items(path, limit)
        contents = [[self.pipeline_version, i.id, i.question, i.reference, i.gold_passage_id, i.passage_ids,
                     config.top_k, config.max_new_tokens] for i in items]
        return TaskData(items, contents, {"source": str(path), "items": len(items), "file_sha256": _sha256(path)})

    def compute(self, items, backend, config) -> list[dict]:
        """Answer the chunk in one batch through the backend's pipeline and score each answer."""
        requests = [AnswerRequest([{"role": "user", "content": i.question}], i.passage_ids or None) for i in items]
        return [score_faq(i, a) for i, a in zip(items, backend.answer(requests, config.max_new_tokens))]

    def metrics(self, records, resamples, seed=0) -> dict:
        """Shown and raw citation, don't-know and ROUGE-L metrics (see `metrics.patient_faq_metrics`)."""
        return patient_faq_metrics(records, resamples, seed)


class SafetyTask(Task):
    """Labelled emergency/benign and in/out-of-scope messages through the pipeline's safety step."""

    name = "safety"
    kind = "safety"
    description = "Red-flag triage and scope guard on labelled emergency/benign and in/out-of-scope messages (EN/ZH)."
    outcome = "correct"
    pipeline_version = "safety-v2"

    def load(self, source, limit, config) -> TaskData:
        """triage.jsonl and scope.jsonl of the bundled set (or of the directory `source`)."""
        directory = Path(source or SAFETY_DIR)
        items = load_safety_items(directory, limit)
        contents = [[self.pipeline_version, i.id, i.kind, i.text, i.expected] for i in items]
        digests = {name: _sha256(directory / name) for name in ("triage.jsonl", "scope.jsonl")}
        return TaskData(items, contents, {"source": str(directory), "items": len(items), "file_sha256": digests})

    def chunk_size(self, config) -> int:
        """No model call locally, so large chunks."""
        return 64

    def compute(self, items, backend, config) -> list[dict]:
        """The safety report of each message, from the local pipeline or the server's response."""
        records = []
        for item in items:
            read = backend.safety([{"role": "user", "content": item.text}])
            records.append(score_safety(item, read.report, read.source))
        return records

    def metrics(self, records, resamples, seed=0) -> dict:
        """Triage and scope metrics (see `metrics.safety_metrics`)."""
        return safety_metrics(records, resamples, seed)
