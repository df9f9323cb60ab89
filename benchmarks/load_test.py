"""Load test: N simulated patients chatting for D seconds against `medqa serve` (asyncio + httpx).

Each user loops: ask a random patient question on /v1/chat/completions (half of them streamed),
wait for the whole answer, repeat. A 429 (rate limit or full queue) is an intended refusal: the user
waits `Retry-After` (capped at 1 s) and goes on. Anything else that is not a 200 is an error.
Reports requests/s, latency p50/p99 of successful requests, and counts by status.

    python benchmarks/load_test.py [--users 32] [--duration 60] [--url URL --key KEY]

Without --url it starts `medqa serve` on the tiny seed model in a child process. Both refusal paths
(per-key rate limit and full queue) are exercised with a low limit and a small queue, e.g. the bounded
run that used to be a test:

    python benchmarks/load_test.py --users 32 --duration 10 --max-tokens 8 --rate-limit 40 --max-queue 4

The exit code is 1 when any request failed in an unintended way (a 5xx, a broken stream, a transport error).
"""

import argparse
import asyncio
import json
import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

QUESTIONS = [
    "How do I book an appointment?", "Where can I park?", "What should I bring to my MRI?",
    "Can I eat before a blood test?", "How do I get a copy of my records?", "When are visiting hours?",
    "What are the side effects of ibuprofen?", "I have crushing chest pain", "怎么预约挂号？", "检查前需要空腹吗？",
]


def percentile(values, q):
    """Nearest-rank percentile; None for no values."""
    if not values:
        return None
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered) + 0.5) - 1))]


async def _user(http, url, key, deadline, max_tokens, rng, stats):
    headers = {"Authorization": f"Bearer {key}"}
    while time.monotonic() < deadline:
        stream = rng.random() < 0.5
        body = {"messages": [{"role": "user", "content": rng.choice(QUESTIONS)}], "max_tokens": max_tokens,
                "temperature": 0.7, "stream": stream}
        started = time.monotonic()
        try:
            if stream:
                async with http.stream("POST", url + "/v1/chat/completions", json=body, headers=headers) as r:
                    status, retry = r.status_code, r.headers.get("retry-after")
                    ok_stream = False
                    async for line in r.aiter_lines():
                        if line.startswith("data:") and '"error"' in line and status == 200:
                            status = 599  # an error inside a started stream
                        ok_stream = ok_stream or line.strip() == "data: [DONE]"
                    if status == 200 and not ok_stream:
                        status = 598  # stream ended without [DONE]
            else:
                r = await http.post(url + "/v1/chat/completions", json=body, headers=headers)
                status, retry = r.status_code, r.headers.get("retry-after")
                if status == 200:
                    json.loads(r.text)["choices"][0]["message"]["content"]
        except Exception as exc:  # noqa: BLE001 - any transport failure counts as an error
            stats["errors"].append(f"{type(exc).__name__}: {exc}")
            status, retry = 0, None
        stats["status"][status] += 1
        if status == 200:
            stats["latency"].append(time.monotonic() - started)
        elif status == 429:
            await asyncio.sleep(min(1.0, float(retry or 1)))


async def run_load_test(url: str, key: str, users: int = 32, duration_s: float = 60, max_tokens: int = 16,
                        seed: int = 0) -> dict:
    """Run the load and return {requests, rps, status counts, p50/p99 latency, unexpected errors}."""
    import httpx

    stats = {"status": Counter(), "latency": [], "errors": []}
    deadline = time.monotonic() + duration_s
    started = time.monotonic()
    limits = httpx.Limits(max_connections=users + 4)
    async with httpx.AsyncClient(timeout=120, limits=limits) as http:
        await asyncio.gather(*(_user(http, url, key, deadline, max_tokens, random.Random(seed + i), stats)
                               for i in range(users)))
    elapsed = time.monotonic() - started
    total = sum(stats["status"].values())
    unexpected = sum(n for s, n in stats["status"].items() if s not in (200, 429))
    return {"requests": total, "rps": total / elapsed, "ok": stats["status"][200],
            "rate_limited": stats["status"][429], "status": dict(stats["status"]), "unexpected_errors": unexpected,
            "p50_s": percentile(stats["latency"], 50), "p99_s": percentile(stats["latency"], 99),
            "error_samples": stats["errors"][:5], "elapsed_s": elapsed}


def main() -> int:
    """Start a server unless --url is given, run the load, print the summary and the RESULT line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=32)
    parser.add_argument("--duration", type=float, default=60)
    parser.add_argument("--max-tokens", type=int, default=16)
    parser.add_argument("--url")
    parser.add_argument("--key")
    parser.add_argument("--rate-limit", type=int, default=600, help="per-key requests/minute of the started server")
    parser.add_argument("--max-queue", type=int, default=32, help="queued requests the started server accepts")
    args = parser.parse_args()

    def report(summary):
        print(json.dumps({k: v for k, v in summary.items()}, indent=2, default=str))
        p50 = summary["p50_s"] * 1000 if summary["p50_s"] is not None else float("nan")
        p99 = summary["p99_s"] * 1000 if summary["p99_s"] is not None else float("nan")
        print(f"{args.users} users x {summary['elapsed_s']:.0f} s: {summary['requests']} requests "
              f"({summary['rps']:.1f}/s), {summary['ok']} ok, {summary['rate_limited']} rate-limited (429), "
              f"{summary['unexpected_errors']} unexpected; latency p50 {p50:.0f} ms, p99 {p99:.0f} ms")
        if summary["rate_limited"] == 0:
            print("note: no request was refused with 429; lower --rate-limit or --max-queue to exercise refusals")
        if summary["p50_s"] is not None and summary["p99_s"] < summary["p50_s"]:
            print("error: p99 latency below p50: the percentile computation is broken")
            return 1
        print(f"RESULT serving_load_unexpected_errors {summary['unexpected_errors']} target <=0")
        return 1 if summary["unexpected_errors"] or summary["ok"] == 0 else 0

    if args.url:
        return report(asyncio.run(run_load_test(args.url, args.key, args.users, args.duration, args.max_tokens)))
    import importlib.util

    from medqa.seed import build_seed

    # benchmarks/serving.py by path: its module name would clash with the `serving` package.
    spec = importlib.util.spec_from_file_location("bench_serving", Path(__file__).parent / "serving.py")
    bench_serving = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench_serving)

    seed_dir = build_seed(Path(tempfile.mkdtemp()) / "seed", vocab_size=2000)
    key = "mq-load"
    settings = {"max_batch_size": 16, "max_queue": args.max_queue, "cpu_threads": 1,
                "rate_limit_per_minute": args.rate_limit}
    with bench_serving.serve_subprocess(seed_dir, key, settings) as url:
        return report(asyncio.run(run_load_test(url, key, args.users, args.duration, args.max_tokens)))


if __name__ == "__main__":
    sys.exit(main())
