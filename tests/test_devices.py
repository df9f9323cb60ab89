"""Device resolution for every backend; only the hardware availability probes are faked."""

import random
import sys
import types

import pytest
import torch

from moe_core import devices
from moe_core.errors import UserError

GiB = 1 << 30


@pytest.fixture
def fake_cuda(monkeypatch):
    """Two fake CUDA GPUs: an 80 GiB one with bf16 and a 16 GiB one."""
    names = ["NVIDIA H100 80GB HBM3", "Tesla T4"]
    totals = [80 * GiB, 16 * GiB]
    frees = [70 * GiB, 15 * GiB]
    current = {"bf16": True}
    monkeypatch.setattr(torch.cuda, "is_available", lambda: True)
    monkeypatch.setattr(torch.cuda, "device_count", lambda: 2)
    monkeypatch.setattr(torch.cuda, "get_device_name", lambda i=0: names[i])
    monkeypatch.setattr(torch.cuda, "get_device_properties", lambda i=0: types.SimpleNamespace(total_memory=totals[i]))
    monkeypatch.setattr(torch.cuda, "mem_get_info", lambda i=0: (frees[i], totals[i]))
    monkeypatch.setattr(torch.cuda, "is_bf16_supported", lambda *a, **k: current["bf16"])
    monkeypatch.setattr(torch.cuda, "max_memory_allocated", lambda i=0: 123 * (i + 1))
    return current


def test_cpu_is_always_there_and_reports_fp32_default():
    info = devices.resolve_device("cpu")
    assert info.type == "cpu" and info.torch_device == torch.device("cpu")
    assert info.default_dtype == "float32"
    assert set(info.supported_dtypes) == {"float32", "bfloat16", "float16"}
    assert info.memory_total_bytes is None or info.memory_total_bytes >= (info.memory_free_bytes or 0) > 0
    assert devices.list_devices()[-1].type == "cpu"


def test_cuda_resolution_dtypes_and_memory(fake_cuda):
    info = devices.resolve_device()  # an accelerator beats the CPU when nothing is preferred
    assert (info.type, info.index, info.vendor) == ("cuda", 0, "NVIDIA")
    assert info.torch_device == torch.device("cuda", 0)
    assert info.name == "NVIDIA H100 80GB HBM3"
    assert (info.memory_total_bytes, info.memory_free_bytes) == (80 * GiB, 70 * GiB)
    assert info.default_dtype == "bfloat16" and "bfloat16" in info.supported_dtypes

    second = devices.resolve_device("cuda:1")
    assert (second.index, second.name, second.memory_total_bytes) == (1, "Tesla T4", 16 * GiB)
    assert devices.peak_memory_bytes(second) == 246

    fake_cuda["bf16"] = False  # pre-Ampere
    old = devices.resolve_device("cuda:1")
    assert "bfloat16" not in old.supported_dtypes and old.default_dtype == "float16"
    with pytest.raises(UserError, match="does not support bfloat16"):
        devices.check_dtype_supported(old, "bf16")

    assert [d.type for d in devices.list_devices()] == ["cuda", "cuda", "cpu"]
    assert devices.device_for_local_rank(1).index == 1
    with pytest.raises(UserError, match="local rank 2 .*has 2"):
        devices.device_for_local_rank(2)
    with pytest.raises(UserError, match="has 2 cuda"):
        devices.resolve_device("cuda:5")


def test_rocm_is_cuda_with_amd_vendor(fake_cuda, monkeypatch):
    with pytest.raises(UserError, match="not available"):
        devices.resolve_device("rocm")  # an NVIDIA build is not ROCm
    monkeypatch.setattr(torch.version, "hip", "6.2.41133", raising=False)
    info = devices.resolve_device("rocm")
    assert (info.type, info.vendor) == ("cuda", "AMD")
    assert devices.distributed_backend(info.type) == "nccl"  # RCCL answers to "nccl"


