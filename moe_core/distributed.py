"""Multi-process training: process groups, model wrappers, per-rank batch plans, gradient sync.

One job, launched by `torchrun` (one node or many: `--nnodes`), uses one of four strategies:

- "none": a single process (WORLD_SIZE 1); every function here is then a no-op.
- "ddp":  torch DistributedDataParallel; all ranks on one device type.
- "fsdp2": `torch.distributed.fsdp.fully_shard` on every decoder layer, then the root (parameters,
  gradients and optimizer state sharded across ranks); all ranks on one device type. Runs on CPU
  with gloo in torch 2.13, PEFT-wrapped models included.
- "hetero": no wrapper. Each rank computes gradients on its own accelerator (CUDA on one node,
  Ascend on another, a CPU...), then `sync_gradients` sums them through a host (gloo) process
  group, so ranks on different device types can train one model together. Combine it with
  throughput weights so a slower rank gets proportionally fewer examples per step.

The trainer's loss is `sum of token cross-entropy / global target tokens * grad_scale(ctx)`:
DDP and FSDP2 average gradients over ranks (grad_scale = world size), hetero sums them
(grad_scale = 1), so every strategy reproduces the single-process update on the same global batch.

Lockstep rule: FSDP2 gathers parameters with a collective in every forward, so under "fsdp2"
every rank must run the same number of micro batches per step: build the plan with
`plan_rank_batches(..., equal_micro_batches=True)` and run a forward/backward with zero loss
weight for a micro batch of count 0. DDP (buffers not broadcast) and hetero only need one synced
backward per rank per step, so ranks may run different numbers of micro batches.
"""

import contextlib
import math
import os
import time
from dataclasses import dataclass, field

import torch
import torch.distributed as dist
import torch.nn as nn

from moe_core.errors import UserError

STRATEGIES = ("none", "ddp", "fsdp2", "hetero")
# Host memory is where hetero ranks meet: gloo speaks to every rank whatever its accelerator.
HOST = torch.device("cpu")
_HOST_BACKEND = "gloo"
_BUCKET_BYTES = 64 * 2**20  # host all-reduce chunk: bounds the extra host memory per sync


@dataclass
class DistContext:
    """Where this process sits in the job and how it talks to the others."""

    rank: int
    world_size: int
    local_rank: int
    device: torch.device
    backend: str | None  # process-group backend string; None in a single process
    is_main: bool
    strategy: str
    # The gloo group for host-side collectives; None = the default group (it already has gloo).
    host_group: object = field(default=None, repr=False)


# ---------------------------------------------------------------------------------------------
# Process group


def _env_int(name: str, default: int) -> int:
    """An integer torchrun environment variable, or a UserError naming it."""
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        return int(raw)
    except ValueError:
        raise UserError(f"environment variable {name}={raw!r} is not an integer (set by torchrun)") from None


def parse_backend_map(backend_map) -> dict[str, str]:
    """{device type: backend} from a dict or a "cpu:gloo,cuda:nccl" string; UserError on a bad entry."""
    if backend_map is None or backend_map == "" or backend_map == {}:
        return {}
    if isinstance(backend_map, str):
        pairs = {}
        for item in backend_map.split(","):
            item = item.strip()
            if item.count(":") != 1 or not all(part.strip() for part in item.split(":")):
                raise UserError(f"dist.backend_map entry {item!r} is not DEVICE:BACKEND (e.g. cpu:gloo,cuda:nccl)")
            device_type, backend = (part.strip() for part in item.split(":"))
            pairs[device_type] = backend
        backend_map = pairs
    if not isinstance(backend_map, dict):
        raise UserError(f"dist.backend_map must be a mapping or a 'cpu:gloo,cuda:nccl' string, got {backend_map!r}")
    known = set(dist.Backend.backend_list)
    out = {}
    for device_type, backend in backend_map.items():
        device_type, backend = str(device_type).strip().lower(), str(backend).strip().lower()
        if backend not in known:
            raise UserError(
                f"dist.backend_map: unknown backend {backend!r} for device '{device_type}'; "
                f"known: {', '.join(sorted(known))}"
            )
        out[device_type] = backend
    return out


