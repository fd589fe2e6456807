"""Build a network link test plan: every host pair, every (host, port) probe, cumulative batch sizes."""
import itertools
import sys


def main() -> int:
    if len(sys.argv) < 2:
        print("usage: link_test_plan HOSTS_FILE [MAX]")
        return 2
    with open(sys.argv[1]) as f:
        hosts = [h.strip() for h in f if h.strip()]
    limit = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    pairs = list(itertools.combinations(hosts, 2))
    print(f"{len(pairs)} host pairs")
    for a, b in itertools.islice(pairs, limit):
        print(f"  ping {a} -> {b}")
    ports = [22, 443]
    for host, port in itertools.product(hosts[:2], ports):
        print(f"  probe {host}:{port}")
    core = ["router1", "router2"]
    print("targets:", " ".join(itertools.chain(core, hosts, ["gw"])))
    batches = [len(hosts) % 3 + 1, 2, 4]
    print("cumulative:", list(itertools.accumulate(batches)))
    for name in itertools.chain(core, ["lb"]):
        print("check", name)
    return 0


sys.exit(main())
