#!/usr/bin/env python3
"""Check per-user disk usage (du-style lines on stdin) against quotas given as user=MB args."""
import sys


class QuotaExceeded(Exception):
    def __init__(self, user, used, limit):
        super().__init__(f"{user} uses {used} MB of {limit} MB")
        self.user = user
        self.over = used - limit


class BadLine(Exception):
    pass


def parse_quota(arg):
    user, sep, limit = arg.partition("=")
    if not sep or not user:
        raise BadLine(f"bad quota {arg!r}, expected user=MB")
    limit = limit.strip().upper()
    factor = 1024 if limit.endswith("G") else 1
    limit = int(limit.rstrip("GM")) * factor
    return user, limit


def parse_usage(line, lineno):
    fields = line.split()
    if len(fields) != 2:
        raise BadLine(f"line {lineno}: expected 'SIZE USER', got {line.strip()!r}")
    size = fields[0]
    size = int(size)
    return fields[1], size // 1024


def check(user, used, quotas, default_limit=500):
    limit = quotas.get(user, default_limit)
    if used > limit:
        raise QuotaExceeded(user, used, limit)
    return limit - used


def main():
    quotas = {}
    try:
        for arg in sys.argv[1:]:
            user, limit = parse_quota(arg)
            quotas[user] = limit
    except (BadLine, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    over = []
    for lineno, line in enumerate(sys.stdin, 1):
        if not line.strip() or line.startswith("#"):
            continue
        user, used = parse_usage(line, lineno)
        try:
            left = check(user, used, quotas)
            print(f"{user:<8} {used:>6} MB  ok ({left} MB left)")
        except QuotaExceeded as exc:
            print(f"{exc.user:<8} {used:>6} MB  OVER by {exc.over} MB")
            over.append(str(exc))
    if over:
        print("; ".join(over), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
