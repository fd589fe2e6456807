#!/usr/bin/env python3
"""Append batch job results to ledger.json and print a summary per job.

usage: inf_job_ledger.py record JOB RC SECONDS [NOTE...]
       inf_job_ledger.py report [LAST_N]
"""
import json
import sys

LEDGER = "ledger.json"


def read_ledger():
    try:
        with open(LEDGER) as fh:
            data = json.load(fh)
    except FileNotFoundError:
        data = {"version": 1, "entries": []}
    return data


def record(job, rc, seconds, note):
    rc = int(rc)
    seconds = float(seconds)
    ledger = read_ledger()
    entry = {"job": job, "rc": rc, "seconds": seconds}
    if note:
        entry["note"] = note
    entry["ok"] = rc == 0
    ledger["entries"].append(entry)
    ledger["updated_by"] = job
    with open(LEDGER, "w") as fh:
        json.dump(ledger, fh, indent=1)
    status = "ok" if rc == 0 else f"FAILED rc={rc}"
    print(f"recorded {job}: {status} in {seconds:.1f}s ({len(ledger['entries'])} entries)")
    return 0 if rc == 0 else 1


def report(last_n):
    ledger = read_ledger()
    entries = ledger["entries"][-last_n:] if last_n else ledger["entries"]
    stats = {}
    for e in entries:
        s = stats.setdefault(e["job"], {"runs": 0, "failures": 0, "total": 0.0})
        s["runs"] += 1
        s["total"] += e["seconds"]
        if not e["ok"]:
            s["failures"] += 1
    for job in sorted(stats):
        s = stats[job]
        avg = s["total"] / s["runs"]
        print(f"{job:<12} runs={s['runs']} failures={s['failures']} avg={avg:.2f}s")
    print(json.dumps({"jobs": len(stats), "entries": len(entries)}))
    return 1 if any(s["failures"] for s in stats.values()) else 0


def main():
    argv = sys.argv[1:]
    if not argv:
        print(__doc__.splitlines()[2], file=sys.stderr)
        return 2
    cmd = argv[0]
    if cmd == "record" and len(argv) >= 4:
        return record(argv[1], argv[2], argv[3], " ".join(argv[4:]))
    if cmd == "report" and len(argv) <= 2:
        last_n = argv[1] if len(argv) == 2 else "0"
        last_n = int(last_n)
        return report(last_n)
    print(f"bad command line: {' '.join(argv)}", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
