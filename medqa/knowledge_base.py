"""The patient-service knowledge base: bundled passages and questions, and a hospital's own documents.

Bundled files live in `medqa/assets/kb/` (`passages_<lang>.jsonl`, `questions_<lang>.jsonl`, schema in
SCHEMA.md) and are validated strictly. A hospital's own documents (`load_user_documents`) may be a
JSONL file in the passage schema or a folder of Markdown/text files; they are validated leniently
(only id, title and text are required) because real documents do not follow our word limits.
Every problem is a `UserError` naming the file, the line and the field.
"""

import datetime
import hashlib
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from importlib import resources
from pathlib import Path

from medqa.prompts import LANGUAGES, PASSAGE_ID_RE, detect_language
from moe_core.errors import UserError
from moe_core.jsonl import read_jsonl  # noqa: F401  (re-exported: loaders here and elsewhere use it)

TOPICS = ("appointments", "test_preparation", "procedures", "medications", "visiting", "records_billing", "self_care")
KB_SOURCE = "medqa-moe patient-service KB (written for this project)"
USER_TOPIC = "general"
KB_DIR = Path(str(resources.files("medqa") / "assets" / "kb"))
SPLITS = ("train", "validation", "test")

# Text-length bounds for bundled passages: long enough to hold an answer, short enough that three
# passages fit a small model's context with room for the question and the answer.
EN_WORDS = (80, 200)
ZH_CHARS = (150, 350)
USER_DOC_SUFFIXES = (".jsonl", ".md", ".markdown", ".txt")

_BUNDLED_PASSAGE_ID_RE = re.compile(r"^kb-(en|zh)-([a-z_]+)-(\d{3})$")
_QUESTION_ID_RE = re.compile(r"^q-(en|zh)-(\d{4})$")
_HEADING_RE = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")


@dataclass(frozen=True)
class Passage:
    """One knowledge-base passage: the unit that retrieval returns and answers cite by `id`."""

    id: str
    title: str
    language: str
    topic: str
    text: str
    source: str
    review_date: str
    when_to_seek_help: str | None = None

    def to_dict(self) -> dict:
        """The JSONL record for this passage (optional fields left out when empty)."""
        record = asdict(self)
        for optional in ("when_to_seek_help", "review_date"):  # a user document may have neither
            if not record[optional]:
                del record[optional]
        return record


@dataclass(frozen=True)
class Question:
    """A patient question about one gold passage, its paraphrases and a grounded, cited answer."""

    id: str
    passage_id: str
    language: str
    question: str
    paraphrases: tuple[str, ...]
    answer: str
    split_hint: str | None = None
    variants: tuple[str, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self):
        object.__setattr__(self, "variants", (self.question, *self.paraphrases))

    def to_dict(self) -> dict:
        """The JSONL record for this question."""
        record = {k: v for k, v in asdict(self).items() if k != "variants"}
        record["paraphrases"] = list(self.paraphrases)
        if record["split_hint"] is None:
            del record["split_hint"]
        return record


def _text_field(record: dict, name: str, where: str, required: bool = True) -> str | None:
    value = record.get(name)
    if value is None and not required:
        return None
    if value is None:
        raise UserError(f"{where}: field '{name}' is missing")
    if not isinstance(value, str) or not value.strip():
        raise UserError(f"{where}: field '{name}' must be a non-empty string, got {value!r:.60}")
    return value.strip()


def text_length(text: str, language: str) -> int:
    """Length in the unit of the bundled limits: words for English, non-space characters for Chinese."""
    return len(text.split()) if language == "en" else len(re.sub(r"\s", "", text))


