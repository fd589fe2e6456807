"""Lists that Python shares with a container, where Go would grow a copy.

A Go slice stored in a container (`waves.append(current)`, `d[k] = row`, `[row]`) is a copy of
the slice header: growing `current` afterwards is invisible through `waves` in Go, visible in
Python. Likewise a loop variable bound to an element (`for row in rows: row.append(x)`). Such a
growth is refused (PG304) unless the name was rebound to a new list in between.

A store marks the name with the depth of the block it happened in; a later rebinding at that
depth or shallower (so it runs whenever the store ran) clears the mark, a deeper (conditional)
one does not. A loop whose body stores a name and grows it, and still holds the mark at the end
of the body, would grow the stored list on the next iteration: refused too.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import libcst as cst

from py2go.analysis.types import ListT
from py2go.translate.expr import Unsupported

if TYPE_CHECKING:
    from py2go.translate.module import ModuleTranslator


@dataclass
class LoopEscapes:
    targets: set[str]
    top_rebound: set[str]  # names each iteration assigns unconditionally (its own statements)
    grown: set[str] = field(default_factory=set)
    marked: set[str] = field(default_factory=set)


class EscapeMixin:
    def escape_state(self: ModuleTranslator) -> tuple[dict[str, int], list[LoopEscapes]]:
        fn = self.fn
        assert fn is not None
        return fn.stored, fn.loop_escapes

    def mark_stored(self: ModuleTranslator, node: cst.CSTNode | None) -> None:
        """`node` (a list variable of this function or module) is now also held by a container."""
        fn = self.fn
        if fn is None or not isinstance(node, cst.Name) or any(node.value in s for s in self.comp_scopes):
            return
        if node.value not in fn.scope.locals and node.value not in fn.scope.params:
            return
        if not isinstance(self.u.deep(self.var_type(node.value)), ListT):
            return
        stored, loops = self.escape_state()
        depth = len(self.narrowed)  # one entry per enclosing block
        for name in {node.value} | self.fn.links.get(node.value, set()):
            stored[name] = min(stored.get(name, depth), depth)
            if loops:
                loops[-1].marked.add(name)

    def rebound(self: ModuleTranslator, name: str) -> None:
        """A new value for `name`: a mark made at this depth or deeper is cleared."""
        if self.fn is None:
            return
        stored, loops = self.escape_state()
        if name in stored and stored[name] >= len(self.narrowed):
            del stored[name]
        for loop in loops:
            loop.targets.discard(name)  # no longer the sequence's item

    def check_growth(self: ModuleTranslator, name: str, node: cst.CSTNode) -> None:
        """Refuse growing a list a container also holds (see the module docstring)."""
        if self.fn is None:
            return
        stored, loops = self.escape_state()
        for loop in loops:
            loop.grown.add(name)
            if name in loop.targets:
                raise Unsupported(
                    "PG304",
                    f"'{name}' is an item of the sequence being looped over and is grown here; "
                    "Go would grow a copy, not the item",
                    node,
                )
        if name in stored or self.fn.links.get(name, set()) & stored.keys():
            raise Unsupported(
                "PG304",
                f"'{name}' was stored in a container and is grown afterwards; Go would not update "
                "the stored copy (build the list first, or rebind the name to a new list)",
                node,
            )

    def enter_loop_escapes(self: ModuleTranslator, targets: set[str], body: cst.BaseSuite) -> None:
        self.escape_state()[1].append(LoopEscapes(targets, _assigned_at_top(body)))

    def exit_loop_escapes(self: ModuleTranslator, node: cst.CSTNode, ok: bool) -> None:
        """After a loop body: a mark still standing on a name the body grows means a later
        iteration grows the stored list."""
        stored, loops = self.escape_state()
        loop = loops.pop()
        if loops:
            loops[-1].grown |= loop.grown
            loops[-1].marked |= loop.marked
        carried = sorted((loop.marked & loop.grown & stored.keys()) - loop.top_rebound)
        if ok and carried:
            raise Unsupported(
                "PG304",
                f"'{carried[0]}' is stored in a container in this loop and grown on a later "
                "iteration; Go would not update the stored copy (rebind it to a new list after storing)",
                node,
            )


def held_items(target: cst.BaseExpression, iterable: cst.BaseExpression) -> set[str]:
    """Loop names bound to items a container of the script holds (`for row in rows`,
    `for k, vals in d.items()`), not to values an iterator makes fresh (os.walk, zip...)."""
    base = iterable
    if (
        isinstance(base, cst.Call)
        and isinstance(base.func, cst.Attribute)
        and base.func.attr.value in ("items", "values")
        and not base.args
    ):
        base = base.func.value
    return loop_target_names(target) if isinstance(base, cst.Name | cst.Attribute | cst.Subscript) else set()


def loop_target_names(target: cst.BaseExpression) -> set[str]:
    if isinstance(target, cst.Name):
        return {target.value}
    if isinstance(target, cst.Tuple | cst.List):
        out: set[str] = set()
        for e in target.elements:
            out |= loop_target_names(e.value)
        return out
    return set()


def _assigned_at_top(body: cst.BaseSuite) -> set[str]:
    """Names a loop body's own statements (not nested blocks) assign."""
    out: set[str] = set()
    stmts = body.body if isinstance(body, cst.IndentedBlock) else []
    for stmt in stmts:
        for small in stmt.body if isinstance(stmt, cst.SimpleStatementLine) else ():
            if isinstance(small, cst.Assign):
                for t in small.targets:
                    out |= loop_target_names(t.target)
    return out
