import sys
from typing import Dict, List

# Roll up dotted metric names into a tree with totals at every level,
# e.g. "web.eu.requests 10" contributes to web.eu.requests, web.eu and web.
# usage: metric_rollup.py [MAX_DEPTH] < metrics


class Node:
    def __init__(self, name: str):
        self.name = name
        self.total = 0.0
        self.samples = 0
        self.children: Dict[str, "Node"] = {}

    def insert(self, parts: List[str], value: float) -> None:
        self.total += value
        self.samples += 1
        if not parts:
            return
        child = self.children.get(parts[0])
        if child is None:
            child = Node(parts[0])
            self.children[parts[0]] = child
        child.insert(parts[1:], value)

    def render(self, depth: int, max_depth: int, out: List[str]) -> None:
        for name in sorted(self.children):
            child = self.children[name]
            label = ("  " * depth + name).ljust(28)
            share = child.total / self.total if self.total else 0.0
            out.append(f"{label} {child.total:>12.2f} {child.samples:>4} {share:>7.1%}")
            if depth + 1 < max_depth:
                child.render(depth + 1, max_depth, out)


max_depth = int(sys.argv[1]) if len(sys.argv) > 1 else 99
if max_depth < 1:
    sys.exit("MAX_DEPTH must be at least 1")
root = Node("")
for line in sys.stdin:
    line = line.strip()
    if not line or line.startswith("#"):
        continue
    name, value = line.rsplit(None, 1)
    root.insert(name.split("."), float(value))

lines: List[str] = []
root.render(0, max_depth, lines)
print(f"{'metric':<28} {'total':>12} {'n':>4} {'share':>7}")
for l in lines:
    print(l)
print(f"{root.samples} samples, grand total {root.total:.2f}")
