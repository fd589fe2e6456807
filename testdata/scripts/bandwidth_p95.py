# 95th-percentile bandwidth billing per port from 5-minute counter samples.
# samples file: port counter_bytes (monotonic, may wrap at 2**32)   one line per 5 minutes
import sys
from typing import Dict, List, Tuple

WRAP = 2 ** 32
INTERVAL = 300


def rates(counters: List[int]) -> Tuple[List[float], int]:
    out: List[float] = []
    wraps = 0
    for prev, cur in zip(counters, counters[1:]):
        delta = cur - prev
        if delta < 0:
            delta += WRAP
            wraps += 1
        out.append(delta * 8 / INTERVAL / 1e6)   # Mbit/s
    return out, wraps


def p95(values: List[float]) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    drop = len(ordered) * 5 // 100
    return ordered[len(ordered) - 1 - drop]


def cost(mbps: float, commit: float, base: float = 100.0, per_mbps: float = 1.25) -> Tuple[float, float]:
    overage = max(0.0, mbps - commit)
    return base + overage * per_mbps, overage


def main() -> int:
    if len(sys.argv) < 2:
        print("usage: bandwidth_p95.py SAMPLES [COMMIT_MBPS]", file=sys.stderr)
        return 2
    commit = float(sys.argv[2]) if len(sys.argv) > 2 else 1.0
    series: Dict[str, List[int]] = {}
    with open(sys.argv[1]) as fh:
        for line in fh:
            f = line.split()
            if len(f) == 2 and f[1].isdigit():
                series.setdefault(f[0], []).append(int(f[1]))
    total_cost = 0.0
    over: List[str] = []
    print("%-8s %6s %9s %9s %9s %9s" % ("port", "n", "avg", "max", "p95", "bill"))
    for port in sorted(series, key=lambda p: (len(p), p)):
        r, wraps = rates(series[port])
        if not r:
            print("%-8s %6d %9s" % (port, len(series[port]), "too few samples"))
            continue
        value = p95(r)
        bill, overage = cost(value, commit)
        total_cost += bill
        if overage > 0:
            over.append(f"{port}(+{overage:.3f})")
        avg = sum(r) / len(r)
        print("%-8s %6d %9.3f %9.3f %9.3f %9.2f%s" % (port, len(r), avg, max(r), value, bill,
                                                     " wrap×%d" % wraps if wraps else ""))
    print("total: ${:,.2f}".format(total_cost))
    if over:
        print("over commit: " + " ".join(over))
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
