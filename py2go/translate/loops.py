"""Block rules: `for` headers (kind iter) and `with` items (kind with), whose templates wrap a body."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import libcst as cst

from py2go.analysis.scopes import _names_in_target
from py2go.translate.calls import RuleContext
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
                         comprehension: bool) -> str:  # fmt: skip
        found = self.engine.candidates(kind, node, self.resolver)
        bound_ids = {id(n) for n in _names_in_target(target)} if target is not None else set()
        failed = None
        for cand, caps in found:
            mark = self.out.mark()
            values: dict[str, Any] = {}
            bindings: dict[str, cst.Name] = {}
            for name, cap in caps.items():
                if isinstance(cap, cst.Name) and id(cap) in bound_ids:
                    bindings[name] = cap
                elif cap is None:
                    values[name] = None
                elif isinstance(cap, list):
                    values[name] = [self.capture(c) for c in cap]
                else:
                    values[name] = self.capture(cap)
            if not self.where_holds(cand.rule, values):
                self.out.truncate(mark)
                failed = failed or cand.rule
                continue
            if len(bindings) != len(bound_ids):
                self.out.truncate(mark)
                continue
            rule = cand.rule
            bind = self.bind_names(rule, bindings, values, node, comprehension)
            values.update(bind)
            self.ctx.imports.update(rule.emit.imports)
            if rule.emit.needs_pyrt:
                self.ctx.uses_pyrt = True
            if rule.emit.fallible:
                self.mark_fallible()
            self.ctx.rules_used[rule.id] = self.ctx.rules_used.get(rule.id, 0) + 1
            return self.engine.render(rule, {**values, "body": BODY, "ctx": RuleContext(self)})
        if failed is not None and "diagnostic" in failed.otherwise:
            raise Unsupported(failed.otherwise["diagnostic"], f"{failed.id}: {failed.caveats or failed.summary}", node)
        what = "loop over this iterable" if kind == "iter" else "context manager"
        raise Unsupported("PG201", f"no rule for this {what}", node)

    def bind_names(self: ModuleTranslator, rule, bindings: dict[str, cst.Name], values: dict[str, Any],
                   node: cst.CSTNode, comprehension: bool) -> dict[str, Any]:  # fmt: skip
        out: dict[str, Any] = {}
        modes = []
        for cap_name, name_node in bindings.items():
            spec = rule.binds.get(cap_name)
            if spec is None:
                raise Unsupported("PG105", f"rule {rule.id} does not type its binding {cap_name}", node)
            t = self.parse_pytype(spec, values)
            py = name_node.value
            if comprehension:
                go = self.ctx.tmp(self.local_go(py))
                self.comp_scopes[-1][py] = G(go, t)
                out[cap_name] = Binding(go)
                modes.append(":=")
                continue
            self.join(self.var_type(py), t, node)
            if self.declares_here(py, node):
                self.mark_declared(py)
                read = self.local_is_read(py)
                out[cap_name] = Binding(self.var_go(py) if read else "_")
                modes.append(":=")
            else:
                out[cap_name] = Binding(self.var_go(py))
                modes.append("=")
        if "=" in modes and ":=" in modes:
            for cap_name, mode in zip(list(out), modes, strict=True):
                b = out[cap_name]
                if mode == ":=" and b.code != "_":
                    py = bindings[cap_name].value
                    self.out.emit(f"var {b.code} {self.gotype(self.var_type(py) if not comprehension else self.comp_scopes[-1][py].t)}")
            out["bind"] = "="
        else:
            out["bind"] = "=" if "=" in modes else ":="
        if out["bind"] == "=":
            for cap_name in bindings:
                if out[cap_name].code == "_":
                    out[cap_name] = Binding("_")
        return out

    def local_go(self: ModuleTranslator, name: str) -> str:
        from py2go.translate.names import local_name

        return local_name(name)

    def loop_header(self: ModuleTranslator, node: cst.CSTNode, target: cst.BaseExpression,
                    iterable: cst.BaseExpression, comprehension: bool) -> None:  # fmt: skip
        probe = node if isinstance(node, cst.For) else cst.For(target=target, iter=iterable, body=cst.IndentedBlock([]))
        text = self.apply_block_rule("iter", probe, probe.target, comprehension)
        if BODY not in text:
            raise Unsupported("PG105", "iter template without a body", node)
        head, foot = text.split(BODY, 1)
        for line in head.splitlines():
            if line.strip():
                self.out.emit(line)
        self.loop_footers.append(foot)

    def loop_footer(self: ModuleTranslator) -> None:
        foot = self.loop_footers.pop()
        for line in foot.splitlines():
            if line.strip():
                self.out.emit(line)

    def bind_with_target(self: ModuleTranslator, item: cst.WithItem) -> None:
        target = item.asname.name if item.asname is not None else None
        if target is not None and not isinstance(target, cst.Name):
            raise Unsupported("PG105", "with ... as a tuple", item)
        text = self.apply_block_rule("with", item, target, False)
        head = text.split(BODY, 1)[0]
        for line in head.splitlines():
            if line.strip():
                self.out.emit(line)
