#!/usr/bin/env python3
"""Resolve service names from a static table with a memoizing lookup and per-kind counters
built from closures; prints cache statistics and exits 3 when lookups fail."""
import sys
from typing import Callable

TABLE_FILE = "services.txt"


def make_counter(label: str) -> Callable[[int], int]:
    total = 0

    def bump(n: int) -> int:
        nonlocal total
        total += n
        return total

    print(f"counter {label} ready")
    return bump


def memoize(fn: Callable[[str], str]) -> tuple[Callable[[str], str], Callable[[], str]]:
    cache: dict[str, str] = {}
    stats = {"hits": 0, "misses": 0}

    def cached(key: str) -> str:
        if key in cache:
            stats["hits"] += 1
            return cache[key]
        stats["misses"] += 1
        value = fn(key)
        cache[key] = value
        return value

    def describe() -> str:
        return f"{len(cache)} cached, {stats['hits']} hits, {stats['misses']} misses"

    return cached, describe


def load_table(path: str) -> dict[str, str]:
    table = {}
    with open(path) as fh:
        for line in fh:
            if "=" in line:
                name, addr = line.strip().split("=", 1)
                table[name.strip()] = addr.strip()
    return table


def main() -> int:
    table = load_table(TABLE_FILE)
    slow_calls = make_counter("backend")

    def backend_lookup(name: str) -> str:
        slow_calls(1)
        if name not in table:
            raise LookupError(f"unknown service {name}")
        return table[name]

    lookup, describe = memoize(backend_lookup)
    failures = make_counter("failures")
    failed = 0
    for query in sys.argv[1:]:
        try:
            print(f"{query:<10} -> {lookup(query)}")
        except LookupError as exc:
            failed = failures(1)
            print(f"{query:<10} !! {exc}")
    print(describe())
    print(f"backend calls: {slow_calls(0)}, failures: {failed}")
    return 3 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
