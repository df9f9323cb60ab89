"""Derive the grounded chat set and the patient MCQ set from the bundled knowledge base.

    python3 scripts/build_grounded_sets.py [--seed 0] [--check]

Inputs (medqa/assets/kb): passages_<lang>.jsonl, questions_<lang>.jsonl, mcq_<lang>.jsonl for every
language present (en, zh). Outputs:
- medqa/assets/grounded/{train,validation,test}.jsonl: one chat example per question wording, with the
  gold passage and 1-2 distractor passages from other topics in the system message. Each question
  also yields one "unanswerable" example (distractors only, answer = the prompts.NOT_IN_PASSAGES
  refusal) so the model learns to say it does not know.
- medqa/assets/mcq/patient_mcq_{train,validation,test}.jsonl in the MedQA layout.
- the count tables inside data_cards/*.md (between the counts:start/end markers).
Splits are made by question (all wordings together, no leakage), stratified by language and topic:
~80/10/10 for the grounded set, ~60/20/20 for the MCQ set (mostly used for evaluation).
Everything is seeded, so the same inputs and seed give byte-identical files; `--check`
exits 1 when the files on disk are stale instead of writing them.
"""

import argparse
import json
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from medqa.knowledge_base import (  # noqa: E402
    KB_DIR,
    SPLITS,
    TOPICS,
    Passage,
    Question,
    load_knowledge_base,
    load_questions,
    read_jsonl,
)
from medqa.prompts import LANGUAGES, NOT_IN_PASSAGES, build_grounded_messages  # noqa: E402
from moe_core.errors import UserError  # noqa: E402

ASSETS_DIR = KB_DIR.parent
GROUNDED_DIR = ASSETS_DIR / "grounded"
MCQ_DIR = ASSETS_DIR / "mcq"
GROUNDED_SHARES = {"validation": 0.1, "test": 0.1}
# The MCQ set is mostly an evaluation set (training uses the grounded chats), so it holds out more.
MCQ_SHARES = {"validation": 0.2, "test": 0.2}
LETTERS = ("A", "B", "C", "D")
CARDS_DIR = ROOT / "data_cards"
COUNTS_START, COUNTS_END = "<!-- counts:start (written by scripts/build_grounded_sets.py) -->", "<!-- counts:end -->"


def split_by_group(items: list, key, group_of, hint_of, seed: int, shares: dict[str, float]) -> dict[str, str]:
    """Assign each item's key to a split, stratified by `group_of` with the given held-out shares, honouring hints."""
    strata = defaultdict(list)
    for item in sorted(items, key=key):
        strata[group_of(item)].append(item)
    assignment = {}
    for group in sorted(strata):
        members = strata[group]
        random.Random(f"{seed}:{group}").shuffle(members)
        free = [m for m in members if hint_of(m) is None]
        for m in members:
            if hint_of(m) is not None:
                assignment[key(m)] = hint_of(m)
        # Every stratum with 3+ items contributes to validation and test so each topic is evaluated.
        counts = {s: (max(1, round(share * len(members))) if len(members) >= 3 else 0) for s, share in shares.items()}
        for split in ("test", "validation"):
            already = sum(1 for m in members if hint_of(m) == split)
            for _ in range(max(0, counts[split] - already)):
                if len(free) > 1:
                    assignment[key(free.pop())] = split
        for m in free:
            assignment[key(m)] = "train"
    return assignment


def _distractors(gold: Passage, pool: list[Passage], rng: random.Random) -> list[Passage]:
    others = [p for p in pool if p.language == gold.language and p.topic != gold.topic]
    return rng.sample(others, k=rng.choice((1, 2)))


def grounded_records(
    question: Question, passages_by_id: dict[str, Passage], pool: list[Passage], seed: int
) -> list[dict]:
    """Chat examples for one question: each wording with gold + distractors, plus one unanswerable case."""
    gold = passages_by_id[question.passage_id]
    records = []
    for n, wording in enumerate(question.variants):
        rng = random.Random(f"{seed}:{question.id}:{n}")
        shown = [gold, *_distractors(gold, pool, rng)]
        rng.shuffle(shown)
        messages = build_grounded_messages(wording, shown, language=question.language)
        records.append(
            {
                "id": f"{question.id}-v{n}",
                "question_id": question.id,
                "language": question.language,
                "topic": gold.topic,
                "passage_ids": [p.id for p in shown],
                "gold_passage_id": gold.id,
                "answerable": True,
                "question": wording,
                "answer": question.answer,
                "messages": [*messages, {"role": "assistant", "content": question.answer}],
            }
        )
    rng = random.Random(f"{seed}:{question.id}:unanswerable")
    wording = rng.choice(question.variants)
    shown = rng.sample([p for p in pool if p.language == gold.language and p.topic != gold.topic], k=2)
    refusal = NOT_IN_PASSAGES[question.language]
    records.append(
        {
            "id": f"{question.id}-none",
            "question_id": question.id,
            "language": question.language,
            "topic": gold.topic,
            "passage_ids": [p.id for p in shown],
            "gold_passage_id": None,
            "answerable": False,
            "question": wording,
            "answer": refusal,
            "messages": [
                *build_grounded_messages(wording, shown, language=question.language),
                {"role": "assistant", "content": refusal},
            ],
        }
    )
    return records


