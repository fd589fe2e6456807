#!/usr/bin/env python3
# Hash release artifacts in parallel and write (or check) a SHA256SUMS manifest.
# usage: conc_file_hash.py write FILE...   |   conc_file_hash.py check SUMS
import hashlib
import os
import sys
from concurrent.futures import ThreadPoolExecutor

JOBS = int(os.environ.get("HASH_JOBS", "3"))


def sha256_of(path):
    with open(path) as fh:
        data = fh.read()
    return hashlib.sha256(data.encode()).hexdigest()


def size_of(path: str) -> int:
    return os.path.getsize(path)


def write_manifest(paths):
    paths = sorted(paths)
    with ThreadPoolExecutor(max_workers=JOBS) as ex:
        digests = list(ex.map(sha256_of, paths))
        sizes = dict(zip(paths, ex.map(size_of, paths)))
    lines = []
    for i in range(len(paths)):
        lines.append(digests[i] + "  " + paths[i])
        print("%-12s %6d bytes  %s..." % (paths[i], sizes[paths[i]], digests[i][:12]))
    with open("SHA256SUMS", "w") as out:
        out.write("\n".join(lines) + "\n")
    print("wrote SHA256SUMS with", len(lines), "entries")
    return 0


def check_manifest(sums):
    expected = {}
    with open(sums) as f:
        for line in f:
            if line.strip():
                digest, name = line.split(None, 1)
                expected[name.strip()] = digest
    names = list(expected)
    bad = 0
    with ThreadPoolExecutor(JOBS) as ex:
        for name, actual in zip(names, ex.map(sha256_of, names)):
            ok = actual == expected[name]
            if not ok:
                bad += 1
            print(name + ": " + ("OK" if ok else "FAILED"))
    if bad:
        print(f"WARNING: {bad} computed checksum{'s' if bad > 1 else ''} did NOT match", file=sys.stderr)
        return 1
    return 0


def main():
    if len(sys.argv) < 3 or sys.argv[1] not in ("write", "check"):
        print("usage: conc_file_hash.py write FILE... | check SUMS", file=sys.stderr)
        return 2
    if sys.argv[1] == "write":
        return write_manifest(sys.argv[2:])
    return check_manifest(sys.argv[2])


sys.exit(main())
