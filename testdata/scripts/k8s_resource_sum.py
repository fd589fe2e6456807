#!/usr/bin/env python3
"""Sum Kubernetes container resource requests per namespace.

stdin lines: "<namespace> <pod> cpu=<qty> mem=<qty> [replicas=<n>]"
cpu quantities: "250m" or "1.5"; memory: "128Mi", "2Gi", "500M", "1000000".
"""
import sys
from typing import Dict, Tuple

MEM_UNITS = {"Ki": 1024, "Mi": 1024 ** 2, "Gi": 1024 ** 3, "K": 1000, "M": 1000 ** 2, "G": 1000 ** 3}


class QuantityError(ValueError):
    pass


def parse_cpu(q: str) -> int:
    """Return millicores."""
    if q.endswith("m"):
        return int(q[:-1])
    try:
        return int(round(float(q) * 1000))
    except ValueError:
        raise QuantityError(f"invalid cpu quantity: {q}")


def parse_mem(q: str) -> int:
    for suffix in ["Ki", "Mi", "Gi", "K", "M", "G"]:
        if q.endswith(suffix):
            num = q[: -len(suffix)]
            if not num.isdigit():
                raise QuantityError(f"invalid memory quantity: {q}")
            return int(num) * MEM_UNITS[suffix]
    if not q.isdigit():
        raise QuantityError(f"invalid memory quantity: {q}")
    return int(q)


def parse_line(line: str) -> Tuple[str, int, int]:
    parts = line.split()
    ns = parts[0]
    opts = {}
    for p in parts[2:]:
        k, _, v = p.partition("=")
        opts[k] = v
    replicas = int(opts.get("replicas", "1"))
    return ns, parse_cpu(opts["cpu"]) * replicas, parse_mem(opts["mem"]) * replicas


def main() -> int:
    totals: Dict[str, Tuple[int, int]] = {}
    pods: Dict[str, int] = {}
    for line in sys.stdin:
        if not line.strip() or line.startswith("#"):
            continue
        try:
            ns, cpu, mem = parse_line(line)
        except QuantityError as e:
            print(f"error: {e}")
            return 1
        c, m = totals.get(ns, (0, 0))
        totals[ns] = (c + cpu, m + mem)
        pods[ns] = pods.get(ns, 0) + 1
    if not totals:
        print("nothing to sum")
        return 0
    print(f"{'NAMESPACE':<14}{'PODS':>5}{'CPU':>10}{'MEMORY':>12}")
    grand_cpu = 0
    grand_mem = 0
    for ns, (cpu, mem) in sorted(totals.items(), key=lambda kv: -kv[1][0]):
        grand_cpu += cpu
        grand_mem += mem
        print(f"{ns:<14}{pods[ns]:>5}{cpu / 1000:>9.2f}c{mem / 1024 ** 3:>9.2f}GiB")
    print(f"{'TOTAL':<14}{sum(pods.values()):>5}{grand_cpu / 1000:>9.2f}c{grand_mem / 1024 ** 3:>9.2f}GiB")
    print("raw totals:", sorted(totals.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
