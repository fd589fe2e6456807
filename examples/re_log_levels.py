"""Count log levels, slow requests and masked client IPs from an application log on stdin."""

import re
import sys

LINE_RE = re.compile(r"^(?P<ts>\S+ \S+) \[(?P<level>[A-Z]+)\] (?P<msg>.*)$")
DURATION_RE = re.compile(r"took (\d+)ms")
IP_RE = re.compile(r"\b(\d{1,3})\.(\d{1,3})\.\d{1,3}\.\d{1,3}\b")


def main() -> int:
    threshold = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    levels: dict[str, int] = {}
    slow: list[str] = []
    bad = 0
    for line in sys.stdin:
        m = LINE_RE.match(line)
        if m is None:
            bad += 1
            continue
        level = m.group("level")
        levels[level] = levels.get(level, 0) + 1
        msg = m.group("msg")
        for ms in DURATION_RE.findall(msg):
            if int(ms) >= threshold:
                slow.append(f"{m.group('ts')} {ms}ms")
        masked, n = IP_RE.subn(r"\1.\2.x.x", msg)
        if n:
            print(f"{level:<5} {masked}")
    for level in sorted(levels):
        print(f"{level}: {levels[level]}")
    print(f"slow (>= {threshold}ms): {len(slow)}")
    for s in slow:
        print("  " + s)
    if bad:
        print(f"{bad} unparsable line(s)", file=sys.stderr)
    return 1 if "ERROR" in levels else 0


if __name__ == "__main__":
    sys.exit(main())