def build_grounded_sets(passages: list[Passage], questions: list[Question], seed: int = 0) -> dict[str, list[dict]]:
    """The grounded chat set as {split: records}, split by question and stratified by language/topic."""
    by_id = {p.id: p for p in passages}
    assignment = split_by_group(
        questions,
        key=lambda q: q.id,
        group_of=lambda q: (q.language, by_id[q.passage_id].topic),
        hint_of=lambda q: q.split_hint,
        seed=seed,
        shares=GROUNDED_SHARES,
    )
    out = {split: [] for split in SPLITS}
    for question in sorted(questions, key=lambda q: (LANGUAGES.index(q.language), q.id)):
        out[assignment[question.id]].extend(grounded_records(question, by_id, passages, seed))
    return out


def load_mcq_sources(passages_by_id: dict[str, Passage], languages=LANGUAGES) -> list[dict]:
    """Validated hand-written MCQ items from `mcq_<lang>.jsonl` (question, correct, 3 distractors)."""
    items, seen = [], set()
    for lang in languages:
        path = KB_DIR / f"mcq_{lang}.jsonl"
        if not path.is_file():
            continue
        for line_no, record in read_jsonl(path):
            where = f"{path}:{line_no}"
            for name in ("id", "passage_id", "question", "correct"):
                if not isinstance(record.get(name), str) or not record[name].strip():
                    raise UserError(f"{where}: field '{name}' must be a non-empty string")
            wrong = record.get("distractors")
            if (
                not isinstance(wrong, list)
                or len(wrong) != 3
                or not all(isinstance(w, str) and w.strip() for w in wrong)
            ):
                raise UserError(f"{where}: field 'distractors' must be a list of 3 non-empty strings")
            if len({record["correct"], *wrong}) != 4:
                raise UserError(f"{where}: field 'distractors' repeats an option")
            if record["id"] in seen:
                raise UserError(f"{where}: field 'id' {record['id']!r} is a duplicate")
            if record["passage_id"] not in passages_by_id:
                raise UserError(
                    f"{where}: field 'passage_id' {record['passage_id']!r} is not a passage in the knowledge base"
                )
            seen.add(record["id"])
            items.append({**record, "language": lang})
    return items


def build_mcq_sets(passages: list[Passage], seed: int = 0) -> dict[str, list[dict]]:
    """The MCQ set in MedQA layout as {split: items}; option order is seeded per item."""
    by_id = {p.id: p for p in passages}
    items = load_mcq_sources(by_id)
    assignment = split_by_group(
        items,
        key=lambda it: it["id"],
        group_of=lambda it: (it["language"], by_id[it["passage_id"]].topic),
        hint_of=lambda it: it.get("split_hint"),
        seed=seed,
        shares=MCQ_SHARES,
    )
    out = {split: [] for split in SPLITS}
    for item in items:
        options = [item["correct"], *item["distractors"]]
        random.Random(f"{seed}:{item['id']}").shuffle(options)
        letter = LETTERS[options.index(item["correct"])]
        out[assignment[item["id"]]].append(
            {
                "id": item["id"],
                "question": item["question"],
                "options": dict(zip(LETTERS, options, strict=True)),
                "answer": item["correct"],
                "answer_idx": letter,
                "meta_info": f"patient_service/{by_id[item['passage_id']].topic}",
                "language": item["language"],
                "passage_id": item["passage_id"],
            }
        )
    return out


