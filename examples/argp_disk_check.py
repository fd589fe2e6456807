#!/usr/bin/env python3
"""Check `df -P` output (on stdin) against usage thresholds."""
import argparse
import sys

UNITS = {"k": 1, "m": 1024, "g": 1024 * 1024}


def parse_df(lines):
    rows = []
    for line in lines:
        parts = line.split()
        if len(parts) < 6 or parts[0] == "Filesystem":
            continue
        used = int(parts[2])
        avail = int(parts[3])
        rows.append((parts[5], used, avail))
    return rows


def main():
    p = argparse.ArgumentParser(description="Report filesystems above usage thresholds. Reads df -P output on stdin.")
    p.add_argument("mounts", nargs="*", help="only check these mount points")
    p.add_argument("-w", "--warn", type=float, default=80.0, metavar="PCT", help="warning threshold in percent")
    p.add_argument("-c", "--crit", type=float, default=90.0, metavar="PCT", help="critical threshold in percent")
    p.add_argument("-u", "--unit", choices=["k", "m", "g"], default="m", help="unit for sizes (default: %(default)s)")
    out = p.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="print one JSON-ish line per mount")
    out.add_argument("--quiet", "-q", action="store_true", help="print nothing, only set the exit status")
    args = p.parse_args()

    if args.warn >= args.crit:
        p.error(f"warning threshold {args.warn} must be below critical threshold {args.crit}")

    rows = parse_df(sys.stdin.read().splitlines())
    worst = 0
    div = UNITS[args.unit]
    for mount, used, avail in rows:
        if args.mounts and mount not in args.mounts:
            continue
        total = used + avail
        pct = 100.0 * used / total if total else 0.0
        if pct >= args.crit:
            state, code = "CRIT", 2
        elif pct >= args.warn:
            state, code = "WARN", 1
        else:
            state, code = "OK", 0
        worst = max(worst, code)
        if args.quiet:
            continue
        if args.json:
            print('{"mount": "%s", "state": "%s", "pct": %.1f}' % (mount, state, pct))
        else:
            print(f"{state:<5}{mount:<20}{used // div:>10}{args.unit} used {pct:5.1f}%")
    return worst


if __name__ == "__main__":
    sys.exit(main())
