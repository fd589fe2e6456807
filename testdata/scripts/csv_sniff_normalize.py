#!/usr/bin/env python3
"""Normalise vendor CSV exports of unknown dialect into comma-separated UTF-8 files."""
import argparse
import csv
import os
import sys


def normalise(path, out_dir, peek):
    with open(path, newline="", encoding="utf-8") as src:
        sample = src.read(peek)
        if not sample.strip():
            raise ValueError(f"{path} is empty")
        sniffer = csv.Sniffer()
        dialect = sniffer.sniff(sample, delimiters=",;|\t")
        header = sniffer.has_header(sample)
        src.seek(0)
        rows = list(csv.reader(src, dialect))
    name = os.path.basename(path).rsplit(".", 1)[0] + ".csv"
    target = os.path.join(out_dir, name)
    with open(target, "w", newline="", encoding="utf-8") as dst:
        writer = csv.writer(dst, lineterminator="\n")
        if not header:
            writer.writerow([f"col{i + 1}" for i in range(len(rows[0]))])
        writer.writerows(rows)
    return dialect, header, len(rows), target


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("files", nargs="+")
    ap.add_argument("-o", "--out-dir", default="normalised")
    ap.add_argument("--peek", type=int, default=2048, help="bytes to sniff")
    opts = ap.parse_args()
    os.makedirs(opts.out_dir, exist_ok=True)
    failures = 0
    for path in opts.files:
        try:
            dialect, header, count, target = normalise(path, opts.out_dir, opts.peek)
        except csv.Error as exc:
            print(f"{path}: cannot sniff: {exc}", file=sys.stderr)
            failures += 1
            continue
        except (OSError, ValueError) as exc:
            print(f"{path}: {exc}", file=sys.stderr)
            failures += 1
            continue
        kind = "header" if header else "no header"
        print(f"{path}: delimiter={dialect.delimiter!r} quote={dialect.quotechar!r} "
              f"doublequote={dialect.doublequote} skipspace={dialect.skipinitialspace} {kind}, {count} rows -> {target}")
    if failures:
        print(f"{failures} file(s) failed", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
