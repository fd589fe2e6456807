#!/usr/bin/env python3
"""Aggregate file sizes from a `find -printf '%s %p\\n'` style listing into
per-directory totals (like `du --max-depth`), and flag quota overruns.

usage: directory_quota.py LISTING [DEPTH]    quotas from QUOTA_MB (default 100)
"""
import os
import sys
from typing import Dict, List


def parents(path: str, depth: int) -> List[str]:
    parts = [p for p in path.strip("/").split("/") if p][:-1]
    result = ["/"]
    for i in range(1, min(depth, len(parts)) + 1):
        result.append("/" + "/".join(parts[:i]))
    return result


def fmt_mb(n: int) -> str:
    return f"{n / 1048576:,.1f}M"


def main() -> int:
    if len(sys.argv) < 2:
        print("usage: directory_quota.py LISTING [DEPTH]", file=sys.stderr)
        return 2
    depth = int(sys.argv[2]) if len(sys.argv) > 2 else 2
    quota = int(os.environ.get("QUOTA_MB", "100")) * 1048576
    totals: Dict[str, int] = {}
    files: Dict[str, int] = {}
    with open(sys.argv[1], encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                continue
            size_s, _, path = line.partition(" ")
            size = int(size_s)
            for d in parents(path, depth):
                totals[d] = totals.get(d, 0) + size
                files[d] = files.get(d, 0) + 1
    if not totals:
        print("empty listing")
        return 0
    over = []
    for d in sorted(totals, key=lambda k: (-totals[k], k)):
        mark = ""
        if d != "/" and totals[d] > quota:
            mark = "  OVER QUOTA"
            over.append(d)
        indent = "  " * (d.count("/") if d != "/" else 0)
        print(f"{fmt_mb(totals[d]):>10} {files[d]:>6}  {indent}{d}{mark}")
    if over:
        print(f"{len(over)} director(ies) over {fmt_mb(quota)}: {over}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
