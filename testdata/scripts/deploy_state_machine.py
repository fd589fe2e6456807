#!/usr/bin/env python3
"""Replay a deployment event journal through a state machine and report.

Journal lines: "<seq> <event> [detail]". Invalid transitions abort the replay.
"""
import sys
from typing import Dict, List, Optional


class DeployError(Exception):
    pass


class InvalidTransition(DeployError):
    def __init__(self, state: str, event: str, seq: int):
        super().__init__(f"seq {seq}: event '{event}' not allowed in state '{state}'")
        self.state = state
        self.event = event


class JournalError(DeployError):
    pass


TRANSITIONS: Dict[str, Dict[str, str]] = {
    "idle": {"start": "building"},
    "building": {"built": "testing", "fail": "failed"},
    "testing": {"passed": "deploying", "fail": "failed"},
    "deploying": {"healthy": "live", "fail": "rolling_back"},
    "rolling_back": {"rolled_back": "idle"},
    "failed": {"start": "building"},
    "live": {"start": "building"},
}


class Deployment:
    def __init__(self, name: str):
        self.name = name
        self.state = "idle"
        self.history: List[str] = []
        self.last_error: Optional[str] = None
        self.attempts = 0

    def apply(self, seq: int, event: str, detail: str) -> None:
        allowed = TRANSITIONS.get(self.state, {})
        if event not in allowed:
            raise InvalidTransition(self.state, event, seq)
        if event == "start":
            self.attempts += 1
        if event == "fail":
            self.last_error = detail or "unknown"
        new_state = allowed[event]
        self.history.append(f"{self.state}->{new_state}")
        self.state = new_state

    def __str__(self) -> str:
        return f"<Deployment {self.name} state={self.state} attempts={self.attempts}>"


def replay(dep: Deployment, lines: List[str]) -> int:
    last_seq = 0
    for line in lines:
        if not line.strip():
            continue
        parts = line.split(None, 2)
        if len(parts) < 2:
            raise JournalError(f"malformed journal line: {line!r}")
        seq = int(parts[0])
        if seq <= last_seq:
            raise JournalError(f"sequence went backwards at {seq}")
        last_seq = seq
        detail = parts[2].strip() if len(parts) > 2 else ""
        dep.apply(seq, parts[1], detail)
    return last_seq


def main() -> int:
    name = sys.argv[1] if len(sys.argv) > 1 else "app"
    dep = Deployment(name)
    lines = sys.stdin.read().splitlines()
    try:
        last = replay(dep, lines)
    except InvalidTransition as e:
        print(f"ABORT: {e}")
        print(f"stuck in {e.state!r} after {len(dep.history)} transitions")
        return 1
    except DeployError as e:
        print(f"journal problem: {e}")
        return 1
    print(dep)
    print("path:", " | ".join(dep.history) if dep.history else "(none)")
    print("last seq:", last, "last error:", dep.last_error)
    return 0 if dep.state in ("live", "idle") else 3


if __name__ == "__main__":
    sys.exit(main())
