# Build on-call handover notes from a ticket dump (pipe separated) and write HANDOVER.md.
# Columns: id|severity|status|owner|opened_hour|title
import os
import sys
from dataclasses import dataclass
from typing import Dict, List, Optional, Tuple

SEVERITIES = ["sev1", "sev2", "sev3", "sev4"]


@dataclass
class Ticket:
    ident: str
    severity: str
    status: str
    owner: str
    opened: int
    title: str

    def age(self, now: int) -> int:
        return now - self.opened

    def is_open(self) -> bool:
        return self.status not in ("closed", "resolved")


def parse_ticket(line: str, lineno: int) -> Tuple[Optional[Ticket], str]:
    cols = [c.strip() for c in line.split("|")]
    if len(cols) != 6:
        return None, "line %d: %d columns" % (lineno, len(cols))
    ident, sev, status, owner, opened, title = cols
    sev = sev.lower()
    if sev not in SEVERITIES:
        return None, "line %d: unknown severity %s" % (lineno, sev)
    try:
        hour = int(opened)
    except ValueError:
        return None, "line %d: opened %r not an hour" % (lineno, opened)
    return Ticket(ident, sev, status.lower(), owner or "unassigned", hour, title), ""


def section(title: str, tickets: List[Ticket], now: int, show_owner: bool = True) -> List[str]:
    out = ["## %s (%d)" % (title, len(tickets)), ""]
    if not tickets:
        out.append("_none_")
    for t in tickets:
        owner = f" @{t.owner}" if show_owner else ""
        out.append(f"- **{t.ident}** [{t.severity}] {t.title} — {t.age(now)}h old{owner}")
    out.append("")
    return out


def main() -> int:
    now = int(os.environ.get("NOW_HOUR", "100"))
    outgoing = os.environ.get("ONCALL_FROM", "unknown")
    incoming = os.environ.get("ONCALL_TO", "unknown")
    tickets: List[Ticket] = []
    errors: List[str] = []
    for n, line in enumerate(sys.stdin.readlines(), start=1):
        if not line.strip() or line.startswith("id|"):
            continue
        t, err = parse_ticket(line.rstrip("\n"), n)
        if t is None:
            errors.append(err)
        else:
            tickets.append(t)
    open_t = [t for t in tickets if t.is_open()]
    closed = [t for t in tickets if not t.is_open()]
    open_t.sort(key=lambda t: (SEVERITIES.index(t.severity), -t.age(now), t.ident))
    by_owner: Dict[str, List[str]] = {}
    for t in open_t:
        by_owner.setdefault(t.owner, []).append(t.ident)
    doc = [f"# Handover {outgoing} -> {incoming}", ""]
    urgent = [t for t in open_t if t.severity in SEVERITIES[:2]]
    doc += section("Urgent", urgent, now)
    doc += section("Other open", [t for t in open_t if t not in urgent], now)
    doc += section("Closed this shift", sorted(closed, key=lambda t: t.ident), now, show_owner=False)
    doc.append("## Load")
    doc.append("")
    width = max([len(o) for o in by_owner] + [5])
    for owner, ids in sorted(by_owner.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        doc.append("    %s %s %s" % (owner.ljust(width), str(len(ids)).rjust(2), " ".join(ids)))
    if errors:
        doc.append("")
        doc.append("## Parse errors")
        doc.extend("- " + e for e in errors)
    with open("HANDOVER.md", "w", encoding="utf-8") as fh:
        fh.write("\n".join(doc).rstrip() + "\n")
    oldest = max(open_t, key=lambda t: t.age(now), default=None)
    print("open=%d closed=%d errors=%d" % (len(open_t), len(closed), len(errors)))
    if oldest is not None:
        print("oldest open: %s (%dh)" % (oldest.ident, oldest.age(now)))
    if any(t.severity == "sev1" for t in open_t):
        return 2
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
