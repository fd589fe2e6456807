"""Block rules: `for` headers (kind iter) and `with` items (kind with), whose templates wrap a body."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import libcst as cst

from py2go.analysis.scopes import _names_in_target
from py2go.analysis.types import INT, NONE, ListT, OptionalT, PyType, TupleT, elem_type
from py2go.analysis.walk import names as walk_names
from py2go.analysis.walk import walk
from py2go.translate.calls import Capture, RuleContext
from py2go.translate.context import G
from py2go.translate.expr import Unsupported

if TYPE_CHECKING:
    from py2go.translate.module import ModuleTranslator

BODY = "\x00BODY\x00"


@dataclass
class Binding:
    """A name the block binds (loop variable, `as` target): its Go name and how to bind it."""

    code: str

    def __str__(self) -> str:
        return self.code


class LoopMixin:
    def apply_block_rule(self: ModuleTranslator, kind: str, node: cst.CSTNode, target: cst.CSTNode | None,
                         comprehension: bool, binder: cst.CSTNode | None = None) -> str:  # fmt: skip
        outer, self.capture_cache = self.capture_cache, {}  # captures shared by this node's candidates
        try:
            return self._apply_block_rule(kind, node, target, comprehension, binder)
        finally:
            self.capture_cache = outer

    def _apply_block_rule(self: ModuleTranslator, kind: str, node: cst.CSTNode, target: cst.CSTNode | None,
                         comprehension: bool, binder: cst.CSTNode | None = None) -> str:  # fmt: skip
        found = self.rule_candidates(kind, node)
        bound_ids = {id(n) for n in _names_in_target(target)} if target is not None else set()
        target_ids = _node_ids(target) if target is not None else set()
        failed = None
        error = None
        for cand, caps in found:
            if any(
                isinstance(cap, cst.CSTNode) and id(cap) in target_ids and id(cap) not in bound_ids
                for cap in caps.values()
            ):
                continue  # the pattern binds a whole tuple target as one value: not this rule
            mark = self.checkpoint()
            values: dict[str, Any] = {}
            bindings: dict[str, cst.Name] = {}
            try:
                for name, cap in caps.items():
                    if isinstance(cap, cst.Name) and id(cap) in bound_ids:
                        bindings[name] = cap
                    elif cap is None:
                        values[name] = None
                    elif isinstance(cap, list):
                        values[name] = [self.capture(c) for c in cap]
                    else:
                        values[name] = self.capture(cap)
            except Unsupported as exc:  # this rule needs a capture that cannot be translated
                self.rollback(mark)
                error = error or exc
                continue
            if not self.where_holds(cand.rule, values):
                self.rollback(mark)
                failed = failed or cand.rule
                continue
            if len(bindings) != len(bound_ids):
                self.rollback(mark)
                continue
            rule = cand.rule
            if (
                rule.callables
                or any(v.startswith("Callable[[") for v in rule.unify.values())
                or any(isinstance(v, Capture) and v.pytype == "lambda" for v in values.values())
            ):  # `for r in ex.map(fn, xs)`, `for x in map(f, xs)`, groupby(xs, key=lambda x: ..)
                self.prepare_lambdas(values, rule)
            bind = self.bind_names(rule, bindings, values, binder or node, comprehension)
            values.update(bind)
            self.ctx.imports.update(rule.emit.imports)
            if rule.emit.needs_pyrt:
                self.ctx.uses_pyrt = True
            if rule.emit.fallible:
                self.mark_fallible()
            self.ctx.rules_used[rule.id] = self.ctx.rules_used.get(rule.id, 0) + 1
            if rule.warn:
                self.warn(rule.warn, f"{rule.id}: {rule.caveats or rule.summary}", node)
            return self.engine.render(rule, {**values, "body": BODY, "ctx": RuleContext(self)})
        if failed is not None and "diagnostic" in failed.otherwise:
            raise Unsupported(
                failed.otherwise["diagnostic"], f"{failed.id}: {failed.caveats or failed.summary}", node
            )
        if error is not None and failed is None:
            raise error
        if kind == "iter" and isinstance(node, cst.For):
            t = self.peek_type(node.iter)
            raise Unsupported(
                "PG201", f"no rule for a loop over {'a value of unknown type' if t == NONE else t}", node
            )
        raise Unsupported("PG201", "no rule for this context manager", node)

    def bind_names(self: ModuleTranslator, rule, bindings: dict[str, cst.Name], values: dict[str, Any],
                   node: cst.CSTNode, comprehension: bool) -> dict[str, Any]:  # fmt: skip
        out: dict[str, Any] = {}
        modes = []
        bound_types: dict[str, PyType] = {}
        scoped: dict[str, str] = {}  # loop-scoped names: capture -> Python name
        for cap_name, name_node in bindings.items():
            spec = rule.binds.get(cap_name)
            if spec is None:
                raise Unsupported("PG105", f"rule {rule.id} does not type its binding {cap_name}", node)
            t = self.parse_pytype(spec, values)
            bound_types[cap_name] = t
            py = name_node.value
            if py == "_":
                out[cap_name] = Binding("_")
                modes.append(":=")
                continue
            if py.startswith("__py2go_nest"):
                go = self.ctx.tmp("item")
                self.nested[py] = G(go, t)
                out[cap_name] = Binding(go)
                modes.append(":=")
                continue
            if comprehension and py not in self.comp_reads[-1]:
                self.comp_scopes[-1][py] = G("_", t)
                out[cap_name] = Binding("_")
                modes.append(":=")
                continue
            info = self.fn.scope.locals.get(py) if self.fn is not None and not comprehension else None
            if info is not None and info.loop_scoped and isinstance(node, cst.For):
                read = py in _loads_in(node.body)
                go = self.var_go(py) if read else "_"
                self.comp_scopes[-1][py] = G(go, t)
                out[cap_name] = Binding(go)
                modes.append(":=")
                scoped[cap_name] = py
                continue
            if comprehension:
                go = self.ctx.tmp(self.local_go(py))
                self.comp_scopes[-1][py] = G(go, t)
                out[cap_name] = Binding(go)
                modes.append(":=")
                continue
            self.join(self.var_type(py), t, node)
            vt = self.u.deep(self.var_type(py))
            if (
                isinstance(vt, OptionalT)
                and not isinstance(self.u.deep(t), OptionalT)
                and not self.nilable(vt.inner)
            ):
                go = self.ctx.tmp(self.local_go(py))  # the variable also holds None elsewhere
                out[cap_name] = Binding(go)
                modes.append(":=")
                self.post_binds.append((py, G(go, t)))
                continue
            if self.declares_here(py, node):
                self.mark_declared(py)
                read = self.local_is_read(py) or rule.kind == "with"
                out[cap_name] = Binding(self.var_go(py) if read else "_")
                modes.append(":=")
            else:
                out[cap_name] = Binding(self.var_go(py))
                modes.append("=")
        if "=" in modes and ":=" in modes:
            for cap_name, mode in zip(list(out), modes, strict=True):
                b = out[cap_name]
                if mode == ":=" and b.code != "_":
                    if cap_name in scoped and self.fn is not None:  # declared beside the loop
                        if b.code in self.fn.beside_loops:  # by an earlier loop too: a name of its own
                            b = out[cap_name] = Binding(self.ctx.tmp(self.local_go(scoped[cap_name])))
                            self.comp_scopes[-1][scoped[cap_name]] = G(b.code, bound_types[cap_name])
                        self.fn.beside_loops.add(b.code)
                    self.out.emit(f"var {b.code} {self.gotype(bound_types[cap_name])}")
            out["bind"] = "="
        elif out and all(b.code == "_" for b in out.values()):
            out["bind"] = "="  # every name unused: Go rejects `_ := x` and `for _, _ := range xs`
        else:
            out["bind"] = "=" if "=" in modes else ":="
        if out["bind"] == "=":
            for cap_name in bindings:
                if out[cap_name].code == "_":
                    out[cap_name] = Binding("_")
        return out

    def is_loop_scoped(self: ModuleTranslator, name: str) -> bool:
        info = self.fn.scope.locals.get(name) if self.fn is not None else None
        return info is not None and info.loop_scoped

    def local_go(self: ModuleTranslator, name: str) -> str:
        return self.go_names.get(name)

    def enumerate_parts(
        self: ModuleTranslator, target: cst.BaseExpression, iterable: cst.BaseExpression
    ) -> tuple[cst.BaseExpression, cst.BaseExpression, cst.BaseExpression, cst.BaseExpression | None] | None:
        """(index target, item target, iterable, start) of `for i, x in enumerate(it, start)`."""
        if not (
            isinstance(target, cst.Tuple | cst.List)
            and len(target.elements) == 2
            and not any(isinstance(e, cst.StarredElement) for e in target.elements)
            and isinstance(iterable, cst.Call)
            and (self.imports.qualified(iterable.func) or "") == "enumerate"
            and 1 <= len(iterable.args) <= 2
            and iterable.args[0].keyword is None
            and not any(a.star for a in iterable.args)
        ):
            return None
        start = None
        if len(iterable.args) == 2:
            kw = iterable.args[1].keyword
            if kw is not None and kw.value != "start":
                return None
            start = iterable.args[1].value
        return target.elements[0].value, target.elements[1].value, iterable.args[0].value, start

    def loop_header(self: ModuleTranslator, node: cst.CSTNode, target: cst.BaseExpression,
                    iterable: cst.BaseExpression, comprehension: bool) -> None:  # fmt: skip
        if isinstance(iterable, cst.Tuple):  # `for x in ("a", "b")`: a literal sequence of like items
            iterable = cst.List(elements=[cst.Element(e.value) for e in iterable.elements])
        flat, nested = _flatten_target(target)
        if isinstance(target, cst.Tuple | cst.List) and not nested:
            el = elem_type(self.peek_type(iterable))
            el = self.u.deep(el) if el is not None else None
            if (
                isinstance(el, ListT)
                or isinstance(el, TupleT)
                and len(el.items) > 4
                or self.namedtuple_of(el) is not None
            ):
                # rows of a list of lists: bind the row, then unpack it with a length check
                flat, nested = cst.Name("__py2go_nestrow"), [("__py2go_nestrow", target)]
        probe = cst.For(target=flat, iter=iterable, body=cst.IndentedBlock([]))
        if isinstance(node, cst.For) and not nested and iterable is node.iter:
            probe = node
        binder = node if isinstance(node, cst.For) else None
        mark = self.checkpoint()
        try:
            text = self.apply_block_rule("iter", probe, probe.target, comprehension, binder=binder)
        except Unsupported as exc:
            parts = (
                None
                if comprehension or nested or exc.code != "PG201"
                else self.enumerate_parts(target, iterable)
            )
            if parts is None:
                raise
            # for i, row in enumerate(<anything a rule iterates>, start): a counter beside that loop
            self.rollback(mark)
            index, item, inner, start = parts
            counter = self.ctx.tmp("n")
            self.out.emit(f"{counter} := {self.coerce(self.expr(start), INT) if start is not None else '0'}")
            self.loop_header(node, item, inner, comprehension)
            if not (isinstance(index, cst.Name) and index.value == "_"):
                self.assign_value(index, G(counter, INT), node)
            self.out.emit(f"{counter}++")
            return
        if BODY not in text:
            raise Unsupported("PG105", "iter template without a body", node)
        head, foot = text.split(BODY, 1)
        for line in head.splitlines():
            if line.strip():
                self.out.emit(line)
        self.loop_footers.append(foot)
        binds, self.post_binds = self.post_binds, []
        for py, value in binds:
            self.assign_name(py, value, node)
        for tmp_name, sub in nested:
            self.bind_nested(sub, self.nested.pop(tmp_name), node, comprehension)

    def bind_nested(self: ModuleTranslator, target: cst.BaseExpression, value: G, node: cst.CSTNode,
                    comprehension: bool) -> None:  # fmt: skip
        """`for k, (a, b) in ...`: unpack the inner tuple into its names."""
        t = self.u.deep(value.t)
        if any(isinstance(e, cst.StarredElement) for e in target.elements):  # type: ignore[attr-defined]
            raise Unsupported("PG105", "starred names in a loop target", node)
        elements = [e.value for e in target.elements]  # type: ignore[attr-defined]
        if isinstance(t, ListT):
            self.ctx.uses_pyrt = True
            self.out.emit(f"pyrt.CheckUnpack(len({value.code}), {len(elements)})")
            items: tuple = tuple(t.elem for _ in elements)
            parts = [f"{value.code}[{i}]" for i in range(len(elements))]
        elif isinstance(t, TupleT) and len(t.items) == len(elements):
            items = t.items
            parts = [f"{value.code}.V{i}" for i in range(len(elements))]
        elif (nt := self.namedtuple_of(t)) is not None and len(nt.fields) == len(elements):
            items = tuple(nt.fields.values())
            parts = [f"{value.code}.{self.field_name(f)}" for f in nt.fields]
        else:
            raise Unsupported("PG105", f"cannot unpack {t} into {len(elements)} names", node)
        for i, (el, et) in enumerate(zip(elements, items, strict=True)):
            part = G(parts[i], et)
            if isinstance(el, cst.Tuple | cst.List):
                tmp = self.ctx.tmp("item")
                self.out.emit(f"{tmp} := {part.code}")
                self.bind_nested(el, G(tmp, et), node, comprehension)
            elif (
                isinstance(el, cst.Name)
                and el.value == "_"
                or isinstance(el, cst.Name)
                and comprehension
                and el.value not in self.comp_reads[-1]
            ):
                continue
            elif isinstance(el, cst.Name) and comprehension:
                go = self.ctx.tmp(self.local_go(el.value))
                self.comp_scopes[-1][el.value] = G(go, et)
                self.out.emit(f"{go} := {part.code}")
            elif isinstance(el, cst.Name) and self.is_loop_scoped(el.value) and isinstance(node, cst.For):
                if el.value in _loads_in(node.body):  # this loop's own variable (see loop_scoped)
                    go = self.var_go(el.value)
                    self.comp_scopes[-1][el.value] = G(go, et)
                    self.out.emit(f"{go} := {part.code}")
            else:
                self.assign_value(el, part, node)

    def loop_footer(self: ModuleTranslator) -> None:
        foot = self.loop_footers.pop()
        for line in foot.splitlines():
            if line.strip():
                self.out.emit(line)

    def bind_with_target(self: ModuleTranslator, item: cst.WithItem, stmt: cst.With) -> None:
        target = item.asname.name if item.asname is not None else None
        if target is not None and not isinstance(target, cst.Name):
            raise Unsupported("PG105", "with ... as a tuple", item)
        text = self.apply_block_rule("with", item, target, False, binder=stmt)
        head = text.split(BODY, 1)[0]
        for line in head.splitlines():
            if line.strip():
                self.out.emit(line)


def _flatten_target(
    target: cst.BaseExpression,
) -> tuple[cst.BaseExpression, list[tuple[str, cst.BaseExpression]]]:
    """Replace nested tuples in a loop target by placeholder names, unpacked after the header."""
    if not isinstance(target, cst.Tuple | cst.List):
        return target, []
    nested: list[tuple[str, cst.BaseExpression]] = []
    elements = []
    for i, el in enumerate(target.elements):
        if isinstance(el.value, cst.Tuple | cst.List):
            name = f"__py2go_nest{i}"
            nested.append((name, el.value))
            elements.append(el.with_changes(value=cst.Name(name)))
        else:
            elements.append(el)
    return (target.with_changes(elements=elements) if nested else target), nested


def _loads_in(node: cst.CSTNode) -> set[str]:
    return {n.value for n in walk_names(node)}


def _node_ids(node: cst.CSTNode) -> set[int]:
    return {id(n) for n in walk(node)}
