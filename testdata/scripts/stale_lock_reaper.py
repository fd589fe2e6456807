#!/usr/bin/env python3
"""Reap stale lock files under run/ and remove empty job directories.

A lock file holds `pid=<n>` and `since=<ISO timestamp>` lines. Locks older than --max-age
minutes relative to --now are stale. Live PIDs are read from pids.txt (one per line) instead of
probing the system, so the result is reproducible.
"""
import argparse
import os
import shutil
import sys
from datetime import datetime, timedelta


def read_lock(path):
    info = {}
    with open(path) as fh:
        for line in fh:
            key, sep, value = line.strip().partition("=")
            if sep:
                info[key.strip()] = value.strip()
    if "pid" not in info or "since" not in info:
        raise ValueError(f"{path}: incomplete lock")
    return int(info["pid"]), datetime.fromisoformat(info["since"])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--now", required=True, type=datetime.fromisoformat)
    ap.add_argument("--max-age", type=int, default=60, help="minutes")
    ap.add_argument("--root", default="run")
    ap.add_argument("--pids", default="pids.txt")
    args = ap.parse_args()

    live = set()
    if os.path.exists(args.pids):
        with open(args.pids) as fh:
            live = {int(tok) for tok in fh.read().split()}
    limit = timedelta(minutes=args.max_age)
    reaped, kept, broken = [], [], []
    for dirpath, dirnames, filenames in sorted(os.walk(args.root)):
        dirnames.sort()
        for name in sorted(filenames):
            if not name.endswith(".lock"):
                continue
            path = os.path.join(dirpath, name)
            try:
                pid, since = read_lock(path)
            except ValueError as exc:
                broken.append(path)
                print(f"broken: {exc}")
                os.rename(path, path + ".broken")
                continue
            age = args.now - since
            if pid in live and age <= limit:
                kept.append(path)
            elif pid in live:
                kept.append(path)
                print(f"warning: {path} held by live pid {pid} for {age}")
            else:
                reaped.append(path)
                os.remove(path)
                print(f"reaped {path} (pid {pid}, age {int(age.total_seconds() // 60)}m)")

    removed_dirs = []
    for dirpath, dirnames, filenames in sorted(os.walk(args.root, topdown=False), reverse=True):
        if dirpath != args.root and not os.listdir(dirpath):
            shutil.rmtree(dirpath)
            removed_dirs.append(dirpath)
    summary = f"reaped={len(reaped)} kept={len(kept)} broken={len(broken)} dirs_removed={len(removed_dirs)}"
    print(summary)
    with open(os.path.join(args.root, "REAPER_LAST_RUN"), "w") as fh:
        fh.write(f"{args.now.isoformat()} {summary}\n")
        for d in sorted(removed_dirs):
            fh.write(f"rmdir {d}\n")
    return 0 if not broken else 1


if __name__ == "__main__":
    sys.exit(main())
