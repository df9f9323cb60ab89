"""Every experts kernel we expose is pinned to transformers' eager loop: output and all gradients."""

import pytest
import torch
import transformers

from moe_core import experts, families
from moe_core.devices import resolve_device
from moe_core.errors import UserError
from moe_core.models import load_moe_model
from moe_core.presets import FAMILIES




# (name, layout): sorted_grouped runs on each of its three matmul layouts.
KERNELS = [
    ("sorted_grouped", "padded_bmm"),
    ("sorted_grouped", "torch_grouped_mm"),
    ("sorted_grouped", "expert_loop"),
    ("grouped_mm", None),
    ("batched_mm", None),
]
EXPOSED = {name for name, _ in KERNELS}


def force_layout(monkeypatch, layout):
    """Pin sorted_grouped to one layout through its two module switches."""
    if layout is None:
        return
    monkeypatch.setattr(experts, "PAD_WASTE_LIMIT", float("inf") if layout == "padded_bmm" else -1.0)
    monkeypatch.setattr(experts, "USE_TORCH_GROUPED_MM", layout == "torch_grouped_mm")


def test_every_exposed_kernel_is_covered():
    assert set(experts.EXPERTS_IMPLEMENTATIONS) - {"eager"} == EXPOSED


@pytest.fixture(scope="module")
def models(tiny_preset_dirs):
    return {}  # filled lazily so each family loads once


def _model(models, tiny_preset_dirs, family):
    if family not in models:
        torch.manual_seed(0)
        models[family] = load_moe_model(tiny_preset_dirs[family], experts_implementation="eager")
    return models[family]


def _fwd_bwd(model, name, hidden):
    """Every MoE block's output on `hidden`, and gradients w.r.t. it and the expert and router weights.

    The blocks are run directly (no attention): the experts kernel is the only thing that differs.
    """
    model.set_experts_implementation(name)
    model.zero_grad(set_to_none=True)
    outputs, grads = {}, {}
    for layer in families.iter_moe_layers(model):
        x = hidden.detach().clone().requires_grad_()
        out = layer.block(x)
        out = out[0] if isinstance(out, tuple) else out
        # A fixed non-uniform weighting so every output element shapes the gradients.
        (out * torch.linspace(-1, 1, out.numel()).view_as(out)).sum().backward()
        outputs[f"layer{layer.index}.output"] = out.detach()
        grads[f"layer{layer.index}.input"] = x.grad
        for label, param in (("gate_up_proj", layer.experts.gate_up_proj), ("down_proj", layer.experts.down_proj),
                             ("router", layer.router.weight)):
            grads[f"layer{layer.index}.{label}"] = None if param.grad is None else param.grad.clone()
    return outputs, grads


def _assert_close(name, got, want, atol=1e-5, rtol=1e-5):
    assert got is not None, f"{name}: no gradient"
    torch.testing.assert_close(got, want, atol=atol * max(1.0, want.abs().max().item()), rtol=rtol, msg=name)


@pytest.mark.parametrize("tokens", [3, 40])  # 3 tokens x top-2 leave at least 2 of 8 experts idle
@pytest.mark.parametrize("kernel,layout", KERNELS)
@pytest.mark.parametrize("family", FAMILIES)
def test_kernel_matches_eager(models, tiny_preset_dirs, monkeypatch, family, kernel, layout, tokens):
    force_layout(monkeypatch, layout)
    model = _model(models, tiny_preset_dirs, family)
    hidden = torch.randn(1, tokens, model.config.hidden_size, generator=torch.Generator().manual_seed(tokens))
    want_out, want = _fwd_bwd(model, "eager", hidden)
    got_out, got = _fwd_bwd(model, kernel, hidden)
    assert want.keys() == got.keys() and len(want) == 4 * len(families.iter_moe_layers(model)) > 0
    for key in want_out:
        _assert_close(key, got_out[key], want_out[key])
    for key in want:
        _assert_close(key, got[key], want[key])
    if kernel == "sorted_grouped" and tokens == 3:
        idle = [layer for layer in families.iter_moe_layers(model)
                if (got[f"layer{layer.index}.down_proj"].flatten(1) == 0).all(1).any()]
        assert idle, "the small case must leave some experts without tokens"


