#!/usr/bin/env python3
"""Convert YAML documents to JSON (stdout or a file), the way CI pipelines lint configs."""
import argparse
import json
import sys
from typing import Any

import yaml


def convert(text: str, indent: int, sort: bool) -> str:
    data: dict[str, Any] = yaml.safe_load(text) or {}
    if indent > 0:
        return json.dumps(data, indent=indent, sort_keys=sort)
    return json.dumps(data, sort_keys=sort)


def main() -> int:
    p = argparse.ArgumentParser(prog="yaml2json")
    p.add_argument("src", help="YAML file, or - for stdin")
    p.add_argument("-o", "--output")
    p.add_argument("--indent", type=int, default=2)
    p.add_argument("--sort-keys", action="store_true")
    a = p.parse_args()

    if a.src == "-":
        text = sys.stdin.read()
    else:
        try:
            with open(a.src) as fh:
                text = fh.read()
        except FileNotFoundError:
            p.error(f"{a.src} does not exist")
    try:
        out = convert(text, a.indent, a.sort_keys)
    except yaml.YAMLError:
        print("yaml2json: parse error", file=sys.stderr)
        return 1
    except ValueError as exc:
        print(f"yaml2json: {exc}", file=sys.stderr)
        return 1
    if a.output:
        with open(a.output, "w") as fh:
            fh.write(out + "\n")
        print(f"wrote {a.output} ({len(out)} bytes)")
    else:
        print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
