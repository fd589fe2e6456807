#!/usr/bin/env python3
"""Disk usage report from a df-style table: mount, size bytes, used bytes."""
import sys

import opsutil


def main() -> int:
    if len(sys.argv) != 2:
        opsutil.die("usage: lm_disk_report DF_FILE")
    try:
        rows = opsutil.read_table(sys.argv[1])
    except FileNotFoundError:
        opsutil.die(f"no such file: {sys.argv[1]}", 3)
    warn = float(opsutil.setting("warn", "80"))
    worst = "OK"
    order = ["OK", "WARN", "CRIT"]
    for row in rows:
        if len(row) != 3:
            print(f"skipping malformed row: {' '.join(row)}", file=sys.stderr)
            continue
        mount, size, used = row[0], int(row[1]), int(row[2])
        pct = 100.0 * used / size if size else 0.0
        level = opsutil.severity(pct, warn)
        if order.index(level) > order.index(worst):
            worst = level
        print(f"{mount:<12} {opsutil.human_bytes(used):>10} / {opsutil.human_bytes(size):>10} {pct:5.1f}% {level}")
    print(f"overall: {worst}")
    return order.index(worst)


if __name__ == "__main__":
    sys.exit(main())
