"""Unit tests of the differential runner: case files, the clean run, the comparison and the report."""

from __future__ import annotations

import json
import shutil
import sys
import textwrap
from pathlib import Path

import pytest

from py2go.errors import BuildError, CaseFileError
from py2go.verify import (
    Case,
    RunOutcome,
    build_commands,
    compare,
    last_line,
    load_cases,
    render_text,
    run_case,
    unified_bytes,
    verify,
)

needs_go = pytest.mark.skipif(shutil.which("go") is None, reason="the Go toolchain (`go`) is not on PATH")

# A tiny program and its Python twin: greets, writes a file, fails with exit 3 on the name "fail".
GO_GREET = """\
package main

import (
	"fmt"
	"os"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: greet NAME")
		os.Exit(2)
	}
	name := os.Args[1]
	fmt.Printf("hello, %s\\n", name)
	if err := os.WriteFile("greeting.txt", []byte("hi "+name+"\\n"), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	if name == "fail" {
		fmt.Fprintln(os.Stderr, "warning: about to fail")
		fmt.Fprintln(os.Stderr, "error: bad name")
		os.Exit(3)
	}
}
"""

PY_GREET = """\
import sys

if len(sys.argv) < 2:
    print("usage: greet NAME", file=sys.stderr)
    sys.exit(2)
name = sys.argv[1]
print(f"hello, {name}")
with open("greeting.txt", "w") as f:
    f.write(f"hi {name}\\n")
if name == "fail":
    print("warning: about to fail", file=sys.stderr)
    print("error: bad name", file=sys.stderr)
    sys.exit(3)
"""


