"""Rules that need a Go module outside the standard library (emit.modules): the generated go.mod
requires it and go.sum pins it only when such a rule was used, the pyrt file that imports it is
copied only then, and the module builds without `go mod tidy`."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from py2go.cli import app
from py2go.ruleset.gomodules import pinned_modules
from py2go.ruleset.loader import load_ruleset

runner = CliRunner()

PLAIN = 'import sys\n\nprint("hello", len(sys.argv))\n'
WITH_YAML = """\
import sys
from typing import Any

import yaml

cfg: dict[str, Any] = yaml.safe_load(sys.stdin.read()) or {}
print(yaml.safe_dump(cfg), end="")
"""


def _convert(src: Path, out: Path) -> None:
    result = runner.invoke(
        app, ["convert", str(src), "-o", str(out), "--module", "example.com/m", "--no-build"]
    )
    assert result.exit_code == 0, result.output


def test_every_rule_module_is_pinned() -> None:
    used = {m for r in load_ruleset().rules for m in r.emit.modules}
    assert used == {"gopkg.in/yaml.v3@v3.0.1"}
    assert used <= set(pinned_modules())


def test_module_is_required_only_when_used_and_dropped_again(tmp_path: Path) -> None:
    src, out = tmp_path / "s", tmp_path / "out"
    src.mkdir()
    (src / "plain.py").write_text(PLAIN, encoding="utf-8")
    _convert(src, out)
    assert "require" not in (out / "go.mod").read_text(encoding="utf-8")
    assert not (out / "go.sum").exists()
    assert not (out / "internal" / "pyrt" / "yaml.go").exists()
    assert (out / "internal" / "pyrt" / "print.go").exists()

    (src / "cfg.py").write_text(WITH_YAML, encoding="utf-8")
    _convert(src, out)
    assert "\tgopkg.in/yaml.v3 v3.0.1\n" in (out / "go.mod").read_text(encoding="utf-8")
    assert "gopkg.in/yaml.v3 v3.0.1 h1:" in (out / "go.sum").read_text(encoding="utf-8")
    assert (out / "internal" / "pyrt" / "yaml.go").exists()

    (src / "cfg.py").unlink()
    (src / "cfg2.py").write_text(PLAIN, encoding="utf-8")
    shutil.rmtree(out / "cmd" / "cfg")
    _convert(src, out)
    assert "require" not in (out / "go.mod").read_text(encoding="utf-8")
    assert not (out / "go.sum").exists()
    assert not (out / "internal" / "pyrt" / "yaml.go").exists()


@pytest.mark.go
def test_module_with_yaml_builds_without_go_mod_tidy(tmp_path: Path) -> None:
    if shutil.which("go") is None:
        pytest.skip("no Go toolchain")
    src, out = tmp_path / "s", tmp_path / "out"
    src.mkdir()
    (src / "cfg.py").write_text(WITH_YAML, encoding="utf-8")
    _convert(src, out)
    proc = subprocess.run(
        ["go", "build", "-mod=readonly", "./..."], cwd=out, capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0, proc.stderr
