"""Every diagnostic code has a fixture in testdata/diagnostics/ that triggers it, with the exact lines
`py2go convert` prints (`path:line:col: CODE message`), so a changed position, code or message is seen.

`PY2GO_UPDATE_GOLDEN=1` rewrites the expected files, but only for fixtures whose output contains
their own code: an expectation is never blessed from output that misses the point of the fixture.
"""

from __future__ import annotations

import difflib
import os
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from py2go.cli import app
from py2go.diagnostics.codes import CODES
from py2go.translate.driver import translate_source
from py2go.translate.engine import RuleEngine

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "testdata" / "diagnostics"
UPDATE = os.environ.get("PY2GO_UPDATE_GOLDEN") == "1"

# Codes reported by `py2go convert` itself rather than by translate_source.
FROM_CLI = {"PG003"}
# Codes in the registry that the translator does not emit yet; their fixtures state the wanted
# behaviour (code and position; the message text is a proposal) and pass once it is implemented.
NOT_EMITTED_YET: dict[str, str] = {}


def _param(code: str) -> object:
    marks = [pytest.mark.xfail(reason=NOT_EMITTED_YET[code], strict=False)] if code in NOT_EMITTED_YET else []
    return pytest.param(code, marks=marks, id=code)


TRANSLATED = [_param(c) for c in sorted(CODES) if c not in FROM_CLI]


def _expected(code: str) -> list[str]:
    return (FIXTURES / f"{code}.expected.txt").read_text(encoding="utf-8").splitlines()


def _diff(expected: list[str], actual: list[str], name: str) -> str:
    return "\n".join(
        difflib.unified_diff(expected, actual, f"{name} (expected)", f"{name} (actual)", lineterm="")
    )


def _translate(code: str, engine: RuleEngine) -> list[str]:
    source = FIXTURES / f"{code}.py"
    result = translate_source(
        source.name, source.read_bytes(), engine, "example.com/diag", f"cmd/{code}/main.go"
    )
    return [d.text() for d in result.diagnostics]


def test_every_code_has_a_fixture() -> None:
    """DESIGN §6: a code without a fixture is a code nobody has seen fire."""
    missing = [
        name
        for code in sorted(CODES)
        for name in (f"{code}.py", f"{code}.expected.txt")
        if not (FIXTURES / name).is_file()
    ]
    assert not missing, f"missing fixtures in {FIXTURES.relative_to(REPO)}: {missing}"
    orphans = sorted(p.name for p in FIXTURES.glob("PG*.py") if p.stem not in CODES)
    assert not orphans, f"fixtures for codes not in the registry: {orphans}"


@pytest.mark.parametrize("code", TRANSLATED)
def test_fixture_reports_its_code(code: str, engine: RuleEngine) -> None:
    """The fixture triggers the code it is named after (independent of the message wording)."""
    actual = _translate(code, engine)
    assert any(f": {code} " in line for line in actual), f"{code}.py did not report {code}: {actual}"


@pytest.mark.parametrize("code", TRANSLATED)
def test_fixture_diagnostics_are_exact(code: str, engine: RuleEngine) -> None:
    actual = _translate(code, engine)
    expected_file = FIXTURES / f"{code}.expected.txt"
    if UPDATE and any(f": {code} " in line for line in actual):
        expected_file.write_text("".join(f"{line}\n" for line in actual), encoding="utf-8")
        pytest.skip(f"PY2GO_UPDATE_GOLDEN=1: rewrote {expected_file.relative_to(REPO)}")
    expected = _expected(code)
    assert actual == expected, f"diagnostics of {code}.py changed:\n{_diff(expected, actual, f'{code}.py')}"


@pytest.mark.parametrize("code", sorted(set(CODES) - FROM_CLI))
def test_expected_lines_are_well_formed(code: str) -> None:
    """Each expected line is `PGxxx.py:line:col: CODE message` with a registry code and 1-based columns."""
    for line in _expected(code):
        location, _, rest = line.partition(": ")
        path, lineno, col = location.split(":")
        reported, _, message = rest.partition(" ")
        assert path == f"{code}.py" and int(lineno) >= 1 and int(col) >= 1, line
        assert reported in CODES and message, line


def test_pg003_overwrite_refused_through_the_cli(tmp_path: Path) -> None:
    """PG003 comes from `convert`: a hand-written main.go at the target is reported and left alone."""
    scripts = tmp_path / "scripts"
    scripts.mkdir()
    shutil.copy(FIXTURES / "PG003.py", scripts / "PG003.py")
    out = tmp_path / "gosrc"
    target = out / "cmd" / "pg003" / "main.go"
    target.parent.mkdir(parents=True)
    hand_written = "package main\n\nfunc main() {}\n"
    target.write_text(hand_written, encoding="utf-8")

    result = CliRunner().invoke(app, ["convert", str(scripts), "-o", str(out), "--no-build"])

    assert result.exit_code == 1, result.output
    expected = [line.replace("{out}", str(out)) for line in _expected("PG003")]
    actual = [line for line in result.output.splitlines() if line.startswith("PG003.py:")]
    assert actual == expected, _diff(expected, actual, "PG003.py")
    assert target.read_text(encoding="utf-8") == hand_written
