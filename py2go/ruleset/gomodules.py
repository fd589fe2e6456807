"""The Go modules rules may require, pinned with their go.sum lines (runtime/go_modules.yaml)."""

from __future__ import annotations

from functools import cache
from importlib import resources

import yaml


@cache
def pinned_modules() -> dict[str, tuple[str, ...]]:
    """`path@version` -> its go.sum lines (runtime/go_modules.yaml): the only modules a rule may require."""
    text = resources.files("py2go").joinpath("runtime", "go_modules.yaml").read_text(encoding="utf-8")
    return {str(k): tuple(str(line) for line in v) for k, v in (yaml.safe_load(text) or {}).items()}
