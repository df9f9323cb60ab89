"""The training config: typed sections, loaded from YAML plus dotted `--set a.b=value` overrides.

Every field has a type and a default; unknown fields (in YAML or --set) and values of the wrong
type are UserErrors naming the field, with close matches suggested, so a typo never silently
trains with a default. Checkpoints store `to_dict(cfg)` and resume compares it.
"""

import dataclasses
import difflib
import math
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import yaml

from moe_core.cli_args import option
from moe_core.errors import UserError
from moe_core.jsonl import read_utf8_text


@dataclass
class ModelConfig:
    """Which checkpoint to fine-tune and how to run it."""

    name_or_path: str = option("", "hub id or local directory of the MoE checkpoint to fine-tune")
    dtype: Literal["auto", "bf16", "fp16", "fp32"] = option(
        "auto", "parameter dtype; auto = the device's default training dtype")
    experts_implementation: str | None = option(None, "transformers experts kernel; none = transformers' default")
    gradient_checkpointing: bool = option(False, "recompute activations in backward to save memory")
    attn_implementation: str | None = option(
        None, "attention kernel; none = transformers' default (sdpa where available)")


@dataclass
class LoraConfig:
    """LoRA adapters (enabled=false means a full fine-tune): what `moe_core.lora.apply_lora` takes."""

    enabled: bool = option(True, "train LoRA adapters; false = full fine-tune")
    r: int = option(8, "LoRA rank")
    alpha: int = option(16, "LoRA scaling alpha")
    dropout: float = option(0.0, "LoRA dropout; must be 0 when expert/MLP tensors are adapted")
    attention: bool = option(True, "adapt every attention projection")
    experts: bool = option(True, "adapt the routed experts (fused 3-D tensors)")
    shared_experts: bool = option(True, "adapt the shared experts")
    train_router: bool = option(False, "train the router weights fully (saved with the adapter)")
    target_modules: list[str] | None = option(None, "extra nn.Linear name suffixes, passed to PEFT as they are")
    dense_mlp: bool = option(True, "adapt the dense MLPs of DeepSeek/Ling's first dense layers")


@dataclass
class DataConfig:
    """Chat conversations to train on and how to turn them into token rows."""

    train_file: str = option("", "JSONL/JSON/parquet file or hub data set of chat conversations")
    eval_file: str | None = option(None, "held-out conversations for loss/perplexity")
    messages_field: str = option("messages", "the record field holding the conversation")
    role_field: str = option("role", "the message field holding the role")
    content_field: str = option("content", "the message field holding the text")
    max_length: int = option(512, "tokens per example (longer ones are cut)")
    packing: bool = option(False, "pack several examples into one row")
    pack_length: int = option(512, "tokens per packed row")


@dataclass
class OptimConfig:
    """AdamW, the learning-rate schedule and the batch geometry."""

    lr: float = option(2e-4, "peak learning rate")
    weight_decay: float = option(0.0, "AdamW weight decay (not on norms and biases)")
    betas: tuple[float, float] = option((0.9, 0.999), "AdamW betas, e.g. [0.9, 0.95]")
    eps: float = option(1e-8, "AdamW epsilon")
    warmup_steps: int = option(0, "linear warm-up steps")
    schedule: Literal["cosine", "constant"] = option("cosine", "learning-rate schedule after warm-up")
    min_lr_ratio: float = option(0.1, "cosine floor as a share of the peak rate")
    grad_clip: float = option(1.0, "gradient-norm clip; 0 = no clipping")
    max_steps: int = option(100, "optimizer steps")
    global_batch_size: int = option(8, "examples per optimizer step, summed over all ranks")
    micro_batch_size: int = option(2, "examples per forward/backward on one rank")


