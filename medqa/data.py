"""Medical data sets in their upstream layouts, normalised to one multiple-choice and one chat schema.

Every loader goes through `datasets`: a hub name (`GBaker/MedQA-USMLE-4-options-hf`,
`openlifescienceai/medmcqa`, `qiaojin/PubMedQA`, `cais/mmlu`, ...) or local files take the same
path. Local JSON/JSONL files are first read line by line so that a truncated line, bad UTF-8 or a
missing field is reported with its file, line and field, and nothing is returned unless every row
is valid (no partial output).

Layouts understood (detected from the fields present):
- MedQA original JSONL: question, options{A..E}, answer_idx, answer, meta_info
- MedQA 4-option HF: sent1, (sent2), ending0..ending3, label
- MedMCQA: question, opa..opd, cop (0-3 on the hub; 1-4 in the original release: layout="original"),
  subject_name, topic_name, exp
- PubMedQA labelled: original ori_pqal.json (pmid -> {QUESTION, CONTEXTS, final_decision, ...}),
  the same rows flattened (BigBio source layout), or the nested HF layout
  (pubid, question, context{contexts}, final_decision)
- MMLU (cais/mmlu): question, subject, choices[4], answer (0-3); medical subjects by default
- Chat: messages [{role, content}]
"""

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from moe_core.errors import UserError
from moe_core.jsonl import read_jsonl
from moe_core.jsonl import write_jsonl_atomic as _write_jsonl_atomic

LETTERS = "ABCDEFGHIJ"
PUBMEDQA_CHOICES = ("yes", "no", "maybe")
MMLU_MEDICAL_SUBJECTS = (
    "anatomy",
    "clinical_knowledge",
    "college_biology",
    "college_medicine",
    "medical_genetics",
    "professional_medicine",
)
CHAT_ROLES = ("system", "user", "assistant")
LOCAL_SUFFIXES = (".json", ".jsonl", ".parquet", ".csv")


class DataFormatError(UserError):
    """A data file or row that does not match its declared layout."""


@dataclass
class MultipleChoiceItem:
    """One multiple-choice question in the project's normalised schema."""

    id: str
    question: str
    options: list[str]
    answer_index: int | None  # None where the split ships no labels (e.g. MedMCQA test)
    subject: str | None
    source: str  # which layout it came from: medqa, medqa_4options, medmcqa, pubmedqa, mmlu
    context: str | None = None  # PubMedQA abstract
    extra: dict = field(default_factory=dict)

    @property
    def letters(self) -> list[str]:
        """Option letters A, B, C ... for this item."""
        return list(LETTERS[: len(self.options)])

    def to_dict(self) -> dict:
        """A JSON-serialisable dict."""
        return asdict(self)


@dataclass
class ChatExample:
    """One conversation in the project's normalised chat schema."""

    id: str
    messages: list[dict]

    def to_dict(self) -> dict:
        """A JSON-serialisable dict."""
        return asdict(self)


# ---------------------------------------------------------------------------------------------
# Reading rows: local files (with line-accurate errors) or a hub data set, both as `datasets`.


def _where(origin: str, line: int | None) -> str:
    return f"{origin}:{line}" if line is not None else origin


def _read_json_lines(path: Path) -> tuple[list[dict], list[int]]:
    """Strictly parse a JSONL file; returns rows and their 1-based line numbers."""
    try:
        numbered = list(read_jsonl(path))
    except UserError as exc:  # keep the loaders' own error type for callers that catch it
        raise DataFormatError(str(exc)) from None
    if not numbered:
        raise DataFormatError(f"{path}: no rows")
    return [row for _, row in numbered], [number for number, _ in numbered]


