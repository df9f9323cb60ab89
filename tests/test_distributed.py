"""Distributed training primitives: batch plans, process-group setup, and multi-rank equivalence.

The multi-rank tests launch this file under `torchrun --nproc_per_node 2` (gloo on CPU). Every
strategy (DDP, FSDP2, hetero, with a throttled rank and uneven throughput weights) must leave the
model with the same weights as one process taking the same SGD steps on the same global batches.
"""

import dataclasses
import json
import math
import os
import subprocess
import sys
import time
import types
from pathlib import Path

import pytest
import torch
import torch.nn.functional as F
from hypothesis import given, settings
from hypothesis import strategies as st

from moe_core import distributed as D
from moe_core.errors import UserError

ROOT = Path(__file__).resolve().parents[1]

# ---------------------------------------------------------------------------------------------
# Plans


@settings(max_examples=200, deadline=None)
@given(
    global_batch=st.integers(1, 96),
    micro=st.integers(1, 9),
    weights=st.lists(st.floats(0.05, 20.0), min_size=1, max_size=6),
    equal=st.booleans(),
)
def test_plan_covers_the_global_batch_in_proportion(global_batch, micro, weights, equal):
    if global_batch < len(weights):
        with pytest.raises(UserError, match="at least one example"):
            D.plan_rank_batches(global_batch, micro, weights)
        return
    plans = D.plan_rank_batches(global_batch, micro, weights, equal_micro_batches=equal)
    assert len(plans) == len(weights)
    position = 0
    for plan in plans:
        assert plan.start == position and plan.count >= 1
        covered = plan.start
        for start, count in plan.micro_batches:
            assert start == covered and 0 <= count <= micro
            covered += count
        assert covered == plan.start + plan.count
        position += plan.count
    assert position == global_batch
    quotas = [global_batch * w / sum(weights) for w in weights]
    if all(q >= 1 for q in quotas):  # no rank needed topping up: pure largest remainder
        assert all(abs(p.count - q) < 1 for p, q in zip(plans, quotas))
    if equal:
        assert len({len(p.micro_batches) for p in plans}) == 1
        sizes = [c for p in plans for _, c in p.micro_batches]
        assert max(sizes) <= micro
    else:
        assert all(c >= 1 for p in plans for _, c in p.micro_batches)
        assert all(len(p.micro_batches) == math.ceil(p.count / micro) for p in plans)


def test_plan_gives_the_slow_rank_a_proportional_share():
    plans = D.plan_rank_batches(9, 2, [1.0, 0.5])
    assert [p.count for p in plans] == [6, 3]
    assert plans[1].micro_batches == [(6, 2), (8, 1)]
    tiny = D.plan_rank_batches(3, 4, [100.0, 1.0, 1.0])  # every rank still gets one example
    assert [p.count for p in tiny] == [1, 1, 1]


@pytest.mark.parametrize(
    "args, message",
    [
        ((4, 2, [1.0, 0.0]), "rank 1 must be a positive"),
        ((4, 2, [1.0, float("nan")]), "rank 1 must be a positive"),
        ((4, 2, ["fast", 1.0]), "rank 0 is not a number"),
        ((4, 0, [1.0]), "micro batch size"),
        ((0, 1, [1.0]), "global batch size"),
        ((4, 2, []), "one weight per rank"),
    ],
)
def test_plan_rejects_bad_input(args, message):
    with pytest.raises(UserError, match=message):
        D.plan_rank_batches(*args)


# ---------------------------------------------------------------------------------------------
# Process-group setup (single process) and small helpers


def _ctx(world_size=2, strategy="ddp"):
    return D.DistContext(0, world_size, 0, torch.device("cpu"), "gloo", True, strategy)


