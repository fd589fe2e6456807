"""Functions, methods, classes and the module body as Go declarations."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING

import libcst as cst

from py2go.analysis.types import BOOL, FLOAT, INT, NONE, STR, ClassT, ListT, TupleT
from py2go.analysis.walk import children
from py2go.translate.context import ClassInfo, FuncInfo, FuncState
from py2go.translate.expr import Unsupported
from py2go.translate.golit import go_string

if TYPE_CHECKING:
    from py2go.translate.module import ModuleTranslator


class FunctionMixin:
    def signature_types(self: ModuleTranslator, info: FuncInfo) -> tuple[list[str], list[str]]:
        params = [
            f"{self.var_go_param(p)} {'*' if self.passed_by_pointer(info, p) else ''}{self.gotype(t)}"
            for p, t in zip(info.params, info.param_types, strict=True)
        ]
        if info.star is not None and info.star_elem is not None:
            params.append(f"{self.var_go_param(info.star)} ...{self.gotype(info.star_elem)}")
        if info.gen_elem is not None:
            params.append(f"yield func({self.gotype(info.gen_elem)}) int")
        ret = self.u.deep(info.ret)
        results: list[str] = []
        if info.returns_value and ret != NONE:
            items = ret.items if isinstance(ret, TupleT) else (ret,)
            results = [self.gotype(t) for t in items]
        if info.fallible:
            results.append("error")
        return params, results

    def passed_by_pointer(self: ModuleTranslator, info: FuncInfo, name: str) -> bool:
        if name not in info.grown:
            return False
        return isinstance(self.u.deep(info.param_types[info.params.index(name)]), ListT)

    def var_go_param(self: ModuleTranslator, name: str) -> str:
        return self.go_names.get(name)

    def apply_annotations(self: ModuleTranslator, info: FuncInfo) -> None:
        node = info.node
        if not isinstance(node, cst.FunctionDef):
            return
        params = list(node.params.params) + list(node.params.kwonly_params)
        if info.cls is not None:
            params = params[1:]
        for p, t in zip(params, info.param_types, strict=False):
            if p.annotation is not None:
                self.join(t, self.annotation(p.annotation.annotation), p)
        if node.returns is not None and info.gen_elem is not None:
            self.join(info.gen_elem, self.yielded_annotation(node.returns.annotation), node)
        elif node.returns is not None:
            rt = self.annotation(node.returns.annotation)
            self.join(info.ret, rt, node)
            if rt != NONE:
                info.returns_value = True

    def function_body(
        self: ModuleTranslator, info: FuncInfo, self_name: str | None
    ) -> tuple[list[str], bool]:
        """Go lines of the body; the bool says whether any statement could not be translated."""
        info.seen = True
        outer = self.fn  # a nested def is translated inside its enclosing function
        self.fn = FuncState(info, info.scope, [], info.fallible, self_name=self_name)
        if info.py_name.endswith(".__init__"):
            self.fn.init_recv = self_name
        before = len(self.ctx.diagnostics)
        try:
            if isinstance(info.node, cst.FunctionDef) and info.node.asynchronous is not None:
                self.report(Unsupported("PG105", "async functions are not translated", info.node), info.node)
            try:
                self.apply_annotations(info)
                for i, default in enumerate(info.defaults):
                    if default is not None:
                        with self.buf.capture():
                            g = self.expr(default)
                        self.join(info.param_types[i], g.t, default)
            except Unsupported as exc:
                self.report(exc, info.node)
            if info.star is not None and _shows_star(info.node.body, info.star):
                self.report(
                    Unsupported(
                        "PG106", f"*{info.star} is printed as a tuple; Go has it as a list", info.node
                    ),
                    info.node,
                )
            if info.node.params.star_kwarg is not None:
                self.report(
                    Unsupported(
                        "PG106", "**kwargs parameters are not translated", info.node.params.star_kwarg
                    ),
                    info.node,
                )
            for deco in info.node.decorators if not info.kind else ():
                try:
                    info.memo = self.memo_size(deco, info)
                except Unsupported as exc:
                    self.report(exc, info.node)
            with self.buf.capture() as out:
                self.block(info.node.body)
                if self.fn.init_recv is not None:
                    pass  # the constructor adds its own `return self_`
                elif _endless(info.node.body):
                    pass  # Go knows `for {}` without break does not fall through: a return is unreachable
                elif info.returns_value and not _ends_with_return(out.lines):
                    self.s_Return(cst.Return(value=None))
                elif info.fallible and not _ends_with_return(out.lines):
                    self.out.emit("return nil")
            lines = out.lines
            if self.fn.ret_vars:
                results = self.result_types()
                decls = [f"var {v} {self.gotype(t)}" for v, t in zip(self.fn.ret_vars, results, strict=False)]
                lines = decls + lines
            return lines, len(self.ctx.diagnostics) > before
        finally:
            self.fn = outer

    def body_or_todo(self: ModuleTranslator, info: FuncInfo, recv: str | None) -> tuple[list[str], bool]:
        """A function's Go body, or its TODO guard when any statement could not be translated."""
        first = len(self.ctx.diagnostics)
        lines, failed = self.function_body(info, recv)
        return (self.todo_body(info, first) if failed else lines), failed

    def todo_body(self: ModuleTranslator, info: FuncInfo | None, first: int) -> list[str]:
        """Every diagnostic since `first` as a comment, then an error return (or a panic)."""
        outer = self.fn
        if info is None:
            assert self.module_scope is not None
            self.fn = FuncState(None, self.module_scope, [], True)
        else:
            self.fn = FuncState(info, info.scope, [], info.fallible)
        try:
            return self._todo_lines(info, first)
        finally:
            self.fn = outer

    def _todo_lines(self: ModuleTranslator, info: FuncInfo | None, first: int) -> list[str]:
        self.ctx.uses_pyrt = True
        diags = self.ctx.diagnostics[first:]
        lines = []
        for d in diags:
            lines.append(
                f"// TODO(py2go): {d.code} at {d.path}:{d.line}:{d.col}: {d.message}. Python: {d.source}"
            )
        d = diags[0]
        msg = go_string(f"py2go: {d.code} at {d.path}:{d.line}:{d.col}: {d.message}")
        err = f'pyrt.NewError("NotImplementedError", {msg})'
        if info is None or info.fallible:
            zeros = self.zero_results() if info is not None else []
            lines.append(f"return {', '.join([*zeros, err])}")
        else:
            lines.append(f"panic({err})")
        return lines

    def emit_function(self: ModuleTranslator, info: FuncInfo) -> str:
        lines, failed = self.body_or_todo(info, None)
        params, results = self.signature_types(info)
        res = _results(results)
        start, end = self.lines_of(info.node)
        cache = ""
        if info.memo is not None and not failed:
            try:
                cache, lines = self.memoized(info, results, lines)
            except Unsupported as exc:
                first = len(self.ctx.diagnostics)
                self.report(exc, info.node)
                lines = self.todo_body(info, first)
        body = "\n".join(lines)
        self.functions_map.append((info.py_name, info.go_name, start, end))
        return f"{cache}//py2go:span {start}-{end}\nfunc {info.go_name}({', '.join(params)}){res} {{\n{body}\n}}\n"

    def memo_size(self: ModuleTranslator, deco: cst.Decorator, info: FuncInfo) -> int:
        """maxsize of a functools.lru_cache / functools.cache decorator (-1: unbounded); any other
        decorator is refused."""
        node = deco.decorator
        name = self.imports.qualified(node.func if isinstance(node, cst.Call) else node) or ""
        if name not in ("functools.lru_cache", "functools.cache") or info.cls is not None:
            shown = cst.Module([]).code_for_node(node)
            raise Unsupported(
                "PG105",
                f"decorator @{shown} is not translated (only functools.lru_cache/cache on functions; "
                "@property, @<name>.setter, @staticmethod and @classmethod alone on methods)",
                deco,
            )
        if name == "functools.cache" or not isinstance(node, cst.Call):
            return -1 if name == "functools.cache" else 128
        size: int | None = 128
        for arg in node.args:
            if arg.keyword is not None and arg.keyword.value != "maxsize":
                raise Unsupported("PG202", f"lru_cache({arg.keyword.value}=...) is not translated", deco)
            v = arg.value
            if isinstance(v, cst.Name) and v.value == "None":
                size = None
            elif isinstance(v, cst.Integer):
                size = max(int(v.value), 0)
            else:
                raise Unsupported("PG105", "lru_cache(maxsize=...) must be an integer literal or None", deco)
        return -1 if size is None else size

    def memoized(
        self: ModuleTranslator, info: FuncInfo, results: list[str], lines: list[str]
    ) -> tuple[str, list[str]]:
        """The body behind a pyrt.Memo lookup keyed by the arguments (Python's lru_cache:
        hashable arguments, only successful results cached)."""
        types = [self.u.deep(t) for t in info.param_types]
        for p, t in zip(info.params, types, strict=True):
            if t not in (INT, FLOAT, STR, BOOL):
                raise Unsupported(
                    "PG105",
                    f"lru_cache on parameter '{p}' of type {t}: only int, float, str and bool keys are translated",
                    info.node,
                )
        values = [r for r in results if r != "error"]
        if len(values) != 1 or info.star is not None:
            raise Unsupported("PG105", "lru_cache on a function without exactly one result", info.node)
        go_params = [self.var_go_param(p) for p in info.params]
        if len(go_params) == 1:
            key_t, key = self.gotype(types[0]), go_params[0]
        elif go_params:
            self.ctx.uses_pyrt = True
            key_t = f"pyrt.Tuple{len(go_params)}[{', '.join(self.gotype(t) for t in types)}]"
            key = f"{key_t}{{{', '.join(f'V{i}: {p}' for i, p in enumerate(go_params))}}}"
        else:
            key_t, key = "bool", "true"
        cache = self.go_names.get(f"__memo_{info.py_name.replace('.', '_')}")
        self.ctx.uses_pyrt = True
        decl = f"// {cache} is the functools.lru_cache of {info.py_name}().\nvar {cache} = pyrt.NewMemo[{key_t}, {values[0]}]({info.memo})\n\n"
        fallible = "error" in results
        ok = "v, nil" if fallible else "v"
        out = [f"if v, ok := {cache}.Get({key}); ok {{", f"return {ok}", "}"]
        if fallible:
            out += [
                f"v, err := func() ({values[0]}, error) {{",
                *lines,
                "}()",
                "if err != nil {",
                "return v, err",
                "}",
            ]
        else:
            out += [f"v := func() {values[0]} {{", *lines, "}()"]
        out += [f"{cache}.Put({key}, v)", f"return {ok}"]
        return decl, out

    def emit_class(self: ModuleTranslator, cls: ClassInfo) -> str:
        if cls.enum_kind is not None:
            return self.emit_enum(cls)
        start, end = self.lines_of(cls.node)
        out = [f"//py2go:span {start}-{end}"]
        taken = {self.go_names.get(n) for m in cls.methods.values() for n in (*m.scope.locals, *m.params)}
        recv = next(c for c in (cls.go_name[:1].lower(), cls.go_name[:2].lower(), "self_") if c not in taken)
        hier = self.in_hierarchy(cls)
        base = self.base_of(cls)
        if base is not None and base.package is not None:
            self.report(
                Unsupported(
                    "PG103",
                    f"{cls.py_name} derives from {base.py_name} of a local module: subclassing across "
                    "modules is not translated",
                    cls.node,
                ),
                cls.node,
            )
        if not cls.is_exception:
            bases = [
                b
                for b in cls.node.bases
                if not (isinstance(b.value, cst.Name) and b.value.value == "object")
                and not (cls.is_namedtuple and (self.imports.qualified(b.value) or "").endswith("NamedTuple"))
            ]
            if cls.node.keywords or len(bases) > 1 or (bases and base is None):
                self.report(
                    Unsupported(
                        "PG103",
                        "metaclasses, multiple inheritance and library base classes are not translated",
                        cls.node,
                    ),
                    cls.node,
                )
        for name, method in cls.methods.items():
            if method.kind in ("static", "classmethod"):
                if method.kind == "classmethod" and self.subclasses(cls):
                    self.report(
                        Unsupported(
                            "PG103",
                            f"classmethod {method.py_name}() of a class with subclasses: `cls` would be "
                            "the subclass it is called on",
                            method.node,
                        ),
                        method.node,
                    )
                continue
            if name not in ("__init__", "__str__", "__repr__") and name.startswith("__"):
                self.report(
                    Unsupported("PG103", f"special method {name} is not translated", method.node), method.node
                )
            elif hier and base is not None and name != "__init__":
                over = self.find_method(base, name)
                if over is not None:
                    self.match_override(method, over)
        if hier and base is not None:
            for a, (_, t) in cls.class_attrs.items():
                found = self.class_attr(base, a)
                if found is not None:
                    self.join(found[1], t, cls.node)
        bodies: list[str] = []
        for name, method in cls.methods.items():
            if name == "__init__":
                bodies.append(self.constructor(cls, method) if not hier else self.init_method(cls, method))
                continue
            if method.kind in ("static", "classmethod"):
                bodies.append(self.emit_function(method))  # a Go function: no receiver
                continue
            lines, failed = self.body_or_todo(method, recv)
            params, results = self.signature_types(method)
            s, e = self.lines_of(method.node)
            self.functions_map.append((method.py_name, f"(*{cls.go_name}).{method.go_name}", s, e))
            body = "\n".join(lines)
            star = "" if cls.is_namedtuple else "*"
            bodies.append(
                f"//py2go:span {s}-{e}\nfunc ({recv} {star}{cls.go_name}) {method.go_name}({', '.join(params)}){_results(results)} {{\n{body}\n}}\n"
            )
        if hier:
            bodies.append(self.hierarchy_constructor(cls))
        if (cls.is_dataclass or cls.is_namedtuple) and "__repr__" not in cls.methods:
            bodies.append(self.dataclass_repr(cls, recv))
        elif hier and not cls.is_exception and "__repr__" not in cls.methods:
            # a plain subclass of a dataclass inherits a repr that names the object's own class
            for a in self.u.ancestors(cls.py_name)[1:]:
                anc = self.classes[a]
                if "__repr__" in anc.methods:
                    break
                if anc.is_dataclass:
                    bodies.append(self.dataclass_repr(cls, recv, anc))
                    break
        if cls.is_namedtuple:
            items = ", ".join(f"{recv}.{self.field_name(f)}" for f in cls.fields)
            bodies.append(
                f"// PyItems is the tuple's items, for comparisons and sorting.\n"
                f"func ({recv} {cls.go_name}) PyItems() []any {{ return []any{{{items}}} }}\n"
            )
        fields = [f"{self.field_name(f)} {self.gotype(t)}" for f, t in cls.fields.items()]
        if cls.is_exception and base is None:
            fields.insert(0, "PyMsg string // str() of the exception")
            if self.keeps_cause:
                fields.insert(1, "pyCause error // __cause__, set by `raise ... from`")
        if hier:
            if base is None:
                fields.insert(
                    0, f"pySelf {self.iface_name(cls)} // the most derived object, for virtual calls"
                )
            bodies.extend(self.hierarchy_methods(cls))
        if hier and base is not None:
            fields.insert(0, f"{base.go_name} // the Python base class")
        if cls.is_exception:
            bodies.extend(self.exception_type(cls))
            bodies.extend(self.exception_accessors(cls))
        out.append(f"type {cls.go_name} struct {{")
        out.extend(fields)
        out.append("}\n")
        return "\n".join(out + bodies)

    def match_override(self: ModuleTranslator, method: FuncInfo, over: FuncInfo) -> None:
        """An override shares its base method's Go signature (they are one interface method)."""
        if len(method.params) != len(over.params) or (method.star is None) != (over.star is None):
            self.report(
                Unsupported(
                    "PG103",
                    f"{method.py_name}() overrides {over.py_name}() with other parameters",
                    method.node,
                ),
                method.node,
            )
            return
        for a, b in zip(over.param_types, method.param_types, strict=True):
            self.join(a, b, method.node)
        if method.returns_value or over.returns_value:
            self.join(over.ret, method.ret, method.node)
            method.returns_value = over.returns_value = True
        if method.fallible or over.fallible:
            method.fallible = over.fallible = True

    def visible_methods(self: ModuleTranslator, cls: ClassInfo) -> dict[str, FuncInfo]:
        """Methods a `cls` value has, its own or inherited (nearest definition), without __init__."""
        found: dict[str, FuncInfo] = {}
        for name in self.u.ancestors(cls.py_name):
            for m, info in self.classes[name].methods.items():
                if m != "__init__" and m not in found and info.kind not in ("static", "classmethod"):
                    found[m] = info
        return found

    def hierarchy_methods(self: ModuleTranslator, cls: ClassInfo) -> list[str]:
        """The interface a class with subclasses is used through, its up-cast and isinstance."""
        n = cls.go_name
        up = self.upcast(cls)
        out = [
            f"// {up} is the {cls.py_name} part of any object of the class or a subclass.",
            f"func (x *{n}) {up}() *{n} {{ return x }}\n",
        ]
        if cls.py_name in self.isinstance_used:
            out.append(
                f"// is{n} reports isinstance(x, {cls.py_name}).\n"
                f"func is{n}(x any) bool {{\n_, ok := x.(interface{{ {up}() *{n} }})\nreturn ok\n}}\n"
            )
        virtual = self.virtual_attrs(cls)
        for a, (_, t) in cls.class_attrs.items():
            if a in virtual:
                out.append(
                    f"// {self.attr_method(a)} reads the class attribute {a}, which subclasses override.\n"
                    f"func (x *{n}) {self.attr_method(a)}() {self.gotype(t)} {{ return {self.class_attr_go(cls, a)} }}\n"
                )
        if self.is_virtual(cls):
            items = ["error"] if cls.is_exception else []
            for a in self.u.ancestors(cls.py_name):  # an up-cast to each base: assignable to its interface
                items.append(f"{self.upcast(self.classes[a])}() *{self.classes[a].go_name}")
            for m in self.visible_methods(cls).values():
                params, results = self.signature_types(m)
                items.append(f"{m.go_name}({', '.join(params)}){_results(results)}")
            for a in virtual:
                found = self.class_attr(cls, a)
                if found is not None:
                    items.append(f"{self.attr_method(a)}() {self.gotype(found[1])}")
            body = "\n".join(items)
            out.insert(
                0,
                f"// {self.iface_name(cls)} is a {cls.py_name} or any subclass: method calls dispatch like Python's.\n"
                f"type {self.iface_name(cls)} interface {{\n{body}\n}}\n",
            )
        return out

    def attr_method(self: ModuleTranslator, attr: str) -> str:
        return "pyAttr" + self.field_name(attr)

    def init_result(
        self: ModuleTranslator,
        cls: ClassInfo,
        init: FuncInfo,
        recv: str,
        lines: list[str],
        failed: bool,
        go_name: str,
        span: tuple[int, int],
    ) -> tuple[str, str, str]:
        """Results, closing return and body of a Go function that runs __init__ on `recv` and
        returns the object (with an error when __init__ can raise)."""
        if init.fallible:
            res, tail = f" (*{cls.go_name}, error)", f"return {recv}, nil"
        else:
            res, tail = f" *{cls.go_name}", f"return {recv}"
        self.functions_map.append((init.py_name, go_name, *span))
        if _ends_with_return(lines):
            tail = ""
        if failed:
            lines.insert(0, f"_ = {recv}")
        return res, tail, "\n".join(lines)

    def init_method(self: ModuleTranslator, cls: ClassInfo, init: FuncInfo) -> str:
        """__init__ of a class in a hierarchy: a method, so a subclass's super().__init__ runs it."""
        s, e = self.lines_of(init.node)
        recv = "self_"
        if init.go_name == "__init__":  # a dataclass: the generated __init__ sets every field
            lines = [f"{recv}.{self.field_name(p)} = {self.var_go_param(p)}" for p in init.params]
            failed = False
        else:
            lines, failed = self.body_or_todo(init, recv)
        params, _ = self.signature_types(init)
        res, tail, body = self.init_result(cls, init, recv, lines, failed, f"(*{cls.go_name}).pyInit", (s, e))
        return (
            f"//py2go:span {s}-{e}\n"
            f"func ({recv} *{cls.go_name}) pyInit({', '.join(params)}){res} {{\n{body}\n{tail}\n}}\n"
        )

    def hierarchy_constructor(self: ModuleTranslator, cls: ClassInfo) -> str:
        """new<C>: allocate, point pySelf at the object, run the nearest __init__."""
        n = cls.go_name
        init = self.find_method(cls, "__init__")
        ret = self.iface_name(cls) if self.is_virtual(cls) else f"*{n}"
        lines = ["o := &" + n + "{}"]
        lines.append("o.pySelf = o")
        params: list[str] = []
        fallible = False
        if init is None and cls.is_exception:
            params = ["msg string"]
            lines.append("o.PyMsg = msg")
        elif init is not None:
            params, _ = self.signature_types(init)
            args = ", ".join(
                [self.var_go_param(p) for p in init.params]
                + ([f"{self.var_go_param(init.star)}..."] if init.star else [])
            )
            fallible = init.fallible
            if fallible:
                lines += [f"if _, err := o.pyInit({args}); err != nil {{", "return nil, err", "}"]
            else:
                lines.append(f"o.pyInit({args})")
        lines.append("return o, nil" if fallible else "return o")
        res = f" ({ret}, error)" if fallible else f" {ret}"
        body = "\n".join(lines)
        ctor = self.ctor(cls)
        return f"// {ctor} is the constructor call {cls.py_name}(...).\nfunc {ctor}({', '.join(params)}){res} {{\n{body}\n}}\n"

    def exception_accessors(self: ModuleTranslator, cls: ClassInfo) -> list[str]:
        """pyAttr<X> methods for attributes read on exceptions caught by a base class."""
        out = []
        virtual = self.virtual_attrs(cls) if self.in_hierarchy(cls) else []
        for a in self.exc_attrs:
            if a in virtual and a in cls.class_attrs:
                continue  # hierarchy_methods has it
            if a in cls.fields:
                value = f"e.{self.field_name(a)}"
                t = cls.fields[a]
            elif a in cls.class_attrs:
                value = self.class_attr_go(cls, a)
                t = cls.class_attrs[a][1]
            else:
                continue
            out.append(
                f"func (e *{cls.go_name}) {self.attr_method(a)}() {self.gotype(t)} {{ return {value} }}\n"
            )
        return out

    def exc_attr_helpers(self: ModuleTranslator) -> str:
        """excAttr<X>(err): attribute X of whichever script exception err is (AttributeError if none)."""
        out = []
        for a, t in self.exc_attrs.items():
            m = self.attr_method(a)
            go_t = self.gotype(t)
            out.append(
                f"// excAttr{self.field_name(a)} reads e.{a} from whichever script exception err holds.\n"
                f"func excAttr{self.field_name(a)}(err error) {go_t} {{\n"
                f"var x interface{{ {m}() {go_t} }}\n"
                f"if errors.As(err, &x) {{\nreturn x.{m}()\n}}\n"
                f'panic(pyrt.NewError("AttributeError", "\'" + pyrt.ExcName(err) + "\' object has no attribute \'{go_string(a)[1:-1]}\'"))\n'
                "}\n"
            )
        if out:
            self.ctx.imports.add("errors")
            self.ctx.uses_pyrt = True
        return "\n".join(out)

    def constructor(self: ModuleTranslator, cls: ClassInfo, init: FuncInfo) -> str:
        s, e = self.lines_of(init.node)
        if (cls.is_dataclass or cls.is_namedtuple) and init.go_name == "__init__":
            params = [
                f"{self.var_go_param(p)} {self.gotype(t)}"
                for p, t in zip(init.params, init.param_types, strict=True)
            ]
            inits = ", ".join(f"{self.field_name(p)}: {self.var_go_param(p)}" for p in init.params)
            if cls.is_namedtuple:  # an immutable tuple: a Go value, compared with ==
                return f"//py2go:span {s}-{e}\nfunc {self.ctor(cls)}({', '.join(params)}) {cls.go_name} {{\nreturn {cls.go_name}{{{inits}}}\n}}\n"
            return f"//py2go:span {s}-{e}\nfunc {self.ctor(cls)}({', '.join(params)}) *{cls.go_name} {{\nreturn &{cls.go_name}{{{inits}}}\n}}\n"
        recv = "self_"
        lines, failed = self.body_or_todo(init, recv)
        params, _ = self.signature_types(init)
        res, tail, body = self.init_result(cls, init, recv, lines, failed, self.ctor(cls), (s, e))
        return (
            f"//py2go:span {s}-{e}\nfunc {self.ctor(cls)}({', '.join(params)}){res} {{\n"
            f"{recv} := &{cls.go_name}{{}}\n{body}\n{tail}\n}}\n"
        )

    def dataclass_repr(
        self: ModuleTranslator, cls: ClassInfo, recv: str, fields_of: ClassInfo | None = None
    ) -> str:
        """repr() of a dataclass, or of a plain subclass of one (its name, the dataclass's fields)."""
        self.ctx.uses_pyrt = True
        parts = []
        for i, f in enumerate(self.all_fields(fields_of or cls)):
            sep = ", " if i else ""
            parts.append(f'"{sep}{f}=" + pyrt.Repr({recv}.{self.field_name(f)})')
        body = " + ".join([f'"{cls.py_name}("', *parts, '")"'])
        star = "" if cls.is_namedtuple else "*"
        return f"// PyRepr is the dataclass repr.\nfunc ({recv} {star}{cls.go_name}) PyRepr() string {{\nreturn {body}\n}}\n"

    def exception_kinds(self: ModuleTranslator, cls: ClassInfo) -> list[str]:
        """The class, its script-defined bases, then the builtin exception's MRO."""
        chain = [cls.py_name]
        c = cls
        while True:
            base = next((b for b in c.bases if b in self.classes), None)
            if base is None:
                break
            chain.append(base)
            c = self.classes[base]
        builtin = next(
            (b.value.value if isinstance(b.value, cst.Name) else "Exception" for b in c.node.bases),
            "Exception",
        )
        base_cls = getattr(builtins, builtin, Exception)
        return [*chain, *(k.__name__ for k in base_cls.__mro__ if k is not object)]

    def exception_type(self: ModuleTranslator, cls: ClassInfo) -> list[str]:
        kinds_ = self.exception_kinds(cls)
        if self.is_library:  # a traceback names the module's class as `module.Class`
            kinds_.insert(0, f"{self.path.rsplit('/', 1)[-1].removesuffix('.py')}.{cls.py_name}")
        kinds = ", ".join(go_string(k) for k in kinds_)
        n = cls.go_name
        msg = "e.PyStr()" if self.find_method(cls, "__str__") is not None else "e.PyMsg"
        cause = []
        if self.keeps_cause and self.base_of(cls) is None:
            cause = [
                "// PyCause is __cause__, the exception `raise ... from` named (nil: None).",
                f"func (e *{n}) PyCause() error {{ return e.pyCause }}\n",
                "// SetPyCause is `raise e from cause`.",
                f"func (e *{n}) SetPyCause(cause error) {{ e.pyCause = cause }}\n",
            ]
        return [
            *cause,
            f"// Error is str() of the Python exception {cls.py_name}.",
            f"func (e *{n}) Error() string {{ return {msg} }}\n",
            f"// PyKinds lists the Python classes {n} is an instance of, for except clauses.",
            f"func (e *{n}) PyKinds() []string {{ return []string{{{kinds}}} }}\n",
        ]

    def emit_run(self: ModuleTranslator) -> str:
        assert self.module_scope is not None
        self.fn = FuncState(None, self.module_scope, [], True)
        first = len(self.ctx.diagnostics)
        try:
            with self.buf.capture() as out:
                self.block(self.main_body)
        finally:
            self.fn = None
        lines = out.lines
        if len(self.ctx.diagnostics) > first:
            lines = self.todo_body(None, first)
        elif not _ends_with_return(lines):
            lines.append("return nil")
        body = "\n".join(lines)
        self.ctx.uses_pyrt = True
        if self.is_library:
            if lines == ["return nil"]:
                return ""  # only definitions: nothing runs at import
            return (
                f"func init() {{\npyrt.Import(run)\n}}\n\n"
                f"// run is the module body of {self.path}, run when a script imports it.\n"
                f"func run() error {{\n{body}\n}}\n"
            )
        return f"func main() {{\npyrt.Main(run)\n}}\n\n// run is the module body of the Python script.\nfunc run() error {{\n{body}\n}}\n"

    def emit_globals(self: ModuleTranslator) -> str:
        lines = [
            f"var {self.class_attr_go(c, a)} {self.gotype(t)} // {c.py_name}.{a}"
            for c in self.classes.values()
            if c.package is None
            for a, (_, t) in c.class_attrs.items()
        ]
        for name, t in self.global_types.items():
            lines.append(f"var {self.var_go(name)} {self.gotype(t)}")
        return "\n".join(lines)


