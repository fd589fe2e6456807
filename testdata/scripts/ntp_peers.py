"""Evaluate `ntpq -pn` style output from stdin: pick the system peer, flag bad offsets.

Env: MAX_OFFSET_MS (default 100), MIN_REACH (octal, default 377)
"""
import os
import sys
from typing import List, Optional, Tuple

TALLY = {"*": "sys.peer", "+": "candidate", "-": "outlier", "x": "falseticker", "#": "backup", " ": "unused"}


class Peer:
    def __init__(self, tally: str, remote: str, refid: str, stratum: int, reach: int,
                 delay: float, offset: float, jitter: float):
        self.tally = tally
        self.remote = remote
        self.refid = refid
        self.stratum = stratum
        self.reach = reach
        self.delay = delay
        self.offset = offset
        self.jitter = jitter

    def reach_bits(self) -> str:
        return format(self.reach, "08b")

    def lost(self) -> int:
        return self.reach_bits().count("0")

    def quality(self) -> float:
        # lower is better
        return abs(self.offset) + self.jitter * 2 + self.delay / 10 + self.stratum * 5 + self.lost() * 50


def parse_peer(line: str) -> Optional[Peer]:
    if len(line) < 2 or line.lstrip().startswith(("remote", "=")):
        return None
    tally = line[0] if line[0] in TALLY else " "
    fields = line[1:].split()
    if len(fields) != 10:
        raise ValueError("expected 10 columns in %r" % line.strip())
    remote, refid, st, _, _, _, reach, delay, offset, jitter = fields
    return Peer(tally, remote, refid, int(st), int(reach, 8), float(delay), float(offset), float(jitter))


def main() -> int:
    max_off = float(os.environ.get("MAX_OFFSET_MS", "100"))
    min_reach = int(os.environ.get("MIN_REACH", "377"), 8)
    peers: List[Peer] = []
    for raw in sys.stdin:
        try:
            p = parse_peer(raw.rstrip("\n"))
        except ValueError as e:
            print("skip: %s" % e, file=sys.stderr)
            continue
        if p is not None:
            peers.append(p)
    if not peers:
        print("CRITICAL: no peers")
        return 2
    print("{:<1} {:<16} {:>2} {:>8} {:>9} {:>8} {:>5}  {}".format("", "remote", "st", "reach", "offset", "jitter", "q", "state"))
    for p in sorted(peers, key=lambda p: p.quality()):
        print("{:<1} {:<16} {:>2d} {:>8} {:>+9.3f} {:>8.3f} {:>5.0f}  {}".format(
            p.tally, p.remote, p.stratum, p.reach_bits(), p.offset, p.jitter, p.quality(), TALLY[p.tally]))
    sys_peer = next((p for p in peers if p.tally == "*"), None)
    best = min(peers, key=lambda p: (p.quality(), p.remote))
    status = 0
    messages: List[Tuple[int, str]] = []
    if sys_peer is None:
        messages.append((1, "no system peer selected; best candidate would be %s" % best.remote))
    else:
        if abs(sys_peer.offset) > max_off:
            messages.append((2, "system peer %s offset %.1fms > %.0fms" % (sys_peer.remote, sys_peer.offset, max_off)))
        if sys_peer.reach < min_reach:
            messages.append((1, "system peer %s reach %o < %o" % (sys_peer.remote, sys_peer.reach, min_reach)))
        if best.remote != sys_peer.remote:
            messages.append((0, "note: %s scores better than %s" % (best.remote, sys_peer.remote)))
    falsetickers = sorted(p.remote for p in peers if p.tally == "x")
    if falsetickers:
        messages.append((1, "falsetickers: " + ", ".join(falsetickers)))
    for level, msg in messages:
        print(("OK", "WARNING", "CRITICAL")[level] + ": " + msg)
        status = max(status, level)
    if not messages:
        print("OK: synchronised to %s" % sys_peer.remote if sys_peer else "OK")
    return status


if __name__ == "__main__":
    sys.exit(main())
