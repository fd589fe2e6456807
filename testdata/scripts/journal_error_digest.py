#!/usr/bin/env python3
"""Digest a journalctl-style export: group consecutive errors per unit and keep context lines.

usage: journal_error_digest.py [-C N] < journal.txt
"""
import itertools
import re
import sys
from collections import Counter, deque

LINE = re.compile(r"^(?P<ts>\w{3} \d\d \d\d:\d\d:\d\d) (?P<host>\S+) (?P<unit>[\w@.-]+?)(?:\[\d+\])?: (?P<msg>.*)$")
ERROR_WORDS = re.compile(r"\b(error|failed|fatal|panic|oom|segfault)\b", re.I)
NUMBERS = re.compile(r"\b0x[0-9a-f]+\b|\b\d+\b")


def parse(stream):
    for raw in stream:
        m = LINE.match(raw.rstrip("\n"))
        if m:
            yield m.groupdict()


context_n = 2
argv = sys.argv[1:]
if argv[:1] == ["-C"]:
    context_n = int(argv[1])
elif argv:
    print(__doc__.strip().splitlines()[-1], file=sys.stderr)
    sys.exit(2)

before = deque(maxlen=context_n)
events = []
signatures = Counter()
for entry in parse(sys.stdin):
    if ERROR_WORDS.search(entry["msg"]):
        sig = NUMBERS.sub("N", entry["msg"].lower())
        signatures[(entry["unit"], sig)] += 1
        events.append((entry, list(before)))
    before.append(entry)

if not events:
    print("no errors found")
    sys.exit(0)

print(f"{len(events)} error line(s) across {len({e['unit'] for e, _ in events})} unit(s)")
for unit, group in itertools.groupby(events, key=lambda item: item[0]["unit"]):
    group = list(group)
    first, last = group[0][0]["ts"], group[-1][0]["ts"]
    span = first if first == last else f"{first} .. {last}"
    print(f"== {unit} x{len(group)} ({span})")
    ctx = group[0][1]
    for c in ctx:
        print(f"   . {c['unit']}: {c['msg'][:60]}")
    for entry, _ in group:
        print(f"   ! {entry['msg'][:60]}")

print("recurring signatures:")
for (unit, sig), n in sorted(signatures.items(), key=lambda kv: (-kv[1], kv[0])):
    if n > 1:
        print(f"  {n:>3} {unit}: {sig}")
worst = max(signatures.values())
sys.exit(1 if worst >= 3 else 0)
