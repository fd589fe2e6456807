#!/usr/bin/env python3
"""Redact secrets and PII from application logs before shipping them to a vendor.

usage: log_redact.py [--keep-ips] FILE...   (writes FILE.redacted next to each input)
"""
import hashlib
import re
import sys

PATTERNS = [
    ("email", re.compile(r"\b(?P<user>[A-Za-z0-9._%+-]+)@(?P<domain>[A-Za-z0-9.-]+\.[A-Za-z]{2,})\b")),
    ("bearer", re.compile(r"(?i)(authorization:\s*bearer\s+)[A-Za-z0-9._~+/=-]+")),
    ("kv_secret", re.compile(r"\b(password|passwd|secret|api[_-]?key|token)\s*[=:]\s*(\"[^\"]*\"|'[^']*'|\S+)", re.IGNORECASE)),
    ("card", re.compile(r"\b(?:\d{4}[ -]?){3}\d{4}\b")),
    ("ipv4", re.compile(r"\b(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)\b")),
]


def pseudonym(value, prefix):
    return f"{prefix}-{hashlib.sha1(value.encode()).hexdigest()[:8]}"


def redact_line(line, counts, keep_ips):
    def email_sub(m):
        return f"{pseudonym(m.group('user'), 'user')}@{m.group('domain')}"

    def kv_sub(m):
        quote = m.group(2)[0] if m.group(2)[0] in "\"'" else ""
        return f"{m.group(1)}={quote}***{quote}"

    for kind, rx in PATTERNS:
        if kind == "ipv4" and keep_ips:
            continue
        if kind == "email":
            line, n = rx.subn(email_sub, line)
        elif kind == "bearer":
            line, n = rx.subn(r"\1[REDACTED]", line)
        elif kind == "kv_secret":
            line, n = rx.subn(kv_sub, line)
        elif kind == "card":
            line, n = rx.subn(lambda m: "****-****-****-" + re.sub(r"\D", "", m.group(0))[-4:], line)
        else:
            line, n = rx.subn(lambda m: ".".join(m.group(0).split(".")[:2] + ["x", "x"]), line)
        counts[kind] = counts.get(kind, 0) + n
    return line


def main() -> int:
    args = sys.argv[1:]
    keep_ips = False
    if args and args[0] == "--keep-ips":
        keep_ips = True
        args = args[1:]
    if not args:
        print(__doc__.strip().splitlines()[-1].strip(), file=sys.stderr)
        return 2
    grand = {}
    for path in args:
        counts = {}
        with open(path, encoding="utf-8") as src, open(path + ".redacted", "w", encoding="utf-8") as dst:
            for line in src:
                dst.write(redact_line(line, counts, keep_ips))
        summary = " ".join(f"{k}={v}" for k, v in counts.items() if v)
        print(f"{path}: {summary or 'clean'}")
        for k, v in counts.items():
            grand[k] = grand.get(k, 0) + v
    total = sum(grand.values())
    print(f"total redactions: {total}")
    leftovers = re.findall(r"(?i)\bpassword\b\S*", open(args[0] + ".redacted").read())
    if leftovers:
        print("possible leftovers:", sorted(set(leftovers)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
