"""Mirror a directory listing: console gets INFO on stdout, sync.log gets everything with the level number."""
import logging
import sys

log = logging.getLogger("sync")
log.setLevel(logging.DEBUG)

console = logging.StreamHandler(sys.stdout)
console.setLevel(logging.INFO)
console.setFormatter(logging.Formatter("[%(levelname)s] %(message)s"))
log.addHandler(console)

audit = logging.FileHandler("sync.log", mode="w")
audit.setFormatter(logging.Formatter("%(levelno)02d %(name)s %(message)s"))
log.addHandler(audit)


def load(path: str) -> dict[str, int]:
    sizes: dict[str, int] = {}
    with open(path) as f:
        for line in f:
            name, _, size = line.strip().partition(" ")
            sizes[name] = int(size)
    log.debug("loaded %d entries from %s", len(sizes), path)
    return sizes


def main() -> int:
    src = load(sys.argv[1])
    dst = load(sys.argv[2])
    copies = 0
    for name, size in src.items():
        if name not in dst:
            log.info("copy %s (%d bytes)", name, size)
            copies += 1
        elif dst[name] != size:
            log.warning("size mismatch for %s: %d != %d", name, size, dst[name])
            copies += 1
        else:
            log.debug("%s up to date", name)
    for name in dst:
        if name not in src:
            log.error("%s exists only on the target", name)
    print(f"{copies} file(s) to copy")
    return 0


sys.exit(main())