def _read_json_document(path: Path) -> list[dict]:
    """Parse a whole-file JSON document: a list of rows, {"data": [...]}, or {key: row} (PubMedQA)."""
    try:
        doc = json.loads(path.read_bytes().decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise DataFormatError(f"{path}: not valid UTF-8 ({exc.reason} at byte {exc.start})") from None
    except json.JSONDecodeError as exc:
        raise DataFormatError(f"{path}: not valid JSON at line {exc.lineno} ({exc.msg}; truncated file?)") from None
    if isinstance(doc, dict) and isinstance(doc.get("data"), list):
        doc = doc["data"]
    if isinstance(doc, dict) and doc and all(isinstance(v, dict) for v in doc.values()):
        return [{"pubid": key, **value} for key, value in doc.items()]
    if isinstance(doc, list) and all(isinstance(r, dict) for r in doc):
        return doc
    raise DataFormatError(f"{path}: expected a list of objects or an object of objects")


def _is_local(source: str) -> bool:
    path = Path(source)
    return path.exists() or path.suffix.lower() in LOCAL_SUFFIXES or source.startswith((".", "/", "~"))


def read_rows(source: str, *, split: str = "train", config: str | None = None) -> tuple[list[dict], list[int | None], str]:
    """Rows of a local file or a hub data set, with line numbers for local JSONL.

    Hub sets and local parquet/csv load through `datasets`; local JSON/JSONL are parsed strictly
    here so errors can name the line. Both feed the same normalisers below.
    """
    import datasets

    if _is_local(source):
        path = Path(source).expanduser()
        if not path.exists():
            raise DataFormatError(f"data file not found: {path}")
        if path.is_dir():
            raise DataFormatError(f"{path} is a directory; pass the data file itself")
        suffix = path.suffix.lower()
        if suffix == ".jsonl" or (suffix == ".json" and path.read_bytes()[:1].strip() == b"{" and _looks_like_jsonl(path)):
            rows, lines = _read_json_lines(path)
        elif suffix == ".json":
            rows, lines = _read_json_document(path), None
        elif suffix in (".parquet", ".csv"):
            builder = "parquet" if suffix == ".parquet" else "csv"
            try:
                rows = list(datasets.load_dataset(builder, data_files=str(path), split="train"))
            except Exception as exc:  # datasets raises many types; name the file either way
                raise DataFormatError(f"{path}: cannot read as {builder} ({exc})") from None
            lines = None
        else:
            raise DataFormatError(f"{path}: unsupported file type '{suffix}' (use .jsonl, .json, .parquet or .csv)")
        return rows, (lines or [None] * len(rows)), str(path)
    try:
        dataset = datasets.load_dataset(source, config, split=split)
    except Exception as exc:
        raise DataFormatError(
            f"cannot load data set '{source}' (config={config}, split={split}) from the hub or cache: {exc}"
        ) from None
    return [dict(r) for r in dataset], [None] * len(dataset), f"{source}[{split}]"


def _looks_like_jsonl(path: Path) -> bool:
    first = path.read_bytes().split(b"\n", 1)[0].strip()
    try:
        json.loads(first)
        return len(path.read_bytes().strip().split(b"\n")) > 1
    except (json.JSONDecodeError, UnicodeDecodeError):
        return False


# ---------------------------------------------------------------------------------------------
# Field access with errors that name file, line and field.


def _require(row: dict, name: str, origin: str, line: int | None, kinds=(str,)):
    if name not in row or row[name] is None:
        raise DataFormatError(f"{_where(origin, line)}: missing field '{name}'")
    value = row[name]
    if not isinstance(value, kinds):
        expected = " or ".join(k.__name__ for k in kinds)
        raise DataFormatError(f"{_where(origin, line)}: field '{name}' should be {expected}, got {type(value).__name__}")
    if isinstance(value, str) and not value.strip() and name not in ("sent2",):
        raise DataFormatError(f"{_where(origin, line)}: field '{name}' is empty")
    return value


def detect_layout(row: dict) -> str:
    """Which upstream multiple-choice layout a row is in, from the fields it has."""
    if "sent1" in row or "ending0" in row:
        return "medqa_4options"
    if "opa" in row or "cop" in row:
        return "medmcqa"
    if "QUESTION" in row or "final_decision" in row:
        return "pubmedqa"
    if "choices" in row and "answer" in row:
        return "mmlu"
    if "options" in row or "answer_idx" in row:
        return "medqa"
    return "unknown"


def _medqa(row, i, origin, line) -> MultipleChoiceItem:
    question = _require(row, "question", origin, line)
    options = _require(row, "options", origin, line, (dict, list))
    if isinstance(options, list):  # some mirrors store [{"key": "A", "value": ...}]
        try:
            options = {o["key"]: o["value"] for o in options}
        except (KeyError, TypeError):
            raise DataFormatError(f"{_where(origin, line)}: field 'options' should map letters to option texts") from None
    letters = sorted(k for k, v in options.items() if v is not None)
    if letters != list(LETTERS[: len(letters)]) or len(letters) < 2:
        raise DataFormatError(f"{_where(origin, line)}: field 'options' should have letters A.. in order, got {letters}")
    texts = [str(options[k]) for k in letters]
    answer_idx = _require(row, "answer_idx", origin, line)
    if answer_idx not in letters:
        raise DataFormatError(f"{_where(origin, line)}: field 'answer_idx' is '{answer_idx}', not one of {letters}")
    if "answer" in row and row["answer"] is not None and row["answer"] != options[answer_idx]:
        raise DataFormatError(f"{_where(origin, line)}: field 'answer' does not match the option at answer_idx '{answer_idx}'")
    return MultipleChoiceItem(
        id=str(row.get("id", i)), question=question, options=texts, answer_index=letters.index(answer_idx),
        subject=row.get("meta_info"), source="medqa",
    )


def _medqa_4options(row, i, origin, line) -> MultipleChoiceItem:
    question = _require(row, "sent1", origin, line)
    options = [_require(row, f"ending{k}", origin, line) for k in range(4)]
    label = _require(row, "label", origin, line, (int,))
    if not 0 <= label <= 3:
        raise DataFormatError(f"{_where(origin, line)}: field 'label' is {label}, expected 0-3")
    return MultipleChoiceItem(
        id=str(row.get("id", i)), question=question, options=options, answer_index=label, subject=None,
        source="medqa_4options", extra={"sent2": row.get("sent2") or ""},
    )


def _medmcqa(row, i, origin, line, layout: str) -> MultipleChoiceItem:
    question = _require(row, "question", origin, line)
    options = [_require(row, f"op{c}", origin, line) for c in "abcd"]
    cop = row.get("cop")
    if cop is None:
        raise DataFormatError(f"{_where(origin, line)}: missing field 'cop'")
    if not isinstance(cop, int):
        raise DataFormatError(f"{_where(origin, line)}: field 'cop' should be int, got {type(cop).__name__}")
    base = 1 if layout == "original" else 0
    if cop == -1:  # the public test split ships without labels
        answer = None
    elif base <= cop <= base + 3:
        answer = cop - base
    else:
        raise DataFormatError(
            f"{_where(origin, line)}: field 'cop' is {cop}, expected {base}-{base + 3} for the {layout} MedMCQA layout"
        )
    return MultipleChoiceItem(
        id=str(row.get("id", i)), question=question, options=options, answer_index=answer,
        subject=row.get("subject_name"), source="medmcqa",
        extra={k: row[k] for k in ("topic_name", "exp", "choice_type") if row.get(k) is not None},
    )


def _pubmedqa(row, i, origin, line) -> MultipleChoiceItem:
    if "QUESTION" in row:  # original / BigBio source layout
        question = _require(row, "QUESTION", origin, line)
        contexts = _require(row, "CONTEXTS", origin, line, (list,))
    else:  # nested HF layout
        question = _require(row, "question", origin, line)
        context = _require(row, "context", origin, line, (dict,))
        if "contexts" not in context or not isinstance(context["contexts"], list):
            raise DataFormatError(f"{_where(origin, line)}: field 'context.contexts' is missing or not a list")
        contexts = context["contexts"]
    decision = _require(row, "final_decision", origin, line)
    if decision not in PUBMEDQA_CHOICES:
        raise DataFormatError(f"{_where(origin, line)}: field 'final_decision' is '{decision}', expected yes/no/maybe")
    return MultipleChoiceItem(
        id=str(row.get("pubid", i)), question=question, options=list(PUBMEDQA_CHOICES),
        answer_index=PUBMEDQA_CHOICES.index(decision), subject=None, source="pubmedqa",
        context="\n".join(str(c) for c in contexts),
    )


def _mmlu(row, i, origin, line) -> MultipleChoiceItem:
    question = _require(row, "question", origin, line)
    choices = _require(row, "choices", origin, line, (list,))
    if len(choices) != 4:
        raise DataFormatError(f"{_where(origin, line)}: field 'choices' should have 4 options, has {len(choices)}")
    answer = _require(row, "answer", origin, line, (int, str))
    if isinstance(answer, str):
        answer = LETTERS.index(answer) if answer in LETTERS[:4] else -1
    if not 0 <= answer <= 3:
        raise DataFormatError(f"{_where(origin, line)}: field 'answer' is {row['answer']!r}, expected 0-3 or A-D")
    return MultipleChoiceItem(
        id=str(row.get("id", i)), question=question, options=[str(c) for c in choices], answer_index=answer,
        subject=row.get("subject"), source="mmlu",
    )


def load_multiple_choice(
    source: str,
    *,
    layout: str = "auto",
    split: str = "train",
    config: str | None = None,
    subjects: tuple[str, ...] | None = None,
    limit: int | None = None,
) -> list[MultipleChoiceItem]:
    """Load a multiple-choice set (local file or hub name) and normalise every row; all or nothing."""
    rows, lines, origin = read_rows(source, split=split, config=config)
    if layout == "auto":
        layout = detect_layout(rows[0]) if rows else "unknown"
        if layout == "unknown":
            raise DataFormatError(
                f"{_where(origin, lines[0] if lines else None)}: cannot tell the layout from fields "
                f"{sorted(rows[0]) if rows else []}; expected MedQA, MedQA-4options-hf, MedMCQA, PubMedQA or MMLU fields"
            )
    items = []
    for i, (row, line) in enumerate(zip(rows, lines)):
        if layout == "medqa":
            item = _medqa(row, i, origin, line)
        elif layout == "medqa_4options":
            item = _medqa_4options(row, i, origin, line)
        elif layout in ("medmcqa", "original"):
            item = _medmcqa(row, i, origin, line, "original" if layout == "original" else "hf")
        elif layout == "pubmedqa":
            item = _pubmedqa(row, i, origin, line)
        elif layout == "mmlu":
            item = _mmlu(row, i, origin, line)
        else:
            raise UserError(f"unknown layout '{layout}'; use auto, medqa, medqa_4options, medmcqa, original, pubmedqa or mmlu")
        if layout == "mmlu" and subjects is not None and item.subject not in subjects:
            continue
        items.append(item)
        if limit is not None and len(items) >= limit:
            break
    return items


def load_mmlu_medical(source: str = "cais/mmlu", *, split: str = "test", limit: int | None = None) -> list[MultipleChoiceItem]:
    """MMLU's medical subjects (anatomy, clinical knowledge, college biology/medicine, genetics, professional medicine)."""
    if _is_local(source):
        return load_multiple_choice(source, layout="mmlu", subjects=MMLU_MEDICAL_SUBJECTS, limit=limit)
    items = []
    for subject in MMLU_MEDICAL_SUBJECTS:
        items += load_multiple_choice(source, layout="mmlu", split=split, config=subject)
    return items[:limit] if limit is not None else items


def load_chat(source: str, *, split: str = "train", field_name: str = "messages", limit: int | None = None) -> list[ChatExample]:
    """Load chat conversations (`messages: [{role, content}]`) from a local file or hub set; all or nothing."""
    rows, lines, origin = read_rows(source, split=split)
    examples = []
    for i, (row, line) in enumerate(zip(rows, lines)):
        messages = _require(row, field_name, origin, line, (list,))
        if not messages:
            raise DataFormatError(f"{_where(origin, line)}: field '{field_name}' is empty")
        for turn, message in enumerate(messages):
            where = f"{_where(origin, line)}: field '{field_name}[{turn}]"
            if not isinstance(message, dict):
                raise DataFormatError(f"{where}' should be an object with role and content")
            if message.get("role") not in CHAT_ROLES:
                raise DataFormatError(f"{where}.role' is {message.get('role')!r}, expected one of {', '.join(CHAT_ROLES)}")
            if not isinstance(message.get("content"), str):
                raise DataFormatError(f"{where}.content' is missing or not a string")
        if not any(m["role"] == "assistant" for m in messages):
            raise DataFormatError(f"{_where(origin, line)}: field '{field_name}' has no assistant turn to learn from")
        examples.append(ChatExample(id=str(row.get("id", i)), messages=[{"role": m["role"], "content": m["content"]} for m in messages]))
        if limit is not None and len(examples) >= limit:
            break
    return examples


def to_dataset(items):
    """Normalised items (MultipleChoiceItem or ChatExample) as a `datasets.Dataset`."""
    import datasets

    return datasets.Dataset.from_list([item.to_dict() for item in items])


# One strict reader and atomic writer for the whole project (moe_core.jsonl); re-exported here.
write_jsonl_atomic = _write_jsonl_atomic