def parse_passage(record: dict, where: str, strict: bool = True) -> Passage:
    """Validate one passage record; `strict` applies the bundled-KB rules (id form, topic, length)."""
    pid = _text_field(record, "id", where)
    title = _text_field(record, "title", where)
    text = _text_field(record, "text", where)
    if not PASSAGE_ID_RE.match(pid):
        raise UserError(
            f"{where}: field 'id' {pid!r} is not a citable id (letters, digits, '_', '.', ':' and at least one '-')"
        )
    if strict:
        language = _text_field(record, "language", where)
        topic = _text_field(record, "topic", where)
        source = _text_field(record, "source", where)
        review_date = _text_field(record, "review_date", where)
    else:
        language = _text_field(record, "language", where, required=False) or detect_language(text)
        topic = _text_field(record, "topic", where, required=False) or USER_TOPIC
        source = _text_field(record, "source", where, required=False) or where.rsplit(":", 1)[0]
        review_date = _text_field(record, "review_date", where, required=False) or ""
    if language not in LANGUAGES:
        raise UserError(f"{where}: field 'language' must be one of {', '.join(LANGUAGES)}, got {language!r}")
    if review_date:
        try:
            datetime.date.fromisoformat(review_date)
        except ValueError:
            raise UserError(
                f"{where}: field 'review_date' must be an ISO date YYYY-MM-DD, got {review_date!r}"
            ) from None
    seek_help = _text_field(record, "when_to_seek_help", where, required=False)
    if strict:
        match = _BUNDLED_PASSAGE_ID_RE.match(pid)
        if not match or match.group(1) != language or match.group(2) != topic:
            raise UserError(f"{where}: field 'id' {pid!r} must look like kb-{language}-{topic}-NNN")
        if topic not in TOPICS:
            raise UserError(f"{where}: field 'topic' must be one of {', '.join(TOPICS)}, got {topic!r}")
        if source != KB_SOURCE:
            raise UserError(f"{where}: field 'source' must be {KB_SOURCE!r}, got {source!r}")
        low, high = EN_WORDS if language == "en" else ZH_CHARS
        unit = "words" if language == "en" else "characters"
        length = text_length(text, language)
        if not low <= length <= high:
            raise UserError(f"{where}: field 'text' has {length} {unit}; bundled passages need {low}-{high}")
        if topic == "self_care" and not seek_help:
            raise UserError(f"{where}: field 'when_to_seek_help' is required for self_care passages")
    return Passage(pid, title, language, topic, text, source, review_date, seek_help)


def _as_paths(paths) -> list[Path]:
    if isinstance(paths, (str, Path)):
        return [Path(paths)]
    return [Path(p) for p in paths]


def _check_languages(languages) -> tuple[str, ...]:
    if languages is None:
        return LANGUAGES
    languages = (languages,) if isinstance(languages, str) else tuple(languages)
    for lang in languages:
        if lang not in LANGUAGES:
            raise UserError(f"unsupported language {lang!r}: choose from {', '.join(LANGUAGES)}")
    return languages


def bundled_files(kind: str, languages=None) -> list[Path]:
    """Bundled `passages_<lang>.jsonl` or `questions_<lang>.jsonl` files that exist, in LANGUAGES order."""
    return [
        KB_DIR / f"{kind}_{lang}.jsonl"
        for lang in _check_languages(languages)
        if (KB_DIR / f"{kind}_{lang}.jsonl").is_file()
    ]


def _file_language(path: Path) -> str | None:
    match = re.search(r"_(en|zh)\.jsonl$", path.name)
    return match.group(1) if match else None


def load_knowledge_base(paths=None, languages=None, strict: bool | None = None) -> list[Passage]:
    """Load and validate passages (default: the bundled KB), keeping only `languages` if given.

    `strict` defaults to True for the bundled files and False for files you pass in.
    """
    languages = _check_languages(languages)
    strict = paths is None if strict is None else strict
    files = bundled_files("passages", languages) if paths is None else _as_paths(paths)
    if paths is None and not files:
        raise UserError(f"no bundled passages for {', '.join(languages)} under {KB_DIR}")
    passages, seen = [], {}
    for path in files:
        expected_language = _file_language(path) if strict else None
        for line_no, record in read_jsonl(path):
            where = f"{path}:{line_no}"
            passage = parse_passage(record, where, strict=strict)
            if expected_language and passage.language != expected_language:
                raise UserError(
                    f"{where}: field 'language' is {passage.language!r} but the file holds {expected_language!r}"
                )
            if passage.id in seen:
                raise UserError(f"{where}: field 'id' {passage.id!r} duplicates {seen[passage.id]}")
            seen[passage.id] = where
            if passage.language in languages:
                passages.append(passage)
    return passages


def _normalise(text: str) -> str:
    return re.sub(r"[\W_]+", " ", text.casefold()).strip()


