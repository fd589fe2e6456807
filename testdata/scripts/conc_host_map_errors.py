"""Collect the kernel version of every host of an inventory, four at a time.

Facts come from a snapshot file ("host=version" lines); a host missing from the
snapshot is unreachable. Without --keep-going the first unreachable host (in
inventory order) aborts the run, like a plain `pool.map` loop does.
"""
import sys
from concurrent import futures
from typing import Dict, List, Tuple

FACTS: Dict[str, str] = {}


class HostUnreachable(Exception):
    def __init__(self, host: str) -> None:
        super().__init__(f"ssh: connect to host {host} port 22: Connection refused")
        self.host = host


def kernel_of(host: str) -> str:
    if host not in FACTS:
        raise HostUnreachable(host)
    version = FACTS[host]
    if not version:
        raise ValueError(f"empty kernel version reported by {host}")
    return version


def major_minor(version: str) -> Tuple[int, int]:
    parts = version.split(".")
    return int(parts[0]), int(parts[1])


def strict(hosts: List[str]) -> int:
    with futures.ThreadPoolExecutor(max_workers=4) as pool:
        for host, version in zip(hosts, pool.map(kernel_of, hosts)):
            print(f"{host:10} {version}")
    return 0


def keep_going(hosts: List[str]) -> int:
    failed = 0
    with futures.ThreadPoolExecutor(max_workers=4) as pool:
        pending = [pool.submit(kernel_of, h) for h in hosts]
        for host, fut in zip(hosts, pending):
            exc = fut.exception()
            if exc is not None:
                failed += 1
                print(f"{host:10} FAILED ({type(exc).__name__}: {exc})")
                continue
            version = fut.result()
            mm = major_minor(version)
            flag = " (old)" if mm < (5, 10) else ""
            print(f"{host:10} {version}{flag}")
    print(f"{len(hosts) - failed}/{len(hosts)} hosts answered")
    return 1 if failed else 0


def main(argv: List[str]) -> int:
    if len(argv) < 3:
        sys.exit("usage: conc_host_map_errors.py [--keep-going] FACTS HOST...")
    keep = argv[1] == "--keep-going"
    rest = argv[2:] if keep else argv[1:]
    with open(rest[0]) as f:
        for line in f:
            host, _, version = line.strip().partition("=")
            FACTS[host] = version
    if keep:
        return keep_going(rest[1:])
    return strict(rest[1:])


sys.exit(main(sys.argv))
