"""The fine-tuning recipe: read `train()` top to bottom.

    setup device + distributed -> seed -> tokenizer + model -> LoRA or full -> data -> AdamW ->
    warmup + cosine schedule -> loop: accumulate micro batches, aux/z losses, clip, step,
    aux-free bias update, router telemetry, eval, checkpoints -> final model in output_dir/final

The loss math makes any world size equal a single process with the same global batch: every
optimizer step consumes `global_batch_size` examples in sampler order; rank r takes its planned
slice; each micro batch's loss is SUM of token cross-entropies / the GLOBAL number of target tokens
(all-reduced), times world_size when the wrapper averages gradients (DDP/FSDP2).

Runs as `medqa train --config X.yaml` or `python -m moe_core.train --config X.yaml` (also under torchrun).
"""

import argparse
import math
import os
import sys
import time
from pathlib import Path

import torch
import torch.nn.functional as F

from moe_core import chat_data
from moe_core.checkpoint import (
    CheckpointWriter,
    check_compatible,
    list_checkpoints,
    load_model_weights,
    load_optimizer_state,
    read_trainer_state,
    resume_checkpoint,
    snapshot_state,
)
from moe_core.config import TrainConfig, load_config, to_dict, train_overrides
from moe_core.distributed import is_fsdp, unwrap_model
from moe_core.errors import UserError
from moe_core.families import base_info
from moe_core.jsonl import check_writable_dir
from moe_core.metrics import MetricsLogger


# ----------------------------------------------------------------------------- components


def lr_factor(step: int, warmup_steps: int, max_steps: int, schedule: str, min_lr_ratio: float) -> float:
    """Multiplier of the peak lr at `step` (0-based): linear warmup, then constant or cosine to min_lr_ratio."""
    if warmup_steps > 0 and step < warmup_steps:
        return (step + 1) / warmup_steps
    if schedule == "constant":
        return 1.0
    span = max(1, max_steps - warmup_steps)
    progress = min(1.0, (step - warmup_steps) / span)
    return min_lr_ratio + (1.0 - min_lr_ratio) * 0.5 * (1.0 + math.cos(math.pi * progress))


def build_optimizer(model, cfg: TrainConfig, device_type: str) -> torch.optim.AdamW:
    """AdamW over trainable parameters; no weight decay on 1-D tensors (norms, biases, router bias)."""
    decay, no_decay = [], []
    for p in model.parameters():
        if p.requires_grad:
            (decay if p.dim() >= 2 else no_decay).append(p)
    if not decay and not no_decay:
        raise UserError("nothing to train: the model has no trainable parameters with these LoRA settings")
    groups = [{"params": decay, "weight_decay": cfg.optim.weight_decay}, {"params": no_decay, "weight_decay": 0.0}]
    optim = cfg.optim
    # fused kernels exist for CUDA/XPU/NPU-style devices; foreach elsewhere (CPU, MPS).
    fused = device_type in ("cuda", "xpu")
    return torch.optim.AdamW(
        [g for g in groups if g["params"]], lr=optim.lr, betas=tuple(optim.betas), eps=optim.eps, fused=fused or None,
        foreach=None if fused else True,
    )


def build_scheduler(optimizer, cfg: TrainConfig) -> torch.optim.lr_scheduler.LambdaLR:
    """Warmup + cosine (or constant) schedule, stepped once per optimizer step."""
    optim = cfg.optim
    return torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda step: lr_factor(step, optim.warmup_steps, optim.max_steps, optim.schedule, optim.min_lr_ratio)
    )


