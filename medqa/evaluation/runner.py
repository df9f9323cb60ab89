"""Run an evaluation: load the model (or endpoint), score every task, resume from the per-item cache, write results.

The per-item cache (`cache.jsonl` in the output directory) is append-only: each finished item is
one line keyed by sha256(task, item content, model fingerprint), flushed as soon as its chunk is
done. A rerun skips every key already there, so an interrupted run resumes where it stopped and a
run with another model or changed data recomputes. Final files (results.json, samples.jsonl,
report.html) are written atomically at the end.
"""

import hashlib
import json
import os
import subprocess
import time
from dataclasses import asdict, dataclass, field
from importlib import metadata
from pathlib import Path

from medqa.evaluation import generate as gen
from medqa.evaluation import stats
from medqa.evaluation.tasks import MC_TASKS, TASKS, load_task_items
from moe_core.errors import UserError
from moe_core.jsonl import check_writable_dir, write_text_atomic

SCORING_VERSION = "mc-lm-eval-0.4-v1|faq-v1|safety-v1"  # bump when a change alters per-item results
CACHE_FILE = "cache.jsonl"
_FULL_HASH_LIMIT = 512 * 1024 * 1024


@dataclass
class EvalConfig:
    """Everything that decides what an evaluation run computes."""

    model: str | None = None
    adapter: str | None = None
    tasks: list[str] = field(default_factory=lambda: ["medqa_4options"])
    limit: int | None = None
    batch_size: int = 8
    out: str = "runs/eval"
    data: dict = field(default_factory=dict)
    endpoint: str | None = None
    api_key: str | None = None
    endpoint_model: str | None = None
    tokenizer: str | None = None  # for endpoint multiple-choice scoring
    device: str | None = None
    dtype: str | None = "auto"
    max_new_tokens: int = 128
    top_k: int = 3
    resamples: int = stats.DEFAULT_RESAMPLES
    seed: int = 0
    use_prefix_cache: bool = True
    progress: bool = True

    def validate(self) -> None:
        """Reject bad values with one clear line each."""
        if self.limit is not None and self.limit <= 0:
            raise UserError(f"--limit must be a positive number of items, got {self.limit}")
        if self.batch_size <= 0:
            raise UserError(f"--batch-size must be positive, got {self.batch_size}")
        if self.max_new_tokens <= 0:
            raise UserError(f"--max-new-tokens must be positive, got {self.max_new_tokens}")
        if self.top_k <= 0:
            raise UserError(f"--top-k must be positive, got {self.top_k}")
        if not self.endpoint and not self.model:
            raise UserError("give --model DIR_OR_HUB_ID (or --endpoint URL) to evaluate")
        if self.model and not self.endpoint:
            path = Path(self.model).expanduser()
            looks_local = self.model.startswith((".", "/", "~")) or self.model.count("/") > 1
            if looks_local and not path.is_dir():
                raise UserError(f"--model {self.model}: no such model directory")
            if path.is_dir() and not (path / "config.json").is_file():
                raise UserError(f"--model {self.model}: not a model directory (no config.json)")
        if self.endpoint and self.adapter:
            raise UserError("--adapter applies to a local --model; an --endpoint serves its own weights")
        if self.adapter and not (Path(self.adapter) / "adapter_config.json").is_file():
            raise UserError(f"--adapter {self.adapter}: not a PEFT adapter directory (no adapter_config.json)")
        unknown = [t for t in self.tasks if t not in TASKS]
        if unknown:
            raise UserError(f"unknown task(s) {', '.join(unknown)}; known tasks: {', '.join(TASKS)}")


# ---------------------------------------------------------------------------------------------
# Fingerprints and versions


def _file_digest(path: Path) -> str:
    """sha256 of a file; for files over 512 MiB, of its size plus first and last 16 MiB (hashing 100 GB is too slow)."""
    size = path.stat().st_size
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        if size <= _FULL_HASH_LIMIT:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
        else:
            digest.update(str(size).encode())
            digest.update(handle.read(16 << 20))
            handle.seek(size - (16 << 20))
            digest.update(handle.read(16 << 20))
    return digest.hexdigest()


