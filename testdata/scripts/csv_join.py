#!/usr/bin/env python3
# Join two CSV exports on a key column (like `join`), writing joined.csv.
# usage: csv_join.py LEFT.csv RIGHT.csv KEY [inner|left]
import sys


def load(path, key):
    with open(path, encoding="utf-8") as f:
        lines = [l.rstrip("\n") for l in f if l.strip()]
    header = lines[0].split(",")
    if key not in header:
        raise KeyError("%s has no column %r" % (path, key))
    k = header.index(key)
    rows = {}
    dupes = 0
    for line in lines[1:]:
        cols = line.split(",")
        if cols[k] in rows:
            dupes += 1
        rows[cols[k]] = cols
    return header, k, rows, dupes


def main():
    if len(sys.argv) < 4:
        print("usage: csv_join.py LEFT RIGHT KEY [inner|left]", file=sys.stderr)
        return 2
    mode = sys.argv[4] if len(sys.argv) > 4 else "inner"
    if mode not in ("inner", "left"):
        print("mode must be inner or left", file=sys.stderr)
        return 2
    key = sys.argv[3]
    lh, lk, left, ldup = load(sys.argv[1], key)
    rh, rk, right, rdup = load(sys.argv[2], key)
    right_cols = [c for i, c in enumerate(rh) if i != rk]
    out_header = lh + [c if c not in lh else "right_" + c for c in right_cols]
    written = 0
    unmatched = []
    with open("joined.csv", "w", encoding="utf-8") as out:
        out.write(",".join(out_header) + "\n")
        for kval in sorted(left):
            if kval in right:
                extra = [v for i, v in enumerate(right[kval]) if i != rk]
            elif mode == "left":
                extra = [""] * len(right_cols)
                unmatched.append(kval)
            else:
                unmatched.append(kval)
                continue
            out.write(",".join(left[kval] + extra) + "\n")
            written += 1
    only_right = sorted([k for k in right if k not in left])
    common = set(left.keys()).intersection(set(right.keys()))
    print("mode=%s key=%s common keys=%d" % (mode, key, len(common)))
    print("left rows: %d (dupes %d), right rows: %d (dupes %d)" % (len(left), ldup, len(right), rdup))
    print("written: %d, left-only: %s, right-only: %s" % (written, unmatched, only_right))
    print("columns:", out_header)
    return 0


if __name__ == "__main__":
    sys.exit(main())
