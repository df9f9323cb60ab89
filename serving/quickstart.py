"""The main job on the embedded default: seed -> fine-tune -> evaluate both -> serve.

1. build (or reuse) the seed: the project tokenizer and a tiny Qwen3-MoE (`medqa build-seed`);
2. LoRA fine-tune it on attention and experts with the bundled grounded patient-service chat set
   (`medqa train`);
3. evaluate seed and fine-tuned model on the held-out patient questions (`medqa eval --tasks
   patient_faq`) and on held-out perplexity, and print the comparison;
4. serve the fine-tuned model (`medqa serve`): web chat URL, an example curl and the API key.

Every step writes into one run directory with a manifest of what was built from what (files,
sha256, versions, seconds). A rerun reuses finished steps.
"""

import hashlib
import json
import math
import time
from importlib import metadata
from pathlib import Path

ASSETS = Path(__file__).resolve().parents[1] / "medqa" / "assets" / "grounded"

# The quickstart fine-tune: LoRA on attention + routed experts of the tiny seed, sized to finish in a
# few minutes on two CPU cores. The same fields as any recipe in recipes/ (moe_core.config.TrainConfig).
QUICKSTART_TRAIN = {
    "model": {"dtype": "fp32", "gradient_checkpointing": False},
    "lora": {"enabled": True, "r": 16, "alpha": 32, "attention": True, "experts": True, "shared_experts": True},
    "data": {"max_length": 1024, "packing": True, "pack_length": 1024},  # longest grounded chat: 959 tokens
    "optim": {"lr": 3.0e-3, "warmup_steps": 10, "schedule": "cosine", "min_lr_ratio": 0.1, "grad_clip": 1.0,
              "max_steps": 120, "global_batch_size": 8, "micro_batch_size": 4},
    "balance": {"aux_loss_coef": 0.01, "telemetry_every": 20},
    "checkpoint": {"every_steps": 40, "keep_last": 1},
    "eval": {"every_steps": 40, "max_batches": 8},
    "log_every": 10,
}


