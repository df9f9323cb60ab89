"""Accelerators: the one module in the project that knows device types by name.

Supported: NVIDIA CUDA and AMD ROCm (both appear to torch as "cuda"; ROCm builds set
`torch.version.hip`), Huawei Ascend ("npu", provided by the `torch_npu` plugin), Intel GPUs
("xpu"), Apple silicon ("mps") and the CPU. Everything else in the project asks this module for a
`DeviceInfo` and passes `info.torch_device` / `info.type` around, so supporting a new backend is
a change here only.

CUDA, NPU and XPU expose the same per-backend module API (`torch.cuda`, `torch.npu`, `torch.xpu`:
is_available, device_count, get_device_name, mem_get_info, max_memory_allocated, RNG state ...),
which is why they share one code path.
"""

import math
import os
import platform
import random
import sys
from dataclasses import dataclass

import torch

from moe_core.errors import UserError

# Probe order when the user has no preference: the first present backend wins.
BACKENDS = ("cuda", "npu", "xpu", "mps", "cpu")
_ALIASES = {"rocm": "cuda", "gpu": "cuda", "ascend": "npu", "apple": "mps", "auto": None}
_DISTRIBUTED_BACKENDS = {"cuda": "nccl", "rocm": "nccl", "npu": "hccl", "xpu": "xccl", "mps": "gloo", "cpu": "gloo"}
_DTYPES = {
    "float32": torch.float32, "fp32": torch.float32, "float": torch.float32,
    "bfloat16": torch.bfloat16, "bf16": torch.bfloat16,
    "float16": torch.float16, "fp16": torch.float16, "half": torch.float16,
}


@dataclass
class DeviceInfo:
    """One device and what it can do."""

    type: str  # torch device type: cuda (also ROCm), npu, xpu, mps, cpu
    index: int | None
    torch_device: torch.device
    name: str
    vendor: str
    supported_dtypes: tuple[str, ...]  # canonical names, e.g. ("bfloat16", "float16", "float32")
    default_dtype: str  # what we train and serve in unless told otherwise
    memory_total_bytes: int | None
    memory_free_bytes: int | None


def _npu_module():
    """torch.npu, importing the torch_npu plugin first if it is installed; None without it."""
    if getattr(torch, "npu", None) is None:
        try:
            import torch_npu  # noqa: F401  (registers torch.npu)
        except ImportError:
            return None
    return getattr(torch, "npu", None)


def _backend_module(device_type: str):
    """The torch.<backend> module of an indexed accelerator backend, or None if this torch lacks it."""
    if device_type == "npu":
        return _npu_module()
    return getattr(torch, device_type, None)


def _is_present(device_type: str) -> bool:
    """Whether this machine has at least one usable device of this type."""
    if device_type == "cpu":
        return True
    if device_type == "mps":
        return bool(torch.backends.mps.is_available())
    module = _backend_module(device_type)
    try:
        return bool(module is not None and module.is_available() and module.device_count() > 0)
    except (RuntimeError, AssertionError):  # a broken driver reads as "absent", not as a crash
        return False


def _present_types() -> list[str]:
    return [t for t in BACKENDS if _is_present(t)]


def _device_count(device_type: str) -> int:
    if device_type in ("cpu", "mps"):
        return 1
    return int(_backend_module(device_type).device_count())


def _indexed_accelerator_info(device_type: str, index: int) -> DeviceInfo:
    """DeviceInfo for a cuda / npu / xpu device (they share the backend module API)."""
    module = _backend_module(device_type)
    name = str(module.get_device_name(index))
    if device_type == "cuda":
        vendor = "AMD" if getattr(torch.version, "hip", None) else "NVIDIA"
    else:
        vendor = {"npu": "Huawei", "xpu": "Intel"}[device_type]
    free = total = None
    try:
        free, total = (int(v) for v in module.mem_get_info(index))
    except (AttributeError, RuntimeError):
        try:
            total = int(module.get_device_properties(index).total_memory)
        except (AttributeError, RuntimeError):
            pass
    bf16_probe = getattr(module, "is_bf16_supported", None)
    # Ascend 910B+ and every XPU torch supports have bf16; ask the backend when it can tell us.
    has_bf16 = bool(bf16_probe()) if bf16_probe is not None else device_type in ("npu", "xpu")
    supported = (("bfloat16",) if has_bf16 else ()) + ("float16", "float32")
    # bf16 where the hardware has it; else fp16 (the trainer adds loss scaling), as LLaMA-Factory does.
    default = "bfloat16" if has_bf16 else "float16"
    return DeviceInfo(device_type, index, torch.device(device_type, index), name, vendor, supported, default,
                      total, free)


