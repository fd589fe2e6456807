#!/usr/bin/env python3
"""Run a command on many hosts in parallel (through a transport command) and summarise."""
import argparse
import json
import shlex
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor, as_completed


def run_on(host, command, transport, timeout):
    argv = shlex.split(transport) + [host, command]
    try:
        proc = subprocess.run(argv, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"host": host, "rc": None, "out": "", "err": f"timeout after {timeout}s"}
    except FileNotFoundError as exc:
        return {"host": host, "rc": None, "out": "", "err": str(exc)}
    return {"host": host, "rc": proc.returncode, "out": proc.stdout.strip(), "err": proc.stderr.strip()}


def load_hosts(path):
    with open(path) as fh:
        hosts = [ln.strip() for ln in fh if ln.strip() and not ln.startswith("#")]
    seen = set()
    unique = []
    for h in hosts:
        if h not in seen:
            seen.add(h)
            unique.append(h)
    return unique


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("hostfile")
    ap.add_argument("command")
    ap.add_argument("-j", "--jobs", type=int, default=4)
    ap.add_argument("--transport", default="sh -c 'echo $0: $1'")
    ap.add_argument("--timeout", type=float, default=5.0)
    ap.add_argument("--json", dest="json_out")
    args = ap.parse_args()

    hosts = load_hosts(args.hostfile)
    if not hosts:
        ap.error("no hosts in " + args.hostfile)
    results = []
    with ThreadPoolExecutor(max_workers=args.jobs) as pool:
        futures = {pool.submit(run_on, h, args.command, args.transport, args.timeout): h for h in hosts}
        for fut in as_completed(futures):
            results.append(fut.result())
    results.sort(key=lambda r: r["host"])
    ok = [r for r in results if r["rc"] == 0]
    for r in results:
        status = "ok" if r["rc"] == 0 else f"rc={r['rc']}"
        detail = r["out"] if r["rc"] == 0 else r["err"] or r["out"]
        print(f"{r['host']:<10} {status:<8} {detail}")
    print(f"{len(ok)}/{len(results)} succeeded")
    if args.json_out:
        with open(args.json_out, "w") as fh:
            json.dump(results, fh, indent=2)
    return 0 if len(ok) == len(results) else 1


if __name__ == "__main__":
    sys.exit(main())