def load_model(cfg: TrainConfig, device, dtype, resume_dir: Path | None):
    """The MoE model (from the resume checkpoint for a full fine-tune), with LoRA applied if enabled."""
    from moe_core.models import load_moe_model

    full_from_ckpt = resume_dir is not None and not cfg.lora.enabled
    source = resume_dir / "model" if full_from_ckpt else cfg.model.name_or_path
    model = load_moe_model(source, dtype=dtype, device=str(device),
                           experts_implementation=cfg.model.experts_implementation)
    if cfg.model.attn_implementation:
        model.set_attn_implementation(cfg.model.attn_implementation)
    model.config.use_cache = False
    if cfg.model.gradient_checkpointing:
        model.gradient_checkpointing_enable(gradient_checkpointing_kwargs={"use_reentrant": False})
    if cfg.data.packing and "linear_attention" in (getattr(model.config, "layer_types", None) or []):
        raise UserError(
            f"data.packing=true cannot be used with {model.config.model_type}: its linear-attention layers carry "
            "state across packed examples; set data.packing=false"
        )
    if cfg.lora.enabled:
        from moe_core.lora import apply_lora

        model = apply_lora(model, cfg.lora)
    return model


def forward_loss(model, batch: dict, loss_scale: float):
    """Summed token cross-entropy of one micro batch times loss_scale (for backward), and the plain sum."""
    inputs = {k: batch[k] for k in ("input_ids", "attention_mask", "position_ids") if k in batch}
    logits = model(**inputs, use_cache=False).logits[:, :-1].float()
    labels = batch["labels"][:, 1:]
    ce_sum = F.cross_entropy(logits.reshape(-1, logits.size(-1)), labels.reshape(-1),
                             ignore_index=chat_data.IGNORE_INDEX, reduction="sum")
    return ce_sum * loss_scale, ce_sum.detach()


def balance_losses(router_logits, token_mask, base_model, cfg: TrainConfig) -> tuple[torch.Tensor, dict]:
    """Coefficient-weighted aux load-balancing loss + router z-loss of one micro batch, and their values."""
    from moe_core.routing import moe_aux_loss, router_z_loss

    total, stats = torch.zeros((), device=token_mask.device), {}
    mask = token_mask.reshape(-1)
    if cfg.balance.aux_loss_coef:
        aux = moe_aux_loss(base_model, router_logits, mask=mask)
        total = total + cfg.balance.aux_loss_coef * aux
        stats["aux_loss"] = float(aux.detach())
    if cfg.balance.z_loss_coef:
        z = router_z_loss(router_logits, mask=mask)
        total = total + cfg.balance.z_loss_coef * z
        stats["z_loss"] = float(z.detach())
    return total, stats


@torch.no_grad()
def evaluate(model, rows: list[dict], cfg: TrainConfig, pad_id: int, device, ctx) -> dict:
    """Mean token loss and perplexity on held-out rows (each rank takes every world_size-th batch)."""
    from moe_core.distributed import all_reduce_sum

    was_training = model.training
    model.eval()
    mb = cfg.optim.micro_batch_size
    batches = [rows[i : i + mb] for i in range(0, len(rows), mb)][: cfg.eval.max_batches]
    loss_sum, tokens = 0.0, 0
    for chunk in batches[ctx.rank :: ctx.world_size]:
        batch = {k: v.to(device) for k, v in chat_data.collate(chunk, pad_id).items()}
        _, ce_sum = forward_loss(model, batch, 1.0)
        loss_sum += float(ce_sum)
        tokens += chat_data.count_targets(batch["labels"])
    loss_sum, tokens = all_reduce_sum(loss_sum, ctx), all_reduce_sum(tokens, ctx)
    if was_training:
        model.train()
    loss = loss_sum / max(tokens, 1)
    return {"loss": loss, "perplexity": math.exp(min(loss, 50.0)), "tokens": int(tokens)}


def save_final(model, tokenizer, out_dir: Path, full_state: dict | None = None) -> Path:
    """The trained adapter (PEFT layout) or full model (transformers layout), with the tokenizer."""
    model = unwrap_model(model)
    if hasattr(model, "peft_config"):
        from moe_core.lora import save_adapter

        save_adapter(model, out_dir, full_state=full_state)  # FSDP2 passes the gathered state
    else:
        out_dir.mkdir(parents=True, exist_ok=True)
        model.save_pretrained(out_dir, **({"state_dict": full_state} if full_state is not None else {}))
    tokenizer.save_pretrained(out_dir)
    return out_dir


