"""Expand a CI build matrix definition into the list of jobs.

Definition file format:
    axis os = ubuntu-22.04, debian-12, alpine
    axis python = 3.9, 3.11, 3.12
    exclude os=alpine python=3.9
    include os=macos python=3.12
Writes jobs.txt with one job id per line.
"""
import sys
from typing import Dict, List, Tuple


def parse_assignments(text: str) -> Dict[str, str]:
    result = {}
    for item in text.split():
        k, _, v = item.partition("=")
        result[k] = v
    return result


def product(axes: List[Tuple[str, List[str]]], index: int, current: Dict[str, str], out: List[Dict[str, str]]) -> None:
    if index == len(axes):
        out.append(dict(current))
        return
    name, values = axes[index]
    for v in values:
        current[name] = v
        product(axes, index + 1, current, out)
    del current[name]


def matches(job: Dict[str, str], rule: Dict[str, str]) -> bool:
    return all([job.get(k) == v for k, v in rule.items()])


axes: List[Tuple[str, List[str]]] = []
excludes: List[Dict[str, str]] = []
includes: List[Dict[str, str]] = []
with open(sys.argv[1] if len(sys.argv) > 1 else "matrix.txt") as f:
    for raw in f:
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        kind, _, rest = line.partition(" ")
        if kind == "axis":
            name, _, values = rest.partition("=")
            axes.append((name.strip(), [v.strip() for v in values.split(",") if v.strip()]))
        elif kind == "exclude":
            excludes.append(parse_assignments(rest))
        elif kind == "include":
            includes.append(parse_assignments(rest))
        else:
            raise ValueError("unknown directive: " + kind)

jobs: List[Dict[str, str]] = []
product(axes, 0, {}, jobs)
before = len(jobs)
jobs = [j for j in jobs if not any([matches(j, e) for e in excludes])]
jobs.extend(includes)
names = [a[0] for a in axes]
ids = ["-".join([j.get(n, "any") for n in names]) for j in jobs]

with open("jobs.txt", "w") as out:
    for job_id in ids:
        out.write(job_id + "\n")

print("axes:", {name: len(values) for name, values in axes})
print("combinations: %d, excluded: %d, included: %d, total jobs: %d" % (before, before - (len(jobs) - len(includes)), len(includes), len(jobs)))
for i, job_id in enumerate(ids, 1):
    print("  %2d %s" % (i, job_id))
if len(jobs) > 20:
    print("warning: matrix is large (%d jobs)" % len(jobs), file=sys.stderr)
    sys.exit(3)
