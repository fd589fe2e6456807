#!/usr/bin/env python3
"""Parse human durations like "1h30m", "2d", "45s", "1w2d" (one per line on stdin),
normalise them and report totals -- used to sanity-check timeout settings."""
import sys
from typing import List, Tuple

UNITS = {"w": 604800, "d": 86400, "h": 3600, "m": 60, "s": 1}
ORDER = ["w", "d", "h", "m", "s"]


class DurationError(ValueError):
    pass


def parse_duration(text: str) -> int:
    text = text.strip().lower()
    if not text:
        raise DurationError("empty duration")
    negative = text.startswith("-")
    if negative:
        text = text[1:]
    total = 0
    number = ""
    last_unit_index = -1
    for ch in text:
        if ch.isdigit():
            number += ch
        elif ch in UNITS:
            if not number:
                raise DurationError(f"unit {ch!r} without a number in {text!r}")
            idx = ORDER.index(ch)
            if idx <= last_unit_index:
                raise DurationError(f"units out of order in {text!r}")
            last_unit_index = idx
            total += int(number) * UNITS[ch]
            number = ""
        else:
            raise DurationError(f"unexpected character {ch!r} in {text!r}")
    if number:
        total += int(number)  # bare trailing number = seconds
    return -total if negative else total


def format_duration(seconds: int) -> str:
    if seconds == 0:
        return "0s"
    sign = "-" if seconds < 0 else ""
    rest = abs(seconds)
    parts: List[str] = []
    for unit in ORDER:
        count = rest // UNITS[unit]
        rest = rest % UNITS[unit]
        if count:
            parts.append(f"{count}{unit}")
    return sign + "".join(parts)


def main() -> int:
    parsed: List[Tuple[str, int]] = []
    bad = 0
    for line in sys.stdin:
        if not line.strip():
            continue
        try:
            secs = parse_duration(line)
        except DurationError as e:
            print(f"invalid: {e}")
            bad += 1
            continue
        parsed.append((line.strip(), secs))
    for raw, secs in parsed:
        print(f"{raw:>12} = {secs:>9,d}s = {format_duration(secs):<12} ({secs / 3600:.2f}h)")
    if parsed:
        total = sum([s for _, s in parsed])
        longest = max(parsed, key=lambda p: p[1])
        print(f"total {format_duration(total)}, longest {longest[0]!r}")
    elif not bad:
        print("no durations given")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
