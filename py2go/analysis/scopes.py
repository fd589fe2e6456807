"""Where each local name of a function is bound and read, so Go can declare it in the right block.

Python scopes a name to the whole function; Go scopes it to a block. For each
local we find the innermost block that contains every use (the declaration
block) and whether the first use is a plain binding there (then Go can use
``:=`` in place) or the name must be declared with ``var`` at the start of
that block. Names never read would be a Go compile error, so we record that too.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import libcst as cst

from py2go.analysis.walk import FastVisitor, names, walk

Path_ = tuple[int, ...]

INLINE_KINDS = frozenset({"assign", "loop", "unpack", "with", "except", "def"})

# calls that run a lambda argument before they return: its free variables cannot change in between
_RUNS_NOW = frozenset({"sorted", "min", "max", "map", "filter", "any", "all", "sum", "list", "dict", "set"})
# methods that keep a lambda argument for later (a callback list, a dispatch table)
_KEEPS = frozenset({"append", "insert", "extend", "add", "setdefault", "update", "put", "register"})


@dataclass
class Occurrence:
    path: Path_
    kind: str  # assign | unpack | aug | loop | with | except | def | load | del
    node: cst.CSTNode  # the statement (or for/with/except node) that binds, or the Name read


@dataclass
class LocalInfo:
    name: str
    occurrences: list[Occurrence] = field(default_factory=list)
    # read by a nested function or a stored lambda, which sees its value when it runs (Python
    # binds late): one Go variable for the whole function, never a per-iteration one
    captured: bool = False

    @property
    def decl_path(self) -> Path_:
        paths = [o.path for o in self.occurrences]
        prefix = paths[0]
        for p in paths[1:]:
            n = 0
            while n < len(prefix) and n < len(p) and prefix[n] == p[n]:
                n += 1
            prefix = prefix[:n]
        return prefix

    @property
    def first(self) -> Occurrence:
        return self.occurrences[0]

    @property
    def inline(self) -> bool:
        """True when the first occurrence binds the name in its declaration block."""
        f = self.first
        return not self.captured and f.kind in INLINE_KINDS and f.path == self.decl_path

    @property
    def loop_scoped(self) -> bool:
        """Bound only as a `for` target and used only inside those loops: each loop may give it
        its own Go variable (and type), as `for ds in lists:` then `for ds in sets:` needs."""
        loops = [o.path for o in self.occurrences if o.kind == "loop"]
        if self.captured or not loops or any(o.kind not in ("loop", "load") for o in self.occurrences):
            return False
        return (
            all(any(o.path[: len(lp)] == lp for lp in loops) for o in self.occurrences if o.kind == "load")
            and len(loops) > 1
        )

    @property
    def read(self) -> bool:
        return any(o.kind == "load" for o in self.occurrences)


@dataclass
class Scope:
    """Facts about one function (or the module body)."""

    params: tuple[str, ...]
    locals: dict[str, LocalInfo]
    globals_declared: frozenset[str]
    nonlocal_declared: frozenset[str] = frozenset()


def _names_in_target(node: cst.BaseExpression) -> list[cst.Name]:
    if isinstance(node, cst.Name):
        return [node]
    if isinstance(node, cst.Tuple | cst.List):
        out: list[cst.Name] = []
        for el in node.elements:
            out.extend(_names_in_target(el.value))
        return out
    if isinstance(node, cst.StarredElement):
        return _names_in_target(node.value)
    return []


class _Collector(FastVisitor):
    def __init__(self, params: tuple[str, ...], body: cst.CSTNode) -> None:
        self.params = set(params)
        self.infos: dict[str, LocalInfo] = {}
        self.loads: list[tuple[str, Path_, cst.CSTNode]] = []
        self.globals: set[str] = set()
        self.nonlocals: set[str] = set()
        self.path: list[int] = [id(body)]
        self.body = body
        self.captures: list[tuple[str, cst.CSTNode]] = []  # free names of nested functions
        self.immediate: set[int] = set()  # lambdas a call runs before it returns (key=)

    # Blocks -------------------------------------------------------------
    def _push_block(self, node: cst.CSTNode) -> None:
        self.path.append(id(node))

    def visit_IndentedBlock(self, node: cst.IndentedBlock) -> None:
        if node is not self.body:
            self._push_block(node)

    def leave_IndentedBlock(self, node: cst.IndentedBlock) -> None:
        if node is not self.body:
            self.path.pop()

    def visit_SimpleStatementSuite(self, node: cst.SimpleStatementSuite) -> None:
        if node is not self.body:
            self._push_block(node)

    def leave_SimpleStatementSuite(self, node: cst.SimpleStatementSuite) -> None:
        if node is not self.body:
            self.path.pop()

    # Nested scopes are analysed on their own ----------------------------
    def visit_FunctionDef(self, node: cst.FunctionDef) -> bool:
        if node is self.body:
            return True
        self._bind(node.name.value, "def", node)  # a nested function: a local holding a func value
        for p in (*node.params.params, *node.params.kwonly_params):
            if p.default is not None:
                self.visit(p.default)
        inner = analyse_scope(node.body, _param_names(node.params))
        own = (set(inner.locals) | set(inner.params)) - inner.nonlocal_declared
        for n in names(node.body):
            if n.value not in own:
                self.captures.append((n.value, node))
        return False

    def visit_ClassDef(self, node: cst.ClassDef) -> bool:
        return False

    def visit_Call(self, node: cst.Call) -> None:
        func = node.func
        runs_now = (isinstance(func, cst.Name) and func.value in _RUNS_NOW) or (
            isinstance(func, cst.Attribute) and func.attr.value not in _KEEPS
        )
        for arg in node.args:
            if isinstance(arg.value, cst.Lambda) and (
                runs_now or (arg.keyword is not None and arg.keyword.value == "key")
            ):
                self.immediate.add(id(arg.value))

    def visit_Lambda(self, node: cst.Lambda) -> bool:
        for p in node.params.params:  # defaults are read where the lambda is made
            if p.default is not None:
                self.visit(p.default)
        own = set(_param_names(node.params))
        keep = id(node) not in self.immediate  # kept for later: its free names are captured
        for n in names(node.body):
            if n.value not in own:
                self.loads.append((n.value, tuple(self.path), n))
                if keep:
                    self.captures.append((n.value, node))
        return False

    def _comp(self, node: cst.CSTNode) -> bool:
        targets: set[str] = set()
        f = getattr(node, "for_in", None)
        while f is not None:
            targets.update(n.value for n in _names_in_target(f.target))
            f = f.inner_for_in
        # Names read inside a comprehension other than its own targets are loads of this scope.
        for name in names(node):
            if name.value not in targets:
                self.loads.append((name.value, tuple(self.path), name))
        return False

    visit_ListComp = visit_SetComp = visit_GeneratorExp = visit_DictComp = _comp

    # Bindings -----------------------------------------------------------
    def _bind(self, name: str, kind: str, node: cst.CSTNode, path: Path_ | None = None) -> None:
        if name in self.globals or name in self.nonlocals:
            return
        info = self.infos.setdefault(name, LocalInfo(name))
        info.occurrences.append(Occurrence(path or tuple(self.path), kind, node))

    def visit_Global(self, node: cst.Global) -> None:
        self.globals.update(n.name.value for n in node.names)

    def visit_Nonlocal(self, node: cst.Nonlocal) -> None:
        self.nonlocals.update(n.name.value for n in node.names)

    def visit_Assign(self, node: cst.Assign) -> bool:
        self.visit(node.value)
        for t in node.targets:
            names = _names_in_target(t.target)
            simple = isinstance(t.target, cst.Name) and len(node.targets) == 1
            for n in names:
                self._bind(n.value, "assign" if simple else "unpack", node)
            if not names or not isinstance(t.target, cst.Name | cst.Tuple | cst.List):
                self.visit(t.target)
        return False

    def visit_AnnAssign(self, node: cst.AnnAssign) -> bool:
        if node.value is not None:
            self.visit(node.value)
        if isinstance(node.target, cst.Name):
            self._bind(node.target.value, "assign", node)
        else:
            self.visit(node.target)
        return False

    def visit_AugAssign(self, node: cst.AugAssign) -> bool:
        self.visit(node.value)
        if isinstance(node.target, cst.Name):
            self._bind(node.target.value, "aug", node)
        else:
            self.visit(node.target)
        return False

    def visit_For(self, node: cst.For) -> bool:
        self.visit(node.iter)
        body_path = (*self.path, id(node.body))
        for n in _names_in_target(node.target):
            self._bind(n.value, "loop", node, body_path)
        self.visit(node.body)
        if node.orelse is not None:
            self.visit(node.orelse)
        return False

    def visit_With(self, node: cst.With) -> bool:
        body_path = (*self.path, id(node.body))
        for item in node.items:
            self.visit(item.item)
            if item.asname is not None:
                for n in _names_in_target(item.asname.name):
                    self._bind(n.value, "with", node, body_path)
        self.visit(node.body)
        return False

    def visit_ExceptHandler(self, node: cst.ExceptHandler) -> bool:
        if node.type is not None:
            self.visit(node.type)
        self.visit(node.body)  # the `as` name belongs to the handler alone (Python unbinds it after)
        return False

    def visit_Del(self, node: cst.Del) -> bool:
        self.visit(node.target)
        return False

    def visit_Name(self, node: cst.Name) -> None:
        self.loads.append((node.value, tuple(self.path), node))

    def visit_Attribute(self, node: cst.Attribute) -> bool:
        self.visit(node.value)
        return False

    def visit_Arg(self, node: cst.Arg) -> bool:
        self.visit(node.value)
        return False

    def visit_Param(self, node: cst.Param) -> bool:
        return False


def analyse_scope(body: cst.CSTNode, params: tuple[str, ...] = ()) -> Scope:
    """Scope facts for a function body (an IndentedBlock) or a list of module statements wrapped in one."""
    col = _Collector(params, body)
    col.visit(body)
    bound = set(col.infos)
    # Add loads in source order relative to bindings: sort all occurrences by node position is not
    # available without metadata, so record loads after bindings of the same name that share a path.
    for name, path, node in col.loads:
        if name in bound and name not in col.globals:
            col.infos[name].occurrences.append(Occurrence(path, "load", node))
    for name, node in col.captures:  # declared at the function's top: one variable, as in Python
        if name in col.infos and name not in col.globals and name not in col.nonlocals:
            col.infos[name].captured = True
            col.infos[name].occurrences.append(Occurrence((id(body),), "load", node))
    return Scope(
        params,
        {k: v for k, v in col.infos.items() if k not in params},
        frozenset(col.globals),
        frozenset(col.nonlocals),
    )


def _param_names(params: cst.Parameters) -> tuple[str, ...]:
    out = [p.name.value for p in (*params.params, *params.kwonly_params, *params.posonly_params)]
    if isinstance(params.star_arg, cst.Param):
        out.append(params.star_arg.name.value)
    if params.star_kwarg is not None:
        out.append(params.star_kwarg.name.value)
    return tuple(out)


_GROWING = frozenset({"append", "extend", "insert", "pop", "remove", "clear"})


def grown_parameters(body: cst.CSTNode, params: tuple[str, ...]) -> frozenset[str]:
    """Parameters the function grows or shrinks in place (``out.append(x)``, ``out += ys``, ``out[:] = ys``).

    Python shares the list with the caller; a Go slice header is copied, so these must be
    passed by pointer for the caller to see the change."""
    found: set[str] = set()
    names = set(params)

    for node in walk(body):
        if isinstance(node, cst.Call):
            f = node.func
            if (
                isinstance(f, cst.Attribute)
                and f.attr.value in _GROWING
                and isinstance(f.value, cst.Name)
                and f.value.value in names
            ):
                found.add(f.value.value)
        elif (
            isinstance(node, cst.AugAssign)
            and isinstance(node.target, cst.Name)
            and node.target.value in names
        ):
            found.add(node.target.value)
        elif isinstance(node, cst.Assign):  # out[:] = ys replaces the caller's list contents
            for t in node.targets:
                sub = t.target
                if (
                    isinstance(sub, cst.Subscript)
                    and isinstance(sub.value, cst.Name)
                    and sub.value.value in names
                    and any(isinstance(e.slice, cst.Slice) for e in sub.slice)
                ):
                    found.add(sub.value.value)
    return frozenset(found)


def split_points(
    body: cst.CSTNode, name: str, is_param: bool = False
) -> tuple[list[cst.Assign], bool] | None:
    """The statements `name = value` that may each start a new Go variable, and whether the name
    is bound before the first of them (a parameter aside).

    A name rebound to a value of another type (``raw = sys.argv[1]`` then ``raw = int(raw)``)
    can be several Go variables when every binding is a statement of one block that holds
    every use of the name (the function body for a parameter): then each binding's live range
    ends at the next plain assignment, in source order, whatever the branches and loops between
    them do. Other bindings there (``a, raw = ...``, ``raw += 1``) bind the current variable.
    Inside a loop body the name must not be read before its first binding (it would see the
    previous iteration's last value). A binding in a nested block, a loop/``with``/``except``
    target, ``del``, ``global``, or a use in a nested function or lambda (which would see a later
    binding) makes it unsound: None."""
    if not isinstance(body, cst.IndentedBlock):
        return None
    total = sum(1 for n in names(body) if n.value == name)
    blocks = [body] if is_param else [n for n in walk(body) if isinstance(n, cst.IndentedBlock)]
    for block in blocks:
        found = _block_points(block, name, is_param)
        if found is None or sum(1 for n in names(block) if n.value == name) != total:
            continue
        points, bound_before, allowed = found
        if not (points or bound_before):
            continue
        if any(_unsplittable(node, name, allowed) for node in walk(body)):
            return None
        return points, bound_before
    return None


def _block_points(
    block: cst.IndentedBlock, name: str, is_param: bool
) -> tuple[list[cst.Assign], bool, set[int]] | None:
    """The plain assignments of `name` among the block's own statements, whether another binding
    comes first, and the binding Name nodes; None when the name is read before any binding."""
    points: list[cst.Assign] = []
    allowed: set[int] = set()
    bound_before = is_param  # a parameter is bound on entry
    for stmt in block.body:
        smalls = stmt.body if isinstance(stmt, cst.SimpleStatementLine) else []
        for small in smalls:
            if isinstance(small, cst.Assign):
                targets = [n for t in small.targets for n in _names_in_target(t.target) if n.value == name]
                plain = len(small.targets) == 1 and isinstance(small.targets[0].target, cst.Name)
                if (
                    targets
                    and not points
                    and not bound_before
                    and any(n.value == name for n in names(small.value))
                ):
                    return None  # `x = f(x)` as the first binding reads an earlier value
                if targets and plain and len(stmt.body) == 1:
                    points.append(small)
                elif targets and not points:
                    bound_before = True
                allowed.update(id(n) for n in targets)
            elif isinstance(small, cst.AugAssign) and getattr(small.target, "value", None) == name:
                allowed.add(id(small.target))
        if not (points or bound_before) and any(n.value == name for n in names(stmt)):
            return None  # read before the block binds it
    return points, bound_before, allowed


def _unsplittable(node: cst.CSTNode, name: str, allowed: set[int]) -> bool:
    """Whether `node` binds or captures `name` in a way one Go variable per binding cannot follow."""
    bound: list[cst.Name] = []
    if isinstance(node, cst.FunctionDef | cst.Lambda | cst.ClassDef):
        return any(n.value == name for n in names(node))
    if isinstance(node, cst.Global | cst.Nonlocal):
        return any(n.name.value == name for n in node.names)
    if isinstance(node, cst.Assign):
        for t in node.targets:
            bound.extend(_names_in_target(t.target))
    elif isinstance(node, cst.AugAssign | cst.AnnAssign | cst.For | cst.NamedExpr | cst.CompFor | cst.Del):
        bound.extend(_names_in_target(node.target))
    elif isinstance(node, cst.WithItem) and node.asname is not None:
        bound.extend(_names_in_target(node.asname.name))
    elif (
        isinstance(node, cst.ExceptHandler) and node.name is not None and isinstance(node.name.name, cst.Name)
    ):
        bound.append(node.name.name)
    return any(n.value == name and id(n) not in allowed for n in bound)
