#!/usr/bin/env python3
"""Clean a print/mail spool directory: count the lines of each queued job, pair the jobs
with their owners from a roster, drop the jobs marked done, and write a numbered report."""
import argparse
import os
import sys
from pathlib import Path


def count_lines(path: Path) -> int:
    n = 0
    with open(path) as f:
        for line in f:
            n += 1
    return n


def line_stats(path: Path) -> tuple[int, int]:
    total = 0
    with open(path) as f:
        for _ in f:
            total += 1
    blanks = 0
    with open(path) as f:
        for text in f:
            if not text.strip():
                blanks += 1
    return total, blanks


def load_owners(roster: Path) -> list[str]:
    print(f"reading roster {roster.name}")
    owners = []
    with open(roster) as f:
        for raw in f:
            owners.append(raw.strip())
    return owners


def queue_of(name: str) -> str:
    print(f"  classifying {name}")
    return name.split("-")[0] if "-" in name else "default"


def bucket_of(lines: int) -> int:
    print(f"  sizing {lines}")
    return 0 if lines < 2 else 1


def main() -> int:
    ap = argparse.ArgumentParser(description="clean a spool directory")
    ap.add_argument("spool")
    ap.add_argument("--first", type=int, default=1, help="number of the first report line")
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()

    spool = Path(args.spool)
    if not spool.is_dir():
        print(f"error: {spool} is not a directory", file=sys.stderr)
        return 2
    jobs = sorted(p.name for p in spool.iterdir() if p.name.endswith(".job"))
    if not jobs:
        print("spool empty")
        return 0

    sizes = {}
    for name in jobs:
        sizes[name] = count_lines(spool / name)

    queues = {}
    buckets = [[], []]
    for name in jobs:
        queues.setdefault(queue_of(name), []).append(name)
        buckets[bucket_of(sizes[name])].append(name)
    for queue in sorted(queues):
        print(f"queue {queue}: {', '.join(queues[queue])}")
    print(f"small: {buckets[0]} large: {buckets[-1]}")

    report = []
    for name, owner in zip(jobs, load_owners(spool / "roster.txt")):
        report.append(f"{name} {owner} {sizes[name]} lines")

    number = args.first
    for i, entry in enumerate(report, number):
        number += 10  # the numbering was fixed when the loop started
        print(f"{i:3d}. {entry}")

    removed = 0
    for name in jobs:
        target = os.path.join(spool, name)
        if sizes[name] == 0 or "DONE" in Path(target).read_text():
            if not args.dry_run:
                os.remove(spool / name)
            removed += 1
            print("removed" if not args.dry_run else "would remove", target)
    total, blanks = line_stats(spool / jobs[0])
    print(f"first job: {total} lines, {blanks} blank")

    with open("spool-report.txt", "w") as out:
        for line in report:
            out.write(line + "\n")
    return 1 if removed else 0


if __name__ == "__main__":
    sys.exit(main())
