"""The rule engine: find the rules whose pattern matches a node, render their templates."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

import jinja2
import libcst as cst

from py2go.errors import RuleError
from py2go.ruleset.loader import RuleSet
from py2go.ruleset.pattern import Pattern, Resolver, compile_pattern, dotted_name
from py2go.ruleset.schema import Rule


@dataclass(frozen=True)
class Candidate:
    rule: Rule
    pattern: Pattern


def _head(node: cst.CSTNode) -> tuple[str, str]:
    """Index key: ("call", dotted) / ("method", attr) / ("name", dotted) / ("node", type name)."""
    if isinstance(node, cst.Call):
        name = dotted_name(node.func)
        if name is not None and "__" not in name:
            return ("call", name)
        if isinstance(node.func, cst.Attribute):
            return ("method", node.func.attr.value)
    if isinstance(node, cst.Name | cst.Attribute):
        name = dotted_name(node)
        if name is not None and "__" not in name:
            return ("name", name)
    if isinstance(node, cst.Subscript):
        name = dotted_name(node.value)
        if name is not None and "__" not in name:
            return ("subscript", name)
    return ("node", type(node).__name__)


class RuleEngine:
    def __init__(self, ruleset: RuleSet) -> None:
        self.ruleset = ruleset
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader([str(d) for d in ruleset.template_dirs]),
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=False,
            autoescape=False,
        )
        self.env.filters["tuple_items"] = _tuple_items
        self._by_kind: dict[str, dict[tuple[str, str], list[Candidate]]] = defaultdict(
            lambda: defaultdict(list)
        )
        self._templates: dict[str, jinja2.Template] = {}
        self._receivers: dict[str, str | None] = {}
        # top-level modules some rule's pattern names: calls into any other imported module are PG203
        self.modules: set[str] = {"typing", "dataclasses", "__future__"}
        # qualified annotation names -> the type name a `type` rule maps (datetime.datetime -> datetime)
        self.annotation_types: dict[str, str] = {}
        # rule id -> the Go modules (pinned path@version) a file using that rule must require
        self.rule_modules: dict[str, tuple[str, ...]] = {}
        for rule in ruleset.rules:
            if rule.emit.modules:
                self.rule_modules[rule.id] = rule.emit.modules
            try:
                pattern = compile_pattern(rule.match, rule.kind)
            except ValueError as exc:
                raise RuleError(f"{rule.describe_source()}: {exc}") from exc
            self.modules.update(_pattern_modules(rule.match))
            for name in rule.annotations:
                self.annotation_types[name] = rule.match.split("[", 1)[0].strip()  # future[$T]: future
            key = self._pattern_key(pattern)
            self._by_kind[rule.kind][key].append(Candidate(rule, pattern))

    @staticmethod
    def _pattern_key(pattern: Pattern) -> tuple[str, str]:
        node = pattern.node
        if isinstance(node, cst.For):
            node = node.iter
        elif isinstance(node, cst.WithItem):
            node = node.item
        if isinstance(node, cst.Name) and node.value.startswith(("__mv_", "__any_")):
            return ("any", "")
        return _head(node)

    def candidates(
        self, kind: str, node: cst.CSTNode, resolve: Resolver
    ) -> list[tuple[Candidate, dict[str, Any]]]:
        """Rules of `kind` whose pattern matches `node`, best first (predicates not yet applied)."""
        index = self._by_kind.get(kind)
        if not index:
            return []
        probe = (
            node.iter if isinstance(node, cst.For) else node.item if isinstance(node, cst.WithItem) else node
        )
        keys = [_head(probe)]
        if isinstance(probe, cst.Call) and isinstance(probe.func, cst.Attribute):
            keys.append(("method", probe.func.attr.value))
        if isinstance(probe, cst.Name | cst.Attribute):
            resolved = resolve(probe)
            if resolved:
                keys.append(("name", resolved))
        if isinstance(probe, cst.Call):
            resolved = resolve(probe.func)
            if resolved:
                keys.append(("call", resolved))
        if isinstance(probe, cst.Subscript):
            resolved = resolve(probe.value)
            if resolved:
                keys.append(("subscript", resolved))
        seen: set[str] = set()
        found: list[tuple[Candidate, dict[str, Any]]] = []
        for key in dict.fromkeys(keys):
            for cand in index.get(key, ()):
                if cand.rule.id in seen:
                    continue
                seen.add(cand.rule.id)
                caps = cand.pattern.match(node, resolve)
                if caps is not None:
                    found.append((cand, caps))
        for cand in (*index.get(("node", type(probe).__name__), ()), *index.get(("any", ""), ())):
            if cand.rule.id not in seen:
                caps = cand.pattern.match(node, resolve)
                if caps is not None:
                    found.append((cand, caps))
        found.sort(key=lambda fc: -fc[0].rule.priority)
        return found

    def receiver_type(self, method: str) -> str | None:
        """The one receiver type every `$X.method(...)` rule requires (`encode` -> "str",
        `groups` -> "match"), or None when some rule takes another type or leaves it open: a
        method name only one type has types an unannotated receiver (`value.encode()`)."""
        cached = self._receivers.get(method, "?")
        if cached != "?":
            return cached
        found: set[str] = set()
        for cand in self._by_kind.get("expr", {}).get(("method", method), ()):
            m = _RECEIVER.match(cand.rule.match)
            if m is None or m.group(2) != method:
                found.add("?")
                continue
            preds = [p for p in cand.rule.where.get(m.group(1), []) if not p.startswith("not_")]
            kinds = [p for p in preds if p in _RECEIVER_KINDS or p.startswith("is_")]
            found.add(kinds[0] if len(kinds) == 1 else "?")
        result = None
        if len(found) == 1 and "?" not in found:
            result = found.pop()
            result = result.removeprefix("is_")
        self._receivers[method] = result
        return result

    def modules_for(self, rules_used: dict[str, int]) -> tuple[str, ...]:
        """The Go modules the rules a file used require (sorted, unique)."""
        return tuple(sorted({m for rid in rules_used for m in self.rule_modules.get(rid, ())}))

    def render(self, rule: Rule, values: dict[str, Any]) -> str:
        tpl = self._templates.get(rule.emit.template)
        if tpl is None:
            try:
                tpl = self.env.get_template(rule.emit.template)
            except jinja2.TemplateError as exc:
                raise RuleError(f"{rule.describe_source()}: template {rule.emit.template}: {exc}") from exc
            self._templates[rule.emit.template] = tpl
        try:
            return tpl.render(**values).strip()
        except jinja2.UndefinedError as exc:
            raise RuleError(f"{rule.describe_source()}: template {rule.emit.template}: {exc}") from exc


_RECEIVER = re.compile(r"^\$(\w+)\.(\w+)\(")
_RECEIVER_KINDS = {"str", "list", "dict", "set", "file"}


def _tuple_items(code: str) -> str:
    """`pyrt.Tuple2[string, string]{"a", "b"}` -> `"a", "b"` (a tuple literal passed as varargs)."""
    if "{" in code and code.endswith("}"):
        inner = code[code.index("{") + 1 : -1]
        return ", ".join(p.split(": ", 1)[1] if p.startswith("V") else p for p in inner.split(", "))
    return code


def _pattern_modules(match: str) -> set[str]:
    """Roots of dotted names in a pattern (`os.path.join($A)` -> {"os"})."""
    return {m.group(1) for m in re.finditer(r"(?<![$\w.])([A-Za-z_]\w*)\.[A-Za-z_]", match)}
