#!/usr/bin/env python3
"""Find duplicate files under a directory by SHA-256 and optionally replace copies with a marker."""
import argparse
import hashlib
import os
import sys
from collections import defaultdict


def file_digest(path, algo="sha256", chunk=4096):
    h = hashlib.new(algo)
    with open(path, "rb") as fh:
        while True:
            block = fh.read(chunk)
            if not block:
                break
            h.update(block)
    return h.hexdigest()


def walk_files(top):
    for dirpath, dirnames, filenames in os.walk(top):
        dirnames.sort()
        for name in sorted(filenames):
            yield os.path.join(dirpath, name)


def main() -> int:
    ap = argparse.ArgumentParser(prog="dupfind")
    ap.add_argument("top", nargs="?", default=".")
    ap.add_argument("--algo", choices=["md5", "sha1", "sha256"], default="sha256")
    ap.add_argument("--min-size", type=int, default=1)
    ap.add_argument("--dedupe", action="store_true", help="replace duplicates with a .dup marker file")
    args = ap.parse_args()

    if not os.path.isdir(args.top):
        ap.error(f"{args.top} is not a directory")

    groups = defaultdict(list)
    sizes = {}
    scanned = 0
    for path in walk_files(args.top):
        if path.endswith(".dup"):
            continue
        size = os.path.getsize(path)
        scanned += 1
        if size < args.min_size:
            continue
        digest = file_digest(path, args.algo)
        groups[digest].append(path)
        sizes[digest] = size

    dupes = {d: paths for d, paths in groups.items() if len(paths) > 1}
    wasted = sum(sizes[d] * (len(p) - 1) for d, p in dupes.items())
    print(f"scanned {scanned} files, {len(groups)} distinct, {len(dupes)} duplicate groups, {wasted} bytes reclaimable")
    for digest in sorted(dupes, key=lambda d: (-sizes[d], dupes[d][0])):
        keep, *copies = dupes[digest]
        print(f"{args.algo}:{digest[:12]} size={sizes[digest]}")
        print(f"  keep {os.path.relpath(keep, args.top)}")
        for copy in copies:
            print(f"  dup  {os.path.relpath(copy, args.top)}")
            if args.dedupe:
                os.remove(copy)
                with open(copy + ".dup", "w") as marker:
                    marker.write(f"duplicate of {os.path.relpath(keep, os.path.dirname(copy))}\n")
    return 1 if dupes and not args.dedupe else 0


if __name__ == "__main__":
    sys.exit(main())
