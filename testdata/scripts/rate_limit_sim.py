# Simulate a token-bucket rate limiter over a recorded request trace to see
# how many requests a proposed limit would have rejected.
# usage: rate_limit_sim.py TRACE RATE_PER_SEC BURST
# TRACE lines: "<timestamp_ms> <client>"
import sys


class TokenBucket:
    def __init__(self, rate, burst):
        self.rate = rate
        self.burst = burst
        self.tokens = float(burst)
        self.last_ms = 0

    def allow(self, now_ms):
        elapsed = (now_ms - self.last_ms) / 1000.0
        self.last_ms = now_ms
        self.tokens = min(float(self.burst), self.tokens + elapsed * self.rate)
        if self.tokens >= 1.0:
            self.tokens -= 1.0
            return True
        return False


if len(sys.argv) != 4:
    print("usage: rate_limit_sim.py TRACE RATE_PER_SEC BURST", file=sys.stderr)
    sys.exit(2)

rate = float(sys.argv[2])
burst = int(sys.argv[3])
if rate <= 0 or burst < 1:
    sys.exit("rate must be > 0 and burst >= 1")

buckets = {}
allowed = {}
rejected = {}
first_reject = {}
with open(sys.argv[1]) as f:
    for line in f:
        if not line.strip():
            continue
        ts_s, client = line.split()
        ts = int(ts_s)
        if client not in buckets:
            buckets[client] = TokenBucket(rate, burst)
            buckets[client].last_ms = ts
        if buckets[client].allow(ts):
            allowed[client] = allowed.get(client, 0) + 1
        else:
            rejected[client] = rejected.get(client, 0) + 1
            first_reject.setdefault(client, ts)

clients = sorted(set(allowed.keys()).union(set(rejected.keys())))
print("limit: %g req/s, burst %d" % (rate, burst))
print("%-12s %8s %8s %9s %s" % ("client", "allowed", "rejected", "reject%", "first reject at"))
total_rej = 0
for c in clients:
    a = allowed.get(c, 0)
    r = rejected.get(c, 0)
    total_rej += r
    first = "%dms" % first_reject[c] if c in first_reject else "-"
    print("%-12s %8d %8d %8.1f%% %s" % (c, a, r, 100.0 * r / (a + r), first))
for c in clients:
    print("bucket %s tokens left: %.3f" % (c, buckets[c].tokens))
if total_rej:
    print("%d request(s) would have been throttled" % total_rej)
    sys.exit(1)
print("limit is safe for this trace")
