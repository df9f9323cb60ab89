"""The main job on the embedded default: build the seed (tokenizer + tiny Qwen3-MoE) and summarise it."""

from pathlib import Path


def run_quickstart(args) -> int:
    """Build the embedded default seed model into the run directory and print its summary."""
    from medqa.seed import build_seed
    from moe_core.models import load_moe_model, summarize_moe

    out = Path(args.out)
    seed_dir = build_seed(out / "seed")
    model = load_moe_model(seed_dir)
    print(summarize_moe(model).to_text())
    return 0
