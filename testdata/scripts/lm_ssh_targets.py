"""Normalise a list of ssh targets (host or host:port) from stdin and group them by port."""
import sys
from opsutil import DEFAULT_PORT, parse_target, tally


def main():
    default = DEFAULT_PORT
    if len(sys.argv) > 1:
        try:
            default = int(sys.argv[1])
        except ValueError:
            print(f"bad default port {sys.argv[1]!r}", file=sys.stderr)
            return 2
    by_port = {}
    counts = {}
    bad = 0
    for raw in sys.stdin:
        spec = raw.strip()
        if not spec:
            continue
        try:
            host, port = parse_target(spec, default)
        except ValueError as exc:
            print(f"skip: {exc}")
            bad += 1
            continue
        by_port.setdefault(port, []).append(host)
        tally(counts, "ssh" if port == 22 else "other")
    for port in sorted(by_port):
        hosts = sorted(set(by_port[port]))
        print(f"{port:>5}: {', '.join(hosts)}")
    print("counts:", counts)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
