"""Simulate a paging escalation policy against a page/ack event trace.

policy file:  level timeout_min target[,target]     (levels in order; last level repeats)
trace (stdin): minute page|ack|resolve incident [who]
Env: MAX_REPEATS (default 2)
"""
import os
import sys
from typing import Dict, List, Optional, Tuple


class Level:
    def __init__(self, number: int, timeout: int, targets: List[str]):
        self.number = number
        self.timeout = timeout
        self.targets = targets


class Incident:
    def __init__(self, name: str, opened: int):
        self.name = name
        self.opened = opened
        self.level = 0
        self.level_since = opened
        self.repeats = 0
        self.acked_by: Optional[str] = None
        self.acked_at: Optional[int] = None
        self.resolved_at: Optional[int] = None
        self.notified: List[Tuple[int, str]] = []

    def open(self) -> bool:
        return self.acked_by is None and self.resolved_at is None


class Escalator:
    def __init__(self, levels: List[Level], max_repeats: int = 2):
        if not levels:
            raise ValueError("policy has no levels")
        self.levels = levels
        self.max_repeats = max_repeats
        self.incidents: Dict[str, Incident] = {}
        self.exhausted: List[str] = []

    def notify(self, inc: Incident, minute: int) -> None:
        for t in self.levels[inc.level].targets:
            inc.notified.append((minute, t))

    def advance(self, now: int) -> None:
        for name in sorted(self.incidents):
            inc = self.incidents[name]
            while inc.open():
                lvl = self.levels[inc.level]
                due = inc.level_since + lvl.timeout
                if due > now:
                    break
                if inc.level + 1 < len(self.levels):
                    inc.level += 1
                elif inc.repeats < self.max_repeats:
                    inc.repeats += 1
                else:
                    if name not in self.exhausted:
                        self.exhausted.append(name)
                    break
                inc.level_since = due
                self.notify(inc, due)

    def handle(self, minute: int, action: str, name: str, who: str) -> None:
        self.advance(minute)
        inc = self.incidents.get(name)
        if action == "page":
            if inc is None:
                inc = Incident(name, minute)
                self.incidents[name] = inc
                self.notify(inc, minute)
            return
        if inc is None:
            raise KeyError(name)
        if action == "ack" and inc.acked_by is None:
            inc.acked_by, inc.acked_at = who, minute
        elif action == "resolve":
            inc.resolved_at = minute
        elif action != "ack":
            raise ValueError("unknown action " + action)


def load_policy(path: str) -> List[Level]:
    levels: List[Level] = []
    with open(path) as fh:
        for line in fh:
            f = line.split()
            if len(f) == 3 and f[0].isdigit():
                levels.append(Level(int(f[0]), int(f[1]), f[2].split(",")))
    levels.sort(key=lambda l: l.number)
    return levels


def main() -> int:
    if len(sys.argv) != 2:
        print("usage: escalation_sim.py POLICY < trace", file=sys.stderr)
        return 2
    try:
        esc = Escalator(load_policy(sys.argv[1]), max_repeats=int(os.environ.get("MAX_REPEATS", "2")))
    except ValueError as e:
        print("policy error: " + str(e), file=sys.stderr)
        return 2
    last = 0
    for line in sys.stdin:
        f = line.split()
        if len(f) < 3:
            continue
        minute = int(f[0])
        last = max(last, minute)
        try:
            esc.handle(minute, f[1], f[2], f[3] if len(f) > 3 else "?")
        except KeyError as e:
            print("warning: %s for unknown incident %s" % (f[1], e), file=sys.stderr)
        except ValueError as e:
            print("error: %s" % e, file=sys.stderr)
            return 2
    esc.advance(last)
    for name, inc in sorted(esc.incidents.items(), key=lambda kv: (kv[1].opened, kv[0])):
        targets = []
        for _, t in inc.notified:
            if t not in targets:
                targets.append(t)
        if inc.acked_by is not None and inc.acked_at is not None:
            state = "acked by %s after %d min" % (inc.acked_by, inc.acked_at - inc.opened)
        elif inc.resolved_at is not None:
            state = "auto-resolved after %d min" % (inc.resolved_at - inc.opened)
        else:
            state = "STILL OPEN at level %d" % esc.levels[inc.level].number
        print(f"{name}: opened t={inc.opened}, {len(inc.notified)} notification(s), {state}")
        print("    paged: " + " > ".join(targets))
        times = [m for m, _ in inc.notified]
        print("    at:    " + " ".join(str(m) for m in sorted(set(times))))
    if esc.exhausted:
        print("policy exhausted for: " + ", ".join(esc.exhausted))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
