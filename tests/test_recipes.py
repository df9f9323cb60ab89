"""Every shipped recipe loads and trains one step on a tiny model of its checkpoint's family (no weights needed)."""

from pathlib import Path

import pytest

from moe_core.config import load_config
from moe_core.presets import build_tiny_preset
from moe_core.tokenizer import train_chatml_tokenizer

RECIPES = sorted((Path(__file__).parents[1] / "recipes").glob("*.yaml"))
# The hub checkpoints the recipes name, and the transformers family each one is.
CHECKPOINT_FAMILIES = {
    "Qwen/Qwen3-30B-A3B": "qwen3_moe",
    "Qwen/Qwen1.5-MoE-A2.7B": "qwen2_moe",
    "deepseek-ai/DeepSeek-V2-Lite": "deepseek_v2",
    "inclusionAI/Ling-3.0-Flash": "bailing_hybrid",
}
CHAT = Path(__file__).parent / "fixtures" / "data" / "chat.jsonl"


@pytest.fixture(scope="module")
def tokenizer():
    text = [line for line in CHAT.read_text(encoding="utf-8").splitlines()] * 20
    return train_chatml_tokenizer(text, vocab_size=600, min_frequency=1)


def test_recipes_exist_for_each_documented_checkpoint():
    named = {load_config(path, []).model.name_or_path for path in RECIPES}
    assert set(CHECKPOINT_FAMILIES) <= named


@pytest.mark.parametrize("recipe", [p for p in RECIPES if p.name != "tiny_lora.yaml"], ids=lambda p: p.stem)
def test_recipe_trains_one_step_on_a_tiny_model_of_its_family(recipe, tokenizer, tmp_path):
    from moe_core.train import train

    cfg = load_config(recipe, [])
    family = CHECKPOINT_FAMILIES[cfg.model.name_or_path]
    model_dir = build_tiny_preset(family, tmp_path / "model", tokenizer=tokenizer)
    micro = cfg.optim.micro_batch_size
    cfg = load_config(recipe, [
        f"model.name_or_path={model_dir}",
        f"data.train_file={CHAT}",
        "data.eval_file=null",
        "data.max_length=128",
        "data.pack_length=128",
        "optim.max_steps=1",
        "optim.warmup_steps=0",
        f"optim.global_batch_size={micro}",
        "checkpoint.every_steps=0",
        "dist.strategy=none",  # one CPU process here; the launch commands in the recipe use torchrun
        "dist.throughput_weights=null",
        f"output_dir={tmp_path / 'run'}",
    ])
    final = train(cfg)
    assert (final / ("adapter_config.json" if cfg.lora.enabled else "config.json")).exists()