def directory_fingerprint(path) -> str:
    """sha256 over the config, tokenizer and weight files of a model or adapter directory."""
    path = Path(path)
    digest = hashlib.sha256()
    for file in sorted(p for p in path.iterdir() if p.is_file() and not p.name.startswith(".")):
        if file.suffix in (".json", ".safetensors", ".bin", ".model", ".txt", ".jinja"):
            digest.update(file.name.encode())
            digest.update(_file_digest(file).encode())
    return digest.hexdigest()


def code_version() -> dict:
    """Package version and, when run from a git checkout, the commit and whether the tree is dirty."""
    try:
        version = metadata.version("medqa-moe")
    except metadata.PackageNotFoundError:
        version = "unknown"
    info = {"package": "medqa-moe", "version": version, "git_commit": None, "git_dirty": None}
    root = Path(__file__).resolve().parents[2]
    try:
        commit = subprocess.run(["git", "rev-parse", "HEAD"], cwd=root, capture_output=True, text=True, timeout=10, check=False)
        if commit.returncode == 0:
            info["git_commit"] = commit.stdout.strip()
            dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=root,
                                   capture_output=True, text=True, timeout=10, check=False)
            info["git_dirty"] = bool(dirty.stdout.strip()) if dirty.returncode == 0 else None
    except (OSError, subprocess.SubprocessError):
        pass
    return info


# ---------------------------------------------------------------------------------------------
# Local model backend


class LocalBackend:
    """A local causal LM (optionally with a PEFT adapter): log-likelihood scoring and greedy chat generation."""

    def __init__(self, config: EvalConfig):
        from medqa.evaluation.loglik import LoglikScorer
        from moe_core.models import load_moe_model, load_tokenizer

        self.tokenizer = load_tokenizer(config.model)
        self.model = load_moe_model(config.model, dtype=config.dtype, device=config.device)
        if config.adapter:
            from moe_core.lora import load_adapter

            try:  # the same checks as serving: architecture, tensor shapes, the very base weights it was trained on
                self.model = load_adapter(self.model, config.adapter)
            except (OSError, ValueError, RuntimeError, KeyError) as exc:
                raise UserError(f"--adapter {config.adapter}: cannot load the adapter onto {config.model}: {exc}") from None
        self.model.eval()
        self.scorer = LoglikScorer(self.model, self.tokenizer, batch_size=config.batch_size,
                                   use_prefix_cache=config.use_prefix_cache)
        self.batch_size = config.batch_size
        self.items_scored = 0  # items sent to the model, for resume tests
        self.items_generated = 0
        parts = [str(config.model), str(config.dtype), str(self.scorer.device.type)]
        local = Path(config.model).expanduser()
        parts.append(directory_fingerprint(local) if local.is_dir() else str(getattr(self.model.config, "_commit_hash", "")))
        if config.adapter:
            parts.append(directory_fingerprint(config.adapter))
        self.fingerprint = hashlib.sha256("|".join(parts).encode()).hexdigest()
        self.identity = run_identity(config, model_files=parts[3] if local.is_dir() else None,
                                     adapter_files=parts[4] if config.adapter else None)
        self.description = {"model": str(config.model), "adapter": config.adapter, "dtype": str(self.model.dtype),
                            "device": str(self.scorer.device), "model_type": self.model.config.model_type}

    def score(self, items) -> list:
        """Option log-likelihoods for multiple-choice items."""
        from medqa.evaluation.loglik import ScoreRequest

        self.items_scored += len(items)
        return self.scorer.score([ScoreRequest(i.context, i.continuations) for i in items])

    def generate(self, conversations: list[list[dict]], max_new_tokens: int) -> list[str]:
        """Greedy replies to chat conversations (left-padded batch through the chat template)."""
        import torch

        self.items_generated += len(conversations)
        tok = self.tokenizer
        texts = [tok.apply_chat_template(c, tokenize=False, add_generation_prompt=True) for c in conversations]
        side = tok.padding_side
        tok.padding_side = "left"
        try:
            batch = tok(texts, return_tensors="pt", padding=True, add_special_tokens=False).to(self.scorer.device)
        finally:
            tok.padding_side = side
        pad = tok.pad_token_id if tok.pad_token_id is not None else tok.eos_token_id
        with torch.no_grad():
            out = self.model.generate(**batch, max_new_tokens=max_new_tokens, do_sample=False, pad_token_id=pad)
        return [tok.decode(row[batch["input_ids"].shape[1]:], skip_special_tokens=True).strip() for row in out]


