"""LoRA on MoE models with PEFT: attention, routed experts, shared experts, and optionally the router.

How each part is adapted:
- attention projections (every nn.Linear inside `layers[i].self_attn`: q/k/v/o, DeepSeek MLA's
  q_a/q_b/kv_a_proj_with_mqa/kv_b, Ling's linear-attention q/k/v/g/b/o and forget-gate f_proj) via
  PEFT `target_modules`, i.e. ordinary `lora.Linear` layers;
- routed experts via PEFT `target_parameters` on the fused `experts.gate_up_proj` / `experts.down_proj`
  tensors (`lora.ParamWrapper`: one rank-r LoRA per expert, applied through a parametrization, so it
  works with every transformers experts kernel: eager, batched_mm, grouped_mm);
- shared-expert and dense-MLP linears also via `target_parameters` (`<module>.weight`). Why not
  `target_modules`: PEFT 0.21 rewrites any `gate_proj`/`up_proj`/`down_proj` module target into the
  routed experts' fused tensors for Qwen3-MoE, DeepSeek-V2/V3 and OLMoE (its transformers-v4 -> v5
  conversion), so a shared-expert target by module name would silently adapt the wrong weights;
- the router is frozen, or fully trained and saved with the adapter via `modules_to_save`.

Adapters are plain PEFT directories: `peft.PeftModel.from_pretrained` loads them with no project code,
and `merge_adapter_to_dir` writes a plain transformers checkpoint.
"""

import json
import shutil
import warnings
from dataclasses import dataclass, field
from pathlib import Path

import torch
from torch import nn

from moe_core.config import LoraConfig
from moe_core.errors import UserError
from moe_core.families import base_info, decoder_layers, family_of
from moe_core.jsonl import write_dir_atomic
from moe_core.tokenizer import TOKENIZER_FILES

# PEFT's PeftModel.__init__ reads transformers' deprecated `is_gradient_checkpointing`: one FutureWarning per
# model load that users read as an error in our own output. Only that message is silenced.
warnings.filterwarnings("ignore", message="`is_gradient_checkpointing` is deprecated", category=FutureWarning)

BASE_INFO_FILE = "moe_base.json"  # written next to the adapter: which base model it was trained on


# The one definition of the LoRA settings is the `lora:` section of the training config.
LoraSettings = LoraConfig  # the earlier name, kept so callers of apply_lora(model, LoraSettings(...)) still work


@dataclass
class LoraTarget:
    """One adapted (or fully trained) weight of a PEFT model."""

    name: str  # module path in the base model, e.g. model.layers.1.mlp.experts.gate_up_proj
    kind: str  # attention | experts | shared_experts | dense_mlp | router | other
    shape: tuple[int, ...]  # shape of the base weight
    trainable_params: int  # LoRA (or router copy) parameters that train


@dataclass
class _Targets:
    modules: list[str] = field(default_factory=list)  # PEFT target_modules (name suffixes)
    parameters: list[str] = field(default_factory=list)  # PEFT target_parameters (name suffixes)
    modules_to_save: list[str] = field(default_factory=list)


def _is_mlp_linear_name(name: str) -> bool:
    return name.rsplit(".", 1)[-1] in ("gate_proj", "up_proj", "down_proj")


def _select_targets(model: nn.Module, settings: LoraSettings) -> _Targets:
    """Name suffixes for PEFT, derived from the model's own module tree."""
    spec = family_of(model.config)
    targets = _Targets()
    attention, shared, dense = set(), set(), set()
    for layer in decoder_layers(model):
        for name, module in layer.named_modules():
            if not isinstance(module, nn.Linear):
                continue
            parts = name.split(".")
            if parts[0] == "self_attn":
                attention.add(name)  # e.g. self_attn.q_proj, self_attn.forget_gate.f_proj
            elif parts[0] == "mlp" and len(parts) == 3 and parts[1] in ("shared_experts", "shared_expert"):
                shared.add(name)
            elif parts[0] == "mlp" and len(parts) == 2 and _is_mlp_linear_name(name):
                dense.add(name)  # a dense decoder layer's MLP
    if settings.attention:
        targets.modules += sorted(attention)
    if settings.target_modules:
        targets.modules += [t for t in settings.target_modules if t not in targets.modules]
    if settings.experts:
        targets.parameters += ["experts.gate_up_proj", "experts.down_proj"]
    if settings.shared_experts:
        targets.parameters += [f"{name}.weight" for name in sorted(shared)]
    if settings.dense_mlp:
        targets.parameters += [f"{name}.weight" for name in sorted(dense)]
    if settings.train_router:
        targets.modules_to_save.append("mlp.gate")
        if spec.has_shared_expert_gate:
            targets.modules_to_save.append("mlp.shared_expert_gate")
    return targets


