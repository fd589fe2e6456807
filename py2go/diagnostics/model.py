"""A diagnostic: one finding at one place, rendered only by the CLI."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Diagnostic:
    path: str
    line: int
    col: int  # from 1
    code: str
    message: str
    source: str = ""  # the Python text, for the TODO comment

    def text(self) -> str:
        return f"{self.path}:{self.line}:{self.col}: {self.code} {self.message}"
