#!/usr/bin/env python3
"""Scan access logs lazily with generator pipelines: parse, filter, stop early.

usage: gen_log_records.py LOG [MAX_ERRORS]
"""
import sys
from typing import Iterator, Tuple


def read_lines(path: str) -> Iterator[str]:
    print(f"[open {path}]")
    with open(path) as fh:
        for raw in fh:
            line = raw.rstrip("\n")
            if line and not line.startswith("#"):
                yield line
    print(f"[done {path}]")


def parse(path: str):
    for lineno, line in enumerate(read_lines(path), 1):
        parts = line.split()
        if len(parts) < 3:
            raise ValueError(f"line {lineno}: expected 'ip status bytes', got {line!r}")
        yield parts[0], int(parts[1]), int(parts[2])


def errors_only(path: str) -> Iterator[Tuple[str, int]]:
    for ip, status, _ in parse(path):
        if status >= 500:
            yield ip, status


def main() -> int:
    if len(sys.argv) < 2:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    limit = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    seen = 0
    try:
        for ip, status in errors_only(sys.argv[1]):
            seen += 1
            print(f"error {seen}: {ip} -> {status}")
            if seen >= limit:
                print("limit reached, stopping early")
                break
        else:
            print("scanned everything")
        total = 0
        for _, _, size in parse(sys.argv[1]):
            total += size
        print(f"bytes: {total:,}")
    except ValueError as exc:
        print(f"bad log: {exc}", file=sys.stderr)
        return 1
    except FileNotFoundError:
        print(f"no such log: {sys.argv[1]}", file=sys.stderr)
        return 1
    return 0 if seen == 0 else 3


if __name__ == "__main__":
    sys.exit(main())
