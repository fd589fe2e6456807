"""Verify many scripts: find cases and Go commands, run every case in parallel, collect a report."""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
from collections.abc import Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath
from typing import Any

from py2go.errors import CaseFileError
from py2go.verify.cases import Case, cases_path_for, load_cases
from py2go.verify.compare import MAX_DIFF_LINES, CaseResult, Mismatch, compare
from py2go.verify.httpserve import serve
from py2go.verify.runner import RunOutcome, build_each, run_case

MANIFEST_NAME = "py2go-manifest.json"


@dataclass(frozen=True)
class ManifestEntry:
    """One converted file as the converter recorded it."""

    python: str
    package: str | None
    status: str
    diagnostics: Mapping[str, int] = field(default_factory=dict)
    go: str | None = None

    @property
    def command(self) -> str | None:
        """The command name (`cmd/backup` -> `backup`) when the file became a command."""
        if self.package and self.status == "ok" and PurePosixPath(self.package).parts[:1] == ("cmd",):
            return PurePosixPath(self.package).name
        return None

    @property
    def is_library(self) -> bool:
        """A local module imported by scripts: converted to a package, never run on its own."""
        return bool(self.package) and PurePosixPath(self.package or "").parts[:1] != ("cmd",)

    def explain(self) -> str:
        """Why there is no command, for a failing case."""
        codes = ", ".join(f"{code} x{count}" for code, count in sorted(self.diagnostics.items())) or "none"
        return f"conversion status {self.status!r}, package {self.package!r}, diagnostics: {codes}"


def load_manifest(gosrc: Path) -> list[ManifestEntry]:
    """Read `gosrc/py2go-manifest.json`; an absent manifest is an empty list (fallback naming applies)."""
    path = Path(gosrc) / MANIFEST_NAME
    if not path.is_file():
        return []
    data: Any = json.loads(path.read_text(encoding="utf-8"))
    entries: list[ManifestEntry] = []
    for item in data.get("files", []) if isinstance(data, dict) else []:
        if not isinstance(item, dict) or not isinstance(item.get("python"), str):
            continue
        diagnostics = item.get("diagnostics") or {}
        entries.append(
            ManifestEntry(
                python=item["python"],
                package=item.get("package") or None,
                status=str(item.get("status", "ok")),
                diagnostics={str(k): int(v) for k, v in diagnostics.items()}
                if isinstance(diagnostics, dict)
                else {},
                go=item.get("go"),
            )
        )
    return entries


def find_entry(entries: Sequence[ManifestEntry], script: Path) -> ManifestEntry | None:
    """The manifest entry for a script: its recorded path (relative to an unknown input root) is a
    suffix of the script's path; the longest such suffix wins."""
    parts = Path(script).resolve().parts
    best: tuple[int, ManifestEntry] | None = None
    for entry in entries:
        rel = PurePosixPath(entry.python).parts
        if (
            rel
            and len(rel) <= len(parts)
            and tuple(parts[-len(rel) :]) == rel
            and (best is None or len(rel) > best[0] or len(rel) == best[0] and best[1].is_library)
        ):
            best = (len(rel), entry)
    return best[1] if best else None


def fallback_command(script: Path) -> str:
    """The converter's default command name: the stem with `-` replaced by `_`."""
    return Path(script).stem.replace("-", "_")


@dataclass(frozen=True)
class ScriptReport:
    """The cases of one script, or why none could run."""

    script: Path
    results: tuple[CaseResult, ...] = ()
    error: str | None = None
    skipped: str | None = None

    @property
    def name(self) -> str:
        """The script's file name, as used in case ids."""
        return self.script.name


@dataclass(frozen=True)
class VerifyReport:
    """Everything `verify` found; the CLI renders it and picks the exit status from `ok`."""

    scripts: tuple[ScriptReport, ...]

    @property
    def results(self) -> list[CaseResult]:
        """All case results, in script then case order."""
        return [r for s in self.scripts for r in s.results]

    @property
    def passed(self) -> int:
        """Number of cases where Go matched Python."""
        return sum(r.passed for r in self.results)

    @property
    def failed(self) -> int:
        """Number of cases with a mismatch."""
        return sum(not r.passed for r in self.results)

    @property
    def errors(self) -> int:
        """Scripts that could not be verified at all (no cases, bad cases file)."""
        return sum(s.error is not None for s in self.scripts)

    @property
    def ok(self) -> bool:
        """True when every case passed and every script could be verified."""
        return self.failed == 0 and self.errors == 0


