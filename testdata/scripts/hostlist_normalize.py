#!/usr/bin/env python3
# Normalise a host list by piping it through the system `sort -u`, then count it with `wc`.
# Module-level script, as typically found in an ops repo's bin/ directory.
import os
import subprocess
import sys

src = sys.argv[1] if len(sys.argv) > 1 else "hosts.txt"
domain = os.environ.get("DEFAULT_DOMAIN", "example.net")
strict = os.environ.get("STRICT", "0") == "1"

with open(src, encoding="utf-8") as fh:
    raw = fh.read()

cleaned = []
rejected = []
for line in raw.splitlines():
    host = line.split("#", 1)[0].strip().lower().rstrip(".")
    if not host:
        continue
    if " " in host or "_" in host:
        rejected.append(host)
        continue
    if "." not in host:
        host = f"{host}.{domain}"
    cleaned.append(host)

if rejected:
    for bad in rejected:
        print(f"rejected: {bad!r}", file=sys.stderr)
    if strict:
        sys.exit(f"{len(rejected)} invalid host name(s) in {src}")

result = subprocess.run(
    ["sort", "-u"], input="\n".join(cleaned) + "\n", capture_output=True, text=True, check=True
)
unique = result.stdout.splitlines()

wc = subprocess.run(["wc", "-l"], input=result.stdout, capture_output=True, text=True, check=True)
count = int(wc.stdout.split()[0])
assert count == len(unique), (count, len(unique))

with open("hosts.sorted", "w") as out:
    out.write(result.stdout)

by_domain = {}
for host in unique:
    short, _, dom = host.partition(".")
    by_domain.setdefault(dom, []).append(short)

print(f"input lines: {len(raw.splitlines())}, kept {len(cleaned)}, unique {count}, dupes {len(cleaned) - count}")
for dom in sorted(by_domain, key=lambda d: (-len(by_domain[d]), d)):
    names = by_domain[dom]
    print(f"{dom:<20} {len(names):>3}  {', '.join(names[:4])}{' ...' if len(names) > 4 else ''}")

# verify the written file with `cat` so the report shows exactly what landed on disk
check = subprocess.run(["cat", "hosts.sorted"], stdout=subprocess.PIPE, text=True, check=True)
if check.stdout != result.stdout:
    sys.exit("hosts.sorted does not match sort output")

try:
    subprocess.run(["sh", "-c", "grep -q '^localhost' hosts.sorted"], check=True)
    print("warning: localhost entries present")
except subprocess.CalledProcessError as exc:
    print(f"no localhost entries (grep exit {exc.returncode})")
