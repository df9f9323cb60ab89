"""A self-contained HTML report (inline SVG plots, no scripts, no downloads) for hospital reviewers."""

from html import escape

from medqa.evaluation.metrics import LOWER_IS_BETTER, METRIC_NOTES
from medqa.evaluation.tasks import TASKS
from moe_core.jsonl import write_text_atomic

_CSS = """
body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans','Noto Sans CJK SC',sans-serif;margin:2em auto;max-width:980px;color:#1d2733;line-height:1.45}
h1{font-size:1.6em;margin-bottom:.2em}h2{margin-top:1.8em;border-bottom:2px solid #dde3ea;padding-bottom:.2em}
table{border-collapse:collapse;margin:.6em 0;width:100%}th,td{border:1px solid #d5dbe3;padding:.35em .6em;text-align:left;vertical-align:top}
th{background:#eef2f7}td.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}.meta{color:#5a6775;font-size:.92em}
.note{background:#f6f8fb;border-left:4px solid #7a9cc6;padding:.5em .8em;margin:.6em 0}.warn{border-left-color:#d08a2c}
.plot{margin:.6em 0}.small{font-size:.88em}code{background:#f1f3f6;padding:0 .25em}
"""


def _fmt(value, pct=True) -> str:
    if value is None:
        return "–"
    return f"{100 * value:.1f}%" if pct else f"{value:.3f}"


def _ci_text(m: dict, pct=True) -> str:
    if m.get("ci_low") is None or m.get("ci_high") is None:
        return "–"
    return f"{_fmt(m['ci_low'], pct)} – {_fmt(m['ci_high'], pct)}"


def _pct_metric(name: str) -> bool:
    return name not in ("ece",)


def interval_plot(rows: list[tuple[str, dict]], title: str) -> str:
    """Horizontal dots with 95% interval bars on a 0-100% axis, one row per (label, metric)."""
    rows = [(label, m) for label, m in rows if m.get("value") is not None]
    if not rows:
        return ""
    left, width, row_h = 230, 520, 26
    height = 40 + row_h * len(rows) + 30
    x = lambda v: left + width * max(0.0, min(1.0, v))
    parts = [(f'<svg xmlns="http://www.w3.org/2000/svg" width="{left + width + 120}" height="{height}" role="img" '
              f'aria-label="{escape(title)}"><title>{escape(title)}</title>'),
             f'<text x="{left}" y="18" font-size="13" font-weight="bold">{escape(title)}</text>']
    for tick in range(0, 101, 20):
        tx = x(tick / 100)
        parts.append(f'<line x1="{tx}" y1="28" x2="{tx}" y2="{height - 28}" stroke="#e1e6ec"/>')
        parts.append(f'<text x="{tx}" y="{height - 12}" font-size="11" text-anchor="middle">{tick}%</text>')
    for n, (label, m) in enumerate(rows):
        y = 40 + n * row_h + row_h / 2
        parts.append(f'<text x="{left - 8}" y="{y + 4}" font-size="12" text-anchor="end">{escape(label[:34])}</text>')
        if m.get("ci_low") is not None and m.get("ci_high") is not None:
            parts.append(f'<line x1="{x(m["ci_low"])}" y1="{y}" x2="{x(m["ci_high"])}" y2="{y}" stroke="#2f5d8a" stroke-width="2"/>')
            for edge in (m["ci_low"], m["ci_high"]):
                parts.append(f'<line x1="{x(edge)}" y1="{y - 5}" x2="{x(edge)}" y2="{y + 5}" stroke="#2f5d8a" stroke-width="2"/>')
        parts.append(f'<circle cx="{x(m["value"])}" cy="{y}" r="5" fill="#d0542c"/>')
        parts.append(f'<text x="{left + width + 8}" y="{y + 4}" font-size="11">{_fmt(m["value"])} (n={m.get("n", "?")})</text>')
    parts.append("</svg>")
    return '<div class="plot">' + "".join(parts) + "</div>"


