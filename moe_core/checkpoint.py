"""Training checkpoints: written atomically, kept K at a time, resumed bit-for-bit.

A checkpoint is a directory `<output_dir>/checkpoints/step-N/` holding
  model/            the adapter (PEFT layout) or the full model (transformers layout, + tokenizer)
  optimizer.pt      AdamW state (under FSDP2: the full, unsharded state, keyed by parameter name)
  trainer_state.pt  scheduler, RNG states of every source, sampler position, aux-free balancer, step
  config.json       the TrainConfig it was trained with
  COMPLETE          written last: a directory without it is never resumed from
It is first written to `checkpoints/.tmp-step-N`, every file fsynced, then renamed into place, so a
crash (even SIGKILL mid-save) leaves either the previous checkpoints or the new one, never half of
one. Older checkpoints are deleted only after the new one is in place.

Saving is split into `snapshot_state` (copies every tensor to CPU; the only part that must stall
training) and `write_snapshot` (disk I/O), which `CheckpointWriter` can run in a background thread.
"""

import json
import os
import re
import shutil
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import torch

from moe_core.distributed import is_fsdp, unwrap_model
from moe_core.errors import UserError

COMPLETE_MARKER = "COMPLETE"
_STEP_DIR = re.compile(r"^step-(\d+)$")
# Config sections whose change makes a checkpoint belong to a different run.
_MUST_MATCH = (("model", "name_or_path"), ("lora", None), ("data", "packing"), ("seed", None))


def checkpoints_root(output_dir) -> Path:
    """Where a run's checkpoints live."""
    return Path(output_dir) / "checkpoints"


def _step_of(path: Path) -> int | None:
    match = _STEP_DIR.match(path.name)
    return int(match.group(1)) if match else None


def list_checkpoints(output_dir) -> list[Path]:
    """Complete checkpoints of a run, oldest first (temp dirs and ones missing their marker are skipped)."""
    root = checkpoints_root(output_dir)
    if not root.is_dir():
        return []
    found = [p for p in root.iterdir() if p.is_dir() and _step_of(p) is not None and (p / COMPLETE_MARKER).is_file()]
    return sorted(found, key=_step_of)


def latest_checkpoint(output_dir) -> Path | None:
    """The newest complete checkpoint of a run, or None."""
    found = list_checkpoints(output_dir)
    return found[-1] if found else None


def resolve_resume(resume: str | None, output_dir) -> Path | None:
    """Turn `--resume auto|DIR` into a checkpoint directory (auto with none yet = start fresh)."""
    if not resume:
        return None
    if resume == "auto":
        return latest_checkpoint(output_dir)
    path = Path(resume)
    if path.is_dir() and _step_of(path) is None and checkpoints_root(path).is_dir():
        path = latest_checkpoint(path)  # a run directory was given: take its newest checkpoint
        if path is None:
            raise UserError(f"--resume {resume}: that run has no complete checkpoint")
    if not path.is_dir():
        raise UserError(f"--resume {resume}: no such checkpoint directory")
    if not (path / COMPLETE_MARKER).is_file():
        raise UserError(f"--resume {resume}: checkpoint is incomplete (no {COMPLETE_MARKER} marker); it was interrupted")
    return path


def checkpoint_problem(ckpt_dir) -> str | None:
    """Why a complete-marked checkpoint cannot be resumed from (a damaged or missing file), or None if it can.

    Cheap: loads the small trainer state and config, but only opens the container headers of the
    optimizer state and weights (a disk-full write or a bad copy truncates them).
    """
    import zipfile

    ckpt = Path(ckpt_dir)
    try:
        json.loads((ckpt / "config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        return f"config.json: {_short(exc)}"
    try:
        _load_trainer_state(ckpt)
    except Exception as exc:  # noqa: BLE001 - torch.load of a damaged file raises whatever its unpickler hits
        return f"trainer_state.pt: {_short(exc)}"
    optimizer = ckpt / "optimizer.pt"
    if optimizer.exists():
        try:
            with zipfile.ZipFile(optimizer) as archive:  # torch.save's format; truncation loses the directory
                archive.infolist()
        except (OSError, zipfile.BadZipFile) as exc:
            return f"optimizer.pt: {_short(exc)}"
    weights = sorted((ckpt / "model").glob("*.safetensors"))
    if not weights:
        return "model/: no .safetensors weights"
    from safetensors import safe_open

    for path in weights:
        try:
            with safe_open(str(path), framework="pt") as handle:
                handle.keys()
        except Exception as exc:  # noqa: BLE001 - SafetensorError is not an OSError
            return f"model/{path.name}: {_short(exc)}"
    return None


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0]}" if text else type(exc).__name__


