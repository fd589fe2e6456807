"""The py2go command line: parse options, call library code, render results, set the exit status."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import Progress

from py2go.convert import convert as run_convert
from py2go.diagnostics.codes import CODES
from py2go.errors import OverwriteRefused, Py2GoError
from py2go.ruleset.loader import load_ruleset

app = typer.Typer(no_args_is_help=True, add_completion=False, help="Migrate Python ops scripts to Go.")
out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)

RulesOpt = Annotated[
    list[Path] | None,
    typer.Option(
        "--rules",
        help="An extra rule directory (rules/*.yaml and templates/); repeatable. Its rules override built-ins with the same id.",
    ),
]


def _fail(exc: Exception, code: int = 2) -> typer.Exit:
    err.print(f"py2go: error: {exc}", markup=False)
    return typer.Exit(code)


@app.command()
def convert(
    paths: Annotated[
        list[Path], typer.Argument(help="Python scripts or directories of scripts.", exists=True)
    ],
    output: Annotated[Path, typer.Option("-o", "--output", help="The Go module directory to write.")] = Path(
        "gosrc"
    ),
    module: Annotated[
        str, typer.Option("--module", help="The Go module path for go.mod.")
    ] = "example.com/gosrc",
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Files converted in parallel.")] = 1,
    force: Annotated[
        bool, typer.Option("--force", help="Overwrite Go files that py2go did not generate.")
    ] = False,
    no_build: Annotated[bool, typer.Option("--no-build", help="Skip `go vet ./...` after writing.")] = False,
    rules: RulesOpt = None,
) -> None:
    """Convert Python scripts into one Go module: cmd/<script>/main.go per script, with source maps."""
    show_bar = sys.stderr.isatty()
    try:
        if show_bar:
            with Progress(console=err, transient=True) as bar:
                task = bar.add_task("converting", total=None)

                def tick(done: int, total: int, name: str) -> None:
                    bar.update(task, completed=done, total=total, description=name)

                report = run_convert(paths, output, module=module, jobs=jobs, force=force, build=not no_build,
                                     rule_dirs=tuple(rules or ()), progress=tick)  # fmt: skip
        else:
            report = run_convert(paths, output, module=module, jobs=jobs, force=force, build=not no_build,
                                 rule_dirs=tuple(rules or ()))  # fmt: skip
    except OverwriteRefused as exc:
        raise _fail(exc, 1) from exc
    except Py2GoError as exc:
        raise _fail(exc) from exc
    for d in report.diagnostics:
        out.print(d.text(), markup=False)
        code = CODES.get(d.code)
        if code is not None:
            out.print(f"  help: {code.summary} See docs/codes/{d.code}.md", markup=False)
    done = sum(1 for o in report.outcomes if o.status != "skipped")
    skipped = sum(1 for o in report.outcomes if o.status == "skipped")
    funcs = sum(o.functions for o in report.outcomes)
    rules_used = len({r for o in report.outcomes for r in o.rules_used})
    todo = ", ".join(f"{c}×{n}" for c, n in sorted(report.counts("error").items())) or "none"
    notes = ", ".join(f"{c}×{n}" for c, n in sorted(report.counts("warning").items())) or "none"
    out.print(
        f"{len(report.outcomes)} files ({done} converted, {skipped} unchanged), {report.lines} lines, "
        f"{funcs} functions, {rules_used} rules used, TODOs: {todo}, warnings: {notes}, {report.seconds:.2f}s",
        markup=False,
    )
    if report.build_ok is False:
        err.print(f"go vet failed:\n{report.build_output}", markup=False)
        raise typer.Exit(1)
    if any(
        o.status in ("error", "todo") or any(CODES[d.code].severity == "error" for d in o.diagnostics)
        for o in report.outcomes
    ):
        raise typer.Exit(1)


@app.command()
def verify(
    scripts: Annotated[
        Path, typer.Argument(help="The Python scripts (a directory or one file).", exists=True)
    ],
    gosrc: Annotated[Path, typer.Argument(help="The Go module py2go convert wrote.", exists=True)],
    cases: Annotated[
        Path | None,
        typer.Option("--cases", help="Directory of <name>.cases.yaml files (default: next to each script)."),
    ] = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Cases run in parallel.")] = 2,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Show full diffs.")] = False,
) -> None:
    """Run each script and its Go build on the same cases; compare stdout, exit code, stderr and files.

    A case may declare `http:` routes: both runs then talk to a local server on 127.0.0.1 whose URL is
    `${HTTP_BASE}` in the case's args, env, stdin and files (format: testdata/scripts/README.md).
    """
    from py2go.verify import render_text
    from py2go.verify import verify as run_verify

    files = sorted(scripts.rglob("*.py")) if scripts.is_dir() else [scripts]
    try:
        report = run_verify(files, gosrc, cases, jobs=jobs)
    except Py2GoError as exc:
        raise _fail(exc) from exc
    out.print(render_text(report, verbose), markup=False)
    if not report.ok:
        raise typer.Exit(1)


@app.command("rules")
def list_rules(rules: RulesOpt = None) -> None:
    """List every translation rule with its summary."""
    try:
        ruleset = load_ruleset(tuple(rules or ()))
    except Py2GoError as exc:
        raise _fail(exc) from exc
    for r in sorted(ruleset.rules, key=lambda r: (r.area, r.id)):
        out.print(f"{r.area}/{r.id}  {r.summary}", markup=False)
    out.print(f"{len(ruleset.rules)} rules", markup=False)


@app.command()
def explain(code: Annotated[str, typer.Argument(help="A diagnostic code such as PG201.")]) -> None:
    """Show what a diagnostic code means and how to fix it."""
    entry = CODES.get(code.upper())
    if entry is None:
        raise _fail(Py2GoError(f"unknown code {code}; known: {', '.join(CODES)}"))
    out.print(f"{entry.code} {entry.name} ({entry.severity})\n\n{entry.summary}\n\nWhy: {entry.why}\n\n"
              f"Example:\n{entry.example}\n\nHow to fix: {entry.fix}", markup=False)  # fmt: skip
