"""Functions as values: lambdas, nested `def`s, the script's functions and builtins stored,
passed and called later (`HANDLERS[kind](arg)`, `retry(fn, 3)`).

A function value is a Go func whose parameter and result types are those of its Python type
(`Callable[[A, B], R]`, a `FuncT`); an exception raised inside panics out of it, and the
caller's `try` (pyrt.Catch) or pyrt.Main turns the panic back into the exception, so a func
value has no `error` result. Each value expression keeps one signature across the inference
passes (keyed by its node), so the call sites that type its parameters are seen by the next pass.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import libcst as cst

from py2go.analysis.types import ANY, BOOL, NONE, Conflict, FuncT, ListT, PyType, TupleT, TVar, has_tvar
from py2go.analysis.walk import names as walk_names
from py2go.translate.context import FuncInfo, G
from py2go.translate.expr import Unsupported

if TYPE_CHECKING:
    from py2go.translate.module import ModuleTranslator

# builtins that are functions of one argument when used as a value (`"int": int`, `map(str, xs)`)
BUILTIN_VALUES = frozenset({"int", "float", "str", "bool", "len", "abs", "repr", "ord", "chr"})
# methods of str used as values (`key=str.lower`): `lambda s: s.lower()`
STR_METHOD_VALUES = frozenset({"lower", "upper", "strip", "lstrip", "rstrip", "title", "casefold", "split"})


class FuncValueMixin:
    def value_sig(self: ModuleTranslator, key: cst.CSTNode, arity: int) -> FuncT:
        """The signature of the function value at `key`, kept across passes."""
        sig = self.func_sigs.get(id(key))
        if sig is None or len(sig.params) != arity:
            sig = FuncT(tuple(self.u.fresh() for _ in range(arity)), self.u.fresh())
            self.func_sigs[id(key)] = sig
            self.func_sig_nodes[id(key)] = key
        return sig

    def value_candidate(self: ModuleTranslator, node: cst.BaseExpression) -> bool:
        """Whether `node` names a function a rule may take as a callable (translated lazily)."""
        if isinstance(node, cst.Lambda):
            return True
        if isinstance(node, cst.Name):
            if self.nested_func(node.value) is not None:
                return True
            if node.value in self.funcs and self.lookup(node.value) is None:
                return True
            return self.builtin_value_name(node) is not None
        return self.str_method_value(node) is not None

    def builtin_value_name(self: ModuleTranslator, node: cst.BaseExpression) -> str | None:
        if not isinstance(node, cst.Name) or self.lookup(node.value) is not None:
            return None
        name = self.resolve_builtin(node)
        return name if name in BUILTIN_VALUES and name == node.value else None

    def str_method_value(self: ModuleTranslator, node: cst.BaseExpression) -> str | None:
        if (
            isinstance(node, cst.Attribute)
            and isinstance(node.value, cst.Name)
            and node.value.value == "str"
            and self.lookup("str") is None
            and node.attr.value in STR_METHOD_VALUES
        ):
            return node.attr.value
        return None

    def plain_go_func(
        self: ModuleTranslator, info: FuncInfo, arg_types: list[PyType], want_bool: bool
    ) -> bool:
        """Whether the Go function of `info` already is a func of `arg_types` returning one value
        (no error, no pointer parameters, no tuple result), so it can be passed itself."""
        ret = self.u.deep(info.ret)
        d = info.node.params if isinstance(info.node, cst.FunctionDef) else None
        return (
            info.seen
            and info.returns_value
            and not info.fallible
            and ret != NONE
            and not isinstance(ret, TupleT)
            and (not want_bool or ret == BOOL)
            and len(info.params) == len(arg_types)
            and d is not None
            and not d.kwonly_params
            and not isinstance(d.star_arg, cst.Param)
            and not any(p in info.grown for p in info.params)
            and all(
                self.u.deep(p) == self.u.deep(a) for p, a in zip(info.param_types, arg_types, strict=True)
            )
        )

    # ------------------------------------------------------------------ values
    def lambda_value(
        self: ModuleTranslator, node: cst.Lambda, key: cst.CSTNode | None = None, strict_types: bool = False
    ) -> G:
        """A lambda as a Go func literal with its signature's types. While a pass does not know
        the parameter types yet, a body that cannot be translated gives a placeholder (and one
        more pass); the strict pass reports it. `strict_types`: never a placeholder."""
        p = node.params
        if p.star_arg is not cst.MaybeSentinel.DEFAULT or p.kwonly_params or p.star_kwarg or p.posonly_params:
            raise Unsupported("PG107", "a lambda with *args, keyword-only or ** parameters", node)
        self.check_comprehension_capture(node)
        if key is None:  # (an adapter `lambda a: f(a)` reads only the function, taken here)
            self.check_late_value(node)
        params = [q.name.value for q in p.params if q.default is None]
        bound = [q for q in p.params if q.default is not None]
        if any(q.default is None for q in p.params[len(params) :]):
            raise Unsupported("PG107", "a lambda parameter without a default after one with a default", node)
        sig = self.value_sig(key if key is not None else node, len(params))
        mark = self.checkpoint()
        # `lambda h=h: ...`: a default is evaluated when the lambda is made, the idiom that binds
        # a loop variable early; it is a Go variable made there (a new one per loop iteration)
        frozen: dict[str, G] = {}
        for q in bound:
            assert q.default is not None
            g = self.expr(q.default)
            name = self.ctx.tmp(self.local_go(q.name.value))
            self.out.emit(f"{name} := {g.code}")
            frozen[q.name.value] = G(name, g.t)
        self.comp_scopes.append(frozen)
        try:
            go_params, lines, res = self.lambda_parts(params, list(sig.params), node)
        except Unsupported:
            if strict_types or self.strict or not any(has_tvar(self.u.deep(t)) for t in sig.params):
                raise
            self.rollback(mark)
            self.fallbacks += 1
            return G("nil", sig)
        finally:
            self.comp_scopes.pop()
        rt = self.u.deep(res.t)  # a resolved type: not a link to the callee's own result variable,
        try:  # which a table joining other results into the signature would widen
            if not isinstance(rt, TVar):
                self.u.join(sig.result, rt)
        except Conflict:  # functions of one table returning different types: a dynamic value
            self.u.join(sig.result, ANY)
        return G(self.func_literal(go_params, lines, res, sig.result), sig)

    def func_literal(
        self: ModuleTranslator, go_params: list[str], lines: list[str], res: G, result: PyType
    ) -> str:
        rt = self.u.deep(result)
        if rt == NONE:
            if res.code and res.code != "nil":
                lines = [*lines, res.code if res.code.endswith(")") else f"_ = {res.code}"]
            head = f"func({', '.join(go_params)})"
        else:
            lines = [*lines, f"return {self.coerce(res, result)}"]
            head = f"func({', '.join(go_params)}) {self.gotype(result)}"
        return head + " {\n" + "\n".join(lines) + "\n}"

    def check_comprehension_capture(self: ModuleTranslator, node: cst.Lambda) -> None:
        """A comprehension's variable is a fresh Go variable per item; a lambda built in the
        comprehension sees the last item in Python (late binding). Refuse the difference."""
        own = {q.name.value for q in node.params.params}
        for n in walk_names(node.body):
            if n.value not in own and any(n.value in s for s in self.comp_scopes):
                raise Unsupported(
                    "PG107",
                    f"the lambda reads the comprehension variable '{n.value}': Python's lambda sees "
                    "its last value when it runs, Go's closure its own item",
                    node,
                )

    def check_late_value(self: ModuleTranslator, node: cst.Lambda) -> None:
        """A lambda the scope analysis took for one a call runs at once (a method argument) but
        that is a value here, which the callee may keep and run later: Python reads its free
        variables then. Only a variable bound once, in the function's own block, is sure to hold
        the same value; any other is refused (a Go variable per loop iteration would differ)."""
        fn = self.fn
        if fn is None or fn.info is None:
            return  # module level: package variables, one per name
        own = {q.name.value for q in node.params.params}
        root = (id(fn.info.node.body),)
        for n in walk_names(node.body):
            info = fn.scope.locals.get(n.value)
            if n.value in own or info is None or info.captured:
                continue
            binds = [o for o in info.occurrences if o.kind not in ("load", "del")]
            if len(binds) == 1 and binds[0].kind in ("assign", "def") and binds[0].path == root:
                continue
            raise Unsupported(
                "PG107",
                f"the lambda reads '{n.value}', which is rebound or bound in a loop, and the call it is "
                "passed to may keep it: Python reads the variable when the lambda runs",
                node,
            )

    def call_adapter(self: ModuleTranslator, callee: cst.BaseExpression, arity: int, key: cst.CSTNode) -> G:
        """`lambda a0, ..: callee(a0, ..)` as a value: a function whose Go signature is not the
        value's (errors, pointers, defaults) or a builtin that is a rule, not a Go function."""
        names = [cst.Name(f"__py2go_a{i}") for i in range(arity)]
        if isinstance(callee, cst.Attribute):  # str.lower: lambda s: s.lower()
            call = cst.Call(func=callee.with_changes(value=names[0]))
        else:
            call = cst.Call(func=callee, args=[cst.Arg(n) for n in names])
        lam = cst.Lambda(params=cst.Parameters(params=[cst.Param(n) for n in names]), body=call)
        return self.lambda_value(lam, key)

    def function_value(self: ModuleTranslator, node: cst.Name, info: FuncInfo) -> G:
        """The script's function (module-level or nested) used as a value: itself when its Go
        signature is the value's type, else an adapter that panics with its error."""
        d = info.node.params if isinstance(info.node, cst.FunctionDef) else None
        if info.gen_elem is not None or info.memo is not None:
            raise Unsupported(
                "PG107", f"{info.py_name}() used as a value (a generator or cached function)", node
            )
        if d is not None and (d.kwonly_params or isinstance(d.star_arg, cst.Param) or d.star_kwarg):
            raise Unsupported(
                "PG107", f"{info.py_name}() used as a value has *args or keyword-only parameters", node
            )
        arity = len(info.params)
        sig = self.value_sig(node, arity)
        ret = self.u.deep(info.ret)
        pointers = any(
            p in info.grown and isinstance(self.u.deep(t), ListT)
            for p, t in zip(info.params, info.param_types, strict=True)
        )
        own = FuncT(tuple(info.param_types), info.ret if info.returns_value else NONE)
        direct = (
            info.seen
            and not info.fallible
            and not pointers
            and not (info.returns_value and isinstance(ret, TupleT))
            and not has_tvar(self.u.deep(own))
            and not has_tvar(self.u.deep(sig))
            and self.gotype(own) == self.gotype(sig)
        )
        if direct:
            return G(info.go_name, sig)
        return self.call_adapter(node, arity, node)

    def builtin_value(self: ModuleTranslator, node: cst.BaseExpression) -> G:
        """`int`, `str`, `len`.. or `str.lower` as a one-argument function value."""
        return self.call_adapter(node, 1, node)

    # ------------------------------------------------------------------ calls
    def call_value(self: ModuleTranslator, fn: G, node: cst.Call) -> G:
        """A call through a function value: positional arguments of its parameter types."""
        t = self.u.deep(fn.t)
        assert isinstance(t, FuncT)
        if any(a.keyword is not None or a.star for a in node.args):
            raise Unsupported("PG107", "keyword or * arguments in a call through a function value", node)
        if len(node.args) != len(t.params):
            raise Unsupported(
                "PG107",
                f"a function value of {len(t.params)} parameter(s) called with {len(node.args)} argument(s)",
                node,
            )
        t = t.source  # the live signature (a table's item type may be a resolved copy)
        args = []
        for a, p in zip(node.args, t.params, strict=True):
            g = self.expr(a.value)
            self.join(p, g.t, a.value)
            args.append(self.coerce(g, p))
        code = f"{self.paren_func(fn.code)}({', '.join(args)})"
        if self.u.deep(t.result) == NONE:
            return G(code, NONE)
        return G(code, t.result)

    def paren_func(self: ModuleTranslator, code: str) -> str:
        return f"({code})" if code.startswith("func(") else code
