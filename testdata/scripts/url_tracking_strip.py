#!/usr/bin/env python3
"""Strip tracking parameters from URLs read on stdin (one per line) and report per host."""
import sys
import urllib.parse
from collections import Counter

def clean(url: str, keep_blank: bool) -> tuple[str, int]:
    parts = urllib.parse.urlparse(url)
    pairs = urllib.parse.parse_qsl(parts.query, keep_blank_values=keep_blank)
    kept = [(k, v) for k, v in pairs if not k.lower().startswith(("utm_", "fbclid", "gclid", "mc_"))]
    dropped = len(pairs) - len(kept)
    query = urllib.parse.urlencode(kept)
    rebuilt = urllib.parse.urlunparse((parts.scheme, parts.netloc, parts.path, parts.params, query, parts.fragment))
    return rebuilt, dropped


def main() -> int:
    keep_blank = "--keep-blank" in sys.argv[1:]
    per_host = Counter()
    total_dropped = 0
    errors = 0
    for lineno, line in enumerate(sys.stdin, 1):
        url = line.strip()
        if not url:
            continue
        try:
            rebuilt, dropped = clean(url, keep_blank)
            host = urllib.parse.urlsplit(url).hostname
        except ValueError as exc:
            print(f"line {lineno}: {exc}", file=sys.stderr)
            errors += 1
            continue
        total_dropped += dropped
        per_host[host or "(none)"] += dropped
        marker = "*" if dropped else " "
        print(f"{marker} {rebuilt}")
    print(f"-- dropped {total_dropped} tracking parameter(s)")
    for host, n in per_host.most_common():
        if n:
            print(f"   {host}: {n}")
    summary = {"hosts": sorted(h for h in per_host), "dropped": [str(total_dropped)]}
    print("summary:", urllib.parse.urlencode(summary, doseq=True))
    return 2 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
