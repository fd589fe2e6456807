#!/usr/bin/env python3
"""Decide which dated backups to delete (daily / weekly / monthly retention).

Backup names carry an ISO date: `<db>-YYYY-MM-DD.sql.gz` (also YYYYMMDD). The listing comes
from a file with one name per line. The plan is written to --output (default: stdout).
"""
import argparse
import re
import sys
from collections import defaultdict
from datetime import date, timedelta

NAME = re.compile(r"^(?P<db>[a-z0-9_]+)-(?P<stamp>\d{4}-?\d{2}-?\d{2})\.sql\.gz$")


def keep_set(days, today, daily, weekly, monthly):
    keep = {}
    for d in sorted(days, reverse=True):
        age = (today - d).days
        if age < 0:
            keep[d] = "future"
        elif age < daily:
            keep[d] = "daily"
        elif age < weekly * 7 and d.weekday() == 6:
            keep[d] = "weekly"
        elif d.day == 1 and (today.year - d.year) * 12 + today.month - d.month < monthly:
            keep[d] = "monthly"
    return keep


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("listing", type=argparse.FileType("r"))
    ap.add_argument("--today", type=date.fromisoformat, required=True)
    ap.add_argument("--daily", type=int, default=7)
    ap.add_argument("--weekly", type=int, default=4)
    ap.add_argument("--monthly", type=int, default=6)
    ap.add_argument("-o", "--output", type=argparse.FileType("w"), default="-")
    args = ap.parse_args()

    by_db = defaultdict(list)
    ignored = []
    for line in args.listing:
        name = line.strip()
        if not name:
            continue
        m = NAME.match(name)
        if not m:
            ignored.append(name)
            continue
        try:
            day = date.fromisoformat(m.group("stamp"))
        except ValueError as e:
            print(f"skip {name}: {e}", file=sys.stderr)
            ignored.append(name)
            continue
        by_db[m.group("db")].append((day, name))

    deleted = 0
    for db in sorted(by_db):
        entries = sorted(by_db[db])
        keep = keep_set([d for d, _ in entries], args.today, args.daily, args.weekly, args.monthly)
        args.output.write(f"[{db}] newest {entries[-1][0].isoformat()} oldest {entries[0][0].strftime('%d %b %Y')}\n")
        for day, name in entries:
            reason = keep.get(day)
            if reason:
                args.output.write(f"keep   {name}  ({reason}, {(args.today - day).days}d)\n")
            else:
                deleted += 1
                args.output.write(f"delete {name}\n")
    print(f"{deleted} to delete, {len(ignored)} ignored", file=sys.stderr)
    args.output.close()
    return 1 if deleted else 0


if __name__ == "__main__":
    sys.exit(main())
