# VLSM subnet planner: carve a parent IPv4 block into subnets sized for host counts.
# Usage: subnet_planner.py PARENT/PREFIX NAME=HOSTS [NAME=HOSTS ...]
import sys
from typing import List, Optional, Tuple


def ip_to_int(text: str) -> int:
    octets = text.split(".")
    if len(octets) != 4:
        raise ValueError("bad address " + text)
    value = 0
    for o in octets:
        n = int(o)
        if n < 0 or n > 255:
            raise ValueError("octet out of range in " + text)
        value = value * 256 + n
    return value


def int_to_ip(value: int) -> str:
    parts = []
    for shift in (24, 16, 8, 0):
        parts.append(str((value >> shift) & 255))
    return ".".join(parts)


def prefix_for(hosts: int) -> int:
    needed = hosts + 2
    bits = 0
    while (1 << bits) < needed:
        bits += 1
    return 32 - max(bits, 2)


def parse_request(arg: str) -> Tuple[str, int]:
    name, sep, count = arg.partition("=")
    if not sep or not count.isdigit() or int(count) < 1:
        raise ValueError("request must look like NAME=HOSTS, got " + repr(arg))
    return name, int(count)


def plan(base: int, prefix: int, requests: List[Tuple[str, int]]) -> Tuple[List[Tuple[str, int, int, int]], int]:
    cursor = base
    end = base + (1 << (32 - prefix))
    out: List[Tuple[str, int, int, int]] = []
    for name, hosts in sorted(requests, key=lambda r: (-r[1], r[0])):
        p = prefix_for(hosts)
        size = 1 << (32 - p)
        if cursor % size:
            cursor += size - cursor % size
        if cursor + size > end:
            raise OverflowError("%s (/%d) does not fit in the parent block" % (name, p))
        out.append((name, hosts, cursor, p))
        cursor += size
    return out, end - cursor


def main(args: List[str]) -> int:
    if len(args) < 2:
        print("usage: subnet_planner.py PARENT/PREFIX NAME=HOSTS...", file=sys.stderr)
        return 2
    try:
        addr, _, pfx = args[0].partition("/")
        prefix = int(pfx)
        base = ip_to_int(addr)
        requests = [parse_request(a) for a in args[1:]]
    except ValueError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    if base % (1 << (32 - prefix)):
        print("warning: %s is not aligned to /%d" % (addr, prefix), file=sys.stderr)
        base -= base % (1 << (32 - prefix))
    try:
        subnets, left = plan(base, prefix, requests)
    except OverflowError as e:
        print("error: " + str(e), file=sys.stderr)
        return 1
    print("{:<10} {:>5} {:<18} {:<15} {:<15} {:>6}".format("name", "want", "subnet", "first", "last", "spare"))
    for name, hosts, net, p in subnets:
        size = 1 << (32 - p)
        cidr = "%s/%d" % (int_to_ip(net), p)
        print("{:<10} {:>5} {:<18} {:<15} {:<15} {:>6}".format(
            name, hosts, cidr, int_to_ip(net + 1), int_to_ip(net + size - 2), size - 2 - hosts))
    print("unallocated: {:,} addresses ({:.1%} of /{})".format(left, left / (1 << (32 - prefix)), prefix))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
