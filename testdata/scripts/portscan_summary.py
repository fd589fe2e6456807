"""Summarise grepable port-scan output against an allow-list policy.

scan file lines:  Host: 10.0.0.5 (web01)  Ports: 22/open/tcp//ssh///, 80/open/tcp//http///
policy file lines: <hostname-or-*> <port>/<proto> [<port>/<proto> ...]
"""
import sys
from typing import Dict, List, Set, Tuple

PortKey = Tuple[int, str]


class ScanHost:
    def __init__(self, addr: str, name: str):
        self.addr = addr
        self.name = name
        self.open_ports: Dict[PortKey, str] = {}
        self.filtered = 0

    def label(self) -> str:
        return self.name if self.name else self.addr

    def add_port(self, spec: str) -> None:
        fields = spec.strip().split("/")
        if len(fields) < 5:
            raise ValueError("bad port spec %r" % spec.strip())
        port, state, proto, service = int(fields[0]), fields[1], fields[2], fields[4]
        if state == "open":
            self.open_ports[(port, proto)] = service or "?"
        elif state == "filtered":
            self.filtered += 1


def parse_scan(text: str) -> List[ScanHost]:
    hosts: List[ScanHost] = []
    for line in text.splitlines():
        if not line.startswith("Host:") or "Ports:" not in line:
            continue
        head, _, ports = line.partition("Ports:")
        words = head.split()
        name = words[2].strip("()") if len(words) > 2 else ""
        host = ScanHost(words[1], name)
        for spec in ports.split(","):
            if spec.strip():
                host.add_port(spec)
        hosts.append(host)
    return hosts


def parse_policy(text: str) -> Dict[str, Set[PortKey]]:
    policy: Dict[str, Set[PortKey]] = {}
    for line in text.splitlines():
        parts = line.split("#")[0].split()
        if not parts:
            continue
        allowed = policy.setdefault(parts[0], set())
        for item in parts[1:]:
            num, _, proto = item.partition("/")
            allowed.add((int(num), proto or "tcp"))
    return policy


def allowed_for(host: ScanHost, policy: Dict[str, Set[PortKey]]) -> Set[PortKey]:
    result = set(policy.get("*", set()))
    for key in (host.addr, host.name):
        if key in policy:
            result |= policy[key]
    return result


def main() -> None:
    if len(sys.argv) != 3:
        print("usage: portscan_summary.py SCAN POLICY", file=sys.stderr)
        sys.exit(2)
    try:
        with open(sys.argv[1]) as fh:
            hosts = parse_scan(fh.read())
        with open(sys.argv[2]) as fh:
            policy = parse_policy(fh.read())
    except ValueError as e:
        print("parse error: " + str(e), file=sys.stderr)
        sys.exit(2)
    violations: List[Tuple[str, int, str, str]] = []
    port_count: Dict[PortKey, int] = {}
    for h in sorted(hosts, key=lambda x: [int(o) for o in x.addr.split(".")]):
        allowed = allowed_for(h, policy)
        opened = sorted(h.open_ports)
        text = " ".join("%d/%s" % p for p in opened) or "-"
        print(f"{h.addr:<15} {h.label():<10} open={len(opened):<2d} filtered={h.filtered:<2d} {text}")
        for p in opened:
            port_count[p] = port_count.get(p, 0) + 1
            if p not in allowed:
                violations.append((h.label(), p[0], p[1], h.open_ports[p]))
        missing = sorted(allowed - set(opened))
        if missing and h.name in policy:
            print("    expected but closed: " + ", ".join(f"{n}/{pr}" for n, pr in missing))
    print()
    common = sorted(port_count.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    print("most common: " + ", ".join("%d/%s x%d" % (k[0], k[1], v) for k, v in common))
    if violations:
        print("%d policy violation(s):" % len(violations))
        for label, port, proto, svc in violations:
            print("  %-10s %5d/%s %s" % (label, port, proto, svc))
        sys.exit(1)
    print("no violations")


if __name__ == "__main__":
    main()
