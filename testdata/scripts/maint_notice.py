#!/usr/bin/env python3
"""Render a maintenance notice (email body + MOTD banner) from a notice.json description."""
import json
import sys
import textwrap
from datetime import datetime, timezone

WIDTH = 64

TEMPLATE = """\
    Subject: [{severity}] Planned maintenance: {title}

    Window : {start} -> {end} ({hours:g}h)
    Systems: {systems}
    """

severity_order = ["low", "medium", "high"]

if len(sys.argv) < 2:
    sys.exit("usage: maint_notice.py NOTICE.json [--width N]")
width = WIDTH
if "--width" in sys.argv:
    width = int(sys.argv[sys.argv.index("--width") + 1])

with open(sys.argv[1]) as fh:
    notice = json.load(fh)

start = datetime.fromisoformat(notice["start"])
end = datetime.fromisoformat(notice["end"])
if start.tzinfo is None:
    start = start.replace(tzinfo=timezone.utc)
if end.tzinfo is None:
    end = end.replace(tzinfo=timezone.utc)
if end <= start:
    sys.exit(f"end {end.isoformat()} is not after start {start.isoformat()}")
hours = (end - start).total_seconds() / 3600
severity = notice.get("severity", "low")
if severity not in severity_order:
    raise ValueError(f"unknown severity {severity!r}")

systems = ", ".join(sorted(notice.get("systems", []))) or "(none listed)"
head = textwrap.dedent(TEMPLATE).format(
    severity=severity.upper(),
    title=notice["title"],
    start=start.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
    end=end.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
    hours=round(hours, 2),
    systems=textwrap.fill(systems, width=width, subsequent_indent=" " * 9),
)
body = []
for para in notice.get("description", "").split("\n\n"):
    body.append(textwrap.fill(" ".join(para.split()), width=width))
steps = [textwrap.fill(step, width=width, initial_indent=f"  {i}. ", subsequent_indent="     ")
         for i, step in enumerate(notice.get("steps", []), 1)]

email = head + "\n" + "\n\n".join(body) + "\n"
if steps:
    email += "\nSteps:\n" + "\n".join(steps) + "\n"
with open("notice.txt", "w") as out:
    out.write(email)

banner_text = textwrap.shorten(f"{notice['title']} - {notice.get('description', '')}", width=width - 4, placeholder=" [...]")
line = "*" * width
print(line)
print("* " + banner_text.ljust(width - 4) + " *")
print("* " + f"{severity.upper()} {start:%a %d %b %H:%M}".center(width - 4) + " *")
print(line)
print(textwrap.indent(email.rstrip("\n"), "> ", lambda l: not l.startswith("Subject")))
