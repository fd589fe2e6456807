#!/usr/bin/env python3
"""Print the on-call rotation for the next N weeks.

usage: oncall_rotation.py ROSTER START_WEEK WEEKS
ROSTER lines: a name per line, or "override <week> <name>" to swap a single week,
or "skip <name>" to remove someone (e.g. on leave) from the rotation.
"""
import sys
from typing import Dict, List, Tuple


class RosterError(Exception):
    pass


def load_roster(path: str) -> Tuple[List[str], Dict[int, str]]:
    people: List[str] = []
    overrides: Dict[int, str] = {}
    skipped: List[str] = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            words = line.split()
            if not words:
                continue
            if words[0] == "override":
                if len(words) != 3:
                    raise RosterError("override needs <week> <name>: " + line.strip())
                overrides[int(words[1])] = words[2]
            elif words[0] == "skip":
                skipped.append(words[1])
            else:
                people.append(" ".join(words))
    for name in skipped:
        if name in people:
            people.remove(name)
    if not people:
        raise RosterError("roster is empty")
    return people, overrides


def main() -> int:
    if len(sys.argv) != 4:
        print("usage: oncall_rotation.py ROSTER START_WEEK WEEKS", file=sys.stderr)
        return 2
    try:
        people, overrides = load_roster(sys.argv[1])
    except RosterError as e:
        print(f"roster error: {e}")
        return 1
    start = int(sys.argv[2])
    weeks = int(sys.argv[3])
    load: Dict[str, int] = {p: 0 for p in people}
    print(f"{'week':>4}  {'primary':<16} {'secondary':<16}")
    for week in range(start, start + weeks):
        idx = (week - 1) % len(people)
        primary = overrides.get(week, people[idx])
        secondary = people[(idx + 1) % len(people)]
        if secondary == primary:
            secondary = people[(idx + 2) % len(people)] if len(people) > 2 else "-"
        note = " (override)" if week in overrides else ""
        print(f"{week:>4}  {primary:<16} {secondary:<16}{note}")
        load[primary] = load.get(primary, 0) + 1
    print("weeks as primary:", ", ".join([f"{p}={n}" for p, n in sorted(load.items())]))
    heaviest = max(load.values())
    lightest = min(load.values())
    if heaviest - lightest > 1:
        print(f"unbalanced rotation: {heaviest} vs {lightest}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
