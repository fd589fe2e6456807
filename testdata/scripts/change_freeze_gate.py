#!/usr/bin/env python3
"""Decide whether queued change requests may proceed, given freeze periods and risk levels."""
import enum
import json
import sys
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta


class Risk(enum.IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3


class Decision(enum.Enum):
    APPROVE = "approve"
    NEEDS_CAB = "needs-cab"
    REJECT = "reject"


@dataclass(frozen=True)
class Change:
    ident: str
    risk: Risk
    start: datetime
    duration: timedelta
    rollback: bool

    @classmethod
    def from_json(cls, obj):
        return cls(
            ident=obj["id"],
            risk=Risk[obj["risk"].upper()],
            start=datetime.fromisoformat(obj["start"]),
            duration=timedelta(minutes=obj.get("minutes", 60)),
            rollback=bool(obj.get("rollback_plan")),
        )

    @property
    def end(self):
        return self.start + self.duration


def in_freeze(change, freezes):
    for first, last, reason in freezes:
        window_start = datetime.combine(first, time.min)
        window_end = datetime.combine(last + timedelta(days=1), time.min)
        if change.start < window_end and change.end > window_start:
            return reason
    return None


def decide(change, freezes):
    reason = in_freeze(change, freezes)
    if reason:
        if change.risk is Risk.LOW and change.rollback:
            return Decision.NEEDS_CAB, f"low-risk change during freeze ({reason})"
        return Decision.REJECT, f"freeze: {reason}"
    if change.start.weekday() >= 5 and change.risk >= Risk.MEDIUM:
        return Decision.NEEDS_CAB, f"weekend {change.start:%A} {change.risk.name.lower()}-risk change"
    if not change.rollback and change.risk == Risk.HIGH:
        return Decision.REJECT, "high risk without rollback plan"
    return Decision.APPROVE, "ok"


doc = json.load(sys.stdin)
freezes = [(date.fromisoformat(f["from"]), date.fromisoformat(f["to"]), f.get("reason", "freeze")) for f in doc.get("freezes", [])]
results = {d: [] for d in Decision}
for raw in doc["changes"]:
    try:
        change = Change.from_json(raw)
    except KeyError as exc:
        print(f"{raw.get('id', '?')}: invalid change, bad or missing {exc}")
        results[Decision.REJECT].append(raw.get("id", "?"))
        continue
    decision, why = decide(change, freezes)
    results[decision].append(change.ident)
    print(f"{change.ident:<10} {change.risk.name:<6} {change.start:%Y-%m-%d %H:%M}+{int(change.duration.total_seconds() // 60)}m  {decision.value:<9} {why}")

summary = {d.value: sorted(ids) for d, ids in results.items()}
print(json.dumps(summary, indent=1))
sys.exit(len(results[Decision.REJECT]) and 3 or (2 if results[Decision.NEEDS_CAB] else 0))
