#!/usr/bin/env python3
# Validate a host inventory CSV (semicolon separated) and emit a cleaned copy
# with DictWriter; reports rows with problems on stderr and exits 1 if any.
import csv
import sys

FIELDS = ["hostname", "ip", "role", "env"]


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else "hosts.csv"
    problems = 0
    seen = set()
    rows = []
    with open(src, newline="") as f:
        reader = csv.reader(f, delimiter=";", skipinitialspace=True)
        header = next(reader)
        if header != FIELDS:
            print("unexpected header: %s" % header, file=sys.stderr)
            sys.exit(2)
        for fields in reader:
            if not fields:
                continue
            if len(fields) != len(FIELDS):
                print("line %d: expected %d fields, got %d" % (reader.line_num, len(FIELDS), len(fields)), file=sys.stderr)
                problems += 1
                continue
            host = fields[0].lower()
            if host in seen:
                print("line %d: duplicate host %s" % (reader.line_num, host), file=sys.stderr)
                problems += 1
                continue
            seen.add(host)
            rows.append({"hostname": host, "ip": fields[1], "role": fields[2], "env": fields[3] or "dev"})
    with open("clean.csv", "w", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=FIELDS + ["note"], restval="n/a")
        writer.writeheader()
        for r in rows:
            writer.writerow(r)
    print("kept %d host(s), %d problem(s)" % (len(rows), problems))
    with open("clean.csv", newline="") as f:
        for rec in csv.DictReader(f):
            print(rec["hostname"], rec["env"], rec["note"])
    extra = csv.DictWriter(sys.stdout, fieldnames=["hostname"])
    try:
        extra.writerow({"hostname": "x", "bogus": "1"})
    except ValueError as e:
        print("error:", e)
    if problems:
        sys.exit(1)


if __name__ == "__main__":
    main()
