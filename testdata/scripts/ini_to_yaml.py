#!/usr/bin/env python3
"""Migrate a legacy INI config to YAML: typed values, DEFAULT folded into each section."""
import configparser
import sys
from typing import Any

import yaml

BOOLS = {"true": True, "yes": True, "on": True, "false": False, "no": False, "off": False}


def typed(raw: str) -> Any:
    low = raw.lower()
    if low in BOOLS:
        return BOOLS[low]
    try:
        return int(raw)
    except ValueError:
        pass
    try:
        return float(raw)
    except ValueError:
        pass
    if "\n" in raw:
        return [line.strip() for line in raw.splitlines() if line.strip()]
    return raw


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print("usage: ini_to_yaml.py CONFIG.ini [OUT.yaml]", file=sys.stderr)
        return 2
    cp = configparser.ConfigParser(interpolation=None)
    try:
        with open(argv[1]) as fh:
            cp.read_string(fh.read(), source=argv[1])
    except FileNotFoundError:
        print(f"{argv[1]}: not found", file=sys.stderr)
        return 2
    except configparser.MissingSectionHeaderError:
        print(f"{argv[1]}: not an INI file (no section header)", file=sys.stderr)
        return 3
    except configparser.Error as exc:
        print(f"{argv[1]}: {exc}", file=sys.stderr)
        return 3

    doc: dict[str, Any] = {}
    for section in cp.sections():
        body: dict[str, Any] = {}
        for key, raw in cp.items(section):
            body[key] = typed(raw)
        doc[section] = body
    text = yaml.safe_dump(doc, default_flow_style=False, sort_keys=False)
    if len(argv) > 2:
        with open(argv[2], "w") as out:
            out.write(text)
        print(f"{len(doc)} sections -> {argv[2]}")
    else:
        print(text, end="")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
