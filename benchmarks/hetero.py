"""Mixed-speed ranks: how much of two unequal devices' combined throughput a hetero job keeps.

    python3 benchmarks/hetero.py [--steps 6] [--global-batch 24] [--seq 64]

Two CPU ranks (gloo, one thread each) train the tiny Qwen3-MoE (full fine-tune, so every step
all-reduces all gradients on the host) with dist.strategy=hetero. Rank 1 plays a device of half
the speed. By default each rank is paced like a device of fixed speed: every micro batch really
runs, then waits out a per-row time budget (1.5x the measured compute; rank 1's budget is twice
rank 0's), which keeps noise from other load on a shared machine out of the ratio while the
gradient sync, optimizer step and split imbalance stay real. `--no-pace` instead makes rank 1
sleep as long as each micro batch took (raw wall-clock; noisy on a busy machine).

- solo tokens/s: each rank's forward+backward throughput measured alone (`measure_throughput`,
  both ranks at once, so they share the machine as in the job); their sum is the ideal;
- uniform split: the global batch cut 50/50, so the fast rank waits for the slow one (<= 0.67);
- proportional split: weights from `throughput_weights("auto")`, i.e. the measured solo speeds.

Efficiency = combined tokens/s / sum of solo tokens/s. Last line:
RESULT hetero_efficiency_proportional <x> target >=0.90
"""

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _worker(args) -> None:
    """One rank: measure solo speed, then time uniform and proportional hetero steps."""
    import torch
    import torch.nn.functional as F
    import transformers

    from moe_core import distributed as D
    from moe_core.presets import tiny_config

    torch.set_num_threads(1)
    ctx = D.init_distributed(strategy="hetero")
    slow = ctx.rank == 1
    torch.manual_seed(0)
    model = transformers.AutoModelForCausalLM.from_config(tiny_config("qwen3_moe", vocab_size=512))
    model = D.wrap_model(model, ctx)
    opt = torch.optim.SGD(model.parameters(), lr=1e-3)
    g = torch.Generator().manual_seed(0)
    batch = torch.randint(3, 512, (args.global_batch, args.seq), generator=g)

    def compute(rows: torch.Tensor, weight: float) -> None:
        logits = model(input_ids=rows).logits.float()
        ce = F.cross_entropy(logits[:, :-1].reshape(-1, logits.size(-1)), rows[:, 1:].reshape(-1), reduction="sum")
        (ce * weight).backward()

    # Paced mode models two devices of fixed speed: each micro batch really runs, then waits out a
    # per-row budget (rank 1's is twice rank 0's). The budget is 1.5x the slowest measured compute,
    # so stalls from other load on a shared machine mostly vanish inside it.
    pace_per_row = 0.0
    if args.pace:
        samples = []
        for _ in range(5):
            t0 = time.perf_counter()
            compute(batch[: args.micro_batch], 0.0)
            samples.append((time.perf_counter() - t0) / args.micro_batch)
        model.zero_grad(set_to_none=True)
        pace_per_row = 1.5 * max(D.all_gather_floats(statistics.median(samples), ctx)) * (2 if slow else 1)

    def micro_step(rows: torch.Tensor, weight: float) -> int:
        t0 = time.perf_counter()
        compute(rows, weight)
        elapsed = time.perf_counter() - t0
        if args.pace:
            time.sleep(max(0.0, len(rows) * pace_per_row - elapsed))
        elif slow:
            time.sleep(elapsed)  # a device at half the speed
        return rows.numel()

    def solo() -> int:
        n = micro_step(batch[: args.micro_batch], 0.0)
        model.zero_grad(set_to_none=True)
        return n

    weights = D.throughput_weights("auto", ctx, step_fn=solo, warmup=2, steps=args.solo_steps)
    solo_tps = weights  # "auto" weights are the measured tokens/s of each rank

    def run(split: list[float]) -> float:
        plan = D.plan_rank_batches(args.global_batch, args.micro_batch, split)[ctx.rank]
        targets = args.global_batch * (args.seq - 1)
        times, computes = [], []
        for step in range(args.steps + 1):  # the first step warms up
            D.barrier(ctx)
            t0 = time.perf_counter()
            for start, count in plan.micro_batches:
                micro_step(batch[start : start + count], 1.0 / targets)
            t1 = time.perf_counter()
            D.sync_gradients(model, ctx)
            opt.step()
            opt.zero_grad(set_to_none=True)
            if step:
                times.append(time.perf_counter() - t0)
                computes.append(t1 - t0)
        # Medians: a shared machine stalls single steps; ranks are in lockstep, so take the slower.
        step_time = max(D.all_gather_floats(statistics.median(times), ctx))
        compute = D.all_gather_floats(statistics.median(computes), ctx)
        if ctx.is_main:
            print(f"  split {[p.count for p in D.plan_rank_batches(args.global_batch, args.micro_batch, split)]}: "
                  f"step {step_time * 1e3:.0f} ms, compute by rank {', '.join(f'{c * 1e3:.0f}' for c in compute)} ms")
        return args.global_batch * args.seq / step_time

    uniform = run([1.0] * ctx.world_size)
    proportional = run(weights)
    if ctx.is_main:
        ideal = sum(solo_tps)
        counts = [p.count for p in D.plan_rank_batches(args.global_batch, args.micro_batch, weights)]
        print(f"solo tokens/s by rank: {', '.join(f'{t:.0f}' for t in solo_tps)} (sum {ideal:.0f})")
        print(f"uniform split      [{args.global_batch // 2}, {args.global_batch - args.global_batch // 2}]: "
              f"{uniform:.0f} tokens/s, efficiency {uniform / ideal:.3f} (bound 0.67)")
        print(f"proportional split {counts}: {proportional:.0f} tokens/s, efficiency {proportional / ideal:.3f}")
        print(f"RESULT hetero_efficiency_proportional {proportional / ideal:.3f} target >=0.90")
    D.shutdown(ctx)


def main() -> None:
    """Parse options and, outside torchrun, relaunch this script on two ranks."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--steps", type=int, default=6, help="timed steps per split")
    p.add_argument("--solo-steps", type=int, default=6, help="timed micro batches for the solo speed")
    p.add_argument("--global-batch", type=int, default=24)
    p.add_argument("--micro-batch", type=int, default=2)
    p.add_argument("--seq", type=int, default=64)
    p.add_argument("--no-pace", dest="pace", action="store_false",
                   help="throttle rank 1 by sleeping as long as each micro batch took, instead of fixed device speeds")
    args, rest = p.parse_known_args()
    if "WORLD_SIZE" in os.environ:
        _worker(args)
        return
    env = {**os.environ, "OMP_NUM_THREADS": "1", "PYTHONPATH": str(ROOT)}
    cmd = [sys.executable, "-m", "torch.distributed.run", "--standalone", "--nproc_per_node", "2",
           __file__, *sys.argv[1:]]
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True)
    lines = [line for line in proc.stdout.splitlines() if line.strip()]
    for line in lines:
        print(line)
    if proc.returncode != 0 or not lines or not lines[-1].startswith("RESULT"):
        print(proc.stderr[-3000:], file=sys.stderr)
        print("RESULT hetero_efficiency_proportional 0.000 target >=0.90  # the run failed, see above")


if __name__ == "__main__":
    main()
