"""`py2go convert`: a batch of scripts -> one Go module, in parallel, skipping unchanged files."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import time
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from py2go import __version__
from py2go.diagnostics.codes import CODES
from py2go.diagnostics.model import Diagnostic
from py2go.discover import Planned, discover
from py2go.errors import OverwriteRefused
from py2go.gomod import check_overwrite, go_mod, write_atomic
from py2go.ruleset.loader import load_ruleset
from py2go.translate.driver import HEADER, Translation, translate_source
from py2go.translate.engine import RuleEngine

MANIFEST = "py2go-manifest.json"
MANIFEST_VERSION = 1

_engine: RuleEngine | None = None


def _init_worker(rule_dirs: tuple[str, ...]) -> None:
    """Build the rule engine, unless this (forked) worker inherited the parent's."""
    global _engine
    if _engine is None or _engine_dirs != rule_dirs:
        _set_engine(RuleEngine(load_ruleset([Path(d) for d in rule_dirs])), rule_dirs)


_engine_dirs: tuple[str, ...] | None = None


def _set_engine(engine: RuleEngine, rule_dirs: tuple[str, ...]) -> None:
    global _engine, _engine_dirs
    _engine, _engine_dirs = engine, rule_dirs


def _work(args: tuple[str, bytes, str, str]) -> Translation:
    rel, data, module, go_path = args
    assert _engine is not None
    try:
        return translate_source(rel, data, _engine, module, go_path)
    except Exception as exc:  # a py2go bug must not stop the batch: report it on this file
        message = f"internal error, please report: {type(exc).__name__}: {exc}".splitlines()[0]
        return Translation(None, None, [Diagnostic(rel, 1, 1, "PG105", message)], lines=data.count(b"\n"))


@dataclass
class FileOutcome:
    planned: Planned
    status: str  # ok | todo | error | skipped
    diagnostics: list[Diagnostic]
    lines: int = 0
    functions: int = 0
    rules_used: dict[str, int] = field(default_factory=dict)


@dataclass
class ConvertReport:
    outcomes: list[FileOutcome]
    seconds: float
    out_dir: Path
    build_output: str = ""
    build_ok: bool | None = None

    @property
    def diagnostics(self) -> list[Diagnostic]:
        return sorted(d for o in self.outcomes for d in o.diagnostics)

    def counts(self, severity: str) -> Counter[str]:
        """Diagnostics per code of one severity: errors are TODO guards, warnings are notes."""
        return Counter(d.code for d in self.diagnostics if CODES[d.code].severity == severity)

    @property
    def lines(self) -> int:
        return sum(o.lines for o in self.outcomes)


def _code_fingerprint() -> str:
    """Hash of py2go's own source and runtime: a changed translator re-converts everything."""
    digest = hashlib.sha256()
    root = Path(__file__).parent
    for f in sorted(root.rglob("*")):
        if f.suffix in (".py", ".go") and "__pycache__" not in f.parts:
            digest.update(f.read_bytes())
    return digest.hexdigest()[:16]


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _runtime_files() -> list[tuple[str, bytes]]:
    d = resources.files("py2go").joinpath("runtime", "pyrt")
    return [
        (f.name, f.read_bytes())
        for f in sorted(d.iterdir(), key=lambda x: x.name)
        if f.name.endswith(".go") and not f.name.endswith("_test.go")
    ]


