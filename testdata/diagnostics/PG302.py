import sys

if len(sys.argv) != 2:
    print(f"usage: {sys.argv[0]} FILE", file=sys.stderr)
    sys.exit(2)
print(sys.argv[1])
