# Route alerts (stdin, "key=value" pairs per line) to receivers by ordered matchers,
# with continue-matching and grouping; writes one outbox file per receiver.
import sys
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple


@dataclass
class Route:
    receiver: str
    matchers: Dict[str, str] = field(default_factory=dict)
    cont: bool = False
    group_by: List[str] = field(default_factory=list)

    def matches(self, labels: Dict[str, str]) -> bool:
        for key, want in self.matchers.items():
            have = labels.get(key, "")
            if want.startswith("!"):
                if have == want[1:]:
                    return False
            elif want.endswith("*"):
                if not have.startswith(want[:-1]):
                    return False
            elif have != want:
                return False
        return True

    def group_key(self, labels: Dict[str, str]) -> str:
        if not self.group_by:
            return "all"
        return ",".join(f"{k}={labels.get(k, '-')}" for k in self.group_by)


def parse_routes(text: str) -> List[Route]:
    routes: List[Route] = []
    for n, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        head, _, rest = line.partition("->")
        receiver = rest.strip()
        if not receiver:
            raise ValueError(f"routes line {n}: missing '-> receiver'")
        route = Route(receiver.split()[0])
        route.cont = "continue" in receiver.split()[1:]
        for tok in head.split():
            if tok.startswith("group_by="):
                route.group_by = tok[len("group_by="):].split(",")
                continue
            k, eq, v = tok.partition("=")
            if not eq:
                raise ValueError(f"routes line {n}: bad matcher {tok!r}")
            route.matchers[k] = v
        routes.append(route)
    return routes


def parse_alert(line: str) -> Dict[str, str]:
    labels: Dict[str, str] = {}
    for tok in line.split():
        k, _, v = tok.partition("=")
        labels[k] = v
    return labels


def route_alert(labels: Dict[str, str], routes: List[Route], fallback: str = "default") -> List[Tuple[str, str]]:
    hits: List[Tuple[str, str]] = []
    for r in routes:
        if r.matches(labels):
            hits.append((r.receiver, r.group_key(labels)))
            if not r.cont:
                break
    if not hits:
        hits.append((fallback, "all"))
    return hits


def main() -> int:
    if len(sys.argv) != 2:
        print("usage: alert_router.py ROUTES < alerts", file=sys.stderr)
        return 2
    with open(sys.argv[1]) as fh:
        try:
            routes = parse_routes(fh.read())
        except ValueError as e:
            print(str(e), file=sys.stderr)
            return 2
    outbox: Dict[str, Dict[str, List[str]]] = {}
    unnamed = 0
    for line in sys.stdin:
        if not line.strip():
            continue
        labels = parse_alert(line)
        name: Optional[str] = labels.get("alertname")
        if name is None:
            unnamed += 1
            name = "unnamed-%d" % unnamed
        for receiver, group in route_alert(labels, routes):
            outbox.setdefault(receiver, {}).setdefault(group, []).append(name)
    for receiver in sorted(outbox):
        groups = outbox[receiver]
        with open(f"outbox-{receiver}.txt", "w") as fh:
            for g in sorted(groups):
                fh.write("[%s] %s\n" % (g, ", ".join(groups[g])))
        n = sum(len(v) for v in groups.values())
        print("%-10s %2d alert(s) in %d group(s)" % (receiver, n, len(groups)))
    if "default" in outbox:
        print("warning: %d alert(s) fell through to default" % sum(len(v) for v in outbox["default"].values()))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
