"""Frozen dataclasses for rule files (DESIGN §5); loading validates into these."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

KINDS = ("expr", "iter", "with", "type", "except", "assign")


@dataclass(frozen=True)
class Emit:
    template: str
    imports: tuple[str, ...] = ()
    returns: str | None = None  # Python type of the result: "str", "list[str]", "same:XS", "elem:XS"
    fallible: bool = False  # the template yields (value, error) or error
    needs_pyrt: bool = False
    # Go modules (pinned `path@version`) the generated module must require when the rule is used
    modules: tuple[str, ...] = ()


@dataclass(frozen=True)
class Example:
    python: str
    go: str
    setup: str = ""


@dataclass(frozen=True)
class Rule:
    id: str
    summary: str
    kind: str
    match: str
    emit: Emit
    where: dict[str, tuple[str, ...]] = field(default_factory=dict)
    otherwise: dict[str, str] = field(default_factory=dict)
    caveats: str = ""
    examples: tuple[Example, ...] = ()
    priority: int = 0
    # iter/with: the Python type of each name the header binds
    binds: dict[str, str] = field(default_factory=dict)
    # capture -> Python type it must have (XS: list[X] fixes a list's element type)
    unify: dict[str, str] = field(default_factory=dict)
    # capture -> Python type its Go value is converted to (int -> float64, T -> Optional[T])
    coerce: dict[str, str] = field(default_factory=dict)
    # a warning code reported, with the caveats, wherever the rule applies
    warn: str = ""
    # optional capture -> the warning's text: warn only when that capture is given and is not
    # the literal True (`verify=$?V`: verify=False disables something, verify=True is the default)
    warn_when: dict[str, str] = field(default_factory=dict)
    # the capture this rule grows or shrinks in place (xs.append(x): XS), so that a list
    # taken from a container slot is written back to it, as Python's shared list would be
    mutates: str = ""
    stores: str = ""  # the capture this rule puts into a container (xs.append(row): row)
    # the capture this rule turns into text as str()/repr() do (print(*ARGS): ARGS): a number
    # Python may still hold as an int must not be printed as a Go float64
    shows: str = ""
    # capture -> the parameter types of the callable it is (a function name or a lambda), which
    # the rule calls later or elsewhere: ex.submit(fn, *ARGS) calls FN with the types of ARGS
    callables: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # type rules: qualified Python names whose annotations mean this type (datetime.datetime)
    annotations: tuple[str, ...] = ()
    source: Path | None = None
    area: str = ""

    def describe_source(self) -> str:
        return str(self.source) if self.source else f"<rule {self.id}>"


def freeze_where(raw: dict[str, Any] | None) -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for key, value in (raw or {}).items():
        out[str(key)] = tuple(value) if isinstance(value, list) else (str(value),)
    return out
