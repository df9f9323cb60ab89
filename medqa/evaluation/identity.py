"""Which model a run's results are results of: file fingerprints, code version, and the identity check of --out."""

import hashlib
import json
import os
import subprocess
from importlib import metadata
from pathlib import Path

from moe_core.errors import UserError

_FULL_HASH_LIMIT = 512 * 1024 * 1024


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


def run_identity(config, model_files: str | None = None, adapter_files: str | None = None) -> dict:
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


def check_out_holds_same_model(config, out: Path) -> None:
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
