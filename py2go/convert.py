"""`py2go convert`: a batch of scripts -> one Go module, in parallel, skipping unchanged files."""

from __future__ import annotations

import hashlib
import json
import re
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
from py2go.analysis.types import Conflict, PyType, Unifier
from py2go.diagnostics.codes import CODES
from py2go.diagnostics.model import Diagnostic
from py2go.discover import Planned, plan
from py2go.errors import OverwriteRefused
from py2go.gofmt import gofmt_many
from py2go.gomod import check_overwrite, go_mod, go_sum, write_atomic
from py2go.ruleset.gomodules import pinned_modules
from py2go.ruleset.loader import load_ruleset
from py2go.translate.driver import HEADER, Translation, translate_source
from py2go.translate.engine import RuleEngine
from py2go.translate.interface import ModuleInterface, open_unknowns

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


@dataclass(frozen=True)
class Job:
    """One translation for the pool: a command, or a library package with its importers' hints."""

    rel: str
    data: bytes
    module: str
    go_path: str
    package: str = "main"
    externals: tuple[tuple[str, ModuleInterface], ...] = ()
    seeds: tuple[tuple[tuple[str, int], PyType], ...] = ()


def _work(job: Job) -> Translation:
    assert _engine is not None
    try:
        return translate_source(
            job.rel,
            job.data,
            _engine,
            job.module,
            job.go_path,
            package=job.package,
            externals=dict(job.externals),
            seeds=dict(job.seeds),
            batch_format=True,
        )
    except Exception as exc:  # a py2go bug must not stop the batch: report it on this file
        message = f"internal error, please report: {type(exc).__name__}: {exc}".splitlines()[0]
        return Translation(
            None, None, [Diagnostic(job.rel, 1, 1, "PG105", message)], lines=job.data.count(b"\n")
        )


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
        return sorted(
            {d for o in self.outcomes for d in o.diagnostics}
        )  # a module and its command share findings

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


_REQUIRES = re.compile(rb"^//py2go:requires (\S+)$", re.MULTILINE)


def _runtime_files(modules: tuple[str, ...]) -> list[tuple[str, bytes]]:
    """pyrt's Go files; a file marked `//py2go:requires <module path>` only when that module is
    required, so scripts that do not use it build with the standard library alone."""
    d = resources.files("py2go").joinpath("runtime", "pyrt")
    paths = {m.split("@", 1)[0] for m in modules}
    out = []
    for f in sorted(d.iterdir(), key=lambda x: x.name):
        if f.name.endswith(".go") and not f.name.endswith("_test.go"):
            data = f.read_bytes()
            if all(m.decode() in paths for m in _REQUIRES.findall(data)):
                out.append((f.name, data))
    return out


def _write_go_mod(out: Path, mod: str, sums: str) -> None:
    """go.mod, and go.sum when a rule required a module (a stale go.sum of ours is removed)."""
    for path, text in ((out / "go.mod", mod), (out / "go.sum", sums)):
        if text and (not path.exists() or path.read_text(encoding="utf-8") != text):
            write_atomic(path, text)
        elif not text and path.exists():
            path.unlink()


def _manifest_key(rel: str, package: str, library: bool | None = None) -> str:
    """A file can be both a library package and a command: the manifest keeps one entry each."""
    is_lib = package.startswith("internal/") if library is None else library
    return f"{rel}|{'library' if is_lib else 'command'}"


def _import_groups(planned: list[Planned], shas: dict[Path, str]) -> dict[str, tuple[Planned, str]]:
    """package -> (first member, hash) of the group of files linked by local imports: types flow
    both ways between a module and its importers, so a change to one re-converts them all."""
    parent = {p.package: p.package for p in planned}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    by_source: dict[Path, str] = {}
    for p in planned:
        for _, dep in p.deps:
            if dep in parent:
                parent[find(dep)] = find(p.package)
        if p.source in by_source:
            parent[find(by_source[p.source])] = find(p.package)
        by_source[p.source] = p.package
    members: dict[str, list[Planned]] = {}
    for p in planned:
        members.setdefault(find(p.package), []).append(p)
    out: dict[str, tuple[Planned, str]] = {}
    for group in members.values():
        digest = ""
        if len(group) > 1:
            h = hashlib.sha256()
            for q in sorted(group, key=lambda q: q.package):
                h.update(f"{q.package}:{q.rel}:{shas[q.source]}\n".encode())
            digest = h.hexdigest()[:16]
        for q in group:
            out[q.package] = (group[0], digest)
    return out