# ----------------------------------------------------------------------------- the recipe


def train(cfg: TrainConfig, resume: str | None = None) -> Path:
    """Fine-tune as `cfg` says (continuing from a checkpoint if `resume` is auto/DIR); returns output_dir/final."""
    from moe_core import distributed

    # 1. Fail fast on bad input, before any model is loaded: config, data source, resume checkpoint.
    if not cfg.model.name_or_path:
        raise UserError("config field 'model.name_or_path' is empty: give a hub id or a model directory")
    if not cfg.data.train_file:
        raise UserError("config field 'data.train_file' is empty: give a JSONL/JSON/parquet file or a hub data set")
    config_dict = to_dict(cfg)
    check_output_dir(Path(cfg.output_dir))
    resume_dir = resume_checkpoint(resume, cfg.output_dir)
    refuse_existing_run(Path(cfg.output_dir), resume, resume_dir)
    if resume_dir is not None:
        check_compatible(resume_dir, config_dict)

    # 2. Processes and devices (torchrun env; a single process needs none).
    ctx = distributed.init_distributed(prefer_device=cfg.device, backend_map=cfg.dist.backend_map,
                                       strategy=cfg.dist.strategy)
    try:
        return _run(cfg, ctx, resume_dir, config_dict)
    finally:
        distributed.shutdown(ctx)


