"""Audit listening sockets (from `ss -ltn`-like text) against an allow-list of ports.

usage: nt_port_audit.py LISTING ALLOWED_PORTS
ALLOWED_PORTS is a comma-separated list such as 22,80,443. Writes violations.txt.
"""
import collections
import sys

Listener = collections.namedtuple("Listener", "proto address port")
Violation = collections.namedtuple("Violation", ["host_port", "reason"])


def parse(text):
    listeners = []
    for line in text.splitlines()[1:]:
        cols = line.split()
        if len(cols) < 4:
            continue
        address, _, port = cols[3].rpartition(":")
        listeners.append(Listener(cols[0], address.strip("[]"), int(port)))
    return listeners


if len(sys.argv) != 3:
    print(__doc__.splitlines()[2], file=sys.stderr)
    sys.exit(2)
with open(sys.argv[1]) as fh:
    found = parse(fh.read())
allowed = {int(p) for p in sys.argv[2].split(",") if p}
violations = []
seen = []
for item in sorted(found):
    proto, address, port = item
    if item in seen:
        print("duplicate", item)
        continue
    seen.append(item)
    public = address not in ("127.0.0.1", "::1", "localhost")
    if port not in allowed and public:
        violations.append(Violation(f"{address}:{port}", f"{proto} port not allowed"))
    elif port not in allowed:
        print(f"local only: {item.address}:{item.port}")
print(f"{len(seen)} listeners, {len(violations)} violations")
with open("violations.txt", "w") as out:
    for v in violations:
        out.write(f"{v.host_port} {v.reason}\n")
        print(v)
if violations:
    print("first:", violations[0]._asdict())
    sys.exit(1)
