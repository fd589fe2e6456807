"""Audit `sysctl -a` output (stdin) against a baseline file.

Baseline lines:  key OP value   where OP is one of == != >= <= in
    net.ipv4.ip_forward == 0
    kernel.randomize_va_space in 2
    fs.file-max >= 100000
"""
import sys
from typing import Dict, List, Optional, Tuple

OPS = ("==", "!=", ">=", "<=", "in")


class BaselineError(Exception):
    pass


def parse_baseline(lines: List[str]) -> List[Tuple[str, str, str]]:
    checks: List[Tuple[str, str, str]] = []
    for n, line in enumerate(lines, 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split(None, 2)
        if len(parts) != 3 or parts[1] not in OPS:
            raise BaselineError("baseline line %d: expected 'key OP value' with OP in %s" % (n, "/".join(OPS)))
        checks.append((parts[0], parts[1], parts[2]))
    return checks


def as_number(text: str) -> Optional[int]:
    t = text.strip()
    if t.lstrip("-").isdigit():
        return int(t)
    return None


def evaluate(actual: str, op: str, expected: str) -> bool:
    if op == "in":
        return actual in [e.strip() for e in expected.split(",")]
    a, e = as_number(actual), as_number(expected)
    if op in (">=", "<="):
        if a is None or e is None:
            raise BaselineError(f"cannot compare {actual!r} {op} {expected!r} numerically")
        return a >= e if op == ">=" else a <= e
    norm_a = " ".join(actual.split())
    norm_e = " ".join(expected.split())
    return (norm_a == norm_e) == (op == "==")


def main() -> int:
    if len(sys.argv) != 2:
        print("usage: sysctl_audit.py BASELINE < sysctl-a.txt", file=sys.stderr)
        return 64
    with open(sys.argv[1]) as fh:
        try:
            checks = parse_baseline(fh.readlines())
        except BaselineError as e:
            print(e, file=sys.stderr)
            return 65
    values: Dict[str, str] = {}
    for line in sys.stdin:
        key, sep, value = line.partition("=")
        if sep:
            values[key.strip()] = value.strip()
    passed = failed = missing = 0
    lines: List[str] = []
    for key, op, expected in checks:
        actual = values.get(key)
        if actual is None:
            missing += 1
            lines.append(f"MISS {key}")
            continue
        try:
            ok = evaluate(actual, op, expected)
        except BaselineError as e:
            lines.append(f"ERR  {key}: {e}")
            failed += 1
            continue
        if ok:
            passed += 1
        else:
            failed += 1
            lines.append(f"FAIL {key} = {actual!r}, want {op} {expected}")
    for l in sorted(lines, key=lambda s: (s[:4] != "FAIL", s)):
        print(l)
    total = passed + failed + missing
    print("score: {}/{} passed ({:.1f}%), {} failed, {} missing".format(
        passed, total, 100.0 * passed / total if total else 100.0, failed, missing))
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
