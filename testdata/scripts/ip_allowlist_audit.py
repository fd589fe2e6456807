#!/usr/bin/env python3
"""Audit client addresses from an access log against a CIDR allowlist."""
import argparse
import ipaddress
import sys


def load_allowlist(path, strict):
    nets = []
    with open(path) as fh:
        for lineno, line in enumerate(fh, 1):
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            try:
                nets.append(ipaddress.ip_network(line, strict=strict))
            except ValueError as exc:
                print(f"{path}:{lineno}: {exc}", file=sys.stderr)
                if strict:
                    sys.exit(2)
    return nets


def classify(addr):
    if addr.is_loopback:
        return "loopback"
    if addr.is_private:
        return "private"
    return "public"


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("allowlist")
    parser.add_argument("--loose", action="store_true", help="accept host bits in CIDRs")
    parser.add_argument("--report", default="audit.txt")
    args = parser.parse_args()

    nets = load_allowlist(args.allowlist, not args.loose)
    v4_total = sum(n.num_addresses for n in nets if n.version == 4)
    print(f"loaded {len(nets)} networks ({v4_total:,} IPv4 addresses)")
    seen = {}
    bad_lines = 0
    for raw in sys.stdin:
        fields = raw.split()
        if not fields:
            continue
        try:
            addr = ipaddress.ip_address(fields[0])
        except ValueError as exc:
            bad_lines += 1
            print(f"skip: {exc}", file=sys.stderr)
            continue
        seen[addr] = seen.get(addr, 0) + 1

    denied = []
    lines = []
    for addr in sorted(seen, key=lambda a: (a.version, a)):
        best = None
        for net in nets:
            if addr in net and (best is None or net.prefixlen > best.prefixlen):
                best = net
        verdict = "ALLOW" if best is not None else "DENY"
        where = str(best) if best is not None else "-"
        lines.append(f"{verdict:<5} {str(addr):<39} {seen[addr]:>4} {classify(addr):<8} {where}")
        if best is None:
            denied.append(addr)
    with open(args.report, "w") as out:
        out.write("\n".join(lines) + "\n")
    for line in lines:
        print(line)
    print(f"{len(seen)} clients, {len(denied)} denied, {bad_lines} unparsable")
    if denied:
        print("first denied:", denied[0], repr(denied[0]))
        sys.exit(1)


if __name__ == "__main__":
    main()
