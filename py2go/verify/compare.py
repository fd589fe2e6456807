"""Compare the Python and the Go run of a case, and render readable diffs of what differs."""

from __future__ import annotations

import difflib
import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from py2go.verify.cases import Case
from py2go.verify.runner import RunOutcome

Aspect = Literal["run", "exit", "expected-exit", "stdout", "stderr", "files", "requests", "conversion"]

#: Diff lines shown per aspect unless the caller asks for everything.
MAX_DIFF_LINES = 60
#: A rendered line longer than this is cut, so one minified JSON line cannot flood a report.
MAX_LINE_CHARS = 240
#: Lines around the first difference that difflib sees; it is quadratic on big, different inputs.
WINDOW_LINES = 400

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_HUNK = re.compile(r"^@@ -(\d+)(,\d+)? \+(\d+)(,\d+)? @@")


@dataclass(frozen=True)
class Mismatch:
    """One way the two runs disagree: which aspect, a one-line summary and a rendered diff."""

    aspect: Aspect
    summary: str
    diff: str = ""


@dataclass(frozen=True)
class CaseResult:
    """The verdict on one case; `passed` when there is no mismatch."""

    script: str
    case: Case
    mismatches: tuple[Mismatch, ...]
    python: RunOutcome | None = None
    go: RunOutcome | None = None

    @property
    def passed(self) -> bool:
        """True when Python and Go agree with each other and with the expected exit code."""
        return not self.mismatches

    @property
    def id(self) -> str:
        """`script.py::case`, the name used in reports and test ids."""
        return f"{self.script}::{self.case.name}"

    def aspects(self) -> set[Aspect]:
        """The aspects that differ, for tests and summaries."""
        return {m.aspect for m in self.mismatches}

    def render(self, *, limit: int | None = MAX_DIFF_LINES) -> str:
        """All mismatches as text: summaries with their diffs."""
        parts: list[str] = []
        for mismatch in self.mismatches:
            parts.append(mismatch.summary)
            if mismatch.diff:
                parts.append(truncate(mismatch.diff, limit))
        return "\n".join(parts)


def compare(py: RunOutcome, go: RunOutcome, case: Case, *, script: str | None = None) -> CaseResult:
    """Python is the oracle: Go must match its stdout, exit code, stderr (per the case) and files.

    Python is also checked against the case's expected exit code, so a broken case is caught too.
    """
    if script is None:
        script = _script_name(case)
    mismatches: list[Mismatch] = []
    for label, outcome in (("Python", py), ("Go", go)):
        if outcome.start_error is not None:
            mismatches.append(Mismatch("run", f"{label} did not start: {outcome.start_error}"))
        elif outcome.timed_out:
            mismatches.append(
                Mismatch("run", f"{label} timed out after {case.timeout:g}s", _tail(label, outcome.stderr))
            )
    if any(m.aspect == "run" for m in mismatches):
        return CaseResult(script, case, tuple(mismatches), py, go)

    if py.exit_code != case.exit:
        mismatches.append(
            Mismatch(
                "expected-exit",
                f"Python exited {py.exit_text}, the case expects {case.exit}",
                _tail("Python", py.stderr),
            )
        )
    if go.exit_code != py.exit_code:
        diff = ""
        if case.stderr == "ignore":
            diff = "\n".join(filter(None, [_tail("Python", py.stderr), _tail("Go", go.stderr)]))
        mismatches.append(Mismatch("exit", f"exit code: Python {py.exit_text}, Go {go.exit_text}", diff))

    if py.stdout != go.stdout:
        mismatches.append(Mismatch("stdout", "stdout differs", unified_bytes(py.stdout, go.stdout, "stdout")))

    stderr_mismatch = _compare_stderr(py.stderr, go.stderr, case)
    if stderr_mismatch is not None:
        mismatches.append(stderr_mismatch)

    files_diff = diff_files(py, go, case)
    if files_diff:
        mismatches.append(Mismatch("files", "files in the working dir differ", files_diff))
    if case.http is not None and case.http.compare_requests and py.http_log != go.http_log:
        py_log, go_log = ("\n".join(o.http_log).encode() + b"\n" for o in (py, go))
        mismatches.append(
            Mismatch("requests", "HTTP requests differ", unified_bytes(py_log, go_log, "requests"))
        )
    return CaseResult(script, case, tuple(mismatches), py, go)


def _script_name(case: Case) -> str:
    """`backup.cases.yaml` -> `backup.py`, for results built without an explicit script name."""
    if case.source is None:
        return "<script>"
    return case.source.name.removesuffix(".cases.yaml") + ".py"


def last_line(data: bytes) -> str:
    """The last non-blank line of a stream, decoded; what `stderr: last-line` compares."""
    for line in reversed(_decode(data).splitlines()):
        if line.strip():
            return line.rstrip("\r")
    return ""


def _compare_stderr(py: bytes, go: bytes, case: Case) -> Mismatch | None:
    """Apply the case's stderr mode."""
    if case.stderr == "ignore":
        return None
    if case.stderr == "exact":
        if py == go:
            return None
        return Mismatch("stderr", "stderr differs", unified_bytes(py, go, "stderr"))
    py_last, go_last = last_line(py), last_line(go)
    if py_last == go_last:
        return None
    diff = f"- python: {_visible(py_last)}\n+ go:     {_visible(go_last)}"
    if go_last == "" or py_last == "":
        diff += "\n" + "\n".join(filter(None, [_tail("Python", py), _tail("Go", go)]))
    return Mismatch("stderr", "last line of stderr differs", diff)


