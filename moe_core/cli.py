"""`medqa` subcommands for the domain-free MoE stack (models, upcycling, merging).

Each handler imports its module lazily so `--help` stays fast.
"""

import argparse


def _summary(args):
    from moe_core.models import run_summary_command

    return run_summary_command(args)


def _upcycle(args):
    from moe_core.upcycle import run_upcycle_command

    return run_upcycle_command(args)


def _merge_experts(args):
    from moe_core.merge import run_merge_command

    return run_merge_command(args)


def add_commands(sub: argparse._SubParsersAction) -> None:
    """Register the moe_core subcommands on the top-level `medqa` parser."""
    p = sub.add_parser("summary", help="Load an MoE checkpoint (hub id or directory) and print its summary.")
    p.add_argument("model", help="hub id or local directory of an MoE checkpoint")
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    p.set_defaults(func=_summary)

    p = sub.add_parser(
        "upcycle",
        help="Grow an MoE from a dense Qwen2/Qwen3/Llama checkpoint (sparse upcycling).",
    )
    p.add_argument("dense", help="hub id or local directory of the dense checkpoint")
    p.add_argument("--out", required=True, help="directory to write the MoE checkpoint to")
    p.add_argument("--num-experts", type=int, default=8, help="routed experts per layer (default 8)")
    p.add_argument("--top-k", type=int, default=2, help="experts chosen per token (default 2)")
    p.add_argument(
        "--granularity",
        type=int,
        default=1,
        help="fine-grained mode: split the dense FFN into this many slices per expert (default 1)",
    )
    p.add_argument("--shared-experts", type=int, default=0, help="shared experts per layer (default 0)")
    p.add_argument("--noise", type=float, default=0.0, help="relative noise added to copied expert weights")
    p.add_argument("--seed", type=int, default=0, help="random seed for router init and noise")
    p.set_defaults(func=_upcycle)

    p = sub.add_parser(
        "merge-experts",
        help="Combine N dense fine-tunes of one base into one MoE (Branch-Train-MiX).",
    )
    p.add_argument("dense", nargs="+", help="dense checkpoints (hub ids or directories), one per expert")
    p.add_argument("--out", required=True, help="directory to write the MoE checkpoint to")
    p.add_argument(
        "--prompts",
        required=True,
        help="JSONL file with {'expert': i, 'text': ...} example prompts used to initialise router rows",
    )
    p.add_argument("--top-k", type=int, default=2, help="experts chosen per token (default 2)")
    p.set_defaults(func=_merge_experts)
