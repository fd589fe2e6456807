#!/usr/bin/env python3
"""Assign servers from a CMDB CSV export to patch windows and write patch_plan.csv.

Windows rotate per environment; prod hosts flagged critical=yes go to the last window.
"""
import csv
import sys
from collections import Counter, OrderedDict
from datetime import datetime, timedelta

WINDOW_HOURS = 2


class PlanError(Exception):
    pass


def read_hosts(path):
    with open(path, newline="") as fh:
        reader = csv.DictReader(fh)
        missing = {"hostname", "env", "os", "critical"} - set(reader.fieldnames or [])
        if missing:
            raise PlanError(f"{path}: missing column(s): {', '.join(sorted(missing))}")
        rows = []
        for row in reader:
            if not row["hostname"].strip():
                continue
            row["critical"] = row["critical"].strip().lower() in ("yes", "y", "true", "1")
            rows.append(row)
        return rows


def plan(rows, start, windows):
    slots = OrderedDict()
    for i in range(windows):
        slots[i] = start + timedelta(hours=i * WINDOW_HOURS)
    counters = Counter()
    assignments = []
    for row in sorted(rows, key=lambda r: (r["env"], r["hostname"])):
        if row["critical"] and row["env"] == "prod":
            idx = windows - 1
        else:
            idx = counters[row["env"]] % max(windows - 1, 1)
            counters[row["env"]] += 1
        assignments.append((row, idx, slots[idx]))
    return assignments


def main() -> int:
    if len(sys.argv) != 4:
        print("usage: patch_window_csv.py CMDB.csv 'YYYY-MM-DD HH:MM' WINDOWS", file=sys.stderr)
        return 2
    path, start_text, windows_text = sys.argv[1:]
    start = datetime.strptime(start_text, "%Y-%m-%d %H:%M")
    windows = int(windows_text)
    try:
        rows = read_hosts(path)
    except PlanError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 3
    assignments = plan(rows, start, windows)
    with open("patch_plan.csv", "w", newline="") as out:
        writer = csv.writer(out, quoting=csv.QUOTE_MINIMAL)
        writer.writerow(["window", "start", "end", "hostname", "env", "os", "notes"])
        for row, idx, when in assignments:
            end = when + timedelta(hours=WINDOW_HOURS)
            notes = row.get("notes") or ""
            if row["critical"]:
                notes = ("CRITICAL; " + notes).strip("; ")
            writer.writerow([idx + 1, when.isoformat(sep=" "), end.strftime("%H:%M"), row["hostname"], row["env"], row["os"], notes])
    per_window = Counter(idx for _, idx, _ in assignments)
    for idx in range(windows):
        when = start + timedelta(hours=idx * WINDOW_HOURS)
        print(f"window {idx + 1} {when:%a %d %b %H:%M}: {per_window[idx]} host(s)")
    oses = Counter(row["os"] for row in rows)
    print("os mix: " + ", ".join(f"{name}={n}" for name, n in sorted(oses.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
