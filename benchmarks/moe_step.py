"""One MoE training step vs. the same step on a dense model of equal active FLOPs (CPU, fp32, 2 threads).

Models: `presets.bench_config()` (Qwen3-MoE, hidden 256, 4 layers, 64 experts, top-8, width 128)
and `presets.bench_dense_config()` (dense Qwen3, FFN 1024). A step is forward + backward + AdamW
on a batch of 8 x 256 tokens. Steps of all models are interleaved round by round so machine load
hits them alike; each figure is the median over the timed rounds. The headline is the MoE/dense
step-time ratio of the project's default experts kernel (`choose_experts_implementation`).

    python benchmarks/moe_step.py [--rounds 7] [--warmup 2] [--kernels default,eager,grouped_mm,batched_mm]
"""

import argparse
import copy
import os
import statistics
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

import torch
import transformers

from moe_core import devices, experts
from moe_core.presets import bench_config, bench_dense_config

BATCH, SEQ = 8, 256


def batched_mm_bytes(config) -> int:
    """Memory batched_mm holds for backward: per layer an [S, 2I, H] and an [S, H, I] fp32 weight copy."""
    pairs = BATCH * SEQ * config.num_experts_per_tok
    per_layer = pairs * 3 * config.moe_intermediate_size * config.hidden_size * 4
    return per_layer * config.num_hidden_layers


def make_runner(config, kernel=None, seed=0):
    """A closure running one training step, and its model."""
    torch.manual_seed(seed)
    # A private config: models built from one config object share its experts-kernel setting.
    model = transformers.AutoModelForCausalLM.from_config(copy.deepcopy(config))
    if kernel is not None:
        experts.set_experts_implementation(model, kernel)
    model.train()
    optimizer = torch.optim.AdamW(model.parameters(), lr=1e-4, fused=True)
    ids = torch.randint(0, config.vocab_size, (BATCH, SEQ), generator=torch.Generator().manual_seed(seed))

    def step():
        loss = model(input_ids=ids, labels=ids).loss
        loss.backward()
        optimizer.step()
        optimizer.zero_grad(set_to_none=True)
        return loss.item()

    return step


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--warmup", type=int, default=2)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--kernels", default="default,eager,grouped_mm,batched_mm")
    args = parser.parse_args()
    torch.set_num_threads(args.threads)

    cpu = devices.resolve_device("cpu")
    default = experts.choose_experts_implementation(cpu, torch.float32)
    moe_config = bench_config()
    runners = {"dense": make_runner(bench_dense_config())}
    for kernel in args.kernels.split(","):
        name = default if kernel == "default" else kernel
        if name == "batched_mm":
            need = batched_mm_bytes(moe_config)
            if cpu.memory_free_bytes is not None and need > 0.7 * cpu.memory_free_bytes:
                print(f"batched_mm: skipped, would hold ~{need / 2**30:.1f} GiB of gathered expert weights "
                      f"({cpu.memory_free_bytes / 2**30:.1f} GiB free)")
                continue
        runners.setdefault(name, make_runner(moe_config, name))

    times = {name: [] for name in runners}
    cpu_times = {name: [] for name in runners}  # process CPU time: far less sensitive to other jobs' load
    for round_index in range(args.warmup + args.rounds):
        for name, step in runners.items():
            start, cpu_start = time.perf_counter(), time.process_time()
            step()
            if round_index >= args.warmup:
                times[name].append(time.perf_counter() - start)
                cpu_times[name].append(time.process_time() - cpu_start)

    dense = statistics.median(times["dense"])
    dense_cpu = statistics.median(cpu_times["dense"])
    print(f"CPU {cpu.name}, {args.threads} threads, fp32, batch {BATCH}x{SEQ}, median of {args.rounds} steps")
    print(f"{'model':<15} {'step s':>8} {'vs dense':>9} {'cpu s':>8} {'cpu vs dense':>13}")
    for name, values in times.items():
        label = f"{name}*" if name == default else name
        wall, used = statistics.median(values), statistics.median(cpu_times[name])
        print(f"{label:<15} {wall:8.3f} {wall / dense:8.2f}x {used:8.3f} {used / dense_cpu:12.2f}x")
    print(f"(* = project default, {default})")
    ratio = statistics.median(times[default]) / dense
    print(f"RESULT moe_step_ratio_default {ratio:.2f} target <=1.10")


if __name__ == "__main__":
    main()
