import os
import sys

# Compute SLO error-budget consumption and multi-window burn rates from
# hourly request/error counts on stdin ("<hour> <requests> <errors>").

SLO = float(os.environ.get("SLO", "0.999"))
PERIOD_HOURS = int(os.environ.get("PERIOD_HOURS", "720"))
WINDOWS = [(1, 14.4), (6, 6.0), (24, 3.0)]  # (hours, burn-rate alert threshold)

samples = []
for line in sys.stdin:
    parts = line.split()
    if len(parts) != 3:
        continue
    hour, req, err = int(parts[0]), int(parts[1]), int(parts[2])
    if err > req:
        print("hour %d: errors (%d) exceed requests (%d)" % (hour, err, req))
        sys.exit(1)
    samples.append((hour, req, err))

if not samples:
    print("no data")
    sys.exit(0)

samples.sort()
total_req = sum([s[1] for s in samples])
total_err = sum([s[2] for s in samples])
allowed_ratio = 1 - SLO
budget_total = allowed_ratio * total_req * PERIOD_HOURS / len(samples)
consumed = total_err / budget_total if budget_total > 0 else 0.0
availability = 1 - total_err / total_req if total_req else 1.0

print("SLO target      : %.3f%%" % (SLO * 100))
print("observed        : %.4f%% over %d hour(s)" % (availability * 100, len(samples)))
print("budget consumed : %.1f%% of the %d-hour budget" % (consumed * 100, PERIOD_HOURS))

alerts = []
for hours, threshold in WINDOWS:
    window = samples[-hours:]
    w_req = sum([s[1] for s in window])
    w_err = sum([s[2] for s in window])
    ratio = w_err / w_req if w_req else 0.0
    burn = ratio / allowed_ratio
    flag = "ALERT" if burn >= threshold else "ok"
    print("burn %2dh: %7.2fx (threshold %4.1fx) %s" % (hours, burn, threshold, flag))
    if flag == "ALERT":
        alerts.append(hours)

print("alerting windows:", alerts)
if alerts:
    sys.exit(2)
