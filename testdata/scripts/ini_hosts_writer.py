#!/usr/bin/env python3
"""Build an ansible-style hosts.ini from a plain host list, merging into an existing file."""
import configparser
import os
import sys

USAGE = "usage: ini_hosts_writer.py HOSTLIST [OUT]"


def parse_line(line: str, lineno: int) -> tuple[str, str, str]:
    parts = line.split()
    if len(parts) < 2:
        raise ValueError(f"line {lineno}: expected 'group host [port]', got {line!r}")
    port = parts[2] if len(parts) > 2 else "22"
    if not port.isdigit():
        raise ValueError(f"line {lineno}: bad port {port!r}")
    return parts[0], parts[1], port


def main() -> None:
    if len(sys.argv) < 2:
        sys.exit(USAGE)
    src = sys.argv[1]
    out = sys.argv[2] if len(sys.argv) > 2 else "hosts.ini"

    cfg = configparser.ConfigParser(interpolation=None)
    if os.path.exists(out):
        cfg.read(out)
        print(f"merging into {out}: {len(cfg.sections())} existing groups")
    if not cfg.has_option("DEFAULT", "ansible_user"):
        cfg.set("DEFAULT", "ansible_user", os.environ.get("DEPLOY_USER", "deploy"))

    added = 0
    with open(src) as fh:
        for lineno, raw in enumerate(fh, start=1):
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            try:
                group, host, port = parse_line(line, lineno)
            except ValueError as exc:
                print(f"skip: {exc}", file=sys.stderr)
                continue
            if not cfg.has_section(group):
                cfg.add_section(group)
            cfg.set(group, host, f"ansible_port={port}")
            added += 1

    if cfg.has_section("retired"):
        for host in cfg.options("retired"):
            for group in cfg.sections():
                if group != "retired" and cfg.remove_option(group, host):
                    print(f"removed retired {host} from [{group}]")
        cfg.remove_section("retired")

    with open(out, "w") as fh:
        cfg.write(fh)
    total = sum(len(cfg.items(g)) - len(cfg.defaults()) for g in cfg.sections())
    print(f"{added} entries added, {total} hosts in {len(cfg.sections())} groups -> {out}")
    if added == 0:
        sys.exit(1)


if __name__ == "__main__":
    main()
