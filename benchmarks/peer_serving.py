"""`medqa serve` vs `transformers serve --continuous-batching` on the same model, over real HTTP.

Both servers run at once on 127.0.0.1 (each in its own process, the same torch thread count) and load
the shipped 8M Qwen3-MoE seed (medqa/assets/seed) in fp32 on the CPU; the load alternates between them
round by round, so machine noise hits both alike.

(a) generation alone: the same rendered grounded prompts (system prompt with the rules and retrieved
    passages + a patient question, ChatML, ~700-900 tokens: the held-out split of the bundled grounded
    chats) sent to both `/v1/completions`, greedy, `--max-tokens` each; 1 stream (one request at a time)
    and `--streams` concurrent requests. Tokens/s = completion tokens / wall time of the wave. The texts
    must be identical between the servers (printed per prompt count).
(b) time to first token at `--streams` concurrent streams: medqa's full chat route (`/v1/chat/completions`,
    streaming: safety triage, retrieval, generation, verification) on the same patient questions, against
    the peer streaming `/v1/completions` on the same rendered prompts. Median and p90 of the first non-empty
    text delta (the chat route streams sentence by sentence, as each passes verification). medqa's own
    `/v1/completions` TTFT on the rendered prompts is printed too: the engine alone, like for like.

    python benchmarks/peer_serving.py [--streams 16] [--max-tokens 32] [--rounds 2] [--threads N]

Last line: RESULT peer_serving_speedup_16 <medqa tokens/s / peer tokens/s at --streams> target >=2
"""

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks._common import (  # noqa: E402
    OFFLINE_ENV, ROOT, child_env, free_port, loadavg, stop_process, wait_http_ready,
)

os.environ.update({k: os.environ.get(k, v) for k, v in OFFLINE_ENV.items()})

SEED_DIR = ROOT / "medqa" / "assets" / "seed"
HELDOUT = ROOT / "medqa" / "assets" / "grounded" / "test.jsonl"
KEY = "mq-peer-bench"


def load_cases(count: int, tokenizer) -> list[dict]:
    """`count` held-out grounded chats: the patient question and the rendered prompt (without the answer)."""
    cases = []
    for line in HELDOUT.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if not row.get("answerable", True):
            continue
        messages = [m for m in row["messages"] if m["role"] != "assistant"]
        prompt = tokenizer.apply_chat_template(messages, add_generation_prompt=True, tokenize=False)
        cases.append({"question": row["question"], "prompt": prompt, "tokens": len(tokenizer(prompt)["input_ids"])})
        if len(cases) == count:
            break
    return cases


def start_medqa(workdir: Path, threads: int, streams: int) -> tuple[subprocess.Popen, str, Path]:
    """`medqa serve` on a free loopback port; (process, base URL, log path)."""
    import yaml

    from serving.settings import hash_key

    port = free_port()
    config = workdir / "serve.yaml"
    config.write_text(yaml.safe_dump({
        "model": str(SEED_DIR), "ui": False, "host": "127.0.0.1", "port": port, "cpu_threads": threads,
        "api_keys": [{"sha256": hash_key(KEY), "scopes": ["chat", "admin"]}], "max_batch_size": streams,
        "max_queue": 4 * streams, "rate_limit_per_minute": 100000, "device": "cpu", "dtype": "float32"}))
    log = workdir / "medqa.log"
    proc = subprocess.Popen([sys.executable, "-m", "serving.cli", "serve", "--config", str(config)], cwd=str(ROOT),
                            env=child_env(threads), stdout=open(log, "w"), stderr=subprocess.STDOUT)
    return proc, f"http://127.0.0.1:{port}", log


def start_peer(workdir: Path, threads: int) -> tuple[subprocess.Popen, str, Path]:
    """`transformers serve --continuous-batching` with the seed preloaded, on a free loopback port."""
    port = free_port()
    log = workdir / "peer.log"
    command = ["transformers", "serve", "--continuous-batching", "--host", "127.0.0.1", "--port", str(port),
               "--device", "cpu", "--dtype", "float32", str(SEED_DIR)]
    proc = subprocess.Popen(command, cwd=str(ROOT), env=child_env(threads), stdout=open(log, "w"),
                            stderr=subprocess.STDOUT)
    return proc, f"http://127.0.0.1:{port}", log


