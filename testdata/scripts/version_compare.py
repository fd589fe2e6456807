#!/usr/bin/env python3
"""Compare and sort package version strings like 1.10.2, 2.0.0-rc1, v3.1.

usage: version_compare.py VERSION [VERSION...]
       prints the versions sorted, the newest, and which ones satisfy MIN_VERSION.
"""
import os
import sys
from typing import List, Tuple


class VersionError(ValueError):
    pass


def parse_version(text: str) -> Tuple[List[int], str]:
    s = text.strip()
    if s.startswith("v") or s.startswith("V"):
        s = s[1:]
    core, _, pre = s.partition("-")
    if not core:
        raise VersionError(f"empty version: {text!r}")
    nums = []
    for part in core.split("."):
        if not part.isdigit():
            raise VersionError(f"bad version component {part!r} in {text!r}")
        nums.append(int(part))
    while len(nums) < 3:
        nums.append(0)
    return nums, pre


def compare(a: str, b: str) -> int:
    na, pa = parse_version(a)
    nb, pb = parse_version(b)
    for x, y in zip(na, nb):
        if x != y:
            return -1 if x < y else 1
    if len(na) != len(nb):
        return -1 if len(na) < len(nb) else 1
    # a release is newer than its pre-release
    if pa == pb:
        return 0
    if pa == "":
        return 1
    if pb == "":
        return -1
    return -1 if pa < pb else 1


def sort_versions(versions: List[str]) -> List[str]:
    # simple insertion sort using compare(), stable for equal versions
    result: List[str] = []
    for v in versions:
        i = len(result)
        while i > 0 and compare(result[i - 1], v) > 0:
            i -= 1
        result.insert(i, v)
    return result


def main() -> int:
    args = sys.argv[1:]
    if not args:
        print("usage: version_compare.py VERSION [VERSION...]", file=sys.stderr)
        return 2
    try:
        ordered = sort_versions(args)
    except VersionError as e:
        print(f"invalid input: {e}")
        return 1
    print("sorted:", " < ".join(ordered))
    print("newest:", ordered[-1])
    print("oldest:", ordered[0])
    minimum = os.environ.get("MIN_VERSION", "")
    if minimum:
        ok = [v for v in ordered if compare(v, minimum) >= 0]
        print(f"satisfying >= {minimum}: {ok}")
        if not ok:
            return 1
    pairs = list(zip(ordered, ordered[1:]))
    for a, b in pairs:
        c = compare(a, b)
        print(f"  {a:>12} {'==' if c == 0 else '< '} {b}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
