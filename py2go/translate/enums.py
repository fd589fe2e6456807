"""enum.Enum / IntEnum / StrEnum classes as Go named integer types with name and value tables."""

from __future__ import annotations

from typing import TYPE_CHECKING

import libcst as cst

from py2go.analysis.types import INT, STR, ClassT, ListT, PyType
from py2go.translate import names
from py2go.translate.context import ClassInfo, G
from py2go.translate.expr import Unsupported
from py2go.translate.golit import go_string

if TYPE_CHECKING:
    from py2go.translate.module import ModuleTranslator

ENUM_BASES = {"enum.Enum": "Enum", "enum.IntEnum": "IntEnum", "enum.StrEnum": "StrEnum"}


class EnumMixin:
    def member_go(self: ModuleTranslator, cls: ClassInfo, member: str) -> str:
        return cls.go_name + names.camel(member.lower(), exported=True)

    def enum_table(self: ModuleTranslator, cls: ClassInfo, what: str) -> str:
        return names.camel(f"{cls.py_name}_{what}")

    def enum_values(self: ModuleTranslator, cls: ClassInfo) -> tuple[list[G], PyType]:
        """Each member's value (auto() counts on from the last int, or is the lower-case name for
        StrEnum) and the values' common type."""
        values: list[G] = []
        t: PyType = self.u.fresh()
        last = 0
        for member, value in cls.members.items():
            if isinstance(value, cst.Call) and (self.imports.qualified(value.func) or "") == "enum.auto":
                if value.args:
                    raise Unsupported("PG105", "auto() takes no arguments", value)
                if cls.enum_kind == "StrEnum":
                    g = G(go_string(member.lower()), STR, const=True)
                else:
                    last += 1
                    g = G(str(last), INT, const=True)
            else:
                with self.buf.capture():
                    g = self.expr(value)
                if not g.const:
                    raise Unsupported(
                        "PG103", f"enum member {cls.py_name}.{member} needs a literal value", value
                    )
                if isinstance(value, cst.Integer):
                    last = int(value.value, 0)
            t = self.join(t, g.t, value)
            values.append(g)
        if (
            cls.enum_kind == "IntEnum"
            and self.u.deep(t) != INT
            or cls.enum_kind == "StrEnum"
            and self.u.deep(t) != STR
        ):
            raise Unsupported(
                "PG103", f"{cls.enum_kind} {cls.py_name} with values of type {self.u.deep(t)}", cls.node
            )
        codes = [g.code for g in values]
        if len(set(codes)) != len(codes):
            raise Unsupported(
                "PG103", f"enum {cls.py_name} has aliases (members with equal values)", cls.node
            )
        return values, t

    def emit_enum(self: ModuleTranslator, cls: ClassInfo) -> str:
        start, end = self.lines_of(cls.node)
        n = cls.go_name
        if len(cls.node.bases) != 1 or cls.node.keywords:
            self.report(
                Unsupported(
                    "PG103",
                    f"enum {cls.py_name} with a mixin type or more than one base (use IntEnum or StrEnum)",
                    cls.node,
                ),
                cls.node,
            )
            return f"//py2go:span {start}-{end}\ntype {n} int\n"
        try:
            values, t = self.enum_values(cls)
        except Unsupported as exc:
            self.report(exc, cls.node)
            return f"//py2go:span {start}-{end}\ntype {n} int\n"
        self.ctx.uses_pyrt = True
        go_t = self.gotype(t)
        names_tab, values_tab = self.enum_table(cls, "names"), self.enum_table(cls, "values")
        consts = [
            f"{self.member_go(cls, m)} {n} = iota" if i == 0 else self.member_go(cls, m)
            for i, m in enumerate(cls.members)
        ]
        out = [
            f"//py2go:span {start}-{end}",
            f"type {n} int // the {cls.enum_kind} {cls.py_name}: a member's index in definition order\n",
            "const (",
            *consts,
            ")\n",
            f"var {names_tab} = [...]string{{{', '.join(go_string(m) for m in cls.members)}}}",
            f"var {values_tab} = [...]{go_t}{{{', '.join(g.code for g in values)}}}\n",
            f"// pyName is the member's .name.\nfunc (x {n}) pyName() string {{ return {names_tab}[x] }}\n",
            f"// pyValue is the member's .value.\nfunc (x {n}) pyValue() {go_t} {{ return {values_tab}[x] }}\n",
        ]
        if "__str__" not in cls.methods:
            if cls.enum_kind == "Enum":
                body = f'"{cls.py_name}." + {names_tab}[x]'
            else:
                body = f"pyrt.Str({values_tab}[x])"
            out.append(f"// PyStr is str(member).\nfunc (x {n}) PyStr() string {{ return {body} }}\n")
        if "__repr__" not in cls.methods:
            out.append(
                f"// PyRepr is repr(member).\nfunc (x {n}) PyRepr() string {{\n"
                f'return "<{cls.py_name}." + {names_tab}[x] + ": " + pyrt.Repr({values_tab}[x]) + ">"\n}}\n'
            )
        if cls.enum_kind == "Enum":
            out.append(
                f"// PyCmp raises Python's TypeError: Enum members do not order.\n"
                f"func (x {n}) PyCmp(other any, op string) int {{\n"
                f'name := "{cls.py_name}"\n'
                f"if _, ok := other.({n}); !ok {{\nname = pyrt.TypeName(other)\n}}\n"
                f'panic(pyrt.NewError("TypeError", "\'"+op+"\' not supported between instances of '
                f"'{cls.py_name}' and '\"+name+\"'\"))\n}}\n"
            )
        else:
            out.append(
                f"// PyCmp orders members by value, like the {cls.enum_kind}'s {'int' if cls.enum_kind == 'IntEnum' else 'str'}.\n"
                f"func (x {n}) PyCmp(other any, op string) int {{\n"
                f"if y, ok := other.({n}); ok {{\nother = {values_tab}[y]\n}}\n"
                f"return pyrt.Compare({values_tab}[x], other)\n}}\n"
            )
        out.append(
            f"// {self.enum_table(cls, 'of')} is {cls.py_name}(value): the member with that value.\n"
            f"func {self.enum_table(cls, 'of')}(v {go_t}) {n} {{\n"
            f"for i, x := range {values_tab} {{\nif x == v {{\nreturn {n}(i)\n}}\n}}\n"
            f'panic(pyrt.NewError("ValueError", pyrt.Repr(v)+" is not a valid {cls.py_name}"))\n}}\n'
        )
        out.append(
            f"// {self.enum_table(cls, 'named')} is {cls.py_name}[name].\n"
            f"func {self.enum_table(cls, 'named')}(name string) {n} {{\n"
            f"for i, x := range {names_tab} {{\nif x == name {{\nreturn {n}(i)\n}}\n}}\n"
            'panic(pyrt.NewError("KeyError", pyrt.Repr(name)))\n}\n'
        )
        for name, method in cls.methods.items():
            if name.startswith("__") and name not in ("__str__", "__repr__"):
                self.report(
                    Unsupported("PG103", f"special method {name} of an enum", method.node), method.node
                )
                continue
            recv = "x"
            lines, failed = self.body_or_todo(method, recv)
            params, results = self.signature_types(method)
            s, e = self.lines_of(method.node)
            self.functions_map.append((method.py_name, f"{n}.{method.go_name}", s, e))
            res = "" if not results else f" {results[0]}" if len(results) == 1 else f" ({', '.join(results)})"
            body = "\n".join(lines)
            out.append(
                f"//py2go:span {s}-{e}\nfunc ({recv} {n}) {method.go_name}({', '.join(params)}){res} {{\n{body}\n}}\n"
            )
        return "\n".join(out)

    def enum_member(self: ModuleTranslator, cls: ClassInfo, attr: str) -> G | None:
        if cls.enum_kind is None or attr not in cls.members:
            return None
        return G(self.member_go(cls, attr), ClassT(cls.py_name), const=True)

    def enum_members(self: ModuleTranslator, cls: ClassInfo) -> G:
        """The class itself where a sequence is wanted (`for lvl in Level`, `list(Level)`)."""
        items = ", ".join(self.member_go(cls, m) for m in cls.members)
        return G(f"[]{cls.go_name}{{{items}}}", ListT(ClassT(cls.py_name)))

    def enum_attr(self: ModuleTranslator, cls: ClassInfo, base: G, attr: str) -> G | None:
        if attr == "name":
            return G(f"{base.code}.pyName()", STR)
        if attr == "value":
            _, t = self.enum_values(cls)
            return G(f"{base.code}.pyValue()", t)
        return None

    def enum_lookup(self: ModuleTranslator, cls: ClassInfo, node: cst.Call | cst.Subscript) -> G:
        """Level(value) and Level[name]."""
        if isinstance(node, cst.Call):
            if len(node.args) != 1 or node.args[0].keyword is not None or node.args[0].star:
                raise Unsupported("PG105", f"{cls.py_name}() takes one value", node)
            _, t = self.enum_values(cls)
            code = self.expr_as(node.args[0].value, t)
            return G(f"{self.enum_table(cls, 'of')}({code})", ClassT(cls.py_name))
        sl = node.slice[0].slice if len(node.slice) == 1 else None
        if not isinstance(sl, cst.Index):
            raise Unsupported("PG105", f"{cls.py_name}[...] takes one name", node)
        code = self.expr_as(sl.value, STR)
        return G(f"{self.enum_table(cls, 'named')}({code})", ClassT(cls.py_name))

    def int_enum_value(self: ModuleTranslator, g: G) -> G:
        """An IntEnum (StrEnum) member where Python computes with its int (str) value."""
        t = self.u.deep(g.t)
        kind = self.classes[t.name].enum_kind if isinstance(t, ClassT) and t.name in self.classes else None
        if kind == "IntEnum":
            return G(f"{g.code}.pyValue()", INT)
        if kind == "StrEnum":
            return G(f"{g.code}.pyValue()", STR)
        return g

    def enum_kind_of(self: ModuleTranslator, t: PyType) -> str | None:
        t = self.u.deep(t)
        if isinstance(t, ClassT) and t.name in self.classes:
            return self.classes[t.name].enum_kind
        return None
