#!/usr/bin/env python3
"""Summarise log levels in an application log file given on the command line."""
import sys

LEVELS = ["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"]


def parse_line(line):
    # format: 2024-01-05 12:00:01 LEVEL component: message
    parts = line.split(" ", 4)
    if len(parts) < 5:
        return None
    level = parts[2].strip()
    if level not in LEVELS:
        return None
    component = parts[3].rstrip(":")
    return (level, component, parts[4].strip())


def main():
    if len(sys.argv) < 2:
        print("usage: log_level_summary.py LOGFILE [MIN_LEVEL]", file=sys.stderr)
        sys.exit(2)
    path = sys.argv[1]
    min_level = sys.argv[2].upper() if len(sys.argv) > 2 else "DEBUG"
    min_idx = LEVELS.index(min_level)
    counts = {}
    by_component = {}
    skipped = 0
    total = 0
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\n")
            if not line.strip():
                continue
            total += 1
            parsed = parse_line(line)
            if parsed is None:
                skipped += 1
                continue
            level, component, message = parsed
            if LEVELS.index(level) < min_idx:
                continue
            counts[level] = counts.get(level, 0) + 1
            by_component.setdefault(component, []).append(message)
    print(f"file: {path}")
    print(f"lines: {total}, unparsed: {skipped}")
    for level in LEVELS:
        if level in counts:
            n = counts[level]
            pct = n / total if total else 0.0
            print(f"  {level:<9}{n:>5}  {pct:.1%}")
    print("components:")
    for comp in sorted(by_component):
        msgs = by_component[comp]
        print(f"  {comp:<12} {len(msgs):>3}  last={msgs[-1]!r}")
    if counts.get("CRITICAL", 0) > 0:
        return 3
    return 0


if __name__ == "__main__":
    sys.exit(main())
