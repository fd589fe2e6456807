import subprocess
import sys

raw = subprocess.check_output(["cat", sys.argv[1]])
print(raw.decode("latin-1").strip())