def bar_plot(rows: list[tuple[str, dict]], title: str) -> str:
    """Vertical bars (accuracy by subject) with 95% interval whiskers."""
    rows = [(label, m) for label, m in rows if m.get("value") is not None]
    if not rows:
        return ""
    plot_h, bar_w, gap, left, top = 220, 46, 22, 50, 30
    width = left + len(rows) * (bar_w + gap) + 20
    height = top + plot_h + 70
    y = lambda v: top + plot_h * (1 - max(0.0, min(1.0, v)))
    parts = [(f'<svg xmlns="http://www.w3.org/2000/svg" width="{max(width, 560)}" height="{height}" role="img" '
              f'aria-label="{escape(title)}"><title>{escape(title)}</title>'),
             f'<text x="{left}" y="16" font-size="13" font-weight="bold">{escape(title)}</text>']
    for tick in range(0, 101, 25):
        ty = y(tick / 100)
        parts.append(f'<line x1="{left}" y1="{ty}" x2="{width - 10}" y2="{ty}" stroke="#e1e6ec"/>')
        parts.append(f'<text x="{left - 6}" y="{ty + 4}" font-size="11" text-anchor="end">{tick}%</text>')
    for n, (label, m) in enumerate(rows):
        bx = left + 10 + n * (bar_w + gap)
        parts.append(f'<rect x="{bx}" y="{y(m["value"])}" width="{bar_w}" height="{top + plot_h - y(m["value"])}" fill="#7a9cc6"/>')
        if m.get("ci_low") is not None and m.get("ci_high") is not None:
            cx = bx + bar_w / 2
            parts.append(f'<line x1="{cx}" y1="{y(m["ci_low"])}" x2="{cx}" y2="{y(m["ci_high"])}" stroke="#1d2733" stroke-width="1.5"/>')
            for edge in (m["ci_low"], m["ci_high"]):
                parts.append(f'<line x1="{cx - 7}" y1="{y(edge)}" x2="{cx + 7}" y2="{y(edge)}" stroke="#1d2733" stroke-width="1.5"/>')
        lx, ly = bx + bar_w / 2, top + plot_h + 12
        parts.append(f'<text x="{lx}" y="{ly}" font-size="10" text-anchor="end" transform="rotate(-30 {lx} {ly})">{escape(label[:22])}</text>')
    parts.append("</svg>")
    return '<div class="plot">' + "".join(parts) + "</div>"


def reliability_plot(calibration: dict, title: str) -> str:
    """Reliability diagram: accuracy against confidence per bin, with the diagonal of perfect calibration."""
    size, pad = 260, 40
    s = lambda v: pad + size * v
    t = lambda v: pad + size * (1 - v)
    parts = [(f'<svg xmlns="http://www.w3.org/2000/svg" width="{size + 2 * pad + 150}" height="{size + 2 * pad + 10}" '
              f'role="img" aria-label="{escape(title)}"><title>{escape(title)}</title>'),
             f'<text x="{pad}" y="18" font-size="13" font-weight="bold">{escape(title)}</text>',
             f'<rect x="{pad}" y="{pad}" width="{size}" height="{size}" fill="none" stroke="#9aa7b5"/>',
             f'<line x1="{s(0)}" y1="{t(0)}" x2="{s(1)}" y2="{t(1)}" stroke="#9aa7b5" stroke-dasharray="4 3"/>']
    for tick in (0, 0.5, 1):
        parts.append(f'<text x="{s(tick)}" y="{t(0) + 16}" font-size="11" text-anchor="middle">{int(tick * 100)}%</text>')
        parts.append(f'<text x="{pad - 6}" y="{t(tick) + 4}" font-size="11" text-anchor="end">{int(tick * 100)}%</text>')
    parts.append(f'<text x="{s(0.5)}" y="{t(0) + 32}" font-size="11" text-anchor="middle">confidence</text>')
    parts.append(f'<text x="{pad + size + 10}" y="{pad + 12}" font-size="11">bar = accuracy in bin</text>')
    parts.append(f'<text x="{pad + size + 10}" y="{pad + 28}" font-size="11">dashed = perfect calibration</text>')
    parts.append(f'<text x="{pad + size + 10}" y="{pad + 44}" font-size="11">ECE = {calibration.get("ece", 0):.3f}</text>')
    for b in calibration.get("bins", []):
        if not b["n"]:
            continue
        x0, x1 = s(b["low"]), s(b["high"])
        parts.append(f'<rect x="{x0 + 1}" y="{t(b["accuracy"])}" width="{x1 - x0 - 2}" height="{t(0) - t(b["accuracy"])}" '
                     f'fill="#7a9cc6" fill-opacity="0.8"/>')
        parts.append(f'<circle cx="{s(b["confidence"])}" cy="{t(b["confidence"])}" r="3" fill="#d0542c"/>')
        parts.append(f'<text x="{(x0 + x1) / 2}" y="{t(b["accuracy"]) - 3}" font-size="9" text-anchor="middle">{b["n"]}</text>')
    parts.append("</svg>")
    return '<div class="plot">' + "".join(parts) + "</div>"


