"""Statements: assignment and declarations, control flow, try/except/finally, with, raise, return."""

from __future__ import annotations

from typing import TYPE_CHECKING

import libcst as cst

from py2go.analysis.types import (
    ANY,
    EXC,
    INT,
    NONE,
    STR,
    ClassT,
    DictT,
    ListT,
    OptionalT,
    PyType,
    TupleT,
    TVar,
    dynamic_ok,
)
from py2go.analysis.walk import names as walk_names
from py2go.analysis.walk import walk
from py2go.ruleset.pattern import dotted_name
from py2go.translate.context import ClassInfo, Frame, FuncInfo, G
from py2go.translate.escapes import held_items
from py2go.translate.expr import Unsupported, _operand

if TYPE_CHECKING:
    from py2go.translate.module import ModuleTranslator

_AUG = {"AddAssign": "+", "SubtractAssign": "-", "MultiplyAssign": "*", "DivideAssign": "/",
        "FloorDivideAssign": "//", "ModuloAssign": "%", "PowerAssign": "**", "BitAndAssign": "&",
        "BitOrAssign": "|", "BitXorAssign": "^", "LeftShiftAssign": "<<", "RightShiftAssign": ">>"}  # fmt: skip
_BIN = {"+": cst.Add(), "-": cst.Subtract(), "*": cst.Multiply(), "/": cst.Divide(), "//": cst.FloorDivide(),
        "%": cst.Modulo(), "**": cst.Power(), "&": cst.BitAnd(), "|": cst.BitOr(), "^": cst.BitXor(),
        "<<": cst.LeftShift(), ">>": cst.RightShift()}  # fmt: skip


