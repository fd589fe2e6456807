#!/usr/bin/env python3
"""Load a deploy config from YAML, merge it over built-in defaults and validate it."""
import argparse
import sys
from typing import Any

import yaml

DEFAULTS_YAML = """
replicas: 2
port: 8080
debug: false
timeout: 30.0
env:
  LOG_LEVEL: info
regions: [eu-west-1]
"""


class ConfigError(Exception):
    pass


def merge(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = merge(out[key], value)
        else:
            out[key] = value
    return out


def validate(cfg: dict[str, Any]) -> list[str]:
    problems = []
    if "name" not in cfg:
        problems.append("missing required key 'name'")
    replicas = cfg["replicas"]
    if not isinstance(replicas, int) or isinstance(replicas, bool) or replicas < 1:
        problems.append(f"replicas must be a positive integer, got {replicas!r}")
    if not isinstance(cfg["debug"], bool):
        problems.append(f"debug must be a boolean, got {cfg['debug']!r}")
    if not isinstance(cfg["regions"], list) or not cfg["regions"]:
        problems.append("regions must be a non-empty list")
    return problems


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("config")
    ap.add_argument("-q", "--quiet", action="store_true")
    args = ap.parse_args()
    try:
        with open(args.config) as fh:
            loaded: dict[str, Any] = yaml.safe_load(fh) or {}
    except FileNotFoundError:
        print(f"{args.config}: no such file", file=sys.stderr)
        return 2
    except yaml.YAMLError:
        print(f"{args.config}: invalid YAML", file=sys.stderr)
        return 3

    defaults: dict[str, Any] = yaml.safe_load(DEFAULTS_YAML)
    cfg = merge(defaults, loaded)
    problems = validate(cfg)
    for p in problems:
        print(f"error: {p}", file=sys.stderr)
    if problems:
        return 1
    if not args.quiet:
        for key in sorted(cfg):
            print(f"{key:>9}: {cfg[key]!r}")
    print(f"ok: {cfg['name']} x{cfg['replicas']} in {', '.join(str(r) for r in cfg['regions'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
