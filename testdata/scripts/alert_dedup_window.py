#!/usr/bin/env python3
# Suppress duplicate alerts that fire again within a quiet window.
# stdin: "<epoch_seconds> <severity> <alertname> <instance>"
# WINDOW_SECONDS env (default 300). Writes notifications.log with what would be paged.
import os
import sys

WINDOW = int(os.environ.get("WINDOW_SECONDS", "300"))
SEVERITY_RANK = {"info": 0, "warning": 1, "critical": 2}


def fmt_ts(ts):
    h = ts // 3600 % 24
    m = ts // 60 % 60
    s = ts % 60
    return "%02d:%02d:%02d" % (h, m, s)


def main():
    last_sent = {}
    last_sev = {}
    sent = []
    suppressed = {}
    prev_ts = -1
    for line in sys.stdin:
        fields = line.split()
        if len(fields) != 4:
            continue
        ts = int(fields[0])
        sev, name, inst = fields[1].lower(), fields[2], fields[3]
        if ts < prev_ts:
            print("error: alerts out of order at %d" % ts, file=sys.stderr)
            return 1
        prev_ts = ts
        if sev not in SEVERITY_RANK:
            raise ValueError("unknown severity " + repr(sev))
        key = name + "@" + inst
        escalated = key in last_sev and SEVERITY_RANK[sev] > SEVERITY_RANK[last_sev[key]]
        if key in last_sent and ts - last_sent[key] < WINDOW and not escalated:
            suppressed[key] = suppressed.get(key, 0) + 1
            continue
        last_sent[key] = ts
        last_sev[key] = sev
        sent.append((ts, sev, key, escalated))

    with open("notifications.log", "w") as out:
        for ts, sev, key, escalated in sent:
            note = " (escalated)" if escalated else ""
            out.write("%s %-8s %s%s\n" % (fmt_ts(ts), sev.upper(), key, note))
    print("window: %ds" % WINDOW)
    print("paged: %d, suppressed: %d" % (len(sent), sum(suppressed.values())))
    for key in sorted(suppressed, key=lambda k: (-suppressed[k], k)):
        print("  %-30s suppressed x%d" % (key, suppressed[key]))
    crit = [k for _, s, k, _ in sent if s == "critical"]
    if crit:
        print("critical pages:", crit)
    return 0


if __name__ == "__main__":
    sys.exit(main())