def _check_settings(settings: LoraSettings) -> None:
    if not isinstance(settings.r, int) or settings.r <= 0:
        raise UserError(f"LoRA rank r must be a positive integer, got {settings.r!r}")
    if not isinstance(settings.alpha, (int, float)) or settings.alpha <= 0:
        raise UserError(f"LoRA alpha must be a positive number, got {settings.alpha!r}")
    if not isinstance(settings.dropout, (int, float)) or not 0.0 <= settings.dropout < 1.0:
        raise UserError(f"LoRA dropout must be in [0, 1), got {settings.dropout!r}")
    if settings.target_modules is not None and (
        isinstance(settings.target_modules, str) or not all(isinstance(t, str) and t for t in settings.target_modules)
    ):
        raise UserError(f"target_modules must be a list of module-name suffixes, got {settings.target_modules!r}")
    for name in settings.target_modules or []:
        leaf = name.rsplit(".", 1)[-1]
        if leaf in ("gate_proj", "up_proj", "down_proj", "gate", "w1", "w2", "w3"):
            # PEFT would silently redirect these to the routed experts' fused tensors or the router.
            raise UserError(f"target_modules entry {name!r} names an MLP/router weight; choose those with "
                            f"experts=, shared_experts=, dense_mlp= and train_router= instead")


def apply_lora(model: nn.Module, settings: LoraSettings | None = None):
    """Wrap a transformers MoE causal LM in a PEFT LoRA model as `settings` says; only adapters (+router) train."""
    import peft

    settings = settings or LoraSettings()
    if isinstance(model, peft.PeftModel):
        raise UserError("this model already carries a LoRA adapter; merge it first or load the base model")
    _check_settings(settings)
    targets = _select_targets(model, settings)
    if not (targets.modules or targets.parameters or targets.modules_to_save):
        raise UserError(
            f"LoRA settings select nothing to train in this {model.config.model_type} model "
            f"(attention={settings.attention}, experts={settings.experts}, shared_experts={settings.shared_experts}, "
            f"dense_mlp={settings.dense_mlp}, train_router={settings.train_router}, "
            f"target_modules={settings.target_modules}); enable at least one part"
        )
    if settings.dropout and targets.parameters:
        raise UserError(
            f"LoRA dropout={settings.dropout} cannot be used on expert/MLP weight tensors (PEFT's ParamWrapper "
            f"cannot factor dropout out of a weight delta); set lora.dropout=0, or leave the expert tensors alone "
            f"(lora.experts=false, lora.shared_experts=false)"
        )
    if not (targets.modules or targets.parameters):
        # PEFT needs some LoRA target; a router-only run is a full fine-tune of the router, not LoRA.
        raise UserError("LoRA settings train only the router; enable attention, experts or shared_experts as well")
    config = peft.LoraConfig(
        r=settings.r,
        lora_alpha=settings.alpha,
        lora_dropout=settings.dropout,
        target_modules=targets.modules,
        target_parameters=targets.parameters or None,
        modules_to_save=targets.modules_to_save or None,
        bias="none",
        task_type="CAUSAL_LM",
    )
    try:
        return peft.get_peft_model(model, config)
    except ValueError as error:
        # e.g. a target_modules name that matches nothing in this model
        raise UserError(f"cannot apply LoRA to this {model.config.model_type} model: {error}") from None


def _kind_of(name: str) -> str:
    parts = name.split(".")
    if "self_attn" in parts:
        return "attention"
    if "shared_experts" in parts or "shared_expert" in parts:
        return "shared_experts"
    if parts[-1] in ("gate_up_proj", "down_proj") and len(parts) >= 2 and parts[-2] == "experts":
        return "experts"
    if parts[-1] in ("gate", "shared_expert_gate"):
        return "router"
    if "mlp" in parts and _is_mlp_linear_name(name):
        return "dense_mlp"
    return "other"


