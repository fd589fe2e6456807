"""Calls: rules first, then the script's own functions, classes and methods."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import libcst as cst

from py2go.analysis import shared
from py2go.analysis.types import (
    BOOL,
    EXC,
    FILE,
    FLOAT,
    INT,
    NONE,
    PRIMS,
    STR,
    ClassT,
    DictT,
    GenericT,
    ListT,
    Opaque,
    OptionalT,
    PyType,
    SetT,
    TupleT,
    TVar,
    elem_type,
)
from py2go.analysis.walk import names as walk_names
from py2go.ruleset import predicates
from py2go.ruleset.literals import literal_value
from py2go.ruleset.schema import Rule
from py2go.translate.context import ClassInfo, FuncInfo, G
from py2go.translate.expr import Unsupported
from py2go.translate.golit import go_string

if TYPE_CHECKING:
    from py2go.translate.module import ModuleTranslator


@dataclass
class Capture:
    """What a template sees for one capture: Go text plus types; predicates see node and pytype."""

    code: str
    node: Any
    pytype: str
    type: str  # Go type
    elem: str  # Go type of the element (containers), else ""
    g: G | None = None
    is_param: bool = False
    nilable_value: bool = False  # a dict whose values can be nil (classes, dicts, sets)
    is_exception: bool = False  # an exception value: a builtin one or of a script exception class
    failed: Unsupported | None = None  # why it has no Go translation (e.g. `type=int`)

    @property
    def py(self) -> str:
        """The Python source text of the capture (computed only when a template asks)."""
        return cst.Module([]).code_for_node(self.node) if isinstance(self.node, cst.CSTNode) else ""

    def __str__(self) -> str:
        if self.failed is not None:
            raise self.failed
        return self.code


class RuleContext:
    """The `ctx` object templates get: temp names, error returns, Go types."""

    def __init__(self, tr: ModuleTranslator) -> None:
        self._tr = tr

    def tmp(self, base: str = "v") -> str:
        return self._tr.ctx.tmp(base)

    @property
    def script(self) -> str:
        """The Python file's base name (what Python shows as the program name)."""
        return self._tr.path.replace("\\", "/").rsplit("/", 1)[-1]

    def on_error(self, err: str = "err") -> str:
        return self._tr.error_sink(err)

    def gotype(self, pytype: str) -> str:
        return self._tr.gotype(self._tr.parse_pytype(pytype, {}))

    def str_of(self, cap: Capture) -> str:
        return self._tr.str_of(cap.g) if cap.g is not None else str(cap)  # str() raises a failed capture

    def truthy(self, cap: Capture) -> str:
        return self._tr.truthy(cap.g) if cap.g is not None else str(cap)

    result: PyType | None = None  # the rule's `returns` type, known before rendering

    def _part(self, which: str) -> str:
        t = self._tr.u.deep(self.result) if self.result is not None else None
        if isinstance(t, DictT):
            return self._tr.gotype(t.key if which == "key" else t.value)
        el = elem_type(t) if t is not None else None
        return self._tr.gotype(el) if el is not None else "any"

    @property
    def result_go(self) -> str:
        """The Go type of the rule's `returns` (resolved at the end of the pass if still open)."""
        return self._tr.gotype(self.result) if self.result is not None else ""

    @property
    def result_elem(self) -> str:
        return self._part("elem")

    @property
    def result_param(self) -> str:
        """The Go type of the first parameter of a library generic result (queue[T]: T)."""
        t = self._tr.u.deep(self.result) if self.result is not None else None
        return self._tr.gotype(t.args[0]) if isinstance(t, GenericT) and t.args else "any"

    @property
    def result_value_elem(self) -> str:
        """The Go element type of the values of a dict result (defaultdict(set): the set's items)."""
        t = self._tr.u.deep(self.result) if self.result is not None else None
        el = elem_type(self._tr.u.deep(t.value)) if isinstance(t, DictT) else None
        return self._tr.gotype(el) if el is not None else "any"

    @property
    def result_key(self) -> str:
        return self._part("key")

    @property
    def result_value(self) -> str:
        return self._part("value")

    def isinstance(self, x: Capture, t: Capture) -> str:
        tr = self._tr
        names = [e.value for e in t.node.elements] if isinstance(t.node, cst.Tuple) else [t.node]
        actual = tr.u.deep(x.g.t) if x.g is not None else None
        maybe_none = isinstance(actual, OptionalT)  # d.get(k): None is no instance of anything
        if maybe_none:
            actual = tr.u.deep(actual.inner)
        yes = f"{x.code} != nil" if maybe_none else "true"
        if str(actual) == "Any":  # a dynamic value (json/yaml data): only known at run time
            kinds = [tr.resolver(n) or "" for n in names]
            if all(k in ("int", "float", "str", "bool", "list", "dict") for k in kinds):
                return f"pyrt.DynIsInstance({x.code}, {', '.join(chr(34) + k + chr(34) for k in kinds)})"
            raise Unsupported(
                "PG105", "isinstance() of a dynamic value with a class other than a builtin", t.node
            )
        dynamic: list[str] = []  # checks only the object can answer, or-ed
        for n in names:
            q = tr.resolver(n) or ""
            want = {
                "int": "int",
                "float": "float",
                "str": "str",
                "bool": "bool",
                "list": "list",
                "dict": "dict",
                "set": "set",
                "tuple": "tuple",
            }.get(q)
            text = str(actual)
            if want and (text == want or text.startswith(want + "[")) or (want == "int" and text == "bool"):
                return yes
            cname = tr.class_ref(n)
            cls = tr.classes[cname] if cname is not None else None
            is_exc_value = actual == EXC or isinstance(actual, ClassT) and actual.is_exception
            if is_exc_value and (cls is not None and cls.is_exception or cls is None and q in _EXC_NAMES):
                if (
                    isinstance(actual, ClassT)
                    and cls is not None
                    and cls.py_name in tr.u.ancestors(actual.name)
                ):
                    return yes
                tr.ctx.uses_pyrt = True  # an error value: its Python class chain decides
                dynamic.append(f'pyrt.IsKind({x.code}, "{cls.py_name if cls is not None else q}")')
                continue
            if isinstance(actual, ClassT) and cls is not None:
                if cls.py_name in tr.u.ancestors(actual.name):
                    return yes  # the static class is that class or a subclass of it
                if actual.name in tr.u.ancestors(cls.py_name) and tr.in_hierarchy(cls):
                    if cls.package is not None:
                        raise Unsupported(
                            "PG105",
                            f"isinstance() of {actual.name} against {cls.py_name} of a local module",
                            t.node,
                        )
                    tr.isinstance_used.add(cls.py_name)
                    dynamic.append(f"is{cls.go_name}({x.code})")  # a subclass: ask the object
        if len(dynamic) > 1 and not x.code.isidentifier():
            raise Unsupported("PG105", "isinstance() of an expression against several classes", t.node)
        if not dynamic:
            return "false"
        return dynamic[0] if len(dynamic) == 1 else f"({' || '.join(dynamic)})"

    def range_list(self, args: list[Capture]) -> str:
        codes = [str(a) for a in args]
        if len(codes) == 1:
            codes = ["0", codes[0], "1"]
        elif len(codes) == 2:
            codes.append("1")
        return f"pyrt.RangeList({', '.join(codes)})"

    def str_format(self, fmt: Capture, args: list[Capture], kwargs: dict[str, Capture] | None = None) -> str:
        for a in [*args, *(kwargs or {}).values()]:
            if a.failed is not None:
                raise a.failed
        named = {k: v.g for k, v in (kwargs or {}).items()}
        return self._tr.str_format(fmt.node, [a.g for a in args], fmt.node, named)


