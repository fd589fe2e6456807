#!/usr/bin/env python3
"""Parse an Ansible-style INI inventory and print group membership.

usage: host_inventory_groups.py INVENTORY [GROUP]
"""
import sys
from dataclasses import dataclass, field
from typing import Dict, List


@dataclass
class Host:
    name: str
    port: int = 22
    user: str = "root"
    groups: List[str] = field(default_factory=list)


class InventoryError(Exception):
    pass


def parse_inventory(lines: List[str]) -> Dict[str, Host]:
    hosts: Dict[str, Host] = {}
    group = "ungrouped"
    for n, raw in enumerate(lines, 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("["):
            if not line.endswith("]"):
                raise InventoryError(f"line {n}: unterminated group header")
            group = line[1:-1]
            continue
        parts = line.split()
        name = parts[0]
        host = hosts.get(name)
        if host is None:
            host = Host(name)
            hosts[name] = host
        for opt in parts[1:]:
            key, sep, value = opt.partition("=")
            if not sep:
                raise InventoryError(f"line {n}: bad host variable {opt!r}")
            if key == "ansible_port":
                host.port = int(value)
            elif key == "ansible_user":
                host.user = value
        if group not in host.groups:
            host.groups.append(group)
    return hosts


def main() -> None:
    if len(sys.argv) < 2:
        sys.exit("usage: host_inventory_groups.py INVENTORY [GROUP]")
    with open(sys.argv[1], encoding="utf-8") as f:
        lines = f.read().splitlines()
    try:
        hosts = parse_inventory(lines)
    except InventoryError as e:
        print(f"inventory error: {e}", file=sys.stderr)
        sys.exit(1)
    groups: Dict[str, List[str]] = {}
    for h in hosts.values():
        for g in h.groups:
            groups.setdefault(g, []).append(h.name)
    wanted = sys.argv[2] if len(sys.argv) > 2 else ""
    if wanted and wanted not in groups:
        print(f"no such group: {wanted}")
        sys.exit(1)
    for g in sorted(groups):
        if wanted and g != wanted:
            continue
        members = sorted(groups[g])
        print(f"[{g}] ({len(members)})")
        for name in members:
            h = hosts[name]
            print(f"  {h.name:<20} {h.user}@:{h.port}")
    multi = [h.name for h in hosts.values() if len(h.groups) > 1]
    print("hosts in several groups:", sorted(multi))
    if hosts:
        first = hosts[sorted(hosts)[0]]
        print("first host record:", first)


if __name__ == "__main__":
    main()
