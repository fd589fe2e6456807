"""Ship log batches to the archive with a small pool of worker threads.

Jobs (one per line: `batch_id size_kb`) go into a queue; workers take them with a short timeout
so they can notice the stop event. A batch whose size is over --max-kb fails. The main thread
waits for the queue, sets the stop event and joins the workers with a timeout.
"""
import os
import queue
import sys
import threading

jobs: "queue.Queue[str]" = queue.Queue()
stop = threading.Event()
lock = threading.RLock()
shipped: dict[str, int] = {}
failed: list[str] = []


def record(batch: str, kb: int) -> None:
    with lock:
        shipped[batch] = kb


def ship(line: str, max_kb: int) -> None:
    batch, size = line.split()
    kb = int(size)
    if kb > max_kb:
        raise ValueError(f"{batch} is {kb} KiB, over the {max_kb} KiB limit")
    with lock:
        record(batch, kb)   # re-enters the RLock


def worker(n: int, max_kb: int) -> None:
    while not stop.is_set():
        try:
            line = jobs.get(timeout=0.05)
        except queue.Empty:
            continue
        try:
            ship(line, max_kb)
        except ValueError as exc:
            with lock:
                failed.append(str(exc))
        finally:
            jobs.task_done()


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print("usage: conc_log_shipper_pool.py JOBFILE [WORKERS]", file=sys.stderr)
        return 2
    workers = int(argv[2]) if len(argv) > 2 else 3
    max_kb = int(os.environ.get("MAX_KB", "4096"))
    with open(argv[1]) as fh:
        lines = [l.strip() for l in fh if l.strip()]
    threads = []
    for n in range(workers):
        t = threading.Thread(target=worker, args=(n, max_kb))
        t.daemon = True
        threads.append(t)
        t.start()
    for line in lines:
        jobs.put(line)
    jobs.join()
    stop.set()
    for t in threads:
        t.join(2.0)
    alive = sum(1 for t in threads if t.is_alive())

    total = 0
    for batch in sorted(shipped):
        total += shipped[batch]
        print(f"shipped {batch:<12} {shipped[batch]:>6} KiB")
    for msg in sorted(failed):
        print(f"FAILED  {msg}")
    print(f"{len(shipped)} shipped ({total} KiB), {len(failed)} failed, {alive} workers still running")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