class StmtMixin:
    # ------------------------------------------------------------------ blocks
    def block(self: ModuleTranslator, body: cst.BaseSuite | list[cst.BaseStatement],
              narrow: dict[str, PyType] | None = None) -> None:  # fmt: skip
        stmts = body if isinstance(body, list) else _suite_statements(body)
        block_id = id(body) if not isinstance(body, list) else None
        if block_id is not None:
            self.declare_hoisted(block_id)
        self.narrowed.append(dict(narrow or {}))
        try:
            for stmt in stmts:
                self.statement(stmt)
        finally:
            self.narrowed.pop()

    def none_test(self: ModuleTranslator, test: cst.BaseExpression) -> tuple[str, bool] | None:
        """`x is None` -> (x, True); `x is not None` / `x` -> (x, False), where x is a name or an
        attribute chain (`args.env`) holding an Optional value of a type that is not nil-able."""
        target, is_none = None, False
        if isinstance(test, cst.Comparison) and len(test.comparisons) == 1:
            comp = test.comparisons[0]
            if isinstance(comp.comparator, cst.Name) and comp.comparator.value == "None":
                if isinstance(comp.operator, cst.Is):
                    target, is_none = test.left, True
                elif isinstance(comp.operator, cst.IsNot):
                    target = test.left
        elif isinstance(test, cst.UnaryOperation) and isinstance(test.operator, cst.Not):
            target, is_none = test.expression, True
        else:
            target = test
        key = dotted_name(target) if target is not None else None
        if key is None:
            return None
        t = self.peek_type(target)
        if not isinstance(t, OptionalT) or isinstance(self.u.deep(t.inner), TVar) or self.nilable(t.inner):
            return None
        self.narrow_types[key] = self.u.deep(t.inner)
        return key, is_none

    def type_only(self: ModuleTranslator, body: cst.BaseSuite) -> None:
        """Translate a block whose statement failed in this pass only for the types its
        assignments give (a later pass may then translate the statement); its Go is dropped."""
        mark = self.out.mark()
        diags = len(self.ctx.diagnostics)
        try:
            with self.buf.capture():
                self.block(body, {})
        except Unsupported:
            pass
        finally:
            self.out.truncate(mark)
            del self.ctx.diagnostics[diags:]

    def narrowing(self: ModuleTranslator, key: str) -> dict[str, PyType]:
        return {key: self.narrow_types[key]}

    def statement(self: ModuleTranslator, stmt: cst.CSTNode) -> None:
        if isinstance(stmt, cst.SimpleStatementLine):
            for small in stmt.body:
                self.statement_guarded(small, stmt)
            return
        self.statement_guarded(stmt, stmt)

    def statement_guarded(self: ModuleTranslator, node: cst.CSTNode, line_node: cst.CSTNode) -> None:
        start, end = self.lines_of(line_node)
        self.out.emit(f"//py2go:span {start}-{end}")
        outer, self.current_stmt = self.current_stmt, line_node
        mark = self.out.mark()
        try:
            method = getattr(self, "s_" + type(node).__name__, None)
            if method is None:
                raise Unsupported("PG105", f"{type(node).__name__} statements are not translated", node)
            method(node)
        except Unsupported as exc:
            self.out.truncate(mark)
            self.report(exc, line_node)
        finally:
            self.current_stmt = outer

    # ------------------------------------------------------------------ simple statements
    def s_Pass(self: ModuleTranslator, node: cst.Pass) -> None:
        pass

    def s_Expr(self: ModuleTranslator, node: cst.Expr) -> None:
        if isinstance(node.value, cst.SimpleString | cst.ConcatenatedString):
            return  # docstring
        g = self.expr(node.value)
        if not g.code or g.multi and g.code.startswith("pyrt.Tuple"):
            return  # already run by the statements that hoisted it
        if g.t == NONE or _is_statement_call(g.code):  # a rule's statement form, or a call
            self.out.emit(g.code)
        else:
            self.out.emit(f"_ = {g.code}")  # a value computed for its effects (or a hoisted temp)

    def s_Global(self: ModuleTranslator, node: cst.Global) -> None:
        pass

    def s_Nonlocal(self: ModuleTranslator, node: cst.Nonlocal) -> None:
        for n in node.names:  # the enclosing function's variable: the Go closure shares it
            if self.outer_state(n.name.value) is None:
                raise Unsupported(
                    "PG107", f"nonlocal '{n.name.value}' is not a variable of an enclosing function", node
                )

    def s_Import(self: ModuleTranslator, node: cst.Import) -> None:
        pass

    def s_ImportFrom(self: ModuleTranslator, node: cst.ImportFrom) -> None:
        pass

    def s_Assert(self: ModuleTranslator, node: cst.Assert) -> None:
        cond = self.condition(node.test)
        msg = self.str_of(self.expr(node.msg)) if node.msg is not None else '""'
        self.ctx.uses_pyrt = True
        self.out.emit(f"if !{self.paren(cond)} {{")
        self.raise_error(f'pyrt.NewError("AssertionError", {msg})')
        self.out.emit("}")

    def s_Break(self: ModuleTranslator, node: cst.Break) -> None:
        self.jump("break")

    def s_Continue(self: ModuleTranslator, node: cst.Continue) -> None:
        self.jump("continue")

    def jump(self: ModuleTranslator, kind: str) -> None:
        fn = self.fn
        assert fn is not None
        if self.loop_flags and kind == "break":
            flag = self.loop_flags[-1]
            if flag:
                self.out.emit(f"{flag} = true")
        if fn.frames and fn.frames[-1].kind == "closure" and self.closure_loop_depth[-1] == fn.loop_depth:
            fn.frames[-1].uses.add(kind)
            self.out.emit(f"return pyrt.Flow{kind.capitalize()}, nil")
            return
        self.out.emit(kind)

    def s_Return(self: ModuleTranslator, node: cst.Return) -> None:
        fn = self.fn
        assert fn is not None
        if fn.info is None:
            raise Unsupported("PG105", "return outside a function", node)
        if fn.init_recv is not None:  # `return` in __init__ ends the constructor with the object
            if fn.frames and fn.frames[-1].kind == "closure":
                fn.frames[-1].uses.add("return")
                self.out.emit("return pyrt.FlowReturn, nil")
            else:
                self.out.emit(f"return {fn.init_recv}, nil" if fn.fallible else f"return {fn.init_recv}")
            return
        values: list[str] = []
        if node.value is not None:
            fn.info.returns_value = True
            g = self.expect(node.value, fn.info.ret)
            ret = self.u.deep(fn.info.ret)
            if g.t == NONE and not isinstance(ret, OptionalT) and not self.nilable(ret):
                self.join(fn.info.ret, NONE, node)  # `return None` beside value returns: Optional
                ret = self.u.deep(fn.info.ret)
            else:
                ret = self.u.deep(self.join(fn.info.ret, g.t, node))
            gt = self.u.deep(g.t)
            if isinstance(ret, TupleT) and isinstance(gt, TupleT):
                parts = list(g.multi) if g.multi else None
                if parts is None:
                    held = self.hoist(g)
                    parts = [f"{held.code}.V{i}" for i in range(len(ret.items))]
                values = [
                    self.coerce(G(c, it), rt) for c, it, rt in zip(parts, gt.items, ret.items, strict=True)
                ]
            elif ret == NONE:
                values = []
            else:
                values = [self.coerce(g, ret)]
        elif self.u.deep(fn.info.ret) != NONE and fn.info.returns_value:
            values = self.zero_results()
        if fn.frames and fn.frames[-1].kind == "closure":
            fn.frames[-1].uses.add("return")
            results = self.result_types()
            for i, v in enumerate(values):
                self.out.emit(f"{self.ret_var(i, results)} = {v}")
            self.out.emit("return pyrt.FlowReturn, nil")
            return
        if fn.fallible:
            values.append("nil")
        self.out.emit(f"return {', '.join(values)}".rstrip())

    def zero_results(self: ModuleTranslator) -> list[str]:
        return [self.zero(t) for t in self.result_types()]

    def result_types(self: ModuleTranslator) -> list[PyType]:
        fn = self.fn
        if fn is None or fn.info is None or not fn.info.returns_value:
            return []
        ret = self.u.deep(fn.info.ret)
        if ret == NONE:
            return []
        if isinstance(ret, TupleT):
            return list(ret.items)
        return [ret]

    def ret_var(self: ModuleTranslator, i: int, results: list[PyType]) -> str:
        fn = self.fn
        assert fn is not None
        while len(fn.ret_vars) <= i:
            fn.ret_vars.append(f"ret{len(fn.ret_vars)}")
        return fn.ret_vars[i]

    def s_Raise(self: ModuleTranslator, node: cst.Raise) -> None:
        self.ctx.uses_pyrt = True
        if node.cause is not None and self.keeps_cause and node.exc is not None:
            # `raise X from e`: X.__cause__ is e (None for `from None`)
            cause = node.cause.item
            code = "nil"
            if not (isinstance(cause, cst.Name) and cause.value == "None"):
                g = self.expr(cause)
                if not (self.u.deep(g.t) == EXC or isinstance(self.u.deep(g.t), ClassT)):
                    raise Unsupported("PG105", f"raise ... from a {self.u.deep(g.t)}", node)
                code = g.code
            self.raise_cause = code
            try:
                self.s_Raise(node.with_changes(cause=None))
            finally:
                self.raise_cause = None
            return
        if node.exc is None:
            if not self.fn or not self.fn.in_handler:
                raise Unsupported("PG105", "bare raise outside an except block", node)
            self.raise_error(self.fn.in_handler[-1])
            return
        exc = node.exc
        # a `from e` nothing reads is dropped: which `except` catches X does not depend on it
        if isinstance(exc, cst.Name | cst.Attribute) and self.class_ref(exc) is not None:
            exc = cst.Call(func=exc)  # `raise TableMissing`: an instance without arguments
        if isinstance(exc, cst.Name):
            g = self.expr(exc)
            if self.u.deep(g.t) in (EXC,) or isinstance(self.u.deep(g.t), ClassT):
                self.raise_error(g.code)
                return
        if not isinstance(exc, cst.Call):
            raise Unsupported("PG105", "raise of a computed exception", node)
        func = exc.func
        if (cname := self.class_ref(func)) is not None:
            g = self.construct(cname, exc)
            self.raise_error(g.code)
            return
        kind = self.resolver(func)
        kind = _LIBRARY_EXC.get(kind or "", kind)
        if kind is None or not kind[:1].isupper():
            raise Unsupported("PG105", "raise of an unknown exception class", node)
        if len(exc.args) > 1 or any(a.keyword for a in exc.args):
            raise Unsupported("PG105", "exceptions are translated with at most one message argument", node)
        if kind == "SystemExit":  # sys.exit(...): a message or a status, no traceback
            self.raise_error(self._system_exit(exc, node))
            return
        if kind == "KeyError" and exc.args:
            msg = f"pyrt.Repr({self.expr(exc.args[0].value).code})"
        else:
            msg = self.str_of(self.expr(exc.args[0].value)) if exc.args else '""'
        kind = {"IOError": "OSError", "EnvironmentError": "OSError"}.get(kind, kind)
        self.raise_error(f'pyrt.NewError("{kind}", {msg})')

    def _system_exit(self: ModuleTranslator, exc: cst.Call, node: cst.Raise) -> str:
        """The *pyrt.SystemExit that `raise SystemExit(arg)` builds: str -> message, int -> status."""
        if not exc.args:
            return "pyrt.NewSystemExit(nil)"
        g = self.expr(exc.args[0].value)
        t = self.u.deep(g.t)
        if t in (STR, INT):
            return f"pyrt.NewSystemExit({g.code})"
        raise Unsupported("PG105", f"raise SystemExit of a {t} (only str or int)", node)

    def raise_error(self: ModuleTranslator, err: str) -> None:
        if self.raise_cause is not None:  # in `raise X from e`
            err = f"pyrt.RaiseFrom({err}, {self.raise_cause})"
        self.out.emit(self.error_sink(err))

    def s_Del(self: ModuleTranslator, node: cst.Del) -> None:
        target = node.target
        targets = [e.value for e in target.elements] if isinstance(target, cst.Tuple) else [target]
        for t in targets:
            if not isinstance(t, cst.Subscript):
                raise Unsupported("PG105", "del of a name", node)
            base = self.expr(t.value)
            bt = self.u.deep(base.t)
            sl = t.slice[0].slice
            if isinstance(bt, DictT) and isinstance(sl, cst.Index):
                k = self.expr(sl.value)
                self.out.emit(f"{base.code}.Delete({self.coerce(k, bt.key)})")
            elif isinstance(bt, ListT) and isinstance(sl, cst.Index):
                self.ctx.uses_pyrt = True
                idx = self.expr(sl.value)
                self.out.emit(f"pyrt.Pop(&{base.code}, {idx.code})")
                if isinstance(t.value, cst.Name):
                    for line in self.list_writeback(t.value.value, node):
                        self.out.emit(line)
            else:
                raise Unsupported("PG105", f"del on {bt}", node)

    # ------------------------------------------------------------------ assignment
    def s_AnnAssign(self: ModuleTranslator, node: cst.AnnAssign) -> None:
        ann = self.annotation(node.annotation.annotation)
        if isinstance(node.target, cst.Name):
            self.join(self.var_type(node.target.value), ann, node)
        elif isinstance(node.target, cst.Attribute):  # `self.entries: Dict[str, int] = {}`
            is_self = self.is_self(node.target.value)
            base_t = self.u.deep((self.self_g() if is_self else self.expr(node.target.value)).t)
            if isinstance(base_t, ClassT) and base_t.name in self.classes:
                ftype = self.field_type(self.classes[base_t.name], node.target.attr.value, create=True)
                assert ftype is not None
                self.join(ftype, ann, node)
        if node.value is None:
            return
        ann_t = self.u.deep(ann)
        dynamic = (isinstance(ann_t, DictT) and self.u.deep(ann_t.value) == ANY) or (
            isinstance(ann_t, ListT) and self.u.deep(ann_t.elem) == ANY
        )
        saved, self.dynamic_literal = (
            self.dynamic_literal,
            dynamic and isinstance(node.value, cst.Dict | cst.List),
        )
        try:
            self.assign(node.target, node.value, node)
        finally:
            self.dynamic_literal = saved

    def s_Assign(self: ModuleTranslator, node: cst.Assign) -> None:
        if self.library_attr_assign(node):
            return
        value = node.value
        if (
            self.fn is not None
            and self.fn.info is None
            and isinstance(node.targets[0].target, cst.Name)
            and isinstance(value, cst.Tuple)
            and len(value.elements) > 1
            and len({str(self.peek_type(e.value)) for e in value.elements}) == 1
        ):
            # A module-level tuple of like items is a constant sequence: a Go slice serves every use
            value = cst.List(elements=[cst.Element(e.value) for e in value.elements])
            node = node.with_changes(value=value)
        target = node.targets[0].target
        if (
            len(node.targets) == 1
            and isinstance(target, cst.Name)
            and self.fn is not None
            and (keys := self.static_dict(target.value, value)) is not None
            and isinstance(value, cst.Dict)
        ):
            # `kw = {"a": x}` used only as `C(**kw)`: its values are held here, passed as keywords there
            held = []
            for key, e in zip(keys, value.elements, strict=True):
                g = self.expr(e.value)
                tmp = self.ctx.tmp("kw")
                self.out.emit(f"{tmp} := {g.code}")
                held.append((key, G(tmp, g.t)))
            self.fn.kw_values[target.value] = held
            return
        if len(node.targets) > 1:
            g = self.hoist(self.expr(node.value))
            for t in node.targets:
                self.assign_value(t.target, g, node)
            names_ = [t.target.value for t in node.targets if isinstance(t.target, cst.Name)]
            for n in names_:
                self.track_alias(n, node.value)
            for n, m in zip(names_, names_[1:], strict=False):  # a = b = []: one list
                self.link_lists(n, m)
            return
        try:
            self.assign(node.targets[0].target, node.value, node)
        except Unsupported:
            if isinstance(node.targets[0].target, cst.Name):  # later uses see the new variable
                self.split_version(node.targets[0].target.value, node)
            raise
        if isinstance(node.targets[0].target, cst.Name):
            self.track_alias(node.targets[0].target.value, node.value)
            if isinstance(node.value, cst.Name):  # ys = xs: two names, one list
                self.link_lists(node.targets[0].target.value, node.value.value)

    def library_attr_assign(self: ModuleTranslator, node: cst.Assign) -> bool:
        """`s.auth = (user, pw)` or `s.headers[k] = v` on a library object: an `assign` rule's
        statement. Attributes of the script's own classes are fields and never reach the rules."""
        if len(node.targets) != 1:
            return False
        target = node.targets[0].target
        if isinstance(target, cst.Subscript) and isinstance(target.value, cst.Attribute):
            target = target.value  # `s.headers["X"] = v`: an item of a library object's attribute
        if not isinstance(target, cst.Attribute):
            return False
        bt = self.u.deep(self.peek_type(target.value))
        if isinstance(bt, OptionalT):
            bt = self.u.deep(bt.inner)
        if isinstance(bt, ClassT) and bt.name in self.classes:
            return False
        g = self.try_rules(node, "assign")
        if g is None:
            return False
        if g.code:
            self.out.emit(g.code)
        return True

    def track_alias(self: ModuleTranslator, name: str, value: cst.BaseExpression) -> None:
        """`items = d.setdefault(k, [])` / `items = d[k]`: Python shares that list with the
        container; Go's slice is a copy, so growing it must be written back to the slot."""
        fn = self.fn
        if fn is None:
            return
        fn.aliases.pop(name, None)
        for other in fn.links.pop(name, set()):  # rebound: no longer shares the old list
            fn.links.get(other, set()).discard(name)
        if not isinstance(self.u.deep(self.var_type(name)), ListT):
            return
        container = key = None
        if isinstance(value, cst.Call) and isinstance(value.func, cst.Attribute) and value.args:
            if value.func.attr.value in ("setdefault", "get"):
                container, key = value.func.value, value.args[0].value
        elif isinstance(value, cst.Subscript) and isinstance(value.slice[0].slice, cst.Index):
            container, key = value.value, value.slice[0].slice.value
        if container is None or key is None:
            return
        simple = (cst.Name, cst.Attribute, cst.SimpleString, cst.Integer)
        if not isinstance(container, simple) or not isinstance(key, simple):
            fn.aliases[name] = None
            return
        cont, k = self.expr(container), self.expr(key)
        ct, go = self.u.deep(cont.t), self.var_go(name)
        if isinstance(ct, DictT):
            fn.aliases[name] = f"{cont.code}.Set({self.coerce(k, ct.key)}, {go})"
        elif isinstance(ct, ListT):
            self.ctx.uses_pyrt = True
            fn.aliases[name] = f"pyrt.SetIndex({cont.code}, {k.code}, {go})"

    def link_lists(self: ModuleTranslator, name: str, other: str) -> None:
        """`name` now holds the same list as `other` (both list variables of this function)."""
        fn = self.fn
        if fn is None or name == other or not isinstance(self.u.deep(self.var_type(name)), ListT):
            return
        if self.lookup(other) is None:
            return
        group = {name, other} | fn.links.get(other, set())
        for member in group:
            fn.links[member] = group - {member}
        if other in fn.aliases:  # a slot-taken list shared by a second name: keep it simple
            fn.aliases[name] = fn.aliases[other]

    def assign(
        self: ModuleTranslator, target: cst.BaseExpression, value: cst.BaseExpression, node: cst.CSTNode
    ) -> None:
        if (
            isinstance(target, cst.Tuple | cst.List)
            and isinstance(value, cst.Tuple | cst.List)
            and len(target.elements) == len(value.elements)
        ):
            # a, b = b, a: evaluate all right-hand sides first
            gs = [self.hoist(self.expr(e.value)) for e in value.elements]
            if any(not g.code.isidentifier() for g in gs):
                gs = [self.force_temp(g) for g in gs]
            else:
                gs = [self.force_temp(g) for g in gs]
            for t, g in zip(target.elements, gs, strict=True):
                self.assign_value(t.value, g, node)
            return
        if isinstance(target, cst.Subscript) and isinstance(value, cst.Dict | cst.List):
            # `hosts[name] = {...}` into a dict[str, Any]: the display is dynamic data too
            bt = self.u.deep(self.peek_type(target.value))
            if (isinstance(bt, DictT) and self.u.deep(bt.value) == ANY) or (
                isinstance(bt, ListT) and self.u.deep(bt.elem) == ANY
            ):
                self.assign_value(target, self.dynamic_item(value, True), node)
                return
        if isinstance(target, cst.Name) and self.lookup(target.value) is not None:
            # `state = {"runs": 0}` where state holds dynamic values: the display is dynamic too
            self.assign_value(target, self.expect(value, self.var_type(target.value)), node)
            return
        self.assign_value(target, self.expr(value), node)

    def force_temp(self: ModuleTranslator, g: G) -> G:
        name = self.ctx.tmp("t")
        self.out.emit(f"{name} := {g.code}")
        return G(name, g.t)

    def assign_value(self: ModuleTranslator, target: cst.BaseExpression, g: G, node: cst.CSTNode) -> None:
        if isinstance(target, cst.Name):
            self.assign_name(target.value, g, node)
            return
        if isinstance(target, cst.Tuple | cst.List):
            t = self.u.deep(g.t)
            names = [e.value for e in target.elements]
            if isinstance(t, OptionalT) and isinstance(self.u.deep(t.inner), TupleT):
                t = self.u.deep(t.inner)  # unpacking None raises in Python; a nil pointer panics here
                g = G(g.code, t)
            if (
                isinstance(t, TupleT)
                and len(t.items) == len(names)
                and not any(isinstance(e, cst.StarredElement) for e in target.elements)
            ):
                parts = list(g.multi) if g.multi else None
                if parts is None:
                    held = self.hoist(g)
                    parts = [f"{held.code}.V{i}" for i in range(len(names))]
                for sub, code, it in zip(names, parts, t.items, strict=True):
                    self.assign_value(sub, G(code, it), node)
                return
            star = next((i for i, e in enumerate(target.elements) if isinstance(e, cst.StarredElement)), None)
            if star is not None and isinstance(t, ListT):  # first, *rest = xs: rest is a new list
                held = self.hoist(g)
                self.ctx.uses_pyrt = True
                after = len(names) - star - 1
                rest = self.ctx.tmp("rest")
                self.out.emit(f"{rest} := pyrt.StarSplit({held.code}, {star}, {after})")
                for i, sub in enumerate(names):
                    if i < star:
                        self.assign_value(sub, G(f"{held.code}[{i}]", t.elem), node)
                    elif i == star:
                        self.assign_value(sub, G(rest, ListT(t.elem)), node)
                    else:
                        self.assign_value(
                            sub, G(f"{held.code}[len({held.code})-{len(names) - i}]", t.elem), node
                        )
                return
            if star is not None:
                raise Unsupported("PG105", f"starred unpacking of a {t}", node)
            nt = self.namedtuple_of(t)
            if nt is not None and len(nt.fields) == len(names):  # name, port = host
                held = self.hoist(g)
                for sub, (f, ft) in zip(names, nt.fields.items(), strict=True):
                    self.assign_value(sub, G(f"{held.code}.{self.field_name(f)}", ft), node)
                return
            if isinstance(t, ListT):
                held = self.hoist(g)
                self.ctx.uses_pyrt = True
                self.out.emit(f"pyrt.CheckUnpack(len({held.code}), {len(names)})")
                for i, sub in enumerate(names):
                    self.assign_value(sub, G(f"{held.code}[{i}]", t.elem), node)
                return
            raise Unsupported("PG105", f"unpacking a {t}", node)
        if isinstance(target, cst.Subscript):
            base = self.expr(target.value)
            bt = self.u.deep(base.t)
            sl = target.slice[0].slice
            if isinstance(sl, cst.Index):
                idx = self.expr(sl.value)
                if isinstance(node, cst.Assign):
                    self.mark_stored(node.value)  # d[k] = row: the container holds row's list
                if isinstance(bt, DictT):
                    self.join(bt.key, idx.t, node)
                    vt = self.join_slot(target.value, bt.value, g.t, node)
                    self.out.emit(f"{base.code}.Set({self.coerce(idx, bt.key)}, {self.coerce(g, vt)})")
                    return
                if isinstance(bt, ListT):
                    self.join(bt.elem, g.t, node)
                    self.ctx.uses_pyrt = True
                    self.out.emit(f"pyrt.SetIndex({base.code}, {idx.code}, {self.coerce(g, bt.elem)})")
                    return
                if bt == ANY and dynamic_ok(self.u.deep(g.t)) and dynamic_ok(self.u.deep(idx.t)):
                    # state["services"][key] = n on json data: checked at run time like Python
                    self.ctx.uses_pyrt = True
                    self.out.emit(
                        f"pyrt.DynSetItem({base.code}, {self.coerce(idx, ANY)}, {self.coerce(g, ANY)})"
                    )
                    return
            if isinstance(bt, ListT) and _whole_slice(sl) and isinstance(target.value, cst.Name):
                # dirs[:] = [...]: the same list gets new contents (os.walk pruning, in-place filters)
                self.join(bt, g.t, node)
                self.out.emit(f"{base.code} = append({base.code}[:0:0], {self.coerce(g, bt)}...)")
                for line in self.list_writeback(target.value.value, node):
                    self.out.emit(line)
                return
            raise Unsupported("PG105", f"assignment to a subscript of {bt}", node)
        if isinstance(target, cst.Attribute):
            is_self = self.is_self(target.value)
            base = self.self_g() if is_self else self.expr(target.value)
            bt = self.u.deep(base.t)
            if isinstance(bt, OptionalT):
                bt = self.u.deep(bt.inner)  # None.attr = x raises in Python; a nil pointer panics in Go
            key = dotted_name(target)
            for scope in self.narrowed:
                scope.pop(key, None)
            if isinstance(bt, ClassT) and bt.name in self.classes:
                if isinstance(node, cst.Assign):
                    self.mark_stored(node.value)  # self.rows = rows: the object holds the list
                cls = self.classes[bt.name]
                prop = self.find_method(cls, target.attr.value)
                if prop is not None and prop.kind == "property":  # obj.x = v runs the setter
                    setter = self.find_method(cls, f"{target.attr.value}.setter")
                    if setter is None:
                        raise Unsupported(
                            "PG104", f"assignment to the read-only property {prop.py_name}", node
                        )
                    recv = base
                    if is_self and self.overridden_below(cls, f"{target.attr.value}.setter"):
                        recv = G(self.self_dispatch(cls, base.code), base.t)
                    self.join(setter.param_types[0], g.t, node)
                    self.comp_scopes.append({"__py2go_set__": g})
                    try:
                        call = cst.Call(func=target, args=[cst.Arg(cst.Name("__py2go_set__"))])
                        r = self.call_user(setter, call, recv)
                    finally:
                        self.comp_scopes.pop()
                    if r.code:
                        self.out.emit(r.code)
                    return
                ftype = self.field_type(cls, target.attr.value, create=True)
                assert ftype is not None
                self.join(ftype, g.t, node)
                code = base.code
                if not is_self and self.is_virtual(cls):
                    code = f"{code}.{self.upcast(cls)}()"
                self.out.emit(f"{code}.{self.field_name(target.attr.value)} = {self.coerce(g, ftype)}")
                return
            raise Unsupported("PG104", f"assignment to attribute '{target.attr.value}' of {bt}", node)
        raise Unsupported("PG105", f"assignment to {type(target).__name__}", node)

    def assign_name(self: ModuleTranslator, name: str, g: G, node: cst.CSTNode) -> None:
        if name == "_":
            self.out.emit(f"_ = {g.code}")
            return
        self.rebound(name)
        version = self.split_version(name, node)
        vt = self.var_type(name)
        try:
            t = self.join(vt, g.t, node)
        except Unsupported as exc:
            if exc.code == "PG402":
                self.request_split(name, node)
            raise
        go = self.var_go(name)
        value = self.coerce(g, t)
        for scope in self.narrowed:
            scope.pop(name, None)
        if version is not None:  # a split name's next binding: a new Go variable
            if g.t == NONE or value == "nil" or self.u.deep(g.t) != self.u.deep(t):
                self.out.emit(f"var {go} {self.gotype(t)} = {value}")
            else:
                self.out.emit(f"{go} := {value}")
            self.out.emit(f"_ = {go}")
        elif self.declares_here(name, node):
            self.mark_declared(name)
            if g.t == NONE or value == "nil" or self.u.deep(g.t) != self.u.deep(t):
                self.out.emit(f"var {go} {self.gotype(t)} = {value}")
            else:
                self.out.emit(f"{go} := {value}")
            self.out.emit_unused(self, name)
        else:
            self.out.emit(f"{go} = {value}")

    def s_AugAssign(self: ModuleTranslator, node: cst.AugAssign) -> None:
        op = _AUG[type(node.operator).__name__]
        target = node.target
        if isinstance(target, cst.Subscript):
            base = self.hoist(self.expr(target.value))
            sl = target.slice[0].slice
            if not isinstance(sl, cst.Index):
                raise Unsupported("PG105", "augmented assignment to a slice", node)
            idx = self.hoist(self.expr(sl.value))
            current = G("__CUR__", self.u.fresh())
            bt = self.u.deep(base.t)
            if isinstance(bt, DictT):
                self.join(bt.key, idx.t, node)  # c[(unit, sig)] += 1 types a Counter's keys, as d[k] = v
                idx = G(self.coerce(idx, bt.key), bt.key)
                current = G(f"{base.code}.MustGet({idx.code})", bt.value)
            elif isinstance(bt, ListT):
                self.ctx.uses_pyrt = True
                current = G(f"pyrt.Index({base.code}, {idx.code})", bt.elem)
            elif bt == ANY and dynamic_ok(self.u.deep(idx.t)):  # counts[k] += 1 on json data
                self.ctx.uses_pyrt = True
                current = G(f"pyrt.DynIndex({base.code}, {self.coerce(idx, ANY)})", ANY)
            else:
                raise Unsupported("PG105", f"augmented assignment on {bt}", node)
            new = self.binop(current, op, node.value, node)
            if bt == ANY:
                if not dynamic_ok(self.u.deep(new.t)):
                    raise Unsupported(
                        "PG105", f"augmented assignment of a {new.t} into a dynamic value", node
                    )
                self.out.emit(
                    f"pyrt.DynSetItem({base.code}, {self.coerce(idx, ANY)}, {self.coerce(new, ANY)})"
                )
                return
            if isinstance(bt, DictT):
                self.out.emit(f"{base.code}.Set({idx.code}, {self.coerce(new, bt.value)})")
            else:
                self.out.emit(f"pyrt.SetIndex({base.code}, {idx.code}, {self.coerce(new, bt.elem)})")
            return
        if isinstance(target, cst.Name):
            cur = self.expr(target)
            ct = self.u.deep(cur.t)
            if op == "+" and isinstance(ct, ListT):
                other = self.expr(node.value)
                self.join(ct, other.t, node)
                self.out.emit(f"{cur.code} = append({cur.code}, {other.code}...)")
                for line in self.list_writeback(target.value, node):
                    self.out.emit(line)
                return
            new = self.binop(cur, op, node.value, node)
            t = self.join(self.var_type(target.value), new.t, node)
            simple = {"+", "-", "*", "&", "|", "^", "<<", ">>"}
            if (
                op in simple
                and self.u.deep(new.t) == self.u.deep(cur.t)
                and new.code.startswith(cur.code + " ")
            ):
                rhs = new.code[len(cur.code) + 3 :]
                self.out.emit(f"{cur.code} {op}= {rhs}")
            else:
                self.out.emit(f"{cur.code} = {self.coerce(new, t)}")
            return
        if isinstance(target, cst.Attribute):
            cur = self.expr(target)
            new = self.binop(cur, op, node.value, node)
            self.assign_value(target, new, node)
            return
        raise Unsupported("PG105", "augmented assignment target", node)

    def binop(self: ModuleTranslator, left: G, op: str, right: cst.BaseExpression, node: cst.CSTNode) -> G:
        """Translate `left <op> right` where left is already Go text."""
        placeholder = "__py2go_lhs__"
        self.comp_scopes.append({placeholder: left})
        try:
            return self.expr(cst.BinaryOperation(left=cst.Name(placeholder), operator=_BIN[op], right=right))
        finally:
            self.comp_scopes.pop()

    # ------------------------------------------------------------------ if / while / for
    def when_true(self: ModuleTranslator, test: cst.BaseExpression) -> dict[str, PyType]:
        """Optional values known not to be None where `test` held (`x is not None and y`)."""
        if isinstance(test, cst.BooleanOperation) and isinstance(test.operator, cst.And):
            return {**self.when_true(test.left), **self.when_true(test.right)}
        found = self.none_test(test)
        return self.narrowing(found[0]) if found and not found[1] else {}

    def when_false(self: ModuleTranslator, test: cst.BaseExpression) -> dict[str, PyType]:
        """Optional values known not to be None where `test` failed (`x is None or y is None`)."""
        if isinstance(test, cst.BooleanOperation) and isinstance(test.operator, cst.Or):
            return {**self.when_false(test.left), **self.when_false(test.right)}
        found = self.none_test(test)
        return self.narrowing(found[0]) if found and found[1] else {}

    def s_If(self: ModuleTranslator, node: cst.If) -> None:
        """if/elif/else; a later branch runs only when the earlier tests failed, so it knows what
        they ruled out (`if x is None: ... elif x.upper() == ...`), and so does the code after
        an `if x is None: return`."""
        known: dict[str, PyType] = {}
        branch: cst.If | cst.Else | None = node
        first = True
        nested = 0
        all_exit = True
        while isinstance(branch, cst.If):
            all_exit = all_exit and _exits(branch.body)
            self.narrowed.append(dict(known))
            try:
                with self.buf.capture() as pre:
                    cond = self.condition(branch.test)
            except Unsupported:
                if not self.strict:  # `if best is None or n > best.n: best = x`: the body types best
                    self.type_only(branch.body)
                raise
            finally:
                self.narrowed.pop()
            if first:
                for line in pre.lines:
                    self.out.emit(line)
                self.out.emit(f"if {cond} {{")
            elif pre.lines:  # the elif condition needs statements first: nest it in the else
                self.out.emit("} else {")
                for line in pre.lines:
                    self.out.emit(line)
                self.out.emit(f"if {cond} {{")
                nested += 1
            else:
                self.out.emit(f"}} else if {cond} {{")
            self.block(branch.body, {**known, **self.when_true(branch.test)})
            known.update(self.when_false(branch.test))
            first = False
            branch = branch.orelse
        if isinstance(branch, cst.Else):
            self.out.emit("} else {")
            self.block(branch.body, known)
        self.out.emit("}" * (nested + 1))
        if branch is None and all_exit:
            self.narrowed[-1].update(known)  # `if x is None: return` narrows what follows
        elif node.orelse is None and not all_exit:
            self.narrow_defaulted(node)

    def narrow_defaulted(self: ModuleTranslator, node: cst.If) -> None:
        """`if x is None: x = []` (the default-argument idiom): after it x holds a value."""
        test = self.none_test(node.test)
        if test is None or not test[1] or "." in test[0]:
            return
        value = _sole_assignment(node.body, test[0])
        if value is None:
            return
        vt = self.peek_type(value)
        if vt != NONE and not isinstance(vt, OptionalT | TVar) and test[0] in self.narrow_types:
            self.narrowed[-1][test[0]] = self.narrow_types[test[0]]

    def s_While(self: ModuleTranslator, node: cst.While) -> None:
        flag = self.ctx.tmp("broke") if node.orelse is not None else ""
        if flag:
            self.out.emit(f"{flag} := false")
        with self.buf.capture() as pre:
            cond = self.condition(node.test)
        if pre.lines:
            self.out.emit("for {")
            for line in pre.lines:
                self.out.emit(line)
            self.out.emit(f"if !{self.paren(cond)} {{")
            self.out.emit("break")
            self.out.emit("}")
        else:
            self.out.emit("for {" if cond == "true" else f"for {cond} {{")
        self.enter_loop(flag)
        self.enter_loop_escapes(set(), node.body)
        ok = False
        try:
            self.block(node.body)
            ok = True
        finally:
            self.exit_loop()
            self.exit_loop_escapes(node, ok)
        self.out.emit("}")
        if flag:
            self.out.emit(f"if !{flag} {{")
            self.block(node.orelse.body)
            self.out.emit("}")

    def enter_loop(self: ModuleTranslator, flag: str) -> None:
        assert self.fn is not None
        self.fn.loop_depth += 1
        self.loop_flags.append(flag)

    def exit_loop(self: ModuleTranslator) -> None:
        assert self.fn is not None
        self.fn.loop_depth -= 1
        self.loop_flags.pop()

    def s_For(self: ModuleTranslator, node: cst.For) -> None:
        if (gen := self.generator_call(node.iter)) is not None:
            self.generator_loop(node, gen)
            return
        flag = self.ctx.tmp("broke") if node.orelse is not None else ""
        if flag:
            self.out.emit(f"{flag} := false")
        self.comp_scopes.append({})  # loop-scoped targets live here for the loop's duration
        try:
            self.loop_header(node, node.target, node.iter, comprehension=False)
            self.enter_loop(flag)
            self.enter_loop_escapes(held_items(node.target, node.iter), node.body)
            ok = False
            try:
                self.block(node.body)
                ok = True
            finally:
                self.exit_loop()
                self.exit_loop_escapes(node, ok)
            self.loop_footer()
        finally:
            self.comp_scopes.pop()
        if flag:
            self.out.emit(f"if !{flag} {{")
            self.block(node.orelse.body)
            self.out.emit("}")
            if _exits(node.orelse.body):  # only a `break` gets past: what every break assigned holds
                for name in _assigned_at_breaks(node.body):
                    t = self.peek_type(cst.Name(name))
                    inner = self.u.deep(t.inner) if isinstance(t, OptionalT) else None
                    if inner is not None and not isinstance(inner, TVar) and not self.nilable(inner):
                        self.narrow_types[name] = inner
                        self.narrowed[-1][name] = inner

    # ------------------------------------------------------------------ try / with
    def flow_closure(self: ModuleTranslator, body_fn, catch: str | None) -> tuple[str, str, set[str]]:
        """Run `body_fn` inside `func() (flow int, err error) {...}()`; return (flow var, err var, uses)."""
        fn = self.fn
        assert fn is not None
        self.ctx.uses_pyrt = True
        flow, err = self.ctx.tmp("flow"), self.ctx.tmp("err")
        frame = Frame("closure")
        fn.frames.append(frame)
        self.closure_loop_depth.append(fn.loop_depth)
        with self.buf.capture() as inner:
            body_fn()
        fn.frames.pop()
        self.closure_loop_depth.pop()
        self.out.emit(f"{flow}, {err} := func() (flow int, err error) {{")
        if catch:
            self.out.emit(f"defer pyrt.{catch}(&err)")
        for line in inner.lines:
            self.out.emit(line)
        if not _ends_with_return(inner.lines):
            self.out.emit("return pyrt.FlowNext, nil")
        self.out.emit("}()")
        return flow, err, frame.uses

    def dispatch_flow(self: ModuleTranslator, flow: str, uses: set[str]) -> None:
        """After a closure: perform the return/break/continue its body executed."""
        if "return" in uses:
            self.out.emit(f"if {flow} == pyrt.FlowReturn {{")
            self.return_stored()
            self.out.emit("}")
        if "break" in uses:
            self.out.emit(f"if {flow} == pyrt.FlowBreak {{")
            self.jump("break")
            self.out.emit("}")
        if "continue" in uses:
            self.out.emit(f"if {flow} == pyrt.FlowContinue {{")
            self.jump("continue")
            self.out.emit("}")
        if not uses:
            self.out.emit(f"_ = {flow}")

    def return_stored(self: ModuleTranslator) -> None:
        fn = self.fn
        assert fn is not None
        if fn.init_recv is not None and not (fn.frames and fn.frames[-1].kind == "closure"):
            self.out.emit(f"return {fn.init_recv}, nil" if fn.fallible else f"return {fn.init_recv}")
            return
        results = self.result_types()
        values = [self.ret_var(i, results) for i in range(len(results))]
        if fn.frames and fn.frames[-1].kind == "closure":
            fn.frames[-1].uses.add("return")
            self.out.emit("return pyrt.FlowReturn, nil")
            return
        if fn.fallible:
            values.append("nil")
        self.out.emit(f"return {', '.join(values)}".rstrip())

    def s_Try(self: ModuleTranslator, node: cst.Try) -> None:
        if node.finalbody is not None:
            flow, err, uses = self.flow_closure(lambda: self._try_with_finally(node), None)
            self.dispatch_flow(flow, uses)
            self.out.emit(f"if {err} != nil {{")
            self.raise_error(err)
            self.out.emit("}")
            return
        self._try_core(node)

    def _try_with_finally(self: ModuleTranslator, node: cst.Try) -> None:
        assert node.finalbody is not None
        mark = self.ctx._counter
        with self.buf.capture() as plain:
            self.block(node.finalbody.body)
        if not any(line.strip().startswith("return") for line in plain.lines):
            self.out.emit("defer func() {")
            for line in plain.lines:
                self.out.emit(line)
            self.out.emit("}()")
            if node.handlers or node.orelse:
                self._try_core(node)
            else:
                self.block(node.body)
            return
        self.ctx._counter = mark
        with self.buf.capture() as fin:
            # its own closure: an exception raised in `finally` replaces the one in flight
            flow, ferr, uses = self.flow_closure(lambda: self.block(node.finalbody.body), "Catch")
        if uses:
            raise Unsupported("PG105", "return, break or continue inside finally", node.finalbody)
        self.out.emit("defer func() {")
        for line in fin.lines:
            self.out.emit(line)
        self.out.emit(f"_ = {flow}")
        self.out.emit(f"if {ferr} != nil {{")
        self.out.emit(f"err = {ferr}")
        self.out.emit("}")
        self.out.emit("}()")
        if node.handlers or node.orelse:
            self._try_core(node)
        else:
            self.block(node.body)

    def _try_core(self: ModuleTranslator, node: cst.Try) -> None:
        catch_all = any(h.type is None for h in node.handlers)
        flow, err, uses = self.flow_closure(
            lambda: self.block(node.body), "CatchAll" if catch_all else "Catch"
        )
        self.dispatch_flow(flow, uses)
        if not node.handlers:
            self.out.emit(f"if {err} != nil {{")
            self.raise_error(err)
            self.out.emit("}")
            return
        self.out.emit(f"if {err} != nil {{")
        first = True
        handled_all = False
        for h in node.handlers:
            cond = self.except_condition(h, err)
            if cond == "true":
                self.out.emit("{" if first else "} else {")
                handled_all = True
            else:
                self.out.emit(f"if {cond} {{" if first else f"}} else if {cond} {{")
            first = False
            assert self.fn is not None
            self.fn.in_handler.append(err)
            try:
                scope: dict[str, G] = {}
                if h.name is not None and isinstance(h.name.name, cst.Name):
                    # Python unbinds the name after the handler: a variable of the handler alone
                    name = h.name.name.value
                    go = self.var_go(name)
                    cls = self.handler_class(h)
                    if cls is not None:  # `except DeployError as e: e.state`: the concrete type
                        self.out.emit(f"var {go} {self.gotype(ClassT(cls.py_name, True))}")
                        self.out.emit(f"errors.As({err}, &{go})")
                        scope[name] = G(go, ClassT(cls.py_name, True))
                    else:
                        self.out.emit(f"{go} := {err}")
                        scope[name] = G(go, EXC)
                    self.out.emit(f"_ = {go}")
                self.comp_scopes.append(scope)
                try:
                    self.block(h.body)
                finally:
                    self.comp_scopes.pop()
            finally:
                self.fn.in_handler.pop()
            if handled_all:
                break
        if not handled_all:
            self.out.emit("} else {")
            self.raise_error(err)
        self.out.emit("}")
        if node.orelse is not None:
            self.out.emit("} else {")
            self.block(node.orelse.body)
        self.out.emit("}")

    def handler_class(self: ModuleTranslator, h: cst.ExceptHandler) -> ClassInfo | None:
        """The script's exception class an `except C as e` names, when no other class derives from it."""
        cname = self.class_ref(h.type) if h.type is not None else None
        if cname is None:
            return None
        return self.classes[cname]  # with subclasses: its interface, which they all implement

    def except_condition(self: ModuleTranslator, h: cst.ExceptHandler, err: str) -> str:
        if h.type is None:
            return "true"
        types = [e.value for e in h.type.elements] if isinstance(h.type, cst.Tuple) else [h.type]
        conds = []
        bound = h.name.name.value if h.name is not None and isinstance(h.name.name, cst.Name) else None
        # `except yaml.YAMLError as e: print(e)`: an except rule's `warn_when: {AS: ...}` holds
        # when the handler binds the exception and reads it (its text may differ from Python's)
        self.except_reads_exc = bound is not None and any(n.value == bound for n in walk_names(h.body))
        for t in types:
            try:
                rule = self.try_rules(t, "except")
            finally:
                self.except_reads_exc = False
            if rule is not None:
                conds.append(rule.code.replace("ERR", err))
                continue
            cname = self.class_ref(t)
            name = cname if cname is not None else self.resolver(t)
            if name is None:
                raise Unsupported("PG105", "except with a computed exception class", h)
            if name.startswith("yaml.") and name != "yaml.YAMLError":
                raise Unsupported(
                    "PG201",
                    f"except {name}: py2go raises every YAML error as yaml.YAMLError, so the subclass "
                    "cannot be told apart (catch yaml.YAMLError)",
                    h,
                )
            if name in ("Exception", "BaseException"):
                return "true" if name == "BaseException" or not h.type else f'pyrt.IsKind({err}, "Exception")'
            self.ctx.uses_pyrt = True
            conds.append(f'pyrt.IsKind({err}, "{name.rsplit(".", 1)[-1]}")')
        return " || ".join(conds)

    def s_With(self: ModuleTranslator, node: cst.With) -> None:
        def body() -> None:
            for item in node.items:  # `with a() as x, b() as y`: deferred closes run in reverse, as in Python
                self.bind_with_target(item, node)
            self.block(node.body)

        flow, err, uses = self.flow_closure(body, "Catch")
        self.dispatch_flow(flow, uses)
        self.out.emit(f"if {err} != nil {{")
        self.raise_error(err)
        self.out.emit("}")

    # ------------------------------------------------------------------ definitions inside functions
    def s_FunctionDef(self: ModuleTranslator, node: cst.FunctionDef) -> None:
        """A nested def: a Go func literal in a local (`var f func..` first when it is declared
        earlier, e.g. because it calls itself), closing over the enclosing function's variables."""
        info = self.nested_funcs.get(id(node))
        fn = self.fn
        if info is None or fn is None or fn.info is None:
            raise Unsupported(
                "PG107", "function definitions inside the module body's blocks are not translated", node
            )
        name = node.name.value
        local = fn.scope.locals.get(name)
        if (
            local is None
            or any(o.kind not in ("def", "load") for o in local.occurrences)
            or sum(o.kind == "def" for o in local.occurrences) > 1
        ):
            raise Unsupported(
                "PG107", f"'{name}' is defined more than once or also bound to another value", node
            )
        if node.decorators:
            raise Unsupported("PG107", "decorators on nested functions are not translated", node)
        if info.gen_elem is not None:
            raise Unsupported("PG102", "nested generator functions are not translated", node)
        declares = self.declares_here(name, node)
        for default in info.defaults:  # evaluated once, when the def runs (not at each call)
            if default is None or _constant(default):
                continue
            if not declares:
                raise Unsupported(
                    "PG107",
                    f"a computed default value of '{name}', defined in another block than it is used",
                    node,
                )
            g = self.expr(default)
            tmp = self.ctx.tmp(f"{self.var_go(name)}Default")
            self.out.emit(f"{tmp} := {g.code}")
            self.def_defaults[id(default)] = G(tmp, g.t)
        saved = (
            self.narrowed,
            self.loop_flags,
            self.loop_footers,
            self.closure_loop_depth,
            self.narrow_types,
        )
        self.outer_fns.append(fn)
        self.narrowed, self.loop_flags, self.loop_footers, self.closure_loop_depth = [], [], [], []
        self.narrow_types = {}
        try:
            lines, _ = self.body_or_todo(info, None)
        finally:
            self.outer_fns.pop()
            self.fn = fn
            self.narrowed, self.loop_flags, self.loop_footers, self.closure_loop_depth, self.narrow_types = (
                saved
            )
        params, results = self.signature_types(info)
        head = f"func({', '.join(params)}){_func_results(results)}"
        go = self.var_go(name)
        s, e = self.lines_of(node)
        self.functions_map.append((info.py_name, go, s, e))
        body = "\n".join(lines)
        if declares:
            self.mark_declared(name)
            self.out.emit(f"{go} := {head} {{\n{body}\n}}")
            self.out.emit_unused(self, name)
        else:
            self.out.emit(f"{go} = {head} {{\n{body}\n}}")

    def nested_go_type(self: ModuleTranslator, info: FuncInfo) -> str:
        params, results = self.signature_types(info)
        return f"func({', '.join(params)}){_func_results(results)}"

    def s_ClassDef(self: ModuleTranslator, node: cst.ClassDef) -> None:
        """At module level: set the class attributes where Python runs the class body."""
        if self.fn is None or self.fn.info is not None or node.name.value not in self.classes:
            raise Unsupported("PG105", "class definitions inside functions are not translated", node)
        cls = self.classes[node.name.value]
        for attr, (value, t) in cls.class_attrs.items():
            g = self.expr(value)
            self.join(t, g.t, value)
            self.out.emit(f"{self.class_attr_go(cls, attr)} = {self.coerce(g, t)}")