def _mps_has_bf16() -> bool:
    """bf16 on MPS needs macOS 14+; creating a tensor is the only reliable probe."""
    try:
        torch.ones(1, dtype=torch.bfloat16, device="mps")
        return True
    except (RuntimeError, TypeError):
        return False


def _mps_info() -> DeviceInfo:
    has_bf16 = _mps_has_bf16()
    supported = (("bfloat16",) if has_bf16 else ()) + ("float16", "float32")
    total = None
    try:
        total = int(torch.mps.recommended_max_memory())
    except (AttributeError, RuntimeError):
        pass
    # fp16 training on MPS has no loss scaler support; fp32 is the safe default without bf16.
    return DeviceInfo("mps", None, torch.device("mps"), "Apple GPU (MPS)", "Apple", supported,
                      "bfloat16" if has_bf16 else "float32", total, None)


def _cpu_name() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine() or "CPU"


def _cpu_info() -> DeviceInfo:
    total = free = None
    try:
        page = os.sysconf("SC_PAGE_SIZE")
        total = page * os.sysconf("SC_PHYS_PAGES")
        free = page * os.sysconf("SC_AVPHYS_PAGES")
    except (ValueError, OSError, AttributeError):  # not on every OS
        pass
    vendor = platform.machine() or "CPU"
    # CPUs run bf16 and fp16, but without AMX/AVX512-BF16 they are slower than fp32 and lose precision.
    return DeviceInfo("cpu", None, torch.device("cpu"), _cpu_name(), vendor, ("float32", "bfloat16", "float16"),
                      "float32", total, free)


def _info(device_type: str, index: int | None) -> DeviceInfo:
    if device_type == "cpu":
        return _cpu_info()
    if device_type == "mps":
        return _mps_info()
    return _indexed_accelerator_info(device_type, 0 if index is None else index)


def _parse_preference(prefer: str) -> tuple[str | None, int | None]:
    """'cuda:1' -> ('cuda', 1); 'rocm' -> ('cuda', None); 'auto' -> (None, None)."""
    text = prefer.strip().lower()
    kind, _, index_text = text.partition(":")
    if kind in _ALIASES:
        kind = _ALIASES[kind]
    elif kind not in BACKENDS:
        raise UserError(f"unknown device {prefer!r}; use one of: auto, {', '.join(BACKENDS)}, rocm (optionally ':INDEX')")
    if not index_text:
        return kind, None
    if not index_text.isdigit():
        raise UserError(f"bad device index in {prefer!r}; expected e.g. 'cuda:0'")
    return kind, int(index_text)


def resolve_device(prefer: str | None = None) -> DeviceInfo:
    """The device to run on: `prefer` ("cuda", "cuda:1", "npu", "cpu", "auto"...) or the best present one."""
    present = _present_types()
    kind, index = _parse_preference(prefer) if prefer else (None, None)
    if kind is None:
        return _info(present[0], index)
    if kind not in present or (prefer.strip().lower().startswith("rocm") and not getattr(torch.version, "hip", None)):
        raise UserError(f"device {prefer!r} is not available on this machine; present: {', '.join(present)}")
    if index is not None and index >= _device_count(kind):
        raise UserError(f"device {prefer!r} does not exist: this machine has {_device_count(kind)} {kind} device(s)")
    return _info(kind, index)


def list_devices() -> list[DeviceInfo]:
    """Every device on this machine, accelerators first, the CPU last."""
    found = []
    for kind in _present_types():
        indices = range(_device_count(kind)) if kind not in ("cpu", "mps") else [None]
        found.extend(_info(kind, i) for i in indices)
    return found


def device_for_local_rank(local_rank: int, prefer: str | None = None) -> DeviceInfo:
    """The device a distributed worker with this LOCAL_RANK should use (one accelerator per process)."""
    base = resolve_device(prefer)
    if base.type in ("cpu", "mps"):
        return base
    count = _device_count(base.type)
    if not 0 <= local_rank < count:
        raise UserError(
            f"local rank {local_rank} has no {base.type} device: this machine has {count}; "
            f"start at most {count} processes per node (e.g. torchrun --nproc_per_node {count})"
        )
    return _info(base.type, local_rank)


