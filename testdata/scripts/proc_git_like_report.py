#!/usr/bin/env python3
# Summarise a directory listing produced by external tools (ls, wc, sort) and
# run a post-processing pipeline through a shell, as release scripts often do.
import subprocess
import sys


def line_count(path):
    out = subprocess.check_output(["wc", "-l", path], text=True)
    return int(out.split()[0])


def sorted_unique(path):
    proc = subprocess.Popen(["sort", "-u"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    with open(path) as f:
        data = f.read()
    out, _ = proc.communicate(input=data)
    return out.splitlines(), proc.returncode


def main():
    target = sys.argv[1] if len(sys.argv) > 1 else "data"
    print("report for", target)
    listing = subprocess.run(["ls", "-1", target], capture_output=True, text=True, check=True)
    names = listing.stdout.split()
    print("files:", names)
    total = 0
    for name in names:
        n = line_count(target + "/" + name)
        total += n
        print("%-10s %4d lines" % (name, n))
    print("total lines:", total)
    uniq, rc = sorted_unique(target + "/" + names[0])
    print("unique entries in", names[0], "->", uniq, "rc", rc)
    rc = subprocess.call(["grep", "-q", "ERROR", target + "/" + names[-1]])
    print("grep rc:", rc)
    shell = subprocess.run("cat %s/* | sort | uniq -c | sort -rn | head -3" % target, shell=True,
                           capture_output=True, text=True)
    for row in shell.stdout.splitlines():
        print("top:", row.split())
    sys.stdout.flush()
    rc = subprocess.check_call(["echo", "child output after flush"])
    print("done")
    try:
        out = subprocess.check_output(["sh", "-c", "echo partial; exit 4"], text=True)
        print("unexpected:", out)
    except subprocess.CalledProcessError as e:
        print("error:", e)
        print("rc=%d output=%r" % (e.returncode, e.output))
        print("cmd:", e.cmd)
    last = subprocess.run(["cat", target + "/missing"], check=True, stderr=subprocess.DEVNULL)
    print("not reached", last.returncode)


if __name__ == "__main__":
    main()
