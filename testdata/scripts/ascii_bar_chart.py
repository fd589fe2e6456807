"""Draw ASCII bar charts from "label value" lines on stdin.

Env: CHART_WIDTH (default 40), CHART_MODE (h|v, default h), CHART_SORT (value|label|none)
"""
import os
import sys
from typing import List, Optional, Tuple


def parse(lines: List[str]) -> Tuple[List[Tuple[str, float]], List[int]]:
    data: List[Tuple[str, float]] = []
    bad: List[int] = []
    for i, line in enumerate(lines, 1):
        line = line.strip()
        if not line:
            continue
        label, _, value = line.rpartition(" ")
        try:
            data.append((label.strip() or "?", float(value)))
        except ValueError:
            bad.append(i)
    return data, bad


def scale(value: float, top: float, width: int) -> int:
    if top <= 0:
        return 0
    return int(round(value / top * width))


def horizontal(data: List[Tuple[str, float]], width: int = 40, char: str = "█") -> List[str]:
    top = max(v for _, v in data)
    label_w = max(len(l) for l, _ in data)
    out = []
    for label, value in data:
        n = scale(value, top, width)
        bar = char * n if value >= 0 else "-" * scale(-value, top, width)
        out.append(f"{label:>{label_w}} │{bar:<{width}}│ {value:g}")
    return out


def vertical(data: List[Tuple[str, float]], height: int = 8) -> List[str]:
    top = max(v for _, v in data)
    heights = [scale(v, top, height) for _, v in data]
    rows = []
    level = height
    while level > 0:
        row = ""
        for h in heights:
            row += " # " if h >= level else "   "
        rows.append("%5.1f|%s" % (top * level / height, row.rstrip()))
        level -= 2
    rows.append("     +" + "---" * len(data))
    rows.append("      " + "".join(l[:2].center(3) for l, _ in data))
    return rows


def summary(data: List[Tuple[str, float]]) -> Optional[str]:
    if len(data) < 2:
        return None
    values = sorted(v for _, v in data)
    mid = len(values) // 2
    median = values[mid] if len(values) % 2 else (values[mid - 1] + values[mid]) / 2
    lo = min(data, key=lambda d: d[1])
    hi = max(data, key=lambda d: d[1])
    return "min {} ({:g})  median {:g}  max {} ({:g})  sum {:,.2f}".format(
        lo[0], lo[1], median, hi[0], hi[1], sum(values))


def main() -> int:
    try:
        width = int(os.environ.get("CHART_WIDTH", "40"))
    except ValueError:
        print("CHART_WIDTH must be an integer", file=sys.stderr)
        return 2
    mode = os.environ.get("CHART_MODE", "h")
    order = os.environ.get("CHART_SORT", "none")
    data, bad = parse(sys.stdin.readlines())
    if bad:
        print("ignored non-numeric lines: %s" % bad, file=sys.stderr)
    if not data:
        print("no data")
        return 1
    if order == "value":
        data.sort(key=lambda d: (-d[1], d[0]))
    elif order == "label":
        data.sort()
    elif order != "none":
        print("unknown CHART_SORT %r" % order, file=sys.stderr)
        return 2
    lines = horizontal(data, width=width) if mode == "h" else vertical(data, height=width // 5 or 1)
    for line in lines:
        print(line.rstrip())
    s = summary(data)
    if s:
        print(s)
    return 0


if __name__ == "__main__":
    sys.exit(main())
