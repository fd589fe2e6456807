import sys

hosts = set(sys.argv[1:])
for host in hosts:
    print(host)
