"""Prune hosts that stopped reporting from the inventory service.

    http_inventory_prune.py --api URL [--max-age DAYS] [--apply]

Logs in once (session cookie), lists hosts, deletes the stale ones when --apply is given and
writes the list of pruned hosts to pruned.txt.
"""
import argparse
import os
import sys
from typing import Any

import requests


def parse_args() -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="inventory-prune")
    p.add_argument("--api", required=True)
    p.add_argument("--max-age", type=int, default=30)
    p.add_argument("--apply", action="store_true")
    return p.parse_args()


def main() -> int:
    opts = parse_args()
    token = os.environ.get("INVENTORY_TOKEN", "")
    with requests.Session() as s:
        s.headers.update({"Accept": "application/json", "X-Client": "inventory-prune"})
        login = s.post(opts.api + "/login", data={"token": token}, timeout=5)
        if login.status_code != 200:
            print(f"login failed: {login.status_code} {login.text.strip()}", file=sys.stderr)
            return 3
        listing = s.get(opts.api + "/hosts", params={"stale_days": opts.max_age}, timeout=5)
        listing.raise_for_status()
        if "X-Total-Count" in listing.headers:
            print(f"inventory holds {listing.headers['X-Total-Count']} hosts")
        body: dict[str, Any] = listing.json()
        stale = [str(h["name"]) for h in body["hosts"] if int(h["age_days"]) > opts.max_age]
        if not stale:
            print(f"no host older than {opts.max_age} days")
            return 0
        pruned = []
        for name in sorted(stale):
            if not opts.apply:
                print(f"would delete {name}")
                continue
            r = s.delete(f"{opts.api}/hosts/{name}", timeout=5)
            if r.status_code == 204:
                pruned.append(name)
                print(f"deleted {name}")
            else:
                print(f"could not delete {name}: {r.status_code}")
    if pruned:
        with open("pruned.txt", "w") as out:
            out.write("\n".join(pruned) + "\n")
    print(f"{len(pruned)} pruned, {len(stale) - len(pruned)} left")
    return 0 if len(pruned) == len(stale) or not opts.apply else 1


if __name__ == "__main__":
    sys.exit(main())
