#!/usr/bin/env python3
"""Summarise `ps aux`-style output from stdin: top processes by memory and CPU
aggregated per user and per command. usage: process_table_top.py [N]"""
import sys
from typing import Dict, List


class Proc:
    def __init__(self, user: str, pid: int, cpu: float, mem: float, rss_kb: int, command: str):
        self.user = user
        self.pid = pid
        self.cpu = cpu
        self.mem = mem
        self.rss_kb = rss_kb
        self.command = command

    def short_command(self) -> str:
        exe = self.command.split()[0]
        return exe.rsplit("/", 1)[-1]


def parse(lines: List[str]) -> List[Proc]:
    procs: List[Proc] = []
    for line in lines[1:]:
        cols = line.split(None, 10)
        if len(cols) < 11:
            continue
        procs.append(Proc(cols[0], int(cols[1]), float(cols[2]), float(cols[3]), int(cols[5]), cols[10]))
    return procs


def main() -> int:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    procs = parse(sys.stdin.read().splitlines())
    if not procs:
        print("no processes parsed")
        return 1
    print(f"top {n} by RSS:")
    for p in sorted(procs, key=lambda p: (-p.rss_kb, p.pid))[:n]:
        print(f"  {p.pid:>7} {p.user:<10} {p.rss_kb / 1024:>9.1f} MiB  {p.short_command()}")
    print(f"top {n} by CPU:")
    for p in sorted(procs, key=lambda p: (-p.cpu, p.pid))[:n]:
        print(f"  {p.pid:>7} {p.user:<10} {p.cpu:>6.1f}%  {p.short_command()}")
    per_user: Dict[str, List[float]] = {}
    for p in procs:
        acc = per_user.setdefault(p.user, [0.0, 0.0, 0.0])
        acc[0] += 1
        acc[1] += p.cpu
        acc[2] += p.rss_kb
    print(f"{'USER':<10} {'PROCS':>5} {'CPU%':>7} {'RSS MiB':>9}")
    for user, (count, cpu, rss) in sorted(per_user.items(), key=lambda kv: -kv[1][2]):
        print(f"{user:<10} {int(count):>5} {cpu:>7.1f} {rss / 1024:>9.1f}")
    per_cmd: Dict[str, int] = {}
    for p in procs:
        per_cmd[p.short_command()] = per_cmd.get(p.short_command(), 0) + 1
    multi = {k: v for k, v in per_cmd.items() if v > 1}
    print("commands with several instances:", dict(sorted(multi.items())))
    total_mem = sum([p.mem for p in procs])
    print(f"total %MEM: {total_mem:.1f}")
    return 2 if total_mem > 90 else 0


if __name__ == "__main__":
    sys.exit(main())
