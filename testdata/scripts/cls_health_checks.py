#!/usr/bin/env python3
"""Run host health checks described in a plain-text spec and print a summary.

Spec lines:  disk NAME USED_PCT LIMIT_PCT | http NAME STATUS [MS] | proc NAME COUNT [MIN]
Exit status: 0 all ok, 1 warnings only, 2 a critical check failed, 64 bad usage/spec.
"""
import argparse
import sys
from typing import List


class Check:
    KIND = "check"
    critical = False

    def __init__(self, name: str):
        self.name = name
        self.detail = ""

    def probe(self) -> bool:
        return True

    def run(self) -> str:
        ok = self.probe()
        if ok:
            return "OK"
        return "CRIT" if self.critical else "WARN"

    def label(self) -> str:
        return f"{self.KIND}/{self.name}"


class DiskCheck(Check):
    KIND = "disk"
    critical = True

    def __init__(self, name: str, used: int, limit: int):
        super().__init__(name)
        self.used = used
        self.limit = limit

    def probe(self) -> bool:
        self.detail = f"{self.used}% used (limit {self.limit}%)"
        return self.used < self.limit


class HttpCheck(Check):
    KIND = "http"

    def __init__(self, name: str, status: int, latency_ms: int = 0, max_ms: int = 500):
        super().__init__(name)
        self.status = status
        self.latency_ms = latency_ms
        self.max_ms = max_ms

    def probe(self) -> bool:
        self.detail = f"HTTP {self.status} in {self.latency_ms}ms"
        return self.status < 400 and self.latency_ms <= self.max_ms


class ApiCheck(HttpCheck):
    KIND = "api"
    critical = True

    def label(self) -> str:
        return super().label().upper()


class ProcCheck(Check):
    KIND = "proc"

    def __init__(self, name: str, count: int, minimum: int = 1):
        super().__init__(name)
        self.count = count
        self.minimum = minimum

    def probe(self) -> bool:
        self.detail = f"{self.count} running, need {self.minimum}"
        return self.count >= self.minimum


def parse_spec(path: str) -> List[Check]:
    checks: List[Check] = []
    with open(path) as fh:
        for lineno, raw in enumerate(fh, 1):
            parts = raw.split()
            if not parts or parts[0].startswith("#"):
                continue
            kind = parts[0]
            try:
                if kind == "disk" and len(parts) == 4:
                    checks.append(DiskCheck(parts[1], int(parts[2]), int(parts[3])))
                elif kind in ("http", "api") and len(parts) in (3, 4):
                    latency = int(parts[3]) if len(parts) == 4 else 0
                    if kind == "api":
                        checks.append(ApiCheck(parts[1], int(parts[2]), latency, max_ms=250))
                    else:
                        checks.append(HttpCheck(parts[1], int(parts[2]), latency))
                elif kind == "proc" and len(parts) in (3, 4):
                    minimum = int(parts[3]) if len(parts) == 4 else 1
                    checks.append(ProcCheck(parts[1], int(parts[2]), minimum))
                else:
                    raise ValueError(f"unknown check {kind!r} with {len(parts) - 1} fields")
            except ValueError as exc:
                print(f"{path}:{lineno}: {exc}", file=sys.stderr)
                sys.exit(64)
    return checks


def main() -> int:
    ap = argparse.ArgumentParser(description="run health checks")
    ap.add_argument("spec")
    ap.add_argument("--only", default="", help="only checks of this kind")
    ap.add_argument("-q", "--quiet", action="store_true")
    args = ap.parse_args()
    checks = parse_spec(args.spec)
    counts = {"OK": 0, "WARN": 0, "CRIT": 0}
    for check in checks:
        if args.only and check.KIND != args.only:
            continue
        state = check.run()
        counts[state] += 1
        if not args.quiet or state != "OK":
            print(f"{state:<5} {check.label():<20} {check.detail}")
        if isinstance(check, HttpCheck) and state != "OK":
            print(f"      http family check {check.name} failed")
    total = sum(counts.values())
    print(f"{total} checks: {counts['OK']} ok, {counts['WARN']} warn, {counts['CRIT']} crit")
    if counts["CRIT"]:
        return 2
    return 1 if counts["WARN"] else 0


if __name__ == "__main__":
    sys.exit(main())
