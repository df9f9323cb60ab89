"""`medqa` subcommands for the medical domain (seed building, triage, redaction, retrieval index).

Each handler imports its module lazily so `--help` stays fast.
"""

import argparse


def _build_seed(args):
    from medqa.seed import run_build_seed_command

    return run_build_seed_command(args)


def _triage(args):
    from medqa.safety.cli import run_triage_command

    return run_triage_command(args)


def _redact(args):
    from medqa.safety.cli import run_redact_command

    return run_redact_command(args)


def _index(args):
    from medqa.retrieval import run_index_command

    return run_index_command(args)


def _eval(args):
    from medqa.evaluation.cli import run_eval_command

    return run_eval_command(args)


def add_commands(sub: argparse._SubParsersAction) -> None:
    """Register the medqa subcommands on the top-level `medqa` parser."""
    p = sub.add_parser(
        "build-seed",
        help="Build the embedded default: the project tokenizer and a tiny Qwen3-MoE seed model.",
    )
    p.add_argument("--out", default="runs/seed", help="output directory (default runs/seed)")
    p.add_argument("--vocab-size", type=int, default=8000, help="BPE vocabulary size (default 8000)")
    p.add_argument("--seed", type=int, default=0, help="random seed for model init")
    p.add_argument("--random", action="store_true", help="build a randomly initialised seed even if the shipped "
                   "pre-trained one matches the corpus")
    p.set_defaults(func=_build_seed)

    for name, help_text, func in (
        ("triage", "Red-flag triage of JSONL messages ({'text': ...} per line, or a conversation as {'turns': [...]} or "
         "chat-style {'messages': [...]}); adds urgent/level/rules.", _triage),
        ("redact", "PHI redaction of JSONL messages ({'text': ...} per line); adds redacted text and spans.", _redact),
    ):
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.add_argument("input", nargs="?", default="-", help="JSONL file to read, or - for stdin (default)")
        p.add_argument("--out", default="-", help="JSONL file to write, or - for stdout (default)")
        p.add_argument("--field", default="text", help="field holding the message text (default text)")
        if name == "triage":
            p.add_argument("--locale", default="en", help="locale of the emergency response (en, zh)")
            p.add_argument("--emergency-number", default=None, help="override the emergency number (120, 911, 112 ...)")
        p.set_defaults(func=func)

    p = sub.add_parser("index", help="Build a retrieval index over a knowledge base (bundled or your own documents).")
    p.add_argument("docs", nargs="?", default=None, help="JSONL/Markdown/text files or a directory (default: bundled KB)")
    p.add_argument("--out", required=True, help="directory to write the index to")
    p.set_defaults(func=_index)

    from medqa.evaluation.args import add_eval_arguments

    p = sub.add_parser(
        "eval",
        help="Evaluate a model: lm-eval-identical medical multiple choice, patient FAQ and safety; `eval compare A B`.",
        description="Evaluate a model (or a running endpoint) and write results.json, samples.jsonl and report.html; "
        "`medqa eval compare RUN_A RUN_B` compares two runs item by item.",
    )
    add_eval_arguments(p)
    p.set_defaults(func=_eval)
