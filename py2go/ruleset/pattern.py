"""Rule patterns: Python source with metavariables, matched structurally against LibCST nodes.

``$X`` captures one node, ``$*XS`` the remaining positional arguments (or
elements), ``$?X`` an optional keyword value, ``**$KW`` any other keywords and
``$_`` matches anything. Dotted names in a pattern (``os.path.join``) match by
qualified name through a resolver, so ``from os.path import join`` matches too.
A keyword the pattern does not list blocks the match, so ``shell=True`` never
slips through a rule written without it.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import libcst as cst

from py2go.ruleset.literals import literal_value

_MV = re.compile(r"\*\*\$(\w+)|\$\*(\w+)|\$\?(\w+)|\$(\w+)")
_SKIP_FIELDS = frozenset(
    {
        "lpar", "rpar", "comma", "dot", "lbracket", "rbracket", "lbrace", "rbrace", "equal", "colon",
        "semicolon", "leading_lines", "trailing_whitespace", "header", "footer", "whitespace_before",
        "whitespace_after", "whitespace_before_in", "whitespace_after_in", "whitespace_after_for",
        "whitespace_before_colon", "whitespace_after_star", "whitespace_after_arg", "whitespace_after_as",
        "whitespace_before_as", "whitespace_after_with", "whitespace_after_param", "whitespace_after_await",
        "whitespace_before_args", "whitespace_after_func", "whitespace_between", "whitespace_after_if",
        "whitespace_before_if", "whitespace_before_else", "whitespace_after_else", "whitespace_before_expression", "asynchronous", "body", "orelse", "first_line", "lines",
        "whitespace_before_equal", "whitespace_after_equal",
    }
)  # fmt: skip

Resolver = Callable[[cst.CSTNode], "str | None"]


def _encode(source: str) -> str:
    def repl(m: re.Match[str]) -> str:
        kw, star, opt, one = m.groups()
        if kw:
            return f"**__kw_{kw}"
        if star:
            return f"__star_{star}"
        if opt:
            return f"__opt_{opt}"
        return "__any_" if one == "_" else f"__mv_{one}"

    return _MV.sub(repl, source)


@dataclass(frozen=True)
class Pattern:
    """A compiled pattern: the CST of the pattern text for one rule kind."""

    source: str
    kind: str
    node: cst.CSTNode

    def match(self, target: cst.CSTNode, resolve: Resolver) -> dict[str, Any] | None:
        """Captures (name -> node, list of nodes, dict of keywords or None) or None when no match."""
        captures: dict[str, Any] = {}
        if self.kind == "iter":
            assert isinstance(self.node, cst.For) and isinstance(target, cst.For)
            ok = _m(self.node.target, target.target, captures, resolve) and _m(
                self.node.iter, target.iter, captures, resolve
            )
        elif self.kind == "with":
            assert isinstance(self.node, cst.WithItem) and isinstance(target, cst.WithItem)
            ok = _m(self.node.item, target.item, captures, resolve)
            if ok and self.node.asname is not None:
                ok = target.asname is not None and _m(
                    self.node.asname.name, target.asname.name, captures, resolve
                )
            elif ok:
                ok = target.asname is None
        else:
            ok = _m(self.node, target, captures, resolve)
        return captures if ok else None


@lru_cache(maxsize=4096)
def compile_pattern(source: str, kind: str) -> Pattern:
    """Parse once per pattern text; raises ValueError with the parser's message."""
    text = _encode(source.strip())
    try:
        if kind == "iter":
            mod = cst.parse_module(f"{text}:\n    pass\n")
            node: cst.CSTNode = mod.body[0]
            if not isinstance(node, cst.For):
                raise ValueError("an iter pattern must be a 'for TARGET in ITER' header")
        elif kind == "with":
            mod = cst.parse_module(f"{text}:\n    pass\n")
            stmt = mod.body[0]
            if not isinstance(stmt, cst.With) or len(stmt.items) != 1:
                raise ValueError("a with pattern must be a 'with EXPR [as $NAME]' header with one item")
            node = stmt.items[0]
        elif kind == "assign":
            line = cst.parse_statement(f"{text}\n")
            node = line.body[0] if isinstance(line, cst.SimpleStatementLine) and len(line.body) == 1 else line
            if not isinstance(node, cst.Assign) or len(node.targets) != 1:
                raise ValueError("an assign pattern must be one 'TARGET = VALUE' assignment")
        else:
            node = cst.parse_expression(text)
    except cst.ParserSyntaxError as exc:
        raise ValueError(f"pattern does not parse: {exc.message}") from exc
    return Pattern(source, kind, node)


