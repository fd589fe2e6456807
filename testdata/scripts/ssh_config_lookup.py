#!/usr/bin/env python3
# Resolve effective ssh options for hosts from an ssh_config-like file.
# First matching value wins (like OpenSSH). Patterns support "*" at start/end and "!" negation.
# usage: ssh_config_lookup.py CONFIG HOST [HOST...]
import sys


def pattern_matches(pattern, host):
    if pattern == "*":
        ok = True
    elif pattern.startswith("*") and pattern.endswith("*") and len(pattern) > 1:
        ok = pattern[1:-1] in host
    elif pattern.startswith("*"):
        ok = host.endswith(pattern[1:])
    elif pattern.endswith("*"):
        ok = host.startswith(pattern[:-1])
    else:
        ok = pattern == host
    return ok


def parse_config(path):
    blocks = []
    current_patterns = ["*"]
    current_opts = []
    with open(path) as f:
        for raw in f:
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            if "=" in line and " " not in line.split("=")[0]:
                key, value = line.split("=", 1)
            else:
                key, _, value = line.partition(" ")
            key = key.strip().lower()
            value = value.strip()
            if key == "host":
                blocks.append((current_patterns, current_opts))
                current_patterns = value.split()
                current_opts = []
            else:
                current_opts.append((key, value))
    blocks.append((current_patterns, current_opts))
    return blocks


def resolve(blocks, host):
    result = {}
    for patterns, opts in blocks:
        matched = [p for p in patterns if not p.startswith("!") and pattern_matches(p, host)]
        negated = [p for p in patterns if p.startswith("!") and pattern_matches(p[1:], host)]
        if not matched or negated:
            continue
        for key, value in opts:
            if key not in result:
                result[key] = value
    result.setdefault("hostname", host)
    result.setdefault("port", "22")
    result.setdefault("user", "root")
    return result


if len(sys.argv) < 3:
    sys.exit("usage: ssh_config_lookup.py CONFIG HOST [HOST...]")

blocks = parse_config(sys.argv[1])
for host in sys.argv[2:]:
    opts = resolve(blocks, host)
    port = int(opts["port"])
    print("%s -> %s@%s:%d" % (host, opts["user"], opts["hostname"], port))
    for key in sorted(opts):
        if key not in ("user", "hostname", "port"):
            print("    %-22s %s" % (key, opts[key]))
