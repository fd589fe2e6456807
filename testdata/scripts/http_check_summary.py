import sys

# Summarise synthetic HTTP check results ("<url> <status> <ms>") from a file and
# decide whether the release gate passes.
# usage: http_check_summary.py RESULTS [MAX_MS]

if len(sys.argv) < 2:
    print("usage: http_check_summary.py RESULTS [MAX_MS]", file=sys.stderr)
    sys.exit(2)

max_ms = int(sys.argv[2]) if len(sys.argv) > 2 else 800

per_url = {}
with open(sys.argv[1]) as f:
    for line in f:
        if not line.strip():
            continue
        url, status, ms = line.split()
        per_url.setdefault(url, []).append((int(status), int(ms)))

failed_urls = []
slow_urls = []
print("%-36s %5s %6s %8s %8s" % ("url", "runs", "ok%", "avg_ms", "max_ms"))
for url in sorted(per_url):
    results = per_url[url]
    oks = [r for r in results if 200 <= r[0] < 400]
    ok_pct = 100.0 * len(oks) / len(results)
    times = [r[1] for r in results]
    avg = sum(times) / len(times)
    short = url if len(url) <= 36 else url[:33] + "..."
    print("%-36s %5d %5.1f%% %8.1f %8d" % (short, len(results), ok_pct, avg, max(times)))
    if ok_pct < 100:
        codes = sorted(set([r[0] for r in results if not 200 <= r[0] < 400]))
        failed_urls.append("%s %s" % (url, codes))
    if avg > max_ms:
        slow_urls.append(url)

gate = not failed_urls and not slow_urls
print()
print("failed:", len(failed_urls))
for f_url in failed_urls:
    print("  " + f_url)
print("slow (avg > %dms): %s" % (max_ms, slow_urls))
print("GATE", "PASS" if gate else "FAIL")
if not gate:
    sys.exit(1)
