import csv
import sys
from collections import defaultdict


def load(path):
    with open(path, newline="") as f:
        return list(csv.DictReader(f))


def summarise(rows, key, value):
    totals = defaultdict(float)
    counts = defaultdict(int)
    for row in rows:
        try:
            amount = float(row[value])
        except (KeyError, ValueError):
            continue
        totals[row[key]] += amount
        counts[row[key]] += 1
    return totals, counts


def main(argv):
    if len(argv) != 5:
        sys.stderr.write("usage: csv_summary.py IN OUT KEY VALUE\n")
        return 2
    src, dst, key, value = argv[1:]
    try:
        rows = load(src)
    except FileNotFoundError:
        sys.stderr.write(f"cannot read {src}\n")
        return 1
    if rows and key not in rows[0]:
        sys.stderr.write(f"no column {key!r}; have {', '.join(rows[0].keys())}\n")
        return 1
    totals, counts = summarise(rows, key, value)
    with open(dst, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow([key, "count", "total", "mean"])
        for k in sorted(totals, key=lambda k: -totals[k]):
            w.writerow([k, counts[k], round(totals[k], 2), round(totals[k] / counts[k], 2)])
    print(f"{len(rows)} rows -> {len(totals)} groups written to {dst}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
