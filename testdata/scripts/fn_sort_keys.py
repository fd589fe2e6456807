#!/usr/bin/env python3
"""Rank build agents for job placement: parse an agent list, drop unhealthy ones with a named
predicate, and order them with named key functions chosen by --order."""
import argparse
import sys


def parse_agent(line):
    name, load, mem, labels = line.split(",", 3)
    return (name.strip(), float(load), int(mem), labels.strip())


def is_healthy(agent):
    return agent[1] < 4.0 and agent[2] >= 512


def by_load(agent):
    return agent[1]


def by_free_memory(agent):
    return -agent[2]


def by_name(agent):
    return agent[0].lower()


def label_count(agent):
    return len(agent[3].split()) if agent[3] else 0


ORDERS = {"load": by_load, "memory": by_free_memory, "name": by_name}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("agents")
    ap.add_argument("--order", choices=sorted(ORDERS), default="load")
    ap.add_argument("--top", type=int, default=3)
    opts = ap.parse_args()
    with open(opts.agents) as fh:
        raw = [ln for ln in fh.read().splitlines() if ln.strip() and not ln.startswith("#")]
    try:
        agents = list(map(parse_agent, raw))
    except ValueError as err:
        print(f"bad agent line: {err}", file=sys.stderr)
        return 1
    healthy = list(filter(is_healthy, agents))
    unhealthy = [a[0] for a in agents if not is_healthy(a)]
    if unhealthy:
        print("skipping unhealthy:", ", ".join(sorted(unhealthy, key=str.lower)))
    if not healthy:
        print("no healthy agents", file=sys.stderr)
        return 2
    ranked = sorted(healthy, key=ORDERS[opts.order])
    print(f"top {opts.top} by {opts.order}:")
    for rank, agent in enumerate(ranked[: opts.top], 1):
        print(f"  {rank}. {agent[0]:<8} load={agent[1]:.2f} mem={agent[2]}MB labels={label_count(agent)}")
    widest = max(healthy, key=label_count)
    names = ",".join(map(by_name, ranked))
    print(f"most labels: {widest[0]}; placement order: {names}")
    healthy.sort(key=by_free_memory)
    print("by memory:", [a[0] for a in healthy])
    return 0


if __name__ == "__main__":
    sys.exit(main())
