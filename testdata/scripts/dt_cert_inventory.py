#!/usr/bin/env python3
"""Summarise a certificate inventory export (CSV) by issuer and expiry month.

Columns: host,issuer,not_before,not_after,serial. Dates come from different tools: ISO-8601
(`2024-09-01T00:00:00Z`), RFC-2822-ish `20240901120000+0000` (openssl's `-dateopt iso_8601`
off), or epoch seconds. Now is $CERT_NOW (epoch seconds), so the report is reproducible.
"""
import csv
import os
import sys
from collections import Counter, defaultdict
from datetime import datetime, timedelta, timezone

EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


def parse_when(text):
    text = text.strip()
    if text.isdigit():
        return datetime.fromtimestamp(int(text), tz=timezone.utc)
    if len(text) == 19 and text[14] in "+-":
        return datetime.strptime(text, "%Y%m%d%H%M%S%z")
    when = datetime.fromisoformat(text)
    if when.tzinfo is None:
        raise ValueError(f"no UTC offset in {text!r}")
    return when


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: dt_cert_inventory.py INVENTORY.csv")
    now_env = os.environ.get("CERT_NOW")
    if now_env is None:
        sys.exit("CERT_NOW is not set")
    now = datetime.fromtimestamp(float(now_env), timezone.utc)
    by_issuer = defaultdict(Counter)
    first_seen = defaultdict(lambda: "-")
    problems = []
    expiries = []
    with open(sys.argv[1], newline="") as fh:
        for row in csv.DictReader(fh):
            try:
                nb = parse_when(row["not_before"])
                na = parse_when(row["not_after"])
            except ValueError as exc:
                problems.append(f"{row['host']}: {exc}")
                continue
            if na <= nb:
                problems.append(f"{row['host']}: not_after {na.isoformat()} is not after not_before")
                continue
            month = na.astimezone(timezone.utc).strftime("%Y-%m")
            by_issuer[row["issuer"]][month] += 1
            if first_seen[row["issuer"]] == "-":
                first_seen[row["issuer"]] = row["host"]
            if na.tzinfo != timezone.utc:
                print(f"note: {row['host']} expiry given in {na.tzname()} ({na.utcoffset()})")
            expiries.append((na, row["host"]))
    print(f"inventory as of {now:%Y-%m-%d %H:%M %Z} (epoch +{(now - EPOCH).days}d)")
    for issuer in sorted(by_issuer):
        months = by_issuer[issuer]
        total = sum(months.values())
        detail = ", ".join(f"{m}:{n}" for m, n in sorted(months.items()))
        print(f"  {issuer:<18} {total:>3}  [{detail}]  first: {first_seen[issuer]}")
    for p in problems:
        print(f"  problem: {p}")
    if not expiries:
        print("no valid certificates")
        return 2
    soonest = min(expiries)
    left = soonest[0] - now
    print(f"soonest expiry: {soonest[1]} at {soonest[0].astimezone(timezone.utc).isoformat()} ({left.days} days)")
    if left < timedelta(days=14):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
