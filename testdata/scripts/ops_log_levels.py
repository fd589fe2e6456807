#!/usr/bin/env python3
"""Count log levels from stdin and alert when the error ratio is too high."""
import re
import sys
from collections import Counter

LINE = re.compile(r"^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d),\d+ \[(\w+)\] (\S+): (.*)$")


def main():
    threshold = float(sys.argv[1]) if len(sys.argv) > 1 else 0.1
    levels = Counter()
    sources = Counter()
    first = last = None
    skipped = 0
    for raw in sys.stdin:
        m = LINE.match(raw.rstrip())
        if not m:
            skipped += 1
            continue
        day, clock, level, source, msg = m.groups()
        levels[level.upper()] += 1
        if level.upper() in ("ERROR", "CRITICAL"):
            sources[source] += 1
        stamp = f"{day} {clock}"
        if first is None:
            first = stamp
        last = stamp
    total = sum(levels.values())
    if not total:
        print("no log lines")
        return 0
    print(f"window: {first} .. {last}")
    for level, n in levels.most_common():
        print(f"{level:<9}{n:>6} {n / total:6.1%}")
    errors = levels["ERROR"] + levels["CRITICAL"]
    ratio = errors / total
    if skipped:
        print(f"({skipped} unparsed)")
    if sources:
        worst, count = sources.most_common(1)[0]
        print(f"noisiest: {worst} ({count})")
    if ratio > threshold:
        print(f"error ratio {ratio:.3f} above {threshold}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
