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
