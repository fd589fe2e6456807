#!/usr/bin/env python3
# Mirror a config tree into a staging directory, skipping VCS dirs and backups,
# then report what changed. Uses os.walk with pruning, shutil.copy2 and os.stat.
import os
import shutil
import sys

SKIP_DIRS = {".git", "__pycache__"}


def collect(src):
    found = []
    for root, dirs, files in os.walk(src):
        for d in list(dirs):
            if d in SKIP_DIRS:
                dirs.remove(d)
        dirs.sort()
        for name in sorted(files):
            if name.endswith("~") or name.endswith(".bak"):
                continue
            rel = os.path.relpath(os.path.join(root, name), src)
            found.append(rel)
    return found


def main():
    if len(sys.argv) != 3:
        print("usage: fs_tree_sync.py SRC DST", file=sys.stderr)
        return 2
    src, dst = sys.argv[1], sys.argv[2]
    files = collect(src)
    copied = 0
    unchanged = 0
    for rel in files:
        s = os.path.join(src, rel)
        d = os.path.join(dst, rel)
        if os.path.exists(d) and os.stat(d).st_size == os.stat(s).st_size:
            with open(s) as a:
                old = a.read()
            with open(d) as b:
                new = b.read()
            if old == new:
                unchanged += 1
                continue
        os.makedirs(os.path.dirname(d), exist_ok=True)
        shutil.copy2(s, d)
        copied += 1
        print("copied", rel, os.stat(d).st_size, "bytes")
    print("%d copied, %d unchanged" % (copied, unchanged))
    stale = []
    for root, dirs, names in os.walk(dst):
        dirs.sort()
        for name in names:
            rel = os.path.relpath(os.path.join(root, name), dst)
            if rel not in files:
                stale.append(rel)
    for rel in sorted(stale):
        os.remove(os.path.join(dst, rel))
        print("removed stale", rel)
    try:
        os.remove(dst)
    except IsADirectoryError as e:
        print("refusing:", e)
    try:
        os.mkdir(dst)
    except FileExistsError as e:
        print("exists:", e)
    try:
        os.rmdir(src)
    except OSError as e:
        print("not empty:", e)
    return 0


if __name__ == "__main__":
    sys.exit(main())
