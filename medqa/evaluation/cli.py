"""`medqa eval` and `medqa eval compare`: turn parsed arguments into a run and print where the results went."""

import os
from pathlib import Path

from moe_core.errors import UserError
from moe_core.jsonl import check_writable_dir, write_json_atomic, write_text_atomic


def _config_from_args(args):
    from medqa.evaluation.runner import EvalRunConfig
    from medqa.evaluation.tasks import parse_data_overrides, parse_tasks

    if args.limit is not None and args.limit <= 0:
        raise UserError(f"--limit must be a positive number of items, got {args.limit}")
    tasks = parse_tasks(args.tasks)
    return EvalRunConfig(
        model=args.model, adapter=args.adapter, tasks=tasks, limit=args.limit,
        batch_size=args.batch_size, out=args.out, data=parse_data_overrides(args.data, tasks),
        endpoint=args.endpoint, api_key=args.api_key or os.environ.get("OPENAI_API_KEY"),
        endpoint_model=args.endpoint_model, tokenizer=args.tokenizer, device=args.device, dtype=args.dtype,
        max_new_tokens=args.max_new_tokens, top_k=args.top_k, resamples=args.bootstrap, seed=args.seed,
        use_prefix_cache=not args.no_prefix_cache, progress=not args.quiet,
    )


def _print_summary(results: dict, out: str) -> None:
    for task, t in results["tasks"].items():
        m = t["metrics"][t["primary"]]
        value = "n/a" if m.get("value") is None else f"{100 * m['value']:.1f}%"
        ci = "" if m.get("ci_low") is None else f" [95% CI {100 * m['ci_low']:.1f}-{100 * m['ci_high']:.1f}]"
        print(f"{task:<16} {t['primary']:<18} {value:>7}{ci}  (n={t['n']})")
    print(f"results: {Path(out) / 'results.json'}  report: {Path(out) / 'report.html'}")


def _check_compare_out(out: Path) -> None:
    """A UserError before comparing when `eval compare --out` is a file or cannot be written."""

    if out.exists() and not out.is_dir():
        raise UserError(f"--out {out} is a file; give a directory for comparison.json and comparison.html")
    check_writable_dir(out, f"--out {out}")  # --out itself is only created once there is a result


def run_compare_command(args) -> int:
    """`medqa eval compare RUN_A RUN_B`: paired per-task differences, printed (and saved with --out)."""
    from medqa.evaluation.compare import (
        compare_runs,
        format_comparison,
        render_comparison_html,
    )

    if args.compare_out:
        _check_compare_out(Path(args.compare_out))
    comparison = compare_runs(args.run_a, args.run_b, resamples=args.bootstrap, seed=args.seed, show=args.show)
    print(format_comparison(comparison))
    if args.compare_out:
        write_json_atomic(comparison, Path(args.compare_out) / "comparison.json")
        write_text_atomic(render_comparison_html(comparison), Path(args.compare_out) / "comparison.html")
        print(f"comparison: {Path(args.compare_out) / 'comparison.json'}")
    return 0


def run_eval_command(args) -> int:
    """`medqa eval ...`: evaluate a model or endpoint, or compare two runs."""
    if getattr(args, "eval_command", None) == "compare":
        return run_compare_command(args)
    from medqa.evaluation.runner import run_evaluation

    config = _config_from_args(args)
    results = run_evaluation(config)
    _print_summary(results, config.out)
    return 0
