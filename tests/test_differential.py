"""The proof of equivalence: every case of every corpus script, run in Python and in its Go translation.

The corpus is `testdata/scripts/<name>.py` with `<name>.cases.yaml`. One session converts the whole
folder with `python -m py2go convert` and builds every command once; each test is one
`script.py::case` and fails with the rendered diff. A script the converter refused, a command that
does not build, a script without cases and a cases file without a script all fail: nothing is
skipped silently. Under pytest-xdist the conversion and build are shared by the workers (a lock
in the shared temp dir); without xdist, the first test of a script runs all its cases on a thread pool.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from py2go.discover import discover
from py2go.errors import BuildError, CaseFileError
from py2go.verify import (
    Case,
    CaseResult,
    ManifestEntry,
    build_each,
    fallback_command,
    find_entry,
    load_cases,
    load_manifest,
    no_command_message,
    verify_script_cases,
)

REPO = Path(__file__).resolve().parents[1]
SCRIPTS = REPO / "testdata" / "scripts"
MODULE = "example.com/difftest"
CONVERT_TIMEOUT = 600
JOBS = max(2, os.cpu_count() or 2)
_XDIST_WORKER = os.environ.get("PYTEST_XDIST_WORKER")

pytestmark = [pytest.mark.go, pytest.mark.slow]


# --- collection: one test per (script, case), and one failing test per problem -------------------


def _corpus_params() -> list[Any]:
    """Read the corpus at collection time; problems become tests that fail, not collection errors."""
    params: list[Any] = []
    scripts = sorted(SCRIPTS.glob("*.py"))
    planned = discover([SCRIPTS])
    commands = {p.rel for p in planned if not p.is_library}
    for script in scripts:
        if script.name not in commands:  # a local module the scripts import: proven through them
            continue
        cases_file = script.with_name(script.stem + ".cases.yaml")
        if not cases_file.is_file():
            problem = (
                f"{script.relative_to(REPO)} has no {cases_file.name}: add cases, it is unproven without them"
            )
            params.append(pytest.param(script, None, problem, id=f"{script.name}::<no-cases>"))
            continue
        try:
            cases = load_cases(cases_file)
        except CaseFileError as exc:
            params.append(pytest.param(script, None, str(exc), id=f"{script.name}::<bad-cases-file>"))
            continue
        params.extend(pytest.param(script, case, None, id=f"{script.name}::{case.name}") for case in cases)
    names = {s.stem for s in scripts}
    for orphan in sorted(SCRIPTS.glob("*.cases.yaml")):
        stem = orphan.name.removesuffix(".cases.yaml")
        if stem not in names:
            problem = f"{orphan.relative_to(REPO)} has no script {stem}.py"
            params.append(pytest.param(orphan, None, problem, id=f"{orphan.name}::<orphan>"))
    if not params:
        params.append(pytest.param(None, None, f"no scripts in {SCRIPTS}", id="<empty-corpus>"))
    return params


# --- session: convert once, build once ----------------------------------------------------------


@dataclass(frozen=True)
class Corpus:
    """The converted and built corpus, shared by all tests (and all xdist workers)."""

    gosrc: Path
    commands: dict[str, Path]
    build_failures: dict[str, str] = field(default_factory=dict)
    convert_output: str = ""
    error: str | None = None

    def entries(self) -> list[ManifestEntry]:
        """The converter's manifest (empty when it wrote none)."""
        return load_manifest(self.gosrc)

    def to_json(self) -> str:
        """Serialise for the other xdist workers."""
        return json.dumps(
            {
                "gosrc": str(self.gosrc),
                "commands": {k: str(v) for k, v in self.commands.items()},
                "build_failures": self.build_failures,
                "convert_output": self.convert_output,
                "error": self.error,
            }
        )

    @classmethod
    def from_json(cls, text: str) -> Corpus:
        """Read what the first worker wrote."""
        data = json.loads(text)
        return cls(
            gosrc=Path(data["gosrc"]),
            commands={k: Path(v) for k, v in data["commands"].items()},
            build_failures=data["build_failures"],
            convert_output=data["convert_output"],
            error=data["error"],
        )


def _convert_and_build(root: Path) -> Corpus:
    """Run the real `py2go convert` on the corpus, then one `go build` of all commands."""
    gosrc = root / "gosrc"
    argv = [
        sys.executable,
        *("-m", "py2go", "convert", str(SCRIPTS.relative_to(REPO)), "-o", str(gosrc)),
        *("--module", MODULE, "--no-build", "--jobs", "2"),
    ]
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    try:
        proc = subprocess.run(
            argv, cwd=REPO, env=env, capture_output=True, text=True, timeout=CONVERT_TIMEOUT, check=False
        )
    except subprocess.TimeoutExpired:
        return Corpus(gosrc, {}, error=f"py2go convert did not finish in {CONVERT_TIMEOUT}s")
    output = (proc.stdout + proc.stderr).strip()
    # Exit 1 means "findings" (diagnostics), a normal outcome; 2 and up is a usage or internal error.
    if proc.returncode not in (0, 1) or not (gosrc / "go.mod").is_file():
        return Corpus(
            gosrc,
            {},
            convert_output=output,
            error=f"py2go convert failed (exit {proc.returncode}):\n{output}",
        )
    try:
        commands, failures = build_each(gosrc, root / "bin")
    except BuildError as exc:
        return Corpus(gosrc, {}, convert_output=output, error=str(exc))
    return Corpus(gosrc, commands, failures, output)


