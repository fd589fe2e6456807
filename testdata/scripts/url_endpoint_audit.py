#!/usr/bin/env python3
"""Audit service endpoint URLs from a config file: redact credentials, check ports and
timeouts, resolve relative health paths and write a normalised endpoint list."""
import argparse
import sys
from urllib.parse import parse_qs, quote, unquote, urlencode, urljoin, urlsplit, urlunsplit

DEFAULT_PORTS = {"http": 80, "https": 443, "redis": 6379, "postgres": 5432}


def redact(parts):
    if parts.password is None:
        return parts.geturl()
    host = parts.hostname or ""
    if parts.port is not None:
        host = f"{host}:{parts.port}"
    return parts._replace(netloc=f"{parts.username}:***@{host}").geturl()


def audit(name, raw, health):
    problems = []
    try:
        parts = urlsplit(raw)
        port = parts.port
    except ValueError as exc:
        return None, [f"unparsable ({exc})"]
    if parts.scheme not in DEFAULT_PORTS:
        problems.append(f"unknown scheme {parts.scheme!r}")
    if not parts.hostname:
        problems.append("no host")
    effective = port if port is not None else DEFAULT_PORTS.get(parts.scheme, 0)
    opts = parse_qs(parts.query, keep_blank_values=True)
    timeout = opts.get("timeout", ["5"])[-1]
    if not timeout.isdigit():
        problems.append(f"bad timeout {timeout!r}")
    if parts.username:
        problems.append(f"credentials in URL for user {unquote(parts.username)!r}")
    check = urljoin(raw if raw.endswith("/") else raw + "/", health) if parts.scheme.startswith("http") else "-"
    query = urlencode(sorted((k, v[-1]) for k, v in opts.items()))
    clean = urlunsplit((parts.scheme, parts.netloc.rpartition("@")[2].lower(), quote(unquote(parts.path)), query, ""))
    line = f"{name:<10} {clean:<55} port={effective:<5} check={check}"
    return line, problems


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("config")
    ap.add_argument("--health", default="healthz", help="health path, relative to each base URL")
    ap.add_argument("-o", "--output", default="endpoints.txt")
    args = ap.parse_args()
    lines, bad = [], 0
    with open(args.config) as fh:
        for raw_line in fh:
            raw_line = raw_line.strip()
            if not raw_line or raw_line.startswith("#"):
                continue
            name, _, url = raw_line.partition("=")
            name, url = name.strip(), url.strip()
            line, problems = audit(name, url, args.health)
            try:
                shown = redact(urlsplit(url))
            except ValueError:
                shown = url
            print(f"{name}: {shown}")
            for p in problems:
                print(f"  ! {p}")
            bad += 1 if problems else 0
            if line is not None:
                lines.append(line)
    with open(args.output, "w") as out:
        out.write("\n".join(lines) + "\n")
    print(f"{len(lines)} endpoints written to {args.output}, {bad} with problems")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