def make_backend(config: EvalConfig):
    """The local model or the OpenAI-compatible endpoint the config names."""
    if config.endpoint:
        from medqa.evaluation.endpoint import EndpointBackend

        return EndpointBackend(config)
    return LocalBackend(config)


# ---------------------------------------------------------------------------------------------
# Which model an output directory holds results of


def run_identity(config: EvalConfig, model_files: str | None = None, adapter_files: str | None = None) -> dict:
    """What a run's results are results of: the endpoint, or the model and adapter (by file content when local)."""
    if config.endpoint:
        return {"endpoint": config.endpoint, "endpoint_model": config.endpoint_model}
    model = Path(config.model).expanduser()
    if model_files is None and model.is_dir():
        model_files = directory_fingerprint(model)
    if adapter_files is None and config.adapter:
        adapter_files = directory_fingerprint(config.adapter)
    return {"model": str(config.model), "model_files": model_files,
            "adapter": config.adapter, "adapter_files": adapter_files}


def _stored_identity(results: dict) -> dict:
    """The identity recorded in results.json; for files written before it was recorded, rebuilt from 'model'."""
    if isinstance(results.get("identity"), dict):
        return results["identity"]
    described = results.get("model") if isinstance(results.get("model"), dict) else {}
    if "endpoint" in described:
        return {"endpoint": described.get("endpoint")}
    return {"model": described.get("model"), "adapter": results.get("adapter")}


def _same_path(a, b) -> bool:
    if a is None or b is None:
        return a is b
    return os.path.abspath(os.path.expanduser(str(a))) == os.path.abspath(os.path.expanduser(str(b)))


def _differs(stored: dict, current: dict) -> str | None:
    """Why `stored` and `current` are results of different models (None when they are the same)."""
    if "endpoint" in stored or "endpoint" in current:
        same = stored.get("endpoint") == current.get("endpoint") and (
            "endpoint_model" not in stored or stored.get("endpoint_model") == current.get("endpoint_model"))
        return None if same else "another endpoint or endpoint model"
    for name in ("model", "adapter"):
        files = f"{name}_files"
        if stored.get(files) and current.get(files):  # content decides: a copied directory is the same model
            if stored[files] != current[files]:
                if _same_path(stored.get(name), current.get(name)):
                    return f"the {name} files in {current.get(name)} have changed since"
                return f"another {name}"
        elif not _same_path(stored.get(name), current.get(name)):
            return f"another {name}"
    return None


def _describe(identity: dict) -> str:
    if identity.get("endpoint"):
        model = f" (model {identity['endpoint_model']})" if identity.get("endpoint_model") else ""
        return f"endpoint {identity['endpoint']}{model}"
    text = f"model {identity.get('model')}"
    return text + (f" with adapter {identity['adapter']}" if identity.get("adapter") else " without adapter")


def check_out_holds_same_model(config: EvalConfig, out: Path) -> None:
    """Refuse an --out whose results.json is of another model or adapter: a rerun would replace those results."""
    try:
        stored = json.loads((out / "results.json").read_text(encoding="utf-8"))
    except (OSError, ValueError, UnicodeDecodeError):
        return  # no finished results to lose (an unreadable results.json is regenerated, as before)
    if not isinstance(stored, dict):
        return
    previous = _stored_identity(stored)
    reason = _differs(previous, run_identity(config))
    if reason:
        raise UserError(f"--out {out} holds results for {_describe(previous)} ({reason}); evaluating "
                        f"{_describe(run_identity(config))} there would replace them: choose another --out")


def check_out_writable(out: Path) -> None:
    """A UserError now, not after minutes of model loading, when nothing can be written into --out."""
    check_writable_dir(out, f"--out {out}")


# ---------------------------------------------------------------------------------------------
# Per-item cache


