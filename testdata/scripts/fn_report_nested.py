#!/usr/bin/env python3
"""Disk usage report from a `du -k`-style listing: a directory tree with sizes, rendered by
helpers nested in report() that share its width and unit settings."""
import os
import sys


def parse(lines):
    sizes = {}
    for lineno, line in enumerate(lines, 1):
        line = line.strip()
        if not line:
            continue
        try:
            kb, path = line.split(None, 1)
            sizes[path.rstrip("/")] = int(kb)
        except ValueError:
            raise SystemExit(f"line {lineno}: cannot parse {line!r}")
    return sizes


def report(sizes: dict[str, int], root: str, unit: str, max_depth: int) -> list[str]:
    divisor = {"K": 1, "M": 1024, "G": 1024 * 1024}[unit]
    width = max((len(p) for p in sizes), default=10)
    out: list[str] = []
    hidden = 0

    def human(kb: int) -> str:
        value = kb / divisor
        if value >= 100 or divisor == 1:
            return f"{value:,.0f}{unit}"
        return f"{value:.1f}{unit}"

    def children(path: str) -> list[str]:
        prefix = path + "/"
        found = [p for p in sizes if p.startswith(prefix) and "/" not in p[len(prefix):]]
        return sorted(found, key=lambda p: (-sizes[p], p))

    def walk(path: str, depth: int) -> None:
        nonlocal hidden
        if depth > max_depth:
            hidden += 1
            return
        indent = "  " * depth
        name = path if depth == 0 else os.path.basename(path)
        share = sizes[path] * 100 / sizes[root] if sizes[root] else 0.0
        out.append(f"{indent + name:<{width}} {human(sizes[path]):>9} {share:5.1f}%")
        for child in children(path):
            walk(child, depth + 1)

    if root not in sizes:
        raise KeyError(root)
    walk(root, 0)
    if hidden:
        out.append(f"({hidden} entries below depth {max_depth} not shown)")
    return out


def main() -> int:
    args = sys.argv[1:]
    unit = os.environ.get("DU_UNIT", "K").upper()
    depth = int(os.environ.get("DU_DEPTH", "3"))
    if len(args) != 2:
        print("usage: fn_report_nested.py LISTING ROOT", file=sys.stderr)
        return 2
    if unit not in ("K", "M", "G"):
        print(f"bad DU_UNIT {unit!r}", file=sys.stderr)
        return 2
    with open(args[0]) as fh:
        sizes = parse(fh)
    lines = report(sizes, args[1].rstrip("/"), unit, depth)
    with open("du-report.txt", "w") as fh:
        fh.write("\n".join(lines) + "\n")
    for line in lines:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