@dataclass
class BalanceConfig:
    """Expert load balancing and router health."""

    aux_loss_coef: float = option(0.0, "Switch-style load-balancing loss weight")
    z_loss_coef: float = option(0.0, "router z-loss weight (keeps router logits small)")
    aux_free_gamma: float = option(0.0, "DeepSeek-V3 selection-bias update speed; 0 = off")
    telemetry_every: int = option(10, "steps between expert-load snapshots; 0 = off")
    collapse_threshold: float = option(
        3.0, "a layer is imbalanced when its busiest expert gets this many times the mean load")
    # A freshly initialised or tiny router routes unevenly for its first steps and evens out as it
    # learns; alarming then only teaches people to ignore the alarm.
    collapse_warmup_steps: int = option(50, "no collapse alarm before this step (early imbalance is expected)")
    collapse_patience: int = option(
        3, "alarm only after this many snapshots in a row (after warm-up) find the same layer imbalanced")


@dataclass
class CheckpointConfig:
    """When to checkpoint and how many to keep."""

    every_steps: int = option(50, "steps between checkpoints; 0 = only the final one")
    keep_last: int = option(2, "complete checkpoints to keep")
    async_save: bool = option(True, "snapshot to CPU, write in a background thread (same atomic publication)")


@dataclass
class EvalConfig:
    """Held-out loss / perplexity."""

    every_steps: int = option(0, "steps between evaluations; 0 = only at the end (when an eval file is given)")
    max_batches: int = option(20, "micro batches per evaluation")


@dataclass
class DistConfig:
    """Multi-process training (torchrun); ignored in a single process."""

    strategy: Literal["none", "ddp", "fsdp2", "hetero"] = option("none", "how ranks share the model")
    throughput_weights: list[float] | str | None = option(
        None, "per-rank shares of each batch, 'auto', or none = equal")
    backend_map: dict[str, str] | None = option(None, "device type -> process-group backend, e.g. {cpu: gloo}")


@dataclass
class TrainConfig:
    """Everything one training run needs; `to_dict` of it is stored in every checkpoint."""

    model: ModelConfig = field(default_factory=ModelConfig)
    lora: LoraConfig = field(default_factory=LoraConfig)
    data: DataConfig = field(default_factory=DataConfig)
    optim: OptimConfig = field(default_factory=OptimConfig)
    balance: BalanceConfig = field(default_factory=BalanceConfig)
    checkpoint: CheckpointConfig = field(default_factory=CheckpointConfig)
    eval: EvalConfig = field(default_factory=EvalConfig)
    dist: DistConfig = field(default_factory=DistConfig)
    output_dir: str = option("runs/train", "where metrics, checkpoints and final/ go")
    seed: int = option(0, "random seed (data order, LoRA init, dropout)")
    log_every: int = option(1, "steps between metric log lines")
    device: str | None = option(None, "prefer this device type (cuda, npu, xpu, mps, cpu); none = best available")


# "async" reads better in YAML but is a Python keyword.
_ALIASES = {"checkpoint.async": "checkpoint.async_save"}


def _field_names(cls) -> list[str]:
    return [f.name for f in dataclasses.fields(cls)]


def _unknown(name: str, path: str, choices: list[str]) -> UserError:
    close = difflib.get_close_matches(name, choices, n=3, cutoff=0.5)
    hint = f"; did you mean {' or '.join(repr(c) for c in close)}?" if close else f"; known: {', '.join(choices)}"
    return UserError(f"unknown config field '{path}'{hint}")


