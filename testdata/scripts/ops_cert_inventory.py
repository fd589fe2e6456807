"""Inventory of certificates listed in a CSV with expiry dates; flag the ones expiring soon."""
import csv
import sys
from datetime import datetime, timedelta

class Cert:
    def __init__(self, cn, expires, owner):
        self.cn = cn
        self.expires = expires
        self.owner = owner or "unknown"

    def days_left(self, today):
        return (self.expires - today).days

    def __repr__(self):
        return f"Cert({self.cn!r}, {self.expires:%Y-%m-%d})"

def parse(path):
    certs, errors = [], []
    with open(path, newline="") as f:
        for i, row in enumerate(csv.DictReader(f), start=2):
            try:
                exp = datetime.strptime(row["expires"], "%Y-%m-%d")
            except ValueError as e:
                errors.append(f"row {i}: {e}")
                continue
            certs.append(Cert(row["cn"], exp, row.get("owner", "")))
    return certs, errors

def main():
    today = datetime.strptime(sys.argv[2], "%Y-%m-%d") if len(sys.argv) > 2 else datetime(2024, 1, 1)
    warn = timedelta(days=30)
    certs, errors = parse(sys.argv[1])
    for e in errors:
        print(e, file=sys.stderr)
    soon = sorted((c for c in certs if c.expires - today < warn), key=lambda c: c.expires)
    by_owner = {}
    for c in soon:
        by_owner.setdefault(c.owner, []).append(c)
    for owner in sorted(by_owner):
        print(f"{owner}:")
        for c in by_owner[owner]:
            left = c.days_left(today)
            label = "EXPIRED" if left < 0 else f"{left}d"
            print(f"  {c.cn:<20} {label:>8}  {c!r}")
    print(f"{len(soon)} of {len(certs)} need attention" + (f", {len(errors)} bad rows" if errors else ""))
    return 1 if soon else 0

sys.exit(main())
