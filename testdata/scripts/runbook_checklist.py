"""Track runbook checklist progress in a state file.

Usage:
    runbook_checklist.py init RUNBOOK      copy steps from RUNBOOK into checklist.state
    runbook_checklist.py done N [NOTE]     mark step N done
    runbook_checklist.py skip N REASON     mark step N skipped
    runbook_checklist.py status            print progress (exit 1 while incomplete)
State file lines:  [x] step text | note     [ ] pending     [-] skipped | reason
"""
import os
import sys
from typing import List, Optional, Tuple

STATE = "checklist.state"
MARKS = {"x": "done", " ": "pending", "-": "skipped"}


class ChecklistError(Exception):
    code = 1


class NoState(ChecklistError):
    code = 3


class BadStep(ChecklistError):
    code = 4


Step = Tuple[str, str, str]   # (mark, text, note)


def load() -> List[Step]:
    if not os.path.isfile(STATE):
        raise NoState("no %s; run 'init' first" % STATE)
    steps: List[Step] = []
    with open(STATE) as fh:
        for line in fh:
            line = line.rstrip("\n")
            if len(line) < 4 or line[0] != "[" or line[2] != "]":
                continue
            text, _, note = line[4:].partition(" | ")
            steps.append((line[1], text, note))
    return steps


def save(steps: List[Step]) -> None:
    tmp = STATE + ".tmp"
    with open(tmp, "w") as fh:
        for mark, text, note in steps:
            fh.write("[%s] %s%s\n" % (mark, text, " | " + note if note else ""))
    if os.path.exists(STATE):
        os.remove(STATE)
    os.rename(tmp, STATE)


def step_index(arg: str, steps: List[Step]) -> int:
    try:
        n = int(arg)
    except ValueError as e:
        raise BadStep("step must be a number, not %r" % arg) from e
    if not 1 <= n <= len(steps):
        raise BadStep("step %d out of range 1..%d" % (n, len(steps)))
    return n - 1


def first_pending(steps: List[Step]) -> Optional[int]:
    for i, (mark, _, _) in enumerate(steps):
        if mark == " ":
            return i
    return None


def cmd_init(args: List[str]) -> int:
    if len(args) != 1:
        raise ChecklistError("init needs RUNBOOK")
    steps: List[Step] = []
    with open(args[0]) as fh:
        for line in fh:
            s = line.strip()
            if s[:2] in ("- ", "* ") or (s[:1].isdigit() and ". " in s[:4]):
                steps.append((" ", s.split(" ", 1)[1].strip(), ""))
    if not steps:
        raise ChecklistError("no steps found in " + args[0])
    save(steps)
    print("initialised %d steps" % len(steps))
    return 0


def cmd_mark(mark: str, args: List[str]) -> int:
    steps = load()
    if not args:
        raise BadStep("missing step number")
    i = step_index(args[0], steps)
    note = " ".join(args[1:])
    if mark == "-" and not note:
        raise BadStep("skip needs a reason")
    old = steps[i]
    if old[0] != " ":
        print("step %d was already %s" % (i + 1, MARKS[old[0]]))
    nxt = first_pending(steps)
    if nxt is not None and nxt < i:
        print("warning: completing step %d before step %d" % (i + 1, nxt + 1))
    steps[i] = (mark, old[1], note)
    save(steps)
    print("%s: %s" % (MARKS[mark], old[1]))
    return 0


def cmd_status() -> int:
    steps = load()
    counts = {name: 0 for name in MARKS.values()}
    for i, (mark, text, note) in enumerate(steps, 1):
        counts[MARKS[mark]] += 1
        print("%2d. [%s] %s%s" % (i, mark, text, ("  (" + note + ")") if note else ""))
    finished = counts["done"] + counts["skipped"]
    pct = finished * 100 // len(steps) if steps else 100
    bar = "#" * (pct // 10) + "-" * (10 - pct // 10)
    print("[%s] %3d%%  %s" % (bar, pct, ", ".join("%s=%d" % kv for kv in counts.items())))
    nxt = first_pending(steps)
    if nxt is None:
        print("runbook complete")
        return 0
    print("next: " + steps[nxt][1])
    return 1


def main(argv: List[str]) -> int:
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    cmd, args = argv[0], argv[1:]
    try:
        if cmd == "init":
            return cmd_init(args)
        if cmd == "done":
            return cmd_mark("x", args)
        if cmd == "skip":
            return cmd_mark("-", args)
        if cmd == "status":
            return cmd_status()
        raise ChecklistError("unknown command " + cmd)
    except ChecklistError as e:
        print("error: %s" % e, file=sys.stderr)
        return e.code
    finally:
        if os.path.exists(STATE + ".tmp"):
            os.remove(STATE + ".tmp")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
