#!/usr/bin/env python3
"""Compare requirements (name==version / name>=version) against an installed
package list ("name version" per line, like `pip freeze` after sed)."""
import sys
from typing import Dict, List, Tuple


def vtuple(v: str) -> Tuple[int, int, int]:
    nums = [int(x) for x in v.split(".")[:3]]
    while len(nums) < 3:
        nums.append(0)
    return nums[0], nums[1], nums[2]


def normalize(name: str) -> str:
    return name.strip().lower().replace("_", "-")


def read_requirements(path: str) -> List[Tuple[str, str, str]]:
    reqs = []
    with open(path) as f:
        for line in f:
            line = line.split("#")[0].strip()
            if not line:
                continue
            for op in ["==", ">=", "<"]:
                if op in line:
                    name, version = line.split(op, 1)
                    reqs.append((normalize(name), op, version.strip()))
                    break
            else:
                reqs.append((normalize(line), "any", ""))
    return reqs


def read_installed(path: str) -> Dict[str, str]:
    installed = {}
    with open(path) as f:
        for line in f:
            parts = line.split()
            if len(parts) == 2:
                installed[normalize(parts[0])] = parts[1]
    return installed


def check(op: str, have: str, want: str) -> bool:
    if op == "any":
        return True
    h, w = vtuple(have), vtuple(want)
    if op == "==":
        return h == w
    if op == ">=":
        return h >= w
    return h < w


def main() -> int:
    if len(sys.argv) != 3:
        print("usage: package_pin_check.py REQUIREMENTS INSTALLED", file=sys.stderr)
        return 2
    reqs = read_requirements(sys.argv[1])
    installed = read_installed(sys.argv[2])
    failures = 0
    for name, op, want in sorted(reqs):
        have = installed.get(name, "")
        if not have:
            print(f"MISSING  {name} (wants {op}{want})" if want else f"MISSING  {name}")
            failures += 1
            continue
        ok = check(op, have, want)
        mark = "ok      " if ok else "MISMATCH"
        spec = f"{op}{want}" if op != "any" else "(any)"
        print(f"{mark} {name:<18} installed {have:<10} required {spec}")
        if not ok:
            failures += 1
    extra = sorted(set(installed).difference(set([r[0] for r in reqs])))
    print(f"{len(reqs)} requirements, {failures} problem(s), {len(extra)} unpinned extra package(s)")
    if extra:
        print("extra:", ", ".join(extra))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
