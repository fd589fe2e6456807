"""Readable, collision-free Go identifiers for Python names."""

from __future__ import annotations

import re

GO_KEYWORDS = frozenset(
    [
        "break",
        "case",
        "chan",
        "const",
        "continue",
        "default",
        "defer",
        "else",
        "fallthrough",
        "for",
        "func",
        "go",
        "goto",
        "if",
        "import",
        "interface",
        "map",
        "package",
        "range",
        "return",
        "select",
        "struct",
        "switch",
        "type",
        "var",
    ]
)
GO_PREDECLARED = frozenset(
    [
        "any",
        "append",
        "bool",
        "byte",
        "cap",
        "clear",
        "close",
        "comparable",
        "complex",
        "complex64",
        "complex128",
        "copy",
        "delete",
        "error",
        "false",
        "float32",
        "float64",
        "imag",
        "int",
        "int8",
        "int16",
        "int32",
        "int64",
        "iota",
        "len",
        "make",
        "max",
        "min",
        "new",
        "nil",
        "panic",
        "print",
        "println",
        "real",
        "recover",
        "rune",
        "string",
        "true",
        "uint",
        "uint8",
        "uint16",
        "uint32",
        "uint64",
        "uintptr",
    ]
)
# Package names generated code may import, plus names the generated main uses.
RESERVED = frozenset(
    {"main", "init", "run", "err", "fmt", "os", "strings", "strconv", "errors", "io", "fs", "bufio", "pyrt",
     "math", "sort", "slices", "filepath", "exec", "time", "json", "regexp", "sync", "bytes", "unicode", "cmp"}
)  # fmt: skip


def camel(name: str, exported: bool = False) -> str:
    """snake_case or UPPER_CASE -> camelCase (PascalCase when exported); leading underscores dropped."""
    core = name.strip("_") or "x"
    parts = [p for p in re.split(r"_+", core) if p]
    if core.isupper() or all(p.isupper() or p.isdigit() for p in parts):
        parts = [p.lower() for p in parts]
    if not parts:
        parts = ["x"]
    first = parts[0]
    head = first[:1].upper() + first[1:] if exported else first[:1].lower() + first[1:]
    out = head + "".join(p[:1].upper() + p[1:] for p in parts[1:])
    if out[0].isdigit():
        out = "n" + out
    return out


def safe(name: str) -> str:
    """Avoid Go keywords, predeclared identifiers and imported package names."""
    if name in GO_KEYWORDS or name in GO_PREDECLARED or name in RESERVED:
        return name + "_"
    return name


def local_name(name: str) -> str:
    return safe(camel(name))


def type_name(name: str) -> str:
    return safe(camel(name, exported=True) if not name[:1].isupper() else name.strip("_") or "T")


class NameTable:
    """One Go name per Python name in a module, distinct even when camelCase folds two together
    (``DAYS`` and ``days``)."""

    def __init__(
        self,
        python_names: list[str],
        exported: frozenset[str] = frozenset(),
        taken: frozenset[str] = frozenset(),
    ) -> None:
        """`exported` names (a library package's functions and constants) get PascalCase; `taken`
        Go identifiers (imported package names) are never handed out."""
        self._map: dict[str, str] = {}
        self._exported = exported
        self.used: set[str] = set(taken)
        for name in python_names:
            self.get(name)

    def version(self, name: str, n: int) -> str:
        """The Go name of the n-th binding of `name` split into its own variable (`raw2`)."""
        key = f"{name}#{n}"
        go = self._map.get(key)
        if go is None:
            base = self.get(name)
            go, k = f"{base}{n + 1}", n + 1
            while go in self.used:
                k += 1
                go = f"{base}{k}"
            self._map[key] = go
            self.used.add(go)
        return go

    def get(self, name: str) -> str:
        go = self._map.get(name)
        if go is None:
            base = go = safe(camel(name, exported=True)) if name in self._exported else local_name(name)
            n = 2
            while go in self.used:
                go = f"{base}{n}"
                n += 1
            self._map[name] = go
            self.used.add(go)
        return go
