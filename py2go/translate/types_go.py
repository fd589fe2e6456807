"""Python types to Go type text, through the `type` rules (rules/types/*.yaml)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

import libcst as cst

from py2go.analysis.types import (
    ClassT,
    DictT,
    FuncT,
    GenericT,
    ListT,
    Opaque,
    OptionalT,
    Prim,
    PyType,
    SetT,
    TupleT,
    TVar,
    Unknown,
    has_tvar,
)
from py2go.translate.expr import Unsupported

if TYPE_CHECKING:
    from py2go.translate.module import ModuleTranslator


@dataclass
class TypeCapture:
    code: str
    node: cst.CSTNode
    pytype: str
    nilable: bool

    def __str__(self) -> str:
        return self.code


@lru_cache(maxsize=2048)
def _parse(text: str) -> cst.BaseExpression:
    return cst.parse_expression(text)


def type_text(t: PyType) -> str:
    """Canonical annotation text of a resolved type (TVars must be substituted first)."""
    if isinstance(t, Prim):
        return t.name
    if isinstance(t, ListT):
        return f"list[{type_text(t.elem)}]"
    if isinstance(t, SetT):
        return f"set[{type_text(t.elem)}]"
    if isinstance(t, DictT):
        return f"dict[{type_text(t.key)}, {type_text(t.value)}]"
    if isinstance(t, TupleT):
        return f"tuple[{', '.join(type_text(i) for i in t.items)}]"
    if isinstance(t, OptionalT):
        return f"Optional[{type_text(t.inner)}]"
    if isinstance(t, ClassT):
        return t.name
    if isinstance(t, Opaque):
        return t.name
    if isinstance(t, GenericT):
        return f"{t.name}[{', '.join(type_text(a) for a in t.args)}]"
    if isinstance(t, TVar | Unknown):
        return "Any"
    if isinstance(t, FuncT):
        return f"Callable[[{', '.join(type_text(p) for p in t.params)}], {type_text(t.result)}]"
    return "Any"


class GoTypeMixin:
    def gotype(self: ModuleTranslator, t: PyType) -> str:
        t = self.u.deep(t)
        if has_tvar(t):
            key = f"\x00T{len(self.lazy_types)}\x00"
            self.lazy_types[key] = t
            return key
        return self.gotype_text(type_text(t))

    def gotype_text(self: ModuleTranslator, text: str) -> str:
        cached = self.type_cache.get(text)
        if cached is None:
            cached = self.go_type_of(_parse(text))
            self.type_cache[text] = cached
        return cached

    def go_type_of(self: ModuleTranslator, node: cst.BaseExpression) -> str:
        if isinstance(node, cst.Name) and node.value in self.classes:
            cls = self.classes[node.value]
            if self.is_virtual(cls):
                return self.iface_name(cls)  # a class with subclasses: the interface they share
            if cls.enum_kind is not None or cls.is_namedtuple:
                return cls.go_name  # values
            return "*" + cls.go_name
        found = self.engine.candidates("type", node, _identity)
        for cand, caps in found:
            values = {}
            for name, cap in caps.items():
                if isinstance(cap, cst.BaseExpression):
                    text = cst.Module([]).code_for_node(cap)
                    values[name] = TypeCapture(self.go_type_of(cap), cap, text, self.nilable_text(text))
                elif isinstance(cap, list):
                    values[name] = [
                        TypeCapture(
                            self.go_type_of(c), c, "", self.nilable_text(cst.Module([]).code_for_node(c))
                        )
                        for c in cap
                    ]
            if self.where_holds(cand.rule, values):
                self.ctx.imports.update(cand.rule.emit.imports)
                if cand.rule.emit.needs_pyrt:
                    self.ctx.uses_pyrt = True
                return self.engine.render(cand.rule, {**values, "ctx": None})
        text = cst.Module([]).code_for_node(node)
        raise Unsupported("PG403", f"no Go type for '{text}'", node)

    def nilable_text(self: ModuleTranslator, text: str) -> bool:
        """Whether the Go type of a Python type already has nil (pointers, maps, interfaces), so
        Optional of it needs no extra pointer: decided from the Go text its type rule renders."""
        if text in self.classes:
            cls = self.classes[text]
            return cls.enum_kind is None and not cls.is_namedtuple
        if text.startswith(("dict[", "set[", "Optional[", "Callable[")):
            return True
        if not text.isidentifier() or text in ("int", "float", "str", "bool", "bytes", "None"):
            return False
        try:
            go = self.gotype_text(text)
        except Unsupported:
            return True
        return go.startswith(("*", "map[", "chan ", "func(")) or go in ("any", "error")

    def resolve_lazy_types(self: ModuleTranslator, code: str) -> str:
        for key, t in self.lazy_types.items():
            if key in code:
                resolved = self.u.deep(t)
                code = code.replace(key, self.gotype_text(type_text(resolved)))
        return code

    def zero(self: ModuleTranslator, t: PyType) -> str:
        t = self.u.deep(t)
        if isinstance(t, Prim):
            return {"int": "0", "float": "0", "str": '""', "bool": "false"}.get(t.name, "nil")
        if isinstance(t, TupleT):
            return f"{self.gotype(t)}{{}}"
        go = self.gotype(t)
        if go.startswith(("*", "[]", "map[", "func", "chan ", "\x00")) or go in ("any", "error"):
            return "nil"
        return f"*new({go})"  # a library value type (a struct such as pyrt.Date)


def _identity(node: cst.CSTNode) -> str | None:
    if isinstance(node, cst.Name):
        return node.value
    if isinstance(node, cst.Attribute):
        base = _identity(node.value)
        return f"{base}.{node.attr.value}" if base else None
    return None
