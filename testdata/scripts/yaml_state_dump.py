#!/usr/bin/env python3
"""Record the state of a rollout in state.yaml (and a summary on stdout) from a simple event log."""
import os
import sys
from typing import Any

import yaml


def parse_events(path: str) -> list[list[str]]:
    events = []
    with open(path) as fh:
        for n, line in enumerate(fh, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            parts = line.split(None, 2)
            if len(parts) < 2:
                raise ValueError(f"{path}:{n}: expected 'HOST STATUS [NOTE]'")
            events.append(parts)
    return events


def main() -> int:
    log = sys.argv[1] if len(sys.argv) > 1 else "rollout.log"
    out = os.environ.get("STATE_FILE", "state.yaml")
    try:
        events = parse_events(log)
    except FileNotFoundError:
        print(f"no event log {log}", file=sys.stderr)
        return 2
    except ValueError as exc:
        print(exc, file=sys.stderr)
        return 3

    status: dict[str, str] = {}
    attempts: dict[str, int] = {}
    notes: dict[str, list[str]] = {}
    for ev in events:
        host = ev[0]
        status[host] = ev[1]
        attempts[host] = attempts.get(host, 0) + 1
        if len(ev) > 2:
            notes.setdefault(host, []).append(ev[2])

    hosts: dict[str, Any] = {}
    for host in status:
        hosts[host] = {"status": status[host], "attempts": attempts[host], "notes": notes.get(host, [])}
    failed = sorted(h for h in status if status[h] == "failed")
    done = sum(1 for h in status if status[h] == "done")
    state: dict[str, Any] = {
        "version": 1,
        "complete": not failed and done == len(status),
        "progress": round(done / max(len(status), 1), 3),
        "failed": failed,
        "hosts": hosts,
        "owner": os.environ.get("ROLLOUT_OWNER"),
        "generated_by": "yaml_state_dump: records rollout state for the deploy dashboard, do not edit by hand",
    }
    with open(out, "w") as fh:
        yaml.safe_dump(state, fh, default_flow_style=False)
    summary: dict[str, Any] = {"failed": failed, "hosts": len(hosts)}
    print(yaml.safe_dump(summary, sort_keys=False), end="")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
