#!/usr/bin/env python3
"""Plan static address assignments for racks inside a site supernet.

usage: ip_subnet_plan.py SUPERNET PLAN_FILE
PLAN_FILE lines: <rack> <cidr> <host count>
"""
import ipaddress
import sys


class PlanError(Exception):
    pass


def parse_plan(path, supernet):
    racks = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, start=1):
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split()
            if len(parts) != 3:
                raise PlanError(f"line {n}: expected 3 fields, got {len(parts)}")
            rack, cidr, count = parts
            net = ipaddress.ip_network(cidr)
            if not net.subnet_of(supernet):
                raise PlanError(f"line {n}: {net} is not inside {supernet}")
            for other_rack, other in racks:
                if net.overlaps(other[0]):
                    raise PlanError(f"line {n}: {net} overlaps {other[0]} ({other_rack})")
            racks.append((rack, (net, int(count))))
    return racks


def main(argv):
    if len(argv) != 3:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    supernet = ipaddress.ip_network(argv[1], strict=False)
    print(f"site {supernet} netmask {supernet.netmask} hostmask {supernet.hostmask} v{supernet.version}")
    try:
        racks = parse_plan(argv[2], supernet)
    except PlanError as exc:
        print(f"plan error: {exc}", file=sys.stderr)
        return 3
    short = 0
    with open("assignments.csv", "w") as out:
        out.write("rack,host,address,gateway\n")
        for rack, (net, count) in sorted(racks, key=lambda r: r[1][0]):
            hosts = list(net.hosts())
            gateway = hosts[0]
            usable = hosts[1:]
            status = "ok" if count <= len(usable) else "SHORT"
            if status == "SHORT":
                short += 1
            print(f"{rack:<6} {net.with_prefixlen:<18} {net.with_netmask:<30} bcast {net.broadcast_address}  "
                  f"need {count:>3} have {len(usable):>3} {status}")
            for i, addr in enumerate(usable[:count], start=1):
                out.write(f"{rack},{rack}-{i:02d},{addr},{gateway}\n")
            if usable:
                last = usable[min(count, len(usable)) - 1]
                print(f"       first {usable[0]} last used {last} next free {last + 1}")
    lo = min(net for _, (net, _) in racks)
    print(f"lowest rack network: {lo!r}; {len(racks)} racks, {short} short")
    return 1 if short else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
