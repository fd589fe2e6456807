"""Sum numeric columns of a CSV file, optionally restricted to a row range."""
import argparse
import sys


def main() -> int:
    parser = argparse.ArgumentParser(description="Sum columns (0-based indexes) of a CSV file.")
    parser.add_argument("csv", help="input file")
    parser.add_argument("-c", "--columns", type=int, nargs="+", required=True, metavar="IDX", help="columns to sum")
    parser.add_argument("--rows", type=int, nargs=2, metavar=("FIRST", "LAST"), help="only data rows FIRST..LAST (1-based)")
    parser.add_argument("-d", "--delimiter", default=",", help="field separator (default: %(default)r)")
    parser.add_argument("--no-header", action="store_true", help="the first line is data")
    parser.add_argument("--scale", type=float, default=1.0, help="multiply sums by this factor")
    args, rest = parser.parse_known_args()
    if rest:
        print(f"ignoring extra arguments: {' '.join(rest)}", file=sys.stderr)

    with open(args.csv) as f:
        lines = [ln.rstrip("\n") for ln in f if ln.strip()]
    header = None
    if not args.no_header:
        header = lines[0].split(args.delimiter)
        lines = lines[1:]
    rows = args.rows
    if rows is not None:
        first, last = rows
        lines = lines[first - 1 : last]
    sums = [0.0] * len(args.columns)
    for line in lines:
        fields = line.split(args.delimiter)
        for i, col in enumerate(args.columns):
            if col >= len(fields):
                parser.error(f"column {col} out of range ({len(fields)} fields)")
            sums[i] += float(fields[col])
    for i, col in enumerate(args.columns):
        name = header[col] if header is not None else f"col{col}"
        print(f"{name}: {sums[i] * args.scale:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
