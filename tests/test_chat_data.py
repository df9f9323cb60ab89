"""Chat data: validation names file/row/field, assistant-only labels, packing that changes no logits, sampler."""

import json

import pytest
import torch

from moe_core import chat_data
from moe_core.chat_data import IGNORE_INDEX, ResumableSampler
from moe_core.errors import UserError


def conversation(i: int) -> list[dict]:
    return [
        {"role": "system", "content": "You are a careful assistant."},
        {"role": "user", "content": f"question {i}: I have a mild fever"},
        {"role": "assistant", "content": f"answer {i}: rest and drink fluids"},
        {"role": "user", "content": "and if it gets worse?"},
        {"role": "assistant", "content": "see a doctor" + " soon" * (i % 3)},
    ]


@pytest.fixture(scope="module")
def tokenizer():
    from moe_core.tokenizer import train_chatml_tokenizer

    texts = [m["content"] for i in range(8) for m in conversation(i)] * 5
    return train_chatml_tokenizer(texts, vocab_size=400, min_frequency=1)  # ids fit the 512-vocab presets


def write_jsonl(path, rows) -> str:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows))
    return str(path)


def test_loads_valid_jsonl(tmp_path):
    path = write_jsonl(tmp_path / "ok.jsonl", [{"messages": conversation(i)} for i in range(3)])
    convs = chat_data.load_conversations(path)
    assert len(convs) == 3 and convs[1][2]["content"] == "answer 1: rest and drink fluids"


@pytest.mark.parametrize(
    "rows, pattern",
    [
        ([{"messages": conversation(0)}, {"messages": []}], r"row 2: field 'messages' is empty"),
        ([{"messages": conversation(0)}, {"messages": [{"role": "doctor", "content": "x"}]}],
         r"row 2: field 'messages'\[0\]\.role is 'doctor'"),
        ([{"messages": conversation(0)}, {"messages": conversation(1)},
          {"messages": [{"role": "user", "content": 5}]}], r"row 3: field 'messages'\[0\]\.content must be a string"),
        ([{"messages": [{"role": "user", "content": "hi"}]}], r"row 1: field 'messages' has no assistant message"),
        ([{"messages": conversation(0)}, {"messages": "hello"}], r"row 2: field 'messages' must be a list"),
        ([{"messages": conversation(0)}, {"messages": [{"content": "x"}]}], r"row 2: field 'messages'\[0\] has no 'role'"),
        ([{"text": "hello"}], r"no 'messages' field \(columns: text\)"),
        ([json.dumps({"messages": conversation(0)}), "{not json"], r"bad.jsonl:2: not valid JSON"),
    ],
)
def test_schema_errors_name_file_row_and_field(tmp_path, rows, pattern):
    path = write_jsonl(tmp_path / "bad.jsonl", rows)
    with pytest.raises(UserError, match=pattern) as exc:
        chat_data.load_conversations(path)
    assert "bad.jsonl" in str(exc.value)


def test_missing_empty_and_unsupported_files(tmp_path):
    with pytest.raises(UserError, match="data file not found: .*nope.jsonl"):
        chat_data.load_conversations(str(tmp_path / "nope.jsonl"))
    (tmp_path / "empty.jsonl").write_text("")
    with pytest.raises(UserError, match="empty"):
        chat_data.load_conversations(str(tmp_path / "empty.jsonl"))
    (tmp_path / "data.csv").write_text("a,b\n")
    with pytest.raises(UserError, match="unsupported format '.csv'"):
        chat_data.load_conversations(str(tmp_path / "data.csv"))


def test_custom_field_names(tmp_path):
    rows = [{"conv": [{"from": m["role"], "value": m["content"]} for m in conversation(0)]}]
    path = write_jsonl(tmp_path / "alt.jsonl", rows)
    convs = chat_data.load_conversations(path, messages_field="conv", role_field="from", content_field="value")
    assert convs[0][1] == {"role": "user", "content": "question 0: I have a mild fever"}


def test_labels_cover_exactly_the_assistant_turns(tokenizer):
    ex = chat_data.tokenize_conversation(tokenizer, conversation(2), max_length=512)
    trained = tokenizer.decode([t for t, l in zip(ex["input_ids"], ex["labels"]) if l != IGNORE_INDEX])
    assert trained == "answer 2: rest and drink fluids<|im_end|>\nsee a doctor soon soon<|im_end|>\n"
    ignored = tokenizer.decode([t for t, l in zip(ex["input_ids"], ex["labels"]) if l == IGNORE_INDEX])
    assert "I have a mild fever" in ignored and "careful assistant" in ignored and "rest" not in ignored
    # labels are the input ids where trained
    assert all(l in (IGNORE_INDEX, t) for t, l in zip(ex["input_ids"], ex["labels"]))


def test_truncation_and_dropping_examples_without_targets(tokenizer):
    full = chat_data.tokenize_conversation(tokenizer, conversation(0), max_length=10_000)
    cut = chat_data.tokenize_conversation(tokenizer, conversation(0), max_length=12)
    assert len(cut["input_ids"]) == 12 and cut["input_ids"] == full["input_ids"][:12]
    with pytest.raises(UserError, match="max_length"):
        chat_data.tokenize_all(tokenizer, [conversation(0)], max_length=12)


