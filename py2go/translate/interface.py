"""What a local module offers its importers: the Go signatures of its functions and the types of its
module constants, fixed after the module's own translation. Frozen and picklable, so it crosses
the process pool; importers never see the library's syntax tree."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from py2go.analysis.types import ANY, DictT, ListT, OptionalT, PyType, SetT, TupleT, TVar

# a hint is (function, parameter index) -> the type an importer passes there
Hints = dict[tuple[str, int], PyType]


@dataclass(frozen=True)
class FuncSig:
    name: str  # Python name in the module
    go_name: str  # exported Go name in the package
    params: tuple[str, ...]
    types: tuple[PyType, ...]
    open_params: tuple[bool, ...]  # no annotation and no call site in the module typed it
    defaults: tuple[str | None, ...]  # Python source of each default
    kwonly_from: int
    ret: PyType
    returns_value: bool
    fallible: bool
    grown: frozenset[str] = frozenset()
    star_elem: PyType | None = None  # `*args`: their element type
    kind: str = ""  # a method's decorator kind (FuncInfo.kind)


@dataclass(frozen=True)
class ClassSig:
    """A class of the module as importers use it: its Go names, fields and methods' signatures."""

    name: str
    go_name: str  # exported Go type name in the package
    ctor: str  # exported Go constructor (`NewHost`)
    bases: tuple[str, ...]  # its base classes of the same module
    is_exception: bool
    is_dataclass: bool
    fields: tuple[tuple[str, PyType], ...]
    methods: tuple[FuncSig, ...]  # FuncSig.name is the method's key (`__init__`, `end.setter`)
    class_attrs: tuple[tuple[str, str, PyType], ...]  # Python name, exported Go name, type
    unshared: str = ""  # why importers cannot use it (an enum, a named tuple), "" when they can


@dataclass(frozen=True)
class ModuleInterface:
    module: str  # Python module name (`common` for common.py)
    package: str  # Go package directory in the output module (internal/common)
    funcs: tuple[FuncSig, ...] = ()
    globals: tuple[tuple[str, str, PyType], ...] = ()  # Python name, Go name, type
    classes: tuple[ClassSig, ...] = ()  # in definition order (a base before its subclasses)

    @property
    def go_package(self) -> str:
        return self.package.rsplit("/", 1)[-1]


def open_unknowns(t: PyType, fresh: Callable[[], TVar]) -> PyType:
    """`t` with what another file did not know (its type variables, its dynamic fallbacks) made
    fresh variables of this file's unifier: a hint gives a shape, never a guess."""
    if isinstance(t, TVar) or t == ANY:
        return fresh()
    if isinstance(t, ListT):
        return ListT(open_unknowns(t.elem, fresh))
    if isinstance(t, SetT):
        return SetT(open_unknowns(t.elem, fresh))
    if isinstance(t, DictT):
        return DictT(open_unknowns(t.key, fresh), open_unknowns(t.value, fresh))
    if isinstance(t, OptionalT):
        return OptionalT(open_unknowns(t.inner, fresh))
    if isinstance(t, TupleT):
        return TupleT(tuple(open_unknowns(i, fresh) for i in t.items))
    return t
