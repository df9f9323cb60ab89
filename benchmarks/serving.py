"""Serving throughput: generated tokens/s with 16 concurrent streams vs 1 stream, over real HTTP.

Builds the tiny seed (medqa.seed.build_seed), serves it with `create_app` on a loopback port, and
streams `/v1/completions` (SSE) with httpx: first one stream at a time, then 16 at once. Each request
samples `--max-tokens` tokens (temperature 1, fixed seeds) from a ChatML patient question. Reports
tokens/s of both, their ratio (the batching speedup), and time to first token p50/p99 under load.

    python benchmarks/serving.py [--streams 16] [--max-tokens 64] [--rounds 2] [--repeats 3] [--threads 1]
"""

import argparse
import asyncio
import contextlib
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

QUESTIONS = [
    "How do I book an appointment?", "Where can I park?", "What should I bring to my MRI?",
    "Can I eat before a blood test?", "How do I get a copy of my records?", "When are visiting hours?",
    "怎么预约挂号？", "检查前需要空腹吗？",
]


def percentile(values, q):
    """The q-th percentile (nearest rank) of values."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered) + 0.5) - 1))]


async def one_stream(http, url, key, prompt, max_tokens, seed):
    """Stream one completion; return (tokens generated, seconds to first token, total seconds)."""
    import json

    started = time.perf_counter()
    first = None
    tokens = 0
    body = {"prompt": prompt, "max_tokens": max_tokens, "temperature": 1.0, "seed": seed, "stream": True,
            "stream_options": {"include_usage": True}}
    async with http.stream("POST", url + "/v1/completions", json=body,
                           headers={"Authorization": f"Bearer {key}"}) as response:
        response.raise_for_status()
        async for line in response.aiter_lines():
            if not line.startswith("data:") or line.strip() == "data: [DONE]":
                continue
            event = json.loads(line[5:])
            if event.get("choices") and event["choices"][0]["text"] and first is None:
                first = time.perf_counter() - started
            if event.get("usage"):
                tokens = event["usage"]["completion_tokens"]
    return tokens, first if first is not None else time.perf_counter() - started, time.perf_counter() - started


async def run_load(url, key, prompts, streams, max_tokens, rounds):
    """`rounds` waves of `streams` concurrent requests: (tokens/s, ttfts)."""
    import httpx

    async with httpx.AsyncClient(timeout=600) as http:
        await one_stream(http, url, key, prompts[0], 4, 0)  # warm-up
        ttfts, tokens = [], 0
        started = time.perf_counter()
        for r in range(rounds):
            results = await asyncio.gather(*(one_stream(http, url, key, prompts[i % len(prompts)], max_tokens,
                                                        1000 * r + i) for i in range(streams)))
            tokens += sum(t for t, _, _ in results)
            ttfts += [f for _, f, _ in results]
        elapsed = time.perf_counter() - started
    return tokens / elapsed, ttfts, tokens, elapsed


@contextlib.contextmanager
def serve_subprocess(model_dir, key, settings: dict, extra_args=()):
    """`medqa serve` in a child process on a free loopback port; yields its URL once /ready answers."""
    import socket
    import subprocess

    import httpx
    import yaml

    from serving.settings import hash_key

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    workdir = Path(tempfile.mkdtemp())
    config = workdir / "serve.yaml"
    config.write_text(yaml.safe_dump({"model": str(model_dir), "ui": False, "port": port,
                                      "api_keys": [{"sha256": hash_key(key), "scopes": ["chat", "admin"]}],
                                      **settings}))
    log = open(workdir / "server.log", "w")
    proc = subprocess.Popen([sys.executable, "-m", "serving.cli", "serve", "--config", str(config), *extra_args],
                            cwd=str(Path(__file__).resolve().parents[1]), stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(600):
            if proc.poll() is not None:
                raise RuntimeError(f"server exited: {(workdir / 'server.log').read_text()[-2000:]}")
            try:
                if httpx.get(url + "/ready", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        else:
            raise RuntimeError("server did not become ready in 60 s")
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


def main() -> int:
    """Run the benchmark and print the RESULT line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--streams", type=int, default=16)
    parser.add_argument("--max-tokens", type=int, default=64)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--threads", type=int, default=1, help="torch CPU threads (1 avoids oversubscription)")
    parser.add_argument("--seed-dir", help="reuse a built seed directory")
    args = parser.parse_args()

    from medqa.seed import build_seed

    seed_dir = args.seed_dir or build_seed(Path(tempfile.mkdtemp()) / "seed", vocab_size=2000)
    key = "mq-bench"
    from transformers import AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(str(seed_dir))
    prompts = [tokenizer.apply_chat_template([{"role": "user", "content": q}], add_generation_prompt=True,
                                             tokenize=False) for q in QUESTIONS]
    # The server runs in its own process, as in production, so the load generator does not share its GIL.
    with serve_subprocess(seed_dir, key, {"max_batch_size": args.streams, "max_queue": 4 * args.streams,
                                          "rate_limit_per_minute": 100000, "cpu_threads": args.threads}) as url:
        # The machine may be shared: alternate the two loads `--repeats` times and keep each one's best.
        singles, multis = [], []
        for repeat in range(args.repeats):
            single = asyncio.run(run_load(url, key, prompts, 1, args.max_tokens, args.rounds * 4))
            multi = asyncio.run(run_load(url, key, prompts, args.streams, args.max_tokens, args.rounds))
            singles.append(single)
            multis.append(multi)
            print(f"repeat {repeat + 1}: 1 stream {single[0]:.1f} tokens/s ({single[2]} tokens in {single[3]:.2f} s), "
                  f"{args.streams} streams {multi[0]:.1f} tokens/s ({multi[2]} tokens in {multi[3]:.2f} s)")
        single_tps, single_ttft, _, _ = max(singles, key=lambda r: r[0])
        multi_tps, ttfts, _, _ = max(multis, key=lambda r: r[0])
        print(f"best: 1 stream {single_tps:.1f} tokens/s (TTFT p50 {statistics.median(single_ttft) * 1000:.1f} ms); "
              f"{args.streams} streams {multi_tps:.1f} tokens/s")
        print(f"time to first token under {args.streams} streams: p50 {percentile(ttfts, 50) * 1000:.1f} ms, "
              f"p99 {percentile(ttfts, 99) * 1000:.1f} ms")
    speedup = multi_tps / single_tps
    print(f"speedup {speedup:.2f}x")
    print(f"RESULT serving_concurrency_speedup {speedup:.2f} target >=6")
    return 0


if __name__ == "__main__":
    sys.exit(main())