async def complete(http, url: str, prompt: str, max_tokens: int) -> tuple[str, int]:
    """One greedy `/v1/completions` request: (text, completion tokens)."""
    body = {"model": str(SEED_DIR), "prompt": prompt, "max_tokens": max_tokens, "temperature": 0.0}
    response = await http.post(url + "/v1/completions", json=body, headers={"Authorization": f"Bearer {KEY}"})
    response.raise_for_status()
    answer = response.json()
    return answer["choices"][0]["text"], int(answer["usage"]["completion_tokens"])


async def generation_wave(url: str, prompts: list[str], streams: int, max_tokens: int) -> dict:
    """Send `prompts` with at most `streams` in flight; tokens/s of the wave and each prompt's text."""
    import httpx

    gate = asyncio.Semaphore(streams)

    async def one(http, prompt):
        async with gate:
            return await complete(http, url, prompt, max_tokens)

    async with httpx.AsyncClient(timeout=600) as http:
        started = time.perf_counter()
        results = await asyncio.gather(*(one(http, p) for p in prompts))
        elapsed = time.perf_counter() - started
    return {"tps": sum(n for _, n in results) / elapsed, "texts": [t for t, _ in results], "seconds": elapsed}


async def first_token_seconds(http, url: str, path: str, body: dict) -> float:
    """Seconds from sending a streaming request until its first non-empty text delta (or its end)."""
    started = time.perf_counter()
    async with http.stream("POST", url + path, json=body, headers={"Authorization": f"Bearer {KEY}"}) as response:
        response.raise_for_status()
        async for line in response.aiter_lines():
            if not line.startswith("data:") or line.strip() == "data: [DONE]":
                continue
            event = json.loads(line[5:])
            for choice in event.get("choices") or []:
                text = choice.get("text") or (choice.get("delta") or {}).get("content")
                if text:
                    return time.perf_counter() - started
    return time.perf_counter() - started


async def ttft_wave(url: str, cases: list[dict], chat: bool, max_tokens: int) -> list[float]:
    """All cases at once, streaming: each one's time to first token (chat route or raw completions)."""
    import httpx

    async def one(http, case):
        if chat:
            body = {"model": "medqa", "messages": [{"role": "user", "content": case["question"]}],
                    "max_tokens": max_tokens, "temperature": 0.0, "stream": True}
            return await first_token_seconds(http, url, "/v1/chat/completions", body)
        body = {"model": str(SEED_DIR), "prompt": case["prompt"], "max_tokens": max_tokens, "temperature": 0.0,
                "stream": True}
        return await first_token_seconds(http, url, "/v1/completions", body)

    async with httpx.AsyncClient(timeout=600) as http:
        return list(await asyncio.gather(*(one(http, c) for c in cases)))


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered) + 0.5) - 1))]