def _metric_table(metrics: dict) -> str:
    rows = ["<table><tr><th>metric</th><th>value</th><th>95% interval</th><th>n</th><th>what it means</th></tr>"]
    for name, m in metrics.items():
        pct = _pct_metric(name)
        arrow = " (lower is better)" if name in LOWER_IS_BETTER else ""
        rows.append(f"<tr><td><code>{escape(name)}</code></td><td class='num'>{_fmt(m.get('value'), pct)}</td>"
                    f"<td class='num'>{_ci_text(m, pct)}</td><td class='num'>{m.get('n', '')}</td>"
                    f"<td class='small'>{escape(METRIC_NOTES.get(name, ''))}{arrow}</td></tr>")
    rows.append("</table>")
    return "".join(rows)


def render_report(results: dict) -> str:
    """The report as one HTML string."""
    tasks = results.get("tasks", {})
    model = results.get("model", {})
    code = results.get("code", {})
    h = ["<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>medqa eval report</title>",
         f"<style>{_CSS}</style></head><body>",
         "<h1>Evaluation report</h1>",
         (f"<p class='meta'>Model <b>{escape(str(model.get('model') or model.get('endpoint') or ''))}</b>"
          f"{' + adapter <b>' + escape(str(results.get('adapter'))) + '</b>' if results.get('adapter') else ''}"
          f" · {escape(str(results.get('created', '')))} · medqa-moe {escape(str(code.get('version')))}"
          f"{' · commit ' + escape(str(code.get('git_commit'))[:12]) if code.get('git_commit') else ''}"
          f"{' (uncommitted changes)' if code.get('git_dirty') else ''}</p>")]
    # Headline first: one line per task with its main metric.
    h.append("<h2>Headline results</h2><table><tr><th>task</th><th>main metric</th><th>value</th><th>95% interval</th>"
             "<th>items</th><th>what the task is</th></tr>")
    headline = []
    for task, t in tasks.items():
        m = t["metrics"][t["primary"]]
        headline.append((f"{task}: {t['primary']}", m))
        h.append(f"<tr><td><b>{escape(task)}</b></td><td><code>{escape(t['primary'])}</code></td>"
                 f"<td class='num'><b>{_fmt(m.get('value'))}</b></td><td class='num'>{_ci_text(m)}</td>"
                 f"<td class='num'>{t['n']}</td><td class='small'>{escape(TASKS[task].description if task in TASKS else '')}</td></tr>")
    h.append("</table>")
    h.append("<div class='note'>Every number comes with a 95% bootstrap interval: if the evaluation were repeated on "
             "another sample of similar questions, the score would usually fall inside it. Intervals that overlap "
             "mean two models cannot be told apart on these items. Multiple-choice tasks use exactly the prompts and "
             "scoring of lm-evaluation-harness, so they can be compared with published numbers.</div>")
    if any(t["n"] < 100 for t in tasks.values()):
        h.append("<div class='note warn'>Some tasks have fewer than 100 items: their intervals are wide, so treat "
                 "differences of a few points as noise.</div>")
    h.append(interval_plot(headline, "Main metric per task, with 95% intervals"))
    for task, t in tasks.items():
        h.append(f"<h2>{escape(task)}</h2>")
        h.append(_metric_table(t["metrics"]))
        if t.get("by_subject"):
            h.append(bar_plot(list(t["by_subject"].items()), f"{task}: accuracy by subject (95% intervals)"))
        if t.get("calibration"):
            h.append(reliability_plot(t["calibration"], f"{task}: reliability diagram"))
            h.append("<p class='small'>Confidence is the model's probability for the option it picked (softmax over the "
                     "options' log-likelihoods). Bars below the dashed line mean the model is over-confident.</p>")
        if t.get("chosen_option_counts"):
            counts = ", ".join(f"{escape(k)}: {v}" for k, v in sorted(t["chosen_option_counts"].items()))
            h.append(f"<p class='small'>Options chosen: {counts}. A model that always picks the same letter is guessing.</p>")
        if t.get("mode_counts"):
            modes = ", ".join(f"{escape(str(k))}: {v}" for k, v in sorted(t["mode_counts"].items(), key=lambda kv: str(kv[0])))
            h.append(f"<p class='small'>How the answers were given: {modes}. <i>generated</i> = the model's sentences that "
                     "a passage supports; <i>extractive</i> = quoted from the best passage because too little was "
                     "supported; <i>no_answer</i> = \"I don't have that information\"; <i>emergency</i> / "
                     "<i>redirect</i> = the safety layer's fixed reply. Metrics ending in <code>_raw</code> score the "
                     "model's own text before verification.</p>")
        for lang, block in (t.get("by_language") or {}).items():
            h.append(f"<h3>{escape(task)} — {'English' if lang == 'en' else 'Chinese' if lang == 'zh' else escape(lang)}</h3>")
            h.append(_metric_table(block))
        if t.get("errors"):
            h.append("<h3>Safety messages handled differently from their label</h3><table><tr><th>id</th><th>expected</th>"
                     "<th>got</th><th>message</th></tr>")
            for e in t["errors"]:
                h.append(f"<tr><td>{escape(e['id'])}</td><td>{escape(e['expected'])}</td><td>{escape(e['predicted'])}</td>"
                         f"<td>{escape(e['text'])}</td></tr>")
            h.append("</table>")
    h.append("<h2>Data and reproducibility</h2><table><tr><th>task</th><th>source</th><th>items</th><th>sha256</th></tr>")
    for task, d in results.get("data", {}).items():
        digest = d.get("file_sha256") or d.get("items_sha256") or ""
        if isinstance(digest, dict):
            digest = ", ".join(f"{k}: {v[:16]}…" for k, v in digest.items())
        else:
            digest = digest[:16] + "…"
        h.append(f"<tr><td>{escape(task)}</td><td>{escape(str(d.get('source')))}</td><td class='num'>{d.get('items')}</td>"
                 f"<td><code>{escape(digest)}</code></td></tr>")
    h.append("</table>")
    h.append(f"<p class='meta'>Model fingerprint <code>{escape(str(results.get('model_fingerprint', ''))[:16])}…</code> · "
             f"scoring {escape(str(results.get('scoring_version', '')))} · full details in <code>results.json</code> "
             f"and per-item answers in <code>samples.jsonl</code>.</p>")
    h.append("</body></html>")
    return "\n".join(h)


def write_report(results: dict, path) -> None:
    """Render and atomically write report.html."""
    write_text_atomic(render_report(results), path)
