"""Static types of argparse destinations, read from the module's `add_argument` calls.

`args.count` has the type its `add_argument("--count", type=int, default=3)` implies; Go needs
it at compile time, so we collect every add_argument call of the file (whatever parser or
group it is called on) and derive one Python type per destination.
"""

from __future__ import annotations

import libcst as cst

from py2go.analysis.walk import walk

_TYPES = {"int": "int", "float": "float", "str": "str", "Path": "path", "pathlib.Path": "path"}
# type= converters from the standard library (by their dotted source text) and what they return
_LIBRARY_TYPES = {
    "datetime.fromisoformat": "datetime",
    "datetime.datetime.fromisoformat": "datetime",
    "date.fromisoformat": "date",
    "datetime.date.fromisoformat": "date",
}


def _literal(node: cst.BaseExpression | None) -> object:
    if (
        isinstance(node, cst.UnaryOperation)
        and isinstance(node.operator, cst.Minus)
        and isinstance(node.expression, cst.Integer | cst.Float)
    ):  # default=-1 is a literal too: the destination is never None
        value = _literal(node.expression)
        return -value if isinstance(value, int | float) else ...
    if isinstance(node, cst.SimpleString | cst.Integer | cst.Float):
        try:
            return node.evaluated_value
        except Exception:
            return None
    if isinstance(node, cst.Name) and node.value in ("True", "False", "None"):
        return {"True": True, "False": False, "None": None}[node.value]
    return ...  # not a literal


def destination(names: list[str], dest: str | None) -> str:
    if dest:
        return dest
    longs = [n for n in names if n.startswith("--")]
    if longs:
        return longs[0][2:].replace("-", "_")
    shorts = [n for n in names if n.startswith("-")]
    if shorts:
        return shorts[0].lstrip("-").replace("-", "_")
    return names[0]


def _literal_type(value: object) -> str:
    if isinstance(value, bool):
        return "bool"
    return {int: "int", float: "float", str: "str"}.get(type(value), "Any")


def _returns(module: cst.Module) -> dict[str, str]:
    """Module-level functions annotated to return a plain name (`def parse_size(t: str) -> int`):
    as `type=` they give the destination that type."""
    return {
        st.name.value: st.returns.annotation.value
        for st in module.body
        if isinstance(st, cst.FunctionDef)
        and st.returns is not None
        and isinstance(st.returns.annotation, cst.Name)
        and st.returns.annotation.value != "None"
    }


def dest_type(
    kw: dict[str, cst.BaseExpression], positional: bool, returns: dict[str, str] | None = None
) -> str:
    """The Python type argparse gives a destination (the table in docs/translation.md, argparse)."""
    action = _literal(kw.get("action"))
    type_node = kw.get("type")
    if type_node is None:
        base = "str"
    elif isinstance(type_node, cst.Name):
        base = _TYPES.get(type_node.value) or (returns or {}).get(type_node.value, "Any")
    elif isinstance(type_node, cst.Attribute):
        # type=pathlib.Path, type=datetime.fromisoformat
        text = cst.Module([]).code_for_node(type_node)
        base = _TYPES.get(text) or _LIBRARY_TYPES.get(text, "Any")
    elif isinstance(type_node, cst.Call) and cst.Module([]).code_for_node(type_node.func) in (
        "argparse.FileType",
        "FileType",
    ):
        base = "file"  # argparse.FileType("r"): an open file (stdin/stdout for "-")
    else:
        base = "Any"
    default = _literal(kw["default"]) if "default" in kw else None
    # a display (default=[]) is never None either, though not a literal
    has_default = (
        default is not None
        and default is not ...
        or isinstance(kw.get("default"), cst.List | cst.Tuple | cst.Dict | cst.Set)
    )
    required = _literal(kw.get("required")) is True
    nargs = _literal(kw.get("nargs")) if "nargs" in kw else None
    if action in ("store_true", "store_false"):
        return "bool"
    if action == "count":
        return "int" if has_default else "Optional[int]"
    if action in ("store_const", "append_const"):
        const = _literal(kw.get("const"))
        ctype = _literal_type(const) if const is not ... and const is not None else "Any"
        if action == "append_const":
            return f"list[{ctype}]" if has_default else f"Optional[list[{ctype}]]"
        return ctype if has_default and _literal_type(default) == ctype else f"Optional[{ctype}]"
    if action in ("append", "extend"):
        return f"list[{base}]" if has_default else f"Optional[list[{base}]]"
    if nargs in ("+", "*") or isinstance(nargs, int) and not isinstance(nargs, bool):
        if positional and nargs != 1 or has_default or required:
            return f"list[{base}]"
        return f"Optional[list[{base}]]"
    if nargs == "?":
        const = _literal(kw.get("const"))
        if positional:
            return base if has_default else f"Optional[{base}]"
        return base if has_default and const not in (None, ...) else f"Optional[{base}]"
    if positional or required or has_default:
        return base
    return f"Optional[{base}]"


