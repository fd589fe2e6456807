#!/usr/bin/env python3
# Anonymize a log file before attaching it to a vendor ticket:
# IPv4 addresses -> ip-N, e-mail addresses -> user-N@redacted, key=secret values -> ***.
# Same input value always maps to the same token. Writes <file>.anon
import sys
from typing import Dict

SECRET_KEYS = ("password", "passwd", "token", "apikey", "secret")


def looks_like_ip(word: str) -> bool:
    parts = word.split(".")
    return len(parts) == 4 and all([p.isdigit() and len(p) <= 3 and int(p) <= 255 for p in parts])


def token_for(value: str, table: Dict[str, str], prefix: str) -> str:
    if value not in table:
        table[value] = f"{prefix}-{len(table) + 1}"
    return table[value]


def anonymize_word(word: str, ips: Dict[str, str], emails: Dict[str, str]) -> str:
    core = word.strip(",;()[]\"'")
    if not core:
        return word
    lead = word[: word.find(core)]
    trail = word[word.find(core) + len(core):]
    if "=" in core:
        key, _, val = core.partition("=")
        if key.lower() in SECRET_KEYS and val:
            return lead + key + "=***" + trail
        if looks_like_ip(val):
            return lead + key + "=" + token_for(val, ips, "ip") + trail
        if "@" in val:
            return lead + key + "=" + token_for(val.lower(), emails, "user") + "@redacted" + trail
    host, sep, port = core.rpartition(":")
    if sep and port.isdigit() and looks_like_ip(host):
        return lead + token_for(host, ips, "ip") + ":" + port + trail
    if looks_like_ip(core):
        return lead + token_for(core, ips, "ip") + trail
    if "@" in core and "." in core.split("@")[-1]:
        return lead + token_for(core.lower(), emails, "user") + "@redacted" + trail
    return word


def main() -> int:
    if len(sys.argv) != 2:
        print("usage: log_anonymizer.py LOGFILE", file=sys.stderr)
        return 2
    src = sys.argv[1]
    ips: Dict[str, str] = {}
    emails: Dict[str, str] = {}
    changed_lines = 0
    out_lines = []
    with open(src, encoding="utf-8") as f:
        for line in f:
            words = line.rstrip("\n").split(" ")
            new_words = [anonymize_word(w, ips, emails) for w in words]
            if new_words != words:
                changed_lines += 1
            out_lines.append(" ".join(new_words))
    with open(src + ".anon", "w", encoding="utf-8") as out:
        for l in out_lines:
            out.write(l + "\n")
    print(f"wrote {src}.anon: {len(out_lines)} lines, {changed_lines} changed")
    print(f"distinct IPs: {len(ips)}, distinct e-mails: {len(emails)}")
    print("tokens:", sorted(list(ips.values()) + list(emails.values())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
