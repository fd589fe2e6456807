"""Shared state a worker (a function run by a thread or an executor) mutates without a lock.

CPython's GIL makes one `results[h] = v` or `items.append(x)` atomic, so scripts often mutate
shared containers from threads without a lock; in Go the same code is a data race (a map written
by two goroutines aborts the program). This finds such mutations so the translator can refuse
them instead of emitting racy Go. A mutation counts as guarded inside `with NAME:` /
`with obj.lock:` (a context manager that is not a call) or between `X.acquire()` and
`X.release()` in the same block (including `try: ... finally: X.release()`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass

import libcst as cst

from py2go.analysis.walk import children

_MUTATORS = frozenset(
    {"append", "extend", "insert", "pop", "remove", "clear", "update", "setdefault", "add",
     "discard", "popitem", "sort", "reverse", "difference_update", "intersection_update"}
)  # fmt: skip


OnCall = Callable[[cst.Call], None]  # follows a call into the module function it names


@dataclass(frozen=True)
class Mutation:
    name: str  # the shared variable
    node: cst.CSTNode  # where it is mutated
    func: str  # the function (or "<lambda>") that mutates it


def module_globals(module: cst.Module) -> set[str]:
    """Names bound by the module's top-level statements (what a worker can share through)."""
    out: set[str] = set()
    for stmt in module.body:
        if isinstance(stmt, cst.SimpleStatementLine):
            for small in stmt.body:
                targets: list[cst.BaseExpression] = []
                if isinstance(small, cst.Assign):
                    targets = [t.target for t in small.targets]
                elif isinstance(small, cst.AnnAssign | cst.AugAssign):
                    targets = [small.target]
                for t in targets:
                    out.update(_bound_names(t))
    return out


def _bound_names(target: cst.BaseExpression) -> Iterator[str]:
    if isinstance(target, cst.Name):
        yield target.value
    elif isinstance(target, cst.Tuple | cst.List):
        for el in target.elements:
            yield from _bound_names(el.value)


def unguarded_mutations(
    worker: cst.FunctionDef | cst.Lambda,
    globals_: set[str],
    funcs: Mapping[str, cst.FunctionDef],
) -> list[Mutation]:
    """Mutations of shared state the worker (and the module functions it calls) makes unguarded.

    Shared are the module's globals and, in the worker itself, its parameters and (for a
    lambda) every free name: a container handed to several workers is one object in Python."""
    found: list[Mutation] = []
    seen: set[str] = set()

    def scan_function(fn: cst.FunctionDef, shared: set[str]) -> None:
        if fn.name.value in seen:
            return
        seen.add(fn.name.value)
        declared_global: set[str] = set()
        local: set[str] = set()
        for node in _walk(fn.body):
            if isinstance(node, cst.Global):
                declared_global.update(n.name.value for n in node.names)
        for node in _walk(fn.body):
            if isinstance(node, cst.Assign):
                for t in node.targets:
                    local.update(_bound_names(t.target))
            elif isinstance(node, cst.AnnAssign | cst.For):
                local.update(_bound_names(node.target))
        names = (shared | (globals_ - local) | declared_global) - (local - declared_global)
        _scan_block(fn.body, names, declared_global, fn.name.value, False, found, calls)

    def calls(call: cst.Call) -> None:
        if isinstance(call.func, cst.Name) and call.func.value in funcs:
            scan_function(funcs[call.func.value], set())

    if isinstance(worker, cst.FunctionDef):
        params = {p.name.value for p in worker.params.params}
        scan_function(worker, params)
    else:
        params = {p.name.value for p in worker.params.params}
        free = {n.value for n in _walk(worker.body) if isinstance(n, cst.Name)} - params
        _scan_expr(worker.body, free | globals_, "<lambda>", False, found, calls)
    return found


def _scan_block(body: cst.CSTNode, shared: set[str], declared_global: set[str], fn: str,
                guarded: bool, found: list[Mutation], calls: OnCall) -> None:  # fmt: skip
    stmts = list(body.body) if isinstance(body, cst.IndentedBlock | cst.SimpleStatementSuite) else [body]
    held = guarded
    for stmt in stmts:
        smalls = stmt.body if isinstance(stmt, cst.SimpleStatementLine) else [stmt]
        for small in smalls:
            lock_call = _lock_call(small)
            if lock_call == "acquire":
                held = True
                continue
            if lock_call == "release":
                held = guarded
                continue
            _scan_statement(small, shared, declared_global, fn, held, found, calls)