def test_backend_map_parsing():
    assert D.parse_backend_map("cpu:gloo, cuda:nccl") == {"cpu": "gloo", "cuda": "nccl"}
    assert D.parse_backend_map({"CUDA": "NCCL"}) == {"cuda": "nccl"}
    assert D.parse_backend_map(None) == {}
    with pytest.raises(UserError, match="'cuda=nccl' is not DEVICE:BACKEND"):
        D.parse_backend_map("cuda=nccl")
    with pytest.raises(UserError, match="unknown backend 'nccll' for device 'cuda'"):
        D.parse_backend_map("cuda:nccll")
    # hetero needs gloo for host memory; a map that moves host memory elsewhere is refused
    with pytest.raises(UserError, match="maps 'cpu' to 'mpi'"):
        D._backend_string("hetero", "cuda", {"cpu": "mpi"})
    assert D._backend_string("hetero", "npu", {"npu": "hccl"}) == "npu:hccl,cpu:gloo"
    with pytest.raises(UserError, match="no backend for this rank's device type 'xpu'"):
        D._backend_string("ddp", "xpu", {"cuda": "nccl"})


def test_single_process_context(monkeypatch):
    for name in ("WORLD_SIZE", "RANK", "LOCAL_RANK", "MASTER_ADDR", "MASTER_PORT"):
        monkeypatch.delenv(name, raising=False)
    ctx = D.init_distributed(strategy="ddp")
    assert (ctx.rank, ctx.world_size, ctx.is_main, ctx.backend) == (0, 1, True, None)
    assert D.grad_scale(ctx) == 1.0
    assert D.all_reduce_sum(torch.tensor(3.5), ctx) == 3.5
    model = torch.nn.Linear(2, 2)
    assert D.wrap_model(model, ctx) is model
    model(torch.ones(1, 2)).sum().backward()
    before = model.weight.grad.clone()
    D.sync_gradients(model, ctx)
    with D.no_sync_unless_last(model, ctx, is_last=False):
        pass
    D.barrier(ctx)
    D.shutdown(ctx)
    assert torch.equal(model.weight.grad, before)
    assert D.throughput_weights(None, ctx) == [1.0]


def test_init_distributed_rejects_bad_launches(monkeypatch):
    with pytest.raises(UserError, match="dist.strategy must be one of"):
        D.init_distributed(strategy="zero3")
    monkeypatch.setenv("WORLD_SIZE", "2")
    monkeypatch.setenv("RANK", "1")
    monkeypatch.delenv("MASTER_ADDR", raising=False)
    monkeypatch.delenv("MASTER_PORT", raising=False)
    with pytest.raises(UserError, match="dist.strategy is 'none'"):
        D.init_distributed(strategy="none")
    with pytest.raises(UserError, match="MASTER_ADDR and MASTER_PORT not set: launch with torchrun"):
        D.init_distributed(strategy="ddp")
    monkeypatch.setenv("RANK", "two")
    with pytest.raises(UserError, match="RANK='two' is not an integer"):
        D.init_distributed(strategy="ddp")
    monkeypatch.setenv("RANK", "2")
    with pytest.raises(UserError, match="rank must be in"):
        D.init_distributed(strategy="ddp")


def test_grad_scale_matches_what_each_wrapper_does():
    assert D.grad_scale(_ctx(4, "ddp")) == 4.0
    assert D.grad_scale(_ctx(4, "fsdp2")) == 4.0
    assert D.grad_scale(_ctx(4, "hetero")) == 1.0


class FakeClock:
    """A perf_counter that moves only when a step says how long it took: timings without sleeping."""

    def __init__(self):
        self.now = 100.0

    def perf_counter(self) -> float:
        """The current fake time in seconds."""
        return self.now

    def step(self, durations: list[float], items: int):
        """A step function whose k-th call takes durations[k] (the last one repeats) and processes `items`."""
        calls = iter(range(10**6))

        def run():
            self.now += durations[min(next(calls), len(durations) - 1)]
            return items
        return run


def _use_fake_clock(monkeypatch=None) -> FakeClock:
    clock = FakeClock()
    fake_time = types.SimpleNamespace(perf_counter=clock.perf_counter)
    if monkeypatch is not None:
        monkeypatch.setattr(D, "time", fake_time)
    else:  # a torchrun worker process: nothing to restore
        D.time = fake_time
    return clock


