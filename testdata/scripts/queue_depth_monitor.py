"""Watch queue depth samples and drive an alert state machine.

States: OK -> PENDING (depth above threshold) -> FIRING (pending for N samples)
-> RESOLVED (back below threshold) -> OK. Samples come from a file: "<t> <queue> <depth>".
"""
import sys
from dataclasses import dataclass, field
from typing import Dict, List

THRESHOLD = 1000
PENDING_SAMPLES = 3


@dataclass
class QueueState:
    name: str
    state: str = "OK"
    pending_for: int = 0
    peak: int = 0
    transitions: List[str] = field(default_factory=list)

    def observe(self, t: int, depth: int) -> None:
        self.peak = max(self.peak, depth)
        above = depth > THRESHOLD
        old = self.state
        if self.state in ("OK", "RESOLVED"):
            if above:
                self.state = "PENDING"
                self.pending_for = 1
            elif self.state == "RESOLVED":
                self.state = "OK"
        elif self.state == "PENDING":
            if not above:
                self.state = "OK"
                self.pending_for = 0
            else:
                self.pending_for += 1
                if self.pending_for >= PENDING_SAMPLES:
                    self.state = "FIRING"
        elif self.state == "FIRING":
            if not above:
                self.state = "RESOLVED"
                self.pending_for = 0
        if old != self.state:
            self.transitions.append(f"t={t}: {old} -> {self.state} (depth {depth})")


def main() -> int:
    if len(sys.argv) != 2:
        print("usage: queue_depth_monitor.py SAMPLES", file=sys.stderr)
        return 2
    queues: Dict[str, QueueState] = {}
    with open(sys.argv[1]) as f:
        for line in f:
            if not line.strip():
                continue
            t_s, name, depth_s = line.split()
            q = queues.setdefault(name, QueueState(name))
            q.observe(int(t_s), int(depth_s))
    firing = 0
    for name in sorted(queues):
        q = queues[name]
        print(f"{q.name}: {q.state} (peak {q.peak:,})")
        for tr in q.transitions:
            print("   " + tr)
        if q.state == "FIRING":
            firing += 1
    summary = {name: q.state for name, q in sorted(queues.items())}
    print(summary)
    return 1 if firing else 0


if __name__ == "__main__":
    sys.exit(main())
