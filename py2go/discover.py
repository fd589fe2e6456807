"""Expand the user's paths into Python files and plan one Go package per script."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

EXCLUDED_DIRS = {".git", ".venv", "venv", "__pycache__", "node_modules", ".tox", "build", "dist"}


@dataclass(frozen=True)
class Planned:
    source: Path  # the file on disk
    rel: str  # posix path relative to the input root, as shown in reports and the manifest
    package: str  # cmd/<name>


def package_name(stem: str) -> str:
    name = re.sub(r"[^0-9A-Za-z_]", "_", stem).strip("_").lower() or "script"
    if name[0].isdigit():
        name = "s" + name
    return name


def discover(paths: list[Path]) -> list[Planned]:
    """Every .py file under the paths (sorted, deduplicated); names that would collide get a suffix."""
    found: list[tuple[Path, Path]] = []
    for p in paths:
        if p.is_dir():
            for f in sorted(p.rglob("*.py")):
                if not any(part in EXCLUDED_DIRS for part in f.relative_to(p).parts):
                    found.append((f, p))
        elif p.suffix == ".py" or p.is_file():
            found.append((p, p.parent))
    planned: list[Planned] = []
    used: set[str] = set()
    seen: set[Path] = set()
    for f, root in found:
        resolved = f.resolve()
        if resolved in seen:
            continue
        seen.add(resolved)
        name = package_name(f.stem)
        base, n = name, 2
        while name in used:
            name = f"{base}{n}"
            n += 1
        used.add(name)
        planned.append(Planned(f, f.relative_to(root).as_posix(), f"cmd/{name}"))
    return planned
