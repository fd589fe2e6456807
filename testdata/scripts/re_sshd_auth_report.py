#!/usr/bin/env python3
"""Summarise sshd authentication events from an auth.log excerpt on stdin."""
import re
import sys
from collections import Counter

EVENT = re.compile(
    r"^(?P<ts>\w{3}\s+\d+ [\d:]{8}) (?P<host>\S+) sshd\[\d+\]: "
    r"(?P<result>Accepted|Failed|Invalid user)(?: (?P<method>password|publickey) for)?"
    r"(?: invalid user)? ?(?P<user>\S+)?(?: from (?P<ip>[\d.]+))?(?: port (?P<port>\d+))?"
)
SUSPICIOUS_USER = re.compile(r"^(root|admin|test|oracle|pi)$", re.I)
HIGH_PORT = re.compile(r"^[1-9]\d{4}$")


def main():
    strict = "--strict" in sys.argv[1:]
    by_result = Counter()
    by_ip = Counter()
    flagged = []
    for line in sys.stdin:
        m = EVENT.match(line.rstrip("\n"))
        if not m:
            continue
        ev = m.groupdict()
        result = ev["result"].lower()
        by_result[result] += 1
        user = m.group("user")
        if user is not None and SUSPICIOUS_USER.search(user):
            flagged.append(f"{ev['ts']} {result} for suspicious user {user!r}")
        port = m.group("port")
        if port is not None and HIGH_PORT.match(port) and result != "accepted":
            by_ip[ev["ip"] or "?"] += 1
        if strict:
            # every event must name its source address; Python raises on None here
            print(f"{ev['ip'].strip()[:15]:<15} {result}")
    for result, n in sorted(by_result.items()):
        print(f"{result:<12} {n:>4}")
    for ip, n in by_ip.most_common(3):
        print(f"top failing source {ip}: {n}")
    for f in flagged:
        print("!", f)
    return 1 if flagged else 0


if __name__ == "__main__":
    sys.exit(main())
