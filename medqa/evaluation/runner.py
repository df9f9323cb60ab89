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
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from medqa.evaluation import stats
from medqa.evaluation.identity import check_out_holds_same_model, code_version, run_identity
from medqa.evaluation.report import write_report
from medqa.evaluation.tasks import get_task
from moe_core.errors import UserError
from moe_core.jsonl import check_writable_dir, write_json_atomic, write_jsonl_atomic

# Part of every cache key; bump when a change alters multiple-choice results. The pipeline tasks carry
# their own version in their item contents, so a change there does not throw away multiple-choice caches.
SCORING_VERSION = "mc-lm-eval-0.4-v1|faq-v1|safety-v1"
CACHE_FILE = "cache.jsonl"


@dataclass
class EvalRunConfig:
    """Everything that decides what a `medqa eval` run computes (not the training-time `moe_core.config.EvalConfig`)."""

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
        for name in self.tasks:
            get_task(name)  # unknown names and bad task files are one clear line each



def make_backend(config: EvalRunConfig):
    """The local model or the OpenAI-compatible endpoint the config names."""
    if config.endpoint:
        from medqa.evaluation.endpoint import EndpointBackend

        return EndpointBackend(config)
    from medqa.evaluation.local import LocalBackend

    return LocalBackend(config)


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
# Running tasks


def _chunks(seq, size):
    for start in range(0, len(seq), size):
        yield seq[start : start + size]


def _run_items(task, data, backend, config, cache, progress, on_progress):
    """Compute the records of items not in the cache, chunk by chunk, caching each chunk as it finishes."""
    keys = [_item_key(task.name, c, backend.fingerprint) for c in data.contents]
    todo = [(k, i) for k, i in zip(keys, data.items) if k not in cache.done]
    if progress is not None:
        progress.update(len(data.items) - len(todo))
    for chunk in _chunks(todo, task.chunk_size(config)):
        records = task.compute([i for _, i in chunk], backend, config)
        cache.add([(k, r) for (k, _), r in zip(chunk, records)])
        if progress is not None:
            progress.update(len(chunk))
        if on_progress is not None:
            on_progress(task.name, len(chunk))
    return [cache.done[k] for k in keys]


def run_evaluation(config: EvalRunConfig, backend=None, on_progress=None, *, replace: bool = False) -> dict:
    """Evaluate, resuming from the cache in `config.out`; writes results.json, samples.jsonl, report.html.

    An --out holding results of another model or adapter is refused unless `replace` is true.
    """
    from tqdm.auto import tqdm

    config.validate()
    out = Path(config.out)
    if out.exists() and not out.is_dir():
        raise UserError(f"--out {out} is a file; give a directory")
    tasks = [get_task(name) for name in config.tasks]
    # Data errors surface before the (slow) model load.
    plan = [(task, task.load(config.data.get(task.name), config.limit, config)) for task in tasks]
    if not replace:
        check_out_holds_same_model(config, out)
    check_out_writable(out)
    backend = backend or make_backend(config)
    out.mkdir(parents=True, exist_ok=True)
    cache = ItemCache(out / CACHE_FILE)
    started = time.time()
    total = sum(len(data.items) for _, data in plan)
    progress = tqdm(total=total, desc="medqa eval", unit="item", disable=not config.progress)
    per_task, sources, samples = {}, {}, []
    try:
        for task, data in plan:
            progress.set_postfix_str(task.name)
            records = _run_items(task, data, backend, config, cache, progress, on_progress)
            per_task[task.name] = task.metrics(records, config.resamples, config.seed)
            sources[task.name] = data.source
            samples += [{"task": task.name, **r} for r in records]
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
    write_json_atomic(results, out / "results.json")  # both write strict JSON (NaN as null)
    write_jsonl_atomic(samples, out / "samples.jsonl")
    write_report(results, out / "report.html")
    return results
