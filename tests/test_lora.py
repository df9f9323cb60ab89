"""LoRA on every MoE family: what trains, that it learns, and that adapters save, reload and merge."""

import json
import shutil
import warnings

import peft
import pytest
import torch
from transformers import AutoModelForCausalLM

from moe_core.errors import UserError
from moe_core.lora import (
    LoraConfig,
    apply_lora,
    format_lora_report,
    load_adapter,
    lora_target_report,
    merge_adapter_to_dir,
    save_adapter,
)
from moe_core.presets import FAMILIES

# Parts each family's tiny preset must get adapters on (DeepSeek/Ling have shared experts and a first dense layer).
EXPECTED_KINDS = {
    "qwen2_moe": {"attention", "experts", "shared_experts"},
    "qwen3_moe": {"attention", "experts"},
    "deepseek_v2": {"attention", "experts", "shared_experts", "dense_mlp"},
    "deepseek_v3": {"attention", "experts", "shared_experts", "dense_mlp"},
    "bailing_hybrid": {"attention", "experts", "shared_experts", "dense_mlp"},
    "mixtral": {"attention", "experts"},
    "olmoe": {"attention", "experts"},
}




def _load(path, **kwargs):
    return AutoModelForCausalLM.from_pretrained(path, **kwargs)


def _batch(seed=0, vocab=512):
    generator = torch.Generator().manual_seed(seed)
    return torch.randint(3, vocab, (2, 6), generator=generator)


def _logits(model, ids):
    model.eval()
    with torch.no_grad():
        return model(input_ids=ids).logits


def _train_step(model, ids, lr=5e-2):
    model.train()
    optimizer = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=lr)
    loss = model(input_ids=ids, labels=ids).loss
    loss.backward()
    optimizer.step()
    optimizer.zero_grad()
    model.eval()


@pytest.mark.parametrize("family", FAMILIES)
def test_lora_trains_saves_reloads_and_merges(family, tiny_preset_dirs, tmp_path):
    base_dir = tiny_preset_dirs[family]
    model = _load(base_dir)
    base_params = {n: p.detach().clone() for n, p in model.named_parameters()}
    peft_model = apply_lora(model, LoraConfig(r=4, alpha=8))

    trainable = [n for n, p in peft_model.named_parameters() if p.requires_grad]
    assert trainable and all(".lora_A." in n or ".lora_B." in n for n in trainable), trainable
    report = lora_target_report(peft_model)
    assert {t.kind for t in report} == EXPECTED_KINDS[family]
    assert sum(t.trainable_params for t in report) == sum(p.numel() for p in peft_model.parameters() if p.requires_grad)
    assert "experts" in format_lora_report(report)

    ids = _batch()
    before = _logits(peft_model, ids)
    _train_step(peft_model, ids)
    after = _logits(peft_model, ids)
    assert not torch.allclose(before, after), "one optimizer step on LoRA weights did not change the outputs"
    for name, param in peft_model.get_base_model().named_parameters():
        if "lora_" not in name:
            clean = name.replace(".base_layer", "").replace("parametrizations.", "").replace(".original", "")
            if clean in base_params:
                assert torch.equal(param, base_params[clean]), f"base weight {name} changed"

    adapter_dir = save_adapter(peft_model, tmp_path / "adapter")
    assert (adapter_dir / "adapter_config.json").is_file()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")], "temp dirs left behind"
    reloaded = peft.PeftModel.from_pretrained(_load(base_dir), adapter_dir)  # vanilla PEFT, no project code
    assert torch.equal(_logits(reloaded, ids), after)

    merged_dir = merge_adapter_to_dir(peft_model, tmp_path / "merged")
    merged = AutoModelForCausalLM.from_pretrained(merged_dir)  # plain transformers
    torch.testing.assert_close(_logits(merged, ids), after, atol=1e-5, rtol=0)
    assert not any("lora" in n for n, _ in merged.named_parameters())


@pytest.mark.parametrize("family", ["qwen2_moe", "deepseek_v3"])
def test_train_router_option_trains_and_saves_router(family, tiny_preset_dirs, tmp_path):
    base_dir = tiny_preset_dirs[family]
    peft_model = apply_lora(_load(base_dir), LoraConfig(r=4, alpha=8, train_router=True))
    trainable = [n for n, p in peft_model.named_parameters() if p.requires_grad]
    router_names = [n for n in trainable if "modules_to_save" in n]
    assert router_names and all(".lora_" in n or "modules_to_save" in n for n in trainable)
    assert all(n.split(".modules_to_save")[0].endswith(("mlp.gate", "mlp.shared_expert_gate")) for n in router_names)
    assert "router" in {t.kind for t in lora_target_report(peft_model)}

    frozen = apply_lora(_load(base_dir), LoraConfig(r=4, alpha=8))
    assert not [n for n, p in frozen.named_parameters() if p.requires_grad and "gate." in n and "lora" not in n]

    ids = _batch(1)
    _train_step(peft_model, ids)
    trained = _logits(peft_model, ids)
    adapter_dir = save_adapter(peft_model, tmp_path / "adapter")
    reloaded = load_adapter(base_dir, adapter_dir)
    assert torch.equal(_logits(reloaded, ids), trained)
    merged = AutoModelForCausalLM.from_pretrained(merge_adapter_to_dir((base_dir, adapter_dir), tmp_path / "merged"))
    torch.testing.assert_close(_logits(merged, ids), trained, atol=1e-5, rtol=0)
    original_router = _load(base_dir).model.layers[1].mlp.gate.weight
    assert not torch.equal(merged.model.layers[1].mlp.gate.weight, original_router), "router training was lost"


