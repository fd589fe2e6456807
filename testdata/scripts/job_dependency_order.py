#!/usr/bin/env python3
"""Order batch jobs so every job runs after its dependencies.

Input file lines: "job: dep1 dep2" (a job with no deps: "job:").
Prints execution waves (jobs in one wave can run in parallel).
"""
import sys
from typing import Dict, List


class CycleError(Exception):
    pass


class UnknownJobError(Exception):
    pass


def load(path: str) -> Dict[str, List[str]]:
    deps: Dict[str, List[str]] = {}
    with open(path) as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            job, sep, rest = line.partition(":")
            if not sep:
                raise ValueError(f"missing ':' in {line!r}")
            deps[job.strip()] = rest.split()
    return deps


def find_cycle(deps: Dict[str, List[str]], node: str, stack: List[str], done: List[str]) -> List[str]:
    if node in stack:
        return stack[stack.index(node):] + [node]
    if node in done:
        return []
    stack.append(node)
    for d in deps.get(node, []):
        cycle = find_cycle(deps, d, stack, done)
        if cycle:
            return cycle
    stack.pop()
    done.append(node)
    return []


def waves(deps: Dict[str, List[str]]) -> List[List[str]]:
    for job, ds in deps.items():
        for d in ds:
            if d not in deps:
                raise UnknownJobError(f"job '{job}' depends on unknown job '{d}'")
    for job in sorted(deps):
        cycle = find_cycle(deps, job, [], [])
        if cycle:
            raise CycleError(" -> ".join(cycle))
    remaining = {job: set(ds) for job, ds in deps.items()}
    result: List[List[str]] = []
    while remaining:
        ready = sorted([j for j, ds in remaining.items() if not ds])
        result.append(ready)
        for j in ready:
            del remaining[j]
        for ds in remaining.values():
            for j in ready:
                ds.discard(j)
    return result


def main() -> int:
    if len(sys.argv) != 2:
        print("usage: job_dependency_order.py JOBFILE", file=sys.stderr)
        return 2
    deps = load(sys.argv[1])
    try:
        plan = waves(deps)
    except CycleError as e:
        print(f"dependency cycle: {e}")
        return 1
    for i, wave in enumerate(plan, 1):
        print(f"wave {i}: {', '.join(wave)}")
    flat = [j for w in plan for j in w]
    print(f"{len(flat)} jobs in {len(plan)} waves; max parallelism {max([len(w) for w in plan] + [0])}")
    print("order:", flat)
    return 0


if __name__ == "__main__":
    sys.exit(main())
