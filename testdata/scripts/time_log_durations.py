"""Pair START/END job events from a log and report durations."""

import sys
from datetime import datetime, timedelta

FMT = "%Y-%m-%d %H:%M:%S"


def main() -> int:
    starts = {}
    durations = {}
    for raw in sys.stdin:
        line = raw.strip()
        if not line:
            continue
        date, clock, event, job = line.split()
        when = datetime.strptime(f"{date} {clock}", FMT)
        if event == "START":
            starts[job] = when
        elif event == "END":
            if job not in starts:
                print(f"warning: {job} ended without start")
                continue
            durations[job] = when - starts[job]
            del starts[job]
    limit = timedelta(minutes=int(sys.argv[1])) if len(sys.argv) > 1 else timedelta(hours=1)
    total = timedelta(0)
    for job in sorted(durations, key=lambda j: durations[j], reverse=True):
        d = durations[job]
        total = total + d
        flag = " LONG" if d > limit else ""
        print(f"{job:<12} {str(d):>18} {d.total_seconds():>10.1f}s{flag}")
    print(f"total: {total} ({total.days} days, {total.seconds} s)")
    for job in sorted(starts):
        print(f"still running: {job} since {starts[job].isoformat()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
