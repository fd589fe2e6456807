"""Render {{ name }} / {{ name | default("x") }} / {{ name | upper }} templates.

Usage: config_template.py TEMPLATE VALUES [OUT]
VALUES is a key=value file; environment variables prefixed TPL_ override it.
"""
import os
import sys
from typing import Dict, List, Optional, Tuple


class TemplateError(Exception):
    def __init__(self, line: int, col: int, message: str):
        super().__init__(message)
        self.line = line
        self.col = col

    def __str__(self) -> str:
        return "%d:%d: %s" % (self.line, self.col, self.args[0])


class UndefinedVariable(TemplateError):
    pass


def load_values(path: str) -> Dict[str, str]:
    values: Dict[str, str] = {}
    with open(path) as fh:
        for raw in fh:
            line = raw.strip()
            if not line or line[0] == "#":
                continue
            key, eq, value = line.partition("=")
            if not eq:
                continue
            values[key.strip()] = value.strip()
    for key, value in sorted(os.environ.items()):
        if key.startswith("TPL_"):
            values[key[4:].lower()] = value
    return values


def parse_filter(text: str) -> Tuple[str, Optional[str]]:
    text = text.strip()
    if "(" not in text:
        return text, None
    name, _, arg = text.partition("(")
    arg = arg.rstrip(")").strip()
    if len(arg) >= 2 and arg[0] == arg[-1] and arg[0] in "\"'":
        arg = arg[1:-1]
    return name.strip(), arg


def apply_filters(value: Optional[str], filters: List[str], line: int, col: int, name: str) -> str:
    for f in filters:
        fname, arg = parse_filter(f)
        if fname == "default":
            if value is None or value == "":
                value = arg if arg is not None else ""
        elif value is None:
            raise UndefinedVariable(line, col, "undefined variable %r" % name)
        elif fname == "upper":
            value = value.upper()
        elif fname == "lower":
            value = value.lower()
        elif fname == "quote":
            value = '"' + value.replace('"', '\\"') + '"'
        elif fname == "indent":
            n = int(arg) if arg else 2
            value = value.replace("\\n", "\n" + " " * n)
        else:
            raise TemplateError(line, col, "unknown filter " + fname)
    if value is None:
        raise UndefinedVariable(line, col, "undefined variable %r" % name)
    return value


def render_line(text: str, lineno: int, values: Dict[str, str], used: Dict[str, int]) -> str:
    out: List[str] = []
    pos = 0
    while True:
        start = text.find("{{", pos)
        if start < 0:
            out.append(text[pos:])
            break
        end = text.find("}}", start + 2)
        if end < 0:
            raise TemplateError(lineno, start + 1, "unclosed '{{'")
        out.append(text[pos:start])
        expr = text[start + 2:end]
        parts = [p.strip() for p in expr.split("|")]
        name = parts[0]
        if not name:
            raise TemplateError(lineno, start + 1, "empty expression")
        used[name] = used.get(name, 0) + 1
        out.append(apply_filters(values.get(name), parts[1:], lineno, start + 1, name))
        pos = end + 2
    return "".join(out)


def main() -> int:
    if len(sys.argv) not in (3, 4):
        sys.exit("usage: config_template.py TEMPLATE VALUES [OUT]")
    tpl_path, values_path = sys.argv[1], sys.argv[2]
    out_path = sys.argv[3] if len(sys.argv) == 4 else None
    values = load_values(values_path)
    used: Dict[str, int] = {}
    rendered: List[str] = []
    try:
        with open(tpl_path) as fh:
            for n, line in enumerate(fh.read().split("\n"), 1):
                rendered.append(render_line(line, n, values, used))
    except UndefinedVariable as e:
        print(f"{tpl_path}:{e} (define it in {values_path} or TPL_{e.args[0].split()[-1].strip(chr(39)).upper()})",
              file=sys.stderr)
        return 3
    except TemplateError as e:
        print(f"{tpl_path}:{e}", file=sys.stderr)
        return 4
    result = "\n".join(rendered)
    if out_path is None:
        sys.stdout.write(result)
    else:
        with open(out_path, "w") as fh:
            fh.write(result)
    unused = sorted(set(values) - set(used))
    print("-- %d substitutions, %d distinct, unused: %s" % (sum(used.values()), len(used), str(unused) if unused else "none"),
          file=sys.stderr if out_path is None else sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
