#!/usr/bin/env python3
"""Print the on-call handoff times for the coming days in every team member's own zone.

rota.txt: `<name> <UTC offset, e.g. +05:30 or -0800> [zone label]` one per line, in rotation
order. Handoffs happen daily at --handoff (HH:MM, in UTC). ONCALL_NOW (ISO 8601) pins "now".
The upcoming handoffs are written to handoffs.csv.
"""
import os
import sys
from collections import defaultdict
from datetime import date, datetime, time, timedelta, timezone


def parse_offset(text):
    sign = -1 if text.startswith("-") else 1
    digits = text.lstrip("+-").replace(":", "")
    if len(digits) != 4 or not digits.isdigit():
        raise ValueError(f"bad UTC offset {text!r}")
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))


def main(argv):
    handoff = "09:00"
    days = 3
    args = list(argv[1:])
    while args and args[0].startswith("--"):
        opt = args.pop(0)
        if opt == "--handoff":
            handoff = args.pop(0)
        elif opt == "--days":
            days = int(args.pop(0))
        else:
            print(f"unknown option {opt}", file=sys.stderr)
            return 2
    if len(args) != 1:
        print("usage: dt_oncall_handoff.py [--handoff HH:MM] [--days N] ROTA", file=sys.stderr)
        return 2
    now_text = os.environ.get("ONCALL_NOW", "")
    if not now_text:
        print("ONCALL_NOW must be set (ISO 8601)", file=sys.stderr)
        return 2
    now = datetime.fromisoformat(now_text)
    if now.tzinfo is None:
        now = now.replace(tzinfo=timezone.utc)
    hh, mm = (int(x) for x in handoff.split(":"))
    rota = []
    with open(args[0]) as fh:
        for line in fh:
            parts = line.split()
            if not parts or parts[0].startswith("#"):
                continue
            zone = parse_offset(parts[1])
            label = parts[2] if len(parts) > 2 else str(zone)
            rota.append((parts[0], zone, label))
    if not rota:
        print("empty rota", file=sys.stderr)
        return 1
    first = datetime(now.year, now.month, now.day, hh, mm, tzinfo=timezone.utc)
    if first <= now:
        first += timedelta(days=1)
    epoch = date(2024, 1, 1)
    per_person = defaultdict(list)
    rows = ["when_utc,outgoing,incoming,incoming_local\n"]
    for i in range(days):
        at = first + timedelta(days=i)
        idx = (at.date() - epoch).days % len(rota)
        name, zone, label = rota[idx]
        prev = rota[idx - 1][0]
        local = at.astimezone(zone)
        day_shift = (local.date() - at.date()).days
        note = f" ({day_shift:+d} day)" if day_shift else ""
        print(f"{at:%a %Y-%m-%d %H:%M} UTC  {prev:>6} -> {name:<6} {local.strftime('%H:%M %a')} {label}{note}")
        per_person[name].append(local.isoformat(timespec="minutes"))
        rows.append(f"{at.isoformat(timespec='minutes')},{prev},{name},{local.replace(tzinfo=None).isoformat(sep=' ')}\n")
    with open("handoffs.csv", "w") as out:
        out.writelines(rows)
    for name in sorted(per_person):
        print(f"{name}: {', '.join(per_person[name])}")
    until = first - now
    print(f"next handoff in {until.seconds // 3600}h{until.seconds % 3600 // 60:02d}m")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
