"""Summarise a passwd-format file: users, shells, uid ranges."""
import argparse
import sys


def read_entries(path):
    if path == "-":
        text = sys.stdin.read()
    else:
        with open(path) as f:
            text = f.read()
    entries = []
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        parts = line.split(":")
        if len(parts) != 7:
            print(f"skipping malformed line: {line!r}", file=sys.stderr)
            continue
        entries.append((parts[0], int(parts[2]), parts[6]))
    return entries


parser = argparse.ArgumentParser(description="Report on users from a passwd file (or stdin).")
parser.add_argument("passwd", nargs="?", default="-", help="passwd file, - for stdin (default: stdin)")
parser.add_argument("--min-uid", type=int, default=1000, help="ignore system accounts below this uid")
parser.add_argument("--sort", choices=["name", "uid", "shell"], default="name")
parser.add_argument("-r", "--reverse", action="store_true")
parser.add_argument("--shell", dest="shells", action="append", metavar="PATH", help="only these login shells")
args = parser.parse_args()

users = [e for e in read_entries(args.passwd) if e[1] >= args.min_uid]
shells = args.shells
if shells is not None:
    users = [e for e in users if e[2] in shells]
if args.sort == "uid":
    users.sort(key=lambda e: e[1], reverse=args.reverse)
elif args.sort == "shell":
    users.sort(key=lambda e: e[2], reverse=args.reverse)
else:
    users.sort(key=lambda e: e[0], reverse=args.reverse)
for name, uid, shell in users:
    print(f"{name:<12}{uid:>6}  {shell}")
print(f"{len(users)} user(s)")
