import sys


def run_check(name: str) -> None:
    result = eval(f"check_{name}()")
    print(result)


run_check(sys.argv[1])
