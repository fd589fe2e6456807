"""Trigger a config sync on the deploy controller, retrying 502/503/504 with exponential backoff."""
from __future__ import annotations

import argparse
import sys
import time

import requests

RETRYABLE = (502, 503, 504)


class SyncFailed(Exception):
    pass


def trigger(url: str, attempts: int, base_delay: float) -> int:
    delay = base_delay
    last = 0
    for attempt in range(1, attempts + 1):
        try:
            r = requests.post(url, data="sync", timeout=2)
        except requests.ConnectionError:
            print(f"attempt {attempt}/{attempts}: connection refused", file=sys.stderr)
            last = -1
        else:
            last = r.status_code
            if r.status_code not in RETRYABLE:
                r.raise_for_status()
                print(f"attempt {attempt}/{attempts}: {r.status_code} {r.reason}")
                return attempt
            retry_after = r.headers.get("Retry-After")
            print(f"attempt {attempt}/{attempts}: {r.status_code}, retry-after={retry_after}")
        if attempt < attempts:
            time.sleep(delay)
            delay = min(delay * 2, 0.2)
    raise SyncFailed(f"gave up after {attempts} attempts (last status {last})")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--controller", required=True)
    ap.add_argument("--attempts", type=int, default=4)
    ap.add_argument("--delay", type=float, default=0.02)
    opts = ap.parse_args()
    used = trigger(opts.controller + "/v1/sync", opts.attempts, opts.delay)
    with open("sync.state", "w") as fh:
        fh.write(f"synced attempts={used}\n")
    print("sync ok" if used == 1 else f"sync ok after {used} attempts")
    return 0


if __name__ == "__main__":
    sys.exit(main())
