#!/usr/bin/env python3
"""Hourly traffic / error report from an nginx combined access log."""
import argparse
import re
import sys
from collections import Counter, defaultdict
from datetime import datetime, timezone

COMBINED = re.compile(
    r'(?P<ip>\S+) \S+ (?P<user>\S+) \[(?P<ts>[^\]]+)\] "(?P<method>[A-Z]+) (?P<path>\S+) (?P<proto>[^"]+)" '
    r'(?P<status>\d{3}) (?P<bytes>\d+|-)(?: "(?P<ref>[^"]*)" "(?P<ua>[^"]*)")?'
)


def parse_args():
    ap = argparse.ArgumentParser(description="Hourly access log report")
    ap.add_argument("logfile", type=argparse.FileType("r"))
    ap.add_argument("-n", "--top", type=int, default=3, help="paths to show per hour")
    ap.add_argument("--utc", action="store_true", help="bucket by UTC instead of the log's offset")
    ap.add_argument("--max-error-rate", type=float, default=0.05)
    return ap.parse_args()


def main():
    args = parse_args()
    hours = defaultdict(Counter)
    paths = defaultdict(Counter)
    volume = Counter()
    bad = 0
    for line in args.logfile:
        m = COMBINED.match(line)
        if not m:
            bad += 1
            continue
        ts = datetime.strptime(m["ts"], "%d/%b/%Y:%H:%M:%S %z")
        if args.utc:
            ts = ts.astimezone(timezone.utc)
        bucket = ts.strftime("%Y-%m-%d %H:00 %z")
        status = int(m["status"])
        hours[bucket][f"{status // 100}xx"] += 1
        path = re.sub(r"\?.*$", "", m["path"])
        path = re.sub(r"/\d+(?=/|$)", "/:id", path)
        paths[bucket][path] += 1
        if m["bytes"] != "-":
            volume[bucket] += int(m["bytes"])
    args.logfile.close()

    worst = 0.0
    for bucket in sorted(hours):
        counts = hours[bucket]
        total = sum(counts.values())
        errors = counts["5xx"]
        rate = errors / total
        worst = max(worst, rate)
        classes = " ".join(f"{k}={counts[k]}" for k in sorted(counts))
        print(f"{bucket}  total={total:<4d} {classes}  err={rate:.1%}  kb={volume[bucket] / 1024:.1f}")
        for path, n in paths[bucket].most_common(args.top):
            print(f"    {n:>4}  {path}")
    if bad:
        print(f"unparsed lines: {bad}")
    if worst > args.max_error_rate:
        print(f"ALERT: worst hourly 5xx rate {worst:.2%} > {args.max_error_rate:.2%}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
