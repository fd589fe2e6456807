"""Rotate application logs: keep the newest N files matching a prefix."""
import argparse
import os
import sys


def main() -> int:
    parser = argparse.ArgumentParser(
        description="Rotate application logs in a directory, keeping the newest files.",
        epilog="Files are ordered by name; the highest suffix is the newest.",
    )
    parser.add_argument("directory", help="directory holding the logs")
    parser.add_argument("-k", "--keep", type=int, default=5, help="how many files to keep (default: %(default)s)")
    parser.add_argument("-p", "--prefix", default="app.log", help="log file prefix")
    parser.add_argument("-n", "--dry-run", action="store_true", help="only print what would be removed")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more output (repeatable)")
    args = parser.parse_args()

    if args.keep < 0:
        parser.error("--keep must be >= 0")
    if not os.path.isdir(args.directory):
        print(f"error: {args.directory} is not a directory", file=sys.stderr)
        return 1
    names = sorted(n for n in os.listdir(args.directory) if n.startswith(args.prefix))
    doomed = names[: max(len(names) - args.keep, 0)]
    if args.verbose >= 1:
        print(f"found {len(names)} files, keeping {min(args.keep, len(names))}")
    for name in doomed:
        path = os.path.join(args.directory, name)
        if args.dry_run:
            print(f"would remove {path}")
        else:
            os.remove(path)
            if args.verbose >= 2:
                print(f"removed {path}")
    print(f"{len(doomed)} file(s) {'selected' if args.dry_run else 'removed'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
