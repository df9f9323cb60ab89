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
import socket
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


def train_settings(cfg) -> dict:
    """The part of the quickstart TrainConfig that decides what the fine-tune learns: the adapter reuse key.

    Paths are left out, so moving the run directory does not force a retrain: the seed is keyed by its
    own hash (seed_sha256) and the training data by the hash of its content here.
    """
    from moe_core.config import to_dict

    settings = to_dict(cfg)
    settings.pop("output_dir", None)
    settings["model"].pop("name_or_path", None)
    settings["data"].pop("eval_file", None)  # only scored during training; it does not change the adapter
    train_file = Path(settings["data"].pop("train_file"))
    settings["data"]["train_file_sha256"] = hashlib.sha256(train_file.read_bytes()).hexdigest()
    return json.loads(json.dumps(settings))  # as the manifest stores it (JSON), so comparisons are exact


def _flat(tree: dict, prefix: str = "") -> dict:
    out = {}
    for key, value in tree.items():
        if isinstance(value, dict):
            out.update(_flat(value, f"{prefix}{key}."))
        else:
            out[f"{prefix}{key}"] = value
    return out


def _with_new_defaults(old: dict | None, new: dict) -> dict | None:
    """`old` plus the config fields added since it was recorded, where `new` keeps their default: a field
    that did not exist then had, in effect, its default value, so it is no reason to retrain."""
    from moe_core.config import TrainConfig, to_dict

    if old is None:
        return None
    defaults = to_dict(TrainConfig())
    merged = json.loads(json.dumps(old))
    for section, values in new.items():
        if isinstance(values, dict) and isinstance(merged.get(section), dict):
            for key, value in values.items():
                if key not in merged[section] and value == defaults.get(section, {}).get(key, object()):
                    merged[section][key] = value
    return merged


def _settings_change(old: dict, new: dict) -> str:
    """`optim.max_steps 1 -> 2, ...`: what differs between two train_settings."""
    old_flat, new_flat = _flat(old), _flat(new)
    changed = [f"{key} {old_flat.get(key, '(unset)')} -> {new_flat.get(key, '(unset)')}"
               for key in sorted(set(old_flat) | set(new_flat)) if old_flat.get(key) != new_flat.get(key)]
    return ", ".join(changed)


