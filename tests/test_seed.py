"""The embedded default builds offline, loads through the real Auto-class path, and is reused when unchanged."""

import json

import pytest
import torch
from transformers import AutoModelForCausalLM, AutoTokenizer

from medqa.seed import MANIFEST, build_seed, corpus_files
from moe_core.errors import UserError


@pytest.fixture(scope="module")
def seed_dir(tmp_path_factory):
    return build_seed(tmp_path_factory.mktemp("seed") / "seed", vocab_size=2000)


def test_seed_is_a_loadable_qwen3_moe_with_project_tokenizer(seed_dir):
    tokenizer = AutoTokenizer.from_pretrained(seed_dir)
    model = AutoModelForCausalLM.from_pretrained(seed_dir)
    assert model.config.model_type == "qwen3_moe"
    assert model.config.vocab_size == len(tokenizer)
    assert model.config.eos_token_id == tokenizer.convert_tokens_to_ids("<|im_end|>")
    prompt = tokenizer.apply_chat_template([{"role": "user", "content": "如何预约？"}], add_generation_prompt=True, return_tensors="pt", return_dict=True)
    out = model.generate(**prompt, max_new_tokens=5, do_sample=False)
    assert out.shape[1] > prompt["input_ids"].shape[1]
    assert torch.isfinite(model(**prompt).logits).all()


def test_manifest_records_corpus_hashes(seed_dir):
    manifest = json.loads((seed_dir / MANIFEST).read_text())
    import hashlib

    from medqa.seed import ASSETS

    files = corpus_files()
    assert files, "the bundled corpus is empty"
    assert manifest["corpus"] == [
        {"file": str(p.relative_to(ASSETS)), "sha256": hashlib.sha256(p.read_bytes()).hexdigest()} for p in files
    ]
    assert manifest["family"] == "qwen3_moe" and manifest["corpus_texts"] > 0


def test_unchanged_inputs_reuse_the_directory(seed_dir):
    weights = next(seed_dir.glob("*.safetensors"))
    before = weights.stat().st_mtime_ns
    assert build_seed(seed_dir, vocab_size=2000) == seed_dir
    assert weights.stat().st_mtime_ns == before


def test_refuses_to_overwrite_a_foreign_directory(tmp_path):
    (tmp_path / "keep.txt").write_text("user data")
    with pytest.raises(UserError, match="not a seed directory"):
        build_seed(tmp_path, vocab_size=2000)
    assert (tmp_path / "keep.txt").read_text() == "user data"


def _fake_pretrained(tmp_path, fingerprint):
    """A seed directory marked as pre-trained (the weights do not matter for the selection logic)."""
    shipped = build_seed(tmp_path / "shipped", vocab_size=2000, use_pretrained=False)
    manifest = json.loads((shipped / MANIFEST).read_text())
    manifest.update({"pretrained": {"steps": 1}, "fingerprint": fingerprint})
    (shipped / MANIFEST).write_text(json.dumps(manifest))
    return shipped


def test_shipped_pretrained_seed_is_used_when_it_matches_the_corpus(tmp_path, monkeypatch):
    import medqa.seed as seed_module

    shipped = _fake_pretrained(tmp_path, seed_module.corpus_fingerprint(2000, 0))
    monkeypatch.setattr(seed_module, "PRETRAINED_DIR", shipped)
    out = build_seed(tmp_path / "run" / "seed", vocab_size=2000)
    assert "pretrained" in json.loads((out / MANIFEST).read_text())
    assert (out / "model.safetensors").read_bytes() == (shipped / "model.safetensors").read_bytes()
    # Asking for a random seed replaces the pre-trained copy rather than reusing it.
    out = build_seed(out, vocab_size=2000, use_pretrained=False)
    assert "pretrained" not in json.loads((out / MANIFEST).read_text())


def test_stale_pretrained_seed_falls_back_to_random_init(tmp_path, monkeypatch, capsys):
    import medqa.seed as seed_module

    shipped = _fake_pretrained(tmp_path, "built-from-an-older-corpus")
    monkeypatch.setattr(seed_module, "PRETRAINED_DIR", shipped)
    monkeypatch.setattr(seed_module, "DEFAULT_VOCAB", 2000)
    out = build_seed(tmp_path / "run" / "seed", vocab_size=2000)
    assert "pretrained" not in json.loads((out / MANIFEST).read_text())
    assert "scripts/pretrain_seed.py" in capsys.readouterr().err


