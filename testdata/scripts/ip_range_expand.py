#!/usr/bin/env python3
# Expand host range notation used in our runbooks into a flat list:
#   10.0.0.1-4        -> 10.0.0.1 .. 10.0.0.4
#   web[01-03].dc1    -> web01.dc1 web02.dc1 web03.dc1
# Reads specs from a file (one per line) and writes expanded_hosts.txt.
import sys
from typing import List


class RangeError(Exception):
    pass


def expand_ip(spec: str) -> List[str]:
    octets = spec.split(".")
    if len(octets) != 4:
        raise RangeError(f"not an IPv4 range: {spec}")
    last = octets[3]
    if "-" in last:
        lo_s, hi_s = last.split("-", 1)
        lo, hi = int(lo_s), int(hi_s)
    else:
        lo = int(last)
        hi = lo
    for o in octets[:3]:
        if not o.isdigit() or int(o) > 255:
            raise RangeError(f"bad octet {o!r} in {spec}")
    if lo > hi or hi > 255:
        raise RangeError(f"bad range {lo}-{hi} in {spec}")
    prefix = ".".join(octets[:3])
    return [f"{prefix}.{i}" for i in range(lo, hi + 1)]


def expand_name(spec: str) -> List[str]:
    start = spec.find("[")
    end = spec.find("]", start)
    if start < 0:
        return [spec]
    if end < 0:
        raise RangeError(f"unclosed bracket in {spec}")
    lo_s, _, hi_s = spec[start + 1:end].partition("-")
    width = len(lo_s)
    results = []
    for i in range(int(lo_s), int(hi_s or lo_s) + 1):
        head = spec[:start] + str(i).zfill(width)
        # recurse so "rack[1-2]-node[01-02]" works
        for tail in expand_name(spec[end + 1:]):
            results.append(head + tail)
    return results


def expand(spec: str) -> List[str]:
    if spec[0].isdigit():
        return expand_ip(spec)
    return expand_name(spec)


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit("usage: ip_range_expand.py SPECFILE")
    with open(sys.argv[1]) as f:
        specs = [s.strip() for s in f.read().split() if s.strip()]
    seen = set()
    hosts: List[str] = []
    for spec in specs:
        try:
            expanded = expand(spec)
        except RangeError as e:
            print(f"skipping: {e}")
            continue
        new = [h for h in expanded if h not in seen]
        for h in new:
            seen.add(h)
        hosts.extend(new)
        print(f"{spec:<24} -> {len(expanded):>3} host(s), {len(expanded) - len(new)} duplicate(s)")
    with open("expanded_hosts.txt", "w") as out:
        out.write("\n".join(hosts) + ("\n" if hosts else ""))
    print(f"total: {len(hosts)} unique hosts")
    if len(hosts) > 4:
        print("preview:", hosts[:2], "...", hosts[-2:])
    else:
        print("hosts:", hosts)


if __name__ == "__main__":
    main()
