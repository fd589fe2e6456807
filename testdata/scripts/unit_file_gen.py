#!/usr/bin/env python3
"""Generate systemd service + timer units from a jobs.json spec into ./units/."""
import json
import os
import string
import sys

SERVICE = string.Template("""\
[Unit]
Description=$description
After=network-online.target
$wants
[Service]
Type=oneshot
User=$user
WorkingDirectory=$workdir
ExecStart=$exec
Environment="JOB_NAME=$name"
TimeoutStartSec=${timeout}s
""")

TIMER = string.Template("""\
[Unit]
Description=Timer for $name

[Timer]
OnCalendar=$calendar
RandomizedDelaySec=${jitter}
Persistent=true

[Install]
WantedBy=timers.target
""")

CALENDAR_ALIASES = {"hourly": "*-*-* *:00:00", "daily": "*-*-* 03:00:00", "weekly": "Mon *-*-* 04:00:00"}


def unit_name(name):
    safe = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in name.lower())
    return "job-" + safe.strip("-")


def render(job, defaults):
    merged = dict(defaults)
    merged.update(job)
    missing = [k for k in ("name", "exec", "schedule") if k not in merged]
    if missing:
        raise KeyError(", ".join(missing))
    calendar = CALENDAR_ALIASES.get(merged["schedule"], merged["schedule"])
    wants = "".join(f"Wants={w}\n" for w in sorted(merged.get("wants", [])))
    values = {
        "description": merged.get("description", f"Batch job {merged['name']}"),
        "wants": wants,
        "user": merged.get("user", "nobody"),
        "workdir": merged.get("workdir", "/"),
        "exec": merged["exec"],
        "name": merged["name"],
        "timeout": merged.get("timeout", 600),
    }
    service = SERVICE.substitute(values)
    timer = TIMER.safe_substitute(name=merged["name"], calendar=calendar)
    if "jitter" in merged:
        timer = string.Template(timer).substitute(jitter=merged["jitter"])
    else:
        timer = timer.replace("RandomizedDelaySec=${jitter}\n", "")
    return service, timer


def main():
    spec_path = sys.argv[1] if len(sys.argv) > 1 else "jobs.json"
    with open(spec_path) as fh:
        spec = json.load(fh)
    defaults = spec.get("defaults", {})
    os.makedirs("units", exist_ok=True)
    failures = 0
    for idx, job in enumerate(spec.get("jobs", [])):
        try:
            service, timer = render(job, defaults)
        except KeyError as exc:
            print(f"job #{idx}: missing {exc.args[0]}", file=sys.stderr)
            failures += 1
            continue
        base = unit_name(job["name"])
        for suffix, text in ((".service", service), (".timer", timer)):
            with open(os.path.join("units", base + suffix), "w") as out:
                out.write(text)
        print(f"{base}: {len(service.splitlines())}+{len(timer.splitlines())} lines")
    names = sorted(os.listdir("units"))
    print(f"{len(names)} unit files: {' '.join(names)}")
    if failures:
        sys.exit(f"{failures} job(s) skipped")


main()
