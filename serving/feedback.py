"""Thumbs-up/down feedback on chat answers, stored without PHI.

Every stored line is one JSON object: time, request id, rating, the redacted question, a redacted excerpt of
the answer and the cited passage ids. Text goes through `medqa.safety.phi.redact_user_text` (rules and learned tagger) *before* it is cut to
length, so a cut never leaves half a phone number behind. The log is append-only: each line is written
with a single `os.write` on an `O_APPEND` descriptor under an exclusive `flock` (concurrent writers,
threads or processes, cannot interleave inside a line), and a torn last line left by a crash is closed
with a newline first so it can never swallow the next record. Without a log path, feedback is only counted in memory.
"""

import json
import os
import threading

try:
    import fcntl  # POSIX: serialises the torn-line check + write across processes
except ImportError:  # pragma: no cover - Windows: the in-process lock still applies
    fcntl = None
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path

from medqa.safety.phi import redact, redact_user_text
from moe_core.errors import UserError

RATINGS = ("up", "down")
MAX_QUESTION_CHARS = 2000
MAX_ANSWER_EXCERPT_CHARS = 500
MAX_CITATIONS = 20
MAX_REQUEST_ID_CHARS = 128


def redacted_excerpt(text: str, limit: int, *, written: bool = True) -> str:
    """The text with PHI replaced by [KIND] tokens, then cut to at most `limit` characters.

    Written text (question, answer) also goes through the learned tagger; identifiers (request and passage ids) get
    the rules alone, which keep a request id's hex digits linkable where the tagger would read them as an ID."""
    text = text if isinstance(text, str) else str(text or "")
    clean = (redact_user_text(text) if written else redact(text)).text
    return clean if len(clean) <= limit else clean[: limit - 1] + "…"


def normalize_rating(rating) -> str:
    """Map a rating (up/down, like/dislike, True/False) to "up" or "down"; UserError for anything else."""
    if rating is True:
        return "up"
    if rating is False:
        return "down"
    value = str(rating).strip().lower() if isinstance(rating, str) else None
    aliases = {"up": "up", "like": "up", "thumbs_up": "up", "down": "down", "dislike": "down", "thumbs_down": "down"}
    if value not in aliases:
        raise UserError(f"rating must be 'up' or 'down', got {rating!r}")
    return aliases[value]


def feedback_record(*, request_id: str, rating, question: str, answer: str, citations=(), time=None) -> dict:
    """One PHI-free feedback record (the dict that becomes one JSONL line)."""
    if not isinstance(request_id, str) or not request_id.strip() or len(request_id) > MAX_REQUEST_ID_CHARS:
        raise UserError(f"request_id must be a non-empty string of at most {MAX_REQUEST_ID_CHARS} characters")
    ids = []
    for c in list(citations)[:MAX_CITATIONS]:
        cid = c.get("id") if isinstance(c, dict) else c
        if isinstance(cid, str) and cid:
            ids.append(redacted_excerpt(cid, 200, written=False))
    return {
        "time": (time or datetime.now(timezone.utc)).isoformat(timespec="seconds"),
        "request_id": redacted_excerpt(request_id.strip(), MAX_REQUEST_ID_CHARS, written=False),
        "rating": normalize_rating(rating),
        "question": redacted_excerpt(question, MAX_QUESTION_CHARS),
        "answer_excerpt": redacted_excerpt(answer, MAX_ANSWER_EXCERPT_CHARS),
        "citations": ids,
    }


class FeedbackLog:
    """Append-only JSONL feedback store (or in-memory counts only when `path` is None)."""

    def __init__(self, path: str | os.PathLike | None = None):
        self.path = Path(path) if path else None
        self.counts = Counter({r: 0 for r in RATINGS})
        self._lock = threading.Lock()
        if self.path is not None:
            if self.path.is_dir():
                raise UserError(f"feedback log {self.path} is a directory; give a file path such as feedback.jsonl")
            if not self.path.parent.is_dir():
                raise UserError(f"feedback log folder {self.path.parent} does not exist; create it first")

    def record(self, *, request_id: str, rating, question: str, answer: str, citations=()) -> dict:
        """Redact and store one rating; return the stored record (what was written, never the raw text)."""
        rec = feedback_record(request_id=request_id, rating=rating, question=question, answer=answer,
                              citations=citations)
        line = (json.dumps(rec, ensure_ascii=False) + "\n").encode("utf-8")
        with self._lock:
            if self.path is not None:
                self._append(line)
            self.counts[rec["rating"]] += 1
        return rec

    def _append(self, line: bytes) -> None:
        try:
            fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        except OSError as exc:
            raise UserError(f"cannot open feedback log {self.path}: {exc.strerror}") from None
        try:
            if fcntl is not None:
                fcntl.flock(fd, fcntl.LOCK_EX)  # released by close()
            size = os.fstat(fd).st_size
            if size and _last_byte(self.path, size) != b"\n":
                line = b"\n" + line  # close a torn line from an earlier crash; ours stays whole
            written = os.write(fd, line)
            if written != len(line):
                raise OSError(f"short write to {self.path} ({written} of {len(line)} bytes)")
            os.fsync(fd)
        finally:
            os.close(fd)

    def summary(self) -> dict:
        """Counts by rating (in memory, since this process started) and where lines are stored."""
        with self._lock:
            return {"up": self.counts["up"], "down": self.counts["down"], "path": str(self.path) if self.path else None}


def _last_byte(path: Path, size: int) -> bytes:
    with open(path, "rb") as f:
        f.seek(size - 1)
        return f.read(1)
