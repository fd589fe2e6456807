#!/usr/bin/env python3
"""Enforce per-user storage quotas from a usage CSV; verbosity via -v/-vv, logs to stderr."""
import argparse
import csv
import heapq
import logging
import sys
from collections import defaultdict

UNITS = {"K": 1024, "M": 1024 ** 2, "G": 1024 ** 3, "T": 1024 ** 4}
log = logging.getLogger("quota")


def parse_size(text):
    text = text.strip().upper().rstrip("B")
    if text and text[-1] in UNITS:
        return int(float(text[:-1]) * UNITS[text[-1]])
    return int(text)


def human(n):
    for unit in ("", "K", "M", "G"):
        if n < 1024:
            return f"{n:.1f}{unit}" if unit else f"{n}B"
        n /= 1024
    return f"{n:.1f}T"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("usage_csv")
    ap.add_argument("--default-quota", default="10G", type=parse_size)
    ap.add_argument("--override", action="append", default=[], metavar="USER=SIZE")
    ap.add_argument("-v", "--verbose", action="count", default=0)
    ap.add_argument("--top", type=int, default=3)
    args = ap.parse_args(argv)
    level = [logging.WARNING, logging.INFO, logging.DEBUG][min(args.verbose, 2)]
    logging.basicConfig(format="%(levelname)s %(name)s: %(message)s", level=level)

    overrides = {}
    for item in args.override:
        user, sep, size = item.partition("=")
        if not sep:
            ap.error(f"bad --override {item!r}, expected USER=SIZE")
        overrides[user] = parse_size(size)
        log.debug("override %s -> %d bytes", user, overrides[user])

    usage = defaultdict(int)
    with open(args.usage_csv, newline="") as fh:
        for row in csv.reader(fh):
            if not row or row[0].startswith("#"):
                continue
            user, path, size = row
            usage[user] += parse_size(size)
            log.debug("%s %s %s", user, path, size)

    over = []
    for user in sorted(usage):
        quota = overrides.get(user, args.default_quota)
        pct = usage[user] / quota * 100
        log.info("%-8s %8s of %8s (%5.1f%%)", user, human(usage[user]), human(quota), pct)
        if usage[user] > quota:
            log.warning("%s is over quota by %s", user, human(usage[user] - quota))
            over.append(user)
    biggest = heapq.nlargest(args.top, usage.items(), key=lambda kv: kv[1])
    print("largest consumers:", ", ".join(f"{u}={human(b)}" for u, b in biggest))
    if over:
        with open("over_quota.txt", "w") as fh:
            fh.writelines(f"{u}\n" for u in over)
        log.error("%d user(s) over quota: %s", len(over), " ".join(over))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
