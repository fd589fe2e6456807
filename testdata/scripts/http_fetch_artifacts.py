"""Download the artifacts listed in a manifest and verify their SHA-256 before install.

manifest lines: <name> <sha256>   (blank lines and # comments ignored)
"""
import argparse
import hashlib
import os
import sys

import requests


def load_manifest(path):
    entries = []
    with open(path) as fh:
        for lineno, line in enumerate(fh, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            fields = line.split()
            if len(fields) != 2:
                raise SystemExit(f"{path}:{lineno}: expected '<name> <sha256>'")
            entries.append((fields[0], fields[1].lower()))
    return entries


def fetch(base, name, dest):
    r = requests.get(f"{base}/artifacts/{name}", timeout=5)
    if r.status_code == 404:
        return "missing"
    r.raise_for_status()
    data = r.content
    with open(os.path.join(dest, name), "wb") as out:
        out.write(data)
    return hashlib.sha256(data).hexdigest()


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("manifest")
    p.add_argument("--base", default=os.environ.get("ARTIFACT_URL", "http://127.0.0.1:8080"))
    p.add_argument("--dest", default="downloads")
    a = p.parse_args()

    entries = load_manifest(a.manifest)
    os.makedirs(a.dest, exist_ok=True)
    bad = []
    for name, want in entries:
        got = fetch(a.base, name, a.dest)
        if got == "missing":
            print(f"MISSING  {name}")
            bad.append(name)
        elif got != want:
            print(f"CORRUPT  {name} (sha256 {got[:12]}..., expected {want[:12]}...)")
            os.remove(os.path.join(a.dest, name))
            bad.append(name)
        else:
            print(f"OK       {name}")
    with open(os.path.join(a.dest, "STATUS"), "w") as st:
        st.write("incomplete\n" if bad else "complete\n")
        for name in bad:
            st.write(name + "\n")
    if bad:
        print(f"{len(bad)} of {len(entries)} artifacts failed", file=sys.stderr)
        sys.exit(1)
    print(f"all {len(entries)} artifacts verified")


main()
