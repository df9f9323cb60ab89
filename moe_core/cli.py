"""`medqa` subcommands for the domain-free MoE stack (models, upcycling, merging).

Each handler imports its module lazily so `--help` stays fast.
"""

import argparse

from moe_core.cli_args import add_dataclass_arguments
from moe_core.config import TrainConfig


def _summary(args):
    from moe_core.models import run_summary_command

    return run_summary_command(args)


def _upcycle(args):
    from moe_core.upcycle import run_upcycle_command

    return run_upcycle_command(args)


def _merge_experts(args):
    from moe_core.merge import run_merge_command

    return run_merge_command(args)


def _train(args):
    from moe_core.train import run_train_command

    return run_train_command(args)


def _audit_consistency(args):
    from moe_core.audit import run_audit_command

    return run_audit_command(args)


def add_train_arguments(parser: argparse.ArgumentParser) -> None:
    """The `train` options of `medqa train` and `python -m moe_core.train`: recipe, --set, --resume, and one
    option per TrainConfig field (generated from the dataclasses, so a new field is an option at once)."""
    parser.add_argument("--config", help="YAML recipe, e.g. recipes/tiny_lora.yaml (optional: fields "
                        "can all be given as options)")
    parser.add_argument("--set", action="append", default=[], metavar="FIELD=VALUE",
                        help="override a config field, e.g. --set optim.lr=1e-4 (repeatable)")
    parser.add_argument("--resume", nargs="?", const="auto", default=None, metavar="auto|DIR",
                        help="continue from the newest complete checkpoint in output_dir (auto) or from DIR")
    group = parser.add_argument_group("recipe fields", "each overrides the recipe's value (after --set)")
    add_dataclass_arguments(group, TrainConfig)


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
        help="fine-grained mode: cut each dense FFN into this many slices, one per expert (default 1)",
    )
    p.add_argument(
        "--shared-experts", type=int, default=0, help="always-on shared experts per layer, each one slice (default 0)"
    )
    p.add_argument("--noise", type=float, default=0.0, help="relative noise added to copied expert weights")
    p.add_argument("--seed", type=int, default=0, help="random seed for router init and noise")
    p.add_argument(
        "--router-init",
        choices=("normal", "zeros"),
        default="normal",
        help="router rows: small normal per expert group (default) or zeros (granularity 1 only)",
    )
    p.add_argument(
        "--target-family",
        default=None,
        help="MoE family to build (default qwen2->qwen2_moe, qwen3->qwen3_moe, llama->qwen2_moe; or llama->mixtral)",
    )
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
    p.add_argument(
        "--target-family",
        default=None,
        help="MoE family to build (default qwen2->qwen2_moe, qwen3->qwen3_moe, llama->qwen2_moe; or llama->mixtral)",
    )
    p.set_defaults(func=_merge_experts)

    p = sub.add_parser("train", help="Fine-tune an MoE model (LoRA or full) from a YAML recipe.",
                       description="Fine-tune an MoE model (LoRA or full). Every recipe field is also an option "
                       "(--section.field VALUE, applied after --set): e.g. --optim.lr 1e-4 --lora.r 16.")
    add_train_arguments(p)
    p.set_defaults(func=_train)

    p = sub.add_parser(
        "audit-consistency",
        help="Run the same batches on two setups (device, dtype, experts kernel) and compare losses, "
        "gradients, layer outputs and routing.",
    )
    p.add_argument("--model", required=True, help="MoE checkpoint (directory or hub id)")
    p.add_argument("--a", required=True, help='setup A, e.g. "device=cpu,dtype=fp32,experts=eager"')
    p.add_argument("--b", required=True, help='setup B, e.g. "device=cuda,dtype=bf16,experts=grouped_mm"')
    p.add_argument("--data", help="chat JSONL to draw batches from (default: seeded random tokens)")
    p.add_argument("--batches", type=int, default=4, help="batches to compare (default 4)")
    p.add_argument("--batch-size", type=int, default=2, help="rows per batch (default 2)")
    p.add_argument("--seq-len", type=int, default=64, help="tokens per row (default 64; longer rows of --data are cut)")
    p.add_argument("--seed", type=int, default=0, help="seed of the random batches (default 0)")
    p.add_argument(
        "--threshold",
        help="override limits, e.g. loss=1e-3,grad=1e-2,layer=1e-2,router=0.95 "
        "(defaults: tight when both setups are fp32, loose when either is bf16/fp16)",
    )
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.set_defaults(func=_audit_consistency)
