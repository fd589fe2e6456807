"""Run one program on one case in a fresh working dir and a clean environment, and snapshot the result."""

from __future__ import annotations

import contextlib
import gzip
import os
import shutil
import signal
import stat
import subprocess
import tempfile
import time
import zlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from py2go.errors import BuildError
from py2go.verify.cases import Case

#: Variables a user's shell would have that matter to both programs. Everything else is dropped,
#: so a `PYTHONUNBUFFERED` or `PYTHONIOENCODING` in the test process cannot change Python's behaviour.
BASE_ENV: Mapping[str, str] = {"LANG": "C.UTF-8", "TZ": "UTC"}


@dataclass(frozen=True)
class RunOutcome:
    """What one program did on one case: exit status, both streams and the files left behind."""

    argv: tuple[str, ...]
    exit_code: int | None
    stdout: bytes
    stderr: bytes
    files: Mapping[str, bytes] = field(default_factory=dict)
    dirs: frozenset[str] = frozenset()
    timed_out: bool = False
    start_error: str | None = None
    duration: float = 0.0
    workdir: str = ""
    http_log: tuple[str, ...] = ()  # requests the case's HTTP server received, in order

    @property
    def exit_text(self) -> str:
        """Exit status for humans: a number, a signal, a timeout or a failure to start."""
        if self.start_error is not None:
            return f"did not start ({self.start_error})"
        if self.timed_out:
            return "timed out"
        if self.exit_code is not None and self.exit_code < 0:
            try:
                name = signal.Signals(-self.exit_code).name
            except ValueError:
                name = f"signal {-self.exit_code}"
            return f"killed by {name}"
        return str(self.exit_code)

    def created(self, case: Case) -> list[str]:
        """Files that exist after the run but were not inputs."""
        inputs = case.files_map
        return sorted(p for p in self.files if p not in inputs)

    def deleted(self, case: Case) -> list[str]:
        """Input files that are gone after the run."""
        return sorted(p for p in case.files_map if p not in self.files)

    def modified(self, case: Case) -> list[str]:
        """Input files whose content changed."""
        return sorted(p for p, data in case.files_map.items() if p in self.files and self.files[p] != data)


def clean_env(extra: Mapping[str, str] | None = None, *, home: Path | str) -> dict[str, str]:
    """The environment of a fresh login shell, reduced to what both programs may depend on."""
    env = dict(BASE_ENV)
    env["PATH"] = os.environ.get("PATH", os.defpath)
    env["HOME"] = str(home)
    env.update(extra or {})
    return env


def populate(workdir: Path, case: Case) -> None:
    """Create the case's input files (with parent dirs) in an empty working dir."""
    for rel, data in case.files:
        target = workdir / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)


def _comparable(data: bytes) -> bytes:
    """gzip data as its content: the compressed bytes of two correct programs differ (zlib
    versions, the mtime in the header), what they compressed must not."""
    if data[:2] == b"\x1f\x8b":
        with contextlib.suppress(OSError, EOFError, zlib.error):
            return b"<gzip data, decompressed:>\n" + gzip.decompress(data)
    return data


def snapshot(workdir: Path) -> tuple[dict[str, bytes], frozenset[str]]:
    """Every file under `workdir` (relative posix path -> bytes) and every directory.

    Symlinks are recorded, not followed, as `symlink -> target` so a link is compared by where it points;
    gzip files by their decompressed content.
    """
    files: dict[str, bytes] = {}
    dirs: set[str] = set()
    for current, dirnames, filenames in os.walk(workdir, followlinks=False):
        base = Path(current)
        for name in list(dirnames):
            full = base / name
            rel = full.relative_to(workdir).as_posix()
            if full.is_symlink():
                files[rel] = b"symlink -> " + os.fsencode(os.readlink(full))
                dirnames.remove(name)
            else:
                dirs.add(rel)
        for name in filenames:
            full = base / name
            rel = full.relative_to(workdir).as_posix()
            try:
                mode = full.lstat().st_mode
                if stat.S_ISLNK(mode):
                    files[rel] = b"symlink -> " + os.fsencode(os.readlink(full))
                elif stat.S_ISREG(mode):
                    files[rel] = _comparable(full.read_bytes())
                else:
                    files[rel] = b"<special file>"
            except OSError as exc:
                files[rel] = f"<unreadable: {exc.strerror}>".encode()
    return dict(sorted(files.items())), frozenset(dirs)


def _prepare_python(argv: Sequence[str], private: Path) -> list[str]:
    """Copy the script (and its sibling modules, for local imports) to a dir outside the working dir.

    Running a copy keeps bytecode caches out of the source tree and the script out of the snapshot.
    """
    if len(argv) < 2:
        raise ValueError("a Python argv needs the interpreter and the script path")
    script = Path(argv[1]).resolve()
    private.mkdir(parents=True, exist_ok=True)
    for sibling in script.parent.glob("*.py"):
        if sibling.is_file():
            shutil.copy2(sibling, private / sibling.name)
    return [argv[0], str(private / script.name), *argv[2:]]


def _kill_group(proc: subprocess.Popen[bytes]) -> None:
    """Kill the program and anything it started, so no grandchild keeps our pipes open."""
    with contextlib.suppress(ProcessLookupError, PermissionError):
        if hasattr(os, "killpg"):
            os.killpg(proc.pid, signal.SIGKILL)
        else:  # pragma: no cover - not POSIX
            proc.kill()


