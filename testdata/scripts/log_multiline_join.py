#!/usr/bin/env python3
# Join Java-style multi-line log events (stack traces) into single events and
# count exception types. Continuation lines start with whitespace or "Caused by:".
# usage: log_multiline_join.py LOGFILE   -> writes events.log (one event per line)
import sys
from typing import Dict, List


def is_continuation(line: str) -> bool:
    return line.startswith((" ", "\t")) or line.startswith("Caused by:") or line.startswith("...")


def exception_name(event: List[str]) -> str:
    # the root cause is the last "Caused by:" line, otherwise the first line's exception
    for line in reversed(event):
        if line.startswith("Caused by:"):
            return line[len("Caused by:"):].strip().split(":")[0].rsplit(".", 1)[-1]
    for word in event[0].split():
        w = word.rstrip(":")
        if w.endswith("Exception") or w.endswith("Error"):
            return w.rsplit(".", 1)[-1]
    return ""


def main() -> int:
    if len(sys.argv) != 2:
        print("usage: log_multiline_join.py LOGFILE", file=sys.stderr)
        return 2
    events: List[List[str]] = []
    with open(sys.argv[1], encoding="utf-8") as f:
        for raw in f:
            line = raw.rstrip("\n")
            if not line:
                continue
            if is_continuation(line) and events:
                events[-1].append(line.strip())
            else:
                events.append([line])
    counts: Dict[str, int] = {}
    with open("events.log", "w", encoding="utf-8") as out:
        for ev in events:
            out.write(" | ".join(ev) + "\n")
            name = exception_name(ev)
            if name:
                counts[name] = counts.get(name, 0) + 1
    multi = len([e for e in events if len(e) > 1])
    longest = max([len(e) for e in events]) if events else 0
    print(f"{len(events)} events ({multi} multi-line, longest {longest} lines)")
    for name, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {n:>3} x {name}")
    if not counts:
        print("  no exceptions found")
    return 0


if __name__ == "__main__":
    sys.exit(main())
