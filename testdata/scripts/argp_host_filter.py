#!/usr/bin/env python3
"""Select hosts from an inventory file by tag, environment and name."""
import argparse
import sys


def load_inventory(path: str) -> list[tuple[str, str, list[str]]]:
    hosts = []
    with open(path) as f:
        for lineno, line in enumerate(f, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            fields = line.split()
            name = fields[0]
            env = "prod"
            tags = []
            for field in fields[1:]:
                if field.startswith("env="):
                    env = field[4:]
                else:
                    tags.append(field)
            hosts.append((name, env, tags))
    return hosts


def build_parser():
    parser = argparse.ArgumentParser(
        description="Filter an inventory of hosts.",
        formatter_class=argparse.ArgumentDefaultsHelpFormatter,
    )
    parser.add_argument("inventory", help="inventory file: NAME [env=ENV] [TAG ...] per line")
    sel = parser.add_argument_group("selection", "Which hosts to print; all conditions must hold.")
    sel.add_argument("-t", "--tag", action="append", dest="tags", metavar="TAG", help="require this tag (repeatable)")
    sel.add_argument("-x", "--exclude", action="append", default=[], help="drop hosts with this name")
    sel.add_argument("-e", "--env", choices=["prod", "staging", "dev"], help="environment")
    out = parser.add_argument_group("output")
    out.add_argument("--sep", default="\n", help="separator between host names")
    out.add_argument("--limit", type=int, default=0, help="print at most N hosts (0 = all)")
    out.add_argument("--count", action="store_true", help="print only the number of matches")
    return parser


def main():
    args = build_parser().parse_args()
    try:
        hosts = load_inventory(args.inventory)
    except FileNotFoundError:
        print(f"host_filter: cannot read {args.inventory}", file=sys.stderr)
        return 1
    tag_filter = args.tags
    picked = []
    for name, env, tags in hosts:
        if args.env is not None and env != args.env:
            continue
        if tag_filter is not None:
            missing = [t for t in tag_filter if t not in tags]
            if missing:
                continue
        if name in args.exclude:
            continue
        picked.append(name)
    if args.limit > 0:
        picked = picked[: args.limit]
    if args.count:
        print(len(picked))
    else:
        print(args.sep.join(picked))
    return 0 if picked else 3


if __name__ == "__main__":
    sys.exit(main())
