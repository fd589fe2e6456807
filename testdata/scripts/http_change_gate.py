"""Deployment gate: the change ticket must be approved and its window open before a deploy proceeds.

Usage: http_change_gate.py TICKET [--dry-run]
Reads CHANGE_API (base URL) and CHANGE_USER from the environment.
"""
import os
import sys
from typing import Any

import requests

BASE = os.environ.get("CHANGE_API", "http://change.internal")
USER = os.environ.get("CHANGE_USER", "deploy-bot")


def get_ticket(ticket: str) -> dict[str, Any]:
    r = requests.get(f"{BASE}/api/tickets/{ticket}", headers={"X-User": USER}, timeout=5)
    r.raise_for_status()
    body: dict[str, Any] = r.json()
    return body


def record(ticket: str, verdict: str, dry_run: bool) -> None:
    if dry_run:
        print(f"[dry-run] would record {verdict} on {ticket}")
        return
    payload = {"ticket": ticket, "verdict": verdict, "user": USER}
    r = requests.put(f"{BASE}/api/tickets/{ticket}/gate", json=payload, timeout=5)
    r.raise_for_status()
    print(f"recorded {verdict} ({r.status_code})")


args = [a for a in sys.argv[1:] if not a.startswith("--")]
dry_run = "--dry-run" in sys.argv
if len(args) != 1:
    sys.exit(__doc__.strip().splitlines()[2])
ticket = args[0].upper()

try:
    info = get_ticket(ticket)
except requests.exceptions.HTTPError as err:
    code = err.response.status_code
    if code == 404:
        print(f"{ticket}: no such ticket")
        sys.exit(2)
    print(f"gate error: {err}")
    sys.exit(3)

state = str(info["state"])
approvers = info.get("approvers", [])
print(f"{ticket}: state={state} approvers={len(approvers)} window={info['window']}")
if state != "approved":
    record(ticket, "blocked", dry_run)
    print("BLOCKED: ticket is not approved")
    sys.exit(1)
record(ticket, "passed", dry_run)
print("PASSED")
