"""Load MoE checkpoints (hub id or local directory, same code path) and summarise them."""

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

import torch
import transformers
from safetensors import SafetensorError

from moe_core import devices, experts, families
from moe_core.errors import UserError
from moe_core.tokenizer import TOKENIZER_BASE_FILES

# Errors the hub / Auto classes raise for a model id that is wrong, private or unreachable offline.
_LOAD_ERRORS = (OSError, ValueError, KeyError)


def _looks_like_local_path(name_or_path: str) -> bool:
    """A hub id is 'name' or 'org/name'; anything else (absolute, ./, ~, deeper) is meant as a directory.

    So is 'org/name' whose 'org' exists here: `runs/seeed` next to a local `runs/` is a typo of a
    path, and asking the hub for it only costs ~30 s of retries before a misleading message.
    """
    text = str(name_or_path)
    return (
        os.path.isabs(text) or text.startswith((".", "~")) or text.count("/") > 1 or text.endswith("/")
        or os.sep != "/" and os.sep in text
        or "/" in text and os.path.isdir(text.split("/", 1)[0])
    )


def check_local_path(name_or_path, what: str = "model directory", context: str | None = None) -> Path | None:
    """The existing local directory `name_or_path`, None for a hub id, or a UserError for a missing local path.

    The message names the working directory, since a relative path typed in the wrong directory is
    the usual cause; `context` (e.g. "cannot read dense checkpoint") starts it.
    """
    path = Path(str(name_or_path)).expanduser()
    if path.exists():
        if not path.is_dir():
            raise UserError(f"{name_or_path}: is a file, not a {what}")
        return path
    if _looks_like_local_path(str(name_or_path)):
        start = f"{context}: " if context else ""
        raise UserError(f"{start}no such {what} {name_or_path} (cwd: {os.getcwd()})")
    return None


def check_config_json(directory: Path) -> None:
    """A UserError naming the line and column when DIR/config.json is not valid JSON (transformers says 'not found')."""
    path = Path(directory) / "config.json"
    try:
        json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError as exc:
        raise UserError(f"{path} is not valid UTF-8 ({exc.reason} at byte {exc.start})") from None
    except json.JSONDecodeError as exc:
        raise UserError(f"{path} is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})") from None


def check_safetensors_files(directory: Path) -> list[Path]:
    """The directory's *.safetensors files, after checking each header parses (cheap: no tensor is read).

    An interrupted copy or download leaves a truncated file that transformers reports as a raw
    SafetensorError traceback; name the file instead. Shards listed in an index must exist too.
    """
    from safetensors import safe_open

    directory = Path(directory)
    for index in directory.glob("*.safetensors.index.json"):
        try:
            shards = set(json.loads(index.read_text(encoding="utf-8")).get("weight_map", {}).values())
        except (ValueError, UnicodeDecodeError, AttributeError) as exc:
            raise UserError(f"{index} is not a valid weights index ({exc})") from None
        missing = sorted(name for name in shards if not (directory / name).is_file())
        if missing:
            raise UserError(f"{directory}: weight shard {missing[0]} listed in {index.name} is missing "
                            f"({len(missing)} of {len(shards)} missing); re-copy the checkpoint")
    files = sorted(directory.glob("*.safetensors"))
    for file in files:
        try:
            with safe_open(str(file), framework="pt"):
                pass
        except Exception as exc:  # noqa: BLE001 - SafetensorError and OSError alike mean an unusable file
            raise UserError(f"{file} is truncated or corrupt ({str(exc).strip() or type(exc).__name__}); "
                            f"re-copy it") from None
    return files


def _check_local_model_dir(name_or_path: str) -> Path | None:
    """The local model directory, a UserError if it is a bad one, or None for a hub id."""
    path = check_local_path(name_or_path)
    if path is None:
        return None
    if not (path / "config.json").is_file():
        raise UserError(f"{name_or_path}: not a model directory (no config.json)")
    check_config_json(path)
    return path


def _raw_model_type(name_or_path: str, revision: str | None) -> str | None:
    """model_type from config.json without building the config class (works for unknown types)."""
    try:
        config_dict, _ = transformers.PretrainedConfig.get_config_dict(str(name_or_path), revision=revision)
    except _LOAD_ERRORS as exc:
        raise UserError(
            f"cannot find model {name_or_path!r}: not a local directory and not loadable from the Hugging Face "
            f"Hub (check the id, network access and HF_TOKEN; offline mode needs it in the cache): {exc}"
        ) from None
    except json.JSONDecodeError as exc:
        raise UserError(f"{name_or_path}: config.json is not valid JSON ({exc})") from None
    return config_dict.get("model_type")


