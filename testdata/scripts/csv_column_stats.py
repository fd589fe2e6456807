import sys

# Compute min/max/mean/sum of a numeric column in a CSV export.
# usage: csv_column_stats.py FILE COLUMN [GROUP_BY_COLUMN]


def read_csv(path):
    with open(path, encoding="utf-8") as f:
        lines = [l.rstrip("\r\n") for l in f if l.strip()]
    if not lines:
        return [], []
    header = [h.strip() for h in lines[0].split(",")]
    rows = []
    for l in lines[1:]:
        rows.append([c.strip() for c in l.split(",")])
    return header, rows


def stats(values):
    total = sum(values)
    mean = total / len(values)
    ordered = sorted(values)
    mid = len(ordered) // 2
    if len(ordered) % 2 == 1:
        median = ordered[mid]
    else:
        median = (ordered[mid - 1] + ordered[mid]) / 2
    return min(values), max(values), total, mean, median


if len(sys.argv) < 3:
    print("usage: csv_column_stats.py FILE COLUMN [GROUP_BY]", file=sys.stderr)
    sys.exit(2)

header, rows = read_csv(sys.argv[1])
column = sys.argv[2]
if column not in header:
    print("column %r not found; available: %s" % (column, ", ".join(header)))
    sys.exit(1)
idx = header.index(column)
group_idx = header.index(sys.argv[3]) if len(sys.argv) > 3 else -1

groups = {}
for row in rows:
    if len(row) != len(header):
        print("skipping short row:", row, file=sys.stderr)
        continue
    value = float(row[idx])
    key = row[group_idx] if group_idx >= 0 else "(all)"
    groups.setdefault(key, []).append(value)

if not groups:
    print("no data rows")
    sys.exit(0)

print("{:<12} {:>5} {:>10} {:>10} {:>12} {:>10} {:>10}".format("group", "n", "min", "max", "sum", "mean", "median"))
for key in sorted(groups):
    vals = groups[key]
    lo, hi, total, mean, median = stats(vals)
    print("{:<12} {:>5d} {:>10.2f} {:>10.2f} {:>12,.2f} {:>10.3f} {:>10}".format(key, len(vals), lo, hi, total, mean, median))

all_vals = [v for vs in groups.values() for v in vs]
print("overall mean:", round(sum(all_vals) / len(all_vals), 4))