def _backend_string(strategy: str, device_type: str, backend_map: dict[str, str]) -> str:
    """The init_process_group backend for this rank: the map as "dev:backend,..." or one backend name."""
    if not backend_map:
        if strategy == "hetero":
            return _HOST_BACKEND
        from moe_core.devices import distributed_backend

        return distributed_backend(device_type)
    mapping = dict(backend_map)
    if strategy == "hetero":
        if mapping.setdefault(HOST.type, _HOST_BACKEND) != _HOST_BACKEND:
            raise UserError(
                f"dist.strategy=hetero sums gradients on the host with gloo; dist.backend_map maps "
                f"'{HOST.type}' to '{mapping[HOST.type]}'"
            )
    else:
        if device_type not in mapping:
            raise UserError(
                f"dist.backend_map has no backend for this rank's device type '{device_type}' "
                f"(map: {', '.join(f'{k}:{v}' for k, v in mapping.items())})"
            )
        mapping.setdefault(HOST.type, _HOST_BACKEND)  # host collectives (token counts, throughput)
    return ",".join(f"{k}:{v}" for k, v in mapping.items())


def _backend_names(backend: str) -> set[str]:
    """The backend names inside a backend string ("gloo" or "cpu:gloo,cuda:nccl")."""
    return {part.split(":")[-1] for part in backend.split(",")}


def _has_host_backend(backend: str) -> bool:
    """Whether the default group can run collectives on host tensors through gloo."""
    if ":" not in backend:
        return backend == _HOST_BACKEND
    return f"{HOST.type}:{_HOST_BACKEND}" in backend.split(",")


def _local_device(local_rank: int, prefer_device) -> torch.device:
    """This rank's torch.device, chosen by moe_core.devices (the one module that knows device types)."""
    from moe_core.devices import device_for_local_rank

    info = device_for_local_rank(local_rank, prefer_device)
    return getattr(info, "torch_device", info)


def _make_current(device: torch.device) -> None:
    """Make `device` the current accelerator of this process, so collectives and kernels land on it."""
    if device.index is not None and torch.accelerator.is_available():
        torch.accelerator.set_device_index(device.index)


def init_distributed(prefer_device=None, backend_map=None, strategy: str = "none") -> DistContext:
    """Read torchrun's environment, pick this rank's device and, for WORLD_SIZE > 1, join the process group."""
    if strategy not in STRATEGIES:
        raise UserError(f"dist.strategy must be one of {', '.join(STRATEGIES)}, got {strategy!r}")
    mapping = parse_backend_map(backend_map)
    world_size = _env_int("WORLD_SIZE", 1)
    rank = _env_int("RANK", 0)
    local_rank = _env_int("LOCAL_RANK", 0)
    if world_size < 1 or not 0 <= rank < world_size:
        raise UserError(f"RANK={rank} WORLD_SIZE={world_size}: rank must be in [0, world size)")
    device = _local_device(local_rank, prefer_device)
    if world_size == 1:
        return DistContext(0, 1, 0, device, None, True, strategy)
    if strategy == "none":
        raise UserError(
            f"WORLD_SIZE={world_size} (launched by torchrun) but dist.strategy is 'none'; "
            "set --set dist.strategy=ddp (or fsdp2, or hetero for mixed device types)"
        )
    missing = [name for name in ("MASTER_ADDR", "MASTER_PORT") if not os.environ.get(name)]
    if missing:
        raise UserError(f"WORLD_SIZE={world_size} but {' and '.join(missing)} not set: launch with torchrun")
    backend = _backend_string(strategy, device.type, mapping)
    for name in _backend_names(backend):
        if not dist.is_backend_available(name):
            raise UserError(f"process-group backend '{name}' is not available in this torch build")
    _make_current(device)
    if not dist.is_initialized():
        dist.init_process_group(backend=backend, rank=rank, world_size=world_size)
    host_group = None if _has_host_backend(backend) else dist.new_group(backend=_HOST_BACKEND)
    ctx = DistContext(rank, world_size, local_rank, device, backend, rank == 0, strategy, host_group)
    device_types = [None] * world_size
    dist.all_gather_object(device_types, device.type, group=host_group)
    if strategy in ("ddp", "fsdp2") and len(set(device_types)) > 1:
        shutdown(ctx)
        raise UserError(
            f"dist.strategy={strategy} needs one device type on every rank, got {device_types} by rank; "
            "use dist.strategy=hetero to train across different accelerators"
        )
    return ctx