def run_case(
    argv: Sequence[str],
    case: Case,
    *,
    python: bool,
    workdir: Path | None = None,
) -> RunOutcome:
    """Run `argv` + the case's args in a fresh working dir with a clean environment.

    With `python=True`, argv is `[interpreter, script]`: the script runs from a private copy.
    Pass the same (absent or empty) `workdir` for the Python and the Go run of a case so that
    absolute paths a script prints are identical; it is emptied and reused, and left in place.
    Without one, a temporary dir is used and removed.
    """
    scratch = Path(tempfile.mkdtemp(prefix="py2go-verify-")).resolve()
    try:
        if workdir is None:
            cwd = scratch / "work"
        else:
            cwd = Path(workdir).resolve()
            if cwd.exists():
                shutil.rmtree(cwd)
        cwd.mkdir(parents=True)
        command = _prepare_python(argv, scratch / "script") if python else [str(a) for a in argv]
        command.extend(case.args)
        populate(cwd, case)
        env = clean_env(case.env_map, home=cwd)
        started = time.monotonic()
        try:
            proc = subprocess.Popen(
                command,
                cwd=cwd,
                env=env,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                start_new_session=True,
            )
        except OSError as exc:
            return RunOutcome(
                argv=tuple(command), exit_code=None, stdout=b"", stderr=b"", start_error=str(exc)
            )
        timed_out = False
        try:
            stdout, stderr = proc.communicate(case.stdin, timeout=case.timeout)
        except subprocess.TimeoutExpired:
            timed_out = True
            _kill_group(proc)
            stdout, stderr = proc.communicate()
        duration = time.monotonic() - started
        files, dirs = snapshot(cwd)
        return RunOutcome(
            argv=tuple(command),
            exit_code=None if timed_out else proc.returncode,
            stdout=stdout,
            stderr=stderr,
            files=files,
            dirs=dirs,
            timed_out=timed_out,
            duration=duration,
            workdir=str(cwd),
        )
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _main_package_dirs(gosrc: Path) -> list[Path]:
    """Dirs under gosrc/cmd that hold Go files: each is one command `go build` will write."""
    cmd = gosrc / "cmd"
    if not cmd.is_dir():
        return []
    found = {p.parent for p in cmd.rglob("*.go") if not p.name.endswith("_test.go")}
    return sorted(found)


def build_commands(
    gosrc: Path,
    out_bin: Path,
    *,
    packages: Sequence[str] = ("./cmd/...",),
) -> dict[str, Path]:
    """Build every command of the Go module once; return command name -> binary path.

    One `go build -o DIR/ ./cmd/...` shares compilation of `internal/` packages across commands,
    which is much faster than one build per command. Raises BuildError with the compiler output.
    """
    gosrc = Path(gosrc).resolve()
    out_bin = Path(out_bin).resolve()
    if not (gosrc / "go.mod").is_file():
        raise BuildError(f"{gosrc}: no go.mod, not a Go module")
    go = shutil.which("go")
    if go is None:
        raise BuildError("the Go toolchain (`go`) is not on PATH")
    out_bin.mkdir(parents=True, exist_ok=True)
    argv = [go, "build", "-o", str(out_bin) + os.sep, *packages]
    proc = subprocess.run(argv, cwd=gosrc, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        output = (proc.stderr + proc.stdout).strip()
        raise BuildError(f"go build failed in {gosrc} ({' '.join(packages)}):\n{output}")
    suffix = ".exe" if os.name == "nt" else ""
    commands: dict[str, Path] = {}
    for pkg_dir in _main_package_dirs(gosrc):
        rel = pkg_dir.relative_to(gosrc).as_posix()
        if not any(_matches(rel, pattern) for pattern in packages):
            continue
        binary = out_bin / (pkg_dir.name + suffix)
        if binary.is_file():
            commands[pkg_dir.name] = binary
    return dict(sorted(commands.items()))


def _matches(rel: str, pattern: str) -> bool:
    """Whether package dir `rel` (e.g. `cmd/backup`) is named by a `go build` pattern."""
    pattern = pattern.removeprefix("./").rstrip("/")
    if pattern.endswith("/..."):
        prefix = pattern.removesuffix("/...")
        return rel == prefix or rel.startswith(prefix + "/")
    return rel == pattern


def build_each(gosrc: Path, out_bin: Path) -> tuple[dict[str, Path], dict[str, str]]:
    """Build all commands at once; when that fails, build them one by one so one broken command
    costs only its own cases. Returns (command -> binary, command -> compiler output)."""
    try:
        return build_commands(gosrc, out_bin), {}
    except BuildError as combined:
        gosrc = Path(gosrc).resolve()
        package_dirs = _main_package_dirs(gosrc)
        if not package_dirs:
            raise
        commands: dict[str, Path] = {}
        failures: dict[str, str] = {}
        for pkg_dir in package_dirs:
            pattern = "./" + pkg_dir.relative_to(gosrc).as_posix()
            try:
                commands.update(build_commands(gosrc, out_bin, packages=(pattern,)))
            except BuildError as exc:
                failures[pkg_dir.name] = str(exc)
        if not failures:  # the combined build failed for a reason no single command shows
            raise combined from None
        return commands, failures
