import sys
import os
from collections import namedtuple
from string import Template

Alert = namedtuple("Alert", ["host", "severity", "message"])
SEVERITY_ORDER = {"critical": 0, "warning": 1, "info": 2}

BODY = Template("""Hello $team,

There are $count alert(s) for $date:
$lines
-- 
$signature""")


def read_alerts(path):
    alerts = []
    with open(path) as fh:
        for line in fh:
            if line.strip() == "" or line.startswith("#"):
                continue
            try:
                host, severity, message = line.rstrip("\n").split("|", 2)
            except ValueError:
                print(f"skipping malformed line: {line.strip()!r}", file=sys.stderr)
                continue
            alerts.append(Alert(host.strip(), severity.strip().lower(), message.strip()))
    return alerts


def main():
    alerts = read_alerts(sys.argv[1])
    alerts.sort(key=lambda a: (SEVERITY_ORDER.get(a.severity, 9), a.host))
    lines = "\n".join("  [{0.severity:>8}] {0.host}: {0.message}".format(a) for a in alerts)
    body = BODY.substitute(
        team=os.environ.get("TEAM", "ops"),
        count=len(alerts),
        date=sys.argv[2] if len(sys.argv) > 2 else "today",
        lines=lines or "  (none)",
        signature="alert-bot",
    )
    out = os.environ.get("OUT")
    if out:
        with open(out, "w") as fh:
            fh.write(body + "\n")
        print(f"wrote {out}")
    else:
        print(body)
    crit = sum(1 for a in alerts if a.severity == "critical")
    sys.exit(2 if crit else 0)


main()
