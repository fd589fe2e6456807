#!/usr/bin/env python3
"""Render a host x service health matrix from TSV check results on stdin.

Input lines: host<TAB>service<TAB>status<TAB>latency_ms
"""
import sys

SYMBOLS = {"ok": "+", "warn": "~", "crit": "X", "unknown": "?"}


def main():
    results = {}
    services = set()
    latencies = {}
    errors = 0
    for lineno, line in enumerate(sys.stdin, 1):
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 4:
            print("line %d: expected 4 tab-separated columns" % lineno, file=sys.stderr)
            errors += 1
            continue
        host, service, status, latency = cols
        status = status.lower()
        if status not in SYMBOLS:
            status = "unknown"
        results.setdefault(host, {})[service] = status
        services.add(service)
        if latency.strip() != "-":
            latencies.setdefault(service, []).append(int(latency))

    if not results:
        print("no results")
        return 1 if errors else 0

    cols = sorted(services)
    hw = max([len(h) for h in results] + [4])
    header = "host".ljust(hw)
    for c in cols:
        header += " | " + c.center(max(len(c), 3))
    print(header)
    print("-" * len(header))
    worst = "ok"
    rank = ["ok", "unknown", "warn", "crit"]
    for host in sorted(results):
        row = host.ljust(hw)
        for c in cols:
            st = results[host].get(c, "")
            sym = SYMBOLS[st] if st else " "
            row += " | " + sym.center(max(len(c), 3))
            if st and rank.index(st) > rank.index(worst):
                worst = st
        print(row)
    print()
    for svc in cols:
        vals = latencies.get(svc, [])
        if vals:
            avg = sum(vals) / len(vals)
            print("%-10s avg %7.1f ms  max %5d ms  (%d samples)" % (svc, avg, max(vals), len(vals)))
        else:
            print("%-10s no latency data" % svc)
    print("overall:", worst.upper())
    return {"ok": 0, "unknown": 3, "warn": 1, "crit": 2}[worst]


if __name__ == "__main__":
    sys.exit(main())
