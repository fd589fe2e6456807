"""Python-level types inferred for values; the translator maps them to Go.

Inference is unification over type variables with one Python-specific twist:
joining ``int`` with ``float`` widens to ``float`` and joining ``None`` with a
type makes it ``Optional``, because that is how a script's variables evolve.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, field


class PyType:
    """Base of all inferred types."""

    def __str__(self) -> str:  # pragma: no cover - overridden
        return self.__class__.__name__


@dataclass(frozen=True)
class Prim(PyType):
    name: str  # int, float, str, bool, None, bytes

    def __str__(self) -> str:
        return self.name


@dataclass(frozen=True)
class ListT(PyType):
    elem: PyType

    def __str__(self) -> str:
        return f"list[{self.elem}]"


@dataclass(frozen=True)
class DictT(PyType):
    key: PyType
    value: PyType

    def __str__(self) -> str:
        return f"dict[{self.key}, {self.value}]"


@dataclass(frozen=True)
class SetT(PyType):
    elem: PyType

    def __str__(self) -> str:
        return f"set[{self.elem}]"


@dataclass(frozen=True)
class TupleT(PyType):
    items: tuple[PyType, ...]

    def __str__(self) -> str:
        return f"tuple[{', '.join(map(str, self.items))}]"


@dataclass(frozen=True)
class OptionalT(PyType):
    inner: PyType

    def __str__(self) -> str:
        return f"Optional[{self.inner}]"


@dataclass(frozen=True)
class ClassT(PyType):
    """A class defined in the script (struct in Go), or an exception class."""

    name: str
    is_exception: bool = False

    def __str__(self) -> str:
        return self.name


@dataclass(frozen=True)
class Opaque(PyType):
    """A library value the rules know by name (file, error, stream, module...)."""

    name: str

    def __str__(self) -> str:
        return self.name


@dataclass(frozen=True)
class GenericT(PyType):
    """A library value with type parameters (``future[int]``, ``queue[str]``): the rules name it,
    a `type` rule maps it to a generic Go type, and its parameters join like a list's element."""

    name: str
    args: tuple[PyType, ...]

    def __str__(self) -> str:
        return f"{self.name}[{', '.join(map(str, self.args))}]"


@dataclass(frozen=True)
class FuncT(PyType):
    """A callable value: a function, a lambda or a builtin used as a value (a Go func type whose
    exceptions panic, see ``translate/funcvalues.py``)."""

    params: tuple[PyType, ...]
    result: PyType
    # the signature this is a resolved copy of (`Unifier.deep`): joins and later resolutions go
    # through it, so a copy taken early (a table's item type) still follows the table's types
    origin: FuncT | None = field(default=None, compare=False, hash=False, repr=False)

    @property
    def source(self) -> FuncT:
        return self.origin if self.origin is not None else self

    def __str__(self) -> str:
        return f"Callable[[{', '.join(map(str, self.params))}], {self.result}]"


@dataclass(frozen=True)
class Unknown(PyType):
    """Inference failed; the translator reports PG401 and emits a TODO guard."""

    reason: str = ""

    def __str__(self) -> str:
        return "Unknown"


@dataclass(frozen=True, eq=False)
class TVar(PyType):
    id: int

    def __str__(self) -> str:
        return "unknown"


INT = Prim("int")
FLOAT = Prim("float")
STR = Prim("str")
BOOL = Prim("bool")
NONE = Prim("None")
BYTES = Prim("bytes")
FILE = Opaque("file")
ANY = Opaque("Any")
EXC = Opaque("Exception")

PRIMS = {"int": INT, "float": FLOAT, "str": STR, "bool": BOOL, "None": NONE, "bytes": BYTES}


class Conflict(Exception):
    """Two types that cannot be joined (e.g. ``str`` and ``int``)."""