def test_out_that_is_a_file_or_unwritable_is_a_clear_error(tmp_path, monkeypatch, capsys):
    import os
    import tempfile

    import medqa.seed as seed_module
    from serving.cli import main

    precious = tmp_path / "precious.txt"
    precious.write_text("keep")
    assert main(["build-seed", "--out", str(precious), "--vocab-size", "2000"]) == 2
    assert capsys.readouterr().err.endswith(f"medqa: error: {precious} exists and is a file, not a seed directory; "
                                            f"choose another --out\n")
    assert precious.read_text() == "keep"
    real = tempfile.TemporaryFile

    def read_only(*args, dir=None, **kwargs):  # root ignores chmod, so simulate a read-only directory
        if dir is not None and os.path.abspath(dir) == str(tmp_path):
            raise PermissionError(13, os.strerror(13))
        return real(*args, dir=dir, **kwargs)

    monkeypatch.setattr(tempfile, "TemporaryFile", read_only)
    monkeypatch.setattr(seed_module, "corpus_texts", lambda files: pytest.fail("built before checking --out"))
    with pytest.raises(UserError, match=rf"--out {tmp_path / 'x'}: cannot write in {tmp_path} \(Permission denied\)"):
        build_seed(tmp_path / "x", vocab_size=2000)


def test_non_default_seed_or_vocab_says_the_model_is_untrained(tmp_path, monkeypatch, capsys):
    import medqa.seed as seed_module
    from serving.cli import main

    monkeypatch.setattr(seed_module, "build_seed", lambda out, **kwargs: tmp_path)
    assert main(["build-seed", "--out", str(tmp_path), "--seed", "1"]) == 0
    err = capsys.readouterr().err
    assert "note: --seed 1 (not the default): the shipped pre-trained weights do not apply" in err
    assert "untrained" in err
    assert main(["build-seed", "--out", str(tmp_path)]) == 0
    assert "note:" not in capsys.readouterr().err


def test_the_shipped_seed_still_matches_the_bundled_corpus(tmp_path):
    """Adding an evaluation set under medqa/assets must not silently swap the shipped seed for a random one."""
    from medqa.seed import PRETRAINED_DIR, corpus_files, pretrained_seed

    assert pretrained_seed() == PRETRAINED_DIR
    assert not any("out_of_scope" in p.name for p in corpus_files())


# --- scripts/pretrain_seed.py: the pre-training corpus (closed book + open book) ------------------------------

