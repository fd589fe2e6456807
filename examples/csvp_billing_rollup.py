#!/usr/bin/env python3
"""Roll up a cloud billing export (CSV) per team and write a summary CSV.

The export has quoted fields with embedded commas and newlines."""
import csv
import sys


def main():
    if len(sys.argv) < 3:
        print("usage: csvp_billing_rollup.py EXPORT.csv SUMMARY.csv", file=sys.stderr)
        sys.exit(2)
    totals = {}
    counts = {}
    notes = []
    with open(sys.argv[1], newline="") as f:
        reader = csv.DictReader(f)
        print("columns:", reader.fieldnames)
        for row in reader:
            team = row["team"].strip() or "unassigned"
            cost = float(row["cost"])
            totals[team] = totals.get(team, 0.0) + cost
            counts[team] = counts.get(team, 0) + 1
            if "\n" in row["note"] or "," in row["note"]:
                notes.append(row["note"])
    with open(sys.argv[2], "w", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["team", "items", "total", "comment"])
        for team in sorted(totals, key=lambda t: (-totals[t], t)):
            writer.writerow([team, str(counts[team]), "%.2f" % totals[team], 'say "hi", ok' if counts[team] > 1 else ""])
    print("teams:", len(totals))
    print("multi-line or comma notes:", notes)
    w = csv.writer(sys.stdout, delimiter=";", lineterminator="\n", quoting=csv.QUOTE_ALL)
    w.writerows([["a", "b;c"], ["", "x"]])


if __name__ == "__main__":
    main()
