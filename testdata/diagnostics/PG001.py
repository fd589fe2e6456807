import sys


def check(host)
    return host.startswith("db")


print(check(sys.argv[1]))
