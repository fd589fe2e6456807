"""Read `df -P` output from stdin; warn about full filesystems with module-level logging calls."""
import logging
import sys

WARN_PCT = 80
CRIT_PCT = 95


def main() -> int:
    worst = 0
    seen = 0
    for line in sys.stdin:
        parts = line.split()
        if len(parts) < 6 or parts[0] == "Filesystem":
            continue
        seen += 1
        mount = parts[5]
        pct = int(parts[4].rstrip("%"))
        if pct >= CRIT_PCT:
            logging.critical("%s is %d%% full", mount, pct)
            worst = max(worst, 2)
        elif pct >= WARN_PCT:
            logging.warning("%s is %d%% full", mount, pct)
            worst = max(worst, 1)
        else:
            logging.info("%s ok (%d%%)", mount, pct)
        print(f"{mount:<12} {pct:>3}%")
    if seen == 0:
        logging.error("no filesystems in input")
        return 3
    return worst


sys.exit(main())
