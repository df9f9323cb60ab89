"""`medqa serve`: load the model, build the app, print how to call it, serve until Ctrl-C."""

import errno
import os
import socket
import sys

from moe_core.errors import UserError
from serving.settings import (
    SCOPES,
    ApiKey,
    ServeSettings,
    generate_key,
    hash_key,
    load_api_keys,
    load_settings,
)

_LOOPBACK = ("127.0.0.1", "localhost", "::1")


def offline_environment() -> None:
    """No hub downloads at serve time, no Gradio telemetry."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("HF_DATASETS_OFFLINE", "1")
    os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


def parse_key_hash(text: str) -> ApiKey:
    """`HASH` or `HASH:scope,scope` (or `name:HASH:scopes`) from --api-key-hash."""
    parts = text.strip().split(":")
    name = "cli"
    if len(parts) == 3:
        name, parts = parts[0], parts[1:]
    scopes = parts[1].split(",") if len(parts) > 1 and parts[1] else ["chat", "cds", "fhir"]
    unknown = [s for s in scopes if s not in SCOPES]
    if unknown:
        raise UserError(f"--api-key-hash: unknown scope {unknown[0]!r}; scopes are {', '.join(SCOPES)}")
    try:
        return ApiKey(sha256=parts[0], scopes=scopes, name=name)
    except ValueError:
        raise UserError("--api-key-hash takes the 64-character hex SHA-256 of the key "
                        "(e.g. `printf %s \"$KEY\" | sha256sum`), not the key itself") from None


def _listen_problem(exc: OSError) -> str:
    if exc.errno == errno.EADDRINUSE:
        return "address already in use (is another server running? use --port)"
    if exc.errno == errno.EADDRNOTAVAIL:
        return "address not available on this machine (check --host)"
    if exc.errno == errno.EACCES:
        return "permission denied (ports below 1024 need privileges; use --port)"
    return exc.strerror or str(exc)


def check_can_listen(host: str, port: int) -> None:
    """Resolve `host` and test-bind `port` on each of its addresses, as uvicorn will; a UserError if it cannot."""
    where = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    try:
        addresses = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror as exc:
        raise UserError(f"cannot listen on {where}: cannot resolve host {host!r} "
                        f"({exc.strerror}; check --host)") from None
    for family, kind, proto, _, address in addresses:
        with socket.socket(family, kind, proto) as sock:
            # The same options asyncio's create_server (under uvicorn) uses, so the test agrees with the real bind
            # (on Windows SO_REUSEADDR would let the test bind succeed on a port in use).
            if os.name == "posix" and sys.platform != "cygwin":
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            if family == socket.AF_INET6 and hasattr(socket, "IPPROTO_IPV6"):
                sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
            try:
                sock.bind(address)
            except OSError as exc:
                raise UserError(f"cannot listen on {where}: {_listen_problem(exc)}") from None


def run_serve_command(args) -> int:
    """Build settings from --config and flags, load the model, print URL, curl and key, and serve."""
    offline_environment()
    keys = []
    if getattr(args, "api_keys_file", None):
        keys += load_api_keys(args.api_keys_file)
    for text in getattr(args, "api_key_hash", None) or []:
        keys.append(parse_key_hash(text))
    new_key = None
    if getattr(args, "generate_key", False):
        new_key = generate_key()
        keys.append(ApiKey(sha256=hash_key(new_key), scopes=list(SCOPES), name="generated"))
    from moe_core.cli_args import overrides_from_args

    overrides = overrides_from_args(args, ServeSettings)  # only what was given on the command line
    if getattr(args, "no_ui", False):
        overrides["ui"] = False
    if os.environ.get("MEDQA_UPSTREAM_API_KEY"):
        overrides["upstream_api_key"] = os.environ["MEDQA_UPSTREAM_API_KEY"]
    settings = load_settings(getattr(args, "config", None), **overrides)
    if keys:
        settings = settings.model_copy(update={"api_keys": list(settings.api_keys) + keys})
    if not settings.api_keys:
        raise UserError("no API key configured: pass --generate-key, --api-key-hash HASH or --api-keys-file keys.yaml")
    check_can_listen(settings.host, settings.port)  # before the model loads (seconds to minutes) and any banner
    if settings.ui:
        from serving.ui import _ui_auth

        _ui_auth(settings)  # a chat UI open to the network is refused now, not after the model has loaded
    if settings.host not in _LOOPBACK:
        print(f"warning: binding {settings.host}: the API is reachable from other machines; put TLS in front",
              file=sys.stderr)

    import uvicorn

    from serving.app import create_app

    print(f"loading {settings.upstream or settings.model} ...", file=sys.stderr)
    app = create_app(settings)
    # Again, just before the banner: the port may have been taken while the model loaded, and a banner with a
    # fresh API key for a server that then fails to start would mislead.
    check_can_listen(settings.host, settings.port)
    host = f"[{settings.host}]" if ":" in settings.host else settings.host
    url = f"http://{host}:{settings.port}"
    key_text = new_key or "$MEDQA_API_KEY"
    docs_note = "" if settings.public_docs else ", with an API key"
    print(f"medqa serving {app.state.server.assistant.model_name} at {url}  (OpenAPI: {url}/docs{docs_note})")
    if settings.ui and "/ui" in {getattr(r, "path", "") for r in app.routes}:
        print(f"chat UI: {url}/ui")
    if new_key:
        print(f"API key (shown once; only its hash is kept): {new_key}")
        print(f"  to reuse it: --api-key-hash {hash_key(new_key)}:{','.join(SCOPES)}")
    print("try:")
    print(f"  curl -s {url}/v1/chat/completions -H 'Authorization: Bearer {key_text}' "
          "-H 'Content-Type: application/json' "
          "-d '{\"messages\": [{\"role\": \"user\", \"content\": \"How do I book an appointment?\"}]}'")
    sys.stdout.flush()
    uvicorn.run(app, host=settings.host, port=settings.port, log_level="info", server_header=False)
    return 0
