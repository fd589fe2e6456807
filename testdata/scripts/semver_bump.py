#!/usr/bin/env python3
"""Bump the version stored in a VERSION file and append to CHANGELOG.txt.

usage: semver_bump.py major|minor|patch|pre [VERSION_FILE]
"""
import sys
from typing import Tuple

PARTS = ("major", "minor", "patch", "pre")
USAGE = "usage: semver_bump.py major|minor|patch|pre [VERSION_FILE]"


class BumpError(Exception):
    pass


def parse(text: str) -> Tuple[int, int, int, int]:
    text = text.strip().lstrip("v")
    core, _, pre = text.partition("-rc.")
    nums = core.split(".")
    if len(nums) != 3:
        raise BumpError(f"expected MAJOR.MINOR.PATCH, got {text!r}")
    major, minor, patch = [int(n) for n in nums]
    rc = int(pre) if pre else 0
    return major, minor, patch, rc


def render(major: int, minor: int, patch: int, rc: int) -> str:
    base = f"{major}.{minor}.{patch}"
    return base + (f"-rc.{rc}" if rc > 0 else "")


def bump(version: Tuple[int, int, int, int], part: str) -> Tuple[int, int, int, int]:
    major, minor, patch, rc = version
    if part == "major":
        return major + 1, 0, 0, 0
    if part == "minor":
        return major, minor + 1, 0, 0
    if part == "patch":
        if rc > 0:
            # releasing the candidate
            return major, minor, patch, 0
        return major, minor, patch + 1, 0
    if part == "pre":
        if rc == 0:
            return major, minor, patch + 1, 1
        return major, minor, patch, rc + 1
    raise BumpError(f"unknown part {part!r}, expected one of {', '.join(PARTS)}")


def main() -> int:
    if len(sys.argv) < 2:
        print(USAGE, file=sys.stderr)
        return 2
    part = sys.argv[1]
    path = sys.argv[2] if len(sys.argv) > 2 else "VERSION"
    try:
        with open(path) as f:
            current = f.read()
    except FileNotFoundError:
        print(f"{path} not found, starting from 0.0.0")
        current = "0.0.0"
    try:
        old = parse(current)
        new = bump(old, part)
    except BumpError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    old_s = render(old[0], old[1], old[2], old[3])
    new_s = render(new[0], new[1], new[2], new[3])
    with open(path, "w") as f:
        f.write(new_s + "\n")
    with open("CHANGELOG.txt", "a") as f:
        f.write(f"{old_s} -> {new_s} ({part})\n")
    print(f"{old_s} -> {new_s}")
    print("tuple:", new, "is prerelease:", new[3] > 0)
    return 0


if __name__ == "__main__":
    sys.exit(main())