def shutdown(ctx: DistContext) -> None:
    """Leave the process group (no-op in a single process)."""
    if ctx.world_size > 1 and dist.is_initialized():
        dist.destroy_process_group()


def barrier(ctx: DistContext) -> None:
    """Wait for every rank (no-op in a single process)."""
    if ctx.world_size > 1:
        dist.barrier(group=ctx.host_group)


# ---------------------------------------------------------------------------------------------
# Model wrapping and gradient synchronisation


def is_fsdp(model: nn.Module) -> bool:
    """Whether `model` is sharded by FSDP2 (`fully_shard`), i.e. its parameters are DTensors."""
    from torch.distributed.fsdp import FSDPModule

    return isinstance(model, FSDPModule)


def _is_ddp(model: nn.Module) -> bool:
    return isinstance(model, nn.parallel.DistributedDataParallel)


def unwrap_model(model: nn.Module) -> nn.Module:
    """The model inside a DDP wrapper (FSDP2, hetero and PEFT keep the model's own class)."""
    return model.module if _is_ddp(model) else model


def _buckets(tensors: list[torch.Tensor], bucket_bytes: int = _BUCKET_BYTES):
    """Consecutive groups of tensors of about `bucket_bytes` each (a big tensor gets its own)."""
    bucket, size = [], 0
    for t in tensors:
        nbytes = t.numel() * 4
        if bucket and size + nbytes > bucket_bytes:
            yield bucket
            bucket, size = [], 0
        bucket.append(t)
        size += nbytes
    if bucket:
        yield bucket


def _broadcast_from_main(tensors: list[torch.Tensor], ctx: DistContext, via_host: bool) -> None:
    """Overwrite `tensors` on every rank with rank 0's values (through host memory, or on their device)."""
    by_dtype: dict[torch.dtype, list[torch.Tensor]] = {}
    for t in tensors:
        by_dtype.setdefault(t.dtype, []).append(t)
    group = ctx.host_group if via_host else None
    for same_dtype in by_dtype.values():  # one dtype per buffer keeps integer tensors exact
        for bucket in _buckets(same_dtype):
            flat = torch.cat([t.detach().reshape(-1) for t in bucket])
            flat = flat.to(HOST) if via_host else flat
            dist.broadcast(flat, src=0, group=group)
            offset = 0
            for t in bucket:
                n = t.numel()
                with torch.no_grad():
                    t.copy_(flat[offset : offset + n].view_as(t))
                offset += n


