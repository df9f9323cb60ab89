"""Shared fixtures: tiny models of every supported family, built offline from configs."""

import importlib.util
import os
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("HF_DATASETS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
# Tiny models run fastest on one thread, and subprocess ranks (torchrun tests) inherit this, so two
# ranks on a 2-core CI machine do not fight over cores.
os.environ.setdefault("OMP_NUM_THREADS", "1")

import torch  # noqa: E402

torch.set_num_threads(1)


def pytest_xdist_auto_num_workers(config):
    """`-n auto` (pyproject addopts): one worker per core this process may use, at most 8; none for one file.

    Each worker loads torch and the safety models once (over 1 GB), so a many-core machine does not
    get one per core. PYTEST_XDIST_AUTO_NUM_WORKERS still sets the number.
    """
    if os.environ.get("PYTEST_XDIST_AUTO_NUM_WORKERS", "").isdigit():
        return int(os.environ["PYTEST_XDIST_AUTO_NUM_WORKERS"])
    files = {str(arg).split("::")[0] for arg in config.args}
    if len(files) == 1 and files.pop().endswith(".py"):
        return 0  # --dist loadfile gives one file to one worker: starting workers would only add their imports
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(1, min(cores, 8))


@pytest.fixture(scope="session")
def tiny_preset_dirs(tmp_path_factory):
    """One `save_pretrained` directory per supported family, built once per test session."""
    from moe_core.presets import FAMILIES, build_tiny_preset

    root = tmp_path_factory.mktemp("presets")
    return {family: build_tiny_preset(family, root / family) for family in FAMILIES}


# ---------------------------------------------------------------- serving: one seed and one engine per session


@pytest.fixture(scope="session")
def seed_dir(tmp_path_factory):
    """The tiny qwen3_moe seed with the project tokenizer (vocabulary 2000, so randomly initialised)."""
    from medqa.seed import build_seed

    return build_seed(tmp_path_factory.mktemp("serving") / "seed", vocab_size=2000)


@pytest.fixture(scope="session")
def engine(seed_dir):
    """One LocalEngine over `seed_dir` for the whole session (single CPU thread: the tests share a busy machine)."""
    from serving.engine import LocalEngine

    torch.set_num_threads(1)
    local_engine = LocalEngine.load(str(seed_dir), device="cpu", max_batch_size=8, max_queue=16)
    yield local_engine
    local_engine.shutdown()


@pytest.fixture(scope="module")
def calibrate():
    """scripts/calibrate_verification.py loaded as a module (the gate-refit tests call its fitter and guards)."""
    path = Path(__file__).resolve().parents[1] / "scripts" / "calibrate_verification.py"
    spec = importlib.util.spec_from_file_location("calibrate_verification", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
