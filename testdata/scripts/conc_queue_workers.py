#!/usr/bin/env python3
# Rolling restart planner: a fixed pool of worker threads takes services from a
# queue, "restarts" them (simulated from a state file) and records the outcome.
# A None sentinel per worker stops the pool.  Writes restart_report.txt.
import queue
import sys
import threading
import time

outcomes = {}
outcome_lock = threading.Lock()
attempts = []


def restart(service: str, state: str) -> str:
    time.sleep(0.002)
    if state == "stuck":
        raise RuntimeError(service + " did not stop within 30s")
    if state == "flapping":
        return "restarted (flapping)"
    return "restarted"


def worker(jobs, states):
    while True:
        service = jobs.get()
        if service is None:
            jobs.task_done()
            return
        try:
            result = restart(service, states.get(service, "unknown"))
        except RuntimeError as e:
            result = "FAILED: " + str(e)
        with outcome_lock:
            outcomes[service] = result
            attempts.append(service)
        jobs.task_done()


def main():
    if len(sys.argv) != 3:
        print("usage: conc_queue_workers.py STATEFILE WORKERS", file=sys.stderr)
        return 2
    workers = int(sys.argv[2])
    if workers < 1:
        raise ValueError("need at least one worker, got %d" % workers)
    states = {}
    with open(sys.argv[1]) as f:
        for line in f:
            if "=" in line:
                name, state = line.strip().split("=", 1)
                states[name] = state
    jobs = queue.Queue()
    for name in states:
        jobs.put(name)
    pool = [threading.Thread(target=worker, args=(jobs, states)) for _ in range(workers)]
    for t in pool:
        t.start()
    for _ in pool:
        jobs.put(None)
    jobs.join()
    for t in pool:
        t.join()

    failed = [s for s in sorted(outcomes) if outcomes[s].startswith("FAILED")]
    with open("restart_report.txt", "w") as out:
        for service in sorted(outcomes):
            out.write(f"{service}\t{outcomes[service]}\n")
    print("restarted %d services with %d workers, %d failed" % (len(attempts), workers, len(failed)))
    for s in failed:
        print("  ", s, "->", outcomes[s])
    print("queue empty:", jobs.empty())
    return 1 if failed else 0


sys.exit(main())