def dotted_name(node: cst.CSTNode) -> str | None:
    """`a.b.c` for a Name/Attribute chain of plain names, else None."""
    parts: list[str] = []
    while isinstance(node, cst.Attribute):
        parts.append(node.attr.value)
        node = node.value
    if isinstance(node, cst.Name):
        parts.append(node.value)
        return ".".join(reversed(parts))
    return None


def _is_plain_dotted(node: cst.CSTNode) -> bool:
    name = dotted_name(node)
    return name is not None and "__" not in name


def _m(p: Any, t: Any, caps: dict[str, Any], resolve: Resolver) -> bool:
    tp = type(p)
    if tp is not cst.Name and tp is not cst.Attribute and tp is not type(t) and tp not in (list, tuple):
        return False  # the common fast exit: different node types
    if tp is cst.Name:
        v = p.value
        if v == "__any_":
            return True
        if v.startswith("__mv_"):
            key = v[5:]
            if key in caps:
                return caps[key] is not None and caps[key].deep_equals(t)
            caps[key] = t
            return True
    if isinstance(p, cst.Name | cst.Attribute) and _is_plain_dotted(p):
        if not isinstance(t, cst.Name | cst.Attribute):
            return False
        return resolve(t) == dotted_name(p)
    if isinstance(p, list | tuple) and isinstance(t, list | tuple):
        return _match_seq(list(p), list(t), caps, resolve)
    if type(p) is not type(t):
        return False
    if isinstance(p, cst.Attribute):
        if p.attr.value.startswith("__mv_"):  # `$OBJ.$ATTR`: capture the attribute's name
            caps[p.attr.value[5:]] = t.attr
        elif p.attr.value != t.attr.value:
            return False
        return _m(p.value, t.value, caps, resolve)
    if isinstance(p, cst.SimpleString | cst.Integer | cst.Float):
        return p.value == t.value or literal_value(p) == literal_value(t)
    if isinstance(p, cst.Call):
        return _m(p.func, t.func, caps, resolve) and _match_args(p.args, t.args, caps, resolve)
    if isinstance(p, cst.CSTNode):
        return all(
            _m(getattr(p, name), getattr(t, name), caps, resolve) for name in _compared_fields(type(p))
        )
    if isinstance(p, list | tuple):
        return _match_seq(list(p), list(t), caps, resolve)
    return p == t


_FIELDS: dict[type, tuple[str, ...]] = {}


def _compared_fields(cls: type) -> tuple[str, ...]:
    names = _FIELDS.get(cls)
    if names is None:
        names = _FIELDS[cls] = tuple(f.name for f in dataclasses.fields(cls) if f.name not in _SKIP_FIELDS)
    return names


def _star_name(node: Any) -> str | None:
    value = node.value if isinstance(node, cst.Element | cst.Arg) else node
    if isinstance(value, cst.Name) and value.value.startswith("__star_"):
        return value.value[7:]
    return None


def _match_seq(ps: list[Any], ts: list[Any], caps: dict[str, Any], resolve: Resolver) -> bool:
    for i, p in enumerate(ps):
        star = _star_name(p)
        if star is not None:
            rest = ts[i:]
            caps[star] = [x.value if isinstance(x, cst.Element | cst.Arg) else x for x in rest]
            return True
        if i >= len(ts) or not _m(p, ts[i], caps, resolve):
            return False
    return len(ps) == len(ts)


def _match_args(
    ps: tuple[cst.Arg, ...], ts: tuple[cst.Arg, ...], caps: dict[str, Any], resolve: Resolver
) -> bool:
    p_pos = [a for a in ps if a.keyword is None and a.star == ""]
    p_kw = {a.keyword.value: a.value for a in ps if a.keyword is not None}
    p_rest = next((a.value.value[5:] for a in ps if a.star == "**" and isinstance(a.value, cst.Name)), None)
    if any(a.star for a in ts):
        return False  # *args / **kwargs at a call site: never guess
    t_pos = [a for a in ts if a.keyword is None]
    t_kw = {a.keyword.value: a.value for a in ts if a.keyword is not None}
    if not _match_seq([a.value for a in p_pos], [a.value for a in t_pos], caps, resolve):
        return False
    for name, pv in p_kw.items():
        if isinstance(pv, cst.Name) and pv.value.startswith("__opt_"):
            caps[pv.value[6:]] = t_kw.get(name)
            continue
        if name not in t_kw or not _m(pv, t_kw[name], caps, resolve):
            return False
    extra = {k: v for k, v in t_kw.items() if k not in p_kw}
    if extra and p_rest is None:
        return False
    if p_rest is not None:
        caps[p_rest] = extra
    return True
