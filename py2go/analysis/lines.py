"""Python line ranges of statements, from the C-implemented `ast` parser.

The source map needs the lines of every statement; LibCST's PositionProvider computes positions
for every node and costs more than the whole translation of a typical file. Both parsers see
the same statements in the same order, so walking the two trees side by side gives each LibCST
statement its `ast` line range. Columns for diagnostics still come from PositionProvider, lazily.
"""

from __future__ import annotations

import ast

import libcst as cst

Lines = dict[int, tuple[int, int]]  # id(LibCST statement) -> (first line, last line)


def statement_lines(module: cst.Module, source: str) -> Lines:
    out: Lines = {}
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError):
        return out
    _block(list(module.body), tree.body, out)
    return out


def _suite(body: cst.BaseSuite) -> list[cst.CSTNode]:
    if isinstance(body, cst.IndentedBlock):
        return list(body.body)
    if isinstance(body, cst.SimpleStatementSuite):
        return list(body.body)
    return []


def _span(a: ast.AST) -> tuple[int, int]:
    return a.lineno, a.end_lineno or a.lineno  # type: ignore[attr-defined]


def _block(stmts: list[cst.CSTNode], nodes: list[ast.stmt], out: Lines) -> None:
    i = 0
    for st in stmts:
        if isinstance(st, cst.SimpleStatementLine):
            first = i
            for small in st.body:
                if i >= len(nodes):
                    return
                out[id(small)] = _span(nodes[i])
                i += 1
            if i > first:
                out[id(st)] = (nodes[first].lineno, nodes[i - 1].end_lineno or nodes[i - 1].lineno)
            continue
        if isinstance(st, cst.BaseSmallStatement):  # inside a one-line suite (`if x: return`)
            if i >= len(nodes):
                return
            out[id(st)] = _span(nodes[i])
            i += 1
            continue
        if i >= len(nodes):
            return
        a = nodes[i]
        i += 1
        start, end = _span(a)
        if isinstance(a, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef) and a.decorator_list:
            start = min(d.lineno for d in a.decorator_list)
        out[id(st)] = (start, end)
        _compound(st, a, out)


def _compound(st: cst.CSTNode, a: ast.AST, out: Lines) -> None:
    if isinstance(st, cst.If) and isinstance(a, ast.If):
        _block(_suite(st.body), a.body, out)
        orelse = st.orelse
        if isinstance(orelse, cst.If) and len(a.orelse) == 1 and isinstance(a.orelse[0], ast.If):
            out[id(orelse)] = _span(a.orelse[0])
            _compound(orelse, a.orelse[0], out)
        elif isinstance(orelse, cst.Else):
            _block(_suite(orelse.body), a.orelse, out)
    elif isinstance(st, cst.For | cst.While) and isinstance(a, ast.For | ast.AsyncFor | ast.While):
        _block(_suite(st.body), a.body, out)
        if st.orelse is not None:
            _block(_suite(st.orelse.body), a.orelse, out)
    elif isinstance(st, cst.Try) and isinstance(a, ast.Try):
        _block(_suite(st.body), a.body, out)
        for h, ah in zip(st.handlers, a.handlers, strict=False):
            out[id(h)] = _span(ah)
            _block(_suite(h.body), ah.body, out)
        if st.orelse is not None:
            _block(_suite(st.orelse.body), a.orelse, out)
        if st.finalbody is not None:
            _block(_suite(st.finalbody.body), a.finalbody, out)
    elif (
        isinstance(st, cst.With)
        and isinstance(a, ast.With | ast.AsyncWith)
        or isinstance(st, cst.FunctionDef | cst.ClassDef)
        and isinstance(a, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef)
    ):
        _block(_suite(st.body), a.body, out)
