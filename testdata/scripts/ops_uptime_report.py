#!/usr/bin/env python3
"""Summarise service uptime from a state log: 'timestamp service up|down'."""
import sys
from operator import itemgetter
from dataclasses import dataclass, field


@dataclass
class Service:
    name: str
    up_since: int = -1
    total_up: int = 0
    flaps: int = 0
    history: list = field(default_factory=list)

    def mark(self, ts: int, state: str) -> None:
        if state == "up" and self.up_since < 0:
            self.up_since = ts
        elif state == "down" and self.up_since >= 0:
            self.total_up += ts - self.up_since
            self.up_since = -1
            self.flaps += 1
        self.history.append(state)

    def __str__(self):
        return f"{self.name}({self.flaps} flaps)"


def fmt_duration(seconds):
    h, rem = divmod(seconds, 3600)
    m, s = divmod(rem, 60)
    return "%dh%02dm%02ds" % (h, m, s)


def main():
    services = {}
    end = 0
    for lineno, line in enumerate(sys.stdin, 1):
        parts = line.split()
        if len(parts) != 3 or parts[2] not in ("up", "down"):
            sys.stderr.write("line %d: ignored\n" % lineno)
            continue
        ts, name, state = int(parts[0]), parts[1], parts[2]
        end = max(end, ts)
        svc = services.setdefault(name, Service(name))
        svc.mark(ts, state)
    rows = []
    for svc in services.values():
        if svc.up_since >= 0:
            svc.total_up += end - svc.up_since
        rows.append((svc.name, svc.total_up, svc.flaps))
    rows.sort(key=itemgetter(1), reverse=True)
    width = max((len(r[0]) for r in rows), default=4)
    print("%-*s %10s %5s" % (width, "name", "uptime", "flaps"))
    for name, up, flaps in rows:
        print("%-*s %10s %5d" % (width, name, fmt_duration(up), flaps))
    worst = max(services.values(), key=lambda s: s.flaps, default=None)
    if worst is not None and worst.flaps > 2:
        print(f"flappiest: {worst}")
        sys.exit(1)


if __name__ == "__main__":
    main()