def _pretrain_script():
    """scripts/pretrain_seed.py as a module (scripts/ is not a package)."""
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "scripts" / "pretrain_seed.py"
    spec = importlib.util.spec_from_file_location("pretrain_seed", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def pretrain():
    return _pretrain_script()


@pytest.fixture(scope="module")
def open_book_rows(pretrain):
    return pretrain.open_book_conversations()


def _passage_ids_in_prompt(system: str) -> list[str]:
    import re

    return re.findall(r"^\[([^\]]+)\] ", system, flags=re.MULTILINE)


def test_open_book_chats_use_the_served_prompt_and_keep_held_out_questions_out(pretrain, open_book_rows):
    from medqa.knowledge_base import load_split_questions
    from medqa.prompts import SYSTEM_PROMPT

    held_out = {w for split in ("validation", "test") for q in load_split_questions(split) for w in q.variants}
    closed = pretrain.closed_book_conversations()
    for row in closed + open_book_rows:
        users = [m["content"] for m in row["messages"] if m["role"] == "user"]
        assert not held_out.intersection(users), users
    for row in open_book_rows:
        roles = [m["role"] for m in row["messages"]]
        assert roles == ["system", "user", "assistant"], roles
        system = row["messages"][0]["content"]
        assert system.startswith((SYSTEM_PROMPT["en"], SYSTEM_PROMPT["zh"]))
    # The closed-book part (what ties ids to content) is still all there, first.
    both = pretrain.corpus_conversations()
    assert both[:len(closed)] == closed and len(both) == len(closed) + len(open_book_rows)
    assert pretrain.corpus_conversations(open_book=False) == closed


def test_reading_drills_quote_the_gold_passage_verbatim_with_its_id(pretrain, open_book_rows):
    from medqa.knowledge_base import load_knowledge_base, load_questions
    from medqa.prompts import NOT_IN_PASSAGES, extract_citations
    from medqa.verification import split_sentences, strip_citations

    text = {p.id: p.text for p in load_knowledge_base()}
    gold_of = {w: q.passage_id for q in load_questions() for w in q.variants}
    drills = open_book_rows[len(pretrain._grounded_train_items()):]
    answered = [r for r in drills if r["messages"][-1]["content"] not in NOT_IN_PASSAGES.values()]
    assert len(answered) >= 800  # one per train wording
    for row in answered:
        system, question, answer = (m["content"] for m in row["messages"])
        gold = gold_of[question]
        assert extract_citations(answer) == [gold] and answer.endswith(f"[{gold}]")
        assert 2 <= len(_passage_ids_in_prompt(system)) <= 3
        quoted = [strip_citations(s) for s in split_sentences(answer)]
        assert quoted and all(q in text[gold] for q in quoted), (question, answer)
    # Grounded train chats come first, unchanged.
    from medqa.seed import ASSETS

    first = json.loads((ASSETS / "grounded" / "train.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert open_book_rows[0] == {"messages": first["messages"]}


def test_refusal_drills_never_show_the_gold_passage(pretrain):
    from medqa.knowledge_base import load_questions
    from medqa.prompts import NOT_IN_PASSAGES

    gold_of = {w: q.passage_id for q in load_questions() for w in q.variants}
    rows = pretrain.open_book_conversations()
    grounded = len(pretrain._grounded_train_items())
    drills = rows[grounded:]  # the grounded train chats come first, as they are
    refusals = [r for r in drills if r["messages"][-1]["content"] in NOT_IN_PASSAGES.values()]
    assert refusals
    for row in refusals:
        question = row["messages"][1]["content"]
        assert gold_of[question] not in _passage_ids_in_prompt(row["messages"][0]["content"])
    answered = [r for r in drills if r not in refusals]
    for row in answered:
        question = row["messages"][1]["content"]
        assert gold_of[question] in _passage_ids_in_prompt(row["messages"][0]["content"])
    assert pretrain.open_book_conversations() == rows  # same seed, same corpus


def test_quoted_answer_picks_the_sentences_about_the_question(pretrain):
    from medqa.knowledge_base import Passage

    en = Passage(id="kb-en-test-001", title="Parking", language="en", topic="visiting", source="test",
                 review_date="2030-01-01",
                 text="The main car park is open all day. Blue badge spaces are next to the entrance. "
                      "Parking for the night costs five pounds at the pay machine.")
    answer = pretrain.quoted_answer("How much is night parking?", en, "en", sentences=1)
    assert answer == "Parking for the night costs five pounds at the pay machine. [kb-en-test-001]"
    zh = Passage(id="kb-zh-test-001", title="停车", language="zh", topic="visiting", source="test",
                 review_date="2030-01-01", text="医院停车场全天开放。残疾人车位在入口旁。夜间停车收费五元。")
    assert pretrain.quoted_answer("夜间停车多少钱？", zh, "zh", sentences=1) == "夜间停车收费五元。 [kb-zh-test-001]"


def test_longest_open_book_chat_fits_the_training_length(pretrain, open_book_rows):
    from transformers import AutoTokenizer

    from medqa.seed import PRETRAINED_DIR

    tokenizer = AutoTokenizer.from_pretrained(PRETRAINED_DIR)
    longest = sorted(open_book_rows, key=lambda r: -sum(len(m["content"]) for m in r["messages"]))[:20]
    limit = pretrain.OPEN_BOOK_RECIPE["data"]["max_length"]
    for row in longest:
        rendered = tokenizer.apply_chat_template(row["messages"], tokenize=False)
        assert len(tokenizer(rendered)["input_ids"]) <= limit


def test_install_replaces_the_target_only_with_a_complete_copy(pretrain, tmp_path):
    final = tmp_path / "final"
    final.mkdir()
    (final / "model.safetensors").write_bytes(b"new weights")
    target = tmp_path / "seed"
    target.mkdir()
    (target / "model.safetensors").write_bytes(b"old weights")
    (target / "stale.txt").write_text("from the old seed")
    assert pretrain.install(final, {"pretrained": {"steps": 3}}, target) == target
    assert (target / "model.safetensors").read_bytes() == b"new weights"
    assert not (target / "stale.txt").exists() and not target.with_name("seed.tmp").exists()
    assert json.loads((target / MANIFEST).read_text()) == {"pretrained": {"steps": 3}}
