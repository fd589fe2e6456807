"""Local modules across files: a library module's exported interface, and an importer's calls
into it.

A local module (`common.py` imported by scripts) becomes the Go package `internal/common`,
translated once. Its importers call it through the frozen `ModuleInterface` taken from that
translation. Parameter types the module cannot infer by itself (no annotation, no call site in
the module) come back from the importers as hints; convert.py translates the module again with
them as seeds, so `def fetch(host, port)` gets typed by `common.fetch("db1", 5432)` as it would
inside one file. An argument that does not fit a fixed parameter type is refused (PG402), never
converted silently.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

import libcst as cst

from py2go.analysis.scopes import analyse_scope
from py2go.analysis.types import (
    ANY,
    BOOL,
    FLOAT,
    INT,
    NONE,
    ClassT,
    OptionalT,
    PyType,
    TVar,
    any_part,
    has_tvar,
)
from py2go.translate import names
from py2go.translate.context import ClassInfo, FuncInfo, G
from py2go.translate.expr import Unsupported
from py2go.translate.interface import ClassSig, FuncSig, ModuleInterface

if TYPE_CHECKING:
    from py2go.translate.module import ModuleTranslator

T = TypeVar("T")


class ExternalMixin:
    # ------------------------------------------------------------------ the library side
    @property
    def is_library(self: ModuleTranslator) -> bool:
        return self.package != "main"

    def exported_names(self: ModuleTranslator) -> frozenset[str]:
        """A library's functions and module-level names: importers reach them, so PascalCase."""
        top: list[cst.BaseStatement] = []
        out: set[str] = set()
        for stmt in self.module.body:
            if isinstance(stmt, cst.FunctionDef):
                out.add(stmt.name.value)
            elif isinstance(stmt, cst.ClassDef):
                out.update(_class_exports(stmt))
            elif not isinstance(stmt, cst.If):
                top.append(stmt)
        out.update(analyse_scope(cst.IndentedBlock(body=top)).locals)
        return frozenset(out)

    def interface(self: ModuleTranslator) -> ModuleInterface:
        """The module's functions and constants as its importers see them, after inference."""
        funcs = [self.func_sig(name, info) for name, info in self.funcs.items()]
        consts = tuple((n, self.var_go(n), self.u.deep(t)) for n, t in self.global_types.items())
        classes = tuple(self.class_sig(c) for c in self.classes.values())
        module = self.path.rsplit("/", 1)[-1].removesuffix(".py")
        return ModuleInterface(module, f"internal/{self.package}", tuple(funcs), consts, classes)

    def func_sig(self: ModuleTranslator, name: str, info: FuncInfo) -> FuncSig:
        node = info.node
        if isinstance(node, cst.FunctionDef):
            params = [*node.params.params, *node.params.kwonly_params]
            if info.cls is not None:
                params = params[1:]  # self / cls
            open_params = tuple(p.annotation is None for p in params)  # importers may type them
        else:  # a dataclass's generated __init__: its fields' annotations type it
            open_params = tuple(False for _ in info.params)
        types = tuple(self.u.deep(t) for t in info.param_types)
        return FuncSig(
            name=name,
            go_name=info.go_name,
            params=tuple(info.params),
            types=tuple(_closed(t) for t in types),
            open_params=open_params,
            defaults=tuple(None if d is None else cst.Module([]).code_for_node(d) for d in info.defaults),
            kwonly_from=info.kwonly_from,
            ret=_closed(self.u.deep(info.ret)) if info.returns_value else NONE,
            returns_value=info.returns_value,
            fallible=info.fallible,
            grown=info.grown,
            star_elem=self.u.deep(info.star_elem) if info.star_elem is not None else None,
            kind=info.kind,
        )

    def class_sig(self: ModuleTranslator, cls: ClassInfo) -> ClassSig:
        """A class as importers see it; enums and named tuples are not shared (yet)."""
        unshared = ""
        if cls.enum_kind is not None:
            unshared = "an enum"
        elif cls.is_namedtuple:
            unshared = "a named tuple"
        elif any(
            c.enum_kind is not None or c.is_namedtuple
            for c in self.classes.values()
            if c.py_name in cls.bases
        ):
            unshared = "derived from an unshared class"
        return ClassSig(
            name=cls.py_name,
            go_name=cls.go_name,
            ctor=self.ctor(cls),
            bases=tuple(cls.bases),
            is_exception=cls.is_exception,
            is_dataclass=cls.is_dataclass,
            fields=tuple((f, _closed(self.u.deep(t))) for f, t in cls.fields.items()),
            methods=tuple(self.func_sig(k, m) for k, m in cls.methods.items()),
            class_attrs=tuple(
                (a, self.class_attr_go(cls, a), _closed(self.u.deep(t)))
                for a, (_, t) in cls.class_attrs.items()
            ),
            unshared=unshared,
        )

    # ------------------------------------------------------------------ the importer side
    def package_aliases(self: ModuleTranslator) -> dict[str, str]:
        """Python module name -> the Go identifier its package is imported as here."""
        return {m: names.safe(i.go_package) for m, i in self.externals.items()}

    def setup_externals(self: ModuleTranslator) -> None:
        """Each imported module's functions as callable FuncInfos (not emitted here) and its
        constants as Go expressions, keyed by qualified name (`common.fetch`)."""
        self.ext_funcs: dict[str, FuncInfo] = {}
        self.ext_sigs: dict[int, tuple[str, FuncSig]] = {}
        self.ext_values: dict[str, G] = {}
        self.unshared_classes: dict[str, str] = {}  # `module.Class` -> why importers cannot use it
        self.ext_names: dict[str, frozenset[str]] = {}  # each module's own names, qualified in defaults
        for module, iface in self.externals.items():
            alias = self.package_aliases()[module]
            self.ext_names[module] = frozenset(
                [
                    *(f.name for f in iface.funcs),
                    *(g[0] for g in iface.globals),
                    *(c.name for c in iface.classes),
                ]
            )
            for sig in iface.funcs:
                info = self.external_func(module, sig, f"{module}.{sig.name}", f"{alias}.{sig.go_name}")
                self.ext_funcs[f"{module}.{sig.name}"] = info
            for py, go, t in iface.globals:
                self.ext_values[f"{module}.{py}"] = G(f"{alias}.{go}", t)
            for c in iface.classes:
                self.external_class(module, alias, c)

    def external_func(
        self: ModuleTranslator, module: str, sig: FuncSig, py_name: str, go_name: str
    ) -> FuncInfo:
        """A function (or method) of an imported module as a FuncInfo calls bind to."""
        ptypes = []
        for t, is_open in zip(sig.types, sig.open_params, strict=True):
            v = self.u.fresh()
            if not is_open:
                self.u.join(v, t)
            ptypes.append(v)
        ret = self.u.fresh()
        self.u.join(ret, sig.ret)
        info = FuncInfo(
            py_name=py_name,
            go_name=go_name,
            node=None,  # type: ignore[arg-type]  # the body lives in the other package
            params=list(sig.params),
            param_types=ptypes,
            defaults=[
                None if d is None else _default_expr(d, module, self.ext_names.get(module))
                for d in sig.defaults
            ],
            ret=ret,
            scope=analyse_scope(cst.IndentedBlock(body=[])),
            fallible=sig.fallible,
            returns_value=sig.returns_value,
            kwonly_from=sig.kwonly_from,
            grown=sig.grown,
            seen=True,
            star="args" if sig.star_elem is not None else None,
            star_elem=self.u.fresh() if sig.star_elem is not None else None,
            kind=sig.kind,
        )
        if info.star_elem is not None and sig.star_elem is not None:
            self.u.join(info.star_elem, sig.star_elem)
        self.ext_sigs[id(info)] = (module, sig)
        return info

    def external_class(self: ModuleTranslator, module: str, alias: str, sig: ClassSig) -> None:
        """A class of an imported module, known here like the file's own classes but emitted
        only in its package: constructor calls, fields, methods, properties, `except` clauses."""
        if sig.unshared or sig.name in self.defined_names or sig.name in self.classes:
            self.unshared_classes[f"{module}.{sig.name}"] = sig.unshared or "its name is taken here"
            return
        if any(b not in self.classes for b in sig.bases):
            self.unshared_classes[f"{module}.{sig.name}"] = "derived from an unshared class"
            return
        node = cst.ClassDef(name=cst.Name(sig.name), body=cst.IndentedBlock(body=[]))
        info = ClassInfo(
            sig.name, f"{alias}.{sig.go_name}", node, list(sig.bases), sig.is_exception, sig.is_dataclass
        )
        info.package, info.module, info.ctor_go = alias, module, f"{alias}.{sig.ctor}"
        for f, t in sig.fields:
            info.fields[f] = self.u.fresh()
            self.u.join(info.fields[f], t)
        for a, go, t in sig.class_attrs:
            v = self.u.fresh()
            self.u.join(v, t)
            info.class_attrs[a] = (cst.Name("None"), v)
            info.attr_go[a] = go
        for m in sig.methods:
            go = m.go_name if m.kind not in ("static", "classmethod") else f"{alias}.{m.go_name}"
            method = self.external_func(module, m, f"{sig.name}.{m.name.removesuffix('.setter')}", go)
            method.cls = sig.name if m.kind != "static" else None
            info.methods[m.name] = method
        self.classes[sig.name] = info
        if len(sig.bases) == 1:
            self.u.parents[sig.name] = sig.bases[0]

    def external(self: ModuleTranslator, node: cst.BaseExpression) -> str | None:
        """The qualified name when `node` names something of an imported local module."""
        if not self.externals or not isinstance(node, cst.Name | cst.Attribute):
            return None
        q = self.resolver(node)
        if q and q.split(".", 1)[0] in self.externals and "." in q:
            return q
        return None

    def external_call(self: ModuleTranslator, func: cst.BaseExpression) -> FuncInfo | None:
        return self._external_entry(func, self.ext_funcs)

    def external_value(self: ModuleTranslator, node: cst.BaseExpression) -> G | None:
        return self._external_entry(node, self.ext_values)

    def _external_entry(self: ModuleTranslator, node: cst.BaseExpression, table: dict[str, T]) -> T | None:
        """What `node` names in an imported module's table; a name the module has but does not
        share (a class) is refused with that reason."""
        q = self.external(node)
        if q is None:
            return None
        found = table.get(q)
        if found is None:
            cls_q = ".".join(q.split(".")[:2])  # `models.Level.LOW`: the class models.Level
            if cls_q in self.unshared_classes:
                raise _not_shared(cls_q, node, self.unshared_classes[cls_q])
            raise _not_shared(q, node, None)
        return found

    def external_argument(
        self: ModuleTranslator, info: FuncInfo, i: int, g: G, node: cst.CSTNode
    ) -> str | None:
        """Go text of an argument to an imported module's function (None: not such a call).

        The importer's own unknowns take the module's parameter type. An unannotated parameter
        also records what is passed (a hint: the module is translated again with it); an
        argument that does not fit an annotated parameter is refused."""
        entry = self.ext_sigs.get(id(info))
        if entry is None:
            return None
        module, sig = entry
        want = sig.types[i]
        if has_tvar(self.u.deep(g.t)) and not any_part(want, lambda t: t == ANY):
            self.join(g.t, want, node)
        got = self.u.deep(g.t)
        if sig.open_params[i]:
            self.join(info.param_types[i], g.t, node)
        if _assignable(got, want):
            return self.coerce(g, want)
        if sig.open_params[i]:
            return g.code  # the hint retypes the module; this translation is not the last
        raise Unsupported(
            "PG402",
            f"argument '{sig.params[i]}' of {module}.{sig.name}() is {got} here, "
            f"but {module}.py types it as {want}",
            node,
        )

    def hints(self: ModuleTranslator) -> dict[tuple[str, str, int], PyType]:
        """Types this file passes to open parameters of imported modules."""
        out: dict[tuple[str, str, int], PyType] = {}
        entries = [(info, "") for info in self.ext_funcs.values()]
        entries += [
            (m, f"{c.py_name}.")
            for c in self.classes.values()
            if c.module is not None
            for m in c.methods.values()
        ]
        for info, prefix in entries:
            module, sig = self.ext_sigs[id(info)]

            def foreign(x: PyType, module: str = module) -> bool:  # a class the module does not know
                return isinstance(x, ClassT) and (
                    x.name not in self.classes or self.classes[x.name].module != module
                )

            for i, is_open in enumerate(sig.open_params):
                t = self.u.deep(info.param_types[i])
                known = not isinstance(t, TVar) and t != ANY
                if is_open and known and not any_part(t, foreign):
                    out[(module, prefix + sig.name, i)] = t
        return out

    def used_packages(self: ModuleTranslator) -> dict[str, str]:
        """Go alias -> package of every imported local module (the driver imports those used)."""
        aliases = self.package_aliases()
        return {aliases[m]: i.package for m, i in self.externals.items()}


