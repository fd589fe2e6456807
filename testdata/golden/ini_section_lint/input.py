import sys

# Lint an INI-like file: report duplicate sections, duplicate keys,
# keys outside any section and values that look like unfinished templates.

REQUIRED = {"server": ["host", "port"], "database": ["url"]}


def lint(lines):
    problems = []
    sections = {}
    current = ""
    for n, raw in enumerate(lines, 1):
        line = raw.strip()
        if line == "" or line[0] in "#;":
            continue
        if line.startswith("[") and line.endswith("]"):
            name = line[1:-1].strip().lower()
            if name in sections:
                problems.append((n, "duplicate section [%s]" % name))
            else:
                sections[name] = {}
            current = name
            continue
        if "=" not in line:
            problems.append((n, "not a key=value line"))
            continue
        key, _, value = line.partition("=")
        key = key.strip()
        value = value.strip()
        if current == "":
            problems.append((n, "key '%s' outside of a section" % key))
            continue
        if key in sections[current]:
            problems.append((n, "duplicate key '%s' in [%s]" % (key, current)))
        sections[current][key] = value
        if "{{" in value or value.endswith("TODO"):
            problems.append((n, "unrendered value for '%s'" % key))
    for sec, keys in sorted(REQUIRED.items()):
        if sec not in sections:
            continue
        for k in keys:
            if k not in sections[sec]:
                problems.append((0, "[%s] missing required key '%s'" % (sec, k)))
    return problems, sections


if len(sys.argv) != 2:
    sys.exit("usage: ini_section_lint.py FILE")

with open(sys.argv[1]) as f:
    text = f.read()

problems, sections = lint(text.splitlines())
print("sections:", sorted(sections.keys()))
for name in sorted(sections):
    print("  [%s] %d keys" % (name, len(sections[name])))
if not problems:
    print("OK: no problems found")
else:
    problems.sort()
    for lineno, msg in problems:
        where = "line %3d" % lineno if lineno > 0 else "global  "
        print("%s: %s" % (where, msg))
    print("%d problem(s)" % len(problems))
    sys.exit(1)