def _strip_peft_prefix(name: str) -> str:
    return name.removeprefix("base_model.model.").replace(".base_layer", "")


def _sampled_base_weights(named_tensors, per_tensor: int):
    """(clean name, shape, strided sample of values) of every frozen base weight, by name; LoRA weights skipped.

    Names are reduced to the plain model's, so a PEFT-wrapped model and its bare base yield the same keys.
    """
    picked = {}
    for name, tensor in sorted(named_tensors, key=lambda item: item[0]):
        if "lora_" in name or ".modules_to_save." in name or tensor.is_meta:
            continue  # adapter weights and trained copies (routers) are not the base
        flat = tensor.detach().reshape(-1)
        clean = _strip_peft_prefix(name).replace(".original_module", "")
        # A strided sample catches re-initialised or differently trained weights without reading them all.
        picked[clean] = (tuple(tensor.shape), flat[:: max(1, flat.numel() // per_tensor)][:per_tensor].float().cpu())
    return picked


def base_weights_fingerprint(model: nn.Module, samples: int = 16) -> str:
    """SHA-256 over every base weight's name, shape and a strided sample of its values (LoRA weights skipped)."""
    import hashlib

    digest = hashlib.sha256()
    for name, (shape, values) in _sampled_base_weights(model.named_parameters(), samples).items():
        digest.update(f"{name}|{shape}|".encode())
        digest.update(values.numpy().tobytes())
    return digest.hexdigest()


def base_weights_sample(named_tensors, per_tensor: int = 4) -> dict[str, list[float]]:
    """A few values of every base weight, by name: what an adapter keeps to recognise its base (see `load_adapter`)."""
    return {name: values.tolist() for name, (_, values) in _sampled_base_weights(named_tensors, per_tensor).items()}


def _differing_base_weights(recorded: dict, base: nn.Module) -> tuple[list[str], int]:
    """Weights of `base` whose sampled values differ from `recorded` beyond dtype rounding; and how many were compared."""
    per_tensor = max((len(v) for v in recorded.values()), default=0)
    current = _sampled_base_weights(base.named_parameters(), per_tensor)
    differing, compared = [], 0
    for name, values in recorded.items():
        if name not in current or len(values) != current[name][1].numel():
            continue
        compared += 1
        saved = torch.tensor(values)
        # 1/64 relative covers fp32 -> bf16/fp16 rounding (2^-9, 2^-11); a retrained checkpoint moves far more.
        if not torch.allclose(current[name][1], saved, rtol=1 / 64, atol=1e-6):
            differing.append(name)
    return differing, compared


def lora_target_report(peft_model) -> list[LoraTarget]:
    """Every weight of `peft_model` that carries a LoRA adapter or trains in full (router copies), in model order."""
    from peft.tuners.lora import LoraLayer, ParamWrapper
    from peft.utils.other import ModulesToSaveWrapper

    report = []
    for name, module in peft_model.named_modules():
        if isinstance(module, ParamWrapper):
            param = module.get_param()
            path = f"{_strip_peft_prefix(name)}.{module.parameter_name}"
            if path.endswith(".weight") and param.dim() == 2:
                path = path[: -len(".weight")]
            lora = sum(p.numel() for p in [*module.lora_A.parameters(), *module.lora_B.parameters()])
            report.append(LoraTarget(path, _kind_of(path), tuple(param.shape), lora))
        elif isinstance(module, LoraLayer):
            path = _strip_peft_prefix(name)
            weight = module.get_base_layer().weight
            lora = sum(p.numel() for p in [*module.lora_A.parameters(), *module.lora_B.parameters()])
            report.append(LoraTarget(path, _kind_of(path), tuple(weight.shape), lora))
        elif isinstance(module, ModulesToSaveWrapper):
            path = _strip_peft_prefix(name)
            weight = module.original_module.weight
            trained = sum(p.numel() for p in module.modules_to_save.parameters() if p.requires_grad)
            report.append(LoraTarget(path, _kind_of(path), tuple(weight.shape), trained))
    return report


def format_lora_report(report: list[LoraTarget]) -> str:
    """A short human summary of `lora_target_report`: per kind, how many weights and trainable parameters."""
    lines = []
    for kind in ("attention", "experts", "shared_experts", "dense_mlp", "router", "other"):
        rows = [t for t in report if t.kind == kind]
        if rows:
            names = sorted({t.name.split(".")[-1] for t in rows})
            lines.append(f"{kind:15s} {len(rows):4d} weights {sum(t.trainable_params for t in rows):>12,d} params "
                         f"({', '.join(names)})")
    return "\n".join(lines)


def save_adapter(peft_model, out_dir, full_state: dict | None = None) -> Path:
    """Save the adapter (PEFT format + a note of the base model it was trained on) atomically: temp dir, then rename.

    `full_state` is the whole model's state dict where the live parameters are shards (FSDP2, gathered on one rank).
    """
    from peft.utils import get_peft_model_state_dict

    out = Path(out_dir)
    if out.is_dir() and any(out.iterdir()) and not (out / "adapter_config.json").exists():
        raise UserError(f"refusing to overwrite {out}: it exists and is not an adapter directory")
    base_config = peft_model.get_base_model().config
    named = full_state.items() if full_state is not None else peft_model.named_parameters()
    # Config facts catch another architecture; sampled weight values catch another checkpoint of the same one.
    info = {**base_info(base_config), "name_or_path": getattr(base_config, "_name_or_path", None),
            "weights_sample": base_weights_sample(named)}

    def write(tmp: Path) -> None:
        if full_state is None:
            peft_model.save_pretrained(tmp)
        else:
            peft_model.save_pretrained(tmp, state_dict=get_peft_model_state_dict(peft_model, state_dict=full_state))
        (tmp / BASE_INFO_FILE).write_text(json.dumps(info, indent=1) + "\n")

    return write_dir_atomic(out, write)


def _load_base(base_model_or_dir):
    if isinstance(base_model_or_dir, nn.Module):
        return base_model_or_dir
    from transformers import AutoModelForCausalLM

    path = Path(base_model_or_dir)
    if not (path / "config.json").is_file():
        raise UserError(f"base model directory {path} does not exist or has no config.json")
    return AutoModelForCausalLM.from_pretrained(path)


def _check_adapter_dir(adapter_dir) -> Path:
    path = Path(adapter_dir)
    if not path.is_dir():
        raise UserError(f"adapter directory {path} does not exist")
    if not (path / "adapter_config.json").is_file():
        raise UserError(f"{path} is not a LoRA adapter directory (no adapter_config.json)")
    if not any((path / f).is_file() for f in ("adapter_model.safetensors", "adapter_model.bin")):
        raise UserError(f"adapter directory {path} has no adapter weights (adapter_model.safetensors)")
    return path


def _check_adapter_fits(base, adapter_dir: Path) -> None:
    """Compare the adapter's recorded base and its tensor shapes with `base`, before touching `base`."""
    import peft
    from peft.utils import get_peft_model_state_dict
    from peft.utils.save_and_load import load_peft_weights
    from transformers import AutoModelForCausalLM

    info_file = adapter_dir / BASE_INFO_FILE
    if info_file.is_file():
        try:
            recorded = json.loads(info_file.read_text())
        except (ValueError, UnicodeDecodeError) as error:
            raise UserError(f"cannot read {info_file}: {error}") from None
        current = base_info(base.config)
        differing = [k for k in recorded if k in current and recorded[k] != current[k]]
        if differing:
            detail = ", ".join(f"{k}: adapter {recorded[k]!r} vs base {current[k]!r}" for k in differing)
            raise UserError(f"adapter {adapter_dir} was trained on a different base model ({detail})")
        _check_base_weights(recorded, base, adapter_dir)
    try:
        config = peft.PeftConfig.from_pretrained(adapter_dir)
    except Exception as error:  # noqa: BLE001 - any parse failure means a broken adapter dir
        raise UserError(f"cannot read adapter config in {adapter_dir}: {error}") from None
    from moe_core.models import check_safetensors_files

    check_safetensors_files(adapter_dir)  # a cut-short copy is a named file, not a SafetensorError traceback
    saved = load_peft_weights(str(adapter_dir), device="cpu")
    # Inject the same adapter into a weightless copy of the base to learn the expected names and shapes.
    with torch.device("meta"), warnings.catch_warnings():
        warnings.simplefilter("ignore")  # PEFT notes that the skeleton's name differs from the adapter's base
        skeleton = AutoModelForCausalLM.from_config(base.config)
        try:
            expected = get_peft_model_state_dict(peft.get_peft_model(skeleton, config))
        except ValueError as error:
            raise UserError(f"adapter {adapter_dir} does not fit this {base.config.model_type} model: {error}") from None
    missing = sorted(set(expected) - set(saved))
    unexpected = sorted(set(saved) - set(expected))
    wrong_shape = sorted(k for k in set(saved) & set(expected) if tuple(saved[k].shape) != tuple(expected[k].shape))
    if missing or unexpected or wrong_shape:
        parts = []
        if wrong_shape:
            k = wrong_shape[0]
            parts.append(f"{len(wrong_shape)} tensors of the wrong shape (e.g. {k}: adapter "
                         f"{tuple(saved[k].shape)} vs base {tuple(expected[k].shape)})")
        if missing:
            parts.append(f"{len(missing)} expected tensors missing (e.g. {missing[0]})")
        if unexpected:
            parts.append(f"{len(unexpected)} tensors with no place in the base (e.g. {unexpected[0]})")
        raise UserError(f"adapter {adapter_dir} does not match this {base.config.model_type} base model: "
                        + "; ".join(parts))


def _check_base_weights(recorded: dict, base, adapter_dir: Path) -> None:
    """Refuse a base whose weights are not the ones the adapter was trained on (same shapes, other checkpoint)."""
    sample = recorded.get("weights_sample")
    if not isinstance(sample, dict) or not sample:
        return  # adapters saved before the note had weights: config facts and shapes are all we can check
    differing, compared = _differing_base_weights(sample, base)
    if not differing:
        return
    trained_on = recorded.get("name_or_path") or "another checkpoint"
    detail = f"{len(differing)} of {compared} sampled base weights differ (e.g. {differing[0]})"
    if len(differing) > 0.05 * compared:
        raise UserError(f"adapter {adapter_dir} was trained on other base weights than this model's: {detail}. "
                        f"It was trained on {trained_on}; load it on that base, or train the adapter on this one")
    warnings.warn(f"adapter {adapter_dir}: {detail} from the base it was trained on ({trained_on})", stacklevel=3)


def load_adapter(base_model_or_dir, adapter_dir, is_trainable: bool = False):
    """Load a saved adapter onto a base model (object or directory) with plain `PeftModel.from_pretrained`."""
    import peft

    adapter_path = _check_adapter_dir(adapter_dir)
    if isinstance(base_model_or_dir, peft.PeftModel):
        raise UserError("load_adapter needs the base model, but this model already carries a LoRA adapter")
    base = _load_base(base_model_or_dir)
    family_of(base.config)
    _check_adapter_fits(base, adapter_path)
    return peft.PeftModel.from_pretrained(base, adapter_path, is_trainable=is_trainable)


def _copy_tokenizer_files(source_dir, out_dir: Path) -> None:
    if not source_dir or not Path(source_dir).is_dir():
        return
    for name in (*TOKENIZER_FILES, "generation_config.json"):  # the base's generation defaults travel too
        if (Path(source_dir) / name).is_file():
            shutil.copy2(Path(source_dir) / name, out_dir / name)


def merge_adapter_to_dir(peft_model_or_pair, out_dir) -> Path:
    """Merge LoRA into the base weights and save a plain transformers directory (atomically).

    Takes a PeftModel or a (base model or dir, adapter dir) pair. A PeftModel passed in is consumed:
    `merge_and_unload` folds the adapter into its base weights in place.
    """
    import peft

    if isinstance(peft_model_or_pair, (tuple, list)):
        if len(peft_model_or_pair) != 2:
            raise UserError("merge_adapter_to_dir takes a PeftModel or a (base, adapter_dir) pair")
        base, adapter_dir = peft_model_or_pair
        base_dir = None if isinstance(base, nn.Module) else base
        peft_model = load_adapter(base, adapter_dir)
    elif isinstance(peft_model_or_pair, peft.PeftModel):
        peft_model = peft_model_or_pair
        base_dir = getattr(peft_model.get_base_model().config, "_name_or_path", None)
    else:
        raise UserError(f"merge_adapter_to_dir takes a PeftModel or a (base, adapter_dir) pair, "
                        f"got {type(peft_model_or_pair).__name__}")
    merged = peft_model.merge_and_unload()

    def write(tmp: Path) -> None:
        merged.save_pretrained(tmp)
        _copy_tokenizer_files(base_dir, tmp)

    return write_dir_atomic(out_dir, write)
