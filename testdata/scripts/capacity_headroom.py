"""Capacity headroom table per cluster and resource.

Input file lines:  cluster resource capacity used [reserved]
Usage: capacity_headroom.py FILE [--target PCT] [--format table|csv]
"""
import sys
from typing import Dict, List, Optional, Tuple

RESOURCES = ["cpu", "mem", "disk"]


class UsageError(Exception):
    pass


class Cluster:
    def __init__(self, name: str):
        self.name = name
        self.capacity: Dict[str, float] = {}
        self.used: Dict[str, float] = {}
        self.reserved: Dict[str, float] = {}

    def record(self, resource: str, cap: float, used: float, reserved: float = 0.0) -> None:
        self.capacity[resource] = self.capacity.get(resource, 0.0) + cap
        self.used[resource] = self.used.get(resource, 0.0) + used
        self.reserved[resource] = self.reserved.get(resource, 0.0) + reserved

    def utilisation(self, resource: str) -> Optional[float]:
        cap = self.capacity.get(resource, 0.0)
        if cap == 0:
            return None
        return (self.used[resource] + self.reserved[resource]) / cap

    def headroom(self, resource: str, target: float) -> float:
        cap = self.capacity.get(resource, 0.0)
        return cap * target - self.used.get(resource, 0.0) - self.reserved.get(resource, 0.0)

    def bottleneck(self) -> Tuple[str, float]:
        best = ("none", -1.0)
        for r in RESOURCES:
            u = self.utilisation(r)
            if u is not None and u > best[1]:
                best = (r, u)
        return best


def parse_args(argv: List[str]) -> Tuple[str, float, str]:
    path = ""
    target = 0.8
    fmt = "table"
    it = 0
    while it < len(argv):
        a = argv[it]
        if a in ("--target", "--format"):
            if it + 1 == len(argv):
                raise UsageError(a + " requires a value")
            v = argv[it + 1]
            if a == "--target":
                try:
                    target = float(v.rstrip("%")) / 100
                except ValueError as e:
                    raise UsageError("bad target " + v) from e
            else:
                if v not in ("table", "csv"):
                    raise UsageError("unknown format " + v)
                fmt = v
            it += 2
        elif path:
            raise UsageError("unexpected argument " + a)
        else:
            path = a
            it += 1
    if not path:
        raise UsageError("missing FILE")
    return path, target, fmt


def load(path: str) -> Dict[str, Cluster]:
    clusters: Dict[str, Cluster] = {}
    with open(path) as fh:
        for lineno, line in enumerate(fh, 1):
            f = line.split()
            if not f or f[0].startswith("#"):
                continue
            if len(f) not in (4, 5) or f[1] not in RESOURCES:
                print("skip line %d: %s" % (lineno, line.strip()), file=sys.stderr)
                continue
            c = clusters.get(f[0])
            if c is None:
                c = Cluster(f[0])
                clusters[f[0]] = c
            c.record(f[1], float(f[2]), float(f[3]), float(f[4]) if len(f) == 5 else 0.0)
    return clusters


def main() -> int:
    try:
        path, target, fmt = parse_args(sys.argv[1:])
    except UsageError as e:
        print(f"usage error: {e}", file=sys.stderr)
        return 2
    clusters = load(path)
    names = sorted(clusters)
    negative: List[str] = []
    if fmt == "csv":
        print("cluster," + ",".join("%s_util,%s_headroom" % (r, r) for r in RESOURCES))
    else:
        w = max([len(n) for n in names] + [7])
        header = f"{'cluster':<{w}}" + "".join(f" | {r:^17}" for r in RESOURCES)
        print(header)
        print("=" * len(header))
    for name in names:
        c = clusters[name]
        cells: List[str] = []
        for r in RESOURCES:
            u = c.utilisation(r)
            if u is None:
                cells.append("," if fmt == "csv" else f" | {'-':^17}")
                continue
            h = c.headroom(r, target)
            if h < 0:
                negative.append(f"{name}/{r}")
            if fmt == "csv":
                cells.append("%.3f,%.1f" % (u, h))
            else:
                cells.append(" | {:>6.1%} {:>+10,.1f}".format(u, h))
        if fmt == "csv":
            print(name + "," + ",".join(cells))
        else:
            print(f"{name:<{w}}" + "".join(cells))
    if names:
        worst = max(names, key=lambda n: (clusters[n].bottleneck()[1], n))
        res, util = clusters[worst].bottleneck()
        print("busiest: %s on %s at %.0f%% (target %g%%)" % (worst, res, util * 100, target * 100))
    if negative:
        print("over target: " + ", ".join(negative))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