def _coerce(value, tp, path: str):
    """Convert `value` (from YAML or a --set string) to type `tp`, or raise a UserError naming `path`."""
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        options = typing.get_args(tp)
        is_null = value is None or (isinstance(value, str) and value.lower() in ("none", "null", "~"))
        if is_null and type(None) in options:
            return None
        errors = []
        # Try str last: "1e-4" should become a float when a float is allowed.
        for option in sorted((o for o in options if o is not type(None)), key=lambda o: o is str):
            try:
                return _coerce(value, option, path)
            except UserError as exc:
                errors.append(str(exc))
        raise UserError(errors[0] if errors else f"config field '{path}' cannot be null")
    if origin is typing.Literal:
        allowed = typing.get_args(tp)
        if value not in allowed:
            raise UserError(f"config field '{path}' must be one of {', '.join(map(str, allowed))}, got {value!r}")
        return value
    if isinstance(value, str) and tp is not str and origin is None:
        try:
            value = yaml.safe_load(value)
        except yaml.YAMLError:
            pass
    if tp is bool:
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.lower() in ("true", "yes", "on", "1", "false", "no", "off", "0"):
            return value.lower() in ("true", "yes", "on", "1")
        raise UserError(f"config field '{path}' must be true or false, got {value!r}")
    if tp is int:
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        if isinstance(value, float) and value.is_integer():
            return int(value)
        raise UserError(f"config field '{path}' must be an integer, got {value!r}")
    if tp is float:
        number = None
        if isinstance(value, (int, float, str)) and not isinstance(value, bool):
            try:
                number = float(value)
            except (ValueError, OverflowError):  # OverflowError: an int too big for a float
                pass
        if number is None:
            raise UserError(f"config field '{path}' must be a number, got {value!r}")
        # No field has a use for nan/inf, and they pass every `<`/`>` range check silently.
        if not math.isfinite(number):
            raise UserError(f"config field '{path}' must be a finite number, got {value!r}")
        return number
    if tp is str:
        if isinstance(value, (str, int, float)) and not isinstance(value, bool):
            return str(value)
        raise UserError(f"config field '{path}' must be a string, got {value!r}")
    if origin in (tuple, list):
        if isinstance(value, str):
            try:
                value = yaml.safe_load(value)
            except yaml.YAMLError:
                pass
        if not isinstance(value, (list, tuple)):
            raise UserError(f"config field '{path}' must be a list, got {value!r}")
        args = typing.get_args(tp)
        if origin is tuple:
            if len(value) != len(args):
                raise UserError(f"config field '{path}' must have {len(args)} entries, got {len(value)}")
            return tuple(_coerce(v, a, f"{path}[{i}]") for i, (v, a) in enumerate(zip(value, args)))
        return [_coerce(v, args[0], f"{path}[{i}]") for i, v in enumerate(value)]
    if origin is dict:
        if isinstance(value, str):
            value = yaml.safe_load(value)
        if not isinstance(value, dict):
            raise UserError(f"config field '{path}' must be a mapping, got {value!r}")
        key_t, val_t = typing.get_args(tp)
        return {_coerce(k, key_t, path): _coerce(v, val_t, f"{path}.{k}") for k, v in value.items()}
    raise UserError(f"config field '{path}' has an unsupported type {tp}")


def _build(cls, data: dict, prefix: str = ""):
    """Instantiate dataclass `cls` from a nested dict, checking every key and value."""
    if not isinstance(data, dict):
        raise UserError(f"config section '{prefix.rstrip('.') or '<root>'}' must be a mapping, got {data!r}")
    hints = typing.get_type_hints(cls)
    names = _field_names(cls)
    kwargs = {}
    for key, value in data.items():
        path = f"{prefix}{key}"
        path = _ALIASES.get(path, path)
        key = path.rsplit(".", 1)[-1]
        if key not in names:
            raise _unknown(key, path, names)
        tp = hints[key]
        if dataclasses.is_dataclass(tp):
            kwargs[key] = _build(tp, value if value is not None else {}, f"{path}.")
        else:
            kwargs[key] = _coerce(value, tp, path)
    return cls(**kwargs)


def _set_dotted(tree: dict, dotted: str, value: str) -> None:
    """Put a --set override into the nested dict, checking the path against the dataclasses."""
    parts = dotted.split(".")
    cls = TrainConfig
    node = tree
    for depth, part in enumerate(parts):
        path = ".".join(parts[: depth + 1])
        path = _ALIASES.get(path, path)
        part = path.rsplit(".", 1)[-1]
        names = _field_names(cls)
        if part not in names:
            raise _unknown(part, path, names)
        tp = typing.get_type_hints(cls)[part]
        if depth == len(parts) - 1:
            if dataclasses.is_dataclass(tp):
                raise UserError(f"--set {dotted}: '{path}' is a section; set one of its fields, e.g. {path}.{_field_names(tp)[0]}=...")
            node[part] = value
            return
        if not dataclasses.is_dataclass(tp):
            raise UserError(f"--set {dotted}: '{path}' is a value, not a section")
        if not isinstance(node.get(part), dict):
            node[part] = {}
        node = node[part]
        cls = tp


