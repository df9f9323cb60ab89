"""`medqa ask`: batch answers for clinician review, through the same verified pipeline as the server.

    medqa ask questions.jsonl --out answers.jsonl [--model DIR --adapter DIR --index DIR | --endpoint URL]

Input: JSONL, one `{"question": "..."}` or `{"messages": [{"role", "content"}, ...]}` per line, with an
optional `"id"`. Output: one JSON line per input line, in the same order, with
`id`, `line`, `question`, `answer` (what a patient would read), `citations` (passage ids),
`sources` (id, title, supporting quote), `mode` (generated | extractive | no_answer | emergency | redirect),
`verification` (per-sentence support and passage id, sentences dropped) and `safety` (the safety report).
A line that cannot be answered (bad JSON, no question, an error from the model) gets
`{"id", "line", "error"}` naming the problem; the other lines are still answered.
Offline it loads the model, adapter and index itself; with `--endpoint` it asks a running `medqa serve`.
"""

import asyncio
import json
import os
import sys

from moe_core.errors import UserError
from moe_core.jsonl import write_jsonl_atomic

DEFAULT_CONCURRENCY = 16


def parse_ask_line(number: int, raw: str) -> tuple[str | None, list[dict] | None, str | None]:
    """(id, messages, error) for one input line; exactly one of messages and error is set."""
    try:
        record = json.loads(raw)
    except json.JSONDecodeError as exc:
        return None, None, f"line {number}: not valid JSON ({exc.msg} at column {exc.colno})"
    if not isinstance(record, dict):
        return None, None, f"line {number}: expected a JSON object, got {type(record).__name__}"
    record_id = record.get("id")
    record_id = None if record_id is None else str(record_id)
    if "messages" in record:
        messages = record["messages"]
        if not isinstance(messages, list) or not messages:
            return record_id, None, f"line {number}: 'messages' must be a non-empty list of {{role, content}}"
    elif isinstance(record.get("question"), str) and record["question"].strip():
        messages = [{"role": "user", "content": record["question"]}]
    else:
        return record_id, None, f"line {number}: needs a non-empty 'question' string or a 'messages' list"
    return record_id, messages, None


def answer_record(record_id, number: int, messages: list[dict], result) -> dict:
    """The output line for one answered input line (the documented `medqa ask` contract)."""
    return {
        "id": record_id, "line": number, "question": messages[-1].get("content") if messages else None,
        "answer": result.text, "citations": result.citation_ids,
        "sources": [{"id": c.id, "title": c.title, "quote": c.quote} for c in result.citations],
        "mode": result.mode, "verification": result.verification, "safety": result.safety,
        "urgency": result.urgency,
    }


async def _answer_all(jobs, answer_one, concurrency: int, progress) -> list[dict]:
    """Answer every job concurrently (at most `concurrency` at once), keeping input order."""
    gate = asyncio.Semaphore(concurrency)
    out: list[dict | None] = [None] * len(jobs)

    async def run(slot, record_id, number, messages):
        async with gate:
            try:
                out[slot] = answer_record(record_id, number, messages, await answer_one(messages))
            except UserError as exc:
                out[slot] = {"id": record_id, "line": number, "error": f"line {number}: {exc}"}
            except Exception as exc:  # an engine failure on one line must not lose the others' answers
                out[slot] = {"id": record_id, "line": number,
                             "error": f"line {number}: could not be answered ({type(exc).__name__}: {exc})"}
            progress.update(1)

    await asyncio.gather(*(run(slot, *job) for slot, job in enumerate(jobs)))
    return out