def render_jsonl(records: list[dict]) -> str:
    """JSONL text with stable formatting (UTF-8 kept readable)."""
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def _table(header: list[str], rows: list[list]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def _by_topic_table(rows_of: dict[str, Counter], columns: list[str]) -> str:
    """Rows = topics (+ total), columns = e.g. languages or splits, cells = counts."""
    rows = [[topic, *(rows_of[c][topic] for c in columns), sum(rows_of[c][topic] for c in columns)] for topic in TOPICS]
    rows.append(
        ["**total**", *(sum(rows_of[c].values()) for c in columns), sum(sum(rows_of[c].values()) for c in columns)]
    )
    return _table(["topic", *columns, "total"], rows)


def card_counts(passages: list[Passage], questions: list[Question], grounded: dict, mcq: dict) -> dict[str, str]:
    """Markdown count tables for each data card, computed from the data (never typed by hand)."""
    by_id = {p.id: p for p in passages}
    langs = [lang for lang in LANGUAGES if any(p.language == lang for p in passages)]
    kb_rows = {lang: Counter(p.topic for p in passages if p.language == lang) for lang in langs}
    q_rows = {lang: Counter(by_id[q.passage_id].topic for q in questions if q.language == lang) for lang in langs}
    wordings = {lang: sum(len(q.variants) for q in questions if q.language == lang) for lang in langs}
    kb = (
        "Passages per topic and language:\n\n"
        + _by_topic_table(kb_rows, langs)
        + "\n\nQuestions (each with 3-5 paraphrases) per topic and language:\n\n"
        + _by_topic_table(q_rows, langs)
        + "\n\nQuestion wordings (question + paraphrases): "
        + ", ".join(f"{lang}: {wordings[lang]}" for lang in langs)
        + "."
    )
    split_rows = []
    for split in SPLITS:
        recs = grounded[split]
        for lang in langs:
            mine = [r for r in recs if r["language"] == lang]
            split_rows.append(
                [
                    split,
                    lang,
                    len({r["question_id"] for r in mine}),
                    sum(r["answerable"] for r in mine),
                    sum(not r["answerable"] for r in mine),
                    len(mine),
                ]
            )
    topic_rows = {split: Counter(r["topic"] for r in grounded[split]) for split in SPLITS}
    chat = (
        _table(
            ["split", "language", "questions", "answerable examples", "unanswerable examples", "examples"], split_rows
        )
        + "\n\nExamples per topic and split (all languages):\n\n"
        + _by_topic_table(topic_rows, list(SPLITS))
    )
    mcq_rows = {split: Counter(it["meta_info"].split("/")[1] for it in mcq[split]) for split in SPLITS}
    letters = Counter(it["answer_idx"] for split in SPLITS for it in mcq[split])
    mcq_langs = Counter(it["language"] for split in SPLITS for it in mcq[split])
    mcq_text = (
        _by_topic_table(mcq_rows, list(SPLITS))
        + "\n\nLanguages: "
        + ", ".join(f"{k}: {v}" for k, v in sorted(mcq_langs.items()))
        + ". Correct-answer letters: "
        + ", ".join(f"{k}: {letters[k]}" for k in LETTERS)
        + "."
    )
    return {"patient_service_kb.md": kb, "grounded_patient_chat.md": chat, "patient_mcq.md": mcq_text}


def _with_counts(card: str, counts: str) -> str:
    start, end = card.index(COUNTS_START) + len(COUNTS_START), card.index(COUNTS_END)
    return card[:start] + "\n" + counts + "\n" + card[end:]


def planned_files(seed: int = 0) -> dict[Path, str]:
    """Every output path mapped to the exact text the current inputs and seed produce.

    Data cards under data_cards/ that hold the count markers get their count tables refreshed.
    """
    passages = load_knowledge_base()
    questions = load_questions(passages=passages)
    grounded = build_grounded_sets(passages, questions, seed)
    files = {GROUNDED_DIR / f"{split}.jsonl": render_jsonl(recs) for split, recs in grounded.items()}
    mcq = build_mcq_sets(passages, seed)
    if any(mcq.values()):
        files.update({MCQ_DIR / f"patient_mcq_{split}.jsonl": render_jsonl(recs) for split, recs in mcq.items()})
    for name, counts in card_counts(passages, questions, grounded, mcq).items():
        card = CARDS_DIR / name
        if card.is_file() and COUNTS_START in (text := card.read_text(encoding="utf-8")) and COUNTS_END in text:
            files[card] = _with_counts(text, counts)
    return files


def _shown(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def main(argv=None) -> int:
    """Write (or with --check, verify) the derived sets; prints counts per split and language."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=0, help="seed for splits, distractors and option order (default 0)")
    parser.add_argument("--check", action="store_true", help="only verify the files on disk are up to date")
    args = parser.parse_args(argv)
    try:
        files = planned_files(args.seed)
    except UserError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    stale = [path for path, text in files.items() if not path.is_file() or path.read_text(encoding="utf-8") != text]
    languages = set()
    for path, text in files.items():
        if path.suffix == ".jsonl":
            per_lang = Counter(json.loads(line)["language"] for line in text.splitlines())
            languages.update(per_lang)
            print(f"{_shown(path)}: {sum(per_lang.values())} records {dict(sorted(per_lang.items()))}")
        else:
            print(f"{_shown(path)}: count tables {'refreshed' if path in stale else 'up to date'}")
        if not args.check and path in stale:
            path.parent.mkdir(parents=True, exist_ok=True)
            # Write then rename, so an interrupted run never leaves a half-written data file.
            tmp = path.with_name(path.name + ".tmp")
            tmp.write_text(text, encoding="utf-8")
            tmp.replace(path)
    print(f"languages: {', '.join(sorted(languages))}")
    if args.check and stale:
        print(
            "stale: " + ", ".join(str(p.name) for p in stale) + " (run scripts/build_grounded_sets.py)", file=sys.stderr
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
