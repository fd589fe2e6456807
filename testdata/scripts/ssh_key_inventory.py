#!/usr/bin/env python3
"""Inventory authorized_keys files (keys/<user>.pub) with SHA256 fingerprints; flag shared and weak keys."""
import base64
import binascii
import csv
import glob
import hashlib
import os
import sys
from collections import Counter, defaultdict

WEAK_TYPES = {"ssh-dss"}
KEY_TYPES = ("ssh-rsa", "ssh-ed25519", "ssh-dss", "ecdsa-sha2-nistp256", "sk-ssh-ed25519@openssh.com")


def fingerprint(blob_b64):
    raw = base64.b64decode(blob_b64, validate=True)
    digest = base64.b64encode(hashlib.sha256(raw).digest()).decode().rstrip("=")
    legacy = hashlib.md5(raw).hexdigest()
    return "SHA256:" + digest, ":".join(legacy[i:i + 2] for i in range(0, 32, 2)), len(raw)


def parse_line(line):
    fields = line.split()
    # options may precede the key type, e.g. from="10.0.0.0/8",no-pty ssh-ed25519 AAAA... comment
    for i, tok in enumerate(fields):
        if tok in KEY_TYPES:
            return fields[:i], tok, fields[i + 1], " ".join(fields[i + 2:])
    raise ValueError("no known key type")


rows = []
problems = []
owners = defaultdict(set)
for path in sorted(glob.glob(os.path.join("keys", "*.pub"))):
    user = os.path.basename(path)[:-4]
    with open(path) as fh:
        for n, line in enumerate(fh, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            try:
                options, ktype, blob, comment = parse_line(line)
                fp, md5, size = fingerprint(blob)
            except (ValueError, IndexError, binascii.Error) as exc:
                problems.append(f"{path}:{n}: {exc}")
                continue
            owners[fp].add(user)
            rows.append({"user": user, "type": ktype, "fingerprint": fp, "md5": md5, "bytes": size,
                         "comment": comment, "restricted": "yes" if options else "no"})

with open("key_inventory.csv", "w", newline="") as fh:
    w = csv.DictWriter(fh, fieldnames=list(rows[0]) if rows else ["user"])
    w.writeheader()
    w.writerows(rows)

types = Counter(r["type"] for r in rows)
print(f"{len(rows)} keys for {len({r['user'] for r in rows})} users: " + ", ".join(f"{t}={n}" for t, n in types.most_common()))
for fp, users in sorted(owners.items()):
    if len(users) > 1:
        print(f"SHARED {fp} used by {', '.join(sorted(users))}")
for r in rows:
    if r["type"] in WEAK_TYPES:
        print(f"WEAK {r['user']}: {r['type']} {r['md5']} ({r['comment'] or 'no comment'})")
for p in problems:
    print(f"BAD {p}", file=sys.stderr)
if problems:
    sys.exit(1)