def run_ask_command(args) -> int:
    """Answer every line of the input JSONL and write the answers JSONL (same order)."""
    from medqa.safety.cli import check_out, read_input_lines

    check_out(args.out, args.input)  # before loading a model
    lines = read_input_lines(args.input)
    if lines:
        lines[0] = lines[0].removeprefix("\ufeff")  # Windows editors start UTF-8 files with a byte-order mark
    records, jobs = [], []
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        record_id, messages, error = parse_ask_line(number, raw)
        if error:
            records.append({"id": record_id, "line": number, "error": error})
        else:
            records.append(None)
            jobs.append((record_id, number, messages))
    if not records:
        raise UserError(f"{args.input}: no questions (the file is empty)")
    answer_one, close = _answerer(args)
    from tqdm import tqdm

    try:
        with tqdm(total=len(jobs), desc="answering", unit="q", file=sys.stderr, disable=not jobs) as progress:
            answers = asyncio.run(_answer_all(jobs, answer_one, args.concurrency, progress))
    finally:
        close()
    answers_iter = iter(answers)
    rows = [record if record is not None else next(answers_iter) for record in records]
    failed = sum("error" in row for row in rows)
    if args.out == "-":
        sys.stdout.write("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows))
    else:
        write_jsonl_atomic(rows, args.out)
    modes = {}
    for row in rows:
        if "mode" in row:
            modes[row["mode"]] = modes.get(row["mode"], 0) + 1
    summary = ", ".join(f"{mode} {count}" for mode, count in sorted(modes.items()))
    print(f"answered {len(rows) - failed} of {len(rows)} lines ({summary or 'none'}); "
          f"{failed} error line(s)" + ("" if args.out == "-" else f" -> {args.out}"), file=sys.stderr)
    return 0


def _answerer(args):
    """(async answer(messages) -> AnswerResult, close()) for --endpoint or a locally loaded model."""
    if args.endpoint:
        from medqa.chat_client import ask_server

        key = args.api_key or os.environ.get("MEDQA_API_KEY")

        async def remote(messages):
            return await asyncio.to_thread(ask_server, args.endpoint, messages, api_key=key,
                                           max_tokens=args.max_tokens)

        return remote, lambda: None
    if not args.model:
        raise UserError("give --model DIR (with --adapter and --index as needed) or --endpoint URL of a medqa server")
    from serving.assistant import build_assistant
    from serving.settings import load_settings

    settings = load_settings(args.config, model=args.model, adapter=args.adapter, index=args.index,
                             locale=args.locale, device=args.device, cpu_threads=args.cpu_threads)
    assistant = build_assistant(settings)

    async def local(messages):
        return await assistant.respond(messages, max_tokens=args.max_tokens)

    return local, assistant.engine.shutdown


def add_ask_command(sub) -> None:
    """Register `medqa ask`."""
    from medqa.evaluation.args import positive_int

    p = sub.add_parser("ask", help="Answer a JSONL file of patient questions with verified, cited answers.",
                       description=__doc__.split("\n\n")[0] + " Contract: see `medqa ask` in the README.")
    p.add_argument("input", help="JSONL of {\"question\"} or {\"messages\"} lines (optional \"id\"); - for stdin")
    p.add_argument("--out", required=True, help="answers JSONL to write (same order as the input); - for stdout")
    p.add_argument("--model", help="model directory or hub id (offline mode)")
    p.add_argument("--adapter", help="LoRA adapter directory (offline mode)")
    p.add_argument("--index", help="retrieval index from `medqa index` (default: the bundled knowledge base)")
    p.add_argument("--config", help="serve settings YAML (locale, thresholds, retrieval k)")
    p.add_argument("--endpoint", help="ask a running medqa server instead, e.g. http://127.0.0.1:8000")
    p.add_argument("--api-key", help="API key for --endpoint (default: $MEDQA_API_KEY)")
    p.add_argument("--locale", help="safety locale, e.g. en-US, zh-CN (offline mode)")
    p.add_argument("--device", help="cuda, npu, xpu, mps, cpu (offline mode; default: best available)")
    p.add_argument("--cpu-threads", type=positive_int, help="torch CPU threads (offline mode)")
    p.add_argument("--max-tokens", type=positive_int, default=256, help="longest generated answer in tokens (default 256)")
    p.add_argument("--concurrency", type=positive_int, default=DEFAULT_CONCURRENCY,
                   help=f"questions in flight at once (default {DEFAULT_CONCURRENCY})")
    p.set_defaults(func=run_ask_command)
