import sys

# Reads nginx combined-style access log lines from stdin and reports
# status code distribution and the busiest paths.

TOP_N = 3

status_counts = {}
path_counts = {}
bytes_by_class = {"2xx": 0, "3xx": 0, "4xx": 0, "5xx": 0}
bad_lines = 0
total = 0

for line in sys.stdin:
    line = line.strip()
    if not line:
        continue
    total += 1
    # 10.0.0.1 - - [10/Oct/2023:13:55:36] "GET /index.html HTTP/1.1" 200 2326
    before, sep, after = line.partition('"')
    if not sep:
        bad_lines += 1
        continue
    request, sep2, rest = after.partition('"')
    fields = rest.split()
    req_parts = request.split(" ")
    if len(fields) < 2 or len(req_parts) < 2 or not fields[0].isdigit():
        bad_lines += 1
        continue
    status = int(fields[0])
    size = int(fields[1]) if fields[1].isdigit() else 0
    path = req_parts[1].split("?")[0]
    status_counts[status] = status_counts.get(status, 0) + 1
    path_counts[path] = path_counts.get(path, 0) + 1
    klass = str(status // 100) + "xx"
    if klass in bytes_by_class:
        bytes_by_class[klass] += size

print("requests: %d (bad lines: %d)" % (total, bad_lines))
print("%-8s %8s" % ("status", "count"))
for status in sorted(status_counts):
    print("%-8d %8d" % (status, status_counts[status]))

ranked = sorted(path_counts.items(), key=lambda kv: (-kv[1], kv[0]))
print("top paths:")
for i, (path, n) in enumerate(ranked[:TOP_N], start=1):
    print("  %d. %s (%d)" % (i, path, n))

print("bytes by class:", bytes_by_class)
errors = sum([n for s, n in status_counts.items() if s >= 500])
good = total - bad_lines
if good > 0:
    ratio = errors / good
    print("5xx ratio: %.3f" % ratio)
    if ratio > 0.25:
        print("ALERT: too many server errors", file=sys.stderr)
        sys.exit(2)
else:
    print("no valid requests")
