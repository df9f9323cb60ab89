"""Tiny configs for every supported MoE family, plus the project's benchmark shape.

Tiny presets have 0.6-0.9M parameters with the 512-token test vocabulary (about 2.5M with the
project's 8000-token tokenizer): big enough to exercise routing, shared experts and dense-then-sparse
layer layouts, small enough to train on two CPU cores. They are saved with
`save_pretrained` and loaded back through the same Auto-class path a real checkpoint takes.
"""

from pathlib import Path

import transformers

FAMILIES = ("qwen2_moe", "qwen3_moe", "deepseek_v2", "deepseek_v3", "bailing_hybrid", "mixtral", "olmoe")

_COMMON = dict(
    hidden_size=128,
    intermediate_size=256,
    num_attention_heads=4,
    num_key_value_heads=2,
    max_position_embeddings=2048,
    tie_word_embeddings=False,
    pad_token_id=0,
    bos_token_id=1,
    eos_token_id=2,
)

# Family-specific fields on top of _COMMON; each keeps the family's distinctive structure
# (shared experts, first dense layers, grouped routing, hybrid linear attention).
_TINY = {
    "qwen2_moe": dict(
        num_hidden_layers=2, num_experts=8, num_experts_per_tok=2, moe_intermediate_size=64,
        shared_expert_intermediate_size=128, norm_topk_prob=False,
    ),
    "qwen3_moe": dict(
        num_hidden_layers=2, num_experts=8, num_experts_per_tok=2, moe_intermediate_size=64,
        head_dim=32, norm_topk_prob=True,
    ),
    "deepseek_v2": dict(
        num_hidden_layers=3, first_k_dense_replace=1, n_routed_experts=8, n_shared_experts=1,
        num_experts_per_tok=2, moe_intermediate_size=64, kv_lora_rank=16, q_lora_rank=32,
        qk_nope_head_dim=32, qk_rope_head_dim=16, v_head_dim=32, head_dim=16, num_key_value_heads=4,
        topk_method="greedy", n_group=1, topk_group=1,
    ),
    "deepseek_v3": dict(
        num_hidden_layers=3, first_k_dense_replace=1, n_routed_experts=8, n_shared_experts=1,
        num_experts_per_tok=2, moe_intermediate_size=64, kv_lora_rank=16, q_lora_rank=32,
        qk_nope_head_dim=32, qk_rope_head_dim=16, v_head_dim=32, head_dim=16, num_key_value_heads=4,
        n_group=2, topk_group=1, norm_topk_prob=True,
    ),
    "bailing_hybrid": dict(
        num_hidden_layers=3, first_k_dense_replace=1, num_experts=8, num_shared_experts=1,
        num_experts_per_token=2, moe_intermediate_size=64, num_expert_group=2, topk_group=1,
        kv_lora_rank=16, q_lora_rank=32, qk_nope_head_dim=16, qk_rope_head_dim=8, v_head_dim=16,
        head_dim=8, num_key_value_heads=4, linear_head_dim=32, linear_num_heads=4, layer_group_size=3,
        layer_types=["linear_attention", "linear_attention", "full_attention"],
        mlp_layer_types=["dense", "sparse", "sparse"], num_nextn_predict_layers=0,
    ),
    "mixtral": dict(num_hidden_layers=2, num_local_experts=8, num_experts_per_tok=2, intermediate_size=64),
    "olmoe": dict(num_hidden_layers=2, num_experts=8, num_experts_per_tok=2, intermediate_size=64,
                  num_key_value_heads=4),
}


def tiny_config(family: str, vocab_size: int = 512, **overrides) -> transformers.PretrainedConfig:
    """A tiny config (under a million parameters at vocab 512) in the given family's real layout."""
    if family not in _TINY:
        raise ValueError(f"unknown family {family!r}; tiny presets exist for: {', '.join(FAMILIES)}")
    fields = {**_COMMON, **_TINY[family], "vocab_size": vocab_size, **overrides}
    return transformers.AutoConfig.for_model(family, **fields)


def bench_config(vocab_size: int = 4096) -> transformers.PretrainedConfig:
    """The benchmark shape used across the project: Qwen3-MoE, hidden 256, 4 layers, 64 experts, top-8, width 128."""
    return transformers.AutoConfig.for_model(
        "qwen3_moe", vocab_size=vocab_size, hidden_size=256, intermediate_size=1024, num_hidden_layers=4,
        num_attention_heads=4, num_key_value_heads=2, head_dim=64, num_experts=64, num_experts_per_tok=8,
        moe_intermediate_size=128, norm_topk_prob=True, tie_word_embeddings=False,
    )


def bench_dense_config(vocab_size: int = 4096) -> transformers.PretrainedConfig:
    """A dense Qwen3 with the same active FLOPs as `bench_config` (FFN width 8 x 128 = 1024)."""
    return transformers.AutoConfig.for_model(
        "qwen3", vocab_size=vocab_size, hidden_size=256, intermediate_size=1024, num_hidden_layers=4,
        num_attention_heads=4, num_key_value_heads=2, head_dim=64, tie_word_embeddings=False,
    )


def build_tiny_preset(family: str, out_dir, tokenizer=None, seed: int = 0, **overrides) -> Path:
    """Build a randomly initialised tiny model of `family` and `save_pretrained` it (with tokenizer, if given)."""
    import torch

    vocab = overrides.pop("vocab_size", 512)
    if tokenizer is not None:
        # Special-token ids must come from the tokenizer, or generation never stops / pads wrongly.
        vocab = len(tokenizer)
        overrides = {"pad_token_id": tokenizer.pad_token_id, "eos_token_id": tokenizer.eos_token_id,
                     "bos_token_id": tokenizer.bos_token_id, **overrides}
    config = tiny_config(family, vocab_size=vocab, **overrides)
    torch.manual_seed(seed)
    model = transformers.AutoModelForCausalLM.from_config(config)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    model.generation_config.pad_token_id = config.pad_token_id
    model.generation_config.eos_token_id = config.eos_token_id
    model.save_pretrained(out)
    if tokenizer is not None:
        tokenizer.save_pretrained(out)
    return out
