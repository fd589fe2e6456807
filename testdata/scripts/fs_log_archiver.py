#!/usr/bin/env python3
"""Archive old logs: move *.log files matching a pattern into archive/<stem>/,
gzip-compress a copy, and print a sorted manifest."""
import fnmatch
import glob
import gzip
import os
import shutil
import sys


def main():
    pattern = sys.argv[1] if len(sys.argv) > 1 else "*.log"
    src = os.environ.get("LOG_DIR", "logs")
    if not os.path.isdir(src):
        print("no such directory: " + src, file=sys.stderr)
        sys.exit(2)
    archive = os.path.join("archive", "")
    os.makedirs(archive, exist_ok=True)
    matched = sorted(glob.glob(os.path.join(src, pattern)))
    print("matched %d file(s) in %s" % (len(matched), src))
    names = sorted(os.listdir(src))
    skipped = [n for n in names if not fnmatch.fnmatch(n, pattern)]
    print("skipped:", skipped)
    for path in matched:
        base = os.path.basename(path)
        stem, ext = os.path.splitext(base)
        dest_dir = os.path.join(archive, stem)
        os.makedirs(dest_dir, exist_ok=True)
        size = os.path.getsize(path)
        with open(path) as f:
            lines = f.readlines()
        gz_path = os.path.join(dest_dir, base + ".gz")
        with gzip.open(gz_path, "wt") as gz:
            for line in lines:
                gz.write(line.upper())
        with gzip.open(gz_path, "rt") as gz:
            restored = gz.read()
        dest = shutil.move(path, dest_dir)
        print("%-20s %5d bytes %d lines ext=%r -> %s (gz round trip %s)" % (
            base, size, len(lines), ext, dest, "ok" if restored == "".join(lines).upper() else "BAD"))
        os.remove(gz_path)
    for root, dirs, files in os.walk("archive"):
        dirs.sort()
        print(root, sorted(files))
    print("dirname/basename edge cases:", os.path.dirname("file"), os.path.basename("a/b/"),
          os.path.splitext(".bashrc"), os.path.split("/x/y"), os.path.normpath("a//b/../c/."))
    print(os.path.join("a", "/abs", "c"), os.path.relpath("archive/x/y", "archive"))
    shutil.rmtree("archive/" + "nonexistent")


if __name__ == "__main__":
    main()
