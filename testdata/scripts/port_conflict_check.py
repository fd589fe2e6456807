#!/usr/bin/env python3
# Detect port conflicts across service definition files.
# Each file given on the command line contains lines "service port[/proto] [host]".
import sys
from typing import Dict, List, Tuple

RESERVED = {22: "ssh", 53: "dns", 123: "ntp"}


class PortError(Exception):
    pass


def parse_port(text: str) -> Tuple[int, str]:
    port_s, _, proto = text.partition("/")
    proto = proto or "tcp"
    if proto not in ("tcp", "udp"):
        raise PortError(f"unknown protocol {proto!r}")
    port = int(port_s)
    if not 0 < port < 65536:
        raise PortError(f"port out of range: {port}")
    return port, proto


def main() -> int:
    if len(sys.argv) < 2:
        print("usage: port_conflict_check.py FILE...", file=sys.stderr)
        return 2
    claims: Dict[str, List[str]] = {}
    errors = 0
    for path in sys.argv[1:]:
        with open(path) as f:
            for n, line in enumerate(f, 1):
                fields = line.split()
                if not fields or fields[0].startswith("#"):
                    continue
                if len(fields) < 2:
                    print(f"{path}:{n}: missing port")
                    errors += 1
                    continue
                try:
                    port, proto = parse_port(fields[1])
                except PortError as e:
                    print(f"{path}:{n}: {e}")
                    errors += 1
                    continue
                host = fields[2] if len(fields) > 2 else "*"
                key = f"{host}:{port}/{proto}"
                claims.setdefault(key, []).append(f"{fields[0]} ({path}:{n})")
                if port in RESERVED and fields[0] != RESERVED[port]:
                    print(f"{path}:{n}: {fields[0]} uses port {port} reserved for {RESERVED[port]}")
                    errors += 1
    conflicts = {k: v for k, v in claims.items() if len(v) > 1}
    # a wildcard host claim conflicts with every specific host on the same port
    wild = [k for k in claims if k.startswith("*:")]
    for w in sorted(wild):
        suffix = w[1:]
        for k in sorted(claims):
            if k != w and k.endswith(suffix):
                conflicts.setdefault(k + " vs " + w, claims[k] + claims[w])
    print(f"checked {len(claims)} bindings in {len(sys.argv) - 1} file(s)")
    for key in sorted(conflicts):
        print(f"CONFLICT {key}:")
        for who in conflicts[key]:
            print(f"    {who}")
    if conflicts or errors:
        print(f"FAILED: {len(conflicts)} conflict(s), {errors} error(s)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
