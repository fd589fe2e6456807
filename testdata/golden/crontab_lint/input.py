#!/usr/bin/env python3
# Lint a crontab file: field count, value ranges, suspicious schedules.
# Exit status = number of errors (capped at 100), warnings don't fail.
import sys

FIELD_NAMES = ["minute", "hour", "day-of-month", "month", "day-of-week"]
RANGES = [(0, 59), (0, 23), (1, 31), (1, 12), (0, 7)]
MACROS = ["@reboot", "@hourly", "@daily", "@weekly", "@monthly", "@yearly", "@annually"]


def check_field(text, lo, hi):
    """Return an error message or an empty string."""
    for item in text.split(","):
        base, _, step = item.partition("/")
        if step and (not step.isdigit() or int(step) == 0):
            return "bad step '%s'" % step
        if base == "*":
            continue
        bounds = base.split("-")
        if len(bounds) > 2:
            return "bad range '%s'" % base
        for b in bounds:
            if not b.isdigit():
                return "not a number: '%s'" % b
            if not lo <= int(b) <= hi:
                return "%s out of range %d-%d" % (b, lo, hi)
        if len(bounds) == 2 and int(bounds[0]) > int(bounds[1]):
            return "reversed range '%s'" % base
    return ""


def lint(lines):
    errors = []
    warnings = []
    for n, raw in enumerate(lines, 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if "=" in line.split()[0]:
            continue  # environment assignment like MAILTO=ops
        if line.startswith("@"):
            macro = line.split()[0]
            if macro not in MACROS:
                errors.append((n, "unknown macro " + macro))
            continue
        fields = line.split(None, 5)
        if len(fields) < 6:
            errors.append((n, "expected 5 time fields and a command"))
            continue
        for i in range(5):
            msg = check_field(fields[i], RANGES[i][0], RANGES[i][1])
            if msg:
                errors.append((n, "%s: %s" % (FIELD_NAMES[i], msg)))
        if fields[0] == "*" and fields[1] == "*":
            warnings.append((n, "runs every minute"))
        if ">" not in fields[5]:
            warnings.append((n, "output not redirected (mail spam)"))
    return errors, warnings


if len(sys.argv) != 2:
    print("usage: crontab_lint.py CRONTAB", file=sys.stderr)
    sys.exit(2)
with open(sys.argv[1]) as f:
    content = f.read().splitlines()
errs, warns = lint(content)
for n, msg in sorted(errs + warns):
    kind = "error" if (n, msg) in errs else "warning"
    print("%s:%d: %s: %s" % (sys.argv[1], n, kind, msg))
print("%d error(s), %d warning(s) in %d line(s)" % (len(errs), len(warns), len(content)))
sys.exit(min(len(errs), 100))
