#!/usr/bin/env python3
"""Tail a metrics log and alert on a moving average, keeping the last lines for context.

usage: tail_window_alerts.py LOG [WINDOW] [THRESHOLD]
"""
import sys
from collections import deque


def main():
    if len(sys.argv) < 2:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    window = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    threshold = float(sys.argv[3]) if len(sys.argv) > 3 else 80.0
    try:
        with open(sys.argv[1]) as fh:
            tail = deque(fh, maxlen=5)
    except FileNotFoundError:
        print(f"no such log: {sys.argv[1]}", file=sys.stderr)
        return 1
    print(f"last {len(tail)} lines:")
    for line in tail:
        print("  " + line.rstrip())
    samples = deque(maxlen=window)
    context = deque()
    alerts = 0
    for line in tail:
        name, _, value = line.strip().partition("=")
        if not value:
            continue
        samples.append(float(value))
        context.append(name)
        if len(context) > 2:
            context.popleft()
        avg = sum(list(samples)) / len(samples)
        if len(samples) == window and avg > threshold:
            alerts += 1
            print(f"ALERT avg={avg:.1f} over {list(samples)} near {', '.join(context)}")
    print("window:", samples)
    if samples:
        print(f"newest {samples[-1]}, oldest {samples[0]}")
    while context:
        print("drain", context.pop())
    return 1 if alerts else 0


if __name__ == "__main__":
    sys.exit(main())
