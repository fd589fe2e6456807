import sys


def count_lines(data: bytearray) -> int:
    return 0


print(count_lines(sys.argv[1]))
