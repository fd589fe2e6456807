"""Run gofmt on generated source; a failure is a py2go bug and is reported with the source."""

from __future__ import annotations

import shutil
import subprocess

from py2go.errors import BuildError


def gofmt_available() -> bool:
    return shutil.which("gofmt") is not None


def gofmt(source: str, label: str) -> str:
    try:
        proc = subprocess.run(["gofmt"], input=source, capture_output=True, text=True, check=False)
    except FileNotFoundError as exc:
        raise BuildError("gofmt not found: install Go 1.22+ (https://go.dev/dl/) and put it on PATH") from exc
    if proc.returncode != 0:
        numbered = "\n".join(f"{i + 1:4} {line}" for i, line in enumerate(source.splitlines()))
        raise BuildError(f"{label}: gofmt rejected generated code:\n{proc.stderr}\n{numbered}")
    return proc.stdout