def validate_args(args) -> None:
    """Check every quickstart argument before any work, naming the quickstart flag that is wrong."""
    from moe_core.errors import UserError

    if args.train_steps is not None and args.train_steps < 1:
        raise UserError(f"--train-steps must be a positive number of optimizer steps, got {args.train_steps}")
    if args.eval_limit is None or args.eval_limit < 1:
        raise UserError(f"--eval-limit must be a positive number of held-out questions, got {args.eval_limit}")
    if not 0 <= args.port <= 65535:
        raise UserError(f"--port must be between 0 and 65535, got {args.port}")
    out = Path(args.out)
    if out.exists() and not out.is_dir():
        raise UserError(f"--out {out} exists and is not a directory; give a run directory")
    if not args.no_serve:
        # Only resolvable here; whether the port is free is checked when serving starts, minutes from now.
        try:
            socket.getaddrinfo(args.host, args.port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
        except socket.gaierror as exc:
            raise UserError(f"--host {args.host!r} does not resolve ({exc.strerror}); use an address such as "
                            "127.0.0.1, or --no-serve") from None


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
    names = ("rouge_l", "rouge_l_raw", "citation_hit", "citation_hit_raw", "retrieval_hit")
    return {name: metrics[name]["value"] for name in names if name in metrics}


def set_aside_stale_training(manifest: Manifest, train_dir: Path, seed_sha256: str,
                             settings: dict | None = None) -> Path | None:
    """Move a training directory built from another seed or other settings (or of unknown origin) aside, never
    deleting it. `settings` (from train_settings) is compared only when given."""
    recorded = manifest.data["steps"].get("train", {}).get("inputs", {})
    seed_eval = train_dir.parent / "eval_seed"
    if recorded.get("seed_sha256") != seed_sha256 and seed_eval.exists():
        # The seed's own evaluation describes the old seed too (and `medqa eval` refuses another model's --out).
        print(f"{seed_eval} evaluated another seed; moved it to {_move_aside(seed_eval)}", flush=True)
    if not train_dir.exists():
        return None
    if recorded.get("seed_sha256") != seed_sha256:
        reason = f"was trained from another seed than {manifest.path.parent / 'seed'}"
    elif settings is not None and _with_new_defaults(recorded.get("train_settings"), settings) != settings:
        change = _settings_change(recorded["train_settings"], settings) if "train_settings" in recorded else ""
        reason = f"was trained with other settings ({change})" if change else "has no record of its training settings"
    else:
        return None
    stale = _move_aside(train_dir)
    print(f"{train_dir} {reason}; moved it to {stale} and training afresh", flush=True)
    # The evaluation of that fine-tune goes with it, so its report is kept rather than overwritten.
    eval_dir = train_dir.parent / "eval_fine-tuned"
    if eval_dir.exists():
        print(f"moved its evaluation {eval_dir} to {_move_aside(eval_dir)}", flush=True)
    return stale


def _move_aside(path: Path) -> Path:
    """Rename `path` to the first free `<name>.stale-N` beside it and return the new path."""
    number = 1
    while (stale := path.with_name(f"{path.name}.stale-{number}")).exists():
        number += 1
    path.rename(stale)
    return stale


def run_quickstart(args) -> int:
    """Run seed -> train -> eval -> serve on the embedded default, reusing finished steps."""
    from medqa.evaluation.runner import EvalRunConfig, run_evaluation
    from medqa.seed import build_seed
    from moe_core.models import summarize_checkpoint
    from moe_core.train import train

    validate_args(args)  # before minutes of work, not after
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
    settings = train_settings(cfg)
    set_aside_stale_training(manifest, Path(cfg.output_dir), seed_sha256, settings)
    inputs = {"model": str(seed_dir), "seed_sha256": seed_sha256, "train_file": cfg.data.train_file,
              "train_file_sha256": hashlib.sha256(Path(cfg.data.train_file).read_bytes()).hexdigest(),
              "train_settings": settings}
    # Ties any checkpoint written from now on to this seed and these settings (the reuse key).
    manifest.record("train", status="running", inputs=inputs)
    adapter_dir = Path(cfg.output_dir) / "final"
    if (adapter_dir / "adapter_config.json").exists():
        print(f"reusing {adapter_dir}", flush=True)
    else:
        # "auto" continues an interrupted fine-tune of the same key and starts fresh when there is no checkpoint.
        adapter_dir = train(cfg, resume="auto")
    manifest.record("train", status="done", command=f"medqa train --config {Path(cfg.output_dir) / 'config.yaml'}",
                    inputs=inputs, output=str(adapter_dir), files=_sha256_dir(adapter_dir),
                    seconds=round(time.time() - t0, 1))

    print("\n[3/4] evaluate seed vs fine-tuned on held-out patient questions", flush=True)
    t0 = time.time()
    scores = {}
    for name, adapter in (("seed", None), ("fine-tuned", adapter_dir)):
        config = EvalRunConfig(model=str(seed_dir), adapter=str(adapter) if adapter else None, tasks=["patient_faq"],
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
                                       port=args.port, generate_key=True, config=None,
                                       served_model_name=SERVED_MODEL_NAME))


# What the quickstart serves is the seed with its LoRA adapter, not the seed: name it so in /v1/models and
# the banner (the served model used to be announced as "seed").
SERVED_MODEL_NAME = "medqa-quickstart-lora"


def format_comparison(scores: dict) -> str:
    """A small table of seed vs fine-tuned scores (higher is better except perplexity)."""
    rows = [("held-out perplexity (lower is better)", "perplexity", "{:.1f}"),
            ("patient_faq ROUGE-L, model's own text", "rouge_l_raw", "{:.3f}"),
            ("patient_faq ROUGE-L, verified answer shown", "rouge_l", "{:.3f}"),
            ("cites the right passage, model's own text", "citation_hit_raw", "{:.3f}"),
            ("cites the right passage, verified answer", "citation_hit", "{:.3f}"),
            ("retrieval hit (same for both)", "retrieval_hit", "{:.3f}")]
    seed, tuned = scores["seed"], scores["fine-tuned"]
    lines = [f"{'metric':44s} {'seed':>10s} {'fine-tuned':>12s}"]
    for label, key, fmt in rows:
        a, b = seed.get(key), tuned.get(key)
        if a is None or b is None or (isinstance(a, float) and math.isnan(a)):
            continue
        lines.append(f"{label:44s} {fmt.format(a):>10s} {fmt.format(b):>12s}")
    return "\n".join(lines)
