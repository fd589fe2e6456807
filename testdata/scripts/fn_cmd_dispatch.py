#!/usr/bin/env python3
"""hostctl: tiny inventory tool. usage: hostctl.py COMMAND [ARGS...]

Commands are looked up in a dispatch table; field values are checked by per-field
validators (builtins and lambdas) before the inventory file is rewritten.
"""
import sys

INVENTORY = "hosts.tsv"
FIELDS = ["name", "port", "role"]

VALIDATORS = {
    "name": str.lower,
    "port": int,
    "role": lambda v: v if v in ("web", "db", "cache") else None,
}


def load():
    rows = []
    try:
        with open(INVENTORY) as fh:
            for line in fh:
                parts = line.rstrip("\n").split("\t")
                if len(parts) == 3:
                    rows.append(parts)
    except FileNotFoundError:
        pass
    return rows


def save(rows):
    with open(INVENTORY, "w") as fh:
        for row in rows:
            fh.write("\t".join(row) + "\n")


def cmd_add(rows, argv):
    if len(argv) != 3:
        print("add needs NAME PORT ROLE", file=sys.stderr)
        return 2
    clean = []
    for field, raw in zip(FIELDS, argv):
        check = VALIDATORS[field]
        value = check(raw)
        if value is None:
            print(f"invalid {field}: {raw!r}", file=sys.stderr)
            return 1
        clean.append(str(value))
    if any(r[0] == clean[0] for r in rows):
        print(f"{clean[0]} already present", file=sys.stderr)
        return 1
    rows.append(clean)
    save(rows)
    print(f"added {clean[0]}:{clean[1]} ({clean[2]})")
    return 0


def cmd_remove(rows, argv):
    names = set(a.lower() for a in argv)
    kept = [r for r in rows if r[0] not in names]
    removed = len(rows) - len(kept)
    save(kept)
    print(f"removed {removed} host(s)")
    return 0 if removed else 1


def cmd_list(rows, argv):
    role = argv[0] if argv else ""
    shown = 0
    for name, port, r in sorted(rows):
        if role and r != role:
            continue
        print(f"{name:<12} {port:>5} {r}")
        shown += 1
    print(f"{shown} host(s)")
    return 0


COMMANDS = {"add": cmd_add, "remove": cmd_remove, "rm": cmd_remove, "list": cmd_list}


def main(argv):
    if not argv or argv[0] not in COMMANDS:
        print(__doc__.splitlines()[0], file=sys.stderr)
        print("commands: " + ", ".join(sorted(COMMANDS)), file=sys.stderr)
        return 2
    handler = COMMANDS[argv[0]]
    return handler(load(), argv[1:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
