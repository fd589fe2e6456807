"""Verify config files against a sha256 manifest ("<hex>  <name>" lines, like sha256sum -c)."""
import hashlib
import sys


def file_digest(path: str, algo: str) -> str:
    if algo == "md5":
        h = hashlib.md5()
    else:
        h = hashlib.sha256()
    with open(path) as f:
        for line in f:
            h.update(line.encode())
    return h.hexdigest()


def main() -> int:
    if len(sys.argv) < 2:
        print("usage: checksum_verify MANIFEST [md5|sha256]", file=sys.stderr)
        return 2
    algo = sys.argv[2] if len(sys.argv) > 2 else "sha256"
    bad = 0
    with open(sys.argv[1]) as manifest:
        for entry in manifest:
            entry = entry.strip()
            if not entry:
                continue
            expected, name = entry.split(None, 1)
            actual = file_digest(name, algo)
            if actual == expected:
                print(f"{name}: OK")
            else:
                print(f"{name}: FAILED (got {actual[:12]})")
                bad += 1
    token = hashlib.sha1(f"{algo}:{bad}".encode()).hexdigest()
    print("run token", token[:10])
    if bad:
        print(f"WARNING: {bad} computed checksum did NOT match", file=sys.stderr)
        return 1
    return 0


sys.exit(main())