def test_throughput_weights_validation_and_measurement(monkeypatch):
    ctx = _ctx(2, "hetero")
    assert D.throughput_weights([1, 0.5], ctx) == [1.0, 0.5]
    with pytest.raises(UserError, match="has 3 entries but the job has 2 ranks"):
        D.throughput_weights([1, 1, 1], ctx)
    with pytest.raises(UserError, match="list of numbers or 'auto'"):
        D.throughput_weights("fast", ctx)
    with pytest.raises(UserError, match="needs a step function"):
        D.throughput_weights("auto", ctx)

    clock = _use_fake_clock(monkeypatch)
    # The warm-up call (50 s: compilation, caches) is not timed; the 4 timed calls take 0.01 s / 0.04 s each.
    fast = D.measure_throughput(clock.step([50.0, 0.01], items=10), warmup=1, steps=4)
    slow = D.measure_throughput(clock.step([50.0, 0.04], items=10), warmup=1, steps=4)
    assert fast == pytest.approx(40 / 0.04) and slow == pytest.approx(40 / 0.16)
    assert D.measure_throughput(clock.step([0.5], items=None), warmup=0, steps=2) == pytest.approx(2.0)  # None = 1


# ---------------------------------------------------------------------------------------------
# Multi-rank equivalence (this file is also the torchrun worker)

GLOBAL_BATCH, MICRO_BATCH, SEQ, STEPS, LR, CLIP = 6, 2, 12, 2, 0.05, 0.5
SCENARIOS = {
    # name: strategy, throughput weights, seconds rank 1 sleeps per micro batch, LoRA
    "ddp": ("ddp", [1.0, 1.0], 0.0, False),
    "ddp_throttled": ("ddp", [1.0, 0.5], 0.05, False),
    "fsdp2": ("fsdp2", [1.0, 1.0], 0.0, False),
    "fsdp2_lora": ("fsdp2", [1.0, 0.5], 0.0, True),
    "hetero": ("hetero", [1.0, 1.0], 0.0, False),
    "hetero_throttled": ("hetero", [1.0, 0.5], 0.05, False),
    "hetero_lora": ("hetero", [1.0, 0.5], 0.0, True),
}


def _make_model(lora: bool, init_seed: int):
    """The tiny Qwen3-MoE (same base weights everywhere); `init_seed` draws the trainable init."""
    import transformers

    from moe_core.presets import tiny_config

    torch.manual_seed(0)
    model = transformers.AutoModelForCausalLM.from_config(tiny_config("qwen3_moe", vocab_size=256))
    torch.manual_seed(init_seed)
    if lora:
        from moe_core.lora import LoraConfig, apply_lora

        model = apply_lora(model, LoraConfig(r=4, alpha=8))
        # LoRA B starts at zero; random B makes the first step move every adapter weight.
        for name, p in model.named_parameters():
            if p.requires_grad and "lora_B" in name:
                torch.nn.init.normal_(p, std=0.02)
    else:
        for p in model.parameters():  # a fresh full fine-tune init: differs per seed
            p.data.add_(torch.randn_like(p) * 0.01)
    return model


def _global_batches():
    """STEPS global batches of token rows whose labels mask a different prefix per row."""
    g = torch.Generator().manual_seed(1234)
    out = []
    for _ in range(STEPS):
        ids = torch.randint(3, 256, (GLOBAL_BATCH, SEQ), generator=g)
        labels = ids.clone()
        for row in range(GLOBAL_BATCH):
            labels[row, : 1 + (row * 3) % (SEQ - 2)] = -100  # uneven target counts per row
        out.append((ids, labels))
    return out


def _token_ce_sum(model, ids, labels):
    logits = model(input_ids=ids).logits.float()
    return F.cross_entropy(
        logits[:, :-1].reshape(-1, logits.size(-1)), labels[:, 1:].reshape(-1), ignore_index=-100, reduction="sum"
    )