@pytest.mark.parametrize("layout", ["padded_bmm", "torch_grouped_mm", "expert_loop"])
def test_sorted_grouped_skips_frozen_expert_grads(tiny_preset_dirs, monkeypatch, layout):
    """LoRA freezes the experts: no weight gradients, but input and router gradients still match eager."""
    force_layout(monkeypatch, layout)
    model = load_moe_model(tiny_preset_dirs["qwen3_moe"], experts_implementation="eager")
    for layer in families.iter_moe_layers(model):
        layer.experts.requires_grad_(False)
    hidden = torch.randn(2, 7, model.config.hidden_size, generator=torch.Generator().manual_seed(1))
    _, want = _fwd_bwd(model, "eager", hidden)
    _, got = _fwd_bwd(model, "sorted_grouped", hidden)
    for key in want:
        if "proj" in key:
            assert got[key] is None and want[key] is None
        else:
            _assert_close(key, got[key], want[key])


def test_sorted_grouped_bf16_and_no_grad_inference(tiny_preset_dirs):
    model = load_moe_model(tiny_preset_dirs["mixtral"], dtype="bf16", experts_implementation="eager")
    ids = torch.randint(3, 500, (2, 6))
    with torch.no_grad():
        want = model(input_ids=ids).logits.float()
        model.set_experts_implementation("sorted_grouped")
        got = model(input_ids=ids).logits.float()
    torch.testing.assert_close(got, want, atol=5e-2 * want.abs().max().item(), rtol=5e-2)


def test_choose_prefers_fastest_verified_and_falls_back(monkeypatch):
    cpu = resolve_device("cpu")
    assert experts.choose_experts_implementation(cpu) == "sorted_grouped"
    assert experts.choose_experts_implementation(cpu, torch.bfloat16) == "sorted_grouped"

    def wrong_experts_forward(self, hidden_states, top_k_index, top_k_weights):
        return transformers.integrations.moe.grouped_mm_experts_forward(
            self, hidden_states, top_k_index, top_k_weights) * 1.001  # 0.1% off: must be caught

    transformers.integrations.moe.ALL_EXPERTS_FUNCTIONS.register("test_wrong", wrong_experts_forward)
    assert not experts.verify_experts_implementation("test_wrong", torch.device("cpu"), torch.float32)
    assert experts.verify_experts_implementation("grouped_mm", torch.device("cpu"), torch.float32)
    monkeypatch.setitem(experts._PREFERENCE, "cpu", ("test_wrong", "grouped_mm", "eager"))
    experts._verified.cache_clear()
    assert experts.choose_experts_implementation(cpu) == "grouped_mm"
    monkeypatch.setitem(experts._PREFERENCE, "cpu", ("test_wrong", "deepgemm", "eager"))  # deepgemm: CUDA only
    assert experts.choose_experts_implementation(cpu) == "eager"
    experts._verified.cache_clear()


def test_set_experts_implementation(tiny_preset_dirs):
    model = load_moe_model(tiny_preset_dirs["deepseek_v3"], experts_implementation="eager")
    ids = torch.randint(3, 500, (1, 5))
    with torch.no_grad():
        want = model(input_ids=ids).logits
        experts.set_experts_implementation(model, "sorted_grouped")
        assert model.config._experts_implementation == "sorted_grouped"
        torch.testing.assert_close(model(input_ids=ids).logits, want, atol=1e-5, rtol=1e-5)
    with pytest.raises(UserError, match="unknown experts implementation 'turbo'"):
        experts.set_experts_implementation(model, "turbo")
