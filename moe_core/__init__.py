"""moe_core: a domain-free Mixture-of-Experts stack built on transformers' own MoE model classes.

Public names are imported lazily so `medqa --help` does not pay for importing torch.
"""

from moe_core.errors import UserError

_LAZY = {
    "load_moe_model": "moe_core.models",
    "summarize_moe": "moe_core.models",
    "MoESummary": "moe_core.models",
    "build_tiny_preset": "moe_core.presets",
    "tiny_config": "moe_core.presets",
    "upcycle_dense_to_moe": "moe_core.upcycle",
    "merge_dense_to_moe": "moe_core.merge",
    "apply_lora": "moe_core.lora",
    "LoraConfig": "moe_core.config",
    "LoraSettings": "moe_core.lora",
    "RouterTelemetry": "moe_core.routing",
    "resolve_device": "moe_core.devices",
    "train_chatml_tokenizer": "moe_core.tokenizer",
}

__all__ = ["UserError", *_LAZY]


def __getattr__(name):
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'moe_core' has no attribute {name!r}")
