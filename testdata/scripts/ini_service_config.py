#!/usr/bin/env python3
"""Show the effective settings of a service from an INI file, with defaults and validation."""
import argparse
import configparser
import sys


def load(path: str) -> configparser.ConfigParser:
    cfg = configparser.ConfigParser()
    read = cfg.read(path)
    if not read:
        print(f"error: cannot read {path}", file=sys.stderr)
        sys.exit(2)
    return cfg


def main() -> int:
    parser = argparse.ArgumentParser(description="service config viewer")
    parser.add_argument("config")
    parser.add_argument("--service", default="api")
    parser.add_argument("--strict", action="store_true")
    args = parser.parse_args()

    cfg = load(args.config)
    if not cfg.has_section(args.service):
        print(f"no [{args.service}] section; known: {', '.join(cfg.sections()) or '-'}", file=sys.stderr)
        return 3

    name = args.service
    host = cfg.get(name, "host", fallback="127.0.0.1")
    port = cfg.getint(name, "port", fallback=8000)
    workers = cfg.getint(name, "workers", fallback=2)
    timeout = cfg.getfloat(name, "timeout", fallback=30.0)
    debug = cfg.getboolean(name, "debug", fallback=False)
    log_dir = cfg.get(name, "log_dir")

    print(f"[{name}] listening on {host}:{port}")
    print(f"  workers={workers} timeout={timeout}s debug={'on' if debug else 'off'}")
    print(f"  logs -> {log_dir}")
    for key, value in cfg.items(name):
        if "\n" in value:
            print(f"  {key}: {len(value.splitlines())} lines")
    if cfg.has_option(name, "allowed_hosts"):
        hosts = [h.strip() for h in cfg.get(name, "allowed_hosts").splitlines() if h.strip()]
        print(f"  allowed: {', '.join(hosts)}")
    if args.strict and workers > 16:
        print(f"workers={workers} exceeds 16 in strict mode", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except configparser.NoOptionError as exc:
        print(f"config error: {exc}", file=sys.stderr)
        sys.exit(4)
    except configparser.Error as exc:
        print(f"config error: {exc}", file=sys.stderr)
        sys.exit(5)
