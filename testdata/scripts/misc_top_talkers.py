"""Top client IPs and status codes from an access log on stdin (collections.Counter)."""
import collections
import sys

limit = int(sys.argv[1]) if len(sys.argv) > 1 else 3
ips: list[str] = []
codes: list[str] = []
for line in sys.stdin:
    fields = line.split()
    if len(fields) < 3:
        continue
    ips.append(fields[0])
    codes.append(fields[2])

print(f"{len(ips)} requests")
for ip, hits in collections.Counter(ips).most_common(limit):
    print(f"{ip:<15} {hits:>5}")
by_code = dict(collections.Counter(codes))
for code in sorted(by_code):
    print(f"status {code}: {by_code[code]}")
ranked = collections.Counter(codes).most_common()
if ranked and ranked[0][0].startswith("5"):
    print("mostly errors!", file=sys.stderr)
    sys.exit(1)
