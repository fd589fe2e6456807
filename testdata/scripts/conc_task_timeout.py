#!/usr/bin/env python3
"""Run health checks with a per-check deadline.

checks.txt lists "name seconds verdict" (the simulated duration of the check and
its result).  Every check runs in the pool; a check that misses --deadline is
reported as TIMEOUT (it keeps running in the background, as real ones do).
"""
import argparse
import concurrent.futures
import sys
import time


class CheckFailed(Exception):
    pass


def run_check(name: str, seconds: float, verdict: str) -> str:
    time.sleep(seconds)
    if verdict == "fail":
        raise CheckFailed(f"{name}: returned non-zero")
    return verdict


def parse_checks(path):
    checks = []
    with open(path) as f:
        for line in f:
            if line.strip():
                name, secs, verdict = line.split()
                checks.append((name, float(secs), verdict))
    return checks


def main():
    ap = argparse.ArgumentParser(prog="healthcheck")
    ap.add_argument("checks")
    ap.add_argument("--deadline", type=float, default=0.3)
    ap.add_argument("--strict", action="store_true", help="a timeout is a failure")
    ns = ap.parse_args()

    checks = parse_checks(ns.checks)
    status = {}
    with concurrent.futures.ThreadPoolExecutor(max_workers=len(checks) or 1) as pool:
        futs = [pool.submit(run_check, name, secs, verdict) for name, secs, verdict in checks]
        for (name, _, _), fut in zip(checks, futs):
            try:
                status[name] = fut.result(timeout=ns.deadline)
            except concurrent.futures.TimeoutError:
                status[name] = "TIMEOUT"
            except CheckFailed as e:
                status[name] = f"FAIL ({e})"
    bad = 0
    for name in sorted(status):
        s = status[name]
        if s.startswith("FAIL") or (ns.strict and s == "TIMEOUT"):
            bad += 1
        print(f"{name:<10} {s}")
    print(f"{len(status)} checks, {bad} bad")
    sys.exit(min(bad, 3))


main()
