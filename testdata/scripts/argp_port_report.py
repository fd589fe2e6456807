"""Report listening ports from `ss -ltn`-style output; options may also come from PORT_REPORT_OPTS."""
import argparse
import os
import sys


def make_parser():
    parser = argparse.ArgumentParser(description="Summarise listening TCP ports.")
    parser.add_argument("input", nargs="?", help="ss output file (default: stdin)")
    parser.add_argument("--port-min", type=int, default=1)
    parser.add_argument("--port-max", type=int, default=65535)
    parser.add_argument("--public-only", action="store_true", help="skip loopback listeners")
    parser.add_argument("--format", choices=["table", "list"], default="table")
    return parser


def main():
    argv = sys.argv[1:]
    extra = os.environ.get("PORT_REPORT_OPTS", "")
    if extra:
        argv = extra.split() + argv
    args = make_parser().parse_args(argv)
    path = args.input
    if path is None:
        lines = sys.stdin.read().splitlines()
    else:
        with open(path) as f:
            lines = f.read().splitlines()
    found = []
    for line in lines[1:]:
        cols = line.split()
        if len(cols) < 4:
            continue
        addr, _, port_text = cols[3].rpartition(":")
        port = int(port_text)
        if not args.port_min <= port <= args.port_max:
            continue
        if args.public_only and addr in ("127.0.0.1", "[::1]"):
            continue
        found.append((port, addr))
    found.sort()
    if args.format == "list":
        print(" ".join(str(p) for p, _ in found))
    else:
        for port, addr in found:
            print(f"{port:>6}  {addr}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
