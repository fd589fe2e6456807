#!/usr/bin/env python3
"""Classify IP addresses (stdin, one per line) against named CIDR blocks.

usage: cidr_contains.py NETWORKS_FILE     (lines: "<name> <a.b.c.d/len>")
The most specific (longest prefix) matching network wins.
"""
import sys
from typing import List, Tuple


class AddressError(ValueError):
    pass


def ip_to_int(ip: str) -> int:
    parts = ip.split(".")
    if len(parts) != 4:
        raise AddressError(f"invalid IPv4 address: {ip!r}")
    value = 0
    for p in parts:
        if not p.isdigit() or int(p) > 255:
            raise AddressError(f"invalid IPv4 address: {ip!r}")
        value = value * 256 + int(p)
    return value


def int_to_ip(n: int) -> str:
    octets = []
    for _ in range(4):
        octets.append(str(n % 256))
        n //= 256
    return ".".join(reversed(octets))


def parse_cidr(cidr: str) -> Tuple[int, int]:
    addr, _, plen_s = cidr.partition("/")
    plen = int(plen_s) if plen_s else 32
    if plen < 0 or plen > 32:
        raise AddressError(f"bad prefix length in {cidr}")
    size = 2 ** (32 - plen)
    network = ip_to_int(addr) // size * size
    return network, plen


def main() -> int:
    if len(sys.argv) != 2:
        print("usage: cidr_contains.py NETWORKS_FILE", file=sys.stderr)
        return 2
    nets: List[Tuple[str, int, int]] = []
    with open(sys.argv[1]) as f:
        for line in f:
            fields = line.split()
            if len(fields) == 2:
                network, plen = parse_cidr(fields[1])
                nets.append((fields[0], network, plen))
    for name, network, plen in nets:
        size = 2 ** (32 - plen)
        print(f"{name:<12} {int_to_ip(network)}/{plen:<3} {size:>10,} addresses  last={int_to_ip(network + size - 1)}")
    counts = {}
    for line in sys.stdin:
        ip = line.strip()
        if not ip:
            continue
        try:
            value = ip_to_int(ip)
        except AddressError as e:
            print(f"  {e}")
            counts["invalid"] = counts.get("invalid", 0) + 1
            continue
        best = ""
        best_len = -1
        for name, network, plen in nets:
            if network <= value < network + 2 ** (32 - plen) and plen > best_len:
                best, best_len = name, plen
        label = best if best else "external"
        counts[label] = counts.get(label, 0) + 1
        print(f"  {ip:<16} {label}")
    print("summary:", sorted(counts.items()))
    return 1 if counts.get("invalid", 0) > 0 else 0


if __name__ == "__main__":
    sys.exit(main())
