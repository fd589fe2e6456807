# Decide which backup archives to keep using a grandfather-father-son policy.
# Input: a manifest file with one backup name per line: <db>-<YYYYMMDD>.tar.gz
# Policy from env: KEEP_DAILY (7), KEEP_WEEKLY (4), KEEP_MONTHLY (6).
# Writes delete_list.txt with the names that should be removed.
import os
import sys

KEEP_DAILY = int(os.environ.get("KEEP_DAILY", "7"))
KEEP_WEEKLY = int(os.environ.get("KEEP_WEEKLY", "4"))
KEEP_MONTHLY = int(os.environ.get("KEEP_MONTHLY", "6"))

MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def day_number(y, m, d):
    # days since 2000-01-01, good enough for retention bucketing
    days = (y - 2000) * 365 + (y - 2000 + 3) // 4
    for i in range(m - 1):
        days += MONTH_DAYS[i]
    if m > 2 and y % 4 == 0:
        days += 1
    return days + d - 1


def parse_name(name):
    stem = name[:-len(".tar.gz")] if name.endswith(".tar.gz") else name
    db, _, date = stem.rpartition("-")
    if len(date) != 8 or not date.isdigit():
        raise ValueError("bad backup name: " + name)
    return db, int(date[:4]), int(date[4:6]), int(date[6:])


if len(sys.argv) < 2:
    sys.exit("usage: backup_retention.py MANIFEST")

with open(sys.argv[1]) as f:
    names = [line.strip() for line in f if line.strip()]

per_db = {}
for name in names:
    db, y, m, d = parse_name(name)
    per_db.setdefault(db, []).append((day_number(y, m, d), y * 100 + m, name))

keep = set()
reasons = {}
for db in sorted(per_db):
    backups = sorted(per_db[db], reverse=True)
    for daynum, month, name in backups[:KEEP_DAILY]:
        keep.add(name)
        reasons.setdefault(name, []).append("daily")
    weeks_seen = []
    months_seen = []
    for daynum, month, name in backups:
        week = daynum // 7
        if week not in weeks_seen and len(weeks_seen) < KEEP_WEEKLY:
            weeks_seen.append(week)
            keep.add(name)
            reasons.setdefault(name, []).append("weekly")
        if month not in months_seen and len(months_seen) < KEEP_MONTHLY:
            months_seen.append(month)
            keep.add(name)
            reasons.setdefault(name, []).append("monthly")

delete = [n for n in names if n not in keep]
with open("delete_list.txt", "w") as out:
    for n in delete:
        out.write(n + "\n")

for name in sorted(names):
    tag = ",".join(reasons.get(name, [])) or "-"
    print("%-6s %-32s %s" % ("KEEP" if name in keep else "DROP", name, tag))
print("keep %d, delete %d (policy d=%d w=%d m=%d)" % (len(keep), len(delete), KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY))