def _reference(lora: bool) -> tuple[dict, list[float]]:
    """Final weights and per-step grad norms of one process training on the full global batches."""
    model = _make_model(lora, init_seed=1)
    opt = torch.optim.SGD([p for p in model.parameters() if p.requires_grad], lr=LR)
    norms = []
    for ids, labels in _global_batches():
        targets = int((labels[:, 1:] != -100).sum())
        (_token_ce_sum(model, ids, labels) / targets).backward()
        norms.append(float(torch.nn.utils.clip_grad_norm_(model.parameters(), CLIP)))
        opt.step()
        opt.zero_grad()
    return {k: v.detach().clone() for k, v in model.state_dict().items()}, norms


def _run_scenario(name: str, job: D.DistContext, out_dir: Path) -> None:
    """One rank's side of a scenario: plan, micro batches, sync, clip, SGD; rank 0 saves the result."""
    strategy, weights, throttle, lora = SCENARIOS[name]
    ctx = dataclasses.replace(job, strategy=strategy)  # on CPU every strategy uses the same gloo group
    # Rank 1 initialises its trainable weights differently: wrap_model must make them rank 0's.
    model = D.wrap_model(_make_model(lora, init_seed=1 + ctx.rank), ctx)
    opt = torch.optim.SGD([p for p in model.parameters() if p.requires_grad], lr=LR)
    plans = D.plan_rank_batches(GLOBAL_BATCH, MICRO_BATCH, weights, equal_micro_batches=strategy == "fsdp2")
    plan = plans[ctx.rank]
    norms = []
    for ids, labels in _global_batches():
        local = labels[plan.start : plan.start + plan.count]
        targets = D.all_reduce_sum(int((local[:, 1:] != -100).sum()), ctx)
        for i, (start, count) in enumerate(plan.micro_batches):
            with D.no_sync_unless_last(model, ctx, is_last=i == len(plan.micro_batches) - 1):
                if ctx.rank == 1 and throttle:
                    time.sleep(throttle)
                ce = _token_ce_sum(model, ids[start : start + count], labels[start : start + count])
                (ce / targets * D.grad_scale(ctx)).backward()
        D.sync_gradients(model, ctx)
        norms.append(D.clip_grad_norm(model, CLIP))
        opt.step()
        opt.zero_grad()
    state = D.full_state_dict(model, ctx)
    if ctx.is_main:
        torch.save({"state": state, "norms": norms, "counts": [p.count for p in plans]}, out_dir / f"{name}.pt")
    D.barrier(ctx)


def _run_auto_weights(ctx: D.DistContext, out_dir: Path) -> None:
    """Measured throughput weights: rank 1's step is three times slower, all ranks see the same list."""
    clock = _use_fake_clock()
    step = clock.step([0.01 if ctx.rank == 0 else 0.03], items=100)
    weights = D.throughput_weights("auto", ctx, step_fn=step, warmup=1, steps=5)
    gathered = [None] * ctx.world_size
    torch.distributed.all_gather_object(gathered, weights)
    if ctx.is_main:
        torch.save({"weights": weights, "gathered": gathered}, out_dir / "auto.pt")


def _run_unused_grads(ctx: D.DistContext, out_dir: Path) -> None:
    """Hetero sync when ranks touch different parameters: partial grads are summed, untouched stay None."""
    ctx = dataclasses.replace(ctx, strategy="hetero")
    torch.manual_seed(0)
    model = D.wrap_model(torch.nn.ModuleDict({"a": torch.nn.Linear(3, 3), "b": torch.nn.Linear(3, 3),
                                              "never": torch.nn.Linear(3, 3)}), ctx)
    x = torch.full((1, 3), float(ctx.rank + 1))
    out = model["a"](x) if ctx.rank == 1 else model["b"](model["a"](x))  # only rank 0 reaches "b"
    out.sum().backward()
    D.sync_gradients(model, ctx)
    grads = {name: None if p.grad is None else p.grad.clone() for name, p in model.named_parameters()}
    gathered = [None] * ctx.world_size
    torch.distributed.all_gather_object(gathered, grads)
    if ctx.is_main:
        torch.save(gathered, out_dir / "unused.pt")


