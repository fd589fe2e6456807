#!/usr/bin/env python3
# Render a config template replacing ${NAME} and ${NAME:-default} placeholders
# from a vars file (key=value) and the process environment (env wins).
# usage: env_template_render.py TEMPLATE VARS OUTPUT
import os
import sys
from typing import Dict, List, Tuple


class MissingVariable(KeyError):
    pass


def load_vars(path: str) -> Dict[str, str]:
    values: Dict[str, str] = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith("#") and "=" in line:
                k, v = line.split("=", 1)
                values[k.strip()] = v.strip()
    return values


def lookup(name: str, values: Dict[str, str]) -> str:
    env_val = os.environ.get(name)
    if env_val is not None:
        return env_val
    return values[name]


def render(text: str, values: Dict[str, str]) -> Tuple[str, List[str]]:
    out = []
    used = []
    i = 0
    while i < len(text):
        start = text.find("${", i)
        if start < 0:
            out.append(text[i:])
            break
        end = text.find("}", start)
        if end < 0:
            raise ValueError(f"unterminated placeholder at offset {start}")
        out.append(text[i:start])
        expr = text[start + 2:end]
        name, sep, default = expr.partition(":-")
        try:
            value = lookup(name, values)
        except KeyError:
            if not sep:
                raise MissingVariable(name)
            value = default
        out.append(value)
        used.append(name)
        i = end + 1
    return "".join(out), used


def main() -> None:
    if len(sys.argv) != 4:
        print("usage: env_template_render.py TEMPLATE VARS OUTPUT", file=sys.stderr)
        sys.exit(2)
    with open(sys.argv[1], encoding="utf-8") as f:
        template = f.read()
    values = load_vars(sys.argv[2])
    rendered, used = render(template, values)
    with open(sys.argv[3], "w", encoding="utf-8") as f:
        f.write(rendered)
    distinct = sorted(set(used))
    print(f"rendered {sys.argv[1]} -> {sys.argv[3]} ({len(rendered)} chars)")
    print(f"placeholders: {len(used)} ({len(distinct)} distinct)")
    for name in distinct:
        src = "env" if name in os.environ else ("vars" if name in values else "default")
        print(f"  {name:<16} from {src}")
    unused = [k for k in sorted(values) if k not in distinct]
    if unused:
        print("unused vars:", ", ".join(unused))


if __name__ == "__main__":
    main()
