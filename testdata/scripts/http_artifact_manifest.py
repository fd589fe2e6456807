"""Fetch the artifact manifest of a build from the artifact server and write it to manifest.txt.

usage: http_artifact_manifest.py BASE_URL BUILD [--user U] [--password P] [--insecure] [--strict]
"""
import sys
import argparse
import requests
from requests.auth import HTTPBasicAuth

parser = argparse.ArgumentParser()
parser.add_argument("base")
parser.add_argument("build")
parser.add_argument("--user", default="reader")
parser.add_argument("--password", default="")
parser.add_argument("--insecure", action="store_true", help="skip TLS certificate checks")
parser.add_argument("--strict", action="store_true", help="fail on any HTTP error")
args = parser.parse_args()

auth = HTTPBasicAuth(args.user, args.password)
url = args.base.rstrip("/") + "/builds/" + args.build + "/manifest"
resp = requests.get(url, auth=auth, params={"format": "lines", "arch": "amd64"}, verify=not args.insecure, timeout=5)

if args.strict:
    resp.raise_for_status()   # a traceback is fine for the CI job

if resp.status_code == 404:
    print("no such build: " + args.build)
    sys.exit(1)
elif not resp.ok:
    print("artifact server said %d %s for %s" % (resp.status_code, resp.reason, resp.url))
    sys.exit(2)

lines = [l.strip() for l in resp.text.splitlines() if l.strip() and not l.startswith("#")]
total = 0
with open("manifest.txt", "w") as out:
    for line in lines:
        name, _, size = line.partition(" ")
        total += int(size)
        out.write(f"{name}\t{int(size):>10,}\n")
    out.write(f"TOTAL\t{total:>10,}\n")

# the checksum file is optional and public: no auth
sums = requests.get(url.replace("/manifest", "/SHA256SUMS"), timeout=5)
if sums.status_code == 200:
    print("checksums: %d entries" % len(sums.text.splitlines()))
else:
    print("checksums: none (%s)" % sums.reason)
print("%d artifacts, %s bytes, content-type %s" % (len(lines), format(total, ","), resp.headers["Content-Type"]))
