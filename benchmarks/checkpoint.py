"""How long one checkpoint save stalls training, in units of one training step (full fine-tune, bench shape).

The stall is the time the training loop is blocked by a save: the CPU snapshot plus the write for a
synchronous save; the snapshot plus, for an asynchronous save, any wait for the background writer
when the loop next needs it (here: after M more steps). The wall-time difference of M steps with
and without a save is printed as well (it also counts the writer thread competing for CPU cores;
on a busy machine it is noise-dominated). The RESULT line reports the asynchronous mode
(`checkpoint.async: true`, the default); the synchronous figure is printed for comparison.

    python benchmarks/checkpoint.py [--steps 3] [--batch 2] [--seq 64] [--repeats 2]
"""

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import torch

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from moe_core import checkpoint as ckpt
from moe_core.config import load_config, to_dict
from moe_core.presets import bench_config
from moe_core.train import build_optimizer, forward_loss


def make_step(model, optimizer, batch):
    """One full training step (forward, backward, AdamW) on a fixed batch."""

    def step():
        loss, _ = forward_loss(model, batch, 1.0 / batch["labels"].numel())
        loss.backward()
        optimizer.step()
        optimizer.zero_grad(set_to_none=True)

    return step


def timed_steps(step, n: int) -> float:
    t0 = time.perf_counter()
    for _ in range(n):
        step()
    return time.perf_counter() - t0


def run_with_save(step, n, model, optimizer, out_dir, async_save: bool, config_dict) -> tuple[float, float, float]:
    """One save then n steps, the writer drained at the end: (wall time, time blocked by the save, snapshot time)."""
    writer = ckpt.CheckpointWriter(out_dir, keep_last=1, async_save=async_save)
    t0 = time.perf_counter()
    snap = ckpt.snapshot_state(1, model, optimizer, {"step": 1}, config_dict)
    t_snap = time.perf_counter() - t0
    writer.save(snap, model)
    blocked = time.perf_counter() - t0
    for _ in range(n):
        step()
    t1 = time.perf_counter()
    writer.wait()  # where the next save would wait for this one
    blocked += time.perf_counter() - t1
    return time.perf_counter() - t0, blocked, t_snap


def main() -> int:
    """Measure and print the stall; last line is the RESULT."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=3)
    parser.add_argument("--batch", type=int, default=2)
    parser.add_argument("--seq", type=int, default=64)
    parser.add_argument("--repeats", type=int, default=2)
    args = parser.parse_args()

    from transformers import AutoModelForCausalLM

    torch.manual_seed(0)
    config = bench_config()
    model = AutoModelForCausalLM.from_config(config).float().train()
    cfg = load_config(None, ["optim.lr=1e-4"])
    optimizer = build_optimizer(model, cfg, "cpu")
    ids = torch.randint(0, config.vocab_size, (args.batch, args.seq))
    batch = {"input_ids": ids, "labels": ids, "attention_mask": torch.ones_like(ids)}
    step = make_step(model, optimizer, batch)
    params = sum(p.numel() for p in model.parameters())
    print(f"model: bench shape (qwen3_moe, 64 experts, top-8), {params / 1e6:.1f}M params, full fine-tune fp32; "
          f"batch {args.batch}x{args.seq}; torch threads {torch.get_num_threads()}")

    timed_steps(step, 2)  # warm up; also creates the AdamW state that a checkpoint holds
    root = Path(tempfile.mkdtemp(prefix="ckpt-bench-"))
    config_dict = to_dict(cfg)
    try:
        blocked, walls, base_times, snaps = {"sync": [], "async": []}, {"sync": [], "async": []}, [], []
        for r in range(args.repeats):
            base = timed_steps(step, args.steps)
            base_times.append(base / args.steps)
            for mode in ("sync", "async"):
                total, t_blocked, t_snap = run_with_save(step, args.steps, model, optimizer, root / f"{mode}{r}",
                                                         mode == "async", config_dict)
                blocked[mode].append(t_blocked)
                walls[mode].append(total - base)
                snaps.append(t_snap)
        size = sum(f.stat().st_size for f in (root / "sync0").rglob("*") if f.is_file())
    finally:
        shutil.rmtree(root, ignore_errors=True)

    step_time = statistics.median(base_times)
    stall = {mode: statistics.median(v) for mode, v in blocked.items()}
    print(f"step time          {step_time * 1e3:8.1f} ms (median of {args.repeats} x {args.steps} steps)")
    print(f"checkpoint size    {size / 2**20:8.1f} MiB (model + AdamW state + trainer state)")
    print(f"snapshot to CPU    {statistics.median(snaps) * 1e3:8.1f} ms")
    for mode in ("sync", "async"):
        print(f"{mode:5s} save: loop blocked {stall[mode] * 1e3:8.1f} ms = {stall[mode] / step_time:5.2f} steps; "
              f"wall-time difference over {args.steps} steps: "
              f"{', '.join(f'{x * 1e3:.0f}' for x in walls[mode])} ms")
    print(f"RESULT checkpoint_stall_steps {stall['async'] / step_time:.3f} target <=1.0")
    return 0


if __name__ == "__main__":
    sys.exit(main())
