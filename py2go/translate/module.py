"""One Python file -> one Go `package main`: symbols, inference passes to a fixed point, assembly."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import libcst as cst
from libcst.metadata import CodeRange, MetadataWrapper, PositionProvider

from py2go.analysis.argparse_facts import argparse_dests
from py2go.analysis.imports import ImportTable
from py2go.analysis.lines import statement_lines
from py2go.analysis.scopes import Scope, analyse_scope, grown_parameters, split_points
from py2go.analysis.types import (
    ANY,
    EXC,
    NONE,
    ClassT,
    DictT,
    FuncT,
    ListT,
    OptionalT,
    PyType,
    SetT,
    TupleT,
    TVar,
    Unifier,
    Unknown,
)
from py2go.analysis.walk import names as walk_names
from py2go.analysis.walk import walk as walk_nodes
from py2go.diagnostics.model import Diagnostic
from py2go.translate import names
from py2go.translate.calls import CallMixin
from py2go.translate.context import BufferStack, ClassInfo, FileContext, FuncInfo, FuncState, G, Output
from py2go.translate.engine import RuleEngine
from py2go.translate.enums import ENUM_BASES, EnumMixin
from py2go.translate.escapes import EscapeMixin
from py2go.translate.expr import ExprMixin, Unsupported
from py2go.translate.external import ExternalMixin
from py2go.translate.functions import FunctionMixin
from py2go.translate.funcvalues import FuncValueMixin
from py2go.translate.generators import GeneratorMixin, yields_in
from py2go.translate.interface import Hints, ModuleInterface, open_unknowns
from py2go.translate.loops import LoopMixin
from py2go.translate.stmt import StmtMixin
from py2go.translate.types_go import GoTypeMixin

MAX_PASSES = 8


@dataclass
class FileResult:
    go: str  # Go source before gofmt, with //py2go:span markers
    diagnostics: list[Diagnostic]
    functions: list[tuple[str, str, int, int]] = field(default_factory=list)  # py name, go name, py lines
    rules_used: dict[str, int] = field(default_factory=dict)
    uses_pyrt: bool = False
    typed: int = 0
    untyped: int = 0
    interface: ModuleInterface | None = None  # what a library module offers its importers
    hints: dict[tuple[str, str, int], PyType] = field(default_factory=dict)  # for imported modules
    packages: dict[str, str] = field(default_factory=dict)  # Go alias -> local package it imports


def _emit_unused(self: Output, tr: ModuleTranslator, name: str) -> None:
    if not tr.local_is_read(name):
        self.emit(f"_ = {tr.var_go(name)}")


Output.emit_unused = _emit_unused  # type: ignore[attr-defined]


class ModuleTranslator(
    ExprMixin,
    CallMixin,
    StmtMixin,
    LoopMixin,
    GoTypeMixin,
    FunctionMixin,
    ExternalMixin,
    GeneratorMixin,
    EscapeMixin,
    EnumMixin,
    FuncValueMixin,
):
    def __init__(
        self,
        path: str,
        module: cst.Module,
        engine: RuleEngine,
        pyrt_import: str,
        source: str = "",
        *,
        package: str = "main",
        externals: Mapping[str, ModuleInterface] | None = None,
        seeds: Hints | None = None,
        splits: frozenset[tuple[int, str]] = frozenset(),
    ) -> None:
        """`package` other than main translates a local module other scripts import (exported
        names, module body run at import); `externals` are the local modules this one imports,
        `seeds` the parameter types its importers pass (see translate/external.py)."""
        self.path = path
        self.package = package
        self.externals = dict(externals or {})
        self.seeds = dict(seeds or {})
        self.module = module
        self.engine = engine
        self.pyrt_import = pyrt_import
        self.u = Unifier()
        self.module = module
        self._positions: Mapping[cst.CSTNode, CodeRange] | None = None
        source = source or module.code
        self.stmt_lines = statement_lines(module, source)
        self.imports = ImportTable.from_module(self.module)
        self.argdests = argparse_dests(self.module)
        self.aliases: dict[str, cst.BaseExpression] = {}
        self.source_lines = source.splitlines()
        # `raise X from e` stores e only where some code can read it back (`x.__cause__`): in this
        # file, or in an importer of this local module
        self.keeps_cause = "__cause__" in source or package != "main"
        self.raise_cause: str | None = None  # the Go cause while translating `raise X from e`
        self.funcs: dict[str, FuncInfo] = {}
        # nested defs by id of their FunctionDef; the enclosing functions being translated
        self.nested_funcs: dict[int, FuncInfo] = {}
        self.outer_fns: list[FuncState] = []
        self.def_defaults: dict[int, G] = {}  # a nested def's computed defaults, made at the def
        # the signature of each function value expression (lambda, function name), by node id
        self.func_sigs: dict[int, FuncT] = {}
        self.func_sig_nodes: dict[int, cst.CSTNode] = {}
        self.classes: dict[str, ClassInfo] = {}
        self.global_types: dict[str, PyType] = {}
        self.local_types: dict[tuple[int, str], PyType] = {}
        self.type_cache: dict[str, str] = {}
        self.lazy_types: dict[str, PyType] = {}
        self.want_bool = False
        self.comp_scopes: list[dict[str, G]] = []
        self.comp_reads: list[set[str]] = []
        self.loop_flags: list[str] = []
        self.closure_loop_depth: list[int] = []
        self.fn: FuncState | None = None
        self.buf = BufferStack()
        self.ctx = FileContext(path)
        self.main_body: list[cst.BaseStatement] = []
        self.module_scope: Scope | None = None
        self.defined_names = self._collect_defined()
        self.go_names = names.NameTable(
            [n.value for n in _all_names(self.module)],
            exported=self.exported_names() if self.is_library else frozenset(),
            taken=frozenset(self.package_aliases().values()),
        )
        # (function node, name) rebound to another type: one Go variable per top-level binding
        self.splits: dict[tuple[int, str], list[cst.Assign | None]] = self._split_points(splits)
        self.split_requests: set[tuple[int, str]] = set()
        self.reserved_names = set(self.go_names.used)
        self.resolver: Callable[[cst.CSTNode], str | None] = self._resolve
        self.loop_footers: list[str] = []
        self.nested: dict[str, G] = {}
        self.narrowed: list[dict[str, PyType]] = []
        self.narrow_types: dict[str, PyType] = {}
        self.rule_miss = ""
        self.except_reads_exc = False  # the except clause being matched reads its `as` name
        self.strict = False
        self.fallbacks = 0
        self.shown_numbers: set[int] = set()  # see ExprMixin.note_shown
        # translating a dict/list display annotated dict[str, Any] / list[Any] (and displays nested in it):
        # its items are dynamic values, whatever their own types
        self.dynamic_literal = False
        self.post_binds = []
        self.current_stmt: cst.CSTNode | None = None
        self.functions_map: list[tuple[str, str, int, int]] = []
        self.failed = False
        self.match_cache: dict[tuple[str, int], tuple[cst.CSTNode, Any]] = {}
        # attributes read on an exception caught by a base class (`except Exception as e: e.code`)
        self.exc_attrs: dict[str, PyType] = {}
        self.isinstance_used: set[str] = set()  # classes an isinstance() asks the object about
        self.class_taken: dict[str, set[str]] = {}  # a library class's field and generated Go names
        self.fallback_params: set[tuple[int, int]] = set()  # (function node, index) left to `any`
        self.setup_externals()

    def _split_points(
        self, splits: frozenset[tuple[int, str]]
    ) -> dict[tuple[int, str], list[cst.Assign | None]]:
        """The assignments that start a new Go variable for each split name (index = version;
        None where version 0 is a parameter or an earlier binding), Go names reserved."""
        out: dict[tuple[int, str], list[cst.Assign | None]] = {}
        if not splits:
            return out
        wanted = {fid for fid, _ in splits}
        for node in walk_nodes(self.module):
            if isinstance(node, cst.FunctionDef) and id(node) in wanted:
                params = {p.name.value for p in node.params.params}
                for fid, name in splits:
                    found = split_points(node.body, name, name in params) if fid == id(node) else None
                    if found and found[0]:
                        points, before = found
                        out[(fid, name)] = [None, *points] if before or name in params else points
                        for n in range(len(out[(fid, name)])):
                            self.go_names.version(name, n)
        return out

    def split_version(self, name: str, node: cst.CSTNode) -> int | None:
        """At a binding that starts a new Go variable for a split name: its version (from 1)."""
        fn = self.fn
        if fn is None or fn.info is None:
            return None
        points = self.splits.get((id(fn.info.node), name))
        if not points:
            return None
        for v, a in enumerate(points):
            if a is node and v > 0:
                fn.versions[name] = v
                return v
        return None

    def request_split(self, name: str, node: cst.CSTNode) -> None:
        """A binding whose type conflicts with the name's earlier ones: ask for a translation
        where each top-level `name = value` is its own Go variable, when that is sound."""
        fn = self.fn
        if fn is None or fn.info is None or not isinstance(fn.info.node, cst.FunctionDef):
            return
        key = (id(fn.info.node), name)
        if key in self.splits:
            return
        found = split_points(fn.info.node.body, name, name in fn.scope.params)
        if found and any(a is node for a in found[0]):
            self.split_requests.add(key)

    # ------------------------------------------------------------------ passes
    def snapshot(self) -> str:
        """Everything inference decides; equal snapshots after two passes mean a fixed point."""
        parts = [repr(sorted((k, str(self.u.deep(t))) for k, t in self.global_types.items()))]
        nested = {f"{i.py_name}@{k}": i for k, i in self.nested_funcs.items()}
        for scope in (self.funcs, *(c.methods for c in self.classes.values()), nested):
            for name, info in scope.items():
                parts.append(
                    f"{name}:{[str(self.u.deep(t)) for t in info.param_types]}->{self.u.deep(info.ret)}"
                    f":{info.fallible}:{info.returns_value}"
                )
        for c in self.classes.values():
            parts.append(f"{c.py_name}:{[(k, str(self.u.deep(t))) for k, t in c.fields.items()]}")
        parts.append(repr(sorted((str(k), str(self.u.deep(t))) for k, t in self.local_types.items())))
        parts.append(repr(sorted((k, str(self.u.deep(t))) for k, t in self.exc_attrs.items())))
        parts.append(repr(sorted((k, str(self.u.deep(t))) for k, t in self.func_sigs.items())))
        parts.append(repr(sorted(self.isinstance_used)))
        return "\n".join(parts)

    def settle(self, passes: int) -> str:
        """Translate until inference stops changing (at most `passes` times); the last text."""
        previous = None
        text = ""
        for _ in range(passes):
            text = self.one_pass()
            snap = self.snapshot()
            if snap == previous:
                break
            previous = snap
        return text

    def translate(self) -> FileResult:
        self.collect()
        text = self.settle(MAX_PASSES)
        if self.shown_numbers:
            # numbers printed while holding an int on some paths and a float on others: dynamic
            # values print as Python does (`10` and `10.0`); float64 would print both as floats
            for root in self.shown_numbers:
                self.u.join(TVar(root), ANY)
            text = self.settle(MAX_PASSES)
        for params_only in (True, False):
            # what nothing typed becomes a dynamic value (Go `any`): translate again with that.
            # Parameters first: a local open only because a parameter was (`m = RX.match(p)`)
            # gets its static type once the parameter is a dynamic value a rule can check
            if self.dynamic_fallback(params_only):
                text = self.settle(3)
        if self.fallbacks:
            # some operator still had operands of unknown type: translate once more refusing them
            self.strict = True
            text = self.one_pass()
        return FileResult(
            go=text,
            diagnostics=sorted(
                set(self.ctx.diagnostics) | set(self.ctx.warnings) | set(self.inference_notes())
            ),
            functions=list(self.functions_map),
            rules_used=dict(self.ctx.rules_used),
            uses_pyrt=self.ctx.uses_pyrt,
            interface=self.interface() if self.is_library else None,
            hints=self.hints(),
            packages=self.used_packages(),
        )

    def dynamic_fallback(self, params_only: bool = False) -> bool:
        """Bind every type variable inference left open (or only the parameters') to Any
        (pyrt's dynamic values)."""
        roots: list[PyType] = [] if params_only else [*self.global_types.values(), *self.local_types.values()]
        if not params_only:
            for sig in self.func_sigs.values():
                roots.extend(sig.params)
        for info in self.all_funcs():
            roots.extend(info.param_types)
            if not params_only:
                roots.append(info.ret)
        for c in [] if params_only else self.classes.values():
            roots.extend(c.fields.values())
            roots.extend(t for _, t in c.class_attrs.values())
        open_vars: list[TVar] = []

        def collect(t: PyType) -> None:
            t = self.u.resolve(t)
            if isinstance(t, TVar):
                open_vars.append(t)
            elif isinstance(t, ListT | SetT):
                collect(t.elem)
            elif isinstance(t, DictT):
                collect(t.key)
                collect(t.value)
            elif isinstance(t, OptionalT):
                collect(t.inner)
            elif isinstance(t, TupleT):
                for i in t.items:
                    collect(i)
            elif isinstance(t, FuncT):
                for i in t.source.params:
                    collect(i)

        for r in roots:
            collect(r)
        for info in self.all_funcs():
            if not info.returns_value:  # a function with no value results keeps an open result
                r = self.u.resolve(info.ret)
                open_vars = [v for v in open_vars if v is not r]
        params = [
            (info, i, t)
            for info in [
                *self.funcs.values(),
                *(m for c in self.classes.values() for m in c.methods.values()),
            ]
            for i, t in enumerate(info.param_types)
        ]
        # PG401 is for parameters nothing typed; one whose callers pass dynamic values (json.loads
        # data) was inferred: it is `any` because the values are
        self.fallback_params |= {
            (id(info.node), i) for info, i, t in params if isinstance(self.u.deep(t), TVar)
        }
        for v in open_vars:
            self.u.join(v, ANY)
        return bool(open_vars)

    def inference_notes(self) -> list[Diagnostic]:
        """PG401: parameters whose type nothing determined fall back to Go's `any`."""
        notes = []
        for info in self.all_funcs():
            if not isinstance(info.node, cst.FunctionDef):
                continue
            params = list(info.node.params.params)[1 if info.cls else 0 :]
            for p, t in zip(params, info.param_types, strict=False):
                root = self.u.root(t)
                if root is not None and root.id in self.shown_numbers:
                    continue  # an int-or-float number, dynamic on purpose
                open_ = (id(info.node), params.index(p)) in self.fallback_params
                if (
                    isinstance(self.u.deep(t), TVar)
                    or self.u.deep(t) == ANY
                    and p.annotation is None
                    and open_
                ):
                    notes.append(
                        self.diagnostic(
                            "PG401",
                            f"the type of parameter '{p.name.value}' of {info.py_name}() could not be inferred; "
                            "it is `any` in Go: add an annotation",
                            p,
                            info.node,
                        )
                    )
        return notes

    def one_pass(self) -> str:
        self.capture_cache: dict[int, tuple[cst.CSTNode, Any]] = {}
        self.module_globals: set[str] | None = None  # names a concurrent worker can share (analysis.shared)
        self.fallbacks = 0
        self.post_binds: list[tuple[str, G]] = []
        self.ctx = FileContext(self.path)
        self.ctx.reserved = self.reserved_names
        self.lazy_types = {}
        self.type_cache = {}
        self.functions_map = []
        self.loop_footers = []
        parts: list[str] = []
        for cls in self.classes.values():
            if cls.package is None:  # an imported module's class is declared in its package
                parts.append(self.emit_class(cls))
        for info in self.funcs.values():
            parts.append(self.emit_function(info))
        run = self.emit_run()
        parts.append(self.exc_attr_helpers())
        globals_ = self.emit_globals()
        body = "\n".join([globals_, *parts, run])
        return self.resolve_lazy_types(body)

    def all_funcs(self) -> list[FuncInfo]:
        """Module functions, methods and nested defs: everything inference types."""
        return [
            *self.funcs.values(),
            *(m for c in self.classes.values() for m in c.methods.values()),
            *self.nested_funcs.values(),
        ]

    # ------------------------------------------------------------------ symbols
    def _collect_defined(self) -> set[str]:
        out: set[str] = set()
        for stmt in self.module.body:
            if isinstance(stmt, cst.FunctionDef | cst.ClassDef):
                out.add(stmt.name.value)
        return out

    def _resolve(self, node: cst.CSTNode) -> str | None:
        if isinstance(node, cst.Name) and (
            node.value in self.defined_names or self.is_bound_name(node.value)
        ):
            return None
        return self.imports.qualified(node)

    def is_bound_name(self, name: str) -> bool:
        for scope in self.comp_scopes:
            if name in scope:
                return True
        if self.fn is not None and (name in self.fn.scope.locals or name in self.fn.scope.params):
            return True
        if self.outer_state(name) is not None:
            return True
        return name in self.global_types

    def checkpoint(self) -> tuple[int, int]:
        """Where the output and the temp-name counter stand, to undo a rule candidate that fails."""
        return self.out.mark(), self.ctx._counter

    def rollback(self, point: tuple[int, int]) -> None:
        self.out.truncate(point[0])
        self.ctx._counter = point[1]

    @property
    def out(self) -> Output:
        return self.buf.top

    def collect(self) -> None:
        body: list[cst.BaseStatement] = []
        for stmt in self.module.body:
            if isinstance(stmt, cst.FunctionDef):
                self.funcs[stmt.name.value] = info = self.make_func(stmt, None)
                for i, _ in enumerate(info.params):
                    if (seed := self.seeds.get((stmt.name.value, i))) is not None:
                        self.u.join(info.param_types[i], open_unknowns(seed, self.u.fresh))  # from importers
            elif isinstance(stmt, cst.ClassDef):
                self.make_class(stmt)
                body.append(stmt)  # its class attributes are set here, in module order
            elif self.namedtuple_call(stmt):
                pass  # Host = namedtuple("Host", "name port"): a class, declared in Go
            elif _is_main_guard(stmt):
                assert isinstance(stmt, cst.If)
                if self.is_library:
                    continue  # not run on import; the script's own command runs it
                body.extend(stmt.body.body if isinstance(stmt.body, cst.IndentedBlock) else [])
            elif (alias := self.type_alias(stmt)) is not None:
                self.aliases[alias[0]] = alias[1]  # `Pair = Tuple[str, int]`: a name for a type
            else:
                body.append(stmt)
        self.main_body = body
        for c in self.classes.values():  # what importers pass to its methods' open parameters
            for key, m in c.methods.items():
                for i, _ in enumerate(m.params):
                    if (seed := self.seeds.get((f"{c.py_name}.{key}", i))) is not None:
                        self.u.join(m.param_types[i], open_unknowns(seed, self.u.fresh))
        for info in self.all_funcs():
            returns = info.node.returns if isinstance(info.node, cst.FunctionDef) else None
            if returns is None or info.gen_elem is not None:  # Iterator[T]: the loop's item type
                continue
            try:  # known before any call site is translated (reported in the function if bad)
                rt = self.annotation(returns.annotation)
            except Unsupported:
                continue
            self.join(info.ret, rt, info.node)
            info.returns_value = rt != NONE
        block = cst.IndentedBlock(body=body)
        self.main_block = block
        self.module_scope = analyse_scope(block)
        for name in self.module_scope.locals:
            self.global_types[name] = self.u.fresh()

    def namedtuple_call(self, stmt: cst.CSTNode) -> bool:
        """`Host = collections.namedtuple("Host", "name port")` (or a list of names): a named tuple
        class like `class Host(NamedTuple)` with field types inferred from its uses."""
        pair = _single_assign(stmt)
        if pair is None:
            return False
        target, call = pair
        if not (
            isinstance(target, cst.Name)
            and isinstance(call, cst.Call)
            and (self.imports.qualified(call.func) or "") == "collections.namedtuple"
            and len(call.args) == 2
            and all(a.keyword is None and not a.star for a in call.args)
            and isinstance(call.args[0].value, cst.SimpleString)
            and call.args[0].value.evaluated_value == target.value
        ):
            return False
        spec = call.args[1].value
        if isinstance(spec, cst.SimpleString) and isinstance(spec.evaluated_value, str):
            fields = spec.evaluated_value.replace(",", " ").split()
        elif isinstance(spec, cst.List | cst.Tuple) and all(
            isinstance(e.value, cst.SimpleString) for e in spec.elements
        ):
            fields = [str(e.value.evaluated_value) for e in spec.elements]  # type: ignore[attr-defined]
        else:
            return False
        if not fields or not all(f.isidentifier() and not f.startswith("_") for f in fields):
            return False
        node = cst.ClassDef(name=cst.Name(target.value), body=cst.IndentedBlock([]))
        self.stmt_lines[id(node)] = self.lines_of(stmt)
        info = ClassInfo(target.value, names.type_name(target.value), node, [], False)
        info.is_namedtuple = True
        for f in fields:
            info.fields[f] = self.u.fresh()
            info.field_defaults[f] = None
        self.classes[target.value] = info
        self.defined_names.add(target.value)
        info.methods["__init__"] = self.dataclass_init(info)
        return True

    def type_alias(self, stmt: cst.CSTNode) -> tuple[str, cst.BaseExpression] | None:
        """A module-level `Name = <typing expression>` (Tuple[...], Dict[...], Optional[...])."""
        pair = _single_assign(stmt)
        if pair is None:
            return None
        target, value = pair
        if not isinstance(target, cst.Name):
            return None
        head = value.value if isinstance(value, cst.Subscript) else value
        qual = self.imports.qualified(head) if isinstance(head, cst.Name | cst.Attribute) else None
        if qual and (
            qual.startswith("typing.")
            or isinstance(value, cst.Subscript)
            and qual in ("list", "dict", "set", "tuple")
        ):
            return target.value, value
        return None

    def make_func(self, node: cst.FunctionDef, cls: str | None, cls_param: bool = False) -> FuncInfo:
        params: list[str] = []
        defaults: list[cst.BaseExpression | None] = []
        ptypes = []
        all_params = list(node.params.params) + list(node.params.kwonly_params)
        kwonly_from = len(node.params.params)
        if cls is not None and all_params:
            all_params = all_params[1:]
            kwonly_from -= 1
        for p in all_params:
            params.append(p.name.value)
            defaults.append(p.default)
            ptypes.append(self.u.fresh())
        star = node.params.star_arg.name.value if isinstance(node.params.star_arg, cst.Param) else None
        info = FuncInfo(
            py_name=node.name.value if cls is None else f"{cls}.{node.name.value}",
            go_name=self.func_go_name(node.name.value, cls),
            node=node,
            params=params,
            param_types=ptypes,
            defaults=defaults,
            ret=self.u.fresh(),
            scope=analyse_scope(
                node.body,
                (*params, *((star,) if star else ()), *(("self",) if cls and not cls_param else ())),
            ),
            cls=cls,
            kwonly_from=kwonly_from,
            grown=grown_parameters(node.body, tuple(params)),
            star=star,
            star_elem=self.u.fresh() if star else None,
        )
        if cls_param and node.params.params:
            info.kind = "classmethod"
            info.cls_param = node.params.params[0].name.value
        if cls is None and yields_in(node.body):
            self.make_generator(info)
        self.collect_nested(info)
        return info

    def collect_nested(self, outer: FuncInfo) -> None:
        """FuncInfos for the defs nested in `outer` (at any block depth, and in each other)."""
        for node in _nested_defs(outer.node.body):
            info = self.make_func(node, None)
            info.py_name = f"{outer.py_name}.{node.name.value}"
            info.outer = outer
            self.nested_funcs[id(node)] = info

    def nested_func(self, name: str) -> FuncInfo | None:
        """The nested def `name` refers to here, by Python's scoping (None: not a nested def)."""
        states = [self.fn, *reversed(self.outer_fns)] if self.fn is not None else []
        for scope in self.comp_scopes:
            if name in scope:
                return None
        for st in states:
            if st is None or st.info is None or name in st.scope.params:
                return None
            if name in st.scope.globals_declared:
                return None
            loc = st.scope.locals.get(name)
            if loc is not None:
                if loc.first.kind != "def":
                    return None
                return self.nested_funcs.get(id(loc.first.node))
            if st.info.outer is None:
                return None
        return None

    def outer_state(self, name: str) -> FuncState | None:
        """The enclosing function whose local or parameter `name` a nested def reads."""
        fn = self.fn
        if fn is None or fn.info is None or fn.info.outer is None:
            return None
        if name in fn.scope.params or name in fn.scope.locals or name in fn.scope.globals_declared:
            return None
        for st in reversed(self.outer_fns):
            if st.info is None:
                return None
            if name in st.scope.params or name in st.scope.locals:
                return st
            if name in st.scope.globals_declared or st.info.outer is None:
                return None
        return None

    def in_state(self, st: FuncState) -> Any:
        """Translate as if in the enclosing function `st` (its variables, not the nested def's)."""
        translator = self

        class _Swap:
            def __enter__(self) -> None:
                self.saved = translator.fn
                self.outer = translator.outer_fns
                i = translator.outer_fns.index(st)
                translator.fn, translator.outer_fns = st, translator.outer_fns[:i]

            def __exit__(self, *exc: object) -> None:
                translator.fn, translator.outer_fns = self.saved, self.outer

        return _Swap()

    def func_go_name(self, name: str, cls: str | None) -> str:
        if cls is None:
            return self.go_names.get(name)
        special = {"__str__": "PyStr", "__repr__": "PyRepr"}
        if name in special:
            return special[name]
        if not self.is_library:
            return names.camel(name)
        # importers call it: exported, and never the Go name of a field or of a generated method
        go = names.camel(name, exported=True)
        while go in self.class_taken.get(cls, set()):
            go += "_"
        return go

    def make_class(self, node: cst.ClassDef) -> None:
        bases = [self.imports.qualified(b.value) or "" for b in node.bases]
        local_bases = [
            b.value.value
            for b in node.bases
            if isinstance(b.value, cst.Name) and b.value.value in self.classes
        ]
        is_exc = any(b.rsplit(".", 1)[-1] in _EXC_BASES for b in bases) or any(
            self.classes[b].is_exception for b in local_bases
        )
        is_dc = any(
            (self.imports.qualified(d.decorator) or "") in ("dataclasses.dataclass", "dataclass")
            or (
                isinstance(d.decorator, cst.Call)
                and (self.imports.qualified(d.decorator.func) or "").endswith("dataclass")
            )
            for d in node.decorators
        )
        info = ClassInfo(node.name.value, names.type_name(node.name.value), node, local_bases, is_exc, is_dc)
        info.enum_kind = next((ENUM_BASES[b] for b in bases if b in ENUM_BASES), None)
        info.is_namedtuple = "typing.NamedTuple" in bases
        self.classes[node.name.value] = info
        if len(local_bases) == 1 and len(node.bases) == 1:
            self.u.parents[node.name.value] = local_bases[0]
        self.defined_names.add(node.name.value)
        if self.is_library:
            self.class_taken[node.name.value] = {self.field_name(a) for a in _attrs_set(node)} | _GENERATED
        for stmt in node.body.body if isinstance(node.body, cst.IndentedBlock) else []:
            if isinstance(stmt, cst.FunctionDef):
                self.add_method(info, stmt)
            elif isinstance(stmt, cst.SimpleStatementLine):
                for small in stmt.body:
                    if (
                        info.enum_kind is not None
                        and isinstance(small, cst.Assign)
                        and len(small.targets) == 1
                        and isinstance(small.targets[0].target, cst.Name)
                    ):
                        info.members[small.targets[0].target.value] = small.value
                    elif (
                        isinstance(small, cst.AnnAssign)
                        and isinstance(small.target, cst.Name)
                        and (is_dc or info.is_namedtuple)
                    ):
                        fname = small.target.value
                        info.fields[fname] = self.u.fresh()
                        info.field_defaults[fname] = small.value
                    elif (
                        isinstance(small, cst.Assign)
                        and len(small.targets) == 1
                        and isinstance(small.targets[0].target, cst.Name)
                    ):
                        info.class_attrs[small.targets[0].target.value] = (small.value, self.u.fresh())
        if (is_dc or info.is_namedtuple) and "__init__" not in info.methods:
            info.methods["__init__"] = self.dataclass_init(info)

    def add_method(self, info: ClassInfo, stmt: cst.FunctionDef) -> None:
        """A method by its decorator: @property and @x.setter are Go methods read and written as
        attributes, @staticmethod and @classmethod Go functions; others are refused at translation."""
        name = stmt.name.value
        kind = self.method_kind(stmt, info)
        if kind == "static":
            method = self.make_func(stmt, None)
            method.py_name = f"{info.py_name}.{name}"
        else:
            method = self.make_func(stmt, info.py_name, cls_param=kind == "classmethod")
        method.kind = kind
        if kind in ("static", "classmethod"):
            method.go_name = self.go_names.get(f"{info.py_name}_{name}")
        if kind == "setter":
            method.go_name = ("Set" if self.is_library else "set") + names.camel(name, exported=True)
            if method.params:  # the value written is the value read
                self.u.join(method.param_types[0], info.methods[name].ret)
            name = f"{name}.setter"
        info.methods[name] = method

    def method_kind(self, stmt: cst.FunctionDef, info: ClassInfo) -> str:
        """ "property", "setter", "static", "classmethod" or "" (a plain method, or a decorator
        function_body refuses)."""
        if len(stmt.decorators) != 1:
            return ""
        deco = stmt.decorators[0].decorator
        if isinstance(deco, cst.Name) and deco.value in ("property", "staticmethod", "classmethod"):
            if self.imports.qualified(deco) not in (None, deco.value):
                return ""  # a name the script rebinds
            return {"property": "property", "staticmethod": "static", "classmethod": "classmethod"}[
                deco.value
            ]
        if (
            isinstance(deco, cst.Attribute)
            and deco.attr.value == "setter"
            and isinstance(deco.value, cst.Name)
            and deco.value.value == stmt.name.value
            and info.methods.get(stmt.name.value) is not None
            and info.methods[stmt.name.value].kind == "property"
        ):
            return "setter"
        return ""

    def all_fields(self, cls: ClassInfo) -> dict[str, TVar]:
        """Dataclass fields with the inherited ones first, in Python's order."""
        fields: dict[str, TVar] = {}
        for name in reversed(self.u.ancestors(cls.py_name)):
            fields.update(self.classes[name].fields)
        return fields

    def dataclass_init(self, info: ClassInfo) -> FuncInfo:
        fields = self.all_fields(info)
        defaults = {}
        for name in reversed(self.u.ancestors(info.py_name)):
            defaults.update(self.classes[name].field_defaults)
        params = list(fields)
        return FuncInfo(
            py_name=f"{info.py_name}.__init__",
            go_name="__init__",
            node=info.node,  # type: ignore[arg-type]
            params=params,
            param_types=[fields[p] for p in params],
            defaults=[_dc_default(defaults[p]) for p in params],
            ret=self.u.fresh(),
            scope=Scope(tuple(params), {}, frozenset()),
            cls=info.py_name,
        )

    def field_type(self, cls: ClassInfo, attr: str, create: bool = False) -> PyType | None:
        c: ClassInfo | None = cls
        while c is not None:
            if attr in c.fields:
                return c.fields[attr]
            c = next((self.classes[b] for b in c.bases if b in self.classes), None)
        if create:
            cls.fields[attr] = self.u.fresh()
            return cls.fields[attr]
        return None

    def class_attr(self, cls: ClassInfo, attr: str) -> tuple[ClassInfo, TVar] | None:
        """Where `attr` is a class attribute of `cls` or its bases."""
        c: ClassInfo | None = cls
        while c is not None:
            if attr in c.class_attrs:
                return c, c.class_attrs[attr][1]
            c = next((self.classes[b] for b in c.bases if b in self.classes), None)
        return None

    def subclasses(self, cls: ClassInfo) -> list[ClassInfo]:
        """The script classes deriving from `cls`, directly or not, in source order."""
        return [
            c for c in self.classes.values() if c is not cls and cls.py_name in self.u.ancestors(c.py_name)
        ]

    def namedtuple_of(self, t: PyType | None) -> ClassInfo | None:
        t = self.u.deep(t) if t is not None else None
        if isinstance(t, ClassT) and t.name in self.classes and self.classes[t.name].is_namedtuple:
            return self.classes[t.name]
        return None

    def base_of(self, cls: ClassInfo) -> ClassInfo | None:
        return next((self.classes[b] for b in cls.bases if b in self.classes), None)

    def in_hierarchy(self, cls: ClassInfo) -> bool:
        """A class with a script base or script subclasses: built with embedding and pyInit."""
        if cls.enum_kind is not None or cls.is_namedtuple:
            return False
        if cls.is_exception:
            return self.base_of(cls) is not None or any(cls.py_name in c.bases for c in self.classes.values())
        return cls.py_name in self.u.parents or bool(self.subclasses(cls))

    def is_virtual(self, cls: ClassInfo) -> bool:
        """An ordinary class with subclasses: its values are the Go interface `<Name>Obj`."""
        return self.in_hierarchy(cls) and bool(self.subclasses(cls))

    def root_class(self, cls: ClassInfo) -> ClassInfo:
        return self.classes[self.u.ancestors(cls.py_name)[-1]]

    def iface_name(self, cls: ClassInfo) -> str:
        return f"{cls.go_name}Obj"

    def overridden_below(self, cls: ClassInfo, name: str, attr: bool = False) -> bool:
        """Whether a subclass of `cls` redefines method (or class attribute) `name`."""
        return any(name in (c.class_attrs if attr else c.methods) for c in self.subclasses(cls))

    def virtual_attrs(self, cls: ClassInfo) -> list[str]:
        """Class attributes of the hierarchy defined in more than one class: read via a method."""
        root = self.root_class(cls)
        family = [root, *self.subclasses(root)]
        seen: dict[str, int] = {}
        for c in family:
            for a in c.class_attrs:
                seen[a] = seen.get(a, 0) + 1
        return [a for a, n in seen.items() if n > 1]

    def self_dispatch(self, cls: ClassInfo, recv: str) -> str:
        """The most derived object behind a method's receiver, typed as `cls`'s interface."""
        root = self.root_class(cls)
        if root is cls:
            return f"{recv}.pySelf"
        return f"{recv}.pySelf.({self.iface_name(cls)})"

    def class_attr_go(self, cls: ClassInfo, attr: str) -> str:
        if cls.package is not None:
            return f"{cls.package}.{cls.attr_go[attr]}"
        return self.go_names.get(f"{cls.py_name}_{attr}")

    def ctor(self, cls: ClassInfo) -> str:
        """Go name of the function `C(...)` calls: exported in a library, qualified in its importers."""
        if cls.package is not None:
            return cls.ctor_go
        if self.is_library:
            return self.go_names.get(f"new_{cls.py_name}")
        return f"new{cls.go_name}"

    def upcast(self, cls: ClassInfo) -> str:
        """The method returning the `cls` part of an object of its hierarchy (exported in a library)."""
        bare = cls.go_name.rsplit(".", 1)[-1]
        return f"As{bare}" if self.is_library or cls.package is not None else f"as{bare}"

    def field_name(self, attr: str) -> str:
        return names.camel(attr, exported=True) if attr.strip("_") else "Field"

    # ------------------------------------------------------------------ variables
    def var_type(self, name: str) -> PyType:
        fn = self.fn
        if fn is not None and fn.info is not None and fn.versions.get(name):
            key = (id(fn.info.node), f"{name}#{fn.versions[name]}")
            if key not in self.local_types:
                self.local_types[key] = self.u.fresh()
            return self.local_types[key]
        if fn is not None and fn.info is not None and name == fn.info.star:
            assert fn.info.star_elem is not None
            return ListT(fn.info.star_elem)  # *args: a sequence of the extra positional arguments
        if fn is not None and fn.info is not None and name in fn.scope.params:
            if name == "self" and fn.info.cls:
                return ClassT(fn.info.cls, self.classes[fn.info.cls].is_exception)
            return fn.info.param_types[fn.info.params.index(name)]
        if fn is not None and fn.info is not None and name in fn.scope.locals:
            key = (id(fn.info.node), name)
            if key not in self.local_types:
                self.local_types[key] = self.u.fresh()
            return self.local_types[key]
        if (st := self.outer_state(name)) is not None:  # a nested def's free (or nonlocal) name
            with self.in_state(st):
                return self.var_type(name)
        if name in self.global_types:
            return self.global_types[name]
        raise Unsupported("PG105", f"name '{name}' is not bound here")

    def var_go(self, name: str) -> str:
        if (st := self.outer_state(name)) is not None:
            with self.in_state(st):
                return self.var_go(name)
        fn = self.fn
        if fn is not None and fn.info is not None and name == "self" and fn.info.cls:
            return fn.self_name or "self"
        if fn is not None and fn.versions.get(name):
            return self.go_names.version(name, fn.versions[name])
        return self.go_names.get(name)

    def lookup(self, name: str) -> G | None:
        for scope in reversed(self.comp_scopes):
            if name in scope:
                return scope[name]
        for scope in reversed(self.narrowed):
            if name in scope:
                return G(f"(*{self.var_go(name)})", scope[name])
        fn = self.fn
        if fn is not None and fn.info is not None and self.is_pointer_param(name):
            t = self.u.deep(self.var_type(name))
            if isinstance(t, ListT):
                return G(f"(*{self.var_go(name)})", t)
        if fn is not None and fn.info is not None and (name in fn.scope.params or name in fn.scope.locals):
            return G(self.var_go(name), self.var_type(name))
        if (st := self.outer_state(name)) is not None:  # a variable of the enclosing function
            with self.in_state(st):
                return self.lookup(name)
        if name in self.global_types:
            return G(self.var_go(name), self.global_types[name])
        return None

    def is_pointer_param(self, name: str) -> bool:
        fn = self.fn
        return (
            fn is not None
            and fn.info is not None
            and name in fn.info.grown
            and name in fn.info.params
            and not fn.versions.get(name)
        )

    def local_is_read(self, name: str) -> bool:
        fn = self.fn
        if fn is None:
            return True
        if fn.info is not None and (id(fn.info.node), name) in self.splits:
            return False  # one of several Go variables: some may not be read (`_ = x` keeps Go happy)
        info = fn.scope.locals.get(name)
        return info is None or info.read or fn.info is None

    def declares_here(self, name: str, node: cst.CSTNode) -> bool:
        """True when this binding is where Go declares the name with :=."""
        fn = self.fn
        if fn is None or fn.info is None or name not in fn.scope.locals or name in fn.declared:
            return False
        info = fn.scope.locals[name]
        return info.inline and info.first.node is _binding_node(node, info.first.node)

    def mark_declared(self, name: str) -> None:
        assert self.fn is not None
        self.fn.declared.add(name)

    def declare_hoisted(self, block_id: int) -> None:
        fn = self.fn
        if fn is None or fn.info is None:
            return
        for name, info in fn.scope.locals.items():
            if name in fn.declared or info.inline or info.loop_scoped:
                continue
            decl = info.decl_path
            if decl and decl[-1] == block_id:
                fn.declared.add(name)
                nested = self.nested_funcs.get(id(info.first.node)) if info.first.kind == "def" else None
                go_t = self.nested_go_type(nested) if nested is not None else self.gotype(self.var_type(name))
                self.out.emit(f"var {self.var_go(name)} {go_t}")
                if not info.read:
                    self.out.emit(f"_ = {self.var_go(name)}")

    # ------------------------------------------------------------------ errors and diagnostics
    def error_sink(self, err: str) -> str:
        fn = self.fn
        assert fn is not None
        if fn.frames and fn.frames[-1].kind == "lambda":
            return f"panic({err})"  # out of a key= function: Catch/Main turn it back into the exception
        if fn.frames and fn.frames[-1].kind == "closure":
            return f"return pyrt.FlowNext, {err}"
        if fn.info is None:
            return f"return {err}"
        if not fn.fallible:
            self.mark_fallible()
        if fn.init_recv is not None:
            return f"return nil, {err}"  # a constructor whose __init__ raised
        zeros = self.zero_results()
        return f"return {', '.join([*zeros, err])}"

    def mark_fallible(self) -> None:
        fn = self.fn
        if fn is None or fn.info is None:
            return
        if fn.frames and fn.frames[-1].kind in ("closure", "lambda"):
            return
        if not fn.info.fallible:
            fn.info.fallible = True
            self.u.changed = True
        fn.fallible = True

    def diagnostic(
        self, code: str, message: str, node: cst.CSTNode, line_node: cst.CSTNode | None = None
    ) -> Diagnostic:
        line, col, src_line = self.locate(node, line_node if line_node is not None else self.current_stmt)
        src = self.source_lines[src_line - 1].strip() if 0 < src_line <= len(self.source_lines) else ""
        return Diagnostic(self.path, line, col, code, message, src)

    def locate(self, node: cst.CSTNode, stmt: cst.CSTNode | None) -> tuple[int, int, int]:
        """(line, column from 1, statement line) of `node`: found as text within its statement's
        lines, which the cheap `ast` line map knows; exact positions only as a fallback."""
        span = self.stmt_lines.get(id(stmt)) if stmt is not None else None
        if span is None:
            span = self.stmt_lines.get(id(node))
        if span is not None:
            first, last = span
            text = cst.Module([]).code_for_node(node).strip().splitlines()
            needle = text[0] if text else ""
            if isinstance(node, cst.ClassDef):
                needle = f"class {node.name.value}"
            elif isinstance(node, cst.FunctionDef):
                needle = f"{'async ' if node.asynchronous else ''}def {node.name.value}"
            for n in range(first, min(last, len(self.source_lines)) + 1):
                at = self.source_lines[n - 1].find(needle) if needle else -1
                if at >= 0:
                    return n, at + 1, first
            line_text = self.source_lines[first - 1] if 0 < first <= len(self.source_lines) else ""
            return first, len(line_text) - len(line_text.lstrip()) + 1, first
        pos = self.positions.get(node) or (self.positions.get(stmt) if stmt is not None else None)
        if pos is None:
            return 1, 1, 1
        return pos.start.line, pos.start.column + 1, pos.start.line

    def report(self, exc: Unsupported, line_node: cst.CSTNode) -> None:
        """An untranslatable construct: the enclosing function becomes a TODO guard."""
        self.ctx.diagnostics.append(self.diagnostic(exc.code, exc.message, exc.node or line_node, line_node))
        self.failed = True

    def warn(self, code: str, message: str, node: cst.CSTNode) -> None:
        """A translated construct whose behaviour may differ in a documented way: reported only."""
        self.ctx.warnings.append(self.diagnostic(code, message, node))

    @property
    def positions(self) -> Mapping[cst.CSTNode, CodeRange]:
        """Exact node positions, computed on first need (diagnostics are the exception, not the rule)."""
        if self._positions is None:
            self._positions = MetadataWrapper(self.module, unsafe_skip_copy=True).resolve(PositionProvider)
        return self._positions

    def lines_of(self, node: cst.CSTNode) -> tuple[int, int]:
        span = self.stmt_lines.get(id(node))
        if span is not None:
            return span
        pos = self.positions.get(node)
        return (pos.start.line, pos.end.line) if pos is not None else (0, 0)

    def annotation(self, node: cst.BaseExpression) -> PyType:
        from py2go.analysis.annotations import annotation_type

        bare = self.imports.qualified(node) if isinstance(node, cst.Name | cst.Attribute) else None
        if bare in ("list", "typing.List"):  # element type from use
            return ListT(self.u.fresh())
        if bare in ("tuple", "typing.Tuple"):  # a bare tuple: its items' types come from use
            return self.u.fresh()
        if bare in ("dict", "typing.Dict"):
            return DictT(self.u.fresh(), self.u.fresh())
        if bare in ("set", "typing.Set"):
            return SetT(self.u.fresh())
        if bare in ("typing.Callable", "collections.abc.Callable") or (
            isinstance(node, cst.Subscript)
            and (self.imports.qualified(node.value) or "") in ("typing.Callable", "collections.abc.Callable")
            and any(
                isinstance(e.slice, cst.Index) and isinstance(e.slice.value, cst.Ellipsis) for e in node.slice
            )
        ):  # a bare Callable or Callable[..., R]: its parameters come from the calls
            return self.u.fresh()

        if any(c.module is not None for c in self.classes.values()):
            node = self.unqualify_classes(node)  # `models.Host` -> the class Host
        exceptions = {n for n, c in self.classes.items() if c.is_exception}
        t = annotation_type(
            node, self.imports, set(self.classes), exceptions, self.engine.annotation_types, self.aliases
        )
        if isinstance(t, Unknown):
            raise Unsupported("PG403", f"annotation not understood: {t.reason}", node)
        return t

    def unqualify_classes(self, node: cst.BaseExpression) -> cst.BaseExpression:
        """An annotation with each `module.Class` of an imported local module as the bare class name."""
        tr = self

        class Unqualify(cst.CSTTransformer):
            def leave_Attribute(self, original: cst.Attribute, updated: cst.Attribute) -> cst.BaseExpression:
                name = tr.class_ref(original)
                return cst.Name(name) if name is not None else updated

        return node.visit(Unqualify())  # type: ignore[return-value]


_EXC_BASES = {
    "Exception", "BaseException", "ValueError", "RuntimeError", "OSError", "KeyError", "LookupError",
    "TypeError", "IOError", "EnvironmentError", "IndexError", "ArithmeticError",
}  # fmt: skip


# Go methods py2go generates on classes: a library's exported method names must avoid them
_GENERATED = frozenset({"Error", "PyKinds", "PyCause", "SetPyCause", "PyItems", "PyStr", "PyRepr", "Unwrap"})


def _attrs_set(node: cst.ClassDef) -> set[str]:
    """Attribute names a class's fields can have: annotated class-level names and every
    `self.x = ...` target in its methods."""
    from py2go.analysis.walk import walk

    out: set[str] = set()
    for stmt in node.body.body if isinstance(node.body, cst.IndentedBlock) else []:
        for small in stmt.body if isinstance(stmt, cst.SimpleStatementLine) else []:
            if isinstance(small, cst.AnnAssign) and isinstance(small.target, cst.Name):
                out.add(small.target.value)  # a dataclass field
    for n in walk(node.body):
        t = n.target if isinstance(n, cst.AnnAssign | cst.AssignTarget | cst.AugAssign) else None
        if isinstance(t, cst.Attribute) and isinstance(t.value, cst.Name) and t.value.value == "self":
            out.add(t.attr.value)
    return out


def _single_assign(stmt: cst.CSTNode) -> tuple[cst.BaseAssignTargetExpression, cst.BaseExpression] | None:
    """(target, value) of a statement line that is exactly one `target = value`."""
    if not isinstance(stmt, cst.SimpleStatementLine) or len(stmt.body) != 1:
        return None
    assign = stmt.body[0]
    if not isinstance(assign, cst.Assign) or len(assign.targets) != 1:
        return None
    return assign.targets[0].target, assign.value


def _is_main_guard(stmt: cst.CSTNode) -> bool:
    if not isinstance(stmt, cst.If) or stmt.orelse is not None:
        return False
    test = stmt.test
    if not isinstance(test, cst.Comparison) or len(test.comparisons) != 1:
        return False
    left, right = test.left, test.comparisons[0].comparator
    names_ = {getattr(left, "value", None), getattr(right, "value", None)}
    return "__name__" in names_ and any(
        isinstance(x, cst.SimpleString) and x.evaluated_value == "__main__" for x in (left, right)
    )


def _all_names(module: cst.Module) -> list[cst.Name]:
    return list(walk_names(module))


def _binding_node(node: cst.CSTNode, expected: cst.CSTNode) -> cst.CSTNode:
    return node


def _dc_default(value: cst.BaseExpression | None) -> cst.BaseExpression | None:
    if isinstance(value, cst.Call) and isinstance(value.func, cst.Name) and value.func.value == "field":
        for arg in value.args:
            if arg.keyword is not None and arg.keyword.value == "default_factory":
                return cst.Call(func=arg.value)
            if arg.keyword is not None and arg.keyword.value == "default":
                return arg.value
        return None
    return value


__all__ = ["ModuleTranslator", "FileResult", "FileContext", "EXC", "NONE"]


def _nested_defs(body: cst.CSTNode) -> list[cst.FunctionDef]:
    """FunctionDefs directly inside a function body's blocks (not inside classes or lambdas)."""
    from py2go.analysis.walk import children

    out: list[cst.FunctionDef] = []
    stack = list(children(body))
    while stack:
        node = stack.pop(0)
        if isinstance(node, cst.FunctionDef):
            out.append(node)
            continue
        if isinstance(node, cst.ClassDef | cst.Lambda):
            continue
        stack[:0] = list(children(node))
    return out