def wrap_model(model: nn.Module, ctx: DistContext, strategy: str | None = None) -> nn.Module:
    """Prepare `model` for the strategy: DDP wrapper, FSDP2 sharding, or (hetero) rank 0's weights everywhere.

    Call after moving the model to ctx.device and adding LoRA, before building the optimizer.
    """
    strategy = ctx.strategy if strategy is None else strategy
    if strategy not in STRATEGIES:
        raise UserError(f"dist.strategy must be one of {', '.join(STRATEGIES)}, got {strategy!r}")
    if ctx.world_size == 1:
        return model
    if strategy == "none":
        raise UserError(f"dist.strategy 'none' cannot train {ctx.world_size} ranks; use ddp, fsdp2 or hetero")
    if strategy == "ddp":
        # Buffers (rotary tables) are identical constants; broadcasting them would add a
        # collective to every forward and force ranks into lockstep. DDP broadcasts the parameters.
        return nn.parallel.DistributedDataParallel(
            model,
            device_ids=[ctx.device.index] if ctx.device.index is not None else None,
            broadcast_buffers=False,
        )
    # Frozen weights come from the same checkpoint everywhere; freshly initialised trainable ones
    # (LoRA) differ when ranks seed differently or draw from different devices' random streams.
    trainable = [p for p in model.parameters() if p.requires_grad]
    if strategy == "hetero":
        _broadcast_from_main(trainable, ctx, via_host=True)
        return model
    from torch.distributed.device_mesh import init_device_mesh
    from torch.distributed.fsdp import fully_shard

    from moe_core.families import decoder_layers

    _broadcast_from_main(trainable, ctx, via_host=False)
    mesh = init_device_mesh(ctx.device.type, (ctx.world_size,))
    # Each decoder layer is one all-gather unit (its experts included); the root takes the rest.
    for layer in decoder_layers(model):
        fully_shard(layer, mesh=mesh)
    fully_shard(model, mesh=mesh)
    return model


@contextlib.contextmanager
def no_sync_unless_last(model: nn.Module, ctx: DistContext, is_last: bool):
    """Skip the gradient collective for every micro batch but the last of a step (DDP / FSDP2)."""
    if ctx.world_size == 1 or is_last:
        if is_fsdp(model):
            model.set_requires_gradient_sync(True)
        yield
        return
    if _is_ddp(model):
        with model.no_sync():
            yield
    elif is_fsdp(model):
        model.set_requires_gradient_sync(False)
        try:
            yield
        finally:
            model.set_requires_gradient_sync(True)
    else:
        yield  # hetero: sync_gradients runs once per step anyway


def sync_gradients(model: nn.Module, ctx: DistContext) -> None:
    """Hetero: sum every trainable gradient over ranks through a host buffer; no-op for other strategies."""
    if ctx.world_size == 1 or ctx.strategy != "hetero":
        return
    params = [p for p in unwrap_model(model).parameters() if p.requires_grad]
    # A parameter no rank touched keeps grad None, as in one process (the optimizer then skips
    # it: no weight decay, no moment update).
    used = torch.tensor([p.grad is not None for p in params], dtype=torch.int32)
    dist.all_reduce(used, op=dist.ReduceOp.MAX, group=ctx.host_group)
    params = [p for p, u in zip(params, used.tolist()) if u]
    for bucket in _buckets(params):
        # A rank whose micro batches never reached a parameter still has to take part with zeros.
        grads = [p.grad if p.grad is not None else torch.zeros_like(p) for p in bucket]
        # fp32 on the wire: the sum of bf16 gradients is rounded once, at the end.
        flat = torch.cat([g.detach().reshape(-1).float() for g in grads]).to(HOST)
        dist.all_reduce(flat, op=dist.ReduceOp.SUM, group=ctx.host_group)
        flat = flat.to(bucket[0].device)
        offset = 0
        for p in bucket:
            n = p.numel()
            summed = flat[offset : offset + n].view_as(p).to(p.dtype)
            if p.grad is None:
                p.grad = summed.clone()
            else:
                p.grad.copy_(summed)
            offset += n


def grad_scale(ctx: DistContext) -> float:
    """Factor for the loss so the synced gradient equals the single-process one (world size where averaged)."""
    if ctx.world_size > 1 and ctx.strategy in ("ddp", "fsdp2"):
        return float(ctx.world_size)
    return 1.0


