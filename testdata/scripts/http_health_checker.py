#!/usr/bin/env python3
"""Check the health endpoints of a few services and summarise them for a cron job.

Exit codes: 0 all healthy, 1 some degraded (HTTP error status), 2 at least one unreachable.
"""
import argparse
import sys

import requests

SERVICES = ["api", "auth", "billing"]


def check(base: str, name: str, timeout: float) -> tuple[str, str]:
    url = f"{base}/{name}/health"
    try:
        resp = requests.get(url, timeout=timeout)
    except requests.exceptions.Timeout:
        return "DOWN", "timed out"
    except requests.exceptions.ConnectionError:
        return "DOWN", "connection failed"
    if resp.status_code == 200:
        return "OK", resp.text.strip()
    return "DEGRADED", f"HTTP {resp.status_code} {resp.reason}"


def main() -> int:
    parser = argparse.ArgumentParser(description="service health summary")
    parser.add_argument("base", help="base URL of the gateway")
    parser.add_argument("--timeout", type=float, default=2.0)
    parser.add_argument("--only", action="append", default=[], help="check only these services")
    args = parser.parse_args()

    names = args.only if args.only else SERVICES
    worst = 0
    counts: dict[str, int] = {"OK": 0, "DEGRADED": 0, "DOWN": 0}
    for name in names:
        state, detail = check(args.base.rstrip("/"), name, args.timeout)
        counts[state] += 1
        print(f"{name:<10} {state:<9} {detail}")
        if state == "DOWN":
            worst = 2
        elif state == "DEGRADED" and worst < 1:
            worst = 1
    summary = ", ".join(f"{k.lower()}={v}" for k, v in counts.items() if v)
    print(f"summary: {summary}")
    if worst:
        print(f"health check failed ({len(names) - counts['OK']} of {len(names)} not OK)", file=sys.stderr)
    return worst


if __name__ == "__main__":
    sys.exit(main())
