import os
import sys

# Detect hosts whose heartbeats stopped or had gaps longer than MAX_GAP seconds.
# stdin: "<epoch> <host>" lines in any order; NOW env var is the evaluation time.

MAX_GAP = int(os.getenv("MAX_GAP", "120"))


def fmt_duration(seconds):
    if seconds < 0:
        return "-" + fmt_duration(-seconds)
    h, rem = seconds // 3600, seconds % 3600
    m, s = rem // 60, rem % 60
    if h:
        return "%dh%02dm%02ds" % (h, m, s)
    if m:
        return "%dm%02ds" % (m, s)
    return "%ds" % s


beats = {}
for line in sys.stdin:
    parts = line.split()
    if len(parts) != 2:
        continue
    beats.setdefault(parts[1], []).append(int(parts[0]))

if not beats:
    print("no heartbeats received")
    sys.exit(1)

now = int(os.environ.get("NOW", str(max([max(v) for v in beats.values()]))))
down = []
flappy = []
print("host            beats  last_seen   worst_gap  status")
for host in sorted(beats):
    ts = sorted(beats[host])
    gaps = [b - a for a, b in zip(ts, ts[1:])]
    worst = max(gaps) if gaps else 0
    silence = now - ts[-1]
    status = "up"
    if silence > MAX_GAP:
        status = "DOWN"
        down.append(host)
    elif worst > MAX_GAP:
        status = "gappy"
        flappy.append(host)
    print("%-15s %5d  %9s  %9s  %s" % (host, len(ts), fmt_duration(silence) + " ago", fmt_duration(worst), status))

print("down=%s gappy=%s" % (down, flappy))
if down:
    sys.exit(2)
