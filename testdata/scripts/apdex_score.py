# Apdex per endpoint from "endpoint latency_ms status" lines on stdin.
# Usage: apdex_score.py [T_MS] ; env APDEX_MIN (default 0.85)
import os
import sys
from typing import Dict, List, Tuple


class Stats:
    def __init__(self, threshold: int):
        self.t = threshold
        self.satisfied = 0
        self.tolerating = 0
        self.frustrated = 0
        self.samples: List[int] = []

    def add(self, latency: int, ok: bool) -> None:
        self.samples.append(latency)
        if not ok or latency > 4 * self.t:
            self.frustrated += 1
        elif latency > self.t:
            self.tolerating += 1
        else:
            self.satisfied += 1

    def total(self) -> int:
        return self.satisfied + self.tolerating + self.frustrated

    def score(self) -> float:
        n = self.total()
        return (self.satisfied + self.tolerating / 2) / n if n else 1.0

    def percentile(self, p: float) -> int:
        data = sorted(self.samples)
        k = max(0, min(len(data) - 1, int(round(p / 100 * len(data) + 0.5)) - 1))
        return data[k]


def rating(score: float) -> str:
    for limit, name in ((0.94, "excellent"), (0.85, "good"), (0.70, "fair"), (0.50, "poor")):
        if score >= limit:
            return name
    return "unacceptable"


def main() -> int:
    t_ms = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    minimum = float(os.environ.get("APDEX_MIN", "0.85"))
    per: Dict[str, Stats] = {}
    overall = Stats(t_ms)
    for line in sys.stdin:
        f = line.split()
        if len(f) != 3:
            continue
        endpoint, latency, status = f[0], int(f[1]), int(f[2])
        ok = status < 500
        per.setdefault(endpoint, Stats(t_ms)).add(latency, ok)
        overall.add(latency, ok)
    rows: List[Tuple[str, Stats]] = sorted(per.items(), key=lambda kv: (kv[1].score(), kv[0]))
    print("%-16s %5s %5s %5s %5s %6s %6s  %s" % ("endpoint", "n", "sat", "tol", "frus", "p95", "apdex", "rating"))
    for name, s in rows + [("ALL", overall)]:
        if name == "ALL":
            print("-" * 66)
        p95 = s.percentile(95) if s.samples else 0
        print("%-16s %5d %5d %5d %5d %6d %6.2f  %s" % (name[:16], s.total(), s.satisfied, s.tolerating,
                                                      s.frustrated, p95, s.score(), rating(s.score())))
    failing = [n for n, s in rows if s.score() < minimum]
    if failing:
        print("below %.2f: %s" % (minimum, ", ".join(failing)))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
