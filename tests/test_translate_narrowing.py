"""Optional narrowing after a for-else whose else leaves: only a `break` gets past the loop."""

from py2go.translate.driver import translate_source
from py2go.translate.engine import RuleEngine

_LOOP = """import sys
from typing import Optional


def first_header(lines: list[str]) -> int:
    start: Optional[int] = None
    for idx, line in enumerate(lines):
        if line.startswith("ID#"):
            start = idx + 1
            {tail}
    else:
        raise ValueError("no header")
    return start + 1


print(first_header(sys.argv[1:]))
"""


def _codes(source: str, engine: RuleEngine) -> list[str]:
    result = translate_source("t.py", source.encode(), engine, "example.com/t", "cmd/t/main.go")
    return [d.code for d in result.diagnostics]


def test_every_break_after_an_assignment_narrows(engine: RuleEngine) -> None:
    assert _codes(_LOOP.format(tail="break"), engine) == []


def test_a_break_without_the_assignment_does_not_narrow(engine: RuleEngine) -> None:
    """`start = None` before the break: Optional[int] + int stays refused (PG105)."""
    assert "PG105" in _codes(_LOOP.format(tail="start = None\n            break"), engine)


def test_a_second_unassigned_break_does_not_narrow(engine: RuleEngine) -> None:
    src = _LOOP.format(tail="break").replace(
        'if line.startswith("ID#"):',
        'if line == "--":\n            break\n        if line.startswith("ID#"):',
    )
    assert "PG105" in _codes(src, engine)


_DEFAULTED = """import sys
from typing import Dict, List, Optional

LIMITS: Dict[str, int] = {{"a": 1}}


def walk(name: str, seen: Optional[List[str]] = None, limit: Optional[int] = None) -> int:
    if seen is None:
        seen = []
    if limit is None:
        limit = {limit_value}
    seen.append(name)
    if len(seen) < 3:
        walk(name + "x", seen)
    return len(seen) + limit


print(walk(sys.argv[1]))
"""


def test_if_none_then_assigned_narrows(engine: RuleEngine) -> None:
    """`if seen is None: seen = []` (the default-argument idiom) leaves a list; a narrowed
    Optional list is passed on as the same list (Python shares it), not as a copy."""
    result = translate_source(
        "t.py", _DEFAULTED.format(limit_value="10").encode(), engine, "example.com/t", "cmd/t/main.go"
    )
    assert [d.code for d in result.diagnostics] == []
    assert 'walk(name+"x",seen,nil)' in (result.go or "").replace(" ", "")


def test_if_none_then_assigned_an_optional_does_not_narrow(engine: RuleEngine) -> None:
    assert "PG105" in _codes(_DEFAULTED.format(limit_value='LIMITS.get("b")'), engine)
