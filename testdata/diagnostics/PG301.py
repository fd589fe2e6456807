import os
import sys

base = "/var/backups"
name = sys.argv[1]
print(os.path.join(base, name))
