"""Loaders for each upstream layout, and clear all-or-nothing errors for bad files."""

import json
from pathlib import Path

import pytest

from medqa.data import (
    DataFormatError,
    load_chat,
    load_mmlu_medical,
    load_multiple_choice,
    to_dataset,
    write_jsonl_atomic,
)

FIX = Path(__file__).parent / "fixtures" / "data"


@pytest.mark.parametrize(
    "name, layout, n_options",
    [
        ("medqa_us.jsonl", "medqa", 5),
        ("medqa_us_4options.jsonl", "medqa", 4),
        ("medqa_4options_hf.jsonl", "medqa_4options", 4),
        ("medmcqa.jsonl", "medmcqa", 4),
        ("pubmedqa_ori_pqal.json", "pubmedqa", 3),
        ("pubmedqa_hf.jsonl", "pubmedqa", 3),
    ],
)
def test_each_layout_normalises(name, layout, n_options):
    items = load_multiple_choice(str(FIX / name))
    assert items and all(item.source.startswith(layout.split("_")[0]) for item in items)
    for item in items:
        assert len(item.options) == n_options and item.question
        assert 0 <= item.answer_index < n_options


def test_answers_agree_across_medqa_layouts():
    original = load_multiple_choice(str(FIX / "medqa_us_4options.jsonl"))
    hf = load_multiple_choice(str(FIX / "medqa_4options_hf.jsonl"))
    assert [(i.question, i.options, i.answer_index) for i in original] == [
        (i.question, i.options, i.answer_index) for i in hf
    ]


def test_medmcqa_zero_and_one_based_layouts_agree():
    hub = load_multiple_choice(str(FIX / "medmcqa.jsonl"))
    original = load_multiple_choice(str(FIX / "medmcqa_original.jsonl"), layout="original")
    assert [i.answer_index for i in hub] == [i.answer_index for i in original] == [1, 0, 2]
    assert hub[0].subject == "Anatomy" and hub[0].extra["topic_name"] == "Upper limb"


def test_pubmedqa_layouts_agree_and_keep_context():
    a = load_multiple_choice(str(FIX / "pubmedqa_ori_pqal.json"))
    b = load_multiple_choice(str(FIX / "pubmedqa_hf.jsonl"))
    assert [(i.id, i.answer_index, i.context) for i in a] == [(i.id, i.answer_index, i.context) for i in b]
    assert [i.options[i.answer_index] for i in a] == ["yes", "no", "maybe"]
    assert "hip surgery" in a[0].context


def test_mmlu_keeps_only_medical_subjects():
    items = load_mmlu_medical(str(FIX / "mmlu_medical.jsonl"))
    assert {i.subject for i in items} == {"anatomy", "college_biology", "clinical_knowledge"}
    assert [i.options[i.answer_index] for i in items][0] == "Calcaneus"


def test_chat_loader_and_dataset_conversion():
    examples = load_chat(str(FIX / "chat.jsonl"))
    assert len(examples) == 2 and examples[1].messages[0]["role"] == "system"
    dataset = to_dataset(examples)
    assert dataset.num_rows == 2 and dataset[0]["messages"][1]["role"] == "assistant"


def write(tmp_path, lines, name="bad.jsonl", raw=None):
    path = tmp_path / name
    if raw is not None:
        path.write_bytes(raw)
    else:
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def good_hf_row(**changes):
    row = {"id": "x", "sent1": "Q?", "sent2": "", "ending0": "a", "ending1": "b", "ending2": "c", "ending3": "d", "label": 0}
    row.update(changes)
    return {k: v for k, v in row.items() if v is not ...}


@pytest.mark.parametrize(
    "rows, expected",
    [
        ([good_hf_row(), good_hf_row(ending2=...)], ["bad.jsonl:2", "'ending2'", "missing"]),
        ([good_hf_row(), good_hf_row(label=7)], ["bad.jsonl:2", "'label'", "0-3"]),
        ([good_hf_row(label="A")], ["bad.jsonl:1", "'label'", "int"]),
    ],
)
def test_bad_rows_name_file_line_and_field(tmp_path, rows, expected):
    path = write(tmp_path, [json.dumps(r) for r in rows])
    with pytest.raises(DataFormatError) as exc:
        load_multiple_choice(path)
    message = str(exc.value)
    assert "bad.jsonl" in message and all(part in message for part in expected), message


def test_truncated_line_is_reported(tmp_path):
    good = json.dumps(good_hf_row())
    path = write(tmp_path, [good, good[: len(good) // 2]])
    with pytest.raises(DataFormatError, match=r"bad.jsonl:2: not valid JSON"):
        load_multiple_choice(path)


def test_bad_encoding_is_reported(tmp_path):
    good = json.dumps(good_hf_row()).encode()
    path = write(tmp_path, None, raw=good + b"\n" + good.replace(b"Q?", b"Q\xff?") + b"\n")
    with pytest.raises(DataFormatError, match=r"bad.jsonl:2: not valid UTF-8"):
        load_multiple_choice(path)


def test_medqa_answer_idx_must_be_an_option(tmp_path):
    row = {"question": "Q", "options": {"A": "x", "B": "y"}, "answer_idx": "C", "answer": "z", "meta_info": "step1"}
    with pytest.raises(DataFormatError, match=r"bad.jsonl:1: field 'answer_idx'"):
        load_multiple_choice(write(tmp_path, [json.dumps(row)]))


def test_chat_errors_name_turn_and_field(tmp_path):
    rows = [{"messages": [{"role": "user", "content": "hi"}, {"role": "doctor", "content": "hello"}]}]
    with pytest.raises(DataFormatError, match=r"bad.jsonl:1: field 'messages\[1\]\.role'"):
        load_chat(write(tmp_path, [json.dumps(r) for r in rows]))
    with pytest.raises(DataFormatError, match=r"no assistant turn"):
        load_chat(write(tmp_path, [json.dumps({"messages": [{"role": "user", "content": "hi"}]})], name="b.jsonl"))


def test_missing_file_and_unknown_layout(tmp_path):
    with pytest.raises(DataFormatError, match="not found"):
        load_multiple_choice(str(tmp_path / "nope.jsonl"))
    with pytest.raises(DataFormatError, match="cannot tell the layout"):
        load_multiple_choice(write(tmp_path, [json.dumps({"foo": 1})]))


def test_atomic_write_leaves_old_file_on_failure(tmp_path):
    target = tmp_path / "out.jsonl"
    write_jsonl_atomic([{"a": 1}], target)

    def rows():
        yield {"a": 2}
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        write_jsonl_atomic(rows(), target)
    assert target.read_text() == '{"a": 1}\n'
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]


def test_hub_names_take_the_datasets_path(monkeypatch):
    # The hub cannot be reached here: stand in for it with the fixture rows, as datasets would return them.
    import datasets

    rows = [json.loads(line) for line in (FIX / "medqa_4options_hf.jsonl").read_text().splitlines()]
    calls = []

    def fake_load_dataset(name, config=None, split=None):
        calls.append((name, config, split))
        return datasets.Dataset.from_list(rows)

    monkeypatch.setattr(datasets, "load_dataset", fake_load_dataset)
    items = load_multiple_choice("GBaker/MedQA-USMLE-4-options-hf", split="test")
    assert calls == [("GBaker/MedQA-USMLE-4-options-hf", None, "test")]
    assert [i.answer_index for i in items] == [r["label"] for r in rows]