def write(path: Path, text: str) -> Path:
    """Write dedented text, creating parents; return the path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def run_py(script: Path, case: Case) -> RunOutcome:
    """Run a Python script the way the differential runner does."""
    return run_case([sys.executable, str(script)], case, python=True)


# --- cases files -------------------------------------------------------------------------------


def test_load_cases_defaults_and_values(tmp_path: Path) -> None:
    path = write(
        tmp_path / "rotate.cases.yaml",
        """\
        cases:
          - name: rotates_three
            args: ["app.log", 3]
            files: {app.log: "line 1\\n", sub/dir/x.bin: !!binary AAEC}
            env: {RETENTION_DAYS: "7"}
            stdin: "a\\nb\\n"
          - name: missing_file
            exit: 1
          - name: exact_err
            exit: 2
            stderr: exact
            timeout: 5
        """,
    )
    first, second, third = load_cases(path)
    assert first.name == "rotates_three"
    assert first.args == ("app.log", "3")
    assert first.files_map == {"app.log": b"line 1\n", "sub/dir/x.bin": b"\x00\x01\x02"}
    assert first.env_map == {"RETENTION_DAYS": "7"}
    assert first.stdin == b"a\nb\n"
    assert (first.exit, first.stderr, first.timeout) == (0, "ignore", 20.0)
    assert first.source == path and first.line == 2
    assert (second.args, second.files, second.env, second.stdin) == ((), (), (), b"")
    assert (second.exit, second.stderr) == (1, "last-line")
    assert (third.stderr, third.timeout) == ("exact", 5.0)


@pytest.mark.parametrize(
    ("body", "message", "line"),
    [
        ("cases:\n  - name: a\n    arg: [x]\n", "unknown key 'arg'", 3),
        ("cases:\n  - name: a\n  - name: a\n", "duplicate case name 'a'", 3),
        ("cases:\n  - args: [x]\n", "needs a 'name'", 2),
        ("cases:\n  - name: a\n    exit: nope\n", "'exit' must be an integer", 3),
        ("cases:\n  - name: a\n    stderr: last\n", "'stderr' must be one of", 3),
        ("cases:\n  - name: a\n    files: {/etc/passwd: x}\n", "relative path", 3),
        ("cases:\n  - name: a\n    files: {../up: x}\n", "relative path", 3),
        ("cases:\n  - name: a\n    args: [1.5]\n", "quote it", 3),
        ("cases:\n  - name: a\n    timeout: 0\n", "'timeout' must be a positive", 3),
        ("cases:\n  - name: a\n    name: b\n", "duplicate key 'name'", 3),
        ("case:\n  - name: a\n", "unknown top-level key 'case'", 1),
        ("cases: []\n", "'cases' is empty", 1),
        ("cases:\n  - name: a\n    args: [x\n", "invalid YAML", None),
        ("- name: a\n", "expected a mapping", 1),
    ],
)
def test_bad_cases_file_names_file_and_line(
    tmp_path: Path, body: str, message: str, line: int | None
) -> None:
    path = tmp_path / "bad.cases.yaml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(CaseFileError) as info:
        load_cases(path)
    text = str(info.value)
    assert str(path) in text
    assert message in text
    if line is not None:
        assert f"{path}:{line}:" in text


def test_missing_cases_file_is_a_case_file_error(tmp_path: Path) -> None:
    with pytest.raises(CaseFileError, match="absent.cases.yaml"):
        load_cases(tmp_path / "absent.cases.yaml")


# --- the clean run -----------------------------------------------------------------------------


def test_environment_is_clean(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("PYTHONUNBUFFERED", "PYTHONIOENCODING", "PYTHONDONTWRITEBYTECODE", "LC_ALL", "SECRET_TOKEN"):
        monkeypatch.setenv(name, "1")
    script = write(
        tmp_path / "env.py",
        """\
        import os
        for key in sorted(os.environ):
            print(key, os.environ[key] if key != "PATH" else "<path>")
        """,
    )
    outcome = run_py(script, Case(name="env", env=(("EXTRA", "x"),)))
    assert outcome.exit_code == 0, outcome.stderr
    seen = dict(line.split(" ", 1) for line in outcome.stdout.decode().splitlines())
    assert sorted(seen) == ["EXTRA", "HOME", "LANG", "PATH", "TZ"]
    assert seen["HOME"] == outcome.workdir
    assert (seen["LANG"], seen["TZ"], seen["EXTRA"]) == ("C.UTF-8", "UTC", "x")


def test_stdout_is_a_pipe_and_block_buffered(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Under a pipe CPython holds `print` output until exit, so a child's output comes first."""
    monkeypatch.setenv("PYTHONUNBUFFERED", "1")
    script = write(
        tmp_path / "order.py",
        f"""\
        import subprocess, sys
        print("parent", sys.stdout.isatty(), sys.stdin.isatty())
        subprocess.run([{sys.executable!r}, "-c", "print('child')"])
        """,
    )
    outcome = run_py(script, Case(name="order"))
    assert outcome.stdout == b"child\nparent False False\n"


def test_files_stdin_and_snapshot(tmp_path: Path) -> None:
    script = write(
        tmp_path / "files.py",
        """\
        import os, sys
        data = sys.stdin.read()
        os.makedirs("out/deep", exist_ok=True)
        with open("out/deep/copy.txt", "w") as f:
            f.write(data.upper())
        os.remove("gone.txt")
        with open("keep/edit.txt", "a") as f:
            f.write("more\\n")
        os.mkdir("empty")
        """,
    )
    case = Case(
        name="files",
        files=(("gone.txt", b"bye\n"), ("keep/edit.txt", b"one\n"), ("keep/same.txt", b"same\n")),
        stdin=b"abc\n",
    )
    outcome = run_py(script, case)
    assert outcome.exit_code == 0, outcome.stderr
    assert outcome.files == {
        "keep/edit.txt": b"one\nmore\n",
        "keep/same.txt": b"same\n",
        "out/deep/copy.txt": b"ABC\n",
    }
    assert outcome.dirs == {"empty", "keep", "out", "out/deep"}
    assert outcome.created(case) == ["out/deep/copy.txt"]
    assert outcome.deleted(case) == ["gone.txt"]
    assert outcome.modified(case) == ["keep/edit.txt"]
    assert "files.py" not in "".join(outcome.files), "the script must run from outside the working dir"


