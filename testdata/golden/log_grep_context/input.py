import sys

# Minimal grep for log files with context lines and case-insensitive matching,
# for boxes where we cannot install anything.
# usage: log_grep_context.py [-i] [-C N] [-v] PATTERN FILE [FILE...]


def usage():
    print("usage: log_grep_context.py [-i] [-C N] [-v] PATTERN FILE...", file=sys.stderr)
    sys.exit(2)


args = sys.argv[1:]
ignore_case = False
invert = False
context = 0
while args and args[0].startswith("-"):
    opt = args.pop(0)
    if opt == "-i":
        ignore_case = True
    elif opt == "-v":
        invert = True
    elif opt == "-C":
        if not args:
            usage()
        context = int(args.pop(0))
    else:
        print("unknown option " + opt, file=sys.stderr)
        usage()

if len(args) < 2:
    usage()

pattern = args[0]
files = args[1:]
needle = pattern.lower() if ignore_case else pattern
total_matches = 0
for path in files:
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    hits = []
    for i, line in enumerate(lines):
        hay = line.lower() if ignore_case else line
        if (needle in hay) != invert:
            hits.append(i)
    shown = set()
    last_printed = -2
    for i in hits:
        lo = max(0, i - context)
        hi = min(len(lines) - 1, i + context)
        for j in range(lo, hi + 1):
            if j in shown:
                continue
            if context and last_printed >= 0 and j > last_printed + 1:
                print("--")
            sep = ":" if j in hits else "-"
            prefix = path + sep if len(files) > 1 else ""
            print("%s%d%s%s" % (prefix, j + 1, sep, lines[j]))
            shown.add(j)
            last_printed = j
    total_matches += len(hits)

print("[%d match(es) in %d file(s)]" % (total_matches, len(files)), file=sys.stderr)
sys.exit(0 if total_matches else 1)