# Importing the real torch_npu renames torch's privateuse1 backend to "npu", which cannot be undone in a
# process; later tests would then see an "npu" backend with no module behind it. So the NPU path is
# checked in a fresh interpreter, with only the plugin's availability probes faked.
NPU_CHECK = """
import sys, types
import torch
GiB = 1 << 30
sys.modules["torch_npu"] = types.ModuleType("torch_npu")
torch.utils.rename_privateuse1_backend("npu")  # what importing the real torch_npu does
torch.npu = types.SimpleNamespace(
    is_available=lambda: True, device_count=lambda: 1, get_device_name=lambda i=0: "Ascend910B3",
    mem_get_info=lambda i=0: (50 * GiB, 64 * GiB), is_bf16_supported=lambda: True,
    max_memory_allocated=lambda i=0: 4242,
)
from moe_core import devices
info = devices.resolve_device()
assert (info.type, info.index, info.vendor, info.name) == ("npu", 0, "Huawei", "Ascend910B3"), info
assert info.torch_device == torch.device("npu", 0)
assert {"bfloat16", "float16"} <= set(info.supported_dtypes) and info.default_dtype == "bfloat16"
assert (info.memory_total_bytes, info.memory_free_bytes) == (64 * GiB, 50 * GiB)
assert devices.peak_memory_bytes(info) == 4242
assert devices.distributed_backend("npu") == "hccl"
print("npu ok")
"""


def test_npu_via_torch_npu_plugin():
    import subprocess

    result = subprocess.run([sys.executable, "-c", NPU_CHECK], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0 and "npu ok" in result.stdout, result.stderr[-2000:]


def test_xpu(monkeypatch):
    monkeypatch.setattr(torch.xpu, "is_available", lambda: True)
    monkeypatch.setattr(torch.xpu, "device_count", lambda: 1)
    monkeypatch.setattr(torch.xpu, "get_device_name", lambda i=0: "Intel(R) Data Center GPU Max 1550")
    monkeypatch.setattr(torch.xpu, "mem_get_info", lambda i=0: (60 * GiB, 64 * GiB))
    monkeypatch.setattr(torch.xpu, "is_bf16_supported", lambda *a, **k: True)
    info = devices.resolve_device("xpu")
    assert (info.type, info.vendor, info.default_dtype) == ("xpu", "Intel", "bfloat16")
    assert info.memory_total_bytes == 64 * GiB
    assert devices.distributed_backend("xpu") == "xccl"


def test_mps_dtypes_follow_the_bf16_probe(monkeypatch):
    monkeypatch.setattr(torch.backends.mps, "is_available", lambda: True)
    monkeypatch.setattr(torch.mps, "recommended_max_memory", lambda: 21 * GiB)
    monkeypatch.setattr(devices, "_mps_has_bf16", lambda: False)  # macOS 13
    info = devices.resolve_device()
    assert (info.type, info.vendor, info.memory_total_bytes) == ("mps", "Apple", 21 * GiB)
    assert info.supported_dtypes == ("float16", "float32") and info.default_dtype == "float32"
    monkeypatch.setattr(devices, "_mps_has_bf16", lambda: True)  # macOS 14+
    assert devices.resolve_device("mps").default_dtype == "bfloat16"
    assert devices.distributed_backend("mps") == "gloo"


def test_absent_backend_names_what_is_present():
    if devices._is_present("cuda"):
        pytest.skip("this machine has a real GPU")
    with pytest.raises(UserError, match=r"'cuda' is not available.*present: cpu"):
        devices.resolve_device("cuda")
    with pytest.raises(UserError, match="unknown device 'tpu9'"):
        devices.resolve_device("tpu9")
    with pytest.raises(UserError, match="bad device index"):
        devices.resolve_device("cpu:x")


def test_dtype_names():
    assert devices.torch_dtype("bf16") is torch.bfloat16
    assert devices.torch_dtype("torch.float16") is torch.float16
    assert devices.torch_dtype("FP32") is torch.float32
    assert devices.torch_dtype(torch.bfloat16) is torch.bfloat16
    with pytest.raises(UserError, match="unknown dtype 'int3'"):
        devices.torch_dtype("int3")
    with pytest.raises(UserError, match="no distributed backend"):
        devices.distributed_backend("quantum")


def test_seed_all_and_rng_state_round_trip():
    np = pytest.importorskip("numpy")
    devices.set_seed_all(7)
    first = (random.random(), np.random.rand(), torch.rand(3))
    devices.set_seed_all(7)
    assert (random.random(), np.random.rand()) == first[:2] and torch.equal(torch.rand(3), first[2])

    state = devices.rng_state_all()
    drawn = (random.random(), np.random.rand(), torch.rand(3))
    random.random(), np.random.rand(), torch.rand(5)  # move every RNG on
    devices.set_rng_state_all(state)
    again = (random.random(), np.random.rand(), torch.rand(3))
    assert again[:2] == drawn[:2] and torch.equal(again[2], drawn[2])


def test_cpu_peak_memory_and_sync():
    info = devices.resolve_device("cpu")
    devices.synchronize(info)
    devices.reset_peak_memory(info)
    peak = devices.peak_memory_bytes(info)
    assert peak is None or peak > 10 * (1 << 20)  # at least the Python + torch resident set


# ----------------------------------------------------------------------------- CPU thread choice


def _write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)


