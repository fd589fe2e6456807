"""Lint key=value configuration files."""
import argparse
import sys

LEVELS = {"error": 2, "warning": 1}


def lint(path, max_len, strict):
    problems = []
    seen = {}
    with open(path) as f:
        for n, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if "=" not in line:
                problems.append((n, "error", "missing '='"))
                continue
            key, _, value = line.partition("=")
            key = key.strip()
            if key in seen:
                problems.append((n, "warning", f"duplicate key {key!r} (first on line {seen[key]})"))
            else:
                seen[key] = n
            if len(line) > max_len:
                problems.append((n, "warning", f"line longer than {max_len} characters"))
            if strict and value != value.strip():
                problems.append((n, "warning", "whitespace around value"))
    return problems


def main():
    ap = argparse.ArgumentParser(prog="config-lint", description="Lint key=value configuration files.")
    ap.add_argument("files", nargs="+", metavar="FILE")
    ap.add_argument("--max-line-length", type=int, default=100, dest="max_len", metavar="N")
    ap.add_argument("--strict", action="store_true", help="also flag whitespace around values")
    ap.add_argument("--no-color", action="store_false", dest="color", help="plain output")
    verbosity = ap.add_mutually_exclusive_group()
    verbosity.add_argument("-q", "--quiet", action="store_const", const="error", dest="min_level", help="errors only")
    verbosity.add_argument("--warnings", action="store_const", const="warning", dest="min_level", help="warnings too")
    args = ap.parse_args()

    threshold = LEVELS[args.min_level] if args.min_level is not None else 1
    total = 0
    for path in args.files:
        try:
            problems = lint(path, args.max_len, args.strict)
        except FileNotFoundError:
            ap.error(f"cannot open {path}")
        for n, level, msg in problems:
            if LEVELS[level] < threshold:
                continue
            total += 1
            tag = level.upper()
            if args.color:
                tag = f"[{tag}]"
            print(f"{path}:{n}: {tag} {msg}")
    print(f"{total} problem(s) in {len(args.files)} file(s)")
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())