def _closed(t: PyType) -> PyType:
    """What the module left open is dynamic for its importers, as it is in its own Go."""
    return ANY if isinstance(t, TVar) else t


def _class_exports(node: cst.ClassDef) -> set[str]:
    """Names of a library class's Go functions and variables: its constructor, static and class
    methods, class attributes (keys of the module's NameTable)."""
    out = {f"new_{node.name.value}"}
    for stmt in node.body.body if isinstance(node.body, cst.IndentedBlock) else []:
        if isinstance(stmt, cst.FunctionDef) and stmt.decorators:
            out.add(f"{node.name.value}_{stmt.name.value}")
        elif isinstance(stmt, cst.SimpleStatementLine):
            for small in stmt.body:
                if isinstance(small, cst.Assign) and len(small.targets) == 1:
                    t = small.targets[0].target
                    if isinstance(t, cst.Name):
                        out.add(f"{node.name.value}_{t.value}")
    return out


def _not_shared(q: str, node: cst.CSTNode, why: str | None) -> Unsupported:
    module, _, name = q.partition(".")
    if why:
        return Unsupported(
            "PG201", f"class '{name}' of the local module {module}.py is not shared: {why}", node
        )
    return Unsupported(
        "PG201",
        f"'{name}' of the local module {module}.py is not usable here: importers use its functions, "
        "module-level constants, and classes by calling them, reading attributes and catching them",
        node,
    )


