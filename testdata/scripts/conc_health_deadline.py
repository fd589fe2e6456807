#!/usr/bin/env python3
"""Check the /healthz of every service in parallel, but give up at a global deadline.

Services come from a file (name url per line). Results are printed sorted by name; services that
did not answer before the deadline are reported as pending. Exit 0 all up, 1 some down, 2 deadline.
"""
import sys
import argparse
import concurrent.futures
from concurrent.futures import ThreadPoolExecutor, as_completed

import requests


def check(name: str, url: str, timeout: float) -> str:
    r = requests.get(url + "/healthz", timeout=timeout)
    if r.status_code != 200:
        raise RuntimeError(f"{name}: HTTP {r.status_code}")
    return r.text.strip()


def load(path: str) -> list[tuple[str, str]]:
    services = []
    with open(path) as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            name, url = line.split()
            services.append((name, url))
    return services


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("services")
    ap.add_argument("--deadline", type=float, default=3.0)
    ap.add_argument("--workers", type=int, default=4)
    ns = ap.parse_args()

    services = load(ns.services)
    ex = ThreadPoolExecutor(max_workers=ns.workers)
    futures = {ex.submit(check, name, url, 2.0): name for name, url in services}
    results: dict[str, str] = {}
    timed_out = False
    try:
        for fut in as_completed(futures, timeout=ns.deadline):
            name = futures[fut]
            err = fut.exception()
            if err is not None:
                results[name] = f"DOWN ({err})"
            else:
                results[name] = "up: " + fut.result()
    except concurrent.futures.TimeoutError as exc:
        print(f"deadline of {ns.deadline}s reached: {exc}")
        timed_out = True
    finally:
        ex.shutdown(wait=False)

    down = 0
    for name, _ in sorted(services):
        status = results.get(name, "PENDING")
        if not status.startswith("up"):
            down += 1
        print(f"{name:<8} {status}")
    if timed_out:
        return 2
    return 1 if down else 0


if __name__ == "__main__":
    sys.exit(main())
