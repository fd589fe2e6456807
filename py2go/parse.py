"""Decode (PEP 263) and parse one file; a bad file becomes a diagnostic, never an exception."""

from __future__ import annotations

from dataclasses import dataclass

import libcst as cst

from py2go.diagnostics.model import Diagnostic


@dataclass(frozen=True)
class Parsed:
    module: cst.Module | None
    diagnostic: Diagnostic | None
    text: str = ""  # the decoded source


def parse_source(path: str, data: bytes) -> Parsed:
    try:
        module = cst.parse_module(data)
    except cst.ParserSyntaxError as exc:
        return Parsed(None, _syntax_error(path, data, exc))
    except (UnicodeDecodeError, LookupError) as exc:
        return Parsed(None, Diagnostic(path, 1, 1, "PG002", f"cannot decode the file: {exc}"))
    except Exception as exc:  # LibCST raises plain exceptions for some tokenizer failures
        return Parsed(None, Diagnostic(path, 1, 1, "PG001", f"cannot parse: {exc}"))
    try:
        text = data.decode(module.encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        return Parsed(None, Diagnostic(path, 1, 1, "PG002", f"cannot decode the file: {exc}"))
    return Parsed(module, None, text)


def _syntax_error(path: str, data: bytes, exc: cst.ParserSyntaxError) -> Diagnostic:
    """Report the position and wording CPython gives (what the user sees running the script)."""
    try:
        compile(data, path, "exec", dont_inherit=True)
    except SyntaxError as err:
        return Diagnostic(path, err.lineno or 1, err.offset or 1, "PG001", f"syntax error: {err.msg}")
    except (ValueError, UnicodeDecodeError):
        pass
    return Diagnostic(path, exc.raw_line, exc.raw_column + 1, "PG001", f"syntax error: {exc.message}")
