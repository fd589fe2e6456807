"""Summarise a JSON host inventory (group -> hosts) and write a sorted report."""

import json
import sys


def load_inventory(path: str) -> dict[str, list[str]]:
    with open(path) as f:
        inv: dict[str, list[str]] = json.load(f)
    return inv


def main() -> int:
    if len(sys.argv) < 2:
        print("usage: json_inventory_report.py INVENTORY.json", file=sys.stderr)
        return 2
    inv = load_inventory(sys.argv[1])
    total = 0
    seen: dict[str, int] = {}
    for group, hosts in inv.items():
        print(f"{group:<10} {len(hosts):>3} host(s)")
        total += len(hosts)
        for h in hosts:
            seen[h] = seen.get(h, 0) + 1
    shared = sorted(h for h, n in seen.items() if n > 1)
    print(f"total: {total}, unique: {len(seen)}")
    if shared:
        print("in several groups:", json.dumps(shared))
    counts: dict[str, int] = {}
    for group, hosts in inv.items():
        counts[group] = len(hosts)
    with open("report.json", "w") as out:
        json.dump(counts, out, indent=2, sort_keys=True)
    print(json.dumps(counts))
    print(json.dumps(inv, separators=(",", ":")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