def distributed_backend(device_type: str) -> str:
    """The torch.distributed backend for a device type (nccl, hccl, xccl or gloo)."""
    if device_type not in _DISTRIBUTED_BACKENDS:
        raise UserError(f"no distributed backend for device type {device_type!r}; known: {', '.join(BACKENDS)}")
    return _DISTRIBUTED_BACKENDS[device_type]


def torch_dtype(name) -> torch.dtype:
    """torch dtype for a name like "bf16", "bfloat16", "fp16", "float32" (a torch.dtype passes through)."""
    if isinstance(name, torch.dtype):
        return name
    key = str(name).strip().lower().removeprefix("torch.")
    if key not in _DTYPES:
        raise UserError(f"unknown dtype {name!r}; use one of: bfloat16 (bf16), float16 (fp16), float32 (fp32)")
    return _DTYPES[key]


def check_dtype_supported(info: DeviceInfo, name) -> torch.dtype:
    """torch dtype for `name`, or a UserError when this device cannot run it."""
    dtype = torch_dtype(name)
    canonical = str(dtype).removeprefix("torch.")
    if canonical not in info.supported_dtypes:
        raise UserError(f"{info.name} ({info.type}) does not support {canonical}; it supports: "
                        f"{', '.join(info.supported_dtypes)}")
    return dtype


def synchronize(info: DeviceInfo) -> None:
    """Wait for all queued work on the device (for honest timings)."""
    if info.type == "cpu":
        return
    if info.type == "mps":
        torch.mps.synchronize()
        return
    _backend_module(info.type).synchronize(info.index)


def peak_memory_bytes(info: DeviceInfo) -> int | None:
    """Peak memory allocated by this process on the device (CPU: peak resident set size); None if unknown."""
    if info.type == "cpu":
        try:
            import resource
        except ImportError:  # Windows
            return None
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return int(peak if sys.platform == "darwin" else peak * 1024)  # macOS reports bytes, Linux KiB
    if info.type == "mps":
        try:
            return int(torch.mps.driver_allocated_memory())
        except (AttributeError, RuntimeError):
            return None
    return int(_backend_module(info.type).max_memory_allocated(info.index))


def reset_peak_memory(info: DeviceInfo) -> None:
    """Start a new peak-memory window (no-op where the backend cannot reset it: CPU, MPS)."""
    if info.type in ("cuda", "npu", "xpu"):
        _backend_module(info.type).reset_peak_memory_stats(info.index)


def _accelerator_modules() -> dict:
    """Backend modules with a per-device RNG present on this machine."""
    return {t: _backend_module(t) for t in ("cuda", "npu", "xpu") if _is_present(t)}


def set_seed_all(seed: int) -> None:
    """Seed Python, NumPy (if installed), torch's CPU RNG and every present accelerator's RNG."""
    random.seed(seed)
    try:
        import numpy

        numpy.random.seed(seed % 2**32)
    except ImportError:
        pass
    torch.manual_seed(seed)  # also seeds CUDA and MPS
    for module in _accelerator_modules().values():
        module.manual_seed_all(seed)


def rng_state_all() -> dict:
    """Every RNG state we can snapshot (python, numpy, torch CPU, accelerators), for bitwise resume."""
    state = {"python": random.getstate(), "torch": torch.get_rng_state()}
    try:
        import numpy

        state["numpy"] = numpy.random.get_state()
    except ImportError:
        pass
    for kind, module in _accelerator_modules().items():
        state[kind] = module.get_rng_state_all()
    if _is_present("mps"):
        state["mps"] = torch.mps.get_rng_state()
    return state


def set_rng_state_all(state: dict) -> None:
    """Restore a snapshot from `rng_state_all`; accelerators missing now are skipped."""
    random.setstate(state["python"])
    torch.set_rng_state(state["torch"])
    if "numpy" in state:
        import numpy

        numpy.random.set_state(state["numpy"])
    for kind, module in _accelerator_modules().items():
        if kind in state:
            module.set_rng_state_all(state[kind])
    if "mps" in state and _is_present("mps"):
        torch.mps.set_rng_state(state["mps"])


# ----------------------------------------------------------------------------- CPU threads


