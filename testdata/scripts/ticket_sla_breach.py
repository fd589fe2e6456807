#!/usr/bin/env python3
"""Report support tickets that breached or are about to breach response SLAs.

Input (stdin) TSV: id, priority (P1..P4), age_hours (float), assignee (may be empty)
"""
import sys

SLA_HOURS = {"P1": 4, "P2": 8, "P3": 24, "P4": 72}
AT_RISK_FRACTION = 0.75


class TicketError(Exception):
    pass


def classify(priority, age):
    if priority not in SLA_HOURS:
        raise TicketError("unknown priority %r" % priority)
    limit = SLA_HOURS[priority]
    if age > limit:
        return "BREACHED"
    if age >= limit * AT_RISK_FRACTION:
        return "AT RISK"
    return "ok"


def main():
    rows = []
    for line in sys.stdin:
        line = line.rstrip("\n")
        if not line or line.startswith("id\t"):
            continue
        cols = line.split("\t")
        while len(cols) < 4:
            cols.append("")
        tid, prio, age_s, who = cols[0], cols[1].upper(), cols[2], cols[3]
        age = float(age_s)
        try:
            status = classify(prio, age)
        except TicketError as e:
            print("ticket %s: %s" % (tid, e))
            return 1
        rows.append((tid, prio, age, who or "(unassigned)", status))

    rows.sort(key=lambda r: (r[1], -r[2]))
    print("%-8s %-4s %8s  %-14s %s" % ("ticket", "prio", "age_h", "assignee", "status"))
    for tid, prio, age, who, status in rows:
        left = SLA_HOURS[prio] - age
        print("%-8s %-4s %8.1f  %-14s %s (%+.1fh)" % (tid, prio, age, who, status, left))

    breached = [r for r in rows if r[4] == "BREACHED"]
    at_risk = [r for r in rows if r[4] == "AT RISK"]
    load = {}
    for r in rows:
        if r[4] != "ok":
            load[r[3]] = load.get(r[3], 0) + 1
    print("breached=%d at_risk=%d total=%d" % (len(breached), len(at_risk), len(rows)))
    if load:
        print("attention per assignee:", sorted(load.items(), key=lambda kv: (-kv[1], kv[0])))
    if any([r[1] == "P1" for r in breached]):
        print("P1 breach -> paging incident commander")
        return 2
    return 1 if breached else 0


if __name__ == "__main__":
    sys.exit(main())
