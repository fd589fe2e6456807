#!/usr/bin/env python3
"""Backup job helper: plan, verify and prune backup sets listed in a manifest."""
import argparse
import sys


def read_manifest(path):
    sets = []
    try:
        with open(path) as fh:
            for line in fh:
                if line.strip() and not line.startswith("#"):
                    name, day, size = line.split()
                    sets.append((name, day, int(size)))
    except FileNotFoundError:
        sys.exit(f"manifest {path} not found")
    return sets


def do_plan(args):
    sets = read_manifest(args.manifest)
    total = sum(s for _, _, s in sets)
    print(f"[{args.mode}] {len(sets)} sets, {total} MiB")
    for name, day, size in sets:
        print(f"  {day} {name:<10} {size:>6} MiB")


def do_verify(args):
    sets = read_manifest(args.manifest)
    bad = [n for n, _, s in sets if s <= 0]
    if bad:
        print("empty backup sets: " + ", ".join(bad), file=sys.stderr)
        sys.exit(4)
    print(f"[{args.mode}] all {len(sets)} sets look sane")


def do_prune(args):
    sets = sorted(read_manifest(args.manifest), key=lambda s: s[1], reverse=True)
    keep, drop = sets[: args.keep], sets[args.keep :]
    with open("prune.txt", "w") as out:
        for name, day, _ in drop:
            out.write(f"rm {name}  # {day}\n")
    print(f"[{args.mode}] keep {len(keep)}, prune {len(drop)}")
    if args.dry_run:
        print("dry run: nothing removed")


parser = argparse.ArgumentParser(description=__doc__)
parser.add_argument("-m", "--manifest", default="backups.txt")
parser.set_defaults(handler=do_plan, mode="plan")
commands = parser.add_subparsers(title="commands")
verify = commands.add_parser("verify")
verify.set_defaults(handler=do_verify, mode="verify")
prune = commands.add_parser("prune")
prune.add_argument("--keep", type=int, default=2)
prune.add_argument("-n", "--dry-run", action="store_true")
prune.set_defaults(handler=do_prune, mode="prune")

opts = parser.parse_args()
opts.handler(opts)