@contextmanager
def _exclusive(lock_path: Path) -> Iterator[None]:
    """A cross-process lock, so only the first xdist worker converts and builds."""
    import fcntl

    with lock_path.open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    """Convert and build the corpus once per session (once in total under xdist)."""
    import shutil

    if shutil.which("go") is None:
        pytest.skip("the Go toolchain (`go`) is not on PATH")
    if _XDIST_WORKER is None:
        return _convert_and_build(tmp_path_factory.mktemp("differential"))
    shared = tmp_path_factory.getbasetemp().parent
    ready = shared / "differential-corpus.json"
    with _exclusive(shared / "differential-corpus.lock"):
        if ready.is_file():
            return Corpus.from_json(ready.read_text(encoding="utf-8"))
        built = _convert_and_build(shared / "differential")
        ready.write_text(built.to_json(), encoding="utf-8")
        return built


@pytest.fixture(scope="session")
def run_cases() -> Callable[[Path, Case, Path], CaseResult]:
    """Run cases, memoised. Without xdist, the first request for a script runs all its cases in
    parallel; with xdist the workers already share the load, so each test runs its own case."""
    results: dict[tuple[Path, str], CaseResult] = {}
    batch = _XDIST_WORKER is None

    def run(script: Path, case: Case, binary: Path) -> CaseResult:
        key = (script, case.name)
        if key not in results:
            todo = load_cases(case.source) if batch and case.source is not None else [case]
            with ThreadPoolExecutor(max_workers=JOBS) as pool:
                futures = [pool.submit(verify_script_cases, script, [c], binary) for c in todo]
                for future in futures:
                    for result in future.result():
                        results[(script, result.case.name)] = result
        return results[key]

    return run


# --- the test -------------------------------------------------------------------------------------


def _convert_lines_about(corpus: Corpus, script: Path, limit: int = 40) -> str:
    """The converter's messages about one script (its diagnostics), for a failure message."""
    lines = [line for line in corpus.convert_output.splitlines() if script.name in line]
    if len(lines) > limit:
        lines = [*lines[:limit], f"... ({len(lines) - limit} more)"]
    return "\n".join(lines)


KNOWN_FAILURES = Path(__file__).resolve().parents[1] / "testdata" / "scripts" / "known-failures.txt"


def _known_failures() -> set[str]:
    """Case ids that do not yet translate faithfully; each is a strict xfail, so a fix must update the list."""
    if not KNOWN_FAILURES.exists():
        return set()
    return {
        ln.strip()
        for ln in KNOWN_FAILURES.read_text(encoding="utf-8").splitlines()
        if ln.strip() and not ln.startswith("#")
    }


@pytest.mark.parametrize(("script", "case", "problem"), _corpus_params())
def test_python_and_go_agree(
    request: pytest.FixtureRequest, script: Path | None, case: Case | None, problem: str | None
) -> None:
    """Go must reproduce the Python script's stdout, exit code, stderr (per case) and files."""
    if script is not None and case is not None and f"{script.name}::{case.name}" in _known_failures():
        request.applymarker(
            pytest.mark.xfail(reason="listed in testdata/scripts/known-failures.txt", strict=True)
        )
    if problem is not None and case is None and script is not None and script.suffix == ".py":
        _fail_unless_library(request, script, problem)
    if problem is not None:
        pytest.fail(problem, pytrace=False)
    assert script is not None and case is not None
    corpus: Corpus = request.getfixturevalue("corpus")
    if corpus.error is not None:
        pytest.fail(corpus.error, pytrace=False)
    entry = find_entry(corpus.entries(), script)
    name = entry.command if entry is not None else fallback_command(script)
    binary = corpus.commands.get(name) if name else None
    if binary is None:
        message = no_command_message(script, entry, corpus.build_failures)
        details = _convert_lines_about(corpus, script)
        pytest.fail(message + ("\nconverter output:\n" + details if details else ""), pytrace=False)
    run: Callable[[Path, Case, Path], CaseResult] = request.getfixturevalue("run_cases")
    result = run(script, case, binary)
    if not result.passed:
        pytest.fail(f"{result.id}: Go differs from Python\n{result.render(limit=200)}", pytrace=False)


def _fail_unless_library(request: pytest.FixtureRequest, script: Path, problem: str) -> None:
    """A local module imported by the scripts has no cases of its own: skip it, saying so."""
    if script.with_name(script.stem + ".cases.yaml").is_file():
        return
    corpus: Corpus = request.getfixturevalue("corpus")
    entry = find_entry(corpus.entries(), script)
    if entry is not None and entry.is_library:
        pytest.skip(
            f"{script.name} is a library module ({entry.package}), run through the scripts importing it"
        )
