"""Forward + backward time of each experts kernel on the benchmark shape's MoE layers (CPU, fp32).

Runs the 4 MoE blocks of `presets.bench_config()` (64 experts, top-8, hidden 256, width 128) on
8 x 256 tokens, one block at a time, for every kernel, plus the dense FFN of equal active FLOPs
(`bench_dense_config`) as the floor. Kernels are interleaved round by round; figures are medians.
The headline compares the project default (`choose_experts_implementation`) with transformers'
own default, grouped_mm.

    python benchmarks/experts.py [--rounds 7] [--threads 2]
"""

import argparse
import os
import statistics
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

import torch
import transformers

from moe_core import devices, experts, families
from moe_core.presets import bench_config, bench_dense_config

TOKENS = 8 * 256


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--warmup", type=int, default=2)
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()
    torch.set_num_threads(args.threads)

    cpu = devices.resolve_device("cpu")
    default = experts.choose_experts_implementation(cpu, torch.float32)
    config = bench_config()
    torch.manual_seed(0)
    moe = transformers.AutoModelForCausalLM.from_config(config)
    blocks = [layer.block for layer in families.iter_moe_layers(moe)]
    dense = transformers.AutoModelForCausalLM.from_config(bench_dense_config())
    dense_mlps = [layer.mlp for layer in dense.model.layers]
    hidden = torch.randn(1, TOKENS, config.hidden_size, generator=torch.Generator().manual_seed(0))

    kernels = list(dict.fromkeys([default, *experts.EXPERTS_IMPLEMENTATIONS]))
    # batched_mm keeps an [S, 2I, H] + [S, H, I] weight copy per block alive for backward.
    batched_bytes = TOKENS * config.num_experts_per_tok * 3 * config.moe_intermediate_size * config.hidden_size * 4
    if cpu.memory_free_bytes is not None and 2 * batched_bytes > 0.5 * cpu.memory_free_bytes:
        print(f"batched_mm: skipped, needs ~{2 * batched_bytes / 2**30:.1f} GiB per block")
        kernels.remove("batched_mm")

    def run(mlps, kernel):
        if kernel is not None:
            experts.set_experts_implementation(moe, kernel)
        for mlp in mlps:
            x = hidden.clone().requires_grad_()
            mlp(x).square().mean().backward()

    runs = {"dense FFN": lambda: run(dense_mlps, None), **{k: (lambda k=k: run(blocks, k)) for k in kernels}}
    times = {name: [] for name in runs}
    cpu_times = {name: [] for name in runs}  # process CPU time: far less sensitive to other jobs' load
    for round_index in range(args.warmup + args.rounds):
        for name, fn in runs.items():
            start, cpu_start = time.perf_counter(), time.process_time()
            fn()
            if round_index >= args.warmup:
                times[name].append((time.perf_counter() - start) * 1e3)
                cpu_times[name].append((time.process_time() - cpu_start) * 1e3)

    floor = statistics.median(times["dense FFN"])
    floor_cpu = statistics.median(cpu_times["dense FFN"])
    print(f"CPU {cpu.name}, {args.threads} threads, fp32, {TOKENS} tokens, 4 MoE blocks fwd+bwd, "
          f"median of {args.rounds}")
    print(f"{'kernel':<16} {'ms':>9} {'vs dense':>9} {'cpu ms':>9} {'cpu vs dense':>13}")
    for name, values in times.items():
        label = f"{name}*" if name == default else name
        wall, used = statistics.median(values), statistics.median(cpu_times[name])
        print(f"{label:<16} {wall:9.1f} {wall / floor:8.2f}x {used:9.1f} {used / floor_cpu:12.2f}x")
    print(f"(* = project default, {default})")
    best = statistics.median(times[default])
    print(f"RESULT experts_fwd_bwd_default_ms {best:.1f} target <={statistics.median(times['grouped_mm']):.1f}")


if __name__ == "__main__":
    main()
