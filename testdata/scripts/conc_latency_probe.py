#!/usr/bin/env python3
# Read "host rtt_ms[,rtt_ms...]" samples on stdin, "probe" every host concurrently
# (each probe replays its samples with a tiny sleep), then report percentiles
# sorted by host.  SLOW_MS (env) marks slow hosts; exit 1 if any host is slow.
import concurrent.futures as cf
import os
import sys
import time


def replay(samples: list[float]) -> float:
    total = 0.0
    for s in samples:
        if s < 0:
            raise ValueError("negative rtt %r" % s)
        time.sleep(0.001)
        total += s
    return total / len(samples)


def worst(samples: list[float]) -> float:
    return max(samples)


slow_ms = float(os.environ.get("SLOW_MS", "100"))
samples_by_host: dict[str, list[float]] = {}
for raw in sys.stdin:
    raw = raw.strip()
    if not raw or raw.startswith("#"):
        continue
    host, _, rest = raw.partition(" ")
    samples_by_host[host] = [float(x) for x in rest.split(",")]

if not samples_by_host:
    print("no samples on stdin", file=sys.stderr)
    sys.exit(2)

averages: dict[str, float] = {}
peaks: dict[str, float] = {}
with cf.ThreadPoolExecutor(max_workers=3) as ex:
    avg_jobs = {ex.submit(replay, samples_by_host[h]): h for h in samples_by_host}
    peak_jobs = {ex.submit(lambda xs: worst(xs), samples_by_host[h]): h for h in samples_by_host}
    for job in cf.as_completed(avg_jobs):
        averages[avg_jobs[job]] = job.result()
    done, not_done = cf.wait(list(peak_jobs))
    print(f"peaks ready: {len(done)} (pending {len(not_done)})")
    for job in done:
        peaks[peak_jobs[job]] = job.result()

slow = [h for h in sorted(averages) if averages[h] > slow_ms]
print(f"{'host':<12}{'avg':>9}{'peak':>9}")
for host in sorted(averages):
    mark = "  SLOW" if host in slow else ""
    print(f"{host:<12}{averages[host]:>9.2f}{peaks[host]:>9.1f}{mark}")
print("slow hosts:", ", ".join(slow) if slow else "none")
sys.exit(1 if slow else 0)