def _unchanged(p: Planned, sha: str, old: dict[str, dict], key: str, group: str, out: Path) -> bool:
    prev = old.get(_manifest_key(p.rel, p.package))
    return bool(
        prev
        and prev.get("sha256") == sha
        and prev.get("key") == f"{key}:{group}"
        and (out / p.go_file).exists()
    )


def _seeds(work: list[Planned], results: dict[str, Translation]) -> dict[str, dict[tuple[str, int], PyType]]:
    """Parameter types importers pass to a library's untyped parameters, joined as call sites in
    one file would be (int and float widen to float, None makes Optional); types that conflict
    leave the parameter dynamic."""
    seen: dict[tuple[str, str, int], list[PyType]] = {}
    for p in work:
        deps = dict(p.deps)
        for (module, func, i), t in sorted(results[p.package].hints.items(), key=repr):
            if module in deps:
                seen.setdefault((deps[module], func, i), []).append(t)
    seeds: dict[str, dict[tuple[str, int], PyType]] = {}
    for (package, func, i), types in seen.items():
        u = Unifier()
        v = u.fresh()
        try:
            for t in types:
                u.join(v, open_unknowns(t, u.fresh))
        except Conflict:
            continue
        seeds.setdefault(package, {})[(func, i)] = u.deep(v)
    return seeds


