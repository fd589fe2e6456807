#!/usr/bin/env python3
# Merge several /etc/hosts style files into hosts.merged.
# Later files win when the same hostname maps to different IPs; conflicts are reported.
import sys


def parse_hosts(path):
    entries = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            parts = line.split()
            if len(parts) < 2:
                continue
            ip = parts[0]
            for name in parts[1:]:
                entries.append((name.lower(), ip))
    return entries


def main():
    files = [a for a in sys.argv[1:] if a != "--strict"]
    if not files:
        print("usage: hosts_file_merge.py HOSTS [HOSTS...]", file=sys.stderr)
        sys.exit(2)
    name_to_ip = {}
    source = {}
    conflicts = []
    for path in files:
        for name, ip in parse_hosts(path):
            if name in name_to_ip and name_to_ip[name] != ip:
                conflicts.append((name, name_to_ip[name], ip, path))
            name_to_ip[name] = ip
            source[name] = path

    by_ip = {}
    for name, ip in name_to_ip.items():
        by_ip.setdefault(ip, []).append(name)

    def_order = ["127.0.0.1", "::1"]
    ips = [ip for ip in def_order if ip in by_ip]
    ips += sorted([ip for ip in by_ip if ip not in def_order])

    with open("hosts.merged", "w", encoding="utf-8") as out:
        out.write("# merged from %d file(s)\n" % len(files))
        for ip in ips:
            names = sorted(by_ip[ip], key=lambda n: (n.count("."), n), reverse=True)
            out.write(ip.ljust(16) + " ".join(names) + "\n")

    print("merged %d names onto %d addresses" % (len(name_to_ip), len(ips)))
    for name, old, new, path in conflicts:
        print("conflict: %s was %s, now %s (from %s)" % (name, old, new, path))
    per_file = {}
    for name in source:
        per_file[source[name]] = per_file.get(source[name], 0) + 1
    for path in files:
        print("  %-20s contributes %d name(s)" % (path, per_file.get(path, 0)))
    if conflicts and "--strict" in sys.argv:
        sys.exit(1)


if __name__ == "__main__":
    main()
