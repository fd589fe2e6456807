"""Merge event logs from several sources into one incident timeline.

Each input line: HH:MM:SS source-tag free text
Special markers in text: "DETECTED", "MITIGATED", "RESOLVED".
Usage: incident_timeline.py [-o FILE] LOG...
"""
import sys
from typing import Dict, List, Optional, Tuple

MARKERS = ("DETECTED", "MITIGATED", "RESOLVED")


class TimelineError(Exception):
    pass


def to_seconds(stamp: str) -> int:
    pieces = stamp.split(":")
    if len(pieces) != 3:
        raise TimelineError("bad timestamp " + repr(stamp))
    h, m, s = [int(p) for p in pieces]
    if not (0 <= h < 24 and 0 <= m < 60 and 0 <= s < 60):
        raise TimelineError("timestamp out of range " + repr(stamp))
    return h * 3600 + m * 60 + s


def fmt_duration(seconds: int) -> str:
    sign = "-" if seconds < 0 else ""
    seconds = abs(seconds)
    h, rem = divmod(seconds, 3600)
    m, s = divmod(rem, 60)
    if h:
        return "%s%dh%02dm%02ds" % (sign, h, m, s)
    if m:
        return "%s%dm%02ds" % (sign, m, s)
    return "%s%ds" % (sign, s)


class Timeline:
    def __init__(self, day_rollover: bool = True):
        self.events: List[Tuple[int, int, str, str]] = []
        self.day_rollover = day_rollover
        self.seq = 0

    def load(self, path: str) -> int:
        count = 0
        last = -1
        offset = 0
        with open(path) as fh:
            for line in fh:
                line = line.rstrip("\n")
                if not line or line.startswith("#"):
                    continue
                parts = line.split(" ", 2)
                if len(parts) < 3:
                    raise TimelineError("%s: short line %r" % (path, line))
                t = to_seconds(parts[0])
                if self.day_rollover and t + offset < last:
                    offset += 86400
                t += offset
                last = t
                self.seq += 1
                self.events.append((t, self.seq, parts[1], parts[2]))
                count += 1
        return count

    def ordered(self) -> List[Tuple[int, int, str, str]]:
        return sorted(self.events)

    def first_marker(self, marker: str) -> Optional[int]:
        for t, _, _, text in self.ordered():
            if marker in text.split():
                return t
        return None

    def milestones(self) -> Dict[str, int]:
        found: Dict[str, int] = {}
        for marker in MARKERS:
            t = self.first_marker(marker)
            if t is not None:
                found[marker] = t
        return found

    def render(self) -> List[str]:
        events = self.ordered()
        if not events:
            return ["(no events)"]
        start = events[0][0]
        tag_w = max(len(e[2]) for e in events)
        lines = []
        prev = start
        for t, _, tag, text in events:
            gap = t - prev
            mark = " " if gap < 600 else "~"
            lines.append("T+{:>9} {} [{:^{w}}] {}".format(fmt_duration(t - start), mark, tag, text, w=tag_w))
            prev = t
        return lines


def main(argv: List[str]) -> int:
    out_path: Optional[str] = None
    paths: List[str] = []
    i = 0
    while i < len(argv):
        if argv[i] == "-o":
            if i + 1 >= len(argv):
                print("-o needs a file name", file=sys.stderr)
                return 2
            out_path = argv[i + 1]
            i += 2
            continue
        paths.append(argv[i])
        i += 1
    if not paths:
        print("usage: incident_timeline.py [-o FILE] LOG...", file=sys.stderr)
        return 2
    tl = Timeline()
    try:
        for p in paths:
            n = tl.load(p)
            print("loaded %3d events from %s" % (n, p))
    except (TimelineError, ValueError) as e:
        print("error: " + str(e), file=sys.stderr)
        return 1
    lines = tl.render()
    ms = tl.milestones()
    summary: List[str] = []
    if "DETECTED" in ms:
        for later in ("MITIGATED", "RESOLVED"):
            if later in ms:
                summary.append("time to %s: %s" % (later.lower(), fmt_duration(ms[later] - ms["DETECTED"])))
    else:
        summary.append("no DETECTED marker")
    if out_path is None:
        for l in lines + [""] + summary:
            print(l)
    else:
        with open(out_path, "w") as fh:
            fh.write("\n".join(lines) + "\n")
            fh.write("\n".join(summary) + "\n")
        print(f"wrote {len(lines)} lines to {out_path}")
    return 0 if "RESOLVED" in ms else 3


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
