#!/usr/bin/env python3
"""Replay service lifecycle events and check each transition against the state machine.

usage: enum_service_state.py EVENTS_FILE
Event lines: `<service> <STATE>`; writes final_states.txt.
"""
import sys
from enum import Enum, auto


class State(Enum):
    STOPPED = auto()
    STARTING = auto()
    RUNNING = auto()
    DEGRADED = auto()
    FAILED = auto()

    def is_up(self) -> bool:
        return self in (State.RUNNING, State.DEGRADED)


ALLOWED = {
    State.STOPPED: [State.STARTING],
    State.STARTING: [State.RUNNING, State.FAILED],
    State.RUNNING: [State.DEGRADED, State.STOPPED, State.FAILED],
    State.DEGRADED: [State.RUNNING, State.FAILED, State.STOPPED],
    State.FAILED: [State.STARTING, State.STOPPED],
}


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    current = {}
    bad = 0
    with open(sys.argv[1]) as fh:
        for lineno, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            service, name = line.split()
            try:
                new = State[name.upper()]
            except KeyError:
                print(f"line {lineno}: unknown state {name!r}")
                bad += 1
                continue
            old = current.get(service, State.STOPPED)
            if new not in ALLOWED[old]:
                print(f"line {lineno}: {service}: illegal {old.name} -> {new.name}")
                bad += 1
                continue
            current[service] = new
            print(f"{service}: {old} -> {new}{' (up)' if new.is_up() else ''}")
    with open("final_states.txt", "w") as out:
        for service in sorted(current):
            state = current[service]
            out.write(f"{service} {state.name} {state.value}\n")
    tally = {s: 0 for s in State}
    for s in current.values():
        tally[s] += 1
    print("summary:", ", ".join(f"{s.name.lower()}={n}" for s, n in tally.items() if n))
    print(repr(State(3)), [s for s in State if s.is_up()])
    if bad:
        return 1
    return 0 if all(s.is_up() for s in current.values()) else 3


if __name__ == "__main__":
    sys.exit(main())
