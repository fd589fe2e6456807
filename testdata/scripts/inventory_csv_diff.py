#!/usr/bin/env python3
"""Compare yesterday's and today's asset inventory exports (CSV) and write changes.csv."""
import csv
import sys
from collections import Counter

KEY = "asset_id"
IGNORED = {"last_seen"}


def load(path):
    with open(path, newline="", encoding="utf-8") as fh:
        sample = fh.read(1024)
        fh.seek(0)
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
        rows = {}
        for row in csv.DictReader(fh, dialect=dialect):
            key = row[KEY].strip()
            if key in rows:
                print(f"warning: {path}: duplicate {KEY} {key}, keeping last", file=sys.stderr)
            rows[key] = {k.strip(): (v or "").strip() for k, v in row.items() if k}
        return rows


def diff(old, new):
    changes = []
    for key in sorted(old.keys() | new.keys()):
        if key not in new:
            changes.append({"asset_id": key, "change": "removed", "field": "", "old": old[key].get("hostname", ""), "new": ""})
        elif key not in old:
            changes.append({"asset_id": key, "change": "added", "field": "", "old": "", "new": new[key].get("hostname", "")})
        else:
            for fieldname in sorted((old[key].keys() | new[key].keys()) - IGNORED - {KEY}):
                a, b = old[key].get(fieldname, ""), new[key].get(fieldname, "")
                if a != b:
                    changes.append({"asset_id": key, "change": "modified", "field": fieldname, "old": a, "new": b})
    return changes


def main() -> int:
    if len(sys.argv) != 3:
        print(f"usage: {sys.argv[0].rsplit('/', 1)[-1]} OLD.csv NEW.csv", file=sys.stderr)
        return 64
    old, new = load(sys.argv[1]), load(sys.argv[2])
    changes = diff(old, new)
    with open("changes.csv", "w", newline="", encoding="utf-8") as out:
        writer = csv.DictWriter(out, fieldnames=["asset_id", "change", "field", "old", "new"], lineterminator="\n")
        writer.writeheader()
        writer.writerows(changes)
    kinds = Counter(c["change"] for c in changes)
    fields_changed = Counter(c["field"] for c in changes if c["field"])
    print(f"old={len(old)} new={len(new)} added={kinds['added']} removed={kinds['removed']} modified={kinds['modified']}")
    if fields_changed:
        top = ", ".join(f"{f} x{n}" for f, n in fields_changed.most_common())
        print(f"fields changed: {top}")
    moved = [c for c in changes if c["field"] == "location"]
    for c in moved:
        print(f"  {c['asset_id']} moved {c['old'] or '?'} -> {c['new'] or '?'}")
    return 1 if changes else 0


if __name__ == "__main__":
    sys.exit(main())