def clip_grad_norm(model: nn.Module, max_norm: float) -> float:
    """Clip the global gradient norm (FSDP2-sharded gradients included); returns the norm before clipping."""
    params = [p for p in model.parameters() if p.grad is not None]
    if not params:
        return 0.0
    if max_norm and max_norm > 0:
        norm = torch.nn.utils.clip_grad_norm_(params, max_norm)
    else:
        norm = torch.nn.utils.get_total_norm([p.grad for p in params])
    if hasattr(norm, "full_tensor"):  # a DTensor: partial norms of the shards, reduced here
        norm = norm.full_tensor()
    return float(norm)


def full_state_dict(model: nn.Module, ctx: DistContext) -> dict[str, torch.Tensor]:
    """The unsharded state dict on host memory (collective under FSDP2: call it on every rank).

    Under FSDP2 only the main rank receives the tensors; the others get an empty dict.
    """
    if is_fsdp(model):
        from torch.distributed.checkpoint.state_dict import StateDictOptions, get_model_state_dict

        return get_model_state_dict(model, options=StateDictOptions(full_state_dict=True, cpu_offload=True))
    return {k: v.detach().to(HOST) for k, v in unwrap_model(model).state_dict().items()}


# ---------------------------------------------------------------------------------------------
# Host collectives


def _comm_device(ctx: DistContext) -> torch.device:
    """Where small collective tensors live: host memory for gloo groups, the rank's device otherwise."""
    if ctx.host_group is not None or _has_host_backend(ctx.backend or _HOST_BACKEND):
        return HOST
    return ctx.device


def all_reduce_sum(x, ctx: DistContext) -> float:
    """The sum of a number (or one-element tensor) over all ranks, as a Python float."""
    value = float(x.detach().float().sum()) if isinstance(x, torch.Tensor) else float(x)
    if ctx.world_size == 1:
        return value
    t = torch.tensor([value], dtype=torch.float64, device=_comm_device(ctx))
    dist.all_reduce(t, op=dist.ReduceOp.SUM, group=ctx.host_group)
    return float(t.item())


def all_gather_floats(value: float, ctx: DistContext) -> list[float]:
    """Every rank's `value`, in rank order."""
    if ctx.world_size == 1:
        return [float(value)]
    t = torch.tensor([float(value)], dtype=torch.float64, device=_comm_device(ctx))
    out = [torch.zeros_like(t) for _ in range(ctx.world_size)]
    dist.all_gather(out, t, group=ctx.host_group)
    return [float(o.item()) for o in out]


# ---------------------------------------------------------------------------------------------
# Per-rank batch plans and throughput weights


@dataclass
class RankPlan:
    """One rank's share of a global batch.

    `start`/`count` index the global batch; each micro batch is a (start, count) pair indexing the
    global batch too, so rank r's examples are `batch[start:start + count]` and a micro batch is
    `batch[s:s + c]`.
    """

    start: int
    count: int
    micro_batches: list[tuple[int, int]]


def _check_weights(weights, what: str = "throughput weights") -> list[float]:
    """Weights as floats, or a UserError if any is not a positive finite number."""
    if weights is None or len(weights) == 0:
        raise UserError(f"{what}: need one weight per rank, got none")
    out = []
    for i, w in enumerate(weights):
        try:
            w = float(w)
        except (TypeError, ValueError):
            raise UserError(f"{what}: weight of rank {i} is not a number: {w!r}") from None
        if not math.isfinite(w) or w <= 0:
            raise UserError(f"{what}: weight of rank {i} must be a positive number, got {w}")
        out.append(w)
    return out


def _proportional_counts(total: int, weights: list[float]) -> list[int]:
    """Split `total` in proportion to `weights` (largest remainder), every share at least 1."""
    quotas = [total * w / sum(weights) for w in weights]
    counts = [math.floor(q) for q in quotas]
    by_remainder = sorted(range(len(weights)), key=lambda i: (-(quotas[i] - counts[i]), i))
    for i in by_remainder[: total - sum(counts)]:
        counts[i] += 1
    for i in range(len(counts)):
        while counts[i] == 0:
            # Take from the rank furthest above its quota that can spare one.
            donor = max((j for j in range(len(counts)) if counts[j] > 1), key=lambda j: (counts[j] - quotas[j], -j))
            counts[donor] -= 1
            counts[i] += 1
    return counts


