"""Shared helpers of the peer benchmarks: machine load, peak memory, free ports, bounded child processes."""

import os
import resource
import socket
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OFFLINE_ENV = {"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "HF_DATASETS_OFFLINE": "1",
               "TOKENIZERS_PARALLELISM": "false"}


def loadavg() -> str:
    """/proc/loadavg's 1, 5 and 15-minute load and runnable/total tasks, or '?' where absent."""
    try:
        with open("/proc/loadavg", encoding="utf-8") as f:
            return " ".join(f.read().split()[:4])
    except OSError:
        return "?"


def peak_rss_mib() -> float:
    """This process's peak resident set size in MiB (Linux reports KiB, macOS bytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 1024


def free_port() -> int:
    """A TCP port on 127.0.0.1 free right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def child_env(threads: int | None = None) -> dict:
    """The environment for a benchmark child: offline, the repo importable, `threads` torch threads if given."""
    env = {**os.environ, **OFFLINE_ENV, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    if threads is not None:
        env["OMP_NUM_THREADS"] = str(threads)
    return env


def run_child(args: list[str], timeout_s: float, env: dict, log_path: Path) -> float:
    """Run a child process to completion (killed after `timeout_s`); its wall seconds. Raises with the log tail."""
    started = time.perf_counter()
    with open(log_path, "w") as log:
        proc = subprocess.Popen(args, cwd=str(ROOT), env=env, stdout=log, stderr=subprocess.STDOUT)
        try:
            code = proc.wait(timeout=timeout_s)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
            raise RuntimeError(f"{args[:4]} ran past {timeout_s:.0f} s; log: {log_path}")
    if code != 0:
        raise RuntimeError(f"{args[:4]} exited {code}:\n{log_path.read_text()[-3000:]}")
    return time.perf_counter() - started


def wait_http_ready(url: str, proc: subprocess.Popen, log_path: Path, timeout_s: float = 600) -> None:
    """Poll `url` until it answers 200; raise with the server log if the process dies or time runs out."""
    import httpx

    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited {proc.returncode}:\n{log_path.read_text()[-3000:]}")
        try:
            if httpx.get(url, timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    raise RuntimeError(f"server at {url} not ready after {timeout_s:.0f} s:\n{log_path.read_text()[-3000:]}")


def stop_process(proc: subprocess.Popen) -> None:
    """Terminate a child we started (kill after 15 s)."""
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
