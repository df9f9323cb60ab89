"""Build the embedded default: the project tokenizer and a tiny Qwen3-MoE seed model.

The tokenizer is a byte-level BPE trained on the project's own bundled text (the patient-service
knowledge base and its questions, English and Simplified Chinese). The model is the `qwen3_moe` tiny
preset sized to that vocabulary. Both land in one `save_pretrained` directory with a manifest of
what they were built from, so a rerun with the same inputs reuses the directory instead of
rebuilding it.

The project also ships that seed pre-trained on the same corpus (`medqa/assets/seed`, reproduced by
`scripts/pretrain_seed.py`), so the quickstart starts from a model that already writes sentences.
It is used only while its manifest matches the current corpus; after the knowledge base changes,
the build falls back to a randomly initialised seed and says how to refresh the pre-trained one.
"""

import hashlib
import json
import shutil
import sys
from importlib import metadata
from pathlib import Path

from moe_core.errors import UserError
from moe_core.jsonl import check_writable_dir, write_dir_atomic

ASSETS = Path(__file__).parent / "assets"
PRETRAINED_DIR = ASSETS / "seed"
SEED_FAMILY = "qwen3_moe"
MANIFEST = "seed_manifest.json"
DEFAULT_VOCAB = 8000
# The seed's shape on top of the qwen3_moe tiny preset: big enough (8M parameters, 5.7M active) to learn
# the bundled knowledge base by heart, small enough to fine-tune and serve on two CPU cores.
SEED_SHAPE = dict(hidden_size=256, num_hidden_layers=4, head_dim=64, moe_intermediate_size=128)


# What the tokenizer and the shipped seed are built from. Listed, not globbed: a new evaluation set added
# under assets/ (the out-of-scope questions) must neither leak into the seed nor change its fingerprint.
CORPUS_GLOBS = ("kb/*.jsonl", "grounded/train.jsonl", "grounded/validation.jsonl", "grounded/test.jsonl",
                "mcq/*.jsonl", "safety_eval/*.jsonl")


def corpus_files() -> list[Path]:
    """The bundled text files the tokenizer is trained on, in a stable order."""
    return sorted({p for pattern in CORPUS_GLOBS for p in ASSETS.glob(pattern) if p.is_file()})


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
    shape = json.dumps(SEED_SHAPE, sort_keys=True)
    digest = hashlib.sha256(f"{SEED_FAMILY}|{shape}|{vocab_size}|{seed}".encode())
    for path in files:
        digest.update(path.name.encode())
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def corpus_fingerprint(vocab_size: int = DEFAULT_VOCAB, seed: int = 0) -> str:
    """The fingerprint a seed built now from the bundled corpus would carry."""
    return _fingerprint(corpus_files(), vocab_size, seed)


def _read_manifest(directory: Path) -> dict | None:
    try:
        return json.loads((directory / MANIFEST).read_text())
    except (OSError, json.JSONDecodeError):
        return None


def pretrained_seed(vocab_size: int = DEFAULT_VOCAB, seed: int = 0) -> Path | None:
    """The shipped pre-trained seed if it was built from the current corpus with these settings, else None."""
    manifest = _read_manifest(PRETRAINED_DIR)
    if manifest is None or "pretrained" not in manifest:
        return None
    if manifest.get("fingerprint") != corpus_fingerprint(vocab_size, seed):
        if (vocab_size, seed) != (DEFAULT_VOCAB, 0):
            return None  # other settings than the shipped seed's: nothing stale to report
        print(f"note: the shipped pre-trained seed in {PRETRAINED_DIR} was built from another corpus; using a "
              "randomly initialised seed (refresh it with: python3 scripts/pretrain_seed.py)", file=sys.stderr)
        return None
    return PRETRAINED_DIR


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "unknown"


def build_seed(out_dir, vocab_size: int = DEFAULT_VOCAB, seed: int = 0, *, force: bool = False,
               use_pretrained: bool = True) -> Path:
    """Put the seed (shipped pre-trained one, or tokenizer + random init) in out_dir; reused if unchanged."""
    out = Path(out_dir)
    files = corpus_files()
    if not files:
        raise UserError(f"no bundled corpus found under {ASSETS}; is the package installed completely?")
    fingerprint = _fingerprint(files, vocab_size, seed)
    shipped = pretrained_seed(vocab_size, seed) if use_pretrained else None
    existing = _read_manifest(out)
    if not force and existing is not None and existing.get("fingerprint") == fingerprint \
            and ("pretrained" in existing) == (shipped is not None):
        return out
    if out.exists() and not out.is_dir():
        raise UserError(f"{out} exists and is a file, not a seed directory; choose another --out")
    if out.exists() and any(out.iterdir()) and existing is None:
        raise UserError(f"{out} exists and is not a seed directory built by medqa; choose another --out")
    check_writable_dir(out.parent, f"--out {out}")  # now, not after training a tokenizer

    # Build next to the target and rename, so an interrupted build never leaves a half-written seed.
    write_dir_atomic(out, lambda tmp: _write_seed(tmp, shipped, files, vocab_size, seed, fingerprint))
    return out


def _write_seed(tmp: Path, shipped: Path | None, files: list[Path], vocab_size: int, seed: int,
                fingerprint: str) -> None:
    """Fill the empty directory `tmp` with the seed: the shipped pre-trained copy, or a freshly built one."""
    from moe_core.presets import build_tiny_preset
    from moe_core.tokenizer import train_chatml_tokenizer

    if shipped is not None:
        shutil.copytree(shipped, tmp, dirs_exist_ok=True)
    else:
        texts = corpus_texts(files)
        tokenizer = train_chatml_tokenizer(texts, vocab_size=vocab_size)
        build_tiny_preset(SEED_FAMILY, tmp, tokenizer=tokenizer, seed=seed, **SEED_SHAPE)
        manifest = {
            "fingerprint": fingerprint,
            "family": SEED_FAMILY,
            "shape": SEED_SHAPE,
            "vocab_size": len(tokenizer),
            "seed": seed,
            "corpus": [
                {"file": str(p.relative_to(ASSETS)), "sha256": hashlib.sha256(p.read_bytes()).hexdigest()}
                for p in files
            ],
            "corpus_texts": len(texts),
            "versions": {name: _version(name) for name in ("medqa-moe", "torch", "transformers", "tokenizers")},
        }
        (tmp / MANIFEST).write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n")


def run_build_seed_command(args) -> int:
    """`medqa build-seed`: build the embedded default and print where it went."""
    if not args.random and (args.vocab_size, args.seed) != (DEFAULT_VOCAB, 0):
        # The shipped weights fit only the default tokenizer and init seed; say so instead of a silent switch.
        changed = ", ".join(f"{flag} {value}" for flag, value, default in (
            ("--vocab-size", args.vocab_size, DEFAULT_VOCAB), ("--seed", args.seed, 0)) if value != default)
        print(f"note: {changed} (not the default): the shipped pre-trained weights do not apply; building an "
              f"untrained, randomly initialised model", file=sys.stderr)
    path = build_seed(args.out, vocab_size=args.vocab_size, seed=args.seed, use_pretrained=not args.random)
    kind = "pre-trained" if "pretrained" in (_read_manifest(path) or {}) else "randomly initialised"
    print(f"seed model and tokenizer ({kind}): {path}")
    return 0
