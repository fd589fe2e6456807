"""Named predicates that a rule's `where:` applies to a capture.

A capture arrives as an object with ``node`` (the LibCST node) and ``pytype``
(the inferred Python type spelled as text, e.g. ``list[int]``); predicates stay
free of the analysis and translation layers.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

import libcst as cst

from py2go.ruleset.literals import literal_value


class CaptureLike(Protocol):
    node: Any
    pytype: str


def _type_is(prefix: str) -> Callable[[CaptureLike], bool]:
    def check(c: CaptureLike) -> bool:
        t = c.pytype
        return t == prefix or t.startswith(prefix + "[")

    return check


def _dynamic(c: CaptureLike) -> bool:
    """A dynamic value or a container of them (json.loads data, a dict widened to Any values)."""
    return c.pytype in ("Any", "dict[str, Any]", "list[Any]")


def _str_literal(c: CaptureLike) -> bool:
    return isinstance(c.node, cst.SimpleString)


def _literal_value(c: CaptureLike) -> Any:
    if isinstance(c.node, cst.SimpleString | cst.Integer | cst.Float):
        try:
            return literal_value(c.node)
        except Exception:
            return None
    if isinstance(c.node, cst.UnaryOperation) and isinstance(c.node.operator, cst.Minus):
        inner = c.node.expression
        if isinstance(inner, cst.Integer | cst.Float):
            return -inner.evaluated_value
    return None


def _int_literal(c: CaptureLike) -> bool:
    return isinstance(_literal_value(c), int)


def _nonneg_int_literal(c: CaptureLike) -> bool:
    v = _literal_value(c)
    return isinstance(v, int) and v >= 0


def _relative_literal(c: CaptureLike) -> bool:
    v = _literal_value(c)
    return isinstance(v, str) and not v.startswith("/")


def _ascii_literal(c: CaptureLike) -> bool:
    v = _literal_value(c)
    return isinstance(v, str) and v.isascii()


def _none_literal(c: CaptureLike) -> bool:
    return isinstance(c.node, cst.Name) and c.node.value == "None"


def _false_literal(c: CaptureLike) -> bool:
    """The literal False: an option py2go only translates at that value (yaml's default_flow_style)."""
    return isinstance(c.node, cst.Name) and c.node.value == "False"


def _text_mode(c: CaptureLike) -> bool:
    v = _literal_value(c)
    return isinstance(v, str) and "b" not in v


def _read_mode(c: CaptureLike) -> bool:
    v = _literal_value(c)
    return v in ("r", "rt", "tr")


def _binary_read_mode(c: CaptureLike) -> bool:
    return _literal_value(c) in ("rb", "br")


def _write_mode(c: CaptureLike) -> bool:
    v = _literal_value(c)
    return v in ("w", "wt", "tw")


def _binary_write_mode(c: CaptureLike) -> bool:
    v = _literal_value(c)
    return v in ("wb", "bw")


def _pathlike(c: CaptureLike) -> bool:
    """A file name: a str, or a Path (the translator passes its text), or a dynamic value checked
    to be a str at run time."""
    return c.pytype in ("str", "path")


def _binary_source(c: CaptureLike) -> bool:
    """A file read as bytes: open(p, "rb") or gzip.open(p, "rb")."""
    return c.pytype in ("bfile", "gzip_bfile")


def _binary_sink(c: CaptureLike) -> bool:
    """A file written with bytes: open(p, "wb") or gzip.open(p, "wb")."""
    return c.pytype in ("binary_file", "gzip_binary_file")


def _append_mode(c: CaptureLike) -> bool:
    v = _literal_value(c)
    return v in ("a", "at", "ta")


def _utf8(c: CaptureLike) -> bool:
    v = _literal_value(c)
    return isinstance(v, str) and v.lower().replace("_", "-") in ("utf-8", "utf8")


def _numeric(c: CaptureLike) -> bool:
    return c.pytype in ("int", "float", "bool")


def _param(c: CaptureLike) -> bool:
    return bool(getattr(c, "is_param", False))


def _true_literal(c: CaptureLike) -> bool:
    return isinstance(c.node, cst.Name) and c.node.value == "True"


def _none_param(c: CaptureLike) -> bool:
    """A library generic of None (future[None]: a call that returns nothing)."""
    return c.pytype.endswith("[None]") and not c.pytype.startswith(("list[", "set[", "dict[", "tuple["))


def _exception(c: CaptureLike) -> bool:
    """An exception value: a builtin or library one (`Exception`) or of a script exception class."""
    return bool(getattr(c, "is_exception", False))


def _assignable(c: CaptureLike) -> bool:
    return isinstance(c.node, cst.Name | cst.Attribute)


PREDICATES: dict[str, Callable[[CaptureLike], bool]] = {
    "list": _type_is("list"),
    "dict": _type_is("dict"),
    "set": _type_is("set"),
    "tuple": _type_is("tuple"),
    "str": _type_is("str"),
    "int": _type_is("int"),
    "float": _type_is("float"),
    "bool": _type_is("bool"),
    "file": _type_is("file"),
    "stream": _type_is("stream"),
    "stdin": _type_is("stdin"),
    "numeric": _numeric,
    "dynamic": _dynamic,
    "optional": _type_is("Optional"),
    "optional_str": lambda c: c.pytype == "Optional[str]",
    "str_literal": _str_literal,
    "int_literal": _int_literal,
    "nonneg_int_literal": _nonneg_int_literal,
    "relative_literal": _relative_literal,
    "ascii_literal": _ascii_literal,
    "none_literal": _none_literal,
    "true_literal": _true_literal,
    "none_param": _none_param,
    "false_literal": _false_literal,
    "text_mode": _text_mode,
    "read_mode": _read_mode,
    "binary_read_mode": _binary_read_mode,
    "write_mode": _write_mode,
    "binary_write_mode": _binary_write_mode,
    "append_mode": _append_mode,
    "pathlike": _pathlike,
    "binary_source": _binary_source,
    "binary_sink": _binary_sink,
    "utf8": _utf8,
    "param": _param,
    "assignable": _assignable,
    "exception": _exception,
}


def is_type(name: str, capture: CaptureLike) -> bool:
    """`is_T`: the capture's type is T (or Optional[T]): T is a type name a rule's `returns` gave."""
    t = capture.pytype
    if t.startswith("Optional[") and t.endswith("]"):
        t = t[9:-1]
    return t == name or t.startswith(name + "[")


def known(name: str) -> bool:
    name = name.removeprefix("not_")
    return name in PREDICATES or (name.startswith("is_") and len(name) > 3)


def check(name: str, capture: CaptureLike) -> bool:
    """Apply predicate `name`; a `not_` prefix negates it; `is_T` tests the type name T."""
    if name.startswith("not_"):
        return not check(name[4:], capture)
    if name.startswith("is_") and name not in PREDICATES:
        return is_type(name[3:], capture)
    return PREDICATES[name](capture)


def _nilable(c: CaptureLike) -> bool:
    return bool(getattr(c, "nilable", False))


PREDICATES["nilable"] = _nilable
PREDICATES["nilable_value"] = lambda c: bool(getattr(c, "nilable_value", False))
