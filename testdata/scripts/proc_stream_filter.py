#!/usr/bin/env python3
# Stream a child's output line by line (like tailing a build), count warnings,
# and print a copy-pasteable command line with shlex.quote.
import shlex
import shutil
import subprocess
import sys


def main():
    script = sys.argv[1] if len(sys.argv) > 1 else "build.sh"
    if shutil.which("sh") is None:
        print("no shell available", file=sys.stderr)
        return 3
    print("missing tool:", shutil.which("definitely-not-installed-tool"))
    argv = ["sh", script, "--target", "release build", "it's"]
    print("running:", " ".join(shlex.quote(a) for a in argv))
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    warnings = 0
    lines = 0
    for line in proc.stdout:
        lines += 1
        if "warning" in line.lower():
            warnings += 1
            print("  W:", line.rstrip())
    rc = proc.wait()
    print("lines=%d warnings=%d rc=%d" % (lines, warnings, rc))
    if rc != 0:
        print("build failed with", rc, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
