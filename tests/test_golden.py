"""Golden tests: the exact Go, source map and diagnostics for representative inputs.

Any change in generated output shows up here as a unified diff; when the change is intended, run
`make golden` (`PY2GO_UPDATE_GOLDEN=1`) and review the rewritten files in the commit. Cases live in
`testdata/golden/<case>/` with `input.py`, `expected.go`, `expected.go.map.json` and
`expected.diagnostics.txt`. Also: output is byte-identical run to run and for any `--jobs`.
"""

from __future__ import annotations

import difflib
import json
import os
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from py2go.cli import app
from py2go.translate.driver import Translation, translate_source
from py2go.translate.engine import RuleEngine

REPO = Path(__file__).resolve().parents[1]
GOLDEN = REPO / "testdata" / "golden"
MODULE = "example.com/golden"
UPDATE = os.environ.get("PY2GO_UPDATE_GOLDEN") == "1"
CASES = sorted(p.name for p in GOLDEN.iterdir() if (p / "input.py").is_file())


def _translate(case: str, engine: RuleEngine) -> Translation:
    source = GOLDEN / case / "input.py"
    return translate_source("input.py", source.read_bytes(), engine, MODULE, f"cmd/{case}/main.go")


def _outputs(result: Translation) -> dict[str, str]:
    """The three golden files' wanted text for one translation."""
    go = result.go if result.go is not None else ""
    smap = (
        json.dumps(result.sourcemap.to_json(), indent=2) + "\n" if result.sourcemap is not None else "null\n"
    )
    diags = "".join(f"{d.text()}\n" for d in result.diagnostics)
    return {"expected.go": go, "expected.go.map.json": smap, "expected.diagnostics.txt": diags}


def test_there_are_golden_cases() -> None:
    assert len(CASES) >= 8, f"expected at least 8 golden cases in {GOLDEN}, found {CASES}"


@pytest.mark.parametrize("case", CASES)
def test_golden(case: str, engine: RuleEngine) -> None:
    outputs = _outputs(_translate(case, engine))
    if UPDATE:
        for name, text in outputs.items():
            (GOLDEN / case / name).write_text(text, encoding="utf-8", newline="\n")
        pytest.skip(f"PY2GO_UPDATE_GOLDEN=1: rewrote testdata/golden/{case}/expected.*")
    problems = []
    for name, actual in outputs.items():
        path = GOLDEN / case / name
        if not path.is_file():
            problems.append(f"{case}/{name} is missing: run `make golden`")
            continue
        expected = path.read_text(encoding="utf-8")
        if actual != expected:
            diff = "".join(
                difflib.unified_diff(
                    expected.splitlines(keepends=True),
                    actual.splitlines(keepends=True),
                    f"{case}/{name} (expected)",
                    f"{case}/{name} (actual)",
                )
            )
            problems.append(diff)
    if problems:
        pytest.fail("generated output changed (run `make golden` if intended):\n" + "\n".join(problems))


@pytest.mark.parametrize("case", CASES)
def test_sourcemap_points_into_both_files(case: str) -> None:
    """The committed map is consistent with the committed Go and Python: line ranges exist in both."""
    smap = json.loads((GOLDEN / case / "expected.go.map.json").read_text(encoding="utf-8"))
    go_lines = (GOLDEN / case / "expected.go").read_text(encoding="utf-8").count("\n")
    py_lines = (GOLDEN / case / "input.py").read_text(encoding="utf-8").count("\n")
    assert smap["python"] == "input.py" and smap["go"] == f"cmd/{case}/main.go"
    assert smap["functions"], "a golden case maps at least one function"
    for fn in smap["functions"]:
        for item in [fn, *fn.get("statements", [])]:
            (p0, p1), (g0, g1) = item["python_lines"], item["go_lines"]
            assert 1 <= p0 <= p1 <= py_lines, (case, fn["python_name"], item)
            assert 1 <= g0 <= g1 <= go_lines, (case, fn["python_name"], item)


def test_golden_set_covers_clean_and_diagnosed_inputs() -> None:
    """The set must keep both kinds: clean translations and TODO guards with diagnostics."""
    with_diags = [c for c in CASES if (GOLDEN / c / "expected.diagnostics.txt").read_text(encoding="utf-8")]
    assert 1 <= len(with_diags) < len(CASES), with_diags


@pytest.mark.parametrize("case", CASES[:3])
def test_translation_is_deterministic(case: str, engine: RuleEngine) -> None:
    """DESIGN §1.5: the same input gives byte-identical output, also with a freshly built engine."""
    from py2go.ruleset.loader import load_ruleset

    first, second = _outputs(_translate(case, engine)), _outputs(_translate(case, RuleEngine(load_ruleset())))
    assert first == second


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_jobs_do_not_change_the_output(tmp_path: Path) -> None:
    """A process pool must not change a byte of any generated file, the manifest included."""
    scripts = tmp_path / "scripts"
    scripts.mkdir()
    for case in CASES:
        shutil.copy(GOLDEN / case / "input.py", scripts / f"{case}.py")
    trees = []
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}"
        result = CliRunner().invoke(
            app, ["convert", str(scripts), "-o", str(out), "--module", MODULE, "--no-build", "--jobs", jobs]
        )
        assert result.exit_code in (0, 1), result.output
        trees.append(_tree(out))
    assert sorted(trees[0]) == sorted(trees[1])
    differing = [name for name in trees[0] if trees[0][name] != trees[1][name]]
    assert not differing, f"--jobs 1 and --jobs 2 differ in {differing}"
    assert any(name.endswith("main.go") for name in trees[0])
