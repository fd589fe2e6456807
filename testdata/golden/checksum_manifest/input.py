# Create or verify a manifest of simple checksums (Adler-32 style, computed by
# hand) for config files, so drift can be detected without extra tools.
# usage: checksum_manifest.py create MANIFEST FILE...
#        checksum_manifest.py verify MANIFEST
import sys

MOD_ADLER = 65521


def adler32(text):
    a = 1
    b = 0
    for ch in text:
        a = (a + ord(ch)) % MOD_ADLER
        b = (b + a) % MOD_ADLER
    return b * 65536 + a


def file_sum(path):
    with open(path, encoding="utf-8") as f:
        data = f.read()
    return "%08x" % adler32(data), len(data)


def create(manifest, files):
    with open(manifest, "w") as out:
        for path in files:
            digest, size = file_sum(path)
            out.write("%s  %d  %s\n" % (digest, size, path))
            print("added   %s %s" % (digest, path))
    print("manifest %s: %d file(s)" % (manifest, len(files)))
    return 0


def verify(manifest):
    problems = 0
    checked = 0
    with open(manifest) as f:
        entries = [l.split() for l in f if l.strip()]
    for digest, size_s, path in entries:
        checked += 1
        try:
            actual, size = file_sum(path)
        except FileNotFoundError:
            print("MISSING  %s" % path)
            problems += 1
        else:
            if actual != digest:
                print("CHANGED  %s (size %s -> %d)" % (path, size_s, size))
                problems += 1
            else:
                print("OK       %s" % path)
    print("%d checked, %d problem(s)" % (checked, problems))
    return 1 if problems else 0


if len(sys.argv) < 3 or sys.argv[1] not in ("create", "verify"):
    print("usage: checksum_manifest.py create|verify MANIFEST [FILE...]", file=sys.stderr)
    sys.exit(2)
if sys.argv[1] == "create":
    sys.exit(create(sys.argv[2], sys.argv[3:]))
sys.exit(verify(sys.argv[2]))
