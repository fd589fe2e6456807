#!/usr/bin/env python3
# Deduplicate a pipe-separated export (id|email|name|updated) keeping the most
# recently updated record per key. Writes deduped.txt and dupes.txt.
import sys

KEY_FIELDS = ["id", "email"]


def load(path):
    records = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            parts = line.split("|")
            if len(parts) != 4:
                raise ValueError("expected 4 fields, got %d: %s" % (len(parts), line))
            records.append((parts[0].strip(), parts[1].strip().lower(), parts[2].strip(), int(parts[3])))
    return records


def main():
    if len(sys.argv) < 2:
        print("usage: dedup_records.py FILE [id|email]", file=sys.stderr)
        return 2
    key_name = sys.argv[2] if len(sys.argv) > 2 else "id"
    if key_name not in KEY_FIELDS:
        print("unknown key field:", key_name, file=sys.stderr)
        return 2
    by_email = key_name == "email"
    records = load(sys.argv[1])
    best = {}
    order = []
    dropped = []
    for rec in records:
        key = rec[1] if by_email else rec[0]
        if key not in best:
            best[key] = rec
            order.append(key)
        elif rec[3] > best[key][3]:
            dropped.append(best[key])
            best[key] = rec
        else:
            dropped.append(rec)
    with open("deduped.txt", "w", encoding="utf-8") as out:
        for key in order:
            r = best[key]
            out.write("|".join([r[0], r[1], r[2], str(r[3])]) + "\n")
    with open("dupes.txt", "w", encoding="utf-8") as out:
        for r in dropped:
            out.write("%s|%s|%s|%d\n" % r)
    print("input records:  %d" % len(records))
    print("unique by %-5s %d" % (key_name + ":", len(order)))
    print("duplicates:     %d" % len(dropped))
    if records:
        rate = len(dropped) / len(records) * 100
        print("dup rate:       %.1f%%" % rate)
    counts = {}
    for r in dropped:
        k = r[1] if by_email else r[0]
        counts[k] = counts.get(k, 0) + 1
    worst = sorted(counts.items(), key=lambda kv: kv[1], reverse=True)[:3]
    if worst:
        print("most duplicated:", worst)
    return 0


if __name__ == "__main__":
    sys.exit(main())
