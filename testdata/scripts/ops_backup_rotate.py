#!/usr/bin/env python3
"""Keep the newest N daily backups and the first backup of each month."""
import argparse
import os
import re
import shutil
import sys
from datetime import datetime

PATTERN = re.compile(r"^(?P<host>[\w.-]+)-(?P<date>\d{8})\.tar\.gz$")


def collect(directory):
    backups = {}
    for entry in os.listdir(directory):
        m = PATTERN.match(entry)
        if m is None:
            continue
        when = datetime.strptime(m.group("date"), "%Y%m%d")
        backups.setdefault(m.group("host"), []).append((when, entry))
    for host in backups:
        backups[host].sort(reverse=True)
    return backups


def plan(entries, keep):
    keep_set = set()
    months = set()
    for i, (when, name) in enumerate(entries):
        if i < keep:
            keep_set.add(name)
    for when, name in sorted(entries):
        key = when.strftime("%Y-%m")
        if key not in months:
            months.add(key)
            keep_set.add(name)
    return [name for _, name in entries if name not in keep_set]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("directory")
    ap.add_argument("--keep", type=int, default=3)
    ap.add_argument("--archive", help="move instead of delete")
    ap.add_argument("-n", "--dry-run", action="store_true")
    opts = ap.parse_args()
    if opts.keep < 1:
        ap.error("--keep must be at least 1")
    try:
        backups = collect(opts.directory)
    except FileNotFoundError as exc:
        print(f"error: {exc.strerror}: {exc.filename}", file=sys.stderr)
        return 1
    removed = 0
    for host in sorted(backups):
        doomed = plan(backups[host], opts.keep)
        print(f"{host}: {len(backups[host])} backups, removing {len(doomed)}")
        for name in doomed:
            path = os.path.join(opts.directory, name)
            if opts.dry_run:
                print(f"  would remove {name}")
            elif opts.archive:
                os.makedirs(opts.archive, exist_ok=True)
                shutil.move(path, os.path.join(opts.archive, name))
                print(f"  archived {name}")
            else:
                os.remove(path)
                print(f"  removed {name}")
            removed += 1
    print(f"total: {removed}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