def _suite_statements(body: cst.BaseSuite) -> list[cst.BaseStatement]:
    if isinstance(body, cst.IndentedBlock):
        return list(body.body)
    if isinstance(body, cst.SimpleStatementSuite):
        return [cst.SimpleStatementLine(body=body.body)]
    return []


def _exits(body: cst.BaseSuite) -> bool:
    """True when a block always leaves: return, raise, continue, break or sys.exit(...) last."""
    stmts = _suite_statements(body)
    if not stmts or not isinstance(stmts[-1], cst.SimpleStatementLine):
        return False
    last = stmts[-1].body[-1]
    if isinstance(last, cst.Return | cst.Raise | cst.Continue | cst.Break):
        return True
    if isinstance(last, cst.Expr) and isinstance(last.value, cst.Call):
        func = last.value.func
        return isinstance(func, cst.Attribute) and func.attr.value == "exit"
    return False


def _sole_assignment(body: cst.BaseSuite, name: str) -> cst.BaseExpression | None:
    """The value of the one `name = value` statement of a block, at its top level, when nothing
    else in the block binds `name` (no other assignment, loop target, del, ...)."""
    found: list[cst.BaseExpression] = []
    for st in _suite_statements(body):
        if isinstance(st, cst.SimpleStatementLine):
            for small in st.body:
                if (
                    isinstance(small, cst.Assign)
                    and len(small.targets) == 1
                    and isinstance(small.targets[0].target, cst.Name)
                    and small.targets[0].target.value == name
                ):
                    found.append(small.value)
    bindings = [
        n
        for n in walk(body)
        if isinstance(n, cst.AssignTarget | cst.AugAssign | cst.AnnAssign | cst.For | cst.Del | cst.NamedExpr)
        and any(isinstance(t, cst.Name) and t.value == name for t in walk(getattr(n, "target", n)))
    ]
    return found[0] if len(found) == 1 and len(bindings) == 1 else None


