"""Source maps: `//py2go:span A-B` markers left in formatted Go -> Python/Go line ranges (DESIGN §7)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_SPAN = re.compile(r"^\s*//py2go:span (\d+)-(\d+)\s*$")
FORMAT_VERSION = 1


@dataclass
class SourceMap:
    python: str
    go: str
    statements: list[dict] = field(default_factory=list)
    functions: list[dict] = field(default_factory=list)

    def to_json(self) -> dict:
        return {
            "version": FORMAT_VERSION,
            "python": self.python,
            "go": self.go,
            "functions": self.functions,
            "statements": self.statements,
        }


def strip_markers(
    formatted: str, python: str, go: str, functions: list[tuple[str, str, int, int]]
) -> tuple[str, SourceMap]:
    """Remove span markers; each marker maps its Python lines to the Go lines up to the next marker."""
    out: list[str] = []
    spans: list[tuple[int, int, int]] = []  # py start, py end, go start line (1-based in output)
    for line in formatted.splitlines():
        m = _SPAN.match(line)
        if m:
            spans.append((int(m.group(1)), int(m.group(2)), len(out) + 1))
            continue
        out.append(line)
    smap = SourceMap(python, go)
    for i, (ps, pe, gs) in enumerate(spans):
        ge = (spans[i + 1][2] - 1) if i + 1 < len(spans) else len(out)
        while ge > gs and not out[ge - 1].strip():
            ge -= 1
        if ps <= 0 or ge < gs:
            continue
        smap.statements.append({"python_lines": [ps, pe], "go_lines": [gs, ge]})
    for py_name, go_name, ps, pe in functions:
        go_lines = [s["go_lines"] for s in smap.statements if ps <= s["python_lines"][0] <= pe]
        if not go_lines:
            continue
        smap.functions.append(
            {
                "python_name": py_name,
                "go_name": go_name,
                "python_lines": [ps, pe],
                "go_lines": [min(g[0] for g in go_lines), max(g[1] for g in go_lines)],
            }
        )
    text = "\n".join(out) + "\n"
    return text, smap
