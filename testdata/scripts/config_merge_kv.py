#!/usr/bin/env python3
"""Merge key=value config files; later files override earlier ones.

Writes the result to merged.conf in the current directory and prints a
summary of which file each final key came from.
"""
import sys
from typing import Dict, List, Tuple


class ConfigError(Exception):
    pass


def parse_kv(path: str) -> Dict[str, str]:
    result: Dict[str, str] = {}
    with open(path, encoding="utf-8") as f:
        for lineno, raw in enumerate(f, 1):
            line = raw.strip()
            if not line or line.startswith("#") or line.startswith(";"):
                continue
            if "=" not in line:
                raise ConfigError(f"{path}:{lineno}: expected key=value, got {line!r}")
            key, value = line.split("=", 1)
            key = key.strip().lower()
            value = value.strip().strip('"')
            if not key:
                raise ConfigError(f"{path}:{lineno}: empty key")
            result[key] = value
    return result


def merge(paths: List[str]) -> Tuple[Dict[str, str], Dict[str, str]]:
    merged: Dict[str, str] = {}
    origin: Dict[str, str] = {}
    for p in paths:
        for k, v in parse_kv(p).items():
            if v == "!unset":
                if k in merged:
                    del merged[k]
                    del origin[k]
                continue
            merged[k] = v
            origin[k] = p
    return merged, origin


def main() -> int:
    paths = sys.argv[1:]
    if not paths:
        print("usage: config_merge_kv.py BASE [OVERRIDE...]", file=sys.stderr)
        return 2
    try:
        merged, origin = merge(paths)
    except ConfigError as e:
        print(f"error: {e}")
        return 1
    width = max([len(k) for k in merged] + [3])
    with open("merged.conf", "w", encoding="utf-8") as out:
        out.write("# generated from " + ", ".join(paths) + "\n")
        for key in sorted(merged):
            out.write(f"{key}={merged[key]}\n")
    for key in sorted(merged):
        print(f"{key.ljust(width)}  {merged[key]:<15} ({origin[key]})")
    print(f"{len(merged)} keys written to merged.conf")
    return 0


if __name__ == "__main__":
    sys.exit(main())
