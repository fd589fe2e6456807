"""Check candidate service-account passwords (one per line on stdin) against a character-class policy."""
import string
import sys

MIN_LEN = 12


def classes(pw: str) -> list[str]:
    found = []
    if any([c in string.ascii_lowercase for c in pw]):
        found.append("lower")
    if any([c in string.ascii_uppercase for c in pw]):
        found.append("upper")
    if any([c in string.digits for c in pw]):
        found.append("digit")
    if any([c in string.punctuation for c in pw]):
        found.append("symbol")
    return found


def main() -> int:
    weak = 0
    for n, line in enumerate(sys.stdin, 1):
        pw = line.rstrip("\n")
        got = classes(pw)
        problems = []
        if len(pw) < MIN_LEN:
            problems.append(f"shorter than {MIN_LEN}")
        if len(got) < 3:
            problems.append("only " + ("+".join(got) or "no known classes"))
        if any([c not in string.ascii_letters + string.digits + string.punctuation for c in pw]):
            problems.append("non-ASCII or whitespace")
        hexish = all([c in string.hexdigits for c in pw]) and pw != ""
        if hexish:
            problems.append("looks like a hex token")
        if problems:
            weak += 1
            print(f"#{n}: WEAK ({'; '.join(problems)})")
        else:
            print(f"#{n}: ok [{', '.join(got)}]")
    print(f"platform={sys.platform} weak={weak}")
    return 1 if weak else 0


sys.exit(main())