class Unifier:
    """Union-find over type variables with Python's join rules."""

    def __init__(self) -> None:
        self._binding: dict[int, PyType] = {}
        self._ids = itertools.count(1)
        self.changed = False
        # the script's single-inheritance class tree (class -> base): a join of two classes is
        # their nearest common base, the type a list of both holds
        self.parents: dict[str, str] = {}
        # variables (roots) that received both an int and a float: Go holds them as float64, which
        # prints `10.0` where Python, still holding the int, prints `10`
        self.int_and_float: set[int] = set()

    def fresh(self) -> TVar:
        return TVar(next(self._ids))

    def resolve(self, t: PyType) -> PyType:
        """Follow bindings, shallowly."""
        while isinstance(t, TVar) and t.id in self._binding:
            t = self._binding[t.id]
        return t

    def deep(self, t: PyType) -> PyType:
        """Resolve every nested variable; unbound variables stay TVars."""
        t = self.resolve(t)
        if isinstance(t, ListT):
            return ListT(self.deep(t.elem))
        if isinstance(t, SetT):
            return SetT(self.deep(t.elem))
        if isinstance(t, DictT):
            return DictT(self.deep(t.key), self.deep(t.value))
        if isinstance(t, TupleT):
            return TupleT(tuple(self.deep(i) for i in t.items))
        if isinstance(t, OptionalT):
            return OptionalT(self.deep(t.inner))
        if isinstance(t, FuncT):
            src = t.source
            return FuncT(tuple(self.deep(p) for p in src.params), self.deep(src.result), src)
        if isinstance(t, GenericT):
            return GenericT(t.name, tuple(self.deep(a) for a in t.args))
        return t

    def shape(self, t: PyType) -> PyType:
        """`deep`, except that a function type stays the stored one: a rule's result such as
        `value(D)` of a dispatch table must stay linked to the table's function signature."""
        t = self.resolve(t)
        if isinstance(t, FuncT):
            return t.source
        if isinstance(t, ListT):
            return ListT(self.shape(t.elem))
        if isinstance(t, SetT):
            return SetT(self.shape(t.elem))
        if isinstance(t, DictT):
            return DictT(self.shape(t.key), self.shape(t.value))
        if isinstance(t, TupleT):
            return TupleT(tuple(self.shape(i) for i in t.items))
        if isinstance(t, OptionalT):
            return OptionalT(self.shape(t.inner))
        if isinstance(t, GenericT):
            return GenericT(t.name, tuple(self.shape(a) for a in t.args))
        return t

    def _bind(self, v: TVar, t: PyType) -> None:
        if isinstance(t, TVar) and t.id == v.id:
            return
        if self._mentions(v.id, t):
            t = ANY  # a dict holding dicts like itself (a recursive merge): a dynamic value, as JSON's
        self._binding[v.id] = t
        self.changed = True

    def _root(self, t: PyType) -> TVar | None:
        """The last variable of a binding chain, the one to rebind when a join widens the type."""
        last = None
        while isinstance(t, TVar):
            last = t
            if t.id not in self._binding:
                break
            t = self._binding[t.id]
        return last

    def root(self, t: PyType) -> TVar | None:
        return self._root(t)

    def join(self, a: PyType, b: PyType) -> PyType:
        """Make ``a`` and ``b`` one type; return it. ``a`` is the receiving side (a variable, a
        parameter, a result): when it held a narrower type (int, a non-Optional) it is widened.

        Raises Conflict when the two cannot be one type."""
        root = self._root(a)
        if root is not None and {self.resolve(a), self.resolve(b)} == {INT, FLOAT}:
            self.int_and_float.add(root.id)
        other = self._root(b)
        result = self._join(a, b)
        if root is not None and root.id in self._binding:
            bound = self._binding[root.id]
            if not isinstance(bound, TVar) and bound != result and not isinstance(result, TVar):
                self._bind(root, result)
        if other is not None and other.id in self._binding and self._dynamic(result):
            # Go containers are invariant: a dict of ints cannot be passed where a dict of dynamic
            # values is expected, so the giving side becomes dynamic too (not only the receiver).
            # Shallow checks only: a recursive merge's types nest (deep() would not end)
            bound = self.resolve(self._binding[other.id])
            if (
                not isinstance(bound, TVar)
                and not self._dynamic(bound)
                and not self._mentions(other.id, result)
            ):
                self._bind(other, result)
        return result

    def _mentions(self, var: int, t: PyType) -> bool:
        """Whether `t` reaches variable `var`, through every link of every binding chain (binding
        `var` to it would make a cycle)."""
        todo, seen = [t], set()
        while todo:
            x = todo.pop()
            if id(x) in seen:
                continue
            seen.add(id(x))
            if isinstance(x, TVar):
                if x.id == var:
                    return True
                if x.id in self._binding:
                    todo.append(self._binding[x.id])
            elif isinstance(x, ListT | SetT):
                todo.append(x.elem)
            elif isinstance(x, DictT):
                todo += [x.key, x.value]
            elif isinstance(x, OptionalT):
                todo.append(x.inner)
            elif isinstance(x, TupleT):
                todo += x.items
            elif isinstance(x, GenericT):
                todo += x.args
            elif isinstance(x, FuncT):
                todo += [*x.params, x.result]
        return False

    def _dynamic(self, t: PyType) -> bool:
        """A dict or list whose values are dynamic (Any), looking one level down only."""
        t = self.resolve(t)
        if isinstance(t, DictT):
            return self.resolve(t.value) == ANY
        return isinstance(t, ListT) and self.resolve(t.elem) == ANY

    def widen_values(self, holder: PyType) -> bool:
        """Make the dict (or list) type behind the variable `holder` hold dynamic values (Any):
        a store no single static type holds (`state["runs"] = 0` then `state["cmd"] = "x"`).
        False when no variable holds the type (a display, a library result): nothing to widen."""
        root = self._root(holder)
        if root is None or root.id not in self._binding:
            return False
        bound = self.resolve(root)
        if isinstance(bound, DictT):
            self._bind(root, DictT(bound.key, ANY))
            return True
        if isinstance(bound, ListT):
            self._bind(root, ListT(ANY))
            return True
        return False

    def ancestors(self, name: str) -> list[str]:
        """The class and its bases, nearest first."""
        chain = [name]
        while chain[-1] in self.parents and len(chain) < 100:
            chain.append(self.parents[chain[-1]])
        return chain

    def common_base(self, a: str, b: str) -> str | None:
        """The nearest class both `a` and `b` are instances of, if any."""
        mine = self.ancestors(a)
        return next((c for c in self.ancestors(b) if c in mine), None)

    def _join(self, a: PyType, b: PyType) -> PyType:
        a, b = self.resolve(a), self.resolve(b)
        if a is b or a == b and not isinstance(a, TVar | FuncT):
            return a
        if isinstance(a, Unknown):
            return a
        if isinstance(b, Unknown):
            if isinstance(a, TVar):
                self._bind(a, b)
            return b
        if isinstance(a, TVar):
            if isinstance(b, TVar) and a.id == b.id:
                return a
            self._bind(a, b)
            return b
        if isinstance(b, TVar):
            self._bind(b, a)
            return a
        if a == NONE and b == NONE:
            return a
        if a == ANY or b == ANY:
            return ANY  # `object`/`Any` accepts every value (Go: any)
        if a == NONE:
            return b if isinstance(b, OptionalT) else OptionalT(b)
        if b == NONE:
            return a if isinstance(a, OptionalT) else OptionalT(a)
        if isinstance(a, OptionalT) or isinstance(b, OptionalT):
            inner_a = a.inner if isinstance(a, OptionalT) else a
            inner_b = b.inner if isinstance(b, OptionalT) else b
            inner = self.join(inner_a, inner_b)
            return inner if isinstance(self.resolve(inner), OptionalT) else OptionalT(inner)
        if {a, b} == {INT, FLOAT} or {a, b} == {BOOL, INT}:
            return FLOAT if FLOAT in (a, b) else INT
        if isinstance(a, ListT) and isinstance(b, ListT):
            return ListT(self.join(a.elem, b.elem))
        if isinstance(a, ListT) and isinstance(b, TupleT) and b.items:
            for item in b.items:  # a literal tuple of like items where a sequence is expected
                self.join(a.elem, item)
            return a
        if isinstance(a, SetT) and isinstance(b, SetT):
            return SetT(self.join(a.elem, b.elem))
        if isinstance(a, DictT) and isinstance(b, DictT):
            return DictT(self.join(a.key, b.key), self.join(a.value, b.value))
        if isinstance(a, TupleT) and isinstance(b, TupleT) and len(a.items) == len(b.items):
            return TupleT(tuple(self.join(x, y) for x, y in zip(a.items, b.items, strict=True)))
        if (
            isinstance(a, GenericT)
            and isinstance(b, GenericT)
            and a.name == b.name
            and len(a.args) == len(b.args)
        ):
            return GenericT(a.name, tuple(self.join(x, y) for x, y in zip(a.args, b.args, strict=True)))
        if isinstance(a, FuncT) and isinstance(b, FuncT) and len(a.params) == len(b.params):
            # one Go func type for both: parameters and result join in both directions
            # (`a` itself is the result: its variables stay linked to the function they type)
            a, b = a.source, b.source
            if a is b:
                return a
            for x, y in zip(a.params, b.params, strict=True):
                self.join(y, self.join(x, y))
            try:
                result = self.join(a.result, b.result)
            except Conflict:  # handlers returning different types: a dynamic value, as in Python
                result = self.join(a.result, ANY)
            self.join(b.result, result)
            return a
        if isinstance(a, ClassT) and isinstance(b, ClassT) and a.is_exception and b.is_exception:
            return EXC
        if isinstance(a, ClassT) and isinstance(b, ClassT) and (common := self.common_base(a.name, b.name)):
            return ClassT(common)
        if isinstance(a, Opaque) and a == EXC and isinstance(b, ClassT) and b.is_exception:
            return a
        if isinstance(b, Opaque) and b == EXC and isinstance(a, ClassT) and a.is_exception:
            return b
        raise Conflict(f"{a} and {b}")


