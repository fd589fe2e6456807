# Verify backup copies against a manifest using hand-rolled checksums.
# manifest lines:  <algo>:<hex> <size> <path>     algo in sum16, xor8, fletcher16
import sys
from typing import Dict, List, Optional, Tuple


class ManifestLineError(Exception):
    def __init__(self, lineno: int, detail: str):
        Exception.__init__(self, "manifest line %d: %s" % (lineno, detail))


def sum16(data: str) -> int:
    total = 0
    for ch in data:
        total = (total + ord(ch)) % 65536
    return total


def xor8(data: str) -> int:
    acc = 0
    for ch in data:
        acc ^= ord(ch) & 0xFF
    return acc


def fletcher16(data: str) -> int:
    a, b = 0, 0
    for ch in data:
        a = (a + ord(ch)) % 255
        b = (b + a) % 255
    return (b << 8) | a


def checksum(algo: str, data: str) -> Optional[str]:
    if algo == "sum16":
        return "%04x" % sum16(data)
    if algo == "xor8":
        return format(xor8(data), "02x")
    if algo == "fletcher16":
        return "{:04x}".format(fletcher16(data))
    return None


def parse_manifest(text: str) -> List[Tuple[str, str, int, str]]:
    entries = []
    for i, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = line.split(None, 2)
        if len(fields) != 3:
            raise ManifestLineError(i, "expected 3 fields")
        algo, sep, digest = fields[0].partition(":")
        if not sep or not digest:
            raise ManifestLineError(i, "checksum must be algo:hex")
        try:
            size = int(fields[1])
        except ValueError:
            raise ManifestLineError(i, "size %r is not an integer" % fields[1])
        entries.append((algo, digest.lower(), size, fields[2].strip()))
    return entries


def verify_one(algo: str, digest: str, size: int, path: str) -> Tuple[str, str]:
    try:
        with open(path, encoding="utf-8") as fh:
            data = fh.read()
    except FileNotFoundError:
        return "MISSING", ""
    actual = checksum(algo, data)
    if actual is None:
        return "UNKNOWN-ALGO", algo
    if len(data) != size:
        return "SIZE", f"{len(data)} != {size}"
    if actual != digest:
        return "CORRUPT", f"{actual} != {digest}"
    return "OK", actual


def main() -> int:
    if len(sys.argv) < 2:
        print("usage: backup_verify.py MANIFEST [--generate FILE...]", file=sys.stderr)
        return 2
    if len(sys.argv) > 2 and sys.argv[2] == "--generate":
        lines = []
        for path in sys.argv[3:]:
            with open(path) as fh:
                data = fh.read()
            for algo in ("sum16", "xor8", "fletcher16")[::-1]:
                lines.append("%s:%s %d %s" % (algo, checksum(algo, data), len(data), path))
        with open(sys.argv[1], "w") as out:
            out.write("\n".join(lines) + "\n")
        print("wrote %d entries" % len(lines))
        return 0
    try:
        with open(sys.argv[1]) as fh:
            entries = parse_manifest(fh.read())
    except ManifestLineError as e:
        print(e, file=sys.stderr)
        return 2
    results: Dict[str, List[str]] = {}
    for algo, digest, size, path in entries:
        status, detail = verify_one(algo, digest, size, path)
        results.setdefault(status, []).append(path)
        suffix = " (" + detail + ")" if detail and status != "OK" else ""
        print("[%-12s] %-10s %s%s" % (status, algo, path, suffix))
    ok = len(results.get("OK", []))
    print("%d/%d verified" % (ok, len(entries)))
    bad = {k: v for k, v in results.items() if k != "OK"}
    if bad:
        worst = max(bad, key=lambda k: (len(bad[k]), k))
        print("most frequent problem: %s x%d" % (worst, len(bad[worst])))
        return 1
    return 0


sys.exit(main())
