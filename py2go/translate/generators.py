"""Generator functions consumed by `for` loops, as Go push iterators (Go 1.22: no range-over-func).

`def gen(a): ... yield x ...` becomes `func gen(a A, yield func(T) int) (int, error)`: each
`yield x` calls the loop body and stops the generator (through its own `return`, so its
`finally` and `with` cleanup run) when the body broke out of the loop or returned. The loop
`for v in gen(a): body` passes its body as that callback. The body runs in `pyrt.Body`, which
keeps the body's exceptions (errors, panics, sys.exit) away from the generator's own
`try/except`: as in Python, an exception in the loop body propagates in the loop's function,
not inside the suspended generator. Lazy interleaving is kept: the generator's prints and the
body's prints alternate exactly as in Python.

Only `for` loops consume a generator; any other use (list(gen()), next(), a generator held in a
variable, `yield from`, `x = yield`) is PG102.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import libcst as cst

from py2go.analysis.types import INT, NONE, PyType, TupleT
from py2go.analysis.walk import children
from py2go.translate.context import Frame, FuncInfo, G
from py2go.translate.expr import Unsupported
from py2go.translate.loops import _loads_in

if TYPE_CHECKING:
    from py2go.translate.module import ModuleTranslator


def yields_in(body: cst.CSTNode) -> bool:
    """Whether a function body yields (not counting nested functions, lambdas and classes)."""
    stack = [body]
    while stack:
        node = stack.pop()
        if isinstance(node, cst.Yield):
            return True
        if isinstance(node, cst.FunctionDef | cst.Lambda | cst.ClassDef) and node is not body:
            continue
        stack.extend(children(node))  # the fast walk: LibCST's .children rebuilds lists
    return False


def _enumerated(node: cst.BaseExpression, resolve: Callable[[cst.CSTNode], str | None]) -> cst.Call | None:
    """The inner call of `enumerate(call)` / `enumerate(call, start)`, else None."""
    if (
        isinstance(node, cst.Call)
        and resolve(node.func) == "enumerate"
        and 1 <= len(node.args) <= 2
        and all(a.keyword is None and not a.star for a in node.args)
        and isinstance(node.args[0].value, cst.Call)
    ):
        return node.args[0].value
    return None


class GeneratorMixin:
    def make_generator(self: ModuleTranslator, info: FuncInfo) -> None:
        """A generator's Go results are the loop's flow code and an error."""
        info.gen_elem = self.u.fresh()
        self.u.join(info.ret, INT)
        info.returns_value = True
        info.fallible = True

    def yielded_annotation(self: ModuleTranslator, node: cst.BaseExpression) -> PyType:
        """T of a generator's `-> Iterator[T]` (Iterable, Generator[T, ...], collections.abc too)."""
        head = self.imports.qualified(node.value) if isinstance(node, cst.Subscript) else None
        if (
            head is None
            or head.rsplit(".", 1)[-1] not in ("Iterator", "Iterable", "Generator")
            or not (head.startswith(("typing.", "collections.abc.")))
        ):
            raise Unsupported("PG403", "a generator's return annotation must be Iterator[T]", node)
        first = node.slice[0].slice  # type: ignore[union-attr]
        if not isinstance(first, cst.Index):
            raise Unsupported("PG403", "a generator's return annotation must be Iterator[T]", node)
        return self.annotation(first.value)

    def generator_call(self: ModuleTranslator, node: cst.BaseExpression) -> FuncInfo | None:
        """The generator function a `for` loop iterates over: `gen(...)` or `enumerate(gen(...))`."""
        call = _enumerated(node, self.resolver) or node
        if not isinstance(call, cst.Call) or not isinstance(call.func, cst.Name):
            return None
        info = self.funcs.get(call.func.value)
        if info is None or info.gen_elem is None or self.lookup(call.func.value) is not None:
            return None
        return info

    def x_Yield(self: ModuleTranslator, node: cst.Yield) -> G:
        fn = self.fn
        if fn is None or fn.info is None or fn.info.gen_elem is None or isinstance(node.value, cst.From):
            raise Unsupported("PG102", "this form of generator (yield) is not translated", node)
        stmt = self.current_stmt
        if not (
            isinstance(stmt, cst.SimpleStatementLine)
            and any(isinstance(small, cst.Expr) and small.value is node for small in stmt.body)
        ):
            raise Unsupported(
                "PG102", "the value of a yield expression (x = yield ...) is not translated", node
            )
        g = self.expr(node.value) if node.value is not None else G("nil", NONE)
        self.join(fn.info.gen_elem, g.t, node)
        flow = self.ctx.tmp("flow")
        self.out.emit(f"if {flow} := yield({self.coerce(g, fn.info.gen_elem)}); {flow} != pyrt.FlowNext {{")
        self.return_flow(flow)  # the loop broke or returned: end the generator, running its cleanup
        self.out.emit("}")
        return G("", NONE)

    def return_flow(self: ModuleTranslator, flow: str) -> None:
        fn = self.fn
        assert fn is not None
        if fn.frames and fn.frames[-1].kind == "closure":  # inside a with/try body of the generator
            fn.frames[-1].uses.add("return")
            self.out.emit(f"{self.ret_var(0, [INT])} = {flow}")
            self.out.emit("return pyrt.FlowReturn, nil")
            return
        self.out.emit(f"return {flow}, nil")

    def generator_loop(self: ModuleTranslator, node: cst.For, info: FuncInfo) -> None:
        """`for target in gen(args): body` (else: runs when the loop did not break)."""
        fn = self.fn
        assert fn is not None and info.gen_elem is not None and isinstance(node.iter, cst.Call)
        self.ctx.uses_pyrt = True
        self.mark_fallible()
        inner_call = _enumerated(node.iter, self.resolver)
        counter = ""
        if inner_call is not None:  # enumerate(gen(...), start): count in the loop's function
            assert isinstance(node.iter, cst.Call)
            start = node.iter.args[1].value if len(node.iter.args) > 1 else cst.Integer("0")
            counter = self.ctx.tmp("n")
            self.out.emit(f"{counter} := {self.coerce(self.expr(start), INT)}")
        args = self.bind_args(info, inner_call or node.iter)
        elem = info.gen_elem
        item, body_err, flow, err = (self.ctx.tmp(n) for n in ("item", "bodyErr", "flow", "err"))
        broke = self.ctx.tmp("broke") if node.orelse is not None else ""
        frame = Frame("closure")
        self.enter_loop(broke)
        self.enter_loop_escapes(set(), node.body)  # a generator's items are its own
        ok = False
        fn.frames.append(frame)
        self.closure_loop_depth.append(fn.loop_depth)  # break/continue of this loop leave the body
        self.comp_scopes.append({})
        try:
            with self.buf.capture() as inner:
                value = G(item, elem)
                if counter:
                    pair = TupleT((INT, elem))
                    value = G(self.ctx.tmp("pair"), pair)
                    self.out.emit(f"{value.code} := {self.gotype(pair)}{{V0: {counter}, V1: {item}}}")
                    self.out.emit(f"{counter}++")
                self.bind_loop_target(node, value)
                self.block(node.body)
                ok = True
        finally:
            self.comp_scopes.pop()
            self.closure_loop_depth.pop()
            fn.frames.pop()
            self.exit_loop()
            self.exit_loop_escapes(node, ok)
        if broke:
            self.out.emit(f"{broke} := false")
        self.out.emit(f"var {body_err} error")
        call_args = ", ".join([*args, f"func({item} {self.gotype(elem)}) int {{"])
        self.out.emit(f"{flow}, {err} := {info.go_name}({call_args}")
        self.out.emit(f"return pyrt.Body(&{body_err}, func() (flow int, err error) {{")
        for line in inner.lines:
            self.out.emit(line)
        if not inner.lines or not inner.lines[-1].lstrip().startswith("return"):
            self.out.emit("return pyrt.FlowNext, nil")
        self.out.emit("})")
        self.out.emit("})")
        for e in (err, body_err):  # the generator's own exception, then the loop body's
            self.out.emit(f"if {e} != nil {{")
            self.out.emit(self.error_sink(e))
            self.out.emit("}")
        if "return" in frame.uses:
            self.out.emit(f"if {flow} == pyrt.FlowReturn {{")
            self.return_stored()
            self.out.emit("}")
        else:
            self.out.emit(f"_ = {flow}")
        if broke:
            self.out.emit(f"if !{broke} {{")
            self.block(node.orelse.body)  # type: ignore[union-attr]
            self.out.emit("}")

    def bind_loop_target(self: ModuleTranslator, node: cst.For, value: G) -> None:
        target = node.target
        if isinstance(target, cst.Tuple | cst.List):
            self.bind_nested(target, value, node, False)
        elif isinstance(target, cst.Name) and self.is_loop_scoped(target.value):
            if target.value in _loads_in(node.body):  # the loop's own variable (see loop_scoped)
                go = self.var_go(target.value)
                self.comp_scopes[-1][target.value] = G(go, value.t)
                self.out.emit(f"{go} := {value.code}")
        else:
            self.assign_value(target, value, node)


__all__ = ["GeneratorMixin", "yields_in"]
