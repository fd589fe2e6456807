#!/usr/bin/env python3
"""Read request latencies (ms) from stdin, one per line or whitespace-separated,
and print percentiles plus an ASCII histogram. Exits 1 if p99 exceeds P99_BUDGET_MS."""
import os
import sys
from typing import List


def percentile(sorted_vals: List[float], pct: float) -> float:
    if not sorted_vals:
        raise ValueError("no samples")
    if len(sorted_vals) == 1:
        return sorted_vals[0]
    rank = (len(sorted_vals) - 1) * pct / 100.0
    lo = int(rank)
    hi = min(lo + 1, len(sorted_vals) - 1)
    frac = rank - lo
    return sorted_vals[lo] + (sorted_vals[hi] - sorted_vals[lo]) * frac


def histogram(vals: List[float], buckets: List[int]) -> List[int]:
    counts = [0] * (len(buckets) + 1)
    for v in vals:
        for i, edge in enumerate(buckets):
            if v <= edge:
                counts[i] += 1
                break
        else:
            counts[-1] += 1
    return counts


def main() -> int:
    budget = float(os.environ.get("P99_BUDGET_MS", "500"))
    samples = [float(tok) for tok in sys.stdin.read().split()]
    if not samples:
        print("no samples on stdin")
        return 0
    vals = sorted(samples)
    print(f"n={len(vals)} min={vals[0]} max={vals[-1]} mean={sum(vals) / len(vals):.2f}")
    for p in [50, 90, 95, 99]:
        print(f"p{p:<3}= {percentile(vals, p):10.3f} ms")
    buckets = [10, 50, 100, 250, 500, 1000]
    counts = histogram(vals, buckets)
    labels = [f"<={b}" for b in buckets] + [f">{buckets[-1]}"]
    peak = max(counts)
    for label, c in zip(labels, counts):
        bar = "#" * (c * 30 // peak) if peak else ""
        print(f"{label:>7} | {c:>4} {bar}")
    p99 = percentile(vals, 99)
    if p99 > budget:
        print(f"p99 {p99:.1f}ms exceeds budget {budget:g}ms", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
