"""What we know about each supported MoE family, and how to find its MoE layers.

Every supported family keeps transformers' 5.x layout: `model.model.layers[i].mlp` is either a
dense MLP or an MoE block with a `gate` router (returning router_logits, top_k_weights,
top_k_indices), fused `experts` (`gate_up_proj` [E, 2I, H], `down_proj` [E, H, I]) and, in some
families, shared experts.
"""

from dataclasses import dataclass

import torch.nn as nn

from moe_core.errors import UserError


@dataclass(frozen=True)
class FamilySpec:
    """Config field names and structure of one MoE family."""

    model_type: str
    display_name: str
    num_experts_key: str
    top_k_key: str
    shared_experts_key: str | None  # config field counting shared experts, if the family has them
    has_shared_expert_gate: bool = False  # Qwen2-MoE gates its shared expert with a sigmoid
    has_correction_bias: bool = False  # ships DeepSeek-V3's e_score_correction_bias in the router


FAMILY_SPECS = {
    s.model_type: s
    for s in (
        FamilySpec("qwen2_moe", "Qwen2-MoE (Qwen1.5-MoE, Qwen2-57B-A14B)", "num_experts", "num_experts_per_tok",
                   None, has_shared_expert_gate=True),
        FamilySpec("qwen3_moe", "Qwen3-MoE (Qwen3-30B-A3B, Qwen3-235B-A22B)", "num_experts", "num_experts_per_tok", None),
        FamilySpec("deepseek_v2", "DeepSeek-V2 (DeepSeek-V2-Lite, V2.5)", "n_routed_experts", "num_experts_per_tok",
                   "n_shared_experts"),
        FamilySpec("deepseek_v3", "DeepSeek-V3 (V3, R1, Kimi-K2 layout)", "n_routed_experts", "num_experts_per_tok",
                   "n_shared_experts", has_correction_bias=True),
        FamilySpec("bailing_hybrid", "Ling 3.0 (bailing_hybrid)", "num_experts", "num_experts_per_token",
                   "num_shared_experts", has_correction_bias=True),
        FamilySpec("mixtral", "Mixtral", "num_local_experts", "num_experts_per_tok", None),
        FamilySpec("olmoe", "OLMoE", "num_experts", "num_experts_per_tok", None),
    )
}

# Dense families we can grow into an MoE with `medqa upcycle`.
UPCYCLABLE_DENSE = {"qwen2": "qwen2_moe", "qwen3": "qwen3_moe", "llama": "qwen2_moe"}


def family_of(config) -> FamilySpec:
    """The FamilySpec for a config, or a UserError saying what is supported and how to upcycle."""
    model_type = getattr(config, "model_type", None)
    if model_type in FAMILY_SPECS:
        return FAMILY_SPECS[model_type]
    supported = ", ".join(FAMILY_SPECS)
    if model_type in UPCYCLABLE_DENSE:
        raise UserError(
            f"'{model_type}' is a dense model, not a Mixture-of-Experts. Supported MoE families: {supported}. "
            f"Grow an MoE from it first: medqa upcycle DENSE_DIR --out MOE_DIR --num-experts 8 --top-k 2 "
            f"(becomes {UPCYCLABLE_DENSE[model_type]})."
        )
    raise UserError(
        f"model type '{model_type}' is not a supported MoE family. Supported: {supported}. "
        f"Dense Qwen2/Qwen3/Llama checkpoints can be upcycled with `medqa upcycle`."
    )


def num_experts(config) -> int:
    """Routed experts per MoE layer."""
    return int(getattr(config, family_of(config).num_experts_key))


def top_k(config) -> int:
    """Routed experts chosen per token."""
    return int(getattr(config, family_of(config).top_k_key))


# The config facts a trained artifact (checkpoint, adapter) must agree with to be loaded on a model.
_BASE_INFO_KEYS = ("model_type", "hidden_size", "num_hidden_layers", "vocab_size", "moe_intermediate_size")


def base_info(config) -> dict:
    """The base-model facts an adapter or checkpoint records and checks on load (shape, experts, top-k)."""
    info = {key: getattr(config, key, None) for key in _BASE_INFO_KEYS}
    if info["model_type"] in FAMILY_SPECS:
        info["num_experts"] = num_experts(config)
        info["top_k"] = top_k(config)
    return info


def num_shared_experts(config) -> int:
    """Shared (always-on) experts per MoE layer; Qwen2-MoE's single gated shared expert counts as 1."""
    spec = family_of(config)
    if spec.has_shared_expert_gate:
        return 1 if getattr(config, "shared_expert_intermediate_size", 0) else 0
    return int(getattr(config, spec.shared_experts_key, 0) or 0) if spec.shared_experts_key else 0


@dataclass
class MoELayer:
    """Handles on one decoder layer's MoE block."""

    index: int  # decoder layer index
    block: nn.Module  # the sparse MoE block (layers[index].mlp)
    router: nn.Module  # block.gate: returns (router_logits, top_k_weights, top_k_indices)
    experts: nn.Module  # block.experts: fused gate_up_proj / down_proj
    shared: nn.Module | None  # shared expert(s) MLP, if any


def decoder_layers(model: nn.Module) -> nn.ModuleList:
    """The decoder layer list of a causal LM, seen through PEFT wrappers."""
    inner = model
    for _ in range(4):  # PeftModel -> LoraModel -> XForCausalLM -> XModel
        if hasattr(inner, "layers") and isinstance(inner.layers, nn.ModuleList):
            return inner.layers
        inner = getattr(inner, "model", None) or getattr(inner, "base_model", None)
        if inner is None:
            break
    raise UserError(f"cannot find decoder layers in {type(model).__name__}")


def iter_moe_layers(model: nn.Module) -> list[MoELayer]:
    """Every MoE block in a model, in layer order (dense layers are skipped)."""
    found = []
    for index, layer in enumerate(decoder_layers(model)):
        block = getattr(layer, "mlp", None)
        if block is None or not (hasattr(block, "gate") and hasattr(block, "experts")):
            continue
        shared = getattr(block, "shared_experts", None) or getattr(block, "shared_expert", None)
        found.append(MoELayer(index, block, block.gate, block.experts, shared))
    return found