def test_expert_lora_is_the_same_under_every_experts_kernel(tiny_preset_dirs):
    ids = _batch(2)
    outputs = {}
    for kernel in ("eager", "batched_mm", "grouped_mm"):
        torch.manual_seed(0)
        model = _load(tiny_preset_dirs["qwen3_moe"], experts_implementation=kernel)
        peft_model = apply_lora(model, LoraConfig(r=4, alpha=8, attention=False))
        with torch.no_grad():  # a nonzero adapter, the same for every kernel
            for name, param in peft_model.named_parameters():
                if "lora_B" in name:
                    param.copy_(torch.randn(param.shape, generator=torch.Generator().manual_seed(len(name))) * 0.05)
        outputs[kernel] = _logits(peft_model, ids)
    base = _logits(_load(tiny_preset_dirs["qwen3_moe"]), ids)
    assert not torch.allclose(outputs["eager"], base, atol=1e-4), "expert LoRA had no effect"
    for kernel in ("batched_mm", "grouped_mm"):
        torch.testing.assert_close(outputs[kernel], outputs["eager"], atol=1e-5, rtol=1e-4)


def test_shared_expert_targets_are_not_redirected_to_routed_experts(tiny_preset_dirs):
    # PEFT rewrites gate_proj/up_proj/down_proj *module* targets into the fused expert tensors for
    # DeepSeek; shared experts must still get their own adapters.
    peft_model = apply_lora(_load(tiny_preset_dirs["deepseek_v3"]),
                            LoraConfig(attention=False, experts=False, dense_mlp=False))
    names = {t.name for t in lora_target_report(peft_model)}
    assert names == {f"model.layers.{i}.mlp.shared_experts.{p}" for i in (1, 2)
                     for p in ("gate_proj", "up_proj", "down_proj")}


def test_bad_settings_are_user_errors(tiny_preset_dirs):
    model = _load(tiny_preset_dirs["qwen3_moe"])
    with pytest.raises(UserError, match="select nothing"):
        apply_lora(model, LoraConfig(attention=False, experts=False, shared_experts=False, dense_mlp=False))
    with pytest.raises(UserError, match="select nothing"):  # Qwen3-MoE has no shared experts
        apply_lora(model, LoraConfig(attention=False, experts=False))
    with pytest.raises(UserError, match="rank"):
        apply_lora(model, LoraConfig(r=0))
    with pytest.raises(UserError, match="dropout"):
        apply_lora(model, LoraConfig(dropout=0.1))
    with pytest.raises(UserError, match="shared_experts="):
        apply_lora(model, LoraConfig(target_modules=["shared_experts.gate_proj"]))
    with pytest.raises(UserError, match="no_such_proj"):
        apply_lora(model, LoraConfig(attention=False, experts=False, target_modules=["no_such_proj"]))
    with pytest.raises(UserError, match="dense model"):
        apply_lora(AutoModelForCausalLM.from_config(
            __import__("transformers").AutoConfig.for_model("qwen3", hidden_size=64, intermediate_size=64,
                                                            num_hidden_layers=1, num_attention_heads=2,
                                                            num_key_value_heads=1, vocab_size=64)))
    # attention-only LoRA may use dropout
    assert apply_lora(model, LoraConfig(dropout=0.1, experts=False, shared_experts=False))


