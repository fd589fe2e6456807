"""Expand the user's paths into Python files and plan the Go packages: one command per script,
one `internal/<module>` package per local module that other scripts import."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

EXCLUDED_DIRS = {".git", ".venv", "venv", "__pycache__", "node_modules", ".tox", "build", "dist"}

# `import a, b as c` and `from a import x` at any indentation; only the first dotted part can
# name a local module file (a package directory is not a module file)
_IMPORT_RE = re.compile(r"^[ \t]*import[ \t]+([^#\n;]+)|^[ \t]*from[ \t]+([A-Za-z_]\w*)[ \t]+import\b", re.M)
_MAIN_GUARD_RE = re.compile(r"""^if\s+__name__\s*==\s*(['"])__main__\1\s*:""", re.M)


@dataclass(frozen=True)
class Planned:
    source: Path  # the file on disk
    rel: str  # posix path relative to the input root, as shown in reports and the manifest
    package: str  # cmd/<name> or internal/<name>
    module: str = ""  # the Python module name, for a library package
    deps: tuple[tuple[str, str], ...] = ()  # local modules this file imports: (module, package)

    @property
    def is_library(self) -> bool:
        return self.package.startswith("internal/")

    @property
    def go_file(self) -> str:
        """Where the Go source goes, relative to the output module."""
        if self.is_library:
            return f"{self.package}/{self.package.rsplit('/', 1)[-1]}.go"
        return f"{self.package}/main.go"


def package_name(stem: str) -> str:
    name = re.sub(r"[^0-9A-Za-z_]", "_", stem).strip("_").lower() or "script"
    if name[0].isdigit():
        name = "s" + name
    return name


def imported_modules(text: str) -> set[str]:
    """Top-level module names a source imports (a cheap scan: no parse is needed to plan)."""
    found: set[str] = set()
    for m in _IMPORT_RE.finditer(text):
        if m.group(2):
            found.add(m.group(2))
            continue
        for part in m.group(1).split(","):
            name = part.strip().split()[0] if part.strip() else ""
            if name:
                found.add(name.split(".")[0])
    return found


def has_main_guard(text: str) -> bool:
    return _MAIN_GUARD_RE.search(text) is not None


def _files(paths: Iterable[Path]) -> list[tuple[Path, Path]]:
    found: list[tuple[Path, Path]] = []
    seen: set[Path] = set()
    for p in paths:
        if p.is_dir():
            files = [
                (f, p)
                for f in sorted(p.rglob("*.py"))
                if not any(part in EXCLUDED_DIRS for part in f.relative_to(p).parts)
            ]
        elif p.suffix == ".py" or p.is_file():
            files = [(p, p.parent)]
        else:
            files = []
        for f, root in files:
            if f.resolve() not in seen:
                seen.add(f.resolve())
                found.append((f, root))
    return found


def discover(paths: list[Path]) -> list[Planned]:
    """The plan alone (see `plan`)."""
    return plan(paths)[0]


def plan(paths: list[Path]) -> tuple[list[Planned], dict[Path, bytes]]:
    """Every .py file under the paths (sorted, deduplicated), as a command; a file another one
    imports as a module (`import common`, resolved next to the importer as Python's sys.path[0]
    does) is planned as a library package too, and stays a command only if it has a main guard.
    Names that would collide get a suffix. Also returns each file's bytes (read once, here),
    keyed by `Planned.source`."""
    found = _files(paths)
    sources = {f: f.read_bytes() for f, _ in found}
    texts = {f.resolve(): sources[f].decode("utf-8", errors="replace") for f, _ in found}
    by_dir_stem = {(f.resolve().parent, f.stem): f.resolve() for f, _ in found}
    deps: dict[Path, list[str]] = {}
    imported: set[Path] = set()
    for f, _ in found:
        here = f.resolve()
        local = sorted(
            m for m in imported_modules(texts[here]) if by_dir_stem.get((here.parent, m)) not in (None, here)
        )
        deps[here] = local
        imported.update(by_dir_stem[(here.parent, m)] for m in local)

    used: set[str] = {"internal/pyrt"}  # the runtime's package

    def unique(kind: str, stem: str) -> str:
        name = base = package_name(stem)
        n = 2
        while f"{kind}/{name}" in used:
            name = f"{base}{n}"
            n += 1
        used.add(f"{kind}/{name}")
        return f"{kind}/{name}"

    libraries = {here: unique("internal", here.stem) for here in sorted(imported, key=lambda h: h.as_posix())}
    planned: list[Planned] = []
    for f, root in found:
        here = f.resolve()
        rel = f.relative_to(root).as_posix()
        mine = tuple((m, libraries[by_dir_stem[(here.parent, m)]]) for m in deps[here])
        if here in libraries:
            planned.append(Planned(f, rel, libraries[here], f.stem, mine))
            if not has_main_guard(texts[here]):
                continue
        planned.append(Planned(f, rel, unique("cmd", f.stem), "", mine))
    return planned, sources
