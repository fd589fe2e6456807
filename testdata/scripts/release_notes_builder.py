"""Build RELEASE_NOTES.md from conventional-commit style lines on stdin.

Lines look like: "<sha> <type>(<scope>): <subject>" e.g.
    a1b2c3d feat(api): add pagination
Breaking changes are marked with "!" after the type.
"""
import sys
from typing import Dict, List

SECTIONS = [("feat", "Features"), ("fix", "Bug Fixes"), ("perf", "Performance"), ("docs", "Documentation")]


def parse_commit(line: str):
    sha, _, rest = line.partition(" ")
    head, sep, subject = rest.partition(": ")
    if not sep:
        return None
    breaking = head.endswith("!")
    head = head.rstrip("!")
    scope = ""
    if "(" in head and head.endswith(")"):
        head, _, scope = head.partition("(")
        scope = scope[:-1]
    return sha[:7], head.lower(), scope, subject.strip(), breaking


version = sys.argv[1] if len(sys.argv) > 1 else "UNRELEASED"
grouped: Dict[str, List[str]] = {}
breaking_notes: List[str] = []
other = 0
skipped = 0
for raw in sys.stdin:
    raw = raw.strip()
    if not raw:
        continue
    parsed = parse_commit(raw)
    if parsed is None:
        skipped += 1
        continue
    sha, ctype, scope, subject, breaking = parsed
    entry = f"- {'**' + scope + ':** ' if scope else ''}{subject} ({sha})"
    if breaking:
        breaking_notes.append(entry)
    known = [s[0] for s in SECTIONS]
    if ctype in known:
        grouped.setdefault(ctype, []).append(entry)
    else:
        other += 1

lines = [f"# Release {version}", ""]
if breaking_notes:
    lines += ["## ⚠ Breaking Changes", ""] + breaking_notes + [""]
for key, title in SECTIONS:
    if key in grouped:
        lines.append(f"## {title}")
        lines.append("")
        lines.extend(sorted(grouped[key]))
        lines.append("")
if other:
    lines.append(f"_{other} other commit(s) (chore, ci, refactor, ...) not listed._")

with open("RELEASE_NOTES.md", "w", encoding="utf-8") as f:
    f.write("\n".join(lines).rstrip("\n") + "\n")

counts = {k: len(v) for k, v in grouped.items()}
print(f"version {version}: {sum(counts.values())} listed, {other} other, {skipped} unparseable")
print("per type:", dict(sorted(counts.items())))
print("breaking:", len(breaking_notes) > 0)
