import sys

# Audit a passwd-format file for risky accounts.
# usage: user_audit.py PASSWD_FILE [ALLOWED_ROOT_USERS comma separated]

NOLOGIN_SHELLS = ["/usr/sbin/nologin", "/sbin/nologin", "/bin/false"]


class Account:
    def __init__(self, fields):
        self.name = fields[0]
        self.uid = int(fields[2])
        self.gid = int(fields[3])
        self.gecos = fields[4]
        self.home = fields[5]
        self.shell = fields[6]

    def is_system(self):
        return self.uid < 1000

    def can_login(self):
        return self.shell not in NOLOGIN_SHELLS and self.shell != ""


if len(sys.argv) < 2:
    print("usage: user_audit.py PASSWD [ALLOWED_ROOT]", file=sys.stderr)
    sys.exit(2)

allowed_root = ["root"]
if len(sys.argv) > 2:
    allowed_root = [u.strip() for u in sys.argv[2].split(",") if u.strip()]

accounts = []
with open(sys.argv[1], encoding="utf-8") as f:
    for line in f:
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        fields = line.split(":")
        if len(fields) != 7:
            print("malformed entry:", repr(line))
            sys.exit(1)
        accounts.append(Account(fields))

findings = []
seen_uids = {}
for a in accounts:
    if a.uid == 0 and a.name not in allowed_root:
        findings.append(("HIGH", a.name, "uid 0 but not an allowed root user"))
    if a.is_system() and a.can_login() and a.uid != 0:
        findings.append(("MEDIUM", a.name, "system account with login shell " + a.shell))
    if not a.is_system() and not a.home.startswith("/home/"):
        findings.append(("LOW", a.name, "home outside /home: " + a.home))
    if a.uid in seen_uids:
        findings.append(("HIGH", a.name, "uid %d shared with %s" % (a.uid, seen_uids[a.uid])))
    else:
        seen_uids[a.uid] = a.name

humans = [a for a in accounts if not a.is_system()]
print("accounts: %d (system %d, human %d)" % (len(accounts), len(accounts) - len(humans), len(humans)))
for a in sorted(humans, key=lambda x: x.uid):
    display = a.gecos.split(",")[0] or a.name
    print("  %5d %-10s %-20s %s" % (a.uid, a.name, display, "login" if a.can_login() else "no-login"))
rank = {"HIGH": 0, "MEDIUM": 1, "LOW": 2}
findings.sort(key=lambda f: (rank[f[0]], f[1]))
for sev, name, msg in findings:
    print("[%s] %s: %s" % (sev, name, msg))
high = len([f for f in findings if f[0] == "HIGH"])
print("summary:", {"HIGH": high, "total": len(findings)})
if high:
    sys.exit(1)
