#!/usr/bin/env python3
"""Replace API tokens in a config dump with stable short hashes so diffs stay readable.

usage: inf_token_hash.py FILE [--salt SALT]
Lines look like `key = value`; keys ending in _token/_key/_secret are hashed.
"""
import hashlib
import re
import sys

SECRET_KEY = re.compile(r"^(?P<key>[\w.-]+?)(?P<suffix>_token|_key|_secret)\s*=\s*(?P<value>.*)$")


def short_hash(value, salt):
    digest = hashlib.sha256((salt + value).encode()).hexdigest()
    return digest[:10]


def describe(m):
    key, suffix, value = m.groups()
    return f"{key}{suffix}", value.strip()


def redact(lines, salt):
    out = []
    seen = {}
    for line in lines:
        m = SECRET_KEY.match(line.rstrip("\n"))
        if m is None:
            out.append(line.rstrip("\n"))
            continue
        name, value = describe(m)
        if not value:
            out.append(f"{name} = <empty>")
            continue
        tag = short_hash(value, salt)
        if tag in seen:
            print(f"warning: {name} reuses the value of {seen[tag]}", file=sys.stderr)
        seen[tag] = name
        out.append(f"{name} = sha256:{tag}")
    return out, len(seen)


def main():
    args = sys.argv[1:]
    salt = ""
    if "--salt" in args:
        i = args.index("--salt")
        if i + 1 >= len(args):
            print("--salt needs a value", file=sys.stderr)
            return 2
        salt = args[i + 1]
        args = args[:i] + args[i + 2:]
    if len(args) != 1:
        print(__doc__.splitlines()[2], file=sys.stderr)
        return 2
    path = args[0]
    with open(path) as fh:
        lines = fh.readlines()
    out, distinct = redact(lines, salt)
    with open(path + ".hashed", "w") as fh:
        fh.write("\n".join(out) + "\n")
    print(f"{path}: {len(lines)} lines, {distinct} distinct secret(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
