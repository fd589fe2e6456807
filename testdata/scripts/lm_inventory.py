#!/usr/bin/env python3
"""Parse a host inventory (group headers and host lines); run alone it prints a summary.
lm_inventory_diff.py imports it to compare two inventories."""
import sys

COMMENT = ";"


def load_inventory(path):
    """{group: [hosts]} in file order; hosts before any header go to 'ungrouped'."""
    groups = {}
    current = "ungrouped"
    with open(path) as fh:
        for lineno, raw in enumerate(fh, 1):
            line = raw.split(COMMENT, 1)[0].strip()
            if not line:
                continue
            if line.startswith("[") and line.endswith("]"):
                current = line[1:-1].strip()
                if not current:
                    raise ValueError(f"{path}:{lineno}: empty group name")
                groups.setdefault(current, [])
                continue
            groups.setdefault(current, []).append(line.split()[0])
    return groups


def summary(groups):
    total = sum(len(hosts) for hosts in groups.values())
    return f"{len(groups)} groups, {total} hosts"


def main():
    if len(sys.argv) != 2:
        print("usage: lm_inventory.py FILE", file=sys.stderr)
        return 2
    try:
        groups = load_inventory(sys.argv[1])
    except ValueError as exc:
        print(f"invalid inventory: {exc}", file=sys.stderr)
        return 1
    for name, hosts in groups.items():
        print(f"[{name}] {' '.join(hosts) or '-'}")
    print(summary(groups))
    return 0


if __name__ == "__main__":
    sys.exit(main())