def test_cut_conversations_are_reported(tokenizer, capsys):
    whole = len(chat_data.tokenize_conversation(tokenizer, conversation(0), max_length=10_000)["input_ids"])
    chat_data.tokenize_all(tokenizer, [conversation(i) for i in range(3)], max_length=10_000, source="train.jsonl")
    assert "cut" not in capsys.readouterr().err
    kept = chat_data.tokenize_all(tokenizer, [conversation(i) for i in range(3)], max_length=whole - 2,
                                  source="train.jsonl")
    err = capsys.readouterr().err
    assert kept and "train.jsonl:" in err and f"data.max_length={whole - 2}" in err and "of 3 conversations" in err


def test_packing_rows_positions_and_label_boundaries(tokenizer):
    examples = chat_data.tokenize_all(tokenizer, [conversation(i) for i in range(6)], max_length=512)
    lengths = [len(e["input_ids"]) for e in examples]
    pack_length = max(lengths) * 2 + 1
    rows = chat_data.pack_examples(examples, pack_length)
    assert sum(len(r["input_ids"]) for r in rows) == sum(lengths)
    assert all(len(r["input_ids"]) <= pack_length for r in rows) and len(rows) < len(examples)
    for row in rows:
        starts = [i for i, p in enumerate(row["position_ids"]) if p == 0]
        assert all(row["labels"][s] == IGNORE_INDEX for s in starts)  # nothing predicted across a boundary
    batch = chat_data.collate(rows, tokenizer.pad_token_id, pad_to=pack_length)
    assert "attention_mask" not in batch and batch["position_ids"].shape == (len(rows), pack_length)
    with pytest.raises(UserError, match="pack_length"):
        chat_data.pack_examples(examples, min(lengths) - 1)


@pytest.mark.parametrize("attn", ["sdpa", "eager"])
def test_packed_logits_equal_unpacked_logits(tiny_preset_dirs, tokenizer, attn):
    from transformers import AutoModelForCausalLM

    model = AutoModelForCausalLM.from_pretrained(tiny_preset_dirs["qwen3_moe"], dtype=torch.float32,
                                                 attn_implementation=attn).eval()
    examples = chat_data.tokenize_all(tokenizer, [conversation(i) for i in range(5)], max_length=512)
    pack_length = sum(len(e["input_ids"]) for e in examples[:3]) + 7  # 3 examples + padding in row 1
    rows = chat_data.pack_examples(examples, pack_length)
    assert len(rows) == 2
    batch = chat_data.collate(rows, tokenizer.pad_token_id, pad_to=pack_length)
    with torch.no_grad():
        packed = model(input_ids=batch["input_ids"], position_ids=batch["position_ids"], use_cache=False).logits
        row, offset, checked = 0, 0, 0
        for ex in examples:
            n = len(ex["input_ids"])
            if offset + n > len(rows[row]["input_ids"]):
                row, offset = row + 1, 0
            alone = model(input_ids=torch.tensor([ex["input_ids"]]), use_cache=False).logits[0]
            torch.testing.assert_close(packed[row, offset : offset + n], alone, atol=1e-5, rtol=1e-5)
            offset += n
            checked += 1
    assert checked == 5


def test_padded_batch_matches_single_examples(tiny_preset_dirs, tokenizer):
    from transformers import AutoModelForCausalLM

    model = AutoModelForCausalLM.from_pretrained(tiny_preset_dirs["qwen3_moe"], dtype=torch.float32).eval()
    examples = chat_data.tokenize_all(tokenizer, [conversation(i) for i in range(3)], max_length=512)
    batch = chat_data.collate(examples, tokenizer.pad_token_id)
    with torch.no_grad():
        logits = model(input_ids=batch["input_ids"], attention_mask=batch["attention_mask"], use_cache=False).logits
        for i, ex in enumerate(examples):
            alone = model(input_ids=torch.tensor([ex["input_ids"]]), use_cache=False).logits[0]
            torch.testing.assert_close(logits[i, : len(ex["input_ids"])], alone, atol=1e-5, rtol=1e-5)


def test_sampler_is_seeded_covers_each_epoch_and_resumes():
    a = ResumableSampler(10, seed=3)
    first = a.take(7) + a.take(7) + a.take(6)
    assert sorted(first[:10]) == list(range(10)) and sorted(first[10:]) == list(range(10))
    assert first[:10] != first[10:]  # reshuffled per epoch
    assert ResumableSampler(10, seed=4).take(10) != first[:10]
    b = ResumableSampler(10, seed=3)
    b.take(7)
    state = b.state_dict()
    c = ResumableSampler(10, seed=3)
    c.load_state_dict(state)
    assert c.take(13) == first[7:]
    with pytest.raises(UserError, match="data or seed changed"):
        ResumableSampler(11, seed=3).load_state_dict(state)