def _cgroup_cpu_quota(root: str = "/sys/fs/cgroup") -> float | None:
    """CPUs' worth of time this process's cgroup may use (cpu.max / cfs quota), or None when unlimited."""
    candidates = [(os.path.join(root, "cpu.max"), None)]
    try:  # cgroup v2: this process's own group, when it is not the root
        with open("/proc/self/cgroup", encoding="utf-8") as f:
            for line in f:
                if line.startswith("0::") and line.strip() != "0::/":
                    candidates.insert(0, (os.path.join(root, line.strip()[3:].lstrip("/"), "cpu.max"), None))
    except OSError:
        pass
    for sub in ("cpu", "cpu,cpuacct"):  # cgroup v1
        base = os.path.join(root, sub)
        candidates.append((os.path.join(base, "cpu.cfs_quota_us"), os.path.join(base, "cpu.cfs_period_us")))
    for quota_path, period_path in candidates:
        try:
            with open(quota_path, encoding="utf-8") as f:
                fields = f.read().split()
            if period_path is not None:
                with open(period_path, encoding="utf-8") as f:
                    fields.append(f.read().strip())
        except OSError:
            continue
        if len(fields) < 2 or fields[0] in ("max", "-1"):
            return None
        try:
            quota, period = float(fields[0]), float(fields[1])
        except ValueError:
            continue
        return quota / period if quota > 0 and period > 0 else None
    return None


def available_cpu_count(root: str = "/sys/fs/cgroup") -> int:
    """CPUs this process may run on: its affinity mask, capped by its cgroup's CPU quota (at least 1)."""
    try:
        count = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # macOS, Windows
        count = os.cpu_count() or 1
    quota = _cgroup_cpu_quota(root)
    if quota is not None:
        count = min(count, max(1, math.floor(quota)))  # a 1.5-CPU quota throttles a 2nd thread half the time
    return max(1, count)


def _runnable_others_now(samples: int = 5, interval_s: float = 0.02) -> float:
    """Threads of other processes runnable right now (median of a few /proc/loadavg reads); 0 where unknown."""
    import statistics
    import time

    counts = []
    for index in range(samples):
        try:
            with open("/proc/loadavg", encoding="utf-8") as f:
                running = int(f.read().split()[3].split("/")[0])
        except (OSError, ValueError, IndexError):
            return 0.0
        counts.append(running - 1)  # the reading thread itself is runnable
        if index + 1 < samples:
            time.sleep(interval_s)
    return max(0.0, statistics.median(counts))


def choose_cpu_threads(requested: int | None = None, *, cpus: int | None = None, load: float | None = None) -> int:
    """Torch intra-op threads for CPU work: `requested`, else the available CPUs other jobs are not keeping busy.

    Why: MoE steps run many small parallel regions; each ends in a barrier that waits for every thread, so a
    thread the OS has parked behind another job stalls all of them (moe_step.py measured 4.3x dense under
    load). Fewer threads than busy CPUs keeps every thread running. `load` defaults to the 1-minute load
    average, read before our own work starts, so it counts the other jobs.
    """
    if requested is not None:
        if int(requested) < 1:
            raise UserError(f"CPU threads must be a positive number, got {requested}")
        return int(requested)
    cpus = available_cpu_count() if cpus is None else cpus
    if load is None:
        try:
            load = os.getloadavg()[0]
        except (AttributeError, OSError):  # Windows
            load = 0.0
        # The 1-minute average lags a job that started seconds ago; the runnable count now does not.
        load = max(load, _runnable_others_now())
    idle = cpus - max(0.0, load)
    return max(1, min(cpus, math.floor(idle + 0.5)))


def configure_cpu_threads(requested: int | None = None) -> int:
    """Set torch's CPU threads to `choose_cpu_threads(requested)` unless OMP_NUM_THREADS says otherwise; returns it.

    OMP_WAIT_POLICY=PASSIVE (idle OpenMP threads sleep instead of spinning, so they do not take CPU from the
    threads doing work under oversubscription) only takes effect when set before torch is imported: the
    `medqa` entry point sets it; here it is only reported.
    """
    if requested is None and os.environ.get("OMP_NUM_THREADS", "").isdigit() and int(os.environ["OMP_NUM_THREADS"]) > 0:
        threads = int(os.environ["OMP_NUM_THREADS"])  # the user's explicit choice wins
    else:
        threads = choose_cpu_threads(requested)
        local_processes = os.environ.get("LOCAL_WORLD_SIZE", "1")  # torchrun: ranks on this host share its CPUs
        if requested is None and local_processes.isdigit() and int(local_processes) > 1:
            threads = max(1, threads // int(local_processes))
    if torch.get_num_threads() != threads:
        torch.set_num_threads(threads)
    return threads