def parse_question(record: dict, where: str) -> Question:
    """Validate one question record (paraphrase count, citation form); passage links are checked later."""
    qid = _text_field(record, "id", where)
    passage_id = _text_field(record, "passage_id", where)
    language = _text_field(record, "language", where)
    question = _text_field(record, "question", where)
    answer = _text_field(record, "answer", where)
    split_hint = _text_field(record, "split_hint", where, required=False)
    if language not in LANGUAGES:
        raise UserError(f"{where}: field 'language' must be one of {', '.join(LANGUAGES)}, got {language!r}")
    if not _QUESTION_ID_RE.match(qid) or not qid.startswith(f"q-{language}-"):
        raise UserError(f"{where}: field 'id' {qid!r} must look like q-{language}-NNNN")
    paraphrases = record.get("paraphrases")
    if not isinstance(paraphrases, list) or not 3 <= len(paraphrases) <= 5:
        raise UserError(f"{where}: field 'paraphrases' must be a list of 3-5 strings")
    cleaned = []
    for i, text in enumerate(paraphrases):
        if not isinstance(text, str) or not text.strip():
            raise UserError(f"{where}: field 'paraphrases' item {i} must be a non-empty string")
        cleaned.append(text.strip())
    if len({_normalise(t) for t in [question, *cleaned]}) != len(cleaned) + 1:
        raise UserError(f"{where}: field 'paraphrases' repeats the question or another paraphrase")
    if not answer.endswith(f"[{passage_id}]"):
        raise UserError(f"{where}: field 'answer' must end with the citation [{passage_id}]")
    if split_hint is not None and split_hint not in SPLITS:
        raise UserError(f"{where}: field 'split_hint' must be one of {', '.join(SPLITS)}, got {split_hint!r}")
    return Question(qid, passage_id, language, question, tuple(cleaned), answer, split_hint)


def load_questions(paths=None, languages=None, passages: Iterable[Passage] | None = None) -> list[Question]:
    """Load and validate questions (default: bundled) and check each gold passage exists in `passages`.

    `passages` defaults to the bundled KB. A wording that appears under two question ids is an
    error, because the two could land in different splits and leak.
    """
    languages = _check_languages(languages)
    files = bundled_files("questions", languages) if paths is None else _as_paths(paths)
    by_id = {p.id: p for p in (load_knowledge_base(languages=languages) if passages is None else passages)}
    questions, seen_ids, seen_text = [], {}, {}
    for path in files:
        for line_no, record in read_jsonl(path):
            where = f"{path}:{line_no}"
            question = parse_question(record, where)
            if question.language not in languages:
                continue
            if question.id in seen_ids:
                raise UserError(f"{where}: field 'id' {question.id!r} duplicates {seen_ids[question.id]}")
            seen_ids[question.id] = where
            gold = by_id.get(question.passage_id)
            if gold is None:
                raise UserError(
                    f"{where}: field 'passage_id' {question.passage_id!r} is not a passage in the knowledge base"
                )
            if gold.language != question.language:
                raise UserError(
                    f"{where}: field 'language' is {question.language!r} but passage {gold.id} is {gold.language!r}"
                )
            for text in question.variants:
                key = (question.language, _normalise(text))
                if key in seen_text:
                    raise UserError(f"{where}: field 'paraphrases' wording {text!r} also appears in {seen_text[key]}")
                seen_text[key] = where
            questions.append(question)
    return questions


