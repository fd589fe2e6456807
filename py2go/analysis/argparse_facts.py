"""Static types of argparse destinations, read from the module's `add_argument` calls.

`args.count` has the type its `add_argument("--count", type=int, default=3)` implies; Go needs
it at compile time, so we collect every add_argument call of the file (whatever parser or
group it is called on) and derive one Python type per destination.
"""

from __future__ import annotations

import libcst as cst

from py2go.analysis.walk import walk

_TYPES = {"int": "int", "float": "float", "str": "str"}


def _literal(node: cst.BaseExpression | None) -> object:
    if isinstance(node, cst.SimpleString | cst.Integer | cst.Float):
        try:
            return node.evaluated_value
        except Exception:
            return None
    if isinstance(node, cst.Name) and node.value in ("True", "False", "None"):
        return {"True": True, "False": False, "None": None}[node.value]
    return ...  # not a literal


def destination(names: list[str], dest: str | None, kw: dict | None = None) -> str:
    if dest:
        return dest
    longs = [n for n in names if n.startswith("--")]
    if longs:
        return longs[0][2:].replace("-", "_")
    shorts = [n for n in names if n.startswith("-")]
    if shorts:
        return shorts[0].lstrip("-").replace("-", "_")
    return names[0]


def dest_type(kw: dict[str, cst.BaseExpression], positional: bool) -> str:
    """The Python type of one destination (see docs/translation.md, argparse)."""
    action = _literal(kw.get("action"))
    type_node = kw.get("type")
    base = _TYPES.get(type_node.value, "Any") if isinstance(type_node, cst.Name) else "str"
    if type_node is None:
        base = "str"
    has_default = "default" in kw and _literal(kw["default"]) is not None
    required = _literal(kw.get("required")) is True or positional
    nargs = _literal(kw.get("nargs")) if "nargs" in kw else None
    if action in ("store_true", "store_false"):
        return "bool"
    if action == "count":
        return "int" if has_default else "Optional[int]"
    if action in ("store_const", "append_const"):
        return "Any"
    if action == "append":
        return f"list[{base}]" if has_default else f"Optional[list[{base}]]"
    if nargs in ("+", "*") or isinstance(nargs, int) and nargs is not True:
        if positional or has_default or required:
            return f"list[{base}]"
        return f"Optional[list[{base}]]"
    if nargs == "?":
        return base if has_default else f"Optional[{base}]"
    if required or has_default:
        return base
    return f"Optional[{base}]"


def argparse_dests(module: cst.Module) -> dict[str, str]:
    """Destination name -> Python type text, for every add_argument call in the module."""
    found: dict[str, str] = {}

    for node in walk(module):
        if not isinstance(node, cst.Call):
            continue
        f = node.func
        if not (isinstance(f, cst.Attribute) and f.attr.value == "add_argument"):
            continue
        names = [
            a.value.evaluated_value
            for a in node.args
            if a.keyword is None and isinstance(a.value, cst.SimpleString)
        ]
        if not names:
            continue
        kw = {a.keyword.value: a.value for a in node.args if a.keyword is not None}
        dest_node = kw.get("dest")
        dest = dest_node.evaluated_value if isinstance(dest_node, cst.SimpleString) else None
        found[destination(names, dest, kw)] = dest_type(kw, not names[0].startswith("-"))
    return found
