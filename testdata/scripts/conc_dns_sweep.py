#!/usr/bin/env python3
"""Resolve a list of names against a zone snapshot with typed worker threads.

zone file lines: "name A 10.0.0.1" or "name CNAME other".  Names come from the
command line; unresolvable names are collected in a shared list under a lock.
Writes resolved.txt (sorted) and exits 1 when anything failed to resolve.
"""
from __future__ import annotations

import queue
import sys
import threading
from concurrent.futures import Future, ThreadPoolExecutor

Zone = dict[str, tuple[str, str]]


def load_zone(path: str) -> Zone:
    zone: Zone = {}
    with open(path) as f:
        for line in f:
            fields = line.split()
            if len(fields) == 3:
                zone[fields[0]] = (fields[1], fields[2])
    return zone


def resolve(zone: Zone, name: str, depth: int = 0) -> str:
    if depth > 5:
        raise RecursionError(f"CNAME loop at {name}")
    if name not in zone:
        raise LookupError(f"NXDOMAIN {name}")
    kind, value = zone[name]
    if kind == "CNAME":
        return resolve(zone, value, depth + 1)
    return value


def sweeper(names: queue.Queue[str], zone: Zone, answers: dict[str, str],
            failures: list[str], lock: threading.Lock) -> None:
    while True:
        try:
            name = names.get_nowait()
        except queue.Empty:
            return
        try:
            addr = resolve(zone, name)
        except LookupError as e:
            with lock:
                failures.append(str(e))
        else:
            with lock:
                answers[name] = addr


def count_private(addrs: list[str]) -> int:
    return len([a for a in addrs if a.startswith("10.") or a.startswith("192.168.")])


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print("usage: conc_dns_sweep.py ZONE NAME...", file=sys.stderr)
        return 2
    zone = load_zone(argv[0])
    names: queue.Queue[str] = queue.Queue()
    for n in argv[1:]:
        names.put(n)
    answers: dict[str, str] = {}
    failures: list[str] = []
    lock = threading.Lock()
    workers = [threading.Thread(target=sweeper, args=(names, zone, answers, failures, lock))
               for _ in range(3)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()

    with ThreadPoolExecutor(max_workers=2) as pool:
        chunks = [sorted(answers.values())[i::2] for i in range(2)]
        counts: list[Future[int]] = [pool.submit(count_private, c) for c in chunks]
        private = sum([f.result() for f in counts])

    with open("resolved.txt", "w") as out:
        for name in sorted(answers):
            out.write(f"{name} {answers[name]}\n")
    print(f"resolved {len(answers)}/{len(argv) - 1}, private {private}")
    for msg in sorted(failures):
        print("  failed:", msg)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