def test_bad_adapter_dirs_are_user_errors(tiny_preset_dirs, tmp_path):
    with pytest.raises(UserError, match="does not exist"):
        load_adapter(tiny_preset_dirs["qwen3_moe"], tmp_path / "missing")
    (tmp_path / "empty").mkdir()
    with pytest.raises(UserError, match="not a LoRA adapter"):
        load_adapter(tiny_preset_dirs["qwen3_moe"], tmp_path / "empty")
    with pytest.raises(UserError, match="not a LoRA adapter"):  # a model dir is not an adapter dir
        load_adapter(tiny_preset_dirs["qwen3_moe"], tiny_preset_dirs["mixtral"])

    adapter = save_adapter(apply_lora(_load(tiny_preset_dirs["qwen3_moe"]), LoraConfig(r=4)), tmp_path / "a")
    with pytest.raises(UserError, match="base model directory"):
        load_adapter(tmp_path / "nobase", adapter)
    with pytest.raises(UserError, match="already carries"):
        load_adapter(load_adapter(tiny_preset_dirs["qwen3_moe"], adapter), adapter)
    with pytest.raises(UserError, match="different base model.*model_type"):
        load_adapter(tiny_preset_dirs["mixtral"], adapter)
    # Without our base note, the tensor shapes still give a foreign adapter away.
    bare = tmp_path / "bare"
    shutil.copytree(adapter, bare)
    (bare / "moe_base.json").unlink()
    with pytest.raises(UserError, match="does not match"):
        load_adapter(tiny_preset_dirs["olmoe"], bare)  # same module names, 4 KV heads instead of 2
    config = json.loads((bare / "adapter_config.json").read_text())
    assert config["target_parameters"]  # expert LoRA really is in the saved config

    # Saving never clobbers a directory that is not an adapter.
    precious = tmp_path / "precious"
    precious.mkdir()
    (precious / "notes.txt").write_text("keep me")
    with pytest.raises(UserError, match="refusing to overwrite"):
        save_adapter(apply_lora(_load(tiny_preset_dirs["qwen3_moe"])), precious)
    assert (precious / "notes.txt").read_text() == "keep me"
    # Re-saving over an existing adapter replaces it.
    assert save_adapter(apply_lora(_load(tiny_preset_dirs["qwen3_moe"]), LoraConfig(r=2)), adapter) == adapter
    assert json.loads((adapter / "adapter_config.json").read_text())["r"] == 2
    with pytest.raises(UserError, match="PeftModel or a"):
        merge_adapter_to_dir(_load(tiny_preset_dirs["qwen3_moe"]), tmp_path / "m")


def test_adapter_refuses_a_base_with_other_weights(tiny_preset_dirs, tmp_path):
    base_dir = tiny_preset_dirs["qwen3_moe"]
    peft_model = apply_lora(_load(base_dir), LoraConfig(r=4, train_router=True))
    adapter = save_adapter(peft_model, tmp_path / "adapter")
    note = json.loads((adapter / "moe_base.json").read_text())
    assert note["name_or_path"] == str(base_dir)
    sampled = note["weights_sample"]
    assert "model.layers.0.mlp.experts.gate_up_proj" in sampled and "model.layers.0.mlp.gate.weight" in sampled
    assert not [name for name in sampled if "lora_" in name or "modules_to_save" in name or "base_layer" in name]

    # The very base it was trained on loads, in fp32 and cast to bf16 (serving dtypes round the sampled values).
    for dtype in (torch.float32, torch.bfloat16):
        with warnings.catch_warnings():
            warnings.simplefilter("error", UserWarning)  # no "differ" warning
            load_adapter(_load(base_dir, dtype=dtype), adapter)

    # Same architecture, other checkpoint (here: other initialisation): refused before any weight is touched.
    other = AutoModelForCausalLM.from_config(_load(base_dir).config)
    other.save_pretrained(tmp_path / "other")
    with pytest.raises(UserError, match=r"other base weights.*sampled base weights differ.*trained on .*qwen3_moe"):
        load_adapter(tmp_path / "other", adapter)

    # One weight edited (e.g. a merged fix to the output head): loads, with a warning naming it.
    edited = _load(base_dir)
    with torch.no_grad():
        edited.lm_head.weight.mul_(1.5)
    with pytest.warns(UserWarning, match="1 of .* differ .*lm_head"):
        load_adapter(edited, adapter)

    # Adapters saved before the note had weight samples still load (config facts and shapes are checked).
    del note["weights_sample"]
    (adapter / "moe_base.json").write_text(json.dumps(note))
    load_adapter(tmp_path / "other", adapter)
    (adapter / "moe_base.json").write_text("{not json")
    with pytest.raises(UserError, match="cannot read .*moe_base.json"):
        load_adapter(base_dir, adapter)


def test_truncated_adapter_weights_are_named(tiny_preset_dirs, tmp_path):
    adapter = save_adapter(apply_lora(_load(tiny_preset_dirs["qwen3_moe"]), LoraConfig(r=4)), tmp_path / "a")
    weights = adapter / "adapter_model.safetensors"
    with open(weights, "r+b") as handle:  # an interrupted copy
        handle.truncate(weights.stat().st_size // 2)
    with pytest.raises(UserError, match=rf"{weights} is truncated or corrupt .*re-copy it"):
        load_adapter(tiny_preset_dirs["qwen3_moe"], adapter)
    weights.write_bytes(b"\x05")  # not even a header length
    with pytest.raises(UserError, match="is truncated or corrupt"):
        load_adapter(tiny_preset_dirs["qwen3_moe"], adapter)
