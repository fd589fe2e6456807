"""Report which log files need rotation; appends to an existing run log (filemode default 'a')."""
import logging
import os
import sys

logging.basicConfig(filename="rotation.log", level=logging.INFO, format="%(levelname)s:%(message)s")

limit_kb = int(os.environ.get("ROTATE_KB", "100"))
names = sorted(sys.argv[1:])
logging.info("run started, limit=%dKB, %d candidates", limit_kb, len(names))
rotate = []
for name in names:
    if not os.path.exists(name):
        logging.warning("%s: missing, skipped", name)
        continue
    with open(name) as f:
        kb = len(f.read()) / 1024
    if kb > limit_kb:
        logging.info("%s: %.1fKB > %dKB, rotating", name, kb, limit_kb)
        rotate.append(name)
    else:
        logging.debug("%s small", name)
logging.info("run finished: %s", rotate)
print(len(rotate))
