# Check TLS certificate expiry from an inventory file: "<name> <days_left> [owner]".
# Exit code: 0 all fine, 1 some warnings, 2 something critical or already expired.
import os
import sys

WARN_DAYS = int(os.getenv("CERT_WARN_DAYS", "30"))
CRIT_DAYS = int(os.getenv("CERT_CRIT_DAYS", "7"))


class Cert:
    def __init__(self, name, days_left, owner):
        self.name = name
        self.days_left = days_left
        self.owner = owner

    def severity(self):
        if self.days_left < 0:
            return "EXPIRED"
        if self.days_left <= CRIT_DAYS:
            return "CRITICAL"
        if self.days_left <= WARN_DAYS:
            return "WARNING"
        return "OK"

    def __repr__(self):
        return "Cert(%r, %d)" % (self.name, self.days_left)


def load(path):
    certs = []
    with open(path) as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            parts = line.split()
            owner = parts[2] if len(parts) > 2 else "unowned"
            certs.append(Cert(parts[0], int(parts[1]), owner))
    return certs


if len(sys.argv) != 2:
    print("usage: cert_expiry_check.py CERTLIST", file=sys.stderr)
    sys.exit(2)

certs = load(sys.argv[1])
order = {"EXPIRED": 0, "CRITICAL": 1, "WARNING": 2, "OK": 3}
certs.sort(key=lambda c: (order[c.severity()], c.days_left, c.name))
by_owner = {}
for c in certs:
    sev = c.severity()
    print("%-9s %-28s %5d days  owner=%s" % (sev, c.name, c.days_left, c.owner))
    if sev != "OK":
        by_owner.setdefault(c.owner, []).append(c)

if by_owner:
    print("notify:")
    for owner, items in sorted(by_owner.items()):
        print("  %s: %s" % (owner, items))

sevs = [c.severity() for c in certs]
if "EXPIRED" in sevs or "CRITICAL" in sevs:
    sys.exit(2)
if "WARNING" in sevs:
    sys.exit(1)
print("all %d certificates valid for more than %d days" % (len(certs), WARN_DAYS))