def plan_rank_batches(
    global_batch_size: int, micro_batch_size: int, weights, equal_micro_batches: bool = False
) -> list[RankPlan]:
    """Split one global batch over ranks in proportion to `weights`, then into micro batches.

    With `equal_micro_batches` every rank gets the same number of micro batches (FSDP2 lockstep),
    sized as evenly as possible; a rank with fewer examples than that number gets micro batches
    of count 0, for which it must still run a zero-weight forward/backward.
    """
    weights = _check_weights(weights)
    if int(global_batch_size) != global_batch_size or global_batch_size < 1:
        raise UserError(f"global batch size must be a positive integer, got {global_batch_size!r}")
    if int(micro_batch_size) != micro_batch_size or micro_batch_size < 1:
        raise UserError(f"micro batch size must be a positive integer, got {micro_batch_size!r}")
    if global_batch_size < len(weights):
        raise UserError(
            f"global batch size {global_batch_size} cannot give each of {len(weights)} ranks at least one example"
        )
    counts = _proportional_counts(int(global_batch_size), weights)
    steps = max(math.ceil(c / micro_batch_size) for c in counts) if equal_micro_batches else None
    plans, start = [], 0
    for count in counts:
        if steps is None:
            sizes = [min(micro_batch_size, count - s) for s in range(0, count, micro_batch_size)]
        else:
            sizes = [count // steps + (1 if i < count % steps else 0) for i in range(steps)]
        micro, offset = [], start
        for size in sizes:
            micro.append((offset, size))
            offset += size
        plans.append(RankPlan(start, count, micro))
        start += count
    return plans


def _synchronize() -> None:
    """Wait for queued accelerator work so wall-clock timings are real."""
    if torch.accelerator.is_available():
        torch.accelerator.synchronize()


def measure_throughput(step_fn, warmup: int = 1, steps: int = 3) -> float:
    """Items per second of `step_fn()` (it returns how many tokens/examples it processed; None counts 1).

    Run it on the unwrapped model (before `wrap_model`), forward+backward without an optimizer
    step, and zero the gradients afterwards: wrapped models would time the slowest rank.
    """
    if steps < 1 or warmup < 0:
        raise UserError(f"throughput measurement needs steps >= 1 and warmup >= 0, got {steps} and {warmup}")
    for _ in range(warmup):
        step_fn()
    _synchronize()
    t0 = time.perf_counter()
    items = 0.0
    for _ in range(steps):
        n = step_fn()
        items += 1.0 if n is None else float(n)
    _synchronize()
    return items / max(time.perf_counter() - t0, 1e-9)


def throughput_weights(spec, ctx: DistContext, step_fn=None, warmup: int = 1, steps: int = 3) -> list[float]:
    """Per-rank weights from dist.throughput_weights: None = equal, a list as given, "auto" = measured.

    "auto" times `step_fn` on every rank (see `measure_throughput`) and all-gathers the tokens/s,
    so all ranks build the same plan.
    """
    if spec is None:
        return [1.0] * ctx.world_size
    if isinstance(spec, str):
        if spec != "auto":
            raise UserError(f"dist.throughput_weights must be a list of numbers or 'auto', got {spec!r}")
        if step_fn is None:
            raise UserError("dist.throughput_weights=auto needs a step function to time")
        return _check_weights(all_gather_floats(measure_throughput(step_fn, warmup, steps), ctx), "measured throughput")
    weights = _check_weights(list(spec), "dist.throughput_weights")
    if len(weights) != ctx.world_size:
        raise UserError(
            f"dist.throughput_weights has {len(weights)} entries but the job has {ctx.world_size} ranks"
        )
    return weights
