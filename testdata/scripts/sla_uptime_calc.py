#!/usr/bin/env python3
"""Compute monthly availability from an outage log and compare with the SLA.

Outage log lines: "<month> <start_minute> <end_minute> <service>" (minutes since
the start of the month). Overlapping outages of the same service are merged.
"""
import os
import sys

SLA = float(os.environ.get("SLA_TARGET", "99.9"))
MINUTES_PER_MONTH = 30 * 24 * 60


def merge_intervals(intervals):
    merged = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            last_start, last_end = merged[-1]
            merged[-1] = (last_start, max(last_end, end))
        else:
            merged.append((start, end))
    return merged


def main():
    outages = {}
    for n, line in enumerate(sys.stdin, 1):
        parts = line.split()
        if not parts:
            continue
        if len(parts) != 4:
            print("line %d: expected 4 fields" % n)
            sys.exit(1)
        month, start, end, service = parts[0], int(parts[1]), int(parts[2]), parts[3]
        if end < start:
            print("line %d: end before start (%d < %d)" % (n, end, start))
            sys.exit(1)
        outages.setdefault((service, month), []).append((start, end))

    if not outages:
        print("no outages recorded: 100% available")
        return
    breaches = 0
    print("{:<10} {:<8} {:>9} {:>10}  {}".format("service", "month", "down_min", "uptime", "sla"))
    for service, month in sorted(outages):
        merged = merge_intervals(outages[(service, month)])
        down = sum([e - s for s, e in merged])
        uptime = 100.0 * (MINUTES_PER_MONTH - down) / MINUTES_PER_MONTH
        ok = uptime >= SLA
        if not ok:
            breaches += 1
        print("{:<10} {:<8} {:>9} {:>9.4f}%  {}".format(service, month, down, uptime, "met" if ok else "BREACH"))
        if len(merged) < len(outages[(service, month)]):
            print("   merged overlapping windows:", merged)
    budget = MINUTES_PER_MONTH * (100.0 - SLA) / 100.0
    print("error budget per month: %.1f minutes at %s%% target" % (budget, SLA))
    if breaches:
        print("%d service-month(s) breached the SLA" % breaches)
        sys.exit(2)


main()
