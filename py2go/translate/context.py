"""State of one file's translation: symbols, types, imports, temp names, output buffers, diagnostics."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import libcst as cst

from py2go.analysis.scopes import Scope
from py2go.analysis.types import PyType, TVar
from py2go.diagnostics.model import Diagnostic


@dataclass
class G:
    """A translated Go expression: its text, Python type, and whether Go would fold it as a constant."""

    code: str
    t: PyType
    const: bool = False
    multi: tuple[str, ...] | None = None  # names holding a tuple-returning call's results
    fresh: bool = False  # a new container (a display) no other name holds yet

    def __str__(self) -> str:
        return self.code


@dataclass
class FuncInfo:
    py_name: str
    go_name: str
    node: cst.FunctionDef
    params: list[str]
    param_types: list[TVar]
    defaults: list[cst.BaseExpression | None]
    ret: TVar
    scope: Scope
    cls: str | None = None
    fallible: bool = False
    returns_value: bool = False
    kwonly_from: int = 10**6  # index of the first keyword-only parameter
    grown: frozenset[str] = frozenset()  # list parameters the body appends to: passed as *[]T
    seen: bool = False  # translated at least once: whether it returns a value is known
    star: str | None = None  # `*args`: a Go variadic parameter
    star_elem: TVar | None = None
    memo: int | None = None  # functools.lru_cache maxsize (-1: unbounded)
    gen_elem: TVar | None = None  # a generator function: the type it yields
    # a method's decorator: "property" (a getter read as `obj.x`), "setter" (`@x.setter`, run by
    # `obj.x = v`), "static" (@staticmethod) or "classmethod"; both of the last are Go functions
    kind: str = ""
    cls_param: str | None = None  # a classmethod's first parameter (`cls`): names the class
    outer: FuncInfo | None = None  # a nested def: the function it is defined in (a Go func literal)


@dataclass
class ClassInfo:
    py_name: str
    go_name: str
    node: cst.ClassDef
    bases: list[str]
    is_exception: bool
    is_dataclass: bool = False
    fields: dict[str, TVar] = field(default_factory=dict)
    field_defaults: dict[str, cst.BaseExpression | None] = field(default_factory=dict)
    methods: dict[str, FuncInfo] = field(default_factory=dict)
    # class attributes (`DEFAULTS = {...}` in the class body): Go package variables
    class_attrs: dict[str, tuple[cst.BaseExpression, TVar]] = field(default_factory=dict)
    # enum.Enum / IntEnum / StrEnum subclasses: "Enum", "IntEnum" or "StrEnum"; members in order
    enum_kind: str | None = None
    members: dict[str, cst.BaseExpression] = field(default_factory=dict)
    is_namedtuple: bool = False
    # a class of an imported local module (translate/external.py): the Go package alias it lives
    # in, its Python module, its exported constructor and class attributes' Go names
    package: str | None = None
    module: str | None = None
    ctor_go: str = ""
    attr_go: dict[str, str] = field(default_factory=dict)


@dataclass
class Frame:
    """A Go closure a try/with body runs in: how an error or a `return` leaves it."""

    kind: str  # "func" | "closure" (try/with body) | "lambda" (a key= function: errors panic)
    uses: set[str] = field(default_factory=set)  # return / break / continue seen inside


@dataclass
class FuncState:
    info: FuncInfo | None  # None for the module's run()
    scope: Scope
    results: list[PyType]  # Python result types (without error)
    fallible: bool
    frames: list[Frame] = field(default_factory=list)
    declared: set[str] = field(default_factory=set)
    # Go names a loop declared beside itself (`var h string` before the `for`): another loop
    # binding the same Python name declares its own
    beside_loops: set[str] = field(default_factory=set)
    ret_vars: list[str] = field(default_factory=list)
    loop_depth: int = 0
    in_handler: list[str] = field(default_factory=list)  # error variables of enclosing except blocks
    self_name: str | None = None
    init_recv: str | None = None  # in __init__: the object the Go constructor returns
    # list variables taken from a container slot (`items = d.setdefault(k, [])`): the Go
    # statement that writes a grown slice back to that slot, or None when it cannot be written
    aliases: dict[str, str | None] = field(default_factory=dict)
    # list variables bound to one list (`ys = xs`, `a = b = []`): a growth of one is copied to
    # the others, since a Go slice header is a copy where Python shares the list
    links: dict[str, set[str]] = field(default_factory=dict)
    # list variables a container also holds (name -> depth of the block that stored it) and
    # the loops being translated (translate/escapes.py)
    stored: dict[str, int] = field(default_factory=dict)
    loop_escapes: list = field(default_factory=list)
    # `kw = {"a": x}` used only as `C(**kw)`: each value held in a Go variable where Python built
    # the dict, the call passes them as keywords (translate/calls.py static_kwargs)
    kw_values: dict[str, list[tuple[str, G]]] = field(default_factory=dict)
    # names split into one Go variable per binding (analysis.scopes.split_points): the current one
    versions: dict[str, int] = field(default_factory=dict)


class Output:
    """Lines of Go for the block being written; expression translation appends hoisted statements."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def emit(self, line: str) -> None:
        self.lines.append(line)

    def mark(self) -> int:
        return len(self.lines)

    def truncate(self, mark: int) -> None:
        del self.lines[mark:]


@dataclass
class FileContext:
    path: str
    diagnostics: list[Diagnostic] = field(default_factory=list)
    warnings: list[Diagnostic] = field(default_factory=list)
    imports: set[str] = field(default_factory=set)
    uses_pyrt: bool = False
    rules_used: dict[str, int] = field(default_factory=dict)
    reserved: set[str] = field(default_factory=set)  # Go names of the script's own identifiers
    _counter: int = 0

    def tmp(self, base: str = "v") -> str:
        while True:
            self._counter += 1
            name = f"{base}{self._counter}"
            if name not in self.reserved:
                return name

    def reset_tmp(self) -> None:
        self._counter = 0


class BufferStack:
    """Nested output buffers; the innermost receives emitted lines."""

    def __init__(self) -> None:
        self.stack: list[Output] = [Output()]

    @property
    def top(self) -> Output:
        return self.stack[-1]

    @contextmanager
    def capture(self) -> Iterator[Output]:
        out = Output()
        self.stack.append(out)
        try:
            yield out
        finally:
            self.stack.pop()
