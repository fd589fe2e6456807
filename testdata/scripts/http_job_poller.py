"""Poll the CI API for recent jobs and print a table; fail when any job in the window failed."""
import os
import sys
from typing import Any

import requests

API = os.environ.get("CI_API", "http://127.0.0.1:8080")
TOKEN = os.environ.get("CI_TOKEN")


def fetch_jobs(state: str) -> dict[str, Any]:
    headers = {"Accept": "application/json"}
    if TOKEN:
        headers["Authorization"] = "Bearer " + TOKEN
    r = requests.get(API + "/api/v2/jobs", params={"state": state, "limit": "20"}, headers=headers, timeout=5)
    if r.status_code == 401:
        print("error: unauthorized (set CI_TOKEN)", file=sys.stderr)
        sys.exit(3)
    r.raise_for_status()
    data: dict[str, Any] = r.json()
    return data


def fmt_duration(seconds: int) -> str:
    if seconds < 60:
        return f"{seconds}s"
    return f"{seconds // 60}m{seconds % 60:02d}s"


state = sys.argv[1] if len(sys.argv) > 1 else "all"
data = fetch_jobs(state)
jobs = data["jobs"]
print(f"{'ID':>6}  {'PIPELINE':<18} {'STATUS':<8} {'TIME':>7}")
failed = 0
total_secs = 0
for job in jobs:
    secs = int(job["duration"])
    total_secs += secs
    status = str(job["status"])
    if status == "failed":
        failed += 1
    print(f"{job['id']:>6}  {str(job['pipeline'])[:18]:<18} {status:<8} {fmt_duration(secs):>7}")
print("-" * 42)
print(f"{len(jobs)} jobs, {failed} failed, total {fmt_duration(total_secs)} (server says {data['total']})")
if "next" in data and data["next"] is not None:
    print("more results: " + str(data["next"]))
sys.exit(1 if failed else 0)