def _default_expr(source: str, module: str, known: frozenset[str] | None = None) -> cst.BaseExpression:
    """A library default as an importer evaluates it: its module's names qualified (`module.X`)."""
    expr = cst.parse_expression(source)

    class Qualify(cst.CSTTransformer):
        def leave_Name(self, original: cst.Name, updated: cst.Name) -> cst.BaseExpression:
            if updated.value in ("None", "True", "False") or known is not None and updated.value not in known:
                return updated  # a builtin (`list()` of a default_factory)
            return cst.Attribute(value=cst.Name(module), attr=updated)

        def leave_Attribute(self, original: cst.Attribute, updated: cst.Attribute) -> cst.BaseExpression:
            return updated.with_changes(attr=original.attr)  # only the root name is qualified

    return expr.visit(Qualify())  # type: ignore[return-value]


def _assignable(got: PyType, want: PyType) -> bool:
    """Whether coerce() turns a `got` value into the Go type of `want` without loss."""
    if got == want or want == ANY:
        return True
    if want == FLOAT and got == INT or want in (INT, FLOAT) and got == BOOL:
        return True
    if isinstance(want, OptionalT):
        return (
            got == NONE
            or _assignable(got, want.inner)
            or isinstance(got, OptionalT)
            and got.inner == want.inner
        )
    return False
