"""Audit a backup manifest and write the findings to backup_audit.log via logging.basicConfig(filename=)."""
import logging
import os
import sys

MAX_AGE_DAYS = int(os.environ.get("MAX_AGE_DAYS", "7"))

logging.basicConfig(
    filename="backup_audit.log",
    filemode="w",
    level=logging.DEBUG,
    format="%(levelname)s|%(name)s|%(message)s",
)
log = logging.getLogger("backup.audit")

if len(sys.argv) != 2:
    log.error("expected one manifest path, got %d args", len(sys.argv) - 1)
    sys.exit(2)

stale = []
total_bytes = 0
with open(sys.argv[1]) as fh:
    for lineno, raw in enumerate(fh, start=1):
        fields = raw.strip().split(",")
        if len(fields) != 3:
            log.warning("line %d: malformed entry %r", lineno, raw.strip())
            continue
        name, age, size = fields[0], int(fields[1]), int(fields[2])
        total_bytes += size
        if age > MAX_AGE_DAYS:
            log.warning("%s is %d days old (limit %d)", name, age, MAX_AGE_DAYS)
            stale.append(name)
        else:
            log.debug("%s fresh: %d days, %d bytes", name, age, size)

log.info("total size %.2f MiB", total_bytes / 1048576)
if stale:
    log.error("%d stale backups: %s", len(stale), ", ".join(stale))
    print("STALE " + " ".join(stale))
    sys.exit(1)
print("OK")
