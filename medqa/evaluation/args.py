"""Arguments of `medqa eval` and `medqa eval compare` (argparse only, so `--help` stays fast)."""

import argparse

TASK_NAMES = "medqa_4options, medmcqa, pubmedqa, mmlu_medical, patient_faq, safety"


def positive_int(text: str) -> int:
    """argparse type: a whole number of at least 1, with a message naming what was given."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"must be a positive number, got {value}")
    return value


def add_eval_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of `medqa eval`, plus the `compare` sub-command."""
    parser.add_argument("--model", help="model directory or Hugging Face hub id to evaluate")
    parser.add_argument("--adapter", help="PEFT (LoRA) adapter directory to apply on top of --model")
    parser.add_argument("--endpoint", help="base URL of a running OpenAI-compatible server to evaluate instead of --model")
    parser.add_argument("--api-key", help="API key for --endpoint (default: $OPENAI_API_KEY if set)")
    parser.add_argument("--endpoint-model", help="model name to send to --endpoint (default: the first one it lists)")
    parser.add_argument("--tokenizer", help="tokenizer for --endpoint multiple-choice scoring (default: --model, if given)")
    parser.add_argument("--tasks", default="medqa_4options,medmcqa,pubmedqa,mmlu_medical",
                        help=f"comma-separated tasks: {TASK_NAMES}, or a multiple-choice task .yaml file "
                             "(default: the four multiple-choice tasks)")
    parser.add_argument("--data", action="append", metavar="TASK=PATH",
                        help="use a local file for a task instead of its hub default (repeatable); "
                             "for safety, a directory with triage.jsonl and scope.jsonl")
    parser.add_argument("--limit", type=positive_int, help="evaluate only the first N items of each task")
    parser.add_argument("--batch-size", type=positive_int, default=8, help="items per forward pass (default 8)")
    parser.add_argument("--out", default="runs/eval", help="output directory; rerunning resumes (default runs/eval)")
    parser.add_argument("--device", help="cpu, cuda, cuda:1, mps, npu ... (default: cpu)")
    parser.add_argument("--dtype", default="auto", help="float32, bf16, fp16 or auto = the checkpoint's own (default)")
    parser.add_argument("--max-new-tokens", type=positive_int, default=128, help="generation length for patient_faq (default 128)")
    parser.add_argument("--top-k", type=positive_int, default=3, help="passages retrieved per patient_faq question (default 3)")
    parser.add_argument("--bootstrap", type=positive_int, default=1000, help="bootstrap resamples for intervals (default 1000)")
    parser.add_argument("--seed", type=int, default=0, help="bootstrap seed (default 0)")
    parser.add_argument("--no-prefix-cache", action="store_true",
                        help="score every option with a full forward pass, like lm-eval (slower; for checking)")
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    sub = parser.add_subparsers(dest="eval_command", metavar="{compare}")
    compare = sub.add_parser(
        "compare", help="paired comparison of two eval runs (accuracy difference, bootstrap CI, McNemar counts)",
        description="Compare two `medqa eval` output directories item by item (B minus A).",
    )
    compare.add_argument("run_a", metavar="RUN_A", help="output directory of the baseline run")
    compare.add_argument("run_b", metavar="RUN_B", help="output directory of the candidate run")
    compare.add_argument("--out", dest="compare_out", help="write comparison.json (and comparison.html) into this directory")
    compare.add_argument("--show", type=int, default=20, help="how many differing items to list per task (default 20)")
    compare.add_argument("--bootstrap", type=positive_int, default=1000, help="bootstrap resamples (default 1000)")
    compare.add_argument("--seed", type=int, default=0, help="bootstrap seed (default 0)")
