"""Classify metric samples against IntEnum severity thresholds and route them to teams.

usage: enum_alert_levels.py SAMPLES [--min LEVEL] [--fail-at N]
"""
import argparse
import sys
from enum import IntEnum, StrEnum


class Severity(IntEnum):
    OK = 0
    NOTICE = 1
    WARNING = 2
    CRITICAL = 3


class Team(StrEnum):
    STORAGE = "storage"
    NETWORK = "network"
    PLATFORM = "platform"


THRESHOLDS = {"disk": (80.0, 95.0), "latency": (250.0, 1000.0), "errors": (1.0, 5.0)}
OWNERS = {"disk": Team.STORAGE, "latency": Team.NETWORK}


def classify(metric: str, value: float) -> Severity:
    warn, crit = THRESHOLDS[metric]
    if value >= crit:
        return Severity.CRITICAL
    if value >= warn:
        return Severity.WARNING
    if value >= warn * 0.9:
        return Severity.NOTICE
    return Severity.OK


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("samples")
    p.add_argument("--min", default="NOTICE", help="lowest severity shown")
    p.add_argument("--fail-at", type=int, default=3)
    a = p.parse_args()
    try:
        floor = Severity[a.min.upper()]
    except KeyError:
        print(f"unknown level {a.min}; choose from {', '.join(s.name for s in Severity)}", file=sys.stderr)
        return 2
    worst = Severity.OK
    seen = []
    per_team = {}
    with open(a.samples) as fh:
        for line in fh:
            host, metric, raw = line.split()
            sev = classify(metric, float(raw))
            team = OWNERS.get(metric, Team.PLATFORM)
            if sev > worst:
                worst = sev
            if sev not in seen:
                seen.append(sev)
            if sev >= floor:
                per_team[team] = per_team.get(team, 0) + 1
                print(f"{sev.name:<8} {int(sev)} {host:<8} {metric}={raw} -> {team}")
    print("levels seen:", [s.name for s in sorted(seen, reverse=True)], "top:", max(seen, default=Severity.OK))
    for team in Team:
        print(f"{team.value}: {per_team.get(team, 0)}")
    print("worst:", repr(worst), "ge warning:", worst >= Severity.WARNING, "plus one:", worst + 1)
    level = Severity(min(a.fail_at, 3))
    return 1 if worst >= level else 0


if __name__ == "__main__":
    sys.exit(main())