def _assigned_at_breaks(body: cst.BaseSuite) -> set[str]:
    """Names every `break` of this loop (not of nested loops) follows a non-None assignment of, in
    the same straight-line path: `for ...: if ok: start = i; break` + `else: raise` leaves
    `start` set after the loop."""
    found: list[set[str]] = []

    def scan(stmts: list[cst.BaseStatement], assigned: set[str]) -> None:
        for st in stmts:
            if isinstance(st, cst.SimpleStatementLine):
                for small in st.body:
                    if isinstance(small, cst.Assign) and len(small.targets) == 1:
                        target = small.targets[0].target
                        if isinstance(target, cst.Name):
                            is_none = isinstance(small.value, cst.Name) and small.value.value == "None"
                            assigned = assigned - {target.value} if is_none else assigned | {target.value}
                    elif isinstance(small, cst.Break):
                        found.append(assigned)
                        return
            elif isinstance(st, cst.If):
                branch: cst.If | cst.Else | None = st
                while isinstance(branch, cst.If):
                    scan(_suite_statements(branch.body), assigned)
                    branch = branch.orelse
                if isinstance(branch, cst.Else):
                    scan(_suite_statements(branch.body), assigned)
            elif isinstance(st, cst.With | cst.Try):
                scan(_suite_statements(st.body), assigned)
                if isinstance(st, cst.Try):  # a handler or else may break too: it knows less
                    for h in st.handlers:
                        scan(_suite_statements(h.body), assigned)
                    if st.orelse is not None:
                        scan(_suite_statements(st.orelse.body), assigned)
            elif not isinstance(st, cst.For | cst.While | cst.FunctionDef | cst.ClassDef):
                found.append(set())  # e.g. `match`: its breaks are not analysed, so nothing is known
            # nested loops own their breaks

    scan(_suite_statements(body), set())
    return set.intersection(*found) if found else set()


