"""Print a rolling deployment plan for a list of hosts."""
import argparse
import sys

EXAMPLES = """examples:
  %(prog)s --env prod web01 web02 web03 web04
  %(prog)s --env staging --batch-size 2 --canary app1 app2 app3
"""


def plan_batches(hosts: list[str], size: int, canary: bool) -> list[list[str]]:
    batches = []
    rest = list(hosts)
    if canary and rest:
        batches.append([rest.pop(0)])
    while rest:
        batches.append(rest[:size])
        rest = rest[size:]
    return batches


def main(argv=None):
    parser = argparse.ArgumentParser(
        description="Plan a rolling deployment.\n\nHosts are deployed in batches; a canary goes first.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("hosts", nargs="+", metavar="HOST", help="hosts to deploy to, in order")
    parser.add_argument("--env", required=True, choices=("prod", "staging"), help="target environment")
    parser.add_argument("-b", "--batch-size", type=int, default=3, metavar="N", help="hosts per batch")
    parser.add_argument("--canary", action="store_true", help="deploy to the first host alone first")
    parser.add_argument("--pause", type=float, default=30.0, metavar="SECONDS", help="pause between batches")
    parser.add_argument("--version", action="version", version="%(prog)s 1.4.0")
    args = parser.parse_args(argv)

    if args.batch_size < 1:
        parser.error(f"argument -b/--batch-size: must be at least 1, got {args.batch_size}")
    batches = plan_batches(args.hosts, args.batch_size, args.canary)
    print(f"deploying to {len(args.hosts)} host(s) in {args.env}")
    for i, batch in enumerate(batches, 1):
        print(f"batch {i}: {', '.join(batch)}")
        if i < len(batches):
            print(f"  then wait {args.pause:g}s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
