"""Read `df -k`-like output on stdin and alert on filesystems above thresholds.

Thresholds come from the environment: DISK_WARN (default 80), DISK_CRIT (default 90).
Exit code: 0 ok, 1 warning, 2 critical.
"""
import os
import sys
from typing import List, Tuple


def human(kb: int) -> str:
    size = float(kb)
    for unit in ["K", "M", "G", "T"]:
        if abs(size) < 1024.0:
            return f"{size:.1f}{unit}"
        size = size / 1024.0
    return f"{size:.1f}P"


def parse_df(text: str) -> List[Tuple[str, int, int, str]]:
    rows = []
    for line in text.splitlines()[1:]:
        cols = line.split()
        if len(cols) < 6:
            continue
        rows.append((cols[0], int(cols[1]), int(cols[2]), cols[5]))
    return rows


def main() -> int:
    warn = int(os.environ.get("DISK_WARN", "80"))
    crit = int(os.getenv("DISK_CRIT", "90"))
    rows = parse_df(sys.stdin.read())
    if not rows:
        print("no filesystems found")
        return 0
    worst = 0
    print(f"{'MOUNT':<16}{'SIZE':>9}{'USED':>9}{'USE%':>7}  STATUS")
    for fs, total, used, mount in sorted(rows, key=lambda r: r[3]):
        pct = used * 100.0 / total if total > 0 else 0.0
        if pct >= crit:
            status, level = "CRIT", 2
        elif pct >= warn:
            status, level = "WARN", 1
        else:
            status, level = "ok", 0
        worst = max(worst, level)
        print(f"{mount:<16}{human(total):>9}{human(used):>9}{pct:>6.1f}%  {status}")
    free_total = sum([t - u for _, t, u, _ in rows])
    print(f"free across all: {human(free_total)}")
    print(f"thresholds: warn={warn} crit={crit} -> exit {worst}")
    return worst


if __name__ == "__main__":
    sys.exit(main())
