"""The `medqa` command: one entry point composing the moe_core, medqa and serving subcommands."""

import argparse
import sys

from moe_core import cli as moe_core_cli
from moe_core.errors import UserError
from medqa import cli as medqa_cli


def _quickstart(args):
    from serving.quickstart import run_quickstart

    return run_quickstart(args)


def build_parser() -> argparse.ArgumentParser:
    """Build the top-level `medqa` argument parser with every subcommand."""
    parser = argparse.ArgumentParser(
        prog="medqa",
        description="Fine-tune, evaluate and serve a Mixture-of-Experts medical patient-service assistant.",
    )
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")
    p = sub.add_parser("quickstart", help="Run the main job on the embedded default model.")
    p.add_argument("--out", default="runs/quickstart", help="run directory (default runs/quickstart)")
    p.set_defaults(func=_quickstart)
    moe_core_cli.add_commands(sub)
    medqa_cli.add_commands(sub)
    return parser


def main(argv=None) -> int:
    """Parse arguments and run one subcommand; user errors print one line, never a traceback."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "func"):
        parser.print_help()
        return 0
    try:
        return int(args.func(args) or 0)
    except UserError as exc:
        print(f"medqa: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
