"""Shared fixtures: tiny models of every supported family, built offline from configs."""

import os

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("HF_DATASETS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


@pytest.fixture(scope="session")
def tiny_preset_dirs(tmp_path_factory):
    """One `save_pretrained` directory per supported family, built once per test session."""
    from moe_core.presets import FAMILIES, build_tiny_preset

    root = tmp_path_factory.mktemp("presets")
    return {family: build_tiny_preset(family, root / family) for family in FAMILIES}
