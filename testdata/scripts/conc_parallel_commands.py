#!/usr/bin/env python3
# Run the commands of a runbook file in parallel (one per line, shell-style
# quoting), then print each command's result in runbook order.  --check makes
# a failing command abort the run with CalledProcessError, like `set -e`.
import argparse
import shlex
import subprocess
import sys
import threading
from concurrent.futures import ThreadPoolExecutor, as_completed


# at most two commands talk to the outside world at once, whatever --jobs says
SLOTS = threading.BoundedSemaphore(2)


def run_one(cmdline: str, check: bool) -> tuple[int, str]:
    argv = shlex.split(cmdline)
    with SLOTS:
        proc = subprocess.run(argv, capture_output=True, text=True, check=check)
    out = proc.stdout.strip().splitlines()
    first = out[0] if out else ""
    return proc.returncode, first


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("runbook")
    ap.add_argument("-j", "--jobs", type=int, default=4)
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()

    with open(args.runbook) as fh:
        commands = [ln.strip() for ln in fh if ln.strip() and not ln.startswith("#")]

    results: dict[int, tuple[int, str]] = {}
    with ThreadPoolExecutor(max_workers=args.jobs) as pool:
        index_of = {pool.submit(run_one, cmd, args.check): i for i, cmd in enumerate(commands)}
        for fut in as_completed(index_of):
            results[index_of[fut]] = fut.result()

    failures = 0
    for i in sorted(results):
        rc, first = results[i]
        if rc != 0:
            failures += 1
        print(f"[{i + 1}] rc={rc:<3} {commands[i]!r} -> {first}")
    print(f"{len(commands)} commands, {failures} failed")
    return 0 if failures == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
