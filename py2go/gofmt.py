"""Run gofmt on generated source; a failure is a py2go bug and is reported with the source."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

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


def gofmt_many(sources: list[tuple[str, str]]) -> list[str | BuildError]:
    """Format many (label, source) pairs with one gofmt process (starting one per file cost
    about a tenth of a batch conversion): each result is the formatted text, or the BuildError
    `gofmt` would have raised for that source alone."""
    if not sources:
        return []
    with tempfile.TemporaryDirectory(prefix="py2go-fmt-") as tmp:
        paths = []
        for i, (_, source) in enumerate(sources):
            p = Path(tmp) / f"f{i}.go"
            p.write_text(source, encoding="utf-8")
            paths.append(p)
        try:
            subprocess.run(["gofmt", "-w", *map(str, paths)], capture_output=True, text=True, check=False)
        except FileNotFoundError as exc:
            raise BuildError(
                "gofmt not found: install Go 1.22+ (https://go.dev/dl/) and put it on PATH"
            ) from exc
        out: list[str | BuildError] = []
        for p, (label, source) in zip(paths, sources, strict=True):
            text = p.read_text(encoding="utf-8")
            if text == source:  # unchanged: already formatted, or rejected (ask gofmt alone)
                try:
                    text = gofmt(source, label)
                except BuildError as exc:
                    out.append(exc)
                    continue
            out.append(text)
        return out
