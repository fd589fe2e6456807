# Secret rotation ages vs policy. stdin lines: path age_days [last_rotated_by]
import os
import sys
from typing import Dict, List, Optional, Tuple

POLICY: List[Tuple[str, int]] = [("prod/db/", 30), ("prod/", 90), ("staging/", 180), ("", 365)]


def max_age(path: str, policy: List[Tuple[str, int]] = POLICY) -> Tuple[str, int]:
    best: Optional[Tuple[str, int]] = None
    for prefix, days in policy:
        if path.startswith(prefix) and (best is None or len(prefix) > len(best[0])):
            best = (prefix, days)
    if best is None:
        raise LookupError("no policy for " + path)
    return best


def classify(age: int, limit: int, warn_ratio: float = 0.8) -> str:
    if age > limit:
        return "overdue"
    if age >= limit * warn_ratio:
        return "due-soon"
    return "fresh"


def main() -> int:
    strict = os.environ.get("ROTATION_STRICT", "") == "1"
    rows: List[Tuple[str, int, int, str, str]] = []
    for raw in sys.stdin:
        parts = raw.split()
        if not parts or parts[0].startswith("#"):
            continue
        path = parts[0]
        try:
            age = int(parts[1])
        except (IndexError, ValueError):
            print("skipping malformed entry: %r" % raw.strip(), file=sys.stderr)
            continue
        who = parts[2] if len(parts) > 2 else "unknown"
        prefix, limit = max_age(path)
        rows.append((path, age, limit, classify(age, limit), who))
    order = {"overdue": 0, "due-soon": 1, "fresh": 2}
    rows.sort(key=lambda r: (order[r[3]], r[2] - r[1], r[0]))
    counts: Dict[str, int] = dict.fromkeys(order, 0)
    for path, age, limit, state, who in rows:
        counts[state] += 1
        over = age - limit
        note = "%+d days" % over if state != "fresh" else ""
        print("%-9s %-28s %4d/%-4d %-8s %s" % (state, path, age, limit, who, note))
    print("; ".join("%s: %d" % (k, v) for k, v in counts.items()))
    owners: Dict[str, List[str]] = {}
    for path, _, _, state, who in rows:
        if state == "overdue":
            owners.setdefault(who, []).append(path.rsplit("/", 1)[-1])
    for who in sorted(owners, key=lambda w: (-len(owners[w]), w)):
        print(f"  nag {who}: {', '.join(owners[who])}")
    if counts["overdue"]:
        return 2
    if strict and counts["due-soon"]:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
