#!/usr/bin/env python3
"""Run a batch of shell steps from steps.txt, capture their output and write run_report.json.

Each non-comment line of the steps file is `name: command`. Steps run through `sh -c`.
A step whose name starts with '?' may fail without stopping the batch.
"""
import json
import shlex
import subprocess
import sys


def load_steps(path):
    steps = []
    with open(path) as fh:
        for lineno, raw in enumerate(fh, start=1):
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            name, sep, cmd = line.partition(":")
            if not sep or not cmd.strip():
                raise SystemExit(f"{path}:{lineno}: expected 'name: command'")
            optional = name.startswith("?")
            steps.append((name.lstrip("?").strip(), cmd.strip(), optional))
    return steps


def run_step(cmd):
    proc = subprocess.run(["sh", "-c", cmd], capture_output=True, text=True)
    return proc.returncode, proc.stdout, proc.stderr


def main() -> int:
    path = sys.argv[1] if len(sys.argv) > 1 else "steps.txt"
    steps = load_steps(path)
    results = []
    status = 0
    for idx, (name, cmd, optional) in enumerate(steps, start=1):
        argv = shlex.split(cmd)
        print(f"[{idx}/{len(steps)}] {name}: {argv[0] if argv else '?'} ({len(argv) - 1} args)")
        code, out, err = run_step(cmd)
        lines = out.splitlines()
        results.append({
            "step": name,
            "rc": code,
            "stdout_lines": len(lines),
            "last_line": lines[-1] if lines else None,
            "stderr": err.strip() or None,
        })
        for line in lines[:3]:
            print(f"    | {line}")
        if len(lines) > 3:
            print(f"    | ... {len(lines) - 3} more")
        if code != 0:
            label = "ignored" if optional else "FAILED"
            print(f"    {label}: exit status {code}")
            if not optional:
                status = 1
                break
    with open("run_report.json", "w") as fh:
        json.dump({"steps": results, "ok": status == 0}, fh, indent=4)
    skipped = len(steps) - len(results)
    print(f"ran {len(results)} step(s), skipped {skipped}, status {'ok' if status == 0 else 'failed'}")
    return status


if __name__ == "__main__":
    sys.exit(main())
