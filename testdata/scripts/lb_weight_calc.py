#!/usr/bin/env python3
"""Compute a smooth weighted round-robin sequence for load balancer backends
(like nginx), plus the reduced weight ratio using a recursive gcd.

usage: lb_weight_calc.py BACKEND=WEIGHT [BACKEND=WEIGHT...] [--requests N]
"""
import sys
from typing import Dict, List, Tuple


def gcd(a: int, b: int) -> int:
    if b == 0:
        return a
    return gcd(b, a % b)


def parse_args(argv: List[str]) -> Tuple[List[Tuple[str, int]], int]:
    backends: List[Tuple[str, int]] = []
    requests = 0
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--requests":
            requests = int(argv[i + 1])
            i += 2
            continue
        name, sep, weight = arg.partition("=")
        if not sep:
            raise ValueError(f"expected BACKEND=WEIGHT, got {arg!r}")
        if int(weight) < 0:
            raise ValueError(f"negative weight for {name}")
        backends.append((name, int(weight)))
        i += 1
    return backends, requests


def smooth_wrr(backends: List[Tuple[str, int]], n: int) -> List[str]:
    current: Dict[str, int] = {name: 0 for name, _ in backends}
    total = sum([w for _, w in backends])
    picks: List[str] = []
    for _ in range(n):
        best = ""
        for name, w in backends:
            current[name] += w
            if best == "" or current[name] > current[best]:
                best = name
        current[best] -= total
        picks.append(best)
    return picks


def main() -> int:
    if len(sys.argv) < 2:
        print("usage: lb_weight_calc.py BACKEND=WEIGHT... [--requests N]", file=sys.stderr)
        return 2
    backends, requests = parse_args(sys.argv[1:])
    active = [(n, w) for n, w in backends if w > 0]
    if not active:
        print("all backends drained (weight 0)")
        return 1
    g = 0
    for _, w in active:
        g = gcd(g, w)
    total = sum([w for _, w in active])
    print("backend        weight  ratio   share")
    for name, w in backends:
        share = w / total
        print(f"{name:<14} {w:>6} {w // g if w else 0:>6}  {share:>6.1%}{'  (drained)' if w == 0 else ''}")
    cycle = total // g
    n = requests or cycle
    picks = smooth_wrr(active, n)
    print(f"cycle length {cycle}, simulating {n} request(s):")
    print(" ".join(picks))
    counts = {name: picks.count(name) for name, _ in active}
    print("served:", counts)
    return 0


if __name__ == "__main__":
    sys.exit(main())