class CallMixin:
    def resolve_builtin(self: ModuleTranslator, node: cst.CSTNode) -> str | None:
        return self.resolver(node)

    def try_rules(self: ModuleTranslator, node: cst.CSTNode, kind: str = "expr") -> G | None:
        """Translate `node` with the first matching rule whose predicates hold, or None."""
        outer, self.capture_cache = self.capture_cache, {}  # captures shared by this node's candidates
        try:
            return self._try_rules(node, kind)
        finally:
            self.capture_cache = outer

    def rule_candidates(
        self: ModuleTranslator, kind: str, node: cst.CSTNode
    ) -> list[tuple[Any, dict[str, Any]]]:
        """The engine's matches for a node, remembered across passes: a node's place (and so
        what its names resolve to) does not change between passes, and every pass asks again."""
        key = (kind, id(node))
        hit = self.match_cache.get(key)
        if hit is not None and hit[0] is node:
            return hit[1]
        found = self.engine.candidates(kind, node, self.resolver)
        self.match_cache[key] = (node, found)
        return found

    def _try_rules(self: ModuleTranslator, node: cst.CSTNode, kind: str = "expr") -> G | None:
        """Translate `node` with the first matching rule whose predicates hold, or None."""
        self.rule_miss = ""
        found = self.rule_candidates(kind, node)
        if not found:
            return None
        if kind == "expr":
            self.type_receiver_from_method(node)
        failed: Rule | None = None
        error: Unsupported | None = None
        for cand, caps in found:
            mark = self.checkpoint()
            try:
                values = self.capture_values(caps)
            except Unsupported as exc:  # a capture this rule would need cannot be translated
                self.rollback(mark)
                error = error or exc
                continue
            if not self.where_holds(cand.rule, values):
                self.rollback(mark)
                failed = failed or cand.rule
                # a capture that could not be translated is the real reason, not the types
                error = error or next(
                    (
                        v.failed
                        for v in values.values()
                        if isinstance(v, Capture) and v.failed and not isinstance(v.node, cst.Name)
                    ),
                    None,
                )
                continue
            return self.apply_rule(cand.rule, values, node)
        if error is not None:
            raise error
        if failed is None:
            assert error is not None
            raise error
        if "diagnostic" in failed.otherwise:
            raise Unsupported(
                failed.otherwise["diagnostic"], f"{failed.id}: {failed.caveats or failed.summary}", node
            )
        types = ", ".join(f"{k}: {v.pytype}" for k, v in values.items() if isinstance(v, Capture))
        self.rule_miss = f"rules for this form do not accept these types ({types})"
        return None  # the core translators may still handle it (e.g. `*` on numbers)

    def capture_values(self: ModuleTranslator, caps: dict[str, Any]) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for name, cap in caps.items():
            if cap is None:
                values[name] = None
            elif isinstance(cap, list):
                values[name] = [self.capture(c) for c in cap]
            elif isinstance(cap, dict):
                values[name] = {k: self.capture(v) for k, v in cap.items()}
            else:
                values[name] = self.capture(cap)
        return values

    def capture(self: ModuleTranslator, node: cst.CSTNode) -> Capture:
        """A capture's translation; reused (as a copy) by the other rule candidates of the same
        node when it emitted no statements, since several rules often match one call."""
        cached = self.capture_cache.get(id(node))
        if cached is not None and cached[0] is node:
            return dataclasses.replace(cached[1])
        mark = self.checkpoint()
        cap = self._capture(node)
        if self.checkpoint() == mark:
            self.capture_cache[id(node)] = (node, cap)
        return dataclasses.replace(cap)

    def _capture(self: ModuleTranslator, node: cst.CSTNode) -> Capture:
        getter = self.getter_lambda(node)
        if getter is not None:  # key=itemgetter(1) is key=lambda item: item[1]
            return Capture("", getter, "lambda", "", "")
        if (
            isinstance(node, cst.Lambda)
            or isinstance(node, cst.Name)
            and (
                node.value in self.funcs
                and self.lookup(node.value) is None
                or self.nested_func(node.value) is not None
            )
            or self.str_method_value(node) is not None
        ):  # key= functions are translated once the element type is known
            return Capture("", node, "lambda", "", "")
        if self.builtin_value_name(node) is not None:  # `int` in isinstance(x, int), type=int...:
            # no Go value; prepare_lambdas makes it a function where the rule calls one
            return Capture("", node, "unknown", "", "", failed=Unsupported("PG105", "a builtin", node))
        return self._capture_value(node)

    def _capture_value(self: ModuleTranslator, node: cst.CSTNode) -> Capture:
        mark = self.checkpoint()
        try:
            g = self.expr(node)
        except Unsupported as exc:  # still usable through .py (e.g. `type=int` in add_argument)
            self.rollback(mark)
            return Capture("", node, "unknown", "", "", failed=exc)
        t = self.u.deep(g.t)
        el = elem_type(t)
        is_param = (
            isinstance(node, cst.Name)
            and self.fn is not None
            and node.value in self.fn.scope.params
            and not self.is_pointer_param(node.value)
        )
        return Capture(
            g.code,
            node,
            str(t),
            self.gotype(t),
            self.gotype(el) if el is not None else "",
            g,
            is_param=is_param,
            nilable_value=isinstance(t, DictT) and self.nilable(t.value),
            is_exception=t in (EXC, OptionalT(EXC)) or isinstance(t, ClassT) and t.is_exception,
        )

    def where_holds(self: ModuleTranslator, rule: Rule, values: dict[str, Any]) -> bool:
        for name, preds in rule.where.items():
            cap = values.get(name)
            if cap is None:  # an optional `$?X` keyword that is absent: nothing to check
                continue
            caps = cap if isinstance(cap, list) else [cap]
            for c in caps:
                self.settle_dynamic(c, preds)
                if not all(predicates.check(p, c) for p in preds):
                    return False
        return True

    def settle_dynamic(self: ModuleTranslator, cap: Any, preds: tuple[str, ...]) -> None:
        """A dynamic value (Any) where a rule needs a str/int/list...: check and convert it at
        run time (TypeError, as Python would raise on the operation, when it is not one). A Path
        where a rule takes a `pathlike` file name is its text, as open() and os functions take it."""
        if isinstance(cap, Capture) and cap.g is not None and "pathlike" in preds:
            path = cap.pytype == "path"
            if path or isinstance(self.u.resolve(cap.g.t), TVar):  # an unknown: a parameter callers type
                if path:
                    cap.code = f"{cap.code}.Str()"
                    cap.g = G(cap.code, STR)
                else:
                    self.u.join(cap.g.t, STR)
                cap.pytype, cap.type = "str", "string"
                return
        if not isinstance(cap, Capture) or cap.pytype != "Any" or cap.g is None:
            return
        wanted = next((p for p in preds if p in _SETTLE), None)
        if wanted is None:
            return
        conv, pytype = _SETTLE[wanted]
        self.ctx.uses_pyrt = True
        t = self.parse_pytype(pytype, {})
        cap.code = f"pyrt.{conv}({cap.code})"
        cap.g = G(cap.code, t)
        cap.pytype, cap.type = str(t), self.gotype(t)
        el = elem_type(t)
        cap.elem = self.gotype(el) if el is not None else ""
        cap.nilable_value = isinstance(t, DictT) and self.nilable(t.value)  # dict[str, Any]: nil when missing

    def apply_rule(self: ModuleTranslator, rule: Rule, values: dict[str, Any], node: cst.CSTNode) -> G:
        self.ctx.imports.update(rule.emit.imports)
        if rule.emit.needs_pyrt:
            self.ctx.uses_pyrt = True
        self.ctx.rules_used[rule.id] = self.ctx.rules_used.get(rule.id, 0) + 1
        if rule.kind == "except" and self.except_reads_exc:
            values = {**values, "AS": Capture("", node, "", "", "")}  # see except_condition
        if rule.warn and (why := _warning(rule, values)):
            self.warn(rule.warn, f"{rule.id}: {why}", node)
        self.prepare_lambdas(values, rule)
        for cap_name, spec in rule.unify.items():
            cap = values.get(cap_name)
            if isinstance(cap, Capture) and cap.g is not None and not spec.startswith("Callable["):
                wanted = self.parse_pytype(spec, values)
                try:
                    self.join(cap.g.t, wanted, node)
                except Unsupported:
                    # doc.get("env", "dev") then doc.get("services", []) on json data: the local
                    # holding it becomes a dict of dynamic values rather than a PG402
                    held = cap.node.value if isinstance(cap.node, cst.Name) else None
                    if not (held and self.widenable(held) and self.u.widen_values(self.var_type(held))):
                        raise
                    self.join(cap.g.t, wanted, node)
                values = self.capture_values_refresh(values)
        for cap_name, spec in rule.coerce.items():
            cap = values.get(cap_name)
            if isinstance(cap, Capture) and cap.g is not None:
                target = self.parse_pytype(spec, values)
                self.join(target, cap.g.t, node)
                cap.code = self.coerce(cap.g, target)
        rtype = self.parse_pytype(rule.emit.returns, values) if rule.emit.returns else NONE
        writeback = self.alias_writeback(values.get(rule.mutates), node) if rule.mutates else None
        if rule.stores and isinstance(values.get(rule.stores), Capture):
            self.mark_stored(values[rule.stores].node)
        if rule.shows:
            shown = values.get(rule.shows)
            for cap in shown if isinstance(shown, list) else [shown]:
                if isinstance(cap, Capture) and cap.g is not None:
                    self.note_shown(cap.g)
        rctx = RuleContext(self)
        rctx.result = rtype
        code = self.engine.render(rule, {**values, "ctx": rctx})
        if writeback is not None and not rule.emit.fallible:
            if rtype == NONE:
                self.out.emit(code)
                self.out.emit(writeback)
                return G("", NONE)
            name = self.ctx.tmp("v")
            self.out.emit(f"{name} := {code}")
            self.out.emit(writeback)
            return G(name, rtype)
        if rule.emit.fallible:
            self.mark_fallible()
            if rtype == NONE:
                self.out.emit(f"if err := {code}; err != nil {{")
                self.out.emit(self.error_sink("err"))
                self.out.emit("}")
                return G("", NONE)
            name = self.ctx.tmp("v")
            self.out.emit(f"{name}, err := {code}")
            self.out.emit("if err != nil {")
            self.out.emit(self.error_sink("err"))
            self.out.emit("}")
            return G(name, rtype)
        return G(code, rtype)

    def alias_writeback(self: ModuleTranslator, cap: Any, node: cst.CSTNode) -> str | None:
        """The write-back for a list variable that aliases a container slot, if this grows one."""
        fn = self.fn
        if not isinstance(cap, Capture) or not isinstance(cap.node, cst.Name) or fn is None:
            return None
        lines = self.list_writeback(cap.node.value, node)
        return "\n".join(lines) if lines else None

    def list_writeback(self: ModuleTranslator, name: str, node: cst.CSTNode) -> list[str]:
        """Go statements that make every other holder of list `name` see its growth: the
        container slot it was taken from, and the variables bound to the same list."""
        fn = self.fn
        if fn is None:
            return []
        self.check_growth(name, node)
        go = self.var_go(name)
        out = [f"{self.var_go(other)} = {go}" for other in sorted(fn.links.get(name, ()))]
        if name in fn.aliases:  # after the links: the slot's write-back may name a linked variable
            back = fn.aliases[name]
            if back is None:
                raise Unsupported(
                    "PG304",
                    f"'{name}' is a list taken from a container and grown in place; "
                    "Go would not update the container",
                    node,
                )
            out.append(back)
        return out

    def capture_values_refresh(self: ModuleTranslator, values: dict[str, Any]) -> dict[str, Any]:
        """Re-render Go types of captures after a unification refined them."""
        for cap in values.values():
            if isinstance(cap, Capture) and cap.g is not None:
                t = self.u.deep(cap.g.t)
                cap.pytype, cap.type = str(t), self.gotype(t)
        return values

    def getter_lambda(self: ModuleTranslator, node: cst.CSTNode) -> cst.Lambda | None:
        """operator.itemgetter/attrgetter with literal arguments as the lambda they stand for."""
        if not isinstance(node, cst.Call) or not node.args:
            return None
        kind = self.imports.qualified(node.func) or ""
        if kind not in ("operator.itemgetter", "operator.attrgetter"):
            return None
        if any(a.keyword is not None or a.star for a in node.args):
            return None
        parts = []
        for a in node.args:
            value = literal_value(a.value) if isinstance(a.value, cst.SimpleString | cst.Integer) else None
            if (
                kind == "operator.attrgetter"
                and isinstance(value, str)
                and all(p.isidentifier() for p in value.split("."))
            ):
                parts.append("item_." + value)
            elif kind == "operator.itemgetter" and isinstance(value, int | str):
                parts.append(f"item_[{value!r}]")
            else:
                return None  # a computed argument is evaluated once by itemgetter, each call by a lambda
        body = parts[0] if len(parts) == 1 else f"({', '.join(parts)})"
        lam = cst.parse_expression(f"lambda item_: {body}")
        assert isinstance(lam, cst.Lambda)
        return lam

    def prepare_lambdas(self: ModuleTranslator, values: dict[str, Any], rule: Rule | None = None) -> None:
        """`key=` captures are lambdas: translate them with the element type of the sequence; a
        rule's `callables` name the parameter types of the functions it calls (ex.submit), and
        `unify: {F: "Callable[[str], Any]"}` those of a function it adapts itself (type=)."""
        for name, cap in list(values.items()):
            spec = rule.unify.get(name, "") if rule is not None else ""
            if (
                isinstance(cap, Capture)
                and cap.failed is not None
                and rule is not None
                and self.builtin_value_name(cap.node) is not None
                and (
                    spec.startswith("Callable[[")
                    or name in rule.callables
                    or f"key=${name}" in rule.match
                    or f"key=$?{name}" in rule.match
                )
            ):  # `map(int, xs)`, `key=len`: a builtin where the rule calls a function
                cap = values[name] = Capture("", cap.node, "lambda", "", "")
            if isinstance(cap, Capture) and cap.pytype == "lambda" and spec.startswith("Callable[["):
                params = spec[len("Callable[[") :].split("]", 1)[0]
                want = spec.rsplit(",", 1)[1].strip()[:-1]
                lam = self.lambda_for(
                    cap.node,
                    [self.parse_pytype(p.strip(), values) for p in params.split(",")],
                    want_bool=want == "bool",
                )
                values[name] = Capture(lam.code, cap.node, "lambda", "", "", lam)
            elif isinstance(cap, Capture) and cap.g is not None and spec.startswith("Callable[["):
                ft = self.u.deep(cap.g.t)  # a function value (a variable, a parameter): its types
                if isinstance(ft, FuncT_):
                    ft = ft.source
                    params = spec[len("Callable[[") :].split("]", 1)[0].split(",")
                    want = spec.rsplit(",", 1)[1].strip()[:-1]
                    if len(params) != len(ft.params):
                        raise Unsupported(
                            "PG107", f"a function of {len(ft.params)} parameter(s) here", cap.node
                        )
                    for p, t in zip(params, ft.params, strict=True):
                        self.join(t, self.parse_pytype(p.strip(), values), cap.node)
                    if want not in ("_", "Any"):
                        self.join(ft.result, self.parse_pytype(want, values), cap.node)
            elif rule is not None and name in rule.callables:
                if not isinstance(cap, Capture) or cap.pytype != "lambda":
                    node = cap.node if isinstance(cap, Capture) else None
                    raise Unsupported(
                        "PG107", "only a module-level function or a lambda is translated as a callable", node
                    )
                self.check_shared_state(cap.node)
                types, sources = self.callable_params(rule.callables[name], values)
                fn, pointers = self.callable_for(cap.node, types)
                for i in pointers:  # a list the function grows: pass the caller's variable itself
                    src = sources[i]
                    if src is None:
                        raise Unsupported(
                            "PG304",
                            "the function grows a list argument in place; here Go would not",
                            cap.node,
                        )
                    src.code = self.address_of(src.code, src.node, f"argument {i + 1}")
                values[name] = Capture(fn.code, cap.node, "lambda", "", "", fn)
            elif (
                isinstance(cap, Capture)
                and cap.pytype == "lambda"
                and rule is not None
                and f"key=${name}" not in rule.match
                and f"key=$?{name}" not in rule.match
            ):  # not a key function: a function value like any other (`calls.append(lambda: ..)`)
                values[name] = self._capture_value(cap.node)
            elif isinstance(cap, Capture) and cap.pytype == "lambda":
                seq = next(
                    (v for v in values.values() if isinstance(v, Capture) and v.g is not None and v.elem),
                    None,
                )
                if seq is None:
                    raise Unsupported("PG107", "lambda whose argument type is unknown", cap.node)
                el = elem_type(self.u.deep(seq.g.t))
                assert el is not None
                lam = self.lambda_for(cap.node, [el])
                values[name] = Capture(lam.code, cap.node, "lambda", "", "", lam)

    def check_late_binding(self: ModuleTranslator, node: cst.Lambda) -> None:
        """A lambda run later reads its free variables when it runs (Python binds late); a Go
        closure over a loop variable sees that iteration's value. Refuse the difference."""
        params = {p.name.value for p in node.params.params}
        free = {n.value for n in walk_names(node.body)} - params
        fn = self.fn
        for name in sorted(free):
            rebound = any(name in scope for scope in self.comp_scopes)
            info = fn.scope.locals.get(name) if fn is not None else None
            if info is not None:
                binds = [o for o in info.occurrences if o.kind not in ("load", "del")]
                rebound = rebound or len(binds) > 1 or any(o.kind == "loop" for o in binds)
            if rebound:
                raise Unsupported(
                    "PG107",
                    f"the lambda reads '{name}', which is rebound (a loop variable): Python's lambda "
                    "sees its value when the call runs, not when it was submitted; pass it as an argument",
                    node,
                )

    def check_shared_state(self: ModuleTranslator, node: cst.CSTNode) -> None:
        """Refuse a callable that mutates shared state without a lock: it runs in a goroutine,
        where that is a data race (CPython's GIL makes each such operation atomic)."""
        shared_names: set[str] = set()
        nested = self.nested_func(node.value) if isinstance(node, cst.Name) else None
        if nested is not None:  # a nested def: the enclosing functions' variables are shared too
            worker: cst.FunctionDef | cst.Lambda = nested.node
            for st in [self.fn, *self.outer_fns]:
                if st is not None and st.info is not None:
                    shared_names.update(st.scope.locals, st.scope.params)
        elif isinstance(node, cst.Name) and node.value in self.funcs:
            worker = self.funcs[node.value].node
        elif isinstance(node, cst.Lambda):
            worker = node
            self.check_late_binding(node)
        else:
            return
        if self.module_globals is None:
            self.module_globals = shared.module_globals(self.module)
        funcs = {name: info.node for name, info in self.funcs.items()}
        found = shared.unguarded_mutations(worker, self.module_globals | shared_names, funcs)
        if found:
            m = found[0]
            text = cst.Module([]).code_for_node(m.node).strip().splitlines()[0]
            raise Unsupported(
                "PG305",
                f"'{m.func}' runs concurrently and mutates shared '{m.name}' without a lock "
                f"(`{text}`): a data race in Go",
                node,
            )

    def callable_params(
        self: ModuleTranslator, specs: tuple[str, ...], values: dict[str, Any]
    ) -> tuple[list[PyType], list[Capture | None]]:
        """Parameter types from a rule's `callables` entry, and the capture passed for each (None
        when the runtime supplies it): a list capture (`$*ARGS`) gives one parameter per
        argument, anything else is a type (`elem(XS)`)."""
        types: list[PyType] = []
        sources: list[Capture | None] = []
        for spec in specs:
            cap = values.get(spec)
            if isinstance(cap, list):
                if len(cap) > 6:  # the runtime binds up to six (pyrt.Bind1..Bind6)
                    raise Unsupported(
                        "PG105", "more than 6 arguments for a callable a rule calls", cap[6].node
                    )
                types.extend(c.g.t if c.g is not None else self.u.fresh() for c in cap)
                sources.extend(cap)
            else:
                types.append(self.parse_pytype(spec, values))
                sources.append(None)
        return types, sources

    def callable_for(
        self: ModuleTranslator, node: cst.CSTNode, arg_types: list[PyType]
    ) -> tuple[G, list[int]]:
        """A Go func literal calling a module-level function or a lambda with `arg_types`.

        It always returns one value (`any` nil for None) so that generic runtime helpers
        (pyrt.Submit, pyrt.Bind2) take every function; an exception raised inside panics and
        the helper that runs it (a worker goroutine) recovers it as that call's exception. Also
        returns the positions of lists the function grows in place: those parameters are
        pointers, and the caller passes the address of its variable."""
        pointers: list[int] = []
        nested = self.nested_func(node.value) if isinstance(node, cst.Name) else None
        if nested is not None and self.plain_go_func(nested, arg_types, False):
            for p, a in zip(nested.param_types, arg_types, strict=True):
                self.join(p, a, node)
            return G(nested.go_name, FuncT_(tuple(arg_types), nested.ret)), []
        if nested is not None:  # through `lambda a0..: f(a0..)` (an error result to panic with)
            names = [cst.Name(f"__py2go_a{i}") for i in range(len(arg_types))]
            call = cst.Call(func=node, args=[cst.Arg(n) for n in names])
            node = cst.Lambda(params=cst.Parameters(params=[cst.Param(n) for n in names]), body=call)
        elif isinstance(node, cst.Name) and node.value in self.funcs and self.lookup(node.value) is None:
            info = self.funcs[node.value]
            pointers = [
                i
                for i in range(min(len(arg_types), len(info.params)))
                if info.params[i] in info.grown and isinstance(self.u.deep(info.param_types[i]), ListT)
            ]
            ret = self.u.deep(info.ret)
            if (  # plain Go: the function itself when it already has the shape the helper takes
                not pointers
                and not info.fallible
                and info.returns_value
                and ret != NONE
                and not isinstance(ret, TupleT)
                and len(info.params) == len(arg_types)
                and isinstance(info.node.params.star_arg, cst.MaybeSentinel)
                and not info.node.params.kwonly_params
                and all(
                    self.u.deep(self.join(p, a, node)) == self.u.deep(a)
                    for p, a in zip(info.param_types, arg_types, strict=True)
                )
            ):
                return G(info.go_name, FuncT_(tuple(arg_types), info.ret)), []
            names = [cst.Name(f"__py2go_a{i}") for i in range(len(arg_types))]
            call = cst.Call(func=node, args=[cst.Arg(n) for n in names])
            node = cst.Lambda(params=cst.Parameters(params=[cst.Param(n) for n in names]), body=call)
        if not isinstance(node, cst.Lambda):
            raise Unsupported(
                "PG107", "only a module-level function or a lambda is translated as a callable", node
            )
        params = [p.name.value for p in node.params.params]
        if (
            len(params) != len(arg_types)
            or node.params.star_arg is not cst.MaybeSentinel.DEFAULT
            or node.params.kwonly_params
            or node.params.star_kwarg is not None
        ):
            raise Unsupported("PG105", f"the callable must take exactly {len(arg_types)} argument(s)", node)
        go_params, lines, res = self.lambda_parts(params, arg_types, node, frozenset(pointers))
        rt = self.u.deep(res.t)
        if rt == NONE:
            if res.code and res.code != "nil":
                lines.append(res.code)
            code = f"func({', '.join(go_params)}) any {{\n" + "\n".join([*lines, "return nil"]) + "\n}"
        else:
            code = (
                f"func({', '.join(go_params)}) {self.gotype(res.t)} {{\n"
                + "\n".join([*lines, f"return {res.code}"])
                + "\n}"
            )
        return G(code, FuncT_(tuple(arg_types), res.t)), pointers

    def type_receiver_from_method(self: ModuleTranslator, node: cst.CSTNode) -> None:
        """`value.encode()` on a name nothing typed yet: when every rule for that method wants
        one receiver type (and no script class has such a method), the name has that type, as
        a careful reader would conclude; any other value would fail in Python too."""
        if not (
            isinstance(node, cst.Call)
            and isinstance(node.func, cst.Attribute)
            and isinstance(node.func.value, cst.Name)
        ):
            return
        method = node.func.attr.value
        hit = self.lookup(node.func.value.value)
        if hit is None or not isinstance(self.u.resolve(hit.t), TVar):
            return
        if any(method in c.methods for c in self.classes.values()):
            return
        kind = self.engine.receiver_type(method)
        typed = {"str": STR, "file": FILE}
        if kind in typed:
            t: PyType = typed[kind]
        elif kind == "list":
            t = ListT(self.u.fresh())
        elif kind == "dict":
            t = DictT(self.u.fresh(), self.u.fresh())
        elif kind == "set":
            t = SetT(self.u.fresh())
        elif kind is not None and kind.isidentifier() and kind not in PRIMS:
            t = Opaque(kind)  # a library value a rule names (match, regex, hash_obj)
            try:
                self.gotype(t)
            except Unsupported:
                return  # a library generic (queue[T]): its parameters are not known here
        else:
            return
        self.u.join(hit.t, t)

    def parse_pytype(self: ModuleTranslator, text: str, values: dict[str, Any]) -> PyType:
        return self._pytype(_parse_type_text(text), values)

    def _pytype(self: ModuleTranslator, node: cst.BaseExpression, values: dict[str, Any]) -> PyType:
        if isinstance(node, cst.Name):
            if node.value in PRIMS:
                return PRIMS[node.value]
            if node.value == "Exception":
                return EXC
            if node.value == "file":
                from py2go.analysis.types import FILE

                return FILE
            if node.value == "_":
                return self.u.fresh()
            if node.value in values and isinstance(values[node.value], Capture):
                cap = values[node.value]
                return cap.g.t if cap.g is not None else self.u.fresh()
            return Opaque(node.value)
        if isinstance(node, cst.Call) and isinstance(node.func, cst.Name):
            arg = self._pytype(node.args[0].value, values) if node.func.value != "argdest" else NONE
            arg = self.u.shape(arg)
            fn = node.func.value
            if fn == "elem":
                if isinstance(arg, FuncT_):
                    return arg.result
                if isinstance(arg, GenericT) and arg.args:  # future[T], queue[T]: T
                    return arg.args[0]
                el = elem_type(arg)
                return el if el is not None else self.u.fresh()
            if fn == "argdest":
                cap = (
                    values.get(node.args[0].value.value) if isinstance(node.args[0].value, cst.Name) else None
                )
                name = cap.py if isinstance(cap, Capture) else ""
                text = self.argdests.get(name)
                if text is None:
                    raise Unsupported(
                        "PG104", f"'{name}' is not an argument any add_argument call defines", node
                    )
                return self.parse_pytype(text, {})
            if fn == "same":
                return arg
            if fn in ("first", "second", "third", "fourth"):
                el = self.u.deep(elem_type(arg) or self.u.fresh())
                idx = ("first", "second", "third", "fourth").index(fn)
                return el.items[idx] if isinstance(el, TupleT) and len(el.items) > idx else self.u.fresh()
            if fn == "key":
                return arg.key if isinstance(arg, DictT) else self.u.fresh()
            if fn == "value":
                return arg.value if isinstance(arg, DictT) else self.u.fresh()
            if fn == "result":
                return arg.result if isinstance(arg, FuncT_) else self.u.fresh()
            if fn == "items":
                return ListT(TupleT((arg.key, arg.value))) if isinstance(arg, DictT) else self.u.fresh()
        if isinstance(node, cst.Subscript) and isinstance(node.value, cst.Name):
            args = [self._pytype(s.slice.value, values) for s in node.slice if isinstance(s.slice, cst.Index)]
            head = node.value.value
            if head == "list":
                return ListT(args[0])
            if head == "set":
                return SetT(args[0])
            if head == "dict":
                return DictT(args[0], args[1])
            if head == "tuple":
                return TupleT(tuple(args))
            if head == "Optional":
                inner = self.u.deep(args[0])
                return inner if isinstance(inner, OptionalT) else OptionalT(args[0])
            if head.islower() and head.isidentifier():  # a library generic: future[T], queue[T]
                return GenericT(head, tuple(args))
        raise Unsupported(
            "PG105", f"unsupported type expression '{cst.Module([]).code_for_node(node)}'", node
        )

    # ------------------------------------------------------------------ calls
    def exception_message(self: ModuleTranslator, cls: ClassInfo, arg: G) -> str:
        """str(exc) of a one-argument exception: KeyError and its subclasses show the repr."""
        if "KeyError" in self.exception_kinds(cls):
            self.ctx.uses_pyrt = True
            return f"pyrt.Repr({arg.code})"
        return self.str_of(arg)

    def super_init(self: ModuleTranslator, node: cst.Call) -> G:
        """`super().__init__(...)`: the base class's pyInit on this object, or an exception's message."""
        fn = self.fn
        cls = (
            self.classes.get(fn.info.cls) if fn is not None and fn.info is not None and fn.info.cls else None
        )
        if cls is None or not fn.info.py_name.endswith(".__init__"):
            raise Unsupported("PG103", "super().__init__() outside a class's __init__", node)
        base = self.base_of(cls)
        base_init = self.find_method(base, "__init__") if base is not None else None
        if base is not None and base_init is not None:
            args = self.bind_args(base_init, node)
            call = f"{self.var_go('self')}.{base.go_name}.pyInit({', '.join(args)})"
            if base_init.fallible:
                self.mark_fallible()
                self.out.emit(f"if _, err := {call}; err != nil {{")
                self.out.emit(self.error_sink("err"))
                self.out.emit("}")
            else:
                self.out.emit(call)
            return G("", NONE)
        if not cls.is_exception:
            if node.args:
                raise Unsupported("PG105", "object.__init__() takes no arguments", node)
            return G("", NONE)  # object.__init__: nothing to do
        if len(node.args) > 1 or any(a.keyword for a in node.args):
            raise Unsupported("PG105", "exceptions are translated with at most one message argument", node)
        msg = self.exception_message(cls, self.expr(node.args[0].value)) if node.args else '""'
        self.out.emit(f"{self.var_go('self')}.PyMsg = {msg}")
        return G("", NONE)

    def super_call(self: ModuleTranslator, node: cst.Call, name: str) -> G:
        """`super().method(...)`: the base class's method on the embedded base part."""
        fn = self.fn
        cls = (
            self.classes.get(fn.info.cls) if fn is not None and fn.info is not None and fn.info.cls else None
        )
        base = self.base_of(cls) if cls is not None else None
        method = self.find_method(base, name) if base is not None else None
        if cls is None or base is None or method is None:
            raise Unsupported("PG103", f"super().{name}() without a script base class defining it", node)
        recv = G(f"{self.var_go('self')}.{base.go_name}", ClassT(base.py_name, base.is_exception))
        return self.call_user(method, node, recv)

    def is_self(self: ModuleTranslator, node: cst.BaseExpression) -> bool:
        """`self` inside a method (not shadowed by a comprehension variable)."""
        fn = self.fn
        return (
            isinstance(node, cst.Name)
            and node.value == "self"
            and fn is not None
            and fn.info is not None
            and fn.info.cls is not None
            and "self" in fn.scope.params
            and not any("self" in scope for scope in self.comp_scopes)
        )

    def self_g(self: ModuleTranslator) -> G:
        """The method's receiver: the concrete struct its fields and own methods live on."""
        assert self.fn is not None and self.fn.info is not None and self.fn.info.cls is not None
        cls = self.classes[self.fn.info.cls]
        return G(self.var_go("self"), ClassT(cls.py_name, cls.is_exception))

    def method_recv(self: ModuleTranslator, node: cst.BaseExpression, cls: ClassInfo, name: str) -> G:
        """Receiver of `x.name(...)`: `self` calls a subclass's override through pySelf."""
        if not self.is_self(node):
            return self.expr(node)
        me = self.self_g()
        if self.overridden_below(cls, name):
            return G(self.self_dispatch(cls, me.code), me.t)
        return me

    def x_Call(self: ModuleTranslator, node: cst.Call) -> G:
        func = node.func
        if (
            isinstance(func, cst.Attribute)
            and func.attr.value == "__init__"
            and isinstance(func.value, cst.Call)
            and isinstance(func.value.func, cst.Name)
            and func.value.func.value == "super"
        ):
            return self.super_init(node)
        if (
            isinstance(func, cst.Attribute)
            and isinstance(func.value, cst.Call)
            and isinstance(func.value.func, cst.Name)
            and func.value.func.value == "super"
            and not func.value.args
        ):
            return self.super_call(node, func.attr.value)
        if (  # Exception.__init__(self, msg): the old spelling of super().__init__(msg)
            isinstance(func, cst.Attribute)
            and func.attr.value == "__init__"
            and node.args
            and isinstance(node.args[0].value, cst.Name)
            and node.args[0].value.value == "self"
            and (self.resolver(func.value) or "") in _EXC_NAMES
        ):
            return self.super_init(node.with_changes(args=node.args[1:]))
        if isinstance(func, cst.Name) and (nested := self.nested_func(func.value)) is not None:
            return self.call_user(nested, node, None)  # a nested def: its Go func literal
        if isinstance(func, cst.Name | cst.Attribute) and (cname := self.class_ref(func)) is not None:
            with self.static_kwargs(node) as call:
                return self.construct(cname, call)  # C(...), or cls(...) in a classmethod
        if (
            isinstance(func, cst.Attribute)
            and (cname := self.class_ref(func.value)) is not None
            and (method := self.find_method(self.classes[cname], func.attr.value)) is not None
            and method.kind in ("static", "classmethod")
        ):
            with self.static_kwargs(node) as call:
                return self.call_user(method, call, None)  # Change.from_json(obj)
        if isinstance(func, cst.Name) and func.value in self.funcs and self.lookup(func.value) is None:
            if self.funcs[func.value].gen_elem is not None:
                raise Unsupported(
                    "PG102", f"generator {func.value}() used other than as a for loop's iterable", node
                )
            return self.call_user(self.funcs[func.value], node, None)
        if (ext := self.external_call(func)) is not None:  # a function of an imported local module
            return self.call_user(ext, node, None)
        if isinstance(func, cst.Attribute):
            recv_t = self.peek_type(func.value)
            if isinstance(recv_t, OptionalT):
                recv_t = self.u.deep(recv_t.inner)
            if isinstance(recv_t, ClassT) and recv_t.name in self.classes:
                cls = self.classes[recv_t.name]
                if cls.is_namedtuple and func.attr.value in ("_replace", "_asdict"):
                    return self.namedtuple_method(cls, func.value, func.attr.value, node)
                method = self.find_method(cls, func.attr.value)
                if method is not None and method.kind in ("static", "classmethod"):
                    if not isinstance(func.value, cst.Name):  # its value would be computed for nothing
                        raise Unsupported(
                            "PG105", f"{method.py_name}() called through a computed object", node
                        )
                    with self.static_kwargs(node) as call:
                        return self.call_user(method, call, None)  # self.helper(x)
                if method is not None and method.kind in ("property", "setter"):
                    raise Unsupported("PG104", f"call of the property {method.py_name}", node)
                if method is not None:
                    recv = self.method_recv(func.value, cls, func.attr.value)
                    return self.call_user(method, node, recv)
        if (
            isinstance(func, cst.Name)
            and func.value == "int"
            and self.resolver(func) == "int"
            and len(node.args) == 1
            and not node.args[0].keyword
            and not node.args[0].star
            and self.enum_kind_of(self.peek_type(node.args[0].value)) == "IntEnum"
        ):
            return self.int_enum_value(self.expr(node.args[0].value))  # int(Severity.WARNING)
        if (fv := self.func_value_of(func)) is not None:  # HANDLERS[kind](arg), fn() for fn: Callable
            return self.call_value(fv, node)
        if isinstance(func, cst.Name) and (hit := self.lookup(func.value)) is not None:
            raise Unsupported(
                "PG105",
                f"call through '{func.value}', a value of type {self.u.deep(hit.t)}, not a function",
                node,
            )
        rule = self.try_rules(node)
        if rule is not None:
            return rule
        name = self.resolver(func) or (func.attr.value if isinstance(func, cst.Attribute) else "call")
        kws = [a.keyword.value for a in node.args if a.keyword is not None]
        if kws and self.engine.candidates(
            "expr", node.with_changes(args=[a for a in node.args if a.keyword is None]), self.resolver
        ):
            raise Unsupported(
                "PG202", f"{name}() with keyword argument(s) {', '.join(kws)} has no rule", node
            )
        if name in ("eval", "exec", "compile"):
            raise Unsupported("PG101", f"{name}() runs code that only exists at run time", node)
        module = self.unmapped_module(func)
        if module is not None:
            raise Unsupported("PG203", f"no rules for module '{module}' ({name})", node)
        if self.rule_miss:
            raise Unsupported("PG201", f"{name}(): {self.rule_miss}", node)
        qualified = self.resolver(func) or ""
        imported = any(qualified.split(".")[0] == m.split(".")[0] for m, _ in self.imports.modules)
        if isinstance(func, cst.Attribute) and not imported:
            recv_t = self.peek_type(func.value)
            on = "a value of unknown type" if recv_t == NONE else str(recv_t)
            raise Unsupported("PG201", f"no rule for method '.{func.attr.value}()' on {on}", node)
        raise Unsupported("PG201", f"no rule for call to '{name}'", node)

    def func_value_of(self: ModuleTranslator, func: cst.BaseExpression) -> G | None:
        """The function value a call goes through: a variable, parameter, item or call result
        of a Callable type (not a name of a function, a class, a builtin or a method)."""
        if isinstance(func, cst.Name):
            hit = self.lookup(func.value)
            if hit is None:
                return None
            t = self.u.deep(hit.t)
            if isinstance(t, OptionalT):  # a narrowed `if check and check(x)`: nil is None
                t = self.u.deep(t.inner)
            return G(hit.code, t) if isinstance(t, FuncT_) else None
        if isinstance(func, cst.Subscript | cst.Call):
            t = self.peek_type(func)
            if isinstance(t, FuncT_):
                return self.expr(func)
        return None

    def unmapped_module(self: ModuleTranslator, func: cst.BaseExpression) -> str | None:
        """The imported module a call reaches into when no rule knows that module at all."""
        qualified = self.resolver(func)
        if not qualified or "." not in qualified:
            return None
        root = qualified.split(".")[0]
        if not any(root == m.split(".")[0] for m, _ in self.imports.modules):
            return None
        return None if root in self.engine.modules else root

    def peek_type(self: ModuleTranslator, node: cst.BaseExpression) -> PyType:
        """Type of an expression without keeping the code it would emit."""
        mark = self.checkpoint()
        try:
            with self.buf.capture():
                g = self.expr(node)
            return self.u.deep(g.t)
        except Unsupported:
            return NONE
        finally:
            self.rollback(mark)

    def class_ref(self: ModuleTranslator, node: cst.BaseExpression) -> str | None:
        """The script class `node` names: the class's own name, a classmethod's `cls`, or a class
        of an imported local module (`Host` imported from it, or `models.Host`)."""
        if isinstance(node, cst.Attribute):
            q = self.external(node)
            if q is not None and q.count(".") == 1:
                cls = self.classes.get(q.split(".")[1])
                if cls is not None and cls.module == q.split(".")[0]:
                    return cls.py_name
            return None
        if not isinstance(node, cst.Name) or any(node.value in scope for scope in self.comp_scopes):
            return None
        if node.value in self.classes and self.lookup(node.value) is None:
            cls = self.classes[node.value]
            if cls.module is not None and self.imports.qualified(node) != f"{cls.module}.{cls.py_name}":
                return None  # a class of a module this file uses, but not a name it imported
            return cls.py_name
        fn = self.fn
        if fn is not None and fn.info is not None and fn.info.cls_param == node.value and fn.info.cls:
            return fn.info.cls
        return None

    @contextmanager
    def static_kwargs(self: ModuleTranslator, node: cst.Call) -> Iterator[cst.Call]:
        """`C(**{"a": x})`, or `C(**kw)` where `kw` is a dict display of string keys bound once and
        used only there: the same call with keyword arguments, so they are checked as any other."""
        args: list[cst.Arg] = []
        scope: dict[str, G] = {}
        for arg in node.args:
            if arg.star != "**":
                args.append(arg)
                continue
            fn = self.fn
            if isinstance(arg.value, cst.Name) and fn is not None and arg.value.value in fn.kw_values:
                for key, g in fn.kw_values[arg.value.value]:  # held where the dict was built
                    placeholder = f"__py2go_kw_{len(scope)}"
                    scope[placeholder] = g
                    args.append(cst.Arg(value=cst.Name(placeholder), keyword=cst.Name(key)))
                continue
            keys = _static_keys(arg.value)
            if keys is None or not isinstance(arg.value, cst.Dict):
                raise Unsupported(
                    "PG106",
                    "**kwargs at a call site other than a dict display of string keys (or a name bound "
                    "once to one and used only there)",
                    node,
                )
            for key, e in zip(keys, arg.value.elements, strict=True):
                args.append(cst.Arg(value=e.value, keyword=cst.Name(key)))
        if not scope and len(args) == len(node.args):
            yield node
            return
        self.comp_scopes.append(scope)
        try:
            yield node.with_changes(args=args)
        finally:
            self.comp_scopes.pop()

    def static_dict(self: ModuleTranslator, name: str, value: cst.BaseExpression) -> list[str] | None:
        """The keys of `name = {"a": ..}` when this is the name's only binding in the function and
        its only other use is one `**name` in a call of a script class or of its static or class
        method (nothing can change the dict's keys; library calls keep their own rules)."""
        fn = self.fn
        keys = _static_keys(value)
        if keys is None or fn is None or fn.info is None or name not in fn.scope.locals:
            return None
        from py2go.analysis.walk import walk

        binds = uses = stars = 0
        for n in walk(fn.info.node.body):
            if isinstance(n, cst.Name) and n.value == name:
                uses += 1
            elif isinstance(n, cst.Assign) and any(
                isinstance(t.target, cst.Name) and t.target.value == name for t in n.targets
            ):
                binds += 1
            elif isinstance(n, cst.Call) and self.constructs_class(n.func):  # C(**kw), C.make(**kw)
                stars += sum(
                    a.star == "**" and isinstance(a.value, cst.Name) and a.value.value == name for a in n.args
                )
        return keys if binds == 1 and stars == 1 and uses == 2 else None

    def constructs_class(self: ModuleTranslator, func: cst.BaseExpression) -> bool:
        """Whether a call of `func` is `C(...)` or `C.static_or_class_method(...)` of a script class."""
        if self.class_ref(func) is not None:
            return True
        if isinstance(func, cst.Attribute) and (cname := self.class_ref(func.value)) is not None:
            m = self.find_method(self.classes[cname], func.attr.value)
            return m is not None and m.kind in ("static", "classmethod")
        return False

    def find_method(self: ModuleTranslator, cls: Any, name: str) -> FuncInfo | None:
        while cls is not None:
            if name in cls.methods:
                return cls.methods[name]
            cls = next((self.classes[b] for b in cls.bases if b in self.classes), None)
        return None

    def bind_args(self: ModuleTranslator, info: FuncInfo, node: cst.Call) -> list[str]:
        """Match a call's arguments to the signature: keywords by name, defaults at the call site."""
        slots: list[cst.BaseExpression | None] = [None] * len(info.params)
        extra: list[str] = []  # the *args part, Go variadic arguments
        positional = [a for a in node.args if a.keyword is None]
        for i, arg in enumerate(positional):
            if info.star is not None and info.star_elem is not None and i >= info.kwonly_from:
                g = self.expr(arg.value)
                if arg.star == "*" and i == len(positional) - 1:  # f(a, *rest): pass the list on
                    gt = self.u.deep(g.t)
                    if not isinstance(gt, ListT):
                        raise Unsupported("PG106", f"*{gt} at a call site", node)
                    self.join(info.star_elem, gt.elem, node)
                    extra.append(f"{g.code}...")
                    continue
                if arg.star:
                    raise Unsupported("PG106", "*args in the middle of a call", node)
                self.join(info.star_elem, g.t, node)
                extra.append(self.coerce(g, info.star_elem))
                continue
            if arg.star:
                raise Unsupported("PG106", "*args at a call site", node)
            if i >= len(slots) or i >= info.kwonly_from:
                raise Unsupported("PG105", f"too many arguments to {info.py_name}()", node)
            slots[i] = arg.value
        for arg in node.args:
            if arg.keyword is None:
                continue
            if arg.keyword.value not in info.params:
                raise Unsupported("PG105", f"{info.py_name}() has no parameter '{arg.keyword.value}'", node)
            slots[info.params.index(arg.keyword.value)] = arg.value
        out = []
        for i, value in enumerate(slots):
            if value is None:
                value = info.defaults[i]
                if value is None:
                    raise Unsupported(
                        "PG105", f"missing argument '{info.params[i]}' to {info.py_name}()", node
                    )
            g = self.def_defaults.get(id(value)) or self.expr(value)
            code = self.external_argument(info, i, g, node)
            if code is None:
                self.join(info.param_types[i], g.t, node)
                code = self.coerce(g, info.param_types[i])
            if info.params[i] in info.grown and isinstance(self.u.deep(info.param_types[i]), ListT):
                code = self.address_of(code, value, info.params[i])
            out.append(code)
        return out + extra

    def address_of(self: ModuleTranslator, code: str, node: cst.BaseExpression, param: str) -> str:
        """`&xs` for a list the callee grows; the caller must hold it in a variable or field."""
        if code.startswith("(*") and code.endswith(")") and code[2:-1].isidentifier():
            return code[2:-1]  # already a pointer: our own grown parameter
        fn = self.fn
        if (
            isinstance(node, cst.Name)
            and fn is not None
            and (fn.links.get(node.value) or node.value in fn.aliases)
        ):
            raise Unsupported(
                "PG304",
                f"the callee grows '{param}' in place, and '{node.value}' shares its list with another "
                "name or a container that Go would not update",
                node,
            )
        if isinstance(node, cst.Name | cst.Attribute):
            return f"&{code}"
        if isinstance(node, cst.List) and not node.elements or isinstance(node, cst.Call):
            tmp = self.ctx.tmp("list")
            self.out.emit(f"{tmp} := {code}")
            return f"&{tmp}"  # a fresh list nobody else sees: growing it is invisible in Python too
        raise Unsupported(
            "PG304", f"the callee grows '{param}' in place; pass a variable holding the list", node
        )

    def call_user(self: ModuleTranslator, info: FuncInfo, node: cst.Call, recv: G | None) -> G:
        args = self.bind_args(info, node)
        callee = f"{recv.code}.{info.go_name}" if recv is not None else info.go_name
        call = f"{callee}({', '.join(args)})"
        ret = self.u.deep(info.ret)
        results = list(ret.items) if isinstance(ret, TupleT) and info.returns_value else []
        if info.fallible:
            self.mark_fallible()
            if ret == NONE or not info.returns_value:
                self.out.emit(f"if err := {call}; err != nil {{")
                self.out.emit(self.error_sink("err"))
                self.out.emit("}")
                return G("", NONE)
            if results:
                names = tuple(self.ctx.tmp("r") for _ in results)
                self.out.emit(f"{', '.join(names)}, err := {call}")
                self.out.emit("if err != nil {")
                self.out.emit(self.error_sink("err"))
                self.out.emit("}")
                return self.pack_tuple(names, ret)
            name = self.ctx.tmp("v")
            self.out.emit(f"{name}, err := {call}")
            self.out.emit("if err != nil {")
            self.out.emit(self.error_sink("err"))
            self.out.emit("}")
            return G(name, info.ret)
        if results:
            names = tuple(self.ctx.tmp("r") for _ in results)
            self.out.emit(f"{', '.join(names)} := {call}")
            return self.pack_tuple(names, ret)
        if not info.returns_value and info.seen:
            return G(call, NONE)
        return G(call, info.ret)  # (not yet translated: its result type is still open)

    def pack_tuple(self: ModuleTranslator, names: tuple[str, ...], t: TupleT) -> G:
        self.ctx.uses_pyrt = True
        types = ", ".join(self.gotype(i) for i in t.items)
        return G(
            f"pyrt.Tuple{len(names)}[{types}]{{{', '.join(f'V{i}: {n}' for i, n in enumerate(names))}}}",
            t,
            multi=names,
        )

    def exception_message_arg(self: ModuleTranslator, cls: ClassInfo, node: cst.Call) -> str:
        """str(exc) of `Exc(msg)` / `Exc()` for an exception class without its own __init__."""
        args = list(node.args)
        if len(args) > 1 or any(a.keyword for a in args):
            raise Unsupported("PG105", "exceptions are translated with at most one message argument", node)
        return self.exception_message(cls, self.expr(args[0].value)) if args else '""'

    def construct(self: ModuleTranslator, cls_name: str, node: cst.Call) -> G:
        cls = self.classes[cls_name]
        t = ClassT(cls.py_name, cls.is_exception)
        init = cls.methods.get("__init__")
        if cls.enum_kind is not None:
            return self.enum_lookup(cls, node)  # Level(1)
        if self.in_hierarchy(cls):
            return self.construct_hierarchy(cls, node)
        if cls.is_exception and init is None:
            return G(f"&{cls.go_name}{{PyMsg: {self.exception_message_arg(cls, node)}}}", t)
        if init is None and not cls.is_dataclass:
            if node.args:
                raise Unsupported("PG105", f"{cls.py_name}() takes no arguments", node)
            return G(f"&{cls.go_name}{{}}", t)
        assert init is not None
        return self.call_constructor(cls, init, node, t)

    def namedtuple_method(
        self: ModuleTranslator, cls: ClassInfo, recv_node: cst.BaseExpression, name: str, node: cst.Call
    ) -> G:
        """host._replace(port=2) (a changed copy) and host._asdict() (fields of one type only)."""
        recv = self.expr(recv_node)
        if name == "_replace":
            if any(a.keyword is None for a in node.args):
                raise Unsupported("PG105", "_replace() takes keyword arguments", node)
            copy = self.ctx.tmp("nt")
            self.out.emit(f"{copy} := {recv.code}")
            for a in node.args:
                assert a.keyword is not None
                f = a.keyword.value
                if f not in cls.fields:
                    raise Unsupported("PG105", f"{cls.py_name} has no field '{f}'", node)
                g = self.expr(a.value)
                self.join(cls.fields[f], g.t, node)
                self.out.emit(f"{copy}.{self.field_name(f)} = {self.coerce(g, cls.fields[f])}")
            return G(copy, ClassT(cls.py_name))
        if node.args:
            raise Unsupported("PG105", "_asdict() takes no arguments", node)
        types = {str(self.u.deep(t)) for t in cls.fields.values()}
        if len(types) != 1:
            raise Unsupported("PG402", f"_asdict() of {cls.py_name}: its fields have different types", node)
        vt = next(iter(cls.fields.values()))
        self.ctx.uses_pyrt = True
        d = self.ctx.tmp("d")
        held = self.hoist(recv)
        self.out.emit(f"{d} := pyrt.NewDict[string, {self.gotype(vt)}]()")
        for f in cls.fields:
            self.out.emit(f"{d}.Set({go_string(f)}, {held.code}.{self.field_name(f)})")
        return G(d, DictT(STR, vt))

    def call_constructor(
        self: ModuleTranslator, cls: ClassInfo, init: FuncInfo, node: cst.Call, t: PyType
    ) -> G:
        """new<C>(args), whose __init__ may raise: then the object comes with an error."""
        args = self.bind_args(init, node)
        call = f"{self.ctor(cls)}({', '.join(args)})"
        if not init.fallible:
            return G(call, t)
        self.mark_fallible()
        name = self.ctx.tmp("obj")
        self.out.emit(f"{name}, err := {call}")
        self.out.emit("if err != nil {")
        self.out.emit(self.error_sink("err"))
        self.out.emit("}")
        return G(name, t)

    def construct_hierarchy(self: ModuleTranslator, cls: ClassInfo, node: cst.Call) -> G:
        """A class with script bases or subclasses: new<C>, which runs the nearest __init__."""
        t = ClassT(cls.py_name, cls.is_exception)
        init = self.find_method(cls, "__init__")
        if init is None:
            if cls.is_exception:
                return G(f"{self.ctor(cls)}({self.exception_message_arg(cls, node)})", t)
            if node.args:
                raise Unsupported("PG105", f"{cls.py_name}() takes no arguments", node)
            return G(f"{self.ctor(cls)}()", t)
        return self.call_constructor(cls, init, node, t)

    def call_builtin_simple(self: ModuleTranslator, fn: str, arg: G, node: cst.CSTNode) -> G:
        t = self.u.deep(arg.t)
        if fn == "len":
            if t == STR:
                self.ctx.uses_pyrt = True
                return G(f"pyrt.Len({arg.code})", INT)
            if isinstance(t, DictT | SetT):
                return G(f"{arg.code}.Len()", INT)
            return G(f"len({arg.code})", INT)
        if fn == "str":
            return G(self.str_of(arg), STR)
        if fn == "abs" and t in (INT, FLOAT):
            if t == FLOAT:
                self.ctx.imports.add("math")
                return G(f"math.Abs({arg.code})", FLOAT)
            return G(f"max({arg.code}, -{arg.code})", INT)
        raise Unsupported("PG105", f"{fn} as a key function on {t}", node)


