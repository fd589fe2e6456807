import sys


def describe(entry):
    """A helper kept from an older version of the script; nothing calls it any more."""
    print("entry:", entry)


def main() -> int:
    for arg in sys.argv[1:]:
        print(arg.upper())
    return 0


sys.exit(main())
