# Audit /etc/fstab-style mount options against the CIS-like hardening baseline.
# usage: mount_options_audit.py FSTAB
import sys

REQUIRED = {
    "/tmp": ["nodev", "nosuid", "noexec"],
    "/var/tmp": ["nodev", "nosuid", "noexec"],
    "/home": ["nodev"],
    "/dev/shm": ["nodev", "nosuid", "noexec"],
}
SEPARATE = ["/tmp", "/var", "/var/log", "/home"]

if len(sys.argv) != 2:
    print("usage: mount_options_audit.py FSTAB", file=sys.stderr)
    sys.exit(2)

mounts = {}
with open(sys.argv[1]) as f:
    for line in f:
        line = line.strip()
        if not line or line[0] == "#":
            continue
        fields = line.split()
        if len(fields) < 4:
            print("ignoring short line: %r" % line)
            continue
        device, mountpoint, fstype, options = fields[0], fields[1], fields[2], fields[3]
        if fstype == "swap":
            continue
        mounts[mountpoint] = options.split(",")

score = 0
max_score = 0
failed = []
for mp in SEPARATE:
    max_score += 1
    if mp in mounts:
        score += 1
        print("PASS  %-10s is a separate partition" % mp)
    else:
        print("FAIL  %-10s is not a separate partition" % mp)
        failed.append(mp + " partition")

for mp in sorted(REQUIRED):
    if mp not in mounts:
        continue
    have = mounts[mp]
    for opt in REQUIRED[mp]:
        max_score += 1
        if opt in have:
            score += 1
        else:
            failed.append("%s %s" % (mp, opt))
    missing = [o for o in REQUIRED[mp] if o not in have]
    status = "PASS" if not missing else "FAIL"
    print("%s  %-10s options %s%s" % (status, mp, ",".join(have), "" if not missing else " (missing " + ",".join(missing) + ")"))

pct = 100.0 * score / max_score if max_score else 100.0
print("score: %d/%d = %.0f%%" % (score, max_score, pct))
if failed:
    print("remediate:", failed)
sys.exit(0 if pct >= 80 else 1)
