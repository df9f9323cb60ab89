"""Generation tasks through the same retrieval and safety pipeline as the server.

- patient_faq: held-out grounded questions; retrieve top-k passages from the bundled index, build the
  grounded prompt, run the safety check (blocked messages get the fixed reply, as on the server),
  generate greedily, then score citations against the gold passage and ROUGE-L F against the
  reference answer (words for English, characters for Chinese).
- safety: labelled triage and scope messages (EN/ZH) through `SafetyPipeline.check`; recall of
  emergencies, false alarms on benign messages, and scope-guard correctness.
"""

import json
import re
from dataclasses import dataclass
from pathlib import Path

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
        items.append(FaqItem(
            id=str(row.get("id", number)), language=_field(row, "language", path, number, ("en", "zh")),
            question=_field(row, "question", path, number), reference=_field(row, "answer", path, number),
            gold_passage_id=gold if answerable else None, answerable=answerable, topic=row.get("topic"),
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


def faq_prompt(item: FaqItem, top_k: int = 3):
    """Retrieve passages, build the grounded messages, and run the safety check: (messages, retrieved ids, decision)."""
    from medqa.prompts import build_grounded_messages
    from medqa.retrieval import bundled_index
    from medqa.safety.pipeline import SafetyPipeline

    hits = bundled_index().search(item.question, k=top_k, language=item.language)
    messages = build_grounded_messages(item.question, [h.passage for h in hits], language=item.language)
    decision = SafetyPipeline(locale=item.language).check(messages)
    return messages, [h.passage.id for h in hits], decision


def score_faq(item: FaqItem, raw_answer: str, final_answer: str, retrieved: list[str], decision) -> dict:
    """Per-item record: citations against the gold passage, ROUGE-L against the reference."""
    from medqa.prompts import extract_citations

    cited = extract_citations(raw_answer)
    gold = [item.gold_passage_id] if item.gold_passage_id else []
    record = {
        "id": item.id, "language": item.language, "topic": item.topic, "answerable": item.answerable,
        "question": item.question, "reference": item.reference, "answer": raw_answer, "final_answer": final_answer,
        "retrieved_ids": retrieved, "cited_ids": cited, "gold_ids": gold,
        "retrieval_hit": bool(gold) and gold[0] in retrieved,
        "blocked": bool(decision.block_generation),
        "safety": decision.report.to_dict(),
        "rouge_l": rouge_l_f(raw_answer, item.reference, item.language),
    }
    if item.answerable:
        record["citation_hit"] = float(gold[0] in cited)
        record["citation_precision"] = (sum(c in gold for c in cited) / len(cited)) if cited else None
    else:
        record["abstained"] = float(not cited)  # unanswerable: the right answer cites nothing
    return record


def score_safety(item: SafetyItem, predicted_level: str, predicted_scope: str) -> dict:
    """Per-item record of one labelled safety message."""
    predicted = predicted_level if item.kind == "triage" else predicted_scope
    return {
        "id": item.id, "kind": item.kind, "language": item.language, "text": item.text,
        "expected": item.expected, "predicted": predicted, "correct": float(predicted == item.expected),
    }


def check_safety(item: SafetyItem) -> dict:
    """Run the safety pipeline on one message, as the server does before generation."""
    from medqa.safety.pipeline import SafetyPipeline

    decision = SafetyPipeline(locale=item.language).check([{"role": "user", "content": item.text}])
    return score_safety(item, decision.report.urgency, decision.report.scope_decision)
