#!/usr/bin/env python3
"""cron wrapper: run a command, record its output and status in state/<job>.json, keep a log tail.

usage: cron_job_wrapper.py JOB -- COMMAND [ARG...]
Env: WRAPPER_STRICT=1 makes a failing command raise (cron then mails the traceback);
     WRAPPER_TAIL=N lines of output kept in the state file (default 5).
"""
import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path


class UsageError(Exception):
    pass


def parse_argv(argv):
    if "--" not in argv:
        raise UsageError("missing '--' before the command")
    sep = argv.index("--")
    if sep != 1 or not argv[0] or len(argv) == sep + 1:
        raise UsageError("expected exactly one JOB name and a command")
    return argv[0], argv[sep + 1:]


def load_state(path):
    try:
        return json.loads(path.read_text())
    except FileNotFoundError:
        return {"runs": 0, "failures": 0, "consecutive_failures": 0}


def main():
    try:
        job, command = parse_argv(sys.argv[1:])
    except UsageError as exc:
        print(f"cron_job_wrapper: {exc}", file=sys.stderr)
        print(__doc__.splitlines()[2], file=sys.stderr)
        return 64
    strict = os.environ.get("WRAPPER_STRICT") == "1"
    tail_n = int(os.environ.get("WRAPPER_TAIL", "5"))
    state_dir = Path("state")
    state_dir.mkdir(exist_ok=True)
    state_path = state_dir / f"{job}.json"
    state = load_state(state_path)

    proc = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    output = proc.stdout.splitlines()
    state["runs"] += 1
    state["last_rc"] = proc.returncode
    state["last_command"] = " ".join(command)
    state["output_sha1"] = hashlib.sha1(proc.stdout.encode()).hexdigest()
    state["tail"] = output[-tail_n:] if tail_n > 0 else []
    if proc.returncode == 0:
        state["consecutive_failures"] = 0
    else:
        state["failures"] += 1
        state["consecutive_failures"] += 1
    state_path.write_text(json.dumps(state, indent=2, sort_keys=True) + "\n")
    with open(state_dir / f"{job}.log", "a") as log:
        log.write(f"run {state['runs']} rc={proc.returncode} lines={len(output)}\n")

    print(f"{job}: rc={proc.returncode} lines={len(output)} runs={state['runs']} failures={state['failures']}")
    if proc.returncode != 0 and strict:
        proc.check_returncode()
    if state["consecutive_failures"] >= 3:
        print(f"{job}: failing {state['consecutive_failures']} times in a row", file=sys.stderr)
        return 2
    return 0 if proc.returncode == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
