"""Lint a key=value config: key syntax, duplicate keys, suspicious values."""

import re
import sys

KEY_RE = re.compile(r"[a-z][a-z0-9_.]*")
SECRET_RE = re.compile(r"(password|secret|token)", re.IGNORECASE)
SIZE_RE = re.compile(r"(\d+)\s*(k|m|g)i?b?", re.I)


def main() -> int:
    path = sys.argv[1]
    with open(path) as f:
        text = f.read()
    problems = 0
    seen: dict[str, int] = {}
    comments = re.findall(r"^\s*#.*$", text, flags=re.MULTILINE)
    print(f"{len(comments)} comment line(s)")
    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        parts = re.split(r"\s*=\s*", line, maxsplit=1)
        if len(parts) != 2:
            print(f"{path}:{lineno}: not key=value: {line!r}")
            problems += 1
            continue
        key, value = parts
        if not KEY_RE.fullmatch(key):
            print(f"{path}:{lineno}: bad key {key!r}")
            problems += 1
        if key in seen:
            print(f"{path}:{lineno}: duplicate {key} (first on line {seen[key]})")
            problems += 1
        else:
            seen[key] = lineno
        if SECRET_RE.search(key) and value and not value.startswith("${"):
            print(f"{path}:{lineno}: plaintext secret in {key}")
            problems += 1
        size = SIZE_RE.fullmatch(value)
        if size:
            unit = size.group(2).lower()
            print(f"{path}:{lineno}: {key} = {size.group(1)} {unit} (span {size.span()})")
        words = re.sub(r"[^\w\s]+", " ", value).split()
        if len(words) > 3:
            print(f"{path}:{lineno}: long value ({len(words)} words)")
    print(f"{problems} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
