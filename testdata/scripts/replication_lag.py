"""Replica lag monitor with hysteresis. stdin: "tick replica lag_seconds" lines.

A replica enters LAGGING when lag >= ENTER for 2 consecutive samples and returns to OK
only when lag <= EXIT. Missing samples (lag "-") count as UNKNOWN.
"""
import os
import sys
from typing import Dict, List, Optional, Tuple


class Replica:
    def __init__(self, name: str, enter: float, exit_: float):
        self.name = name
        self.enter = enter
        self.exit = exit_
        self.state = "OK"
        self.streak = 0
        self.history: List[Tuple[int, str]] = []
        self.max_lag: Optional[float] = None

    def transition(self, tick: int, new_state: str) -> None:
        if new_state != self.state:
            self.history.append((tick, "%s->%s" % (self.state, new_state)))
            self.state = new_state

    def observe(self, tick: int, lag: Optional[float]) -> None:
        if lag is None:
            self.streak = 0
            self.transition(tick, "UNKNOWN")
            return
        if self.max_lag is None or lag > self.max_lag:
            self.max_lag = lag
        if self.state == "UNKNOWN":
            self.transition(tick, "OK")
        if lag >= self.enter:
            self.streak += 1
            if self.streak >= 2:
                self.transition(tick, "LAGGING")
        else:
            self.streak = 0
            if self.state == "LAGGING" and lag <= self.exit:
                self.transition(tick, "OK")


def main() -> int:
    enter = float(os.environ.get("LAG_ENTER", "30"))
    exit_ = float(os.environ.get("LAG_EXIT", "10"))
    if exit_ > enter:
        print("LAG_EXIT must not exceed LAG_ENTER", file=sys.stderr)
        return 2
    replicas: Dict[str, Replica] = {}
    last_tick = 0
    for n, line in enumerate(sys.stdin, 1):
        f = line.split()
        if len(f) != 3:
            continue
        try:
            tick = int(f[0])
            lag = None if f[2] == "-" else float(f[2])
        except ValueError:
            print("line %d: bad sample %r" % (n, line.strip()), file=sys.stderr)
            return 2
        if tick < last_tick:
            print("line %d: ticks must not go backwards (%d < %d)" % (n, tick, last_tick), file=sys.stderr)
            return 2
        last_tick = tick
        rep = replicas.get(f[1])
        if rep is None:
            rep = replicas[f[1]] = Replica(f[1], enter, exit_)
        rep.observe(tick, lag)
    status = 0
    for name in sorted(replicas):
        r = replicas[name]
        changes = ", ".join("t%d %s" % h for h in r.history) or "no transitions"
        peak = "n/a" if r.max_lag is None else "%.1fs" % r.max_lag
        print(f"{name:<10} {r.state:<8} peak={peak:<7} {changes}")
        if r.state != "OK":
            status = max(status, 1 if r.state == "UNKNOWN" else 2)
    return status


if __name__ == "__main__":
    sys.exit(main())