def _lock_call(stmt: cst.CSTNode) -> str | None:
    if isinstance(stmt, cst.Expr) and isinstance(stmt.value, cst.Call):
        func = stmt.value.func
        if isinstance(func, cst.Attribute) and func.attr.value in ("acquire", "release"):
            return func.attr.value
    return None


def _scan_statement(stmt: cst.CSTNode, shared: set[str], declared_global: set[str], fn: str,
                    guarded: bool, found: list[Mutation], calls: OnCall) -> None:  # fmt: skip
    if isinstance(stmt, cst.With):
        lock = all(
            item.asname is None and isinstance(item.item, cst.Name | cst.Attribute) for item in stmt.items
        )
        _scan_block(stmt.body, shared, declared_global, fn, guarded or lock, found, calls)
        return
    if isinstance(stmt, cst.FunctionDef | cst.ClassDef):
        return
    if isinstance(stmt, cst.If | cst.For | cst.While | cst.Try):
        for field in ("test", "iter"):
            expr = getattr(stmt, field, None)
            if isinstance(expr, cst.BaseExpression):
                _scan_expr(expr, shared, fn, guarded, found, calls)
        for child in _blocks(stmt):
            _scan_block(child, shared, declared_global, fn, guarded, found, calls)
        return
    if not guarded:
        targets: list[cst.BaseExpression] = []
        if isinstance(stmt, cst.Assign):
            targets = [t.target for t in stmt.targets]
        elif isinstance(stmt, cst.AugAssign | cst.AnnAssign | cst.Del):
            targets = [stmt.target]
        for t in targets:
            name = _mutated_name(t, declared_global, isinstance(stmt, cst.AugAssign | cst.Assign))
            if name is not None and name in shared:
                found.append(Mutation(name, stmt, fn))
    _scan_expr(stmt, shared, fn, guarded, found, calls)


def _blocks(stmt: cst.CSTNode) -> Iterator[cst.CSTNode]:
    if isinstance(stmt, cst.If):
        yield stmt.body
        if stmt.orelse is not None:
            yield stmt.orelse.body if isinstance(stmt.orelse, cst.Else) else stmt.orelse
    elif isinstance(stmt, cst.For | cst.While):
        yield stmt.body
        if stmt.orelse is not None:
            yield stmt.orelse.body
    elif isinstance(stmt, cst.Try):
        yield stmt.body
        for h in stmt.handlers:
            yield h.body
        if stmt.orelse is not None:
            yield stmt.orelse.body
        if stmt.finalbody is not None:
            yield stmt.finalbody.body


def _mutated_name(target: cst.BaseExpression, declared_global: set[str], rebinding: bool) -> str | None:
    """The shared name an assignment target writes: `X[k]`, `X.attr`, or a `global X` itself."""
    if isinstance(target, cst.Name):
        return target.value if rebinding and target.value in declared_global else None
    if isinstance(target, cst.Subscript | cst.Attribute):
        base = target.value
        while isinstance(base, cst.Subscript | cst.Attribute):
            base = base.value
        return base.value if isinstance(base, cst.Name) else None
    if isinstance(target, cst.Tuple | cst.List):
        for el in target.elements:
            name = _mutated_name(el.value, declared_global, rebinding)
            if name is not None:
                return name
    return None


def _scan_expr(node: cst.CSTNode, shared: set[str], fn: str, guarded: bool, found: list[Mutation],
               calls: OnCall) -> None:  # fmt: skip
    for sub in (node, *_walk(node)):
        if not isinstance(sub, cst.Call):
            continue
        func = sub.func
        if (
            not guarded
            and isinstance(func, cst.Attribute)
            and func.attr.value in _MUTATORS
            and isinstance(func.value, cst.Name)
            and func.value.value in shared
        ):
            found.append(Mutation(func.value.value, sub, fn))
        if not guarded:  # a function called under the lock runs under it
            calls(sub)


def _walk(node: cst.CSTNode) -> Iterator[cst.CSTNode]:
    """Every node below `node` except the bodies of nested functions, classes and lambdas."""
    stack = list(reversed(list(children(node))))
    while stack:
        n = stack.pop()
        yield n
        if isinstance(n, cst.FunctionDef | cst.ClassDef | cst.Lambda):
            continue
        stack.extend(reversed(list(children(n))))