def load_moe_config(name_or_path, revision: str | None = None) -> transformers.PretrainedConfig:
    """The config of an MoE checkpoint, after checking the path and that its family is supported."""
    name_or_path = str(name_or_path)
    local = _check_local_model_dir(name_or_path)
    model_type = _raw_model_type(name_or_path, revision)
    families.family_of(_model_type_only(model_type))  # UserError for dense / unknown families
    try:
        return transformers.AutoConfig.from_pretrained(
            str(local) if local else name_or_path, revision=revision, trust_remote_code=False
        )
    except _LOAD_ERRORS as exc:
        raise UserError(f"{name_or_path}: cannot read its config: {exc}") from None


def _model_type_only(model_type):
    """A stand-in config carrying only `model_type`, for family checks before the real config exists."""
    from types import SimpleNamespace

    return SimpleNamespace(model_type=model_type)


def _has_weights(path: Path) -> bool:
    return any(path.glob("*.safetensors")) or any(path.glob("pytorch_model*.bin"))


def load_moe_model(name_or_path, *, dtype=None, device=None, experts_implementation=None, revision=None):
    """Load an MoE causal LM from a hub id or local directory (no remote code).

    dtype: a name ("bf16", "float32", ...), "auto" for the checkpoint's own dtype, or None for the
    device's default. device: "cpu", "cuda:1", "auto" ...; None keeps the model on the CPU.
    experts_implementation: None picks the fastest kernel verified on that device (see experts.py).
    """
    config = load_moe_config(name_or_path, revision)
    local = _check_local_model_dir(str(name_or_path))
    if local is not None and not _has_weights(local):
        raise UserError(f"{name_or_path}: has a config.json but no weights (*.safetensors or pytorch_model*.bin)")
    if local is not None:
        check_safetensors_files(local)
    info = devices.resolve_device(device or "cpu")
    if dtype == "auto":
        torch_dtype = "auto"
    else:
        torch_dtype = devices.check_dtype_supported(info, dtype or info.default_dtype)
    if experts_implementation is None:
        check_dtype = torch.float32 if torch_dtype == "auto" else torch_dtype
        experts_implementation = experts.choose_experts_implementation(info, check_dtype)
    elif experts_implementation not in experts.available_experts_implementations():
        raise UserError(f"unknown experts implementation {experts_implementation!r}; "
                        f"use one of: {', '.join(experts.available_experts_implementations())}")
    try:
        model = transformers.AutoModelForCausalLM.from_pretrained(
            str(local) if local else str(name_or_path), config=config, revision=revision, dtype=torch_dtype,
            experts_implementation=experts_implementation, trust_remote_code=False,
        )
    except _LOAD_ERRORS as exc:
        raise UserError(f"{name_or_path}: cannot load the weights: {exc}") from None
    except SafetensorError as exc:  # a hub download cut short (local files were checked above)
        raise UserError(f"{name_or_path}: a weights file is truncated or corrupt ({exc}); download it again") from None
    return model.to(info.torch_device)




def load_tokenizer(name_or_path, revision: str | None = None):
    """The tokenizer saved with a checkpoint (hub id or directory), with a clear error if there is none."""
    local = _check_local_model_dir(str(name_or_path))
    # transformers 5 quietly builds an empty one-token tokenizer from a bare config: refuse that.
    if local is not None and not any((local / name).is_file() for name in TOKENIZER_BASE_FILES):
        raise UserError(f"{name_or_path}: no usable tokenizer (none of {', '.join(TOKENIZER_BASE_FILES)})")
    try:
        tokenizer = transformers.AutoTokenizer.from_pretrained(
            str(local) if local else str(name_or_path), revision=revision, trust_remote_code=False
        )
    except _LOAD_ERRORS as exc:
        raise UserError(f"{name_or_path}: no usable tokenizer ({type(exc).__name__}: {exc})") from None
    if tokenizer is None or len(tokenizer) < 2:
        raise UserError(f"{name_or_path}: no usable tokenizer (the saved one is empty)")
    return tokenizer


def build_empty_model(config):
    """The model skeleton on the meta device: exact parameter shapes, no memory, no weights read."""
    with torch.device("meta"):
        return transformers.AutoModelForCausalLM.from_config(config)


def human_count(n: int) -> str:
    """12345678 -> '12.3M'; 30.5e9 -> '30.5B'."""
    for unit, scale in (("T", 1e12), ("B", 1e9), ("M", 1e6), ("K", 1e3)):
        if abs(n) >= scale:
            return f"{n / scale:.1f}{unit}"
    return str(n)


