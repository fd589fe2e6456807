import os
import sys

# Decide whether an automated change may run now, based on maintenance windows.
# windows file lines: "<Days> <HH:MM>-<HH:MM> <label>", Days like Mon-Fri, Sat,Sun or *
# usage: maintenance_window.py WINDOWS_FILE DAY HH:MM [DURATION_MIN]
# FREEZE=1 in the environment blocks everything (change freeze).

DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def parse_days(spec):
    if spec == "*":
        return list(range(7))
    result = []
    for part in spec.split(","):
        if "-" in part:
            a, b = part.split("-")
            i, j = DAYS.index(a), DAYS.index(b)
            k = i
            while True:
                result.append(k)
                if k == j:
                    break
                k = (k + 1) % 7
        else:
            result.append(DAYS.index(part))
    return result


def to_minutes(hhmm):
    h, m = hhmm.split(":")
    return int(h) * 60 + int(m)


def windows_for(path):
    out = []
    with open(path) as f:
        for line in f:
            parts = line.split(None, 2)
            if len(parts) < 2 or line.startswith("#"):
                continue
            start_s, end_s = parts[1].split("-")
            label = parts[2].strip() if len(parts) > 2 else "unnamed"
            out.append((parse_days(parts[0]), to_minutes(start_s), to_minutes(end_s), label))
    return out


if len(sys.argv) < 4:
    print("usage: maintenance_window.py WINDOWS DAY HH:MM [DURATION_MIN]", file=sys.stderr)
    sys.exit(2)

if os.environ.get("FREEZE", "0") == "1":
    print("change freeze active: nothing may run")
    sys.exit(1)

windows = windows_for(sys.argv[1])
day = DAYS.index(sys.argv[2].title()[:3])
now = to_minutes(sys.argv[3])
duration = int(sys.argv[4]) if len(sys.argv) > 4 else 30
end = now + duration

allowed_by = ""
for days, start, stop, label in windows:
    crosses_midnight = stop <= start
    if crosses_midnight:
        stop += 24 * 60
    if day in days and start <= now and end <= stop:
        allowed_by = label
        break
    if crosses_midnight and (day - 1) % 7 in days and now + 24 * 60 >= start and end + 24 * 60 <= stop:
        allowed_by = label + " (started previous day)"
        break
else:
    print("%s %s +%dmin: NOT inside any maintenance window" % (DAYS[day], sys.argv[3], duration))
    nxt = [(s, l) for d, s, e, l in windows if day in d and s > now]
    if nxt:
        s, l = min(nxt)
        print("next window today: %02d:%02d (%s)" % (s // 60, s % 60, l))
    sys.exit(1)

print("%s %s +%dmin: allowed by window %r" % (DAYS[day], sys.argv[3], duration, allowed_by))
