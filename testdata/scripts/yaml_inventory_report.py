#!/usr/bin/env python3
"""Summarise a YAML host inventory: hosts per group, OS versions, hosts missing owners."""
import sys
from typing import Any

import yaml


def main() -> None:
    if len(sys.argv) != 2:
        print("usage: yaml_inventory_report.py INVENTORY", file=sys.stderr)
        sys.exit(64)
    path = sys.argv[1]
    try:
        with open(path, encoding="utf-8") as f:
            inv: dict[str, Any] = yaml.safe_load(f)
    except OSError as e:
        sys.exit(f"cannot open inventory: {e.strerror}")
    except yaml.YAMLError:
        sys.exit(f"{path}: not valid YAML")

    groups = inv.get("groups", {})
    os_count: dict[str, int] = {}
    orphans = []
    total = 0
    for group in sorted(groups):
        hosts = groups[group] or []
        print(f"[{group}] {len(hosts)} host(s)")
        for host in hosts:
            total += 1
            name = str(host["name"])
            os_name = str(host.get("os", "unknown"))
            os_count[os_name] = os_count.get(os_name, 0) + 1
            tags = host.get("tags") or []
            flag = " (maintenance)" if host.get("maintenance", False) else ""
            print(f"  - {name:<12} {os_name:<12} {','.join(str(t) for t in tags)}{flag}")
            if not host.get("owner"):
                orphans.append(name)
    print(f"{total} hosts; by OS: " + ", ".join(f"{k}={os_count[k]}" for k in sorted(os_count, key=lambda k: -os_count[k])))
    if orphans:
        print(f"WARNING: {len(orphans)} host(s) without owner: {' '.join(orphans)}")
        sys.exit(1)


main()
