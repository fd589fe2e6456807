#!/usr/bin/env python3
# Rotate a log file in the working directory: app.log -> app.log.1 -> app.log.2 ...
# keeping at most KEEP rotated copies (argument or LOG_KEEP env var).
import os
import sys


def rotated_name(base, n):
    return base if n == 0 else "%s.%d" % (base, n)


def rotate(base, keep):
    actions = []
    if not os.path.exists(base):
        raise FileNotFoundError("log file not found: " + base)
    # drop anything beyond the retention limit
    n = keep
    while os.path.exists(rotated_name(base, n)):
        os.remove(rotated_name(base, n))
        actions.append("removed " + rotated_name(base, n))
        n += 1
    for i in range(keep - 1, -1, -1):
        src = rotated_name(base, i)
        if os.path.exists(src):
            dst = rotated_name(base, i + 1)
            os.rename(src, dst)
            actions.append("%s -> %s" % (src, dst))
    with open(base, "w") as f:
        f.write("")
    actions.append("truncated " + base)
    return actions


def main():
    if len(sys.argv) < 2:
        print("usage: rotate_logs.py LOGFILE [KEEP]", file=sys.stderr)
        sys.exit(2)
    base = sys.argv[1]
    keep_s = sys.argv[2] if len(sys.argv) > 2 else os.environ.get("LOG_KEEP", "3")
    keep = int(keep_s)
    if keep < 1:
        print("KEEP must be >= 1, got %d" % keep, file=sys.stderr)
        sys.exit(2)
    try:
        actions = rotate(base, keep)
    except FileNotFoundError as e:
        print("rotate failed:", e)
        sys.exit(1)
    else:
        print("rotation of %s succeeded" % base)
    finally:
        print("rotation attempt finished (keep=%d)" % keep)
    for a in actions:
        print(a)
    size_total = 0
    for i in range(1, keep + 1):
        name = rotated_name(base, i)
        if os.path.exists(name):
            with open(name) as f:
                size_total += len(f.read())
    print("kept %d rotated file(s), %d bytes total" % (min(keep, len([a for a in actions if "->" in a])), size_total))


if __name__ == "__main__":
    main()
