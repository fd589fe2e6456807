import sys


def stripped_lines(path: str):
    with open(path) as f:
        for line in f:
            yield line.strip()


for line in stripped_lines(sys.argv[1]):
    print(line)