def _slug(text: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")
    # Non-ASCII letters (e.g. a Chinese file name) vanish from the slug; a short hash of the full name
    # keeps ids distinct, stable and citable.
    if re.search(r"[^\x00-\x7f]", text):
        slug = "-".join(filter(None, (slug, hashlib.sha1(text.encode()).hexdigest()[:8])))
    return slug


def _markdown_sections(text: str, fallback_title: str, markdown: bool) -> list[tuple[str, str]]:
    if markdown:
        # YAML front matter (common in CMS exports) is metadata, not patient-facing text.
        text = re.sub(r"\A---\n.*?\n---[ \t]*\n", "", text, count=1, flags=re.S)
    sections, title, body, in_code = [], None, [], False
    for line in text.splitlines():
        if markdown and line.lstrip().startswith(("```", "~~~")):
            in_code = not in_code
        heading = _HEADING_RE.match(line) if markdown and not in_code else None
        if heading:
            sections.append((title, "\n".join(body).strip()))
            title, body = heading.group(2).strip(), []
        else:
            body.append(line.rstrip())
    sections.append((title, "\n".join(body).strip()))
    named = [(t, b) for t, b in sections if t is not None]
    if len(named) == 1 and not sections[0][1]:
        return [(named[0][0], named[0][1])]  # one heading = the document's title
    doc_title = named[0][0] if len(named) > 1 and not named[0][1] else None
    out = []
    for title, body in sections:
        if not body:
            continue
        if title is None:
            title = doc_title or fallback_title
        elif doc_title and title != doc_title:
            title = f"{doc_title}: {title}"
        out.append((title, body))
    return out


def _chunks(body: str, language: str, max_length: int) -> list[str]:
    """Split an over-long section at paragraph breaks so each retrieved unit stays readable."""
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", body) if p.strip()]
    chunks, current = [], []
    for para in paragraphs:
        if current and text_length("\n\n".join([*current, para]), language) > max_length:
            chunks.append("\n\n".join(current))
            current = []
        current.append(para)
    if current:
        chunks.append("\n\n".join(current))
    return chunks


def _passages_from_text_file(path: Path, root: Path, max_words: int) -> list[Passage]:
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise UserError(f"{path}: not valid UTF-8 (byte {err.start}); save the file as UTF-8") from None
    relative = path.relative_to(root) if path != root else Path(path.name)
    base_id = "doc-" + _slug("-".join([*relative.parent.parts, relative.stem]))
    fallback_title = relative.stem.replace("_", " ").replace("-", " ").strip() or relative.stem
    review_date = datetime.date.fromtimestamp(path.stat().st_mtime).isoformat()
    pieces = []
    for title, body in _markdown_sections(text, fallback_title, markdown=path.suffix.lower() != ".txt"):
        language = detect_language(title + "\n" + body)
        # Chinese runs about two characters per English word of content.
        limit = max_words if language == "en" else 2 * max_words
        for chunk in _chunks(body, language, limit):
            pieces.append((title, language, chunk))
    if len(pieces) == 1:
        ids = [base_id]
    else:
        ids = [f"{base_id}-{i:02d}" for i in range(1, len(pieces) + 1)]
    return [
        Passage(pid, title, lang, USER_TOPIC, body, str(relative), review_date)
        for pid, (title, lang, body) in zip(ids, pieces, strict=True)
    ]


def load_user_documents(path: str | Path, max_words: int = 300) -> list[Passage]:
    """Turn a hospital's own documents into passages: a passage-schema JSONL file, or .md/.txt files.

    A directory is read recursively (hidden files skipped, sorted for stable ids). Markdown files
    give one passage per heading section (a lone top heading is the document title); sections longer
    than `max_words` (English words; twice that in Chinese characters) are split at paragraph breaks.
    Ids come from the file name (`doc-<name>` or `doc-<name>-NN`); language is detected per section.
    """
    root = Path(path)
    if not root.exists():
        raise UserError(f"{root}: no such file or directory")
    if root.is_dir():
        files = sorted(
            p
            for p in root.rglob("*")
            if p.is_file()
            and p.suffix.lower() in USER_DOC_SUFFIXES
            and not any(part.startswith(".") for part in p.relative_to(root).parts)
        )
        if not files:
            raise UserError(f"{root}: no {', '.join(USER_DOC_SUFFIXES)} files found")
    else:
        if root.suffix.lower() not in USER_DOC_SUFFIXES:
            raise UserError(f"{root}: unsupported document type {root.suffix!r}; use {', '.join(USER_DOC_SUFFIXES)}")
        files = [root]
    passages, seen = [], {}
    for file in files:
        if file.suffix.lower() == ".jsonl":
            found = load_knowledge_base([file], strict=False)
        else:
            found = _passages_from_text_file(file, root if root.is_dir() else file, max_words)
        for passage in found:
            if passage.id in seen:
                raise UserError(
                    f"{file}: passage id {passage.id!r} duplicates one from {seen[passage.id]}; rename a file"
                )
            seen[passage.id] = file
            passages.append(passage)
    if not passages:
        raise UserError(f"{root}: the documents contain no text")
    return passages


def load_split_questions(split: str, languages=None) -> list[Question]:
    """Bundled questions whose grounded examples are in `split` (e.g. the held-out "test" questions)."""
    if split not in SPLITS:
        raise UserError(f"unknown split {split!r}: choose one of {', '.join(SPLITS)}")
    path = KB_DIR.parent / "grounded" / f"{split}.jsonl"
    question_ids = {record["question_id"] for _, record in read_jsonl(path)}
    return [q for q in load_questions(languages=languages) if q.id in question_ids]