def _translate_all(
    work: list[Planned],
    datas: dict[Path, bytes],
    module: str,
    jobs: int,
    rule_dirs: tuple[Path, ...],
    progress: Callable[[int, int, str], None] | None,
) -> dict[str, Translation]:
    """Translate the planned files: local modules first (in import order, each with the
    interfaces of the modules it imports), then the commands; when importers typed a module's
    untyped parameters, that module and its importers are translated once more with the types."""
    dirs = tuple(str(d) for d in rule_dirs)
    libs = [p for p in work if p.is_library]
    lib_packages = {p.package for p in libs}
    total, done = len(work), 0
    pool = (
        ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker, initargs=(dirs,))
        if jobs > 1 and len(work) > 1
        else None
    )
    if pool is None:
        _init_worker(dirs)
    interfaces: dict[str, ModuleInterface] = {}

    def job(p: Planned, seeds: dict[tuple[str, int], PyType] | None = None) -> Job:
        externals = tuple((m, interfaces[pkg]) for m, pkg in p.deps if pkg in interfaces)
        go_package = p.package.rsplit("/", 1)[-1] if p.is_library else "main"
        return Job(
            p.rel, datas[p.source], module, p.go_file, go_package, externals, tuple((seeds or {}).items())
        )

    def run(batch: list[tuple[Planned, Job]]) -> dict[str, Translation]:
        nonlocal done
        # largest files first, one at a time, so no worker is left with a long tail
        order = sorted(batch, key=lambda pj: -len(pj[1].data))
        jobs_ = [j for _, j in order]
        mapped = pool.map(_work, jobs_) if pool is not None else map(_work, jobs_)
        got: dict[str, Translation] = {}
        for (p, _), r in zip(order, mapped, strict=True):
            got[p.package] = r
            done += 1
            if progress:
                progress(done, total, p.rel)
        return got

    def libraries(seeds: dict[str, dict[tuple[str, int], PyType]]) -> dict[str, Translation]:
        interfaces.clear()
        got: dict[str, Translation] = {}
        remaining = list(libs)
        while remaining:
            ready = [p for p in remaining if all(d in interfaces or d not in lib_packages for _, d in p.deps)]
            ready = ready or remaining  # an import cycle: what is left, without each other's interfaces
            batch = run([(p, job(p, seeds.get(p.package))) for p in ready])
            for p in ready:
                if batch[p.package].interface is not None:
                    interfaces[p.package] = batch[p.package].interface  # type: ignore[assignment]
            got.update(batch)
            remaining = [p for p in remaining if p not in ready]
        return got

    try:
        results = libraries({})
        results.update(run([(p, job(p)) for p in work if not p.is_library]))
        seeds = _seeds(work, results)
        if seeds:
            again = [p for p in work if not p.is_library and p.deps]
            total += len(libs) + len(again)
            results.update(libraries(seeds))
            results.update(run([(p, job(p)) for p in again]))
    finally:
        if pool is not None:
            pool.shutdown()
    pending = [(k, r) for k, r in results.items() if r.pending is not None]
    formatted = gofmt_many([(r.pending[0], r.pending[2]) for _, r in pending])  # type: ignore[index]
    for (k, r), text in zip(pending, formatted, strict=True):
        results[k] = r.finish(text)
    return results


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
    planned, datas = plan(paths)
    ruleset = load_ruleset(rule_dirs)  # validates rule files up front, in this process
    _set_engine(RuleEngine(ruleset), tuple(str(d) for d in rule_dirs))  # forked workers inherit it
    key = f"{__version__}:{_code_fingerprint()}:{ruleset.fingerprint}:{module}"
    old = {
        _manifest_key(e["python"], e.get("package") or "", e.get("library")): e
        for e in _load_manifest(out).get("files", [])
    }
    out.mkdir(parents=True, exist_ok=True)
    check_overwrite(out / "go.mod", force)

    shas = {source: _sha(data) for source, data in datas.items()}
    groups = _import_groups(planned, shas)
    members: dict[str, list[Planned]] = {}
    for p in planned:
        members.setdefault(groups[p.package][0].package, []).append(p)
    fresh_group: dict[str, bool] = {}  # every file of an import group unchanged
    work: list[Planned] = []
    outcomes: dict[tuple[str, str], FileOutcome] = {}
    manifest_files: dict[tuple[str, str], dict] = {}
    for p in planned:
        prev = old.get(_manifest_key(p.rel, p.package))
        first, digest = groups[p.package]
        if first.package not in fresh_group:
            fresh_group[first.package] = all(
                _unchanged(q, shas[q.source], old, key, digest, out) for q in members[first.package]
            )
        if prev and fresh_group[first.package]:
            # unchanged (with every module it shares types with): its findings still stand, so
            # they are reported (and counted) again
            kept = [Diagnostic(p.rel, *f) for f in prev.get("findings", [])]
            outcomes[(p.rel, p.package)] = FileOutcome(p, "skipped", kept, lines=prev.get("lines", 0))
            manifest_files[(p.rel, p.package)] = prev
            continue
        work.append(p)

    results = _translate_all(work, datas, module, jobs, rule_dirs, progress)
    needs_pyrt = any(r.uses_pyrt for r in results.values()) or any(
        e.get("uses_pyrt") for e in manifest_files.values()
    )
    modules = tuple(
        sorted(
            {m for r in results.values() for m in r.modules}
            | {m for e in manifest_files.values() for m in e.get("modules", ())}
        )
    )
    _write_go_mod(out, go_mod(module, go_version, modules), go_sum(modules))
    for p in work:
        r = results[p.package]
        errors = [d for d in r.diagnostics if CODES[d.code].severity == "error"]
        status = "error" if r.go is None else ("todo" if errors else "ok")
        outcome = FileOutcome(p, status, r.diagnostics, r.lines, r.functions, r.rules_used)
        if r.go is not None and r.sourcemap is not None:
            target = out / p.go_file
            try:
                check_overwrite(target, force)
            except OverwriteRefused as exc:
                outcome = FileOutcome(p, "error", [Diagnostic(p.rel, 1, 1, "PG003", str(exc))], r.lines)
                outcomes[(p.rel, p.package)] = outcome
                continue
            write_atomic(target, r.go)
            write_atomic(
                target.with_name(target.name + ".map.json"),
                json.dumps(r.sourcemap.to_json(), indent=2) + "\n",
            )
        outcomes[(p.rel, p.package)] = outcome
        manifest_files[(p.rel, p.package)] = {
            "python": p.rel,
            "sha256": shas[p.source],
            "key": f"{key}:{groups[p.package][1]}",
            "package": p.package if r.go is not None else None,
            "library": p.is_library,
            "go": p.go_file if r.go is not None else None,
            "status": status,
            "diagnostics": dict(Counter(d.code for d in r.diagnostics)),
            "findings": [[d.line, d.col, d.code, d.message, d.source] for d in r.diagnostics],
            "lines": r.lines,
            "uses_pyrt": r.uses_pyrt,
            "modules": list(r.modules),
        }
    if needs_pyrt:
        kept = _runtime_files(modules)
        for name, _ in _runtime_files(tuple(pinned_modules())):  # an optional file no longer needed
            if name not in dict(kept) and (out / "internal" / "pyrt" / name).exists():
                (out / "internal" / "pyrt" / name).unlink()
        for name, text in kept:
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
        [outcomes[(p.rel, p.package)] for p in planned if (p.rel, p.package) in outcomes],
        time.perf_counter() - started,
        out,
    )
    if build and shutil.which("go"):
        proc = subprocess.run(["go", "vet", "./..."], cwd=out, capture_output=True, text=True, check=False)
        report.build_ok = proc.returncode == 0
        report.build_output = (proc.stdout + proc.stderr).strip()
    return report
