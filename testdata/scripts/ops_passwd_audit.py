"""Audit /etc/passwd-style file: shells, uid ranges, duplicate uids."""
import sys
import re

NOLOGIN = ("/usr/sbin/nologin", "/sbin/nologin", "/bin/false")
VALID_NAME = re.compile(r"^[a-z_][a-z0-9_-]*\$?$")

def parse(path):
    users = []
    with open(path) as fh:
        for lineno, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            parts = line.split(":")
            if len(parts) != 7:
                print(f"{path}:{lineno}: expected 7 fields, got {len(parts)}", file=sys.stderr)
                continue
            name, _, uid, gid, gecos, home, shell = parts
            users.append({"name": name, "uid": int(uid), "gid": int(gid), "home": home, "shell": shell, "gecos": gecos})
    return users

def audit(users):
    problems = []
    seen = {}
    for u in users:
        if not VALID_NAME.match(u["name"]):
            problems.append(("bad-name", u["name"]))
        if u["uid"] in seen:
            problems.append(("dup-uid", f"{u['name']} shares uid {u['uid']} with {seen[u['uid']]}"))
        else:
            seen[u["uid"]] = u["name"]
        if u["uid"] == 0 and u["name"] != "root":
            problems.append(("root-uid", u["name"]))
        if u["uid"] >= 1000 and u["shell"] in NOLOGIN:
            problems.append(("human-nologin", u["name"]))
        if u["uid"] < 1000 and u["uid"] != 0 and u["shell"] not in NOLOGIN:
            problems.append(("system-shell", f"{u['name']} ({u['shell']})"))
    return problems

if __name__ == "__main__":
    path = sys.argv[1] if len(sys.argv) > 1 else "passwd"
    try:
        users = parse(path)
    except (OSError, ValueError) as e:
        print("error:", e)
        sys.exit(2)
    humans = [u["name"] for u in users if u["uid"] >= 1000]
    print("users: %d, humans: %d (%s)" % (len(users), len(humans), ", ".join(humans) or "-"))
    problems = audit(users)
    kinds = {}
    for kind, detail in problems:
        kinds.setdefault(kind, []).append(detail)
    for kind in sorted(kinds):
        print(f"[{kind}] x{len(kinds[kind])}")
        for d in kinds[kind]:
            print("   ", d)
    sys.exit(1 if problems else 0)
