"""analysis.shared: which worker mutations of shared state are unguarded (PG305)."""

from __future__ import annotations

import libcst as cst
import pytest

from py2go.analysis.shared import module_globals, unguarded_mutations

SOURCE = """
import threading
count = 0
seen = []
lock = threading.Lock()

def bump():
    global count
    count += 1

def helper(x):
    seen.append(x)

def w_global(x):
    bump()

def w_param(out, x):
    out.append(x)

def w_local(x):
    local = {}
    local[x] = 1
    items = []
    items.append(x)
    return len(local)

def w_acquire(x):
    lock.acquire()
    try:
        seen.append(x)
    finally:
        lock.release()

def w_with(x):
    with lock:
        helper(x)
        seen[0] = x

def w_helper(x):
    helper(x)

def w_after_release(x):
    lock.acquire()
    seen.append(x)
    lock.release()
    seen.append(x)
"""


def _mutations(worker: str) -> list[tuple[str, str]]:
    module = cst.parse_module(SOURCE)
    funcs = {s.name.value: s for s in module.body if isinstance(s, cst.FunctionDef)}
    found = unguarded_mutations(funcs[worker], module_globals(module), funcs)
    return [(m.func, m.name) for m in found]


@pytest.mark.parametrize(
    ("worker", "expected"),
    [
        ("w_global", [("bump", "count")]),
        ("w_param", [("w_param", "out")]),
        ("w_local", []),
        ("w_acquire", []),
        ("w_with", []),
        ("w_helper", [("helper", "seen")]),
        ("w_after_release", [("w_after_release", "seen")]),
    ],
)
def test_unguarded_mutations(worker: str, expected: list[tuple[str, str]]) -> None:
    assert _mutations(worker) == expected


def test_lambda_free_names_are_shared() -> None:
    lam = cst.parse_expression("lambda: out.append(1)")
    assert isinstance(lam, cst.Lambda)
    assert [m.name for m in unguarded_mutations(lam, set(), {})] == ["out"]
    lam = cst.parse_expression("lambda x: check(x)")
    assert isinstance(lam, cst.Lambda)
    assert unguarded_mutations(lam, set(), {}) == []