def test_gzip_files_compare_by_content(tmp_path: Path) -> None:
    """Two gzip writers of the same data (different mtime, level) agree; different data does not."""
    script = write(
        tmp_path / "gz.py",
        """\
        import gzip, sys
        with gzip.open("a.gz", "wb", compresslevel=int(sys.argv[1])) as f:
            f.write(sys.argv[2].encode())
        """,
    )
    runs = [
        run_py(script, Case(name="gz", args=(level, text)))
        for level, text in (("1", "same"), ("9", "same"), ("9", "other"))
    ]
    assert runs[0].files == runs[1].files == {"a.gz": b"<gzip data, decompressed:>\nsame"}
    assert runs[1].files != runs[2].files


def test_script_runs_from_a_copy_and_leaves_no_bytecode(tmp_path: Path) -> None:
    write(tmp_path / "helper.py", "GREETING = 'hi'\n")
    script = write(tmp_path / "main.py", "import helper\nprint(helper.GREETING)\n")
    outcome = run_py(script, Case(name="copy"))
    assert outcome.stdout == b"hi\n", outcome.stderr
    assert str(tmp_path) not in outcome.argv[1]
    assert not (tmp_path / "__pycache__").exists()


def test_timeout_kills_the_program(tmp_path: Path) -> None:
    script = write(tmp_path / "slow.py", "import time\nprint('start', flush=True)\ntime.sleep(30)\n")
    case = Case(name="slow", timeout=0.5)
    outcome = run_py(script, case)
    assert outcome.timed_out and outcome.exit_code is None
    assert outcome.duration < 10
    result = compare(outcome, outcome, case)
    assert not result.passed and "timed out" in result.render()


def test_same_workdir_gives_same_absolute_paths(tmp_path: Path) -> None:
    script = write(tmp_path / "cwd.py", "import os\nprint(os.getcwd())\n")
    case = Case(name="cwd")
    first = run_case([sys.executable, str(script)], case, python=True, workdir=tmp_path / "w")
    second = run_case([sys.executable, str(script)], case, python=True, workdir=tmp_path / "w")
    assert first.stdout == second.stdout == f"{(tmp_path / 'w').resolve()}\n".encode()


# --- comparison without Go (two Python programs) -----------------------------------------------


def outcome(
    stdout: bytes = b"", stderr: bytes = b"", code: int = 0, files: dict[str, bytes] | None = None
) -> RunOutcome:
    """A hand-made run, to test comparison rules precisely."""
    return RunOutcome(argv=("x",), exit_code=code, stdout=stdout, stderr=stderr, files=files or {})


def test_compare_stderr_modes() -> None:
    py = outcome(stderr=b"Traceback...\n  File x\nValueError: bad\n\n", code=1)
    go = outcome(stderr=b"ValueError: bad\n", code=1)
    assert compare(py, go, Case(name="c", exit=1, stderr="last-line")).passed
    assert compare(py, go, Case(name="c", exit=1, stderr="ignore")).passed
    exact = compare(py, go, Case(name="c", exit=1, stderr="exact"))
    assert exact.aspects() == {"stderr"}
    assert "-Traceback..." in exact.render()
    other = compare(
        py, outcome(stderr=b"ValueError: worse\n", code=1), Case(name="c", exit=1, stderr="last-line")
    )
    assert other.aspects() == {"stderr"}
    assert "- python: ValueError: bad" in other.render() and "+ go:     ValueError: worse" in other.render()


def test_compare_checks_python_against_expected_exit() -> None:
    result = compare(outcome(code=1, stderr=b"boom\n"), outcome(code=1, stderr=b"boom\n"), Case(name="c"))
    assert result.aspects() == {"expected-exit"}
    assert "boom" in result.render()


def test_last_line_skips_blank_lines() -> None:
    assert last_line(b"a\nb\r\n\n  \n") == "b"
    assert last_line(b"") == ""


def test_unified_diff_shows_invisible_differences() -> None:
    diff = unified_bytes(b"a\nb\n", b"a\nb", "stdout")
    assert "\\ No newline at end of file" in diff
    crlf = unified_bytes(b"a\n", b"a\r\n", "stdout")
    assert "+a\\r" in crlf and "whitespace or line endings" in crlf


