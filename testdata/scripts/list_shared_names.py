#!/usr/bin/env python3
"""Split hosts into rollout waves; several names share one list, as ops code often does."""
import sys


def plan(hosts, wave_size):
    waves = []
    current = []
    for h in hosts:
        bucket = current  # a second name for the wave being filled
        bucket.append(h)
        if len(current) == wave_size:
            waves.append(current)
            current = []  # a new list: the full one stays in waves
    if current:
        waves.append(current)
    return waves


def main():
    if len(sys.argv) < 3:
        print("usage: list_shared_names.py WAVE_SIZE HOST...", file=sys.stderr)
        return 2
    size = int(sys.argv[1])
    hosts = sys.argv[2:]
    canary = pending = []
    for h in hosts:
        if h.startswith("canary"):
            canary.append(h)
    print("canary:", pending)
    by_dc = {}
    for h in hosts:
        dc = h.split("-")[0]
        group = by_dc.setdefault(dc, [])
        same = group
        same.append(h)
        group += ["+"]
    print("by dc:", by_dc)
    waves = plan([h for h in hosts if h not in canary], size)
    for i, w in enumerate(waves, 1):
        print(f"wave {i}: {', '.join(w)}")
    last = waves[-1] if waves else []
    spare = last
    if spare:
        del spare[0]
    print("last wave after trim:", last, len(waves))
    return 0


if __name__ == "__main__":
    sys.exit(main())
