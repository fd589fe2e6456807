import sys

# Bucket log lines by time (HH:MM:SS at the start of each line) into N-minute
# buckets and draw a histogram of errors vs total.
# usage: log_time_bucket.py LOGFILE [BUCKET_MINUTES]

if len(sys.argv) < 2:
    print("usage: log_time_bucket.py LOGFILE [BUCKET_MINUTES]", file=sys.stderr)
    sys.exit(2)

bucket_minutes = int(sys.argv[2]) if len(sys.argv) > 2 else 5
if bucket_minutes <= 0 or 60 % bucket_minutes != 0:
    print("bucket size must divide 60, got %d" % bucket_minutes, file=sys.stderr)
    sys.exit(2)

totals = {}
errors = {}
unparsed = 0
with open(sys.argv[1], encoding="utf-8") as log:
    for line in log:
        stamp = line[:8]
        if len(stamp) < 8 or stamp[2] != ":" or stamp[5] != ":":
            unparsed += 1
            continue
        hh, mm = int(stamp[:2]), int(stamp[3:5])
        minute_of_day = hh * 60 + mm
        bucket = minute_of_day - minute_of_day % bucket_minutes
        totals[bucket] = totals.get(bucket, 0) + 1
        if " ERROR " in line or " FATAL " in line:
            errors[bucket] = errors.get(bucket, 0) + 1

if not totals:
    print("no timestamped lines (%d unparsed)" % unparsed)
    sys.exit(0)

first, last = min(totals), max(totals)
peak = max(totals.values())
scale = 40 / peak
print("bucket  total err  histogram (# = line, ! = error)")
b = first
while b <= last:
    t = totals.get(b, 0)
    e = errors.get(b, 0)
    width = int(round(t * scale))
    err_width = int(round(e * scale))
    bar = "!" * err_width + "#" * (width - err_width)
    print("%02d:%02d  %5d %3d  %s" % (b // 60, b % 60, t, e, bar))
    b += bucket_minutes

err_total = sum(errors.values())
line_total = sum(totals.values())
print("lines=%d errors=%d (%.2f%%) unparsed=%d" % (line_total, err_total, 100.0 * err_total / line_total, unparsed))
worst = sorted(errors.items(), key=lambda kv: (-kv[1], kv[0]))
if worst:
    b, n = worst[0]
    print("worst bucket: %02d:%02d with %d errors" % (b // 60, b % 60, n))
