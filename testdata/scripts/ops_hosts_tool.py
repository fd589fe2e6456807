#!/usr/bin/env python3
"""Manage a simple hosts inventory file (one 'name ip [tags...]' per line)."""
import argparse
import sys
from pathlib import Path


def read_inventory(path: Path) -> dict:
    hosts = {}
    if not path.exists():
        return hosts
    for n, line in enumerate(path.read_text().splitlines(), start=1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        fields = line.split()
        if len(fields) < 2:
            raise ValueError(f"{path}:{n}: need at least name and ip")
        name, ip, *tags = fields
        hosts[name] = {"ip": ip, "tags": sorted(set(tags))}
    return hosts


def write_inventory(path: Path, hosts: dict) -> None:
    lines = [f"{name} {h['ip']} {' '.join(h['tags'])}".rstrip() for name, h in sorted(hosts.items())]
    path.write_text("\n".join(lines) + "\n")


def cmd_list(args, hosts):
    shown = 0
    for name, h in sorted(hosts.items()):
        if args.tag and args.tag not in h["tags"]:
            continue
        print(f"{name:<12} {h['ip']:<15} {','.join(h['tags']) or '-'}")
        shown += 1
    if not shown:
        print("no hosts")
    return 0


def cmd_add(args, hosts):
    if args.name in hosts and not args.replace:
        print(f"{args.name} already exists (use --replace)", file=sys.stderr)
        return 1
    hosts[args.name] = {"ip": args.ip, "tags": sorted(set(args.tags))}
    write_inventory(args.file, hosts)
    print(f"added {args.name}")
    return 0


def cmd_rm(args, hosts):
    missing = [n for n in args.names if n not in hosts]
    for n in args.names:
        hosts.pop(n, None)
    write_inventory(args.file, hosts)
    print(f"removed {len(args.names) - len(missing)}")
    if missing:
        print("unknown: " + ", ".join(missing), file=sys.stderr)
        return 1
    return 0


def main() -> int:
    p = argparse.ArgumentParser(prog="hosts_tool")
    p.add_argument("-f", "--file", type=Path, default=Path("hosts.txt"))
    sub = p.add_subparsers(dest="cmd", required=True)
    ls = sub.add_parser("list", help="show hosts")
    ls.add_argument("--tag")
    add = sub.add_parser("add", help="add a host")
    add.add_argument("name")
    add.add_argument("ip")
    add.add_argument("tags", nargs="*")
    add.add_argument("--replace", action="store_true")
    rm = sub.add_parser("rm", help="remove hosts")
    rm.add_argument("names", nargs="+")
    args = p.parse_args()
    try:
        hosts = read_inventory(args.file)
    except ValueError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    if args.cmd == "list":
        return cmd_list(args, hosts)
    if args.cmd == "add":
        return cmd_add(args, hosts)
    return cmd_rm(args, hosts)


if __name__ == "__main__":
    sys.exit(main())
