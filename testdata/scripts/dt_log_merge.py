#!/usr/bin/env python3
"""Merge application log lines from hosts in different time zones into one timeline.

Each input line: `<ISO-8601 timestamp with offset> <host> <level> <message...>`.
Lines are read from the files given (or stdin with `-`), normalised to UTC (or to the local
zone of this machine with --local, i.e. $TZ) and printed in time order. Gaps longer than
--gap seconds between consecutive events are reported. Naive timestamps are rejected, since
they cannot be ordered against the others.
"""
import argparse
import sys
from datetime import datetime, timedelta, timezone


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("logs", nargs="+", type=argparse.FileType("r"))
    ap.add_argument("--local", action="store_true", help="print in the local zone ($TZ)")
    ap.add_argument("--gap", type=float, default=300.0)
    ap.add_argument("--level", choices=["DEBUG", "INFO", "WARN", "ERROR"], default="DEBUG")
    args = ap.parse_args()
    order = ["DEBUG", "INFO", "WARN", "ERROR"]
    events = []
    skipped = 0
    for fh in args.logs:
        for line in fh:
            fields = line.split(None, 3)
            if len(fields) < 4:
                skipped += 1
                continue
            stamp, host, level, msg = fields
            try:
                when = datetime.fromisoformat(stamp)
            except ValueError:
                skipped += 1
                continue
            if when.tzinfo is None:
                print(f"error: {host}: timestamp {stamp} has no offset", file=sys.stderr)
                return 3
            if order.index(level) < order.index(args.level):
                continue
            events.append((when.astimezone(timezone.utc), host, level, msg.rstrip("\n"), when.utcoffset()))
        fh.close()
    events.sort(key=lambda e: (e[0], e[1]))
    prev = None
    offsets = {}
    for when, host, level, msg, off in events:
        offsets[host] = off
        if prev is not None and (when - prev).total_seconds() > args.gap:
            print(f"--- gap of {when - prev} ---")
        shown = when.astimezone() if args.local else when
        print(f"{shown.isoformat(sep=' ', timespec='milliseconds')} {shown.strftime('%Z'):<6} {host:<8} {level:<5} {msg}")
        prev = when
    for host in sorted(offsets):
        off = offsets[host]
        hours = off.total_seconds() / 3600
        print(f"{host}: UTC{hours:+g}h")
    if events:
        span = events[-1][0] - events[0][0]
        print(f"{len(events)} events over {span}, {skipped} lines skipped")
    else:
        print(f"no events, {skipped} lines skipped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