def _load_manifest(out: Path) -> dict:
    try:
        return json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def convert(
    paths: list[Path],
    out: Path,
    *,
    module: str,
    go_version: str = "1.22",
    jobs: int = 1,
    force: bool = False,
    build: bool = True,
    rule_dirs: tuple[Path, ...] = (),
    progress: Callable[[int, int, str], None] | None = None,
) -> ConvertReport:
    started = time.perf_counter()
    planned = discover(paths)
    ruleset = load_ruleset(rule_dirs)  # validates rule files up front, in this process
    _set_engine(RuleEngine(ruleset), tuple(str(d) for d in rule_dirs))  # forked workers inherit it
    key = f"{__version__}:{_code_fingerprint()}:{ruleset.fingerprint}:{module}"
    old = {e["python"]: e for e in _load_manifest(out).get("files", [])}
    out.mkdir(parents=True, exist_ok=True)
    check_overwrite(out / "go.mod", force)
    if not (out / "go.mod").exists() or (out / "go.mod").read_text(encoding="utf-8") != go_mod(
        module, go_version
    ):
        write_atomic(out / "go.mod", go_mod(module, go_version))

    work: list[tuple[Planned, bytes]] = []
    outcomes: dict[str, FileOutcome] = {}
    manifest_files: dict[str, dict] = {}
    for p in planned:
        data = p.source.read_bytes()
        prev = old.get(p.rel)
        target = out / p.package / "main.go"
        if prev and prev.get("sha256") == _sha(data) and prev.get("key") == key and target.exists():
            # unchanged: its findings still stand, so they are reported (and counted) again
            kept = [Diagnostic(p.rel, *f) for f in prev.get("findings", [])]
            outcomes[p.rel] = FileOutcome(p, "skipped", kept, lines=prev.get("lines", 0))
            manifest_files[p.rel] = prev
            continue
        work.append((p, data))

    args = [(p.rel, data, module, f"{p.package}/main.go") for p, data in work]
    results: list[Translation]
    if jobs > 1 and len(args) > 1:
        with ProcessPoolExecutor(
            max_workers=jobs, initializer=_init_worker, initargs=(tuple(str(d) for d in rule_dirs),)
        ) as pool:
            # largest files first, one at a time, so no worker is left with a long tail
            order = sorted(range(len(args)), key=lambda i: -len(args[i][1]))
            slots: list[Translation | None] = [None] * len(args)
            for done, (i, r) in enumerate(zip(order, pool.map(_work, [args[i] for i in order]), strict=True)):
                slots[i] = r
                if progress:
                    progress(done + 1, len(args), args[i][0])
            results = [r for r in slots if r is not None]
    else:
        _init_worker(tuple(str(d) for d in rule_dirs))
        results = []
        for i, a in enumerate(args):
            results.append(_work(a))
            if progress:
                progress(i + 1, len(args), a[0])

    needs_pyrt = any(r.uses_pyrt for r in results) or any(e.get("uses_pyrt") for e in manifest_files.values())
    for (p, data), r in zip(work, results, strict=True):
        errors = [d for d in r.diagnostics if CODES[d.code].severity == "error"]
        status = "error" if r.go is None else ("todo" if errors else "ok")
        outcome = FileOutcome(p, status, r.diagnostics, r.lines, r.functions, r.rules_used)
        if r.go is not None and r.sourcemap is not None:
            target = out / p.package / "main.go"
            try:
                check_overwrite(target, force)
            except OverwriteRefused as exc:
                outcome = FileOutcome(p, "error", [Diagnostic(p.rel, 1, 1, "PG003", str(exc))], r.lines)
                outcomes[p.rel] = outcome
                continue
            write_atomic(target, r.go)
            write_atomic(
                target.with_name("main.go.map.json"), json.dumps(r.sourcemap.to_json(), indent=2) + "\n"
            )
        outcomes[p.rel] = outcome
        manifest_files[p.rel] = {
            "python": p.rel,
            "sha256": _sha(data),
            "key": key,
            "package": p.package if r.go is not None else None,
            "go": f"{p.package}/main.go" if r.go is not None else None,
            "status": status,
            "diagnostics": dict(Counter(d.code for d in r.diagnostics)),
            "findings": [[d.line, d.col, d.code, d.message, d.source] for d in r.diagnostics],
            "lines": r.lines,
            "uses_pyrt": r.uses_pyrt,
        }
    if needs_pyrt:
        for name, text in _runtime_files():
            target = out / "internal" / "pyrt" / name
            body = text.decode("utf-8")
            header = HEADER.format(path=f"py2go runtime {__version__}")
            write_atomic(target, f"{header}\n\n{body}") if not target.exists() or target.read_text(
                encoding="utf-8"
            ) != f"{header}\n\n{body}" else None
    manifest = {
        "version": MANIFEST_VERSION,
        "py2go": __version__,
        "module": module,
        "files": [manifest_files[k] for k in sorted(manifest_files)],
    }
    write_atomic(out / MANIFEST, json.dumps(manifest, indent=2) + "\n")
    report = ConvertReport(
        [outcomes[p.rel] for p in planned if p.rel in outcomes], time.perf_counter() - started, out
    )
    if build and shutil.which("go"):
        proc = subprocess.run(["go", "vet", "./..."], cwd=out, capture_output=True, text=True, check=False)
        report.build_ok = proc.returncode == 0
        report.build_output = (proc.stdout + proc.stderr).strip()
    return report