# local alias to avoid a circular name at import time
from py2go.analysis.types import FuncT as FuncT_  # noqa: E402

__all__ = ["CallMixin", "Capture", "RuleContext", "BOOL", "FLOAT"]


_EXC_NAMES = frozenset(
    {"Exception", "BaseException", "ValueError", "RuntimeError", "OSError", "KeyError", "LookupError",
     "TypeError", "IOError", "EnvironmentError", "IndexError", "ArithmeticError"}
)  # fmt: skip


_SETTLE = {
    "str": ("AsStr", "str"), "pathlike": ("AsStr", "str"), "int": ("AsInt", "int"), "float": ("AsFloat", "float"),
    "numeric": ("AsFloat", "float"), "bool": ("AsBool", "bool"), "dict": ("AsDict", "dict[str, Any]"),
}  # fmt: skip


def _warning(rule: Rule, values: dict[str, Any]) -> str:
    """The text of a rule's warning here, or "" when it does not apply: with `warn_when`, only
    the given optional captures other than a literal True warn (`verify=True` is requests'
    default: nothing to warn about)."""
    if not rule.warn_when:
        return rule.caveats or rule.summary
    for name, text in rule.warn_when.items():
        cap = values.get(name)
        if isinstance(cap, Capture) and not (isinstance(cap.node, cst.Name) and cap.node.value == "True"):
            return text
    return ""


@lru_cache(maxsize=1024)
def _static_keys(value: cst.BaseExpression) -> list[str] | None:
    """The keys of a dict display whose keys are all string literals that are identifiers."""
    if not isinstance(value, cst.Dict):
        return None
    keys = []
    for e in value.elements:
        if not (
            isinstance(e, cst.DictElement)
            and isinstance(e.key, cst.SimpleString)
            and isinstance(e.key.evaluated_value, str)
            and e.key.evaluated_value.isidentifier()
        ):
            return None
        keys.append(e.key.evaluated_value)
    return keys


def _parse_type_text(text: str) -> cst.BaseExpression:
    return cst.parse_expression(text)
