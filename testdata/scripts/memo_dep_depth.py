#!/usr/bin/env python3
"""Deploy order from a service dependency file, with memoised depth and cost lookups,
and a bounded OrderedDict of the most recently touched services."""
import sys
from collections import OrderedDict
from functools import lru_cache

DEPS = {}
RECENT_MAX = 3
recent = OrderedDict()


def touch(name):
    if name in recent:
        recent.move_to_end(name)
    recent[name] = len(recent)
    if len(recent) > RECENT_MAX:
        oldest, _ = recent.popitem(last=False)
        print(f"  (forgetting {oldest})")


@lru_cache(maxsize=None)
def depth(name: str) -> int:
    if name not in DEPS:
        raise KeyError(name)
    deps = DEPS[name]
    if not deps:
        return 0
    return 1 + max(depth(d) for d in deps)


@lru_cache(maxsize=2)
def unit_cost(tier: str) -> int:
    print(f"  pricing tier {tier}")
    return {"gold": 30, "silver": 20}.get(tier, 10)


def main():
    if len(sys.argv) < 2:
        print("usage: memo_dep_depth.py DEPS_FILE", file=sys.stderr)
        sys.exit(2)
    with open(sys.argv[1]) as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            name, _, rest = line.partition(":")
            parts = rest.split()
            tier = parts[0] if parts else "bronze"
            DEPS[name.strip()] = [p for p in parts[1:]]
            touch(name.strip())
            print(f"{name.strip()}: tier {tier}, cost {unit_cost(tier)}")
    try:
        order = sorted(DEPS, key=lambda s: (depth(s), s))
    except KeyError as exc:
        print(f"unknown dependency: {exc}", file=sys.stderr)
        sys.exit(1)
    for svc in order:
        print(f"{depth(svc)} {svc}")
    print("recent:", list(recent))
    print(recent)


if __name__ == "__main__":
    main()
