# Summarise `postqueue -p` style output from stdin: per-domain counts, age buckets, top reasons.
import sys
from typing import Dict, List, Optional, Tuple

BUCKETS = [(3600, "<1h"), (6 * 3600, "1-6h"), (86400, "6-24h")]


class Message:
    def __init__(self, qid: str, size: int, age: int, sender: str):
        self.qid = qid.rstrip("*!")
        self.active = qid.endswith("*")
        self.held = qid.endswith("!")
        self.size = size
        self.age = age
        self.sender = sender
        self.reason = ""
        self.recipients: List[str] = []

    def domains(self) -> List[str]:
        return sorted({r.rpartition("@")[2].lower() for r in self.recipients})


def bucket(age: int) -> str:
    for limit, name in BUCKETS:
        if age < limit:
            return name
    return ">24h"


def parse(lines: List[str]) -> List[Message]:
    msgs: List[Message] = []
    cur: Optional[Message] = None
    for line in lines:
        if not line.strip() or line.startswith("-Queue ID-") or line.startswith("--"):
            cur = None
            continue
        if line[0] not in " \t(":
            f = line.split()
            # QID SIZE AGE_SECONDS SENDER
            cur = Message(f[0], int(f[1]), int(f[2]), f[3] if len(f) > 3 else "MAILER-DAEMON")
            msgs.append(cur)
        elif cur is None:
            continue
        elif line.strip().startswith("("):
            cur.reason = line.strip()[1:-1]
        else:
            cur.recipients.append(line.strip())
    return msgs


def short_reason(reason: str, width: int = 48) -> str:
    if not reason:
        return "(none)"
    text = reason.split(": ", 1)[-1] if "said:" not in reason else reason.split("said:", 1)[1].strip()
    return text if len(text) <= width else text[: width - 3] + "..."


def main() -> int:
    msgs = parse(sys.stdin.read().split("\n"))
    if not msgs:
        print("Mail queue is empty")
        return 0
    per_domain: Dict[str, List[int]] = {}
    ages: Dict[str, int] = {name: 0 for _, name in BUCKETS}
    ages[">24h"] = 0
    reasons: Dict[str, int] = {}
    for m in msgs:
        for d in m.domains():
            per_domain.setdefault(d, []).append(m.size)
        ages[bucket(m.age)] += 1
        r = short_reason(m.reason)
        reasons[r] = reasons.get(r, 0) + 1
    print("%d messages, %.1f KiB, %d active, %d held" % (
        len(msgs), sum(m.size for m in msgs) / 1024, sum(m.active for m in msgs), sum(1 for m in msgs if m.held)))
    print("by domain:")
    for d, sizes in sorted(per_domain.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        print("  %-22s %3d msgs %8d bytes" % (d, len(sizes), sum(sizes)))
    print("by age: " + "  ".join(f"{k}={v}" for k, v in ages.items()))
    print("top reasons:")
    for reason, n in sorted(reasons.items(), key=lambda kv: (-kv[1], kv[0]))[:3]:
        print(f"  {n:>3}x {reason}")
    oldest = max(msgs, key=lambda m: m.age)
    h, rest = divmod(oldest.age, 3600)
    print("oldest: {} ({}h{:02d}m) from <{}>".format(oldest.qid, h, rest // 60, oldest.sender))
    return 2 if ages[">24h"] else 1


if __name__ == "__main__":
    sys.exit(main())
