#!/usr/bin/env python3
"""Audit commands captured from sudo session logs; flag risky invocations and emit a replay script."""
import shlex
import sys
from collections import Counter

RISKY = {
    "rm": lambda argv: any(a.startswith("-") and "r" in a and "f" in a for a in argv[1:]),
    "chmod": lambda argv: "777" in argv or "-R" in argv,
    "dd": lambda argv: any(a.startswith("of=/dev/") for a in argv),
    "curl": lambda argv: "|" in argv,
}
WRAPPERS = ("sudo", "env", "nohup", "timeout")


class ParseFailure(Exception):
    """Raised when a logged command line cannot be tokenised."""


def unwrap(argv):
    """Strip sudo/env/nohup/timeout prefixes and VAR=value assignments."""
    i = 0
    while i < len(argv):
        word = argv[i]
        if word in WRAPPERS:
            i += 1
            if word == "sudo" and i < len(argv) and argv[i] == "-u":
                i += 2
            elif word == "timeout" and i < len(argv):
                i += 1
            continue
        if "=" in word and not word.startswith("-") and word.split("=", 1)[0].isidentifier():
            i += 1
            continue
        break
    return argv[i:]


def tokenize(line, lineno):
    try:
        return shlex.split(line, comments=True)
    except ValueError as exc:
        raise ParseFailure(f"line {lineno}: {exc}") from exc


def main() -> int:
    users = Counter()
    programs = Counter()
    flagged = []
    replay = ["#!/bin/sh", "set -eu"]
    errors = 0
    for lineno, line in enumerate(sys.stdin, 1):
        user, sep, cmdline = line.rstrip("\n").partition(": ")
        if not sep:
            continue
        try:
            argv = unwrap(tokenize(cmdline, lineno))
        except ParseFailure as exc:
            print(f"skip {exc}", file=sys.stderr)
            errors += 1
            continue
        if not argv:
            continue
        prog = argv[0].rsplit("/", 1)[-1]
        users[user] += 1
        programs[prog] += 1
        check = RISKY.get(prog)
        if check and check(argv):
            flagged.append((lineno, user, shlex.join(argv)))
            replay.append(f"# SKIPPED risky: {shlex.join(argv)}")
        else:
            replay.append(shlex.join(argv))
    with open("replay.sh", "w") as fh:
        fh.write("\n".join(replay) + "\n")
    print("commands per user:", dict(sorted(users.items())))
    print("top programs:", ", ".join(f"{p}({n})" for p, n in programs.most_common(4)))
    for lineno, user, cmd in flagged:
        print(f"RISKY line {lineno} by {user}: {cmd}")
        print(f"  quoted for ticket: {shlex.quote(cmd)}")
    if errors:
        print(f"{errors} line(s) could not be parsed")
    return 2 if flagged else (1 if errors else 0)


if __name__ == "__main__":
    sys.exit(main())
