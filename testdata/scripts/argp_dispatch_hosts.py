#!/usr/bin/env python3
"""Manage a small hosts inventory file with subcommands (list/add/remove/check)."""
import argparse
import json
import os
import sys

DB = os.environ.get("HOSTS_DB", "hosts.json")


class InventoryError(Exception):
    pass


def load():
    if not os.path.exists(DB):
        return {}
    with open(DB) as fh:
        return json.load(fh)


def save(hosts):
    with open(DB, "w") as fh:
        json.dump(hosts, fh, indent=2, sort_keys=True)
        fh.write("\n")


def cmd_list(args):
    hosts = load()
    names = sorted(hosts)
    if args.role:
        names = [n for n in names if hosts[n]["role"] == args.role]
    for name in names:
        print(f"{name:<12} {hosts[name]['addr']:<15} {hosts[name]['role']}")
    print(f"{len(names)} host(s)")
    return 0


def cmd_add(args):
    hosts = load()
    if args.name in hosts and not args.force:
        raise InventoryError(f"{args.name} already exists (use --force)")
    hosts[args.name] = {"addr": args.addr, "role": args.role}
    save(hosts)
    print(f"added {args.name}")
    return 0


def cmd_remove(args):
    hosts = load()
    missing = [n for n in args.names if n not in hosts]
    for n in args.names:
        hosts.pop(n, None)
    save(hosts)
    print(f"removed {len(args.names) - len(missing)}, missing {len(missing)}")
    return 3 if missing else 0


def cmd_check(args):
    hosts = load()
    dupes = {}
    for name, h in hosts.items():
        dupes.setdefault(h["addr"], []).append(name)
    bad = {a: ns for a, ns in dupes.items() if len(ns) > 1}
    for addr, names in sorted(bad.items()):
        print(f"duplicate address {addr}: {', '.join(sorted(names))}")
    if not bad:
        print("inventory ok")


def main():
    parser = argparse.ArgumentParser(prog="hostsctl", description=__doc__)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    p = sub.add_parser("list", help="list hosts")
    p.add_argument("--role")
    p.set_defaults(func=cmd_list)
    p = sub.add_parser("add", help="add a host")
    p.add_argument("name")
    p.add_argument("addr")
    p.add_argument("--role", default="app")
    p.add_argument("--force", action="store_true")
    p.set_defaults(func=cmd_add)
    p = sub.add_parser("remove", aliases=["rm"], help="remove hosts")
    p.add_argument("names", nargs="+")
    p.set_defaults(func=cmd_remove)
    p = sub.add_parser("check", help="find duplicate addresses")
    p.set_defaults(func=cmd_check)
    args = parser.parse_args()
    if not hasattr(args, "func"):
        parser.print_usage(sys.stderr)
        print("hostsctl: error: a command is required", file=sys.stderr)
        return 2
    try:
        return args.func(args)
    except InventoryError as exc:
        print(f"hostsctl: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