def _run(cfg: TrainConfig, ctx, resume_dir: Path | None, config_dict: dict) -> Path:
    """The body of `train` once the process group exists."""
    from moe_core import devices, distributed
    from moe_core.models import load_tokenizer
    from moe_core.routing import AuxFreeBalancer, CollapseWatch, RouterLogitsCollector, RouterTelemetry

    out_dir, optim = Path(cfg.output_dir), cfg.optim
    device = ctx.device
    if device.type == "cpu":  # threads from the CPUs free now: oversubscribed MoE steps stall at every barrier
        devices.configure_cpu_threads()
    dtype = _train_dtype(cfg)
    devices.set_seed_all(cfg.seed)

    # 3. Tokenizer and data (validated row by row), then the model, LoRA and resumed weights.
    tokenizer = load_tokenizer(cfg.model.name_or_path)
    if tokenizer.pad_token_id is None:
        tokenizer.pad_token = tokenizer.eos_token
    train_rows = chat_data.build_rows(tokenizer, cfg.data.train_file, cfg.data)
    eval_rows = chat_data.build_rows(tokenizer, cfg.data.eval_file, cfg.data, split="validation") if cfg.data.eval_file else []
    model = load_model(cfg, device, dtype, resume_dir)
    base = model.get_base_model() if hasattr(model, "peft_config") else model
    info = base_info(base.config)
    if cfg.lora.enabled:  # the frozen base must be the very same weights, not just the same shape
        from moe_core.lora import base_weights_fingerprint

        info["weights_sha256"] = base_weights_fingerprint(base)
    if resume_dir is not None:
        saved = read_trainer_state(resume_dir).get("base_model")
        differing = sorted(k for k in (saved or {}) if k in info and saved[k] != info[k])
        if differing:
            detail = ", ".join(f"{k}: checkpoint {saved[k]!r} vs now {info[k]!r}" for k in differing)
            raise UserError(f"checkpoint {resume_dir} was trained on a different base model ({detail}); "
                            f"start a fresh run with another output_dir, or point model.name_or_path at the original")
        load_model_weights(resume_dir, model)

    # 4. Routing hooks sit on the unwrapped model; then wrap (DDP / FSDP2 / hetero), optimizer, schedule.
    balancer = AuxFreeBalancer(base, cfg.balance.aux_free_gamma) if cfg.balance.aux_free_gamma > 0 else None
    telemetry = RouterTelemetry(model, every_n=1) if cfg.balance.telemetry_every > 0 else None
    if telemetry is not None:
        telemetry.enabled = False
    collapse_watch = CollapseWatch(cfg.balance.collapse_threshold, cfg.balance.collapse_warmup_steps,
                                   cfg.balance.collapse_patience)
    want_router_logits = bool(cfg.balance.aux_loss_coef or cfg.balance.z_loss_coef)
    collector = RouterLogitsCollector(model) if want_router_logits else None
    model.train()
    weights = distributed.throughput_weights(
        cfg.dist.throughput_weights if ctx.world_size > 1 else None, ctx,
        step_fn=lambda: _probe_step(model, train_rows, optim.micro_batch_size, tokenizer.pad_token_id, device),
    )
    model = distributed.wrap_model(model, ctx, cfg.dist.strategy if ctx.world_size > 1 else "none")
    optimizer = build_optimizer(model, cfg, device.type)
    scheduler = build_scheduler(optimizer, cfg)
    sampler = chat_data.ResumableSampler(len(train_rows), seed=cfg.seed)
    step = 0
    if resume_dir is not None:
        state = read_trainer_state(resume_dir)
        load_optimizer_state(resume_dir, model, optimizer, ctx.is_main)
        scheduler.load_state_dict(state["scheduler"])
        sampler.load_state_dict(state["sampler"])
        if balancer is not None and state.get("balancer") is not None:
            balancer.load_state_dict(state["balancer"])
        step = int(state["step"])
        devices.set_rng_state_all(state["rng"])  # last: nothing after this may draw random numbers
        if ctx.is_main:
            print(f"resumed from {resume_dir} at step {step}", file=sys.stderr)

    # 5. The loop.
    lockstep = cfg.dist.strategy == "fsdp2" and ctx.world_size > 1
    plan = distributed.plan_rank_batches(optim.global_batch_size, optim.micro_batch_size, weights,
                                         equal_micro_batches=lockstep)[ctx.rank]
    loss_scale = distributed.grad_scale(ctx)
    if resume_dir is None and ctx.is_main:
        set_aside_old_logs(out_dir)
    logger = MetricsLogger(out_dir, enabled=ctx.is_main)
    writer = CheckpointWriter(out_dir, cfg.checkpoint.keep_last, cfg.checkpoint.async_save, is_main=ctx.is_main)
    if ctx.is_main:
        out_dir.mkdir(parents=True, exist_ok=True)
        (out_dir / "config.yaml").write_text(_yaml(config_dict))
    bar = _progress_bar(optim.max_steps, step, ctx.is_main)
    alarm = ""

    while step < optim.max_steps:
        t0 = time.perf_counter()
        watch = telemetry is not None and (step + 1) % cfg.balance.telemetry_every == 0
        if telemetry is not None:
            telemetry.enabled = watch
        batch_ids = sampler.take(optim.global_batch_size)  # the same global batch on every rank
        micro = [chat_data.collate([train_rows[i] for i in batch_ids[s : s + c]], tokenizer.pad_token_id)
                 if c else None for s, c in plan.micro_batches]
        global_targets = distributed.all_reduce_sum(
            sum(chat_data.count_targets(b["labels"]) for b in micro if b is not None), ctx)
        if global_targets == 0:
            raise UserError("a global batch has no target tokens; check the data's assistant turns")
        scale = loss_scale / global_targets
        ce_local, tokens_local, stats = 0.0, 0, {}
        for i, batch in enumerate(micro):
            # FSDP2 lockstep: a rank with no examples here still runs a zero-weight pass.
            weight = scale if batch is not None else 0.0
            if batch is None:
                batch = chat_data.collate([train_rows[batch_ids[0]]], tokenizer.pad_token_id)
            batch = {k: v.to(device) for k, v in batch.items()}
            if telemetry is not None:
                telemetry.set_token_mask(batch["token_mask"])
            with distributed.no_sync_unless_last(model, ctx, is_last=i == len(micro) - 1):
                loss, ce_sum = forward_loss(model, batch, weight)
                if collector is not None:
                    # Token-weighted like the CE, so the sum over micro batches and ranks is a mean.
                    share = chat_data.count_targets(batch["labels"]) * weight
                    extra, extra_stats = balance_losses(collector.logits, batch["token_mask"], base, cfg)
                    loss = loss + share * extra
                    for k, v in extra_stats.items():
                        stats[k] = stats.get(k, 0.0) + v / len(micro)
                loss.backward()
            if weight:
                ce_local += float(ce_sum)
                tokens_local += int(batch["token_mask"].sum())
        distributed.sync_gradients(model, ctx)
        grad_norm = distributed.clip_grad_norm(model, optim.grad_clip)
        step_lr = scheduler.get_last_lr()[0]  # the rate this step uses
        step_loss = distributed.all_reduce_sum(ce_local, ctx) / global_targets  # the same on every rank
        if not (math.isfinite(step_loss) and math.isfinite(grad_norm)):
            # Checked before optimizer.step(): one NaN update would poison every later step and the final model.
            _stop_diverged(step + 1, step_loss, grad_norm, step_lr, cfg, writer, logger, bar)
        optimizer.step()
        scheduler.step()
        optimizer.zero_grad(set_to_none=True)
        if balancer is not None:
            _sync_balancer_loads(balancer, ctx)
            balancer.update()
        step += 1

        elapsed = time.perf_counter() - t0
        record = {"loss": step_loss,
                  "lr": step_lr, "grad_norm": grad_norm,
                  "tokens_per_s": distributed.all_reduce_sum(tokens_local, ctx) / max(elapsed, 1e-9),
                  "step_time_s": elapsed, "target_tokens": int(global_targets), **stats}
        if watch:
            alarm = _telemetry_step(telemetry, collapse_watch, logger, step, record, ctx.is_main)
        if step % cfg.log_every == 0 or step == optim.max_steps:
            logger.log(step, record)
        if bar is not None:
            bar.set_postfix_str(_postfix(record, alarm))
            bar.update(1)
        if eval_rows and cfg.eval.every_steps and step % cfg.eval.every_steps == 0 and step < optim.max_steps:
            logger.log(step, _evaluate_quietly(model, eval_rows, cfg, tokenizer.pad_token_id, device, ctx,
                                               balancer, telemetry), kind="eval")
        if (cfg.checkpoint.every_steps and step % cfg.checkpoint.every_steps == 0) or step == optim.max_steps:
            trainer_state = {"step": step, "scheduler": scheduler.state_dict(), "sampler": sampler.state_dict(),
                             "balancer": balancer.state_dict() if balancer is not None else None,
                             "rng": devices.rng_state_all(), "world_size": ctx.world_size, "base_model": info}
            snap = snapshot_state(step, model, optimizer, trainer_state, config_dict, is_main=ctx.is_main)
            writer.save(snap, model, None if cfg.lora.enabled else tokenizer)

    # 6. Final eval, then the model in HF layout.
    writer.wait()
    if eval_rows:
        result = _evaluate_quietly(model, eval_rows, cfg, tokenizer.pad_token_id, device, ctx, balancer, telemetry)
        logger.log(step, result, kind="eval")
        if ctx.is_main:
            print(f"eval loss {result['loss']:.4f}  perplexity {result['perplexity']:.2f}", file=sys.stderr)
    final = out_dir / "final"
    full_state = distributed.full_state_dict(model, ctx) if is_fsdp(model) else None
    if ctx.is_main:
        save_final(model, tokenizer, final, full_state)
    distributed.barrier(ctx)
    if bar is not None:
        bar.close()
    logger.close()
    return final