def test_unified_diff_is_windowed_on_big_outputs() -> None:
    a = b"".join(b"line %d\n" % i for i in range(100_000))
    b = a.replace(b"line 70000\n", b"LINE 70000\n")
    diff = unified_bytes(a, b, "stdout")
    assert "-line 70000" in diff and "+LINE 70000" in diff
    assert "@@ -69998,7 +69998,7 @@" in diff
    assert len(diff.splitlines()) < 20


def test_python_pair_differing_in_files(tmp_path: Path) -> None:
    a = write(tmp_path / "a.py", "open('out.txt', 'w').write('one\\ntwo\\n')\n")
    b = write(tmp_path / "b.py", "open('out.txt', 'w').write('one\\nTWO\\n')\nopen('extra', 'w').close()\n")
    case = Case(name="files")
    result = compare(run_py(a, case), run_py(b, case), case)
    assert result.aspects() == {"files"}
    text = result.render()
    assert "out.txt: content differs (Python created, Go created)" in text
    assert "-two" in text and "+TWO" in text
    assert "extra: Python not created, Go created" in text


# --- Python vs a real Go program ---------------------------------------------------------------


@pytest.fixture(scope="module")
def greet_module(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A tiny Go module with one command, `greet`, plus a manifest as the converter writes it."""
    if shutil.which("go") is None:
        pytest.skip("the Go toolchain (`go`) is not on PATH")
    root = tmp_path_factory.mktemp("gosrc")
    (root / "go.mod").write_text("module example.com/greet\n\ngo 1.22\n", encoding="utf-8")
    write(root / "cmd" / "greet" / "main.go", GO_GREET)
    manifest = {
        "version": 1,
        "module": "example.com/greet",
        "files": [
            {
                "python": "greet.py",
                "package": "cmd/greet",
                "go": "cmd/greet/main.go",
                "sha256": "",
                "status": "ok",
            },
            {"python": "refused.py", "package": None, "diagnostics": {"PG101": 2}, "status": "refused"},
        ],
    }
    (root / "py2go-manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def greet_bin(greet_module: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the module once for all Go tests."""
    commands = build_commands(greet_module, tmp_path_factory.mktemp("bin"))
    assert set(commands) == {"greet"}
    return commands["greet"]


GREET_CASES = [
    Case(name="hello", args=("ann",)),
    Case(name="fails", args=("fail",), exit=3, stderr="last-line"),
    Case(name="usage", exit=2, stderr="exact"),
]


@pytest.mark.go
@needs_go
@pytest.mark.parametrize("case", GREET_CASES, ids=lambda c: c.name)
def test_matching_pair_passes(tmp_path: Path, greet_bin: Path, case: Case) -> None:
    script = write(tmp_path / "greet.py", PY_GREET)
    workdir = tmp_path / "work"
    py = run_case([sys.executable, str(script)], case, python=True, workdir=workdir)
    go = run_case([str(greet_bin)], case, python=False, workdir=workdir)
    result = compare(py, go, case)
    assert result.passed, result.render()
    assert py.files.get("greeting.txt") == go.files.get("greeting.txt")


@pytest.mark.go
@needs_go
@pytest.mark.parametrize(
    ("old", "new", "case", "aspect", "expected"),
    [
        ('f"hello, {name}"', 'f"hello {name}"', GREET_CASES[0], "stdout", ["-hello ann", "+hello, ann"]),
        ("sys.exit(3)", "sys.exit(4)", GREET_CASES[1], "exit", ["exit code: Python 4, Go 3"]),
        (
            '"error: bad name"',
            '"error: wrong name"',
            GREET_CASES[1],
            "stderr",
            ["error: wrong name", "error: bad name"],
        ),
        (
            'f"hi {name}\\n"',
            'f"hi  {name}\\n"',
            GREET_CASES[0],
            "files",
            ["greeting.txt", "-hi  ann", "+hi ann"],
        ),
    ],
    ids=["stdout", "exit", "stderr-last-line", "written-file"],
)
def test_each_difference_is_reported(
    tmp_path: Path, greet_bin: Path, old: str, new: str, case: Case, aspect: str, expected: list[str]
) -> None:
    assert old in PY_GREET
    script = write(tmp_path / "greet.py", PY_GREET.replace(old, new))
    workdir = tmp_path / "work"
    py = run_case([sys.executable, str(script)], case, python=True, workdir=workdir)
    go = run_case([str(greet_bin)], case, python=False, workdir=workdir)
    result = compare(py, go, case, script="greet.py")
    assert aspect in result.aspects(), result.render()
    assert not result.passed
    text = result.render()
    for fragment in expected:
        assert fragment in text, text


@pytest.mark.go
@needs_go
def test_build_error_carries_compiler_output(tmp_path: Path) -> None:
    (tmp_path / "go.mod").write_text("module example.com/broken\n\ngo 1.22\n", encoding="utf-8")
    write(tmp_path / "cmd" / "broken" / "main.go", "package main\n\nfunc main() { undefinedThing() }\n")
    with pytest.raises(BuildError, match="undefinedThing"):
        build_commands(tmp_path, tmp_path / "bin")


@pytest.mark.go
@needs_go
def test_verify_end_to_end(tmp_path: Path, greet_module: Path, greet_bin: Path) -> None:
    scripts = tmp_path / "scripts"
    good = write(scripts / "greet.py", PY_GREET)
    write(
        scripts / "greet.cases.yaml",
        """\
        cases:
          - name: hello
            args: [ann]
          - name: fails
            args: [fail]
            exit: 3
          - name: usage
            exit: 2
            stderr: exact
        """,
    )
    cases_dir = tmp_path / "cases"
    refused = write(scripts / "refused.py", "print('x')\n")
    write(cases_dir / "refused.cases.yaml", "cases:\n  - name: any\n")
    no_cases = write(scripts / "lonely.py", "print('x')\n")
    broken = write(scripts / "broken.py", "print('x')\n")
    write(scripts / "broken.cases.yaml", "cases:\n  - nam: x\n")

    report = verify(
        [good, refused, no_cases, broken], greet_module, cases_dir, jobs=2, commands={"greet": greet_bin}
    )
    assert [r.id for r in report.results] == [
        "greet.py::hello",
        "greet.py::fails",
        "greet.py::usage",
        "refused.py::any",
    ]
    assert (report.passed, report.failed, report.errors) == (3, 1, 2)
    assert not report.ok
    text = render_text(report)
    lines = text.splitlines()
    assert "PASS greet.py::hello" in lines and "FAIL refused.py::any" in lines
    assert "PG101 x2" in text and "refused" in text
    assert any(line.startswith("ERROR lonely.py: no cases file") for line in lines)
    assert any(line.startswith("ERROR broken.py:") and "unknown key 'nam'" in line for line in lines)
    assert lines[-1] == "3 passed, 1 failed, 2 scripts not verified"


@pytest.mark.go
@needs_go
def test_verify_builds_and_reports_a_go_difference(tmp_path: Path, greet_module: Path) -> None:
    script = write(tmp_path / "greet.py", PY_GREET.replace("hello, ", "Hello, "))
    write(tmp_path / "greet.cases.yaml", "cases:\n  - name: hello\n    args: [ann]\n")
    report = verify([script], greet_module)
    assert (report.passed, report.failed) == (0, 1)
    text = render_text(report)
    assert text.splitlines()[0] == "FAIL greet.py::hello"
    assert "-Hello, ann" in text and "+hello, ann" in text
    assert text.splitlines()[-1] == "0 passed, 1 failed"


def test_go_binary_missing_is_reported(tmp_path: Path) -> None:
    script = write(tmp_path / "s.py", "print('x')\n")
    case = Case(name="c")
    py = run_case([sys.executable, str(script)], case, python=True)
    go = run_case([str(tmp_path / "no-such-binary")], case, python=False)
    result = compare(py, go, case)
    assert result.aspects() == {"run"} and "Go did not start" in result.render()