def any_part(t: PyType, pred: Callable[[PyType], bool]) -> bool:
    """Whether `t` or a type nested in it (items, keys, values, parameters) satisfies `pred`."""
    if pred(t):
        return True
    if isinstance(t, ListT | SetT):
        return any_part(t.elem, pred)
    if isinstance(t, DictT):
        return any_part(t.key, pred) or any_part(t.value, pred)
    if isinstance(t, OptionalT):
        return any_part(t.inner, pred)
    if isinstance(t, TupleT):
        return any(any_part(i, pred) for i in t.items)
    if isinstance(t, GenericT):
        return any(any_part(a, pred) for a in t.args)
    if isinstance(t, FuncT):
        return any(any_part(p, pred) for p in t.params) or any_part(t.result, pred)
    return False


def _dynamic_values(t: PyType) -> bool:
    """A dict or list of dynamic values (json.loads-shaped data)."""
    return (isinstance(t, DictT) and t.value == ANY) or (isinstance(t, ListT) and t.elem == ANY)


def dynamic_ok(t: PyType) -> bool:
    """Whether a value of type `t` can live in a dynamic (Any) slot as Python would see it: scalars,
    None, Optionals of scalars, and lists/dicts (their items are printed and dumped by value)."""
    if isinstance(t, OptionalT):
        t = t.inner
    if t in (INT, FLOAT, STR, BOOL, NONE, ANY):
        return True
    if isinstance(t, ListT):
        return isinstance(t.elem, TVar) or dynamic_ok(t.elem)
    if isinstance(t, DictT):
        return (isinstance(t.key, TVar) or t.key == STR) and (
            isinstance(t.value, TVar) or dynamic_ok(t.value)
        )
    return False


def has_tvar(t: PyType) -> bool:
    return any_part(t, lambda x: isinstance(x, TVar))


def elem_type(t: PyType) -> PyType | None:
    """What iterating over a value of type ``t`` yields."""
    if isinstance(t, ListT | SetT):
        return t.elem
    if isinstance(t, DictT):
        return t.key
    if t == STR:
        return STR
    if t == FILE:
        return STR
    if isinstance(t, TupleT) and t.items and all(i == t.items[0] for i in t.items):
        return t.items[0]
    return None


def is_numeric(t: PyType) -> bool:
    return t in (INT, FLOAT, BOOL)