def _item_key(task: str, content, fingerprint: str) -> str:
    blob = json.dumps([SCORING_VERSION, task, content, fingerprint], ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(blob.encode()).hexdigest()


def read_cache(path: Path) -> dict[str, dict]:
    """Finished items by key; a torn last line (the run was killed mid-write) is ignored."""
    done = {}
    if not path.exists():
        return done
    for line in path.read_bytes().split(b"\n"):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            done[row["key"]] = row["record"]
        except (json.JSONDecodeError, KeyError, TypeError, UnicodeDecodeError):
            continue
    return done


class ItemCache:
    """Append-only JSONL of finished items, flushed and fsynced per chunk."""

    def __init__(self, path: Path):
        self.path = path
        self.done = read_cache(path)
        # Start on a fresh line in case the previous run died mid-line.
        if path.exists() and path.stat().st_size and not path.read_bytes().endswith(b"\n"):
            with open(path, "ab") as handle:
                handle.write(b"\n")

    def add(self, rows: list[tuple[str, dict]]) -> None:
        """Record finished items."""
        with open(self.path, "a", encoding="utf-8") as handle:
            for key, record in rows:
                handle.write(json.dumps({"key": key, "record": record}, ensure_ascii=False) + "\n")
                self.done[key] = record
            handle.flush()
            os.fsync(handle.fileno())


# ---------------------------------------------------------------------------------------------
# Task runners: each returns the per-item records of one task


def _mc_record(item, scores) -> dict:
    import numpy as np

    lls = np.asarray(scores.logliks, dtype=float)
    lengths = np.asarray([float(len(c)) for c in item.choices])
    pred, pred_norm = int(np.argmax(lls)), int(np.argmax(lls / lengths))
    probs = stats.softmax(lls)
    return {
        "id": item.id, "subject": item.subject, "gold": item.gold, "choices": item.choices,
        "logliks": [float(x) for x in lls], "is_greedy": list(scores.is_greedy),
        "pred": pred, "pred_norm": pred_norm, "acc": float(pred == item.gold), "acc_norm": float(pred_norm == item.gold),
        "confidence": float(probs.max()), "prob_gold": float(probs[item.gold]),
    }


def _chunks(seq, size):
    for start in range(0, len(seq), size):
        yield seq[start : start + size]


def _run_items(task, items, contents, compute, cache, fingerprint, chunk_size, progress, on_progress):
    """Compute the records of items not in the cache, chunk by chunk, caching each chunk as it finishes."""
    keys = [_item_key(task, c, fingerprint) for c in contents]
    todo = [(k, i) for k, i in zip(keys, items) if k not in cache.done]
    if progress is not None:
        progress.update(len(items) - len(todo))
    for chunk in _chunks(todo, chunk_size):
        records = compute([i for _, i in chunk])
        cache.add([(k, r) for (k, _), r in zip(chunk, records)])
        if progress is not None:
            progress.update(len(chunk))
        if on_progress is not None:
            on_progress(task, len(chunk))
    return [cache.done[k] for k in keys]


def _task_plan(config: EvalConfig):
    """(task, items, contents, source record) for every requested task, loaded before any model work."""
    plan = []
    for task in config.tasks:
        if task in MC_TASKS:
            items, source = load_task_items(task, config.data.get(task), config.limit)
            contents = [[i.id, i.context, i.choices, i.gold] for i in items]
        elif task == "patient_faq":
            path = config.data.get(task)
            items = gen.load_faq_items(path, config.limit)
            contents = [[i.id, i.question, i.reference, i.gold_passage_id, config.top_k, config.max_new_tokens] for i in items]
            source = {"source": str(path or gen.GROUNDED_TEST), "items": len(items),
                      "file_sha256": hashlib.sha256(Path(path or gen.GROUNDED_TEST).read_bytes()).hexdigest()}
        else:  # safety
            directory = Path(config.data.get(task) or gen.SAFETY_DIR)
            items = gen.load_safety_items(directory, config.limit)
            contents = [[i.id, i.kind, i.text, i.expected] for i in items]
            source = {"source": str(directory), "items": len(items), "file_sha256": {
                name: hashlib.sha256((directory / name).read_bytes()).hexdigest() for name in ("triage.jsonl", "scope.jsonl")
            }}
        plan.append((task, items, contents, source))
    return plan


def _faq_compute(backend, config):
    def compute(items):
        prompts = [gen.faq_prompt(i, config.top_k) for i in items]
        to_generate = [n for n, (_, _, d) in enumerate(prompts) if not d.block_generation]
        replies = backend.generate([prompts[n][0] for n in to_generate], config.max_new_tokens) if to_generate else []
        raw = {n: r for n, r in zip(to_generate, replies)}
        records = []
        from medqa.safety.pipeline import SafetyPipeline

        for n, (item, (messages, retrieved, decision)) in enumerate(zip(items, prompts)):
            if decision.block_generation:
                answer = final = decision.response or ""
            else:
                answer = raw[n]
                final = SafetyPipeline(locale=item.language).finalize(answer, decision.report)
            records.append(gen.score_faq(item, answer, final, retrieved, decision))
        return records

    return compute


def _safety_compute(backend):
    def compute(items):
        checker = getattr(backend, "check_safety", None)
        return [checker(i) if checker else gen.check_safety(i) for i in items]

    return compute


def run_evaluation(config: EvalConfig, backend=None, on_progress=None, *, replace: bool = False) -> dict:
    """Evaluate, resuming from the cache in `config.out`; writes results.json, samples.jsonl, report.html.

    An --out holding results of another model or adapter is refused unless `replace` is true.
    """
    from tqdm.auto import tqdm

    from medqa.evaluation.metrics import task_metrics
    from medqa.evaluation.report import write_report

    config.validate()
    out = Path(config.out)
    if out.exists() and not out.is_dir():
        raise UserError(f"--out {out} is a file; give a directory")
    plan = _task_plan(config)  # data errors surface before the (slow) model load
    if not replace:
        check_out_holds_same_model(config, out)
    check_out_writable(out)
    backend = backend or make_backend(config)
    cache = ItemCache(out / CACHE_FILE)
    started = time.time()
    total = sum(len(items) for _, items, _, _ in plan)
    progress = tqdm(total=total, desc="medqa eval", unit="item", disable=not config.progress)
    per_task, sources, samples = {}, {}, []
    try:
        for task, items, contents, source in plan:
            progress.set_postfix_str(task)
            if task in MC_TASKS:
                compute = lambda chunk: [_mc_record(i, s) for i, s in zip(chunk, backend.score(chunk))]
                chunk_size = max(1, 4 * config.batch_size)
            elif task == "patient_faq":
                compute, chunk_size = _faq_compute(backend, config), config.batch_size
            else:
                compute, chunk_size = _safety_compute(backend), 64
            records = _run_items(task, items, contents, compute, cache, backend.fingerprint, chunk_size, progress, on_progress)
            per_task[task] = task_metrics(task, records, config.resamples, config.seed)
            sources[task] = source
            samples += [{"task": task, **r} for r in records]
    finally:
        progress.close()
    config_record = {k: v for k, v in asdict(config).items() if k not in ("api_key", "progress")}
    results = {
        "created": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "model": backend.description,
        "model_fingerprint": backend.fingerprint,
        "identity": getattr(backend, "identity", None) or run_identity(config),
        "adapter": config.adapter,
        "data": sources,
        "code": code_version(),
        "scoring_version": SCORING_VERSION,
        "config": config_record,
        "tasks": per_task,
        "seconds": round(time.time() - started, 3),
    }
    write_json_atomic(results, out / "results.json")
    from medqa.data import write_jsonl_atomic

    write_jsonl_atomic(samples, out / "samples.jsonl")
    write_report(results, out / "report.html")
    return results


def write_json_atomic(obj, path) -> Path:
    """Write JSON (NaN-free, numpy-safe) via a temp file and rename."""
    text = json.dumps(clean_json(obj), indent=2, ensure_ascii=False, allow_nan=False, default=_json_default) + "\n"
    return write_text_atomic(text, path)


def clean_json(value):
    """A copy with NaN/inf floats as None, so results.json stays strict JSON."""
    import math

    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {k: clean_json(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [clean_json(v) for v in value]
    return value


def _json_default(value):
    if hasattr(value, "tolist"):
        return value.tolist()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")
