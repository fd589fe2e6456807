"""Builds syslog-style lines from fields given on the command line.

usage: log_line_builder.py LEVEL HOST FIELD...
"""
import sys


def join_fields(sep: str, *fields: str) -> str:
    return sep.join(f for f in fields if f)


def line(level: str, host: str, *fields: str, width: int = 8) -> str:
    tag = level.upper().ljust(width)
    if not fields:
        return f"{tag} {host}: (no fields)"
    return f"{tag} {host}: " + join_fields(" | ", *fields) + f" [{len(fields)} field(s)]"


def main() -> int:
    if len(sys.argv) < 3:
        print("usage: log_line_builder.py LEVEL HOST FIELD...", file=sys.stderr)
        return 2
    level, host = sys.argv[1], sys.argv[2]
    if level.lower() not in ("info", "warn", "error"):
        print(f"unknown level {level!r}", file=sys.stderr)
        return 2
    print(line(level, host, *sys.argv[3:]))
    print(line(level, host, "static", "", "fields", width=6))
    print(join_fields(","))
    return 0


sys.exit(main())