@dataclass
class MoESummary:
    """The shape and size of an MoE model at a glance."""

    family: str
    display_name: str
    layers: int
    moe_layers: int
    experts: int
    top_k: int
    shared_experts: int
    hidden_size: int
    expert_width: int
    total_params: int
    active_params_per_token: int
    experts_implementation: str
    dtype: str

    def to_dict(self) -> dict:
        """Plain dict (JSON-ready)."""
        return asdict(self)

    def to_text(self) -> str:
        """A small aligned table with human units."""
        rows = [
            ("family", f"{self.display_name} [{self.family}]"),
            ("layers", f"{self.layers} ({self.moe_layers} MoE)"),
            ("experts", f"{self.experts} routed, top-{self.top_k}, {self.shared_experts} shared"),
            ("hidden size", str(self.hidden_size)),
            ("expert width", str(self.expert_width)),
            ("parameters", (f"{human_count(self.total_params)} total, "
                            f"{human_count(self.active_params_per_token)} active per token")),
            ("experts kernel", self.experts_implementation),
            ("dtype", self.dtype),
        ]
        width = max(len(k) for k, _ in rows)
        return "\n".join(f"{k.ljust(width)}  {v}" for k, v in rows)


def _param_count(module: torch.nn.Module) -> int:
    return sum(p.numel() for p in module.parameters())


def summarize_moe(model) -> MoESummary:
    """Shape and parameter counts of an MoE model.

    Active parameters per token = all parameters except the routed experts a token does not use:
    in each MoE layer only top_k / num_experts of the routed-expert weights count, while shared
    experts, routers, attention, norms, the input embedding (counted whole, as model cards do,
    although a token reads only its own row) and the LM head (counted once if tied) count fully.
    """
    config = model.config
    spec = families.family_of(config)
    layers = families.iter_moe_layers(model)
    n_experts, k = families.num_experts(config), families.top_k(config)
    total = _param_count(model)
    inactive = sum(_param_count(layer.experts) * (n_experts - k) // n_experts for layer in layers)
    first = layers[0].experts if layers else None
    expert_width = int(first.gate_up_proj.shape[1] // 2) if first is not None else 0
    dtype = next(model.parameters()).dtype
    return MoESummary(
        family=spec.model_type,
        display_name=spec.display_name,
        layers=len(families.decoder_layers(model)),
        moe_layers=len(layers),
        experts=n_experts,
        top_k=k,
        shared_experts=families.num_shared_experts(config),
        hidden_size=int(config.hidden_size),
        expert_width=expert_width,
        total_params=total,
        active_params_per_token=total - inactive,
        experts_implementation=str(config._experts_implementation),
        dtype=str(dtype).removeprefix("torch."),
    )


def summarize_checkpoint(name_or_path, revision: str | None = None) -> MoESummary:
    """Summary of a checkpoint from its config alone (meta-device skeleton: fast even for 235B models)."""
    config = load_moe_config(name_or_path, revision)
    checkpoint_dtype = getattr(config, "dtype", None) or getattr(config, "torch_dtype", None) or "float32"
    summary = summarize_moe(build_empty_model(config))
    summary.dtype = str(checkpoint_dtype).removeprefix("torch.")
    summary.experts_implementation = experts.choose_experts_implementation(devices.resolve_device())
    return summary


def check_weight_files(name_or_path) -> str:
    """A one-line note on a checkpoint's weight files: present with readable headers (UserError if not)."""
    local = _check_local_model_dir(str(name_or_path))
    if local is None:
        return "not checked (hub id; summary reads the config only)"
    if not _has_weights(local):
        raise UserError(f"{name_or_path}: has a config.json but no weights (*.safetensors or pytorch_model*.bin)")
    files = check_safetensors_files(local)
    if not files:
        return "pytorch_model*.bin present, contents not checked"
    size = sum(f.stat().st_size for f in files)
    return f"{len(files)} safetensors file(s), {size / 1e6:.1f} MB, headers readable"


def run_summary_command(args) -> int:
    """`medqa summary MODEL [--json]`: print the table (or JSON) for a hub id or directory."""
    summary = summarize_checkpoint(args.model)
    # A copied checkpoint whose weights are missing or cut short must not get a clean bill of health.
    weights = check_weight_files(args.model)
    if args.json:
        print(json.dumps({**summary.to_dict(), "weights": weights}, indent=2))
    else:
        print(summary.to_text())
        print(f"{'weights'.ljust(len('experts kernel'))}  {weights}")
    return 0
