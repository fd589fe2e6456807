"""Python values of literal nodes, evaluated once per distinct source text: LibCST's
`evaluated_value` runs `ast.literal_eval` on every access, and rule matching and every
inference pass ask again."""

from __future__ import annotations

import ast
from functools import lru_cache
from typing import Any

import libcst as cst


@lru_cache(maxsize=8192)
def _evaluate(text: str) -> Any:
    return ast.literal_eval(text)


def literal_value(node: cst.SimpleString | cst.Integer | cst.Float) -> Any:
    """`node.evaluated_value`, cached by the literal's source text."""
    return _evaluate(node.value)
