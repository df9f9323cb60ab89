"""Paired comparison of two eval runs: the same items, scored by model A and model B."""

import json
from html import escape
from pathlib import Path

from medqa.evaluation import stats
from medqa.evaluation.tasks import TASKS
from moe_core.errors import UserError


def load_run(run_dir) -> tuple[dict, list[dict]]:
    """results.json and samples.jsonl of a finished run."""
    run = Path(run_dir)
    results_path, samples_path = run / "results.json", run / "samples.jsonl"
    if not run.is_dir():
        raise UserError(f"{run}: no such run directory")
    if not results_path.is_file() or not samples_path.is_file():
        raise UserError(f"{run}: not a finished `medqa eval` run (needs results.json and samples.jsonl)")
    try:
        results = json.loads(results_path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise UserError(f"{results_path} is not valid JSON ({_json_problem(exc)})") from None
    samples = []
    try:
        text = samples_path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise UserError(f"{samples_path} is not valid UTF-8 ({exc.reason} at byte {exc.start})") from None
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            try:
                samples.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise UserError(f"{samples_path}:{number}: not valid JSON ({_json_problem(exc)})") from None
    return results, samples


def _json_problem(exc: ValueError) -> str:
    """'Invalid control character at line 3, column 7': json's own msg ends in a dangling 'at'."""
    if isinstance(exc, json.JSONDecodeError):
        return f"{exc.msg.removesuffix(' at')} at line {exc.lineno}, column {exc.colno}"
    return str(exc)


def _outcome_field(task: str, results: dict) -> str:
    """The per-item 0/1 field the task pairs (its `outcome`); a task from a YAML file is multiple choice: acc."""
    if task in TASKS:
        return TASKS[task].outcome
    return "acc"


def compare_runs(run_a, run_b, resamples: int = stats.DEFAULT_RESAMPLES, seed: int = 0, show: int = 20) -> dict:
    """Per task present in both runs: accuracy of B minus A on shared items, paired bootstrap CI, McNemar counts."""
    results_a, samples_a = load_run(run_a)
    results_b, samples_b = load_run(run_b)
    shared_tasks = [t for t in results_a.get("tasks", {}) if t in results_b.get("tasks", {})]
    if not shared_tasks:
        raise UserError(f"{run_a} and {run_b} have no task in common")
    out = {"run_a": str(run_a), "run_b": str(run_b),
           "model_a": results_a.get("model"), "model_b": results_b.get("model"), "tasks": {}}
    for task in shared_tasks:
        field = _outcome_field(task, results_a)
        by_id_a = {s["id"]: s for s in samples_a if s.get("task") == task and s.get(field) is not None}
        by_id_b = {s["id"]: s for s in samples_b if s.get("task") == task and s.get(field) is not None}
        ids = [i for i in by_id_a if i in by_id_b]
        if not ids:
            continue
        a = [float(by_id_a[i][field]) for i in ids]
        b = [float(by_id_b[i][field]) for i in ids]
        result = stats.paired_comparison(a, b, resamples, seed)
        result["metric"] = field
        result["only_in_a"] = len(by_id_a) - len(ids)
        result["only_in_b"] = len(by_id_b) - len(ids)
        result["a_right_b_wrong_items"] = [i for i, x, y in zip(ids, a, b) if x == 1 and y == 0]
        result["a_wrong_b_right_items"] = [i for i, x, y in zip(ids, a, b) if x == 0 and y == 1]
        data_a, data_b = results_a.get("data", {}).get(task, {}), results_b.get("data", {}).get(task, {})
        digest = lambda d: (d.get("items_sha256") or d.get("file_sha256"), d.get("items"))
        result["same_items"] = digest(data_a) == digest(data_b)
        out["tasks"][task] = result
    if not out["tasks"]:
        raise UserError(f"{run_a} and {run_b} share no scored items")
    out["show"] = show
    return out


def format_comparison(comparison: dict) -> str:
    """A plain-text table for the terminal, with the differing items listed."""
    show = comparison.get("show", 20)
    lines = [f"A = {comparison['run_a']}", f"B = {comparison['run_b']}", "",
             f"{'task':<16} {'metric':<13} {'n':>5} {'A':>7} {'B':>7} {'B-A':>7} {'95% CI':>17} {'A>B':>5} {'B>A':>5} {'McNemar p':>10}"]
    for task, r in comparison["tasks"].items():
        ci = f"[{100 * r['ci_low']:+.1f}, {100 * r['ci_high']:+.1f}]"
        lines.append(
            f"{task:<16} {r['metric']:<13} {r['n']:>5} {100 * r['acc_a']:>6.1f}% {100 * r['acc_b']:>6.1f}% "
            f"{100 * r['difference']:>+6.1f}% {ci:>17} "
            f"{r['a_right_b_wrong']:>5} {r['a_wrong_b_right']:>5} {r['mcnemar_p']:>10.3g}"
        )
    for task, r in comparison["tasks"].items():
        for label, key in (("A right, B wrong", "a_right_b_wrong_items"), ("A wrong, B right", "a_wrong_b_right_items")):
            items = r[key]
            if items:
                more = f" … (+{len(items) - show} more)" if len(items) > show else ""
                lines.append(f"{task} {label} ({len(items)}): {', '.join(map(str, items[:show]))}{more}")
        if not r.get("same_items", True):
            lines.append(f"{task}: warning: the two runs did not score identical item sets (compare shared items only)")
    return "\n".join(lines)


def render_comparison_html(comparison: dict) -> str:
    """A small offline HTML page of the comparison."""
    rows = "".join(
        f"<tr><td>{escape(t)}</td><td>{escape(r['metric'])}</td><td>{r['n']}</td><td>{100 * r['acc_a']:.1f}%</td>"
        f"<td>{100 * r['acc_b']:.1f}%</td><td>{100 * r['difference']:+.1f}%</td>"
        f"<td>[{100 * r['ci_low']:+.1f}, {100 * r['ci_high']:+.1f}]</td><td>{r['a_right_b_wrong']}</td>"
        f"<td>{r['a_wrong_b_right']}</td><td>{r['mcnemar_p']:.3g}</td></tr>"
        for t, r in comparison["tasks"].items()
    )
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>medqa eval comparison</title>"
        "<style>body{font-family:system-ui,sans-serif;max-width:980px;margin:2em auto}table{border-collapse:collapse}"
        "td,th{border:1px solid #ccd;padding:.3em .6em}</style></head><body>"
        f"<h1>B vs A</h1><p>A = {escape(comparison['run_a'])}<br>B = {escape(comparison['run_b'])}</p>"
        "<table><tr><th>task</th><th>metric</th><th>items</th><th>A</th><th>B</th><th>B−A</th><th>95% CI (paired bootstrap)</th>"
        f"<th>A right, B wrong</th><th>A wrong, B right</th><th>McNemar p</th></tr>{rows}</table>"
        "<p>A difference whose interval contains 0 is not distinguishable from noise on these items.</p></body></html>"
    )
