"""The differential runner: run a Python script and its Go translation on the same cases, compare.

This is both the proof of equivalence in the test-suite and the engine of `py2go verify`.
It returns values; the CLI renders them.
"""

from py2go.verify.batch import (
    ManifestEntry,
    ScriptReport,
    VerifyReport,
    fallback_command,
    find_entry,
    load_manifest,
    no_command_message,
    render_text,
    verify,
    verify_script_cases,
)
from py2go.verify.cases import Case, StderrMode, cases_path_for, load_cases
from py2go.verify.compare import CaseResult, Mismatch, compare, diff_files, last_line, unified_bytes
from py2go.verify.runner import RunOutcome, build_commands, build_each, clean_env, run_case, snapshot

__all__ = [
    "Case",
    "CaseResult",
    "ManifestEntry",
    "Mismatch",
    "RunOutcome",
    "ScriptReport",
    "StderrMode",
    "VerifyReport",
    "build_commands",
    "build_each",
    "cases_path_for",
    "clean_env",
    "compare",
    "diff_files",
    "fallback_command",
    "find_entry",
    "last_line",
    "load_cases",
    "load_manifest",
    "no_command_message",
    "render_text",
    "run_case",
    "snapshot",
    "unified_bytes",
    "verify",
    "verify_script_cases",
]
