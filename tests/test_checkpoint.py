"""Checkpoints: atomic publication, keep-last-K, incomplete ones ignored, exact round trips, async = sync."""

import json

import pytest
import torch
from safetensors.torch import load_file

from moe_core import checkpoint as ckpt
from moe_core.errors import UserError


@pytest.fixture()
def lora_model(tiny_preset_dirs):
    from transformers import AutoModelForCausalLM

    from moe_core.config import LoraConfig
    from moe_core.lora import apply_lora

    torch.manual_seed(0)
    base = AutoModelForCausalLM.from_pretrained(tiny_preset_dirs["qwen3_moe"], dtype=torch.float32)
    return apply_lora(base, LoraConfig(r=4, alpha=8))


def one_step(model):
    """An AdamW step on random tokens, so adapters and optimizer state are non-trivial."""
    opt = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=1e-2)
    ids = torch.randint(0, 500, (2, 12))
    model(input_ids=ids, labels=ids).loss.backward()
    opt.step()
    return opt


def save(tmp_path, model, opt, step, keep_last=2, config=None):
    snap = ckpt.snapshot_state(step, model, opt, {"step": step, "note": torch.arange(3)}, config or {"seed": 0})
    return ckpt.write_snapshot(snap, tmp_path, model, keep_last=keep_last)


def test_incomplete_and_temp_dirs_are_ignored(tmp_path):
    root = ckpt.checkpoints_root(tmp_path)
    for name in ("step-2", "step-10", ".tmp-step-12", "step-11"):
        (root / name).mkdir(parents=True)
    for name in ("step-2", "step-10"):
        (root / name / ckpt.COMPLETE_MARKER).write_text("{}")
    # step-11 has no marker (killed between rename and... or hand-made); .tmp-step-12 is a crashed save
    assert ckpt.latest_checkpoint(tmp_path) == root / "step-10"  # numeric, not lexical, order
    assert [p.name for p in ckpt.list_checkpoints(tmp_path)] == ["step-2", "step-10"]
    assert ckpt.resolve_resume("auto", tmp_path) == root / "step-10"
    assert ckpt.resolve_resume(str(tmp_path), tmp_path / "elsewhere") == root / "step-10"
    with pytest.raises(UserError, match="incomplete"):
        ckpt.resolve_resume(str(root / "step-11"), tmp_path)
    with pytest.raises(UserError, match="no such checkpoint"):
        ckpt.resolve_resume(str(tmp_path / "missing"), tmp_path)
    assert ckpt.resolve_resume("auto", tmp_path / "fresh-run") is None
    assert ckpt.resolve_resume(None, tmp_path) is None


def test_keep_last_and_stale_temp_cleanup(tmp_path, lora_model):
    opt = one_step(lora_model)
    root = ckpt.checkpoints_root(tmp_path)
    (root / ".tmp-step-1").mkdir(parents=True)  # a crashed save of an older step
    for step in (2, 4, 6, 8):
        final = save(tmp_path, lora_model, opt, step, keep_last=2)
        assert (final / ckpt.COMPLETE_MARKER).is_file()
        assert not (root / f".tmp-step-{step}").exists()
    assert sorted(p.name for p in root.iterdir()) == ["step-6", "step-8"]
    for name in ("model/adapter_model.safetensors", "model/adapter_config.json", "optimizer.pt",
                 "trainer_state.pt", "config.json"):
        assert (root / "step-8" / name).is_file(), name


def test_failed_save_leaves_previous_checkpoints_intact(tmp_path, lora_model, monkeypatch):
    opt = one_step(lora_model)
    save(tmp_path, lora_model, opt, 2)

    def crash(path):
        raise OSError("disk full")

    monkeypatch.setattr(ckpt, "_fsync_tree", crash)
    with pytest.raises(OSError):
        save(tmp_path, lora_model, opt, 4)
    root = ckpt.checkpoints_root(tmp_path)
    assert (root / ".tmp-step-4").is_dir() and not (root / "step-4").exists()
    assert ckpt.latest_checkpoint(tmp_path) == root / "step-2"
    monkeypatch.undo()
    save(tmp_path, lora_model, opt, 4)  # the retry replaces the stale temp dir
    assert ckpt.latest_checkpoint(tmp_path) == root / "step-4" and not (root / ".tmp-step-4").exists()


