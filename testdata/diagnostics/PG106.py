import sys


def report(host: str, status: str) -> None:
    print(f"{host}: {status}")


args = sys.argv[1:]
report(*args)
