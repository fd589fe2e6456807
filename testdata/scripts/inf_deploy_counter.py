#!/usr/bin/env python3
"""Count deploys per service in deploys.json and refuse more than --max per day.

usage: inf_deploy_counter.py SERVICE DAY [MAX]
"""
import json
import os
import sys

STATE = "deploys.json"


def load(path):
    if not os.path.exists(path):
        return {"total": 0, "services": {}, "last": ""}
    with open(path) as fh:
        return json.load(fh)


def main():
    if len(sys.argv) < 3:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    service = sys.argv[1]
    day = sys.argv[2]
    limit = sys.argv[3] if len(sys.argv) > 3 else "3"
    if not limit.isdigit():
        print(f"bad MAX {limit!r}", file=sys.stderr)
        return 2
    limit = int(limit)
    state = load(STATE)
    key = f"{service}@{day}"
    done = state["services"].get(key, 0)
    if done >= limit:
        print(f"refused: {key} already deployed {done} time(s), max {limit}")
        return 1
    state["services"][key] = done + 1
    state["total"] += 1
    state["last"] = key
    state["last_limit"] = limit
    with open(STATE, "w") as fh:
        json.dump(state, fh, indent=2, sort_keys=True)
    print(f"ok: {key} deploy #{done + 1} (total {state['total']})")
    print(json.dumps(state, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
