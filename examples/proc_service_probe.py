#!/usr/bin/env python3
"""Probe a set of commands listed in a checks file and report which fail.

Each line of the checks file is `name: command args...` (parsed with shlex).
"""
import shlex
import subprocess
import sys


def run_check(name, argv, timeout):
    try:
        proc = subprocess.run(argv, capture_output=True, text=True, timeout=timeout)
    except FileNotFoundError as exc:
        return name, 127, "", str(exc)
    except subprocess.TimeoutExpired as exc:
        return name, 124, "", str(exc)
    return name, proc.returncode, proc.stdout, proc.stderr


def main():
    if len(sys.argv) < 2:
        print("usage: proc_service_probe.py CHECKS [TIMEOUT]", file=sys.stderr)
        sys.exit(2)
    timeout = float(sys.argv[2]) if len(sys.argv) > 2 else 5.0
    failed = 0
    print("probing checks from", sys.argv[1])
    with open(sys.argv[1]) as f:
        for raw in f:
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            name, _, cmd = line.partition(":")
            argv = shlex.split(cmd)
            print("-", name.strip(), "->", shlex.join(argv))
            name, rc, out, err = run_check(name.strip(), argv, timeout)
            status = "ok" if rc == 0 else "FAIL(%d)" % rc
            first = out.splitlines()[0] if out else ""
            print("  %-12s %s %s" % (name, status, first))
            if err:
                print("  stderr:", err.strip().splitlines()[-1])
            if rc != 0:
                failed += 1
    print("%d check(s) failed" % failed)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