# ----------------------------------------------------------------------------- output directory


def check_output_dir(out_dir: Path) -> None:
    """UserError unless output_dir is a directory we can write to, or one we can create."""
    if out_dir.exists() and not out_dir.is_dir():
        raise UserError(f"output_dir {out_dir} is a file, not a directory; choose another output_dir")
    if out_dir.is_symlink() and not out_dir.exists():
        raise UserError(f"output_dir {out_dir} is a broken symbolic link; choose another output_dir")
    check_writable_dir(out_dir, f"output_dir {out_dir}")  # tries a file: also right for root and read-only mounts


def refuse_existing_run(out_dir: Path, resume: str | None, resume_dir: Path | None) -> None:
    """UserError if starting here would overwrite another run's checkpoints or final model."""
    checkpoints = list_checkpoints(out_dir)
    found = [f"checkpoints/{p.name}" for p in checkpoints[-1:]] + (["final/"] if (out_dir / "final").exists() else [])
    if not found:
        return
    held = f"output_dir {out_dir} already holds a run ({', '.join(found)})"
    if resume_dir is not None:
        if resume_dir.resolve().parent.parent == out_dir.resolve():
            return  # continuing this very run
        raise UserError(f"{held}; resuming {resume_dir} into it would overwrite that run: choose another output_dir")
    if resume == "auto":  # no checkpoint to continue from, but a final model that a fresh start would replace
        raise UserError(f"{held} but no complete checkpoint to resume from; choose another output_dir")
    raise UserError(f"{held}; add --resume to continue it, or choose another output_dir "
                    f"(e.g. --set output_dir={out_dir}-2) to keep it")


