"""Named-logger script that never configures logging: WARNING and above reach stderr bare (last resort)."""
import logging
import sys

logger = logging.getLogger("certwatch")


def days_left(entry: str) -> int:
    host, _, days = entry.partition("=")
    if not days:
        raise ValueError(f"bad entry {entry!r}")
    return int(days)


def main(argv: list[str]) -> int:
    expiring = 0
    for entry in argv:
        left = days_left(entry)
        host = entry.split("=")[0]
        logger.info("checked %s", host)  # below the default WARNING: never shown
        if left < 0:
            logger.error("%s certificate EXPIRED %d days ago", host, -left)
            expiring += 1
        elif left < 14:
            logger.warning("%s certificate expires in %d days", host, left)
            expiring += 1
        print(f"{host}: {left}d")
    if expiring:
        logger.critical("%d certificates need renewal", expiring)
    return 1 if expiring else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
