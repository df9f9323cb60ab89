"""The bundled knowledge base, questions and derived sets validate; bad files fail with clear errors."""

import importlib.util
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from medqa.knowledge_base import (
    KB_DIR,
    SPLITS,
    TOPICS,
    load_knowledge_base,
    load_questions,
    load_split_questions,
    load_user_documents,
    text_length,
)
from medqa.prompts import NOT_IN_PASSAGES, extract_citations
from moe_core.errors import UserError

ROOT = Path(__file__).resolve().parents[1]
HAS_ZH = (KB_DIR / "passages_zh.jsonl").is_file()
LANGS = ("en", "zh") if HAS_ZH else ("en",)


def _load_script():
    spec = importlib.util.spec_from_file_location("build_grounded_sets", ROOT / "scripts" / "build_grounded_sets.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def kb():
    return load_knowledge_base()


@pytest.fixture(scope="module")
def questions(kb):
    return load_questions(passages=kb)


def _read(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


# ---- bundled knowledge base -------------------------------------------------------------------


def test_bundled_kb_sizes_and_topic_coverage(kb):
    by_lang = Counter(p.language for p in kb)
    assert by_lang["en"] >= 80
    if HAS_ZH:
        assert len(kb) >= 150
    for lang in LANGS:
        assert {p.topic for p in kb if p.language == lang} == set(TOPICS), lang
    assert len({p.id for p in kb}) == len(kb)


EMERGENCY_CUES = {"en": ("emergency",), "zh": ("120", "急诊", "急救")}


def test_self_care_passages_carry_emergency_red_flags(kb):
    for p in kb:
        if p.topic == "self_care":
            # The red flags must reach the model through `text` too, and must name an emergency action.
            for field in (p.when_to_seek_help, p.text):
                assert any(cue in field for cue in EMERGENCY_CUES[p.language]), p.id
            if p.language == "en":
                assert p.text.endswith(p.when_to_seek_help), p.id


def test_english_passages_are_within_length_and_have_no_placeholder_text(kb):
    for p in kb:
        if p.language == "en":
            assert 80 <= text_length(p.text, "en") <= 200, p.id
            assert "TODO" not in p.text and "lorem" not in p.text.lower()


def test_questions_cite_their_gold_passage(kb, questions):
    by_id = {p.id: p for p in kb}
    for q in questions:
        assert extract_citations(q.answer) == [q.passage_id], q.id
        assert by_id[q.passage_id].language == q.language
        assert 3 <= len(q.paraphrases) <= 5
    en_covered = {q.passage_id for q in questions if q.language == "en"}
    # Every English passage is reachable by at least one question (retrieval eval covers the whole KB).
    assert en_covered == {p.id for p in kb if p.language == "en"}


# ---- derived sets ------------------------------------------------------------------------------


def test_grounded_sets_are_up_to_date_and_deterministic():
    script = _load_script()
    planned = script.planned_files(seed=0)
    assert planned == script.planned_files(seed=0)
    for path, text in planned.items():
        assert path.is_file(), f"{path} missing: run scripts/build_grounded_sets.py"
        assert path.read_text(encoding="utf-8") == text, f"{path} is stale: run scripts/build_grounded_sets.py"
    assert script.planned_files(seed=1) != planned


def test_script_writes_then_check_detects_stale_files(tmp_path, monkeypatch, capsys):
    script = _load_script()
    monkeypatch.setattr(script, "GROUNDED_DIR", tmp_path / "grounded")
    monkeypatch.setattr(script, "MCQ_DIR", tmp_path / "mcq")
    monkeypatch.setattr(script, "CARDS_DIR", tmp_path / "cards")
    assert script.main(["--check"]) == 1  # nothing written yet
    assert script.main([]) == 0
    assert script.main(["--check"]) == 0
    test_file = tmp_path / "grounded" / "test.jsonl"
    test_file.write_text(test_file.read_text(encoding="utf-8")[:-100], encoding="utf-8")
    assert script.main(["--check"]) == 1
    assert "stale: test.jsonl" in capsys.readouterr().err
    assert not list(tmp_path.rglob("*.tmp"))


def test_split_questions_partition_the_bundled_questions(questions):
    held_out = {split: {q.id for q in load_split_questions(split)} for split in SPLITS}
    assert set().union(*held_out.values()) == {q.id for q in questions}
    assert sum(len(ids) for ids in held_out.values()) == len(questions)
    assert {q.language for q in load_split_questions("test", languages="en")} == {"en"}
    with pytest.raises(UserError, match="unknown split 'dev'"):
        load_split_questions("dev")


def test_english_only_build_still_covers_every_topic_in_every_split():
    # The Chinese files may land later; the English-only derivation must stand on its own.
    script = _load_script()
    passages = load_knowledge_base(languages="en")
    sets = script.build_grounded_sets(passages, load_questions(languages="en", passages=passages), seed=0)
    for split in SPLITS:
        assert {r["language"] for r in sets[split]} == {"en"}
        assert {r["topic"] for r in sets[split]} == set(TOPICS), split


def test_grounded_split_has_no_question_leakage_and_cites_gold():
    seen_text, seen_qid = {}, {}
    per_split = defaultdict(Counter)
    for split in SPLITS:
        for r in _read(KB_DIR.parent / "grounded" / f"{split}.jsonl"):
            for key, table in ((r["question"].casefold().strip(), seen_text), (r["question_id"], seen_qid)):
                assert table.setdefault(key, split) == split, f"{key!r} in {table[key]} and {split}"
            messages = r["messages"]
            assert [m["role"] for m in messages] == ["system", "user", "assistant"]
            assert messages[1]["content"] == r["question"] and messages[2]["content"] == r["answer"]
            shown = extract_citations(messages[0]["content"])
            assert shown == r["passage_ids"] and 1 <= len(shown) <= 3
            if r["answerable"]:
                assert r["gold_passage_id"] in shown
                assert extract_citations(r["answer"]) == [r["gold_passage_id"]]
                gold_topic = r["gold_passage_id"].split("-")[2]
                assert [pid.split("-")[2] for pid in shown].count(gold_topic) == 1  # distractors are off-topic
            else:
                assert r["gold_passage_id"] is None and r["answer"] == NOT_IN_PASSAGES[r["language"]]
                assert all(pid.split("-")[2] != r["topic"] for pid in shown)
            per_split[split][(r["language"], r["topic"])] += 1
    for lang in LANGS:
        for topic in TOPICS:
            assert all(per_split[s][(lang, topic)] > 0 for s in SPLITS), (lang, topic)
    total = sum(sum(c.values()) for c in per_split.values())
    assert 0.7 <= sum(per_split["train"].values()) / total <= 0.9


def test_mcq_set_layout_and_splits(kb):
    passage_ids = {p.id for p in kb}
    items = {split: _read(KB_DIR.parent / "mcq" / f"patient_mcq_{split}.jsonl") for split in SPLITS}
    all_items = [it for split in SPLITS for it in items[split]]
    assert len(all_items) >= 60
    assert all(items[s] for s in SPLITS)
    assert len({it["id"] for it in all_items}) == len(all_items)
    assert len({it["question"] for it in all_items}) == len(all_items)
    for it in all_items:
        assert set(it["options"]) == {"A", "B", "C", "D"} and len(set(it["options"].values())) == 4
        assert it["options"][it["answer_idx"]] == it["answer"]
        assert it["meta_info"].split("/") == ["patient_service", it["passage_id"].split("-")[2]]
        assert it["passage_id"] in passage_ids
    assert {it["meta_info"].split("/")[1] for it in all_items} == set(TOPICS)
    letters = Counter(it["answer_idx"] for it in all_items)
    assert max(letters.values()) < 0.4 * len(all_items)  # no letter bias a model could learn


# ---- bad inputs ------------------------------------------------------------------------------------

GOOD = {"id": "kb-en-visiting-001", "title": "Visiting", "text": "Visitors are welcome in the afternoon."}


def _write_lines(path, lines):
    path.write_bytes(b"\n".join(line if isinstance(line, bytes) else line.encode() for line in lines) + b"\n")
    return path


@pytest.mark.parametrize(
    "lines, pattern",
    [
        (
            [json.dumps(GOOD), json.dumps({"id": "kb-en-visiting-002", "text": "x"})],
            r"bad\.jsonl:2: field 'title' is missing",
        ),
        ([json.dumps(GOOD), json.dumps(GOOD)[:-12]], r"bad\.jsonl:2: not valid JSON"),
        (
            [json.dumps(GOOD), b'{"id": "kb-en-x-002", "title": "\xff\xfe", "text": "t"}'],
            r"bad\.jsonl:2: not valid UTF-8",
        ),
        (
            [json.dumps(GOOD), "", json.dumps(GOOD)],
            r"bad\.jsonl:3: field 'id' 'kb-en-visiting-001' duplicates .*bad\.jsonl:1",
        ),
        ([json.dumps({**GOOD, "id": "has space"})], r"bad\.jsonl:1: field 'id' 'has space' is not a citable id"),
        ([json.dumps({**GOOD, "language": "fr"})], r"bad\.jsonl:1: field 'language' must be one of"),
        ([json.dumps({**GOOD, "title": 3})], r"bad\.jsonl:1: field 'title' must be a non-empty string"),
        (["[1, 2]"], r"bad\.jsonl:1: expected a JSON object"),
    ],
)
def test_bad_passage_files_name_file_line_and_field(tmp_path, lines, pattern):
    path = _write_lines(tmp_path / "bad.jsonl", lines)
    before = path.read_bytes()
    with pytest.raises(UserError, match=pattern):
        load_knowledge_base([path])
    assert path.read_bytes() == before


def test_strict_mode_enforces_bundled_rules(tmp_path):
    record = {
        **GOOD,
        "language": "en",
        "topic": "visiting",
        "source": "medqa-moe patient-service KB (written for this project)",
        "review_date": "2026-11-01",
    }
    path = _write_lines(tmp_path / "passages_en.jsonl", [json.dumps(record)])
    with pytest.raises(
        UserError, match=r"passages_en\.jsonl:1: field 'text' has 6 words; bundled passages need 80-200"
    ):
        load_knowledge_base([path], strict=True)
    record["text"] = " ".join(["word"] * 90)
    _write_lines(path, [json.dumps({**record, "topic": "self_care"})])
    with pytest.raises(UserError, match="field 'id' 'kb-en-visiting-001' must look like kb-en-self_care-NNN"):
        load_knowledge_base([path], strict=True)
    _write_lines(path, [json.dumps({**record, "review_date": "next year"})])
    with pytest.raises(UserError, match="field 'review_date' must be an ISO date"):
        load_knowledge_base([path], strict=True)
    _write_lines(path, [json.dumps(record)])
    assert load_knowledge_base([path], strict=True)[0].id == "kb-en-visiting-001"


def test_user_jsonl_defaults_language_and_topic(tmp_path):
    path = _write_lines(
        tmp_path / "mine.jsonl",
        [json.dumps(GOOD), json.dumps({"id": "ward-7-zh", "title": "探视", "text": "下午开放探视。"})],
    )
    en, zh = load_knowledge_base([path])
    assert (en.language, en.topic, zh.language) == ("en", "general", "zh")
    assert [p.id for p in load_knowledge_base([path], languages="zh")] == ["ward-7-zh"]
    with pytest.raises(UserError, match="unsupported language 'de'"):
        load_knowledge_base([path], languages=["de"])


def _question(**overrides):
    record = {
        "id": "q-en-0001",
        "passage_id": "kb-en-visiting-001",
        "language": "en",
        "question": "When can I visit?",
        "paraphrases": ["What are the visiting times?", "visting hours", "Can I come by after work?"],
        "answer": "In the afternoon. [kb-en-visiting-001]",
    }
    return json.dumps({**record, **overrides})


@pytest.mark.parametrize(
    "line, pattern",
    [
        (
            _question(answer="In the afternoon."),
            r"q\.jsonl:1: field 'answer' must end with the citation \[kb-en-visiting-001\]",
        ),
        (
            _question(passage_id="kb-en-visiting-999", answer="x [kb-en-visiting-999]"),
            r"q\.jsonl:1: field 'passage_id' 'kb-en-visiting-999' is not a passage",
        ),
        (_question(paraphrases=["a", "b"]), r"q\.jsonl:1: field 'paraphrases' must be a list of 3-5 strings"),
        (
            _question(paraphrases=["When can I visit", "b", "c"]),
            r"q\.jsonl:1: field 'paraphrases' repeats the question",
        ),
        (_question(split_hint="dev"), r"q\.jsonl:1: field 'split_hint' must be one of"),
        (_question(id="q-0001"), r"q\.jsonl:1: field 'id' 'q-0001' must look like q-en-NNNN"),
    ],
)
def test_bad_question_files_name_file_line_and_field(tmp_path, line, pattern):
    passages = load_knowledge_base([_write_lines(tmp_path / "p.jsonl", [json.dumps(GOOD)])])
    path = _write_lines(tmp_path / "q.jsonl", [line])
    with pytest.raises(UserError, match=pattern):
        load_questions([path], passages=passages)


def test_question_wording_shared_by_two_ids_is_rejected(tmp_path):
    passages = load_knowledge_base([_write_lines(tmp_path / "p.jsonl", [json.dumps(GOOD)])])
    path = _write_lines(tmp_path / "q.jsonl", [_question(), _question(id="q-en-0002", question="When can I VISIT??")])
    with pytest.raises(UserError, match=r"q\.jsonl:2: field 'paraphrases' wording .* also appears in .*q\.jsonl:1"):
        load_questions([path], passages=passages)


# ---- user documents --------------------------------------------------------------------------------


def test_markdown_directory_becomes_passages(tmp_path):
    docs = tmp_path / "docs"
    (docs / "wards").mkdir(parents=True)
    (docs / "visiting.md").write_text(
        "# Visiting guide\n\n## Hours\nVisitors are welcome 2pm to 8pm.\n\n## Children\nChildren must be supervised.\n",
        encoding="utf-8",
    )
    (docs / "parking.txt").write_text("Parking is free for blue badge holders.\n", encoding="utf-8")
    (docs / "wards" / "探视须知.md").write_text(
        "# 探视须知\n\n重症监护室每次最多两名访客，请先按门铃。\n", encoding="utf-8"
    )
    (docs / ".hidden.md").write_text("secret draft", encoding="utf-8")
    (docs / "image.png").write_bytes(b"\x89PNG")
    passages = load_user_documents(docs)
    by_title = {p.title: p for p in passages}
    assert set(by_title) == {"parking", "Visiting guide: Hours", "Visiting guide: Children", "探视须知"}
    assert by_title["parking"].id == "doc-parking"
    assert [by_title[t].id for t in ("Visiting guide: Hours", "Visiting guide: Children")] == [
        "doc-visiting-01",
        "doc-visiting-02",
    ]
    assert by_title["Visiting guide: Children"].text == "Children must be supervised."
    zh = by_title["探视须知"]
    assert zh.language == "zh" and zh.id.startswith("doc-wards-") and zh.source == str(Path("wards") / "探视须知.md")
    assert by_title["parking"].language == "en" and by_title["parking"].topic == "general"
    assert all(extract_citations(f"[{p.id}]") == [p.id] for p in passages)
    assert load_user_documents(docs) == passages  # stable ids and order


def test_front_matter_is_dropped_and_code_fences_are_not_headings(tmp_path):
    path = tmp_path / "Discharge_Guide.md"
    path.write_text("---\nauthor: x\n---\nGoing home advice.\n\n```\n# not a heading\n```\n", encoding="utf-8")
    (passage,) = load_user_documents(path)
    assert (passage.id, passage.title) == ("doc-discharge-guide", "Discharge Guide")
    assert passage.text == "Going home advice.\n\n```\n# not a heading\n```"


def test_long_sections_are_split_at_paragraphs(tmp_path):
    paragraphs = [" ".join([f"word{i}"] * 40) for i in range(5)]
    path = tmp_path / "long.md"
    path.write_text("# Long\n\n" + "\n\n".join(paragraphs), encoding="utf-8")
    passages = load_user_documents(path, max_words=100)
    assert [p.id for p in passages] == ["doc-long-01", "doc-long-02", "doc-long-03"]
    assert all(text_length(p.text, "en") <= 100 for p in passages)
    assert " ".join(p.text for p in passages).split() == " ".join(paragraphs).split()


def test_bad_user_documents(tmp_path):
    with pytest.raises(UserError, match="no such file or directory"):
        load_user_documents(tmp_path / "missing")
    (tmp_path / "empty").mkdir()
    with pytest.raises(UserError, match="no .jsonl, .md, .markdown, .txt files found"):
        load_user_documents(tmp_path / "empty")
    bad = tmp_path / "bad.md"
    bad.write_bytes(b"# Title\n\xff\xfe broken")
    with pytest.raises(UserError, match=r"bad\.md: not valid UTF-8"):
        load_user_documents(bad)
    with pytest.raises(UserError, match="unsupported document type '.pdf'"):
        load_user_documents(_write_lines(tmp_path / "x.pdf", ["%PDF"]))
    clash = tmp_path / "clash"
    clash.mkdir()
    (clash / "a.md").write_text("text a", encoding="utf-8")
    (clash / "a.txt").write_text("text b", encoding="utf-8")
    with pytest.raises(UserError, match="passage id 'doc-a' duplicates"):
        load_user_documents(clash)
    blank = tmp_path / "blank"
    blank.mkdir()
    (blank / "a.md").write_text("# Only a title\n", encoding="utf-8")
    with pytest.raises(UserError, match="contain no text"):
        load_user_documents(blank)


def _content_units(text: str, language: str) -> set[str]:
    if language == "zh":
        return set(re.findall(r"[\u4e00-\u9fff]", text))
    return set(re.findall(r"[a-z]{4,}", text.lower()))


def test_answers_are_grounded_in_their_gold_passage(kb, questions):
    # A cheap faithfulness guard: nearly every content word (EN) or character (ZH) of a reference
    # answer must occur in its gold passage, so answers cannot smuggle in outside facts.
    by_id = {p.id: p for p in kb}
    for q in questions:
        gold = by_id[q.passage_id]
        answer = _content_units(q.answer.rsplit("[", 1)[0], q.language)
        source = _content_units(f"{gold.title} {gold.text}", q.language)
        missing = (
            {u for u in answer - source if not any(s.startswith(u[:5]) for s in source)}
            if q.language == "en"
            else answer - source
        )
        assert len(missing) <= 0.3 * len(answer), (q.id, sorted(missing))