def _tail(label: str, data: bytes, lines: int = 8) -> str:
    """The end of a stream, to explain an exit code or a timeout."""
    text = _decode(data).rstrip("\n")
    if not text:
        return f"({label} stderr is empty)"
    tail = text.splitlines()[-lines:]
    return f"{label} stderr (last {len(tail)} lines):\n" + "\n".join("  " + _visible(line) for line in tail)


def _decode(data: bytes) -> str:
    """Decode for display; invalid UTF-8 stays visible as escapes."""
    return data.decode("utf-8", errors="backslashreplace")


def _visible(line: str) -> str:
    """Make control characters (other than tab) visible and cut very long lines."""
    shown = _CONTROL.sub(lambda m: repr(m.group())[1:-1], line)
    if len(shown) > MAX_LINE_CHARS:
        shown = shown[:MAX_LINE_CHARS] + f"... ({len(shown) - MAX_LINE_CHARS} more chars)"
    return shown


def _split(text: str) -> list[str]:
    """Lines without their `\\n`, keeping `\\r` (shown as an escape) and noting a missing final newline."""
    if not text:
        return []
    lines = text.split("\n")
    if lines[-1] == "":
        lines.pop()
    else:
        lines[-1] += "\n\\ No newline at end of file"
    return lines


def unified_bytes(py: bytes, go: bytes, what: str) -> str:
    """A unified diff (Python as `---`, Go as `+++`) of two byte streams, windowed on big inputs."""
    a, b = _split(_decode(py)), _split(_decode(go))
    prefix = 0
    while prefix < min(len(a), len(b)) and a[prefix] == b[prefix]:
        prefix += 1
    suffix = 0
    while suffix < min(len(a), len(b)) - prefix and a[-1 - suffix] == b[-1 - suffix]:
        suffix += 1
    start = max(0, prefix - 3)
    a_end, b_end = len(a) - max(0, suffix - 3), len(b) - max(0, suffix - 3)
    note = ""
    if a_end - start > WINDOW_LINES or b_end - start > WINDOW_LINES:
        a_end, b_end = min(a_end, start + WINDOW_LINES), min(b_end, start + WINDOW_LINES)
        note = f"(diff limited to {WINDOW_LINES} lines from the first difference at line {prefix + 1})"
    body: list[str] = []
    for line in difflib.unified_diff(
        a[start:a_end], b[start:b_end], f"python {what}", f"go {what}", lineterm="", n=3
    ):
        match = _HUNK.match(line)
        if match and start:
            line = _shift_hunk(match, start) + line[match.end() :]
        body.append(line if line.startswith(("---", "+++", "@@")) else line[:1] + _visible(line[1:]))
    if not body:
        return ""
    if _only_whitespace(a[start:a_end], b[start:b_end]):
        body.append("(the texts differ only in whitespace or line endings)")
    if note:
        body.insert(2, note)
    return "\n".join(body)


def _only_whitespace(a: list[str], b: list[str]) -> bool:
    """Whether the texts are equal once whitespace is ignored, so the reader knows what to look for."""
    return "\n".join(a).split() == "\n".join(b).split()


def _shift_hunk(match: re.Match[str], offset: int) -> str:
    """Rewrite a hunk header of a windowed diff to real line numbers."""
    a_start, a_len, b_start, b_len = match.groups()
    return f"@@ -{int(a_start) + offset}{a_len or ''} +{int(b_start) + offset}{b_len or ''} @@"


def truncate(text: str, limit: int | None = MAX_DIFF_LINES) -> str:
    """Keep the first `limit` lines of a rendered diff and say how many were cut."""
    if limit is None:
        return text
    lines = text.splitlines()
    if len(lines) <= limit:
        return text
    return "\n".join(
        [*lines[:limit], f"... ({len(lines) - limit} more lines; use verbose output to see all)"]
    )


def _is_text(data: bytes) -> bool:
    """Text is valid UTF-8 without NUL bytes; anything else is summarised, not diffed."""
    if b"\x00" in data:
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _describe(data: bytes) -> str:
    """Size and a short hash, for binary files."""
    return f"{len(data)} bytes, sha256 {hashlib.sha256(data).hexdigest()[:12]}"


def _state(path: str, outcome_files: Mapping[str, bytes], inputs: Mapping[str, bytes]) -> str:
    """How a run left a file, relative to the case's inputs."""
    if path not in outcome_files:
        return "deleted" if path in inputs else "not created"
    if path not in inputs:
        return "created"
    return "modified" if outcome_files[path] != inputs[path] else "unchanged"


def diff_files(py: RunOutcome, go: RunOutcome, case: Case) -> str:
    """Describe every path whose final state differs between the runs; empty when they agree."""
    inputs = case.files_map
    out: list[str] = []
    for path in sorted(set(py.files) | set(go.files)):
        a, b = py.files.get(path), go.files.get(path)
        if a == b:
            continue
        py_state, go_state = _state(path, py.files, inputs), _state(path, go.files, inputs)
        if a is None or b is None:
            out.append(f"{path}: Python {py_state}, Go {go_state}")
            continue
        out.append(f"{path}: content differs (Python {py_state}, Go {go_state})")
        if _is_text(a) and _is_text(b):
            out.append(unified_bytes(a, b, path))
        else:
            out.append(f"  binary: Python {_describe(a)}; Go {_describe(b)}")
    for path in sorted(py.dirs ^ go.dirs):
        who = "Python" if path in py.dirs else "Go"
        out.append(f"{path}/: directory exists only after the {who} run")
    return "\n".join(out)