def _join(a: str | None, b: str) -> str:
    """Two definitions of one destination: equal types stay, else the Optional-free one wins only
    when the other is its Optional; anything else is Any (PG402 follows where it is used)."""
    if a is None or a == b:
        return b
    if a == f"Optional[{b}]" or b == f"Optional[{a}]":
        return a if a.startswith("Optional[") else b
    return "Any"


def argparse_dests(module: cst.Module) -> dict[str, str]:
    """Destination name -> Python type text, for every add_argument call in the module."""
    found: dict[str, str] = {}
    returns = _returns(module)
    handlers = handler_dests(module)
    constants = module_constants(module)

    for node in walk(module):
        if not isinstance(node, cst.Call) or not isinstance(node.func, cst.Attribute):
            continue
        method = node.func.attr.value
        kw = {a.keyword.value: a.value for a in node.args if a.keyword is not None}
        if isinstance(kw.get("default"), cst.Name) and kw["default"].value in constants:
            kw["default"] = constants[kw["default"].value]  # default=STATE_FILE: its literal
        if method == "add_argument":
            names = [
                a.value.evaluated_value
                for a in node.args
                if a.keyword is None and isinstance(a.value, cst.SimpleString)
            ]
            if not names:
                continue
            dest_node = kw.get("dest")
            dest = dest_node.evaluated_value if isinstance(dest_node, cst.SimpleString) else None
            name = destination(names, dest)
            found[name] = _join(found.get(name), dest_type(kw, not names[0].startswith("-"), returns))
        elif method == "add_subparsers" and isinstance(kw.get("dest"), cst.SimpleString):
            name = kw["dest"].evaluated_value
            required = _literal(kw.get("required")) is True
            found[name] = _join(found.get(name), "str" if required else "Optional[str]")
        elif method == "set_defaults":
            for key, value in kw.items():
                if key in handlers:  # set_defaults(func=cmd_show): the handler's name
                    found[key] = _join(found.get(key), "str")
                    continue
                literal = _literal(value)
                found[key] = _join(found.get(key), "Any" if literal is ... else _literal_type(literal))
    return found


def handler_dests(module: cst.Module) -> dict[str, list[str]]:
    """Destinations every `set_defaults` call sets to a module-level function (the subcommand
    dispatch idiom `sub.set_defaults(func=cmd_show)` ... `args.func(args)`): dest -> the
    functions, in source order. A destination also set to anything else is not one."""
    functions = {st.name.value for st in module.body if isinstance(st, cst.FunctionDef)}
    found: dict[str, list[str]] = {}
    other: set[str] = set()
    for node in walk(module):
        if not (
            isinstance(node, cst.Call)
            and isinstance(node.func, cst.Attribute)
            and node.func.attr.value == "set_defaults"
        ):
            continue
        for arg in node.args:
            if arg.keyword is None:
                continue
            key = arg.keyword.value
            if isinstance(arg.value, cst.Name) and arg.value.value in functions:
                if arg.value.value not in found.setdefault(key, []):
                    found[key].append(arg.value.value)
            else:
                other.add(key)
    return {k: v for k, v in found.items() if k not in other}


def module_constants(module: cst.Module) -> dict[str, cst.BaseExpression]:
    """Module-level names bound once, to a literal (`STATE_FILE = "state.json"`), and never
    declared `global` anywhere: `default=STATE_FILE` has that literal's type, never None."""
    bound: dict[str, list[cst.BaseExpression]] = {}
    for stmt in module.body:
        if not isinstance(stmt, cst.SimpleStatementLine):
            continue
        for small in stmt.body:
            if isinstance(small, cst.Assign):
                for t in small.targets:
                    if isinstance(t.target, cst.Name):
                        bound.setdefault(t.target.value, []).append(small.value)
            elif isinstance(small, cst.AnnAssign | cst.AugAssign) and isinstance(small.target, cst.Name):
                bound.setdefault(small.target.value, []).extend([small.value, small.value])  # type: ignore[list-item]
    rebound = {n.name.value for node in walk(module) if isinstance(node, cst.Global) for n in node.names}
    return {
        name: values[0]
        for name, values in bound.items()
        if len(values) == 1 and name not in rebound and _literal(values[0]) not in (None, ...)
    }