@pytest.fixture(scope="module")
def torchrun_results(tmp_path_factory):
    """Run every scenario under `torchrun --nproc_per_node 2` once; returns the output directory."""
    out = tmp_path_factory.mktemp("dist")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
           "OMP_NUM_THREADS": "1"}
    cmd = [sys.executable, "-m", "torch.distributed.run", "--standalone", "--nproc_per_node", "2",
           __file__, str(out), ",".join([*SCENARIOS, "auto", "unused"])]
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-5000:]
    return out


@pytest.fixture(scope="module")
def references():
    return {lora: _reference(lora) for lora in (False, True)}


@pytest.mark.slow
@pytest.mark.parametrize("name", list(SCENARIOS))
def test_two_ranks_match_single_process(name, torchrun_results, references):
    result = torch.load(torchrun_results / f"{name}.pt")
    strategy, weights, _, lora = SCENARIOS[name]
    expected, expected_norms = references[lora]
    init = _make_model(lora, init_seed=1).state_dict()
    assert result["counts"] == [p.count for p in D.plan_rank_batches(GLOBAL_BATCH, MICRO_BATCH, weights)]
    assert min(expected_norms) > CLIP  # clipping was active, so the global norm had to be right
    assert result["norms"] == pytest.approx(expected_norms, rel=1e-4)
    moved = 0.0
    for key, want in expected.items():
        got = result["state"][key]
        torch.testing.assert_close(got, want, rtol=1e-4, atol=2e-6, msg=f"{name}: {key}")
        moved = max(moved, float((want - init[key]).abs().max()))
    assert moved > 1e-3  # the step moved weights far beyond the tolerance


@pytest.mark.slow
def test_hetero_sync_with_parameters_some_ranks_did_not_use(torchrun_results):
    rank0, rank1 = torch.load(torchrun_results / "unused.pt")
    torch.manual_seed(0)
    a, b = torch.nn.Linear(3, 3), torch.nn.Linear(3, 3)
    b(a(torch.full((1, 3), 1.0))).sum().backward()  # rank 0's graph
    a(torch.full((1, 3), 2.0)).sum().backward()  # rank 1's graph adds into a
    for grads in (rank0, rank1):
        torch.testing.assert_close(grads["a.weight"], a.weight.grad)
        torch.testing.assert_close(grads["b.weight"], b.weight.grad)
        assert grads["never.weight"] is None and grads["never.bias"] is None


@pytest.mark.slow
def test_auto_weights_follow_measured_speed(torchrun_results):
    result = torch.load(torchrun_results / "auto.pt")
    fast, slow = result["weights"]
    assert fast == pytest.approx(500 / 0.05) and slow == pytest.approx(500 / 0.15)  # each rank's own timing
    assert result["gathered"][0] == result["gathered"][1] == result["weights"]


# ---------------------------------------------------------------------------------------------
# End to end: the real trainer (`python -m moe_core.train`) under torchrun

QA = [
    ("I have a mild fever, what should I do?", "Rest, drink fluids, and see a doctor if it lasts over three days."),
    ("Can I take ibuprofen with food?", "Yes, taking it with food can reduce stomach upset."),
    ("My child has a rash and a high fever.", "Please contact a doctor today; rash with high fever needs a check."),
]
TRAIN_RUNS = {
    # name: extra --set overrides, seconds rank 1 sleeps per micro batch
    "ddp": (["dist.strategy=ddp"], 0.0),
    "fsdp2": (["dist.strategy=fsdp2", "dist.throughput_weights=[1,0.5]"], 0.0),
    "hetero_throttled": (["dist.strategy=hetero", "dist.throughput_weights=[1,0.5]"], 0.05),
}


