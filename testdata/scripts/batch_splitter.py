#!/usr/bin/env python3
"""Split a host list into rolling-deploy batches and write batch_NN.txt files.

usage: batch_splitter.py HOSTS_FILE SIZE
SIZE is either a number of hosts ("5") or a percentage ("25%").
The first batch is always a single canary host unless NO_CANARY=1.
"""
import os
import sys
from typing import List


def batch_size(spec: str, total: int) -> int:
    if spec.endswith("%"):
        pct = float(spec[:-1])
        if pct <= 0 or pct > 100:
            raise ValueError(f"percentage out of range: {spec}")
        return max(1, int(total * pct / 100))
    n = int(spec)
    if n < 1:
        raise ValueError(f"batch size must be positive: {n}")
    return n


def split(hosts: List[str], size: int, canary: bool) -> List[List[str]]:
    batches: List[List[str]] = []
    rest = hosts
    if canary and hosts:
        batches.append([hosts[0]])
        rest = hosts[1:]
    for i in range(0, len(rest), size):
        batches.append(rest[i:i + size])
    return batches


def main() -> None:
    if len(sys.argv) != 3:
        print("usage: batch_splitter.py HOSTS_FILE SIZE", file=sys.stderr)
        sys.exit(2)
    with open(sys.argv[1]) as f:
        hosts = []
        for line in f:
            h = line.strip()
            if h and not h.startswith("#") and h not in hosts:
                hosts.append(h)
    size = batch_size(sys.argv[2], len(hosts))
    canary = os.environ.get("NO_CANARY", "0") != "1"
    batches = split(hosts, size, canary)
    for n, batch in enumerate(batches, 1):
        with open(f"batch_{n:02d}.txt", "w") as out:
            out.write("\n".join(batch) + "\n")
    print(f"{len(hosts)} hosts, batch size {size}, canary={'yes' if canary else 'no'} -> {len(batches)} batches")
    done = 0
    for n, batch in enumerate(batches, 1):
        done += len(batch)
        progress = done / len(hosts)
        label = "canary" if canary and n == 1 else f"batch {n}"
        print(f"  {label:<9} {len(batch):>3} hosts  cumulative {progress:6.1%}  {batch[0]}..{batch[-1]}")
    sizes = [len(b) for b in batches]
    print("sizes:", sizes)


if __name__ == "__main__":
    main()