def set_aside_old_logs(out_dir: Path) -> list[Path]:
    """Rename the logs of an earlier run that never checkpointed to `<name>.stale-N`, so a fresh start
    neither appends to them nor deletes them; returns the new paths."""
    names = [n for n in ("metrics.jsonl", "tensorboard", "config.yaml") if (out_dir / n).exists()]
    if names in ([], ["config.yaml"]):
        return []  # a lone config.yaml is simply rewritten: it describes no logged steps
    number = 1
    while any((out_dir / f"{n}.stale-{number}").exists() for n in names):
        number += 1
    moved = []
    for name in names:
        target = out_dir / f"{name}.stale-{number}"
        (out_dir / name).rename(target)
        moved.append(target)
    print(f"note: {out_dir} holds logs of an earlier run that wrote no checkpoint; moved them aside to "
          f"{', '.join(p.name for p in moved)} and starting afresh", file=sys.stderr)
    return moved


# ----------------------------------------------------------------------------- loop helpers


def _stop_diverged(step: int, loss: float, grad_norm: float, lr: float, cfg: TrainConfig, writer, logger, bar) -> None:
    """Log the bad step, let an in-flight checkpoint land, and stop with a UserError (no final/ is written)."""
    logger.log(step, {"loss": loss, "grad_norm": grad_norm, "lr": lr, "diverged": True})
    writer.wait()
    logger.close()
    if bar is not None:
        bar.close()
    kept = list_checkpoints(cfg.output_dir)
    where = f"; the checkpoints up to {kept[-1].name} in {kept[-1].parent} are kept" if kept else ""
    raise UserError(
        f"training diverged at step {step}: loss {loss}, gradient norm {grad_norm} (not finite), so no final model "
        f"was saved{where}. Lower optim.lr (now {cfg.optim.lr:g}), and start afresh with another output_dir"
    )


def _train_dtype(cfg: TrainConfig) -> str | None:
    """The parameter dtype name for load_moe_model; None lets it use the device's default training dtype."""
    return None if cfg.model.dtype == "auto" else cfg.model.dtype


def _probe_step(model, rows, micro_batch_size, pad_id, device) -> int:
    """One forward/backward on the first rows, for throughput_weights=auto; returns the tokens processed."""
    batch = {k: v.to(device) for k, v in chat_data.collate(rows[:micro_batch_size], pad_id).items()}
    loss, _ = forward_loss(model, batch, 0.0)
    loss.backward()
    model.zero_grad(set_to_none=True)
    return int(batch["token_mask"].sum())


