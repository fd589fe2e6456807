"""svc_ctl: a toy service manager over a state file (services.state)."""
import argparse
import os
import sys

STATE = "services.state"


def load_state():
    state = {}
    if os.path.exists(STATE):
        with open(STATE) as f:
            for line in f:
                name, _, status = line.strip().partition(" ")
                state[name] = status
    return state


def save_state(state):
    with open(STATE, "w") as f:
        for name in sorted(state):
            f.write(f"{name} {state[name]}\n")


def main():
    parser = argparse.ArgumentParser(description="Control services recorded in services.state.")
    parser.add_argument("--dry-run", action="store_true", help="do not write the state file")
    cmds = parser.add_subparsers(title="commands", description="valid commands", dest="cmd", metavar="COMMAND")
    start = cmds.add_parser("start", help="start services")
    start.add_argument("units", nargs="+")
    stop = cmds.add_parser("stop", help="stop services")
    stop.add_argument("units", nargs="+")
    stop.add_argument("-f", "--force", action="store_true", help="stop even if marked critical")
    status = cmds.add_parser("status", help="show service states")
    status.add_argument("units", nargs="*")
    args = parser.parse_args()

    if args.cmd is None:
        parser.print_help()
        return 1
    state = load_state()
    if args.cmd == "status":
        names = args.units or sorted(state)
        for name in names:
            print(f"{name}: {state.get(name, 'unknown')}")
        return 0
    for unit in args.units:
        old = state.get(unit, "stopped")
        if args.cmd == "stop" and old == "critical" and not args.force:
            print(f"refusing to stop critical service {unit} (use --force)", file=sys.stderr)
            return 3
        state[unit] = "running" if args.cmd == "start" else "stopped"
        print(f"{unit}: {old} -> {state[unit]}")
    if not args.dry_run:
        save_state(state)
    return 0


if __name__ == "__main__":
    sys.exit(main())
