"""`medqa triage` and `medqa redact`: JSONL in (file or stdin), JSONL out (file or stdout), all-or-nothing.

Every line is read and processed before anything is written: a malformed line stops the run with its
line number (exit 2) and an output file is written to a temporary file and renamed only on success,
so a failed run never leaves a partial or corrupted output.
"""

import json
import os
import sys

from moe_core.errors import UserError
from moe_core.jsonl import check_writable_dir, parse_jsonl_lines, write_text_atomic
from medqa.chinese_script import question_script, to_script
from medqa.safety.locales import resolve_locale
from medqa.safety.phi import redact_user_text
from medqa.safety.triage import RedFlagTriage, emergency_response, user_texts


def read_input_lines(path: str) -> list[str]:
    """The lines of a UTF-8 input file (or stdin for "-"); a missing file, a directory or bad UTF-8 is a UserError."""
    if path == "-":
        return sys.stdin.read().splitlines()
    if os.path.isdir(path):
        raise UserError(f"input {path} is a directory; give a JSONL file")
    if not os.path.isfile(path):
        raise UserError(f"input file not found: {path}")
    try:
        with open(path, encoding="utf-8") as f:
            return f.read().splitlines()
    except UnicodeDecodeError as exc:
        raise UserError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None


def _records(path: str, field: str, conversations: bool = False) -> list[dict]:
    """Parse every JSONL line; blank lines are skipped; errors name the line number.

    With `conversations`, a line without `field` may hold a conversation instead: `turns` (a list of the user's
    messages) or `messages` (chat-completions style {"role", "content"} dicts)."""
    name = "stdin" if path == "-" else path
    records = []
    for lineno, record in parse_jsonl_lines(read_input_lines(path), name):
        if field not in record and conversations and ("turns" in record or "messages" in record):
            key = "turns" if "turns" in record else "messages"
            if not isinstance(record[key], list) or not user_texts(record[key]):
                raise UserError(f"{name}:{lineno}: field {key!r} must be a list holding at least one user message")
            records.append(record)
            continue
        if field not in record:
            extra = " (or 'turns' / 'messages' for a conversation)" if conversations else ""
            raise UserError(f"{name}:{lineno}: missing field {field!r}{extra}")
        if not isinstance(record[field], str):
            raise UserError(f"{name}:{lineno}: field {field!r} must be a string")
        records.append(record)
    return records


def check_out(out: str, inputs: str) -> None:
    """A UserError, before any work, for an --out that is the input, a directory, or in a missing or unwritable place."""
    if out == "-":
        return
    out_path = os.path.abspath(out)
    if inputs != "-" and os.path.exists(inputs) and os.path.abspath(inputs) == out_path:
        raise UserError(f"--out {out} is the input file; write to a different file")
    if os.path.isdir(out_path):
        raise UserError(f"--out {out} is a directory; give a file path such as {os.path.join(out, 'out.jsonl')}")
    directory = os.path.dirname(out_path)
    if not os.path.isdir(directory):
        raise UserError(f"output directory does not exist: {directory}")
    check_writable_dir(directory, f"--out {out}")


def _write(out: str, records: list[dict], inputs: str) -> None:
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    if out == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    check_out(out, inputs)  # again: the place may have changed while the input was processed
    try:
        write_text_atomic(text, os.path.abspath(out))
    except OSError as exc:
        raise UserError(f"--out {out}: cannot write it ({exc.strerror or exc})") from None


def run_triage_command(args) -> int:
    """Add `urgent`, `level`, `rules` (and `response` when urgent) to every JSONL record."""
    info = resolve_locale(getattr(args, "locale", "en") or "en", getattr(args, "emergency_number", None))
    check_out(args.out, args.input)
    records = _records(args.input, args.field, conversations=True)
    triage = RedFlagTriage()
    for record in records:
        if args.field in record:
            result, text = triage.assess(record[args.field]), record[args.field]
        else:  # a conversation: every user turn, and the whole conversation read as one message
            turns = user_texts(record["turns"] if "turns" in record else record["messages"])
            result, text = triage.assess_conversation(turns), turns[-1]
        record.update(urgent=result.urgent, level=result.level, rules=result.rules)
        # A Chinese response in the script the message was written in (Traditional for 胸口好痛，透唔到氣).
        record["response"] = to_script(emergency_response(result, info), question_script(text), info.region)
    _write(args.out, records, args.input)
    return 0


def run_redact_command(args) -> int:
    """Add `redacted` text and `entities` spans (offsets into the original text, kind, token) to every record."""
    check_out(args.out, args.input)
    records = _records(args.input, args.field)
    for record in records:
        result = redact_user_text(record[args.field])
        record.update(redacted=result.text, entities=[s.to_dict() for s in result.spans])
    _write(args.out, records, args.input)
    return 0