def test_adapter_and_optimizer_round_trip_exactly(tmp_path, tiny_preset_dirs, lora_model):
    from peft.utils import get_peft_model_state_dict
    from transformers import AutoModelForCausalLM

    from moe_core.config import LoraConfig
    from moe_core.lora import apply_lora

    opt = one_step(lora_model)
    final = save(tmp_path, lora_model, opt, 3)
    torch.manual_seed(123)  # a different LoRA init
    fresh = apply_lora(AutoModelForCausalLM.from_pretrained(tiny_preset_dirs["qwen3_moe"], dtype=torch.float32),
                       LoraConfig(r=4, alpha=8))
    before = get_peft_model_state_dict(fresh)
    want = get_peft_model_state_dict(lora_model)
    assert any(not torch.equal(before[k], want[k]) for k in want)
    ckpt.load_model_weights(final, fresh)
    got = get_peft_model_state_dict(fresh)
    assert set(got) == set(want) and all(torch.equal(got[k], want[k]) for k in want)
    fresh_opt = torch.optim.AdamW([p for p in fresh.parameters() if p.requires_grad], lr=1e-2)
    ckpt.load_optimizer_state(final, fresh, fresh_opt)
    a, b = opt.state_dict()["state"], fresh_opt.state_dict()["state"]
    assert a.keys() == b.keys()
    assert all(torch.equal(a[i]["exp_avg_sq"], b[i]["exp_avg_sq"]) for i in a)
    state = ckpt.read_trainer_state(final)
    assert state["step"] == 3 and torch.equal(state["note"], torch.arange(3))


def test_full_model_checkpoint_reloads_exactly(tmp_path, tiny_preset_dirs):
    from transformers import AutoModelForCausalLM

    model = AutoModelForCausalLM.from_pretrained(tiny_preset_dirs["deepseek_v3"], dtype=torch.float32)
    opt = one_step(model)
    final = save(tmp_path, model, opt, 1)
    again = AutoModelForCausalLM.from_pretrained(final / "model", dtype=torch.float32)
    want, got = model.state_dict(), again.state_dict()
    assert set(got) == set(want) and all(torch.equal(got[k], want[k]) for k in want)
    from moe_core.config import LoraConfig
    from moe_core.lora import apply_lora

    with pytest.raises(UserError, match="full model"):
        ckpt.load_model_weights(final, apply_lora(again, LoraConfig(r=2, alpha=4)))


def test_async_save_writes_the_snapshot_not_the_live_weights(tmp_path, lora_model):
    opt = one_step(lora_model)
    sync_dir, async_dir = tmp_path / "sync", tmp_path / "async"
    snap = ckpt.snapshot_state(5, lora_model, opt, {"step": 5}, {"seed": 0})
    ckpt.CheckpointWriter(sync_dir, keep_last=1).save(snap, lora_model)
    writer = ckpt.CheckpointWriter(async_dir, keep_last=1, async_save=True)
    snap = ckpt.snapshot_state(5, lora_model, opt, {"step": 5}, {"seed": 0})
    writer.save(snap, lora_model)
    with torch.no_grad():  # training goes on while the writer runs
        for p in lora_model.parameters():
            if p.requires_grad:
                p.add_(1.0)
    writer.wait()
    a = load_file(str(ckpt.latest_checkpoint(sync_dir) / "model" / "adapter_model.safetensors"))
    b = load_file(str(ckpt.latest_checkpoint(async_dir) / "model" / "adapter_model.safetensors"))
    assert a.keys() == b.keys() and all(torch.equal(a[k], b[k]) for k in a)


def test_async_errors_surface_on_wait(tmp_path, lora_model, monkeypatch):
    def broken(*args, **kwargs):
        raise OSError("no space left")

    monkeypatch.setattr(ckpt, "write_snapshot", broken)
    writer = ckpt.CheckpointWriter(tmp_path, keep_last=1, async_save=True)
    writer.save(ckpt.snapshot_state(1, lora_model, None, {"step": 1}, {}), lora_model)
    with pytest.raises(OSError, match="no space left"):
        writer.wait()


def test_compatibility_check_names_the_difference(tmp_path):
    d = tmp_path / "step-1"
    d.mkdir()
    saved = {"model": {"name_or_path": "models/a"}, "lora": {"enabled": True, "r": 8}, "data": {"packing": False},
             "seed": 0, "optim": {"lr": 1e-3}}
    (d / "config.json").write_text(json.dumps(saved))
    ckpt.check_compatible(d, {**saved, "optim": {"lr": 5e-4}})  # a new lr is fine
    with pytest.raises(UserError, match=r"model\.name_or_path: checkpoint 'models/a' vs now 'models/b'"):
        ckpt.check_compatible(d, {**saved, "model": {"name_or_path": "models/b"}})
    with pytest.raises(UserError, match=r"\(lora\.r: checkpoint 8 vs now 16\)"):
        ckpt.check_compatible(d, {**saved, "lora": {"enabled": True, "r": 16}})
    # A LoRA field added after the checkpoint was written (e.g. dense_mlp) counts as its default then.
    ckpt.check_compatible(d, {**saved, "lora": {"enabled": True, "r": 8, "dense_mlp": True, "target_modules": None}})
    with pytest.raises(UserError, match=r"lora\.dense_mlp: checkpoint True vs now False"):
        ckpt.check_compatible(d, {**saved, "lora": {"enabled": True, "r": 8, "dense_mlp": False}})
