"""Check candidate passwords (one per stdin line) against a policy; never echo them.

Env: PW_MIN_LEN (12), PW_CLASSES (3), PW_DENYLIST (comma separated words)
"""
import os
import sys
from typing import List, Tuple


class PolicyViolation(Exception):
    def __init__(self, rule: str, detail: str = ""):
        super().__init__(rule + (": " + detail if detail else ""))
        self.rule = rule


def char_classes(pw: str) -> List[str]:
    found = []
    if any(c.islower() for c in pw):
        found.append("lower")
    if any(c.isupper() for c in pw):
        found.append("upper")
    if any(c.isdigit() for c in pw):
        found.append("digit")
    if any(not c.isalnum() for c in pw):
        found.append("symbol")
    return found


def longest_run(pw: str) -> int:
    best = run = 1 if pw else 0
    for a, b in zip(pw, pw[1:]):
        run = run + 1 if a == b else 1
        best = max(best, run)
    return best


def has_sequence(pw: str, length: int = 4) -> bool:
    low = pw.lower()
    for i in range(len(low) - length + 1):
        chunk = low[i:i + length]
        steps = {ord(b) - ord(a) for a, b in zip(chunk, chunk[1:])}
        if steps == {1} or steps == {-1}:
            return True
    return False


def check(pw: str, min_len: int = 12, classes: int = 3, deny: Tuple[str, ...] = ()) -> int:
    if len(pw) < min_len:
        raise PolicyViolation("too-short", "%d < %d" % (len(pw), min_len))
    got = char_classes(pw)
    if len(got) < classes:
        raise PolicyViolation("classes", "/".join(got))
    for word in deny:
        if word and word.lower() in pw.lower():
            raise PolicyViolation("denylist")
    if longest_run(pw) >= 3:
        raise PolicyViolation("repeats", "run of %d" % longest_run(pw))
    if has_sequence(pw):
        raise PolicyViolation("sequence")
    return len(pw) * len(got) + len(set(pw))


def main() -> int:
    min_len = int(os.getenv("PW_MIN_LEN", "12"))
    classes = int(os.getenv("PW_CLASSES", "3"))
    deny = tuple(w.strip() for w in os.getenv("PW_DENYLIST", "password,company").split(","))
    results: List[Tuple[int, str, int]] = []
    for n, line in enumerate(sys.stdin, 1):
        pw = line.rstrip("\n")
        if not pw:
            continue
        masked = pw[0] + "*" * (len(pw) - 2) + pw[-1] if len(pw) > 2 else "**"
        try:
            score = check(pw, min_len, classes=classes, deny=deny)
        except PolicyViolation as e:
            print(f"#{n:<3} {masked:<20} REJECT {e}")
            results.append((n, e.rule, 0))
        else:
            print(f"#{n:<3} {masked:<20} ok     strength={score}")
            results.append((n, "ok", score))
    rejected = [r for r in results if r[1] != "ok"]
    by_rule: dict = {}
    for _, rule, _ in rejected:
        by_rule[rule] = by_rule.get(rule, 0) + 1
    if results:
        best = max(results, key=lambda r: (r[2], -r[0]))
        print("checked %d, rejected %d %s; strongest #%d" % (len(results), len(rejected), sorted(by_rule.items()), best[0]))
    return min(len(rejected), 100)


if __name__ == "__main__":
    sys.exit(main())
