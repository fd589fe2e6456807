# Per-user disk quota report from `repquota`-like text, with ASCII usage bars.
import os
import sys
from typing import Dict, List, Optional, Tuple

UNITS = ["K", "M", "G", "T"]


def human(kib: int, precision: int = 1) -> str:
    value = float(kib)
    unit = 0
    while value >= 1024 and unit < len(UNITS) - 1:
        value /= 1024
        unit += 1
    return "%.*f%s" % (precision, value, UNITS[unit])


def bar(used: int, limit: int, width: int = 20, fill: str = "#") -> str:
    if limit <= 0:
        return "[" + "?" * width + "]"
    ratio = min(used / limit, 1.0)
    filled = int(ratio * width + 0.5)
    return "[" + fill * filled + "." * (width - filled) + "]"


class QuotaEntry:
    def __init__(self, user: str, used: int, soft: int, hard: int, grace: str):
        self.user = user
        self.used = used
        self.soft = soft
        self.hard = hard
        self.grace = grace

    def pct(self) -> Optional[float]:
        limit = self.hard or self.soft
        if limit == 0:
            return None
        return 100.0 * self.used / limit

    def state(self) -> str:
        if self.hard and self.used >= self.hard:
            return "HARD"
        if self.soft and self.used > self.soft:
            return "SOFT" if self.grace != "none" else "GRACE-EXPIRED"
        return "ok"


def parse_line(line: str) -> Optional[QuotaEntry]:
    fields = line.split()
    if len(fields) < 5 or fields[0].startswith("#") or fields[0] in ("User", "Block"):
        return None
    user, flags = fields[0], fields[1]
    if not flags.startswith(("--", "+-", "-+", "++")):
        return None
    nums = fields[2:5]
    grace = fields[5] if len(fields) > 5 and not fields[5].isdigit() else "-"
    return QuotaEntry(user, int(nums[0]), int(nums[1]), int(nums[2]), grace)


def load(text: str) -> Tuple[List[QuotaEntry], int]:
    entries: List[QuotaEntry] = []
    skipped = 0
    for line in text.splitlines():
        if not line.strip() or set(line.strip()) <= set("-"):
            continue
        try:
            entry = parse_line(line)
        except ValueError:
            skipped += 1
            continue
        if entry is None:
            continue
        entries.append(entry)
    return entries, skipped


def main() -> None:
    source = sys.argv[1] if len(sys.argv) > 1 else "-"
    if source == "-":
        text = sys.stdin.read()
    else:
        with open(source) as fh:
            text = fh.read()
    top = int(os.environ.get("QUOTA_TOP", "0"))
    entries, skipped = load(text)
    entries.sort(key=lambda e: (-(e.pct() or 0.0), e.user))
    if top > 0:
        entries = entries[:top]
    name_w = max([len(e.user) for e in entries], default=4)
    print("%-*s %8s %8s %6s  %s" % (name_w, "USER", "USED", "HARD", "PCT", "USAGE"))
    by_state: Dict[str, List[str]] = {}
    for e in entries:
        p = e.pct()
        pct_text = "  n/a" if p is None else "{:5.1f}%".format(p)
        print("%-*s %8s %8s %6s  %s %s" % (name_w, e.user, human(e.used), human(e.hard, 0),
                                          pct_text, bar(e.used, e.hard or e.soft), e.state()))
        by_state.setdefault(e.state(), []).append(e.user)
    total = sum(e.used for e in entries)
    print("-" * (name_w + 40))
    print(f"{'total':<{name_w}} {human(total, precision=2):>8}")
    for state in sorted(by_state):
        if state != "ok":
            print(f"{state}: {' '.join(by_state[state])}")
    if skipped:
        print(f"skipped {skipped} malformed line(s)", file=sys.stderr)
    over = [u for s, users in by_state.items() if s != "ok" for u in users]
    if over:
        with open("over_quota.txt", "w") as out:
            for u in sorted(over):
                out.write(u + "\n")
    sys.exit(2 if "HARD" in by_state else (1 if over else 0))


main()
