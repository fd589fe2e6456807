#!/usr/bin/env python3
"""Scan an sshd auth log for brute-force sources and write a blocklist.

Usage: auth_bruteforce.py LOGFILE [--year YYYY] [--threshold N] [--window MINUTES]
"""
import argparse
import re
import sys
from collections import Counter, defaultdict
from datetime import datetime, timedelta

LINE_RE = re.compile(
    r"^(?P<month>[A-Z][a-z]{2})\s+(?P<day>\d{1,2}) (?P<time>\d\d:\d\d:\d\d) (?P<host>\S+) "
    r"sshd\[(?P<pid>\d+)\]: (?P<msg>.*)$"
)
FAILED_RE = re.compile(
    r"Failed (?P<method>password|publickey) for (?:invalid user )?(?P<user>\S+) from (?P<ip>[\d.]+) port (?P<port>\d+)"
)
ACCEPTED_RE = re.compile(r"Accepted \w+ for (?P<user>\S+) from (?P<ip>[\d.]+)")


def parse_args(argv=None):
    p = argparse.ArgumentParser(prog="auth_bruteforce", description="Find SSH brute-force sources.")
    p.add_argument("logfile")
    p.add_argument("--year", type=int, default=2024, help="year of the log (syslog omits it)")
    p.add_argument("--threshold", type=int, default=3, help="failures inside the window to block")
    p.add_argument("--window", type=int, default=10, metavar="MINUTES")
    p.add_argument("--blocklist", default="blocklist.txt")
    return p.parse_args(argv)


def main() -> int:
    args = parse_args()
    failures = defaultdict(list)
    users = Counter()
    accepted = []
    skipped = 0
    try:
        fh = open(args.logfile, encoding="utf-8")
    except FileNotFoundError:
        print(f"auth_bruteforce: cannot open {args.logfile}", file=sys.stderr)
        return 2
    with fh:
        for lineno, line in enumerate(fh, 1):
            m = LINE_RE.match(line.rstrip("\n"))
            if not m:
                skipped += 1
                continue
            stamp = datetime.strptime(
                f"{args.year} {m['month']} {int(m['day']):02d} {m['time']}", "%Y %b %d %H:%M:%S"
            )
            msg = m.group("msg")
            f = FAILED_RE.search(msg)
            if f:
                failures[f["ip"]].append(stamp)
                users[f["user"]] += 1
                continue
            a = ACCEPTED_RE.search(msg)
            if a:
                accepted.append((stamp, a["user"], a["ip"]))

    window = timedelta(minutes=args.window)
    blocked = {}
    for ip, stamps in failures.items():
        stamps.sort()
        start = 0
        for end in range(len(stamps)):
            while stamps[end] - stamps[start] > window:
                start += 1
            if end - start + 1 >= args.threshold:
                blocked[ip] = stamps[end]
                break

    print(f"parsed failures: {sum(len(v) for v in failures.values())} from {len(failures)} sources")
    if skipped:
        print(f"skipped {skipped} unparseable line(s)")
    print("top targeted users:")
    for user, n in users.most_common(3):
        print(f"  {user:<10} {n:>3}")
    for stamp, user, ip in accepted:
        flag = " (after failures!)" if ip in failures else ""
        print(f"login ok: {user}@{ip} at {stamp:%Y-%m-%d %H:%M}{flag}")
    if not blocked:
        print("no sources over threshold")
        return 0
    with open(args.blocklist, "w") as out:
        for ip in sorted(blocked, key=lambda s: tuple(int(x) for x in s.split("."))):
            out.write(f"{ip}  # {len(failures[ip])} failures, tripped {blocked[ip].isoformat()}\n")
    print(f"blocked {len(blocked)} source(s) -> {args.blocklist}")
    return 1


if __name__ == "__main__":
    sys.exit(main())
