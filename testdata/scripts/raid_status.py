# Summarise /proc/mdstat-like output read from stdin.
import sys
from typing import List, Optional, Tuple


class Array:
    def __init__(self, name: str, state: str, level: str):
        self.name = name
        self.state = state
        self.level = level
        self.members: List[Tuple[str, int, bool]] = []
        self.expected = 0
        self.active = 0
        self.bitmap = ""
        self.recovery: Optional[float] = None

    def add_member(self, token: str) -> None:
        failed = token.endswith("(F)")
        if failed:
            token = token[:-3]
        name, _, rest = token.partition("[")
        slot = int(rest.rstrip("]"))
        self.members.append((name, slot, failed))

    def degraded(self) -> bool:
        return self.active < self.expected

    def failed_members(self) -> List[str]:
        return sorted([m[0] for m in self.members if m[2]])

    def health(self) -> str:
        if self.state != "active":
            return "INACTIVE"
        if self.recovery is not None:
            return "REBUILDING"
        if self.degraded():
            return "DEGRADED"
        return "HEALTHY"

    def describe(self) -> str:
        members = " ".join("%s[%d]%s" % (n, s, "!" if f else "")
                           for n, s, f in sorted(self.members, key=lambda m: m[1]))
        line = "%-5s %-7s %-10s %d/%d  %s" % (self.name, self.level, self.health(),
                                              self.active, self.expected, members)
        if self.recovery is not None:
            line += "  (%.1f%% rebuilt)" % self.recovery
        return line


def parse_counts(token: str) -> Tuple[int, int]:
    inner = token.strip("[]")
    total, _, up = inner.partition("/")
    return int(total), int(up)


def parse(lines: List[str]) -> List[Array]:
    arrays: List[Array] = []
    current: Optional[Array] = None
    i = 0
    while i < len(lines):
        line = lines[i].rstrip("\n")
        i += 1
        if not line.strip() or line.startswith("Personalities") or line.startswith("unused"):
            continue
        if not line.startswith(" ") and " : " in line:
            name, _, rest = line.partition(" : ")
            words = rest.split()
            current = Array(name.strip(), words[0], words[1] if len(words) > 1 else "?")
            for token in words[2:]:
                current.add_member(token)
            arrays.append(current)
            continue
        if current is None:
            raise ValueError("orphan line %d: %s" % (i, line.strip()))
        words = line.split()
        for w in words:
            if w.startswith("[") and "/" in w:
                current.expected, current.active = parse_counts(w)
            elif w.endswith("%") and "recovery" in line:
                current.recovery = float(w[:-1])
        if words and words[0] == "bitmap:":
            current.bitmap = " ".join(words[1:])
    return arrays


def main() -> None:
    text = sys.stdin.read()
    try:
        arrays = parse(text.splitlines())
    except ValueError as e:
        print("mdstat parse error:", e, file=sys.stderr)
        sys.exit(4)
    if not arrays:
        print("no md arrays found")
        sys.exit(0)
    worst = 0
    codes = {"HEALTHY": 0, "REBUILDING": 1, "DEGRADED": 2, "INACTIVE": 2}
    for arr in sorted(arrays, key=lambda a: (-codes[a.health()], a.name)):
        print(arr.describe())
        if arr.bitmap:
            print("      bitmap " + arr.bitmap)
        bad = arr.failed_members()
        if bad:
            print("      replace: " + ", ".join(bad))
        worst = max(worst, codes[arr.health()])
    counts = {}
    for arr in arrays:
        counts[arr.health()] = counts.get(arr.health(), 0) + 1
    summary = ", ".join("%s=%d" % (k, counts[k]) for k in sorted(counts))
    print("summary: " + summary)
    sys.exit(worst)


main()
