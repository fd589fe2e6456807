import sys

port = sys.argv[1]
port = int(port)
print(port)
