import os
import sys

# Count client IPs in log lines read from stdin and print the top N talkers.
# TOP_N and MIN_HITS can be set through the environment.

top_n = int(os.environ.get("TOP_N", "5"))
min_hits = int(os.environ.get("MIN_HITS", "1"))


def is_ipv4(s):
    parts = s.split(".")
    if len(parts) != 4:
        return False
    for p in parts:
        if not p.isdigit() or int(p) > 255:
            return False
    return True


hits = {}
subnets = {}
lines = 0
for line in sys.stdin:
    lines += 1
    fields = line.split()
    if not fields:
        continue
    ip = fields[0]
    if not is_ipv4(ip):
        continue
    hits[ip] = hits.get(ip, 0) + 1
    net = ".".join(ip.split(".")[:3]) + ".0/24"
    subnets[net] = subnets.get(net, 0) + 1

ranked = sorted(hits.items(), key=lambda item: (-item[1], item[0]))
ranked = [r for r in ranked if r[1] >= min_hits]
print(f"{lines} lines, {len(hits)} distinct IPs, showing top {top_n} with >= {min_hits} hits")
width = max([len(ip) for ip, _ in ranked] or [2])
total_hits = sum(hits.values())
for rank, (ip, n) in enumerate(ranked[:top_n], 1):
    bar = "*" * max(1, n * 20 // ranked[0][1])
    share = n / total_hits
    print(f"{rank:>2} {ip:<{width}} {n:>6} {share:>7.2%} {bar}")
print("totals", len(hits), total_hits, len(subnets), sep=" | ")
print("ranks:", end=" ")
for ip, n in ranked[:top_n]:
    print(n, end=",")
print()
busiest = max(subnets.items(), key=lambda kv: kv[1]) if subnets else ("-", 0)
print("busiest /24:", busiest)
