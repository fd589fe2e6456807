import sys

print(f"backup of {sys.argv[1]} done")
