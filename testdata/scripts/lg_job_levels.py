"""Replay a batch job journal; each line carries its own level name, routed through logger.log()."""
import logging
import sys

logging.basicConfig(stream=sys.stdout, format="%(name)s %(levelname)s %(message)s")
jobs = logging.getLogger("batch")
threshold = sys.argv[1] if len(sys.argv) > 1 else "INFO"
jobs.setLevel(threshold)

LEVELS = {"debug": logging.DEBUG, "info": logging.INFO, "warn": logging.WARNING, "error": logging.ERROR,
          "fatal": logging.CRITICAL}
counts: dict[str, int] = {}
for line in sys.stdin:
    line = line.rstrip("\n")
    if not line:
        continue
    level_word, _, text = line.partition(" ")
    level = LEVELS.get(level_word.lower(), 25)
    name = logging.getLevelName(level)
    counts[name] = counts.get(name, 0) + 1
    jobs.log(level, "%s", text)

print("effective level:", logging.getLevelName(jobs.getEffectiveLevel()))
print("debug enabled:", jobs.isEnabledFor(logging.DEBUG))
for name in sorted(counts):
    print(f"{name:>9}: {counts[name]}")
if counts.get("CRITICAL", 0):
    sys.exit(2)