def _conversion_failure(script: Path, case: Case, message: str) -> CaseResult:
    """A case that cannot run because its script has no Go command: a failure, never a skip."""
    return CaseResult(script.name, case, (Mismatch("conversion", message),))


def verify_script_cases(
    script: Path,
    cases: Sequence[Case],
    binary: Path,
    *,
    interpreter: str = sys.executable,
    scratch: Path | None = None,
) -> list[CaseResult]:
    """Run Python then Go on each case, sequentially, in the same working-dir path, and compare."""
    results: list[CaseResult] = []
    base = Path(tempfile.mkdtemp(prefix="py2go-case-", dir=scratch))
    try:
        for case in cases:
            workdir = base / case.name
            py_argv = [interpreter, str(Path(script).resolve())]
            if case.http is None:
                py = run_case(py_argv, case, python=True, workdir=workdir)
                go = run_case([str(binary)], case, python=False, workdir=workdir)
            else:
                case, py, go = _run_with_http(case, py_argv, [str(binary)], workdir)
            results.append(compare(py, go, case, script=Path(script).name))
    finally:
        shutil.rmtree(base, ignore_errors=True)
    return results


def _run_with_http(
    case: Case, py_argv: list[str], go_argv: list[str], workdir: Path
) -> tuple[Case, RunOutcome, RunOutcome]:
    """Serve the case's routes on one port for both runs (URLs print alike), reset between them.

    Returns the case with `${HTTP_BASE}` substituted (what both programs saw) and the two outcomes,
    each with the requests the server received during it.
    """
    assert case.http is not None
    outcomes: list[RunOutcome] = []
    with serve(case.http.routes) as served:
        run = case.with_base_url(served.base)
        for argv, python in ((py_argv, True), (go_argv, False)):
            served.reset()
            outcome = run_case(argv, run, python=python, workdir=workdir)
            with served.lock:
                log = tuple(served.log)
            outcomes.append(replace(outcome, http_log=log))
    return run, outcomes[0], outcomes[1]


@dataclass(frozen=True)
class _Plan:
    """What to do for one script: run its cases with a binary, fail them, or report the script."""

    script: Path
    cases: tuple[Case, ...] = ()
    binary: Path | None = None
    no_command: str | None = None
    report: ScriptReport | None = None


def verify(
    scripts: list[Path],
    gosrc: Path,
    cases_dir: Path | None = None,
    jobs: int = 2,
    *,
    commands: Mapping[str, Path] | None = None,
    interpreter: str = sys.executable,
) -> VerifyReport:
    """Build the Go commands (unless `commands` are given) and check every case of every script.

    Cases run on a thread pool of `jobs`; each runs two subprocesses, so threads are enough.
    A script without cases, with a bad cases file or without a Go command is reported, and the
    batch goes on. Raises BuildError only when no command can be built for a module-wide reason.
    """
    gosrc = Path(gosrc)
    entries = load_manifest(gosrc)
    build_dir: Path | None = None
    build_failures: dict[str, str] = {}
    try:
        if commands is None:
            build_dir = Path(tempfile.mkdtemp(prefix="py2go-bin-"))
            commands, build_failures = build_each(gosrc, build_dir)
        plans = [_plan(Path(s), entries, commands, build_failures, cases_dir) for s in scripts]
        return VerifyReport(tuple(_run_all(plans, jobs, interpreter)))
    finally:
        if build_dir is not None:
            shutil.rmtree(build_dir, ignore_errors=True)


