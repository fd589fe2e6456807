#!/usr/bin/env python3
"""Roll a change out in waves: every host gets a thread, but a host only starts when the
coordinator opens its wave. The coordinator waits (with a timeout) until the wave is done before
opening the next one; a failed or hung wave stops the rollout.

plan file: `host wave action` per line, action is ok, fail or hang.
"""
import argparse
import sys
import threading

cond = threading.Condition()
abort = threading.Event()
opened = 0
state: dict[str, str] = {}


def deploy(host: str, wave: int, action: str) -> None:
    with cond:
        while opened < wave and not abort.is_set():
            cond.wait(0.05)
        if abort.is_set():
            state[host] = "skipped"
            cond.notify_all()
            return
    if action == "hang":
        abort.wait(5)          # stuck until the coordinator gives up
        with cond:
            state[host] = "hung"
        return
    with cond:
        state[host] = "done" if action == "ok" else "FAILED"
        cond.notify_all()


def main() -> int:
    global opened
    ap = argparse.ArgumentParser(description="wave rollout")
    ap.add_argument("plan")
    ap.add_argument("--wave-timeout", type=float, default=1.0)
    args = ap.parse_args()

    waves: dict[int, list[str]] = {}
    threads = []
    with open(args.plan) as f:
        for raw in f:
            if not raw.strip():
                continue
            host, wave_s, action = raw.split()
            wave = int(wave_s)
            waves.setdefault(wave, []).append(host)
            t = threading.Thread(target=deploy, args=(host, wave, action))
            threads.append(t)
            t.start()

    result = 0
    for wave in sorted(waves):
        hosts = waves[wave]
        with cond:
            opened = wave
            cond.notify_all()
            finished = True
            while not all(h in state for h in hosts):
                if not cond.wait(timeout=args.wave_timeout):
                    finished = False
                    break
            bad = sorted(h for h in hosts if state.get(h, "") != "done")
        if not finished:
            print(f"wave {wave}: timed out waiting for {', '.join(h for h in sorted(hosts) if h not in state)}")
            result = 2
            break
        if bad:
            print(f"wave {wave}: failed on {', '.join(bad)}")
            result = 1
            break
        print(f"wave {wave}: {len(hosts)} host(s) done")
    abort.set()
    with cond:
        cond.notify_all()
    for t in threads:
        t.join()
    for host in sorted(state):
        print(f"  {host}: {state[host]}")
    return result


if __name__ == "__main__":
    sys.exit(main())
