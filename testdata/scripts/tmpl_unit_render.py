#!/usr/bin/env python3
"""Render a systemd unit from a $-template file, with values from --set KEY=VALUE and SVC_* env vars."""
import argparse
import os
import string
import sys

BUILTIN = string.Template("""\
[Unit]
Description=${description}
After=network.target

[Service]
ExecStart=$exec_start
User=$user
Restart=on-failure
Environment=PRICE=$$5
""")


def collect(sets: list[str]) -> dict[str, str]:
    values: dict[str, str] = {"user": "nobody", "description": "managed service"}
    for key, val in os.environ.items():
        if key.startswith("SVC_"):
            values[key[4:].lower()] = val
    for item in sets:
        key, sep, val = item.partition("=")
        if not sep or not key:
            raise ValueError(f"--set expects KEY=VALUE, got {item!r}")
        values[key] = val
    return values


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("name")
    ap.add_argument("--template", help="template file (default: built-in)")
    ap.add_argument("--set", action="append", default=[], dest="sets", metavar="KEY=VALUE")
    ap.add_argument("--lenient", action="store_true", help="leave unknown placeholders as they are")
    ap.add_argument("--out-dir", default=".")
    args = ap.parse_args()

    tmpl = BUILTIN
    if args.template:
        try:
            with open(args.template) as fh:
                tmpl = string.Template(fh.read())
        except OSError as exc:
            print(f"cannot read template: {exc}", file=sys.stderr)
            return 2
    try:
        values = collect(args.sets or [])
    except ValueError as exc:
        print(exc, file=sys.stderr)
        return 2

    try:
        if args.lenient:
            text = tmpl.safe_substitute(values, name=args.name)
        else:
            text = tmpl.substitute(values, name=args.name)
    except KeyError as exc:
        print(f"missing value for {exc}", file=sys.stderr)
        return 1
    except ValueError as exc:
        print(f"bad template: {exc}", file=sys.stderr)
        return 1

    path = os.path.join(args.out_dir, f"{args.name}.service")
    with open(path, "w") as fh:
        fh.write(text)
    print(f"wrote {path}: {len(text.splitlines())} lines")
    leftover = [line for line in text.splitlines() if "$" in line]
    for line in leftover:
        print(f"  unresolved: {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
