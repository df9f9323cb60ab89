"""Statistics a reviewer expects: bootstrap intervals, calibration, and paired comparison of two runs."""

import math

import numpy as np

DEFAULT_RESAMPLES = 1000


def bootstrap_ci(values, resamples: int = DEFAULT_RESAMPLES, seed: int = 0, level: float = 0.95) -> tuple[float, float]:
    """Percentile bootstrap interval of the mean of `values` (seeded, so a rerun gives the same interval)."""
    x = np.asarray(values, dtype=float)
    if x.size == 0:
        return (float("nan"), float("nan"))
    rng = np.random.default_rng(seed)
    means = x[rng.integers(0, x.size, size=(resamples, x.size))].mean(axis=1)
    alpha = (1 - level) / 2
    return float(np.quantile(means, alpha)), float(np.quantile(means, 1 - alpha))


def mean_with_ci(values, resamples: int = DEFAULT_RESAMPLES, seed: int = 0) -> dict:
    """{"value", "ci_low", "ci_high", "n"} for the mean of 0/1 or real values."""
    x = np.asarray(values, dtype=float)
    low, high = bootstrap_ci(x, resamples, seed)
    return {"value": float(x.mean()) if x.size else float("nan"), "ci_low": low, "ci_high": high, "n": int(x.size)}


def softmax(logliks) -> np.ndarray:
    """Probabilities over options from their log-likelihoods."""
    x = np.asarray(logliks, dtype=float)
    e = np.exp(x - x.max())
    return e / e.sum()


def calibration(confidences, correct, bins: int = 10) -> dict:
    """Expected calibration error and reliability-diagram bins (equal-width confidence bins)."""
    conf = np.asarray(confidences, dtype=float)
    ok = np.asarray(correct, dtype=float)
    edges = np.linspace(0.0, 1.0, bins + 1)
    # Right-closed bins so a confidence of exactly 1.0 lands in the last bin.
    which = np.clip(np.searchsorted(edges, conf, side="left") - 1, 0, bins - 1)
    table, ece = [], 0.0
    for b in range(bins):
        members = which == b
        n = int(members.sum())
        row = {"low": float(edges[b]), "high": float(edges[b + 1]), "n": n, "confidence": None, "accuracy": None}
        if n:
            row["confidence"] = float(conf[members].mean())
            row["accuracy"] = float(ok[members].mean())
            ece += n / conf.size * abs(row["accuracy"] - row["confidence"])
        table.append(row)
    return {"ece": float(ece) if conf.size else float("nan"), "bins": table}


def mcnemar_p(b: int, c: int) -> float:
    """Exact two-sided McNemar p-value from the discordant counts (binomial with p = 1/2)."""
    n = b + c
    if n == 0:
        return 1.0
    k = min(b, c)
    tail = sum(math.comb(n, i) for i in range(k + 1)) / 2**n
    return float(min(1.0, 2 * tail))


def paired_comparison(correct_a, correct_b, resamples: int = DEFAULT_RESAMPLES, seed: int = 0) -> dict:
    """Accuracy of B minus A on the same items, with a paired bootstrap CI and McNemar counts."""
    a = np.asarray(correct_a, dtype=float)
    b = np.asarray(correct_b, dtype=float)
    diff = b - a
    low, high = bootstrap_ci(diff, resamples, seed)
    a_only = int(((a == 1) & (b == 0)).sum())
    b_only = int(((a == 0) & (b == 1)).sum())
    return {
        "n": int(a.size),
        "acc_a": float(a.mean()) if a.size else float("nan"),
        "acc_b": float(b.mean()) if b.size else float("nan"),
        "difference": float(diff.mean()) if a.size else float("nan"),
        "ci_low": low,
        "ci_high": high,
        "both_right": int(((a == 1) & (b == 1)).sum()),
        "both_wrong": int(((a == 0) & (b == 0)).sum()),
        "a_right_b_wrong": a_only,
        "a_wrong_b_right": b_only,
        "mcnemar_p": mcnemar_p(a_only, b_only),
    }
