"""Expressions: Python semantics for operators, literals, names, calls, comprehensions and formatting."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import libcst as cst

from py2go.analysis.types import (
    ANY,
    BOOL,
    BYTES,
    EXC,
    FILE,
    FLOAT,
    INT,
    NONE,
    STR,
    ClassT,
    Conflict,
    DictT,
    FuncT,
    GenericT,
    ListT,
    Opaque,
    OptionalT,
    PyType,
    SetT,
    TupleT,
    TVar,
    Unifier,
    Unknown,
    dynamic_ok,
    elem_type,
)
from py2go.analysis.walk import names as walk_names
from py2go.ruleset.literals import literal_value
from py2go.ruleset.pattern import dotted_name
from py2go.translate.context import ClassInfo, Frame, G
from py2go.translate.golit import go_float, go_string

if TYPE_CHECKING:
    from py2go.translate.module import ModuleTranslator

_ARITH = {"Add": "+", "Subtract": "-", "Multiply": "*", "BitAnd": "&", "BitOr": "|", "BitXor": "^",
          "LeftShift": "<<", "RightShift": ">>"}  # fmt: skip
_CMP = {"LessThan": "<", "GreaterThan": ">", "LessThanEqual": "<=", "GreaterThanEqual": ">=",
        "Equal": "==", "NotEqual": "!="}  # fmt: skip


class Unsupported(Exception):
    """Raised inside expression translation; the statement becomes a TODO guard with this code."""

    def __init__(self, code: str, message: str, node: cst.CSTNode | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.node = node


class ExprMixin:
    # ------------------------------------------------------------------ helpers
    def t(self: ModuleTranslator, t: PyType) -> PyType:
        return self.u.resolve(t)

    def join(self: ModuleTranslator, a: PyType, b: PyType, node: cst.CSTNode | None = None) -> PyType:
        try:
            return self.u.join(a, b)
        except Conflict as exc:
            raise Unsupported("PG402", f"incompatible types: {exc}", node) from exc

    def join_scalars(self: ModuleTranslator, a: PyType, b: PyType, node: cst.CSTNode, mixed: bool) -> PyType:
        """Join for the values of one conditional expression or dict display: a mix of scalars
        (int, float, str, bool, None) is Any, a dynamic value like a json one (Python's dict and
        `x if c else y` just hold both). `mixed`: an earlier join already gave up to Any."""
        if mixed:
            if not _scalar(self.u.deep(b)):
                raise Unsupported("PG402", f"incompatible types: a mix of scalars and {self.u.deep(b)}", node)
            return ANY
        if _bool_and_number([self.u.deep(a), self.u.deep(b)]):
            return ANY  # {"ok": True, "code": 200}: Python prints True, a joined int would print 1
        try:
            return self.u.join(a, b)
        except Conflict as exc:
            if _scalar(self.u.deep(a)) and _scalar(self.u.deep(b)):
                return ANY
            raise Unsupported("PG402", f"incompatible types: {exc}", node) from exc

    def join_slot(
        self: ModuleTranslator, holder: cst.BaseExpression, slot: PyType, value: PyType, node: cst.CSTNode
    ) -> PyType:
        """Join a value stored into a container slot (`d[k] = v`). A record-like dict whose values no
        single static type holds (`{"runs": 0}` then `d["cmd"] = " ".join(cmd)`) becomes a dict of
        dynamic values, as json.loads gives, when a local variable bound only by plain assignments
        holds it (its displays and json data can be built dynamic; a library's rows cannot)."""
        try:
            return self.u.join(slot, value)
        except Conflict as exc:
            if (
                dynamic_ok(self.u.deep(slot))
                and dynamic_ok(self.u.deep(value))
                and isinstance(holder, cst.Name)
                and self.widenable(holder.value)
                and self.u.widen_values(self.var_type(holder.value))
            ):
                return ANY
            raise Unsupported("PG402", f"incompatible types: {exc}", node) from exc

    def widenable(self: ModuleTranslator, name: str) -> bool:
        """A local whose every binding is `name = value` in this function (not a loop or `with`
        target, not a parameter): its dict can be rebuilt as a dict of dynamic values."""
        fn = self.fn
        if fn is None or fn.info is None or name in fn.scope.params:
            return False
        info = fn.scope.locals.get(name)
        return info is not None and all(o.kind in ("assign", "load") for o in info.occurrences)

    def coerce(self: ModuleTranslator, g: G, target: PyType) -> str:
        """Go text of `g` converted to the Go type of `target` (int->float, T->Optional[T])."""
        src, dst = self.u.deep(g.t), self.u.deep(target)
        if dst == ANY and isinstance(src, OptionalT) and _scalar(src):  # None is nil, else the value
            self.ctx.uses_pyrt = True
            return f"pyrt.OptValue({g.code})"
        if src == ANY and dst != ANY and not isinstance(dst, TVar):
            conv = _DYNAMIC_AS.get(str(dst))
            if conv is not None:  # a dynamic value where a static type is needed: checked at run time
                self.ctx.uses_pyrt = True
                return f"pyrt.{conv}({g.code})"
        if dst == ANY and isinstance(src, DictT | ListT):
            # an empty `{}` / `[]` becoming a dynamic value (`d.get("k", {})` on JSON/YAML data) has
            # the dynamic shapes *Dict[string, any] / []any, which pyrt.AsDict / AsList accept
            for var, shape in (
                ((src.key, STR), (src.value, ANY)) if isinstance(src, DictT) else ((src.elem, ANY),)
            ):
                if isinstance(self.u.resolve(var), TVar):
                    self.u.join(var, shape)
            src = self.u.deep(g.t)
            typed = src.elem if isinstance(src, ListT) else src.value if src.key == STR else ANY
            if self.u.deep(typed) != ANY:  # {"tags": sorted(tags)}: []string -> []any, item by item
                self.ctx.uses_pyrt = True
                return f"pyrt.Dynamic({g.code})"
        if src == BOOL and dst in (INT, FLOAT):  # True + True == 2
            self.ctx.uses_pyrt = True
            return f"pyrt.BoolInt({g.code})" if dst == INT else f"float64(pyrt.BoolInt({g.code}))"
        if dst == FLOAT and src == INT:
            if g.const and g.code.lstrip("-").isdigit():
                return g.code + ".0"
            return f"float64({g.code})"
        if isinstance(dst, OptionalT) and not self.nilable(dst.inner):
            if src == NONE:
                return "nil"
            deref = re.fullmatch(r"\(\*(\w+)\)", g.code)
            if isinstance(src, ListT) and deref:  # a narrowed Optional list: the same list, not a copy
                return deref.group(1)
            if not isinstance(src, OptionalT):
                self.ctx.uses_pyrt = True
                return f"pyrt.Ptr({self.coerce(g, dst.inner)})"
        if src == NONE:
            return self.zero(dst) if not isinstance(dst, OptionalT) else "nil"
        if dst == ANY and isinstance(src, OptionalT) and not self.nilable(src.inner):
            self.ctx.uses_pyrt = True  # a dynamic value holds None as nil, not as a nil pointer
            return f"pyrt.OptValue({g.code})"
        if isinstance(src, OptionalT) and not isinstance(dst, OptionalT) and not self.nilable(src.inner):
            return f"*{self.paren(g.code)}"  # Python would pass None through; Go fails loudly on nil
        if isinstance(src, TupleT) and isinstance(dst, ListT) and g.multi is not None:
            items = ", ".join(self.coerce(G(c, t), dst.elem) for c, t in zip(g.multi, src.items, strict=True))
            return f"[]{self.gotype(dst.elem)}{{{items}}}"
        if isinstance(src, TupleT) and isinstance(dst, TupleT) and g.multi is not None and src != dst:
            # ("dup-uid", f"...") into a list of tuple[str, Any]: each item converted in place
            items = ", ".join(
                f"V{i}: {self.coerce(G(c, t), d)}"
                for i, (c, t, d) in enumerate(zip(g.multi, src.items, dst.items, strict=True))
            )
            return f"{self.gotype(dst)}{{{items}}}"
        if g.fresh and _widens_to_dynamic(self, src, dst):
            # return {"rc": None, ...} where other returns make the result dict[str, Any]: the new
            # display is converted, nothing else holds it
            self.ctx.uses_pyrt = True
            return f"pyrt.Dynamic({g.code}).({self.gotype(dst)})"
        if isinstance(src, ListT) and isinstance(dst, ListT) and g.code.startswith("[]any{"):
            return g.code.replace("[]any{", "[]" + self.gotype(dst.elem) + "{", 1)
        return g.code

    def nilable(self: ModuleTranslator, t: PyType) -> bool:
        t = self.u.deep(t)
        if isinstance(t, Opaque) and t not in (FILE, EXC):
            return self.nilable_text(t.name)  # a library value type (datetime) is a Go struct
        return isinstance(t, ClassT | DictT | SetT | FuncT) or t in (FILE, EXC)

    def truthy(self: ModuleTranslator, g: G) -> str:
        t = self.u.deep(g.t)
        if t == BOOL:
            return g.code
        if t in (INT, FLOAT):
            return f"{self.paren(g.code)} != 0"
        if t == STR:
            return f'{self.paren(g.code)} != ""'
        if isinstance(t, ListT) or t == BYTES:
            return f"len({g.code}) > 0"
        if isinstance(t, DictT | SetT):
            return f"{self.paren(g.code)}.Len() > 0"
        if isinstance(t, OptionalT):
            inner = self.u.deep(t.inner)
            if inner == ANY:  # a dynamic value: None and also 0, "", [] ... are false
                self.ctx.uses_pyrt = True
                return f"pyrt.Truthy({g.code})"
            if self.nilable(inner):
                return f"{self.paren(g.code)} != nil"
            return f"({g.code} != nil && {self.truthy(G('*' + self.paren(g.code), inner))})"
        if isinstance(t, ClassT) or t in (FILE, EXC):
            return f"{self.paren(g.code)} != nil"
        if isinstance(t, GenericT) and t.name == "deque":
            return f"{self.paren(g.code)}.Len() > 0"
        if t == NONE:
            return "false"
        if isinstance(t, TupleT):
            return "true" if t.items else "false"
        self.ctx.uses_pyrt = True
        return f"pyrt.Truthy({g.code})"

    @staticmethod
    def paren(code: str) -> str:
        simple = code.replace(".", "").replace("_", "").replace("()", "")
        if simple.isalnum() or (code.endswith(")") and code.count("(") == 1 and " " not in code):
            return code
        return f"({code})"

    def hoist(self: ModuleTranslator, g: G, base: str = "v") -> G:
        """Evaluate `g` once into a temp (for chained comparisons and reuse)."""
        if g.code.isidentifier() or g.const:
            return g
        name = self.ctx.tmp(base)
        self.out.emit(f"{name} := {g.code}")
        return G(name, g.t)

    def note_shown(self: ModuleTranslator, g: G) -> None:
        """`g` is printed or formatted as text: a number that holds an int on some paths and a
        float on others (`total = 0` then `total += 0.5`) must print `0`, not Go's `0.0`. Such
        variables are collected here and become dynamic values (see ModuleTranslator.translate)."""
        seen: set[int] = set()

        def visit(t: PyType) -> None:
            root = self.u.root(t)
            if root is not None and root.id in self.u.int_and_float and self.u.resolve(t) == FLOAT:
                self.shown_numbers.add(root.id)
            t = self.u.resolve(t)
            if id(t) in seen:
                return
            seen.add(id(t))
            if isinstance(t, ListT | SetT):
                visit(t.elem)
            elif isinstance(t, DictT):
                visit(t.value)
            elif isinstance(t, TupleT):
                for item in t.items:
                    visit(item)
            elif isinstance(t, OptionalT):
                visit(t.inner)

        visit(g.t)

    def str_of(self: ModuleTranslator, g: G) -> str:
        """Go string equal to Python's str(value)."""
        self.note_shown(g)
        t = self.u.deep(g.t)
        if t == STR:
            return g.code
        if t == INT:
            self.ctx.imports.add("strconv")
            return f"strconv.Itoa({g.code})"
        self.ctx.uses_pyrt = True
        return f"pyrt.Str({g.code})"

    # ------------------------------------------------------------------ entry
    def expr(self: ModuleTranslator, node: cst.BaseExpression) -> G:
        method = getattr(self, "x_" + type(node).__name__, None)
        if method is None:
            raise Unsupported("PG105", f"{type(node).__name__} expressions are not translated", node)
        if isinstance(node, cst.Attribute) and self.narrowed:
            key = dotted_name(node)
            inner = next((scope[key] for scope in reversed(self.narrowed) if key in scope), None)
            if inner is not None:  # `if args.env is not None:` makes args.env a plain value here
                g = method(node)
                return G(f"(*{g.code})", inner)
        return method(node)

    def expr_as(self: ModuleTranslator, node: cst.BaseExpression, target: PyType) -> str:
        g = self.expr(node)
        self.join(target, g.t, node)
        return self.coerce(g, target)

    # ------------------------------------------------------------------ literals
    def x_Integer(self: ModuleTranslator, node: cst.Integer) -> G:
        v = literal_value(node)
        if abs(v) >= 2**63:
            raise Unsupported("PG105", "integer literal does not fit in 64 bits", node)
        return G(str(v), INT, const=True)

    def x_Float(self: ModuleTranslator, node: cst.Float) -> G:
        text = go_float(literal_value(node))
        if text.startswith("math."):
            self.ctx.imports.add("math")
        return G(text, FLOAT, const=True)

    def x_Imaginary(self: ModuleTranslator, node: cst.Imaginary) -> G:
        raise Unsupported("PG105", "complex numbers are not translated", node)

    def x_SimpleString(self: ModuleTranslator, node: cst.SimpleString) -> G:
        value = literal_value(node)
        if isinstance(value, bytes):
            return G(f"[]byte({go_string(value.decode('latin-1'))})", Opaque("bytes"))
        return G(go_string(value), STR, const=True)

    def x_ConcatenatedString(self: ModuleTranslator, node: cst.ConcatenatedString) -> G:
        left, right = self.expr(node.left), self.expr(node.right)
        if left.const and right.const:
            return G(go_string(_lit(left.code) + _lit(right.code)), STR, const=True)
        return G(f"{left.code} + {right.code}", STR)

    def x_FormattedString(self: ModuleTranslator, node: cst.FormattedString) -> G:
        parts: list[str] = []
        for part in node.parts:
            if isinstance(part, cst.FormattedStringText):
                text = part.value
                if "{{" in text or "}}" in text:
                    text = text.replace("{{", "{").replace("}}", "}")
                parts.append(go_string(_unescape(text, node.prefix)))
                continue
            assert isinstance(part, cst.FormattedStringExpression)
            value = self.expr(part.expression)
            spec_parts: list[str] = []
            dynamic = False
            for sp in part.format_spec or ():
                if isinstance(sp, cst.FormattedStringText):
                    spec_parts.append(go_string(sp.value))
                else:  # {x:<{width}}: the spec is computed at run time
                    dynamic = True
                    spec_parts.append(self.str_of(self.expr(sp.expression)))
            conv = part.conversion
            if dynamic:
                self.ctx.uses_pyrt = True
                if conv:
                    value = G(self.format_value(value, "", conv, part), STR)
                parts.append(f"pyrt.Format({value.code}, {' + '.join(spec_parts)})")
                continue
            spec = "".join(_lit(p) for p in spec_parts)
            parts.append(self.format_value(value, spec, conv, part))
        if not parts:
            return G('""', STR, const=True)
        return G(" + ".join(parts), STR)

    def format_value(self: ModuleTranslator, value: G, spec: str, conv: str | None, node: cst.CSTNode) -> str:
        if conv == "r":
            self.ctx.uses_pyrt = True
            value = G(f"pyrt.Repr({value.code})", STR)
        elif conv == "a":
            raise Unsupported("PG105", "the !a conversion is not translated", node)
        elif conv == "s":
            value = G(self.str_of(value), STR)
        if not spec:
            return self.str_of(value)
        if spec[-1:] not in _FLOAT_PRESENTATION:  # {n:>8}: formatted like str(n)
            self.note_shown(value)
        self.ctx.uses_pyrt = True
        return f"pyrt.Format({self.value_for_format(value)}, {go_string(spec)})"

    def value_for_format(self: ModuleTranslator, g: G) -> str:
        t = self.u.deep(g.t)
        if isinstance(t, OptionalT) and not self.nilable(t.inner):
            return g.code  # pyrt dereferences pointers
        return g.code

    def x_Name(self: ModuleTranslator, node: cst.Name) -> G:
        name = node.value
        if name == "__doc__" and self.lookup(name) is None:  # the module docstring
            doc = self.module.get_docstring(clean=False)
            return G(go_string(doc), STR, const=True) if doc is not None else G("nil", NONE)
        if name == "True":
            return G("true", BOOL, const=True)
        if name == "False":
            return G("false", BOOL, const=True)
        if name == "None":
            return G("nil", NONE)
        if self.is_self(node):
            cls = self.classes[self.fn.info.cls]
            if self.is_virtual(cls):  # `self` as a value is the most derived object
                return G(self.self_dispatch(cls, self.var_go("self")), ClassT(cls.py_name))
        if (nested := self.nested_func(name)) is not None:  # a nested def used as a value
            return self.function_value(node, nested)
        hit = self.lookup(name)
        if hit is not None:
            return hit
        if (ext := self.external_value(node)) is not None:  # `from common import TIMEOUT`
            return ext
        if name in self.classes and self.classes[name].enum_kind is not None:
            return self.enum_members(self.classes[name])  # `for lvl in Level`
        rule = self.try_rules(node)
        if rule is not None:
            return rule
        if name in self.funcs:
            return self.function_value(node, self.funcs[name])
        if self.builtin_value_name(node) is not None:  # `"int": int` in a dispatch table
            return self.builtin_value(node)
        raise Unsupported("PG105", f"name '{name}' is not defined or not supported here", node)

    # ------------------------------------------------------------------ containers
    def x_List(self: ModuleTranslator, node: cst.List) -> G:
        dynamic = self.dynamic_literal and not any(isinstance(e, cst.StarredElement) for e in node.elements)
        if dynamic:  # an item of JSON/YAML-shaped data: a []any of dynamic values
            items_g = [self.dynamic_item(e.value, True) for e in node.elements]
            return G(f"[]any{{{', '.join(self.coerce(g, ANY) for g in items_g)}}}", ListT(ANY))
        elem: PyType = self.u.fresh()
        parts: list[G | list[G]] = []  # a starred list, or a run of plain items
        for e in node.elements:
            g = self.expr(e.value)
            if isinstance(e, cst.StarredElement):  # ["wc", "-l", *files]
                parts.append(g)
                continue
            self.mark_stored(e.value)  # [row]: the new list holds row's list
            if parts and isinstance(parts[-1], list):
                parts[-1].append(g)
            else:
                parts.append([g])
        items = [g for p in parts if isinstance(p, list) for g in p]
        known = [t for t in (self.u.deep(g.t) for g in items) if _concrete(t)]
        if len(items) == len(node.elements) and (
            _mixed(known, self.u) or len(set(known)) > 1 and set(known) & {INT, FLOAT, BOOL}
        ):  # [name, count, round(total, 2)] for csv.writer/print: Python's list holds each as it is
            # (an item of unknown type is not forced to its neighbours' type: a later pass knows it)
            return G(f"[]any{{{', '.join(self.coerce(g, ANY) for g in items)}}}", ListT(ANY))
        flat = [g for p in parts for g in (p if isinstance(p, list) else [p])]
        for e, part in zip(node.elements, flat, strict=True):
            if isinstance(e, cst.StarredElement):
                gt = self.u.deep(part.t)
                if not isinstance(gt, ListT):
                    raise Unsupported("PG106", f"*{gt} in a list display", e)
                elem = self.join(elem, gt.elem, node)
            else:
                elem = self.join(elem, part.t, node)
        kinds = {str(self.u.deep(g.t)) for g in items}
        if len(kinds) > 1 and kinds & {"int", "float", "bool"}:
            raise Unsupported("PG402", "a list display mixing int, float or bool items", node)
        t = ListT(elem)
        go_elem = self.gotype(elem)
        pieces = [
            f"[]{go_elem}{{{', '.join(self.coerce(g, elem) for g in p)}}}" if isinstance(p, list) else p.code
            for p in parts
        ]
        if len(pieces) == 1 and isinstance(parts[0], list):
            return G(pieces[0], t)
        if not pieces:
            return G(f"[]{go_elem}{{}}", t)
        self.ctx.imports.add("slices")
        return G(f"slices.Concat({', '.join(pieces)})", t)  # a new list, like Python's

    def x_Tuple(self: ModuleTranslator, node: cst.Tuple) -> G:
        items = [self.expr(e.value) for e in node.elements]
        for e in node.elements:
            self.mark_stored(e.value)
        t = TupleT(tuple(g.t for g in items))
        if not items:  # `()` as an empty sequence (a default for Tuple[str, ...])
            elem = self.u.fresh()
            return G(f"[]{self.gotype(elem)}{{}}", ListT(elem))
        if len(items) > 8:
            raise Unsupported("PG105", "tuples of more than 8 items", node)
        self.ctx.uses_pyrt = True
        types = ", ".join(self.gotype(g.t) for g in items)
        code = (
            f"pyrt.Tuple{len(items)}[{types}]{{{', '.join(f'V{i}: {g.code}' for i, g in enumerate(items))}}}"
        )
        return G(code, t, multi=tuple(g.code for g in items))

    def x_Set(self: ModuleTranslator, node: cst.Set) -> G:
        elem: PyType = self.u.fresh()
        items = [self.expr(e.value) for e in node.elements]
        for g in items:
            elem = self.join(elem, g.t, node)
        self.ctx.uses_pyrt = True
        return G(
            f"pyrt.NewSet[{self.gotype(elem)}]({', '.join(self.coerce(g, elem) for g in items)})",
            SetT(elem),
        )

    def expect(self: ModuleTranslator, node: cst.BaseExpression, target: PyType) -> G:
        """`node` translated for a receiver of type `target`: a dict/list display received as
        dict/list of dynamic values (a later pass widened the receiver) is built dynamic, since a
        Go container of ints is not a container of `any`."""
        t = self.u.deep(target)
        if isinstance(node, cst.Dict | cst.List) and (
            (isinstance(t, DictT) and t.value == ANY) or (isinstance(t, ListT) and t.elem == ANY)
        ):
            return self.dynamic_item(node, True)
        return self.expr(node)

    def dynamic_item(self: ModuleTranslator, node: cst.BaseExpression, dynamic: bool) -> G:
        """An item of a display: inside a dynamic display, a nested display is dynamic too."""
        saved, self.dynamic_literal = self.dynamic_literal, dynamic and isinstance(node, cst.Dict | cst.List)
        try:
            return self.expr(node)
        finally:
            self.dynamic_literal = saved

    def x_Dict(self: ModuleTranslator, node: cst.Dict) -> G:
        dynamic = self.dynamic_literal  # `cfg: dict[str, Any] = {...}`: JSON/YAML-shaped data
        key: PyType = self.u.fresh()
        val: PyType = ANY if dynamic else self.u.fresh()
        pairs = []
        mixed = False
        for el in node.elements:
            if not isinstance(el, cst.DictElement):
                raise Unsupported("PG105", "** unpacking in a dict display", node)
            pairs.append((self.dynamic_item(el.key, False), self.dynamic_item(el.value, dynamic)))
            self.mark_stored(el.value)  # {k: row}: the new dict holds row's list
        # A record-like display ({"user": u, "bytes": n}) often mixes types: a value whose type
        # is not known yet is not forced to its neighbours' type (a later pass knows it).
        record = all(
            isinstance(el, cst.DictElement) and isinstance(el.key, cst.SimpleString) for el in node.elements
        )
        values = [self.u.deep(v.t) for _, v in pairs]
        payload = not dynamic and (
            _mixed(values, self.u)
            # {"image": image, "ports": sorted(ports), "memory_mb": svc.get(...)}: json data
            # beside other values: a dict of dynamic values (not "a mix of scalars and Any")
            or ANY in values
            and len(set(map(str, values))) > 1
            and all(dynamic_ok(t) for t in values)
        )
        if payload:
            val = ANY  # {"text": s, "tags": [...]}: a JSON-style payload of Python values (Go: any)
        for (k, v), el in zip(pairs, node.elements, strict=True):
            if dynamic:  # `cfg: dict[str, Any] = {...}`: str keys, dynamic values
                key = self.join(self.join(key, STR, el), k.t, el)
                continue
            key = self.join(key, k.t, el)
            if payload:
                continue
            if record and isinstance(self.u.resolve(v.t), TVar):
                continue
            val = self.join_scalars(val, v.t, el, mixed)
            mixed = mixed or (val == ANY and self.u.deep(v.t) != ANY)
        t = DictT(key, val)
        self.ctx.uses_pyrt = True
        name = self.ctx.tmp("d")
        self.out.emit(f"{name} := pyrt.NewDict[{self.gotype(key)}, {self.gotype(val)}]()")
        for k, v in pairs:
            self.out.emit(f"{name}.Set({self.coerce(k, key)}, {self.coerce(v, val)})")
        return G(name, t, fresh=True)

    # ------------------------------------------------------------------ operators
    def x_BinaryOperation(self: ModuleTranslator, node: cst.BinaryOperation) -> G:
        op = type(node.operator).__name__
        if op in ("Add", "Multiply"):  # `a + (0,) * n`: a literal tuple of like items is a sequence
            as_list = {
                side: cst.List(elements=[cst.Element(e.value) for e in getattr(node, side).elements])
                for side in ("left", "right")
                if isinstance(getattr(node, side), cst.Tuple) and getattr(node, side).elements
            }
            if as_list:
                node = node.with_changes(**as_list)
        rule = self.try_rules(node)
        if rule is not None:
            return rule
        left = self.expr(node.left)
        if op == "Modulo" and self.u.deep(left.t) == STR:
            return self.percent_format(left, node.right)
        right = self.expr(node.right)
        left, right = self.int_enum_value(left), self.int_enum_value(right)
        lt, rt = self.u.deep(left.t), self.u.deep(right.t)
        const = left.const and right.const
        if op == "Add" and lt == STR and rt == STR:
            return G(f"{left.code} + {right.code}", STR, const=const)
        if op == "Add" and isinstance(lt, ListT) and isinstance(rt, ListT):
            elem = self.join(lt.elem, rt.elem, node)
            self.ctx.imports.add("slices")
            return G(
                f"slices.Concat({self.coerce(left, ListT(elem))}, {self.coerce(right, ListT(elem))})",
                ListT(elem),
            )
        if op == "Multiply" and {lt, rt} == {STR, INT}:
            self.ctx.uses_pyrt = True
            s, n = (left, right) if lt == STR else (right, left)
            return G(f"pyrt.Mul({s.code}, {n.code})", STR)
        if (lt == ANY or rt == ANY) and op in _DYNAMIC_OPS:
            self.ctx.uses_pyrt = True
            return G(f'pyrt.DynArith("{_DYNAMIC_OPS[op]}", {left.code}, {right.code})', ANY)
        if isinstance(lt, TVar) or isinstance(rt, TVar):
            if self.strict:
                raise Unsupported("PG105", f"the operands of this {op} have types nothing determines", node)
            self.fallbacks += 1
            # Not yet known in this pass: assume numeric; the next pass sees the real types.
            return G(f"{left.code} {_ARITH.get(op, '+')} {right.code}", self.u.fresh())
        if lt not in (INT, FLOAT, BOOL) or rt not in (INT, FLOAT, BOOL):
            raise Unsupported("PG105", f"operator {op} on {lt} and {rt}", node)
        result = FLOAT if FLOAT in (lt, rt) else INT
        a, b = self.coerce(left, result), self.coerce(right, result)
        if const and result == FLOAT:
            a = a if a.startswith("float64(") else f"float64({a})"
        pa, pb = _operand(a), _operand(b)
        self.ctx.uses_pyrt = self.ctx.uses_pyrt or op in ("Divide", "FloorDivide", "Modulo", "Power")
        if op in _ARITH:
            if op in ("BitAnd", "BitOr", "BitXor", "LeftShift", "RightShift") and result != INT:
                raise Unsupported("PG105", "bitwise operators on floats", node)
            return G(f"{pa} {_ARITH[op]} {pb}", result, const=const and result == INT)
        if op == "Divide":
            if result == INT:
                return G(f"pyrt.DivInt({a}, {b})", FLOAT)
            return G(f"pyrt.Div({a}, {b})", FLOAT)
        if op == "FloorDivide":
            return G(f"pyrt.FloorDiv({a}, {b})", result)
        if op == "Modulo":
            return G(f"pyrt.Mod({a}, {b})", result)
        if op == "Power":
            if result == INT:
                return G(f"pyrt.PowInt({a}, {b})", INT)
            return G(f"pyrt.PowFloat({a}, {b})", FLOAT)
        raise Unsupported("PG105", f"operator {op}", node)

    def percent_format(self: ModuleTranslator, fmt: G, rhs_node: cst.BaseExpression) -> G:
        self.ctx.uses_pyrt = True
        if isinstance(rhs_node, cst.Tuple):
            args = [self.expr(e.value).code for e in rhs_node.elements]
        else:
            g = self.expr(rhs_node)
            t = self.u.deep(g.t)
            if isinstance(t, TupleT):  # `fmt % row` with a tuple value: its items are the arguments
                held = self.hoist(g)
                args = [f"{held.code}.V{i}" for i in range(len(t.items))]
            else:
                args = [g.code]
        return G(f"pyrt.Percent({fmt.code}, {', '.join(args)})", STR)

    def x_UnaryOperation(self: ModuleTranslator, node: cst.UnaryOperation) -> G:
        rule = self.try_rules(node)
        if rule is not None:
            return rule
        op = type(node.operator).__name__
        g = self.expr(node.expression)
        if op == "Not":
            return G(f"!{self.paren(self.truthy(g))}", BOOL)
        t = self.u.deep(g.t)
        if op in ("Minus", "Plus") and t not in (INT, FLOAT, BOOL) and not isinstance(t, TVar):
            raise Unsupported("PG201", f"unary {'-' if op == 'Minus' else '+'} on {t} has no rule", node)
        if op == "Minus":
            if t == BOOL:
                return G(f"-pyrt.BoolInt({g.code})", INT)
            return G(f"-{_operand(g.code)}", t, const=g.const)
        if op == "Plus":
            return g
        if op == "BitInvert" and t == INT:
            return G(f"^{_operand(g.code)}", INT, const=g.const)
        raise Unsupported("PG105", f"unary {op}", node)

    def x_BooleanOperation(self: ModuleTranslator, node: cst.BooleanOperation) -> G:
        rule = self.try_rules(node)  # an idiom with its own rule, e.g. `yaml.safe_load(f) or {}`
        if rule is not None:
            return rule
        is_and = isinstance(node.operator, cst.And)
        left = self.expr(node.left)
        test = self.none_test(node.left)
        narrow = self.narrowing(test[0]) if test and test[1] != is_and else {}
        self.narrowed.append(narrow)  # `x is not None and x > 3`: x is not None on the right
        try:
            with self.buf.capture() as right_out:
                right = self.expr(node.right)
        finally:
            self.narrowed.pop()
        lt, rt = self.u.deep(left.t), self.u.deep(right.t)
        if lt == BOOL and rt == BOOL and not right_out.lines:
            return G(f"{_operand(left.code)} {'&&' if is_and else '||'} {_operand(right.code)}", BOOL)
        if self.want_bool and not right_out.lines:
            # Only truthiness matters (an if/while condition): short-circuit on truthiness.
            return G(
                f"{self.paren(self.truthy(left))} {'&&' if is_and else '||'} {self.paren(self.truthy(right))}",
                BOOL,
            )
        if self.want_bool:
            name = self.ctx.tmp("v")
            self.out.emit(f"{name} := {self.truthy(left)}")
            self.out.emit(f"if {name if is_and else '!' + name} {{")
            for line in right_out.lines:
                self.out.emit(line)
            self.out.emit(f"{name} = {self.truthy(right)}")
            self.out.emit("}")
            return G(name, BOOL)
        lt_ = self.u.deep(left.t)
        if (
            not is_and
            and isinstance(lt_, OptionalT)
            and not self.nilable(lt_.inner)
            and not isinstance(self.u.deep(right.t), OptionalT | TVar)
            and self.u.deep(right.t) != NONE
        ):
            # `opt or default`: a plain value (None and falsy values both take the default)
            inner = lt_.inner
            t = self.join(self.u.fresh(), inner, node)
            t = self.join(t, right.t, node)
            held = self.hoist(left)
            return self.choose(self.truthy(held), [], G("*" + held.code, inner), right_out.lines, right, t)
        try:
            t = self.u.join(self.u.fresh(), left.t)
            t = self.u.join(t, right.t)
        except Conflict:  # `count or "-"`: Python keeps whichever operand it returns
            t = ANY
        name = self.ctx.tmp("v")
        self.out.emit(f"var {name} {self.gotype(t)} = {self.coerce(left, t)}")
        cond = self.truthy(G(name, t))
        self.out.emit(f"if {cond if is_and else '!' + self.paren(cond)} {{")
        for line in right_out.lines:
            self.out.emit(line)
        self.out.emit(f"{name} = {self.coerce(right, t)}")
        self.out.emit("}")
        return G(name, t)

    def x_IfExp(self: ModuleTranslator, node: cst.IfExp) -> G:
        cond = self.condition(node.test)
        test = self.none_test(node.test)
        narrow = self.narrowing(test[0]) if test else {}
        self.narrowed.append(narrow if test and not test[1] else {})
        try:
            with self.buf.capture() as body_out:
                body = self.expr(node.body)
        finally:
            self.narrowed.pop()
        self.narrowed.append(narrow if test and test[1] else {})
        try:
            with self.buf.capture() as else_out:
                other = self.expr(node.orelse)
        finally:
            self.narrowed.pop()
        # a fresh receiver: `f() if c else None` is Optional without widening f's own result;
        # a mix of scalars (int and str) is a dynamic value
        body_t = self.u.deep(body.t)  # (not yet known, e.g. a lambda's parameter: not bound to None)
        first = self.u.fresh() if isinstance(body_t, TVar) else self.join(self.u.fresh(), body_t, node)
        t = self.join_scalars(first, other.t, node, False)
        return self.choose(cond, body_out.lines, body, else_out.lines, other, t)

    def choose(
        self: ModuleTranslator,
        cond: str,
        then_lines: list[str],
        then: G,
        else_lines: list[str],
        other: G,
        t: PyType,
    ) -> G:
        """A Go variable of type `t` set by an if/else: each branch's hoisted statements run only
        in that branch, as Python evaluates only the chosen operand."""
        name = self.ctx.tmp("v")
        self.out.emit(f"var {name} {self.gotype(t)}")
        self.out.emit(f"if {cond} {{")
        for line in then_lines:
            self.out.emit(line)
        self.out.emit(f"{name} = {self.coerce(then, t)}")
        self.out.emit("} else {")
        for line in else_lines:
            self.out.emit(line)
        self.out.emit(f"{name} = {self.coerce(other, t)}")
        self.out.emit("}")
        return G(name, t)

    def condition(self: ModuleTranslator, node: cst.BaseExpression) -> str:
        saved, self.want_bool = self.want_bool, True
        try:
            g = self.expr(node)
        finally:
            self.want_bool = saved
        return self.truthy(g)

    def x_Comparison(self: ModuleTranslator, node: cst.Comparison) -> G:
        rule = self.try_rules(node)
        if rule is not None:
            return rule
        left = self.expr(node.left)
        parts: list[str] = []
        n = len(node.comparisons)
        for i, comp in enumerate(node.comparisons):
            right = self.expr(comp.comparator)
            if i < n - 1:
                right = self.hoist(right)
            parts.append(self.compare(left, comp.operator, right, comp))
            left = right
        return G(" && ".join(parts) if len(parts) > 1 else parts[0], BOOL)

    def compare(
        self: ModuleTranslator, left: G, operator: cst.BaseCompOp, right: G, node: cst.CSTNode
    ) -> str:
        op = type(operator).__name__
        lk, rk = self.enum_kind_of(left.t), self.enum_kind_of(right.t)
        if op in ("In", "NotIn"):
            pass  # membership compares the members themselves
        elif lk in ("IntEnum", "StrEnum") or rk in ("IntEnum", "StrEnum"):  # by value, like int / str
            if op in ("Is", "IsNot"):
                if lk != rk:
                    return "false" if op == "Is" else "true"
                return f"{_operand(left.code)} {'==' if op == 'Is' else '!='} {_operand(right.code)}"
            left, right = self.int_enum_value(left), self.int_enum_value(right)
        elif lk is not None or rk is not None:
            if op in ("Is", "IsNot", "Equal", "NotEqual") and self.u.deep(left.t) == self.u.deep(right.t):
                return (
                    f"{_operand(left.code)} {'==' if op in ('Is', 'Equal') else '!='} {_operand(right.code)}"
                )
            if op in ("Equal", "NotEqual") and NONE not in (self.u.deep(left.t), self.u.deep(right.t)):
                return "false" if op == "Equal" else "true"  # a member never equals another type's value
            if op not in ("In", "NotIn", "Is", "IsNot"):
                raise Unsupported("PG105", f"ordering comparison of {lk or rk} members", node)
        lt, rt = self.u.deep(left.t), self.u.deep(right.t)
        if op in ("Equal", "NotEqual") and lt == rt and (nt := self.namedtuple_of(lt)) is not None:
            if not all(self.u.deep(t) in (INT, FLOAT, STR, BOOL) for t in nt.fields.values()):
                raise Unsupported(
                    "PG105", f"== on {nt.py_name} with fields other than str/int/float/bool", node
                )
            return f"{_operand(left.code)} {_CMP[op]} {_operand(right.code)}"  # Go struct equality
        if op in ("Is", "IsNot"):
            if rt != NONE and lt != NONE:
                raise Unsupported("PG105", "`is` is only translated for comparisons with None", node)
            g = left if rt == NONE else right
            gt = self.u.deep(g.t)
            if not (isinstance(gt, OptionalT) or self.nilable(gt)):
                return "false" if op == "Is" else "true"
            return f"{g.code} {'==' if op == 'Is' else '!='} nil"
        if op in ("In", "NotIn"):
            expr = self.contains(right, left, node)
            return expr if op == "In" else f"!{self.paren(expr)}"
        sym = _CMP[op]
        if lt in (INT, FLOAT, BOOL) and rt in (INT, FLOAT, BOOL):
            target = FLOAT if FLOAT in (lt, rt) else INT
            if BOOL in (lt, rt) and lt != rt:
                raise Unsupported("PG105", "comparing bool with a number", node)
            if lt == BOOL and rt == BOOL and sym not in ("==", "!="):
                raise Unsupported("PG105", "ordering comparison of bools", node)
            return f"{_operand(self.coerce(left, target))} {sym} {_operand(self.coerce(right, target))}"
        if lt == STR and rt == STR:
            return f"{_operand(left.code)} {sym} {_operand(right.code)}"
        if lt == NONE or rt == NONE:
            g = left if rt == NONE else right
            if isinstance(self.u.deep(g.t), OptionalT) or self.nilable(g.t):
                return f"{g.code} {sym} nil" if sym in ("==", "!=") else "false"
        if sym in ("==", "!=") and (
            isinstance(lt, OptionalT)
            and self.u.deep(lt.inner) == rt
            or isinstance(rt, OptionalT)
            and self.u.deep(rt.inner) == lt
        ):
            # Optional[str] == "x": equal only when not None and the value matches.
            opt, val = (left, right) if isinstance(lt, OptionalT) else (right, left)
            held = self.hoist(opt)
            inner = f"({held.code} != nil && *{held.code} == {val.code})"
            return inner if sym == "==" else f"!{inner}"
        self.ctx.uses_pyrt = True
        if sym == "==":
            return f"pyrt.Equal({left.code}, {right.code})"
        if sym == "!=":
            return f"!pyrt.Equal({left.code}, {right.code})"
        return f"pyrt.Compare({left.code}, {right.code}) {sym} 0"

    def contains(self: ModuleTranslator, container: G, item: G, node: cst.CSTNode) -> str:
        ct = self.u.deep(container.t)
        if ct == ANY:
            self.ctx.uses_pyrt = True
            return f"pyrt.DynContains({container.code}, {item.code})"
        if isinstance(ct, OptionalT) and isinstance(self.u.deep(ct.inner), ListT):
            # `x in tags` where tags may be None: Python raises TypeError on None; Go panics on nil
            container, ct = G(f"(*{container.code})", ct.inner), self.u.deep(ct.inner)
        if ct == STR:
            self.ctx.imports.add("strings")
            return f"strings.Contains({container.code}, {item.code})"
        if isinstance(ct, ListT):
            self.join(ct.elem, item.t, node)
            self.ctx.imports.add("slices")
            return f"slices.Contains({container.code}, {self.coerce(item, ct.elem)})"
        if isinstance(ct, DictT):
            self.join(ct.key, item.t, node)
            return f"{self.paren(container.code)}.Has({self.coerce(item, ct.key)})"
        if isinstance(ct, SetT):
            self.join(ct.elem, item.t, node)
            return f"{self.paren(container.code)}.Has({self.coerce(item, ct.elem)})"
        if isinstance(ct, TupleT) and container.code.startswith("pyrt.Tuple"):
            inner = container.code[container.code.index("{") + 1 : -1]
            values = [
                v.split(": ", 1)[1] if v.startswith("V") and ": " in v else v for v in _split_top(inner)
            ]
            held = self.hoist(item)
            return "(" + " || ".join(f"{held.code} == {v}" for v in values) + ")"
        if isinstance(ct, TVar):
            return "false"
        raise Unsupported("PG105", f"`in` on {ct}", node)

    # ------------------------------------------------------------------ subscripts
    def x_Subscript(self: ModuleTranslator, node: cst.Subscript) -> G:
        if isinstance(node.value, cst.Tuple) and not (
            isinstance(node.slice[0].slice, cst.Index) and _int_value(node.slice[0].slice.value) is not None
        ):  # ("OK", "WARN")[level] or a slice of a literal: index it as a list of like items
            node = node.with_changes(
                value=cst.List(elements=[cst.Element(e.value) for e in node.value.elements])
            )
        msg = self.exception_arg0(node)
        if msg is not None:
            return msg
        v = node.value
        if (
            isinstance(v, cst.Name)
            and v.value in self.classes
            and self.lookup(v.value) is None
            and self.classes[v.value].enum_kind is not None
        ):
            return self.enum_lookup(self.classes[v.value], node)  # Level["OK"]
        rule = self.try_rules(node)
        if rule is not None:
            return rule
        base = self.expr(node.value)
        bt = self.u.deep(base.t)
        nt = self.namedtuple_of(bt)
        if nt is not None:  # host[0]: a field by position
            sl0 = node.slice[0].slice if len(node.slice) == 1 else None
            i = _int_value(sl0.value) if isinstance(sl0, cst.Index) else None
            if i is None or not -len(nt.fields) <= i < len(nt.fields):
                raise Unsupported(
                    "PG105", f"index of named tuple {nt.py_name} must be a literal in range", node
                )
            f = list(nt.fields)[i]
            return G(f"{base.code}.{self.field_name(f)}", nt.fields[f])
        if len(node.slice) != 1:
            raise Unsupported("PG105", "multi-dimensional subscripts", node)
        sl = node.slice[0].slice
        if isinstance(sl, cst.Slice):
            return self.slice_expr(base, sl, node)
        assert isinstance(sl, cst.Index)
        idx = self.expr(sl.value)
        if isinstance(bt, ListT) or bt == STR:
            idx = self.int_enum_value(idx)  # xs[Severity.HIGH] indexes by the member's value
        if bt == ANY:
            self.ctx.uses_pyrt = True
            return G(f"pyrt.DynIndex({base.code}, {idx.code})", ANY)
        if isinstance(bt, DictT):
            self.join(bt.key, idx.t, node)
            return G(f"{self.paren(base.code)}.MustGet({self.coerce(idx, bt.key)})", bt.value)
        if isinstance(bt, TupleT):
            lit = _int_value(sl.value)
            if lit is None:
                raise Unsupported("PG105", "tuple index must be a literal", node)
            if lit < 0:
                lit += len(bt.items)
            if not 0 <= lit < len(bt.items):
                raise Unsupported("PG105", "tuple index out of range", node)
            if base.multi and not base.code.startswith("pyrt.Tuple"):
                return G(base.multi[lit], bt.items[lit])
            return G(f"{self.paren(base.code)}.V{lit}", bt.items[lit])
        if self.u.deep(idx.t) not in (INT, BOOL) and not isinstance(self.u.deep(idx.t), TVar):
            raise Unsupported("PG105", f"index of type {self.u.deep(idx.t)}", node)
        self.ctx.uses_pyrt = True
        if bt == STR:
            return G(f"pyrt.StrIndex({base.code}, {idx.code})", STR)
        if isinstance(bt, ListT):
            return G(f"pyrt.Index({base.code}, {idx.code})", bt.elem)
        if isinstance(bt, TVar):
            return G(f"pyrt.Index({base.code}, {idx.code})", self.u.fresh())
        raise Unsupported("PG105", f"subscript of {bt}", node)

    def slice_expr(self: ModuleTranslator, base: G, sl: cst.Slice, node: cst.CSTNode) -> G:
        bt = self.u.deep(base.t)
        self.ctx.uses_pyrt = True
        lo = self.expr(sl.lower).code if sl.lower is not None else "pyrt.Omit"
        hi = self.expr(sl.upper).code if sl.upper is not None else "pyrt.Omit"
        step = self.expr(sl.step).code if sl.step is not None else None
        if isinstance(bt, OptionalT) and self.u.deep(bt.inner) == STR:
            # a groupdict() value: None[:60] is Python's TypeError, not a nil dereference
            base, bt = G(f"pyrt.OptSubscript({base.code})", STR), STR
        if bt == STR:
            if step is not None:
                return G(f"pyrt.StrSliceStep({base.code}, {lo}, {hi}, {step})", STR)
            return G(f"pyrt.StrSlice({base.code}, {lo}, {hi})", STR)
        if isinstance(bt, ListT):
            if step is not None:
                return G(f"pyrt.SliceStep({base.code}, {lo}, {hi}, {step})", bt)
            return G(f"pyrt.Slice({base.code}, {lo}, {hi})", bt)
        if bt == ANY and step is None:  # entries[-n:] of json data: a list or a str
            bounds = [
                self.coerce(self.expr(b), INT) if b is not None else "pyrt.Omit" for b in (sl.lower, sl.upper)
            ]
            return G(f"pyrt.DynSlice({base.code}, {bounds[0]}, {bounds[1]})", ANY)
        raise Unsupported("PG105", f"slice of {bt}", node)

    # ------------------------------------------------------------------ attributes
    def x_Attribute(self: ModuleTranslator, node: cst.Attribute) -> G:
        if isinstance(node.value, cst.Name) and (ext := self.external_value(node)) is not None:
            return ext  # common.TIMEOUT
        attr = node.attr.value
        # `except Exception as e: e.code` where a script exception has `code`: its own attribute
        # (below), not a library exception's (e.msg of JSONDecodeError, e.code of HTTPError)
        script_attr = any(
            c.is_exception and (attr in c.fields or attr in c.class_attrs) for c in self.classes.values()
        )
        rule = None if script_attr and self.peek_type(node.value) == EXC else self.try_rules(node)
        if rule is not None:
            return rule
        if self.str_method_value(node) is not None:  # key=str.lower as a value
            return self.builtin_value(node)
        attr = node.attr.value
        if (cname := self.class_ref(node.value)) is not None:
            member = self.enum_member(self.classes[cname], attr)  # Level.OK
            if member is not None:
                return member
            found = self.class_attr(self.classes[cname], attr)  # Policy.DEFAULTS
            if found is not None:
                return G(self.class_attr_go(found[0], attr), found[1])
        is_self = self.is_self(node.value)
        base = self.self_g() if is_self else self.expr(node.value)
        bt = self.u.deep(base.t)
        if isinstance(bt, OptionalT) and isinstance(self.u.deep(bt.inner), ClassT):
            bt = self.u.deep(bt.inner)
        if attr in ("__cause__", "__context__") and (bt == EXC or isinstance(bt, ClassT) and bt.is_exception):
            if attr == "__context__":
                raise Unsupported(
                    "PG104",
                    "e.__context__ (implicit chaining) is not translated: raise ... from e and read "
                    "e.__cause__",
                    node,
                )
            self.ctx.uses_pyrt = True
            return G(f"pyrt.ExcCause({base.code})", OptionalT(EXC))
        if isinstance(bt, ClassT) and bt.name in self.classes:
            cls = self.classes[bt.name]
            special = self.special_attr(cls, base, attr, node)
            if special is not None:
                return special
            prop = self.find_method(cls, attr)
            if prop is not None and prop.kind == "property":  # obj.end: the getter's Go method
                recv = base
                if is_self and self.overridden_below(cls, attr):
                    recv = G(self.self_dispatch(cls, base.code), base.t)
                return self.call_user(prop, cst.Call(func=node), recv)
            ftype = self.field_type(cls, attr)
            if ftype is not None:
                code = base.code
                if not is_self and self.is_virtual(cls):
                    code = f"{code}.{self.upcast(cls)}()"  # the interface value's struct part
                return G(f"{code}.{self.field_name(attr)}", ftype)
            found = self.class_attr(cls, attr)  # self.LIMIT: the class attribute
            if found is not None:
                if self.overridden_below(cls, attr, attr=True):
                    if not self.in_hierarchy(cls):
                        raise Unsupported(
                            "PG104", f"class attribute '{attr}' is overridden in a subclass", node
                        )
                    m = self.attr_method(attr)
                    if is_self:
                        return G(f"{self.self_dispatch(cls, base.code)}.{m}()", found[1])
                    return G(f"{base.code}.{m}()", found[1])
                return G(self.class_attr_go(found[0], attr), found[1])
        if bt == EXC:
            holders = [
                c
                for c in self.classes.values()
                if c.is_exception and (attr in c.fields or attr in c.class_attrs)
            ]
            if any(c.package is not None for c in holders):
                raise Unsupported(
                    "PG104",
                    f"attribute '{attr}' of an exception caught as a builtin class, when a class of a "
                    "local module has it: catch that class (`except LibError as e`)",
                    node,
                )
            if holders:  # `except Base as e: e.code`: whichever script exception e is
                t = self.exc_attrs.setdefault(attr, self.u.fresh())
                for c in holders:
                    self.join(t, c.fields[attr] if attr in c.fields else c.class_attrs[attr][1], node)
                self.ctx.uses_pyrt = True
                return G(f"excAttr{self.field_name(attr)}({base.code})", t)
        if (bt == NONE or isinstance(bt, TVar)) and not self.strict:
            # `best = None` ... `best.prefixlen` ... `best = net`: the assignment after this read
            # gives the type, so read it as unknown in this pass; the strict pass refuses it if not
            self.fallbacks += 1
            return G(f"{base.code}.{node.attr.value}", self.u.fresh())
        raise Unsupported("PG104", f"attribute '{node.attr.value}' of {bt}", node)

    def exception_arg0(self: ModuleTranslator, node: cst.Subscript) -> G | None:
        """`e.args[0]` of a script exception whose __init__ passes one message to its builtin base."""
        value = node.value
        if not (
            isinstance(value, cst.Attribute)
            and value.attr.value == "args"
            and len(node.slice) == 1
            and isinstance(node.slice[0].slice, cst.Index)
            and _int_value(node.slice[0].slice.value) == 0
        ):
            return None
        is_self = self.is_self(value.value)
        bt = self.u.deep(self.self_g().t) if is_self else self.peek_type(value.value)
        if not (isinstance(bt, ClassT) and bt.name in self.classes and bt.is_exception):
            return None
        base = self.self_g() if is_self else self.expr(value.value)
        cls = self.classes[bt.name]
        for c in (cls, *self.subclasses(cls)):
            if not self.sets_message(c):
                raise Unsupported(
                    "PG104", f"args of {c.py_name}: its __init__ does not pass one message", node
                )
        code = base.code if is_self or not self.is_virtual(cls) else f"{base.code}.{self.upcast(cls)}()"
        return G(f"{code}.PyMsg", STR)

    def sets_message(self: ModuleTranslator, cls: ClassInfo) -> bool:
        """Whether args == (message,): the nearest __init__ starts by calling super().__init__(msg) of a
        builtin exception other than KeyError (whose str() is the repr)."""
        owner = cls
        while "__init__" not in owner.methods:
            parent = self.base_of(owner)
            if parent is None:
                return False
            owner = parent
        init = owner.methods["__init__"]
        if self.base_of(owner) is not None or "KeyError" in self.exception_kinds(owner):
            return False
        body = init.node.body.body if isinstance(init.node.body, cst.IndentedBlock) else []
        first = body[0] if body else None
        if not (isinstance(first, cst.SimpleStatementLine) and isinstance(first.body[0], cst.Expr)):
            return False
        call = first.body[0].value
        return (
            isinstance(call, cst.Call)
            and isinstance(call.func, cst.Attribute)
            and call.func.attr.value == "__init__"
            and isinstance(call.func.value, cst.Call)
            and isinstance(call.func.value.func, cst.Name)
            and call.func.value.func.value == "super"
            and len(call.args) == 1
            and call.args[0].keyword is None
            and not call.args[0].star
        )

    def special_attr(
        self: ModuleTranslator, cls: ClassInfo, base: G, attr: str, node: cst.CSTNode
    ) -> G | None:
        """Attributes Python gives enum members and named tuples (None for ordinary attributes)."""
        if cls.enum_kind is not None:
            return self.enum_attr(cls, base, attr)
        if cls.is_namedtuple and attr == "_fields":
            return G(f"[]string{{{', '.join(go_string(f) for f in cls.fields)}}}", ListT(STR))
        return None

    # ------------------------------------------------------------------ comprehensions
    def x_ListComp(self: ModuleTranslator, node: cst.ListComp) -> G:
        return self.comprehension(node, "list")

    def x_GeneratorExp(self: ModuleTranslator, node: cst.GeneratorExp) -> G:
        return self.comprehension(node, "list")

    def x_SetComp(self: ModuleTranslator, node: cst.SetComp) -> G:
        return self.comprehension(node, "set")

    def x_DictComp(self: ModuleTranslator, node: cst.DictComp) -> G:
        return self.comprehension(node, "dict")

    def comprehension(self: ModuleTranslator, node: cst.CSTNode, kind: str) -> G:
        name = self.ctx.tmp("out")
        key_t = self.u.fresh()
        elem_t = self.u.fresh()
        decl_mark = self.out.mark()
        self.out.emit("PLACEHOLDER")
        loops: list[cst.CompFor] = []
        f = node.for_in
        while f is not None:
            loops.append(f)
            f = f.inner_for_in
        self.comp_scopes.append({})
        self.comp_reads.append(_names_read(node))
        depth = 0
        try:
            for comp in loops:
                self.loop_header(comp, comp.target, comp.iter, comprehension=True)
                depth += 1
                for cond in comp.ifs:
                    self.out.emit(f"if !{self.paren(self.condition(cond.test))} {{")
                    self.out.emit("continue")
                    self.out.emit("}")
            if kind == "dict":
                k = self.expr(node.key)
                v = self.expr(node.value)
                self.join(key_t, k.t, node)
                self.join(elem_t, v.t, node)
                self.out.emit(f"{name}.Set({self.coerce(k, key_t)}, {self.coerce(v, elem_t)})")
            else:
                v = self.expr(node.elt)
                self.join(elem_t, v.t, node)
                if kind == "set":
                    self.out.emit(f"{name}.Add({self.coerce(v, elem_t)})")
                else:
                    self.out.emit(f"{name} = append({name}, {self.coerce(v, elem_t)})")
            for _ in range(depth):
                self.loop_footer()
        finally:
            self.comp_scopes.pop()
            self.comp_reads.pop()
        self.ctx.uses_pyrt = self.ctx.uses_pyrt or kind != "list"
        if kind == "dict":
            t: PyType = DictT(key_t, elem_t)
            decl = f"{name} := pyrt.NewDict[{self.gotype(key_t)}, {self.gotype(elem_t)}]()"
        elif kind == "set":
            t = SetT(elem_t)
            decl = f"{name} := pyrt.NewSet[{self.gotype(elem_t)}]()"
        else:
            t = ListT(elem_t)
            decl = f"{name} := []{self.gotype(elem_t)}{{}}"
        self.out.lines[decl_mark] = decl
        return G(name, t)

    # ------------------------------------------------------------------ lambda
    def x_Lambda(self: ModuleTranslator, node: cst.Lambda) -> G:
        return self.lambda_value(node)

    def lambda_parts(
        self: ModuleTranslator,
        params: list[str],
        arg_types: list[PyType],
        node: cst.Lambda,
        pointers: frozenset[int] = frozenset(),
    ) -> tuple[list[str], list[str], G]:
        """Go parameters, body lines and result of a lambda translated with known parameter
        types (`pointers`: positions passed as pointers to lists the body grows). An exception
        raised inside panics out of the Go func, where the caller's runtime helper recovers it."""
        go_params = []
        scope: dict[str, G] = {}
        for i, (p, t) in enumerate(zip(params, arg_types, strict=True)):
            gn = self.ctx.tmp(self.local_go(p)) if not p.startswith("__py2go") else self.ctx.tmp("a")
            if i in pointers:  # call_user passes `(*p)` on as the pointer itself
                scope[p] = G(f"(*{gn})", t)
                go_params.append(f"{gn} *{self.gotype(t)}")
            else:
                scope[p] = G(gn, t)
                go_params.append(f"{gn} {self.gotype(t)}")
        self.comp_scopes.append(scope)
        assert self.fn is not None
        self.fn.frames.append(Frame("lambda"))
        try:
            with self.buf.capture() as body_out:
                res = self.expr(node.body)
        finally:
            self.comp_scopes.pop()
            self.fn.frames.pop()
        return go_params, list(body_out.lines), res

    def lambda_for(
        self: ModuleTranslator, node: cst.BaseExpression, arg_types: list[PyType], want_bool: bool = False
    ) -> G:
        """A Go func literal for `key=lambda x: ...` (or a function name) with known parameter types
        (`want_bool`: a predicate, whose result is tested for truth as Python's filter does)."""
        nested = self.nested_func(node.value) if isinstance(node, cst.Name) else None
        if nested is not None and self.plain_go_func(nested, arg_types, want_bool):
            for p, a in zip(nested.param_types, arg_types, strict=True):
                self.join(p, a, node)
            return G(nested.go_name, FuncT(tuple(arg_types), nested.ret))
        if (
            isinstance(node, cst.Name)
            and (
                self.nested_func(node.value) is not None
                or self.builtin_value_name(node) not in (None, "len", "str", "abs")
            )
            or self.str_method_value(node) is not None
        ):  # a nested def, `int`, `str.lower`: through `lambda a: f(a)`
            args = [cst.Name(f"__py2go_k{i}") for i in range(len(arg_types))]
            if isinstance(node, cst.Attribute):
                call = cst.Call(func=node.with_changes(value=args[0]))
            else:
                call = cst.Call(func=node, args=[cst.Arg(a) for a in args])
            lam = cst.Lambda(params=cst.Parameters(params=[cst.Param(a) for a in args]), body=call)
            return self.lambda_for(lam, arg_types, want_bool)
        if isinstance(node, cst.Name) and node.value in self.funcs and self.lookup(node.value) is None:
            info = self.funcs[node.value]
            ret = self.u.deep(info.ret)
            if (
                not info.fallible
                and not isinstance(ret, TupleT)
                and len(info.params) == len(arg_types)
                and (not want_bool or ret == BOOL)
            ):
                for p, a in zip(info.param_types, arg_types, strict=False):
                    self.join(p, a, node)
                return G(info.go_name, FuncT(tuple(arg_types), info.ret))
            # tuple results or errors: adapt through `lambda k: f(k)`
            arg = cst.Name("__py2go_key")
            call = cst.Call(func=node, args=[cst.Arg(arg)])
            return self.lambda_for(
                cst.Lambda(params=cst.Parameters(params=[cst.Param(arg)]), body=call), arg_types, want_bool
            )
        if isinstance(node, cst.Name) and self.resolve_builtin(node) in ("len", "str", "abs"):
            fn = node.value
            param = self.ctx.tmp("x")
            with self.buf.capture() as body_out:
                res = self.call_builtin_simple(fn, G(param, arg_types[0]), node)
                if want_bool:
                    res = G(self.truthy(res), BOOL)
            lines = "\n".join(body_out.lines)
            code = f"func({param} {self.gotype(arg_types[0])}) {self.gotype(res.t)} {{\n{lines}\nreturn {res.code}\n}}"
            return G(code, FuncT(tuple(arg_types), res.t))
        if not isinstance(node, cst.Lambda):
            raise Unsupported("PG107", "key= must be a lambda or a module-level function", node)
        params = [p.name.value for p in node.params.params]
        if len(params) != len(arg_types):
            raise Unsupported("PG105", "lambda arity does not match", node)
        go_params, lines, res = self.lambda_parts(params, arg_types, node)
        if want_bool and self.u.deep(res.t) != BOOL:
            res = G(self.truthy(res), BOOL)
        code = (
            f"func({', '.join(go_params)}) {self.gotype(res.t)} {{\n"
            + "\n".join([*lines, f"return {res.code}"])
            + "\n}"
        )
        return G(code, FuncT(tuple(arg_types), res.t))

    def x_Await(self: ModuleTranslator, node: cst.Await) -> G:
        raise Unsupported("PG105", "async code is not translated", node)

    def x_NamedExpr(self: ModuleTranslator, node: cst.NamedExpr) -> G:
        raise Unsupported("PG105", "assignment expressions (:=) are not translated", node)

    def x_Ellipsis(self: ModuleTranslator, node: cst.Ellipsis) -> G:
        raise Unsupported("PG105", "Ellipsis", node)

    def x_StarredElement(self: ModuleTranslator, node: cst.StarredElement) -> G:
        raise Unsupported("PG106", "starred expressions", node)


def _scalar(t: PyType) -> bool:
    """int, float, str, bool, None or an Optional of one: what a dynamic (Any) value may hold as is."""
    if isinstance(t, OptionalT):
        t = t.inner
    return t in (INT, FLOAT, STR, BOOL, NONE)


_DYNAMIC_AS = {"str": "AsStr", "int": "AsInt", "float": "AsFloat", "bool": "AsBool",
               "list[Any]": "AsList", "dict[str, Any]": "AsDict"}  # fmt: skip
_DYNAMIC_OPS = {
    "Add": "+",
    "Subtract": "-",
    "Multiply": "*",
    "Divide": "/",
    "FloorDivide": "//",
    "Modulo": "%",
}


def _names_read(comp: cst.CSTNode) -> set[str]:
    """Names a comprehension reads outside its own loop targets."""
    targets: set[int] = set()
    f = getattr(comp, "for_in", None)
    while f is not None:
        targets.update(id(n) for n in _target_names(f.target))
        f = f.inner_for_in
    return {n.value for n in walk_names(comp) if id(n) not in targets}


def _target_names(node: cst.CSTNode) -> list[cst.Name]:
    if isinstance(node, cst.Name):
        return [node]
    if isinstance(node, cst.Tuple | cst.List):
        return [n for el in node.elements for n in _target_names(el.value)]
    return []


def _operand(code: str) -> str:
    """Parenthesise a binary-expression operand when it is not atomic."""
    depth = 0
    for ch in code:
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        elif depth == 0 and ch in " ":
            return f"({code})"
    return code


def _lit(go_literal: str) -> str:
    import json

    return json.loads(go_literal) if go_literal.startswith('"') else go_literal


def _unescape(text: str, prefix: str) -> str:
    if "r" in prefix.lower():
        return text
    return text.encode("latin-1", "backslashreplace").decode("unicode_escape") if "\\" in text else text


def _int_value(node: cst.BaseExpression) -> int | None:
    if isinstance(node, cst.Integer):
        return int(node.evaluated_value)
    if (
        isinstance(node, cst.UnaryOperation)
        and isinstance(node.operator, cst.Minus)
        and isinstance(node.expression, cst.Integer)
    ):
        return -int(node.expression.evaluated_value)
    return None


def _split_top(text: str) -> list[str]:
    out, depth, cur = [], 0, []
    for ch in text:
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        if ch == "," and depth == 0:
            out.append("".join(cur).strip())
            cur = []
        else:
            cur.append(ch)
    if "".join(cur).strip():
        out.append("".join(cur).strip())
    return out


__all__ = ["ExprMixin", "Unsupported", "Unknown", "elem_type"]


def _str_format_method(
    self: ModuleTranslator,
    fmt_node: cst.SimpleString,
    args: list[G],
    node: cst.CSTNode,
    named: dict[str, G] | None = None,
) -> str:
    """'...'.format(*args, **kw) with a literal format string, field by field like an f-string."""
    import string

    named = named or {}
    auto = 0

    def field(name: str) -> G:
        nonlocal auto
        if name == "":
            index, auto = auto, auto + 1
        elif name.isdigit():
            index = int(name)
        elif name in named:
            return named[name]
        else:
            raise Unsupported("PG105", f"str.format field '{name}' has no argument", node)
        if index >= len(args):
            raise Unsupported("PG105", "str.format has fewer arguments than fields", node)
        return args[index]

    def field_value(name: str) -> G:
        """`{0}`, `{host}`, and `{0.severity}` / `{cfg[port]}`: the attribute or item of an argument,
        translated as the expression `arg.severity` / `arg["port"]` would be."""
        head = re.match(r"[^.\[]*", name)
        assert head is not None
        rest = name[head.end() :]
        base = field(head.group(0))
        if not rest:
            return base
        accessors = re.findall(r"\.([A-Za-z_]\w*)|\[([^\]]+)\]", rest)
        if "".join(f".{a}" if a else f"[{k}]" for a, k in accessors) != rest:
            raise Unsupported("PG105", f"str.format field '{name}' is not translated", node)
        text = _FMT_ARG + "".join(
            f".{a}" if a else f"[{k if k.isdigit() else repr(k)}]" for a, k in accessors
        )
        self.comp_scopes.append({_FMT_ARG: base})
        try:
            return self.expr(cst.parse_expression(text))
        finally:
            self.comp_scopes.pop()

    parts: list[str] = []
    for literal, field_name, spec, conv in string.Formatter().parse(fmt_node.evaluated_value):
        if literal:
            parts.append(go_string(literal))
        if field_name is None:
            continue
        value = field_value(field_name)
        if spec and "{" in spec:  # `{:^{w}}`: the spec is built at run time
            spec_parts: list[str] = []
            for lit, inner, _, _ in string.Formatter().parse(spec):
                if lit:
                    spec_parts.append(go_string(lit))
                if inner is not None:
                    spec_parts.append(self.str_of(field(inner)))
            if conv:
                value = G(self.format_value(value, "", conv, node), STR)
            self.ctx.uses_pyrt = True
            parts.append(f"pyrt.Format({value.code}, {' + '.join(spec_parts)})")
            continue
        parts.append(self.format_value(value, spec or "", conv, node))
    return " + ".join(parts) if parts else '""'


ExprMixin.str_format = _str_format_method  # type: ignore[attr-defined]
_FMT_ARG = "__py2go_fmt_arg__"


def _kind(t: PyType) -> str | None:
    """The outer shape of a dynamic-able type (str, number, list, dict); None for None or unknown."""
    if isinstance(t, OptionalT):
        t = t.inner
    if t in (INT, FLOAT, BOOL):
        return "number"
    if t == STR:
        return "str"
    if isinstance(t, ListT):
        return "list"
    if isinstance(t, DictT):
        return "dict"
    return None


def _concrete(t: PyType) -> bool:
    """No type variable anywhere in `t` (joining such types binds nothing)."""
    if isinstance(t, TVar):
        return False
    if isinstance(t, ListT | SetT):
        return _concrete(t.elem)
    if isinstance(t, DictT):
        return _concrete(t.key) and _concrete(t.value)
    if isinstance(t, TupleT):
        return all(_concrete(i) for i in t.items)
    if isinstance(t, OptionalT):
        return _concrete(t.inner)
    return not isinstance(t, Unknown | FuncT)


_FLOAT_PRESENTATION = frozenset("eEfFgG%")


def _widens_to_dynamic(tr: ModuleTranslator, src: PyType, dst: PyType) -> bool:
    """A str-keyed dict of typed values where a dict of dynamic values is expected."""
    return (
        isinstance(src, DictT)
        and isinstance(dst, DictT)
        and tr.u.deep(src.key) == STR
        and tr.u.deep(dst.value) == ANY
        and _concrete(tr.u.deep(src.value))
        and tr.u.deep(src.value) != ANY
    )


def _bool_and_number(types: list[PyType]) -> bool:
    return BOOL in types and any(t in (INT, FLOAT) for t in types)


def _mixed(types: list[PyType], u: Unifier) -> bool:
    """Values of fully known types that no single type holds (a str and a list): a dict display of
    them becomes a dict of dynamic values, as json.loads gives, instead of a type conflict."""
    if len(types) < 2:
        return False
    if _bool_and_number(types) or len({t for t in types if t in (INT, FLOAT, BOOL)}) > 1:
        # {"runs": 0, "total": 0.0}: Python keeps the int an int (a joined float would print 1.0)
        return True
    if not all(_concrete(t) for t in types):
        # {"version": "0.1.0", "history": []}: a str beside a list whose items are not known yet
        # clash whatever the items are
        kinds = {_kind(t) for t in types if _kind(t) is not None}
        return len(kinds) > 1 and all(dynamic_ok(t) for t in types)
    acc = types[0]
    try:
        for t in types[1:]:
            acc = u.join(acc, t)
    except Conflict:
        return True
    return False
