"""Build the embedded default: the project tokenizer and a tiny Qwen3-MoE seed model.

The tokenizer is a byte-level BPE trained on the project's own bundled text (the patient-service
knowledge base and its questions, English and Simplified Chinese). The model is the `qwen3_moe` tiny
preset sized to that vocabulary. Both land in one `save_pretrained` directory with a manifest of
what they were built from, so a rerun with the same inputs reuses the directory instead of
rebuilding it.
"""

import hashlib
import json
import os
import shutil
from importlib import metadata
from pathlib import Path

from moe_core.errors import UserError

ASSETS = Path(__file__).parent / "assets"
SEED_FAMILY = "qwen3_moe"
MANIFEST = "seed_manifest.json"


def corpus_files() -> list[Path]:
    """The bundled text files the tokenizer is trained on, in a stable order."""
    return sorted(p for p in ASSETS.rglob("*.jsonl") if p.is_file())


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


def corpus_texts(files: list[Path]) -> list[str]:
    """Every string field of every bundled JSONL row (passages, questions, answers, chat turns)."""
    texts = []
    for path in files:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            try:
                texts.extend(t for t in _strings(json.loads(line)) if len(t) > 1)
            except json.JSONDecodeError as exc:
                raise UserError(f"{path}, line {number}: not valid JSON ({exc.msg})") from None
    return texts


def _fingerprint(files: list[Path], vocab_size: int, seed: int) -> str:
    digest = hashlib.sha256(f"{SEED_FAMILY}|{vocab_size}|{seed}".encode())
    for path in files:
        digest.update(path.name.encode())
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "unknown"


def build_seed(out_dir, vocab_size: int = 8000, seed: int = 0, *, force: bool = False) -> Path:
    """Train the tokenizer, build the tiny Qwen3-MoE seed, and save both (reused if inputs are unchanged)."""
    from moe_core.presets import build_tiny_preset
    from moe_core.tokenizer import train_chatml_tokenizer

    out = Path(out_dir)
    files = corpus_files()
    if not files:
        raise UserError(f"no bundled corpus found under {ASSETS}; is the package installed completely?")
    fingerprint = _fingerprint(files, vocab_size, seed)
    manifest_path = out / MANIFEST
    if not force and manifest_path.exists():
        try:
            if json.loads(manifest_path.read_text())["fingerprint"] == fingerprint:
                return out
        except (json.JSONDecodeError, KeyError):
            pass  # an unreadable manifest means an unknown directory: rebuild it
    if out.exists() and any(out.iterdir()) and not manifest_path.exists():
        raise UserError(f"{out} exists and is not a seed directory built by medqa; choose another --out")

    texts = corpus_texts(files)
    tokenizer = train_chatml_tokenizer(texts, vocab_size=vocab_size)
    # Build next to the target and rename, so an interrupted build never leaves a half-written seed.
    tmp = out.with_name(f".{out.name}.tmp-{os.getpid()}")
    shutil.rmtree(tmp, ignore_errors=True)
    build_tiny_preset(SEED_FAMILY, tmp, tokenizer=tokenizer, seed=seed)
    manifest = {
        "fingerprint": fingerprint,
        "family": SEED_FAMILY,
        "vocab_size": len(tokenizer),
        "seed": seed,
        "corpus": [
            {"file": str(p.relative_to(ASSETS)), "sha256": hashlib.sha256(p.read_bytes()).hexdigest()} for p in files
        ],
        "corpus_texts": len(texts),
        "versions": {name: _version(name) for name in ("medqa-moe", "torch", "transformers", "tokenizers")},
    }
    (tmp / MANIFEST).write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n")
    if out.exists():
        shutil.rmtree(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    os.replace(tmp, out)
    return out


def run_build_seed_command(args) -> int:
    """`medqa build-seed`: build the embedded default and print where it went."""
    path = build_seed(args.out, vocab_size=args.vocab_size, seed=args.seed)
    print(f"seed model and tokenizer: {path}")
    return 0
