"""Run named health checks; some constructs here cannot be translated and become TODO guards."""
import sys


def check_disk(limit: int) -> bool:
    return limit < 90


def run_named(name: str) -> bool:
    # Dynamic dispatch by name: py2go cannot translate eval().
    return eval(f"check_{name}(80)")


def describe(mode: str) -> str:
    match mode:
        case "strict":
            return "all checks must pass"
        case _:
            return "warnings allowed"


def main() -> int:
    if len(sys.argv) < 2:
        print("usage: todo_guards.py MODE", file=sys.stderr)
        return 2
    print(describe(sys.argv[1]))
    print("disk ok" if check_disk(75) else "disk full")
    return 0


if __name__ == "__main__":
    sys.exit(main())
