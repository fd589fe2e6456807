#!/usr/bin/env python3
"""Forecast when a volume fills up using a least-squares fit of daily usage.

usage: capacity_forecast.py SAMPLES_FILE CAPACITY_GB
SAMPLES_FILE lines: "<day_number> <used_gb>"
"""
import sys
from typing import List, Tuple


def linear_fit(points: List[Tuple[int, float]]) -> Tuple[float, float]:
    n = len(points)
    sx = sum([p[0] for p in points])
    sy = sum([p[1] for p in points])
    sxx = sum([p[0] * p[0] for p in points])
    sxy = sum([p[0] * p[1] for p in points])
    denom = n * sxx - sx * sx
    if denom == 0:
        raise ZeroDivisionError("need samples from at least two different days")
    slope = (n * sxy - sx * sy) / denom
    intercept = (sy - slope * sx) / n
    return slope, intercept


def read_samples(path: str) -> List[Tuple[int, float]]:
    points = []
    with open(path) as f:
        for line in f:
            if line.strip() == "" or line.lstrip().startswith("#"):
                continue
            day, used = line.split()
            points.append((int(day), float(used)))
    return points


def main() -> int:
    if len(sys.argv) != 3:
        print("usage: capacity_forecast.py SAMPLES CAPACITY_GB", file=sys.stderr)
        return 2
    points = read_samples(sys.argv[1])
    capacity = float(sys.argv[2])
    if len(points) < 2:
        print(f"not enough samples ({len(points)}), need 2+")
        return 1
    slope, intercept = linear_fit(points)
    last_day, last_used = points[-1]
    print(f"samples: {len(points)}  days {points[0][0]}..{last_day}")
    print(f"growth: {slope:+.3f} GB/day  intercept {intercept:.2f} GB")
    print(f"current: {last_used:.1f} / {capacity:.1f} GB ({last_used / capacity:.1%})")
    residuals = [round(used - (slope * day + intercept), 2) for day, used in points]
    print("residuals:", residuals)
    if slope <= 0:
        print("usage is flat or shrinking; no fill date")
        return 0
    full_day = (capacity - intercept) / slope
    days_left = full_day - last_day
    weeks = int(days_left // 7)
    print(f"projected full on day {full_day:.1f} (in {days_left:.1f} days, ~{weeks} weeks)")
    for pct in [80, 90, 100]:
        target = capacity * pct / 100
        d = (target - intercept) / slope
        status = "passed" if d <= last_day else f"in {d - last_day:6.1f} days"
        print(f"  {pct:>3}% ({target:8.1f} GB): {status}")
    if days_left < 14:
        print("ACTION: expand volume within two weeks")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
