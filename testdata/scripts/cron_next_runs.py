#!/usr/bin/env python3
"""Compute the next N run times of a simplified cron expression.

Only the minute and hour fields are used (e.g. "*/15 9-17"), and times are
expressed as minutes since Monday 00:00 so no date library is needed.
"""
import sys

DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


class CronError(Exception):
    pass


def expand_field(field, lo, hi):
    values = set()
    for part in field.split(","):
        step = 1
        if "/" in part:
            part, step_s = part.split("/", 1)
            if not step_s.isdigit() or int(step_s) == 0:
                raise CronError("bad step in %r" % field)
            step = int(step_s)
        if part == "*":
            start, end = lo, hi
        elif "-" in part:
            a, b = part.split("-", 1)
            start, end = int(a), int(b)
        else:
            start = int(part)
            end = hi if step > 1 else start
        if start < lo or end > hi or start > end:
            raise CronError("value out of range in %r (allowed %d-%d)" % (field, lo, hi))
        for v in range(start, end + 1, step):
            values.add(v)
    return sorted(values)


def next_runs(minutes, hours, start, count):
    runs = []
    t = start + 1
    limit = start + 7 * 24 * 60 * 2
    while len(runs) < count and t < limit:
        h = (t // 60) % 24
        m = t % 60
        if h in hours and m in minutes:
            runs.append(t)
        t += 1
    return runs


def fmt(t):
    day = DAYS[(t // 1440) % 7]
    return "%s %02d:%02d" % (day, (t // 60) % 24, t % 60)


def main():
    if len(sys.argv) < 3:
        print("usage: cron_next_runs.py 'MIN HOUR' START(Day-HH:MM) [COUNT]", file=sys.stderr)
        return 2
    fields = sys.argv[1].split()
    if len(fields) != 2:
        print("expected 2 fields, got %d" % len(fields), file=sys.stderr)
        return 2
    day, _, hhmm = sys.argv[2].partition("-")
    hh, mm = hhmm.split(":")
    start = DAYS.index(day) * 1440 + int(hh) * 60 + int(mm)
    count = int(sys.argv[3]) if len(sys.argv) > 3 else 5
    try:
        minutes = expand_field(fields[0], 0, 59)
        hours = expand_field(fields[1], 0, 23)
    except CronError as e:
        print("invalid cron expression:", e)
        return 1
    print("minutes:", minutes if len(minutes) <= 12 else minutes[:12] + [-1])
    print("hours:", hours)
    runs = next_runs(minutes, hours, start, count)
    for i, t in enumerate(runs):
        gap = t - (runs[i - 1] if i > 0 else start)
        print("%2d. %s  (+%dh%02dm)" % (i + 1, fmt(t), gap // 60, gap % 60))
    return 0


if __name__ == "__main__":
    sys.exit(main())
