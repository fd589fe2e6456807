#!/usr/bin/env python3
"""Report DHCP/Vault-style leases that expire soon.

leases.txt has one lease per line: `<name> <expires ISO-8601>`; blank lines and # comments are
skipped. A timestamp without an offset is taken as UTC. --now is required so that runs are
reproducible (cron passes `date -u +%FT%TZ`).
"""
import argparse
import sys
from datetime import datetime, timedelta, timezone


def parse_args():
    p = argparse.ArgumentParser(description="lease expiry report")
    p.add_argument("leases", help="lease file")
    p.add_argument("--now", required=True, type=datetime.fromisoformat, help="reference time (ISO 8601)")
    p.add_argument("--warn-hours", type=int, default=24)
    p.add_argument("--strict", action="store_true", help="fail on unparsable lines")
    return p.parse_args()


def human(delta: timedelta) -> str:
    secs = int(delta.total_seconds())
    sign = "-" if secs < 0 else ""
    secs = abs(secs)
    days, rest = divmod(secs, 86400)
    hours, rest = divmod(rest, 3600)
    if days:
        return f"{sign}{days}d{hours:02d}h"
    return f"{sign}{hours}h{rest // 60:02d}m"


def main() -> int:
    args = parse_args()
    now = args.now
    if now.tzinfo is None:
        print("warning: --now has no offset, assuming UTC", file=sys.stderr)
        now = now.replace(tzinfo=timezone.utc)
    warn = timedelta(hours=args.warn_hours)
    expired, soon, ok, bad = [], [], [], 0
    with open(args.leases) as fh:
        for lineno, raw in enumerate(fh, 1):
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            name, _, stamp = line.partition(" ")
            try:
                expires = datetime.fromisoformat(stamp.strip())
            except ValueError as exc:
                bad += 1
                print(f"{args.leases}:{lineno}: {exc}", file=sys.stderr)
                continue
            if expires.tzinfo is None:
                expires = expires.replace(tzinfo=timezone.utc)
            left = expires - now
            row = (left, name, expires)
            if left <= timedelta(0):
                expired.append(row)
            elif left <= warn:
                soon.append(row)
            else:
                ok.append(row)
    print(f"as of {now.isoformat(timespec='minutes')}")
    for title, rows in (("EXPIRED", expired), ("EXPIRING", soon), ("ok", ok)):
        for left, name, expires in sorted(rows):
            utc = expires.astimezone(timezone.utc)
            print(f"{title:<9}{name:<20}{human(left):>9}  {utc.isoformat(sep=' ', timespec='minutes')}  (orig {expires.utcoffset()})")
    print(f"{len(expired)} expired, {len(soon)} expiring within {args.warn_hours}h, {len(ok)} ok, {bad} unparsable")
    if bad and args.strict:
        return 3
    if expired:
        return 2
    return 1 if soon else 0


if __name__ == "__main__":
    sys.exit(main())
