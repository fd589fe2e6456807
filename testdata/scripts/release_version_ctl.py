#!/usr/bin/env python3
"""Manage version.json for a service: show, bump, or tag a release (subcommands)."""
import argparse
import json
import re
import sys
from pathlib import Path

VERSION_RE = re.compile(r"^(\d+)\.(\d+)\.(\d+)(?:-rc\.(\d+))?$")
STATE = Path("version.json")


class VersionError(Exception):
    pass


def parse(version):
    m = VERSION_RE.match(version)
    if not m:
        raise VersionError(f"malformed version {version!r}")
    major, minor, patch, rc = m.groups()
    return int(major), int(minor), int(patch), (int(rc) if rc is not None else None)


def render(major, minor, patch, rc=None):
    base = f"{major}.{minor}.{patch}"
    return base if rc is None else f"{base}-rc.{rc}"


def load():
    if not STATE.exists():
        return {"version": "0.1.0", "history": []}
    return json.loads(STATE.read_text())


def save(state):
    STATE.write_text(json.dumps(state, indent=2, sort_keys=True) + "\n")


def cmd_show(args, state):
    major, minor, patch, rc = parse(state["version"])
    if args.json:
        print(json.dumps({"major": major, "minor": minor, "patch": patch, "rc": rc}))
    else:
        print(state["version"] + (" (release candidate)" if rc is not None else ""))
    return 0


def cmd_bump(args, state):
    major, minor, patch, rc = parse(state["version"])
    if args.rc:
        new = render(major, minor, patch, (rc or 0) + 1) if rc is not None else render(major, minor, patch + 1, 1)
    elif args.final:
        if rc is None:
            raise VersionError(f"{state['version']} is not a release candidate")
        new = render(major, minor, patch)
    else:
        part = args.part
        if part == "major":
            new = render(major + 1, 0, 0)
        elif part == "minor":
            new = render(major, minor + 1, 0)
        else:
            new = render(major, minor, patch + 1)
    state["history"].append({"from": state["version"], "to": new, "reason": args.message})
    state["version"] = new
    print(f"{state['history'][-1]['from']} -> {new}")
    if not args.dry_run:
        save(state)
    return 0


def cmd_tag(args, state):
    tag = f"{args.prefix}{state['version']}"
    Path("TAG").write_text(tag + "\n")
    print(f"tagged {tag}")
    return 0


def build_parser():
    p = argparse.ArgumentParser(prog="relctl", description="Release version control")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")
    show = sub.add_parser("show", help="print the current version")
    show.add_argument("--json", action="store_true")
    show.set_defaults(func=cmd_show)
    bump = sub.add_parser("bump", help="bump the version")
    bump.add_argument("part", nargs="?", choices=["major", "minor", "patch"], default="patch")
    mode = bump.add_mutually_exclusive_group()
    mode.add_argument("--rc", action="store_true", help="create/advance a release candidate")
    mode.add_argument("--final", action="store_true", help="promote the release candidate")
    bump.add_argument("-m", "--message", default="")
    bump.add_argument("-n", "--dry-run", action="store_true")
    bump.set_defaults(func=cmd_bump)
    tag = sub.add_parser("tag", help="write the TAG file")
    tag.add_argument("--prefix", default="v")
    tag.set_defaults(func=cmd_tag)
    return p


def main(argv=None):
    args = build_parser().parse_args(argv)
    try:
        return args.func(args, load())
    except VersionError as exc:
        print(f"relctl: {exc}", file=sys.stderr)
        return 3


if __name__ == "__main__":
    sys.exit(main())
