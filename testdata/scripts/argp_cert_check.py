"""Check certificate expiry dates from an inventory (name, days left)."""
import argparse
import sys


def build_parser():
    p = argparse.ArgumentParser(description="Warn about certificates that expire soon.")
    p.add_argument("inventory", help="file with lines: NAME DAYS_LEFT")
    p.add_argument("--warn-days", type=int, default=30, help="warn when fewer days remain (default: %(default)s)")
    p.add_argument("--crit-days", type=int, default=7, help="critical when fewer days remain (default: %(default)s)")
    p.add_argument("--ignore", nargs="*", default=[], metavar="NAME", help="certificates to skip")
    p.add_argument("--show-config", action="store_true", help="print the parsed options first")
    return p


def main() -> int:
    args = build_parser().parse_args()
    if args.show_config:
        print(args)
        for key, value in vars(args).items():
            print(f"  {key} = {value!r}")
    status = 0
    with open(args.inventory) as f:
        for line in f:
            fields = line.split()
            if len(fields) != 2:
                continue
            name, days = fields[0], int(fields[1])
            if name in args.ignore:
                continue
            if days < args.crit_days:
                print(f"CRITICAL {name}: {days} day(s) left")
                status = 2
            elif days < args.warn_days:
                print(f"WARNING  {name}: {days} day(s) left")
                status = max(status, 1)
    return status


if __name__ == "__main__":
    sys.exit(main())
