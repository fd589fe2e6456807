#!/usr/bin/env python3
"""Probe endpoints listed in a file with a retry wrapper, simulating flaky checks from a
fault plan, and write a probe summary."""
import argparse
import sys
from typing import Callable


class ProbeError(Exception):
    pass


def retry(fn: Callable[[], str], attempts: int, label: str) -> str:
    """Call fn until it succeeds or attempts run out; re-raise the last error."""
    last_error = None
    for attempt in range(1, attempts + 1):
        try:
            result = fn()
            if attempt > 1:
                print(f"  {label}: ok after {attempt} attempts")
            return result
        except ProbeError as exc:
            last_error = exc
            print(f"  {label}: attempt {attempt}/{attempts} failed: {exc}")
    raise ProbeError(f"{label} failed after {attempts} attempts: {last_error}")


def load_plan(path):
    plan = {}
    with open(path) as fh:
        for raw in fh:
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            name, _, failures = line.partition("=")
            plan[name.strip()] = int(failures)
    return plan


def make_probe(endpoint: str, plan: dict) -> Callable[[], str]:
    calls = {"n": 0}

    def probe() -> str:
        calls["n"] += 1
        if calls["n"] <= plan.get(endpoint, 0):
            raise ProbeError(f"timeout talking to {endpoint}")
        return f"{endpoint} healthy"

    return probe


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("endpoints", help="file with one endpoint per line")
    parser.add_argument("--plan", default="faults.txt", help="endpoint=N failures to inject")
    parser.add_argument("--attempts", type=int, default=3)
    args = parser.parse_args()
    if args.attempts < 1:
        parser.error("--attempts must be at least 1")
    try:
        plan = load_plan(args.plan)
    except FileNotFoundError:
        plan = {}
    with open(args.endpoints) as fh:
        endpoints = [line.strip() for line in fh if line.strip()]
    healthy = []
    failed = []
    for ep in endpoints:
        try:
            healthy.append(retry(make_probe(ep, plan), args.attempts, ep))
        except ProbeError as exc:
            failed.append(str(exc))
    with open("probe-summary.txt", "w") as out:
        for line in healthy:
            out.write(f"OK   {line}\n")
        for line in failed:
            out.write(f"FAIL {line}\n")
    print(f"{len(healthy)} healthy, {len(failed)} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
