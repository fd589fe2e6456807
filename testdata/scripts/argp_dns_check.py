"""Compare expected DNS records (zone file) with observed answers (results file)."""
import argparse
import sys


def read_pairs(path):
    pairs = {}
    with open(path) as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 2 and not parts[0].startswith(";"):
                pairs[parts[0].lower()] = parts[-1]
    return pairs


parser = argparse.ArgumentParser(
    prog="dns-check",
    usage="%(prog)s [options] ZONE RESULTS",
    add_help=False,
    allow_abbrev=False,
)
parser.add_argument("zone")
parser.add_argument("results")
parser.add_argument("--help", action="help", help="show this help and exit")
parser.add_argument("--verbose", action="store_true")
parser.add_argument("--verify-all", action="store_true", help="also report records missing from results")
parser.add_argument("--max-mismatches", type=int, default=-1, help="stop after N mismatches (-1: no limit)")

if len(sys.argv) == 1:
    parser.print_usage()
    sys.exit(64)
args = parser.parse_args()

expected = read_pairs(args.zone)
observed = read_pairs(args.results)
bad = 0
for name in sorted(expected):
    want = expected[name]
    got = observed.get(name)
    if got is None:
        if args.verify_all:
            print(f"MISSING  {name} (want {want})")
            bad += 1
        continue
    if got != want:
        print(f"MISMATCH {name}: want {want}, got {got}")
        bad += 1
    elif args.verbose:
        print(f"ok       {name} {got}")
    if args.max_mismatches >= 0 and bad >= args.max_mismatches:
        print("too many mismatches, stopping")
        break
print(f"{bad} problem(s)")
sys.exit(1 if bad else 0)