def resume_checkpoint(resume: str | None, output_dir) -> Path | None:
    """`resolve_resume`, then make sure the checkpoint is readable: `auto` falls back to the newest readable one."""
    path = resolve_resume(resume, output_dir)
    if path is None:
        return None
    problem = checkpoint_problem(path)
    if problem is None:
        return path
    if resume != "auto":
        in_run = path.parent.name == "checkpoints" and _step_of(path) is not None
        siblings = list_checkpoints(path.parent.parent) if in_run else []
        older = [p for p in siblings if _step_of(p) < _step_of(path)]
        hint = f"; resume from an older one instead, e.g. --resume {older[-1]}" if older else ""
        raise UserError(f"checkpoint {path} is unreadable ({problem}){hint}")
    skipped = [f"{path.name} ({problem})"]
    for candidate in reversed(list_checkpoints(output_dir)[:-1]):
        candidate_problem = checkpoint_problem(candidate)
        if candidate_problem is None:
            # Not an error: the user asked for "the newest usable", but they should know steps are redone.
            print(f"warning: checkpoint {path} is unreadable ({problem}); resuming from the older {candidate} "
                  "instead", file=sys.stderr)
            return candidate
        skipped.append(f"{candidate.name} ({candidate_problem})")
    raise UserError(f"--resume auto: no readable checkpoint in {checkpoints_root(output_dir)}: " + "; ".join(skipped)
                    + "; start afresh with another output_dir")


def check_compatible(ckpt_dir: Path, config_dict: dict) -> None:
    """UserError if a checkpoint was trained with a different model, LoRA layout, packing or seed."""
    from moe_core.config import TrainConfig, to_dict

    saved = json.loads((Path(ckpt_dir) / "config.json").read_text())
    defaults = to_dict(TrainConfig())
    differences = []
    for section, key in _MUST_MATCH:
        then, now = saved.get(section), config_dict.get(section)
        if isinstance(defaults.get(section), dict):
            # A field added since that checkpoint was written had, in effect, its default value then.
            then, now = {**defaults[section], **(then or {})}, {**defaults[section], **(now or {})}
            keys = [key] if key is not None else sorted(set(then) | set(now))
            differences += [f"{section}.{name}: checkpoint {then.get(name)!r} vs now {now.get(name)!r}"
                            for name in keys if then.get(name) != now.get(name)]
        elif then != now:
            differences.append(f"{section}: checkpoint {then!r} vs now {now!r}")
    if differences:
        raise UserError(f"checkpoint {ckpt_dir} belongs to a different run (" + "; ".join(differences) + ")")


