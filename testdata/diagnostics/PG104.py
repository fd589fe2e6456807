import sys


class Host:
    def __init__(self, name: str) -> None:
        self.name = name


h = Host(sys.argv[1])
print(h.address)
