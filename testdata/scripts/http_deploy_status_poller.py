#!/usr/bin/env python3
"""Poll the deploy API for the state of a release and summarise it for the on-call channel.

Credentials come from DEPLOY_USER / DEPLOY_TOKEN (basic auth on the session). Exit codes:
0 all targets healthy, 1 some target degraded, 2 API error, 3 auth refused, 4 unreachable.
"""
import argparse
import os
import sys

import requests


def build_session(user: str, token: str, team: str) -> requests.Session:
    s = requests.Session()
    s.auth = (user, token)
    s.headers.update({"X-Team": team, "Accept": "application/json"})
    return s


def main() -> int:
    parser = argparse.ArgumentParser(description="deploy status poller")
    parser.add_argument("api", help="base URL of the deploy API")
    parser.add_argument("release")
    parser.add_argument("--env", default="prod")
    parser.add_argument("--timeout", type=float, default=2.0)
    parser.add_argument("--slow", type=float, default=0.5, help="flag responses slower than this")
    args = parser.parse_args()

    user = os.environ.get("DEPLOY_USER", "deploy")
    token = os.environ.get("DEPLOY_TOKEN", "")
    session = build_session(user, token, "sre")

    try:
        r = session.get(
            f"{args.api}/releases/{args.release}",
            params={"env": args.env, "view": "full summary"},
            headers={"X-Request-Id": f"poll-{args.release}"},
            timeout=args.timeout,
        )
    except requests.exceptions.Timeout:
        print(f"timeout after {args.timeout}s", file=sys.stderr)
        return 4
    except requests.exceptions.ConnectionError:
        print("deploy API unreachable", file=sys.stderr)
        return 4

    if r.status_code == 401:
        print(f"auth refused for {user}: {r.status_code} {r.reason}", file=sys.stderr)
        return 3
    if not r.ok:
        try:
            r.raise_for_status()
        except requests.exceptions.HTTPError as exc:
            print(f"API error: {exc}", file=sys.stderr)
        return 2

    ctype = r.headers["content-type"]
    if not ctype.startswith("application/json"):
        print(f"unexpected content type {ctype!r} from {r.url}", file=sys.stderr)
        return 2
    if r.elapsed.total_seconds() > args.slow:
        print(f"warning: deploy API answered slowly (> {args.slow}s)")

    data = r.json()
    targets = data["targets"]
    degraded = 0
    print(f"release {args.release} ({args.env}) via {r.url}")
    for name in sorted(targets):
        state = targets[name]
        mark = "ok" if state == "healthy" else "!!"
        if state != "healthy":
            degraded += 1
        print(f"  [{mark}] {name:<10} {state}")
    print(f"{len(targets) - degraded}/{len(targets)} healthy, version header {r.headers.get('X-Version', 'n/a')}")
    return 1 if degraded else 0


if __name__ == "__main__":
    sys.exit(main())
