#!/usr/bin/env python3
# Sanity-check a simplified DNS zone file before pushing it to the primary.
# Records: "<name> <ttl> <type> <value>"; names are relative to ORIGIN ("@" = apex).
import os
import sys

VALID_TYPES = ["A", "AAAA", "CNAME", "MX", "TXT", "NS"]


def fqdn(name, origin):
    if name == "@":
        return origin
    if name.endswith("."):
        return name
    return name + "." + origin


def main():
    if len(sys.argv) != 2:
        print("usage: dns_zone_check.py ZONEFILE", file=sys.stderr)
        sys.exit(2)
    origin = os.environ.get("ORIGIN", "example.com.")
    records = []
    problems = []
    with open(sys.argv[1], encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.split(";", 1)[0].strip()
            if not line:
                continue
            parts = line.split(None, 3)
            if len(parts) != 4:
                problems.append("line %d: expected 4 fields" % n)
                continue
            name, ttl_s, rtype, value = parts
            rtype = rtype.upper()
            if rtype not in VALID_TYPES:
                problems.append("line %d: unsupported type %s" % (n, rtype))
                continue
            ttl = int(ttl_s)
            if ttl < 60:
                problems.append("line %d: TTL %d is below 60s" % (n, ttl))
            records.append((fqdn(name, origin), rtype, value.strip('"'), ttl))

    types_by_name = {}
    for name, rtype, value, ttl in records:
        types_by_name.setdefault(name, []).append(rtype)
    for name in sorted(types_by_name):
        types = types_by_name[name]
        if "CNAME" in types and len(types) > 1:
            others = sorted(set([t for t in types if t != "CNAME"]))
            problems.append("%s: CNAME cannot coexist with %s" % (name, others or ["another CNAME"]))
    seen = set()
    for name, rtype, value, ttl in records:
        key = (name, rtype, value)
        if key in seen:
            problems.append("%s: duplicate %s record %s" % (name, rtype, value))
        seen.add(key)
        if rtype == "A":
            octets = value.split(".")
            if len(octets) != 4 or not all([o.isdigit() and int(o) < 256 for o in octets]):
                problems.append("%s: bad IPv4 address %r" % (name, value))
    if "NS" not in types_by_name.get(origin, []):
        problems.append("%s: apex has no NS record" % origin)

    counts = {}
    for _, rtype, _, _ in records:
        counts[rtype] = counts.get(rtype, 0) + 1
    print("origin %s: %d records, %d names" % (origin, len(records), len(types_by_name)))
    print("  " + "  ".join(["%s=%d" % (t, counts[t]) for t in VALID_TYPES if t in counts]))
    for p in problems:
        print("PROBLEM " + p)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
