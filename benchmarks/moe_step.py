"""One MoE training step vs. the same step on a dense model of equal active FLOPs (CPU, fp32, 2 threads).

Models: `presets.bench_config()` (Qwen3-MoE, hidden 256, 4 layers, 64 experts, top-8, width 128)
and `presets.bench_dense_config()` (dense Qwen3, FFN 1024). A step is forward + backward + AdamW
on a batch of 8 x 256 tokens. Steps of all models are interleaved round by round so machine load
hits them alike; each figure is the median over the timed rounds. The headline is the MoE/dense
step-time ratio of the project's default experts kernel (`choose_experts_implementation`).

    python benchmarks/moe_step.py [--rounds 7] [--warmup 2] [--kernels default,eager,grouped_mm,batched_mm]

`--contend` runs one competing 2-thread job (a dense matmul loop in a child process) beside the steps for
their whole duration, and times dense and the default kernel twice per round: at a fixed `--threads` and
at the thread count the project picks (`devices.choose_cpu_threads`, from the CPUs available and busy).
Its headline is the MoE/dense ratio under contention at the project's choice (target <= 1.5x).

    python benchmarks/moe_step.py --contend [--rounds 5]
"""

import argparse
import copy
import os
import statistics
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

import torch
import transformers

from benchmarks._common import loadavg  # noqa: E402
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


COMPETITOR = """
import sys, time, torch
torch.set_num_threads(2)
a = torch.randn(384, 384)
deadline = time.monotonic() + float(sys.argv[1])
while time.monotonic() < deadline:  # bounded: it ends by itself even if the benchmark dies
    a = torch.tanh(a @ a)
"""


def start_competitor(seconds: float) -> subprocess.Popen:
    """One competing 2-thread CPU job (dense matmuls) that runs for at most `seconds`."""
    env = {**os.environ, "OMP_NUM_THREADS": "2"}
    return subprocess.Popen([sys.executable, "-c", COMPETITOR, str(seconds)], env=env)


def run_contended(args, cpu, default) -> None:
    """Dense vs the default MoE kernel beside a competing 2-thread job, at fixed and at chosen threads."""
    runners = {"dense": make_runner(bench_dense_config()), default: make_runner(bench_config(), default)}
    fixed = args.threads if args.threads != "auto" else "2"
    competitor = start_competitor(args.max_seconds)
    try:
        time.sleep(1.0)  # let the competitor reach its loop
        chosen = devices.choose_cpu_threads()
        print(f"competitor: 2-thread matmul loop, pid {competitor.pid}; project's thread choice with it running: "
              f"{chosen} (of {devices.available_cpu_count()} available CPUs)")
        settings = {f"{fixed} threads": int(fixed), f"chosen ({chosen})": chosen}
        times = {(s, name): [] for s in settings for name in runners}
        cpu_times = {(s, name): [] for s in settings for name in runners}  # our CPU seconds: the work, not the waiting
        for round_index in range(args.warmup + args.rounds):
            for setting, threads in settings.items():
                torch.set_num_threads(threads)
                for name, step in runners.items():
                    start, cpu_start = time.perf_counter(), time.process_time()
                    step()
                    if round_index >= args.warmup:
                        times[(setting, name)].append(time.perf_counter() - start)
                        cpu_times[(setting, name)].append(time.process_time() - cpu_start)
            label = "warm-up" if round_index < args.warmup else f"round {round_index - args.warmup + 1}"
            print(f"{label}: loadavg {loadavg()}", flush=True)
            if competitor.poll() is not None:
                print("competitor ended early (--max-seconds); later rounds ran uncontended")
    finally:
        competitor.kill()
        competitor.wait()
    print(f"CPU {cpu.name}, under one competing 2-thread job, fp32, batch {BATCH}x{SEQ}, median of {args.rounds}")
    print(f"{'threads':<14} {'dense s':>8} {'MoE s':>8} {'MoE/dense':>10} {'cpu MoE/dense':>14}")
    ratios = {}
    for setting in settings:
        dense, moe = (statistics.median(times[(setting, n)]) for n in runners)
        dense_cpu, moe_cpu = (statistics.median(cpu_times[(setting, n)]) for n in runners)
        ratios[setting] = moe / dense
        print(f"{setting:<14} {dense:8.3f} {moe:8.3f} {moe / dense:9.2f}x {moe_cpu / dense_cpu:13.2f}x")
    best_dense = min(statistics.median(times[(s, "dense")]) for s in settings)
    moe_chosen = statistics.median(times[(f"chosen ({chosen})", default)])
    print(f"MoE at the project's choice / dense at its best setting: {moe_chosen / best_dense:.2f}x")
    print(f"RESULT moe_step_ratio_contended {ratios[f'chosen ({chosen})']:.2f} target <=1.5")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--warmup", type=int, default=2)
    parser.add_argument("--threads", default="2", help="torch threads, or 'auto' for the project's choice")
    parser.add_argument("--kernels", default="default,eager,grouped_mm,batched_mm")
    parser.add_argument("--contend", action="store_true", help="run beside one competing 2-thread job")
    parser.add_argument("--max-seconds", type=float, default=1500, help="--contend: the competitor's time limit")
    args = parser.parse_args()
    if args.threads != "auto" and not (args.threads.isdigit() and int(args.threads) > 0):
        parser.error(f"--threads must be a positive number or 'auto', got {args.threads!r}")
    threads = devices.choose_cpu_threads(None if args.threads == "auto" else int(args.threads))
    torch.set_num_threads(threads)
    args.threads = str(threads) if args.threads == "auto" else args.threads

    cpu = devices.resolve_device("cpu")
    default = experts.choose_experts_implementation(cpu, torch.float32)
    print(f"loadavg at start: {loadavg()}")
    if args.contend:
        run_contended(args, cpu, default)
        return
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
        print(f"{'warm-up' if round_index < args.warmup else 'round'} {round_index + 1}: loadavg {loadavg()}", flush=True)

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