def _ends_with_return(lines: list[str]) -> bool:
    for line in reversed(lines):
        text = line.strip()
        if text and not text.startswith("//"):
            return text.startswith(("return ", "panic(")) or text == "return"
    return False


def _is_statement_call(code: str) -> bool:
    """Go accepts a call as a statement unless it is a builtin that only computes a value."""
    if code.isidentifier() or not code.endswith(")") or "(" not in code:
        return False
    head = code[: code.index("(")]
    return head not in ("len", "cap", "append", "min", "max", "complex", "real", "imag", "new", "make") and (
        head.replace(".", "").replace("_", "").isalnum()
    )


__all__ = ["StmtMixin", "_operand", "STR"]


# Library exception classes a script raises with one message (pyrt knows their place in the
# hierarchy): `raise argparse.ArgumentTypeError(msg)` in a type= function.
_LIBRARY_EXC = {
    "argparse.ArgumentTypeError": "ArgumentTypeError",
    "subprocess.SubprocessError": "SubprocessError",
}


def _whole_slice(sl: cst.BaseSlice) -> bool:
    """`[:]`, and only that: a slice assignment that replaces every item."""
    return isinstance(sl, cst.Slice) and sl.lower is None and sl.upper is None and sl.step is None


def _func_results(results: list[str]) -> str:
    if not results:
        return ""
    return f" {results[0]}" if len(results) == 1 else f" ({', '.join(results)})"


def _constant(node: cst.BaseExpression) -> bool:
    """A default whose value cannot change between the def and a call: a literal."""
    if isinstance(node, cst.UnaryOperation) and isinstance(node.operator, cst.Minus):
        node = node.expression
    if isinstance(node, cst.Integer | cst.Float | cst.SimpleString):
        return True
    return isinstance(node, cst.Name) and node.value in ("True", "False", "None")
