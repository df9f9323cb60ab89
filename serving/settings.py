"""Server settings: one pydantic model, loadable from YAML, overridable from the command line.

API keys are stored only as SHA-256 hex digests; the raw key is shown once, when generated.
"""

import hashlib
import hmac
import re
import secrets
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from medqa.verification import VerificationSettings
from moe_core.errors import UserError
from moe_core.jsonl import read_utf8_text

SCOPES = ("chat", "cds", "fhir", "admin")
Scope = Literal["chat", "cds", "fhir", "admin"]
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
KEY_PREFIX = "mq-"


class ApiKey(BaseModel):
    """One API key: its SHA-256 digest, what it may call, and a name for logs."""

    model_config = ConfigDict(extra="forbid")

    sha256: str
    scopes: list[Scope] = Field(default_factory=lambda: ["chat", "cds", "fhir"])
    name: str = "default"

    @field_validator("sha256")
    @classmethod
    def _is_hex_digest(cls, value: str) -> str:
        value = value.strip().lower()
        if not _HEX64.match(value):
            raise ValueError("must be the 64-character hex SHA-256 digest of the key, not the key itself")
        return value

    @property
    def key_id(self) -> str:
        """A short, non-secret id of the key for logs (prefix of its hash)."""
        return f"{self.name}:{self.sha256[:12]}"


class ServeSettings(BaseModel):
    """Everything `medqa serve` needs; defaults are safe for a single loopback deployment."""

    model_config = ConfigDict(extra="forbid")

    model: str
    adapter: str | None = None
    index: str | None = None
    tokenizer: str | None = None  # only for --upstream: where to find the chat template
    upstream: str | None = None  # an OpenAI-compatible server (vLLM, SGLang) to forward generation to
    upstream_api_key: str | None = None
    served_model_name: str | None = None
    host: str = "127.0.0.1"
    port: int = Field(8000, ge=0, le=65535)
    api_keys: list[ApiKey] = Field(default_factory=list)
    max_batch_size: int = Field(16, ge=1, le=1024)
    max_queue: int = Field(64, ge=1)
    rate_limit_per_minute: int = Field(120, ge=1)
    max_body_bytes: int = Field(256 * 1024, ge=1024)
    max_messages: int = Field(32, ge=1)
    max_message_chars: int = Field(8000, ge=1)
    max_tokens_limit: int = Field(1024, ge=1)
    request_timeout_s: float = Field(120.0, gt=0)
    stream_interval_ms: float = Field(20.0, ge=0, le=1000)  # streamed deltas are merged over this window
    audit_log: Path | None = None
    log_text: bool = False
    locale: str = "en"
    emergency_number: str | None = None
    ui: bool = True
    ui_password: str | None = None
    feedback_log: Path | None = None
    device: str | None = None
    dtype: str | None = None
    cpu_threads: int | None = Field(None, ge=1)
    retrieval_k: int = Field(3, ge=0, le=20)
    # Answer verification thresholds (calibrated on the validation split; see medqa/verification.py).
    verification: VerificationSettings = Field(default_factory=VerificationSettings)

    @field_validator("upstream")
    @classmethod
    def _is_http_url(cls, value: str | None) -> str | None:
        # Checked at start-up: a bad URL otherwise passes /ready and only fails on every chat request.
        if value is not None:
            parts = urlsplit(value.strip())
            if parts.scheme not in ("http", "https") or not parts.hostname:
                raise ValueError(f"must be an http(s) URL such as http://127.0.0.1:8001, got {value!r}")
        return value

    def find_key(self, raw_key: str) -> ApiKey | None:
        """The configured key matching `raw_key`, compared in constant time against every stored hash."""
        digest = hashlib.sha256(raw_key.encode("utf-8")).hexdigest()
        match = None
        for key in self.api_keys:  # no early exit: timing must not reveal which entry matched
            if hmac.compare_digest(digest, key.sha256):
                match = key
        return match


def hash_key(raw_key: str) -> str:
    """The SHA-256 hex digest stored in config for a raw API key."""
    return hashlib.sha256(raw_key.encode("utf-8")).hexdigest()


def generate_key() -> str:
    """A new random API key (shown once; only its hash is kept)."""
    return KEY_PREFIX + secrets.token_urlsafe(32)


def _format_validation_error(source: str, exc: ValidationError) -> str:
    first = exc.errors()[0]
    where = ".".join(str(p) for p in first["loc"]) or "settings"
    more = f" (and {len(exc.errors()) - 1} more)" if len(exc.errors()) > 1 else ""
    message = first["msg"].removeprefix("Value error, ")  # pydantic's prefix for our own validators' messages
    return f"{source}: {where}: {message}{more}"


def _read_yaml(path: Path, what: str):
    """Parse a YAML file, turning unreadable, non-UTF-8 or malformed files into a one-line UserError."""
    text = read_utf8_text(path, what)
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise UserError(f"{path}: not valid YAML ({exc})") from None


def load_api_keys(path) -> list[ApiKey]:
    """API keys from a YAML file: a list of {sha256, scopes, name} (or {keys: [...]})."""
    path = Path(path)
    data = _read_yaml(path, "API keys file")
    if isinstance(data, dict):
        data = data.get("keys")
    if not isinstance(data, list):
        raise UserError(f"{path}: expected a list of keys ({{sha256, scopes, name}}), got {type(data).__name__}")
    keys = []
    for i, item in enumerate(data):
        try:
            keys.append(ApiKey.model_validate(item))
        except ValidationError as exc:
            raise UserError(_format_validation_error(f"{path}: key {i}", exc)) from None
    return keys


def load_settings(path=None, **overrides) -> ServeSettings:
    """Settings from an optional YAML file, then non-None keyword overrides (the CLI flags) on top."""
    data = {}
    if path is not None:
        data = _read_yaml(Path(path), "settings file") or {}
        if not isinstance(data, dict):
            raise UserError(f"{path}: expected a mapping of settings, got {type(data).__name__}")
    data.update({k: v for k, v in overrides.items() if v is not None})
    try:
        return ServeSettings.model_validate(data)
    except ValidationError as exc:
        raise UserError(_format_validation_error(str(path or "settings"), exc)) from None
