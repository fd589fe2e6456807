import sys


def host_of(url: str) -> str:
    return url.removeprefix("https://")


print(host_of(sys.argv[1]))