def _sync_balancer_loads(balancer, ctx) -> None:
    """Sum the expert loads the balancer counted on each rank, so every rank moves its bias the same way."""
    if ctx.world_size == 1:
        return
    import torch.distributed as dist

    summed = {}
    for index, load in sorted(balancer.pending_load().items()):
        host = load.to("cpu", torch.float64)
        dist.all_reduce(host, group=ctx.host_group)
        summed[index] = host.to(load.device, load.dtype)
    balancer.set_pending_load(summed)


def _evaluate_quietly(model, rows, cfg, pad_id, device, ctx, balancer, telemetry) -> dict:
    """`evaluate` without feeding eval tokens into the balancer's load counts or the telemetry."""
    pending = balancer.pending_load() if balancer is not None else None
    watching = telemetry.enabled if telemetry is not None else False
    if telemetry is not None:
        telemetry.enabled = False
    try:
        return evaluate(model, rows, cfg, pad_id, device, ctx)
    finally:
        if balancer is not None:
            balancer.set_pending_load(pending)
        if telemetry is not None:
            telemetry.enabled = watching


def _telemetry_step(telemetry, collapse_watch, logger: MetricsLogger, step: int, record: dict, is_main: bool) -> str:
    """Log per-layer imbalance and the expert-load heatmap; return a short progress-bar note if a layer alarms.

    The first alarm of a run also prints what it means and what to do (routing.COLLAPSE_EXPLANATION).
    """
    layers = telemetry.snapshot()
    for layer_stats in layers:
        record[f"imbalance/layer{layer_stats.layer}"] = float(layer_stats.imbalance)
        record[f"unused_share/layer{layer_stats.layer}"] = float(layer_stats.unused_share)
    if layers:
        logger.log_heatmap(step, telemetry.as_heatmap_array())
    alarms = collapse_watch.update(step, layers)
    telemetry.reset()
    telemetry.enabled = False
    if not alarms:
        return ""
    text = "; ".join(alarms)
    logger.log_text(step, "routing/collapse_alarm", text)
    record["collapse_alarm"] = text
    if is_main:
        from tqdm.auto import tqdm

        from moe_core.routing import COLLAPSE_EXPLANATION

        if not collapse_watch.explained:
            tqdm.write(COLLAPSE_EXPLANATION, file=sys.stderr)  # above the progress bar, not through it
            collapse_watch.explained = True
        tqdm.write(f"step {step}: {text}", file=sys.stderr)
    return "router collapse alarm (see above)"


def _progress_bar(total: int, start: int, enabled: bool):
    if not enabled:
        return None
    from tqdm.auto import tqdm

    return tqdm(total=total, initial=start, desc="train", unit="step", dynamic_ncols=True, file=sys.stderr)


def _postfix(record: dict, alarm: str) -> str:
    text = f"loss {record['loss']:.4f} lr {record['lr']:.2e} tok/s {record['tokens_per_s']:.0f}"
    return f"{text} {alarm}" if alarm else text


def _yaml(data: dict) -> str:
    import yaml

    return yaml.safe_dump(data, sort_keys=False)


# ----------------------------------------------------------------------------- entry points


def run_train_command(args) -> int:
    """`medqa train`: load the config, train, print where the result is."""
    cfg = load_config(args.config, train_overrides(args))
    final = train(cfg, resume=args.resume)
    if os.environ.get("RANK", "0") == "0":  # one line per job, not per torchrun worker
        print(f"saved {final}")
    return 0


def main(argv=None) -> int:
    """`python -m moe_core.train`: same as `medqa train`, usable under torchrun."""
    from moe_core.cli import add_train_arguments

    parser = argparse.ArgumentParser(prog="python -m moe_core.train", description=__doc__.splitlines()[0])
    add_train_arguments(parser)
    args = parser.parse_args(argv)
    try:
        return run_train_command(args)
    except UserError as exc:
        print(f"medqa: error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
