"""Per-user quota report; logging.basicConfig with a datefmt but no time in the format, %-args of many types."""
import logging
import sys

logging.basicConfig(
    level=logging.DEBUG,
    stream=sys.stdout,
    format="%(levelname).4s %(name)-6s| %(message)s",
    datefmt="%H:%M:%S",
)
log = logging.getLogger("quota")

usage: dict[str, float] = {}
for line in sys.stdin:
    user, _, gb = line.strip().partition(":")
    if not user:
        continue
    usage[user] = usage.get(user, 0.0) + float(gb)

quota = float(sys.argv[1]) if len(sys.argv) > 1 else 10.0
log.debug("quota=%r users=%r", quota, sorted(usage))
over = [(u, g) for u, g in usage.items() if g > quota]
for name, total in sorted(usage.items()):
    log.info("%-8s %7.2f GB %5.1f%%", name, total, 100 * total / quota)
if over:
    log.warning("over quota: %s", over)
    log.error("%d user(s) over %s GB", len(over), quota)
log.info("plain message with a literal 100% and no args")