def _to_cpu(obj):
    """Deep copy of nested containers with every tensor cloned to CPU (DTensors gathered first)."""
    if isinstance(obj, torch.Tensor):
        if hasattr(obj, "full_tensor"):
            obj = obj.full_tensor()
        return obj.detach().to("cpu", copy=True)
    if isinstance(obj, dict):
        return {k: _to_cpu(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return type(obj)(_to_cpu(v) for v in obj)
    return obj


def _is_peft(model) -> bool:
    return hasattr(model, "peft_config")


@dataclass
class Snapshot:
    """Everything a checkpoint holds, already on CPU, detached from the live training state."""

    step: int
    model_state: dict
    is_adapter: bool
    optimizer_state: dict | None
    trainer_state: dict  # scheduler, rng, sampler, balancer, step, tokens, ...
    config_dict: dict


def snapshot_state(step, model, optimizer, trainer_state: dict, config_dict: dict, is_main: bool = True) -> Snapshot:
    """Copy the model's trainable state, the optimizer and the trainer state to CPU (the blocking part).

    Under FSDP2 this is a collective (every rank must call it); only the main rank gets the tensors.
    """
    model = unwrap_model(model)
    peft = _is_peft(model)
    if is_fsdp(model):
        from torch.distributed.checkpoint.state_dict import (
            StateDictOptions,
            get_model_state_dict,
            get_optimizer_state_dict,
        )

        options = StateDictOptions(full_state_dict=True, cpu_offload=True)
        model_state = get_model_state_dict(model, options=options)
        optim_state = get_optimizer_state_dict(model, optimizer, options=options) if optimizer is not None else None
        if peft and is_main:
            from peft.utils import get_peft_model_state_dict

            model_state = get_peft_model_state_dict(model, state_dict=model_state)
    else:
        if peft:
            from peft.utils import get_peft_model_state_dict

            model_state = get_peft_model_state_dict(model)
        else:
            model_state = model.state_dict()
        optim_state = optimizer.state_dict() if optimizer is not None else None
    if not is_main:
        return Snapshot(step, {}, peft, None, {}, config_dict)
    return Snapshot(
        step=step,
        model_state=_to_cpu(model_state),
        is_adapter=peft,
        optimizer_state=_to_cpu(optim_state) if optim_state is not None else None,
        trainer_state=_to_cpu(trainer_state),
        config_dict=config_dict,
    )


def _fsync_tree(path: Path) -> None:
    """Flush every file and directory under `path` to disk, so a rename publishes only durable data."""
    for root, dirs, files in os.walk(path):
        for name in files:
            fd = os.open(os.path.join(root, name), os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
        _fsync_dir(Path(root))


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_model(snapshot: Snapshot, model, tokenizer, out: Path) -> None:
    """Adapter in PEFT layout, or the full model in transformers layout (+ tokenizer)."""
    model = unwrap_model(model)
    out.mkdir(parents=True, exist_ok=True)
    if snapshot.is_adapter:
        from safetensors.torch import save_file

        # PEFT's own file names and config, written from our CPU snapshot rather than the live model.
        model.peft_config["default"].save_pretrained(str(out))
        save_file({k: v.contiguous() for k, v in snapshot.model_state.items()}, str(out / "adapter_model.safetensors"),
                  metadata={"format": "pt"})
    else:
        model.save_pretrained(out, state_dict=snapshot.model_state)
        if tokenizer is not None:
            tokenizer.save_pretrained(out)


def write_snapshot(snapshot: Snapshot, output_dir, model, tokenizer=None, keep_last: int = 2) -> Path:
    """Write a snapshot into a temp dir, fsync, rename to step-N, then prune to the newest `keep_last`."""
    root = checkpoints_root(output_dir)
    root.mkdir(parents=True, exist_ok=True)
    final = root / f"step-{snapshot.step}"
    tmp = root / f".tmp-step-{snapshot.step}"
    if tmp.exists():
        shutil.rmtree(tmp)  # left by a crashed save of the same step
    tmp.mkdir()
    _write_model(snapshot, model, tokenizer, tmp / "model")
    if snapshot.optimizer_state is not None:
        torch.save(snapshot.optimizer_state, tmp / "optimizer.pt")
    torch.save(snapshot.trainer_state, tmp / "trainer_state.pt")
    (tmp / "config.json").write_text(json.dumps(snapshot.config_dict, indent=2, sort_keys=True) + "\n")
    (tmp / COMPLETE_MARKER).write_text(json.dumps({"step": snapshot.step, "time": time.time()}) + "\n")
    _fsync_tree(tmp)
    if final.exists():
        # Re-saving a step (e.g. the final save lands on a periodic one): swap, never leave a gap.
        old = root / f".old-step-{snapshot.step}"
        shutil.rmtree(old, ignore_errors=True)
        os.rename(final, old)
        os.rename(tmp, final)
        shutil.rmtree(old, ignore_errors=True)
    else:
        os.rename(tmp, final)
    _fsync_dir(root)
    prune_checkpoints(output_dir, keep_last)
    return final


def prune_checkpoints(output_dir, keep_last: int) -> list[Path]:
    """Delete all but the newest `keep_last` complete checkpoints, and stale temp dirs; returns what was removed."""
    root = checkpoints_root(output_dir)
    complete = list_checkpoints(output_dir)
    removed = complete[: max(0, len(complete) - keep_last)]
    newest = _step_of(complete[-1]) if complete else -1
    for p in root.iterdir() if root.is_dir() else []:
        # A temp dir of an older step is a crashed save; one of a newer step may be an in-flight save.
        if p.name.startswith((".tmp-step-", ".old-step-")):
            step = int(p.name.rsplit("-", 1)[-1]) if p.name.rsplit("-", 1)[-1].isdigit() else -1
            if step <= newest:
                removed.append(p)
    for p in removed:
        shutil.rmtree(p, ignore_errors=True)
    return removed


class CheckpointWriter:
    """Saves checkpoints, inline or in one background thread (at most one save in flight)."""

    def __init__(self, output_dir, keep_last: int, async_save: bool = False, is_main: bool = True):
        self.output_dir, self.keep_last, self.async_save, self.is_main = output_dir, keep_last, async_save, is_main
        self._thread: threading.Thread | None = None
        self._error: BaseException | None = None
        self.last_saved: Path | None = None

    def save(self, snapshot: Snapshot, model, tokenizer=None) -> None:
        """Write `snapshot`; in async mode returns at once (after waiting for any previous save)."""
        self.wait()
        if not self.is_main:
            return
        if not self.async_save:
            self.last_saved = write_snapshot(snapshot, self.output_dir, model, tokenizer, self.keep_last)
            return

        def run():
            try:
                self.last_saved = write_snapshot(snapshot, self.output_dir, model, tokenizer, self.keep_last)
            except BaseException as exc:  # re-raised in the training thread by wait()
                self._error = exc

        self._thread = threading.Thread(target=run, name="checkpoint-writer", daemon=False)
        self._thread.start()

    def wait(self) -> None:
        """Block until the in-flight save (if any) is on disk; re-raise its error."""
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        if self._error is not None:
            error, self._error = self._error, None
            raise error


def load_model_weights(ckpt_dir, model) -> None:
    """Put a checkpoint's adapter weights into a fresh (unwrapped) PEFT model.

    A full fine-tune's model is instead loaded from `<ckpt>/model` by `from_pretrained` (transformers
    undoes its on-disk layout conversion there); this only checks that the checkpoint holds one.
    """
    ckpt = Path(ckpt_dir)
    model = unwrap_model(model)
    has_adapter = (ckpt / "model" / "adapter_model.safetensors").is_file()
    if _is_peft(model):
        from peft.utils import set_peft_model_state_dict
        from safetensors.torch import load_file

        if not has_adapter:
            raise UserError(f"checkpoint {ckpt} holds a full model, but this run trains a LoRA adapter")
        saved = load_file(str(ckpt / "model" / "adapter_model.safetensors"))
        try:
            result = set_peft_model_state_dict(model, saved)
        except RuntimeError as exc:  # size mismatch
            raise UserError(f"checkpoint {ckpt} adapter does not fit this model: {str(exc).splitlines()[0]}") from None
        unexpected = getattr(result, "unexpected_keys", None)
        if unexpected:
            raise UserError(f"checkpoint {ckpt} adapter does not fit this model (e.g. {unexpected[0]})")
    elif has_adapter or not (ckpt / "model" / "config.json").is_file():
        raise UserError(f"checkpoint {ckpt} holds a LoRA adapter, but this run is a full fine-tune")


def load_optimizer_state(ckpt_dir, model, optimizer, is_main: bool = True) -> None:
    """Restore the optimizer state (after wrapping the model; under FSDP2 rank 0 reads and broadcasts)."""
    path = Path(ckpt_dir) / "optimizer.pt"
    if is_fsdp(unwrap_model(model)):
        from torch.distributed.checkpoint.state_dict import (
            StateDictOptions,
            set_optimizer_state_dict,
        )

        state = torch.load(path, map_location="cpu", weights_only=False) if is_main else {}
        set_optimizer_state_dict(model, optimizer, optim_state_dict=state,
                                 options=StateDictOptions(full_state_dict=True, broadcast_from_rank0=True))
        return
    if not path.is_file():
        raise UserError(f"checkpoint {ckpt_dir} has no optimizer.pt")
    # Loaded on CPU: load_state_dict moves each state to its parameter's device (and keeps `step` where Adam wants it).
    optimizer.load_state_dict(torch.load(path, map_location="cpu", weights_only=False))


def _load_trainer_state(ckpt_dir) -> dict:
    return torch.load(Path(ckpt_dir) / "trainer_state.pt", map_location="cpu", weights_only=False)


def read_trainer_state(ckpt_dir) -> dict:
    """Step, scheduler, RNG, sampler and balancer state of a checkpoint (a damaged file is a UserError)."""
    try:
        return _load_trainer_state(ckpt_dir)
    except Exception as exc:  # noqa: BLE001 - torch.load of a damaged file raises whatever its unpickler hits
        raise UserError(f"checkpoint {ckpt_dir} is unreadable (trainer_state.pt: {_short(exc)})") from None
