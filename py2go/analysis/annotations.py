"""Type annotations -> inferred types (the translator never guesses beyond what these say)."""

from __future__ import annotations

import libcst as cst

from py2go.analysis.imports import ImportTable
from py2go.analysis.types import (
    BOOL,
    BYTES,
    EXC,
    FILE,
    FLOAT,
    INT,
    NONE,
    STR,
    ClassT,
    DictT,
    FuncT,
    GenericT,
    ListT,
    Opaque,
    OptionalT,
    PyType,
    SetT,
    TupleT,
    Unknown,
)

_SIMPLE = {"int": INT, "float": FLOAT, "str": STR, "bool": BOOL, "None": NONE, "bytes": BYTES,
           "typing.Any": Opaque("Any"), "Any": Opaque("Any"), "object": Opaque("Any"), "Exception": EXC, "typing.TextIO": FILE,
           "typing.IO": FILE}  # fmt: skip
_GENERIC = {"list": "list", "typing.List": "list", "dict": "dict", "typing.Dict": "dict", "set": "set",
            "typing.Set": "set", "tuple": "tuple", "typing.Tuple": "tuple", "typing.Optional": "Optional",
            "Optional": "Optional", "typing.Sequence": "list", "typing.Iterable": "list",
            "typing.Mapping": "dict", "typing.MutableMapping": "dict", "frozenset": "set",
            "typing.FrozenSet": "set"}  # fmt: skip


def annotation_type(
    node: cst.BaseExpression,
    imports: ImportTable,
    classes: set[str],
    exceptions: set[str],
    library: dict[str, str] | None = None,
    aliases: dict[str, cst.BaseExpression] | None = None,
) -> PyType:
    if isinstance(node, cst.SimpleString):
        try:
            node = cst.parse_expression(node.evaluated_value)
        except cst.ParserSyntaxError:
            return Unknown("unparsable string annotation")
    if isinstance(node, cst.Name) and aliases and node.value in aliases:
        return annotation_type(aliases[node.value], imports, classes, exceptions, library, aliases)
    if isinstance(node, cst.Name) and node.value in classes:
        return ClassT(node.value, node.value in exceptions)
    if isinstance(node, cst.Name) and node.value == "None":
        return NONE
    if isinstance(node, cst.BinaryOperation) and isinstance(node.operator, cst.BitOr):
        left = annotation_type(node.left, imports, classes, exceptions, library, aliases)
        right = annotation_type(node.right, imports, classes, exceptions, library, aliases)
        if right == NONE:
            return OptionalT(left)
        if left == NONE:
            return OptionalT(right)
        return Unknown("union types")
    qual = imports.qualified(node) if isinstance(node, cst.Name | cst.Attribute) else None
    if qual in _SIMPLE:
        return _SIMPLE[qual]
    if library and qual in library:
        return Opaque(library[qual])  # a library type some `type` rule maps (datetime.datetime)
    if isinstance(node, cst.Subscript) and (imports.qualified(node.value) or "") in _CALLABLE:
        return _callable(node, imports, classes, exceptions, library, aliases)
    if isinstance(node, cst.Subscript):
        head = imports.qualified(node.value) or ""
        kind = _GENERIC.get(head)
        args = []
        for el in node.slice:
            if not isinstance(el.slice, cst.Index):
                return Unknown("slice in annotation")
            if isinstance(el.slice.value, cst.Ellipsis):
                if kind == "tuple" and len(args) == 1:
                    return ListT(args[0])  # Tuple[str, ...]: a sequence of like items, a Go slice
                return Unknown("... in an annotation")
            args.append(annotation_type(el.slice.value, imports, classes, exceptions, library, aliases))
        if any(isinstance(a, Unknown) for a in args):
            return next(a for a in args if isinstance(a, Unknown))
        if kind == "list" and len(args) == 1:
            return ListT(args[0])
        if kind == "set" and len(args) == 1:
            return SetT(args[0])
        if kind == "dict" and len(args) == 2:
            return DictT(args[0], args[1])
        if kind == "tuple":
            return TupleT(tuple(args))
        if kind == "Optional" and len(args) == 1:
            return OptionalT(args[0])
        if kind is None and library and head in library and args:
            return GenericT(library[head], tuple(args))  # queue.Queue[str]: a library generic
        return Unknown(f"generic '{head}'")
    if qual in ("list", "typing.List"):
        return Unknown("bare list annotation (say list[T])")
    return Unknown(f"'{qual}'")


_CALLABLE = frozenset({"typing.Callable", "collections.abc.Callable", "Callable"})


def _callable(
    node: cst.Subscript,
    imports: ImportTable,
    classes: set[str],
    exceptions: set[str],
    library: dict[str, str] | None,
    aliases: dict[str, cst.BaseExpression] | None,
) -> PyType:
    """`Callable[[A, B], R]`: a function value of known arity (a Go func type)."""
    parts = [el.slice.value for el in node.slice if isinstance(el.slice, cst.Index)]
    if len(parts) != 2 or len(node.slice) != 2 or not isinstance(parts[0], cst.List):
        return Unknown("Callable without a parameter list (say Callable[[A, B], R])")
    params = [
        annotation_type(e.value, imports, classes, exceptions, library, aliases) for e in parts[0].elements
    ]
    result = annotation_type(parts[1], imports, classes, exceptions, library, aliases)
    found = next((t for t in (*params, result) if isinstance(t, Unknown)), None)
    return found if found is not None else FuncT(tuple(params), result)