def from_dict(data: dict) -> TrainConfig:
    """Build a TrainConfig from a nested dict (as in YAML or a checkpoint), validating every field."""
    cfg = _build(TrainConfig, data or {})
    _check(cfg)
    return cfg


def to_dict(cfg: TrainConfig) -> dict:
    """The config as plain YAML/JSON-able data (tuples become lists)."""

    def plain(x):
        if isinstance(x, (list, tuple)):
            return [plain(v) for v in x]
        if isinstance(x, dict):
            return {k: plain(v) for k, v in x.items()}
        return x

    return plain(dataclasses.asdict(cfg))


def _check(cfg: TrainConfig) -> None:
    """Cross-field checks that types alone cannot express."""
    o = cfg.optim
    for name in ("max_steps", "global_batch_size", "micro_batch_size"):
        if getattr(o, name) < 1:
            raise UserError(f"config field 'optim.{name}' must be at least 1, got {getattr(o, name)}")
    if o.micro_batch_size > o.global_batch_size:
        raise UserError(
            f"optim.micro_batch_size ({o.micro_batch_size}) is larger than optim.global_batch_size ({o.global_batch_size})"
        )
    if o.lr <= 0:
        raise UserError(f"config field 'optim.lr' must be a finite positive number, got {o.lr}")
    if o.eps <= 0:
        raise UserError(f"config field 'optim.eps' must be a finite positive number, got {o.eps}")
    for name in ("weight_decay", "grad_clip"):
        if getattr(o, name) < 0:
            raise UserError(f"config field 'optim.{name}' must be zero or positive, got {getattr(o, name)}")
    for i, beta in enumerate(o.betas):
        if not 0.0 <= beta < 1.0:
            raise UserError(f"config field 'optim.betas[{i}]' must be at least 0 and below 1, got {beta}")
    if not 0.0 <= cfg.lora.dropout < 1.0:
        raise UserError(f"config field 'lora.dropout' must be at least 0 and below 1, got {cfg.lora.dropout}")
    for name in ("aux_loss_coef", "z_loss_coef", "aux_free_gamma"):
        if getattr(cfg.balance, name) < 0:
            raise UserError(f"config field 'balance.{name}' must be zero or positive, got {getattr(cfg.balance, name)}")
    if not 0.0 <= o.min_lr_ratio <= 1.0:
        raise UserError(f"config field 'optim.min_lr_ratio' must be between 0 and 1, got {o.min_lr_ratio}")
    if cfg.data.max_length < 2:
        raise UserError(f"config field 'data.max_length' must be at least 2, got {cfg.data.max_length}")
    if cfg.data.packing and cfg.data.pack_length < cfg.data.max_length:
        raise UserError(
            f"data.pack_length ({cfg.data.pack_length}) must be at least data.max_length ({cfg.data.max_length}) "
            "so every example fits in one packed row"
        )
    if cfg.balance.telemetry_every < 0:
        raise UserError(f"config field 'balance.telemetry_every' must be zero (off) or positive, "
                        f"got {cfg.balance.telemetry_every}")
    if cfg.balance.collapse_warmup_steps < 0:
        raise UserError(f"config field 'balance.collapse_warmup_steps' must be zero or positive, "
                        f"got {cfg.balance.collapse_warmup_steps}")
    if cfg.balance.collapse_patience < 1:
        raise UserError(f"config field 'balance.collapse_patience' must be at least 1, got {cfg.balance.collapse_patience}")
    if cfg.checkpoint.keep_last < 1:
        raise UserError(f"config field 'checkpoint.keep_last' must be at least 1, got {cfg.checkpoint.keep_last}")
    tw = cfg.dist.throughput_weights
    if isinstance(tw, str) and tw != "auto":
        raise UserError(f"config field 'dist.throughput_weights' must be a list of numbers or 'auto', got {tw!r}")


