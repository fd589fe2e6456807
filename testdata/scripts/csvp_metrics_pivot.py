#!/usr/bin/env python3
# Pivot "host,metric,value" rows from stdin into one row per host (CSV on stdout).
import csv
import sys


def main():
    reader = csv.reader(sys.stdin)
    header = next(reader)
    if [h.strip() for h in header] != ["host", "metric", "value"]:
        print("bad header:", header, file=sys.stderr)
        sys.exit(2)
    data = {}
    metrics = []
    for row in reader:
        if len(row) < 3:
            continue
        host, metric, value = row[0], row[1], row[2]
        if metric not in metrics:
            metrics.append(metric)
        data.setdefault(host, {})[metric] = value
    writer = csv.writer(sys.stdout, quoting=csv.QUOTE_NONNUMERIC)
    writer.writerow(["host"] + metrics)
    for host in sorted(data):
        values = data[host]
        writer.writerow([host] + [values.get(m, "") for m in metrics])
    rows = list(csv.reader(["x,y", "1,2"]))
    print(rows)


if __name__ == "__main__":
    main()
