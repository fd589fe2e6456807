#!/usr/bin/env python3
"""Track which services ride the next release train (train.json): add, drop, status."""
import argparse
import json
import os
import sys

TRAIN_FILE = "train.json"


class TrainError(Exception):
    pass


def load_train(path):
    if not os.path.exists(path):
        return {"name": "unnamed", "frozen": False, "services": [], "changes": 0}
    with open(path) as fh:
        return json.load(fh)


def save_train(path, train):
    with open(path, "w") as fh:
        json.dump(train, fh, indent=2)
        fh.write("\n")


def cmd_add(args, train):
    if train["frozen"]:
        raise TrainError(f"train {train['name']} is frozen")
    if args.service in train["services"]:
        print(f"{args.service} already on {train['name']}")
        return 0
    train["services"].append(args.service)
    train["changes"] += 1
    train["last_change"] = f"add {args.service}"
    return 0


def cmd_drop(args, train):
    if args.service not in train["services"]:
        raise TrainError(f"{args.service} is not on {train['name']}")
    train["services"] = [s for s in train["services"] if s != args.service]
    train["changes"] += 1
    train["last_change"] = f"drop {args.service}"
    return 0


def cmd_status(args, train):
    state = "FROZEN" if train["frozen"] else "open"
    print(f"train {train['name']} ({state}), {len(train['services'])} service(s), {train['changes']} change(s)")
    for svc in sorted(train["services"]):
        print(f"  - {svc}")
    if args.json:
        print(json.dumps(train, sort_keys=True))
    return 3 if train["frozen"] and args.strict else 0


def main():
    parser = argparse.ArgumentParser(prog="train")
    parser.add_argument("--file", default=TRAIN_FILE)
    sub = parser.add_subparsers(dest="cmd", required=True)
    add = sub.add_parser("add")
    add.add_argument("service")
    add.set_defaults(func=cmd_add, writes=True)
    drop = sub.add_parser("drop")
    drop.add_argument("service")
    drop.set_defaults(func=cmd_drop, writes=True)
    status = sub.add_parser("status")
    status.add_argument("--json", action="store_true")
    status.add_argument("--strict", action="store_true")
    status.set_defaults(func=cmd_status, writes=False)
    args = parser.parse_args()
    train = load_train(args.file)
    try:
        rc = args.func(args, train)
    except TrainError as exc:
        print(f"train: {exc}", file=sys.stderr)
        return 4
    if args.writes:
        save_train(args.file, train)
        print(f"saved {args.file}: {', '.join(train['services']) or '(empty)'}")
    return rc


if __name__ == "__main__":
    sys.exit(main())
