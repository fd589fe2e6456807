#!/usr/bin/env python3
"""Inventory report: hosts from a whitespace table, grouped by rack, oldest OS first.

usage: nt_inventory_report.py INVENTORY [--upgrade-to VERSION]
"""
import sys
from typing import Dict, List, NamedTuple


class Host(NamedTuple):
    rack: str
    name: str
    os_major: int
    os_minor: int = 0
    owner: str = "unassigned"

    def os_version(self) -> str:
        return f"{self.os_major}.{self.os_minor}"


def read_hosts(path: str) -> List[Host]:
    hosts: List[Host] = []
    with open(path) as fh:
        for n, line in enumerate(fh, 1):
            fields = line.split()
            if not fields or fields[0] == "#":
                continue
            if len(fields) < 3:
                sys.exit(f"{path}:{n}: need RACK NAME OS [OWNER]")
            major, _, minor = fields[2].partition(".")
            owner = fields[3] if len(fields) > 3 else "unassigned"
            hosts.append(Host(fields[0], fields[1], int(major), int(minor) if minor else 0, owner=owner))
    return hosts


def main(argv: List[str]) -> int:
    if len(argv) not in (2, 4) or (len(argv) == 4 and argv[2] != "--upgrade-to"):
        print("usage: nt_inventory_report.py INVENTORY [--upgrade-to VERSION]", file=sys.stderr)
        return 2
    hosts = read_hosts(argv[1])
    racks: Dict[str, List[Host]] = {}
    for h in hosts:
        racks.setdefault(h.rack, []).append(h)
    for rack in sorted(racks):
        members = racks[rack]
        print(f"rack {rack}: {len(members)} hosts")
        for rack_name, name, major, minor, owner in sorted(members, key=lambda h: (h.os_major, h.os_minor, h.name)):
            print(f"  {name:<10} {major}.{minor:<3} {owner}")
    if hosts:
        oldest = min(hosts)
        print("lowest sort key:", oldest, "first field:", oldest[0], "last:", oldest[-1])
    if len(argv) == 4:
        want_major, _, want_minor = argv[3].partition(".")
        target = (int(want_major), int(want_minor) if want_minor else 0)
        plan = [h._replace(os_major=target[0], os_minor=target[1]) for h in hosts if (h.os_major, h.os_minor) < target]
        with open("upgrade_plan.txt", "w") as out:
            for new in plan:
                out.write(f"{new.name} -> {new.os_version()} ({new.owner})\n")
        print(f"{len(plan)} hosts to upgrade to {argv[3]}")
        same = [h for h in hosts if h == Host(h.rack, h.name, target[0], target[1], h.owner)]
        print(f"{len(same)} already on target")
        return 1 if plan else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
