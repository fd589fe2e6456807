#!/usr/bin/env python3
"""Find the biggest files under a tree and summarise usage by extension."""
import os
import sys
from collections import Counter


def human(n):
    for unit in ["B", "K", "M", "G"]:
        if n < 1024:
            return f"{n:.1f}{unit}" if unit != "B" else f"{n}{unit}"
        n /= 1024
    return f"{n:.1f}T"


def scan(root, min_size=0):
    sizes = []
    by_ext = Counter()
    errors = 0
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            full = os.path.join(dirpath, name)
            try:
                st = os.stat(full)
            except OSError as e:
                print(f"warn: {e}", file=sys.stderr)
                errors += 1
                continue
            if st.st_size < min_size:
                continue
            ext = os.path.splitext(name)[1].lower() or "(none)"
            by_ext[ext] += st.st_size
            sizes.append((st.st_size, os.path.relpath(full, root)))
    return sizes, by_ext, errors


def main(argv):
    if len(argv) < 2:
        print("usage: disk_report.py ROOT [TOP]", file=sys.stderr)
        return 2
    root = argv[1]
    top = int(argv[2]) if len(argv) > 2 else 5
    if not os.path.isdir(root):
        print(f"not a directory: {root}", file=sys.stderr)
        return 1
    sizes, by_ext, errors = scan(root)
    sizes.sort(key=lambda t: (-t[0], t[1]))
    print(f"{len(sizes)} files, {human(sum(s for s, _ in sizes))} total")
    for size, path in sizes[:top]:
        print(f"  {human(size):>8}  {path}")
    print("by extension:")
    for ext, total in sorted(by_ext.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {ext:<8} {human(total)}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