@pytest.fixture(scope="module")
def trainer_recipe(tmp_path_factory):
    """A tiny chat model, a data file and a LoRA recipe of 3 steps with uneven target counts."""

    import yaml

    from moe_core.presets import build_tiny_preset
    from moe_core.tokenizer import train_chatml_tokenizer

    root = tmp_path_factory.mktemp("trainer")
    texts = [t for pair in QA for t in pair] * 20
    model_dir = build_tiny_preset("qwen3_moe", root / "model", tokenizer=train_chatml_tokenizer(texts, 320, 1))
    rows = [{"messages": [{"role": "user", "content": q}, {"role": "assistant", "content": a}]} for q, a in QA * 4]
    (root / "train.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    recipe = {
        "model": {"name_or_path": str(model_dir), "dtype": "fp32", "experts_implementation": "eager"},
        "lora": {"enabled": True, "r": 4, "alpha": 8},
        "data": {"train_file": str(root / "train.jsonl"), "max_length": 64},
        "optim": {"lr": 1e-2, "max_steps": 3, "global_batch_size": 6, "micro_batch_size": 2, "schedule": "constant"},
        "balance": {"telemetry_every": 0},
        "checkpoint": {"every_steps": 0},
        "seed": 0,
    }
    (root / "recipe.yaml").write_text(yaml.safe_dump(recipe))
    return root


def _adapter(run_dir: Path) -> dict:
    from safetensors.torch import load_file

    return load_file(run_dir / "final" / "adapter_model.safetensors")


@pytest.mark.slow
def test_trainer_under_torchrun_matches_single_process(trainer_recipe):
    from moe_core.config import load_config
    from moe_core.train import train

    root = trainer_recipe
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
           "OMP_NUM_THREADS": "1"}
    procs = {}
    for name, (overrides, throttle) in TRAIN_RUNS.items():
        sets = [a for o in [*overrides, f"output_dir={root / name}"] for a in ("--set", o)]
        cmd = [sys.executable, "-m", "torch.distributed.run", "--standalone", "--nproc_per_node", "2",
               __file__, "--train", str(throttle), "--config", str(root / "recipe.yaml"), *sets]
        procs[name] = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    single = train(load_config(root / "recipe.yaml", [f"output_dir={root / 'single'}"]))
    expected = _adapter(single.parent)
    init = {k: v for k, v in expected.items() if "lora_B" in k}
    assert max(float(v.abs().max()) for v in init.values()) > 1e-3  # LoRA B left zero: training moved it
    for name, proc in procs.items():
        out, err = proc.communicate(timeout=600)
        assert proc.returncode == 0, f"{name}:\n{out[-2000:]}\n{err[-4000:]}"
        got = _adapter(root / name)
        assert set(got) == set(expected), name
        for key in expected:
            torch.testing.assert_close(got[key], expected[key], rtol=1e-4, atol=1e-5, msg=f"{name}: {key}")
        # Every strategy's final adapter (FSDP2's written from the gathered state) records the same base weights.
        note = json.loads((root / name / "final" / "moe_base.json").read_text())
        assert note["weights_sample"] == json.loads((single / "moe_base.json").read_text())["weights_sample"], name
    from moe_core.lora import load_adapter

    load_adapter(root / "model", root / "fsdp2" / "final")  # the base it was trained on: accepted


def _train_worker(throttle: float, argv: list[str]) -> int:
    """`python -m moe_core.train` with rank 1 sleeping in every micro batch (a slower device)."""
    from moe_core import train as trainer

    if throttle and int(os.environ.get("RANK", "0")) == 1:
        forward_loss = trainer.forward_loss

        def slow_forward_loss(*args, **kwargs):
            time.sleep(throttle)
            return forward_loss(*args, **kwargs)

        trainer.forward_loss = slow_forward_loss
    return trainer.main(argv)


if __name__ == "__main__" and sys.argv[1] == "--train":  # torchrun worker for the trainer test
    sys.exit(_train_worker(float(sys.argv[2]), sys.argv[3:]))

if __name__ == "__main__":  # torchrun worker for the primitive-level scenarios
    out_dir, names = Path(sys.argv[1]), sys.argv[2].split(",")
    torch.set_num_threads(1)
    # One process group for the whole run (re-initialising under torchrun's store is not supported).
    job = D.init_distributed(strategy="ddp")
    assert job.world_size == 2 and job.backend == "gloo", job
    for scenario in names:
        if scenario == "auto":
            _run_auto_weights(job, out_dir)
        elif scenario == "unused":
            _run_unused_grads(job, out_dir)
        else:
            _run_scenario(scenario, job, out_dir)
    D.shutdown(job)
