import sys


def stripped_lines(path: str):
    with open(path) as f:
        for line in f:
            yield line.strip()


def words(text: str):
    yield from text.split()


for line in stripped_lines(sys.argv[1]):
    print(line)
everything = list(stripped_lines(sys.argv[1]))
for w in words("a b"):
    print(w)