def test_cgroup_v2_quota_caps_the_cpu_count(tmp_path, monkeypatch):
    monkeypatch.setattr(devices.os, "sched_getaffinity", lambda pid: {0, 1, 2, 3}, raising=False)
    _write(tmp_path / "cpu.max", "150000 100000\n")  # 1.5 CPUs: a second thread would be throttled
    assert devices._cgroup_cpu_quota(str(tmp_path)) == 1.5
    assert devices.available_cpu_count(str(tmp_path)) == 1
    _write(tmp_path / "cpu.max", "max 100000\n")
    assert devices._cgroup_cpu_quota(str(tmp_path)) is None
    assert devices.available_cpu_count(str(tmp_path)) == 4


def test_cgroup_v1_quota_and_affinity(tmp_path, monkeypatch):
    monkeypatch.setattr(devices.os, "sched_getaffinity", lambda pid: {0, 1, 2, 3, 4, 5}, raising=False)
    _write(tmp_path / "cpu" / "cpu.cfs_quota_us", "300000\n")
    _write(tmp_path / "cpu" / "cpu.cfs_period_us", "100000\n")
    assert devices.available_cpu_count(str(tmp_path)) == 3
    _write(tmp_path / "cpu" / "cpu.cfs_quota_us", "-1\n")
    assert devices.available_cpu_count(str(tmp_path)) == 6
    monkeypatch.setattr(devices.os, "sched_getaffinity", lambda pid: {2}, raising=False)
    assert devices.available_cpu_count(str(tmp_path / "absent")) == 1


@pytest.mark.parametrize("cpus, load, expected", [
    (4, 0.0, 4),     # quiet: every CPU
    (2, 0.4, 2),     # a little background work: still both
    (2, 1.4, 1),     # another job keeps one CPU busy: leave it to it
    (4, 3.2, 1),
    (2, 11.0, 1),    # heavily oversubscribed: never fewer than one
    (8, 2.0, 6),
])
def test_thread_choice_leaves_busy_cpus_alone(cpus, load, expected):
    assert devices.choose_cpu_threads(cpus=cpus, load=load) == expected


def test_thread_choice_honours_a_request_and_refuses_nonsense():
    assert devices.choose_cpu_threads(3, cpus=2, load=5.0) == 3
    with pytest.raises(UserError, match="positive"):
        devices.choose_cpu_threads(0)


def test_thread_choice_reads_this_machine():
    assert 1 <= devices.choose_cpu_threads() <= devices.available_cpu_count()


def test_configure_threads_prefers_omp_num_threads(monkeypatch):
    before = torch.get_num_threads()
    try:
        monkeypatch.setenv("OMP_NUM_THREADS", "3")
        assert devices.configure_cpu_threads() == 3 and torch.get_num_threads() == 3
        monkeypatch.delenv("OMP_NUM_THREADS")
        assert devices.configure_cpu_threads(2) == 2 and torch.get_num_threads() == 2
        monkeypatch.setenv("LOCAL_WORLD_SIZE", "64")  # more local ranks than CPUs: one thread each
        assert devices.configure_cpu_threads() == 1 and torch.get_num_threads() == 1
    finally:
        torch.set_num_threads(before)
