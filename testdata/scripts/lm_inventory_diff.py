"""Diff two inventories group by group, using the parser of lm_inventory.py."""
import sys

from lm_inventory import load_inventory, summary


def diff(old, new):
    changes = []
    for group in sorted(set(old) | set(new)):
        before = set(old.get(group, []))
        after = set(new.get(group, []))
        for host in sorted(after - before):
            changes.append(f"+ {group}/{host}")
        for host in sorted(before - after):
            changes.append(f"- {group}/{host}")
    return changes


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: lm_inventory_diff.py OLD NEW")
    old = load_inventory(sys.argv[1])
    new = load_inventory(sys.argv[2])
    print("old:", summary(old))
    print("new:", summary(new))
    changes = diff(old, new)
    for line in changes:
        print(line)
    sys.exit(1 if changes else 0)


main()