def _plan(
    script: Path,
    entries: Sequence[ManifestEntry],
    commands: Mapping[str, Path],
    build_failures: Mapping[str, str],
    cases_dir: Path | None,
) -> _Plan:
    """Find the cases and the binary of one script."""
    entry = find_entry(entries, script)
    if entry is not None and entry.is_library:
        return _Plan(script, report=ScriptReport(script, skipped=f"library module ({entry.package})"))
    cases_file = cases_path_for(script, cases_dir)
    if cases_file is None:
        where = f"next to it or in {cases_dir}" if cases_dir else "next to it"
        return _Plan(
            script, report=ScriptReport(script, error=f"no cases file {script.stem}.cases.yaml {where}")
        )
    try:
        cases = tuple(load_cases(cases_file))
    except CaseFileError as exc:
        return _Plan(script, report=ScriptReport(script, error=str(exc)))
    name = entry.command if entry is not None else fallback_command(script)
    binary = commands.get(name) if name else None
    if binary is not None:
        return _Plan(script, cases, binary=binary)
    return _Plan(script, cases, no_command=no_command_message(script, entry, build_failures))


def _run_all(plans: Sequence[_Plan], jobs: int, interpreter: str) -> list[ScriptReport]:
    """Fan the cases out to a thread pool, then regroup the results in input order."""
    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        pending = [
            [
                pool.submit(verify_script_cases, p.script, [c], p.binary, interpreter=interpreter)
                for c in p.cases
            ]
            if p.binary is not None
            else []
            for p in plans
        ]
        reports: list[ScriptReport] = []
        for plan, futures in zip(plans, pending, strict=True):
            if plan.report is not None:
                reports.append(plan.report)
            elif plan.binary is None:
                message = plan.no_command or f"no Go command for {plan.script.name}"
                reports.append(
                    ScriptReport(
                        plan.script, tuple(_conversion_failure(plan.script, c, message) for c in plan.cases)
                    )
                )
            else:
                reports.append(ScriptReport(plan.script, tuple(r for f in futures for r in f.result())))
    return reports


def no_command_message(script: Path, entry: ManifestEntry | None, build_failures: Mapping[str, str]) -> str:
    """Explain why a script has no binary: refused by the converter, not built, or not found."""
    name = entry.command if entry is not None else fallback_command(script)
    if name is not None and name in build_failures:
        return f"the Go command {name!r} for {script.name} does not build:\n{build_failures[name]}"
    if entry is None:
        return f"no Go command for {script.name}: not in the manifest and no binary named {name!r} was built"
    if entry.command is None:
        return f"py2go produced no Go command for {script.name}: {entry.explain()}"
    return f"the Go command {entry.command!r} for {script.name} was not built ({entry.explain()})"


def render_text(report: VerifyReport, verbose: bool = False) -> str:
    """The human report: `PASS`/`FAIL script.py::case` lines, diffs under failures, a summary line."""
    lines: list[str] = []
    for script in report.scripts:
        if script.error is not None:
            lines.append(f"ERROR {script.name}: {script.error}")
            continue
        if script.skipped is not None:
            if verbose:
                lines.append(f"SKIP {script.name}: {script.skipped}")
            continue
        for result in script.results:
            if result.passed:
                lines.append(f"PASS {result.id}" + (_timing(result) if verbose else ""))
                continue
            lines.append(f"FAIL {result.id}" + (_timing(result) if verbose else ""))
            body = result.render(limit=None if verbose else MAX_DIFF_LINES)
            lines.extend("    " + line for line in body.splitlines())
    summary = f"{report.passed} passed, {report.failed} failed"
    if report.errors:
        summary += f", {report.errors} script{'s' if report.errors != 1 else ''} not verified"
    lines.append(summary)
    return "\n".join(lines)


def _timing(result: CaseResult) -> str:
    """Run times of both programs, for verbose output."""
    if result.python is None or result.go is None:
        return ""
    return f" (python {result.python.duration:.2f}s, go {result.go.duration:.2f}s)"


__all__ = [
    "ManifestEntry",
    "ScriptReport",
    "VerifyReport",
    "fallback_command",
    "find_entry",
    "load_manifest",
    "no_command_message",
    "render_text",
    "verify",
    "verify_script_cases",
]