def main() -> int:
    """Start both servers, alternate the loads round by round, print the tables and the RESULT line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--streams", type=int, default=16)
    parser.add_argument("--single", type=int, default=4, help="prompts sent one at a time per round")
    parser.add_argument("--max-tokens", type=int, default=32)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--threads", type=int, help="torch threads of each server (default: the project's choice)")
    args = parser.parse_args()
    if min(args.streams, args.single, args.max_tokens, args.rounds) < 1:
        parser.error("--streams, --single, --max-tokens and --rounds must be positive")

    from transformers import AutoTokenizer

    from moe_core import devices

    threads = devices.choose_cpu_threads(args.threads)
    tokenizer = AutoTokenizer.from_pretrained(str(SEED_DIR))
    cases = load_cases(args.streams, tokenizer)
    prompts = [c["prompt"] for c in cases]
    print(f"model: {SEED_DIR.relative_to(ROOT)} fp32 CPU, {threads} torch threads per server; {len(cases)} grounded "
          f"prompts of {min(c['tokens'] for c in cases)}-{max(c['tokens'] for c in cases)} tokens "
          f"(median {statistics.median(c['tokens'] for c in cases):.0f}); greedy, {args.max_tokens} new tokens")
    print(f"loadavg at start: {loadavg()}")
    figures = {name: {"single": [], "multi": [], "ttft": []} for name in ("medqa", "peer")}
    texts = {"medqa": {}, "peer": {}}
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        servers = {"medqa": start_medqa(workdir, threads, args.streams), "peer": start_peer(workdir, threads)}
        try:
            wait_http_ready(servers["medqa"][1] + "/ready", servers["medqa"][0], servers["medqa"][2])
            wait_http_ready(servers["peer"][1] + "/health", servers["peer"][0], servers["peer"][2])
            for name, (_, url, _) in servers.items():  # warm-up: first-request allocations, kernel choice
                asyncio.run(generation_wave(url, prompts[:2], 2, 4))
            for round_index in range(args.rounds):
                order = ["medqa", "peer"] if round_index % 2 == 0 else ["peer", "medqa"]
                for name in order:
                    url = servers[name][1]
                    single = asyncio.run(generation_wave(url, prompts[:args.single], 1, args.max_tokens))
                    multi = asyncio.run(generation_wave(url, prompts, args.streams, args.max_tokens))
                    ttft = asyncio.run(ttft_wave(url, cases, chat=name == "medqa", max_tokens=args.max_tokens))
                    engine_note = ""
                    if name == "medqa":  # the engine alone, on the same rendered prompts the peer gets
                        raw = statistics.median(asyncio.run(ttft_wave(url, cases, chat=False, max_tokens=args.max_tokens)))
                        figures[name].setdefault("ttft_raw", []).append(raw)
                        engine_note = f", completions {raw:.2f} s"
                    figures[name]["single"].append(single["tps"])
                    figures[name]["multi"].append(multi["tps"])
                    figures[name]["ttft"].append(statistics.median(ttft))
                    figures[name].setdefault("ttft_all", []).extend(ttft)
                    for index, text in enumerate(single["texts"]):
                        texts[name].setdefault(("single", index), text)
                    for index, text in enumerate(multi["texts"]):
                        texts[name].setdefault(("multi", index), text)
                    print(f"round {round_index + 1} {name:<5}: 1 stream {single['tps']:6.1f} tok/s, {args.streams} "
                          f"streams {multi['tps']:6.1f} tok/s ({multi['seconds']:.1f} s), TTFT p50 "
                          f"{statistics.median(ttft):.2f} s ({'chat route' if name == 'medqa' else 'completions'})"
                          f"{engine_note}; "
                          f"loadavg {loadavg()}", flush=True)
        finally:
            for proc, _, _ in servers.values():
                stop_process(proc)
    same_multi = sum(texts["medqa"][k] == texts["peer"][k] for k in texts["medqa"] if k[0] == "multi")
    same_single = sum(texts["medqa"][k] == texts["peer"][k] for k in texts["medqa"] if k[0] == "single")
    batched_vs_alone = sum(texts["medqa"][("multi", i)] == texts["medqa"][("single", i)] for i in range(args.single))
    print(f"identical greedy texts medqa vs peer: {same_multi}/{len(prompts)} at {args.streams} streams, "
          f"{same_single}/{args.single} one at a time; medqa batched vs alone: {batched_vs_alone}/{args.single}")
    if same_multi < len(prompts):
        first = next(k for k in texts["medqa"] if k[0] == "multi" and texts["medqa"][k] != texts["peer"][k])
        print(f"  first difference (prompt {first[1]}): medqa {texts['medqa'][first]!r}\n"
              f"                             peer  {texts['peer'][first]!r}")
    med = {n: {k: statistics.median(v) for k, v in f.items()} for n, f in figures.items()}
    print(f"{'server':<8} {'1 stream tok/s':>15} {f'{args.streams} streams tok/s':>18} {'TTFT p50 s':>11} {'TTFT p90 s':>11}")
    for name, label in (("medqa", "medqa"), ("peer", "peer")):
        print(f"{label:<8} {med[name]['single']:15.1f} {med[name]['multi']:18.1f} {med[name]['ttft']:11.2f} "
              f"{percentile(figures[name]['ttft_all'], 90):11.2f}")
    print("(medqa TTFT through the chat route: triage, retrieval, generation, first verified sentence; peer TTFT on "
          "the same rendered prompts)")
    print(f"medqa TTFT p50 on /v1/completions with the same rendered prompts as the peer: {med['medqa']['ttft_raw']:.2f} s")
    speedup = med["medqa"]["multi"] / med["peer"]["multi"]
    print(f"(a) {args.streams}-stream tokens/s medqa / peer: {speedup:.2f}x (target >= 2); "
          f"1 stream: {med['medqa']['single'] / med['peer']['single']:.2f}x")
    print(f"(b) medqa chat-route TTFT p50 at {args.streams} streams: {med['medqa']['ttft']:.2f} s (target <= 1.0 s)")
    print(f"RESULT peer_serving_speedup_16 {speedup:.2f} target >=2")
    return 0


if __name__ == "__main__":
    sys.exit(main())
