# Monthly SLA report per service from an outage list; tiers define targets.
# services file:  name tier       outages file: service start_min end_min [planned]
import sys
from typing import Dict, List, Optional, Tuple

TIERS = {"gold": 99.95, "silver": 99.9, "bronze": 99.5}
MONTH_MINUTES = 30 * 24 * 60


def merge(intervals: List[Tuple[int, int]]) -> List[Tuple[int, int]]:
    merged: List[Tuple[int, int]] = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            last = merged.pop()
            merged.append((last[0], max(last[1], end)))
        else:
            merged.append((start, end))
    return merged


class Service:
    def __init__(self, name: str, tier: str):
        self.name = name
        self.tier = tier
        self.outages: List[Tuple[int, int]] = []
        self.planned: List[Tuple[int, int]] = []

    def target(self) -> float:
        return TIERS[self.tier]

    def downtime(self, include_planned: bool = False) -> int:
        spans = self.outages + (self.planned if include_planned else [])
        return sum(e - s for s, e in merge(spans))

    def availability(self, include_planned: bool = False) -> float:
        return 100.0 * (MONTH_MINUTES - self.downtime(include_planned)) / MONTH_MINUTES

    def budget_left(self) -> float:
        allowed = MONTH_MINUTES * (100.0 - self.target()) / 100.0
        return allowed - self.downtime()

    def longest(self) -> Optional[Tuple[int, int]]:
        spans = merge(self.outages)
        if not spans:
            return None
        return max(spans, key=lambda se: (se[1] - se[0], -se[0]))


def load_services(path: str) -> Dict[str, Service]:
    services: Dict[str, Service] = {}
    with open(path) as fh:
        for line in fh:
            parts = line.split()
            if len(parts) != 2:
                continue
            name, tier = parts
            if tier not in TIERS:
                raise KeyError(tier)
            services[name] = Service(name, tier)
    return services


def main() -> int:
    try:
        services = load_services(sys.argv[1])
    except IndexError:
        print("usage: sla_report.py SERVICES < outages", file=sys.stderr)
        return 2
    except KeyError as e:
        print("unknown tier %s (choose from %s)" % (e, ", ".join(sorted(TIERS))), file=sys.stderr)
        return 2
    unknown: List[str] = []
    for lineno, line in enumerate(sys.stdin, 1):
        parts = line.split()
        if not parts:
            continue
        svc = services.get(parts[0])
        if svc is None:
            unknown.append(parts[0])
            continue
        start, end = int(parts[1]), int(parts[2])
        if end < start:
            start, end = end, start
        if len(parts) > 3 and parts[3] == "planned":
            svc.planned.append((start, end))
        else:
            svc.outages.append((start, end))
    print("{:<10} {:>6} {:>9} {:>9} {:>8} {}".format("service", "tier", "avail%", "w/plan%", "budget", "verdict"))
    breaches = 0
    for svc in sorted(services.values(), key=lambda s: (-s.target(), s.name)):
        ok = svc.availability() >= svc.target()
        breaches += 0 if ok else 1
        verdict = "met" if ok else "BREACHED"
        longest = svc.longest()
        if longest is not None:
            verdict += " (longest %d min @%d)" % (longest[1] - longest[0], longest[0])
        print("{:<10} {:>6} {:>9.3f} {:>9.3f} {:>+8.1f} {}".format(
            svc.name, svc.tier, svc.availability(), svc.availability(include_planned=True),
            svc.budget_left(), verdict))
    if unknown:
        print("ignored outages for unknown services: " + ", ".join(sorted(set(unknown))))
    return 3 if breaches else 0


if __name__ == "__main__":
    sys.exit(main())
