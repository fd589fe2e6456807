import sys

# Convert raw byte counts (one per line, optionally "name size") into
# human-readable sizes in both SI (kB) and IEC (KiB) units.

SI = ["B", "kB", "MB", "GB", "TB", "PB"]
IEC = ["B", "KiB", "MiB", "GiB", "TiB", "PiB"]


def humanize(n, base, units):
    if n < 0:
        return "-" + humanize(-n, base, units)
    value = float(n)
    i = 0
    while value >= base and i < len(units) - 1:
        value /= base
        i += 1
    if i == 0:
        return "%d %s" % (n, units[0])
    return "%.2f %s" % (value, units[i])


def parse_size(text):
    text = text.strip().replace(",", "").replace("_", "")
    mult = 1
    suffixes = [("K", 1024), ("M", 1024 ** 2), ("G", 1024 ** 3), ("T", 1024 ** 4)]
    for suffix, m in suffixes:
        if text.upper().endswith(suffix):
            mult = m
            text = text[:-1]
            break
    return int(text) * mult


total = 0
rows = []
for raw in sys.stdin.read().splitlines():
    raw = raw.strip()
    if not raw:
        continue
    if " " in raw:
        name, size_text = raw.rsplit(" ", 1)
    else:
        name, size_text = "-", raw
    size = parse_size(size_text)
    total += size
    rows.append((name, size))

name_w = max([len(r[0]) for r in rows] + [4])
print("%s  %20s  %12s  %12s" % ("name".ljust(name_w), "bytes", "SI", "IEC"))
for name, size in rows:
    print("%s  %20s  %12s  %12s" % (name.ljust(name_w), "{:,}".format(size), humanize(size, 1000, SI), humanize(size, 1024, IEC)))
print("%s  %20s  %12s  %12s" % ("TOTAL".ljust(name_w), "{:,}".format(total), humanize(total, 1000, SI), humanize(total, 1024, IEC)))
if rows:
    biggest = max(rows, key=lambda r: r[1])
    print("largest:", biggest, "=", str(round(biggest[1] * 100 / total, 1)) + "%" if total else "n/a")
