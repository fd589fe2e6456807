"""A fast pre-order walk over LibCST nodes.

LibCST's visitor rebuilds every node it passes through, which costs as much as parsing; the
analyses here only read the tree, so they walk the dataclass fields directly and skip the
whitespace and punctuation fields that never hold names or expressions.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import libcst as cst

_SKIP_TYPES = (
    cst.BaseParenthesizableWhitespace,
    cst.TrailingWhitespace,
    cst.EmptyLine,
    cst.Newline,
    cst.Comma,
    cst.LeftParen,
    cst.RightParen,
    cst.Semicolon,
    cst.Colon,
    cst.AssignEqual,
    cst.Dot,
    cst.LeftSquareBracket,
    cst.RightSquareBracket,
    cst.LeftCurlyBrace,
    cst.RightCurlyBrace,
)
_FIELDS: dict[type, tuple[str, ...]] = {}


def _fields(cls: type) -> tuple[str, ...]:
    names = _FIELDS.get(cls)
    if names is None:
        skip = {"lpar", "rpar", "leading_lines", "lines_after_decorators", "header", "footer", "comma"}
        names = tuple(
            f.name
            for f in dataclasses.fields(cls)
            if f.name not in skip and not f.name.startswith("whitespace")
        )
        _FIELDS[cls] = names
    return names


_SKIPPED: dict[type, bool] = {}


def _skipped(cls: type) -> bool:
    """Whitespace and punctuation node classes (decided once per class: ABC checks are slow)."""
    hit = _SKIPPED.get(cls)
    if hit is None:
        hit = _SKIPPED[cls] = not issubclass(cls, cst.CSTNode) or issubclass(cls, _SKIP_TYPES)
    return hit


def children(node: cst.CSTNode) -> Iterator[cst.CSTNode]:
    for name in _fields(type(node)):
        value = getattr(node, name)
        if type(value) is list or type(value) is tuple:
            for item in value:
                if not _skipped(type(item)):
                    yield item
        elif value is not None and not _skipped(type(value)):
            yield value


def walk(node: cst.CSTNode) -> Iterator[cst.CSTNode]:
    """Every node under `node` (itself included), parents before children, in source order."""
    stack = [node]
    while stack:
        current = stack.pop()
        yield current
        stack.extend(reversed(list(children(current))))


def names(node: cst.CSTNode) -> Iterator[cst.Name]:
    """Every Name read or bound under `node`, except attribute names (`x.attr` yields only x)
    and keyword-argument names (`f(key=v)` yields only v)."""
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, cst.Name):
            yield current
            continue
        if isinstance(current, cst.Attribute):
            stack.append(current.value)
            continue
        if isinstance(current, cst.Arg):
            stack.append(current.value)
            continue
        stack.extend(reversed(list(children(current))))


class FastVisitor:
    """CSTVisitor's protocol (visit_X returning False skips the children, leave_X after them)
    over the fast walk: read-only analyses do not need LibCST to rebuild the tree."""

    def visit(self, node: cst.CSTNode) -> None:
        name = type(node).__name__
        enter = getattr(self, "visit_" + name, None)
        if enter is not None and enter(node) is False:
            return
        for child in children(node):
            self.visit(child)
        leave = getattr(self, "leave_" + name, None)
        if leave is not None:
            leave(node)
