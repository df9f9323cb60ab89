"""Strict JSON Lines reading and atomic writing of files and directories, shared by every loader and command.

Errors name the file and line (`path:LINE: ...`) so a person can open the file at the problem, and
writers go through a temp file (or directory) and a rename so a failure never leaves a partial or
corrupted result.
"""

import json
import math
import os
import secrets
import shutil
import tempfile
from collections.abc import Callable
from collections.abc import Iterable, Iterator
from pathlib import Path

from moe_core.errors import UserError


def parse_jsonl_lines(lines: Iterable[bytes | str], name: str) -> Iterator[tuple[int, dict]]:
    """Yield (line_number, object) for each non-blank line; bad UTF-8, bad JSON or a non-object is a UserError."""
    for number, raw in enumerate(lines, start=1):
        if isinstance(raw, bytes):
            try:
                raw = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise UserError(f"{name}:{number}: not valid UTF-8 ({exc.reason} at byte {exc.start}); "
                                "save the file as UTF-8") from None
        if number == 1:
            raw = raw.removeprefix("\ufeff")
        if not raw.strip():
            continue
        try:
            record = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise UserError(f"{name}:{number}: not valid JSON ({exc.msg.removesuffix(' at')} at column {exc.colno}; truncated line?)") from None
        if not isinstance(record, dict):
            raise UserError(f"{name}:{number}: expected a JSON object, got {type(record).__name__}")
        yield number, record


def read_utf8_text(path, what: str) -> str:
    """The text of a UTF-8 file; unreadable or non-UTF-8 bytes are a UserError naming `what` (e.g. "config file")."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise UserError(f"{path}: cannot read the {what} ({exc.strerror or exc})") from None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        # Windows Notepad and PowerShell `>` write UTF-16 with a byte-order mark.
        kind = " (it looks like UTF-16)" if raw[:2] in (b"\xff\xfe", b"\xfe\xff") else ""
        line = raw[: exc.start].count(b"\n") + 1
        raise UserError(f"{path}: the {what} is not valid UTF-8 text{kind}: byte {raw[exc.start]:#04x} on line "
                        f"{line}; save it as UTF-8") from None


def check_writable_dir(directory, what: str) -> None:
    """A UserError now, before any work, when nothing can be written in `directory` (or its nearest existing parent)."""
    existing = Path(directory).absolute()
    while not existing.exists():  # a directory the command will create: its nearest existing parent decides
        existing = existing.parent
    if not existing.is_dir():
        raise UserError(f"{what}: {existing} is a file, not a directory")
    try:
        with tempfile.TemporaryFile(dir=existing):
            pass
    except OSError as exc:
        raise UserError(f"{what}: cannot write in {existing} ({exc.strerror or exc})") from None


def read_jsonl(path) -> Iterator[tuple[int, dict]]:
    """Yield (line_number, object) for each non-blank line of a UTF-8 JSONL file."""
    path = Path(path)
    if not path.is_file():
        raise UserError(f"{path}: file not found")
    return parse_jsonl_lines(path.read_bytes().split(b"\n"), str(path))


def write_text_atomic(text: str, path) -> Path:
    """Write text via a temp file in the same directory and a rename."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def write_jsonl_atomic(rows: Iterable[dict], path) -> Path:
    """Write dict rows as strict JSONL atomically (see `plain_json`; the old file stays intact if anything fails)."""
    lines = (json.dumps(plain_json(row), ensure_ascii=False, allow_nan=False) + "\n" for row in rows)
    return write_text_atomic("".join(lines), path)


def plain_json(value):
    """A copy that is strict JSON: NaN/inf floats become None, numpy/torch values their Python equivalents."""
    if hasattr(value, "tolist") and not isinstance(value, (str, bytes)):
        value = value.tolist()  # numpy arrays and scalars, torch tensors
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {key: plain_json(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain_json(item) for item in value]
    return value


def write_json_atomic(obj, path) -> Path:
    """Write one JSON document atomically (strict JSON: NaN/inf as null, numpy values as plain numbers)."""
    return write_text_atomic(json.dumps(plain_json(obj), indent=2, ensure_ascii=False, allow_nan=False) + "\n", path)


def write_dir_atomic(out_dir, write: Callable[[Path], None], replace: bool = True) -> Path:
    """Run `write(tmp)` on a fresh sibling directory, then rename it to `out_dir`: nothing half-written is ever seen.

    An existing `out_dir` is replaced only once `write` has succeeded (`replace=False` refuses a non-empty one;
    an empty one is always taken over). A failure removes the temp directory and leaves `out_dir` as it was.
    """
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise UserError(f"output path {out} exists and is not a directory")
    out.parent.mkdir(parents=True, exist_ok=True)
    # mkdir (not mkdtemp, which makes it 0700) so the published directory has the usual permissions.
    tmp = out.with_name(f".{out.name}.tmp-{os.getpid()}-{secrets.token_hex(4)}")
    tmp.mkdir()
    try:
        write(tmp)
        if out.is_dir() and not any(out.iterdir()):
            out.rmdir()  # an empty directory (e.g. one the user just made) holds nothing to keep
        if out.exists():
            if not replace:
                raise UserError(f"{out} is not empty; refusing to overwrite it (choose a new directory)")
            old = out.with_name(f".{out.name}.old-{os.getpid()}-{secrets.token_hex(4)}")
            os.replace(out, old)
            os.replace(tmp, out)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(tmp, out)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    return out