def _results(results: list[str]) -> str:
    if not results:
        return ""
    if len(results) == 1:
        return f" {results[0]}"
    return f" ({', '.join(results)})"


def _endless(body: cst.BaseSuite) -> bool:
    """Whether a function body ends with `while True:` that no `break` leaves (a worker loop)."""
    stmts = list(body.body) if isinstance(body, cst.IndentedBlock) else []
    last = stmts[-1] if stmts else None
    if not isinstance(last, cst.While) or last.orelse is not None:
        return False
    if not (isinstance(last.test, cst.Name) and last.test.value == "True"):
        return False

    def breaks(node: cst.CSTNode) -> bool:
        if isinstance(node, cst.Break):
            return True
        if isinstance(node, cst.For | cst.While | cst.FunctionDef | cst.ClassDef | cst.Lambda):
            return False
        return any(breaks(c) for c in children(node))

    return not any(breaks(c) for c in children(last.body))


def _ends_with_return(lines: list[str]) -> bool:
    for line in reversed(lines):
        s = line.strip()
        if not s or s.startswith("//"):
            continue
        return s.startswith("return") or s.startswith("panic(")
    return False


__all__ = ["FunctionMixin", "ClassT"]


def _shows_star(body: cst.CSTNode, name: str) -> bool:
    """Whether `*args` itself is printed, formatted or repr'd (a tuple in Python, a list in Go)."""
    from py2go.analysis.walk import walk

    def is_it(n: cst.CSTNode) -> bool:
        return isinstance(n, cst.Name) and n.value == name

    for node in walk(body):
        if isinstance(node, cst.FormattedStringExpression) and is_it(node.expression):
            return True
        if (
            isinstance(node, cst.Call)
            and isinstance(node.func, cst.Name)
            and node.func.value in ("print", "str", "repr", "format")
        ) and any(is_it(a.value) for a in node.args):
            return True
        if (
            isinstance(node, cst.BinaryOperation)
            and isinstance(node.operator, cst.Modulo)
            and is_it(node.right)
        ):
            return True
    return False
