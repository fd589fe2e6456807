"""Tally request counts per status class from several log shards, one thread per shard.

Shared totals live in module-level dicts guarded by a lock; each worker thread
parses its own shard. A shard that cannot be read kills only its thread
(the traceback goes to stderr), like a real threaded collector.
"""
import argparse
import sys
import threading

totals = {"2xx": 0, "3xx": 0, "4xx": 0, "5xx": 0}
lines_seen = 0
per_shard: dict[str, int] = {}
lock = threading.Lock()


def status_class(code: int) -> str:
    return f"{code // 100}xx"


def tally(path: str, min_status: int) -> None:
    global lines_seen
    counts: dict[str, int] = {}
    n = 0
    with open(path) as f:
        for line in f:
            fields = line.split()
            if len(fields) < 2:
                continue
            code = int(fields[1])
            n += 1
            if code >= min_status:
                key = status_class(code)
                counts[key] = counts.get(key, 0) + 1
    lock.acquire()
    try:
        for key, value in counts.items():
            totals[key] += value
        lines_seen += n
    finally:
        lock.release()
    with lock:
        per_shard[path] = n


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("shards", nargs="+")
    parser.add_argument("--min-status", type=int, default=100)
    parser.add_argument("--daemon", action="store_true")
    opts = parser.parse_args()

    threads = []
    for shard in opts.shards:
        t = threading.Thread(target=tally, args=(shard, opts.min_status), daemon=opts.daemon)
        threads.append(t)
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    alive = [t for t in threads if t.is_alive()]

    print("shards read: %d/%d (alive: %d)" % (len(per_shard), len(threads), len(alive)))
    for shard in sorted(per_shard):
        print("  %-12s %5d lines" % (shard, per_shard[shard]))
    print("lines:", lines_seen)
    for key in sorted(totals):
        print(f"{key}: {totals[key]}")
    errors = totals["5xx"]
    if len(per_shard) < len(threads):
        return 4
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
