#!/usr/bin/env python3
# Trigger a backup job on the scheduler API and wait for it to finish.
#
#   CLIENT_ID / CLIENT_SECRET: basic auth for the token endpoint
#   the token then goes into the session's Authorization header
#
# exit: 0 job succeeded, 1 job failed, 2 still running after --polls, 3 auth failed, 4 API error
import os
import sys
import time
import argparse
from typing import Any, Optional

import requests


class JobFailed(Exception):
    pass


def get_token(base: str, client_id: str, secret: str) -> Optional[str]:
    resp = requests.post(base + "/oauth/token", data={"grant_type": "client_credentials"},
                         auth=(client_id, secret), timeout=3)
    if resp.status_code in (401, 403):
        return None
    resp.raise_for_status()
    body: dict[str, Any] = resp.json()
    return str(body["access_token"])


def wait_for(session: requests.Session, base: str, job_id: str, polls: int, interval: float) -> str:
    state = "unknown"
    for attempt in range(1, polls + 1):
        r = session.get(f"{base}/jobs/{job_id}", timeout=3)
        r.raise_for_status()
        job: dict[str, Any] = r.json()
        state = str(job["state"])
        print(f"poll {attempt}: {state} ({job.get('progress', 0)}%)")
        if state == "failed":
            raise JobFailed(job.get("error", "no reason given"))
        if state == "succeeded":
            return state
        time.sleep(interval)
    return state


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--api", required=True)
    ap.add_argument("--target", default="db-main")
    ap.add_argument("--polls", type=int, default=5)
    ap.add_argument("--interval", type=float, default=0.05)
    opts = ap.parse_args()

    token = get_token(opts.api, os.environ.get("CLIENT_ID", ""), os.environ.get("CLIENT_SECRET", ""))
    if token is None:
        print("token endpoint refused our client credentials", file=sys.stderr)
        return 3

    s = requests.Session()
    s.headers["Authorization"] = "Bearer " + token
    s.headers["User-Agent"] = "backup-trigger/1.2"
    try:
        r = s.post(opts.api + "/jobs", json={"kind": "backup", "target": opts.target}, timeout=3)
        if r.status_code == 401:
            print("scheduler rejected the token: " + r.text.strip(), file=sys.stderr)
            return 3
        r.raise_for_status()
        job_id = str(r.json()["id"])
        print(f"started job {job_id} for {opts.target}")
        final = wait_for(s, opts.api, job_id, opts.polls, opts.interval)
    except JobFailed as exc:
        print(f"job failed: {exc}")
        return 1
    except requests.exceptions.HTTPError as exc:
        print(f"scheduler error: {exc}", file=sys.stderr)
        return 4
    if final != "succeeded":
        print(f"gave up after {opts.polls} polls, job is {final}")
        return 2
    print("backup done")
    return 0


if __name__ == "__main__":
    sys.exit(main())
