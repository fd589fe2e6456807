#!/usr/bin/env python3
"""Show planned maintenance windows in each site's local time and flag conflicts.

usage: dt_window_zones.py WINDOWS_FILE [SITE ...]

WINDOWS_FILE lines: `<id>|<start ISO-8601 with offset>|<minutes>|<sites comma separated>`.
Sites run on fixed offsets (no DST in the data centres' change calendar). The schedule is
also written to schedule.txt, one line per window and site.
"""
import sys
from datetime import datetime, timedelta, timezone

SITES = {
    "fra": timezone(timedelta(hours=1), "CET"),
    "nyc": timezone(timedelta(hours=-5), "EST"),
    "blr": timezone(timedelta(hours=5, minutes=30)),
    "syd": timezone(timedelta(hours=10)),
    "utc": timezone.utc,
}
QUIET_START, QUIET_END = 8, 20  # local business hours: windows should avoid them


def load(path):
    windows = []
    with open(path) as fh:
        for n, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            parts = line.split("|")
            if len(parts) != 4:
                raise SystemExit(f"{path}:{n}: expected 4 fields, got {len(parts)}")
            wid, start_text, minutes, sites = parts
            start = datetime.fromisoformat(start_text)
            if start.tzinfo is None:
                raise SystemExit(f"{path}:{n}: start {start_text!r} has no UTC offset")
            end = start + timedelta(minutes=int(minutes))
            windows.append((start, end, wid, [s.strip() for s in sites.split(",")]))
    return windows


def main(argv):
    if len(argv) < 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 64
    windows = load(argv[1])
    only = argv[2:]
    for site in only:
        if site not in SITES:
            print(f"unknown site {site!r}; known: {', '.join(sorted(SITES))}", file=sys.stderr)
            return 64
    windows.sort()
    out = []
    warnings = 0
    for start, end, wid, sites in windows:
        print(f"{wid}: {start.astimezone(timezone.utc):%Y-%m-%d %H:%M}Z -> {end.astimezone(timezone.utc):%H:%M}Z "
              f"({int((end - start).total_seconds() // 60)} min)")
        for site in sites:
            if only and site not in only:
                continue
            tz = SITES.get(site)
            if tz is None:
                print(f"  {site:<4} ?? not a known site")
                warnings += 1
                continue
            ls, le = start.astimezone(tz), end.astimezone(tz)
            flag = ""
            if QUIET_START <= ls.hour < QUIET_END or QUIET_START < le.hour <= QUIET_END:
                flag = "  <- business hours"
                warnings += 1
            if ls.date() != le.date():
                flag += "  (crosses midnight)"
            print(f"  {site:<4} {ls.strftime('%a %d %b %H:%M')} - {le.strftime('%H:%M')} {ls.strftime('%Z')}{flag}")
            out.append(f"{wid} {site} {ls.isoformat()} {le.isoformat(timespec='minutes')} {ls.tzname()}\n")
    for (s1, e1, w1, _), (s2, e2, w2, _) in zip(windows, windows[1:]):
        if s2 < e1:
            overlap = e1 - s2
            print(f"CONFLICT {w1} overlaps {w2} by {overlap}")
            warnings += 1
    with open("schedule.txt", "w") as fh:
        fh.writelines(out)
    print(f"{len(windows)} windows, {warnings} warnings")
    return 1 if warnings else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
