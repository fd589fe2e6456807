#!/usr/bin/env python3
"""Check which service ports answer on a set of hosts, in parallel.

The probe is simulated from a port map file (host port state per line) so the
check is deterministic; each probe sleeps a little like a real connect().
"""
import argparse
import concurrent.futures
import sys
import time

OPEN_PORTS = {}


class UnknownHost(Exception):
    pass


def load_map(path):
    with open(path) as f:
        for lineno, line in enumerate(f, start=1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            parts = line.split()
            if len(parts) != 3:
                raise ValueError(f"{path}:{lineno}: expected 'host port state', got {line!r}")
            host, port, state = parts
            OPEN_PORTS.setdefault(host, {})[int(port)] = state == "open"


def probe(host: str, port: int, delay: float) -> bool:
    time.sleep(delay)
    if host not in OPEN_PORTS:
        raise UnknownHost(f"{host}: name or service not known")
    return OPEN_PORTS[host].get(port, False)


def main() -> int:
    parser = argparse.ArgumentParser(description="parallel port check")
    parser.add_argument("portmap")
    parser.add_argument("hosts", nargs="+")
    parser.add_argument("-p", "--port", type=int, action="append", dest="ports")
    parser.add_argument("-w", "--workers", type=int, default=4)
    parser.add_argument("--delay", type=float, default=0.01)
    args = parser.parse_args()
    ports = args.ports if args.ports else [22, 80, 443]
    load_map(args.portmap)

    results = {}
    errors = {}
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.workers) as pool:
        futures = {}
        for host in args.hosts:
            for port in ports:
                futures[pool.submit(probe, host, port, args.delay)] = f"{host}:{port}"
        for fut in concurrent.futures.as_completed(futures):
            target = futures[fut]
            try:
                results[target] = fut.result()
            except UnknownHost as exc:
                errors[target] = str(exc)

    closed = 0
    for target in sorted(results):
        state = "open" if results[target] else "closed"
        if not results[target]:
            closed += 1
        print(f"{target:<22} {state}")
    for target in sorted(errors):
        print(f"{target:<22} ERROR {errors[target]}")
    print(f"checked={len(futures)} open={len(results) - closed} closed={closed} errors={len(errors)}")
    if errors:
        return 3
    return 2 if closed else 0


if __name__ == "__main__":
    sys.exit(main())
