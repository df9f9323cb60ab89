"""The `medqa` command: one entry point composing the moe_core, medqa and serving subcommands."""

import argparse
import os
import sys

from moe_core import cli as moe_core_cli
from moe_core.errors import UserError
from medqa import cli as medqa_cli
from serving.ask import add_ask_command


def _quickstart(args):
    from serving.quickstart import run_quickstart

    return run_quickstart(args)


def _serve(args):
    from serving.serve import run_serve_command

    return run_serve_command(args)


# Settings that get no generated flag: keys come hashed through the flags below, a secret never goes on a
# command line (use $MEDQA_UPSTREAM_API_KEY), and the UI has the shorter --no-ui.
SERVE_FLAGLESS = ("api_keys", "upstream_api_key", "ui")


def _add_serve_command(sub) -> None:
    from moe_core.cli_args import add_dataclass_arguments
    from serving.settings import ServeSettings

    p = sub.add_parser("serve", help="Serve the assistant: OpenAI-compatible API, CDS Hooks, FHIR, chat UI.",
                       description="Every setting of serving/settings.py (ServeSettings) is a flag below and a "
                                   "key of the --config YAML; flags override the file.")
    p.add_argument("--config", help="settings YAML (flags below override it)")
    p.add_argument("--api-key-hash", action="append", metavar="SHA256[:SCOPES]",
                   help="accept the key with this SHA-256 (repeatable); scopes e.g. chat,cds,fhir,admin")
    p.add_argument("--api-keys-file", help="YAML list of {sha256, scopes, name}")
    p.add_argument("--generate-key", action="store_true", help="make a new key with all scopes and print it once")
    p.add_argument("--no-ui", action="store_true", help="do not mount the chat UI at /ui")
    add_dataclass_arguments(p, ServeSettings, skip=SERVE_FLAGLESS)
    p.set_defaults(func=_serve)


def build_parser() -> argparse.ArgumentParser:
    """Build the top-level `medqa` argument parser with every subcommand."""
    parser = argparse.ArgumentParser(
        prog="medqa",
        description="Fine-tune, evaluate and serve a Mixture-of-Experts medical patient-service assistant.",
    )
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")
    p = sub.add_parser("quickstart", help="The main job on the embedded default: seed -> LoRA fine-tune -> eval -> serve.")
    p.add_argument("--out", default="runs/quickstart", help="run directory (default runs/quickstart)")
    p.add_argument("--train-steps", type=int, default=None, help="optimizer steps for the LoRA fine-tune (default 120)")
    p.add_argument("--eval-limit", type=int, default=40, help="held-out patient questions to evaluate (default 40)")
    p.add_argument("--no-serve", action="store_true", help="stop after the evaluation instead of starting the server")
    p.add_argument("--host", default="127.0.0.1", help="address to serve on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="port to serve on (default 8000)")
    p.set_defaults(func=_quickstart)
    moe_core_cli.add_commands(sub)
    medqa_cli.add_commands(sub)
    _add_serve_command(sub)
    add_ask_command(sub)
    return parser


def describe_os_error(exc: OSError) -> str:
    """One line for an OSError: `<strerror>: <path>`, naming the path the user gave where there are two."""
    # For a rename (an atomic write publishing its temp file) the second path is the user's destination.
    path = exc.filename2 if exc.filename2 is not None else exc.filename
    reason = exc.strerror or " ".join(str(exc).split()) or type(exc).__name__
    if path is None:
        return reason
    return f"{reason}: {os.fsdecode(path) if isinstance(path, bytes) else path}"


def main(argv=None) -> int:
    """Parse arguments and run one subcommand; user errors print one line, never a traceback."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "func"):
        parser.print_help()
        return 0
    try:
        # A bad MEDQA_SCOPE_NET stops every command at its start, not as one error record per answered line.
        from medqa.safety.scope import check_scope_net_setting

        check_scope_net_setting()
        return int(args.func(args) or 0)
    except UserError as exc:
        print(f"medqa: error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        # The safety net for file-system problems the commands do not check themselves (an --out that is a
        # file, a directory, or unwritable): one line, not a traceback. MEDQA_DEBUG=1 keeps the traceback.
        if os.environ.get("MEDQA_DEBUG", "") not in ("", "0"):
            raise
        print(f"medqa: error: {describe_os_error(exc)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
