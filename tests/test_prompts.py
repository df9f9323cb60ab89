"""Grounded chat prompts: message layout, ChatML rendering, citations and language detection."""

import pytest

from medqa.knowledge_base import Passage
from medqa.prompts import (
    DISCLAIMER,
    NO_PASSAGES,
    NOT_IN_PASSAGES,
    SYSTEM_PROMPT,
    build_grounded_messages,
    detect_language,
    extract_citations,
    format_passages,
)
from moe_core.errors import UserError
from moe_core.tokenizer import train_chatml_tokenizer

PASSAGES = [
    Passage(
        "kb-en-visiting-001",
        "General visiting hours",
        "en",
        "visiting",
        "Visitors are welcome from early afternoon until evening.",
        "test",
        "2026-11-01",
    ),
    {"id": "kb-zh-visiting-001", "title": "探视时间", "text": "普通病房下午至晚上开放探视。"},
]


def test_messages_put_prompt_and_passages_in_system_then_history_then_question():
    history = [{"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Hello, how can I help?"}]
    messages = build_grounded_messages("  When can I visit?  ", PASSAGES, history=history)
    assert [m["role"] for m in messages] == ["system", "user", "assistant", "user"]
    system = messages[0]["content"]
    assert system.startswith(SYSTEM_PROMPT["en"])
    assert "[kb-en-visiting-001] General visiting hours\nVisitors are welcome" in system
    assert system.index("kb-en-visiting-001") < system.index("kb-zh-visiting-001")
    assert messages[1:3] == history
    assert messages[-1] == {"role": "user", "content": "When can I visit?"}


def test_language_follows_question_unless_given():
    zh = build_grounded_messages("我什么时候可以探视？", PASSAGES)
    assert zh[0]["content"].startswith(SYSTEM_PROMPT["zh"])
    forced = build_grounded_messages("我什么时候可以探视？", PASSAGES, language="en")
    assert forced[0]["content"].startswith(SYSTEM_PROMPT["en"])
    with pytest.raises(UserError, match="unsupported language 'fr'"):
        build_grounded_messages("Bonjour", PASSAGES, language="fr")


def test_no_passages_says_so_in_system_message():
    system = build_grounded_messages("Where is the pharmacy?", [])[0]["content"]
    assert system.endswith(NO_PASSAGES["en"])
    assert "[" not in system.split(SYSTEM_PROMPT["en"])[1]


@pytest.mark.parametrize(
    "question, history, message",
    [
        ("   ", None, "question is empty"),
        ("Hi", [{"role": "system", "content": "x"}], "history turn 0"),
        ("Hi", [{"role": "user"}], "history turn 0"),
    ],
)
def test_bad_inputs_raise_user_error(question, history, message):
    with pytest.raises(UserError, match=message):
        build_grounded_messages(question, PASSAGES, history=history)


def test_format_passages_rejects_passage_without_text():
    assert format_passages(PASSAGES[:1]) == (
        "[kb-en-visiting-001] General visiting hours\nVisitors are welcome from early afternoon until evening."
    )
    with pytest.raises(UserError, match="'text'"):
        format_passages([{"id": "kb-en-x-001", "title": "t", "text": " "}])


def test_messages_render_through_chatml_tokenizer():
    corpus = [SYSTEM_PROMPT["en"], SYSTEM_PROMPT["zh"], format_passages(PASSAGES)] * 20
    tokenizer = train_chatml_tokenizer(corpus, vocab_size=600, min_frequency=1)
    messages = build_grounded_messages("When can I visit?", PASSAGES)
    messages.append({"role": "assistant", "content": "From early afternoon until evening. [kb-en-visiting-001]"})
    rendered = tokenizer.apply_chat_template(messages, tokenize=False)
    assert rendered.startswith("<|im_start|>system\n" + SYSTEM_PROMPT["en"])
    assert rendered.count("<|im_start|>") == 3 and rendered.endswith("[kb-en-visiting-001]<|im_end|>\n")
    ids = tokenizer.apply_chat_template(messages, tokenize=True)
    ids = ids["input_ids"] if hasattr(ids, "keys") else ids
    assert tokenizer.decode(ids) == rendered
    assert extract_citations(rendered) == ["kb-en-visiting-001", "kb-zh-visiting-001"]


def test_extract_citations_english_and_chinese():
    en = "Visit from 2pm [kb-en-visiting-001]. Parking is limited [kb-en-appointments-008][kb-en-visiting-001]."
    assert extract_citations(en) == ["kb-en-visiting-001", "kb-en-appointments-008"]
    zh = "普通病房下午开放探视【kb-zh-visiting-001】，请勿带鲜花[kb-zh-visiting-003, kb-zh-visiting-001]。"
    assert extract_citations(zh) == ["kb-zh-visiting-001", "kb-zh-visiting-003"]
    user_docs = "See [doc-visiting-02] and [doc-a1b2c3d4]."
    assert extract_citations(user_docs) == ["doc-visiting-02", "doc-a1b2c3d4"]


def test_extract_citations_ignores_non_ids():
    text = "Footnote [1], [sic], a [link-text](http://x.org), an empty [] and a bare kb-en-visiting-001."
    assert extract_citations(text) == []
    assert extract_citations("") == []


@pytest.mark.parametrize(
    "text, language",
    [
        ("How do I book an appointment?", "en"),
        ("我想预约MRI检查", "zh"),
        ("请问 CT scan with contrast 需要空腹吗", "zh"),
        ("What does 发烧 mean?", "en"),
        ("", "en"),
        ("12345 !!!", "en"),
    ],
)
def test_detect_language(text, language):
    assert detect_language(text) == language


def test_prompt_tables_cover_both_languages_and_safety_rules():
    for table in (SYSTEM_PROMPT, DISCLAIMER, NOT_IN_PASSAGES, NO_PASSAGES):
        assert set(table) == {"en", "zh"} and all(table.values())
    assert "emergency number" in SYSTEM_PROMPT["en"] and "急救电话" in SYSTEM_PROMPT["zh"]
    assert "diagnose" in SYSTEM_PROMPT["en"] and "诊断" in SYSTEM_PROMPT["zh"]
    assert extract_citations(NOT_IN_PASSAGES["en"]) == [] and extract_citations(NOT_IN_PASSAGES["zh"]) == []


def test_system_prompt_itself_cites_nothing():
    # Any id inside the prompt would be counted as a citation by eval and could be parroted by the model.
    assert extract_citations(SYSTEM_PROMPT["en"] + SYSTEM_PROMPT["zh"] + DISCLAIMER["en"] + DISCLAIMER["zh"]) == []