class _DuplicateKey(yaml.YAMLError):
    """A mapping names the same key twice (PyYAML would silently keep only the last one)."""

    def __init__(self, key, first_line: int, second_line: int):
        super().__init__(f"duplicate key {key!r} (lines {first_line} and {second_line})")
        self.key, self.first_line, self.second_line = key, first_line, second_line


class _RecipeLoader(yaml.SafeLoader):
    """SafeLoader that refuses duplicate keys: a second `model:` section must not replace the first unseen."""

    def construct_mapping(self, node, deep=False):
        """Check the keys as written (before `<<` merges, whose keys may legitimately be overridden)."""
        seen = {}
        for key_node, _ in node.value:
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag == "tag:yaml.org,2002:merge":
                continue
            key = self.construct_object(key_node)
            if key in seen:
                raise _DuplicateKey(key, seen[key], key_node.start_mark.line + 1)
            seen[key] = key_node.start_mark.line + 1
        return super().construct_mapping(node, deep=deep)


def _yaml_problem(exc: yaml.YAMLError) -> str:
    """PyYAML's error as one line that keeps where it is (line and column, 1-based)."""
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    mark = getattr(exc, "problem_mark", None)
    text = f"{problem} at line {mark.line + 1}, column {mark.column + 1}" if mark is not None else problem
    context, context_mark = getattr(exc, "context", None), getattr(exc, "context_mark", None)
    if context and context_mark is not None:
        text += f" ({context} started at line {context_mark.line + 1})"
    return text


def _read_recipe(path: Path) -> dict:
    """The YAML recipe at `path` as a dict; unreadable, non-UTF-8, empty or malformed files are UserErrors."""
    if path.is_dir():
        raise UserError(f"config file {path} is a directory; give a YAML recipe file (see recipes/)")
    if not path.is_file():
        raise UserError(f"config file not found: {path}")
    text = read_utf8_text(path, "config file")
    try:
        tree = yaml.load(text, Loader=_RecipeLoader)  # a SafeLoader subclass: no arbitrary objects
    except _DuplicateKey as exc:
        raise UserError(f"config file {path}: {exc}; the second would silently replace the first, "
                        "so merge them into one") from None
    except yaml.YAMLError as exc:
        raise UserError(f"config file {path} is not valid YAML: {_yaml_problem(exc)}") from None
    if tree is None:
        raise UserError(f"config file {path} is empty")
    if not isinstance(tree, dict):
        raise UserError(f"config file {path} must hold a mapping of sections, got {type(tree).__name__}")
    return tree


def load_config(yaml_path=None, overrides: list[str] | None = None) -> TrainConfig:
    """Read a YAML recipe (optional) and apply `a.b=value` overrides in order; any problem is a UserError.

    The `--section.field VALUE` options of `medqa train` arrive here as overrides too (see `train_overrides`).
    """
    tree: dict = {}
    if yaml_path is not None:
        path = Path(yaml_path)
        tree = _read_recipe(path)
        # Validate the file alone first so an error names the file's field before any override.
        _build(TrainConfig, tree)
    for item in overrides or []:
        if "=" not in item:
            raise UserError(f"--set {item!r}: expected FIELD=VALUE, e.g. optim.lr=1e-4")
        key, value = item.split("=", 1)
        _set_dotted(tree, key.strip(), value.strip())
    return from_dict(tree)


def train_overrides(args) -> list[str]:
    """`--set` items then the `--section.field` options of a parsed `medqa train` command line, as `a.b=value`."""
    from moe_core.cli_args import dotted_overrides, overrides_from_args

    return [*(getattr(args, "set", None) or []), *dotted_overrides(overrides_from_args(args, TrainConfig))]