def _sha256_dir(path: Path) -> dict:
    return {
        str(p.relative_to(path)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(path.rglob("*")) if p.is_file() and not p.name.startswith(".")
    }


def _versions() -> dict:
    out = {}
    for name in ("medqa-moe", "torch", "transformers", "peft"):
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            out[name] = "unknown"
    return out


class Manifest:
    """The run directory's record of each step: inputs, outputs with hashes, and timing."""

    def __init__(self, run_dir: Path):
        self.path = run_dir / "manifest.json"
        self.data = json.loads(self.path.read_text()) if self.path.exists() else {"steps": {}}
        self.data["versions"] = _versions()

    def record(self, step: str, **fields) -> None:
        """Store one step's record and rewrite the manifest atomically."""
        from moe_core.jsonl import write_json_atomic

        self.data["steps"][step] = fields
        write_json_atomic(self.data, self.path)


def train_config(seed_dir: Path, run_dir: Path, max_steps: int | None = None):
    """The quickstart TrainConfig (LoRA on attention + experts over the bundled grounded chat set)."""
    from moe_core.config import from_dict

    fields = json.loads(json.dumps(QUICKSTART_TRAIN))
    fields["model"]["name_or_path"] = str(seed_dir)
    fields["data"]["train_file"] = str(ASSETS / "train.jsonl")
    fields["data"]["eval_file"] = str(ASSETS / "validation.jsonl")
    fields["output_dir"] = str(run_dir / "train")
    if max_steps is not None:
        fields["optim"]["max_steps"] = max_steps
    return from_dict(fields)


def heldout_perplexity(model_dir: Path, adapter_dir: Path | None, max_length: int = 1024) -> dict:
    """Assistant-token perplexity of a model (plus adapter) on the held-out grounded test conversations."""
    from moe_core import chat_data
    from moe_core.config import from_dict
    from moe_core.distributed import init_distributed
    from moe_core.models import load_moe_model, load_tokenizer
    from moe_core.train import evaluate

    tokenizer = load_tokenizer(model_dir)
    model = load_moe_model(model_dir, dtype="fp32")
    if adapter_dir is not None:
        from moe_core.lora import load_adapter

        model = load_adapter(model, adapter_dir)
    cfg = from_dict({"data": {"max_length": max_length}, "optim": {"micro_batch_size": 4, "global_batch_size": 4},
                     "eval": {"max_batches": 10_000}})
    rows = chat_data.build_rows(tokenizer, str(ASSETS / "test.jsonl"), cfg.data, split="train")
    ctx = init_distributed()
    return evaluate(model, rows, cfg, tokenizer.pad_token_id, next(model.parameters()).device, ctx)


def _faq(results: dict) -> dict:
    metrics = results["tasks"]["patient_faq"]["metrics"]
    return {name: metrics[name]["value"] for name in ("rouge_l", "citation_hit", "retrieval_hit")}


def set_aside_stale_training(manifest: Manifest, train_dir: Path, seed_sha256: str) -> Path | None:
    """Move a training directory built from another seed (or of unknown origin) aside, never deleting it."""
    recorded = manifest.data["steps"].get("train", {}).get("inputs", {}).get("seed_sha256")
    if not train_dir.exists() or recorded == seed_sha256:
        return None
    number = 1
    while (stale := train_dir.with_name(f"{train_dir.name}.stale-{number}")).exists():
        number += 1
    train_dir.rename(stale)
    print(f"{train_dir} was trained from another seed than {manifest.path.parent / 'seed'}; moved it to {stale} "
          "and training afresh", flush=True)
    return stale


def run_quickstart(args) -> int:
    """Run seed -> train -> eval -> serve on the embedded default, reusing finished steps."""
    from medqa.evaluation.runner import EvalConfig, run_evaluation
    from medqa.seed import build_seed
    from moe_core.models import summarize_checkpoint
    from moe_core.train import train

    run_dir = Path(args.out)
    run_dir.mkdir(parents=True, exist_ok=True)
    manifest = Manifest(run_dir)
    started = time.time()

    print("[1/4] seed: project tokenizer + tiny Qwen3-MoE", flush=True)
    t0 = time.time()
    seed_dir = build_seed(run_dir / "seed")
    print(summarize_checkpoint(seed_dir).to_text(), flush=True)  # config only: no weights loaded
    seed_files = _sha256_dir(seed_dir)
    seed_sha256 = hashlib.sha256(json.dumps(seed_files, sort_keys=True).encode()).hexdigest()
    manifest.record("seed", command=f"medqa build-seed --out {seed_dir}", output=str(seed_dir),
                    files=seed_files, sha256=seed_sha256, seconds=round(time.time() - t0, 1))

    print("\n[2/4] fine-tune: LoRA on attention + experts, bundled grounded patient-service chats", flush=True)
    t0 = time.time()
    cfg = train_config(seed_dir, run_dir, max_steps=args.train_steps)
    set_aside_stale_training(manifest, Path(cfg.output_dir), seed_sha256)
    inputs = {"model": str(seed_dir), "seed_sha256": seed_sha256, "train_file": cfg.data.train_file,
              "train_file_sha256": hashlib.sha256(Path(cfg.data.train_file).read_bytes()).hexdigest()}
    manifest.record("train", status="running", inputs=inputs)  # ties any checkpoint written from now on to this seed
    adapter_dir = Path(cfg.output_dir) / "final"
    if (adapter_dir / "adapter_config.json").exists():
        print(f"reusing {adapter_dir}", flush=True)
    else:
        adapter_dir = train(cfg, resume="auto" if (Path(cfg.output_dir) / "checkpoints").exists() else None)
    manifest.record("train", status="done", command=f"medqa train --config {Path(cfg.output_dir) / 'config.yaml'}",
                    inputs=inputs, output=str(adapter_dir), files=_sha256_dir(adapter_dir),
                    seconds=round(time.time() - t0, 1))

    print("\n[3/4] evaluate seed vs fine-tuned on held-out patient questions", flush=True)
    t0 = time.time()
    scores = {}
    for name, adapter in (("seed", None), ("fine-tuned", adapter_dir)):
        config = EvalConfig(model=str(seed_dir), adapter=str(adapter) if adapter else None, tasks=["patient_faq"],
                            limit=args.eval_limit, out=str(run_dir / f"eval_{name}"), max_new_tokens=128,
                            batch_size=8, progress=True)
        results = run_evaluation(config)
        scores[name] = {**_faq(results), **heldout_perplexity(seed_dir, adapter)}
    print(format_comparison(scores), flush=True)
    manifest.record("eval", command=f"medqa eval --model {seed_dir} --adapter {adapter_dir} --tasks patient_faq "
                    f"--limit {args.eval_limit}", outputs=[str(run_dir / "eval_seed"), str(run_dir / "eval_fine-tuned")],
                    scores=scores, seconds=round(time.time() - t0, 1))
    manifest.record("total", seconds_before_serving=round(time.time() - started, 1))

    if args.no_serve:
        print(f"\ndone in {time.time() - started:.0f} s; run directory: {run_dir}  (serve with: medqa serve "
              f"--model {seed_dir} --adapter {adapter_dir} --generate-key)")
        return 0
    print("\n[4/4] serve the fine-tuned assistant", flush=True)
    from argparse import Namespace

    from serving.serve import run_serve_command

    return run_serve_command(Namespace(model=str(seed_dir), adapter=str(adapter_dir), index=None, host=args.host,
                                       port=args.port, generate_key=True, config=None))


def format_comparison(scores: dict) -> str:
    """A small table of seed vs fine-tuned scores (higher is better except perplexity)."""
    rows = [("held-out perplexity (lower is better)", "perplexity", "{:.1f}"),
            ("patient_faq ROUGE-L", "rouge_l", "{:.3f}"),
            ("patient_faq cites the right passage", "citation_hit", "{:.3f}"),
            ("retrieval hit (same for both)", "retrieval_hit", "{:.3f}")]
    seed, tuned = scores["seed"], scores["fine-tuned"]
    lines = [f"{'metric':42s} {'seed':>10s} {'fine-tuned':>12s}"]
    for label, key, fmt in rows:
        a, b = seed.get(key), tuned.get(key)
        if a is None or b is None or (isinstance(a, float) and math.isnan(a)):
            continue
        lines.append(f"{label:42s} {fmt.format(a):>10s} {fmt.format(b):>12s}")
    return "\n".join(lines)
